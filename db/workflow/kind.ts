import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { ContentKind } from '@/lib/content-kinds';
import type { Transaction } from '../index';

/** The live table of a kind: its content columns hold the published version, plus the workflow's own columns. */
export type LiveTable = PgTable & {
  id: AnyPgColumn;
  slug: AnyPgColumn;
  status: AnyPgColumn;
  version: AnyPgColumn;
  publishedAt: AnyPgColumn;
  publishedRevision: AnyPgColumn;
  publishAt: AnyPgColumn;
  updatedAt: AnyPgColumn;
  updatedBy: AnyPgColumn;
};

/** The revisions of a kind: every save of the working copy, numbered per item. */
export type RevisionTable = PgTable & {
  number: AnyPgColumn;
  authorId: AnyPgColumn;
  createdAt: AnyPgColumn;
  publishAt: AnyPgColumn;
  slug: AnyPgColumn;
  title: AnyPgColumn;
};

/** What a revision holds besides its item, number and author: the kind's content columns. */
export type RevisionValues = Record<string, unknown> & { slug: string; publishAt: Date | null };

/** Where a kind's items and revisions are kept, and what publishing one does besides copying columns. */
export type KindStorage = Pick<WorkflowKind<unknown>, 'kind' | 'live' | 'revisions' | 'itemColumn' | 'itemKey' | 'liveColumns' | 'onPublish'>;

/**
 * A kind of content as the workflow engine sees it: where its items and revisions live, how a form's input
 * becomes a revision and a revision the live version, and what must be checked. Everything else (states,
 * transitions, four eyes, locking, comments, audit, scheduling) is the engine's, the same for every kind.
 */
export interface WorkflowKind<Input> {
  kind: ContentKind;
  live: LiveTable;
  revisions: RevisionTable;
  /** The revisions' column naming the item, and its key in a row. */
  itemColumn: AnyPgColumn;
  itemKey: string;
  /** Content columns a revision shares with the live row: copied when it goes live, and while nothing is. */
  liveColumns: readonly string[];
  revisionValues(input: Input): RevisionValues;
  /** The form's values again, from a stored revision (restoring an old revision saves these). */
  toInput(revision: Record<string, unknown>): Input;
  /** Field errors for what the input refers to (terms, images, a parent); the engine checks the slug. */
  check(tx: Transaction, input: Input, itemId: number | null): Promise<Record<string, string>>;
  /** A sentence when the revision can no longer go live as it is (checked again at approval). */
  refuseApproval?(tx: Transaction, itemId: number, revision: Record<string, unknown>): Promise<string | null>;
  /** The columns (keys of both tables) that hold images: a lead image or cover, and a rich-text body. */
  media?: { image?: string; body?: string };
  /** Work of the kind's own when a revision goes live (its term tables). */
  onPublish?(tx: Transaction, itemId: number, revision: Record<string, unknown>): Promise<void>;
}
