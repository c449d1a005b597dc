// The one set of security headers the app's pages are served with: by the app:// protocol
// handler in the desktop app (electron/main/app-protocol.ts) and by the browser preview
// (scripts/preview.ts). Both import it from here, so the two cannot drift apart.
import { CONTENT_SECURITY_POLICY } from './main/csp.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  // The CSP is also in the page's meta tag, but a header covers every document and cannot
  // be removed by script (and frame-ancestors only works as a header).
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Nothing of a person's session may outlive the page: no HTTP cache, no bfcache.
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
});
