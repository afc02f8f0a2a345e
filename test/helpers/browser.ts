import { chromium, type Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';

/** Debian's Chromium, as root and with no background network traffic (the machine has none). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}
