// Types for db/pglite-lock.mjs, which stays plain JavaScript so that scripts/start.mjs can run it without a build.
export const LOCK_TOKEN_ENV: 'PGLITE_LOCK_TOKEN';

export interface PgliteLockOwner {
  pid: number;
  hostname: string;
  /** ISO time the lock was taken. */
  startedAt: string;
  command: string;
}

export interface PgliteLock {
  /** The lock file, `<data dir>.lock`. */
  readonly path: string;
  /** Passed to child processes in PGLITE_LOCK_TOKEN to let them open the directory under this lock. */
  readonly token: string;
  /** Gives up this take of the lock; the file goes when the last take in the process is released. */
  release(): void;
}

export class PgliteLockedError extends Error {
  readonly holder: PgliteLockOwner;
}

export function lockPathFor(dir: string): string;
export function findPgliteLockHolder(dir: string): PgliteLockOwner | null;
export function acquirePgliteLock(dir: string, options?: { command?: string }): PgliteLock;
