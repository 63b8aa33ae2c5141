import 'server-only';
import { and, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import { failure, forbidden, invalid, ok, type ActionResult } from '@/lib/action-result';
import { can, type Actor } from '@/lib/permissions';
import type { NewsItemInput } from '@/lib/validation/news-item';
import { approvalTarget, statusAfterSave, statusLabels, transitions, type TransitionName } from '@/lib/workflow';
import { getDb, type Database, type Transaction } from '../index';
import { auditLog, countries, fieldsOfWork, newsItems, newsRevisions, structures, users } from '../schema';
import { insertComment } from './comments';
import { getRevision, publishRevision, type PublishedChange } from './news-publishing';
import { checkImages } from './media-usage';
import { slugRedirectsToItem } from './slug-redirects';
import { FOUR_EYES_MESSAGE, refuseFromState, refuseTransitionInput, staleConflict } from './workflow-steps';

/** Unknown term ids and slugs already used by another item, as field errors. */
async function checkReferences(tx: Transaction, input: NewsItemInput, itemId: number | null): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const known = async (table: typeof structures | typeof fieldsOfWork | typeof countries, ids: number[]) =>
    ids.length === 0 ? 0 : (await tx.select({ id: table.id }).from(table).where(inArray(table.id, ids))).length;
  if ((await known(structures, input.structureIds)) !== new Set(input.structureIds).size)
    errors.structureIds = 'One of the chosen structures does not exist (any more). Reload the page and choose again.';
  if ((await known(fieldsOfWork, input.fieldIds)) !== new Set(input.fieldIds).size)
    errors.fieldIds = 'One of the chosen fields of work does not exist. Reload the page and choose again.';
  if ((await known(countries, input.countryIds)) !== new Set(input.countryIds).size)
    errors.countryIds = 'One of the chosen countries does not exist. Reload the page and choose again.';
  Object.assign(errors, await checkImages(tx, input.body, input.imageId));

  // A slug is taken when another item is live under it, is being drafted under it, or redirects from it.
  const others = itemId === null ? sql`true` : ne(newsItems.id, itemId);
  const [taken] = await tx
    .select({ id: newsItems.id })
    .from(newsItems)
    .where(
      and(
        others,
        or(
          eq(newsItems.slug, input.slug),
          sql`exists (select 1 from ${newsRevisions} r where r.news_item_id = ${newsItems.id} and r.number = ${newsItems.version} and r.slug = ${input.slug})`,
          slugRedirectsToItem('news_item', input.slug, sql`${newsItems.id}`),
        ),
      ),
    )
    .limit(1);
  if (taken) errors.slug = `Another news item already uses the slug "${input.slug}". Choose a different one.`;
  return errors;
}

function revisionValues(input: NewsItemInput) {
  return {
    slug: input.slug,
    type: input.type,
    title: input.title,
    lead: input.lead,
    body: input.body,
    imageId: input.imageId,
    issuedOn: input.issuedOn,
    structureIds: input.structureIds,
    fieldIds: input.fieldIds,
    countryIds: input.countryIds,
    publishAt: input.publishAt ? new Date(input.publishAt) : null,
  };
}

function liveValues(values: ReturnType<typeof revisionValues>) {
  const { slug, type, title, lead, body, imageId, issuedOn } = values;
  return { slug, type, title, lead, body, imageId, issuedOn };
}

async function audit(tx: Transaction, entry: Omit<typeof auditLog.$inferInsert, 'entityType'>) {
  await tx.insert(auditLog).values({ entityType: 'news_item', ...entry });
}

/** Creates a news item as a draft with its first revision. */
export async function createNewsItem(actor: Actor, input: NewsItemInput, db: Database = getDb()): Promise<ActionResult<{ id: number }>> {
  if (!can(actor.roles, 'news.create')) return forbidden();
  return db.transaction(async (tx) => {
    const errors = await checkReferences(tx, input, null);
    if (Object.keys(errors).length) return invalid(errors);
    const values = revisionValues(input);
    // The live columns hold the first draft too; nothing is public while published_at is null.
    const [item] = await tx
      .insert(newsItems)
      .values({ ...liveValues(values), status: 'draft', version: 1, createdBy: actor.id, updatedBy: actor.id, publishAt: values.publishAt })
      .returning({ id: newsItems.id });
    await tx.insert(newsRevisions).values({ ...values, newsItemId: item!.id, number: 1, authorId: actor.id });
    await audit(tx, { entityId: item!.id, action: 'create', toStatus: 'draft', revision: 1, actorId: actor.id });
    return ok({ id: item!.id }, 'Draft saved.');
  });
}

/** The conflict for a save or approval made from an outdated revision. */
async function stale(tx: Transaction, itemId: number, version: number, doing: string) {
  const [latest] = await tx
    .select({ at: newsRevisions.createdAt, name: users.name })
    .from(newsRevisions)
    .leftJoin(users, eq(users.id, newsRevisions.authorId))
    .where(and(eq(newsRevisions.newsItemId, itemId), eq(newsRevisions.number, version)));
  return staleConflict(latest, doing);
}

