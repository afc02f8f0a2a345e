/**
 * Design tokens (D7, D9): parses the token files as the browser would cascade them on <html>,
 * resolves every pair of contrast-pairs.ts in every theme and in normal and elder mode, and
 * checks the rules that make the design system compliant by construction.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastPairs } from '../src/styles/contrast-pairs.ts';

const src = new URL('../src', import.meta.url).pathname;
const styles = join(src, 'styles');
const TOKEN_FILES = ['tokens.base.css', 'themes.css', 'tokens.components.css'];
const THEMES = ['red', 'blue', 'teal'] as const;

interface Rule { selectors: string[]; decls: [string, string][]; file: string }

function stripComments(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/** Flat rules of a stylesheet (enough for these files: no nesting beyond @media). */
function parseRules(css: string, file: string): Rule[] {
  const rules: Rule[] = [];
  const body = stripComments(css);
  const re = /([^{}]+)\{([^{}]*)\}/g;
  for (const m of body.matchAll(re)) {
    const selectors = m[1]!.replace(/@media[^{]*$/, '').split(',').map((s) => s.trim()).filter(Boolean);
    const decls = m[2]!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()] as [string, string]);
    rules.push({ selectors, decls, file });
  }
  return rules;
}

const tokenRules = TOKEN_FILES.flatMap((f) => parseRules(readFileSync(join(styles, f), 'utf8'), f));

