import type { Metadata } from 'next';
import { ItemWorkspace } from '@/components/editor/item-workspace';
import { listEditorialPages } from '@/db/queries/editorial-pages';
import { getMediaLookup } from '@/db/queries/media';
import { workflowKinds } from '@/db/workflow/kinds';
import { toMediaPreview } from '@/lib/media/types';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { availableTransitions } from '@/lib/workflow';
import { addCommentAction } from '../../actions';
import { transitionPageAction } from '../actions';
import { PageForm } from '../page-form.client';
import { loadItem } from '../../load-item';

export const metadata: Metadata = { title: 'Edit page', robots: { index: false } };

export default async function EditPagePage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id, item, revision, ...data } = await loadItem('page', params);
  const [media, pages] = await Promise.all([getMediaLookup(mediaIdsInRichText(revision.body)), listEditorialPages(user)]);
  return (
    <ItemWorkspace
      kind="page"
      id={id}
      title={revision.title}
      item={item}
      liveHref={item.publishedAt ? `/about/${item.slug}` : null}
      available={availableTransitions('page', item.status, user.roles)}
      transition={transitionPageAction}
      addComment={addCommentAction}
      comments={data.comments}
      history={data.history}
    >
      <PageForm
        id={id}
        parents={pages.filter((p) => p.id !== id).map(({ id, title }) => ({ id, title }))}
        images={[...media.values()].map(toMediaPreview)}
        initialValues={workflowKinds.page.toInput(revision)}
      />
    </ItemWorkspace>
  );
}
