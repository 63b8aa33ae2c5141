import 'server-only';
import { assertCan } from '@/lib/errors';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { getDb, type Database } from '../index';
import { pageRevisions, pages, users } from '../schema';
import { listComments } from './comments';

// The workspace's reads of basic pages; their workflow is the engine's (db/workflow).

export async function listEditorialPages(actor: Actor, db: Database = getDb()) {
  assertCan(actor, 'pages.view');
  return db
    .select({ id: pages.id, title: pageRevisions.title, slug: pageRevisions.slug, status: pages.status, updatedAt: pages.updatedAt, parentId: pages.parentId })
    .from(pages)
    .innerJoin(pageRevisions, and(eq(pageRevisions.pageId, pages.id), eq(pageRevisions.number, pages.version)))
    .orderBy(asc(pages.position), asc(pageRevisions.title));
}

export async function getEditorialPage(actor: Actor, id: number, db: Database = getDb()) {
  assertCan(actor, 'pages.view');
  const [page] = await db.select().from(pages).where(eq(pages.id, id));
  if (!page) return null;
  const [revision] = await db
    .select()
    .from(pageRevisions)
    .where(and(eq(pageRevisions.pageId, id), eq(pageRevisions.number, page.version)));
  if (!revision) return null;
  const history = await db
    .select({ number: pageRevisions.number, createdAt: pageRevisions.createdAt, author: users.name })
    .from(pageRevisions)
    .leftJoin(users, eq(users.id, pageRevisions.authorId))
    .where(eq(pageRevisions.pageId, id))
    .orderBy(desc(pageRevisions.number))
    .limit(10);
  return { page, revision, history, comments: await listComments(db, 'page', id) };
}

/** One revision of a page, for the history's diff. */
export async function getPageRevision(actor: Actor, id: number, number: number, db: Database = getDb()) {
  assertCan(actor, 'pages.view');
  const [revision] = await db
    .select()
    .from(pageRevisions)
    .where(and(eq(pageRevisions.pageId, id), eq(pageRevisions.number, number)));
  return revision ?? null;
}
