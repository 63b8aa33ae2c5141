import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { TaxonomyKind } from '@/lib/validation/taxonomy';
import { getDb, type Database } from '../index';
import { countries, fieldsOfWork, meetingSeries, structures, taxonomySlugRedirects, type Structure } from '../schema';

export const taxonomyTables = {
  field_of_work: fieldsOfWork,
  country: countries,
  structure: structures,
  meeting_series: meetingSeries,
} as const;

export async function listFieldsOfWork(db: Database = getDb()) {
  return db.select().from(fieldsOfWork).orderBy(asc(fieldsOfWork.position), asc(fieldsOfWork.name));
}

export async function getFieldOfWorkBySlug(slug: string, db: Database = getDb()) {
  const [row] = await db.select().from(fieldsOfWork).where(eq(fieldsOfWork.slug, slug));
  return row ?? null;
}

export async function listCountries(db: Database = getDb()) {
  return db.select().from(countries).orderBy(asc(countries.position), asc(countries.name));
}

export async function getCountryBySlug(slug: string, db: Database = getDb()) {
  const [country] = await db.select().from(countries).where(eq(countries.slug, slug));
  if (!country) return null;
  const presences = await db
    .select({ slug: structures.slug, name: structures.name, kind: structures.kind })
    .from(structures)
    .where(eq(structures.countryId, country.id))
    .orderBy(asc(structures.position));
  return { ...country, structures: presences };
}

export async function listStructures(db: Database = getDb()): Promise<Structure[]> {
  return db.select().from(structures).orderBy(asc(structures.position), asc(structures.name));
}

export async function getStructureBySlug(slug: string, db: Database = getDb()) {
  const all = await listStructures(db);
  const structure = all.find((s) => s.slug === slug);
  if (!structure) return null;
  const parent = all.find((s) => s.id === structure.parentId) ?? null;
  const children = all.filter((s) => s.parentId === structure.id);
  const [country] = structure.countryId
    ? await db.select({ slug: countries.slug, name: countries.name }).from(countries).where(eq(countries.id, structure.countryId))
    : [];
  return { ...structure, parent, children, country: country ?? null };
}

export async function listMeetingSeries(db: Database = getDb()) {
  return db.select().from(meetingSeries).orderBy(asc(meetingSeries.position), asc(meetingSeries.name));
}

export async function getMeetingSeriesBySlug(slug: string, db: Database = getDb()) {
  const [row] = await db.select().from(meetingSeries).where(eq(meetingSeries.slug, slug));
  return row ?? null;
}

/** The current slug of a term that used to answer to `slug`, if any. */
export async function findTermRedirect(kind: TaxonomyKind, slug: string, db: Database = getDb()): Promise<string | null> {
  const table = taxonomyTables[kind];
  const [row] = await db
    .select({ slug: table.slug })
    .from(taxonomySlugRedirects)
    .innerJoin(table, eq(table.id, taxonomySlugRedirects.termId))
    .where(and(eq(taxonomySlugRedirects.kind, kind), eq(taxonomySlugRedirects.slug, slug)));
  return row?.slug ?? null;
}
