import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type BrowserContext, type Page } from '@playwright/test';
import { type DemoAccount, restoreSession } from './auth';

/**
 * Fails the test with the list of violations when axe finds any on the current page.
 *
 * Legacy mode runs axe once inside the page. The default mode also opens a blank page, injects axe a second time
 * and merges the results there, which doubles the time of every check on a busy machine; it exists for
 * cross-origin frames, and the site has no frames.
 */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .setLegacyMode()
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, 'axe violations').toEqual([]);
}

type Fixtures = {
  /** Every page visited through `visit` is checked by axe after it loads. */
  visit: (path: string) => Promise<void>;
  /**
   * A page in a browser context of its own, as one person on their own machine: signed in as a demo account, or
   * an anonymous visitor. The contexts are closed when the test ends, so that no page left open (an editor form
   * sends a heartbeat every 20 seconds) keeps working through the rest of the run.
   */
  pageOf: (person: DemoAccount | 'visitor') => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  visit: async ({ page }, provide) => {
    await provide(async (path: string) => {
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBeLessThan(400);
      await expectNoAxeViolations(page);
    });
  },
  pageOf: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (person) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      if (person !== 'visitor') await restoreSession(page, person);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };

export const capturedItem = {
  slug: 'sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors',
  title: 'OSCE supports sixth meeting of Permanent Conference of Organized Crime Prosecutors',
  issuedBy: ['OSCE Secretariat', 'Transnational Threats Department', 'OSCE Mission to Serbia'],
};

export const draftSlug = 'draft-regional-workshop-on-safe-storage-of-small-arms';
