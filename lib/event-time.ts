import { utcOffset, wallClock } from './ical-timezone';

// An event happens at the local time of its venue: the form takes a wall-clock date and time plus an IANA zone,
// the database keeps the instant, and pages show it in the zone again.

const pad = (n: number) => String(n).padStart(2, '0');

/** Whether the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every zone the runtime knows, for the form's list. */
export function timeZoneNames(): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

/**
 * The instant at which clocks in `zone` show `local` ("YYYY-MM-DDTHH:mm"). Around a change of the clocks the
 * offset found at the first guess decides.
 */
export function zonedToInstant(local: string, zone: string): Date {
  const [datePart, timePart = '00:00'] = local.split('T');
  const [y, m, d] = datePart!.split('-').map(Number);
  const [hh, mm] = timePart.split(':').map(Number);
  const asUtc = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  // The offset at the guessed instant, then at the corrected one: two steps settle on either side of a change.
  let instant = asUtc - utcOffset(zone, asUtc) * 1000;
  instant = asUtc - utcOffset(zone, instant) * 1000;
  return new Date(instant);
}

/** What clocks in `zone` show at `instant`, as "YYYY-MM-DDTHH:mm" (the form's value). */
export function instantToZoned(instant: Date, zone: string): string {
  const c = wallClock(zone, instant.getTime());
  return `${c.year}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`;
}

/** A local date-time value as the form sends it. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** "Tuesday 3 March 2026, 10:00" in the event's zone. */
export function formatEventDateTime(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(instant);
}

/** When an event takes place, as one line in its zone: "3–4 March 2026" style dates with times and the zone's name. */
export function formatEventRange(startsAt: Date, endsAt: Date, zone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' });
  const zoneName = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' }).formatToParts(startsAt).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const sameDay = day.format(startsAt) === day.format(endsAt);
  return sameDay
    ? `${day.format(startsAt)}, ${time.format(startsAt)}–${time.format(endsAt)} (${zone.replace(/_/g, ' ')}, ${zoneName})`
    : `${day.format(startsAt)}, ${time.format(startsAt)} – ${day.format(endsAt)}, ${time.format(endsAt)} (${zone.replace(/_/g, ' ')}, ${zoneName})`;
}
