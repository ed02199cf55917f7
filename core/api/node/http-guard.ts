/**
 * The checks every web-host request passes before anything else looks at it. They are pure
 * functions of the request line and headers, so a malformed request (bad percent-encoding,
 * NUL, an absolute-form URL, a foreign Host or Origin) becomes a `RequestRefused` with a
 * status and a message, never an exception that reaches the event loop.
 */
import crypto from 'node:crypto';
import { ApiError, badRequest } from '../common/errors';
import type { Message } from '../../model/messages';

/** A request the host answers with `status` and a JSON error, without running anything. */
export class RequestRefused extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError,
  ) {
    super(error.message);
    this.name = 'RequestRefused';
  }
}

const refuse = (status: number, said: Message) => new RequestRefused(status, badRequest(said));

/** Addresses the host may bind: loopback only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

export interface RequestTarget {
  /** The decoded path, starting with `/`. */
  path: string;
  /** The path as sent (still percent-encoded), for matching `/api/<operation>`. */
  rawPath: string;
}

/**
 * The path of an origin-form request target (`/a/b?q`). Anything else is refused: an
 * absolute-form URL (`http://x/`, which a proxy would send), `*`, a target starting with
 * `//` (which URL parsers read as a host), bad percent-encoding, NUL or other control
 * characters once decoded.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget {
  const target = raw ?? '';
  if (!target.startsWith('/') || target.startsWith('//')) {
    throw refuse(400, { code: 'api.http.target-not-path' });
  }
  const rawPath = target.split(/[?#]/, 1)[0]!;
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    throw refuse(400, { code: 'api.http.target-bad-encoding' });
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) {
    throw refuse(400, { code: 'api.http.target-control-characters' });
  }
  return { path, rawPath };
}

/** The `Host` values a loopback host on `port` answers to (lower case). */
export function allowedHostHeaders(boundHost: string, port: number): Set<string> {
  const names = ['127.0.0.1', 'localhost', '[::1]'];
  if (/^127\./.test(boundHost)) names.push(boundHost);
  return new Set(names.map((n) => `${n}:${port}`));
}

/**
 * DNS-rebinding defence: a page on `evil.example` whose name later resolves to 127.0.0.1
 * sends `Host: evil.example:PORT`; only the loopback names are accepted.
 */
export function checkHost(header: string | undefined, allowed: Set<string>): void {
  if (!header || !allowed.has(header.toLowerCase())) {
    throw refuse(421, { code: 'api.http.wrong-host' });
  }
}

/**
 * A browser names the page that sent a request in `Origin` (always on POST, even simple
 * cross-site form posts, which CORS does not stop). Only the host's own origins may call
 * the API; a request without `Origin` comes from a program, not a web page, and still
 * needs the token.
 */
export function checkOrigin(header: string | undefined, allowed: Set<string>): void {
  if (header === undefined) return;
  const m = /^http:\/\/(.+)$/i.exec(header);
  if (!m || !allowed.has(m[1]!.toLowerCase())) {
    throw refuse(403, { code: 'api.http.other-origin' });
  }
}

const digest = (s: string) => crypto.createHash('sha256').update(s).digest();

/** Compares tokens in constant time, whatever their lengths (hashing equalises them). */
export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  return crypto.timingSafeEqual(digest(expected), digest(given));
}

/** The token of a request: `Authorization: Bearer <token>` or `X-Condivisa-Token`. */
export function requestToken(authorization: string | undefined, custom: string | string[] | undefined): string | undefined {
  if (authorization?.startsWith('Bearer ')) return authorization.slice(7);
  return typeof custom === 'string' ? custom : undefined;
}

export { refuse };
