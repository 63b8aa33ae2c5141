import 'server-only';
import { sql } from 'drizzle-orm';
import type { PageInput } from '@/lib/validation/page';
import { selectRows, type Transaction } from '../index';
import { checkImages } from '../queries/media-usage';
import { pageRevisions, pages } from '../schema';
import { commonInput, commonRevisionValues } from './common-fields';
import type { WorkflowKind } from './kind';

/**
 * A page may not sit under itself, however many levels down: the chosen parent's whole line of ancestors is
 * read. Checked when a draft is saved and again when it is approved, since another page may have moved since.
 */
async function refuseParent(tx: Transaction, id: number | null, parentId: number | null): Promise<string | null> {
  if (parentId === null) return null;
  if (parentId === id) return 'A page cannot be placed under itself.';
  const line = await selectRows<{ id: number }>(
    tx,
    sql`with recursive up(id, parent_id, depth) as (
          select id, parent_id, 0 from pages where id = ${parentId}
          union all
          select p.id, p.parent_id, up.depth + 1 from pages p join up on p.id = up.parent_id where up.depth < 64
        )
        select id from up`,
  );
  if (line.length === 0) return 'The chosen parent page does not exist.';
  if (id !== null && line.some((row) => row.id === id)) return 'That would place the page under one of its own sub-pages.';
  return null;
}

async function check(tx: Transaction, input: PageInput, id: number | null): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  const parentError = await refuseParent(tx, id, input.parentId || null);
  if (parentError) errors.parentId = parentError;
  Object.assign(errors, await checkImages(tx, input.body));
  return errors;
}

export const pageKind: WorkflowKind<PageInput> = {
  kind: 'page',
  live: pages,
  revisions: pageRevisions,
  itemColumn: pageRevisions.pageId,
  itemKey: 'pageId',
  liveColumns: ['slug', 'parentId', 'title', 'lead', 'body'],
  revisionValues: (input) => ({ ...commonRevisionValues(input), parentId: input.parentId || null }),
  toInput: (revision) => ({ ...commonInput(revision), parentId: (revision.parentId as number | null) ?? 0 }),
  check,
  media: { body: 'body' },
  refuseApproval: async (tx, id, revision) => {
    const problem = await refuseParent(tx, id, (revision.parentId as number | null) ?? null);
    return problem ? `${problem} Choose another parent page and save before approving.` : null;
  },
};
