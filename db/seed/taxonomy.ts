import { plainTextToRichText } from '@/lib/rich-text/normalize';
import type { Database } from '../index';
import { countries, fieldsOfWork, meetingSeries, pageRevisions, pages, structures } from '../schema';
import { countries as countrySeeds } from './data/countries';
import { fieldsOfWork as fieldSeeds } from './data/fields-of-work';
import { meetingSeries as meetingSeeds } from './data/meetings';
import { pages as pageSeeds } from './data/pages';
import { structures as structureSeeds } from './data/structures';

type SlugMap = Map<string, number>;

async function slugMap(db: Database, table: typeof countries | typeof structures | typeof pages): Promise<SlugMap> {
  const rows = await db.select({ id: table.id, slug: table.slug }).from(table);
  return new Map(rows.map((row) => [row.slug, row.id]));
}

function lookup(map: SlugMap, slug: string, what: string): number {
  const id = map.get(slug);
  if (id === undefined) throw new Error(`Seed refers to unknown ${what} "${slug}"`);
  return id;
}

/** Inserts the taxonomies and about pages that are missing; existing rows are left as they are. */
export async function seedTaxonomy(db: Database, publishedAt: Date): Promise<void> {
  await db
    .insert(fieldsOfWork)
    .values(fieldSeeds.map((f, position) => ({ ...f, position })))
    .onConflictDoNothing({ target: fieldsOfWork.slug });

  await db
    .insert(countries)
    .values(countrySeeds.map((c, position) => ({ ...c, position })))
    .onConflictDoNothing({ target: countries.slug });

  await db
    .insert(meetingSeries)
    .values(meetingSeeds.map((m, position) => ({ ...m, position })))
    .onConflictDoNothing({ target: meetingSeries.slug });

  const countryIds = await slugMap(db, countries);
  // Parents come before their children in the seed list, so one pass resolves every parent.
  const structureIds = await slugMap(db, structures);
  for (const [position, s] of structureSeeds.entries()) {
    if (structureIds.has(s.slug)) continue;
    const [row] = await db.insert(structures).values({
      slug: s.slug,
      name: s.name,
      kind: s.kind,
      description: s.description,
      headTitle: s.headTitle ?? null,
      parentId: s.parentSlug ? lookup(structureIds, s.parentSlug, 'structure') : null,
      countryId: s.countrySlug ? lookup(countryIds, s.countrySlug, 'country') : null,
      position,
    }).returning({ id: structures.id });
    if (row) structureIds.set(s.slug, row.id);
  }

  const pageIds = await slugMap(db, pages);
  for (const [position, p] of pageSeeds.entries()) {
    if (pageIds.has(p.slug)) continue;
    const [row] = await db.insert(pages).values({
      slug: p.slug,
      title: p.title,
      lead: p.lead,
      body: plainTextToRichText(p.body),
      parentId: p.parentSlug ? lookup(pageIds, p.parentSlug, 'page') : null,
      position,
      status: 'published',
      publishedAt,
      publishedRevision: 1,
    }).returning({ id: pages.id, parentId: pages.parentId });
    if (!row) continue;
    pageIds.set(p.slug, row.id);
    await db.insert(pageRevisions).values({
      pageId: row.id,
      number: 1,
      slug: p.slug,
      parentId: row.parentId,
      title: p.title,
      lead: p.lead,
      body: plainTextToRichText(p.body),
    });
  }
}
