import Link from 'next/link';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedFieldsOfWork } from '@/db/queries/published';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: 'Fields of work',
  description: 'The areas in which the Organization works, from arms control to youth.',
  path: '/fields-of-work',
});

export default async function FieldsOfWorkPage() {
  const fields = await cachedFieldsOfWork();
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Fields of work' }]} />
      <PageHeading title="Fields of work" lead="Our work on security covers politico-military, economic and environmental, and human aspects." />
      <ul className="container-page grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((field) => (
          <li key={field.slug} className="rounded border border-line p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/fields-of-work/${field.slug}`}>{field.name}</Link>
            </h2>
            <p className="mt-1 text-muted">{field.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
