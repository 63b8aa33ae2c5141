// `npm run bench`: the performance figures of DESIGN.md section 5, measured in one run against the built site on
// a PostgreSQL database grown to N published items, each beside its reference (a static file, and a bare page
// of the same Next.js version). Prints a table and writes JSON and Markdown into bench-results/.
//   npm run bench                     100,000 items (the database bench_100000 is grown once, then reused)
//   npm run bench -- --items 20000    another size
//   npm run bench -- --small          300 items and short runs: checks that every figure is produced
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findServer, prepareBenchDatabase, type BenchDatabase } from './database';
import { startFloor, STATIC_PATH, writeStaticFile, type FloorServer } from './floor';
import { nextServerPid, residentMb } from './memory';
import { parseOptions, type BenchOptions } from './options';
import { printTable, Report, writeResults } from './report';
import { sampleBenchData } from './sample';
import * as sections from './sections';
import { startServer } from './server-process.mjs';

const root = path.resolve(import.meta.dirname, '..', '..');

function gitState(): string {
  try {
    const commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execSync('git status --porcelain -- app components lib db next.config.js', { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${commit} with uncommitted changes to the app` : commit;
  } catch {
    return 'unknown';
  }
}

/** What an interrupted run must still undo (servers, a throwaway database), newest first. */
const cleanups: (() => Promise<void>)[] = [];
/** Writes the figures measured so far when the run is interrupted. */
let onInterrupt: ((signal: string) => void) | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    console.log(`${signal}: stopping the servers…`);
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    onInterrupt?.(signal);
    process.exit(130);
  });
}

/** A stop that can be asked for twice (by the signal handler and by `finally`) and runs once. */
function once(fn: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  return () => (running ??= fn());
}

const formatLoad = (load: number[]) => load.map((l) => l.toFixed(2)).join(' / ');

/** The item page's size decides the size of both references; the static file is rewritten to it and checked. */
async function itemPageSize(base: string, slug: string): Promise<number> {
  const bytes = await sections.htmlBytes(`${base}/news/${slug}`);
  writeStaticFile(bytes);
  const served = await sections.htmlBytes(`${base}${STATIC_PATH}`);
  if (served !== bytes) throw new Error(`The static file is served with ${served} bytes, not ${bytes}`);
  return bytes;
}

async function measure(options: BenchOptions, database: BenchDatabase, report: Report, raw: Record<string, unknown>) {
  const u = options.uncachedRequests;
  const perStretch = options.memoryStep;
  console.log('Reading slugs, filters and search words from the database…');
  const sample = await sampleBenchData(database.url, {
    items: Math.min(database.liveItems, 2 * u + perStretch + 300),
    listings: 2 * u,
    searches: 2 * u + perStretch,
  });
  raw.sample = { cachedItemSlug: sample.cachedItemSlug, fieldSlug: sample.fieldSlug, thirdWord: sample.thirdWord, items: sample.itemSlugs.length };

  writeStaticFile(); // Before the server starts: Next.js lists public/ at start.
  const port = options.port;
  console.log(`Starting the site on port ${port}…`);
  const started = await startServer(root, port, { databaseUrl: database.url });
  const server = { pid: started.pid, stop: once(started.stop) };
  cleanups.push(server.stop);
  let floor: FloorServer | undefined;
  try {
    const base = `http://localhost:${port}`;
    const itemBytes = await itemPageSize(base, sample.cachedItemSlug);
    floor = await startFloor(itemBytes, port + 1);
    floor.stop = once(floor.stop);
    cleanups.push(floor.stop);
    report.context('setup', 'published items', database.liveItems, '');
    report.context('setup', 'static file / floor page', itemBytes / 1024, 'KB', `floor page ${(floor.htmlBytes / 1024).toFixed(1)} KB`);
    const serverPid = nextServerPid(server.pid ?? 0);
    const ctx: sections.RunContext = {
      base,
      databaseUrl: database.url,
      floorBase: `http://localhost:${floor.port}`,
      serverPid,
      startRssMb: residentMb(serverPid),
      options,
      sample,
      liveItems: database.liveItems,
      report,
      raw,
    };
    // A part that fails is reported as a missing figure; the other parts still run.
    const part = async (name: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (error) {
        console.error(`${name} failed:`, error);
        report.add({ section: name, figure: 'the whole part', value: NaN, unit: '', target: '', pass: false, note: `failed: ${(error as Error).message}`.slice(0, 200) });
      }
    };
    await part('cached pages', () => sections.cachedPages(ctx));
    await part('page weight', () => sections.pageWeight(ctx, itemBytes));
    await part('Lighthouse', () => sections.lighthouse(ctx));
    await part('uncached', () => sections.uncachedWork(ctx));
    await part('memory', () => sections.memory(ctx));
    await part('workspace', () => sections.workspace(ctx));
    await part('several instances', () => sections.severalInstances(ctx));
  } finally {
    await floor?.stop();
    await server.stop();
  }
}

/** Prints and writes whatever was measured, also when a part failed or the run was interrupted. */
function finish(options: BenchOptions, started: Date, loadAtStart: number[], database: BenchDatabase, report: Report, raw: Record<string, unknown>, failure?: string) {
  const loadAtEnd = os.loadavg();
  report.context('machine', 'load average at start (1 min)', loadAtStart[0]!, '', `1 / 5 / 15 min: ${formatLoad(loadAtStart)}`);
  report.context('machine', 'load average at end (1 min)', loadAtEnd[0]!, '', `1 / 5 / 15 min: ${formatLoad(loadAtEnd)}`);
  const meta = {
    mode: options.small ? 'small (checks that figures are produced)' : 'full',
    items: options.items,
    started: started.toISOString(),
    minutes: ((Date.now() - started.getTime()) / 60_000).toFixed(1),
    code: gitState(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`,
    loadAtStart: formatLoad(loadAtStart),
    loadAtEnd: formatLoad(loadAtEnd),
    database: new URL(database.url).pathname.slice(1),
    ...(failure ? { incomplete: failure } : {}),
  };
  printTable(report, options.small);
  const stamp = started.toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const files = writeResults(options.outDir, `${stamp}-n${options.items}${options.small ? '-small' : ''}`, meta, report, raw, options.small);
  const checked = report.rows.filter((r) => r.pass !== undefined);
  console.log(`Load average at end: ${formatLoad(loadAtEnd)}. ${checked.filter((r) => r.pass).length} of ${checked.length} targets met.`);
  console.log(`Results: ${path.relative(root, files.markdown)}, ${path.relative(root, files.json)}`);
  if (failure) console.log(`The run is incomplete: ${failure}`);
  const missing = report.missing();
  if (missing.length) console.log(`Figures not produced: ${missing.map((r) => `${r.section}: ${r.figure}`).join('; ')}`);
  return !failure && missing.length === 0;
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = new Date();
  const loadAtStart = os.loadavg();
  console.log(`Load average at start (1 / 5 / 15 min): ${formatLoad(loadAtStart)}`);
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('Build the site first: npm run build');
  const found = await findServer();
  if ('reason' in found) {
    console.log(`Benchmark skipped: ${found.reason}`);
    // npm test tells a skip from a pass by the exit code it asks for.
    process.exit(options.small ? Number(process.env.BENCH_SKIPPED_EXIT ?? 0) : 1);
  }
  const database = await prepareBenchDatabase(found.url, options.items, { fresh: options.fresh, throwaway: options.small });
  database.remove = once(database.remove);
  cleanups.push(database.remove);
  const report = new Report();
  const raw: Record<string, unknown> = {};
  onInterrupt = (signal) => finish(options, started, loadAtStart, database, report, raw, `interrupted by ${signal}`);
  let failure: string | undefined;
  try {
    await measure(options, database, report, raw);
  } catch (error) {
    console.error(error);
    failure = error instanceof Error ? error.message : String(error);
  } finally {
    await database.remove();
  }
  onInterrupt = undefined;
  process.exit(finish(options, started, loadAtStart, database, report, raw, failure) ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
