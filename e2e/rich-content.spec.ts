import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { restoreSession } from './auth';
import { capturedItem, expect, expectNoAxeViolations, test } from './fixtures';

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** A small JPEG that carries GPS coordinates in its EXIF block, as a phone photo would. */
function photoWithLocation(): Promise<Buffer> {
  return sharp({ create: { width: 1400, height: 900, channels: 3, background: '#3b6e8f' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 12/1 30/1' } })
    .toBuffer();
}

async function upload(page: Page, alt: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const form = page.getByRole('form', { name: 'Upload an image' });
  await form.getByLabel('Image file').setInputFiles(file);
  await form.getByLabel('Alt text').fill(alt);
  await form.getByLabel('Caption').fill('Delegates take their seats.');
  await form.getByLabel('Credit').fill('OSCE/Demo');
  await form.getByRole('button', { name: 'Upload image' }).click();
  return form;
}

test('the media library refuses a script renamed .jpg and stores a real image without its location', async ({ page, visit }) => {
  await restoreSession(page, 'editor');
  await visit('/editor/media');
  const form = await upload(page, 'Not an image', { name: 'shell.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<?php echo "hi"; ?>') });
  const file = form.getByLabel('Image file');
  await expect(file).toHaveAccessibleDescription(/This file is not a JPEG, PNG or WebP image \(its contents were checked, not its name\)\./);
  await expect(file).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Alt text')).toHaveValue('Not an image');

  const alt = `Conference hall ${unique()}`;
  await upload(page, alt, { name: 'hall.jpg', mimeType: 'image/jpeg', buffer: await photoWithLocation() });
  await expect(page.getByRole('link', { name: alt })).toBeVisible();
  await page.getByRole('link', { name: alt }).click();
  await expectNoAxeViolations(page);
  const src = await page.getByRole('img', { name: alt }).getAttribute('src');
  const response = await page.request.get(src!);
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(response.headers()['content-type']).toBe('image/webp');
  const metadata = await sharp(await response.body()).metadata();
  expect(metadata.exif).toBeUndefined();
  expect(metadata.format).toBe('webp');
});

test('the upload route refuses other sites and bodies over the limit before reading them', async ({ page, baseURL }) => {
  await restoreSession(page, 'editor');
  const file = { name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(12 * 1024 * 1024) };
  const foreign = await page.request.post('/editor/media/upload', { headers: { origin: 'https://evil.example' }, multipart: { file, alt: 'x' } });
  expect(foreign.status()).toBe(403);
  const big = await page.request.post('/editor/media/upload', { headers: { origin: baseURL! }, multipart: { file, alt: 'x' } });
  expect(big.status()).toBe(413);
  expect((await big.json()).fieldErrors.file).toBe('The file is larger than 10 MB. Make it smaller and try again.');
});

test('a body with a heading, a list, a link and an image, and a lead image, is published and rendered', async ({ pageOf }) => {
  test.setTimeout(180_000);
  const editor = await pageOf('editor');
  const alt = `Observers at a polling station ${unique()}`;
  await editor.goto('/editor/media');
  await upload(editor, alt, { name: 'observers.jpg', mimeType: 'image/jpeg', buffer: await photoWithLocation() });
  await expect(editor.getByRole('link', { name: alt })).toBeVisible();

  const title = `Election observation report ${unique()}`;
  await editor.goto('/editor/news/new');
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Lead', { exact: true }).fill('Observers presented their preliminary findings.');
  const issuedBy = editor.getByRole('group', { name: 'Issued by' });
  await issuedBy.getByLabel('Filter issued by').fill('Serbia');
  await issuedBy.getByLabel('OSCE Mission to Serbia').check();

  // The body, written with the keyboard and the toolbar.
  const body = editor.getByRole('textbox', { name: 'Body', exact: true });
  const toolbar = editor.getByRole('toolbar');
  await body.click();
  await editor.keyboard.type('The mission deployed forty observers.');
  await editor.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Heading 2' }).click();
  await editor.keyboard.type('Key findings');
  await editor.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Bulleted list' }).click();
  await editor.keyboard.type('Voting was orderly');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Counting was transparent');
  await editor.keyboard.press('Enter');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('Read the full report');
  for (let i = 0; i < 'full report'.length; i += 1) await editor.keyboard.press('Shift+ArrowLeft');
  await toolbar.getByRole('button', { name: 'Link' }).click();
  await editor.getByLabel('Link address').fill('https://www.osce.org/odihr/elections');
  await editor.getByRole('button', { name: 'Apply link' }).click();
  await editor.keyboard.press('End');
  await editor.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Insert image' }).click();
  const picker = editor.getByRole('dialog', { name: 'Choose an image' });
  await expect(picker).toBeVisible();
  await expectNoAxeViolations(editor);
  await picker.getByLabel('Search images').fill(alt.split(' ').at(-1)!);
  await picker.getByRole('button', { name: 'Search', exact: true }).click();
  await picker.getByRole('button', { name: `Choose ${alt}` }).click();
  await expect(picker).toBeHidden();
  await expect(body.getByLabel('Alt text')).toHaveValue(alt);

  // The lead image, from the same library.
  const image = editor.getByRole('group', { name: 'Image' });
  await image.getByRole('button', { name: 'Choose image' }).click();
  await picker.getByRole('button', { name: `Choose ${alt}` }).click();
  await expect(image.getByRole('img', { name: alt })).toBeVisible();
  await expectNoAxeViolations(editor);

  await editor.getByRole('button', { name: 'Save draft' }).click();
  await expect(editor).toHaveURL(/\/editor\/news\/\d+$/);
  const itemUrl = editor.url();
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByTestId('status')).toHaveText('In review');

  const reviewer = await pageOf('reviewer');
  await reviewer.goto(itemUrl);
  await expect(reviewer.getByRole('textbox', { name: 'Body', exact: true }).getByRole('heading', { name: 'Key findings' })).toBeVisible();
  await reviewer.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(reviewer.getByTestId('status')).toHaveText('Published');

  const visitor = await pageOf('visitor');
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await visitor.goto(`/news/${slug}`);
  const article = visitor.getByRole('article');
  await expect(article.getByRole('heading', { level: 2, name: 'Key findings' })).toBeVisible();
  await expect(article.getByRole('listitem')).toHaveText(['Voting was orderly', 'Counting was transparent']);
  await expect(article.getByRole('link', { name: 'full report' })).toHaveAttribute('href', 'https://www.osce.org/odihr/elections');
  const pictures = article.getByRole('img', { name: alt });
  await expect(pictures).toHaveCount(2);
  for (const picture of await pictures.all()) {
    await expect(picture).toHaveAttribute('width', /\d+/);
    await expect(picture).toHaveAttribute('height', /\d+/);
  }
  await expect(article.getByText('Delegates take their seats.').first()).toBeVisible();
  await expect(article.getByText('Photo: OSCE/Demo').first()).toBeVisible();
  await expect(visitor.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/media\/\d+-[0-9a-f]{32}\.jpg$/);
  const jsonLd = JSON.parse((await visitor.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd.image.url).toMatch(/\/media\/\d+-[0-9a-f]{32}\.jpg$/);
  await expectNoAxeViolations(visitor);

  // The image is in use now, so the library refuses to delete it and says where.
  await editor.goto('/editor/media');
  await editor.getByRole('link', { name: alt }).click();
  await expect(editor.getByRole('region', { name: 'Where it is used' }).getByRole('link', { name: title })).toBeVisible();
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: 'Delete image' }).click();
  await expect(editor.getByText(`This image is still used, so it was not deleted.`)).toContainText(title);
});

