import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { NewsCardList } from '@/components/news/news-card';
import { NewsArticle } from '@/components/news/news-article';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { cachedNewsItem, cachedRelatedNews } from '@/db/queries/published';
import { newsArticleJsonLd } from '@/lib/json-ld';
import { formatDate } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the page cache until a change drops it (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  const result = await cachedNewsItem(slug);
  if (result.kind === 'moved') permanentRedirect(`/news/${result.slug}`);
  if (result.kind === 'missing') notFound();
  return result.item;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const item = await load((await params).slug);
  const base = pageMetadata({ title: item.title, description: item.lead, path: `/news/${item.slug}`, type: 'article' });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: item.publishedAt.toISOString(),
      modifiedTime: item.updatedAt.toISOString(),
      images: item.image
        ? [
            {
              url: item.image.shareImage.url,
              width: item.image.shareImage.width,
              height: item.image.shareImage.height,
              alt: item.image.alt,
              type: item.image.shareImage.contentType,
            },
          ]
        : undefined,
    },
  };
}

export default async function NewsItemPage({ params }: { params: Params }) {
  const item = await load((await params).slug);
  const related = await cachedRelatedNews(item.id);

  return (
    <>
      <Breadcrumbs trail={[{ href: '/news', label: 'News' }, { label: item.title }]} />
      <NewsArticle item={item} />
      {related.length > 0 ? (
        <section aria-labelledby="related-heading" className="container-page mt-10 border-t border-line pt-6">
          <h2 id="related-heading" className="text-2xl font-semibold text-brand-900">
            Related news
          </h2>
          <NewsCardList items={related} />
        </section>
      ) : null}
      <p className="container-page mt-6">
        <Link href="/news">All news</Link> · <span className="text-muted">Issued on {formatDate(item.issuedOn)}</span>
      </p>
      <script
        type="application/ld+json"
        // JSON-LD must be raw JSON; newsArticleJsonLd escapes "<" so no text can close the script element.
        dangerouslySetInnerHTML={{ __html: newsArticleJsonLd(item) }}
      />
    </>
  );
}
