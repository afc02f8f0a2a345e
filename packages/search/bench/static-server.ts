/**
 * A static file server for the search benchmarks that compresses like the production nginx
 * (gzip_types text, CSS, JS, JSON; gzip_min_length 512; Pagefind's own files are already
 * compressed and go out as they are).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'application/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

export function serveStatic(dir: string): { server: Server; bodyBytes: (url: string) => number | undefined } {
  const sent = new Map<string, number>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let file = join(dir, decodeURIComponent(url.pathname));
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      let body = readFileSync(file);
      const type = types[extname(file)] ?? 'application/octet-stream';
      const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'public, max-age=600' };
      if (!type.startsWith('application/octet') && body.length >= 512 && /gzip/.test(String(req.headers['accept-encoding']))) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      sent.set(url.pathname, body.length);
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  // Encoded body bytes sent per path (Chromium reports none for a worker's own script).
  return { server, bodyBytes: (u: string) => sent.get(new URL(u).pathname) };
}
