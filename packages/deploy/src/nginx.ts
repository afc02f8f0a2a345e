import type { SiteBundle } from '@jiyue/content/bundle';
import { domainToASCII } from 'node:url';
import { securityHeaders } from './headers.ts';

export interface NginxOptions {
  /** Where a site's built files are served from, e.g. /srv/jiyue/current/<site>. */
  webRoot: (siteId: string) => string;
  /** Certificate folder: <certDir>/<domain>/fullchain.pem and privkey.pem. */
  certDir: string;
  httpPort?: number;
  httpsPort?: number;
  /** Addresses to listen on; the default listens on every IPv4 and IPv6 address. */
  addresses?: string[];
}

/** The origins of every site below `site` (its districts and departments, recursively). */
export function descendants(site: string, all: SiteBundle[]): SiteBundle[] {
  const children = all.filter((b) => b.parent?.id === site);
  return children.flatMap((c) => [c, ...descendants(c.site.id, all)]);
}

/** The origins of every site above `site`: those may search its index from the browser (Q2). */
export function ancestors(bundle: SiteBundle, all: SiteBundle[]): SiteBundle[] {
  const parent = all.find((b) => b.site.id === bundle.parent?.id);
  return parent ? [parent, ...ancestors(parent, all)] : [];
}

const variable = (siteId: string) => `$jiyue_cors_${siteId.replace(/-/g, '_')}`;
const movedVariable = (siteId: string) => `$jiyue_moved_${siteId.replace(/-/g, '_')}`;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function listen(port: number, addresses: string[] | undefined, extra = ''): string[] {
  const suffix = extra ? ` ${extra}` : '';
  if (!addresses) return [`listen ${port}${suffix};`, `listen [::]:${port}${suffix};`];
  return addresses.map((a) => `listen ${a.includes(':') && !a.startsWith('[') ? `[${a}]` : a}:${port}${suffix};`);
}

/** One site's server blocks: HTTP → HTTPS, then the site itself (X4, D6). */
export function siteServer(bundle: SiteBundle, all: SiteBundle[], options: NginxOptions): string {
  const { site } = bundle;
  const names = [site.domain, domainToASCII(site.chineseDomain)].filter(Boolean);
  const https = options.httpsPort ?? 443;
  const http = options.httpPort ?? 80;
  const portSuffix = https === 443 ? '' : `:${https}`;
  // Cross-site search (Q2): a portal's pages read the search files of every site below it, on
  // the port this configuration serves (443 in production; another on a test server).
  const connect = descendants(site.id, all).map((d) => `${d.site.origin}${portSuffix}`);
  const headers = securityHeaders(connect).map(([k, v]) => `add_header ${k} "${v}" always;`);
  const cors = ancestors(bundle, all).length
    ? [`add_header Access-Control-Allow-Origin ${variable(site.id)} always;`, 'add_header Vary Origin always;']
    : [];
  const block = (lines: string[], indent = '    ') => lines.map((l) => `${indent}${l}`).join('\n');
  // S4: a changed domain keeps answering, with a permanent redirect to the new one.
  const oldDomain = site.lifecycle?.domainChanged?.from;
  const oldDomainServer = oldDomain
    ? `
# ${site.name}：原域名 ${oldDomain}（${site.lifecycle!.domainChanged!.date} 变更），转到新域名
server {
${block(listen(http, options.addresses))}
${block(listen(https, options.addresses, 'ssl http2'))}
    server_name ${oldDomain};
    ssl_certificate ${options.certDir}/${oldDomain}/fullchain.pem;
    ssl_certificate_key ${options.certDir}/${oldDomain}/privkey.pem;
    return 301 https://${site.domain}${portSuffix}$request_uri;
}
`
    : '';
  return `# ${site.name}（${site.id}）
server {
${block(listen(http, options.addresses))}
    server_name ${names.join(' ')};
    return 301 https://${site.domain}${portSuffix}$request_uri;
}

server {
${block(listen(https, options.addresses, 'ssl http2'))}
    server_name ${names.join(' ')};
    ssl_certificate ${options.certDir}/${site.domain}/fullchain.pem;
    ssl_certificate_key ${options.certDir}/${site.domain}/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    # The Chinese domain answers with the English one, so every page has one address.
    if ($host != ${site.domain}) { return 301 https://${site.domain}${portSuffix}$request_uri; }

    # Former addresses of moved content (X4), from the items' "formerly" lists.
    if (${movedVariable(site.id)}) { return 301 ${movedVariable(site.id)}; }

    root ${options.webRoot(site.id)};
    index index.html;
    charset utf-8;
    error_page 404 /404.html;

    # Hashed assets never change under one name: cache for a year.
    location /_astro/ {
${block([...headers, 'add_header Cache-Control "public, max-age=31536000, immutable" always;'], '        ')}
        try_files $uri =404;
    }

    # The search index; sites above this one may read it for cross-site search (Q2).
    location /pagefind/ {
${block([...headers, ...cors, 'add_header Cache-Control "public, max-age=600" always;'], '        ')}
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
${oldDomainServer}`;
}

