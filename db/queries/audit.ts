import 'server-only';
import { assertCan } from '@/lib/errors';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AuditAction } from '@/lib/audit';
import type { Actor } from '@/lib/permissions';
import { getDb, type Database } from '../index';
import { auditLog, newsRevisions, pageRevisions, users } from '../schema';

export interface AuditFilter {
  action?: AuditAction;
  actorId?: number;
  entityId?: number;
}

/** The newest audit entries, for admins only. */
export async function listAuditEntries(actor: Actor, filter: AuditFilter, limit = 200, db: Database = getDb()) {
  assertCan(actor, 'audit.view');
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.actorId) conditions.push(eq(auditLog.actorId, filter.actorId));
  if (filter.entityId) conditions.push(eq(auditLog.entityId, filter.entityId));
  return db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      action: auditLog.action,
      fromStatus: auditLog.fromStatus,
      toStatus: auditLog.toStatus,
      revision: auditLog.revision,
      comment: auditLog.comment,
      actor: users.name,
      title: sql<string | null>`coalesce(${newsRevisions.title}, ${pageRevisions.title})`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(
      newsRevisions,
      and(eq(auditLog.entityType, 'news_item'), eq(newsRevisions.newsItemId, auditLog.entityId), eq(newsRevisions.number, auditLog.revision)),
    )
    .leftJoin(
      pageRevisions,
      and(eq(auditLog.entityType, 'page'), eq(pageRevisions.pageId, auditLog.entityId), eq(pageRevisions.number, auditLog.revision)),
    )
    .where(and(...conditions))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export async function listAuditActors(actor: Actor, db: Database = getDb()) {
  assertCan(actor, 'audit.view');
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(users.name);
}
