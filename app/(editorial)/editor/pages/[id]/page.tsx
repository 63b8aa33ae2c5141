import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getMediaLookup } from '@/db/queries/media';
import { getEditorialPage, listEditorialPages } from '@/db/queries/editorial-pages';
import { requireUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { toMediaPreview } from '@/lib/media/types';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { availableTransitions } from '@/lib/workflow';
import { CommentThread } from '@/components/editor/comment-thread';
import { PreviewAndHistory } from '@/components/editor/preview-and-history';
import { StatusPanel } from '@/components/editor/status-panel';
import { VersionProvider } from '@/components/editor/version-context.client';
import { addCommentAction } from '../../actions';
import { transitionPageAction } from '../actions';
import { PageForm } from '../page-form.client';

export const metadata: Metadata = { title: 'Edit page', robots: { index: false } };

export default async function EditPagePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser('pages.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialPage(user, id);
  if (!data) notFound();
  const { page, revision, history } = data;
  const images = [...(await getMediaLookup(mediaIdsInRichText(revision.body))).values()].map(toMediaPreview);
  const parents = (await listEditorialPages(user)).filter((p) => p.id !== id).map(({ id, title }) => ({ id, title }));
  const available = availableTransitions('page', page.status, user.roles);

  return (
    <VersionProvider initial={page.version}>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <p className="text-sm text-muted">
            <Link href="/editor/pages">Pages</Link> / Edit
          </p>
          <h1 className="mt-1 text-3xl font-bold text-brand-900">{revision.title}</h1>
          <div className="mt-6">
            <PageForm
              id={id}
              parents={parents}
              images={images}
              initialValues={{
                title: revision.title,
                slug: revision.slug,
                parentId: revision.parentId ?? 0,
                lead: revision.lead,
                body: revision.body,
                publishAt: revision.publishAt ? revision.publishAt.toISOString() : '',
              }}
            />
          </div>
        </div>
        <aside aria-label="Status, history and comments" className="space-y-6">
          <StatusPanel
            id={id}
            status={page.status}
            version={page.version}
            liveHref={page.publishedAt ? `/about/${page.slug}` : null}
            available={available}
            transition={transitionPageAction}
          />
          <PreviewAndHistory editHref={`/editor/pages/${id}`} />
          <CommentThread kind="page" id={id} comments={data.comments} addComment={addCommentAction} />
          <section aria-labelledby="page-history-heading" className="rounded border border-line p-4">
            <h2 id="page-history-heading" className="text-lg font-semibold">
              Revisions
            </h2>
            <ol className="mt-2 space-y-1 text-sm">
              {history.map((h) => (
                <li key={h.number}>
                  Revision {h.number}, {formatDateTime(h.createdAt)}
                  {h.author ? ` by ${h.author}` : ''}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </VersionProvider>
  );
}
