/**
 * The desktop host's security settings, in one place so a test can read them: how windows
 * are created, what the session refuses, which frames may call the core over IPC, and
 * which external links may open in the user's browser.
 */
import type { BrowserWindowConstructorOptions, IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../core/api/node/content-security-policy';
import { isAppUrl } from './protocol';

/** The renderer has no Node, runs sandboxed and isolated from the preload's world. */
export function secureWebPreferences(preload: string): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** Sites whose pages the app may open in the user's browser (sources of its reference data, the map's licence). */
export const EXTERNAL_HOSTS = new Set([
  'www.gse.it',
  'www.arera.it',
  'www.mercatoelettrico.org',
  're.jrc.ec.europa.eu',
  'joint-research-centre.ec.europa.eu',
  'www.openstreetmap.org',
]);

/** Only https links to the allow-listed sites, without credentials in the URL. */
export function isAllowedExternal(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.username === '' && u.password === '' && EXTERNAL_HOSTS.has(u.hostname) && (u.port === '' || u.port === '443');
  } catch {
    return false;
  }
}

/** Every permission (camera, notifications, geolocation, clipboard, …) is refused, asked or checked. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  // No remote content: only the app's own pages and the developer tools.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAppUrl(details.url) && !details.url.startsWith('devtools://') });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/**
 * A window may not navigate away from the app, open other windows or attach webviews;
 * an allow-listed https link opens in the user's browser instead.
 */
export function hardenContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Only a frame showing the app's own page may call the core (not an iframe of something else, not a stray page). */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return isAppUrl(frame.url) && frame.parent === null;
}
