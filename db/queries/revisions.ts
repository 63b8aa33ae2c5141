import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { ContentKind } from '@/lib/content-kinds';
import { assertCan } from '@/lib/errors';
import { contentAction, type Actor } from '@/lib/permissions';
import { getDb, type Database } from '../index';
import { eventRevisions, newsRevisions, pageRevisions, publicationRevisions, users } from '../schema';
import type { Status } from '@/lib/workflow';
import { listComments } from './comments';
import { workflowKinds } from '../workflow/kinds';

export interface RevisionSummary {
  number: number;
  title: string;
  createdAt: Date;
  author: string | null;
}

/** An item's revisions, newest first, for its history page; any kind. */
export async function listRevisions(actor: Actor, kind: ContentKind, id: number, db: Database = getDb()): Promise<RevisionSummary[]> {
  assertCan(actor, contentAction(kind, 'view'));
  const { revisions, itemColumn } = workflowKinds[kind];
  return (await db
    .select({ number: revisions.number, title: revisions.title, createdAt: revisions.createdAt, author: users.name })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(itemColumn, id))
    .orderBy(desc(revisions.number))) as RevisionSummary[];
}

/** The workflow columns of a kind's live row, whatever its content. */
export interface ItemState {
  id: number;
  slug: string;
  status: Status;
  version: number;
  publishedAt: Date | null;
  publishAt: Date | null;
}

/**
 * An item of any kind as its workspace page needs it: the live row's state, the working copy (the latest
 * revision, typed by the caller's kind), its last ten revisions and its comment thread.
 */
export async function getEditorialItem<K extends ContentKind>(actor: Actor, kind: K, id: number, db: Database = getDb()) {
  assertCan(actor, contentAction(kind, 'view'));
  const def = workflowKinds[kind];
  const [item] = (await db.select().from(def.live).where(eq(def.live.id, id))) as unknown as ItemState[];
  if (!item) return null;
  const revision = await getRevision(actor, kind, id, item.version, db);
  if (!revision) return null;
  const history = (await listRevisions(actor, kind, id, db)).slice(0, 10);
  return { item, revision, history, comments: await listComments(db, kind, id) };
}

/** One revision of an item, for the history's diff; its columns are those of the kind's revision table. */
export async function getRevision<K extends ContentKind>(actor: Actor, kind: K, id: number, number: number, db: Database = getDb()) {
  assertCan(actor, contentAction(kind, 'view'));
  const def = workflowKinds[kind];
  const [revision] = await db
    .select()
    .from(def.revisions)
    .where(and(eq(def.itemColumn, id), eq(def.revisions.number, number)));
  return (revision ?? null) as RevisionOf[K] | null;
}

/** The row types of each kind's revision table. */
export interface RevisionOf {
  news_item: typeof newsRevisions.$inferSelect;
  page: typeof pageRevisions.$inferSelect;
  event: typeof eventRevisions.$inferSelect;
  publication: typeof publicationRevisions.$inferSelect;
}
