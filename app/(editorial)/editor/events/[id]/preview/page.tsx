import type { Metadata } from 'next';
import { PreviewBanner } from '@/components/editor/preview-banner';
import { EventContent } from '@/components/site/event-content';
import { getDb } from '@/db/index';
import { namesOf, publicationLinks } from '@/db/queries/editorial-choices';
import { getMediaLookup } from '@/db/queries/media';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { loadItem } from '../../../load-item';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

export default async function EventPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id, item, revision } = await loadItem('event', params);
  const db = getDb();
  const [structures, fields, [country], [series], publications, media] = await Promise.all([
    namesOf(db, 'structures', revision.structureIds),
    namesOf(db, 'fields', revision.fieldIds),
    namesOf(db, 'countries', revision.countryId ? [revision.countryId] : []),
    namesOf(db, 'series', revision.seriesId ? [revision.seriesId] : []),
    publicationLinks(db, revision.publicationIds),
    getMediaLookup(mediaIdsInRichText(revision.body)),
  ]);
  return (
    <PreviewBanner version={item.version} status={item.status} editHref={`/editor/events/${id}`}>
      <EventContent
        {...revision}
        media={media}
        country={country ?? null}
        series={series ?? null}
        structures={structures}
        fields={fields}
        publications={publications}
        calendarHref={null}
      />
    </PreviewBanner>
  );
}
