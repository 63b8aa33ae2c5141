// Instances started together on one PostgreSQL database each migrate and seed it before serving. Unserialised,
// two migrators both find the migrations table empty and create the same tables, and two seeds insert the same
// rows; one of them fails and its instance never starts. A session-level advisory lock makes them take turns:
// the second waits, then finds the work done (applied migrations are skipped, the seed is idempotent).
import postgres from 'postgres';

/** The key of the lock around migrations and seed; any constant no other part of the app takes. */
export const PREPARE_DATABASE_LOCK = 720_545_903;

/**
 * Runs `work` while holding the advisory lock `key` on the server at `url`. `onWait` is called once when
 * another process holds the lock, so that a waiting instance says why it does not start yet.
 */
export async function withAdvisoryLock<T>(url: string, key: number, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  // A connection of its own: a session lock belongs to the connection that took it, and a pool could run the
  // unlock on another one. If this process dies, the server ends the session and the lock with it.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [attempt] = await client<{ locked: boolean }[]>`select pg_try_advisory_lock(${key}) as locked`;
    if (!attempt?.locked) {
      onWait?.();
      await client`select pg_advisory_lock(${key})`;
    }
    try {
      return await work();
    } finally {
      // Ending the session below releases the lock too; a failed unlock must not hide the work's own error.
      await client`select pg_advisory_unlock(${key})`.catch(() => {});
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
