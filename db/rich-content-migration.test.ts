import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from './index';
import { runMigrations } from './migrate';
import { pages } from './schema';

const source = path.join(import.meta.dirname, '..', 'drizzle');

/** A copy of drizzle/ whose journal stops before `tag`. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'migrations-'));
  cpSync(source, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((entry) => entry.tag === tag));
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('migration 0005: plain-text bodies become rich-text documents', () => {
  const connection = openPglite('memory://');
  afterAll(() => connection.close());

  it('splits paragraphs on blank lines, keeps line breaks and feeds the words to the search index', async () => {
    const { db } = connection;
    await runMigrations(db, 'pglite', migrationsBefore('0005_rich_content'));
    await db.execute(sql`insert into pages (slug, title, body) values
      ('old', 'Old page', ${'First paragraph.\n\n  Second line one\nline two  \n \n\nThird <b>tag</b>.'}), ('empty', 'Empty', '')`);
    await runMigrations(db, 'pglite');

    const rows = await db
      .select({ slug: pages.slug, body: pages.body, words: sql<string>`rich_text_plain(${pages.body})` })
      .from(pages)
      .orderBy(pages.slug);
    const text = (value: string) => ({ type: 'text', text: value });
    expect(rows[0]).toEqual({ slug: 'empty', body: { type: 'doc', content: [] }, words: '' });
    expect(rows[1]!.body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('First paragraph.')] },
        { type: 'paragraph', content: [text('Second line one'), { type: 'hardBreak' }, text('line two')] },
        { type: 'paragraph', content: [text('Third <b>tag</b>.')] },
      ],
    });
    expect(rows[1]!.words).toBe('First paragraph. Second line one line two Third <b>tag</b>.');
    const found = await db.select({ slug: pages.slug }).from(pages).where(sql`${pages.search} @@ websearch_to_tsquery('english', 'line two')`);
    expect(found).toEqual([{ slug: 'old' }]);
  });
});
