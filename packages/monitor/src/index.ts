export { patrol, type PatrolOptions, type PatrolReport } from './patrol.ts';
export { patrolHtml, patrolJson, patrolText } from './report.ts';
export { network, parseAccessLog, type Hit } from './access-log.ts';
export { visitStats, type SiteVisits, type VisitStats } from './stats.ts';
export { loadVisits, VISITS_FILE, type VisitsSnapshot } from './visits-file.ts';
