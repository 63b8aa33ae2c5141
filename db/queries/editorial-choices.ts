import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { ContentKind } from '@/lib/content-kinds';
import { assertCan } from '@/lib/errors';
import { contentAction, type Actor } from '@/lib/permissions';
import { getDb, type Database } from '../index';
import { countries, fieldsOfWork, meetingSeries, publicationRevisions, publications, structures } from '../schema';

// What the editorial forms offer to choose from, and the names and slugs of what a working copy refers to (for
// its preview in the public template).

/** Every term a form of `kind` may refer to, by name. */
export async function getChoices(actor: Actor, kind: ContentKind, db: Database = getDb()) {
  assertCan(actor, contentAction(kind, 'view'));
  const [s, f, c, m, p] = await Promise.all([
    db.select({ id: structures.id, name: structures.name }).from(structures).orderBy(asc(structures.position)),
    db.select({ id: fieldsOfWork.id, name: fieldsOfWork.name }).from(fieldsOfWork).orderBy(asc(fieldsOfWork.position)),
    db.select({ id: countries.id, name: countries.name }).from(countries).orderBy(asc(countries.name)),
    db.select({ id: meetingSeries.id, name: meetingSeries.name }).from(meetingSeries).orderBy(asc(meetingSeries.position)),
    // Publications by their working copy's title: an event may link one that is still on its way.
    db
      .select({ id: publications.id, name: publicationRevisions.title })
      .from(publications)
      .innerJoin(publicationRevisions, eq(publicationRevisions.publicationId, publications.id))
      .where(eq(publicationRevisions.number, publications.version))
      .orderBy(asc(publicationRevisions.title)),
  ]);
  return { structures: s, fields: f, countries: c, series: m, publications: p };
}

type Named = { slug: string; name: string };

const termTables = { structures, fields: fieldsOfWork, countries, series: meetingSeries } as const;

/** The names and slugs of terms by id, in the order of `ids`; ids that are gone are left out. */
export async function namesOf(db: Database, list: keyof typeof termTables, ids: readonly number[]): Promise<Named[]> {
  if (ids.length === 0) return [];
  const table = termTables[list];
  const found = await db.select({ id: table.id, slug: table.slug, name: table.name }).from(table).where(inArray(table.id, [...ids]));
  return ids.flatMap((id) => found.filter((row) => row.id === id).map(({ slug, name }) => ({ slug, name })));
}

/** Publications by id, in order, as links: the live title and slug, or the working copy's while never published. */
export async function publicationLinks(db: Database, ids: readonly number[]): Promise<{ slug: string; title: string }[]> {
  if (ids.length === 0) return [];
  const found = await db.select({ id: publications.id, slug: publications.slug, title: publications.title }).from(publications).where(inArray(publications.id, [...ids]));
  return ids.flatMap((id) => found.filter((row) => row.id === id).map(({ slug, title }) => ({ slug, title })));
}
