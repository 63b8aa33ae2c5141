import type { Metadata } from 'next';
import Link from 'next/link';
import { ContentTable } from '@/components/editor/content-table';
import { StatusFilterForm } from '@/components/editor/status-filter-form';
import { listEditorialNews } from '@/db/queries/editorial-news';
import { requireUser } from '@/lib/auth/session';
import { statuses, type Status } from '@/lib/workflow';

export const metadata: Metadata = { title: 'News items', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EditorialNewsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('news.view');
  const params = await searchParams;
  const rawStatus = typeof params.status === 'string' ? params.status : '';
  const status = (statuses as readonly string[]).includes(rawStatus) ? (rawStatus as Status) : undefined;
  const q = typeof params.q === 'string' ? params.q.trim().slice(0, 200) : '';
  const rows = await listEditorialNews(user, { status, q: q || undefined });

  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">News items</h1>
        <Link href="/editor/news/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline">
          New news item
        </Link>
      </div>
      <StatusFilterForm label="Filter news items" status={status} q={q} textLabel="Title or slug contains" />
      <div className="mt-6">
        <ContentTable rows={rows} caption="News items" />
      </div>
    </div>
  );
}
