import type { ContentKind } from '@/lib/content-kinds';
import { formatDateTime } from '@/lib/format';
import type { CommentPurpose } from '@/lib/workflow';
import { CommentForm, type AddCommentAction } from './comment-form.client';

interface ThreadComment {
  id: number;
  body: string;
  purpose: CommentPurpose;
  createdAt: Date;
  author: string | null;
}

/** An item's comments, a "Request changes" comment marked, and a form to add one; the same for every kind. */
export function CommentThread({ kind, id, comments, addComment }: { kind: ContentKind; id: number; comments: ThreadComment[]; addComment: AddCommentAction }) {
  return (
    <section aria-labelledby="comments-heading" className="rounded border border-line p-4">
      <h2 id="comments-heading" className="text-lg font-semibold">
        Comments
      </h2>
      {comments.length ? (
        <ol className="mt-2 space-y-3">
          {comments.map((c) => (
            <li key={c.id} className="border-l-4 border-line pl-3">
              <p className="text-sm text-muted">
                {c.author ?? 'Someone'} · {formatDateTime(c.createdAt)}
                {c.purpose === 'changes_requested' ? <strong className="ml-1 text-amber-900">Changes requested</strong> : null}
              </p>
              <p className="whitespace-pre-line">{c.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-muted">No comments yet.</p>
      )}
      <CommentForm kind={kind} id={id} addComment={addComment} />
    </section>
  );
}
