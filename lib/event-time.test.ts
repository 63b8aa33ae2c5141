import { describe, expect, it } from 'vitest';
import { formatEventRange, instantToZoned, isTimeZone, zonedToInstant } from './event-time';

describe('event times', () => {
  it('reads the venue’s wall-clock time in its zone, winter and summer alike', () => {
    expect(zonedToInstant('2027-01-15T10:00', 'Europe/Vienna').toISOString()).toBe('2027-01-15T09:00:00.000Z');
    expect(zonedToInstant('2027-07-15T10:00', 'Europe/Vienna').toISOString()).toBe('2027-07-15T08:00:00.000Z');
    expect(zonedToInstant('2027-07-15T10:00', 'Asia/Almaty').toISOString()).toBe('2027-07-15T05:00:00.000Z');
    expect(zonedToInstant('2027-07-15T10:00', 'America/New_York').toISOString()).toBe('2027-07-15T14:00:00.000Z');
  });

  it('gives the same wall-clock time back from the instant', () => {
    for (const zone of ['Europe/Vienna', 'Asia/Almaty', 'Europe/London', 'America/Vancouver', 'UTC']) {
      for (const local of ['2027-03-28T09:30', '2027-10-31T23:15', '2027-06-01T00:00']) {
        expect(instantToZoned(zonedToInstant(local, zone), zone)).toBe(local);
      }
    }
  });

  it('tells real zones from made-up ones', () => {
    expect(isTimeZone('Europe/Warsaw')).toBe(true);
    expect(isTimeZone('Europe/Atlantis')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('names the zone when it shows a date range', () => {
    const starts = zonedToInstant('2027-05-12T09:30', 'Asia/Almaty');
    const ends = zonedToInstant('2027-05-12T17:00', 'Asia/Almaty');
    expect(formatEventRange(starts, ends, 'Asia/Almaty')).toMatch(/^12 May 2027, 09:30–17:00 \(Asia\/Almaty, /);
  });
});
