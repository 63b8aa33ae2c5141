// Lighthouse scores (performance, accessibility, best practices, SEO), mobile and desktop, in a headless
// Chromium launched by chrome-launcher. Lighthouse's mobile profile throttles by simulation, so its performance
// score still depends on how busy the machine is: run it when nothing else loads the server.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { chromiumPath } from './browser';

export interface LighthouseScores {
  page: string;
  formFactor: 'mobile' | 'desktop';
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function lighthouseScores(urls: { page: string; url: string }[]): Promise<LighthouseScores[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const scores: LighthouseScores[] = [];
  try {
    for (const { page, url } of urls) {
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        const categories = result?.lhr.categories ?? {};
        const score = (id: string) => Math.round((categories[id]?.score ?? NaN) * 100);
        scores.push({
          page,
          formFactor,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
        });
      }
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
