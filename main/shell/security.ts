// Hardening for every web page the app creates: it shows only its own pages,
// opens no windows, grants no permissions and loads nothing from the network.
import { app, session, type WebContents } from 'electron';
import { isAppUrl, isRemoteRequest } from './origin.js';

export function applySecurityGuards(onBlocked: (what: string) => void): void {
  // Covers the main window and anything created later (devtools, a stray webview).
  app.on('web-contents-created', (_event, contents) => guardContents(contents, onBlocked));

  const ses = session.defaultSession;
  // Camera, notifications, geolocation…: a secretariat tool needs none of them.
  ses.setPermissionRequestHandler((_contents, permission, callback) => {
    onBlocked(`permission ${permission}`);
    callback(false);
  });
  ses.setPermissionCheckHandler(() => false);
  // Offline by design: nothing from http(s), websockets or the local disk via file://.
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isRemoteRequest(details.url);
    if (cancel) onBlocked(`request to ${details.url}`);
    callback({ cancel });
  });
}

function guardContents(contents: WebContents, onBlocked: (what: string) => void): void {
  const stayInApp = (event: { preventDefault(): void }, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    onBlocked(`navigation to ${url}`);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    onBlocked('a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    onBlocked(`new window for ${url}`);
    return { action: 'deny' };
  });
}
