import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { failure, forbidden, invalid, ok, type ActionResult } from '@/lib/action-result';
import { contentKindInfo, type ContentKind } from '@/lib/content-kinds';
import { can, contentAction, type Actor } from '@/lib/permissions';
import type { CommentPurpose } from '@/lib/workflow';
import { getDb, selectRows, type Database, type Executor } from '../index';
import { contentComments, users } from '../schema';
import { workflowKinds } from '../workflow/kinds';

export const COMMENT_MAX = 5000;

/** The thread of an item, oldest first. The caller has checked that the actor may view the item. */
export function listComments(db: Executor, kind: ContentKind, itemId: number) {
  return db
    .select({
      id: contentComments.id,
      body: contentComments.body,
      purpose: contentComments.purpose,
      createdAt: contentComments.createdAt,
      author: users.name,
    })
    .from(contentComments)
    .leftJoin(users, eq(users.id, contentComments.authorId))
    .where(and(eq(contentComments.kind, kind), eq(contentComments.itemId, itemId)))
    .orderBy(asc(contentComments.createdAt), asc(contentComments.id));
}

export type Comment = Awaited<ReturnType<typeof listComments>>[number];

/** Writes a comment inside the caller's transaction (a "Request changes" writes its comment with the step). */
export async function insertComment(db: Executor, kind: ContentKind, itemId: number, authorId: number, body: string, purpose: CommentPurpose = 'comment') {
  await db.insert(contentComments).values({ kind, itemId, authorId, body, purpose });
}

export async function addComment(actor: Actor, kind: ContentKind, itemId: number, body: string, db: Database = getDb()): Promise<ActionResult<null>> {
  if (!can(actor.roles, contentAction(kind, 'comment'))) return forbidden();
  const text = body.trim();
  if (!text) return invalid({ comment: 'Write a comment first.' });
  if (text.length > COMMENT_MAX) return invalid({ comment: 'Keep the comment to 5,000 characters or fewer.' });
  const table = workflowKinds[kind].live;
  const found = await selectRows<{ id: number }>(db, sql`select id from ${table} where id = ${itemId}`);
  if (found.length === 0) return failure(`This ${contentKindInfo[kind].singular.toLowerCase()} no longer exists.`);
  await insertComment(db, kind, itemId, actor.id, text);
  return ok(null, 'Comment added.');
}
