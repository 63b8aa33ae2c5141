import 'server-only';
// The editorial workflow, once for every kind of content (DESIGN.md section 3): drafts and revisions, the
// transitions under a row lock with a version check, four eyes, comments, audit entries, restore. A kind brings
// its tables and checks (./kind.ts); publishing a revision is in ./publish.ts.
import { and, eq, gt } from 'drizzle-orm';
import { failure, forbidden, invalid, ok, type ActionResult } from '@/lib/action-result';
import { contentKindInfo } from '@/lib/content-kinds';
import { can, contentAction, type Actor } from '@/lib/permissions';
import { approvalTarget, statusAfterSave, statusLabels, transitions, type TransitionName } from '@/lib/workflow';
import { getDb, type Database } from '../index';
import { insertComment } from '../queries/comments';
import type { WorkflowKind } from './kind';
import { audit, creatorOf, liveValuesOf, lockItem, refuseTakenSlug, revisionOf, type PublishedChange } from './items';
import { publishRevision } from './publish';
import { FOUR_EYES_MESSAGE, refuseFromState, refuseTransitionInput, staleConflict } from './refusals';
import { users } from '../schema';
import type { Transaction } from '../index';

const gone = <I>(def: WorkflowKind<I>) => failure(`This ${contentKindInfo[def.kind].singular.toLowerCase()} no longer exists.`);

/** Creates an item as a draft with its first revision. */
export async function createItem<I>(def: WorkflowKind<I>, actor: Actor, input: I, db: Database = getDb()): Promise<ActionResult<{ id: number }>> {
  if (!can(actor.roles, contentAction(def.kind, 'create'))) return forbidden();
  return db.transaction(async (tx) => {
    const values = def.revisionValues(input);
    const errors = { ...(await refuseTakenSlug(tx, def, values.slug, null)), ...(await def.check(tx, input, null)) };
    if (Object.keys(errors).length) return invalid(errors);
    // The live columns hold the first draft too; nothing is public while published_at is null.
    const [item] = (await tx
      .insert(def.live)
      .values({ ...liveValuesOf(def, values), status: 'draft', version: 1, updatedBy: actor.id, publishAt: values.publishAt, ...creatorOf(def, actor) })
      .returning({ id: def.live.id })) as { id: number }[];
    await tx.insert(def.revisions).values({ ...values, [def.itemKey]: item!.id, number: 1, authorId: actor.id });
    await audit(tx, def.kind, { entityId: item!.id, action: 'create', toStatus: 'draft', revision: 1, actorId: actor.id });
    return ok({ id: item!.id }, 'Draft saved.');
  });
}

/** The conflict for a step taken from an outdated revision: who saved since, and when. */
async function stale<I>(tx: Transaction, def: WorkflowKind<I>, id: number, version: number, doing: string) {
  const [latest] = (await tx
    .select({ at: def.revisions.createdAt, name: users.name })
    .from(def.revisions)
    .leftJoin(users, eq(users.id, def.revisions.authorId))
    .where(and(eq(def.itemColumn, id), eq(def.revisions.number, version)))) as { at: Date; name: string | null }[];
  return staleConflict(latest, doing);
}

/** Saves the working copy as a new revision, refusing a save made from an outdated version. */
export async function saveItem<I>(
  def: WorkflowKind<I>,
  actor: Actor,
  id: number,
  expectedVersion: number,
  input: I,
  db: Database = getDb(),
): Promise<ActionResult<{ version: number }>> {
  if (!can(actor.roles, contentAction(def.kind, 'edit'))) return forbidden();
  return db.transaction(async (tx) => {
    const item = await lockItem(tx, def, id);
    if (!item) return gone(def);
    if (item.version !== expectedVersion) return stale(tx, def, id, item.version, 'your save');
    const values = def.revisionValues(input);
    const errors = { ...(await refuseTakenSlug(tx, def, values.slug, id)), ...(await def.check(tx, input, id)) };
    if (Object.keys(errors).length) return invalid(errors);

    const number = item.version + 1;
    const status = statusAfterSave(item.status);
    await tx.insert(def.revisions).values({ ...values, [def.itemKey]: id, number, authorId: actor.id });
    const neverPublished = item.publishedAt === null && item.publishedRevision === null;
    await tx
      .update(def.live)
      .set({
        version: number,
        status,
        updatedBy: actor.id,
        updatedAt: new Date(),
        publishAt: values.publishAt,
        // While nothing is live, the live columns follow the draft (keeps the slug unique in one place).
        ...(neverPublished ? liveValuesOf(def, values) : {}),
      })
      .where(eq(def.live.id, id));
    await audit(tx, def.kind, { entityId: id, action: 'save', fromStatus: item.status, toStatus: status, revision: number, actorId: actor.id });
    return ok({ version: number }, 'Draft saved.');
  });
}

