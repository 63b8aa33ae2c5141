import type { Metadata } from 'next';
import Link from 'next/link';
import { LatestNewsSection } from '@/components/news/latest-news-section';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedFieldOfWork } from '@/db/queries/published';
import { pageMetadata } from '@/lib/metadata';
import { missingTerm } from '../../missing-term';

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the page cache until a change drops it (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  const field = await cachedFieldOfWork(slug);
  if (!field) return missingTerm('field_of_work', slug);
  return field;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const field = await load((await params).slug);
  return pageMetadata({ title: field.name, description: field.description, path: `/fields-of-work/${field.slug}` });
}

export default async function FieldOfWorkPage({ params }: { params: Params }) {
  const field = await load((await params).slug);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/fields-of-work', label: 'Fields of work' }, { label: field.name }]} />
      <PageHeading eyebrow="Field of work" title={field.name} lead={field.description} />
      <div className="container-page">
        <p>
          <Link href={`/fields-of-work/${field.slug}/feed.xml`}>News feed for {field.name} (RSS)</Link>
        </p>
        <LatestNewsSection filter={{ field: field.slug }} />
      </div>
    </>
  );
}
