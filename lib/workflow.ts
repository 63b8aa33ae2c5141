// The workflow of a news item's working copy (DESIGN.md section 3), as data.
import type { ContentKind } from './content-kinds';
import { can, contentAction, type ContentVerb, type Role } from './permissions';

export const statuses = ['draft', 'in_review', 'changes_requested', 'scheduled', 'published', 'unpublished'] as const;
export type Status = (typeof statuses)[number];

export const statusLabels: Record<Status, string> = {
  draft: 'Draft',
  in_review: 'In review',
  changes_requested: 'Changes requested',
  scheduled: 'Scheduled',
  published: 'Published',
  unpublished: 'Unpublished',
};

/** A comment in an item's thread; `changes_requested` came with "Request changes". */
export const commentPurposes = ['comment', 'changes_requested'] as const;
export type CommentPurpose = (typeof commentPurposes)[number];

export const transitionNames = ['submit', 'withdraw', 'approve', 'requestChanges', 'unpublish'] as const;
export type TransitionName = (typeof transitionNames)[number];

interface TransitionRule {
  from: readonly Status[];
  /** Approving with a future "Publish at" leads to `scheduled` instead. */
  to: Status;
  /** Checked for the item's kind (`news.approve`, `pages.approve`, …). */
  verb: ContentVerb;
  /** The button that triggers it. */
  label: string;
  needsComment?: boolean;
}

export const transitions: Record<TransitionName, TransitionRule> = {
  submit: { from: ['draft', 'changes_requested'], to: 'in_review', verb: 'submit', label: 'Submit for review' },
  withdraw: { from: ['in_review', 'scheduled'], to: 'draft', verb: 'withdraw', label: 'Withdraw' },
  approve: { from: ['in_review'], to: 'published', verb: 'approve', label: 'Approve and publish' },
  requestChanges: {
    from: ['in_review'],
    to: 'changes_requested',
    verb: 'requestChanges',
    label: 'Request changes',
    needsComment: true,
  },
  unpublish: { from: ['published'], to: 'unpublished', verb: 'unpublish', label: 'Unpublish' },
};

export function canTransition(name: TransitionName, from: Status): boolean {
  return transitions[name].from.includes(from);
}

/** The steps open from `status` to someone with `roles`, on an item of `kind`: the buttons the workspace shows. */
export function availableTransitions(kind: ContentKind, status: Status, roles: readonly Role[]): TransitionName[] {
  return transitionNames.filter((name) => canTransition(name, status) && can(roles, contentAction(kind, transitions[name].verb)));
}

/** The state after an approval: scheduled when "Publish at" lies in the future. */
export function approvalTarget(publishAt: Date | null, now: Date): Status {
  return publishAt && publishAt.getTime() > now.getTime() ? 'scheduled' : 'published';
}

/**
 * The state after "Save draft". Editing a published, unpublished or scheduled item starts a new draft (the live
 * version stays public); saving while in review or with changes requested keeps that state.
 */
export function statusAfterSave(current: Status): Status {
  return current === 'in_review' || current === 'changes_requested' ? current : 'draft';
}
