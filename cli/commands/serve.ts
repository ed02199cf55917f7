import path from 'node:path';
import fs from 'node:fs';
import { spawn } from 'node:child_process';
import type { CommandModule } from '../main';
import { parse } from '../args';
import { UserError } from '../errors';
import { createHostService, defaultResourcesDir } from '../../core/api/node/host-setup';
import { startHttpHost, isLoopbackHost } from '../../core/api/node/http-server';

/** Opens a URL in the default browser; failure is not an error (the URL is printed anyway). */
function openBrowser(url: string): void {
  const cmd = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(cmd, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    /* no browser launcher on this machine */
  }
}

export const command: CommandModule = {
  summary: 'start the web host (the app in a browser, core on 127.0.0.1)',
  usage: [
    'condivisa serve [--port P] [--host 127.0.0.1] [--project F] [--workspace DIR] [--allow DIR]… [--open]',
    '',
    'The app may read and write only in the workspace, its settings folder, uploaded files',
    'and each --allow folder (repeatable): a path typed in the browser outside them is refused.',
  ].join('\n'),
  async run(argv) {
    const { values } = parse(
      argv,
      {
        port: { type: 'string', default: '0' },
        host: { type: 'string', default: '127.0.0.1' },
        project: { type: 'string' },
        workspace: { type: 'string' },
        allow: { type: 'string', multiple: true },
        open: { type: 'boolean' },
      },
      0,
    );
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError('--port must be 0–65535');
    if (!isLoopbackHost(values.host!)) throw new UserError(`refusing --host ${values.host}: only loopback addresses are allowed`);
    const staticDir = path.resolve(defaultResourcesDir(), '..', 'dist', 'renderer');
    if (!fs.existsSync(path.join(staticDir, 'index.html'))) {
      throw new UserError(`the renderer is not built (${staticDir}); run "npm run build" first`);
    }
    // The web host grants no path on its own: a page (even with the token) reaches only the
    // workspace, uploads, the --allow folders and the project named here.
    const allow = { folders: (values.allow ?? []).map((d) => path.resolve(d)), files: values.project ? [path.resolve(values.project)] : [] };
    const service = createHostService('web', { allow, ...(values.workspace ? { workspaceDir: path.resolve(values.workspace) } : {}) });
    let project = '';
    if (values.project) project = (await service.openProject({ path: path.resolve(values.project) })).path;
    const host = await startHttpHost({ dispatch: service.dispatch, host: values.host, port, staticDir });
    const url = project ? `${host.appUrl}#/project?path=${encodeURIComponent(project)}` : host.appUrl;
    console.log(`Condivisa web host: ${url}`);
    if (values.open) openBrowser(url);
    const stop = () => {
      void host.close().then(() => {
        service.dispose();
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    await new Promise(() => undefined);
    return 0;
  },
};
