import type { Metadata } from 'next';
import { ItemWorkspace } from '@/components/editor/item-workspace';
import { getChoices } from '@/db/queries/editorial-choices';
import { getMediaLookup } from '@/db/queries/media';
import { workflowKinds } from '@/db/workflow/kinds';
import { timeZoneNames } from '@/lib/event-time';
import { toMediaPreview } from '@/lib/media/types';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { availableTransitions } from '@/lib/workflow';
import { addCommentAction } from '../../actions';
import { transitionEventAction } from '../actions';
import { EventForm } from '../event-form.client';
import { loadItem } from '../../load-item';

export const metadata: Metadata = { title: 'Edit event', robots: { index: false } };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, id, item, revision, ...data } = await loadItem('event', params);
  const [choices, media] = await Promise.all([getChoices(user, 'event'), getMediaLookup(mediaIdsInRichText(revision.body))]);
  return (
    <ItemWorkspace
      kind="event"
      id={id}
      title={revision.title}
      item={item}
      liveHref={item.publishedAt ? `/events/${item.slug}` : null}
      available={availableTransitions('event', item.status, user.roles)}
      transition={transitionEventAction}
      addComment={addCommentAction}
      comments={data.comments}
      history={data.history}
    >
      <EventForm
        id={id}
        images={[...media.values()].map(toMediaPreview)}
        initialValues={workflowKinds.event.toInput(revision)}
        choices={{ ...choices, timeZones: timeZoneNames() }}
      />
    </ItemWorkspace>
  );
}
