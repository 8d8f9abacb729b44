// Answers a request for one of the window's files. No `electron` here: the
// protocol handler passes requests in, and tests call it directly.
import fs from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../static/csp.js';
import { APP_SCHEME, isAppHost } from './origin.js';
import { contentType, resolveStaticFile } from '../static/files.js';

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const;

const notFound = () =>
  new Response('Không tìm thấy.', {
    status: 404,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });

/** The file under `root` that `requestUrl` names, with the CSP header; 404 for anything outside `root` or missing. */
export async function serveAppFile(root: string, requestUrl: string, method = 'GET'): Promise<Response> {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return notFound();
  }
  if (url.protocol !== `${APP_SCHEME}:` || !isAppHost(url.host)) return notFound();
  if (method !== 'GET' && method !== 'HEAD') {
    return new Response('Không hỗ trợ.', { status: 405, headers: { ...SECURITY_HEADERS, Allow: 'GET, HEAD' } });
  }
  // Pass the raw (still percent-encoded) path: the guard decodes once, then checks.
  const file = resolveStaticFile(root, url.pathname);
  if (!file) return notFound();
  let body: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return notFound();
    body = await fs.readFile(file);
  } catch {
    return notFound();
  }
  return new Response(method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...SECURITY_HEADERS, 'Content-Type': contentType(file), 'Cache-Control': 'no-cache' },
  });
}
