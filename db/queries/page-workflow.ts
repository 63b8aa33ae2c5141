import 'server-only';
import { and, asc, desc, eq, gt, lte, ne, sql } from 'drizzle-orm';
import { conflict, failure, forbidden, invalid, ok, type ActionResult } from '@/lib/action-result';
import { can, type Actor } from '@/lib/permissions';
import type { PageInput } from '@/lib/validation/page';
import { approvalTarget, statusAfterSave, statusLabels, transitions, type TransitionName } from '@/lib/workflow';
import { getDb, selectRows, type Database, type Executor, type Transaction } from '../index';
import { auditLog, pageRevisions, pages, users, type Page, type PageRevision } from '../schema';
import { NotAllowedError } from './editorial-news';
import { insertComment, listComments } from './comments';
import { checkImages } from './media-usage';
import { recordSlugChange, slugRedirectsToItem } from './slug-redirects';
import { FOUR_EYES_MESSAGE, refuseFromState, refuseTransitionInput, staleConflict } from './workflow-steps';

// Basic pages follow the news items' workflow: revisions, the same transitions, four eyes, optimistic locking,
// audit entries, a comment thread and old slugs that redirect. They have no terms.

function revisionValues(input: PageInput) {
  return {
    slug: input.slug,
    parentId: input.parentId || null,
    title: input.title,
    lead: input.lead,
    body: input.body,
    publishAt: input.publishAt ? new Date(input.publishAt) : null,
  };
}

/**
 * A page may not sit under itself, however many levels down: the chosen parent's whole line of ancestors is
 * read. Checked when a draft is saved and again when it is approved, since another page may have moved since.
 */
async function refuseParent(tx: Transaction, id: number | null, parentId: number | null): Promise<string | null> {
  if (parentId === null) return null;
  if (parentId === id) return 'A page cannot be placed under itself.';
  const line = await selectRows<{ id: number }>(
    tx,
    sql`with recursive up(id, parent_id, depth) as (
          select id, parent_id, 0 from pages where id = ${parentId}
          union all
          select p.id, p.parent_id, up.depth + 1 from pages p join up on p.id = up.parent_id where up.depth < 64
        )
        select id from up`,
  );
  if (line.length === 0) return 'The chosen parent page does not exist.';
  if (id !== null && line.some((row) => row.id === id)) return 'That would place the page under one of its own sub-pages.';
  return null;
}

async function checkPage(tx: Transaction, input: PageInput, id: number | null): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const others = id === null ? sql`true` : ne(pages.id, id);
  const [taken] = await tx
    .select({ id: pages.id })
    .from(pages)
    .where(
      and(
        others,
        sql`(${pages.slug} = ${input.slug} or exists (select 1 from ${pageRevisions} r where r.page_id = ${pages.id} and r.number = ${pages.version} and r.slug = ${input.slug}) or ${slugRedirectsToItem('page', input.slug, sql`${pages.id}`)})`,
      ),
    )
    .limit(1);
  if (taken) errors.slug = `Another page already uses the slug "${input.slug}". Choose a different one.`;
  const parentError = await refuseParent(tx, id, input.parentId || null);
  if (parentError) errors.parentId = parentError;
  Object.assign(errors, await checkImages(tx, input.body));
  return errors;
}

async function audit(tx: Transaction, entry: Omit<typeof auditLog.$inferInsert, 'entityType'>) {
  await tx.insert(auditLog).values({ entityType: 'page', ...entry });
}

export async function createPage(actor: Actor, input: PageInput, db: Database = getDb()): Promise<ActionResult<{ id: number }>> {
  if (!can(actor.roles, 'pages.create')) return forbidden();
  return db.transaction(async (tx) => {
    const errors = await checkPage(tx, input, null);
    if (Object.keys(errors).length) return invalid(errors);
    const { publishAt, ...live } = revisionValues(input);
    const [page] = await tx
      .insert(pages)
      .values({ ...live, publishAt, status: 'draft', version: 1, updatedBy: actor.id })
      .returning({ id: pages.id });
    await tx.insert(pageRevisions).values({ ...live, publishAt, pageId: page!.id, number: 1, authorId: actor.id });
    await audit(tx, { entityId: page!.id, action: 'create', toStatus: 'draft', revision: 1, actorId: actor.id });
    return ok({ id: page!.id }, 'Draft saved.');
  });
}

