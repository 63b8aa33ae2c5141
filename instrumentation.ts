// Starts the in-app scheduler when the production server starts: every two seconds it asks this server's own
// scheduler route to publish what is due. The work runs in a route so that it can invalidate cache tags.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.SCHEDULER_DISABLED === '1') return;
  const { schedulerSecret } = await import('./lib/scheduler/secret');
  const secret = schedulerSecret();
  const port = process.env.PORT ?? '3000';
  const intervalMs = Number(process.env.SCHEDULER_INTERVAL_MS ?? 2000);
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/scheduler`, {
        method: 'POST',
        headers: { 'x-scheduler-secret': secret },
      });
      if (!response.ok) console.error(`Scheduler: the scheduler route answered ${response.status}`);
    } catch {
      // The server may not be listening yet; the next tick tries again.
    } finally {
      running = false;
    }
  };
  setInterval(tick, intervalMs).unref();
}
