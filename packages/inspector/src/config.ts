import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';

/** Folder of the publishers' editable lists, inside the content library. */
export const CONFIG_DIR = 'inspector';

const words = z.array(z.string().min(1)).default([]);
const pair = z.strictObject({ wrong: z.string().min(1), right: z.string().min(1) });
/** An update limit in days or months; warnAt overrides the global early-warning fraction for it. */
const warnFraction = z.number().gt(0).lt(1).optional();
const limit = z.union([
  z.strictObject({ days: z.number().int().positive(), warnAt: warnFraction }),
  z.strictObject({ months: z.number().int().positive(), warnAt: warnFraction }),
]);

const forbiddenSchema = z.strictObject({
  advertising: z.strictObject({ strong: words, weak: words, weakNeeded: z.number().int().min(1).default(3) }),
  gambling: z.strictObject({ phrases: words, patterns: words, hostPatterns: words }),
  negativeContext: words,
  classified: words,
});

const hostsSchema = z.strictObject({ links: words, resources: words });

const languageSchema = z.strictObject({
  seriousTypos: z.array(pair).default([]),
  confusions: z.array(pair).default([]),
  traditionalAllowed: words,
});

const inspectionSchema = z.strictObject({
  homepageDays: z.number().int().positive(),
  homepageWarnAt: warnFraction,
  columnLimits: z.record(z.string(), limit),
  failAt: z.strictObject({
    urgentStaleColumns: z.number().int().positive(),
    staleColumns: z.number().int().positive(),
    emptyColumns: z.number().int().positive(),
  }),
  portalNeedsGuide: z.boolean().default(true),
  messageReplyMonths: z.number().int().positive().default(3),
  warnAt: z.number().gt(0).lt(1).default(0.75),
  reprintHours: z.number().positive().default(12),
});

export type Limit = z.output<typeof limit>;

export interface InspectorConfig {
  forbidden: z.output<typeof forbiddenSchema>;
  hosts: z.output<typeof hostsSchema>;
  language: z.output<typeof languageSchema>;
  inspection: z.output<typeof inspectionSchema>;
}

const files = {
  forbidden: ['forbidden.yaml', forbiddenSchema],
  hosts: ['hosts.yaml', hostsSchema],
  language: ['language.yaml', languageSchema],
  inspection: ['inspection.yaml', inspectionSchema],
} as const;

export class ConfigError extends Error {}

/** Reads and checks content/inspector/*.yaml; a mistake there stops the check with a clear message. */
export function loadConfig(libraryDir: string): InspectorConfig {
  const out: Partial<InspectorConfig> = {};
  for (const [key, [name, schema]] of Object.entries(files)) {
    const path = join(libraryDir, CONFIG_DIR, name);
    let raw: unknown;
    try {
      raw = parse(readFileSync(path, 'utf8'));
    } catch (e) {
      throw new ConfigError(`检查规则配置文件 content/${CONFIG_DIR}/${name} 无法读取或不是有效的 YAML：${(e as Error).message}`);
    }
    const result = schema.safeParse(raw);
    if (!result.success) {
      const where = result.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`).join('；');
      throw new ConfigError(`检查规则配置文件 content/${CONFIG_DIR}/${name} 格式不正确：${where}`);
    }
    (out as Record<string, unknown>)[key] = result.data;
  }
  return out as InspectorConfig;
}
