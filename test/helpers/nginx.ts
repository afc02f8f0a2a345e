import type { SiteBundle } from '@jiyue/content/bundle';
import { nginxFiles } from '@jiyue/deploy';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { domainToASCII } from 'node:url';

export interface RunningNginx { prefix: string; httpPort: number; httpsPort: number; ca: string; acmeRoot: string; stop(): Promise<void> }

/** A self-signed certificate per site covering its English and (punycode) Chinese domain, as a CA would issue. */
function makeCertificates(certDir: string, bundles: SiteBundle[]): string {
  const pems: string[] = [];
  const names = bundles.flatMap((b) => [
    [b.site.domain, domainToASCII(b.site.chineseDomain)],
    ...(b.site.lifecycle?.domainChanged ? [[b.site.lifecycle.domainChanged.from]] : []),
  ]);
  for (const [domain, ...alt] of names) {
    const dir = join(certDir, domain!);
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${domain}`,
      '-addext', `subjectAltName=${[domain, ...alt].map((n) => `DNS:${n}`).join(',')}`,
      '-keyout', join(dir, 'privkey.pem'), '-out', join(dir, 'fullchain.pem'),
    ], { stdio: 'ignore' });
    pems.push(readFileSync(join(dir, 'fullchain.pem'), 'utf8'));
  }
  return pems.join('\n');
}

function waitForPort(host: string, port: number, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = connect({ host, port }, () => { s.end(); resolve(); });
      s.on('error', () => (Date.now() > deadline ? reject(new Error(`nginx did not listen on ${host}:${port}`)) : setTimeout(attempt, 100)));
    };
    attempt();
  });
}

/** Starts Debian's nginx with the generated configuration on loopback, IPv4 and IPv6. */
export async function startNginx(bundles: SiteBundle[], webRoot: (id: string) => string): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'jiyue-nginx-'));
  mkdirSync(join(prefix, 'tmp'));
  const httpPort = 30000 + Math.floor(Math.random() * 10000);
  const httpsPort = httpPort + 1;
  const ca = makeCertificates(join(prefix, 'certs'), bundles);
  // nginx's workers (user nobody) read the ACME folder under the prefix; mkdtemp makes it 0700.
  chmodSync(prefix, 0o755);
  const acmeRoot = join(prefix, 'acme');
  mkdirSync(join(acmeRoot, '.well-known', 'acme-challenge'), { recursive: true });
  const files = nginxFiles(bundles, { webRoot, certDir: join(prefix, 'certs'), acmeRoot, httpPort, httpsPort, addresses: ['127.0.0.1', '::1'], prefix });
  for (const [name, text] of files) {
    mkdirSync(dirname(join(prefix, name)), { recursive: true });
    writeFileSync(join(prefix, name), text);
  }
  execFileSync('nginx', ['-t', '-q', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'pipe' });
  const child: ChildProcess = spawn('nginx', ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'ignore' });
  await waitForPort('127.0.0.1', httpsPort);
  await waitForPort('::1', httpsPort);
  return {
    prefix, httpPort, httpsPort, ca, acmeRoot,
    stop: () => new Promise((resolve) => { child.once('exit', () => resolve()); child.kill('SIGQUIT'); }),
  };
}
