// Helpers of the db:backup and db:restore tests: the CLIs run as real processes, and what a seeded database holds.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { openConnection, openPglite } from '../index';
import { tableSnapshot } from './table-snapshot';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run db:backup` / `db:restore` as the package script does (tsx), with the given database settings. */
export function runBackupCli(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  // The database comes only from `env`: never the one this test process happens to be given.
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  delete inherited.PGLITE_DIR;
  const child = spawn(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), `scripts/${script}.ts`, ...args], {
    cwd: root,
    env: { ...inherited, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

/** The seed's content that a backup must carry: image bytes, revisions, audit entries, the applied migrations. */
export function expectSeededContent(snapshot: Record<string, string[]>) {
  expect(snapshot['public.media_files']!.length).toBeGreaterThan(0);
  expect(snapshot['public.media_files']!.every((row) => /"data":"\\\\x[0-9a-f]{100}/.test(row))).toBe(true);
  expect(snapshot['public.news_revisions']!.length).toBeGreaterThan(0);
  expect(snapshot['public.audit_log']!.length).toBeGreaterThan(0);
  expect(snapshot['drizzle.__drizzle_migrations']!.length).toBeGreaterThan(0);
}

/** Every row of the embedded database in `dir` or of the PostgreSQL database at `url`. */
export async function snapshotOf(target: { dir: string } | { url: string }) {
  const connection = 'dir' in target ? openPglite(target.dir) : openConnection(target.url);
  try {
    return await tableSnapshot(connection.db);
  } finally {
    await connection.close();
  }
}
