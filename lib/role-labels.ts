import type { Role } from './permissions';

export const roleLabels: Record<Role, string> = { editor: 'Editor', reviewer: 'Reviewer', admin: 'Admin' };

export const roleDescriptions: Record<Role, string> = {
  editor: 'writes and edits news items and pages, submits them for review',
  reviewer: 'also approves, requests changes and unpublishes',
  admin: 'also manages users, taxonomy and the audit log',
};

export function formatRoles(roles: readonly Role[]): string {
  return roles.length ? roles.map((r) => roleLabels[r]).join(', ') : 'No role';
}
