// The workflow's invariants (DESIGN.md section 3), run once for every kind in the registry: the same tests,
// not a copy per kind. Kind-specific rules (terms, a page's parents) are in news-item.test.ts and page.test.ts.
import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentKinds, type ContentKind } from '@/lib/content-kinds';
import type { Actor } from '@/lib/permissions';
import { plainTextToRichText } from '@/lib/rich-text/normalize';
import { selectRows, type Database } from '../index';
import { listComments } from '../queries/comments';
import { auditLog } from '../schema';
import { createWorkflowTestDatabase, insertActor, type TestDatabase, type WorkflowCast } from '../testing';
import { createItem, restoreRevision, saveItem, transitionItem } from './engine';
import { workflowKinds, type KindInputs } from './kinds';
import { publishDueItems } from './publish';

let testDb: TestDatabase & WorkflowCast;
let db: Database;
let editor: Actor;
let reviewer: Actor;
let reviewer2: Actor;
let counter = 0;

/** A valid form input of each kind, with a fresh title and slug. */
const sample: { [K in ContentKind]: (overrides: { title: string; slug: string; publishAt?: string }) => KindInputs[K] } = {
  news_item: ({ title, slug, publishAt = '' }) => ({
    title,
    slug,
    type: 'news_item',
    lead: 'A lead.',
    body: plainTextToRichText('A paragraph.'),
    imageId: null,
    issuedOn: '2026-11-30',
    publishAt,
    structureIds: [],
    fieldIds: [],
    countryIds: [],
  }),
  page: ({ title, slug, publishAt = '' }) => ({ title, slug, parentId: 0, lead: 'A lead.', body: plainTextToRichText('A paragraph.'), publishAt }),
  event: ({ title, slug, publishAt = '' }) => ({
    title,
    slug,
    startsAt: '2027-03-28T01:30',
    endsAt: '2027-03-28T17:00',
    timeZone: 'Asia/Almaty',
    venue: 'Hofburg',
    city: 'Vienna',
    countryId: 0,
    online: false,
    seriesId: 0,
    eventStatus: 'scheduled',
    lead: 'A lead.',
    body: plainTextToRichText('A paragraph.'),
    publishAt,
    structureIds: [],
    fieldIds: [],
    publicationIds: [],
  }),
  publication: ({ title, slug, publishAt = '' }) => ({
    title,
    slug,
    type: 'report',
    publishedOn: '2026-11-30',
    summary: 'A summary.',
    language: 'en',
    coverId: null,
    fileIds: [],
    publishAt,
    structureIds: [],
    fieldIds: [],
    countryIds: [],
  }),
};

