import 'server-only';
import type { ContentKind } from '@/lib/content-kinds';
import { newsItems, pages } from '../schema';

/** The table holding the live row (and working-copy state) of each kind's items. */
export const contentKindTables = { news_item: newsItems, page: pages } as const satisfies Record<ContentKind, unknown>;
