import 'server-only';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { contentKinds } from '@/lib/content-kinds';
import { getDb, selectRows, type Database, type Transaction } from '../index';
import { recordSlugChange } from '../queries/slug-redirects';
import type { KindStorage } from './kind';
import { audit, liveValuesOf, lockItem, revisionOf, type LiveRow, type PublishedChange, type StoredRevision } from './items';
import { workflowKinds } from './kinds';

/**
 * Makes a revision the live version: its content into the live columns (and the kind's own tables). A changed
 * slug keeps answering (301) from the old one.
 */
export async function publishRevision(tx: Transaction, def: KindStorage, item: LiveRow, revision: StoredRevision, at: Date): Promise<PublishedChange> {
  await recordSlugChange(tx, def.kind, item.id, item.publishedAt ? item.slug : null, revision.slug);
  await tx
    .update(def.live)
    .set({
      ...liveValuesOf(def, revision),
      publishedAt: item.publishedAt ?? at,
      publishedRevision: revision.number,
      publishAt: null,
      updatedAt: at,
    })
    .where(eq(def.live.id, item.id));
  await def.onPublish?.(tx, item.id, revision);
  return { kind: def.kind, id: item.id, slugs: [...new Set([item.slug, revision.slug])] };
}

/**
 * Publishes every scheduled item of one kind whose time has come, earliest first. Rows are claimed with FOR
 * UPDATE SKIP LOCKED and the state is re-checked under the lock, so several instances publish each item once.
 */
async function publishDueOfKind(def: KindStorage, now: Date, db: Database): Promise<PublishedChange[]> {
  const changes: PublishedChange[] = [];
  for (;;) {
    const change = await db.transaction(async (tx) => {
      const [claimed] = await tx
        .select({ id: def.live.id })
        .from(def.live)
        .where(and(eq(def.live.status, 'scheduled'), lte(def.live.publishAt, now)))
        .orderBy(asc(def.live.publishAt), asc(def.live.id))
        .limit(1)
        .for('update', { skipLocked: true });
      const item = claimed ? await lockItem(tx, def, claimed.id as number) : undefined;
      if (!item) return null;
      const revision = await revisionOf(tx, def, item.id, item.version);
      if (!revision) throw new Error(`${def.kind} ${item.id} has no revision ${item.version}`);
      const published = await publishRevision(tx, def, item, revision, item.publishAt ?? now);
      await tx.update(def.live).set({ status: 'published' }).where(eq(def.live.id, item.id));
      await audit(tx, def.kind, { entityId: item.id, action: 'publish_scheduled', fromStatus: 'scheduled', toStatus: 'published', revision: revision.number });
      return published;
    });
    if (!change) return changes;
    changes.push(change);
  }
}

/** Publishes the scheduled items of every kind whose time has come. */
export async function publishDueItems(now = new Date(), db: Database = getDb()): Promise<PublishedChange[]> {
  const changes: PublishedChange[] = [];
  for (const kind of contentKinds) changes.push(...(await publishDueOfKind(workflowKinds[kind], now, db)));
  return changes;
}

/** The next time a scheduled item of any kind goes live, if any. */
export async function getNextScheduledPublication(db: Database = getDb()): Promise<Date | null> {
  const times = sql.join(
    contentKinds.map((kind) => sql`select min(publish_at) as at from ${workflowKinds[kind].live} where status = 'scheduled'`),
    sql` union all `,
  );
  const [row] = await selectRows<{ at: Date | string | null }>(db, sql`select min(at) as at from (${times}) t`);
  return row?.at ? new Date(row.at) : null;
}
