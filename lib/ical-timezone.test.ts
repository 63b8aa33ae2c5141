import { describe, expect, it } from 'vitest';
import { isUtcZone, utcOffset, vtimezone, wallClock } from './ical-timezone';

interface Observance {
  kind: string;
  start: string;
  from: string;
  to: string;
}

/** Reads the component back line by line, checking its structure on the way. */
function observances(component: string, zone: string): Observance[] {
  const lines = component.split('\r\n');
  expect(component).not.toMatch(/[^\r]\n/);
  expect(lines.slice(0, 2)).toEqual(['BEGIN:VTIMEZONE', `TZID:${zone}`]);
  expect(lines.at(-1)).toBe('END:VTIMEZONE');
  const found: Observance[] = [];
  lines.forEach((line, i) => {
    const begin = /^BEGIN:(STANDARD|DAYLIGHT)$/.exec(line);
    if (!begin) return;
    const [start, from, to, end] = lines.slice(i + 1, i + 5);
    expect(start).toMatch(/^DTSTART:\d{8}T\d{6}$/);
    expect(from).toMatch(/^TZOFFSETFROM:[+-]\d{4}(\d{2})?$/);
    expect(to).toMatch(/^TZOFFSETTO:[+-]\d{4}(\d{2})?$/);
    expect(end).toBe(`END:${begin[1]}`);
    found.push({ kind: begin[1]!, start: start!.slice(8), from: from!.slice(13), to: to!.slice(11) });
  });
  return found;
}

const seconds = (offset: string) => {
  const [, sign, h, m, s] = /^([+-])(\d\d)(\d\d)(\d\d)?$/.exec(offset)!;
  return (sign === '-' ? -1 : 1) * (Number(h) * 3600 + Number(m) * 60 + Number(s ?? 0));
};

/** The offset a calendar client derives from the observances for an instant: the latest onset at or before it wins. */
function offsetFromObservances(list: Observance[], instant: number): number {
  let offset = seconds(list[0]!.from);
  for (const o of list) {
    const [, y, mo, d, h, mi, s] = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)$/.exec(o.start)!.map(Number);
    const onset = Date.UTC(y!, mo! - 1, d, h, mi, s) - seconds(o.from) * 1000;
    if (onset <= instant) offset = seconds(o.to);
  }
  return offset;
}

const row = (o: Observance) => `${o.kind} ${o.start} ${o.from}>${o.to}`;

describe('vtimezone', () => {
  it('lists the change in force at the start and every change of the year, in local time before each change', () => {
    expect(observances(vtimezone('Europe/Vienna', 2026, 2026), 'Europe/Vienna').map(row)).toEqual([
      'STANDARD 20251026T030000 +0200>+0100',
      'DAYLIGHT 20260329T020000 +0100>+0200',
      'STANDARD 20261025T030000 +0200>+0100',
    ]);
  });

  it('writes negative offsets and covers every year of a span', () => {
    expect(observances(vtimezone('America/New_York', 2026, 2027), 'America/New_York').map(row)).toEqual([
      'STANDARD 20251102T020000 -0400>-0500',
      'DAYLIGHT 20260308T020000 -0500>-0400',
      'STANDARD 20261101T020000 -0400>-0500',
      'DAYLIGHT 20270314T020000 -0500>-0400',
      'STANDARD 20271107T020000 -0400>-0500',
    ]);
  });

  it('marks the southern summer as daylight time', () => {
    expect(observances(vtimezone('Australia/Sydney', 2026, 2026), 'Australia/Sydney').map(row)).toEqual([
      'DAYLIGHT 20251005T020000 +1000>+1100',
      'STANDARD 20260405T030000 +1100>+1000',
      'DAYLIGHT 20261004T020000 +1000>+1100',
    ]);
  });

  it('gives a zone without daylight saving time a single fixed STANDARD', () => {
    expect(observances(vtimezone('Asia/Tashkent', 2026, 2026), 'Asia/Tashkent').map(row)).toEqual([
      'STANDARD 19700101T000000 +0500>+0500',
    ]);
    expect(observances(vtimezone('Asia/Kolkata', 2026, 2027), 'Asia/Kolkata').map(row)).toEqual([
      'STANDARD 19700101T000000 +0530>+0530',
    ]);
  });

  it('treats a permanent change of offset as standard time', () => {
    // Kazakhstan moved Almaty from UTC+6 to UTC+5 on 1 March 2024.
    expect(observances(vtimezone('Asia/Almaty', 2024, 2024), 'Asia/Almaty').map(row)).toEqual([
      'STANDARD 19700101T000000 +0600>+0600',
      'STANDARD 20240301T000000 +0600>+0500',
    ]);
  });

  it('agrees with the runtime at every instant of the span', () => {
    const zones = ['Europe/Vienna', 'Europe/London', 'America/Santiago', 'Australia/Lord_Howe', 'Asia/Almaty', 'Asia/Tehran'];
    const mismatches: string[] = [];
    for (const zone of zones) {
      const list = observances(vtimezone(zone, 2024, 2026), zone);
      for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2027, 0, 1); t += 97 * 60_000) {
        if (offsetFromObservances(list, t) !== utcOffset(zone, t)) mismatches.push(`${zone} ${new Date(t).toISOString()}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('adds the libical location hint', () => {
    expect(vtimezone('Europe/Vienna', 2026, 2026)).toContain('\r\nX-LIC-LOCATION:Europe/Vienna\r\n');
  });
});

describe('wallClock and utcOffset', () => {
  it('read the local time and offset of a zone', () => {
    const instant = Date.UTC(2026, 6, 1, 7, 0, 0);
    expect(wallClock('Europe/Vienna', instant)).toEqual({ year: 2026, month: 7, day: 1, hour: 9, minute: 0, second: 0 });
    expect(wallClock('America/New_York', Date.UTC(2026, 0, 1, 5))).toMatchObject({ day: 1, hour: 0 });
    expect(utcOffset('Europe/Vienna', instant)).toBe(7200);
    expect(utcOffset('America/St_Johns', instant)).toBe(-9000);
  });

  it('recognise the aliases of UTC', () => {
    expect(['UTC', 'Etc/UTC', 'Etc/GMT'].map(isUtcZone)).toEqual([true, true, true]);
    expect(['Europe/London', 'Africa/Abidjan'].map(isUtcZone)).toEqual([false, false]);
  });

  it('rejects an unknown zone', () => {
    expect(() => vtimezone('Mars/Olympus_Mons', 2026, 2026)).toThrow(RangeError);
  });
});
