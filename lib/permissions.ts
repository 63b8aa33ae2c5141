import { contentKindInfo, contentKinds, type ContentKind, type ContentScope } from './content-kinds';

// The role × action matrix. Every server action and editorial query checks it; the UI only mirrors it.
export const roles = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

/** What may be done to an item of a content kind; each kind has its own (`news.approve`, `pages.approve`, …). */
export const contentVerbs = [
  'view',
  'create',
  'edit',
  'submit',
  'withdraw',
  'approve',
  'requestChanges',
  'unpublish',
  'restore',
  'comment',
] as const;
export type ContentVerb = (typeof contentVerbs)[number];
type ContentAction = `${ContentScope}.${ContentVerb}`;

const otherActions = [
  'workspace.enter',
  'review.queue',
  /** See the media library and choose images from it. */
  'media.view',
  /** Upload, describe and delete (when unused) images. */
  'media.manage',
  'users.manage',
  'taxonomy.manage',
  'audit.view',
] as const;

export type Action = ContentAction | (typeof otherActions)[number];

/** The permission to do `verb` to an item of `kind`. */
export function contentAction(kind: ContentKind, verb: ContentVerb): Action {
  return `${contentKindInfo[kind].scope}.${verb}`;
}

const everyKind = (verbs: readonly ContentVerb[]): Action[] => contentKinds.flatMap((kind) => verbs.map((verb) => contentAction(kind, verb)));

const editor: Action[] = [
  'workspace.enter',
  ...everyKind(['view', 'create', 'edit', 'submit', 'withdraw', 'restore', 'comment']),
  'media.view',
  'media.manage',
];
const reviewer: Action[] = [...editor, ...everyKind(['approve', 'requestChanges', 'unpublish']), 'review.queue'];
const admin: Action[] = [...reviewer, 'users.manage', 'taxonomy.manage', 'audit.view'];

/** Every action of the matrix, for tests that go through all of them. */
export const actions: readonly Action[] = [...otherActions, ...everyKind(contentVerbs)];

export const permissionMatrix: Record<Role, ReadonlySet<Action>> = {
  editor: new Set(editor),
  reviewer: new Set(reviewer),
  admin: new Set(admin),
};

/** True when any of the user's roles allows the action. */
export function can(userRoles: readonly Role[], action: Action): boolean {
  return userRoles.some((role) => permissionMatrix[role]?.has(action));
}

/** Whoever performs an editorial operation, as checked against the database for this request. */
export interface Actor {
  id: number;
  name: string;
  roles: Role[];
}
