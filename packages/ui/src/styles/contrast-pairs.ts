/**
 * Every text colour / background colour combination the design system paints, by token.
 * packages/ui/test/tokens.test.ts resolves each pair in every theme, in normal and elder mode,
 * and requires a contrast ratio ≥ 4.5:1 (WCAG 2.2 AA, 1.4.3) and ≥ 7:1 in elder mode
 * (1.4.6). It also fails when a stylesheet uses a text colour or background token that no pair
 * lists here: a new combination must be added (and so checked) before it can be used.
 */
export interface ContrastPair {
  text: `--${string}`;
  background: `--${string}`;
  /** Where the pair appears. */
  where: string;
}

export const contrastPairs: ContrastPair[] = [
  { text: '--page-fg', background: '--page-bg', where: 'body text' },
  { text: '--heading-fg', background: '--page-bg', where: 'headings' },
  { text: '--muted-fg', background: '--page-bg', where: 'dates, metadata, breadcrumb separators' },
  { text: '--link-fg', background: '--page-bg', where: 'links in content and lists' },
  { text: '--page-fg', background: '--panel-bg', where: 'text in grey panels (related links, site groups)' },
  { text: '--link-fg', background: '--panel-bg', where: 'links in grey panels' },
  { text: '--muted-fg', background: '--panel-bg', where: 'notes in grey panels' },
  { text: '--focus-fg', background: '--focus-bg', where: 'any focused link or control' },
  { text: '--skip-link-fg', background: '--skip-link-bg', where: 'skip link when focused' },
  { text: '--header-fg', background: '--header-bg', where: 'banner: site name, domain, search label' },
  { text: '--toolbar-fg', background: '--toolbar-bg', where: 'tool strip: font size, elder mode' },
  { text: '--toolbar-pressed-fg', background: '--toolbar-pressed-bg', where: 'pressed tool button' },
  { text: '--search-field-fg', background: '--search-field-bg', where: 'search field' },
  { text: '--search-button-fg', background: '--search-button-bg', where: 'search button' },
  { text: '--nav-fg', background: '--nav-bg', where: 'column navigation' },
  { text: '--nav-current-fg', background: '--nav-current-bg', where: 'current column' },
  { text: '--section-head-fg', background: '--section-head-bg', where: 'home page section headings' },
  { text: '--table-head-fg', background: '--table-head-bg', where: 'table header cells' },
  { text: '--button-fg', background: '--button-bg', where: 'buttons (print, search page)' },
  { text: '--pagination-current-fg', background: '--pagination-current-bg', where: 'current page number' },
  { text: '--mark-fg', background: '--mark-bg', where: 'search term highlight' },
  { text: '--ribbon-fg', background: '--ribbon-bg', where: 'demonstration ribbon' },
  { text: '--archive-fg', background: '--archive-bg', where: '已归档 label' },
  { text: '--footer-fg', background: '--footer-bg', where: 'footer identity block' },
];
