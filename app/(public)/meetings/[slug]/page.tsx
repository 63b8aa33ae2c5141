import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedMeetingSeriesItem } from '@/db/queries/published';
import { pageMetadata } from '@/lib/metadata';
import { missingTerm } from '../../missing-term';

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the page cache until a change drops it (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  const series = await cachedMeetingSeriesItem(slug);
  if (!series) return missingTerm('meeting_series', slug);
  return series;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const m = await load((await params).slug);
  return pageMetadata({ title: m.name, description: m.description, path: `/meetings/${m.slug}` });
}

export default async function MeetingSeriesPage({ params }: { params: Params }) {
  const m = await load((await params).slug);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/meetings', label: 'Meetings and conferences' }, { label: m.name }]} />
      <PageHeading eyebrow="Meeting series" title={m.name} lead={m.description} />
      <p className="container-page">
        <Link href="/meetings">All meetings and conferences</Link>
      </p>
    </>
  );
}
