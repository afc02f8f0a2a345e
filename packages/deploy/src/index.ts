export { contentSecurityPolicy, securityHeaders } from './headers.ts';
export { ancestors, corsMaps, defaultServer, descendants, nginxFiles, redirectMaps, securityTxt, siteServer, type NginxOptions } from './nginx.ts';
export { activate, currentRelease, release, verifyRelease, type ReleaseOptions } from './release.ts';
export { ipv6Fetcher, ipv6Report, type Fetcher, type Ipv6Report } from './ipv6-report.ts';
export { ConfigValueError } from './nginx-values.ts';
