import { describe, expect, it } from 'vitest';
import { newsTypeLabels } from './enums';
import { formatDate, toParagraphs } from './format';

describe('formatDate', () => {
  it('formats an ISO date as day, full month name and year', () => {
    expect(formatDate('2021-04-27')).toBe('27 April 2021');
  });

  it('does not pad single-digit days', () => {
    expect(formatDate('2022-01-05')).toBe('5 January 2022');
  });

  it('formats a Date in UTC, whatever the local time zone', () => {
    expect(formatDate(new Date('2021-12-31T23:30:00Z'))).toBe('31 December 2021');
    expect(formatDate(new Date('2022-01-01T00:30:00Z'))).toBe('1 January 2022');
  });
});

describe('toParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    expect(toParagraphs('  First paragraph.  \n\n Second one.\n\n\nThird. ')).toEqual([
      'First paragraph.',
      'Second one.',
      'Third.',
    ]);
  });

  it('treats lines containing only whitespace as blank', () => {
    expect(toParagraphs('One\n   \t\nTwo')).toEqual(['One', 'Two']);
  });

  it('keeps single line breaks inside a paragraph', () => {
    expect(toParagraphs('Line one\nline two\n\nNext')).toEqual(['Line one\nline two', 'Next']);
  });

  it('returns no paragraphs for empty or blank text', () => {
    expect(toParagraphs('')).toEqual([]);
    expect(toParagraphs('\n\n  \n')).toEqual([]);
  });
});

describe('newsTypeLabels', () => {
  it('labels each news type', () => {
    expect(newsTypeLabels).toEqual({
      news_item: 'News item',
      press_release: 'Press release',
      statement: 'Statement',
    });
  });
});
