import Link from 'next/link';
import type { WorkingCopyRow } from '@/db/queries/working-copies';
import { contentKindInfo } from '@/lib/content-kinds';
import { formatDateTime } from '@/lib/format';
import { statusLabels } from '@/lib/workflow';

/** Working copies with their state; `showKind` adds a column naming each row's kind (lists of several kinds). */
export function ContentTable({ rows, caption, showKind = false }: { rows: WorkingCopyRow[]; caption: string; showKind?: boolean }) {
  if (rows.length === 0) return <p className="text-muted">Nothing here.</p>;
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line text-sm text-muted">
          <th scope="col" className="py-2 pr-3 font-semibold">
            Title
          </th>
          {showKind ? (
            <th scope="col" className="py-2 pr-3 font-semibold">
              Kind
            </th>
          ) : null}
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
          <tr key={`${row.kind}-${row.id}`} className="border-b border-line align-top">
            <td className="py-2 pr-3">
              <Link href={`${contentKindInfo[row.kind].editorPath}/${row.id}`}>{row.title}</Link>
              {row.live && row.status !== 'published' ? <span className="ml-2 text-sm text-muted">(a version is live)</span> : null}
            </td>
            {showKind ? <td className="py-2 pr-3 whitespace-nowrap">{contentKindInfo[row.kind].singular}</td> : null}
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
