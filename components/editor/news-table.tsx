import Link from 'next/link';
import type { EditorialRow } from '@/db/queries/editorial-news';
import { formatDateTime } from '@/lib/format';
import { statusLabels } from '@/lib/workflow';

export function NewsTable({ rows, caption }: { rows: EditorialRow[]; caption: string }) {
  if (rows.length === 0) return <p className="text-muted">Nothing here.</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line text-sm text-muted">
          <th scope="col" className="py-2 pr-3 font-semibold">
            Title
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            Status
          </th>
          <th scope="col" className="hidden py-2 font-semibold sm:table-cell">
            Last change
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-line align-top">
            <td className="py-2 pr-3">
              <Link href={`/editor/news/${row.id}`}>{row.title}</Link>
              {row.live && row.status !== 'published' ? <span className="ml-2 text-sm text-muted">(a version is live)</span> : null}
            </td>
            <td className="py-2 pr-3 whitespace-nowrap">{statusLabels[row.status]}</td>
            <td className="hidden py-2 text-sm text-muted sm:table-cell">
              {formatDateTime(row.updatedAt)}
              {row.updatedBy ? ` by ${row.updatedBy}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
