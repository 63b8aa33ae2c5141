import Link from 'next/link';
import { getDb } from '@/db/index';
import { listWorkingCopies } from '@/db/queries/working-copies';
import { contentKindInfo, type ContentKind } from '@/lib/content-kinds';
import type { Actor } from '@/lib/permissions';
import { statuses, type Status } from '@/lib/workflow';
import { ContentTable } from './content-table';
import { StatusFilterForm } from './status-filter-form';

type SearchParams = Record<string, string | string[] | undefined>;

interface KindListProps {
  /** One kind (its list, with "New …"), or several side by side. */
  kinds: readonly ContentKind[];
  actor: Actor;
  params: SearchParams;
  heading?: string;
  intro?: string;
}

/** The workspace list of working copies of one kind or several, filtered by status, title and "mine". */
export async function KindList({ kinds, actor, params, heading, intro }: KindListProps) {
  const info = kinds.length === 1 ? contentKindInfo[kinds[0]!] : null;
  const title = heading ?? info?.plural ?? 'All content';
  // One status from the form, or a list from a link ("draft,changes_requested" for "My drafts").
  const chosen = (typeof params.status === 'string' ? params.status.split(',') : []).filter((s): s is Status => (statuses as readonly string[]).includes(s));
  const status = chosen.length === 1 ? chosen[0] : undefined;
  const q = typeof params.q === 'string' ? params.q.trim().slice(0, 200) : '';
  const mine = params.mine === '1';
  const rows = await listWorkingCopies(getDb(), actor, { kinds, statuses: chosen.length ? chosen : undefined, title: q || undefined, mine, limit: 200 });
  return (
    <div>
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        {info ? (
          <Link href={`${info.editorPath}/new`} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline">
            New {info.singular.toLowerCase()}
          </Link>
        ) : null}
      </div>
      {intro ? <p className="mt-2 text-muted">{intro}</p> : null}
      <StatusFilterForm label={`Filter ${title.toLowerCase()}`} status={status} q={q} textLabel="Title contains">
        {mine ? <input type="hidden" name="mine" value="1" /> : null}
      </StatusFilterForm>
      <div className="mt-6">
        {mine ? (
          <p className="mb-2">
            Only items you wrote a revision of. <Link href={`?${new URLSearchParams(status ? { status } : {}).toString()}`}>Show everyone’s</Link>
          </p>
        ) : null}
        <ContentTable rows={rows} caption={title} showKind={!info} />
      </div>
    </div>
  );
}
