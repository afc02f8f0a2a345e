import { buildBundles, contentDir, formatFinding, loadLibrary } from '@jiyue/content';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxFiles } from './nginx.ts';
import { activate, currentRelease, isReleaseName, listReleases, release } from './release.ts';
import { formatVerify, tampered, verify } from './verify.ts';

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
  const { library, problems } = loadLibrary({ libraryDir: contentDir(values.root!) });
  if (!library) {
    for (const p of problems) console.error(formatFinding(p));
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
 *   --rollback NAME point `current` back at an earlier complete release (verified against its manifest)
 *   --keep N        complete releases to keep (default 5)
 *   --list          the complete releases, the live one marked
 *   --no-build      release what is built (a CI job that built the sites before); the checks still run
 * SIGINT or SIGTERM cancels a release cleanly: the build is stopped and the half-made folder removed.
 */
export async function releaseMain(argv = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: 'string', default: process.cwd() }, to: { type: 'string', default: '/srv/jiyue' },
      rollback: { type: 'string' }, keep: { type: 'string', default: '5' }, list: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
    },
  });
  const target = values.to!;
  const keep = Number(values.keep);
  if (!Number.isInteger(keep) || keep < 1) {
    console.error(`--keep 应为正整数（收到“${values.keep}”）`);
    return 2;
  }
  const abort = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`收到 ${signal}，正在取消发布……`);
    abort.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    if (values.list) {
      const live = currentRelease(target);
      for (const n of listReleases(target)) console.log(`${n}${n === live ? '  ← 当前在线' : ''}`);
      return 0;
    }
    if (values.rollback) {
      activate(target, values.rollback);
      console.log(`已回滚：当前版本为 ${values.rollback}`);
      return 0;
    }
    const started = performance.now();
    const build = values['no-build'] ? () => {} : undefined;
    const r = await release({ root: values.root!, target, keep, build, signal: abort.signal });
    const mb = (n: number) => (n / 1048576).toFixed(1);
    console.log(`已发布 ${r.sites.length} 个网站，版本 ${r.name}：${r.path}`);
    console.log(`  新写入 ${r.copied.files} 个文件（${mb(r.copied.bytes)} MB），与上一版本共用 ${r.linked.files} 个（${mb(r.linked.bytes)} MB），用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    console.error(`${values.rollback ? '回滚' : '发布'}未完成；当前在线版本保持不变（${currentRelease(target) ?? '尚无'}）。`);
    return abort.signal.aborted ? 130 : 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/**
 * jiyue-verify: tamper detection (网页防篡改). Compares the live release on disk with its manifest
 * and, with --url, what the server answers for every URL of every site's sitemaps.
 *   --to DIR          the serving folder (default /srv/jiyue)
 *   --release NAME    another release than the live one
 *   --http            also fetch every sitemap URL over HTTPS from the sites' domains
 *   --connect ADDR    connect there instead of resolving the domains (e.g. ::1), --port N, --ca FILE
 *   --json            the report as JSON
 * Exit code 1 when anything differs.
 */
export async function verifyMain(argv = process.argv.slice(2)): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      to: { type: 'string', default: '/srv/jiyue' }, release: { type: 'string' }, http: { type: 'boolean', default: false },
      connect: { type: 'string' }, port: { type: 'string' }, ca: { type: 'string' }, json: { type: 'boolean', default: false },
    },
  });
  try {
    if (values.release && !isReleaseName(values.release)) throw new Error(`发布版本名“${values.release}”无效`);
    const http = values.http || values.connect
      ? { address: values.connect, port: values.port ? Number(values.port) : undefined, ca: values.ca ? readFileSync(values.ca, 'utf8') : undefined }
      : undefined;
    const report = await verify(values.to!, { release: values.release, http });
    console.log(values.json ? JSON.stringify(report, null, 2) : formatVerify(report));
    return tampered(report) ? 1 : 0;
  } catch (error) {
    console.error(`防篡改核验无法完成：${(error as Error).message}`);
    return 2;
  }
}
