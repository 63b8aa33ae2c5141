// The role × action matrix. Every server action and editorial query checks it; the UI only mirrors it.
export const roles = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof roles)[number];

export const actions = [
  'workspace.enter',
  'news.view',
  'news.create',
  'news.edit',
  'news.submit',
  'news.withdraw',
  'news.approve',
  'news.requestChanges',
  'news.unpublish',
  'news.restore',
  'news.comment',
  'review.queue',
  'pages.edit',
  /** See the media library and choose images from it. */
  'media.view',
  /** Upload, describe and delete (when unused) images. */
  'media.manage',
  'users.manage',
  'taxonomy.manage',
  'audit.view',
] as const;
export type Action = (typeof actions)[number];

const editor: Action[] = [
  'workspace.enter',
  'news.view',
  'news.create',
  'news.edit',
  'news.submit',
  'news.withdraw',
  'news.restore',
  'news.comment',
  'pages.edit',
  'media.view',
  'media.manage',
];
const reviewer: Action[] = [...editor, 'news.approve', 'news.requestChanges', 'news.unpublish', 'review.queue'];
const admin: Action[] = [...reviewer, 'users.manage', 'taxonomy.manage', 'audit.view'];

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
