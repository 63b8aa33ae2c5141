// Two instances of the site on one database and one Redis, behind nginx (deploy/nginx.conf). People work through
// the proxy; visitors' reads go to each instance directly, so that each one's answer is seen on its own.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoAccounts, signIn } from '../e2e/auth';
import { type Cluster, restartInstance, startCluster, stopCluster } from './cluster';
import { failovers } from './nginx';
import { instanceUrl, proxyUrl, type InstanceName } from './ports';
import { burst, type Expectation, msUntil, type Seen } from './probes';
import { killHard } from './processes';
import { localDateTime, press, pressAndTime, saveLead, slugOf, unique, writeDraft } from './workspace';

test.describe.configure({ mode: 'serial' });

const instances: InstanceName[] = ['A', 'B'];
/** DESIGN.md: an approval is visible within a second. */
const LIMIT_MS = 1_000;

let cluster: Cluster;
let editor: Page;
let reviewer: Page;
/** Whether everything so far went well; the logs of a run that did not are kept. */
let passed = false;
/** The item approved in (a) and unpublished in (b). */
let firstSlug = '';
/** The item published by the scheduler in (c). */
let scheduledSlug = '';

async function personPage(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** When, from `since`, each instance met `expectation` on `path`, polled side by side. */
async function timesOnEachInstance(path: string, expectation: Expectation, since: number) {
  const times = await Promise.all(instances.map((name) => msUntil(`${instanceUrl(name)}${path}`, expectation, since)));
  return Object.fromEntries(instances.map((name, i) => [name, times[i]])) as Record<InstanceName, Seen | null>;
}

/**
 * Each instance must serve the change to a request made within the limit. What is checked is when an instance
 * starts answering with the change (its cached copies dropped, the new state read); how long a render then
 * takes on this machine, shared with builds, is a matter for the benchmark (DESIGN.md section 5) and printed
 * beside it. A request that never gets the change within the poll's 5 seconds fails too.
 */
function expectWithinLimit(what: string, times: Record<InstanceName, Seen | null>) {
  const shown = (seen: Seen | null) => (seen ? `asked at ${seen.askedMs} ms, answer arrived at ${seen.answeredMs} ms` : 'never');
  console.log(`${what}: ${instances.map((name) => `${name} ${shown(times[name])}`).join('; ')}`);
  for (const name of instances) {
    expect(times[name], `${what} on ${name}`).not.toBeNull();
    expect(times[name]!.askedMs, `${what} on ${name}`).toBeLessThanOrEqual(LIMIT_MS);
  }
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(420_000);
  cluster = await startCluster();
  // Each instance loads a route's code on its first request; those first loads are not what is measured.
  for (const name of instances) {
    for (const path of ['/', '/news', '/news/no-such-item', '/login', '/robots.txt']) await fetch(`${instanceUrl(name)}${path}`);
  }
  editor = await personPage(browser, demoAccounts.editor);
  reviewer = await personPage(browser, demoAccounts.reviewer);
  // Two rounds through the proxy, so that both instances have loaded the workspace routes too.
  for (let round = 0; round < 2; round += 1) await writeDraft(editor, `Warm-up ${unique()}`);
  passed = true;
});

test.afterEach(({}, testInfo) => {
  if (testInfo.status !== testInfo.expectedStatus) passed = false;
});

test.afterAll(async () => {
  test.setTimeout(90_000);
  await editor?.context().close();
  await reviewer?.context().close();
  if (cluster) await stopCluster(cluster, passed);
});

test('(a) approved through the proxy: visible on both instances within a second of the answer', async () => {
  const title = `Load balancer approval ${unique()}`;
  firstSlug = slugOf(title);
  const url = await writeDraft(editor, title);
  await press(editor, 'Submit for review', 'submit', 'In review');
  await reviewer.goto(url);
  const answeredAt = await pressAndTime(reviewer, 'Approve and publish', 'approve');
  const times = timesOnEachInstance(`/news/${firstSlug}`, { shows: title }, answeredAt);
  await expect(reviewer.getByTestId('status')).toHaveText('Published');
  expectWithinLimit('approve → visible', await times);
});

test('(b) unpublished through the proxy: 404 on both instances within a second', async () => {
  expect(firstSlug, 'the item of (a)').not.toBe('');
  // Both instances have the page cached now: what must go is a cached copy.
  for (const name of instances) expect((await fetch(`${instanceUrl(name)}/news/${firstSlug}`)).status).toBe(200);
  const answeredAt = await pressAndTime(reviewer, 'Unpublish', 'unpublish');
  const times = timesOnEachInstance(`/news/${firstSlug}`, { gone: true }, answeredAt);
  await expect(reviewer.getByTestId('status')).toHaveText('Unpublished');
  expectWithinLimit('unpublish → 404', await times);
});

