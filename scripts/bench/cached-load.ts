// Cached pages against their references, with autocannon: each target is loaded right after the static file and
// the floor page (static, floor, target, static, floor, next target…), in short rounds, so that whatever else the
// machine does weighs on all three alike; a ratio is taken within one such triple, then the median is reported.
import autocannon from 'autocannon';

export interface LoadSample {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
}

export interface CachedResult {
  name: string;
  url: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  /** Median over rounds of this round's requests/s divided by the floor's. */
  ratioToFloor: number;
}

export interface CachedRun {
  connections: number;
  staticRps: number;
  floorRps: number;
  floorToStatic: number;
  staticSample: LoadSample;
  floorSample: LoadSample;
  targets: CachedResult[];
}

export async function load(url: string, connections: number, seconds: number): Promise<LoadSample> {
  const result = await autocannon({ url, connections, duration: seconds, headers: { 'accept-encoding': 'gzip' } });
  // Completed answers over the whole run: autocannon's per-second average reads 0 when a run is shorter than
  // its slowest answers.
  return {
    rps: result.requests.total / Math.max(result.duration, seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The sample whose requests/s is the median of its rounds, so that its latencies belong to one measurement. */
function medianSample(samples: LoadSample[]): LoadSample {
  const sorted = [...samples].sort((a, b) => a.rps - b.rps);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Every URL answered a few times before measuring: first renders, cache fills and lazy compilation are done. */
export async function warm(urls: string[]) {
  for (const url of urls) {
    for (let i = 0; i < 5; i += 1) await fetch(url).then((r) => r.arrayBuffer(), () => null);
    await autocannon({ url, connections: 4, duration: 1 });
  }
}

export async function interleavedRuns(
  references: { staticUrl: string; floorUrl: string },
  targets: { name: string; url: string }[],
  connections: number,
  rounds: number,
  seconds: number,
): Promise<CachedRun> {
  const staticSamples: LoadSample[] = [];
  const floorSamples: LoadSample[] = [];
  const triples = targets.map(() => [] as { target: LoadSample; floor: LoadSample; static: LoadSample }[]);
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, target] of targets.entries()) {
      const staticSample = await load(references.staticUrl, connections, seconds);
      const floor = await load(references.floorUrl, connections, seconds);
      const sample = await load(target.url, connections, seconds);
      staticSamples.push(staticSample);
      floorSamples.push(floor);
      triples[i]!.push({ target: sample, floor, static: staticSample });
    }
  }
  return {
    connections,
    staticRps: median(staticSamples.map((s) => s.rps)),
    floorRps: median(floorSamples.map((s) => s.rps)),
    floorToStatic: median(floorSamples.map((f, j) => f.rps / staticSamples[j]!.rps)),
    staticSample: medianSample(staticSamples),
    floorSample: medianSample(floorSamples),
    targets: targets.map((target, i) => {
      const samples = triples[i]!.map((t) => t.target);
      return {
        ...target,
        connections,
        ...medianSample(samples),
        rps: median(samples.map((s) => s.rps)),
        non2xx: samples.reduce((n, s) => n + s.non2xx, 0),
        ratioToFloor: median(triples[i]!.map((t) => t.target.rps / t.floor.rps)),
      };
    }),
  };
}
