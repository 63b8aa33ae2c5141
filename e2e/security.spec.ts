import type { Page } from '@playwright/test';
import { demoAccounts, signIn, signOut } from './auth';
import { expect, test } from './fixtures';

const GENERIC_FAILURE = 'The email or password is incorrect, or sign-in is paused after too many attempts. Try again later.';

/** Records every Content-Security-Policy violation the page reports, from its first script on. */
async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) messages.push(message.text());
  });
  return async () => [...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)), ...messages];
}

test.describe('security headers', () => {
  test('a public page: static policy, no framing by others, the common headers', async ({ request }) => {
    const headers = (await request.get('/news')).headers();
    const policy = headers['content-security-policy'] ?? '';
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'self'", "script-src 'self' 'unsafe-inline'", "form-action 'self'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('nonce-');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).toContain('geolocation=()');
    // Served over plain http here: no HSTS, and a client cannot claim https for itself.
    expect(headers['strict-transport-security']).toBeUndefined();
    const claimed = await request.get('/news', { headers: { 'x-forwarded-proto': 'https' } });
    expect(claimed.headers()['strict-transport-security']).toBeUndefined();
  });

  test('the login page: a fresh nonce on every response, on every script, and never framed', async ({ request }) => {
    const first = await request.get('/login');
    const policy = first.headers()['content-security-policy'] ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(first.headers()['x-frame-options']).toBe('DENY');
    expect(first.headers()['x-content-type-options']).toBe('nosniff');
    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    const second = (await request.get('/login')).headers()['content-security-policy'];
    expect(second).not.toContain(nonce!);
  });

  test('a workspace page has the strict policy, and the editor, picker and upload cause no violation', async ({ page }) => {
    const violations = await recordCspViolations(page);
    await signIn(page, demoAccounts.editor);
    const response = await page.goto('/editor/news/new');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("frame-ancestors 'none'");

    const body = page.getByRole('textbox', { name: 'Body', exact: true });
    await body.click();
    await page.keyboard.type('Checked under the workspace policy.');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Heading 2' }).click();
    await page.getByRole('group', { name: 'Image' }).getByRole('button', { name: 'Choose image' }).click();
    const picker = page.getByRole('dialog', { name: 'Choose an image' });
    await expect(picker).toBeVisible();
    const upload = picker.getByRole('form', { name: 'Upload an image' });
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP4z8CAFWEXHbQSACj/P8Fu7N9hAAAAAElFTkSuQmCC',
      'base64',
    );
    await upload.getByLabel('Image file').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
    const alt = `Policy check ${Date.now()}`;
    await upload.getByLabel('Alt text').fill(alt);
    await upload.getByRole('button', { name: 'Upload image' }).click();
    await expect(page.getByRole('group', { name: 'Image' }).getByRole('img', { name: alt })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

test('a copy of the session cookie is refused after "Sign out", for pages and for server actions', async ({ page, browser }) => {
  await signIn(page, demoAccounts.reviewer);
  await page.goto('/editor/news?status=published');
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page.getByTestId('status')).toHaveText('Published');
  const publicHref = await page.getByRole('link', { name: 'view the public page' }).getAttribute('href');

  // Capture a real "Unpublish" request without letting it through, as an attacker copying it would.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route('**/editor/news/**', async (route) => {
    const request = route.request();
    if (request.method() !== 'POST' || !request.headers()['next-action']) return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    return route.abort();
  });
  await page.getByRole('button', { name: 'Unpublish' }).click();
  await expect.poll(() => captured).toBeTruthy();
  await page.unrouteAll();
  const cookies = await page.context().cookies();
  await page.reload();
  await signOut(page);

  const stale = await browser.newContext();
  await stale.addCookies(cookies);
  const replayPage = await stale.newPage();
  await replayPage.goto('/editor/news');
  await expect(replayPage).toHaveURL(/\/login\?next=%2Feditor%2Fnews/);

  const headers = Object.fromEntries(Object.entries(captured!.headers).filter(([name]) => !/^(cookie|content-length|host)$/i.test(name)));
  const replay = await stale.request.post(captured!.url, { headers, data: captured!.body });
  expect(replay.status()).toBeLessThan(500);
  expect(await replay.text()).toContain('Your session has ended. Sign in again.');
  expect((await stale.request.get(publicHref!)).status()).toBe(200);
  await stale.close();
});

