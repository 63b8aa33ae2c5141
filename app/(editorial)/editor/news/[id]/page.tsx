import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEditorialNewsItem, getTermOptions } from '@/db/queries/editorial-news';
import { getMediaLookup } from '@/db/queries/media';
import { requireUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { toMediaPreview } from '@/lib/media/types';
import { mediaIdsUsedBy } from '@/lib/rich-text/normalize';
import { availableTransitions } from '@/lib/workflow';
import { CommentThread } from '@/components/editor/comment-thread';
import { PreviewAndHistory } from '@/components/editor/preview-and-history';
import { StatusPanel } from '@/components/editor/status-panel';
import { VersionProvider } from '@/components/editor/version-context.client';
import { addCommentAction } from '../../actions';
import { transitionNewsItemAction } from '../actions';
import { NewsItemForm } from '../news-item-form.client';

export const metadata: Metadata = { title: 'Edit news item', robots: { index: false } };

export default async function EditNewsItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser('news.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialNewsItem(user, id);
  if (!data) notFound();
  const terms = await getTermOptions(user);
  const { item, revision } = data;
  const media = await getMediaLookup(mediaIdsUsedBy(revision));
  const images = [...media.values()].map(toMediaPreview);
  const available = availableTransitions('news_item', item.status, user.roles);

  return (
    <VersionProvider initial={item.version}>
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div>
        <p className="text-sm text-muted">
          <Link href="/editor/news">News items</Link> / Edit
        </p>
        <h1 className="mt-1 text-3xl font-bold text-brand-900">{revision.title}</h1>
        <div className="mt-6">
          <NewsItemForm
            itemId={item.id}
            version={item.version}
            terms={terms}
            images={images}
            initialValues={{
              title: revision.title,
              slug: revision.slug,
              type: revision.type,
              lead: revision.lead,
              body: revision.body,
              imageId: revision.imageId,
              issuedOn: revision.issuedOn,
              publishAt: revision.publishAt ? revision.publishAt.toISOString() : '',
              structureIds: revision.structureIds,
              fieldIds: revision.fieldIds,
              countryIds: revision.countryIds,
            }}
          />
        </div>
      </div>
      <aside aria-label="Status, history and comments" className="space-y-6">
        <StatusPanel
          id={item.id}
          status={item.status}
          version={item.version}
          liveHref={item.publishedAt ? `/news/${item.slug}` : null}
          available={available}
          transition={transitionNewsItemAction}
        >
          <p className="mt-2 text-sm text-muted">
            Revision {item.version}
            {data.lastChangedBy ? `, last changed by ${data.lastChangedBy}` : ''} on {formatDateTime(revision.createdAt)}.
          </p>
          {item.status === 'scheduled' && item.publishAt ? (
            <p className="mt-2 text-sm">Goes live on {formatDateTime(item.publishAt)}.</p>
          ) : null}
          {item.publishedRevision && item.publishedRevision !== item.version ? (
            <p className="mt-2 text-sm">The public page shows revision {item.publishedRevision}.</p>
          ) : null}
          {data.actorIsAuthor && available.includes('approve') ? (
            <p className="mt-2 text-sm">You edited this version, so another reviewer must approve it.</p>
          ) : null}
        </StatusPanel>
        <PreviewAndHistory editHref={`/editor/news/${item.id}`} />
        <CommentThread kind="news_item" id={item.id} comments={data.comments} addComment={addCommentAction} />
      </aside>
    </div>
    </VersionProvider>
  );
}
