// The parts of a run, each adding its figures to the report with the targets of DESIGN.md section 5.
import { interleavedRuns, warm, type CachedRun } from './cached-load';
import { requestEach, type LatencySummary } from './distinct-load';
import { STATIC_PATH } from './floor';
import { lighthouseScores } from './lighthouse';
import { memoryUnderMixedLoad } from './memory';
import type { BenchOptions } from './options';
import { htmlBytes, javascriptWeight, sitemapShape } from './page-weight';
import type { Report } from './report';
import type { BenchSample } from './sample';
import { crossInstanceVisibility } from './instances';
import { approveToVisible, launchBrowser, saveDraftUnderLoad } from './workspace';

export interface RunContext {
  base: string;
  /** The database the site serves (the instances of `severalInstances` share it). */
  databaseUrl: string;
  floorBase: string;
  serverPid: number;
  /** Resident memory of the server right after it started. */
  startRssMb: number;
  options: BenchOptions;
  sample: BenchSample;
  liveItems: number;
  report: Report;
  raw: Record<string, unknown>;
}

export const ITEM_HTML_LIMIT = 60 * 1024;

export function cachedTargets(ctx: RunContext) {
  const { base, sample } = ctx;
  return [
    { name: 'item page', url: `${base}/news/${sample.cachedItemSlug}` },
    { name: 'home /', url: `${base}/` },
    { name: '/news', url: `${base}/news` },
    { name: 'field page', url: `${base}/fields-of-work/${sample.fieldSlug}` },
    { name: '/feed.xml', url: `${base}/feed.xml` },
    { name: '/events', url: `${base}/events` },
    { name: 'event page', url: `${base}/events/${sample.eventSlug}` },
    { name: '/publications', url: `${base}/publications` },
    { name: 'publication page', url: `${base}/publications/${sample.publicationSlug}` },
  ];
}

/** What the background readers cycle through: the cached targets and 200 item pages. */
function readerPaths(ctx: RunContext) {
  return [...cachedTargets(ctx).map((t) => new URL(t.url).pathname), ...ctx.sample.itemSlugs.slice(-200).map((s) => `/news/${s}`)];
}

export async function cachedPages(ctx: RunContext) {
  const { options, report } = ctx;
  const targets = cachedTargets(ctx);
  const references = { staticUrl: `${ctx.base}${STATIC_PATH}`, floorUrl: `${ctx.floorBase}/` };
  await warm([references.staticUrl, references.floorUrl, ...targets.map((t) => t.url)]);
  const runs: CachedRun[] = [];
  for (const connections of [10, 50]) {
    console.log(`Cached pages at ${connections} connections (${options.rounds} rounds of ${options.loadSeconds} s each)…`);
    const run = await interleavedRuns(references, targets, connections, options.rounds, options.loadSeconds);
    runs.push(run);
    const section = `cached, ${connections} conn.`;
    report.context(section, 'static file', run.staticRps, 'req/s', `p50 ${run.staticSample.p50} ms, p99 ${run.staticSample.p99} ms`);
    report.context(section, 'floor (bare ISR page)', run.floorRps, 'req/s', `p50 ${run.floorSample.p50} ms, p99 ${run.floorSample.p99} ms`);
    report.context(section, 'floor / static', run.floorToStatic, '×', 'about 0.6 on this machine');
    for (const t of run.targets) {
      const note = `${t.rps.toFixed(0)} req/s, p50 ${t.p50} ms, p99 ${t.p99} ms${t.non2xx ? `, ${t.non2xx} non-2xx/errors` : ''}`;
      if (connections === 10) report.check(section, `${t.name} / floor`, t.ratioToFloor, '×', { min: 0.9 }, '≥ 0.90', note);
      else report.context(section, `${t.name} / floor`, t.ratioToFloor, '×', note);
    }
  }
  ctx.raw.cached = runs;
}

export async function pageWeight(ctx: RunContext, itemBytes: number) {
  const { base, report, sample } = ctx;
  report.check('page weight', 'item page HTML', itemBytes / 1024, 'KB', { max: ITEM_HTML_LIMIT / 1024 }, '≤ 60 KB', 'uncompressed');
  const floor = await javascriptWeight(`${ctx.floorBase}/`);
  report.context('page weight', 'JS, bare floor page', floor.gzipBytes / 1024, 'KB', `${floor.files} files, gzip by ${floor.gzippedBy}`);
  const pages = { home: `${base}/`, '/news': `${base}/news`, 'item page': `${base}/news/${sample.cachedItemSlug}` };
  const weights = [];
  for (const [name, url] of Object.entries(pages)) {
    const js = await javascriptWeight(url);
    weights.push({ name, ...js });
    const note = `${(js.gzipBytes / 1024).toFixed(1)} KB in ${js.files} files, gzip by ${js.gzippedBy}`;
    report.check('page weight', `JS ${name} / floor`, js.gzipBytes / floor.gzipBytes, '×', { max: 1.1 }, '≤ 1.10', note);
  }
  const sitemap = await sitemapShape(base);
  const largest = sitemap.files > 0 ? sitemap.largestFile : NaN;
  report.add({
    section: 'sitemap',
    figure: 'URLs in the largest sitemap file',
    value: largest,
    unit: '',
    target: 'an index; ≤ 50,000 per file',
    pass: sitemap.isIndex && largest <= 50_000,
    note: `${sitemap.note}; ${sitemap.totalUrls} URLs in all; slowest answer ${sitemap.slowestMs.toFixed(0)} ms`,
  });
  ctx.raw.pageWeight = { itemBytes, floor, weights, sitemap };
}

