/** The table of item types (item-types.ts) is what the schemas check against. */
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES, itemType, itemTypes } from '../src/item-types.ts';
import { loadLibrary } from '../src/library.ts';
import { loadRegistry } from '../src/registry/load.ts';
import { newsItem, realRegistry, repoContent, scratchLibrary } from './fixtures.ts';

const { registry } = loadRegistry(repoContent);
const city = registry!.sites.find((s) => s.kind === 'city-portal')!;

describe('item types', () => {
  it('a column may have exactly the types of the table', () => {
    const withType = (type: string) => scratchLibrary({ registry: realRegistry.replace(/(type: )news\b/, `$1${type}`) });
    expect(loadRegistry(withType('nosuch')).problems.map((p) => p.rule)).toContain('registry/enum');
    for (const type of itemTypes) expect(loadRegistry(withType(type)).problems).toEqual([]);
  });

  const requiring = itemTypes.filter((t) => itemType(t).requires);
  it.each(requiring)('an item of type %s without its own field is refused with the table\'s message', (type) => {
    const column = city.columns.find((c) => c.type === type);
    expect(column, `the city portal has a ${type} column`).toBeDefined();
    const dir = scratchLibrary({ items: { 'city/a.md': newsItem({ type, column: column!.id }) } });
    const problem = loadLibrary({ libraryDir: dir, cwd: dir }).problems.find((p) => p.rule === 'item/type-fields');
    expect(problem).toMatchObject({ message: itemType(type).requires!.message, hint: itemType(type).requires!.hint });
  });

  it('names every type in Chinese and gives it a column', () => {
    for (const info of Object.values(ITEM_TYPES)) {
      expect(info.name).toMatch(/^\p{Script=Han}+$/u);
      expect(info.column.id).toMatch(/^[a-z][a-z0-9-]+$/);
    }
  });
});

