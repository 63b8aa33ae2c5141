import { inArray } from 'drizzle-orm';
import { makeDemoPdf } from '@/lib/pdf/generate';
import type { Database } from '../index';
import { storeDocumentFile } from '../queries/document-files';
import { countries, fieldsOfWork, media, publicationRevisions, publications, structures } from '../schema';
import { publicationSeeds, type PublicationSeed } from './data/publications';

export { PDF_ONLY_WORD } from './data/publications';

/** A demo publication went live on the morning of its "Published on" date: a fixed instant, so reruns change nothing. */
export const demoPublicationPublishedAt = (seed: Pick<PublicationSeed, 'publishedOn'>) => new Date(`${seed.publishedOn}T09:00:00Z`);

async function idsBySlug(db: Database, table: typeof countries | typeof structures | typeof fieldsOfWork, what: string) {
  const rows = await db.select({ id: table.id, slug: table.slug }).from(table);
  const map = new Map(rows.map((row) => [row.slug, row.id]));
  return (slugs: string[]) =>
    slugs.map((slug) => {
      const id = map.get(slug);
      if (id === undefined) throw new Error(`Seed publication refers to unknown ${what} "${slug}"`);
      return id;
    });
}

/** The demo images by key, when the media seed has stored them (db/seed/media.ts names them `demo-<key>.png`). */
async function coverIds(db: Database, seeds: PublicationSeed[]) {
  const names = [...new Set(seeds.flatMap((seed) => (seed.cover ? [`demo-${seed.cover}.png`] : [])))];
  const rows = names.length ? await db.select({ id: media.id, name: media.originalName }).from(media).where(inArray(media.originalName, names)) : [];
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  return (seed: PublicationSeed) => (seed.cover ? (byName.get(`demo-${seed.cover}.png`) ?? null) : null);
}

/**
 * Inserts the demo publications that are missing (matched by slug), already published, each with its first
 * revision and its PDFs (generated, then stored like an upload). Returns how many were inserted.
 */
export async function seedPublications(db: Database, seeds: PublicationSeed[] = publicationSeeds): Promise<number> {
  const existing = await db.select({ slug: publications.slug }).from(publications).where(inArray(publications.slug, seeds.map((s) => s.slug)));
  const present = new Set(existing.map((row) => row.slug));
  const missing = seeds.filter((seed) => !present.has(seed.slug));
  if (missing.length === 0) return 0;

  const [structureIds, fieldIds, countryIds, coverOf] = await Promise.all([
    idsBySlug(db, structures, 'structure'),
    idsBySlug(db, fieldsOfWork, 'field of work'),
    idsBySlug(db, countries, 'country'),
    coverIds(db, missing),
  ]);

  for (const seed of missing) {
    const fileIds: number[] = [];
    for (const file of seed.files) {
      const bytes = await makeDemoPdf({ title: file.title, paragraphs: file.paragraphs, pages: file.pages });
      const stored = await storeDocumentFile(db, { name: file.name, bytes, createdBy: null });
      if (stored.status !== 'stored') throw new Error(`Seed file ${file.name} was refused: ${stored.message}`);
      fileIds.push(stored.file.id);
    }
    const content = {
      slug: seed.slug,
      title: seed.title,
      type: seed.type,
      publishedOn: seed.publishedOn,
      summary: seed.summary,
      language: seed.language,
      coverId: coverOf(seed),
      fileIds,
      structureIds: structureIds(seed.issuedBy),
      fieldIds: fieldIds(seed.fields),
      countryIds: countryIds(seed.countries),
    };
    const publishedAt = demoPublicationPublishedAt(seed);
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(publications)
        .values({ ...content, status: 'published', version: 1, publishedRevision: 1, publishedAt, createdAt: publishedAt, updatedAt: publishedAt })
        .returning({ id: publications.id });
      if (!row) throw new Error(`Could not insert ${seed.slug}`);
      await tx.insert(publicationRevisions).values({ ...content, publicationId: row.id, number: 1, createdAt: publishedAt });
    });
  }
  return missing.length;
}
