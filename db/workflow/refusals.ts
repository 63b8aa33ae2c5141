import 'server-only';
import { conflict, forbidden, invalid } from '@/lib/action-result';
import { formatDateTime } from '@/lib/format';
import type { ContentKind } from '@/lib/content-kinds';
import { can, contentAction, type Actor } from '@/lib/permissions';
import { canTransition, statusLabels, transitions, type Status, type TransitionName } from '@/lib/workflow';

type Refusal =
  | { status: 'invalid'; fieldErrors: Record<string, string>; message: string }
  | { status: 'forbidden' | 'conflict'; message: string };

/** Checks that need no database: the role may take this step, and a required comment is there. */
export function refuseTransitionInput(actor: Actor, kind: ContentKind, name: TransitionName, comment: string): Refusal | null {
  const rule = transitions[name];
  if (!can(actor.roles, contentAction(kind, rule.verb))) return forbidden();
  if (rule.needsComment && !comment) return invalid({ comment: 'Say what needs to change: a comment is required.' });
  if (comment.length > 5000) return invalid({ comment: 'Keep the comment to 5,000 characters or fewer.' });
  return null;
}

/** The step must be open from the current state. */
export function refuseFromState(name: TransitionName, status: Status): Refusal | null {
  if (canTransition(name, status)) return null;
  return conflict(
    `This is now "${statusLabels[status]}", so "${transitions[name].label}" is no longer possible. Reload to see its current state.`,
  );
}

/** Someone saved after the person opened the page: say who and when, and that their text is still there. */
export function staleConflict(latest: { name: string | null; at: Date } | undefined, doing: string): Refusal {
  const who = latest?.name ?? 'someone else';
  const when = latest ? formatDateTime(latest.at) : 'recently';
  return conflict(
    `${who} changed this on ${when}, after you opened it, so ${doing} was not done. Your text is still in the form: copy what you need, reload to see their version, then apply your changes again.`,
  );
}

export const FOUR_EYES_MESSAGE = 'You made changes to this version, so another reviewer must approve it (four eyes).';
