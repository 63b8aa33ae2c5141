import type { Metadata } from 'next';
import { ItemWorkspace } from '@/components/editor/item-workspace';
import { getDocumentFilesByIds } from '@/db/queries/document-files';
import { getChoices } from '@/db/queries/editorial-choices';
import { getMediaLookup } from '@/db/queries/media';
import { workflowKinds } from '@/db/workflow/kinds';
import { toMediaPreview } from '@/lib/media/types';
import { availableTransitions } from '@/lib/workflow';
import { addCommentAction } from '../../actions';
import { transitionPublicationAction } from '../actions';
import { PublicationForm } from '../publication-form.client';
import { loadItem } from '../../load-item';

export const metadata: Metadata = { title: 'Edit publication', robots: { index: false } };

export default async function EditPublicationPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id, item, revision, ...data } = await loadItem('publication', params);
  const [choices, media, files] = await Promise.all([
    getChoices(user, 'publication'),
    getMediaLookup(revision.coverId ? [revision.coverId] : []),
    getDocumentFilesByIds(revision.fileIds),
  ]);
  return (
    <ItemWorkspace
      kind="publication"
      id={id}
      title={revision.title}
      item={item}
      liveHref={item.publishedAt ? `/publications/${item.slug}` : null}
      available={availableTransitions('publication', item.status, user.roles)}
      transition={transitionPublicationAction}
      addComment={addCommentAction}
      comments={data.comments}
      history={data.history}
    >
      <PublicationForm
        id={id}
        images={[...media.values()].map(toMediaPreview)}
        files={files}
        initialValues={workflowKinds.publication.toInput(revision)}
        choices={choices}
      />
    </ItemWorkspace>
  );
}
