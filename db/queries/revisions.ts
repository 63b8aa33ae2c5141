import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { ContentKind } from '@/lib/content-kinds';
import { assertCan } from '@/lib/errors';
import { contentAction, type Actor } from '@/lib/permissions';
import { getDb, type Database } from '../index';
import { users } from '../schema';
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
