import type { Metadata } from 'next';
import { ContentTable } from '@/components/editor/content-table';
import { getReviewQueue } from '@/db/queries/editorial-news';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Review queue', robots: { index: false } };

export default async function ReviewQueuePage() {
  const user = await requireUser('review.queue');
  const rows = await getReviewQueue(user);
  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-900">Review queue</h1>
      <p className="mt-2 text-muted">News items and pages waiting for a reviewer. You cannot approve changes you wrote yourself.</p>
      <div className="mt-6">
        <ContentTable rows={rows} caption="Waiting for review" showKind />
      </div>
    </div>
  );
}
