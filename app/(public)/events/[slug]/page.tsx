import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { EventContent } from '@/components/site/event-content';
import { cachedEvent, cachedEventRedirect } from '@/db/queries/published-events';
import { eventJsonLd } from '@/lib/json-ld';
import { pageMetadata } from '@/lib/metadata';

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the page cache until a change drops it (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  const event = await cachedEvent(slug);
  if (event) return event;
  const moved = await cachedEventRedirect(slug);
  if (moved) permanentRedirect(`/events/${moved}`);
  notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const event = await load((await params).slug);
  return pageMetadata({ title: event.title, description: event.lead, path: `/events/${event.slug}` });
}

export default async function EventPage({ params }: { params: Params }) {
  const event = await load((await params).slug);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/events', label: 'Events' }, { label: event.title }]} />
      <EventContent {...event} calendarHref={`/events/${event.slug}/calendar.ics`} />
      <p className="container-page mt-8">
        <Link href="/events">All events</Link>
        {event.series ? (
          <>
            {' · '}
            <Link href={`/meetings/${event.series.slug}`}>More in {event.series.name}</Link>
          </>
        ) : null}
      </p>
      <script
        type="application/ld+json"
        // JSON-LD must be raw JSON; eventJsonLd escapes "<" so no text can close the script element.
        dangerouslySetInnerHTML={{ __html: eventJsonLd(event) }}
      />
    </>
  );
}
