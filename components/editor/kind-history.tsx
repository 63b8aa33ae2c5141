import { notFound } from 'next/navigation';
import { getEditorialItem, getRevision, listRevisions, type RevisionOf } from '@/db/queries/revisions';
import { contentKindInfo, type ContentKind } from '@/lib/content-kinds';
import type { Actor } from '@/lib/permissions';
import type { RestoreAction } from './restore-button.client';
import { chooseRevisions, RevisionHistory } from './revision-history';

interface KindHistoryProps<K extends ContentKind> {
  kind: K;
  actor: Actor;
  id: number;
  query: Record<string, string | string[] | undefined>;
  /** A revision's fields as label and readable text, in the same order for every revision. */
  describe: (revision: RevisionOf[K]) => Promise<[string, string][]>;
  restore: RestoreAction;
}

/** The history page of an item of any kind: its revisions, the diff of two chosen ones field by field, restore. */
export async function KindHistory<K extends ContentKind>({ kind, actor, id, query, describe, restore }: KindHistoryProps<K>) {
  const data = await getEditorialItem(actor, kind, id);
  if (!data) notFound();
  const revisions = await listRevisions(actor, kind, id);
  const latest = data.item.version;
  const { a, b } = chooseRevisions(
    revisions.map((r) => r.number),
    latest,
    query,
  );
  const [before, after] = await Promise.all([getRevision(actor, kind, id, a), getRevision(actor, kind, id, b)]);
  const [left, right] = before && after ? await Promise.all([describe(before), describe(after)]) : [[], []];
  const rows = left.map(([label, text], i): [string, string, string] => [label, text, right[i]?.[1] ?? '']);
  return (
    <RevisionHistory
      editHref={`${contentKindInfo[kind].editorPath}/${id}`}
      id={id}
      title={data.revision.title}
      revisions={revisions}
      latest={latest}
      a={a}
      b={b}
      rows={rows}
      restore={restore}
    />
  );
}
