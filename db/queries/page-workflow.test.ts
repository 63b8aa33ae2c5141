import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import type { PageInput } from '@/lib/validation/page';
import type { Database } from '../index';
import { auditLog, pageRevisions, pages } from '../schema';
import { seed } from '../seed';
import { createTestDatabase, insertActor, type TestDatabase } from '../testing';
import { addComment, listComments } from './comments';
import { getPageSlugRedirect, getPublishedPageBySlug } from './pages';
import { createPage, publishDuePages, savePage, transitionPage } from './page-workflow';
import { plainTextToRichText } from '@/lib/rich-text/normalize';

let testDb: TestDatabase;
let db: Database;
let editor: Actor;
let reviewer: Actor;

const input = (overrides: Partial<PageInput> = {}): PageInput => ({
  title: 'Visiting the Secretariat',
  slug: 'visiting-the-secretariat',
  parentId: 0,
  lead: 'How to arrange a visit.',
  body: plainTextToRichText('Groups may ask for a briefing.'),
  publishAt: '',
  ...overrides,
});

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seed(db);
  editor = await insertActor(db, 'Edith', ['editor']);
  reviewer = await insertActor(db, 'Rita', ['reviewer']);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe('basic pages under the workflow', () => {
  it('seeds every about page with a published first revision', async () => {
    const [page] = await db.select().from(pages).where(eq(pages.slug, 'our-history'));
    expect(page).toMatchObject({ status: 'published', version: 1, publishedRevision: 1 });
    expect(await db.select().from(pageRevisions).where(eq(pageRevisions.pageId, page!.id))).toHaveLength(1);
  });

  it('goes live only when someone else approves, and stays unchanged while edited', async () => {
    const created = await createPage(editor, input(), db);
    const id = created.status === 'success' ? created.data.id : 0;
    expect(await getPublishedPageBySlug('visiting-the-secretariat', db)).toBeNull();
    await transitionPage(editor, id, 'submit', { version: 1 }, db);
    expect((await transitionPage(editor, id, 'approve', { version: 1 }, db)).status).toBe('forbidden');
    expect((await transitionPage(reviewer, id, 'approve', { version: 1 }, db)).status).toBe('success');
    expect((await getPublishedPageBySlug('visiting-the-secretariat', db))?.title).toBe('Visiting the Secretariat');

    expect((await savePage(editor, id, 1, input({ title: 'Visits (new draft)' }), db)).status).toBe('success');
    expect((await savePage(reviewer, id, 1, input({ title: 'Stale save' }), db)).status).toBe('conflict');
    expect((await getPublishedPageBySlug('visiting-the-secretariat', db))?.title).toBe('Visiting the Secretariat');

    await transitionPage(editor, id, 'submit', { version: 2 }, db);
    await transitionPage(reviewer, id, 'approve', { version: 2 }, db);
    expect((await getPublishedPageBySlug('visiting-the-secretariat', db))?.title).toBe('Visits (new draft)');
    const steps = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'page'), eq(auditLog.entityId, id)));
    expect(steps.map((s) => s.action)).toEqual(['create', 'submit', 'approve', 'save', 'submit', 'approve']);
  });

  it('refuses a reviewer approving their own changes, and a slug already in use', async () => {
    const clash = await createPage(editor, input({ slug: 'our-history' }), db);
    expect(clash.status === 'invalid' && clash.fieldErrors.slug).toContain('already uses');
    const own = await createPage(reviewer, input({ slug: 'reviewer-page' }), db);
    const id = own.status === 'success' ? own.data.id : 0;
    await transitionPage(reviewer, id, 'submit', { version: 1 }, db);
    const result = await transitionPage(reviewer, id, 'approve', { version: 1 }, db);
    expect(result.status === 'forbidden' && result.message).toContain('four eyes');
  });

  it('publishes a scheduled page at its time, once', async () => {
    const at = new Date(Date.now() + 3_600_000);
    const created = await createPage(editor, input({ slug: 'scheduled-page', publishAt: at.toISOString() }), db);
    const id = created.status === 'success' ? created.data.id : 0;
    await transitionPage(editor, id, 'submit', { version: 1 }, db);
    const approved = await transitionPage(reviewer, id, 'approve', { version: 1 }, db);
    expect(approved.status === 'success' && approved.data.status).toBe('scheduled');
    expect(await publishDuePages(new Date(), db)).toBe(0);
    expect(await publishDuePages(new Date(at.getTime() + 1000), db)).toBe(1);
    expect(await publishDuePages(new Date(at.getTime() + 2000), db)).toBe(0);
  });

  it('refuses to place a page under one of its descendants, however deep, on save and on approval', async () => {
    const make = async (slug: string, parentId = 0) => {
      const created = await createPage(editor, input({ slug, title: slug, parentId }), db);
      if (created.status !== 'success') throw new Error(created.message);
      return created.data.id;
    };
    const top = await make('cycle-top');
    const middle = await make('cycle-middle', top);
    const bottom = await make('cycle-bottom', middle);
    const saved = await savePage(editor, top, 1, input({ slug: 'cycle-top', title: 'cycle-top', parentId: bottom }), db);
    expect(saved.status === 'invalid' && saved.fieldErrors.parentId).toContain('its own sub-pages');
    const itself = await savePage(editor, top, 1, input({ slug: 'cycle-top', title: 'cycle-top', parentId: top }), db);
    expect(itself.status === 'invalid' && itself.fieldErrors.parentId).toContain('under itself');

    // Two drafts that would only form a cycle together: the second approval sees the first one's parent.
    const a = await make('pair-a');
    const b = await make('pair-b');
    await db.update(pages).set({ status: 'published', publishedAt: new Date(), publishedRevision: 1 }).where(eq(pages.id, a));
    await db.update(pages).set({ status: 'published', publishedAt: new Date(), publishedRevision: 1 }).where(eq(pages.id, b));
    expect((await savePage(editor, a, 1, input({ slug: 'pair-a', title: 'pair-a', parentId: b }), db)).status).toBe('success');
    expect((await savePage(editor, b, 1, input({ slug: 'pair-b', title: 'pair-b', parentId: a }), db)).status).toBe('success');
    await transitionPage(editor, a, 'submit', { version: 2 }, db);
    await transitionPage(editor, b, 'submit', { version: 2 }, db);
    expect((await transitionPage(reviewer, a, 'approve', { version: 2 }, db)).status).toBe('success');
    const second = await transitionPage(reviewer, b, 'approve', { version: 2 }, db);
    expect(second.status === 'conflict' && second.message).toContain('its own sub-pages');
  });

  it('publishes due pages in the order of their times', async () => {
    const base = Date.now() + 7_200_000;
    const ids: number[] = [];
    for (const [slug, offset] of [['due-later', 2000], ['due-first', 1000]] as const) {
      const created = await createPage(editor, input({ slug, title: slug, publishAt: new Date(base + offset).toISOString() }), db);
      const id = created.status === 'success' ? created.data.id : 0;
      await transitionPage(editor, id, 'submit', { version: 1 }, db);
      await transitionPage(reviewer, id, 'approve', { version: 1 }, db);
      ids.push(id);
    }
    expect(await publishDuePages(new Date(base + 5000), db)).toBe(2);
    const order = await db
      .select({ id: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'page'), eq(auditLog.action, 'publish_scheduled')))
      .orderBy(auditLog.id);
    expect(order.map((row) => row.id).slice(-2)).toEqual([ids[1], ids[0]]);
  });

  it('keeps a "Request changes" comment in the page’s thread, where its author reads it', async () => {
    const created = await createPage(editor, input({ slug: 'page-with-thread', title: 'Page with a thread' }), db);
    const id = created.status === 'success' ? created.data.id : 0;
    await transitionPage(editor, id, 'submit', { version: 1 }, db);
    expect((await transitionPage(reviewer, id, 'requestChanges', { version: 1, comment: '' }, db)).status).toBe('invalid');
    expect((await transitionPage(reviewer, id, 'requestChanges', { version: 1, comment: 'Add opening hours.' }, db)).status).toBe('success');
    expect((await addComment(editor, 'page', id, 'Added them.', db)).status).toBe('success');
    expect((await addComment(editor, 'page', 999_999, 'Lost.', db)).status).toBe('error');
    const thread = await listComments(db, 'page', id);
    expect(thread.map((c) => [c.purpose, c.body, c.author])).toEqual([
      ['changes_requested', 'Add opening hours.', 'Rita'],
      ['comment', 'Added them.', 'Edith'],
    ]);
    expect(await listComments(db, 'news_item', id)).toEqual([]);
  });

  it('answers at its old slug after a published page is renamed, and frees a slug that is reused', async () => {
    const created = await createPage(editor, input({ slug: 'old-page-slug', title: 'Renamed page' }), db);
    const id = created.status === 'success' ? created.data.id : 0;
    await transitionPage(editor, id, 'submit', { version: 1 }, db);
    await transitionPage(reviewer, id, 'approve', { version: 1 }, db);
    await savePage(editor, id, 1, input({ slug: 'new-page-slug', title: 'Renamed page' }), db);
    await transitionPage(editor, id, 'submit', { version: 2 }, db);
    await transitionPage(reviewer, id, 'approve', { version: 2 }, db);
    expect(await getPageSlugRedirect('old-page-slug', db)).toBe('new-page-slug');
    const clash = await createPage(editor, input({ slug: 'old-page-slug' }), db);
    expect(clash.status === 'invalid' && clash.fieldErrors.slug).toContain('already uses');
    await transitionPage(reviewer, id, 'unpublish', { version: 2 }, db);
    expect(await getPageSlugRedirect('old-page-slug', db)).toBeNull();
  });
});
