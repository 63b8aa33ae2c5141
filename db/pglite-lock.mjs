// PGlite lets one process open a data directory; a second opener silently corrupts it or loses confirmed writes.
// A lock file next to the directory (`<dir>.lock`, outside PGlite's own files) makes the second opener stop with a
// sentence before it touches anything. Plain JavaScript so that `npm start` (scripts/start.mjs) can take the lock
// before it builds and lend it to the processes it starts, through PGLITE_LOCK_TOKEN.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive, leaveShared, readLock, removeIfOurs, removeStale, sleepSync, writeLockAtomically } from './pglite-lock-file.mjs';

export const LOCK_TOKEN_ENV = 'PGLITE_LOCK_TOKEN';

export class PgliteLockedError extends Error {
  constructor(dir, holder) {
    const shown = path.relative(process.cwd(), path.resolve(dir));
    const where = shown && !shown.startsWith('..') ? shown : path.resolve(dir);
    const host = holder.hostname === os.hostname() ? '' : ` on ${holder.hostname}`;
    super(
      `The embedded database in ${where} is open in another process (pid ${holder.pid}${host}, "${holder.command}", ` +
        `since ${formatTime(holder.startedAt)}). Stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = 'PgliteLockedError';
    this.holder = holder;
  }
}

export function lockPathFor(dir) {
  return `${path.resolve(dir)}.lock`;
}

/** The live process holding the directory's lock other than this one, or null when it is free or stale. */
export function findPgliteLockHolder(dir) {
  const found = readLock(lockPathFor(dir));
  return found ? liveHolder(found.owner) : null;
}

/**
 * Takes the directory's lock, or throws PgliteLockedError naming the process that has it. Re-entrant: the same
 * process may take it again (each take needs its own release). A dead owner's lock is taken over.
 */
export function acquirePgliteLock(dir, { command = describeCommand() } = {}) {
  const lockPath = lockPathFor(dir);
  const mine = heldLocks().get(lockPath);
  if (mine) return handle(lockPath, mine);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const owner = { pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString(), command, token: crypto.randomUUID() };
    if (writeLockAtomically(lockPath, owner)) return handle(lockPath, { token: owner.token, shared: false });
    const found = readLock(lockPath);
    if (!found) continue;
    if (!found.owner) {
      // Just created by another process that has not written its details yet; a crashed writer's file goes stale.
      if (found.ageMs < 2000) sleepSync(20);
      else removeStale(lockPath, found.raw);
      continue;
    }
    const holder = liveHolder(found.owner);
    if (holder && process.env[LOCK_TOKEN_ENV] === found.owner.token) return shareParentLock(lockPath, found.owner);
    if (holder) throw new PgliteLockedError(dir, holder);
    removeStale(lockPath, found.raw);
  }
  throw new Error(`Could not take the lock ${lockPath}: other processes keep changing it. Try again.`);
}

/** `npm start` holds the lock for the processes it starts; they add themselves so that an orphan still counts. */
function shareParentLock(lockPath, owner) {
  const sharedWith = [...(owner.sharedWith ?? []).filter((p) => p.pid !== process.pid), { pid: process.pid, command: describeCommand() }];
  fs.writeFileSync(`${lockPath}.${process.pid}.tmp`, `${JSON.stringify({ ...owner, sharedWith })}\n`);
  fs.renameSync(`${lockPath}.${process.pid}.tmp`, lockPath);
  return handle(lockPath, { token: owner.token, shared: true });
}

function liveHolder(owner) {
  if (!owner) return null;
  // Another machine's pid cannot be checked from here (a shared disk): assume it is alive.
  if (owner.hostname !== os.hostname()) return owner;
  // Our own pid in the file but not in our registry is a previous process's lock whose pid was reused (containers).
  if (owner.pid !== process.pid && isAlive(owner.pid)) return owner;
  const child = (owner.sharedWith ?? []).find((p) => p.pid !== process.pid && isAlive(p.pid));
  return child ? { ...owner, ...child } : null;
}

function handle(lockPath, entry) {
  const registry = heldLocks();
  if (!registry.has(lockPath)) registry.set(lockPath, { ...entry, count: 0 });
  const held = registry.get(lockPath);
  held.count += 1;
  registerExitRelease();
  let released = false;
  return {
    path: lockPath,
    token: held.token,
    release() {
      if (released) return;
      released = true;
      held.count -= 1;
      if (held.count > 0) return;
      registry.delete(lockPath);
      releaseFile(lockPath, held);
    },
  };
}

function releaseFile(lockPath, held) {
  if (held.shared) leaveShared(lockPath, held.token, process.pid);
  else removeIfOurs(lockPath, held.token);
}

function heldLocks() {
  const key = Symbol.for('osce-publishing.pglite-locks');
  return (globalThis[key] ??= new Map());
}

// 'exit' handlers must be synchronous; a process killed outright leaves a stale lock that the next opener takes over.
function registerExitRelease() {
  const key = Symbol.for('osce-publishing.pglite-lock-exit');
  if (globalThis[key]) return;
  globalThis[key] = true;
  process.once('exit', () => {
    for (const [lockPath, held] of heldLocks()) releaseFile(lockPath, held);
    heldLocks().clear();
  });
}

function describeCommand() {
  const script = process.argv[1] ? path.basename(process.argv[1]) : 'node';
  return [script, ...process.argv.slice(2)].join(' ').slice(0, 200);
}

function formatTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return 'an unknown time';
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
