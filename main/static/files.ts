import path from 'node:path';

/**
 * What no file of the built renderer has in its path, refused on every platform: NUL; `\`, which
 * Windows reads as a separator (`..\`, `\\server\share`); `:`, which Windows reads as a drive (`C:`)
 * or a file's stream (`index.html::$DATA`); and segments of only dots and spaces (`..`, `.. `),
 * which Windows may trim to `..`. Refusing them outright keeps the guard free of the platform's path
 * rules, so what it does on the officer's Windows is what the tests see on Linux; the containment
 * check below stays as the last word.
 */
const REFUSED = /[\0\\:]|(?:^|\/)[. ]+(?:\/|$)/;

/** The file under `root` that a URL path names, or null when it would leave `root`. */
export function resolveStaticFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (REFUSED.test(decoded)) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  const base = path.resolve(root);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export const contentType = (file: string): string => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