/** Which token selectors apply to <html data-theme=… [data-elder]>. */
function matches(selector: string, theme: string, elder: boolean): boolean {
  if (!selector.startsWith(':root')) throw new Error(`token selector must start with :root: ${selector}`);
  const attrs = [...selector.matchAll(/\[([a-z-]+)(?:="([^"]*)")?\]/g)];
  return attrs.every(([, name, value]) => {
    if (name === 'data-theme') return value === theme;
    if (name === 'data-elder') return elder;
    if (name === 'data-font') return false; // font size changes sizes, never colours
    throw new Error(`unexpected attribute in token selector: ${selector}`);
  });
}

/** Specificity order equals source order in these files, as the test below also checks. */
function tokensFor(theme: string, elder: boolean): Map<string, string> {
  const values = new Map<string, string>();
  const applicable = tokenRules
    .map((r, i) => ({ r, i, spec: Math.max(...r.selectors.filter((s) => matches(s, theme, elder)).map((s) => (s.match(/\[/g) ?? []).length), -1) }))
    .filter((x) => x.spec >= 0)
    .sort((a, b) => a.spec - b.spec || a.i - b.i);
  for (const { r } of applicable) for (const [k, v] of r.decls) if (k.startsWith('--')) values.set(k, v);
  return values;
}

function resolve(tokens: Map<string, string>, value: string, seen: string[] = []): string {
  return value.replace(/var\((--[a-z0-9-]+)(?:,\s*[^)]*)?\)/g, (_, name: string) => {
    if (seen.includes(name)) throw new Error(`cycle: ${[...seen, name].join(' → ')}`);
    const v = tokens.get(name);
    if (v === undefined) throw new Error(`undefined token ${name}`);
    return resolve(tokens, v, [...seen, name]);
  });
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** All stylesheets of the design system with their declarations. */
function allStylesheets(): { file: string; rules: Rule[]; text: string }[] {
  const files = (readdirSync(src, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.css'));
  return files.map((f) => {
    const text = readFileSync(join(src, f), 'utf8');
    return { file: f, text, rules: parseRules(text, f) };
  });
}

describe('contrast of every text/background pair', () => {
  const rows: string[] = [];
  for (const theme of THEMES) {
    for (const elder of [false, true]) {
      const min = elder ? 7 : 4.5;
      it(`theme ${theme}, ${elder ? 'elder mode (≥ 7:1)' : 'normal (≥ 4.5:1)'}`, () => {
        const tokens = tokensFor(theme, elder);
        const failures: string[] = [];
        for (const p of contrastPairs) {
          const fg = resolve(tokens, `var(${p.text})`);
          const bg = resolve(tokens, `var(${p.background})`);
          const ratio = contrast(fg, bg);
          rows.push(`${theme.padEnd(5)} ${elder ? 'elder ' : 'normal'} ${ratio.toFixed(2).padStart(6)}:1  ${p.text} on ${p.background} (${p.where})`);
          if (ratio < min) failures.push(`${p.text} ${fg} on ${p.background} ${bg}: ${ratio.toFixed(2)} < ${min} (${p.where})`);
        }
        expect(failures).toEqual([]);
      });
    }
  }
  it('prints the lowest ratios', () => {
    const lowest = (mode: string) => rows.filter((r) => r.includes(mode)).sort((a, b) => parseFloat(a.slice(13)) - parseFloat(b.slice(13)))[0];
    console.log(`lowest contrast, normal: ${lowest('normal')}\nlowest contrast, elder:  ${lowest('elder')}`);
    if (process.env.JIYUE_PRINT_CONTRAST) console.log(rows.join('\n'));
    expect(rows.length).toBe(contrastPairs.length * THEMES.length * 2);
  });
});

describe('token layers', () => {
  const byFile = (f: string) => tokenRules.filter((r) => r.file === f).flatMap((r) => r.decls);

  it('base tokens hold raw values only; colours are #rrggbb', () => {
    for (const [k, v] of byFile('tokens.base.css')) {
      expect(k.startsWith('--base-'), k).toBe(true);
      expect(v, k).not.toMatch(/var\(/);
      if (/^#/.test(v)) expect(v, k).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('themes use base tokens only, and declare nothing but custom properties', () => {
    for (const [k, v] of byFile('themes.css')) {
      expect(k.startsWith('--'), k).toBe(true);
      for (const ref of v.matchAll(/var\((--[a-z0-9-]+)/g)) expect(ref[1], `${k}: ${v}`).toMatch(/^--(base|theme)-/);
      expect(v, k).not.toMatch(/#[0-9a-f]{3,8}\b|rgb|hsl/i);
    }
  });

  it('component tokens use theme (semantic) tokens only', () => {
    for (const [k, v] of byFile('tokens.components.css')) {
      expect(v, k).toMatch(/^var\(--(color|size|space|border|radius|target|font|line)-[a-z0-9-]+\)$/);
    }
  });

  it('each theme has one main colour, and at most three colour families in all (D9)', () => {
    for (const theme of THEMES) {
      const tokens = tokensFor(theme, false);
      const colours = new Set([...tokens.entries()].filter(([k]) => k.startsWith('--color-')).map(([, v]) => resolve(tokens, v)));
      const family = (hex: string) => {
        const base = [...tokens.entries()].find(([k, v]) => k.startsWith('--base-') && v.toLowerCase() === hex.toLowerCase());
        return base ? base[0].replace(/^--base-([a-z]+)-?.*$/, '$1').replace(/^(black|white)$/, 'grey') : hex;
      };
      const families = new Set([...colours].map(family));
      expect([...families].sort(), theme).toEqual(['amber', 'grey', theme].sort());
    }
  });

  it('token selectors cascade in source order (no specificity surprise)', () => {
    for (const theme of THEMES) for (const elder of [false, true]) expect(() => tokensFor(theme, elder)).not.toThrow();
    // An elder override must come after the theme it overrides, and be at least as specific.
    const idx = (sel: string) => tokenRules.findIndex((r) => r.selectors.includes(sel));
    expect(idx(':root[data-elder]')).toBeGreaterThan(idx(':root[data-theme="teal"]'));
  });
});

describe('stylesheets use tokens, and only listed pairs', () => {
  const sheets = allStylesheets().filter((s) => !TOKEN_FILES.includes(relative('styles', s.file)));
  const pairTexts = new Set<string>(contrastPairs.map((p) => p.text));
  const pairBackgrounds = new Set<string>(contrastPairs.map((p) => p.background));
  const allTokens = tokensFor('red', false);

  it('no raw colour outside the token files', () => {
    const raw = sheets.flatMap((s) =>
      s.rules.flatMap((r) => r.decls.filter(([, v]) => /#[0-9a-f]{3,8}\b|\brgba?\(|\bhsla?\(|\b(black|white|red|blue|green|yellow|gray|grey)\b/i.test(v)).map(([k, v]) => `${s.file}: ${k}: ${v}`)),
    );
    expect(raw).toEqual([]);
  });

  it('no base token used directly by a component or page stylesheet', () => {
    const direct = sheets.flatMap((s) => [...s.text.matchAll(/var\((--base-[a-z0-9-]+)/g)].map((m) => `${s.file}: ${m[1]}`));
    expect(direct).toEqual([]);
  });

  it('every token used as a text colour appears in some pair, every background token too', () => {
    const problems: string[] = [];
    for (const s of sheets) {
      for (const r of s.rules) {
        for (const [k, v] of r.decls) {
          const tokens = [...v.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]!);
          if (k === 'color') {
            if (!tokens.length && !/^(inherit|currentcolor|transparent)$/i.test(v)) problems.push(`${s.file}: color: ${v} (not a token)`);
            for (const t of tokens) if (!pairTexts.has(t)) problems.push(`${s.file} ${r.selectors.join(',')}: text colour ${t} is in no pair of contrast-pairs.ts`);
          }
          if (k === 'background-color' || k === 'background') {
            for (const t of tokens) if (!pairBackgrounds.has(t)) problems.push(`${s.file} ${r.selectors.join(',')}: background ${t} is in no pair of contrast-pairs.ts`);
          }
          for (const t of tokens) if (!allTokens.has(t) && !t.startsWith('--base-')) problems.push(`${s.file}: unknown token ${t}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('every pair uses defined tokens', () => {
    for (const p of contrastPairs) {
      expect(allTokens.has(p.text), p.text).toBe(true);
      expect(allTokens.has(p.background), p.background).toBe(true);
    }
  });
});
