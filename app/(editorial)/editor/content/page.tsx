import type { Metadata } from 'next';
import { KindList } from '@/components/editor/kind-list';
import { requireUser } from '@/lib/auth/session';
import { contentKinds } from '@/lib/content-kinds';

export const metadata: Metadata = { title: 'All content', robots: { index: false } };

/** Every kind's working copies in one list: where the dashboard's "All …" links lead. */
export default async function AllContentPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('workspace.enter');
  return <KindList kinds={contentKinds} actor={user} params={await searchParams} />;
}
