// Resident memory of the Next.js server after stretches of mixed requests: cached pages, distinct item pages,
// searches for many distinct words and listing pages, the traffic that fills every in-process cache.
import fs from 'node:fs';
import { requestEach } from './distinct-load';
import type { BenchSample } from './sample';
import { serverProcessTree } from './server-process.mjs';

/** The process running scripts/server.mjs below `npm start`'s process (which only waits for it). */
export function nextServerPid(startPid: number): number {
  for (const pid of serverProcessTree(startPid)) {
    try {
      if (fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('scripts/server.mjs')) return pid;
    } catch {
      // Gone.
    }
  }
  throw new Error(`No scripts/server.mjs process below pid ${startPid}`);
}

export function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

/** An endless mix: per ten requests four cached pages, two distinct items, two distinct searches, two listings. */
function* mixedPaths(sample: BenchSample, liveItems: number): Generator<string> {
  const cached = ['/', '/news', `/news/${sample.cachedItemSlug}`, `/fields-of-work/${sample.fieldSlug}`];
  const lastPage = Math.max(1, Math.floor(liveItems / 20));
  for (let i = 0; ; i += 1) {
    const slot = i % 10;
    if (slot < 4) yield cached[slot]!;
    else if (slot < 6) yield `/news/${sample.itemSlugs[i % sample.itemSlugs.length]}`;
    else if (slot < 8) yield `/search?q=${encodeURIComponent(sample.searchQueries[i % sample.searchQueries.length]!)}`;
    else if (slot === 8) yield `/news?page=${1 + (i % lastPage)}`;
    else yield `/news?field=${sample.fieldSlug}&page=${1 + (Math.floor(i / 10) % Math.max(1, Math.floor(lastPage / 10)))}`;
  }
}

export interface MemoryReading {
  afterRequests: number;
  rssMb: number;
  failures: number;
  /** The stretch stopped at its time cap before its number of requests. */
  capped: boolean;
}

export async function memoryUnderMixedLoad(
  base: string,
  serverPid: number,
  sample: BenchSample,
  liveItems: number,
  step: number,
  maxSecondsPerStep: number,
): Promise<{ idleMb: number; readings: MemoryReading[] }> {
  const idleMb = residentMb(serverPid);
  const paths = mixedPaths(sample, liveItems);
  const readings: MemoryReading[] = [];
  let sent = 0;
  for (let stretch = 0; stretch < 3; stretch += 1) {
    const limited = { [Symbol.iterator]: () => take(paths, step) };
    const result = await requestEach(base, limited, 10, maxSecondsPerStep);
    sent += result.requests;
    readings.push({ afterRequests: sent, rssMb: residentMb(serverPid), failures: result.failures, capped: result.requests < step });
  }
  return { idleMb, readings };
}

function* take<T>(source: Iterator<T>, n: number): Generator<T> {
  for (let i = 0; i < n; i += 1) {
    const next = source.next();
    if (next.done) return;
    yield next.value;
  }
}
