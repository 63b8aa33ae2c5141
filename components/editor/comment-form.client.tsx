'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import type { ContentKind } from '@/lib/content-kinds';

export type AddCommentAction = (input: { kind: ContentKind; id: number; comment: string }) => Promise<ActionResult<null>>;

export function CommentForm({ kind, id, addComment }: { kind: ContentKind; id: number; addComment: AddCommentAction }) {
  const router = useRouter();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);

  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={async (event) => {
        event.preventDefault();
        const result = await addComment({ kind, id, comment });
        if (result.status === 'success') {
          setComment('');
          setError(null);
          router.refresh();
        } else setError(result.status === 'invalid' ? (result.fieldErrors.comment ?? result.message) : result.message);
      }}
    >
      <label htmlFor="new-comment" className="font-semibold">
        Add a comment
      </label>
      <textarea
        id="new-comment"
        rows={2}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        aria-describedby={error ? 'new-comment-error' : undefined}
        className="block w-full rounded border border-muted/70 px-2 py-1"
      />
      {error ? (
        <p id="new-comment-error" role="alert" className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <button type="submit" className="rounded border border-brand-700 px-3 py-1 font-semibold text-brand-800">
        Add comment
      </button>
    </form>
  );
}
