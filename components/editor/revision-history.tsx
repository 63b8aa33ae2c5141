import Link from 'next/link';
import { formatDateTime } from '@/lib/format';
import { RestoreButton, type RestoreAction } from './restore-button.client';
import { TextDiff } from './text-diff';

export interface RevisionEntry {
  number: number;
  createdAt: Date;
  author: string | null;
  title: string;
}

interface RevisionHistoryProps {
  /** The item's page in the workspace, e.g. `/editor/pages/12`. */
  editHref: string;
  id: number;
  title: string;
  revisions: RevisionEntry[];
  /** The working copy's number. */
  latest: number;
  a: number;
  b: number;
  /** Each field as label, text in revision `a`, text in revision `b`. */
  rows: [string, string, string][];
  restore: RestoreAction;
}

/** Picks the two revisions from a query string: numbers that exist, else the working copy and the one before. */
export function chooseRevisions(numbers: number[], latest: number, query: Record<string, unknown>): { a: number; b: number } {
  const pick = (value: unknown, fallback: number) => (numbers.includes(Number(value)) ? Number(value) : fallback);
  const b = pick(query.b, latest);
  return { a: pick(query.a, Math.max(1, b - 1)), b };
}

/** An item's revisions, a word diff between any two, and restore; the same page for every kind. */
export function RevisionHistory({ editHref, id, title, revisions, latest, a, b, rows, restore }: RevisionHistoryProps) {
  const numbers = revisions.map((r) => r.number);
  return (
    <div>
      <p className="text-sm text-muted">
        <Link href={editHref}>Back to editing</Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">History: {title}</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3" aria-label="Choose revisions to compare">
        {(
          [
            ['a', 'Compare revision', a],
            ['b', 'with revision', b],
          ] as const
        ).map(([name, label, value]) => (
          <div key={name}>
            <label htmlFor={`rev-${name}`} className="block text-sm font-semibold">
              {label}
            </label>
            <select id={`rev-${name}`} name={name} defaultValue={value} className="rounded border border-muted/70 px-2 py-1.5">
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800">
          Compare
        </button>
      </form>
      <section aria-labelledby="diff-heading" className="mt-6">
        <h2 id="diff-heading" className="text-xl font-semibold">
          Changes from revision {a} to revision {b}
        </h2>
        <dl className="mt-3 divide-y divide-line rounded border border-line">
          {rows.map(([label, x, y]) => (
            <div key={label} className="grid gap-2 p-3 sm:grid-cols-[10rem_1fr]">
              <dt className="font-semibold">{label}</dt>
              <dd>
                <TextDiff before={x} after={y} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="revisions-heading" className="mt-8">
        <h2 id="revisions-heading" className="text-xl font-semibold">
          Revisions
        </h2>
        <ol className="mt-3 space-y-2">
          {revisions.map((r) => (
            <li key={r.number} className="flex flex-wrap items-center gap-3 border-b border-line pb-2">
              <span className="font-semibold">Revision {r.number}</span>
              <span className="text-sm text-muted">
                {formatDateTime(r.createdAt)}
                {r.author ? ` by ${r.author}` : ''} — {r.title}
              </span>
              {r.number === latest ? (
                <span className="text-sm">(current working copy)</span>
              ) : (
                <RestoreButton id={id} version={latest} number={r.number} restore={restore} />
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
