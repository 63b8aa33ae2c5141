import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { chooseRevisions, RevisionHistory } from '@/components/editor/revision-history';
import { getEditorialNewsItem, getPreview, getRevisionForDiff } from '@/db/queries/editorial-news';
import { listRevisions } from '@/db/queries/revisions';
import type { NewsItemDetail } from '@/db/queries/news';
import { requireUser } from '@/lib/auth/session';
import { newsTypeLabels } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { richTextToReadableText } from '@/lib/rich-text/text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { restoreRevisionAction } from '../../actions';

export const metadata: Metadata = { title: 'History', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const user = await requireUser('news.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialNewsItem(user, id);
  if (!data) notFound();
  const revisions = await listRevisions(user, 'news_item', id);
  const latest = data.item.version;
  const { a, b } = chooseRevisions(revisions.map((r) => r.number), latest, await searchParams);
  const [before, after] = await Promise.all([getRevisionForDiff(user, id, a), getRevisionForDiff(user, id, b)]);
  const [beforeView, afterView] = await Promise.all([
    before ? getPreview(user, before) : null,
    after ? getPreview(user, after) : null,
  ]);
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((t) => t.name).join(', ');
  // Images are told apart by their library entry, so swapping one for another shows even with the same alt text.
  const describe = (view: NewsItemDetail) => (mediaId: number) => `library image ${mediaId}${view.media.get(mediaId) ? '' : ', deleted'}`;
  const body = (revision: { body: RichTextDoc }, view: NewsItemDetail) => richTextToReadableText(revision.body, describe(view));
  const image = (view: NewsItemDetail) => (view.image ? `${view.image.alt} (library image ${view.image.id})` : 'No image');
  const rows: [string, string, string][] =
    before && after && beforeView && afterView
      ? [
          ['Title', before.title, after.title],
          ['Slug', before.slug, after.slug],
          ['Type', newsTypeLabels[before.type], newsTypeLabels[after.type]],
          ['Issued on', before.issuedOn, after.issuedOn],
          ['Publish at', before.publishAt ? formatDateTime(before.publishAt) : '', after.publishAt ? formatDateTime(after.publishAt) : ''],
          ['Lead', before.lead, after.lead],
          ['Image', image(beforeView), image(afterView)],
          ['Body', body(before, beforeView), body(after, afterView)],
          ['Issued by', names(beforeView.issuedBy), names(afterView.issuedBy)],
          ['Fields of work', names(beforeView.fields), names(afterView.fields)],
          ['Countries', names(beforeView.countries), names(afterView.countries)],
        ]
      : [];

  return (
    <RevisionHistory
      editHref={`/editor/news/${id}`}
      id={id}
      title={data.revision.title}
      revisions={revisions}
      latest={latest}
      a={a}
      b={b}
      rows={rows}
      restore={restoreRevisionAction}
    />
  );
}
