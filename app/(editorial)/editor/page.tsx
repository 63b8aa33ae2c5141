import type { Metadata } from 'next';
import Link from 'next/link';
import { ContentTable } from '@/components/editor/content-table';
import { getDashboard } from '@/db/queries/editorial-news';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Dashboard', robots: { index: false } };

export default async function DashboardPage() {
  const user = await requireUser('workspace.enter');
  const d = await getDashboard(user);
  const sections = [
    { id: 'my-drafts', title: 'My drafts', data: d.myDrafts, href: '/editor/content?status=draft,changes_requested&mine=1' },
    { id: 'awaiting-review', title: 'Awaiting review', data: d.awaitingReview, href: '/editor/review' },
    { id: 'changes-requested', title: 'Changes requested', data: d.changesRequested, href: '/editor/content?status=changes_requested' },
    { id: 'scheduled', title: 'Scheduled', data: d.scheduled, href: '/editor/content?status=scheduled' },
    { id: 'recently-published', title: 'Recently published', data: d.recentlyPublished, href: '/editor/content?status=published' },
  ];
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">Dashboard</h1>
        <Link href="/editor/news/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline">
          New news item
        </Link>
      </div>
      <div className="mt-6 grid gap-8 xl:grid-cols-2">
        {sections.map((s) => (
          <section key={s.id} aria-labelledby={s.id}>
            <h2 id={s.id} className="text-xl font-semibold text-brand-900">
              {s.title} <span className="text-base font-normal text-muted">({s.data.total})</span>
            </h2>
            <div className="mt-2">
              <ContentTable rows={s.data.items} caption={s.title} showKind />
            </div>
            {s.data.total > s.data.items.length ? (
              <p className="mt-2">
                <Link href={s.href}>All {s.data.total}</Link>
              </p>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  );
}
