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
import { NewsItemForm } from '../news-item-form.client';
import { StatusPanel } from '../../status-panel';
import { CommentForm } from './comment-form.client';
import { VersionProvider } from './version-context.client';

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
        <div className="flex items-center gap-4">
          {/* "Preview" is a button (DESIGN.md); a GET form keeps it working without JavaScript. */}
          <form action={`/editor/news/${item.id}/preview`} method="get">
            <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800 hover:bg-brand-50">
              Preview
            </button>
          </form>
          <Link href={`/editor/news/${item.id}/history`}>History</Link>
        </div>
        <section aria-labelledby="comments-heading" className="rounded border border-line p-4">
          <h2 id="comments-heading" className="text-lg font-semibold">
            Comments
          </h2>
          {data.comments.length ? (
            <ol className="mt-2 space-y-3">
              {data.comments.map((c) => (
                <li key={c.id} className="border-l-4 border-line pl-3">
                  <p className="text-sm text-muted">
                    {c.author ?? 'Someone'} · {formatDateTime(c.createdAt)}
                    {c.kind === 'changes_requested' ? <strong className="ml-1 text-amber-900">Changes requested</strong> : null}
                  </p>
                  <p className="whitespace-pre-line">{c.body}</p>
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-2 text-sm text-muted">No comments yet.</p>
          )}
          <CommentForm id={item.id} />
        </section>
      </aside>
    </div>
    </VersionProvider>
  );
}
