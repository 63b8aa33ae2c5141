import ical, { escape, ICalEventStatus, type ICalDayJsStub } from 'ical-generator';
import { isUtcZone, vtimezone, wallClock } from './ical-timezone';
import { siteShortName } from './site';

export interface CalendarEvent {
  /** Globally unique and stable across edits, e.g. `event-42@www.example.org`. */
  uid: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** IANA zone of the venue; the event is shown at the local time of that place. */
  timeZone: string;
  /** Venue, city and country as one line, or null when there is none. */
  location: string | null;
  online: boolean;
  status: 'scheduled' | 'postponed' | 'cancelled' | 'moved_online';
  /** Plain-text lead. */
  summary: string;
  /** Absolute URL of the public event page. */
  url: string;
  updatedAt: Date;
}

interface CalendarOptions {
  /** Shown by calendar apps as the calendar's title (NAME / X-WR-CALNAME). */
  name: string;
  /** PRODID without the leading "-", e.g. `//OSCE//Events//EN`. */
  prodId?: string;
}

const statuses: Record<CalendarEvent['status'], ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  moved_online: ICalEventStatus.CONFIRMED,
  // The dates are likely to change: calendar apps show the entry as not yet certain.
  postponed: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * ical-generator writes a plain Date that has a TZID with the host's own local clock, so the output would depend on
 * the server's TZ setting. It also accepts Day.js-like objects: this one keeps the instant and shows its wall-clock
 * time in whichever zone ical-generator asks for.
 */
function zonedInstant(instant: Date, zone = 'UTC'): ICalDayJsStub {
  return {
    format(pattern = 'YYYY-MM-DDTHH:mm:ss') {
      const w = wallClock(zone, instant.getTime());
      const fields: Record<string, string> = {
        YYYY: pad(w.year, 4),
        MM: pad(w.month),
        DD: pad(w.day),
        HH: pad(w.hour),
        mm: pad(w.minute),
        ss: pad(w.second),
      };
      return pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => fields[token] ?? token);
    },
    isValid: () => !Number.isNaN(instant.getTime()),
    toDate: () => new Date(instant.getTime()),
    toJSON: () => instant.toISOString(),
    tz: (next?: string) => zonedInstant(instant, next ?? zone),
    utc: () => zonedInstant(instant, 'UTC'),
  };
}

/** The years (UTC) each zone's events span, so that a VTIMEZONE covers exactly those. */
function yearSpans(events: CalendarEvent[]): Map<string, { first: number; last: number }> {
  const spans = new Map<string, { first: number; last: number }>();
  for (const event of events) {
    const first = Math.min(event.startsAt.getUTCFullYear(), event.endsAt.getUTCFullYear());
    const last = Math.max(event.startsAt.getUTCFullYear(), event.endsAt.getUTCFullYear());
    const span = spans.get(event.timeZone);
    spans.set(event.timeZone, span ? { first: Math.min(span.first, first), last: Math.max(span.last, last) } : { first, last });
  }
  return spans;
}

/** An iCalendar (RFC 5545) document with one VEVENT per event and one VTIMEZONE per zone they use. */
export function eventCalendar(events: CalendarEvent[], options: CalendarOptions): string {
  const spans = yearSpans(events);
  const calendar = ical({
    prodId: options.prodId ?? `//${siteShortName}//Events//EN`,
    // ical-generator writes NAME and X-WR-CALNAME unescaped, unlike the event's text properties.
    name: escape(options.name, false),
    // No calendar-wide zone: DTSTAMP and LAST-MODIFIED stay in UTC, each event carries its own TZID.
    timezone: {
      name: null,
      generator: (zone) => {
        const span = spans.get(zone);
        return span ? vtimezone(zone, span.first, span.last) : null;
      },
    },
  });

  for (const event of events) {
    const utc = isUtcZone(event.timeZone);
    const online = event.online || event.status === 'moved_online';
    const location = online ? 'Online' : event.location;
    calendar.createEvent({
      id: event.uid,
      summary: event.title,
      // A UTC event gets `Z` times and no VTIMEZONE; any other zone a TZID and wall-clock times.
      start: utc ? event.startsAt : zonedInstant(event.startsAt),
      end: utc ? event.endsAt : zonedInstant(event.endsAt),
      timezone: utc ? null : event.timeZone,
      // Without a METHOD property RFC 5545 reads DTSTAMP as the last revision, which keeps the output stable between
      // requests; with METHOD:PUBLISH it would have to be the time the file was generated.
      stamp: event.updatedAt,
      lastModified: event.updatedAt,
      status: statuses[event.status],
      location: location ? { title: location } : null,
      description: event.summary ? `${event.summary}\n\n${event.url}` : event.url,
      url: event.url,
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one included; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`;
}
