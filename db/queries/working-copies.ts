import 'server-only';
import { getTableName, sql, type SQL } from 'drizzle-orm';
import { contentKinds, type ContentKind } from '@/lib/content-kinds';
import { can, contentAction, type Actor } from '@/lib/permissions';
import type { Status } from '@/lib/workflow';
import { selectRows, type Executor } from '../index';
import { workflowKinds } from '../workflow/kinds';

// The working copies of every kind in one list: the dashboard and the review queue show news items, pages and
// whatever kind comes next side by side. Each kind keeps its live rows and its revisions in tables of its own
// (db/workflow/kinds.ts).


export interface WorkingCopyRow {
  kind: ContentKind;
  id: number;
  title: string;
  status: Status;
  updatedAt: Date;
  updatedBy: string | null;
  /** A version of the item is public. */
  live: boolean;
}

interface Filter {
  /** Only these kinds (of those the actor may view). */
  kinds?: readonly ContentKind[];
  statuses?: Status[];
  /** Title contains (any case). */
  title?: string;
  /** Only items the actor wrote a revision of. */
  mine?: boolean;
  order?: 'updated' | 'publishAt';
  limit?: number;
}

function workingCopies(kind: ContentKind, actorId: number): SQL {
  // The revisions table is read twice under two aliases, so its names are written out rather than qualified.
  const { live, revisions, itemColumn } = workflowKinds[kind];
  const [t, r, item] = [sql.identifier(getTableName(live)), sql.identifier(getTableName(revisions)), sql.identifier(itemColumn.name)];
  return sql`select ${kind}::text as kind, i.id, w.title, i.status::text as status, i.updated_at, i.publish_at,
      u.name as updated_by, i.published_at is not null as live,
      exists (select 1 from ${r} a where a.${item} = i.id and a.author_id = ${actorId}) as mine
    from ${t} i
    join ${r} w on w.${item} = i.id and w.number = i.version
    left join users u on u.id = i.updated_by`;
}

/** Every working copy of the kinds the actor may view, as one relation. */
function visibleCopies(actor: Actor, only: readonly ContentKind[] = contentKinds): SQL {
  const kinds = only.filter((kind) => can(actor.roles, contentAction(kind, 'view')));
  if (kinds.length === 0) return sql`(select null::text as kind where false)`;
  return sql`(${sql.join(
    kinds.map((kind) => workingCopies(kind, actor.id)),
    sql` union all `,
  )})`;
}

function conditions({ statuses, mine, title }: Filter): SQL {
  const parts: SQL[] = [sql`true`];
  if (title) parts.push(sql`c.title ilike ${`%${title.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (statuses?.length) parts.push(sql`c.status in (${sql.join(statuses.map((s) => sql`${s}`), sql`, `)})`);
  if (mine) parts.push(sql`c.mine`);
  return sql.join(parts, sql` and `);
}

export async function listWorkingCopies(db: Executor, actor: Actor, filter: Filter): Promise<WorkingCopyRow[]> {
  const order = filter.order === 'publishAt' ? sql`c.publish_at asc nulls last` : sql`c.updated_at desc`;
  const rows = await selectRows<{ kind: ContentKind; id: number; title: string; status: Status; updated_at: Date | string; updated_by: string | null; live: boolean }>(
    db,
    sql`select c.kind, c.id, c.title, c.status, c.updated_at, c.updated_by, c.live from ${visibleCopies(actor, filter.kinds)} c
        where ${conditions(filter)} order by ${order}, c.id desc limit ${filter.limit ?? 50}`,
  );
  return rows.map((row) => ({
    kind: row.kind,
    id: Number(row.id),
    title: row.title,
    status: row.status,
    updatedAt: new Date(row.updated_at),
    updatedBy: row.updated_by,
    live: row.live,
  }));
}

/** How many working copies of the visible kinds are in each state, and how many of the actor's are drafts. */
export async function countWorkingCopies(db: Executor, actor: Actor) {
  const rows = await selectRows<{ status: Status; n: number | string; mine_drafts: number | string }>(
    db,
    sql`select c.status, count(*) as n, count(*) filter (where c.mine and c.status in ('draft', 'changes_requested')) as mine_drafts
        from ${visibleCopies(actor)} c group by c.status`,
  );
  const byStatus = new Map(rows.map((row) => [row.status, Number(row.n)]));
  return {
    of: (status: Status) => byStatus.get(status) ?? 0,
    myDrafts: rows.reduce((sum, row) => sum + Number(row.mine_drafts), 0),
  };
}
