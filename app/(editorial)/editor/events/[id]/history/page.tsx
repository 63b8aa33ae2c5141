import type { Metadata } from 'next';
import { KindHistory } from '@/components/editor/kind-history';
import { getDb } from '@/db/index';
import { namesOf, publicationLinks } from '@/db/queries/editorial-choices';
import { getMediaLookup } from '@/db/queries/media';
import type { RevisionOf } from '@/db/queries/revisions';
import { eventStatusLabels } from '@/lib/enums';
import { formatEventRange } from '@/lib/event-time';
import { formatDateTime } from '@/lib/format';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { richTextToReadableText } from '@/lib/rich-text/text';
import { restoreEventRevisionAction } from '../../actions';
import { itemRoute } from '../../../load-item';

export const metadata: Metadata = { title: 'History', robots: { index: false } };

async function describe(revision: RevisionOf['event']): Promise<[string, string][]> {
  const db = getDb();
  const [structures, fields, country, series, publications, media] = await Promise.all([
    namesOf(db, 'structures', revision.structureIds),
    namesOf(db, 'fields', revision.fieldIds),
    namesOf(db, 'countries', revision.countryId ? [revision.countryId] : []),
    namesOf(db, 'series', revision.seriesId ? [revision.seriesId] : []),
    publicationLinks(db, revision.publicationIds),
    getMediaLookup(mediaIdsInRichText(revision.body)),
  ]);
  const names = (list: { name: string }[]) => list.map((t) => t.name).join(', ');
  return [
    ['Title', revision.title],
    ['Slug', revision.slug],
    ['When', formatEventRange(revision.startsAt, revision.endsAt, revision.timeZone)],
    ['Venue', revision.venue],
    ['City', revision.city],
    ['Country', names(country)],
    ['Online', revision.online ? 'Yes' : 'No'],
    ['Meeting series', names(series)],
    ['Event status', eventStatusLabels[revision.eventStatus]],
    ['Publish at', revision.publishAt ? formatDateTime(revision.publishAt) : ''],
    ['Lead', revision.lead],
    ['Body', richTextToReadableText(revision.body, (id) => `library image ${id}${media.get(id) ? '' : ', deleted'}`)],
    ['Organised by', names(structures)],
    ['Fields of work', names(fields)],
    ['Publications', publications.map((p) => p.title).join(', ')],
  ];
}

export default async function EventHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, id } = await itemRoute('event', params);
  return <KindHistory kind="event" actor={user} id={id} query={await searchParams} describe={describe} restore={restoreEventRevisionAction} />;
}
