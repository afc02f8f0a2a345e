/**
 * Reads the servers' own access log, in the format the generated nginx configuration writes
 * (ACCESS_LOG_FORMAT in packages/deploy): site, visitor's network, time, method, path, status.
 * The format is ours, so one expression reads it; the log never holds a full IP address, and
 * anything else that looks like one is cut to its network here too.
 */
export interface Hit {
  host: string;
  /** The visitor's network (IPv4 /24 as a.b.c.0, IPv6 /48 as x:y:z::), never a full address. */
  visitor: string;
  /** yyyy-mm-dd, local time of the server. */
  day: string;
  method: string;
  path: string;
  status: number;
  userAgent: string;
}

const LINE = /^(\S+) (\S+) \[(\d{4}-\d{2}-\d{2})T[^\]]*\] "(\S+) ([^"]*)" (\d{3}) \d+ "([^"]*)"$/;

/** The network of an address (idempotent: a network stays itself), so no full address is ever kept. */
export function network(address: string): string {
  const v4 = /^(\d+\.\d+\.\d+)\.\d+$/.exec(address);
  if (v4) return `${v4[1]}.0`;
  if (address.includes(':')) return `${address.split(':').slice(0, 3).join(':')}::`;
  return '-';
}

export function parseAccessLog(text: string): { hits: Hit[]; unreadable: number } {
  const hits: Hit[] = [];
  let unreadable = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const m = LINE.exec(line);
    if (!m) {
      unreadable++;
      continue;
    }
    hits.push({ host: m[1]!.toLowerCase(), visitor: network(m[2]!), day: m[3]!, method: m[4]!, path: m[5]!.replace(/[?#].*$/, ''), status: Number(m[6]), userAgent: m[7]! });
  }
  return { hits, unreadable };
}
