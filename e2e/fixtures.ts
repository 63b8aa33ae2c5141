import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

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

/** Every page visited through `visit` is checked by axe after it loads. */
export const test = base.extend<{ visit: (path: string) => Promise<void> }>({
  visit: async ({ page }, provide) => {
    await provide(async (path: string) => {
      const response = await page.goto(path);
      expect(response?.status(), `status of ${path}`).toBeLessThan(400);
      await expectNoAxeViolations(page);
    });
  },
});

export { expect };

export const capturedItem = {
  slug: 'sixth-meeting-of-permanent-conference-of-organized-crime-prosecutors',
  title: 'OSCE supports sixth meeting of Permanent Conference of Organized Crime Prosecutors',
  issuedBy: ['OSCE Secretariat', 'Transnational Threats Department', 'OSCE Mission to Serbia'],
};

export const draftSlug = 'draft-regional-workshop-on-safe-storage-of-small-arms';
