import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { NewsArticle } from '@/components/news/news-article';
import { getEditorialNewsItem, getPreview } from '@/db/queries/editorial-news';
import { requireUser } from '@/lib/auth/session';
import { statusLabels } from '@/lib/workflow';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser('news.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialNewsItem(user, id);
  if (!data) notFound();
  const item = await getPreview(user, data.revision);
  return (
    <div className="-mx-4 sm:-mx-6">
      <div role="note" aria-label="Preview" className="border-y-4 border-amber-500 bg-amber-50 px-4 py-3 sm:px-6">
        <p className="font-semibold">
          Preview — revision {data.item.version} ({statusLabels[data.item.status]}). This is not what the public sees until it is approved.{' '}
          <Link href={`/editor/news/${id}`}>Back to editing</Link>
        </p>
      </div>
      <div className="py-6">
        <NewsArticle item={item} />
      </div>
    </div>
  );
}
