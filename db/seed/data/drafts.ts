// Unpublished demo news items: they exist in the workspace but must never appear on the public site.
import type { NewsItemSeed } from './types';

export const draftNewsItems: NewsItemSeed[] = [
  {
    slug: 'draft-regional-workshop-on-safe-storage-of-small-arms',
    title: 'Draft: regional workshop on the safe storage of small arms and ammunition',
    type: 'news_item',
    issuedOn: '2026-11-25',
    lead: 'Not yet approved. Specialists from the region are to compare methods for keeping weapons and ammunition depots safe and secure.',
    body:
      'This working draft has not been reviewed. It describes a planned workshop for depot managers on inventory control, fire safety and the disposal of surplus ammunition.\n\n' +
      'The text will be completed once the agenda and the list of participating institutions are confirmed.',
    issuedBy: ['conflict-prevention-centre'],
    fields: ['arms-control'],
    countries: [],
  },
];
