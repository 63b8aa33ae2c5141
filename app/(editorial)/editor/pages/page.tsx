import type { Metadata } from 'next';
import Link from 'next/link';
import { listEditorialPages } from '@/db/queries/editorial-pages';
import { requireUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { statusLabels } from '@/lib/workflow';

export const metadata: Metadata = { title: 'Pages', robots: { index: false } };

export default async function EditorialPagesPage() {
  const user = await requireUser('pages.view');
  const rows = await listEditorialPages(user);
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">Pages</h1>
        <Link href="/editor/pages/new" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline">
          New page
        </Link>
      </div>
      <p className="mt-2 text-muted">The “About us” pages. They follow the same review workflow as news items.</p>
      <table className="mt-6 w-full border-collapse text-left">
        <caption className="sr-only">Pages</caption>
        <thead>
          <tr className="border-b border-line text-sm text-muted">
            <th scope="col" className="py-2 pr-3">Title</th>
            <th scope="col" className="py-2 pr-3">Status</th>
            <th scope="col" className="hidden py-2 sm:table-cell">Last change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line">
              <td className="py-2 pr-3">
                {row.parentId ? <span aria-hidden="true">— </span> : null}
                <Link href={`/editor/pages/${row.id}`}>{row.title}</Link>
              </td>
              <td className="py-2 pr-3">{statusLabels[row.status]}</td>
              <td className="hidden py-2 text-sm text-muted sm:table-cell">{formatDateTime(row.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
