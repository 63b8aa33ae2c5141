import { inArray } from 'drizzle-orm';
import type { Database } from '../index';
import {
  countries,
  fieldsOfWork,
  newsItemCountries,
  newsItemFields,
  newsItemStructures,
  newsItems,
  newsRevisions,
  structures,
} from '../schema';
import { draftNewsItems } from './data/drafts';
import { newsItems as publishedSeeds } from './data/news';
import type { NewsItemSeed } from './data/types';
import { plainTextToRichText } from '@/lib/rich-text/normalize';
import type { ImageNode, RichTextDoc } from '@/lib/rich-text/types';
import { demoImages } from './data/images';

async function idsBySlug(db: Database, table: typeof countries | typeof structures | typeof fieldsOfWork) {
  const rows = await db.select({ id: table.id, slug: table.slug }).from(table);
  const map = new Map(rows.map((row) => [row.slug, row.id]));
  return (slugs: string[], what: string) =>
    slugs.map((slug) => {
      const id = map.get(slug);
      if (id === undefined) throw new Error(`Seed news item refers to unknown ${what} "${slug}"`);
      return id;
    });
}

/** A demo item goes live on the morning of its issue date. */
export function demoPublishedAt(item: Pick<NewsItemSeed, 'issuedOn'>): Date {
  return new Date(`${item.issuedOn}T09:00:00Z`);
}

const drafts = new Set(draftNewsItems.map((item) => item.slug));
const newsSeeds = [...publishedSeeds, ...draftNewsItems];

/**
 * Lead images for the newest demo items (cycling through the demo images), and an image inside the body of
 * every fifth of them, so that both uses appear in the demo.
 */
export function demoImagePlan(seeds: NewsItemSeed[], imageIds: number[]) {
  if (!imageIds.length) return new Map<string, { imageId: number; bodyImage: ImageNode['attrs'] | null }>();
  const newest = seeds
    .filter((seed) => !drafts.has(seed.slug))
    .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn) || a.slug.localeCompare(b.slug))
    .slice(0, 16);
  return new Map(
    newest.map((seed, i) => {
      const inBody = (i + 3) % imageIds.length;
      const bodyImage = i % 5 === 2 ? { mediaId: imageIds[inBody]!, alt: demoImages[inBody]!.alt, caption: demoImages[inBody]!.caption } : null;
      return [seed.slug, { imageId: imageIds[i % imageIds.length]!, bodyImage }];
    }),
  );
}

function demoBody(seed: NewsItemSeed, image: ImageNode['attrs'] | null | undefined): RichTextDoc {
  const body = plainTextToRichText(seed.body);
  // After the first paragraph, where a photo usually sits in a news item.
  if (image) body.content.splice(1, 0, { type: 'image', attrs: image });
  return body;
}

/** Inserts the demo news items that are missing (matched by slug), each with its first revision. */
export async function seedNews(db: Database, seeds: NewsItemSeed[] = newsSeeds, imageIds: number[] = []): Promise<number> {
  const images = demoImagePlan(seeds, imageIds);
  const structureIds = await idsBySlug(db, structures);
  const fieldIds = await idsBySlug(db, fieldsOfWork);
  const countryIds = await idsBySlug(db, countries);

  const existing = await db
    .select({ slug: newsItems.slug })
    .from(newsItems)
    .where(inArray(newsItems.slug, seeds.map((s) => s.slug)));
  const present = new Set(existing.map((row) => row.slug));
  const missing = seeds.filter((s) => !present.has(s.slug));

  for (const seed of missing) {
    const image = images.get(seed.slug);
    const content = { body: demoBody(seed, image?.bodyImage), imageId: image?.imageId ?? null };
    const terms = {
      structureIds: structureIds(seed.issuedBy, 'structure'),
      fieldIds: fieldIds(seed.fields, 'field of work'),
      countryIds: countryIds(seed.countries, 'country'),
    };
    await db.transaction(async (tx) => {
      const [item] = await tx
        .insert(newsItems)
        .values({
          slug: seed.slug,
          type: seed.type,
          title: seed.title,
          lead: seed.lead,
          ...content,
          issuedOn: seed.issuedOn,
          status: drafts.has(seed.slug) ? 'draft' : 'published',
          publishedAt: drafts.has(seed.slug) ? null : demoPublishedAt(seed),
        })
        .returning({ id: newsItems.id });
      if (!item) throw new Error(`Could not insert ${seed.slug}`);
      await tx.insert(newsRevisions).values({
        newsItemId: item.id,
        number: 1,
        slug: seed.slug,
        type: seed.type,
        title: seed.title,
        lead: seed.lead,
        ...content,
        issuedOn: seed.issuedOn,
        ...terms,
      });
      if (terms.structureIds.length) {
        await tx
          .insert(newsItemStructures)
          .values(terms.structureIds.map((structureId, position) => ({ newsItemId: item.id, structureId, position })));
      }
      if (terms.fieldIds.length) {
        await tx.insert(newsItemFields).values(terms.fieldIds.map((fieldId) => ({ newsItemId: item.id, fieldId })));
      }
      if (terms.countryIds.length) {
        await tx
          .insert(newsItemCountries)
          .values(terms.countryIds.map((countryId) => ({ newsItemId: item.id, countryId })));
      }
    });
  }
  return missing.length;
}
