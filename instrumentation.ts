// Starts each server process's background work (lib/background-jobs.ts): the change feed, whose first read is
// done before the server takes requests, and the scheduler. scripts/server.mjs waits for them on shutdown.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startBackgroundJobs } = await import('./lib/background-jobs');
  const stop = await startBackgroundJobs();
  const hooks = ((globalThis as Record<symbol, Set<() => Promise<void>>>)[Symbol.for('osce-publishing.shutdown-hooks')] ??= new Set());
  hooks.add(stop);
}
