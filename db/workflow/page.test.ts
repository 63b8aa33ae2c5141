import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import type { PageInput } from '@/lib/validation/page';
import type { Database } from '../index';
import { auditLog, pageRevisions, pages } from '../schema';
import { createWorkflowTestDatabase, type TestDatabase, type WorkflowCast } from '../testing';
import { addComment, listComments } from '../queries/comments';
import { getPageSlugRedirect } from '../queries/pages';
import { createItem, saveItem, transitionItem } from './engine';
import { workflowKinds } from './kinds';
import { publishDueItems } from './publish';
import { plainTextToRichText } from '@/lib/rich-text/normalize';

const page = workflowKinds.page;
const publishDuePages = async (now: Date, db: Database) => (await publishDueItems(now, db)).filter((change) => change.kind === 'page').length;
let testDb: TestDatabase & WorkflowCast;
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
  testDb = await createWorkflowTestDatabase();
  ({ db, editor, reviewer } = testDb);
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

  it('refuses a reviewer approving their own changes, and a slug already in use', async () => {
    const clash = await createItem(page, editor, input({ slug: 'our-history' }), db);
    expect(clash.status === 'invalid' && clash.fieldErrors.slug).toContain('already uses');
    const own = await createItem(page, reviewer, input({ slug: 'reviewer-page' }), db);
    const id = own.status === 'success' ? own.data.id : 0;
    await transitionItem(page, reviewer, id, 'submit', { version: 1 }, db);
    const result = await transitionItem(page, reviewer, id, 'approve', { version: 1 }, db);
    expect(result.status === 'forbidden' && result.message).toContain('four eyes');
  });

  it('refuses to place a page under one of its descendants, however deep, on save and on approval', async () => {
    const make = async (slug: string, parentId = 0) => {
      const created = await createItem(page, editor, input({ slug, title: slug, parentId }), db);
      if (created.status !== 'success') throw new Error(created.message);
      return created.data.id;
    };
    const top = await make('cycle-top');
    const middle = await make('cycle-middle', top);
    const bottom = await make('cycle-bottom', middle);
    const saved = await saveItem(page, editor, top, 1, input({ slug: 'cycle-top', title: 'cycle-top', parentId: bottom }), db);
    expect(saved.status === 'invalid' && saved.fieldErrors.parentId).toContain('its own sub-pages');
    const itself = await saveItem(page, editor, top, 1, input({ slug: 'cycle-top', title: 'cycle-top', parentId: top }), db);
    expect(itself.status === 'invalid' && itself.fieldErrors.parentId).toContain('under itself');

    // Two drafts that would only form a cycle together: the second approval sees the first one's parent.
    const a = await make('pair-a');
    const b = await make('pair-b');
    await db.update(pages).set({ status: 'published', publishedAt: new Date(), publishedRevision: 1 }).where(eq(pages.id, a));
    await db.update(pages).set({ status: 'published', publishedAt: new Date(), publishedRevision: 1 }).where(eq(pages.id, b));
    expect((await saveItem(page, editor, a, 1, input({ slug: 'pair-a', title: 'pair-a', parentId: b }), db)).status).toBe('success');
    expect((await saveItem(page, editor, b, 1, input({ slug: 'pair-b', title: 'pair-b', parentId: a }), db)).status).toBe('success');
    await transitionItem(page, editor, a, 'submit', { version: 2 }, db);
    await transitionItem(page, editor, b, 'submit', { version: 2 }, db);
    expect((await transitionItem(page, reviewer, a, 'approve', { version: 2 }, db)).status).toBe('success');
    const second = await transitionItem(page, reviewer, b, 'approve', { version: 2 }, db);
    expect(second.status === 'conflict' && second.message).toContain('its own sub-pages');
  });

  it('publishes due pages in the order of their times', async () => {
    const base = Date.now() + 7_200_000;
    const ids: number[] = [];
    for (const [slug, offset] of [['due-later', 2000], ['due-first', 1000]] as const) {
      const created = await createItem(page, editor, input({ slug, title: slug, publishAt: new Date(base + offset).toISOString() }), db);
      const id = created.status === 'success' ? created.data.id : 0;
      await transitionItem(page, editor, id, 'submit', { version: 1 }, db);
      await transitionItem(page, reviewer, id, 'approve', { version: 1 }, db);
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
    const created = await createItem(page, editor, input({ slug: 'page-with-thread', title: 'Page with a thread' }), db);
    const id = created.status === 'success' ? created.data.id : 0;
    await transitionItem(page, editor, id, 'submit', { version: 1 }, db);
    expect((await transitionItem(page, reviewer, id, 'requestChanges', { version: 1, comment: '' }, db)).status).toBe('invalid');
    expect((await transitionItem(page, reviewer, id, 'requestChanges', { version: 1, comment: 'Add opening hours.' }, db)).status).toBe('success');
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
    const created = await createItem(page, editor, input({ slug: 'old-page-slug', title: 'Renamed page' }), db);
    const id = created.status === 'success' ? created.data.id : 0;
    await transitionItem(page, editor, id, 'submit', { version: 1 }, db);
    await transitionItem(page, reviewer, id, 'approve', { version: 1 }, db);
    await saveItem(page, editor, id, 1, input({ slug: 'new-page-slug', title: 'Renamed page' }), db);
    await transitionItem(page, editor, id, 'submit', { version: 2 }, db);
    await transitionItem(page, reviewer, id, 'approve', { version: 2 }, db);
    expect(await getPageSlugRedirect('old-page-slug', db)).toBe('new-page-slug');
    const clash = await createItem(page, editor, input({ slug: 'old-page-slug' }), db);
    expect(clash.status === 'invalid' && clash.fieldErrors.slug).toContain('already uses');
    await transitionItem(page, reviewer, id, 'unpublish', { version: 2 }, db);
    expect(await getPageSlugRedirect('old-page-slug', db)).toBeNull();
  });
});
