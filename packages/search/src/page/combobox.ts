/**
 * Suggestions while typing (Q3 关键字推荐) as an ARIA 1.2 combobox with a listbox popup:
 * ↓/↑ move through the suggestions (aria-activedescendant keeps focus in the field), Enter
 * takes one, Esc closes the list, and the number of suggestions is announced politely.
 */
import type { Suggestion } from '../client/index.ts';

export interface ComboboxOptions {
  input: HTMLInputElement;
  listbox: HTMLUListElement;
  status: HTMLElement;
  suggest(value: string): Promise<Suggestion[]>;
  pick(text: string): void;
}

export function combobox({ input, listbox, status, suggest, pick }: ComboboxOptions): { close(): void } {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('aria-expanded', 'false');
  let active = -1;
  let items: Suggestion[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;

  const options = () => [...listbox.querySelectorAll<HTMLLIElement>('[role="option"]')];
  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (n: number) => {
    const all = options();
    if (!all.length) return;
    active = (n + all.length) % all.length;
    all.forEach((li, i) => li.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', all[active]!.id);
    all[active]!.scrollIntoView({ block: 'nearest' });
  };
  const render = (list: Suggestion[]) => {
    items = list;
    listbox.replaceChildren(
      ...list.map((s, i) => {
        const li = document.createElement('li');
        li.id = `search-suggestion-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        const text = document.createElement('span');
        text.textContent = s.text;
        li.append(text);
        if (s.note) {
          const note = document.createElement('small');
          note.textContent = s.note;
          li.append(note);
        }
        // mousedown, not click: the field keeps focus and the list does not close first.
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          take(i);
        });
        return li;
      }),
    );
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (list.length) {
      listbox.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = `有 ${list.length} 条搜索建议，可用上下方向键选择。`;
    } else {
      close();
      status.textContent = '';
    }
  };
  const take = (i: number) => {
    const s = items[i];
    if (!s) return;
    input.value = s.text;
    close();
    pick(s.text);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const value = input.value;
    const ticket = ++asked;
    if (!value.trim()) return void (render([]), (status.textContent = ''));
    timer = setTimeout(async () => {
      const list = await suggest(value).catch(() => []);
      if (ticket === asked && input.value === value) render(list);
    }, 120);
  });
  input.addEventListener('keydown', (e) => {
    const open = !listbox.hidden;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (open) setActive(active + 1);
      else if (items.length) (render(items), setActive(0));
    } else if (e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      setActive(active - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      take(active);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  return { close };
}