async function stale(tx: Transaction, id: number, version: number, doing: string) {
  const [latest] = await tx
    .select({ at: pageRevisions.createdAt, name: users.name })
    .from(pageRevisions)
    .leftJoin(users, eq(users.id, pageRevisions.authorId))
    .where(and(eq(pageRevisions.pageId, id), eq(pageRevisions.number, version)));
  return staleConflict(latest, doing);
}

export async function savePage(
  actor: Actor,
  id: number,
  expectedVersion: number,
  input: PageInput,
  db: Database = getDb(),
): Promise<ActionResult<{ version: number }>> {
  if (!can(actor.roles, 'pages.edit')) return forbidden();
  return db.transaction(async (tx) => {
    const [page] = await tx.select().from(pages).where(eq(pages.id, id)).for('update');
    if (!page) return failure('This page no longer exists.');
    if (page.version !== expectedVersion) return stale(tx, id, page.version, 'your save');
    const errors = await checkPage(tx, input, id);
    if (Object.keys(errors).length) return invalid(errors);
    const { publishAt, ...live } = revisionValues(input);
    const number = page.version + 1;
    const status = statusAfterSave(page.status);
    await tx.insert(pageRevisions).values({ ...live, publishAt, pageId: id, number, authorId: actor.id });
    const neverPublished = page.publishedAt === null && page.publishedRevision === null;
    await tx
      .update(pages)
      .set({ version: number, status, publishAt, updatedBy: actor.id, updatedAt: new Date(), ...(neverPublished ? live : {}) })
      .where(eq(pages.id, id));
    await audit(tx, { entityId: id, action: 'save', fromStatus: page.status, toStatus: status, revision: number, actorId: actor.id });
    return ok({ version: number }, 'Draft saved.');
  });
}

async function publishPageRevision(tx: Transaction, page: Page, revision: PageRevision, at: Date) {
  await recordSlugChange(tx, 'page', page.id, page.publishedAt ? page.slug : null, revision.slug);
  await tx
    .update(pages)
    .set({
      slug: revision.slug,
      parentId: revision.parentId,
      title: revision.title,
      lead: revision.lead,
      body: revision.body,
      publishedAt: page.publishedAt ?? at,
      publishedRevision: revision.number,
      publishAt: null,
      updatedAt: at,
    })
    .where(eq(pages.id, page.id));
}

async function revisionOf(tx: Executor, id: number, number: number) {
  const [revision] = await tx
    .select()
    .from(pageRevisions)
    .where(and(eq(pageRevisions.pageId, id), eq(pageRevisions.number, number)));
  return revision;
}

