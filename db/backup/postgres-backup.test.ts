// db:backup and db:restore on PostgreSQL (when DATABASE_URL is set), as real processes: pg_dump and pg_restore
// carry a seeded database with media, revisions and audit entries into an empty one, identical row by row.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConnection } from '../index';
import { seed } from '../seed/index';
import { createTestDatabase, type TestDatabase } from '../testing';
import { tableSnapshot } from './table-snapshot';
import { expectSeededContent, runBackupCli as cli, snapshotOf } from './testing';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'postgres-backup-test-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!process.env.DATABASE_URL)('backups of a PostgreSQL database', () => {
  let source: TestDatabase;
  let expected: Record<string, string[]>;
  const admin = () => postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  const targetName = `restore_${Date.now()}`;
  const targetUrl = () => Object.assign(new URL(process.env.DATABASE_URL!), { pathname: `/${targetName}` }).toString();
  const file = () => path.join(tmp, 'server.pgdump');

  beforeAll(async () => {
    source = await createTestDatabase();
    await seed(source.db);
    expected = await tableSnapshot(source.db);
    expectSeededContent(expected);
    const sql = admin();
    await sql.unsafe(`create database "${targetName}"`);
    await sql.end();
  }, 120_000);

  afterAll(async () => {
    await source?.close();
    const sql = admin();
    await sql.unsafe(`drop database if exists "${targetName}" with (force)`);
    await sql.end();
  });

  it('backs up with pg_dump and restores into an empty database, identical row by row', async () => {
    const backup = await cli('backup', ['--out', file()], { DATABASE_URL: source.url! });
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('Backed up the PostgreSQL database') });
    expect(fs.readFileSync(file()).subarray(0, 5).toString()).toBe('PGDMP');
    const restore = await cli('restore', [file()], { DATABASE_URL: targetUrl() });
    expect(restore).toMatchObject({ code: 0, stdout: expect.stringContaining(`into the PostgreSQL database ${targetName}`) });
    expect(await snapshotOf({ url: targetUrl() })).toEqual(expected);
  });

  it('refuses a non-empty database unless --force, and an embedded database backup', async () => {
    const refused = await cli('restore', [file()], { DATABASE_URL: targetUrl() });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`The database ${targetName} on`);
    expect(refused.stderr).toMatch(/is not empty \(\d+ tables in the public schema, migrations applied\)/);
    // What was there and is not in the backup goes.
    const target = openConnection(targetUrl());
    await target.db.execute(sql`insert into users (email, name, password_hash) values ('extra@test.example', 'Extra', 'x')`);
    await target.close();
    const forced = await cli('restore', [file(), '--force'], { DATABASE_URL: targetUrl() });
    expect(forced.code).toBe(0);
    expect(await snapshotOf({ url: targetUrl() })).toEqual(expected);

    const archive = path.join(tmp, 'fake.pglite.tar.gz');
    fs.writeFileSync(archive, Buffer.from([0x1f, 0x8b, 0x08, 0x00]));
    const mismatch = await cli('restore', [archive, '--force'], { DATABASE_URL: targetUrl() });
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain('is a backup of the embedded database; the database in use is PostgreSQL');
  });

  it('says so when pg_dump is not installed', async () => {
    const result = await cli('backup', ['--out', path.join(tmp, 'none.pgdump')], { DATABASE_URL: source.url!, PATH: '/nonexistent' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump was not found on this machine');
    expect(fs.existsSync(path.join(tmp, 'none.pgdump'))).toBe(false);
  });
});
