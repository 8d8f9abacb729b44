// Serves the built renderer (dist/renderer) from app://renderer/ instead of
// file://: the pages get a proper origin (IPC checks it), a CSP header on every
// response, and no reach into the rest of the disk.
import { protocol } from 'electron';
import { APP_SCHEME } from './origin.js';
import { serveAppFile } from './static-response.js';

/** Must run before the app is ready: Chromium fixes its scheme table at startup. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // corsEnabled: Vite emits <script type="module" crossorigin>, fetched in CORS mode.
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

/** Once ready: answer app:// requests from the renderer folder, 404 for anything else. */
export function handleAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererRoot, request.url, request.method));
}
