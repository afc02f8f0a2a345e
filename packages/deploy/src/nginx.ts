import type { SiteBundle } from '@jiyue/content/bundle';
import { domainToASCII } from 'node:url';
import { securityHeaders } from './headers.ts';
import * as v from './nginx-values.ts';

export interface NginxOptions {
  /** Where a site's built files are served from, e.g. /srv/jiyue/current/<site>. */
  webRoot: (siteId: string) => string;
  /** Certificate folder: <certDir>/<domain>/fullchain.pem and privkey.pem. */
  certDir: string;
  /** Where the ACME client writes its http-01 challenges (served at /.well-known/acme-challenge/). */
  acmeRoot?: string;
  httpPort?: number;
  httpsPort?: number;
  /** Addresses to listen on; the default listens on every IPv4 and IPv6 address. */
  addresses?: string[];
  /** The Expires date of security.txt (RFC 9116); default: 364 days after `now`. */
  now?: Date;
}

/** Site ids are `[a-z][a-z0-9-]*` (registry schema); checked again as they name variables and files. */
const siteId = (id: string) => {
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(id)) throw new v.ConfigValueError('site.id', id, '小写字母开头的网站编号');
  return id;
};
const movedVariable = (id: string) => `$jiyue_moved_${siteId(id).replace(/-/g, '_')}`;
const block = (lines: string[], indent = '    ') => lines.map((l) => `${indent}${l}`).join('\n');

function listen(port: number, addresses: string[] | undefined, extra = ''): string[] {
  const suffix = extra ? ` ${extra}` : '';
  v.port('port', port);
  if (!addresses) return [`listen ${port}${suffix};`, `listen [::]:${port}${suffix};`];
  return addresses.map((a) => `listen ${v.address('address', a)}:${port}${suffix};`);
}

const addHeaders = (headers: [string, string][]) => headers.map(([k, val]) => `add_header ${k} ${v.quoted(k, val)} always;`);
/** HSTS is for HTTPS only (RFC 6797 §7.2); the other headers go on every response. */
const withoutHsts = (headers: [string, string][]) => headers.filter(([k]) => k !== 'Strict-Transport-Security');

/** ACME http-01 challenges, answered on every name the server has a certificate for. */
const acmeLocation = (acmeRoot: string) => `location ^~ /.well-known/acme-challenge/ {
        root ${v.quoted('acmeRoot', v.filePath('acmeRoot', acmeRoot))};
        default_type text/plain;
        try_files $uri =404;
    }`;