/** Each variant of the word's letter case is a distinct query string, so a distinct cache key, for the same search. */
function* caseVariants(word: string): Generator<string> {
  for (let page = 1; ; page += 1) {
    for (let mask = 0; mask < 2 ** word.length; mask += 1) {
      const variant = [...word].map((c, i) => (mask & (1 << i) ? c.toUpperCase() : c)).join('');
      yield `/search?q=${encodeURIComponent(variant)}${page > 1 ? `&page=${page}` : ''}`;
    }
  }
}

export async function uncachedWork(ctx: RunContext) {
  const { base, options, report, sample } = ctx;
  const n = options.uncachedRequests;
  const third = caseVariants(sample.thirdWord.word);
  const results: Record<string, LatencySummary> = {};
  const requestedPages: number[] = [];
  for (const [c, connections] of [1, 10].entries()) {
    const slice = <T>(list: T[]) => list.slice(c * n, (c + 1) * n);
    const kinds = [
      { name: 'item page', paths: slice(sample.itemSlugs).map((s) => `/news/${s}`), max: 50 },
      { name: '/news two filters, deep page', paths: slice(sample.deepListings).map((l) => l.url), max: 50 },
      { name: 'search, vocabulary words', paths: slice(sample.searchQueries).map((q) => `/search?q=${encodeURIComponent(q)}`), max: 100 },
      { name: `search "${sample.thirdWord.word}" (${(sample.thirdWord.share * 100).toFixed(0)} % of items)`, paths: take(third, n), max: 200 },
    ];
    for (const kind of kinds) {
      console.log(`Uncached ${kind.name} at ${connections} connection(s)…`);
      const summary = await requestEach(base, kind.paths, connections, options.uncachedSeconds);
      results[`${kind.name} @${connections}`] = summary;
      if (connections === 1 && kind.name.startsWith('/news')) requestedPages.push(...slice(sample.deepListings).slice(0, summary.requests).map((l) => l.page));
      const section = `uncached, ${connections} conn.`;
      const note = `p50 ${summary.p50.toFixed(0)}, p99 ${summary.p99.toFixed(0)} ms; ${summary.requests} distinct URLs${summary.failures ? `, ${summary.failures} failed` : ''}`;
      if (connections === 1) report.check(section, `${kind.name} p95`, summary.p95, 'ms', { max: kind.max }, `≤ ${kind.max} ms`, note);
      else report.context(section, `${kind.name} p95`, summary.p95, 'ms', note);
    }
  }
  const pages = requestedPages.sort((a, b) => a - b);
  report.context('uncached, 1 conn.', 'listing page asked (median)', pages[Math.floor(pages.length / 2)] ?? NaN, '', `pages ${pages[0]}–${pages.at(-1)}; up to 500 where the filter pair has it`);
  ctx.raw.uncached = results;
}

function take<T>(source: Iterator<T>, n: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i += 1) out.push(source.next().value as T);
  return out;
}

export async function memory(ctx: RunContext) {
  const { options, report, sample } = ctx;
  const step = options.memoryStep;
  // Memory gets the slugs and words the uncached phases did not use.
  const rest: BenchSample = {
    ...sample,
    itemSlugs: sample.itemSlugs.slice(2 * options.uncachedRequests),
    searchQueries: sample.searchQueries.slice(2 * options.uncachedRequests),
  };
  console.log(`Memory: 3 × ${step} mixed requests at 10 connections…`);
  const result = await memoryUnderMixedLoad(ctx.base, ctx.serverPid, rest, ctx.liveItems, step, options.memorySeconds);
  report.context('memory', 'server RSS after start', ctx.startRssMb, 'MB', 'one page served');
  report.context('memory', 'server RSS before the mix', result.idleMb, 'MB', 'after the parts above');
  for (const [i, reading] of result.readings.entries()) {
    const note = `${reading.afterRequests} requests${reading.capped ? ` (stopped at the ${options.memorySeconds} s cap)` : ''}${reading.failures ? `, ${reading.failures} failed` : ''}`;
    const figure = `server RSS after ${((i + 1) * step).toLocaleString('en-GB')}`;
    if (i === 2) report.check('memory', figure, reading.rssMb, 'MB', { max: 400 }, '≤ 400 MB', note);
    else report.context('memory', figure, reading.rssMb, 'MB', note);
  }
  const [, second, third] = result.readings;
  report.check('memory', 'growth, 2nd → 3rd stretch', third!.rssMb - second!.rssMb, 'MB', { max: 10 }, '≈ 0 (≤ 10 MB)');
  ctx.raw.memory = result;
}

