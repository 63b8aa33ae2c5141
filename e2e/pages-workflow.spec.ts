import { expect, expectNoAxeViolations, test } from './fixtures';

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
