import type { Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { restoreSession } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { sitemapUrls } from './sitemap';

// Each person works in a browser context of their own (pageOf), as they would on their own machine.

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** "YYYY-MM-DDTHH:mm" in local time, as a datetime-local field wants it. */
function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

async function createDraft(page: Page, title: string, extra?: (page: Page) => Promise<void>): Promise<string> {
  await page.goto('/editor/news/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Lead', { exact: true }).fill(`Lead of ${title}.`);
  await page.getByLabel('Body').fill('A first paragraph of the body.\n\nA second paragraph.');
  const issuedBy = page.getByRole('group', { name: 'Issued by' });
  await issuedBy.getByLabel('Filter issued by').fill('Serbia');
  await issuedBy.getByLabel('OSCE Mission to Serbia').check();
  await page.getByRole('group', { name: 'Fields of work' }).getByLabel('Policing').check();
  if (extra) await extra(page);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/editor\/news\/\d+$/);
  await expect(page.getByTestId('status')).toHaveText('Draft');
  return page.url();
}

async function press(page: Page, button: string, expectedStatus: string) {
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByTestId('status')).toHaveText(expectedStatus);
}

test('draft → review → changes requested → resubmitted → approved by another reviewer → public everywhere', async ({ pageOf }) => {
  test.setTimeout(180_000);
  const title = `Border police exchange ${unique()}`;
  const editor = await pageOf('editor');
  const url = await createDraft(editor, title);
  await expectNoAxeViolations(editor);
  await press(editor, 'Submit for review', 'In review');

  const reviewer = await pageOf('reviewer');
  await reviewer.goto('/editor/review');
  await expectNoAxeViolations(reviewer);
  await reviewer.getByRole('link', { name: title }).click();
  await reviewer.getByRole('button', { name: 'Request changes' }).click();
  await expect(reviewer.getByText('a comment is required').first()).toBeVisible();
  await reviewer.getByLabel('Comment', { exact: true }).fill('Please name the host city in the lead.');
  await press(reviewer, 'Request changes', 'Changes requested');

  await editor.goto(url);
  await expect(editor.getByText('Please name the host city in the lead.')).toBeVisible();
  await editor.getByLabel('Lead', { exact: true }).fill(`Lead of ${title}, held in Belgrade.`);
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByText('Draft saved.')).toBeVisible();
  await press(editor, 'Submit for review', 'In review');

  const reviewer2 = await pageOf('reviewer2');
  await reviewer2.goto(url);
  await press(reviewer2, 'Approve and publish', 'Published');

  const visitor = await pageOf('visitor');
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await visitor.goto(`/news/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  const meta = visitor.getByRole('complementary', { name: 'About this news item' });
  await expect(meta.getByRole('link', { name: 'OSCE Mission to Serbia' })).toBeVisible();
  await expect(meta.getByRole('link', { name: 'Policing' })).toBeVisible();
  await expect(visitor.getByText('held in Belgrade')).toBeVisible();
  await visitor.goto('/news');
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();
  await visitor.goto('/');
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();
  const parser = new XMLParser();
  const feed = parser.parse(await (await visitor.request.get('/feed.xml')).text());
  expect(JSON.stringify(feed.rss.channel.item)).toContain(`/news/${slug}`);
  expect((await sitemapUrls(visitor.request)).some((url) => url.endsWith(`/news/${slug}`))).toBe(true);

  // Editing the published item leaves the public page as it is until the new version is approved.
  await editor.goto(url);
  await editor.getByLabel('Title').fill(`${title} (updated)`);
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByTestId('status')).toHaveText('Draft');
  await visitor.goto(`/news/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(title);
  await editor.getByRole('button', { name: 'Preview' }).click();
  await expect(editor).toHaveURL(/\/preview\??$/);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`${title} (updated)`);
  await expect(editor.getByText(/^Preview/)).toBeVisible();
  await expectNoAxeViolations(editor);
  await editor.goto(`${url}/history`);
  await expect(editor.getByRole('heading', { name: /Changes from revision/ })).toBeVisible();
  await expect(editor.locator('ins', { hasText: 'updated' })).toBeVisible();
  await expectNoAxeViolations(editor);
});

test('a publication keeps other items’ pages cached; an edit refreshes the pages that list the item as related', async ({ pageOf }) => {
  test.setTimeout(240_000);
  const editor = await pageOf('editor');
  const reviewer = await pageOf('reviewer');
  const visitor = await pageOf('visitor');
  const publish = async (title: string) => {
    const url = await createDraft(editor, title);
    await press(editor, 'Submit for review', 'In review');
    await reviewer.goto(url);
    await press(reviewer, 'Approve and publish', 'Published');
    return { url, title, path: `/news/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` };
  };
  const cacheState = async (path: string) => (await visitor.request.get(path)).headers()['x-nextjs-cache'];

  const first = await publish(`Community policing forum ${unique()}`);
  // The change feed reads the approval a moment later and drops the item's tags once more (it does so on every
  // instance, this one included), so the page is rendered again until then.
  await expect.poll(() => cacheState(first.path), { timeout: 10_000 }).toMatch(/^(HIT|STALE)$/);

  // A new item on the same subjects: the first item's page is not rendered again because of it.
  const second = await publish(`Community policing handbook ${unique()}`);
  expect(['HIT', 'STALE']).toContain(await cacheState(first.path));

  // The second item's page lists the first as related; renaming the first refreshes that list.
  await visitor.goto(second.path);
  const related = visitor.getByRole('region', { name: 'Related news' });
  await expect(related.getByRole('link', { name: first.title })).toBeVisible();
  await editor.goto(first.url);
  await editor.getByLabel('Title').fill(`${first.title} (renamed)`);
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByText('Draft saved.')).toBeVisible();
  await press(editor, 'Submit for review', 'In review');
  await reviewer.goto(first.url);
  await press(reviewer, 'Approve and publish', 'Published');
  await visitor.goto(second.path);
  await expect(related.getByRole('link', { name: `${first.title} (renamed)` })).toBeVisible();
});

