export { appFiles } from './app-files.ts';
export { codeowners } from './codeowners.ts';
export { createItem, nextId, nowInChina, type NewItem } from './new-item.ts';
export { roles, sign, SignError, type Role } from './sign.ts';
export { defaultColumns, openSite, type NewSite } from './site-new.ts';
