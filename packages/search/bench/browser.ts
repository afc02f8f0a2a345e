/** Shared by the search benchmarks: Chromium, a search run on the real search page, transferred bytes. */
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, as root and with no background network traffic (the machine has none). */
export function launchChromium(): Promise<Browser> {
  const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Types a query into the search page's form and waits for the result count. */
export async function searchOnPage(page: Page, q: string, timeout = 30_000): Promise<{ status: string; urls: string[] }> {
  await page.locator('#search-q').fill(q);
  await page.locator('#search-q').press('Enter');
  await page.waitForFunction(
    (q) => {
      const s = document.querySelector('#search-status')?.textContent ?? '';
      return new URLSearchParams(location.search).get('q') === q && /找到|没有找到|无法/.test(s);
    },
    q,
    { timeout },
  );
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const urls = await page.locator('#search-results > li h2 a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return { status, urls };
}

/**
 * Bytes transferred (headers + encoded body, as Chromium reports them; requests made by
 * Pagefind's web worker included) from now until `stop()`.
 */
export function countBytes(page: Page, fallback?: (url: string) => number | undefined) {
  const rows: { url: string; bytes: number }[] = [];
  const pending: Promise<void>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    pending.push(
      request.sizes().then((s) => {
        let body = s.responseBodySize;
        // Chromium reports no body size for a worker's own script; the server's count fills in.
        if (body === 0) body = fallback?.(request.url()) ?? 0;
        rows.push({ url: request.url(), bytes: s.responseHeadersSize + body });
      }),
    );
  };
  page.on('requestfinished', onFinished);
  return {
    async stop() {
      page.off('requestfinished', onFinished);
      await Promise.all(pending);
      return { total: rows.reduce((n, r) => n + r.bytes, 0), rows };
    },
  };
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
