export { ensureBundle, deskBundle } from './bundle.ts';
export { checkItemText, fieldPaths, type FieldProblem } from './check.ts';
export { collectionName, columnFolder, deskConfig } from './config.ts';
export { labels, schemaPaths } from './fields.ts';
export { fromDesk, toDesk, DeskError } from './item-file.ts';
export { DESK_HOSTS, deskServer, listen } from './server.ts';
export { commitPaths, isWorkTree, saveMessage } from './git.ts';
export { catchUp, pushPlan, pushSaved, upstreamOf, type PushStatus } from './push.ts';
