import 'server-only';
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { AuditAction } from '@/lib/audit';
import { contentKindInfo, type ContentKind } from '@/lib/content-kinds';
import type { Actor } from '@/lib/permissions';
import type { Status } from '@/lib/workflow';
import type { Executor, Transaction } from '../index';
import { slugRedirectsToItem } from '../queries/slug-redirects';
import { auditLog } from '../schema';
import type { KindStorage, RevisionValues } from './kind';

/** The workflow's columns of an item's live row. */
export interface LiveRow {
  id: number;
  slug: string;
  status: Status;
  version: number;
  publishedAt: Date | null;
  publishedRevision: number | null;
  publishAt: Date | null;
}

export type StoredRevision = RevisionValues & { number: number; authorId: number | null; createdAt: Date };

/** What publishing or unpublishing changed, so the caller can drop exactly those cache entries. */
export interface PublishedChange {
  kind: ContentKind;
  id: number;
  /** The item's slugs before and after. */
  slugs: string[];
}

export async function lockItem(tx: Transaction, def: KindStorage, id: number): Promise<LiveRow | undefined> {
  const [row] = await tx.select().from(def.live).where(eq(def.live.id, id)).for('update');
  return row as LiveRow | undefined;
}

export async function revisionOf(db: Executor, def: KindStorage, id: number, number: number): Promise<StoredRevision | undefined> {
  const [row] = await db
    .select()
    .from(def.revisions)
    .where(and(eq(def.itemColumn, id), eq(def.revisions.number, number)));
  return row as StoredRevision | undefined;
}

/** The revision's values of the columns it shares with the live row. */
export function liveValuesOf(def: KindStorage, values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(def.liveColumns.map((column) => [column, values[column]]));
}

/** Kinds whose live row records who created it. */
export function creatorOf(def: KindStorage, actor: Actor): { createdBy?: number } {
  return 'createdBy' in def.live ? { createdBy: actor.id } : {};
}

interface AuditEntry {
  entityId: number;
  action: AuditAction;
  fromStatus?: Status;
  toStatus: Status;
  revision: number;
  comment?: string | null;
  actorId?: number | null;
}

export async function audit(tx: Transaction, kind: ContentKind, entry: AuditEntry) {
  await tx.insert(auditLog).values({ entityType: kind, ...entry });
}

/**
 * A slug is taken when another item of the kind is live under it, is being drafted under it, or redirects from
 * it: a field error, or none.
 */
export async function refuseTakenSlug(tx: Transaction, def: KindStorage, slug: string, itemId: number | null): Promise<Record<string, string>> {
  const { live, revisions, itemColumn } = def;
  const [taken] = await tx
    .select({ id: live.id })
    .from(live)
    .where(
      and(
        itemId === null ? sql`true` : ne(live.id, itemId),
        or(
          eq(live.slug, slug),
          sql`exists (select 1 from ${revisions} where ${itemColumn} = ${live.id} and ${revisions.number} = ${live.version} and ${revisions.slug} = ${slug})`,
          slugRedirectsToItem(def.kind, slug, sql`${live.id}`),
        ),
      ),
    )
    .limit(1);
  if (!taken) return {};
  return { slug: `Another ${contentKindInfo[def.kind].singular.toLowerCase()} already uses the slug "${slug}". Choose a different one.` };
}
