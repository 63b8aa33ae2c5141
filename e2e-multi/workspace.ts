// The editorial workspace as people use it, through the proxy: the labels and buttons of DESIGN.md.
import { expect, type Page, type Response } from '@playwright/test';

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
export const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** "YYYY-MM-DDTHH:mm:ss" in local time, as a datetime-local field takes it (seconds included). */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Writes a new news item and saves it as a draft; returns its workspace address. */
export async function writeDraft(page: Page, title: string, publishAt?: string): Promise<string> {
  await page.goto('/editor/news/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Lead', { exact: true }).fill(`Lead of ${title}.`);
  await page.getByLabel('Body').fill('Written through the load balancer, read from every instance.');
  const issuedBy = page.getByRole('group', { name: 'Issued by' });
  await issuedBy.getByLabel('Filter issued by').fill('Serbia');
  await issuedBy.getByLabel('OSCE Mission to Serbia').check();
  if (publishAt) await page.getByLabel('Publish at').fill(publishAt);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/editor\/news\/\d+$/);
  await expect(page.getByTestId('status')).toHaveText('Draft');
  return page.url();
}

/** A server action's request whose arguments contain `marker` (the heartbeat of an open form does not). */
export const actionCarrying = (marker: string) => (response: Response) =>
  response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']) && (response.request().postData() ?? '').includes(marker);

/**
 * Presses a workflow button; returns when the action's answer arrived (Date.now()), without waiting for the page
 * to show it. Next.js sends an action's answer only after the action has run (its headers say which tags it
 * dropped), so this is when the change is done as far as the person can know.
 */
export async function pressAndTime(page: Page, button: string, step: string): Promise<number> {
  const answer = page.waitForResponse(actionCarrying(`"${step}"`));
  await page.getByRole('button', { name: button }).click();
  const response = await answer;
  const answeredAt = Date.now();
  expect(response.status()).toBe(200);
  return answeredAt;
}

/** Presses a workflow button and waits until the page shows the item's new status. */
export async function press(page: Page, button: string, step: string, expectedStatus: string) {
  await pressAndTime(page, button, step);
  await expect(page.getByTestId('status')).toHaveText(expectedStatus);
}

/**
 * Changes the lead and presses "Save draft"; resolves once the save is confirmed and the page's refresh with
 * the saved revision has come in, so that the next step starts on a page at rest.
 */
export async function saveLead(page: Page, lead: string) {
  await page.getByLabel('Lead', { exact: true }).fill(lead);
  const answer = page.waitForResponse(actionCarrying('"lead":'));
  const refresh = page.waitForResponse((response) => response.request().method() === 'GET' && /\/editor\/news\/\d+\?_rsc=/.test(response.url()), {
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Save draft' }).click();
  const response = await answer;
  expect(response.request().postData(), 'the save sends what was typed').toContain(lead);
  expect(response.status()).toBe(200);
  await expect(page.getByText('Draft saved.')).toBeVisible();
  const refreshed = await refresh;
  // The refresh streams in after its headers; Chromium does not always report the end of such a stream to the
  // test, so it gets two seconds at most.
  await Promise.race([refreshed.finished(), page.waitForTimeout(2_000)]);
}
