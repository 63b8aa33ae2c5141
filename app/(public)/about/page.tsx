import Link from 'next/link';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedPages } from '@/db/queries/published';
import { pageMetadata } from '@/lib/metadata';

export const metadata = pageMetadata({
  title: 'About us',
  description: 'Who we are, how we take decisions, our leadership, history and principles.',
  path: '/about',
});

export default async function AboutPage() {
  const pages = await cachedPages();
  const top = pages.filter((p) => p.parentId === null);
  return (
    <>
      <Breadcrumbs trail={[{ label: 'About us' }]} />
      <PageHeading
        title="About us"
        lead="The world's largest regional security organization, working for stability, peace and democracy for more than a billion people."
      />
      <ul className="container-page grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {top.map((p) => (
          <li key={p.slug} className="rounded border border-line p-4">
            <h2 className="text-lg font-semibold">
              <Link href={`/about/${p.slug}`}>{p.title}</Link>
            </h2>
            <p className="mt-1 text-muted">{p.lead}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
