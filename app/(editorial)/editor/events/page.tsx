import type { Metadata } from 'next';
import { KindList } from '@/components/editor/kind-list';
import { requireUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Events', robots: { index: false } };

export default async function EditorialEventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('events.view');
  return <KindList kinds={['event']} actor={user} params={await searchParams} intro="Meetings and conferences. They follow the same review workflow as news items." />;
}
