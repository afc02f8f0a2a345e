import { ContentError, loadDataFile, type ContentProblem } from '@jiyue/content';
import { dirname, join } from 'node:path';
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

/** A host pattern of an allow-list: a host name or *.suffix; never an IP address (forbidden/ip-literal). */
const hostPattern = z.string().min(1).refine((h) => !/^(\*\.)?(\d{1,3}(\.\d{1,3}){3}|\[?[0-9a-f:]*:[0-9a-f:.]*\]?)(:\d+)?$/i.test(h.trim()), {
  error: 'config/ip-host|允许名单不能写 IP 地址|IP 地址无法审核其归属、IPv6 用户也无法访问：请写域名（如 www.example.gov.cn）；链接 IP 地址的内容由 forbidden/ip-literal 规则拒绝。',
});
const hosts = z.array(hostPattern).default([]);

const forbiddenSchema = z.strictObject({
  advertising: z.strictObject({ strong: words, weak: words, weakNeeded: z.number().int().min(1).default(3) }),
  /** Spam by its shape: a private contact handle (WeChat, QQ…) next to a commercial cue. */
  spam: z.strictObject({ handles: words, disguisedHandles: words, solicit: words, cues: words }),
  gambling: z.strictObject({ phrases: words, patterns: words, hostPatterns: words }),
  negativeContext: words,
  classified: words,
});

const hostsSchema = z.strictObject({ links: hosts, resources: hosts });

const personalSchema = z.strictObject({
  /** Mail providers where anyone opens a personal mailbox (qq.com, 163.com…). */
  emailProviders: words,
  /** Mail domains that are never personal (government mailboxes); the registry's contact addresses are allowed too. */
  emailAllowed: hosts,
  /** Words naming a residential compound (小区, 花园, 家园…). */
  residential: words,
  /** Labels that introduce a person's address (住址, 家住…). */
  addressLabels: words,
});

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
  personal: z.output<typeof personalSchema>;
}

const files = {
  forbidden: ['forbidden.yaml', forbiddenSchema],
  hosts: ['hosts.yaml', hostsSchema],
  language: ['language.yaml', languageSchema],
  inspection: ['inspection.yaml', inspectionSchema],
  personal: ['personal.yaml', personalSchema],
} as const;

/** A mistake in content/inspector/*.yaml; its message lists the problems as the build prints them. */
export class ConfigError extends ContentError {}

/** Reads and checks content/inspector/*.yaml: each mistake is a problem at its file, line and column. */
export function readConfig(libraryDir: string, cwd = dirname(libraryDir)): { config?: InspectorConfig; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const load = <K extends keyof typeof files>(key: K) => {
    const [name, schema] = files[key];
    const loaded = loadDataFile(libraryDir, join(CONFIG_DIR, name), schema, { rulePrefix: 'config', cwd });
    problems.push(...loaded.problems);
    // InspectorConfig[K] is defined as the output of files[K]'s schema; TypeScript cannot follow K through the tuple.
    return loaded.data as InspectorConfig[K] | undefined;
  };
  const [forbidden, hosts, language, inspection, personal] = [load('forbidden'), load('hosts'), load('language'), load('inspection'), load('personal')];
  return forbidden && hosts && language && inspection && personal ? { config: { forbidden, hosts, language, inspection, personal }, problems } : { problems };
}

/** readConfig for the commands that cannot go on without it: a mistake throws a ConfigError. */
export function loadConfig(libraryDir: string): InspectorConfig {
  const { config, problems } = readConfig(libraryDir);
  if (!config) throw new ConfigError(problems);
  return config;
}
