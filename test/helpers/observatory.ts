/**
 * The header tests of the Mozilla HTTP Observatory (its published scoring: start at 100, add
 * each test's modifier, bonuses only from 90 up; A+ is 100 or more), applied to one response.
 * Cookies and SRI do not apply: the sites set no cookie and load no script from another host.
 */
type Headers = Record<string, string | string[] | undefined>;

export interface Grade { score: number; grade: string; results: Record<string, number> }

const one = (h: Headers, name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

function csp(value: string | undefined): number {
  if (!value) return -25;
  const directives = new Map(value.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([k, ...v]) => [k!.toLowerCase(), v]));
  const src = (name: string) => directives.get(name) ?? directives.get('default-src') ?? [];
  for (const d of ['script-src', 'style-src']) if (src(d).includes("'unsafe-inline'") || src(d).includes("'unsafe-eval'")) return d === 'script-src' ? -20 : -5;
  if (!directives.has('default-src')) return -25;
  if (src('script-src').some((s) => s === 'http:' || s === 'https:' || s === '*' || s === 'data:')) return -20;
  return directives.get('default-src')!.includes("'none'") ? 10 : 0;
}

function hsts(value: string | undefined): number {
  const age = Number(/max-age=(\d+)/i.exec(value ?? '')?.[1]);
  if (!value || Number.isNaN(age)) return -20;
  return age >= 15_768_000 ? 0 : -10;
}

function referrer(value: string | undefined): number {
  if (!value) return 0;
  const last = value.split(',').map((s) => s.trim().toLowerCase()).at(-1)!;
  if (['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(last)) return 5;
  return ['origin', 'origin-when-cross-origin', 'no-referrer-when-downgrade'].includes(last) ? 0 : -5;
}

function frames(h: Headers): number {
  if (/frame-ancestors\s+('none'|'self')/.test(one(h, 'content-security-policy') ?? '')) return 5;
  return /^(deny|sameorigin)$/i.test(one(h, 'x-frame-options') ?? '') ? 0 : -20;
}

const cors = (h: Headers) => (one(h, 'access-control-allow-origin') === '*' ? -50 : 0);

export function observatoryGrade(headers: Headers): Grade {
  const results = {
    'content-security-policy': csp(one(headers, 'content-security-policy')),
    'strict-transport-security': hsts(one(headers, 'strict-transport-security')),
    'referrer-policy': referrer(one(headers, 'referrer-policy')),
    'x-content-type-options': one(headers, 'x-content-type-options')?.toLowerCase() === 'nosniff' ? 0 : -5,
    'x-frame-options': frames(headers),
    'cross-origin-resource-sharing': cors(headers),
  };
  const penalties = Object.values(results).filter((m) => m < 0).reduce((a, b) => a + b, 100);
  const bonuses = Object.values(results).filter((m) => m > 0).reduce((a, b) => a + b, 0);
  const score = penalties >= 90 ? penalties + bonuses : penalties;
  const grade = score >= 100 ? 'A+' : score >= 90 ? 'A' : score >= 85 ? 'A-' : score >= 80 ? 'B+' : score >= 70 ? 'B' : score >= 60 ? 'C' : score >= 50 ? 'D' : 'F';
  return { score, grade, results };
}
