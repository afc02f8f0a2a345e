/**
 * One shape for everything the platform finds, in the library or on a built page: a stable rule
 * id, the file with line and column, what is wrong and how to fix it (in Chinese). The content
 * package's problems are findings of severity error; the inspector's carry theirs.
 */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Stable id, e.g. "registry/domain"; every id is listed in docs/rules.md. */
  rule: string;
  /** 'error' blocks publishing; 'warning' is reported and does not. A problem without one is an error. */
  severity?: Severity;
  /** Site the finding belongs to, when it belongs to one. */
  site?: string;
  file: string;
  line: number;
  column: number;
  /** Built pages: the page URL and a short description of the element. */
  url?: string;
  element?: string;
  /** What is wrong, in Chinese. */
  message: string;
  /** How to fix it, in Chinese. */
  hint: string;
}

/** A mistake in the library found while loading it: a finding that always blocks publishing. */
export type ContentProblem = Finding;

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problems.map(formatFinding).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const LEVEL = { error: '错误', warning: '警告' } as const;

/** The one way a finding is printed: `file:line:column 错误 [rule] message（page element）` and the fix on the next line. */
export function formatFinding(f: Finding): string {
  const where = f.url ? `（${f.url}${f.element ? ` ${f.element}` : ''}）` : '';
  return `${f.file}:${f.line}:${f.column} ${LEVEL[f.severity ?? 'error']} [${f.rule}] ${f.message}${where}\n    修改建议：${f.hint}`;
}
