import { describe, expect, it } from 'vitest';
import { eventCalendar, type CalendarEvent } from './ical';

type Component = { name: string; props: { name: string; params: string; value: string }[]; children: Component[] };

/** Unfolds and parses the text back into components, failing on anything that is not a well-formed content line. */
function parse(ics: string): Component {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const root: Component = { name: '', props: [], children: [] };
  const stack = [root];
  for (const line of ics.replace(/\r\n[ \t]/g, '').split('\r\n').slice(0, -1)) {
    const m = /^([A-Z0-9-]+)((?:;[A-Z0-9-]+=(?:"[^"]*"|[^";:,]*))*):(.*)$/.exec(line);
    expect(m, line).not.toBeNull();
    const [, name, params, value] = m!;
    const top = stack.at(-1)!;
    if (name === 'BEGIN') {
      const child: Component = { name: value!, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(stack.pop()?.name).toBe(value);
    } else {
      top.props.push({ name: name!, params: params!, value: value! });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children.map((c) => c.name)).toEqual(['VCALENDAR']);
  return root.children[0]!;
}

const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
const text = (value = '') => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
const children = (c: Component, name: string) => c.children.filter((child) => child.name === name);

/** Renders and checks what every file must satisfy: required properties, and a VTIMEZONE for every TZID used. */
function render(events: CalendarEvent[], name = 'Events') {
  const ics = eventCalendar(events, { name });
  const calendar = parse(ics);
  expect(prop(calendar, 'VERSION')?.value).toBe('2.0');
  expect(prop(calendar, 'PRODID')?.value).toMatch(/^-\/\/.+\/\/.+\/\/EN$/);
  const zones = children(calendar, 'VTIMEZONE').map((z) => prop(z, 'TZID')?.value);
  const vevents = children(calendar, 'VEVENT');
  for (const vevent of vevents) {
    for (const required of ['UID', 'DTSTAMP', 'DTSTART', 'DTEND']) expect(prop(vevent, required)).toBeDefined();
    for (const p of vevent.props) {
      const tzid = /;TZID=([^;:]+)/.exec(p.params)?.[1];
      if (tzid) expect(zones).toContain(tzid);
    }
  }
  return { ics, calendar, vevents, zones };
}

let nextId = 1;
function event(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  const id = nextId++;
  return {
    uid: `event-${id}@www.example.org`,
    title: 'Annual Security Review Conference',
    startsAt: new Date('2026-07-01T07:00:00Z'),
    endsAt: new Date('2026-07-01T15:30:00Z'),
    timeZone: 'Europe/Vienna',
    location: 'Hofburg, Vienna, Austria',
    online: false,
    status: 'scheduled',
    summary: 'The conference reviews the politico-military dimension.',
    url: `https://www.example.org/events/event-${id}`,
    updatedAt: new Date('2026-05-12T10:15:00Z'),
    ...overrides,
  };
}

