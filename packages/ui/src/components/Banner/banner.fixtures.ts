/** Examples for Banner: tests and the showcase render each named export; `invalid*` must fail the build. */
import { cityPortal, department, districtPortal } from '../../fixtures/demo.ts';

export default { title: '标识区', requirement: 'D1, D2' };

/** A people's government portal: national emblem (placeholder until the official file is in its slot). */
export const cityPortalBanner = { site: cityPortal };
export const districtPortalBanner = { site: districtPortal };
/** A department: its own logo, inline and CSP-safe. */
export const departmentBanner = { site: department };

export const invalidDepartmentWithEmblem = { site: { ...department, emblem: 'national' as const } };
export const invalidPortalWithoutEmblem = { site: { ...cityPortal, emblem: undefined } };
export const invalidDepartmentWithoutLogo = { site: { ...department, logo: undefined, logoSvg: undefined } };
export const invalidLogoWithScript = { site: { ...department, logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' } };
