export { patrol, type PatrolOptions, type PatrolReport } from './patrol.ts';
export { patrolHtml, patrolJson, patrolText } from './report.ts';
