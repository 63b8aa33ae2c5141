import { cachedCalendarEvents } from '@/db/queries/published-events';
import { toCalendarEvent } from '@/db/queries/events';
import { eventCalendar } from '@/lib/ical';
import { siteShortName } from '@/lib/site';

// Served from the page cache like the feeds (see app/feed.xml/route.ts); calendar apps poll it for changes.
export const revalidate = 60;

/** /events.ics: every published event that has not ended yet, for calendar apps to subscribe to. */
export async function GET() {
  const events = await cachedCalendarEvents();
  return new Response(eventCalendar(events.map(toCalendarEvent), { name: `${siteShortName} events` }), {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="events.ics"',
    },
  });
}
