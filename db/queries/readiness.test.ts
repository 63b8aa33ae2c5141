import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing';
import { checkReadiness } from './readiness';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});

afterAll(() => test.close());

describe('readiness', () => {
  it('is ready on a database holding every migration', async () => {
    expect(await checkReadiness(test.db)).toEqual({ ready: true });
  });

  it('is not ready when this build has a migration the database lacks', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'));
    fs.cpSync(path.join(process.cwd(), 'drizzle'), folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
    const last = journal.entries.at(-1)!;
    journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_not_applied' });
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.writeFileSync(path.join(folder, '9999_not_applied.sql'), 'select 1;');

    expect(await checkReadiness(test.db, folder)).toEqual({ ready: false, reason: expect.stringMatching(/^1 of \d+ migrations/) });
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('is not ready on a database that was never migrated', async () => {
    await test.db.execute(sql`alter schema drizzle rename to drizzle_moved`);
    try {
      expect(await checkReadiness(test.db)).toEqual({ ready: false, reason: 'No migrations have been applied.' });
    } finally {
      await test.db.execute(sql`alter schema drizzle_moved rename to drizzle`);
    }
  });
});
