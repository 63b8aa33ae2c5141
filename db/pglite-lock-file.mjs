// The file operations behind db/pglite-lock.mjs. Every change is atomic (exclusive create, rename), because two
// processes may start at the same moment and both find the same lock.
import crypto from 'node:crypto';
import fs from 'node:fs';

/** Creates the lock file only if none exists ('wx'); false when another process has one. */
export function writeLockAtomically(lockPath, owner) {
  let fd;
  try {
    fd = fs.openSync(lockPath, 'wx', 0o644);
  } catch (error) {
    if (error.code === 'EEXIST') return false;
    throw error;
  }
  try {
    fs.writeSync(fd, `${JSON.stringify(owner)}\n`);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(lockPath, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  return true;
}

/** The lock's raw text and parsed owner (null while being written or when garbled), or null when there is none. */
export function readLock(lockPath) {
  let raw;
  let ageMs;
  try {
    raw = fs.readFileSync(lockPath, 'utf8');
    ageMs = Date.now() - fs.statSync(lockPath).mtimeMs;
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
  try {
    const owner = JSON.parse(raw);
    return { raw, ageMs, owner: Number.isInteger(owner?.pid) ? owner : null };
  } catch {
    return { raw, ageMs, owner: null };
  }
}

/**
 * Removes a lock whose owner is dead. Moving it aside first tells us what we removed: if another process has
 * meanwhile replaced the stale lock with its own, that one is put back (link never overwrites) and we retry.
 */
export function removeStale(lockPath, staleRaw) {
  const aside = `${lockPath}.stale-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if (error.code === 'ENOENT') return;
    throw error;
  }
  try {
    if (fs.readFileSync(aside, 'utf8') !== staleRaw) fs.linkSync(aside, lockPath);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(aside, { force: true });
  }
}

/** Deletes the lock only if it is still the one we took (a stale-lock takeover may have replaced it). */
export function removeIfOurs(lockPath, token) {
  const found = readLock(lockPath);
  if (found?.owner?.token === token) fs.rmSync(lockPath, { force: true });
}

/** A process that borrowed its parent's lock takes its pid off the list, so that a reused pid is not mistaken for it. */
export function leaveShared(lockPath, token, pid) {
  const found = readLock(lockPath);
  if (found?.owner?.token !== token) return;
  const sharedWith = (found.owner.sharedWith ?? []).filter((p) => p.pid !== pid);
  const tmp = `${lockPath}.${pid}.tmp`;
  fs.writeFileSync(tmp, `${JSON.stringify({ ...found.owner, sharedWith })}\n`);
  fs.renameSync(tmp, lockPath);
}

/** Whether a process exists; EPERM means it does, under another user. */
export function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

export function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