test('(c) a scheduled item goes live once, on both instances within a second of its time', async () => {
  const title = `Load balancer schedule ${unique()}`;
  scheduledSlug = slugOf(title);
  // Far enough ahead for the approval on a busy machine; whole seconds, and never :00, which the field would drop.
  const at = new Date(Date.now() + 25_000);
  at.setMilliseconds(0);
  if (at.getSeconds() === 0) at.setSeconds(1);
  const url = await writeDraft(editor, title, localDateTime(at));
  await press(editor, 'Submit for review', 'submit', 'In review');
  await reviewer.goto(url);
  await press(reviewer, 'Approve and publish', 'approve', 'Scheduled');
  expect(Date.now(), 'approved before its time').toBeLessThan(at.getTime());

  const times = await timesOnEachInstance(`/news/${scheduledSlug}`, { shows: title }, at.getTime());
  for (const name of instances) expect(times[name]?.answeredMs ?? 0, `shown on ${name} before its time`).toBeGreaterThanOrEqual(0);
  expectWithinLimit('scheduled time → visible', times);

  const id = Number(new URL(url).pathname.split('/').pop());
  const [entries] = await cluster.sql<{ n: number }[]>`
    select count(*)::int as n from audit_log where entity_type = 'news_item' and entity_id = ${id} and action = 'publish_scheduled'`;
  expect(entries!.n, 'publish_scheduled audit entries').toBe(1);
});

let survivorTitle = '';
let survivorUrl = '';

test('(d) one instance killed during a burst: no 5xx reaches anyone, no saved draft is lost, the other serves', async () => {
  expect(scheduledSlug, 'the item of (c)').not.toBe('');
  survivorTitle = `Load balancer failover ${unique()}`;
  survivorUrl = await writeDraft(editor, survivorTitle);
  // Public pages a visitor reads: whole-page cached, so nginx has each answer from an instance at once.
  const paths = ['/', '/news', `/news/${scheduledSlug}`, '/fields-of-work', '/feed.xml', '/structures', '/countries'];
  let saving = true;
  const reads = burst(paths.map((path) => `${proxyUrl}${path}`), { total: 200, concurrency: 10, keepGoing: () => saving });

  const leads = [1, 2, 3, 4].map((n) => `Lead after save ${n} of ${survivorTitle}.`);
  try {
    await saveLead(editor, leads[0]!);
    await saveLead(editor, leads[1]!);
    // Killed while visitors' requests are in flight but between two of the editor's steps: an answer that is
    // already streaming from the dying instance cannot be completed by any proxy (Next.js then reloads the
    // editor's page, or shows its error page), and that is not what this checks.
    await killHard(cluster.instances.A);
    console.log(`killed A (kill -9) at ${new Date().toISOString()}`);
    await saveLead(editor, leads[2]!);
    await saveLead(editor, leads[3]!);
  } finally {
    saving = false;
  }
  const result = await reads;

  console.log(`burst: ${result.count} GETs through nginx, ${failovers(cluster.dir).length} passed on after a failed attempt`);
  expect(result.serverErrors, 'answers of 500 or more').toEqual([]);
  expect(result.failures, 'requests without a complete answer').toEqual([]);
  expect(result.count).toBeGreaterThanOrEqual(200);
  expect(failovers(cluster.dir).length, 'requests nginx passed from the killed instance to the survivor').toBeGreaterThan(0);

  const id = Number(new URL(survivorUrl).pathname.split('/').pop());
  const saved = await cluster.sql<{ lead: string }[]>`select lead from news_revisions where news_item_id = ${id}`;
  expect(saved.map((row) => row.lead)).toEqual(expect.arrayContaining(leads));
  expect((await fetch(`${instanceUrl('B')}/readyz`)).status).toBe(200);
  for (const path of paths.slice(0, 3)) expect((await fetch(`${proxyUrl}${path}`)).status, path).toBe(200);
});

test('(e) the killed instance, restarted, serves the current state at once', async () => {
  expect(survivorUrl, 'the item of (d)').not.toBe('');
  // Published while A is down: only B, Redis and the database know.
  await editor.goto(survivorUrl);
  await press(editor, 'Submit for review', 'submit', 'In review');
  await reviewer.goto(survivorUrl);
  await press(reviewer, 'Approve and publish', 'approve', 'Published');

  const started = Date.now();
  await restartInstance(cluster, 'A');
  console.log(`A restarted and ready in ${Date.now() - started} ms`);
  // No waiting: the first answers after it says it is ready.
  const a = instanceUrl('A');
  expect((await fetch(`${a}/news/${firstSlug}`)).status, 'the item unpublished in (b)').toBe(404);
  const item = await fetch(`${a}/news/${slugOf(survivorTitle)}`);
  expect(item.status, 'the item published while A was down').toBe(200);
  expect(await item.text()).toContain(survivorTitle);
  expect(await (await fetch(`${a}/news`)).text()).toContain(survivorTitle);
});
