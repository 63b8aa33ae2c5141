import { cache } from 'react';
import {
  cachedCountries,
  cachedFieldsOfWork,
  cachedMeetingSeries,
  cachedPages,
  cachedStructures,
} from '@/db/queries/published';
import { buildNavigation } from './navigation';
import { packNavigation } from './packed-navigation';
import { SiteHeaderView } from './site-frame.client';

/**
 * One navigation object per request. The header is rendered several times per page (the public layout, and
 * the 404 and 403 fallbacks that Next.js sends with every page), and React sends an object it has already
 * sent as a reference, so sharing one object keeps the menu's data in the payload once.
 */
const loadNavigation = cache(async () => {
  const [fields, meetings, countries, structures, pages] = await Promise.all([
    cachedFieldsOfWork(),
    cachedMeetingSeries(),
    cachedCountries(),
    cachedStructures(),
    cachedPages(),
  ]);
  return packNavigation(buildNavigation({ fields, meetings, countries, structures, pages }));
});

export async function SiteHeader() {
  return <SiteHeaderView sections={await loadNavigation()} />;
}
