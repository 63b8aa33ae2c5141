// The workspace as people use it, in Chromium: an editor writes and submits a news item, a reviewer approves it,
// and the public URLs are polled until it shows; then an editor saves a draft again and again while readers load
// public pages in the background.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type Page, type Response } from '@playwright/test';
import { chromiumPath } from './browser';
import { percentile } from './distinct-load';

const PASSWORD = 'publish-with-care';

/** A line per step, so that a stalled step shows where it stalled. */
function step(text: string) {
  console.log(`  ${new Date().toISOString().slice(11, 19)} ${text}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
}

export async function signedInPage(browser: Browser, base: string, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Workspace' }).waitFor();
  return page;
}

export async function waitForStatus(page: Page, status: string) {
  await page.getByTestId('status').filter({ hasText: new RegExp(`^${status}$`) }).waitFor();
}

/**
 * The answer of the next server action the page posts (Next.js marks them with a Next-Action header), other than
 * the editor's presence heartbeat, which the page also posts as an action (its only argument is `{ id }`).
 */
export function nextActionResponse(page: Page): Promise<Response> {
  return page.waitForResponse(
    (r) =>
      r.request().method() === 'POST' &&
      r.request().headers()['next-action'] !== undefined &&
      !/^\[\{"id":\d+\}\]$/.test(r.request().postData() ?? ''),
    { timeout: 120_000 },
  );
}

/** A new draft with one issuing structure and one field of work; returns its workspace URL and slug. */
export async function createDraft(page: Page, title: string, publishAt?: string): Promise<{ url: string; slug: string }> {
  await page.goto('/editor/news/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Lead', { exact: true }).fill(`Lead of ${title}.`);
  await page.getByLabel('Body').fill('A first paragraph of the body.\n\nA second paragraph.');
  await page.getByRole('group', { name: 'Issued by' }).getByRole('checkbox').first().check();
  await page.getByRole('group', { name: 'Fields of work' }).getByRole('checkbox').first().check();
  if (publishAt) await page.getByLabel('Publish at').fill(publishAt);
  const slug = await page.getByLabel('Slug').inputValue();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/editor\/news\/\d+$/);
  await waitForStatus(page, 'Draft');
  return { url: page.url(), slug };
}

/** Milliseconds from `since` until `url` answers as `done` wants, polling plain GETs; NaN after the time limit. */
export async function msUntil(url: string, done: (status: number, body: string) => boolean, since: number, limitMs: number): Promise<number> {
  while (performance.now() - since < limitMs) {
    const answered = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(10_000) }).then(
      async (r) => done(r.status, await r.text()),
      () => false,
    );
    if (answered) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return NaN;
}

/** Milliseconds until `url` answers 200 with `text` in it. */
export function msUntilVisible(url: string, text: string, since: number, limitMs: number): Promise<number> {
  return msUntil(url, (status, body) => status === 200 && body.includes(text), since, limitMs);
}

/** Resolves when the answer's body has arrived, or after `ms`; says which. */
async function bodyReceived(response: Response, ms: number): Promise<boolean> {
  const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));
  return Promise.race([response.finished().then(() => true), timer]);
}

export interface ApproveResult {
  title: string;
  /** Click on "Approve and publish" until the action's answer starts (its headers). */
  actionMs: number;
  /** Whether the answer's body ended within 10 s of its headers. */
  bodyArrived: boolean;
  /** From the action's answer until each public URL shows the title. */
  visibleMs: Record<string, number>;
}

export async function approveToVisible(browser: Browser, base: string): Promise<ApproveResult> {
  const title = `Benchmark approval ${Date.now().toString(36)}`;
  step('editor signs in');
  const editor = await signedInPage(browser, base, 'editor@example.org');
  step('editor writes a news item');
  const { url, slug } = await createDraft(editor, title);
  step('editor submits it for review');
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await waitForStatus(editor, 'In review');
  await editor.context().close();

  step('reviewer signs in');
  const reviewer = await signedInPage(browser, base, 'reviewer@example.org');
  await reviewer.goto(url);
  step('reviewer approves; polling the public URLs');
  const answer = nextActionResponse(reviewer);
  const clicked = performance.now();
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  // The action has returned when its answer starts: Next.js sends the headers once the action's function (and
  // its cache invalidation) has finished, then streams the refreshed page. Polling starts there; the body is
  // waited for beside it, but not for ever (a body that never ends stalled earlier versions of this run).
  const response = await answer;
  const returned = performance.now();
  const targets = { item: `/news/${slug}`, news: '/news', home: '/', feed: '/feed.xml' };
  const [bodyArrived, ...times] = await Promise.all([
    bodyReceived(response, 10_000),
    ...Object.values(targets).map((p) => msUntilVisible(`${base}${p}`, title, returned, 30_000)),
  ]);
  step('public URLs polled');
  await waitForStatus(reviewer, 'Published').catch(() => step('the reviewer’s page did not show "Published"'));
  await reviewer.context().close();
  return { title, actionMs: returned - clicked, bodyArrived, visibleMs: Object.fromEntries(Object.keys(targets).map((k, i) => [k, times[i] as number])) };
}

/** Readers in a child process; `stop` ends them and returns their requests/s. */
export function backgroundReaders(base: string, connections: number, paths: string[]) {
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'background-load.mjs'), base, String(connections), ...paths], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  return {
    stop: () =>
      new Promise<{ rps: number; requests: number; failures: number }>((resolve) => {
        child.once('exit', () => resolve(output ? JSON.parse(output) : { rps: NaN, requests: 0, failures: 0 }));
        child.kill('SIGTERM');
      }),
  };
}

export interface SaveDraftResult {
  saves: number;
  failed: number;
  p50: number;
  p95: number;
  max: number;
  readers: { connections: number; rps: number; requests: number; failures: number };
}

/** "Save draft" from click to the "Draft saved." confirmation, `repetitions` times, with `connections` readers. */
export async function saveDraftUnderLoad(browser: Browser, base: string, readerPaths: string[], repetitions: number, connections = 20): Promise<SaveDraftResult> {
  step('editor signs in and writes a draft');
  const editor = await signedInPage(browser, base, 'editor@example.org');
  await createDraft(editor, `Benchmark draft ${Date.now().toString(36)}`);
  // The readers read a live site, whose pages are in its cache: each is requested once before they start. (A cache
  // emptied at once is another case: its first seconds are spent rendering pages.)
  step('the readers’ pages are requested once');
  for (const p of readerPaths) await fetch(`${base}${p}`).then((r) => r.arrayBuffer());
  step(`${connections} readers start; saving`);
  const readers = backgroundReaders(base, connections, readerPaths);
  await new Promise((resolve) => setTimeout(resolve, 2000)); // Readers at full speed before the first save.
  const times: number[] = [];
  let failed = 0;
  const lead = editor.getByLabel('Lead', { exact: true });
  const confirmation = editor.getByRole('status').filter({ hasText: 'Draft saved.' });
  let readerLoad: SaveDraftResult['readers'] = { connections, rps: NaN, requests: 0, failures: 0 };
  try {
    for (let i = 0; i < repetitions; i += 1) {
      await lead.fill(`Lead, version ${i + 1}, saved while readers load the site.`);
      const answer = nextActionResponse(editor);
      const clicked = performance.now();
      await editor.getByRole('button', { name: 'Save draft' }).click();
      await answer;
      // The form clears its message when the save starts, so a confirmation seen now is this save's.
      const ok = await confirmation.waitFor({ timeout: 60_000 }).then(() => true, () => false);
      if (ok) times.push(performance.now() - clicked);
      else failed += 1;
      step(`save ${i + 1}: ${ok ? `${(times.at(-1)! / 1000).toFixed(2)} s` : 'no confirmation'}`);
      await editor.waitForLoadState('networkidle').catch(() => {});
    }
  } finally {
    readerLoad = { connections, ...(await readers.stop()) };
    await editor.context().close();
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { saves: times.length, failed, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? NaN, readers: readerLoad };
}