/** RFC 9116 security.txt from the registry contact: who to tell about a vulnerability. */
export function securityTxt(bundle: SiteBundle, now = new Date()): string[] {
  const { site } = bundle;
  const expires = new Date(now.getTime() + 364 * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const contacts = [
    ...(site.contact.email ? [`mailto:${v.email('contact.email', site.contact.email)}`] : []),
    // A Chinese office number 0999-12345678 as a global tel: URI (RFC 3966).
    `tel:+86-${site.contact.phone.replace(/^0/, '').replace(/[^\d-]/g, '')}`,
  ];
  return [
    ...contacts.map((c) => `Contact: ${c}`),
    `Expires: ${expires}`,
    'Preferred-Languages: zh',
    `Canonical: https://${v.hostname('domain', site.domain)}/.well-known/security.txt`,
  ];
}

/** HTTP: ACME challenges, then a permanent redirect to HTTPS on the site's one domain. */
function httpServer(names: string[], target: string, headers: [string, string][], options: NginxOptions): string {
  return `server {
${block(listen(options.httpPort ?? 80, options.addresses))}
    server_name ${names.join(' ')};
${block(addHeaders(withoutHsts(headers)))}
    ${acmeLocation(options.acmeRoot ?? '/var/lib/jiyue/acme')}
    location / { return 301 ${target}$request_uri; }
}`;
}

const tls = (certDir: string, domain: string) => [
  `ssl_certificate ${v.quoted('certDir', `${v.filePath('certDir', certDir)}/${domain}/fullchain.pem`)};`,
  `ssl_certificate_key ${v.quoted('certDir', `${certDir}/${domain}/privkey.pem`)};`,
  'ssl_protocols TLSv1.2 TLSv1.3;',
];

/** Only reading: a release is served read-only (no PUT, POST, DELETE, WebDAV …). */
const READ_ONLY = ['if ($request_method !~ ^(GET|HEAD)$) { return 405; }'];

/** One site's server blocks: HTTP → HTTPS, then the site itself (X4, D6). */
export function siteServer(bundle: SiteBundle, options: NginxOptions): string {
  const { site } = bundle;
  const domain = v.hostname('domain', site.domain);
  const names = [domain, v.hostname('chineseDomain', domainToASCII(site.chineseDomain))];
  const https = v.port('httpsPort', options.httpsPort ?? 443);
  const portSuffix = https === 443 ? '' : `:${https}`;
  const target = `https://${domain}${portSuffix}`;
  // A portal's own index covers the sites below it (Q2): no page reads another site's files.
  const security = securityHeaders();
  const headers = addHeaders(security);
  // Server-level headers are what nginx adds to the responses made before a location is chosen:
  // the redirects and the 405 of a write method (a location's own add_header replaces them).
  const serverHeaders = addHeaders([...security, ['Allow', 'GET, HEAD']]);
  const acme = acmeLocation(options.acmeRoot ?? '/var/lib/jiyue/acme');
  // S4: a changed domain keeps answering, with a permanent redirect to the new one.
  const changed = site.lifecycle?.domainChanged;
  const oldDomain = changed ? v.hostname('lifecycle.domainChanged.from', changed.from) : undefined;
  const oldDomainServers = changed && oldDomain
    ? `
${v.comment(`${site.name}：原域名 ${oldDomain}（${changed.date} 变更），转到新域名`)}
${httpServer([oldDomain], target, security, options)}

server {
${block(listen(https, options.addresses, 'ssl http2'))}
    server_name ${oldDomain};
${block(tls(options.certDir, oldDomain))}
${block(serverHeaders)}
${block(READ_ONLY)}
    ${acme}
    location / { return 301 ${target}$request_uri; }
}
`
    : '';
  return `${v.comment(`${site.name}（${site.id}）`)}
${httpServer(names, target, security, options)}

server {
${block(listen(https, options.addresses, 'ssl http2'))}
    server_name ${names.join(' ')};
${block(tls(options.certDir, domain))}
${block(serverHeaders)}
${block(READ_ONLY)}

    # The Chinese domain answers with the English one, so every page has one address.
    if ($host != ${domain}) { return 301 ${target}$request_uri; }

    # Former addresses of moved content (X4), from the items' "formerly" lists.
    if (${movedVariable(site.id)}) { return 301 ${movedVariable(site.id)}; }

    root ${v.quoted('webRoot', v.filePath('webRoot', options.webRoot(site.id)))};
    index index.html;
    charset utf-8;
    error_page 404 /404.html;

    ${acme}

    # Whom to tell about a vulnerability (RFC 9116), from the registry contact.
    location = /.well-known/security.txt {
${block([...headers, 'add_header Cache-Control "public, max-age=86400" always;', 'default_type "text/plain; charset=utf-8";'], '        ')}
        return 200 ${v.quoted('security.txt', securityTxt(bundle, options.now))};
    }

    # Hashed assets never change under one name: cache for a year.
    location /_astro/ {
${block([...headers, 'add_header Cache-Control "public, max-age=31536000, immutable" always;'], '        ')}
        try_files $uri =404;
    }

    # The search index; sites above this one may read it for cross-site search (Q2).
    location /pagefind/ {
${block([...headers, 'add_header Cache-Control "public, max-age=600" always;'], '        ')}
        try_files $uri =404;
    }

    # Build markers and other dotfiles are not part of the site.
    location ~ /\\. { return 404; }

    location = /404.html {
${block([...headers, 'add_header Cache-Control "public, max-age=60" always;'], '        ')}
        internal;
    }

    # Pages: short caching, so a release shows within a minute.
    location / {
${block([...headers, 'add_header Cache-Control "public, max-age=60" always;'], '        ')}
        try_files $uri $uri/ =404;
    }
}
${oldDomainServers}`;
}

/**
 * Names the configuration does not know get nothing: the TLS handshake is refused before a
 * certificate is shown (so no site's certificate leaks to a scanner), and plain HTTP is closed
 * without an answer (444).
 */
export function defaultServer(options: NginxOptions): string {
  return `# Unknown Host or SNI: refused.
server {
${block(listen(options.httpPort ?? 80, options.addresses, 'default_server'))}
${block(listen(options.httpsPort ?? 443, options.addresses, 'ssl http2 default_server'))}
    server_name _;
    ssl_reject_handshake on;
    return 444;
}
`;
}

/** Former addresses → new pages, one map per site, looked up by the exact request URI. */
export function redirectMaps(all: SiteBundle[]): string {
  return all
    .map((b) => {
      const rows = b.redirects.map((r) => `    ${v.quoted('formerly', v.urlPath('formerly', r.from))} ${v.quoted('redirect', v.httpsUrl('redirect', r.to))};`);
      return `map $request_uri ${movedVariable(b.site.id)} {\n    default "";\n${rows.join('\n')}${rows.length ? '\n' : ''}}`;
    })
    .join('\n\n');
}

/** The access log's format, which `pnpm stats` reads (packages/monitor/src/access-log.ts). */
export const ACCESS_LOG_FORMAT = `log_format jiyue '$host $jiyue_visitor [$time_iso8601] "$request_method $request_uri" $status $body_bytes_sent "$http_user_agent"';`;

/** The http-level settings shared by every site: compression and MIME types. */
export function httpSettings(mimeTypes = '/etc/nginx/mime.types'): string {
  return `include ${v.quoted('mimeTypes', v.filePath('mimeTypes', mimeTypes))};
default_type application/octet-stream;
server_tokens off;
# Punycode Chinese domains are long.
server_names_hash_bucket_size 128;
sendfile on;
gzip on;
gzip_vary on;
gzip_min_length 512;
# Sitemaps are text/xml in Debian's mime.types; Pagefind's own files are compressed already.
gzip_types text/css application/javascript text/javascript application/json application/manifest+json text/xml application/xml application/rss+xml application/atom+xml image/svg+xml text/plain;
# Use statistics without trackers (I5, packages/monitor): the access log keeps the site, the page,
# the status and a visitor's network (IPv4 /24, IPv6 /48), never a full IP address.
map $remote_addr $jiyue_visitor {
    "~^(?<net4>\\d+\\.\\d+\\.\\d+)\\.\\d+$" "$net4.0";
    "~^(?<net6>[0-9a-fA-F]*:[0-9a-fA-F]*:[0-9a-fA-F]*)" "$net6::";
    default "-";
}
${ACCESS_LOG_FORMAT}
`;
}

/** Everything for one nginx instance: a main file that includes one file per site. */
export function nginxFiles(all: SiteBundle[], options: NginxOptions & { prefix?: string; mimeTypes?: string }): Map<string, string> {
  const files = new Map<string, string>();
  for (const b of all) files.set(`sites/${siteId(b.site.id)}.conf`, siteServer(b, options));
  // Site ids start with a letter, so this name is never a site's.
  files.set('sites/_default.conf', defaultServer(options));
  files.set('jiyue-http.conf', `${httpSettings(options.mimeTypes)}\n${redirectMaps(all)}\n`);
  const prefix = options.prefix ? v.filePath('prefix', options.prefix) : undefined;
  files.set(
    'nginx.conf',
    `# Generated by jiyue-nginx from content/sites.yaml. Do not edit; regenerate.
worker_processes auto;
${prefix ? `pid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;` : ''}
events { worker_connections 1024; }

http {
${prefix ? `    client_body_temp_path ${prefix}/tmp;\n    proxy_temp_path ${prefix}/tmp;\n    fastcgi_temp_path ${prefix}/tmp;\n    uwsgi_temp_path ${prefix}/tmp;\n    scgi_temp_path ${prefix}/tmp;` : ''}
    include jiyue-http.conf;
    access_log ${prefix ? `${prefix}/access.log` : '/var/log/nginx/jiyue-access.log'} jiyue;
    include sites/*.conf;
}
`,
  );
  return files;
}
