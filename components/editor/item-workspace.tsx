import Link from 'next/link';
import { contentKindInfo, type ContentKind } from '@/lib/content-kinds';
import { formatDateTime } from '@/lib/format';
import type { Status, TransitionName } from '@/lib/workflow';
import type { AddCommentAction } from './comment-form.client';
import { CommentThread } from './comment-thread';
import { PreviewAndHistory } from './preview-and-history';
import { StatusPanel } from './status-panel';
import { VersionProvider } from './version-context.client';
import type { TransitionAction } from './workflow-panel.client';

interface ItemWorkspaceProps {
  kind: ContentKind;
  id: number;
  /** The working copy's title. */
  title: string;
  item: { status: Status; version: number };
  liveHref: string | null;
  available: TransitionName[];
  transition: TransitionAction;
  addComment: AddCommentAction;
  comments: Parameters<typeof CommentThread>[0]['comments'];
  history: { number: number; createdAt: Date; author: string | null }[];
  /** The kind's form. */
  children: React.ReactNode;
}

/**
 * The edit page of an item of any kind: its form, and beside it the status with the workflow buttons, preview
 * and history, the comment thread and the latest revisions.
 */
export function ItemWorkspace({ kind, id, title, item, liveHref, available, transition, addComment, comments, history, children }: ItemWorkspaceProps) {
  const info = contentKindInfo[kind];
  const editHref = `${info.editorPath}/${id}`;
  return (
    <VersionProvider initial={item.version}>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div>
          <p className="text-sm text-muted">
            <Link href={info.editorPath}>{info.plural}</Link> / Edit
          </p>
          <h1 className="mt-1 text-3xl font-bold text-brand-900">{title}</h1>
          <div className="mt-6">{children}</div>
        </div>
        <aside aria-label="Status, history and comments" className="space-y-6">
          <StatusPanel id={id} status={item.status} version={item.version} liveHref={liveHref} available={available} transition={transition} />
          <PreviewAndHistory editHref={editHref} />
          <CommentThread kind={kind} id={id} comments={comments} addComment={addComment} />
          <section aria-labelledby="revisions-heading" className="rounded border border-line p-4">
            <h2 id="revisions-heading" className="text-lg font-semibold">
              Revisions
            </h2>
            <ol className="mt-2 space-y-1 text-sm">
              {history.map((h) => (
                <li key={h.number}>
                  Revision {h.number}, {formatDateTime(h.createdAt)}
                  {h.author ? ` by ${h.author}` : ''}
                </li>
              ))}
            </ol>
          </section>
        </aside>
      </div>
    </VersionProvider>
  );
}
