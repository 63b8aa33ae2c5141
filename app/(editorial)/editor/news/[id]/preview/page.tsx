import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PreviewBanner } from '@/components/editor/preview-banner';
import { NewsArticle } from '@/components/news/news-article';
import { getEditorialNewsItem, getPreview } from '@/db/queries/editorial-news';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser('news.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialNewsItem(user, id);
  if (!data) notFound();
  const item = await getPreview(user, data.revision);
  return (
    <PreviewBanner version={data.item.version} status={data.item.status} editHref={`/editor/news/${id}`}>
      <NewsArticle item={item} />
    </PreviewBanner>
  );
}
