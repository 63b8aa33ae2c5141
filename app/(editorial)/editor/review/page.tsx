import type { Metadata } from 'next';
import { NewsTable } from '@/components/editor/news-table';
import { listEditorialNews } from '@/db/queries/editorial-news';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Review queue', robots: { index: false } };

export default async function ReviewQueuePage() {
  const user = await requireUser('review.queue');
  const rows = await listEditorialNews(user, { status: 'in_review' });
  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-900">Review queue</h1>
      <p className="mt-2 text-muted">News items waiting for a reviewer. You cannot approve changes you wrote yourself.</p>
      <div className="mt-6">
        <NewsTable rows={rows} caption="News items in review" />
      </div>
    </div>
  );
}
