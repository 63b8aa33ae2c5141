import 'server-only';
import { and, asc, desc, eq, gt, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { assertCan } from '@/lib/errors';
import type { Actor } from '@/lib/permissions';
import { mediaIdsUsedBy } from '@/lib/rich-text/normalize';
import type { Status } from '@/lib/workflow';
import { getDb, type Database } from '../index';
import {
  countries,
  fieldsOfWork,
  newsItems,
  newsRevisions,
  structures,
  users,
  type NewsRevision,
} from '../schema';
import { listComments } from './comments';
import { getMediaLookup } from './media';
import { countWorkingCopies, listWorkingCopies, type WorkingCopyRow } from './working-copies';
import type { NewsItemDetail } from './news';


// The working copy is the item's latest revision.
const working = and(eq(newsRevisions.newsItemId, newsItems.id), eq(newsRevisions.number, newsItems.version));

/** A news item's row in the workspace's lists. */
export type EditorialRow = WorkingCopyRow & { kind: 'news_item' };

const rowColumns = {
  kind: sql<'news_item'>`'news_item'`,
  id: newsItems.id,
  title: newsRevisions.title,
  status: newsItems.status,
  updatedAt: newsItems.updatedAt,
  updatedBy: users.name,
  live: sql<boolean>`${newsItems.publishedAt} is not null`,
};

async function rows(db: Database, where: SQL | undefined, limit = 50, order: SQL[] = [desc(newsItems.updatedAt)]) {
  return db
    .select(rowColumns)
    .from(newsItems)
    .innerJoin(newsRevisions, working)
    .leftJoin(users, eq(users.id, newsItems.updatedBy))
    .where(where)
    .orderBy(...order)
    .limit(limit) as Promise<EditorialRow[]>;
}

export async function listEditorialNews(
  actor: Actor,
  filter: { status?: Status; q?: string },
  db: Database = getDb(),
): Promise<EditorialRow[]> {
  assertCan(actor, 'news.view');
  const conditions: SQL[] = [];
  if (filter.status) conditions.push(eq(newsItems.status, filter.status));
  if (filter.q) conditions.push(or(ilike(newsRevisions.title, `%${filter.q}%`), ilike(newsRevisions.slug, `%${filter.q}%`))!);
  return rows(db, and(...conditions), 100);
}

/** The workspace's front page: every kind's working copies, by where they stand. */
export async function getDashboard(actor: Actor, db: Database = getDb()) {
  assertCan(actor, 'workspace.enter');
  const [myDrafts, awaitingReview, changesRequested, scheduled, recentlyPublished, counts] = await Promise.all([
    listWorkingCopies(db, actor, { statuses: ['draft', 'changes_requested'], mine: true, limit: 10 }),
    listWorkingCopies(db, actor, { statuses: ['in_review'], limit: 10 }),
    listWorkingCopies(db, actor, { statuses: ['changes_requested'], limit: 10 }),
    listWorkingCopies(db, actor, { statuses: ['scheduled'], order: 'publishAt', limit: 10 }),
    listWorkingCopies(db, actor, { statuses: ['published'], limit: 10 }),
    countWorkingCopies(db, actor),
  ]);
  return {
    myDrafts: { items: myDrafts, total: counts.myDrafts },
    awaitingReview: { items: awaitingReview, total: counts.of('in_review') },
    changesRequested: { items: changesRequested, total: counts.of('changes_requested') },
    scheduled: { items: scheduled, total: counts.of('scheduled') },
    recentlyPublished: { items: recentlyPublished, total: counts.of('published') },
  };
}

/** Everything waiting for a reviewer, of every kind the actor may approve. */
export async function getReviewQueue(actor: Actor, db: Database = getDb()) {
  assertCan(actor, 'review.queue');
  return listWorkingCopies(db, actor, { statuses: ['in_review'], limit: 200 });
}

export async function getEditorialNewsItem(actor: Actor, id: number, db: Database = getDb()) {
  assertCan(actor, 'news.view');
  const [item] = await db.select().from(newsItems).where(eq(newsItems.id, id));
  if (!item) return null;
  const [revision] = await db
    .select()
    .from(newsRevisions)
    .where(and(eq(newsRevisions.newsItemId, id), eq(newsRevisions.number, item.version)));
  if (!revision) return null;
  const [lastAuthor, authorsSincePublished, comments] = await Promise.all([
    revision.authorId ? db.select({ name: users.name }).from(users).where(eq(users.id, revision.authorId)) : [],
    db
      .selectDistinct({ id: newsRevisions.authorId })
      .from(newsRevisions)
      .where(and(eq(newsRevisions.newsItemId, id), gt(newsRevisions.number, item.publishedRevision ?? 0))),
    listComments(db, 'news_item', id),
  ]);
  return {
    item,
    revision,
    lastChangedBy: lastAuthor[0]?.name ?? null,
    /** True when the actor wrote part of what awaits approval (four eyes). */
    actorIsAuthor: authorsSincePublished.some((row) => row.id === actor.id),
    comments,
  };
}

export async function getRevisionForDiff(actor: Actor, id: number, number: number, db: Database = getDb()) {
  assertCan(actor, 'news.view');
  const [revision] = await db
    .select()
    .from(newsRevisions)
    .where(and(eq(newsRevisions.newsItemId, id), eq(newsRevisions.number, number)));
  return revision ?? null;
}

/** The term lists the form offers. */
export async function getTermOptions(actor: Actor, db: Database = getDb()) {
  assertCan(actor, 'news.view');
  const [s, f, c] = await Promise.all([
    db.select({ id: structures.id, name: structures.name }).from(structures).orderBy(asc(structures.position)),
    db.select({ id: fieldsOfWork.id, name: fieldsOfWork.name }).from(fieldsOfWork).orderBy(asc(fieldsOfWork.position)),
    db.select({ id: countries.id, name: countries.name }).from(countries).orderBy(asc(countries.name)),
  ]);
  return { structures: s, fields: f, countries: c };
}

/** A revision shaped like a published item, for the preview in the public template. */
export async function getPreview(actor: Actor, revision: NewsRevision, db: Database = getDb()): Promise<NewsItemDetail> {
  assertCan(actor, 'news.view');
  const names = async (table: typeof structures | typeof fieldsOfWork | typeof countries, ids: number[]) => {
    if (ids.length === 0) return [];
    const found = await db.select({ id: table.id, slug: table.slug, name: table.name }).from(table).where(inArray(table.id, ids));
    return ids.flatMap((id) => found.filter((row) => row.id === id).map(({ slug, name }) => ({ slug, name })));
  };
  const media = await getMediaLookup(mediaIdsUsedBy(revision), db);
  return {
    id: revision.newsItemId,
    slug: revision.slug,
    type: revision.type,
    title: revision.title,
    lead: revision.lead,
    body: revision.body,
    image: (revision.imageId && media.get(revision.imageId)) || null,
    media,
    issuedOn: revision.issuedOn,
    publishedAt: revision.createdAt,
    updatedAt: revision.createdAt,
    issuedBy: await names(structures, revision.structureIds),
    fields: await names(fieldsOfWork, revision.fieldIds),
    countries: await names(countries, revision.countryIds),
  };
}
