import type { Page } from '@playwright/test';
import { makeDemoPdf } from '../lib/pdf/generate';
import { expect, expectNoAxeViolations, test } from './fixtures';

// Events and publications in the workspace: the same workflow as news items and pages, through their own forms
// (DESIGN.md section 7), up to their public pages.

async function submitAndApprove(editor: Page, reviewer: Page) {
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByTestId('status')).toHaveText('In review');
  await reviewer.goto(editor.url());
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByTestId('status')).toHaveText('Published');
}

test('an event is written with its place and time zone, refused without a city, approved and shown with its calendar file', async ({ pageOf }) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const title = `Round table on cross-border water management ${stamp}`;
  const editor = await pageOf('editor');
  await editor.goto('/editor/events/new');
  await expectNoAxeViolations(editor);
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Slug').fill(`water-round-table-${stamp}`);
  await editor.getByLabel('Starts').fill('2031-05-12T09:30');
  await editor.getByLabel('Ends').fill('2031-05-12T17:00');
  await editor.getByLabel('Time zone').selectOption('Asia/Almaty');
  await editor.getByLabel('Venue').fill('Congress centre');
  await editor.getByLabel('Lead').fill('Experts from five countries compare how shared rivers are managed in dry years.');
  const organisers = editor.getByRole('group', { name: 'Organised by' });
  await organisers.getByLabel('Filter organised by').fill('Secretariat');
  await organisers.getByRole('checkbox').first().check();
  await editor.getByRole('button', { name: 'Save draft' }).click();
  // Neither a city nor "Online": the field says so, and everything typed stays.
  await expect(editor.getByText('Enter the city where the event takes place, or tick “Online”.')).toBeVisible();
  await expect(editor.getByLabel('Title')).toHaveValue(title);
  await expect(editor.getByLabel('City')).toHaveAttribute('aria-invalid', 'true');
  await editor.getByLabel('City').fill('Almaty');
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toHaveURL(/\/editor\/events\/\d+$/);
  await expect(editor.getByTestId('status')).toHaveText('Draft');
  await expectNoAxeViolations(editor);

  const visitor = await pageOf('visitor');
  expect((await visitor.goto(`/events/water-round-table-${stamp}`))?.status()).toBe(404);

  const reviewer = await pageOf('reviewer');
  await submitAndApprove(editor, reviewer);

  await visitor.goto(`/events/water-round-table-${stamp}`);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // Shown at the venue's local time, with the zone named.
  await expect(visitor.getByText(/12 May 2031.*09:30.*Almaty/)).toBeVisible();
  const ics = await visitor.request.get(`/events/water-round-table-${stamp}/calendar.ics`);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const text = await ics.text();
  expect(text).toContain('DTSTART;TZID=Asia/Almaty:20310512T093000');
  expect(text).toContain('BEGIN:VTIMEZONE');

  // The history compares two revisions of the event field by field.
  await editor.goto(`${editor.url()}/history`);
  await expect(editor.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoAxeViolations(editor);
});

test('a publication takes only real PDFs, and once approved offers its file for download', async ({ pageOf }) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const title = `Guide to observing local elections ${stamp}`;
  const editor = await pageOf('editor');
  await editor.goto('/editor/publications/new');
  await expectNoAxeViolations(editor);
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Slug').fill(`local-elections-guide-${stamp}`);
  await editor.getByLabel('Type').selectOption('guide');
  await editor.getByLabel('Published on').fill('2026-10-01');
  await editor.getByLabel('Language of the document').selectOption('fr');
  await editor.getByLabel('Summary').fill('How observers plan a mission to local elections, from accreditation to the final report.');

  // A file that only pretends to be a PDF is refused with a sentence next to the field.
  await editor.getByLabel('Files').setInputFiles({ name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('just some text, not a document') });
  await expect(editor.getByText('This file is not a PDF: its contents were checked, not its name.').first()).toBeVisible();
  const pdf = await makeDemoPdf({ title, paragraphs: [`Observers keep a log of polling stations ${stamp}.`], pages: 3 });
  await editor.getByLabel('Files').setInputFiles({ name: 'observer guide.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
  const chosen = editor.getByRole('list', { name: 'Chosen files' });
  await expect(chosen.getByRole('listitem')).toHaveCount(1);
  await expect(chosen.getByRole('listitem')).toContainText(/observer-guide\.pdf \(\d+ KB, 3 pages\)/);
  await expect(chosen.getByRole('button', { name: 'Remove observer-guide.pdf' })).toBeVisible();
  // Its first page, drawn into the media library, becomes the cover.
  await expect(editor.getByRole('group', { name: 'Cover' }).getByRole('img', { name: `First page of “${title}”` })).toBeVisible();

  const issuers = editor.getByRole('group', { name: 'Issued by' });
  await issuers.getByLabel('Filter issued by').fill('Democratic Institutions');
  await issuers.getByRole('checkbox').first().check();
  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toHaveURL(/\/editor\/publications\/\d+$/);
  await expect(editor.getByTestId('status')).toHaveText('Draft');

  const reviewer = await pageOf('reviewer');
  await submitAndApprove(editor, reviewer);

  const visitor = await pageOf('visitor');
  await visitor.goto(`/publications/local-elections-guide-${stamp}`);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole('img', { name: `First page of “${title}”` })).toBeVisible();
  const download = visitor.getByRole('link', { name: /^Download \(PDF, \d+ KB, 3 pages\)/ });
  await expect(download).toBeVisible();
  const response = await visitor.request.get((await download.getAttribute('href'))!);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect(response.headers()['cache-control']).toContain('immutable');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  // The words inside the file are found by the publications search.
  await visitor.goto(`/publications?q=${encodeURIComponent(`polling stations ${stamp}`)}`);
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();
});

test('the workspace lists events and publications, and the dashboard reaches every kind', async ({ pageOf }) => {
  const editor = await pageOf('editor');
  for (const [path, heading] of [
    ['/editor/events', 'Events'],
    ['/editor/publications', 'Publications'],
    ['/editor/content?status=published', 'All content'],
  ] as const) {
    await editor.goto(path);
    await expect(editor.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(editor.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(editor);
  }
});
