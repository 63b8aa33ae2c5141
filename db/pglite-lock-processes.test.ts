// Real processes on one PGlite directory: the second opener must stop with a sentence before touching any file,
// and the first one's confirmed write must survive.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPglite } from './index';
import { acquirePgliteLock, LOCK_TOKEN_ENV, lockPathFor } from './pglite-lock.mjs';

const root = path.resolve(import.meta.dirname, '..');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
let tmp: string;
// One directory for both tests: creating a PGlite database takes seconds, opening an existing one less.
let dir: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-lock-processes-'));
  dir = path.join(tmp, 'pglite');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, DATABASE_URL: '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exit = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  );
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /ready (\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    void exit.then(({ code }) => reject(new Error(`exited with ${code} before it was ready: ${stderr}`)));
  });
  // Only some callers wait for "ready"; for the others an early exit is the expected outcome, not an error.
  ready.catch(() => {});
  return { child: child as ChildProcessWithoutNullStreams, exit, ready };
}

/** Every file under the directory with its size and modification time. */
function listing(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((name) => {
    const stat = fs.statSync(path.join(dir, name));
    return `${name} ${stat.size} ${stat.mtimeMs}`;
  });
}

it('refuses a second process while one has the directory open, and keeps the first one’s write', async () => {
  const first = run(tsx, ['db/pglite-lock-holder.ts', dir, 'first']);
  const firstPid = await first.ready;
  const before = listing(dir);

  for (const args of [['db/migrate.ts'], ['db/pglite-lock-holder.ts', dir, 'second']]) {
    const second = await run(tsx, args, { PGLITE_DIR: dir }).exit;
    expect(second.code).not.toBe(0);
    expect(second.stderr).toContain(`The embedded database in ${dir} is open in another process (pid ${firstPid}, "pglite-lock-holder.ts`);
    expect(second.stderr).toContain('Stop that process first, or set DATABASE_URL to use a PostgreSQL server.');
  }
  expect(listing(dir)).toEqual(before);

  first.child.stdin.end();
  expect((await first.exit).code).toBe(0);
  expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  const connection = openPglite(dir);
  try {
    const { rows } = await connection.pglite!.query<{ note: string }>('select note from lock_test');
    expect(rows).toEqual([{ note: 'first' }]);
  } finally {
    await connection.close();
  }
  expect(fs.existsSync(lockPathFor(dir))).toBe(false);
}, 30_000);

it('lets the children of `npm start` use its lock, and stops a second `npm start` before it builds', async () => {
  // What scripts/start.mjs does before building: take the lock and lend it to its children.
  const lock = acquirePgliteLock(dir, { command: 'npm start' });
  try {
    const child = run(tsx, ['db/pglite-lock-holder.ts', dir], { [LOCK_TOKEN_ENV]: lock.token });
    await child.ready;
    const second = await run(process.execPath, ['scripts/start.mjs', '--no-build'], { PGLITE_DIR: dir, PORT: '39999' }).exit;
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`is open in another process (pid ${process.pid}, "npm start", since`);
    expect(second.stdout).not.toContain('Serving');
    child.child.stdin.end();
    expect((await child.exit).code).toBe(0);
  } finally {
    lock.release();
  }
}, 30_000);
