import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AuditAction, AuditEntityType } from '@/lib/audit';
import { contentKinds, type ContentKind } from '@/lib/content-kinds';
import { getDb, selectRows, type Database } from '../index';
import { workflowKinds } from '../workflow/kinds';
import type { PublishedChange as ItemChange } from '../workflow/items';
import { oldSlugsOf } from './slug-redirects';

/** Audit actions that change what the public site shows. */
const publicChanges: AuditAction[] = ['approve', 'unpublish', 'publish_scheduled', 'update_term', 'update_media', 'delete_media'];

/** Which cached part of the public site an entry's subject belongs to; a new entity type must be placed here. */
const areaOf: Record<AuditEntityType, 'item' | 'taxonomy' | 'media'> = {
  ...(Object.fromEntries(contentKinds.map((kind) => [kind, 'item'])) as Record<ContentKind, 'item'>),
  media: 'media',
  field_of_work: 'taxonomy',
  country: 'taxonomy',
  structure: 'taxonomy',
  meeting_series: 'taxonomy',
};

/**
 * Where a reader of the feed stands. Every transaction with an id below `horizon` had ended when the reader last
 * looked, so all it wrote was read then; entries of later transactions may still commit, so they are read again
 * on every look until the horizon passes them, and `seen` (entry id → its transaction) keeps them from counting
 * twice.
 */
export interface FeedPosition {
  horizon: string;
  seen: Map<number, string>;
}

export interface PublicChanges {
  /** Items of any kind published or unpublished, with every slug they answered to (their cached pages). */
  items: ItemChange[];
  taxonomy: boolean;
  /** Image details or renditions that pages show. */
  media: boolean;
}

const none = (): PublicChanges => ({ items: [], taxonomy: false, media: false });

export function hasChanges(changes: PublicChanges): boolean {
  return changes.items.length > 0 || changes.taxonomy || changes.media;
}

interface FeedRow {
  horizon: string;
  id: number | null;
  tx: string | null;
  entity_type: AuditEntityType | null;
  entity_id: number | null;
}

/**
 * What changed on the public site since `position`, whoever made the change: a request on any instance, the
 * scheduler, `publish:due` or SQL. Entries are found by their transaction, in the order transactions commit, so an
 * approval whose entry was written first but committed last is still read. With no position, the feed starts at
 * the present: nothing is reported, and everything committed from now on will be.
 */
export async function readPublicChanges(
  position: FeedPosition | null,
  db: Database = getDb(),
): Promise<{ position: FeedPosition; changes: PublicChanges }> {
  // One statement, so the horizon and the entries come from the same snapshot.
  const rows = await selectRows<FeedRow>(
    db,
    sql`
    select pg_snapshot_xmin(pg_current_snapshot())::text as horizon, a.id, a.tx::text as tx, a.entity_type, a.entity_id
    from (select 1) one
    left join audit_log a on ${position ? sql`a.tx >= ${position.horizon}::xid8` : sql`false`}
      and a.action in (${sql.join(
        publicChanges.map((action) => sql`${action}`),
        sql`, `,
      )})`,
  );
  const horizon = rows[0]!.horizon;
  const seen = new Map<number, string>();
  const fresh: { entityType: AuditEntityType; entityId: number }[] = [];
  for (const row of rows) {
    if (row.id === null || row.tx === null) continue;
    if (!position?.seen.has(row.id)) fresh.push({ entityType: row.entity_type!, entityId: row.entity_id! });
    // Kept while its transaction is at or past the horizon, the range the next look reads again.
    if (BigInt(row.tx) >= BigInt(horizon)) seen.set(row.id, row.tx);
  }
  return { position: { horizon, seen }, changes: await describe(fresh, db) };
}

async function describe(entries: { entityType: AuditEntityType; entityId: number }[], db: Database): Promise<PublicChanges> {
  if (entries.length === 0) return none();
  const items: ItemChange[] = [];
  for (const kind of contentKinds) {
    const ids = [...new Set(entries.filter((e) => e.entityType === kind).map((e) => e.entityId))];
    if (ids.length === 0) continue;
    const live = workflowKinds[kind].live as unknown as { id: AnyPgColumn; slug: AnyPgColumn };
    const [current, old] = await Promise.all([
      db.select({ id: live.id, slug: live.slug }).from(workflowKinds[kind].live).where(inArray(live.id, ids)) as Promise<{ id: number; slug: string }[]>,
      oldSlugsOf(db, kind, ids),
    ]);
    for (const id of ids) items.push({ kind, id, slugs: [...current, ...old].filter((row) => row.id === id).map((row) => row.slug) });
  }
  return {
    items,
    taxonomy: entries.some((e) => areaOf[e.entityType] === 'taxonomy'),
    media: entries.some((e) => areaOf[e.entityType] === 'media'),
  };
}

