export { appFiles } from './app-files.ts';
export { codeowners } from './codeowners.ts';
export { createItem, nextId, nowInChina, type NewItem } from './new-item.ts';
export { roles, sign, SignError, type Role } from './sign.ts';
export { defaultColumns, openSite, type NewSite } from './site-new.ts';
export { readFrontmatter, writeFrontmatter, type FrontmatterFile } from './frontmatter.ts';
export { schedule, scheduleStateName, type ScheduledItem, type ScheduleState } from './schedule.ts';
export { roleName, settleDraft, signoffChangeError, signoffOf, type Signoff } from './sign.ts';
export { parseCommand, run, siteById, UsageError } from './command.ts';
