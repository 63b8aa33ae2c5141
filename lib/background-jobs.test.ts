import { describe, expect, it } from 'vitest';
import { schedulerDelay } from './background-jobs';

describe('schedulerDelay', () => {
  const now = Date.parse('2026-12-02T10:00:00.000Z');

  it('keeps the regular interval when nothing is scheduled or the next time is further away', () => {
    expect(schedulerDelay(null, now, 1000)).toBe(1000);
    expect(schedulerDelay(new Date(now + 5000), now, 1000)).toBe(1000);
  });

  it('wakes one millisecond after a publication time that comes before the next tick', () => {
    expect(schedulerDelay(new Date(now + 300), now, 1000)).toBe(301);
    expect(schedulerDelay(new Date(now + 2), now, 1000)).toBe(3);
    expect(schedulerDelay(new Date(now), now, 1000)).toBe(1);
  });

  it('looks again shortly at a time already past', () => {
    expect(schedulerDelay(new Date(now - 10), now, 1000)).toBe(50);
    expect(schedulerDelay(new Date(now - 10), now, 20)).toBe(20);
  });
});
