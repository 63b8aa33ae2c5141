// Requests to many distinct URLs, each sent once, so that no answer can come from a cache: a few keep-alive
// connections take the next URL from a shared list until the list or the time runs out. Every latency is kept,
// so the percentiles are exact (autocannon's histogram has no p95).
import http from 'node:http';

export interface LatencySummary {
  requests: number;
  /** Answers other than 2xx, and failed requests. */
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  seconds: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

function timedGet(agent: http.Agent, base: URL, path: string): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const request = http.get({ host: base.hostname, port: base.port, path, agent, headers: { 'accept-encoding': 'gzip' } }, (response) => {
      response.on('data', () => {});
      response.on('end', () => resolve({ ms: performance.now() - started, ok: (response.statusCode ?? 0) < 300 }));
      response.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    });
    request.setTimeout(60_000, () => request.destroy(new Error('timeout')));
    request.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
  });
}

/** GETs each path once over `connections` connections; stops early after `maxSeconds`. */
export async function requestEach(base: string, paths: Iterable<string>, connections: number, maxSeconds: number): Promise<LatencySummary> {
  const origin = new URL(base);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const iterator = paths[Symbol.iterator]();
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const deadline = started + maxSeconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const next = iterator.next();
      if (next.done) return;
      const { ms, ok } = await timedGet(agent, origin, next.value);
      latencies.push(ms);
      if (!ok) failures += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    seconds: (performance.now() - started) / 1000,
  };
}
