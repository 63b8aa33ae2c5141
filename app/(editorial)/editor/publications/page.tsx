import type { Metadata } from 'next';
import { KindList } from '@/components/editor/kind-list';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Publications', robots: { index: false } };

export default async function EditorialPublicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('publications.view');
  return <KindList kinds={['publication']} actor={user} params={await searchParams} intro="Reports, guides, handbooks, factsheets, decisions and speeches, with their PDF files." />;
}
