/**
 * Every mistake a publisher can make in the library is reported the same way:
 * a stable rule id, the file with line and column, what is wrong and how to fix it (in Chinese).
 */
export interface ContentProblem {
  /** Stable id, e.g. "registry/domain"; documented in docs/architecture.md. */
  rule: string;
  file: string;
  line: number;
  column: number;
  /** What is wrong, in Chinese. */
  message: string;
  /** How to fix it, in Chinese. */
  hint: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line}:${p.column} 错误 [${p.rule}] ${p.message}\n    修改建议：${p.hint}`;
}
