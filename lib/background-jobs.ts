import 'server-only';
// The background work of each server process (started by instrumentation.ts), in the process itself rather than
// through HTTP, so that it never queues behind page requests:
// - the change feed: reads what changed on the public site, whoever changed it (a request on any instance, the
//   scheduler, `publish:due`, SQL), and drops this process's cached copies of it;
// - the scheduler: a worker of the job queue (lib/jobs.ts) that publishes scheduled items of every kind when
//   their time has come, and drops their cached copies.
// The feed stays hand-written: it follows the audit log in commit order (transaction ids and snapshots), which no
// queue does, and it must reach every process, while a job reaches one. Each runs on its own timer, so a slow
// publication never delays the feed.
import { readPublicChanges, hasChanges, type FeedPosition, type PublicChanges } from '@/db/queries/change-feed';
import { getNextScheduledPublication, publishDueItems } from '@/db/workflow/publish';
import { changeTags, dropTags } from './cache-invalidation';
import { cacheTags } from './cache-tags';
import { jobNames, jobQueue } from './jobs';
import { log } from './log.mjs';
import { PREFIX, sharedRedis } from './redis.mjs';

/** Where the feed stood when an instance last read it, kept in Redis so that a starting instance reads on from there. */
const HORIZON_KEY = `${PREFIX}change-feed-horizon`;

function tagsOf(changes: PublicChanges): string[] {
  const tags = changes.items.flatMap(changeTags);
  if (changes.media) tags.push(cacheTags.media);
  if (changes.taxonomy) tags.push(cacheTags.taxonomy, cacheTags.newsLists, cacheTags.events, cacheTags.publications);
  return [...new Set(tags)];
}

/** Runs `work` now and then again `intervalMs` after each run ends, until stopped; `stop` waits for a run in progress. */
function every(name: string, intervalMs: () => number, work: () => Promise<void>) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = work()
      .catch((error: unknown) => log('error', `${name} failed`, { error: error instanceof Error ? error.message : String(error) }))
      .finally(() => {
        if (!stopped) timer = setTimeout(run, intervalMs()).unref();
      });
  };
  run();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}

/**
 * Where a starting instance begins reading: where the instances last stood when they share pages through Redis
 * (a page another instance cached before a change made while none was reading must still be dropped), else the
 * present (this process has cached nothing yet).
 */
async function startingPosition(): Promise<FeedPosition | null> {
  const redis = sharedRedis();
  if (!redis?.isReady()) return null;
  try {
    const horizon = await redis.strings.get(HORIZON_KEY);
    return horizon ? { horizon, seen: new Map() } : null;
  } catch {
    return null;
  }
}

async function startChangeFeed() {
  let position = await startingPosition();
  let stored = position?.horizon;
  const read = async () => {
    const next = await readPublicChanges(position);
    if (position && hasChanges(next.changes)) await dropTags(tagsOf(next.changes));
    position = next.position;
    const redis = sharedRedis();
    // Written when it moves, not on every read.
    if (redis?.isReady() && position.horizon !== stored) {
      stored = position.horizon;
      await redis.strings.set(HORIZON_KEY, stored).catch(() => {});
    }
  };
  // The first read completes before the server takes requests (instrumentation's register is awaited).
  await read();
  return every('change feed', () => Number(process.env.CHANGE_FEED_INTERVAL_MS ?? 250), read);
}

/**
 * How long the scheduler sleeps: until the next regular tick, or until just after the next publication time when
 * that comes first. The stored time has microseconds that a `Date` drops, so waking at its millisecond would find
 * the item not yet due. A time already past (another instance holds the item) is looked at again shortly.
 */
export function schedulerDelay(nextDue: Date | null, now: number, intervalMs: number): number {
  if (!nextDue) return intervalMs;
  const untilDue = nextDue.getTime() - now;
  return untilDue < 0 ? Math.min(50, intervalMs) : Math.min(intervalMs, untilDue + 1);
}

/** Publishes whatever is due, of every kind, and drops its cached copies here and (through Redis) elsewhere. */
async function publishDue() {
  const published = await publishDueItems();
  if (published.length > 0) {
    await dropTags([...new Set(published.flatMap(changeTags))]);
    log('info', 'scheduled publication', { items: published.map(({ kind, id }) => ({ kind, id })) });
  }
}

/**
 * The scheduler: a worker of the job queue takes the publication jobs that scheduled approvals enqueued (one
 * process takes each, retried if it fails), plus a sweep once a minute. The queue is polled every few seconds;
 * a local timer sends a job at the exact time of the next scheduled publication and wakes the worker, so items go
 * live on time, also when their time was changed in the database directly.
 */
async function startScheduler() {
  const intervalMs = Number(process.env.SCHEDULER_INTERVAL_MS ?? 1000);
  const boss = await jobQueue();
  const worker = await boss.work(jobNames.publishDue, { pollingIntervalSeconds: 2, batchSize: 10 }, publishDue);
  await boss.work(jobNames.publishDueSweep, { pollingIntervalSeconds: 30 }, publishDue);
  await boss.schedule(jobNames.publishDueSweep, '* * * * *');
  let nextDue: Date | null = null;
  let sentFor: number | null = null;
  const stopWake = every(
    'scheduler',
    () => schedulerDelay(nextDue, Date.now(), intervalMs),
    async () => {
      // A publication time has come: a job for it now (its own job may start later, if the time was moved by
      // SQL), and the worker woken to take it. Once per time; a second run publishes nothing twice.
      if (nextDue && nextDue.getTime() <= Date.now() && sentFor !== nextDue.getTime()) {
        sentFor = nextDue.getTime();
        await boss.send(jobNames.publishDue, { due: nextDue.toISOString() });
        boss.notifyWorker(worker);
      }
      nextDue = await getNextScheduledPublication();
    },
  );
  return async () => {
    await stopWake();
    // Waits for a job in progress; the connection is the app's, closed by the app.
    await boss.stop({ graceful: true, wait: true, close: false, timeout: 10_000 });
  };
}

/** Starts both jobs; resolves once the feed has its starting position. Returns what stops them. */
export async function startBackgroundJobs(): Promise<() => Promise<void>> {
  const stopFeed = await startChangeFeed();
  const stopScheduler = process.env.SCHEDULER_DISABLED === '1' ? async () => {} : await startScheduler();
  return async () => {
    await Promise.all([stopFeed(), stopScheduler()]);
  };
}
