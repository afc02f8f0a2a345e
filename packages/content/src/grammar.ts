/**
 * The strict grammar of every registry and item value that reaches the server configuration
 * (domains, former addresses). The library step refuses anything else, and the nginx writer
 * checks again before writing, so no value can carry `;`, a newline, `{`, a quote, `$` or a space
 * into a configuration file.
 */

/** One DNS label: lower-case letters, digits and inner hyphens (punycode labels start with xn--). */
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';

const HOST = `(?:${LABEL}\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?`;

/** A lower-case ASCII host name of at least two labels, at most 253 characters. */
export const HOSTNAME = new RegExp(`^(?=.{1,253}$)${HOST}$`);

/**
 * The path and query of a former address, as an old CMS wrote it: RFC 3986 unreserved
 * characters, percent escapes and the delimiters `/ ? & = + , : @ ! * ( )`. Not allowed: `$`
 * (an nginx variable), `;`, quotes, backslash, spaces, braces, `#`, non-ASCII (percent-encode it).
 */
export const URL_PATH = /^\/[A-Za-z0-9\-._~%/&=+,:@!*()]*(?:\?[A-Za-z0-9\-._~%/&=+,:@!*()?]*)?$/;

/** A full former address: http(s), a host name of the grammar above, an optional port, a path. */
export const FORMER_URL = new RegExp(`^https?://${HOST}(?::\\d{1,5})?${URL_PATH.source.slice(1, -1)}$`);

export const isHostname = (s: string) => HOSTNAME.test(s);
export const isUrlPath = (s: string) => URL_PATH.test(s);
