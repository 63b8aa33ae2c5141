import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDemoPdf } from '@/lib/pdf/generate';
import type { PublicationFilters } from '@/lib/validation/publication-filters';
import type { Database } from '../index';
import { contentSlugRedirects, publications, structures } from '../schema';
import { publicationSeeds } from '../seed/data/publications';
import { seedMedia } from '../seed/media';
import { PDF_ONLY_WORD, seedPublications } from '../seed/publications';
import { seedTaxonomy } from '../seed/taxonomy';
import { createTestDatabase, type TestDatabase } from '../testing';
import { getDocumentFileByKey, storeDocumentFile } from './document-files';
import {
  getLatestPublications,
  getPublicationCardsByIds,
  getPublicationSlugRedirect,
  getPublishedPublicationBySlug,
  listPublicationYears,
  listPublishedPublications,
  PUBLICATIONS_PAGE_SIZE,
} from './publications';

let testDb: TestDatabase;
let db: Database;
const all = (filters: PublicationFilters) => listPublishedPublications(filters, 1, 1000, db);
const slugs = async (filters: PublicationFilters) => (await all(filters)).items.map((item) => item.slug);
const bySlug = (slug: string) => publicationSeeds.find((seed) => seed.slug === slug)!;

/** A publication that is not live (a draft, or scheduled), with a file of its own and a word found nowhere else. */
const hidden = [
  { slug: 'draft-report-on-lighthouses', title: 'Draft report on lighthouses', publishedAt: null },
  { slug: 'scheduled-report-on-lighthouses', title: 'Scheduled report on lighthouses', publishedAt: new Date(Date.now() + 86_400_000) },
];
let hiddenFileKey: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seedTaxonomy(db, new Date('2021-01-01T09:00:00Z'));
  await seedMedia(db);
  await seedPublications(db);
  const bytes = await makeDemoPdf({ title: 'Lighthouse keepers', paragraphs: ['The lighthouse keepers logged every passing barquentine.'] });
  const stored = await storeDocumentFile(db, { name: 'lighthouses.pdf', bytes, createdBy: null });
  if (stored.status !== 'stored') throw new Error(stored.message);
  hiddenFileKey = stored.file.key;
  const [odihr] = await db.select({ id: structures.id }).from(structures).where(eq(structures.slug, 'odihr'));
  for (const item of hidden) {
    await db.insert(publications).values({
      ...item,
      type: 'report',
      publishedOn: '2026-11-30',
      summary: 'Lighthouses along the coast.',
      status: item.publishedAt ? 'scheduled' : 'draft',
      fileIds: [stored.file.id],
      structureIds: [odihr!.id],
    });
  }
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe('listPublishedPublications', () => {
  it('lists every live publication, newest first, twenty to a page, with a count', async () => {
    const first = await listPublishedPublications({}, 1, undefined, db);
    expect(first.total).toBe(publicationSeeds.length);
    expect(first.items).toHaveLength(PUBLICATIONS_PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(publicationSeeds.length / PUBLICATIONS_PAGE_SIZE));
    const second = await listPublishedPublications({}, 2, undefined, db);
    expect(second.items).toHaveLength(publicationSeeds.length - PUBLICATIONS_PAGE_SIZE);
    const dates = [...first.items, ...second.items].map((item) => item.publishedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(first.items[0]).toMatchObject({ slug: 'media-pluralism-digital-age-report', type: 'report', language: 'en' });
  });

  it('gives each entry its issuing structures in the editor’s order', async () => {
    const item = (await all({})).items.find((entry) => entry.slug === 'water-cooperation-central-asia-report');
    expect(item?.issuedBy.map((term) => term.slug)).toEqual(bySlug('water-cooperation-central-asia-report').issuedBy);
    expect(item?.issuedBy[0]?.name).toBeTruthy();
  });

  it('filters by type', async () => {
    const found = await all({ type: 'factsheet' });
    expect(found.total).toBe(publicationSeeds.filter((seed) => seed.type === 'factsheet').length);
    expect(found.items.every((item) => item.type === 'factsheet')).toBe(true);
  });

  it('filters by the year of "Published on"', async () => {
    const found = await all({ year: 2020 });
    expect(found.total).toBe(publicationSeeds.filter((seed) => seed.publishedOn.startsWith('2020')).length);
    expect(found.items.every((item) => item.publishedOn.startsWith('2020-'))).toBe(true);
    expect((await all({ year: 1999 })).total).toBe(0);
  });

  it('filters by field of work, structure and country, alone and together', async () => {
    const expected = (test: (seed: (typeof publicationSeeds)[number]) => boolean) =>
      publicationSeeds.filter(test).map((seed) => seed.slug).sort();
    expect((await slugs({ field: 'elections' })).sort()).toEqual(expected((seed) => seed.fields.includes('elections')));
    expect((await slugs({ structure: 'odihr' })).sort()).toEqual(expected((seed) => seed.issuedBy.includes('odihr')));
    expect((await slugs({ country: 'serbia' })).sort()).toEqual(expected((seed) => seed.countries.includes('serbia')));
    expect(await slugs({ field: 'elections', structure: 'odihr', type: 'handbook', year: 2026 })).toEqual(['handbuch-ausbildung-wahlhelfer']);
  });

  it('finds nothing for a term that does not exist', async () => {
    expect((await all({ field: 'no-such-field' })).total).toBe(0);
    expect((await all({ country: 'atlantis' })).items).toEqual([]);
  });

  it('searches titles and summaries', async () => {
    expect(await slugs({ q: 'reed beds' })).toContain('wetland-monitoring-prespa-basin-field-report');
    expect(await slugs({ q: 'armouries' })).toEqual(['guide-safe-storage-small-arms-light-weapons']);
  });

  it('finds a publication by a word that appears only inside its PDF', async () => {
    const found = await all({ q: PDF_ONLY_WORD });
    expect(found.items.map((item) => item.slug)).toEqual(['wetland-monitoring-prespa-basin-field-report']);
    expect(found.queryIgnored).toBe(false);
    expect(await slugs({ q: `${PDF_ONLY_WORD} -prespa` })).toEqual([]);
  });

  it('ignores a search of stop words only and survives hostile input', async () => {
    const found = await all({ q: 'the and of' });
    expect(found.queryIgnored).toBe(true);
    expect(found.total).toBe(publicationSeeds.length);
    await expect(all({ q: "'; drop table publications; --" })).resolves.toMatchObject({ total: 0 });
    await expect(all({ q: '"unclosed -' })).resolves.toBeDefined();
  });

  it('answers a page past the end with no items and the real count', async () => {
    const page = await listPublishedPublications({}, 50, undefined, db);
    expect(page.items).toEqual([]);
    expect(page.total).toBe(publicationSeeds.length);
  });
});

describe('drafts and scheduled publications', () => {
  it('never appear in listings, searches, years, cards or by slug, and their files stay private', async () => {
    const listed = await slugs({});
    for (const { slug } of hidden) expect(listed).not.toContain(slug);
    expect(await slugs({ q: 'lighthouses' })).toEqual([]);
    expect(await slugs({ q: 'barquentine' })).toEqual([]);
    expect(await slugs({ structure: 'odihr', year: 2026 })).toEqual(['handbuch-ausbildung-wahlhelfer']);
    for (const { slug } of hidden) expect(await getPublishedPublicationBySlug(slug, db)).toEqual({ kind: 'missing' });
    const ids = await db.select({ id: publications.id }).from(publications).where(eq(publications.slug, hidden[0]!.slug));
    expect(await getPublicationCardsByIds(ids.map((row) => row.id), db)).toEqual([]);
    expect((await getDocumentFileByKey(hiddenFileKey, db))?.published).toBe(false);
  });

  it('disappear once unpublished', async () => {
    const slug = 'factsheet-mission-to-moldova';
    await db.update(publications).set({ publishedAt: null, status: 'unpublished' }).where(eq(publications.slug, slug));
    try {
      expect(await getPublishedPublicationBySlug(slug, db)).toEqual({ kind: 'missing' });
      expect(await slugs({ type: 'factsheet' })).not.toContain(slug);
    } finally {
      await db.update(publications).set({ publishedAt: new Date('2023-03-01T09:00:00Z'), status: 'published' }).where(eq(publications.slug, slug));
    }
  });
});

describe('getPublishedPublicationBySlug', () => {
  it('gives the publication with its terms in order, its cover and its files in order', async () => {
    const seed = bySlug('judicial-independence-south-eastern-europe-report');
    const result = await getPublishedPublicationBySlug(seed.slug, db);
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const { publication } = result;
    expect(publication).toMatchObject({ title: seed.title, type: 'report', publishedOn: '2023-10-09', language: 'en', summary: seed.summary });
    expect(publication.structures.map((term) => term.slug)).toEqual(seed.issuedBy);
    expect(publication.fields.map((term) => term.slug)).toEqual(seed.fields);
    expect(publication.countries.map((term) => term.slug)).toEqual(seed.countries);
    expect(publication.countries.map((term) => term.name)).toEqual(['Serbia', 'Montenegro', 'Bosnia and Herzegovina']);
    expect(publication.files.map((file) => file.name)).toEqual(seed.files.map((file) => file.name));
    expect(publication.files.map((file) => file.pages)).toEqual([6, 1]);
    expect(publication.files[0]).not.toHaveProperty('data');
    expect(publication.cover).toBeNull();
    expect(publication.publishedAt).toBeInstanceOf(Date);
  });

  it('includes the cover with its alt text', async () => {
    const result = await getPublishedPublicationBySlug('wetland-monitoring-prespa-basin-field-report', db);
    expect(result.kind === 'found' && result.publication.cover?.alt).toBe('Illustration of a bridge crossing a wide river at dusk');
  });

  it('sends an old slug to the current one, for publications only and only while live', async () => {
    const [live] = await db.select({ id: publications.id }).from(publications).where(eq(publications.slug, 'factsheet-mission-to-moldova'));
    const [draft] = await db.select({ id: publications.id }).from(publications).where(eq(publications.slug, hidden[0]!.slug));
    await db.insert(contentSlugRedirects).values([
      { kind: 'publication', slug: 'moldova-factsheet-2023', itemId: live!.id },
      { kind: 'news_item', slug: 'news-slug-of-the-same-id', itemId: live!.id },
      { kind: 'publication', slug: 'old-lighthouse-draft', itemId: draft!.id },
    ]);
    expect(await getPublishedPublicationBySlug('moldova-factsheet-2023', db)).toEqual({ kind: 'moved', slug: 'factsheet-mission-to-moldova' });
    expect(await getPublicationSlugRedirect('moldova-factsheet-2023', db)).toBe('factsheet-mission-to-moldova');
    expect(await getPublishedPublicationBySlug('news-slug-of-the-same-id', db)).toEqual({ kind: 'missing' });
    expect(await getPublishedPublicationBySlug('old-lighthouse-draft', db)).toEqual({ kind: 'missing' });
    expect(await getPublishedPublicationBySlug('no-such-publication', db)).toEqual({ kind: 'missing' });
  });
});

describe('other reads', () => {
  it('lists the years with live publications, newest first', async () => {
    expect(await listPublicationYears(db)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019]);
  });

  it('gives the latest publications of a term', async () => {
    const latest = await getLatestPublications({ structure: 'representative-on-freedom-of-the-media' }, 2, db);
    expect(latest.map((item) => item.slug)).toEqual(['media-pluralism-digital-age-report', 'guia-periodistas-cobertura-procesos-electorales']);
  });

  it('gives cards in the order of the ids asked for', async () => {
    const rows = await db.select({ id: publications.id, slug: publications.slug }).from(publications);
    const wanted = ['community-policing-multi-ethnic-neighbourhoods', 'media-pluralism-digital-age-report'].map((slug) => rows.find((row) => row.slug === slug)!.id);
    const cards = await getPublicationCardsByIds([...wanted, 999_999], db);
    expect(cards.map((card) => card.id)).toEqual(wanted);
  });
});
