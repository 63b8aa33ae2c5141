import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { ContentKind } from '@/lib/content-kinds';
import { assertCan } from '@/lib/errors';
import { contentAction, type Actor } from '@/lib/permissions';
import { getDb, type Database } from '../index';
import { contentPresence, users } from '../schema';

/** Records that the actor has the item open, and returns who else has it open (seen in the last minute). */
export async function touchPresence(actor: Actor, kind: ContentKind, itemId: number, db: Database = getDb()): Promise<string[]> {
  assertCan(actor, contentAction(kind, 'edit'));
  await db
    .insert(contentPresence)
    .values({ kind, itemId, userId: actor.id })
    .onConflictDoUpdate({ target: [contentPresence.kind, contentPresence.itemId, contentPresence.userId], set: { seenAt: sql`now()` } });
  const others = await db
    .select({ name: users.name })
    .from(contentPresence)
    .innerJoin(users, eq(users.id, contentPresence.userId))
    .where(
      and(
        eq(contentPresence.kind, kind),
        eq(contentPresence.itemId, itemId),
        ne(contentPresence.userId, actor.id),
        sql`${contentPresence.seenAt} > now() - interval '60 seconds'`,
      ),
    );
  return others.map((row) => row.name);
}
