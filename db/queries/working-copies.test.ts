import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/permissions';
import { plainTextToRichText } from '@/lib/rich-text/normalize';
import type { Database } from '../index';
import { createWorkflowTestDatabase, type TestDatabase, type WorkflowCast } from '../testing';
import { getDashboard, getReviewQueue } from './editorial-news';
import { EditorialError } from '@/lib/errors';
import { createItem, transitionItem } from '../workflow/engine';
import { workflowKinds } from '../workflow/kinds';

let testDb: TestDatabase & WorkflowCast;
let db: Database;
let editor: Actor;
let reviewer: Actor;

beforeAll(async () => {
  testDb = await createWorkflowTestDatabase();
  ({ db, editor, reviewer } = testDb);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

const body = plainTextToRichText('A paragraph.');

describe('the dashboard and the review queue across kinds', () => {
  it('lists news items and pages side by side, each under its own kind', async () => {
    const news = await createItem(
      workflowKinds.news_item,
      editor,
      { title: 'Queue news item', slug: 'queue-news-item', type: 'news_item', lead: 'Lead.', body, imageId: null, issuedOn: '2026-11-30', publishAt: '', structureIds: [], fieldIds: [], countryIds: [] },
      db,
    );
    const page = await createItem(workflowKinds.page, editor, { title: 'Queue page', slug: 'queue-page', parentId: 0, lead: 'Lead.', body, publishAt: '' }, db);
    const draftPage = await createItem(workflowKinds.page, editor, { title: 'Draft page of Edith', slug: 'draft-page-of-edith', parentId: 0, lead: 'Lead.', body, publishAt: '' }, db);
    if (news.status !== 'success' || page.status !== 'success' || draftPage.status !== 'success') throw new Error('setup failed');
    await transitionItem(workflowKinds.news_item, editor, news.data.id, 'submit', { version: 1 }, db);
    await transitionItem(workflowKinds.page, editor, page.data.id, 'submit', { version: 1 }, db);

    const queue = await getReviewQueue(reviewer, db);
    expect(queue.map((row) => [row.kind, row.title, row.status])).toEqual(
      expect.arrayContaining([
        ['news_item', 'Queue news item', 'in_review'],
        ['page', 'Queue page', 'in_review'],
      ]),
    );
    expect(queue.every((row) => row.status === 'in_review')).toBe(true);

    const mine = await getDashboard(editor, db);
    expect(mine.myDrafts.items.map((row) => [row.kind, row.title])).toEqual([['page', 'Draft page of Edith']]);
    expect(mine.myDrafts.total).toBe(1);
    expect(mine.awaitingReview.total).toBe(2);
    expect((await getDashboard(reviewer, db)).myDrafts.total).toBe(0);
  });

  it('keeps the review queue for reviewers', async () => {
    await expect(getReviewQueue(editor, db)).rejects.toThrow(EditorialError);
  });
});