/** The origins allowed to read each site's search index, as nginx maps (http level). */
export function corsMaps(all: SiteBundle[]): string {
  return all
    .filter((b) => ancestors(b, all).length)
    .map((b) => {
      const origins = ancestors(b, all).map((a) => escapeRe(a.site.origin));
      return `map $http_origin ${variable(b.site.id)} {\n    default "";\n    "~^(${origins.join('|')})(:[0-9]+)?$" $http_origin;\n}`;
    })
    .join('\n\n');
}

/** Former addresses → new pages, one map per site, looked up by the exact request URI. */
export function redirectMaps(all: SiteBundle[]): string {
  return all
    .map((b) => {
      const rows = b.redirects.map((r) => `    ${JSON.stringify(r.from)} ${JSON.stringify(r.to)};`);
      return `map $request_uri ${movedVariable(b.site.id)} {\n    default "";\n${rows.join('\n')}${rows.length ? '\n' : ''}}`;
    })
    .join('\n\n');
}

/** The http-level settings shared by every site: compression and MIME types. */
export function httpSettings(mimeTypes = '/etc/nginx/mime.types'): string {
  return `include ${mimeTypes};
default_type application/octet-stream;
server_tokens off;
# Punycode Chinese domains are long.
server_names_hash_bucket_size 128;
sendfile on;
gzip on;
gzip_vary on;
gzip_min_length 512;
gzip_types text/css application/javascript text/javascript application/json application/xml image/svg+xml text/plain;
`;
}

/** Everything for one nginx instance: a main file that includes one file per site. */
export function nginxFiles(all: SiteBundle[], options: NginxOptions & { prefix?: string; mimeTypes?: string }): Map<string, string> {
  const files = new Map<string, string>();
  for (const b of all) files.set(`sites/${b.site.id}.conf`, siteServer(b, all, options));
  files.set('jiyue-http.conf', `${httpSettings(options.mimeTypes)}\n${corsMaps(all)}\n\n${redirectMaps(all)}\n`);
  const prefix = options.prefix;
  files.set(
    'nginx.conf',
    `# Generated by jiyue-nginx from content/sites.yaml. Do not edit; regenerate.
worker_processes auto;
${prefix ? `pid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;` : ''}
events { worker_connections 1024; }

http {
${prefix ? `    access_log ${prefix}/access.log;\n    client_body_temp_path ${prefix}/tmp;\n    proxy_temp_path ${prefix}/tmp;\n    fastcgi_temp_path ${prefix}/tmp;\n    uwsgi_temp_path ${prefix}/tmp;\n    scgi_temp_path ${prefix}/tmp;` : ''}
    include jiyue-http.conf;
    include sites/*.conf;
}
`,
  );
  return files;
}
