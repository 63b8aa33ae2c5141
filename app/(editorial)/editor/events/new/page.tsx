import type { Metadata } from 'next';
import Link from 'next/link';
import { getChoices } from '@/db/queries/editorial-choices';
import { requireUser } from '@/lib/auth/session';
import { timeZoneNames } from '@/lib/event-time';
import { emptyEvent } from '@/lib/validation/event';
import { EventForm } from '../event-form.client';

export const metadata: Metadata = { title: 'New event', robots: { index: false } };

export default async function NewEventPage() {
  const user = await requireUser('events.create');
  const choices = await getChoices(user, 'event');
  return (
    <div className="max-w-5xl">
      <p className="text-sm text-muted">
        <Link href="/editor/events">Events</Link> / New
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">New event</h1>
      <div className="mt-6">
        <EventForm images={[]} initialValues={emptyEvent()} choices={{ ...choices, timeZones: timeZoneNames() }} />
      </div>
    </div>
  );
}