beforeAll(async () => {
  testDb = await createWorkflowTestDatabase();
  ({ db, editor, reviewer, reviewer2 } = testDb);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe.each(contentKinds)('the workflow of a %s', (kind) => {
  const def = workflowKinds[kind] as (typeof workflowKinds)['page'];
  const input = (overrides: { title?: string; publishAt?: string } = {}) => {
    counter += 1;
    return sample[kind]({ title: overrides.title ?? `Engine ${kind} ${counter}`, slug: `engine-${kind.replace('_', '-')}-${counter}`, publishAt: overrides.publishAt }) as KindInputs['page'];
  };
  const publicTitle = async (id: number) => {
    const [row] = await selectRows<{ title: string }>(db, sql`select title from ${def.live} where id = ${id} and published_at is not null and published_at <= now()`);
    return row?.title ?? null;
  };
  const createAndSubmit = async (values = input()) => {
    const created = await createItem(def, editor, values, db);
    if (created.status !== 'success') throw new Error(created.message);
    expect((await transitionItem(def, editor, created.data.id, 'submit', { version: 1 }, db)).status).toBe('success');
    return created.data.id;
  };

  it('gets the form’s values back from the revision they make (what restoring relies on)', () => {
    const values = { ...input(), publishAt: '2031-01-02T03:04:00.000Z' };
    expect(def.toInput(def.revisionValues(values))).toEqual(values);
  });

  it('goes public only when someone who did not write it approves, and stays unchanged while edited', async () => {
    const values = input({ title: `Approved ${kind}` });
    const id = await createAndSubmit(values);
    expect(await publicTitle(id)).toBeNull();
    expect((await transitionItem(def, editor, id, 'approve', { version: 1 }, db)).status).toBe('forbidden');
    expect((await transitionItem(def, reviewer, id, 'approve', { version: 1 }, db)).status).toBe('success');
    expect(await publicTitle(id)).toBe(`Approved ${kind}`);

    expect((await saveItem(def, reviewer, id, 1, { ...values, title: `Edited ${kind}` }, db)).status).toBe('success');
    expect(await publicTitle(id)).toBe(`Approved ${kind}`);
    await transitionItem(def, reviewer, id, 'submit', { version: 2 }, db);
    const own = await transitionItem(def, reviewer, id, 'approve', { version: 2 }, db);
    expect(own.status === 'forbidden' && own.message).toContain('four eyes');
    expect((await transitionItem(def, reviewer2, id, 'approve', { version: 2 }, db)).status).toBe('success');
    expect(await publicTitle(id)).toBe(`Edited ${kind}`);
  });

  it('refuses a save made from an outdated version, naming who changed it', async () => {
    const created = await createItem(def, editor, input(), db);
    const id = created.status === 'success' ? created.data.id : 0;
    expect((await saveItem(def, reviewer, id, 1, input(), db)).status).toBe('success');
    const stale = await saveItem(def, editor, id, 1, input(), db);
    expect(stale.status === 'conflict' && stale.message).toContain('Rita changed this');
  });

  it('requires a comment to request changes, and puts it in the thread the author reads', async () => {
    const id = await createAndSubmit();
    expect((await transitionItem(def, reviewer, id, 'requestChanges', { version: 1, comment: ' ' }, db)).status).toBe('invalid');
    expect((await transitionItem(def, reviewer, id, 'requestChanges', { version: 1, comment: 'Shorten the lead.' }, db)).status).toBe('success');
    expect((await listComments(db, kind, id)).map((c) => [c.purpose, c.body])).toEqual([['changes_requested', 'Shorten the lead.']]);
    const steps = await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, kind), eq(auditLog.entityId, id))).orderBy(asc(auditLog.id));
    expect(steps.map((s) => s.action)).toEqual(['create', 'submit', 'requestChanges']);
  });

  it('lets one of two racing approvals win', async () => {
    const id = await createAndSubmit();
    const other = testDb.connect();
    try {
      const results = await Promise.all([
        transitionItem(def, reviewer, id, 'approve', { version: 1 }, db),
        transitionItem(def, reviewer2, id, 'approve', { version: 1 }, other.db),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['conflict', 'success']);
    } finally {
      await other.close();
    }
  });

  it('publishes a scheduled approval at its time, once, and not before', async () => {
    const at = new Date(Date.now() + 3_600_000);
    const id = await createAndSubmit(input({ publishAt: at.toISOString() }));
    const approved = await transitionItem(def, reviewer, id, 'approve', { version: 1 }, db);
    expect(approved.status === 'success' && approved.data.status).toBe('scheduled');
    expect((await publishDueItems(new Date(), db)).some((c) => c.kind === kind && c.id === id)).toBe(false);
    expect(await publicTitle(id)).toBeNull();
    const later = new Date(at.getTime() + 1000);
    const other = testDb.connect();
    try {
      const published = (await Promise.all([publishDueItems(later, db), publishDueItems(later, other.db)])).flat();
      expect(published.filter((c) => c.kind === kind && c.id === id)).toHaveLength(1);
    } finally {
      await other.close();
    }
    // Published as of its time ("now" is an hour early here, so the public reads still hold it back).
    const [row] = await selectRows<{ status: string; published_at: Date | string }>(db, sql`select status, published_at from ${def.live} where id = ${id}`);
    expect([row?.status, new Date(row!.published_at).getTime()]).toEqual(['published', at.getTime()]);
  });

  it('restores an old revision as a new one, and unpublishes', async () => {
    const first = input({ title: `First ${kind}` });
    const id = await createAndSubmit(first);
    await transitionItem(def, reviewer, id, 'approve', { version: 1 }, db);
    await saveItem(def, editor, id, 1, { ...first, title: `Second ${kind}` }, db);
    const restored = await restoreRevision(def, editor, id, 1, 2, db);
    expect(restored.status === 'success' && restored.data.version).toBe(3);
    const unpublished = await transitionItem(def, reviewer, id, 'unpublish', { version: 3 }, db);
    expect(unpublished.status).toBe('conflict');
    await transitionItem(def, editor, id, 'submit', { version: 3 }, db);
    await transitionItem(def, reviewer, id, 'approve', { version: 3 }, db);
    expect(await publicTitle(id)).toBe(`First ${kind}`);
    const gone = await transitionItem(def, reviewer, id, 'unpublish', { version: 3 }, db);
    expect(gone.status === 'success' && gone.data.published).toMatchObject({ kind, id });
    expect(await publicTitle(id)).toBeNull();
  });

  it('refuses every step to someone whose role does not allow it', async () => {
    const id = await createAndSubmit();
    for (const name of ['approve', 'requestChanges'] as const) {
      expect((await transitionItem(def, editor, id, name, { version: 1, comment: 'No.' }, db)).status).toBe('forbidden');
    }
    const nobody = await insertActor(db, `Nobody ${kind}`, []);
    expect((await createItem(def, nobody, input(), db)).status).toBe('forbidden');
    expect((await saveItem(def, nobody, id, 1, input(), db)).status).toBe('forbidden');
  });
});
