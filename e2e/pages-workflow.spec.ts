import type { Browser, Page } from '@playwright/test';
import { signIn } from './auth';
import { expect, expectNoAxeViolations, test } from './fixtures';

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test('an about page is edited, reviewed and published; the public page changes only on approval', async ({ browser }) => {
  test.setTimeout(120_000);
  const lead = `Vacancies are announced on this page and in the participating States (${Date.now()}).`;
  const editor = await as(browser, 'editor@example.org');
  await editor.goto('/editor/pages');
  await expectNoAxeViolations(editor);
  await editor.getByRole('link', { name: 'Employment' }).click();
  await expectNoAxeViolations(editor);
  await editor.getByLabel('Lead').fill(lead);
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor.getByTestId('status')).toHaveText('Draft');
  const url = editor.url();

  const visitor = await browser.newPage();
  await visitor.goto('/about/employment');
  await expect(visitor.getByText(lead)).toHaveCount(0);

  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByTestId('status')).toHaveText('In review');
  const reviewer = await as(browser, 'reviewer@example.org');
  await reviewer.goto(url);
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByTestId('status')).toHaveText('Published');

  await visitor.goto('/about/employment');
  await expect(visitor.getByText(lead)).toBeVisible();
});
