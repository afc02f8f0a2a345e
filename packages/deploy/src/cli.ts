import { buildBundles, loadLibrary, formatProblem } from '@jiyue/content';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxFiles } from './nginx.ts';
import { activate, currentRelease, release } from './release.ts';

/**
 * jiyue-nginx: writes the nginx configuration of every site in the registry.
 *   --out DIR          where to write nginx.conf, jiyue-http.conf and sites/<id>.conf (deploy/nginx)
 *   --web-root DIR     the folder holding one built site per id (default /srv/jiyue/current)
 *   --cert-dir DIR     certificates: DIR/<domain>/fullchain.pem and privkey.pem (default /etc/jiyue/certs)
 *   --acme-root DIR    where the ACME client writes .well-known/acme-challenge/ (default /var/lib/jiyue/acme)
 *   --http-port N, --https-port N, --address A (repeatable; default every IPv4 and IPv6 address)
 */
export function main(argv = process.argv.slice(2)): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string', default: process.cwd() },
      out: { type: 'string', default: 'deploy/nginx' },
      'web-root': { type: 'string', default: '/srv/jiyue/current' },
      'cert-dir': { type: 'string', default: '/etc/jiyue/certs' },
      'acme-root': { type: 'string', default: '/var/lib/jiyue/acme' },
      'http-port': { type: 'string', default: '80' },
      'https-port': { type: 'string', default: '443' },
      address: { type: 'string', multiple: true },
      prefix: { type: 'string' },
    },
  });
  const { library, problems } = loadLibrary({ libraryDir: join(values.root!, 'content') });
  if (!library) {
    for (const p of problems) console.error(formatProblem(p));
    return 1;
  }
  const files = nginxFiles([...buildBundles(library).values()], {
    webRoot: (id) => join(values['web-root']!, id),
    certDir: values['cert-dir']!,
    acmeRoot: values['acme-root']!,
    httpPort: Number(values['http-port']),
    httpsPort: Number(values['https-port']),
    addresses: values.address,
    prefix: values.prefix,
  });
  const out = resolve(values.out!);
  for (const [name, text] of files) {
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), text);
  }
  console.log(`已生成 ${files.size - 3} 个网站的 nginx 配置：${out}`);
  return 0;
}

/**
 * jiyue-release: builds every site and makes it live atomically (see release.ts).
 *   --to DIR        the serving folder (releases/ and the `current` symlink), default /srv/jiyue
 *   --rollback NAME point `current` back at an earlier release
 */
export function releaseMain(argv = process.argv.slice(2)): number {
  const { values } = parseArgs({
    args: argv,
    options: { root: { type: 'string', default: process.cwd() }, to: { type: 'string', default: '/srv/jiyue' }, rollback: { type: 'string' }, keep: { type: 'string', default: '5' } },
  });
  try {
    if (values.rollback) {
      activate(values.to!, values.rollback);
      console.log(`已回滚：当前版本为 ${values.rollback}`);
      return 0;
    }
    const r = release({ root: values.root!, target: values.to!, keep: Number(values.keep) });
    console.log(`已发布 ${r.sites.length} 个网站，版本 ${r.name}：${r.path}`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    console.error(`发布未完成；当前在线版本保持不变（${currentRelease(values.to!) ?? '尚无'}）。`);
    return 1;
  }
}
