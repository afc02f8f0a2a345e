import { RESOURCE_SOURCES } from '@jiyue/content';

/**
 * Security headers of every page (X3). The policy allows only the site's own origin:
 * no inline script or style, no third-party host. Pagefind runs WebAssembly, hence
 * 'wasm-unsafe-eval' (which allows compiling wasm, not eval of JavaScript).
 */
export function contentSecurityPolicy(): string {
  const s = RESOURCE_SOURCES; // the platform's one resource policy, which the inspector enforces at the source line
  return [
    `default-src ${s.default.join(' ')}`,
    `script-src ${s.script.join(' ')}`,
    `style-src ${s.style.join(' ')}`,
    `img-src ${s.img.join(' ')}`,
    `font-src ${s.font.join(' ')}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

export function securityHeaders(): [string, string][] {
  return [
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    ['Content-Security-Policy', contentSecurityPolicy()],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
    ['X-Frame-Options', 'SAMEORIGIN'],
  ];
}
