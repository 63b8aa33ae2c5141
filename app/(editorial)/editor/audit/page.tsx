import type { Metadata } from 'next';
import Link from 'next/link';
import { listAuditActors, listAuditEntries } from '@/db/queries/audit';
import { requireUser } from '@/lib/auth/session';
import { auditActionLabels, auditSubjectHref, auditSubjectLabel, isAuditAction, type AuditEntityType } from '@/lib/audit';
import { formatDateTime } from '@/lib/format';
import { statusLabels } from '@/lib/workflow';

export const metadata: Metadata = { title: 'Audit log', robots: { index: false } };

function AuditSubject({ type, id, title, deleted }: { type: AuditEntityType; id: number; title: string | null; deleted: boolean }) {
  const href = deleted ? null : auditSubjectHref(type, id);
  const text = title ?? `${auditSubjectLabel(type)} #${id}`;
  return href ? <Link href={href}>{text}</Link> : <>{text}</>;
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser('audit.view');
  const params = await searchParams;
  const action = typeof params.action === 'string' && isAuditAction(params.action) ? params.action : undefined;
  const actorId = Number(params.actor) > 0 ? Number(params.actor) : undefined;
  const entityId = Number(params.item) > 0 ? Number(params.item) : undefined;
  const [entries, actors] = await Promise.all([listAuditEntries(user, { action, actorId, entityId }), listAuditActors(user)]);

  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-900">Audit log</h1>
      <p className="mt-2 text-muted">Every workflow step, newest first. Entries cannot be changed or deleted.</p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
        <div>
          <label htmlFor="action" className="block text-sm font-semibold">
            Step
          </label>
          <select id="action" name="action" defaultValue={action ?? ''} className="rounded border border-muted/70 px-2 py-1.5">
            <option value="">Any</option>
            {Object.entries(auditActionLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="actor" className="block text-sm font-semibold">
            Person
          </label>
          <select id="actor" name="actor" defaultValue={actorId ?? ''} className="rounded border border-muted/70 px-2 py-1.5">
            <option value="">Anyone</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="item" className="block text-sm font-semibold">
            News item number
          </label>
          <input id="item" name="item" inputMode="numeric" defaultValue={entityId ?? ''} className="w-28 rounded border border-muted/70 px-2 py-1.5" />
        </div>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800">
          Filter
        </button>
      </form>
      <table className="mt-6 w-full border-collapse text-left text-sm">
        <caption className="sr-only">Audit entries</caption>
        <thead>
          <tr className="border-b border-line text-muted">
            <th scope="col" className="py-2 pr-3">When</th>
            <th scope="col" className="py-2 pr-3">Who</th>
            <th scope="col" className="py-2 pr-3">Step</th>
            <th scope="col" className="py-2 pr-3">Subject</th>
            <th scope="col" className="py-2 pr-3">From → to</th>
            <th scope="col" className="py-2">Comment</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-line align-top">
              <td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(e.createdAt)}</td>
              <td className="py-2 pr-3">{e.actor ?? 'Scheduler'}</td>
              <td className="py-2 pr-3">{auditActionLabels[e.action]}</td>
              <td className="py-2 pr-3">
                <AuditSubject type={e.entityType} id={e.entityId} title={e.title} deleted={e.action === 'delete_media'} />
                {e.revision ? <span className="text-muted"> (rev. {e.revision})</span> : null}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">
                {e.fromStatus ? statusLabels[e.fromStatus] : '—'} → {e.toStatus ? statusLabels[e.toStatus] : '—'}
              </td>
              <td className="py-2 whitespace-pre-line">{e.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {entries.length === 0 ? <p className="mt-4 text-muted">No entries match.</p> : null}
    </div>
  );
}
