/**
 * The renderer's Content-Security-Policy, sent by both hosts (the web host's static files,
 * the Electron `app://` protocol): same-origin only, no inline or eval'd scripts, no
 * remote content. A module of its own so the Electron main bundle need not pull in the
 * HTTP server to read one string.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Vue and Leaflet set element styles at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