/** One workflow step, in one transaction, under a row lock: two racing transitions cannot both win. */
export async function transitionItem<I>(
  def: WorkflowKind<I>,
  actor: Actor,
  id: number,
  name: TransitionName,
  input: {
    version: number;
    comment?: string;
    /** Told, inside the transaction, when an approval schedules the item (the job queue enqueues its publication). */
    onScheduled?: (tx: Transaction, publication: { kind: WorkflowKind<I>['kind']; id: number; publishAt: Date }) => Promise<void>;
  },
  db: Database = getDb(),
): Promise<ActionResult<{ status: string; published?: PublishedChange }>> {
  const rule = transitions[name];
  const comment = input.comment?.trim() ?? '';
  const refused = refuseTransitionInput(actor, def.kind, name, comment);
  if (refused) return refused;

  return db.transaction(async (tx) => {
    const item = await lockItem(tx, def, id);
    if (!item) return gone(def);
    const wrongState = refuseFromState(name, item.status);
    if (wrongState) return wrongState;
    if (item.version !== input.version) return stale(tx, def, id, item.version, `"${rule.label}"`);

    const now = new Date();
    let to = rule.to;
    let published: PublishedChange | undefined;
    if (name === 'approve') {
      const authors = (await tx
        .selectDistinct({ authorId: def.revisions.authorId })
        .from(def.revisions)
        .where(and(eq(def.itemColumn, id), gt(def.revisions.number, item.publishedRevision ?? 0)))) as { authorId: number | null }[];
      if (authors.some((row) => row.authorId === actor.id)) return forbidden(FOUR_EYES_MESSAGE);
      const revision = await revisionOf(tx, def, id, item.version);
      if (!revision) return failure();
      const notReady = await def.refuseApproval?.(tx, id, revision);
      if (notReady) return { status: 'conflict' as const, message: notReady };
      to = approvalTarget(revision.publishAt, now);
      if (to === 'published') published = await publishRevision(tx, def, item, revision, now);
      else {
        await tx.update(def.live).set({ publishAt: revision.publishAt }).where(eq(def.live.id, id));
        await input.onScheduled?.(tx, { kind: def.kind, id, publishAt: revision.publishAt as Date });
      }
    }
    if (name === 'unpublish') {
      published = { kind: def.kind, id, slugs: [item.slug] };
      await tx.update(def.live).set({ publishedAt: null }).where(eq(def.live.id, id));
    }
    if (name === 'withdraw' && item.status === 'scheduled') await tx.update(def.live).set({ publishAt: null }).where(eq(def.live.id, id));

    await tx.update(def.live).set({ status: to, updatedAt: now, updatedBy: actor.id }).where(eq(def.live.id, id));
    if (comment) await insertComment(tx, def.kind, id, actor.id, comment, name === 'requestChanges' ? 'changes_requested' : 'comment');
    await audit(tx, def.kind, { entityId: id, action: name, fromStatus: item.status, toStatus: to, revision: item.version, comment: comment || null, actorId: actor.id });
    return ok({ status: to, published }, `${statusLabels[to]}.`);
  });
}

/** Restoring copies an old revision into a new one; nothing is lost. */
export async function restoreRevision<I>(
  def: WorkflowKind<I>,
  actor: Actor,
  id: number,
  number: number,
  expectedVersion: number,
  db: Database = getDb(),
): Promise<ActionResult<{ version: number }>> {
  if (!can(actor.roles, contentAction(def.kind, 'restore'))) return forbidden();
  const old = await revisionOf(db, def, id, number);
  if (!old) return failure('That revision does not exist.');
  return saveItem(def, actor, id, expectedVersion, def.toInput(old), db);
}
