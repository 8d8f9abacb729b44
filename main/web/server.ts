// Browser mode: the same renderer and the same services, through the same
// contract and validation, on 127.0.0.1 only, behind a random per-run token.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, SchemaTooNewError } from '../../db/connection.js';
import { StorageError } from '../../db/storage-errors.js';
import { dailyIntegrityCheck } from '../../db/integrity.js';
import { databaseFile, dataDirectory } from '../../db/location.js';
import { createDispatcher, createHandlers, optionsFor } from '../services/index.js';
import { CONTENT_SECURITY_POLICY } from '../static/csp.js';
import { contentType, resolveStaticFile } from '../static/files.js';

export const TOKEN_HEADER = 'x-khoi-thi-dua-token';
// Evidence (up to 20 MB) and batches of returned workbooks travel as base64 inside the JSON; the services
// check each file's own size and answer a Vietnamese message.
const MAX_BODY = 100 * 1024 * 1024;

export interface WebServer {
  url: string;
  /** `exitBackup`: keep a copy of the data when anything changed (when the officer stops the server). */
  close(options?: { exitBackup?: boolean }): Promise<void>;
}

export interface WebServerOptions {
  dataDir: string;
  staticDir: string;
  port?: number;
  token?: string;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('hex');
  const opened = await openDatabase(databaseFile(options.dataDir));
  // No desktop port: the browser downloads the DOCX (documents.docx) instead of a save dialog.
  const dispatch = createDispatcher(createHandlers(opened.db, optionsFor(opened)), console.error, options.dataDir);
  let origin = '';

  const server = http.createServer((req, res) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    // Another site in the same browser must not reach the API (DNS rebinding, CSRF).
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'Sai địa chỉ máy chủ.');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'Chỉ chấp nhận POST.');
      if (!safeEqual(String(req.headers[TOKEN_HEADER] ?? ''), token)) return send(res, 403, 'Phiên làm việc không hợp lệ.');
      return void readJson(req)
        .then((input) => dispatch(url.pathname.slice('/api/'.length), input))
        .then((result) => sendJson(res, 200, result))
        .catch(() => sendJson(res, 400, { ok: false, code: 'VALIDATION', message: 'Yêu cầu không đọc được.' }));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Không hỗ trợ.');
    const file = resolveStaticFile(options.staticDir, url.pathname);
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'Không tìm thấy.');
    res.writeHead(200, { 'Content-Type': contentType(file) });
    fs.createReadStream(file).pipe(res);
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    close: async (closing) => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await opened.close(closing);
    },
  };
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && crypto.timingSafeEqual(x, y);
}

function readJson(req: http.IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve(text ? JSON.parse(text) : {});
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

const send = (res: http.ServerResponse, status: number, text: string) => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
};

const sendJson = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

const isEntryPoint = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntryPoint) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dataDir = dataDirectory(path.join(root, '.data'));
  const web = await startWebServer({
    dataDir,
    staticDir: path.join(root, 'dist/renderer'),
    port: Number(process.env.PORT ?? 0),
  }).catch((error: unknown) => {
    // In use by the window, a damaged or empty file, a full disk: the officer reads what to do.
    console.error(error instanceof StorageError || error instanceof SchemaTooNewError ? error.message : error);
    process.exit(1);
  });
  console.log(`Khối Thi Đua chạy trên trình duyệt: ${web.url}`);
  // As the desktop shell does: the full check once a day, on a worker thread.
  void dailyIntegrityCheck(databaseFile(dataDir)).then((result) => {
    if (result && !result.ok) console.error(`Kiểm tra hằng ngày phát hiện tệp dữ liệu bị hỏng (${result.detail}): hãy khôi phục bản sao lưu gần nhất.`);
  }, console.error);
  console.log('Nhấn Ctrl+C để dừng.');
  const stop = () => void web.close({ exitBackup: true }).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
