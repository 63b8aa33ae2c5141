// db:backup and db:restore on the embedded database, as real processes: a seeded database with media, revisions
// and audit entries comes back identical row by row; the refusals an operator relies on.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../index';
import { runMigrations } from '../migrate';
import { acquirePgliteLock } from '../pglite-lock.mjs';
import { seed } from '../seed/index';
import { tableSnapshot } from './table-snapshot';
import { expectSeededContent, runBackupCli as cli, snapshotOf } from './testing';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-backup-test-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('backups of the embedded database', () => {
  let source: string;
  let expected: Record<string, string[]>;
  const restored = () => path.join(tmp, 'restored', 'pglite');
  const file = () => path.join(tmp, 'embedded.pglite.tar.gz');

  beforeAll(async () => {
    source = path.join(tmp, 'source', 'pglite');
    const connection = openPglite(source);
    await runMigrations(connection.db, 'pglite');
    await seed(connection.db);
    expected = await tableSnapshot(connection.db);
    await connection.close();
    expectSeededContent(expected);
  }, 120_000);

  it('backs up and restores into an empty directory, identical row by row', async () => {
    const backup = await cli('backup', ['--out', file()], { PGLITE_DIR: source });
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('Backed up the embedded database') });
    const restore = await cli('restore', [file()], { PGLITE_DIR: restored() });
    expect(restore).toMatchObject({ code: 0, stdout: expect.stringContaining('Restored') });
    expect(await snapshotOf({ dir: restored() })).toEqual(expected);
  });

  it('refuses while another process has the database open, and a non-empty directory unless --force', async () => {
    const lock = acquirePgliteLock(source);
    try {
      const refused = await cli('backup', ['--out', path.join(tmp, 'refused.pglite.tar.gz')], { PGLITE_DIR: source });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`is open in another process (pid ${process.pid},`);
      expect(fs.existsSync(path.join(tmp, 'refused.pglite.tar.gz'))).toBe(false);
    } finally {
      lock.release();
    }

    const existing = await cli('backup', ['--out', file()], { PGLITE_DIR: source });
    expect(existing.code).toBe(1);
    expect(existing.stderr).toContain('already exists; choose another name with --out.');

    const notEmpty = await cli('restore', [file()], { PGLITE_DIR: restored() });
    expect(notEmpty.code).toBe(1);
    expect(notEmpty.stderr).toContain('There is already an embedded database in');
    const forced = await cli('restore', [file(), '--force'], { PGLITE_DIR: restored() });
    expect(forced.code).toBe(0);
    const aside = fs.readdirSync(path.dirname(restored())).filter((name) => name.startsWith('pglite.before-restore-'));
    expect(aside).toHaveLength(1);
    expect(forced.stdout).toContain(aside[0]);

    // A half-copied file: the directory that was there comes back, untouched.
    const truncated = path.join(tmp, 'truncated.pglite.tar.gz');
    fs.writeFileSync(truncated, fs.readFileSync(file()).subarray(0, 200_000));
    const failed = await cli('restore', [truncated, '--force'], { PGLITE_DIR: restored() });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('could not be loaded (unexpected end of file); nothing was changed.');
    expect(fs.readdirSync(path.dirname(restored())).filter((name) => name.startsWith('pglite.before-restore-'))).toEqual(aside);
    expect(await snapshotOf({ dir: restored() })).toEqual(expected);
  });

  it('refuses a PostgreSQL backup, naming what it is', async () => {
    const dump = path.join(tmp, 'fake.pgdump');
    fs.writeFileSync(dump, 'PGDMP\x01\x0e\x00');
    const result = await cli('restore', [dump], { PGLITE_DIR: path.join(tmp, 'never', 'pglite') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is a PostgreSQL backup (pg_dump); the database in use is the embedded one');
    expect(fs.existsSync(path.join(tmp, 'never'))).toBe(false);
  });
});
