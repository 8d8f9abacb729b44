// Where the window's own pages come from. Kept free of `electron` so the checks
// that guard IPC and navigation can be unit-tested.

/** A privileged custom scheme rather than file://, so the pages get a real origin and a CSP header. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when `url` is one of our own pages. Node's URL gives non-special schemes
 * the origin "null" and keeps the host's case (Chromium, for a standard scheme,
 * lower-cases it), so scheme and lower-cased host are compared instead of `origin`.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && isAppHost(parsed.host) && !parsed.username && !parsed.password && !parsed.port;
}

export const isAppHost = (host: string): boolean => host.toLowerCase() === APP_HOST;

/** Schemes that would reach outside the app: the machine's files or the network. */
const REMOTE_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** True when a request from a page must be cancelled: the app is offline and loads nothing from outside itself. */
export function isRemoteRequest(url: string): boolean {
  try {
    return REMOTE_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return true;
  }
}
