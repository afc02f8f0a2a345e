import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PackCache, pipelineSalt, sourceHash, type ParsedItem } from '@jiyue/content';
import type { ContentContext, Finding, ItemRule } from './types.ts';

/**
 * The item rules' findings of each item, cached: an item whose file did not change is not
 * judged again. An item rule sees only its item and the context, so the key covers exactly that:
 * the item's digest (path and bytes), the rule configuration (content/inspector/*.yaml as
 * loaded), the registry (domains, rosters), which rules run, the inspector's own code and the
 * content pipeline that made the published text. Rules that read today's date are never cached.
 */
export class FindingsCache {
  private readonly cache: PackCache<Finding[]>;
  private readonly salt: string;

  constructor(dir: string, ctx: ContentContext, rules: readonly ItemRule[]) {
    this.salt = createHash('sha256')
      .update(inspectorCode())
      .update(pipelineSalt())
      .update(JSON.stringify(ctx.config))
      .update(JSON.stringify(ctx.library.registry))
      .update(rules.map((r) => r.id).join(','))
      .digest('hex');
    this.cache = new PackCache(dir, this.salt);
  }

  /** The item's findings: from the cache, or by `judge` (then remembered). */
  findings(item: ParsedItem, judge: () => Finding[]): Finding[] {
    const key = createHash('sha256').update(this.salt).update(item.digest).digest('hex');
    const known = this.cache.get(key);
    if (known) return known;
    const found = judge();
    this.cache.set(key, found);
    return found;
  }

  get stats(): { hits: number; misses: number } {
    return { hits: this.cache.hits, misses: this.cache.misses };
  }

  save(): void {
    this.cache.save();
  }
}

let code: string | undefined;
const inspectorCode = () => (code ??= sourceHash(dirname(fileURLToPath(import.meta.url))));
