import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';

/** The editor saves and submits what the form holds; the reviewer approves it. */
async function saveSubmitAndApprove(editor: Page, reviewer: Page, url: string) {
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByText('Draft saved.')).toBeVisible();
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByTestId('status')).toHaveText('In review');
  await reviewer.goto(url);
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByTestId('status')).toHaveText('Published');
}

test('an about page is edited, reviewed and published; the public page changes only on approval', async ({ pageOf }) => {
  test.setTimeout(120_000);
  const lead = `Vacancies are announced on this page and in the participating States (${Date.now()}).`;
  const editor = await pageOf('editor');
  await editor.goto('/editor/pages');
  await expectNoAxeViolations(editor);
  await editor.getByRole('link', { name: 'Employment' }).click();
  await expectNoAxeViolations(editor);
  await editor.getByLabel('Lead').fill(lead);
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByTestId('status')).toHaveText('Draft');
  const url = editor.url();

  const visitor = await pageOf('visitor');
  await visitor.goto('/about/employment');
  await expect(visitor.getByText(lead)).toHaveCount(0);

  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByTestId('status')).toHaveText('In review');
  const reviewer = await pageOf('reviewer');
  await reviewer.goto(url);
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByTestId('status')).toHaveText('Published');

  await visitor.goto('/about/employment');
  await expect(visitor.getByText(lead)).toBeVisible();
});

test('a page gets a comment thread, its "Request changes" comment reaches the author, and a renamed page answers at its old address', async ({ pageOf }) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const slug = `visiting-the-secretariat-${stamp}`;
  const editor = await pageOf('editor');
  await editor.goto('/editor/pages/new');
  await editor.getByLabel('Title').fill(`Visiting the Secretariat ${stamp}`);
  await editor.getByLabel('Slug').fill(slug);
  await editor.getByLabel('Lead').fill('Groups of students and officials may ask for a briefing at the Secretariat in Vienna.');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toHaveURL(/\/editor\/pages\/\d+$/);
  await expect(editor.getByTestId('status')).toHaveText('Draft');
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByTestId('status')).toHaveText('In review');
  const url = editor.url();

  const reviewer = await pageOf('reviewer');
  await reviewer.goto(url);
  await reviewer.getByLabel('Comment', { exact: true }).fill('Say how far ahead a visit must be asked for.');
  await reviewer.getByRole('button', { name: 'Request changes' }).click();
  await expect(reviewer.getByTestId('status')).toHaveText('Changes requested');

  await editor.goto(url);
  const thread = editor.getByRole('region', { name: 'Comments' });
  await expect(thread.getByText('Say how far ahead a visit must be asked for.')).toBeVisible();
  await expect(thread.getByText('Changes requested')).toBeVisible();
  await expectNoAxeViolations(editor);
  await thread.getByLabel('Add a comment').fill('Added: four weeks ahead.');
  await thread.getByRole('button', { name: 'Add comment' }).click();
  await expect(thread.getByText('Added: four weeks ahead.')).toBeVisible();
  await editor.getByLabel('Lead').fill('Groups may ask for a briefing at the Secretariat in Vienna four weeks ahead.');
  await saveSubmitAndApprove(editor, reviewer, url);

  // Renamed after publication: the old address redirects to the new one.
  await editor.goto(url);
  await editor.getByLabel('Slug').fill(`${slug}-renamed`);
  await saveSubmitAndApprove(editor, reviewer, url);

  // Preview and history, as for news items.
  await editor.goto(url);
  await editor.getByLabel('Lead').fill('A lead that only the preview shows.');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByText('Draft saved.')).toBeVisible();
  await editor.getByRole('button', { name: 'Preview' }).click();
  await expect(editor.getByRole('note', { name: 'Preview' })).toBeVisible();
  await expect(editor.getByText('A lead that only the preview shows.')).toBeVisible();
  await expectNoAxeViolations(editor);
  await editor.goto(`${url}/history`);
  await expect(editor.getByRole('heading', { name: /^History:/ })).toBeVisible();
  await expectNoAxeViolations(editor);
  await editor.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(editor.getByText(/Restored as revision \d+\./)).toBeVisible();

  const visitor = await pageOf('visitor');
  await visitor.goto(`/about/${slug}-renamed`);
  await expect(visitor.getByText('A lead that only the preview shows.')).toHaveCount(0);
  const response = await visitor.request.get(`/about/${slug}`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toContain(`/about/${slug}-renamed`);
  await visitor.goto(`/about/${slug}`);
  await expect(visitor).toHaveURL(new RegExp(`/about/${slug}-renamed$`));
  await expect(visitor.getByText('four weeks ahead')).toBeVisible();
});

test('two people on one page see each other, a stale save keeps its text, and a closed tab loses nothing', async ({ pageOf }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const editor = await pageOf('editor');
  await editor.goto('/editor/pages/new');
  await editor.getByLabel('Title').fill(`Library opening hours ${stamp}`);
  await editor.getByLabel('Slug').fill(`library-opening-hours-${stamp}`);
  await editor.getByLabel('Lead').fill('The library of the Secretariat is open on working days.');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toHaveURL(/\/editor\/pages\/\d+$/);
  const url = editor.url();

  const reviewer = await pageOf('reviewer');
  await reviewer.goto(url);
  await editor.goto(url);
  await expect(editor.getByText(/Also editing this page now:/)).toBeVisible({ timeout: 30_000 });
  await reviewer.getByLabel('Lead').fill('Saved first by the reviewer.');
  await reviewer.getByRole('button', { name: 'Save draft' }).click();
  await expect(reviewer.getByText('Draft saved.')).toBeVisible();
  const mine = 'Typed by the editor at the same time.';
  await editor.getByLabel('Lead').fill(mine);
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByText(/changed this on .* so your save was not done/)).toBeVisible();
  await expect(editor.getByLabel('Lead')).toHaveValue(mine);

  editor.on('dialog', (dialog) => void dialog.accept());
  await editor.reload();
  await editor.getByRole('button', { name: 'Restore unsaved changes' }).click();
  await expect(editor.getByLabel('Lead')).toHaveValue(mine);
  await expectNoAxeViolations(editor);
});
