import type { Registry } from '@jiyue/content';
import { readFrontmatter, settleDraft, signoffChangeError, signoffOf, writeFrontmatter } from '@jiyue/publisher';
import { Document, isMap, isScalar, isSeq, Scalar, visit } from 'yaml';
import { itemJsonSchema } from './fields.ts';
import { placeValue } from './config.ts';

/**
 * The one translation between an item file and what the desk's form edits. The desk shows
 * `shownOn` as a list of choices ("qingchuan/news"); the file keeps `{ site, column }` pairs.
 * Everything else is the file's own front matter.
 */
export function toDesk(text: string): string {
  const fm = readFrontmatter(text);
  const shownOn = fm.doc.get('shownOn');
  if (isSeq(shownOn)) {
    fm.doc.set('shownOn', shownOn.items.map((p) => (isMap(p) ? placeValue(String(p.get('site')), String(p.get('column'))) : p)));
  }
  fm.doc.delete('draft'); // not a field: the sign-offs decide it
  return writeFrontmatter(fm);
}

export class DeskError extends Error {}

/** Dates stay in double quotes, as `pnpm new` writes them and the guide asks (item/date-format). */
const DATE = /^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/;

/**
 * The file the desk writes for a save: the form's values over the previous file (its comments and
 * key order kept), empty values left out, the sign-offs checked against the previous ones with
 * the rules of `pnpm sign` (roster, order, three different people, no change of a signature), and
 * `draft` set from them exactly as `pnpm sign` does. Throws a DeskError in Chinese when a
 * signature breaks a rule.
 */
export function fromDesk(raw: string, previous: string | undefined, registry: Registry): string {
  const edited = readFrontmatter(raw);
  const values = edited.doc.toJS() as Record<string, unknown>;
  const fm = previous ? readFrontmatter(previous) : { doc: new Document({}), body: '' };
  const order = Object.keys(itemJsonSchema().properties ?? {});
  const kept = (fm.doc.toJS() ?? {}) as Record<string, unknown>;
  for (const key of order) {
    if (key === 'draft') continue;
    const value = key === 'shownOn' ? places(values[key]) : prune(values[key]);
    if (value === undefined) fm.doc.delete(key);
    // An unchanged value keeps its node, so its quotes and layout stay as written.
    else if (JSON.stringify(value) !== JSON.stringify(kept[key])) fm.doc.set(key, fm.doc.createNode(value));
  }
  // Keys the schema does not know stay as the publisher wrote them: the checks name them.
  for (const [key, value] of Object.entries(values)) if (!order.includes(key) && value !== undefined) fm.doc.set(key, fm.doc.createNode(value));

  const site = registry.sites.find((s) => s.id === values.site);
  if (!site) throw new DeskError(`网站“${String(values.site)}”不在登记表中。`);
  const error = signoffChangeError(site, previous ? signoffOf(readFrontmatter(previous).doc) : {}, signoffOf(fm.doc));
  if (error) throw new DeskError(error);
  if (!fm.doc.has('signoff')) fm.doc.set('signoff', fm.doc.createNode({}));
  settleDraft(fm.doc);
  if (!(fm.doc.get('signoff') as { items?: unknown[] })?.items?.length) fm.doc.delete('signoff');
  quoteDates(fm.doc);
  return writeFrontmatter({ doc: fm.doc, body: `\n${edited.body.trim()}\n` });
}

/** "qingchuan/news" back to { site, column }. */
function places(value: unknown) {
  if (!Array.isArray(value) || !value.length) return undefined;
  return value.map((v) => {
    const [site, column] = String(v).split('/');
    return { site, column };
  });
}

/** Empty strings, lists and blocks are left out of the file (as if never written). */
function prune(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, prune(v)] as const).filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

function quoteDates(doc: Document): void {
  visit(doc, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && DATE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
}
