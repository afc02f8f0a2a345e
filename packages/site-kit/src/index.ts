export { default, type JiyueOptions } from './integration.ts';
