export { contentSecurityPolicy, securityHeaders } from './headers.ts';
export { ACCESS_LOG_FORMAT, defaultServer, nginxFiles, redirectMaps, securityTxt, siteServer, type NginxOptions } from './nginx.ts';
export { activate, currentRelease, isComplete, isReleaseName, listReleases, release, verifyRelease, type ReleaseOptions, type ReleaseResult } from './release.ts';
export { COMPLETE, compareWithDisk, hashFile, MANIFEST, readManifest, type FileEntry, type Manifest } from './manifest.ts';
export { formatVerify, tampered, verify, verifyOverHttp, type VerifyReport } from './verify.ts';
export { checkBuiltPages } from './built-check.ts';
export { ipv6Fetcher, ipv6Report, type Fetcher, type Ipv6Report } from './ipv6-report.ts';
export { ConfigValueError } from './nginx-values.ts';
export { requestSite, sitemapLocs, type SiteRequestOptions, type SiteResponse } from './site-request.ts';
