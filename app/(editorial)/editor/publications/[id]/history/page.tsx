import type { Metadata } from 'next';
import { KindHistory } from '@/components/editor/kind-history';
import { getDb } from '@/db/index';
import { getDocumentFilesByIds } from '@/db/queries/document-files';
import { namesOf } from '@/db/queries/editorial-choices';
import type { RevisionOf } from '@/db/queries/revisions';
import { downloadLabel } from '@/lib/documents';
import { documentLanguageName, publicationTypeLabels } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { restorePublicationRevisionAction } from '../../actions';
import { itemRoute } from '../../../load-item';

export const metadata: Metadata = { title: 'History', robots: { index: false } };

async function describe(revision: RevisionOf['publication']): Promise<[string, string][]> {
  const db = getDb();
  const [structures, fields, countries, files] = await Promise.all([
    namesOf(db, 'structures', revision.structureIds),
    namesOf(db, 'fields', revision.fieldIds),
    namesOf(db, 'countries', revision.countryIds),
    getDocumentFilesByIds(revision.fileIds, db),
  ]);
  const names = (list: { name: string }[]) => list.map((t) => t.name).join(', ');
  return [
    ['Title', revision.title],
    ['Slug', revision.slug],
    ['Type', publicationTypeLabels[revision.type]],
    ['Published on', revision.publishedOn],
    ['Language of the document', documentLanguageName(revision.language)],
    ['Summary', revision.summary],
    ['Files', files.map((f) => `${f.name} — ${downloadLabel(f)}`).join('\n')],
    ['Cover', revision.coverId ? `library image ${revision.coverId}` : 'No cover'],
    ['Publish at', revision.publishAt ? formatDateTime(revision.publishAt) : ''],
    ['Issued by', names(structures)],
    ['Fields of work', names(fields)],
    ['Countries', names(countries)],
  ];
}

export default async function PublicationHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, id } = await itemRoute('publication', params);
  return <KindHistory kind="publication" actor={user} id={id} query={await searchParams} describe={describe} restore={restorePublicationRevisionAction} />;
}
