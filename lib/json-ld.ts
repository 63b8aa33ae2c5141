import type { NewsItemDetail } from '@/db/queries/news';
import { absoluteUrl, siteName } from './site';

/** schema.org NewsArticle for a news item, serialised safely for a <script> element. */
export function newsArticleJsonLd(item: NewsItemDetail): string {
  const url = absoluteUrl(`/news/${item.slug}`);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: item.title,
    description: item.lead,
    datePublished: item.publishedAt.toISOString(),
    dateModified: item.updatedAt.toISOString(),
    mainEntityOfPage: url,
    url,
    author: item.issuedBy.map((s) => ({
      '@type': 'Organization',
      name: s.name,
      url: absoluteUrl(`/structures/${s.slug}`),
    })),
    publisher: { '@type': 'Organization', name: siteName, url: absoluteUrl('/') },
    about: item.fields.map((f) => ({ '@type': 'Thing', name: f.name })),
    ...(item.image
      ? {
          image: {
            '@type': 'ImageObject',
            url: absoluteUrl(item.image.shareImage.url),
            width: item.image.shareImage.width,
            height: item.image.shareImage.height,
            caption: item.image.caption || undefined,
            creditText: item.image.credit || undefined,
          },
        }
      : {}),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
