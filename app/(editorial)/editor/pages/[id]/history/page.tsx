import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chooseRevisions, RevisionHistory } from '@/components/editor/revision-history';
import { getEditorialPage, getPageRevision, listEditorialPages } from '@/db/queries/editorial-pages';
import { getMediaLookup } from '@/db/queries/media';
import { listRevisions } from '@/db/queries/revisions';
import { requireUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { richTextToReadableText } from '@/lib/rich-text/text';
import { restorePageRevisionAction } from '../../actions';

export const metadata: Metadata = { title: 'History', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PageHistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const user = await requireUser('pages.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialPage(user, id);
  if (!data) notFound();
  const revisions = await listRevisions(user, 'page', id);
  const latest = data.page.version;
  const { a, b } = chooseRevisions(revisions.map((r) => r.number), latest, await searchParams);
  const [before, after, pages] = await Promise.all([getPageRevision(user, id, a), getPageRevision(user, id, b), listEditorialPages(user)]);
  const media = await getMediaLookup([...mediaIdsInRichText(before?.body), ...mediaIdsInRichText(after?.body)]);
  const parent = (parentId: number | null) => (parentId ? (pages.find((p) => p.id === parentId)?.title ?? `page ${parentId}`) : 'None (top level)');
  const describe = (mediaId: number) => `library image ${mediaId}${media.get(mediaId) ? '' : ', deleted'}`;
  const rows: [string, string, string][] =
    before && after
      ? [
          ['Title', before.title, after.title],
          ['Slug', before.slug, after.slug],
          ['Parent page', parent(before.parentId), parent(after.parentId)],
          ['Publish at', before.publishAt ? formatDateTime(before.publishAt) : '', after.publishAt ? formatDateTime(after.publishAt) : ''],
          ['Lead', before.lead, after.lead],
          ['Body', richTextToReadableText(before.body, describe), richTextToReadableText(after.body, describe)],
        ]
      : [];
  return (
    <RevisionHistory
      editHref={`/editor/pages/${id}`}
      id={id}
      title={data.revision.title}
      revisions={revisions}
      latest={latest}
      a={a}
      b={b}
      rows={rows}
      restore={restorePageRevisionAction}
    />
  );
}
