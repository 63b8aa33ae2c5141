/**
 * VTIMEZONE components (RFC 5545, section 3.6.5) derived from the time zone data the runtime already ships with ICU,
 * read through Intl.DateTimeFormat: the offsets written into a calendar file then always agree with the ones used to
 * compute the events' local times, and no tz database package has to be kept up to date next to Node's.
 */

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

interface Transition {
  /** Instant of the change, in milliseconds since the epoch (a whole second). */
  at: number;
  /** Offsets from UTC in seconds, before and after. */
  from: number;
  to: number;
}

// Transitions are never closer than a few weeks apart in practice; a daily probe cannot step over one.
const PROBE_STEP = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
const components = new Map<string, string>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // hourCycle h23: with `hour12: false` some ICU versions print midnight as hour 24.
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The date and time a clock in `timeZone` shows at `instant` (milliseconds since the epoch). */
export function wallClock(timeZone: string, instant: number): WallClock {
  const parts = formatter(timeZone).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
}

/** Offset of `timeZone` from UTC at `instant`, in seconds. */
export function utcOffset(timeZone: string, instant: number): number {
  const w = wallClock(timeZone, instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return (asUtc - Math.floor(instant / 1000) * 1000) / 1000;
}

export function isUtcZone(timeZone: string): boolean {
  return formatter(timeZone).resolvedOptions().timeZone === 'UTC';
}

/** Every offset change in [start, end), found by probing daily and bisecting down to the second. */
function transitions(timeZone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let t = start;
  let offset = utcOffset(timeZone, t);
  while (t < end) {
    const next = Math.min(t + PROBE_STEP, end);
    if (utcOffset(timeZone, next) === offset) {
      t = next;
      continue;
    }
    let lo = t;
    let hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (utcOffset(timeZone, mid) === offset) lo = mid;
      else hi = mid;
    }
    const to = utcOffset(timeZone, hi);
    found.push({ at: hi, from: offset, to });
    t = hi;
    offset = to;
  }
  return found;
}

function formatOffset(seconds: number): string {
  const abs = Math.abs(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hhmm = pad(Math.floor(abs / 3600)) + pad(Math.floor((abs % 3600) / 60));
  return (seconds < 0 ? '-' : '+') + hhmm + (abs % 60 ? pad(abs % 60) : '');
}

/** An instant as a local DATE-TIME (no zone suffix), as read on a clock `offset` seconds ahead of UTC. */
function localDateTime(instant: number, offset: number): string {
  return new Date(instant + offset * 1000).toISOString().slice(0, 19).replace(/[-:]/g, '');
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', onset: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${onset}`, `TZOFFSETFROM:${formatOffset(from)}`, `TZOFFSETTO:${formatOffset(to)}`, `END:${kind}`];
}

/**
 * A VTIMEZONE for `timeZone` covering the years `firstYear` to `lastYear` (UTC), with one observance per actual
 * offset change instead of RRULEs: the rules of a zone change over time, the list of changes is always exact.
 * The observance in force on 1 January of `firstYear` is included so that every instant of the span is covered.
 */
export function vtimezone(timeZone: string, firstYear: number, lastYear: number): string {
  const key = `${timeZone}|${firstYear}|${lastYear}`;
  const cached = components.get(key);
  if (cached) return cached;

  const spanStart = Date.UTC(firstYear, 0, 1);
  const spanEnd = Date.UTC(lastYear + 1, 0, 1);
  // A year on either side: the change in force when the span opens, and the one after each change inside it,
  // which tells a seasonal change (that is reverted) from a permanent one.
  const all = transitions(timeZone, Date.UTC(firstYear - 1, 0, 1), Date.UTC(lastYear + 2, 0, 1));
  const opening = all.filter((t) => t.at <= spanStart).length - 1;

  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, `X-LIC-LOCATION:${timeZone}`];
  if (opening < 0) {
    // No change in the year before: the offset at the start has held at least that long, and counts as standard.
    const offset = utcOffset(timeZone, spanStart);
    lines.push(...observance('STANDARD', '19700101T000000', offset, offset));
  }
  all.forEach((t, i) => {
    if (i < opening || t.at >= spanEnd) return;
    const next = all[i + 1];
    const daylight = t.to > t.from && next !== undefined && next.to < t.to;
    lines.push(...observance(daylight ? 'DAYLIGHT' : 'STANDARD', localDateTime(t.at, t.from), t.from, t.to));
  });
  lines.push('END:VTIMEZONE');

  const component = lines.join('\r\n');
  components.set(key, component);
  return component;
}