export async function lighthouse(ctx: RunContext) {
  const { base, options, report, sample } = ctx;
  const pages = [
    { page: 'home', url: `${base}/` },
    { page: '/news', url: `${base}/news` },
    { page: 'item page', url: `${base}/news/${sample.cachedItemSlug}` },
  ].slice(0, options.lighthousePages);
  console.log(`Lighthouse on ${pages.length} page(s), mobile and desktop…`);
  const scores = await lighthouseScores(pages);
  for (const s of scores) {
    const section = `Lighthouse ${s.formFactor}`;
    const perf = { min: s.formFactor === 'mobile' ? 95 : undefined };
    if (perf.min) report.check(section, `${s.page} performance`, s.performance, '', perf, '≥ 95');
    else report.context(section, `${s.page} performance`, s.performance, '');
    report.check(section, `${s.page} a11y / best pr. / SEO`, Math.min(s.accessibility, s.bestPractices, s.seo), '', { min: 100 }, '100 each', `${s.accessibility} / ${s.bestPractices} / ${s.seo}`);
  }
  ctx.raw.lighthouse = scores;
}

export async function workspace(ctx: RunContext) {
  const { base, options, report } = ctx;
  const browser = await launchBrowser();
  try {
    console.log('Approve → visible…');
    const approval = await approveToVisible(browser, base);
    const answered = `click to the action’s answer (headers)${approval.bodyArrived ? '' : '; its body had not ended 10 s later'}`;
    report.context('approve → visible', '"Approve and publish" answer', approval.actionMs, 'ms', answered);
    for (const [name, ms] of Object.entries(approval.visibleMs)) report.check('approve → visible', name, ms, 'ms', { max: 1000 }, '≤ 1,000 ms', 'from the action’s answer; missing = not within 30 s');
    console.log(`Save draft × ${options.saveDraftRepetitions} under 20 readers…`);
    const saves = await saveDraftUnderLoad(browser, base, readerPaths(ctx), options.saveDraftRepetitions);
    const note = `${saves.saves} saves, p50 ${saves.p50.toFixed(0)} ms, max ${saves.max.toFixed(0)} ms${saves.failed ? `, ${saves.failed} failed` : ''}; readers ${saves.readers.rps.toFixed(0)} req/s`;
    report.check('save draft', '"Save draft" p95, 20 readers', saves.p95, 'ms', { max: 1000 }, '≤ 1,000 ms', note);
    ctx.raw.workspace = { approval, saves };
  } finally {
    await browser.close();
  }
}

/** Whether Redis answers at `url`. */
async function redisAnswers(url: string): Promise<boolean> {
  const { createClient } = await import('redis');
  const client = createClient({ url, socket: { connectTimeout: 2000, reconnectStrategy: false } });
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    await client.destroy();
  }
}

/** Two more instances on the same database, each under 20 readers: how soon a change made through one shows on the other. */
export async function severalInstances(ctx: RunContext) {
  const { options, report } = ctx;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const withRedis = await redisAnswers(redisUrl);
  if (!withRedis) console.log(`No Redis at ${redisUrl}: only the setting without it is measured.`);
  // The small mode checks the harness, not the figures: one setting is enough for that.
  const settings = options.small ? [withRedis ? redisUrl : null] : withRedis ? [redisUrl, null] : [null];
  const browser = await launchBrowser();
  const results: Awaited<ReturnType<typeof crossInstanceVisibility>>[] = [];
  ctx.raw.severalInstances = results;
  try {
    for (const redis of settings) {
      const section = redis ? 'two instances, Redis' : 'two instances, no Redis';
      console.log(`Two instances ${redis ? 'sharing Redis' : 'without Redis'}…`);
      const result = await crossInstanceVisibility(browser, ctx.databaseUrl, options.port + 2, redis, readerPaths(ctx));
      const readers = `20 readers on each: A ${result.readers.a.toFixed(0)}, B ${result.readers.b.toFixed(0)} req/s`;
      const limit = { max: 1000 };
      for (const [name, ms] of Object.entries(result.approve)) {
        const figure = `approve on A → ${name}`;
        if (name.endsWith('on B')) report.check(section, figure, ms, 'ms', limit, '≤ 1,000 ms', readers);
        else report.context(section, figure, ms, 'ms', 'the instance that approved');
      }
      for (const [name, ms] of Object.entries(result.unpublish)) {
        const figure = `unpublish on A → 404 ${name}`;
        if (name.endsWith('on B')) report.check(section, figure, ms, 'ms', limit, '≤ 1,000 ms', readers);
        else report.context(section, figure, ms, 'ms', 'the instance that unpublished');
      }
      for (const [name, ms] of Object.entries(result.scheduled)) {
        report.check(section, `scheduled → ${name}`, ms, 'ms', limit, '≤ 1,000 ms', 'from its publication time');
      }
      results.push(result);
    }
  } finally {
    await browser.close();
  }
}

export { htmlBytes };
