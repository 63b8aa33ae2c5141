import Link from 'next/link';
import { statusLabels, type Status, type TransitionName } from '@/lib/workflow';
import { WorkflowPanel, type TransitionAction } from './workflow-panel.client';

interface StatusPanelProps {
  id: number;
  status: Status;
  version: number;
  /** The public address while a version is live. */
  liveHref: string | null;
  available: TransitionName[];
  transition: TransitionAction;
  children?: React.ReactNode;
}

/** The side panel of an editable news item or page: state, what is live, and the workflow buttons. */
export function StatusPanel({ id, status, version, liveHref, available, transition, children }: StatusPanelProps) {
  return (
    <section aria-labelledby="status-heading" className="rounded border border-line p-4">
      <h2 id="status-heading" className="text-lg font-semibold">
        Status
      </h2>
      <p className="mt-1">
        <span className="rounded bg-brand-100 px-2 py-0.5 font-semibold text-brand-900" data-testid="status">
          {statusLabels[status]}
        </span>
      </p>
      {children}
      {liveHref ? (
        <p className="mt-2 text-sm">
          A version is live: <Link href={liveHref}>view the public page</Link>.
        </p>
      ) : (
        <p className="mt-2 text-sm">Not public.</p>
      )}
      <div className="mt-4">
        <WorkflowPanel id={id} version={version} available={available} transition={transition} />
      </div>
    </section>
  );
}
