// The one Content-Security-Policy of the app (brief §6, engineering.md §4.10). The app://
// handler sends it as a response header; the renderer's index.html carries the same string
// in a meta tag, and the preview server and tests import it from here so there is exactly
// one copy. Nothing in it allows a request off the device: connect-src is 'none', and
// every other source is the app's own origin (plus data: images for inline icons).
// frame-ancestors has no effect in a meta tag, which is why the header matters too.
export const CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
