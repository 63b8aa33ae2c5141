import type { Metadata } from 'next';
import { PreviewBanner } from '@/components/editor/preview-banner';
import { AboutPageContent } from '@/components/site/about-page-content';
import { getMediaLookup } from '@/db/queries/media';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';
import { loadItem } from '../../../load-item';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

export default async function PagePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id, item, revision } = await loadItem('page', params);
  const media = await getMediaLookup(mediaIdsInRichText(revision.body));
  return (
    <PreviewBanner version={item.version} status={item.status} editHref={`/editor/pages/${id}`}>
      <AboutPageContent title={revision.title} lead={revision.lead} body={revision.body} media={media} />
    </PreviewBanner>
  );
}
