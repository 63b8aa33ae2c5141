import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ItemWorkspace } from '@/components/editor/item-workspace';
import { getChoices } from '@/db/queries/editorial-choices';
import { getMediaLookup } from '@/db/queries/media';
import { getEditorialItem } from '@/db/queries/revisions';
import { workflowKinds } from '@/db/workflow/kinds';
import { requireUser } from '@/lib/auth/session';
import { timeZoneNames } from '@/lib/event-time';
import { toMediaPreview } from '@/lib/media/types';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { availableTransitions } from '@/lib/workflow';
import { addCommentAction } from '../../actions';
import { transitionEventAction } from '../actions';
import { EventForm } from '../event-form.client';

export const metadata: Metadata = { title: 'Edit event', robots: { index: false } };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser('events.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialItem(user, 'event', id);
  if (!data) notFound();
  const { item, revision } = data;
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
