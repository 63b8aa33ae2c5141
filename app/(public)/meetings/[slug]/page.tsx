import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { EventList } from '@/components/site/event-content';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedMeetingSeriesItem } from '@/db/queries/published';
import { cachedSeriesEvents } from '@/db/queries/published-events';
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
  const events = await cachedSeriesEvents(m.id);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/meetings', label: 'Meetings and conferences' }, { label: m.name }]} />
      <PageHeading eyebrow="Meeting series" title={m.name} lead={m.description} />
      <section aria-labelledby="upcoming-heading" className="container-page">
        <h2 id="upcoming-heading" className="text-2xl font-semibold text-brand-900">
          Upcoming events
        </h2>
        {events.upcoming.length ? (
          <EventList items={events.upcoming} showSeries={false} />
        ) : (
          <p className="mt-2">No upcoming events in this series have been announced yet.</p>
        )}
      </section>
      <section aria-labelledby="past-heading" className="container-page mt-8">
        <h2 id="past-heading" className="text-2xl font-semibold text-brand-900">
          Past events
        </h2>
        {events.past.length ? (
          <EventList items={events.past} showSeries={false} />
        ) : (
          <p className="mt-2">No past events of this series are listed.</p>
        )}
      </section>
      <p className="container-page mt-8">
        <Link href={`/events?series=${m.slug}`}>All events of this series</Link>
        {' · '}
        <Link href="/meetings">All meetings and conferences</Link>
      </p>
    </>
  );
}
