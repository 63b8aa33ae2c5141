import { statuses, statusLabels, type Status } from '@/lib/workflow';

/** The GET form above a workspace list: status and words of the title; `children` adds hidden fields. */
export function StatusFilterForm({ label, status, q, textLabel, children }: { label: string; status?: Status; q: string; textLabel: string; children?: React.ReactNode }) {
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-3" aria-label={label}>
      <div>
        <label htmlFor="status" className="block text-sm font-semibold">
          Status
        </label>
        <select id="status" name="status" defaultValue={status ?? ''} className="rounded border border-muted/70 px-2 py-1.5">
          <option value="">Any</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="q" className="block text-sm font-semibold">
          {textLabel}
        </label>
        <input id="q" name="q" type="search" defaultValue={q} className="rounded border border-muted/70 px-2 py-1.5" />
      </div>
      {children}
      <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800">
        Filter
      </button>
    </form>
  );
}
