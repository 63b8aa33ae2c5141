import type { Metadata } from 'next';
import { KindHistory } from '@/components/editor/kind-history';
import { getDb } from '@/db/index';
import { getMediaLookup } from '@/db/queries/media';
import type { RevisionOf } from '@/db/queries/revisions';
import { pages } from '@/db/schema';
import { formatDateTime } from '@/lib/format';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { richTextToReadableText } from '@/lib/rich-text/text';
import { eq } from 'drizzle-orm';
import { restorePageRevisionAction } from '../../actions';
import { itemRoute } from '../../../load-item';

export const metadata: Metadata = { title: 'History', robots: { index: false } };

async function describe(revision: RevisionOf['page']): Promise<[string, string][]> {
  const db = getDb();
  const [parent] = revision.parentId ? await db.select({ title: pages.title }).from(pages).where(eq(pages.id, revision.parentId)) : [];
  const media = await getMediaLookup(mediaIdsInRichText(revision.body));
  return [
    ['Title', revision.title],
    ['Slug', revision.slug],
    ['Parent page', revision.parentId ? (parent?.title ?? `page ${revision.parentId}`) : 'None (top level)'],
    ['Publish at', revision.publishAt ? formatDateTime(revision.publishAt) : ''],
    ['Lead', revision.lead],
    ['Body', richTextToReadableText(revision.body, (id) => `library image ${id}${media.get(id) ? '' : ', deleted'}`)],
  ];
}

export default async function PageHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, id } = await itemRoute('page', params);
  return <KindHistory kind="page" actor={user} id={id} query={await searchParams} describe={describe} restore={restorePageRevisionAction} />;
}
