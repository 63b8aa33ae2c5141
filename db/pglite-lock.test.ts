import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { acquirePgliteLock, LOCK_TOKEN_ENV, lockPathFor, PgliteLockedError } from './pglite-lock.mjs';

let root: string;
let sleeper: ChildProcess;
let deadPid: number;
let dir: string;

const readOwner = () => JSON.parse(fs.readFileSync(lockPathFor(dir), 'utf8'));
const writeOwner = (owner: object) => fs.writeFileSync(lockPathFor(dir), JSON.stringify(owner));
const owner = (pid: number, extra: object = {}) => ({
  pid,
  hostname: os.hostname(),
  startedAt: '2026-12-01T02:10:00Z',
  command: 'next start',
  token: 'someone-else',
  ...extra,
});

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'pglite-lock-'));
  sleeper = spawn('sleep', ['60']);
  // A pid that surely belongs to no process: one that has exited (pids are not reused this quickly).
  deadPid = spawnSync('true').pid!;
});

afterAll(() => {
  sleeper.kill();
  fs.rmSync(root, { recursive: true, force: true });
});

afterEach(() => {
  delete process.env[LOCK_TOKEN_ENV];
});

let made = 0;
/** Each test its own data directory (never created: the lock must not need it). */
const freshDir = () => (dir = path.join(root, `db-${(made += 1)}`, 'pglite'));

describe('the PGlite directory lock', () => {
  it('is a file next to the directory holding our pid, host, start time and command; release removes it', () => {
    freshDir();
    const lock = acquirePgliteLock(dir, { command: 'npm start' });
    expect(lock.path).toBe(`${dir}.lock`);
    expect(readOwner()).toMatchObject({ pid: process.pid, hostname: os.hostname(), command: 'npm start' });
    expect(Date.now() - Date.parse(readOwner().startedAt)).toBeLessThan(5000);
    expect(fs.existsSync(dir)).toBe(false);
    lock.release();
    expect(fs.existsSync(lock.path)).toBe(false);
  });

  it('is re-entrant within a process and kept until the last take is released', () => {
    freshDir();
    const first = acquirePgliteLock(dir);
    const second = acquirePgliteLock(dir);
    first.release();
    first.release();
    expect(readOwner().pid).toBe(process.pid);
    second.release();
    expect(fs.existsSync(lockPathFor(dir))).toBe(false);
  });

  it('refuses while a live process holds it, naming that process, and leaves its lock alone', () => {
    freshDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    writeOwner(owner(sleeper.pid!));
    expect(() => acquirePgliteLock(dir)).toThrow(PgliteLockedError);
    // The time is shown in the machine's local time, as a person reading the message expects.
    const d = new Date('2026-12-01T02:10:00Z');
    const pad = (v: number) => String(v).padStart(2, '0');
    const local = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:00`;
    expect(() => acquirePgliteLock(dir)).toThrow(
      `is open in another process (pid ${sleeper.pid}, "next start", since ${local}). Stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    expect(readOwner().pid).toBe(sleeper.pid);
  });

  it('takes over the stale lock of a dead process, or of an earlier process that had our pid', () => {
    for (const pid of [deadPid, process.pid]) {
      freshDir();
      fs.mkdirSync(path.dirname(dir), { recursive: true });
      writeOwner(owner(pid));
      const lock = acquirePgliteLock(dir);
      expect(readOwner()).toMatchObject({ pid: process.pid, token: lock.token });
      lock.release();
    }
  });

  it('does not remove a lock that another process has taken over since', () => {
    freshDir();
    const lock = acquirePgliteLock(dir);
    writeOwner(owner(sleeper.pid!));
    lock.release();
    expect(readOwner().pid).toBe(sleeper.pid);
  });

  it('lends a parent’s lock to a process given its token, and still counts that process when the parent is gone', () => {
    freshDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    writeOwner(owner(sleeper.pid!, { token: 'parent-token' }));
    process.env[LOCK_TOKEN_ENV] = 'parent-token';
    const lock = acquirePgliteLock(dir);
    expect(readOwner().sharedWith).toEqual([expect.objectContaining({ pid: process.pid })]);
    lock.release();
    expect(readOwner()).toMatchObject({ pid: sleeper.pid, sharedWith: [] });

    writeOwner(owner(deadPid, { sharedWith: [{ pid: sleeper.pid, command: 'next-server' }] }));
    expect(() => acquirePgliteLock(dir)).toThrow(`(pid ${sleeper.pid}, "next-server"`);
  });

  it('lets exactly one of several processes racing for a stale lock have it', async () => {
    freshDir();
    fs.mkdirSync(path.dirname(dir), { recursive: true });
    writeOwner(owner(deadPid));
    const lockModule = path.join(import.meta.dirname, 'pglite-lock.mjs');
    const script = `import('${lockModule}').then(({ acquirePgliteLock }) => {
      try { acquirePgliteLock(process.argv[1]); console.log('got'); setTimeout(() => {}, 3000); }
      catch (e) { console.log(e.name === 'PgliteLockedError' ? 'refused' : String(e)); }
    });`;
    const run = () =>
      new Promise<string>((resolve) => {
        const child = spawn(process.execPath, ['-e', script, dir]);
        let out = '';
        child.stdout.on('data', (chunk) => (out += chunk));
        child.on('exit', () => resolve(out.trim()));
      });
    const outcomes = await Promise.all(Array.from({ length: 6 }, run));
    expect(outcomes.sort()).toEqual(['got', 'refused', 'refused', 'refused', 'refused', 'refused']);
    expect(fs.readdirSync(path.dirname(dir))).toEqual([]);
  });
});
