// Security headers, in one place for next.config.js (every response, public pages' static policy) and
// proxy.ts (the workspace's per-request policy). Plain JavaScript because next.config.js imports it.
//
// Public pages get a policy without a nonce: a nonce must differ on every response, which would force every
// public page to render per request and rule out the whole-page cache. Their scripts are Next.js's own inline
// bootstrap and per-page data, which no hash known at build time can cover, so inline scripts stay allowed
// there; nothing user-written reaches those pages as HTML (bodies are rendered from an allow-list to React
// elements, every other text is escaped). The workspace, where signed-in people act, gets a strict nonce policy.

const shared = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** For the public site: same-origin scripts and Next.js's inline bootstrap; others may not frame it. */
export const publicContentSecurityPolicy = [
  ...shared,
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'self'",
].join('; ');

/**
 * For the workspace and the login page: only scripts carrying this response's nonce, and what they load
 * ('strict-dynamic'); never framed. Development needs eval for React's debugging tools.
 * @param {string} nonce
 * @param {boolean} [development]
 */
export function workspaceContentSecurityPolicy(nonce, development = false) {
  return [
    ...shared,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    // The rich-text editor adds a stylesheet of its own at run time, without a nonce.
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Turns off the browser features the site never uses. */
const permissionsPolicy = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** Sent with every response. */
export const commonSecurityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: permissionsPolicy },
];

/** Sent only when the request reached the site over https (through a trusted proxy: see scripts/server.mjs). */
export const strictTransportSecurity = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' };

/** Paths whose pages set their own, per-request policy in proxy.ts. */
export const workspacePathPattern = /^\/(?:editor|login)(?:\/|$)/;
