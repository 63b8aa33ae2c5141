import 'server-only';
import { assertCan } from '@/lib/errors';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { getDb, type Database } from '../index';
import { pageRevisions, pages } from '../schema';

// The list of basic pages with their places in the tree; their workflow and editorial reads are the engine's
// (db/workflow, db/queries/revisions.ts).

export async function listEditorialPages(actor: Actor, db: Database = getDb()) {
  assertCan(actor, 'pages.view');
  return db
    .select({ id: pages.id, title: pageRevisions.title, slug: pageRevisions.slug, status: pages.status, updatedAt: pages.updatedAt, parentId: pages.parentId })
    .from(pages)
    .innerJoin(pageRevisions, and(eq(pageRevisions.pageId, pages.id), eq(pageRevisions.number, pages.version)))
    .orderBy(asc(pages.position), asc(pageRevisions.title));
}