/** Saves the working copy as a new revision, refusing a save made from an outdated version. */
export async function saveNewsItem(
  actor: Actor,
  id: number,
  expectedVersion: number,
  input: NewsItemInput,
  db: Database = getDb(),
): Promise<ActionResult<{ version: number }>> {
  if (!can(actor.roles, 'news.edit')) return forbidden();
  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(newsItems).where(eq(newsItems.id, id)).for('update');
    if (!item) return failure('This news item no longer exists.');
    if (item.version !== expectedVersion) return stale(tx, id, item.version, 'your save');
    const errors = await checkReferences(tx, input, id);
    if (Object.keys(errors).length) return invalid(errors);

    const values = revisionValues(input);
    const number = item.version + 1;
    const status = statusAfterSave(item.status);
    await tx.insert(newsRevisions).values({ ...values, newsItemId: id, number, authorId: actor.id });
    const neverPublished = item.publishedAt === null && item.publishedRevision === null;
    await tx
      .update(newsItems)
      .set({
        version: number,
        status,
        updatedBy: actor.id,
        updatedAt: new Date(),
        publishAt: values.publishAt,
        // While nothing is live, the live columns follow the draft (keeps the slug unique in one place).
        ...(neverPublished ? liveValues(values) : {}),
      })
      .where(eq(newsItems.id, id));
    await audit(tx, { entityId: id, action: 'save', fromStatus: item.status, toStatus: status, revision: number, actorId: actor.id });
    return ok({ version: number }, 'Draft saved.');
  });
}

interface TransitionInput {
  /** The revision the person saw when they pressed the button. */
  version: number;
  comment?: string;
}

/** One workflow step, in one transaction, under a row lock: two racing transitions cannot both win. */
export async function transitionNewsItem(
  actor: Actor,
  id: number,
  name: TransitionName,
  input: TransitionInput,
  db: Database = getDb(),
): Promise<ActionResult<{ status: string; published?: PublishedChange }>> {
  const rule = transitions[name];
  const comment = input.comment?.trim() ?? '';
  const refused = refuseTransitionInput(actor, 'news_item', name, comment);
  if (refused) return refused;

  return db.transaction(async (tx) => {
    const [item] = await tx.select().from(newsItems).where(eq(newsItems.id, id)).for('update');
    if (!item) return failure('This news item no longer exists.');
    const wrongState = refuseFromState(name, item.status);
    if (wrongState) return wrongState;
    if (item.version !== input.version) return stale(tx, id, item.version, `"${rule.label}"`);

    const now = new Date();
    let to = rule.to;
    let published: PublishedChange | undefined;
    if (name === 'approve') {
      const authors = await tx
        .selectDistinct({ authorId: newsRevisions.authorId })
        .from(newsRevisions)
        .where(and(eq(newsRevisions.newsItemId, id), gt(newsRevisions.number, item.publishedRevision ?? 0)));
      if (authors.some((row) => row.authorId === actor.id)) {
        return forbidden(FOUR_EYES_MESSAGE);
      }
      const revision = await getRevision(tx, id, item.version);
      if (!revision) return failure();
      to = approvalTarget(revision.publishAt, now);
      if (to === 'published') published = await publishRevision(tx, item, revision, now);
      else await tx.update(newsItems).set({ publishAt: revision.publishAt }).where(eq(newsItems.id, id));
    }
    if (name === 'unpublish') {
      published = { id, slugs: [item.slug] };
      await tx.update(newsItems).set({ publishedAt: null }).where(eq(newsItems.id, id));
    }
    if (name === 'withdraw' && item.status === 'scheduled') {
      await tx.update(newsItems).set({ publishAt: null }).where(eq(newsItems.id, id));
    }

    await tx.update(newsItems).set({ status: to, updatedAt: now, updatedBy: actor.id }).where(eq(newsItems.id, id));
    if (comment) await insertComment(tx, 'news_item', id, actor.id, comment, name === 'requestChanges' ? 'changes_requested' : 'comment');
    await audit(tx, {
      entityId: id,
      action: name,
      fromStatus: item.status,
      toStatus: to,
      revision: item.version,
      comment: comment || null,
      actorId: actor.id,
    });
    return ok({ status: to, published }, `${statusLabels[to]}.`);
  });
}

/** Restoring copies an old revision into a new one; nothing is lost. */
export async function restoreRevision(
  actor: Actor,
  id: number,
  number: number,
  expectedVersion: number,
  db: Database = getDb(),
): Promise<ActionResult<{ version: number }>> {
  if (!can(actor.roles, 'news.restore')) return forbidden();
  const old = await getRevision(db, id, number);
  if (!old) return failure('That revision does not exist.');
  return saveNewsItem(
    actor,
    id,
    expectedVersion,
    {
      title: old.title,
      slug: old.slug,
      type: old.type,
      lead: old.lead,
      body: old.body,
      imageId: old.imageId,
      issuedOn: old.issuedOn,
      publishAt: old.publishAt ? old.publishAt.toISOString() : '',
      structureIds: old.structureIds,
      fieldIds: old.fieldIds,
      countryIds: old.countryIds,
    },
    db,
  );
}
