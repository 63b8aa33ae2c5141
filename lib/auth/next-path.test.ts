import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/editor', '/editor'],
    ['/editor/news/12?tab=history', '/editor/news/12?tab=history'],
    ['/editor/users', '/editor/users'],
  ])('keeps the workspace path %s', (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['/'],
    ['/news'],
    ['/editorial'],
    ['//evil.example/editor'],
    ['/editor\\..\\evil'],
    ['https://evil.example/editor'],
    ['/editor/../news'],
    [['/editor']],
  ])('sends %s to /editor', (input) => {
    expect(safeNextPath(input)).toBe('/editor');
  });
});
