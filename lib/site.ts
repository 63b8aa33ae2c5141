export const siteName = 'Organization for Security and Co-operation in Europe';
export const siteShortName = 'OSCE';

/** Absolute origin used for canonical URLs, feeds and the sitemap. */
export function siteUrl(): string {
  const configured = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return configured.replace(/\/+$/, '');
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith('/') ? path : `/${path}`}`;
}
