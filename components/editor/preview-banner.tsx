import Link from 'next/link';
import { statusLabels, type Status } from '@/lib/workflow';

/** Above a preview in the public template: which revision it is, and that the public does not see it yet. */
export function PreviewBanner({ version, status, editHref, children }: { version: number; status: Status; editHref: string; children: React.ReactNode }) {
  return (
    <div className="-mx-4 sm:-mx-6">
      <div role="note" aria-label="Preview" className="border-y-4 border-amber-500 bg-amber-50 px-4 py-3 sm:px-6">
        <p className="font-semibold">
          Preview — revision {version} ({statusLabels[status]}). This is not what the public sees until it is approved.{' '}
          <Link href={editHref}>Back to editing</Link>
        </p>
      </div>
      <div className="py-6">{children}</div>
    </div>
  );
}
