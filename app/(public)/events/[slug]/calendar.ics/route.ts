import { permanentRedirect } from 'next/navigation';
import { cachedEvent, cachedEventRedirect } from '@/db/queries/published-events';
import { toCalendarEvent } from '@/db/queries/events';
import { eventCalendar } from '@/lib/ical';
import { siteShortName } from '@/lib/site';

// Served from the page cache like the event page (see app/(public)/layout.tsx); Next.js sets Cache-Control from it.
export const revalidate = 60;

export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const event = await cachedEvent(slug);
  if (!event) {
    const moved = await cachedEventRedirect(slug);
    if (moved) permanentRedirect(`/events/${moved}/calendar.ics`);
    return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  const body = eventCalendar([toCalendarEvent(event)], { name: `${siteShortName}: ${event.title}` });
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      // Slugs are lowercase letters, digits and hyphens: safe in a quoted file name.
      'content-disposition': `attachment; filename="${event.slug}.ics"`,
    },
  });
}
