import Link from 'next/link';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedMeetingSeries } from '@/db/queries/published';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: 'Meetings and conferences',
  description: 'Summits, Ministerial Councils, the Permanent Council and the other meeting and conference series.',
  path: '/meetings',
});

export default async function MeetingsPage() {
  const series = await cachedMeetingSeries();
  return (
    <>
      <Breadcrumbs trail={[{ label: 'Meetings and conferences' }]} />
      <PageHeading title="Meetings and conferences" lead="Where the participating States meet, decide and review their commitments." />
      <ul className="container-page grid gap-4 sm:grid-cols-2">
        {series.map((m) => (
          <li key={m.slug} className="rounded border border-line p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/meetings/${m.slug}`}>{m.name}</Link>
            </h2>
            <p className="mt-1 text-muted">{m.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
