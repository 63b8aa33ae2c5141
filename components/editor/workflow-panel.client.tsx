'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import { transitions, type TransitionName } from '@/lib/workflow';
import { useVersion } from './version-context.client';

export type TransitionAction = (input: {
  id: number;
  version: number;
  name: TransitionName;
  comment?: string;
}) => Promise<ActionResult<{ status: string }>>;

interface WorkflowPanelProps {
  id: number;
  /** The server action of the item's kind that takes the step. */
  transition: TransitionAction;
  /** The revision shown on this page: approvals are bound to it. */
  version: number;
  available: TransitionName[];
}

/** The workflow buttons for the item's current state and the person's roles. */
export function WorkflowPanel({ id, version: renderedVersion, available, transition }: WorkflowPanelProps) {
  const version = useVersion()?.version ?? renderedVersion;
  const router = useRouter();
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [commentError, setCommentError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(name: TransitionName) {
    setBusy(true);
    setMessage(null);
    setCommentError(null);
    try {
      const result = await transition({ id, version, name, comment: comment || undefined });
      if (result.status === 'success') {
        setComment('');
        setMessage({ ok: true, text: result.message ?? 'Done.' });
        router.refresh();
      } else {
        if (result.status === 'invalid' && result.fieldErrors.comment) setCommentError(result.fieldErrors.comment);
        setMessage({ ok: false, text: result.status === 'invalid' ? (result.fieldErrors.comment ?? result.message) : result.message });
      }
    } catch {
      setMessage({ ok: false, text: 'The server could not be reached. Nothing was changed; try again.' });
    } finally {
      setBusy(false);
    }
  }

  if (available.length === 0) return <p className="text-sm text-muted">No workflow step is open to you in this state.</p>;
  const needsComment = available.some((name) => transitions[name].needsComment);

  return (
    <div className="space-y-3">
      <div aria-live="polite" role="status">
        {message ? (
          <p className={message.ok ? 'text-green-900' : 'font-semibold text-red-900'}>{message.text}</p>
        ) : null}
      </div>
      {needsComment ? (
        <div>
          <label htmlFor="workflow-comment" className="font-semibold">
            Comment
          </label>
          <textarea
            id="workflow-comment"
            rows={3}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? 'workflow-comment-error' : 'workflow-comment-hint'}
            className="mt-1 block w-full rounded border border-muted/70 px-2 py-1"
          />
          <p id="workflow-comment-hint" className="text-sm text-muted">
            Required for “Request changes”.
          </p>
          {commentError ? (
            <p id="workflow-comment-error" className="text-sm font-semibold text-red-800">
              {commentError}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {available.map((name) => (
          <button
            key={name}
            type="button"
            disabled={busy}
            onClick={() => run(name)}
            className={
              name === 'approve'
                ? 'rounded bg-green-800 px-3 py-2 font-semibold text-white hover:bg-green-900 disabled:opacity-60'
                : 'rounded border border-brand-700 px-3 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60'
            }
          >
            {transitions[name].label}
          </button>
        ))}
      </div>
    </div>
  );
}