test('a reviewer cannot approve changes they wrote (four eyes)', async ({ pageOf }) => {
  const reviewer = await pageOf('reviewer');
  const url = await createDraft(reviewer, `Four eyes ${unique()}`);
  await press(reviewer, 'Submit for review', 'In review');
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByText('another reviewer must approve it (four eyes)')).toBeVisible();
  await reviewer.goto(url);
  await expect(reviewer.getByTestId('status')).toHaveText('In review');
});

test('an editor cannot publish: the server refuses even without the button', async ({ pageOf }) => {
  const editor = await pageOf('editor');
  await createDraft(editor, `No publishing for editors ${unique()}`);
  await expect(editor.getByRole('button', { name: 'Approve and publish' })).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Unpublish' })).toHaveCount(0);
});

test('two people edit the same item: the second save is refused and keeps its text', async ({ pageOf }) => {
  const editor = await pageOf('editor');
  const url = await createDraft(editor, `Conflict ${unique()}`);
  const reviewer = await pageOf('reviewer');
  await reviewer.goto(url);
  await editor.goto(url);
  await expect(editor.getByText(/Also editing this news item now:/)).toBeVisible({ timeout: 30_000 });

  await reviewer.getByLabel('Lead', { exact: true }).fill('The reviewer’s lead, saved first.');
  await reviewer.getByRole('button', { name: 'Save draft' }).click();
  await expect(reviewer.getByText('Draft saved.')).toBeVisible();

  const mine = 'The editor’s lead, typed at the same time.';
  await editor.getByLabel('Lead', { exact: true }).fill(mine);
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByText(/changed this on .* so your save was not done/)).toBeVisible();
  await expect(editor.getByLabel('Lead', { exact: true })).toHaveValue(mine);
});

test('a scheduled item goes live at its time with nobody signed in', async ({ pageOf }) => {
  test.setTimeout(240_000);
  const title = `Scheduled workshop ${unique()}`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const editor = await pageOf('editor');
  // A datetime-local field has minute precision: two minutes ahead leaves at least one for the approval.
  const at = new Date(Date.now() + 130_000);
  const url = await createDraft(editor, title, async (page) => {
    await page.getByLabel('Publish at').fill(localDateTime(at));
  });
  await press(editor, 'Submit for review', 'In review');
  const reviewer = await pageOf('reviewer');
  await reviewer.goto(url);
  await press(reviewer, 'Approve and publish', 'Scheduled');
  await editor.context().close();
  await reviewer.context().close();

  const visitor = await pageOf('visitor');
  expect((await visitor.goto(`/news/${slug}`))?.status()).toBe(404);
  await expect
    .poll(async () => (await visitor.request.get(`/news/${slug}`)).status(), { timeout: 180_000, intervals: [2_000] })
    .toBe(200);
  await visitor.goto('/news');
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();
});

// One test per page: an axe check takes seconds on a busy machine, and a test of several would run out of time.
test.describe('editorial pages pass axe', () => {
  for (const path of ['/editor', '/editor/news', '/editor/news?status=in_review', '/editor/news/new', '/editor/review', '/editor/audit', '/editor/audit?action=approve']) {
    test(path, async ({ page, visit }) => {
      await restoreSession(page, 'admin');
      await visit(path);
    });
  }
});

test('bad input gets clear messages next to the fields and nothing typed is lost', async ({ pageOf }) => {
  const editor = await pageOf('editor');
  await editor.goto('/editor/news/new');
  await editor.getByLabel('Title').fill('Встреча в Белграде <script>alert(1)</script>');
  await expect(editor.getByLabel('Slug')).toHaveValue(/^vstrecha-v-belgrade-script-alert-1-script$/);
  await editor.getByLabel('Slug').fill('has spaces and Кириллица');
  await editor.getByLabel('Issued on').fill('');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByText('Use lowercase letters a–z, digits and single hyphens only')).toBeVisible();
  await expect(editor.getByText('Enter a lead.')).toBeVisible();
  await expect(editor.getByText('Choose at least one structure under "Issued by".')).toBeVisible();
  await expect(editor.getByLabel('Slug')).toHaveAttribute('aria-invalid', 'true');
  await expect(editor.getByLabel('Title')).toHaveValue('Встреча в Белграде <script>alert(1)</script>');
  await expectNoAxeViolations(editor);

  // A crash or a closed tab keeps the typed text in this browser.
  await editor.getByLabel('Lead', { exact: true }).fill('Typed before the tab closed.');
  const warnings: string[] = [];
  editor.on('dialog', async (dialog) => {
    warnings.push(dialog.type());
    await dialog.accept();
  });
  await editor.reload();
  expect(warnings).toContain('beforeunload');
  await editor.getByRole('button', { name: 'Restore unsaved changes' }).click();
  await expect(editor.getByLabel('Lead', { exact: true })).toHaveValue('Typed before the tab closed.');
  await expect(editor.getByLabel('Title')).toHaveValue('Встреча в Белграде <script>alert(1)</script>');
});

test('markup typed into a field is stored and shown as text', async ({ pageOf }) => {
  const editor = await pageOf('editor');
  const title = `Markup <b>stays</b> text ${unique()}`;
  const url = await createDraft(editor, title);
  await editor.goto(`${url}/preview`);
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(editor.locator('h1 b')).toHaveCount(0);
});