test("Auth.js's own sign-out route ends the session on the server too", async ({ page, browser, baseURL }) => {
  await signIn(page, demoAccounts.editor);
  const cookies = await page.context().cookies();
  const { csrfToken } = await (await page.request.get('/api/auth/csrf')).json();
  const response = await page.request.post('/api/auth/signout', { form: { csrfToken }, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect(response.status()).toBeLessThan(400);
  const stale = await browser.newContext();
  await stale.addCookies(cookies);
  const replayPage = await stale.newPage();
  await replayPage.goto('/editor');
  await expect(replayPage).toHaveURL(/\/login\?next=%2Feditor/);
  await stale.close();
});

test('a server action posted from another site answers 403 and changes nothing', async ({ request, baseURL }) => {
  for (const path of ['/news', '/login', '/editor/news']) {
    const response = await request.post(path, {
      headers: { origin: 'https://evil.example', 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
      data: '[]',
      maxRedirects: 0,
    });
    expect(response.status(), path).toBe(403);
  }
  const form = await request.post('/login', { headers: { origin: 'https://evil.example' }, multipart: { email: 'a@b.c' }, maxRedirects: 0 });
  expect(form.status()).toBe(403);
  // From the site itself, the same (unknown) action gets past the origin check.
  const own = await request.post('/login', {
    headers: { origin: baseURL!, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
    data: '[]',
    maxRedirects: 0,
  });
  expect(own.status()).not.toBe(403);
});

test('sign-in limits count the real address: a forged X-Forwarded-For neither resets them nor locks a colleague out', async ({ page, browser, baseURL }) => {
  const stamp = Date.now();
  const person = { name: `Throttle Person ${stamp}`, email: `throttle-${stamp}@example.org`, password: 'throttle-password-for-e2e' };
  await signIn(page, demoAccounts.admin);
  await page.goto('/editor/users');
  const form = page.getByRole('form', { name: 'Add a user' });
  await form.getByLabel('Email').fill(person.email);
  await form.getByLabel('Name').fill(person.name);
  await form.getByLabel('Initial password').fill(person.password);
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(form.getByRole('status')).toContainText(`${person.name} can now sign in`);

  const attacker = await browser.newContext();
  const attackerPage = await attacker.newPage();
  const attempt = async (password: string, forwardedFor: string) => {
    await attackerPage.setExtraHTTPHeaders({ 'x-forwarded-for': forwardedFor });
    await attackerPage.goto('/login');
    await attackerPage.getByLabel('Email').fill(person.email);
    await attackerPage.getByLabel('Password').fill(password);
    await attackerPage.getByRole('button', { name: 'Sign in' }).click();
  };
  for (let i = 1; i <= 5; i += 1) {
    await attempt(`wrong-${i}`, `203.0.113.${i}`);
    await expect(attackerPage.getByRole('alert').filter({ hasText: GENERIC_FAILURE })).toBeVisible();
  }
  // A sixth "client" claimed by the header is the same address: the right password is refused there now.
  await attempt(person.password, '198.51.100.77');
  await expect(attackerPage.getByRole('alert').filter({ hasText: GENERIC_FAILURE })).toBeVisible();
  await attacker.close();

  // The owner of the account, at another address (another loopback address here), still signs in.
  const colleague = await browser.newContext({ baseURL: baseURL!.replace('localhost', '127.0.0.2') });
  const colleaguePage = await colleague.newPage();
  await signIn(colleaguePage, person.email, person.password);
  await expect(colleaguePage.getByRole('banner')).toContainText(person.name);
  await colleague.close();
});
