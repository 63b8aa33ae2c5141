'use client';

// The site's frame as one client module. Next.js bundles the client components of the root layout's fallbacks
// and of the public layout separately; when both import this one module they resolve to the same script,
// instead of two scripts that each carry the frame and next/link.
export { ForbiddenContent } from './forbidden-content.client';
export { NotFoundContent } from './not-found-content.client';
export { SiteFooter } from './site-footer.client';
export { SiteHeaderView } from './site-header-view.client';
export { UnauthorizedContent } from './unauthorized-content.client';
