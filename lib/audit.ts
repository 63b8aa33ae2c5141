// What the append-only audit log records, as closed lists: the column types of `audit_log` come from here, so an
// entry of an unknown kind or action cannot be written, and every reader (the change feed, the audit page)
// handles each one.
import { contentKindInfo, contentKinds, isContentKind } from './content-kinds';
import { taxonomyKinds, taxonomyLabels } from './enums';
import { transitionNames } from './workflow';

export const auditEntityTypes = [...contentKinds, 'media', ...taxonomyKinds] as const;
export type AuditEntityType = (typeof auditEntityTypes)[number];

export const auditActions = [
  'create',
  'save',
  ...transitionNames,
  'publish_scheduled',
  'upload_media',
  'update_media',
  'delete_media',
  'update_term',
] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditActionLabels: Record<AuditAction, string> = {
  create: 'Created',
  save: 'Saved',
  submit: 'Submitted for review',
  withdraw: 'Withdrawn',
  approve: 'Approved',
  requestChanges: 'Changes requested',
  unpublish: 'Unpublished',
  publish_scheduled: 'Published on schedule',
  update_term: 'Term changed',
  upload_media: 'Image uploaded',
  update_media: 'Image details changed',
  delete_media: 'Image deleted',
};

export function auditSubjectLabel(type: AuditEntityType): string {
  if (isContentKind(type)) return contentKindInfo[type].singular;
  return type === 'media' ? 'Image' : taxonomyLabels[type].singular;
}

/** Where an entry's subject is edited in the workspace; terms are edited from their list. */
export function auditSubjectHref(type: AuditEntityType, id: number): string | null {
  if (isContentKind(type)) return `${contentKindInfo[type].editorPath}/${id}`;
  return type === 'media' ? `/editor/media/${id}` : null;
}

export function isAuditAction(value: string): value is AuditAction {
  return (auditActions as readonly string[]).includes(value);
}
