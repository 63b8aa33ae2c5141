import type { Metadata } from 'next';
import { PreviewBanner } from '@/components/editor/preview-banner';
import { PublicationContent } from '@/components/site/publication-content';
import { getDb } from '@/db/index';
import { getDocumentFilesByIds } from '@/db/queries/document-files';
import { namesOf } from '@/db/queries/editorial-choices';
import { getMediaLookup } from '@/db/queries/media';
import { loadItem } from '../../../load-item';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

export default async function PublicationPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id, item, revision } = await loadItem('publication', params);
  const db = getDb();
  const [structures, fields, countries, files, media] = await Promise.all([
    namesOf(db, 'structures', revision.structureIds),
    namesOf(db, 'fields', revision.fieldIds),
    namesOf(db, 'countries', revision.countryIds),
    getDocumentFilesByIds(revision.fileIds, db),
    getMediaLookup(revision.coverId ? [revision.coverId] : []),
  ]);
  return (
    <PreviewBanner version={item.version} status={item.status} editHref={`/editor/publications/${id}`}>
      <PublicationContent
        {...revision}
        structures={structures}
        fields={fields}
        countries={countries}
        cover={revision.coverId ? (media.get(revision.coverId) ?? null) : null}
        files={files}
      />
    </PreviewBanner>
  );
}
