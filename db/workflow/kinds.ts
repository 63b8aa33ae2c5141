import 'server-only';
import type { ContentKind } from '@/lib/content-kinds';
import type { EventInput } from '@/lib/validation/event';
import type { NewsItemInput } from '@/lib/validation/news-item';
import type { PageInput } from '@/lib/validation/page';
import type { PublicationInput } from '@/lib/validation/publication';
import { eventKind } from './event';
import type { WorkflowKind } from './kind';
import { newsItemKind } from './news-item';
import { pageKind } from './page';
import { publicationKind } from './publication';

/** What each kind's form sends. */
export interface KindInputs {
  news_item: NewsItemInput;
  page: PageInput;
  event: EventInput;
  publication: PublicationInput;
}

/** Every kind as the workflow engine knows it (lib/content-kinds.ts lists them). */
export const workflowKinds: { [K in ContentKind]: WorkflowKind<KindInputs[K]> } = {
  news_item: newsItemKind,
  page: pageKind,
  event: eventKind,
  publication: publicationKind,
};