test('demo items carry generated lead images that render with their size', async ({ page, visit }) => {
  await visit('/news');
  const thumbnails = page.locator('main article img');
  expect(await thumbnails.count()).toBeGreaterThan(3);
  await expect(thumbnails.first()).toHaveAttribute('width', /\d+/);
  await visit(`/news/${capturedItem.slug}`);
});

test('by keyboard alone: formatting shortcuts, the toolbar, and an image uploaded in place as the lead image', async ({ page }) => {
  await restoreSession(page, 'editor');
  await page.goto('/editor/news/new');
  const body = page.getByRole('textbox', { name: 'Body', exact: true });
  await body.focus();
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Bold words');
  await expect(body.locator('strong')).toHaveText('Bold words');

  // Alt+F10 reaches the toolbar; arrow keys move along it; Escape goes back to the text.
  await page.keyboard.press('Alt+F10');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await expect(toolbar.getByRole('button', { name: 'Paragraph' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Insert image' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Heading 2' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(body).toBeFocused();

  // The lead image: the picker dialog opens from the keyboard, takes an upload, and closes on it.
  const image = page.getByRole('group', { name: 'Image' });
  await image.getByRole('button', { name: 'Choose image' }).focus();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Choose an image' });
  await expect(picker).toBeVisible();
  const alt = `Mountain pass at dawn ${unique()}`;
  const upload = picker.getByRole('form', { name: 'Upload an image' });
  await upload.getByLabel('Image file').setInputFiles({ name: 'pass.jpg', mimeType: 'image/jpeg', buffer: await photoWithLocation() });
  await upload.getByLabel('Alt text').fill(alt);
  await upload.getByLabel('Alt text').press('Enter');
  await expect(picker).toBeHidden();
  await expect(image.getByRole('img', { name: alt })).toBeVisible();
  await expect(image.getByRole('button', { name: 'Change image' })).toBeFocused();

  await image.getByRole('button', { name: 'Remove image', exact: true }).click();
  await expect(image.getByText('No image chosen.')).toBeVisible();
  await expect(image.getByRole('button', { name: 'Choose image' })).toBeFocused();
});

test('the history shows body and image changes as text a person reads, not JSON', async ({ page, visit }) => {
  await restoreSession(page, 'editor');
  await page.goto('/editor/news/new');
  await page.getByLabel('Title').fill(`Training for border guards ${unique()}`);
  await page.getByLabel('Lead', { exact: true }).fill('Guards from three countries met for a week of training.');
  const issuedBy = page.getByRole('group', { name: 'Issued by' });
  await issuedBy.getByLabel('Filter issued by').fill('Serbia');
  await issuedBy.getByLabel('OSCE Mission to Serbia').check();
  const body = page.getByRole('textbox', { name: 'Body', exact: true });
  await body.click();
  await page.keyboard.type('The course covered document checks.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/editor\/news\/\d+$/);
  const itemUrl = page.url();

  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Heading 3' }).click();
  await page.keyboard.type('Next steps');
  const image = page.getByRole('group', { name: 'Image' });
  await image.getByRole('button', { name: 'Choose image' }).click();
  const picker = page.getByRole('dialog', { name: 'Choose an image' });
  await picker.getByLabel('Search images').fill('turbines');
  await picker.getByRole('button', { name: 'Search', exact: true }).click();
  await picker.getByRole('button', { name: /^Choose Illustration of three wind turbines/ }).click();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Draft saved.')).toBeVisible();

  await visit(`${new URL(itemUrl).pathname}/history?a=1&b=2`);
  const changes = page.getByRole('region', { name: 'Changes from revision 1 to revision 2' });
  await expect(changes.locator('ins', { hasText: '### Next steps' })).toBeVisible();
  await expect(changes.locator('ins', { hasText: 'Illustration of three wind turbines on a ridge' })).toBeVisible();
  await expect(changes).not.toContainText('"type"');
});

test('the media library searches, and its details are edited with a message next to a missing alt text', async ({ page, visit }) => {
  await restoreSession(page, 'editor');
  await visit('/editor/media?q=harbour');
  await expect(page.getByText('1 image matching “harbour”')).toBeVisible();
  await page.getByRole('link', { name: 'Illustration of cargo ships in a harbour with cranes' }).click();
  await expect(page.getByRole('heading', { name: 'Where it is used' })).toBeVisible();
  const details = page.getByRole('form', { name: 'Image details' });
  await details.getByLabel('Alt text').fill('');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(details.getByLabel('Alt text')).toHaveAccessibleDescription(/Describe the image for people who cannot see it/);
  await details.getByLabel('Alt text').fill('Illustration of cargo ships and cranes in a harbour');
  await details.getByLabel('Credit').fill('Illustration: demo content');
  await details.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Saved the image details.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Illustration of cargo ships and cranes in a harbour');
  await expectNoAxeViolations(page);
});