export async function transitionPage(
  actor: Actor,
  id: number,
  name: TransitionName,
  input: { version: number; comment?: string },
  db: Database = getDb(),
): Promise<ActionResult<{ status: string; changed: boolean }>> {
  const comment = input.comment?.trim() ?? '';
  const refused = refuseTransitionInput(actor, 'page', name, comment);
  if (refused) return refused;
  return db.transaction(async (tx) => {
    const [page] = await tx.select().from(pages).where(eq(pages.id, id)).for('update');
    if (!page) return failure('This page no longer exists.');
    const wrongState = refuseFromState(name, page.status);
    if (wrongState) return wrongState;
    if (page.version !== input.version) return stale(tx, id, page.version, `"${transitions[name].label}"`);

    const now = new Date();
    let to = transitions[name].to;
    let changed = false;
    if (name === 'approve') {
      const authors = await tx
        .selectDistinct({ authorId: pageRevisions.authorId })
        .from(pageRevisions)
        .where(and(eq(pageRevisions.pageId, id), gt(pageRevisions.number, page.publishedRevision ?? 0)));
      if (authors.some((row) => row.authorId === actor.id)) return forbidden(FOUR_EYES_MESSAGE);
      const revision = await revisionOf(tx, id, page.version);
      if (!revision) return failure();
      const parentError = await refuseParent(tx, id, revision.parentId);
      if (parentError) return conflict(`${parentError} Choose another parent page and save before approving.`);
      to = approvalTarget(revision.publishAt, now);
      if (to === 'published') {
        await publishPageRevision(tx, page, revision, now);
        changed = true;
      } else await tx.update(pages).set({ publishAt: revision.publishAt }).where(eq(pages.id, id));
    }
    if (name === 'unpublish') {
      await tx.update(pages).set({ publishedAt: null }).where(eq(pages.id, id));
      changed = true;
    }
    if (name === 'withdraw' && page.status === 'scheduled') await tx.update(pages).set({ publishAt: null }).where(eq(pages.id, id));
    await tx.update(pages).set({ status: to, updatedAt: now, updatedBy: actor.id }).where(eq(pages.id, id));
    if (comment) await insertComment(tx, 'page', id, actor.id, comment, name === 'requestChanges' ? 'changes_requested' : 'comment');
    await audit(tx, {
      entityId: id,
      action: name,
      fromStatus: page.status,
      toStatus: to,
      revision: page.version,
      comment: comment || null,
      actorId: actor.id,
    });
    return ok({ status: to, changed }, `${statusLabels[to]}.`);
  });
}

/** Publishes scheduled pages whose time has come, each exactly once across instances. */
export async function publishDuePages(now = new Date(), db: Database = getDb()): Promise<number> {
  let published = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const [page] = await tx
        .select()
        .from(pages)
        .where(and(eq(pages.status, 'scheduled'), lte(pages.publishAt, now)))
        .orderBy(asc(pages.publishAt), asc(pages.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!page) return false;
      const revision = await revisionOf(tx, page.id, page.version);
      if (!revision) throw new Error(`Page ${page.id} has no revision ${page.version}`);
      await publishPageRevision(tx, page, revision, page.publishAt ?? now);
      await tx.update(pages).set({ status: 'published' }).where(eq(pages.id, page.id));
      await audit(tx, { entityId: page.id, action: 'publish_scheduled', fromStatus: 'scheduled', toStatus: 'published', revision: revision.number });
      return true;
    });
    if (!done) return published;
    published += 1;
  }
}

export async function listEditorialPages(actor: Actor, db: Database = getDb()) {
  if (!can(actor.roles, 'pages.view')) throw new NotAllowedError();
  return db
    .select({ id: pages.id, title: pageRevisions.title, slug: pageRevisions.slug, status: pages.status, updatedAt: pages.updatedAt, parentId: pages.parentId })
    .from(pages)
    .innerJoin(pageRevisions, and(eq(pageRevisions.pageId, pages.id), eq(pageRevisions.number, pages.version)))
    .orderBy(asc(pages.position), asc(pageRevisions.title));
}

export async function getEditorialPage(actor: Actor, id: number, db: Database = getDb()) {
  if (!can(actor.roles, 'pages.view')) throw new NotAllowedError();
  const [page] = await db.select().from(pages).where(eq(pages.id, id));
  if (!page) return null;
  const revision = await revisionOf(db, id, page.version);
  if (!revision) return null;
  const history = await db
    .select({ number: pageRevisions.number, createdAt: pageRevisions.createdAt, author: users.name })
    .from(pageRevisions)
    .leftJoin(users, eq(users.id, pageRevisions.authorId))
    .where(eq(pageRevisions.pageId, id))
    .orderBy(desc(pageRevisions.number))
    .limit(10);
  return { page, revision, history, comments: await listComments(db, 'page', id) };
}
