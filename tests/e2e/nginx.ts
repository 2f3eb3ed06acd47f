// Debian's nginx serving built copies of the site with the project's own config, deploy/nginx/site.conf (the
// file the Dockerfile uses): each server block is the Dockerfile's, with a port and folder of the test's.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../../', import.meta.url).pathname;

/** The one config file, shared with the Dockerfile. */
export const siteConf = join(root, 'deploy/nginx/site.conf');

export interface NginxSite {
  port: number;
  /** The built site's folder (dist/). */
  dist: string;
  /** The base path it was built for: "/" or "/handbook/". */
  base: string;
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Starts nginx serving each site on its port; returns a function that stops it. */
export async function startNginx(sites: NginxSite[]): Promise<() => void> {
  const prefix = mkdtempSync(join(tmpdir(), 'qmh-nginx-'));
  const servers = sites.map(({ port, dist, base }, i) => {
    // As in the Dockerfile: the copy sits at <root><base>.
    const serverRoot = join(prefix, `root${i}`);
    const folder = join(serverRoot, base);
    mkdirSync(join(folder, '..'), { recursive: true });
    symlinkSync(dist, folder.replace(/\/$/, ''));
    return `  server {\n    listen 127.0.0.1:${port};\n    root ${serverRoot};\n    set $qmh_base "${base}";\n    include ${siteConf};\n  }`;
  });
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    [
      // Run as root (as the tests are), the workers would otherwise be "nobody", who may not read the checkout.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'daemon off;',
      'worker_processes 1;',
      `pid ${prefix}/nginx.pid;`,
      'error_log stderr warn;',
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  client_body_temp_path ${prefix}/body; proxy_temp_path ${prefix}/proxy; fastcgi_temp_path ${prefix}/fastcgi; uwsgi_temp_path ${prefix}/uwsgi; scgi_temp_path ${prefix}/scgi;`,
      ...servers,
      '}',
      '',
    ].join('\n'),
  );
  const nginx = spawn(process.env.NGINX_PATH ?? '/usr/sbin/nginx', ['-p', prefix, '-c', conf, '-e', 'stderr'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<'exited'>((resolve) => nginx.once('exit', () => resolve('exited')));
  for (let i = 0; !(await Promise.all(sites.map(({ port }) => portOpen(port)))).every(Boolean); i++) {
    const waited = await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 100))]);
    if (waited === 'exited' || i === 100) throw new Error(`nginx did not start with ${conf} (its messages are above)`);
  }
  return () => {
    // nginx removes its pid file as it quits: the folder goes after it.
    void exited.then(() => rmSync(prefix, { recursive: true, force: true }));
    nginx.kill('SIGQUIT');
  };
}