describe('eventCalendar', () => {
  it('writes the local time of the venue with its TZID and a matching VTIMEZONE', () => {
    const { ics, calendar, vevents } = render([event({ uid: 'event-42@www.example.org' })]);
    expect(ics).toContain('\r\nDTSTART;TZID=Europe/Vienna:20260701T090000\r\n');
    expect(ics).toContain('\r\nDTEND;TZID=Europe/Vienna:20260701T173000\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20260512T101500Z\r\n');
    expect(prop(calendar, 'METHOD')).toBeUndefined();
    const [vtimezone] = children(calendar, 'VTIMEZONE');
    expect(prop(vtimezone!, 'TZID')?.value).toBe('Europe/Vienna');
    const summer = children(vtimezone!, 'DAYLIGHT').map((o) => o.props.map((p) => `${p.name}:${p.value}`));
    expect(summer).toEqual([['DTSTART:20260329T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200']]);
    const winter = children(vtimezone!, 'STANDARD').map((o) => prop(o, 'DTSTART')?.value);
    expect(winter).toEqual(['20251026T030000', '20261025T030000']);
    expect(children(vtimezone!, 'STANDARD').every((o) => prop(o, 'TZOFFSETTO')?.value === '+0100')).toBe(true);
    expect(prop(vevents[0]!, 'UID')?.value).toBe('event-42@www.example.org');
    expect(ics.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(ics.indexOf('BEGIN:VEVENT'));
  });

  it('does not depend on the time zone of the server', () => {
    const saved = process.env.TZ;
    const events = [event()];
    const at = (tz: string) => {
      process.env.TZ = tz;
      return { ics: eventCalendar(events, { name: 'Events' }), hour: events[0]!.startsAt.getHours() };
    };
    try {
      const [tokyo, lima] = [at('Asia/Tokyo'), at('America/Lima')];
      expect(tokyo.hour).not.toBe(lima.hour);
      expect(tokyo.ics).toBe(lima.ics);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('gives a zone without daylight saving time one STANDARD observance', () => {
    const { ics, calendar } = render([event({ timeZone: 'Asia/Tashkent', startsAt: new Date('2026-09-15T04:00:00Z'), endsAt: new Date('2026-09-15T12:00:00Z') })]);
    expect(ics).toContain('\r\nDTSTART;TZID=Asia/Tashkent:20260915T090000\r\n');
    const [vtimezone] = children(calendar, 'VTIMEZONE');
    expect(vtimezone!.children.map((o) => `${o.name} ${prop(o, 'TZOFFSETFROM')?.value} ${prop(o, 'TZOFFSETTO')?.value}`)).toEqual([
      'STANDARD +0500 +0500',
    ]);
  });

  it('writes UTC events with Z times and no VTIMEZONE', () => {
    const { ics, zones } = render([event({ timeZone: 'UTC' }), event({ timeZone: 'Etc/UTC' })]);
    expect(zones).toEqual([]);
    expect(ics.match(/\r\nDTSTART:20260701T070000Z\r\n/g)).toHaveLength(2);
    expect(ics).not.toContain('TZID');
  });

  it('maps the event status and shows online events as such', () => {
    const statuses = ['scheduled', 'postponed', 'cancelled', 'moved_online'] as const;
    const { vevents } = render([...statuses.map((status) => event({ status })), event({ online: true, location: null })]);
    expect(vevents.map((v) => prop(v, 'STATUS')?.value)).toEqual(['CONFIRMED', 'TENTATIVE', 'CANCELLED', 'CONFIRMED', 'CONFIRMED']);
    expect(vevents.map((v) => text(prop(v, 'LOCATION')?.value))).toEqual([
      'Hofburg, Vienna, Austria', 'Hofburg, Vienna, Austria', 'Hofburg, Vienna, Austria', 'Online', 'Online',
    ]);
    expect(prop(render([event({ location: null })]).vevents[0]!, 'LOCATION')).toBeUndefined();
  });

  it('escapes text and keeps the summary and the link in the description', () => {
    const title = 'Talks; Vienna, Geneva \\ Warsaw\nDay 2';
    const { ics, calendar, vevents } = render([event({ title, summary: 'First, second;\nthird', url: 'https://www.example.org/events/talks' })], 'OSCE; events, all');
    expect(ics).toContain('\r\nSUMMARY:Talks\\; Vienna\\, Geneva \\\\ Warsaw\\nDay 2\r\n');
    expect(text(prop(vevents[0]!, 'SUMMARY')?.value)).toBe(title);
    expect(text(prop(vevents[0]!, 'DESCRIPTION')?.value)).toBe('First, second;\nthird\n\nhttps://www.example.org/events/talks');
    expect(prop(vevents[0]!, 'URL')).toEqual({ name: 'URL', params: ';VALUE=URI', value: 'https://www.example.org/events/talks' });
    expect(text(prop(calendar, 'X-WR-CALNAME')?.value)).toBe('OSCE; events, all');
  });

  it('folds long lines at 75 octets without splitting characters', () => {
    const summary = 'Встреча по вопросам безопасности и сотрудничества в Европе — 🌍 '.repeat(6);
    const { ics, vevents } = render([event({ summary })]);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    expect(text(prop(vevents[0]!, 'DESCRIPTION')?.value).startsWith(summary)).toBe(true);
  });

  it('writes one VTIMEZONE per zone, covering the years of all its events', () => {
    const { zones, calendar, vevents } = render([
      event({ startsAt: new Date('2026-12-01T08:00:00Z'), endsAt: new Date('2026-12-01T16:00:00Z') }),
      event({ timeZone: 'Asia/Tashkent' }),
      event({ startsAt: new Date('2027-06-01T07:00:00Z'), endsAt: new Date('2027-06-01T15:00:00Z') }),
    ]);
    expect(vevents).toHaveLength(3);
    expect(zones).toEqual(['Europe/Vienna', 'Asia/Tashkent']);
    const vienna = children(calendar, 'VTIMEZONE')[0]!;
    expect(children(vienna, 'DAYLIGHT').map((o) => prop(o, 'DTSTART')?.value)).toEqual(['20260329T020000', '20270328T020000']);
  });

  it('produces an empty but valid calendar without events', () => {
    expect(render([]).calendar.children).toEqual([]);
  });
});
