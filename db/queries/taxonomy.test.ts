import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../index';
import { seed } from '../seed';
import { createTestDatabase, type TestDatabase } from '../testing';
import {
  getCountryBySlug,
  getFieldOfWorkBySlug,
  getMeetingSeriesBySlug,
  getStructureBySlug,
  listCountries,
  listFieldsOfWork,
  listMeetingSeries,
  listStructures,
} from './taxonomy';

let testDb: TestDatabase;
let db: Database;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
  await seed(db);
}, 120_000);

afterAll(async () => {
  await testDb?.close();
});

describe('structures', () => {
  it('getStructureBySlug("secretariat") lists its units as children, with no parent', async () => {
    const secretariat = await getStructureBySlug('secretariat', db);
    expect(secretariat).not.toBeNull();
    expect(secretariat?.name).toBe('OSCE Secretariat');
    expect(secretariat?.parent).toBeNull();
    const children = secretariat?.children.map((c) => c.slug) ?? [];
    expect(children).toContain('transnational-threats-department');
    expect(children).toContain('conflict-prevention-centre');
    expect(secretariat?.children.every((c) => c.parentId === secretariat.id)).toBe(true);
  });

  it('a secretariat unit points back to the secretariat as its parent', async () => {
    const unit = await getStructureBySlug('transnational-threats-department', db);
    expect(unit?.parent?.slug).toBe('secretariat');
    expect(unit?.children).toEqual([]);
  });

  it('a field operation links to its host country', async () => {
    const mission = await getStructureBySlug('mission-to-serbia', db);
    expect(mission?.kind).toBe('field_operation');
    expect(mission?.country).toEqual({ slug: 'serbia', name: 'Serbia' });
  });

  it('listStructures returns all 34 structures in seed order', async () => {
    const all = await listStructures(db);
    expect(all).toHaveLength(34);
    expect(all[0]?.slug).toBe('chairpersonship');
    expect(all.map((s) => s.position)).toEqual([...all.map((s) => s.position)].sort((a, b) => a - b));
  });

  it('returns null for an unknown structure', async () => {
    expect(await getStructureBySlug('no-such-structure', db)).toBeNull();
  });
});

describe('countries', () => {
  it('getCountryBySlug("serbia") lists the mission to Serbia among its presences', async () => {
    const serbia = await getCountryBySlug('serbia', db);
    expect(serbia?.name).toBe('Serbia');
    expect(serbia?.group).toBe('participating_state');
    expect(serbia?.structures.map((s) => s.slug)).toContain('mission-to-serbia');
  });

  it('a country without a field presence has an empty list', async () => {
    const countries = await listCountries(db);
    expect(countries).toHaveLength(68);
    const presences = await Promise.all(countries.map((c) => getCountryBySlug(c.slug, db)));
    expect(presences.some((c) => c?.structures.length === 0)).toBe(true);
  });

  it('returns null for an unknown country', async () => {
    expect(await getCountryBySlug('atlantis', db)).toBeNull();
  });
});

describe('fields of work and meeting series', () => {
  it('lists 23 fields of work and finds one by slug', async () => {
    expect(await listFieldsOfWork(db)).toHaveLength(23);
    expect((await getFieldOfWorkBySlug('policing', db))?.slug).toBe('policing');
    expect(await getFieldOfWorkBySlug('no-such-field', db)).toBeNull();
  });

  it('lists 16 meeting series and finds one by slug', async () => {
    const series = await listMeetingSeries(db);
    expect(series).toHaveLength(16);
    expect((await getMeetingSeriesBySlug(series[0]!.slug, db))?.id).toBe(series[0]!.id);
    expect(await getMeetingSeriesBySlug('no-such-meeting', db)).toBeNull();
  });
});
