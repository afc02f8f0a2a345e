import type { Rule } from '../types.ts';
import { rule as crossrefReprintLag } from './crossref/reprint-lag/index.ts';
import { rule as crossrefReprintOrder } from './crossref/reprint-order/index.ts';
import { rule as crossrefReprintSource } from './crossref/reprint-source/index.ts';
import { rule as crossrefUninterpretedPolicy } from './crossref/uninterpreted-policy/index.ts';
import { rule as forbiddenAdvertising } from './forbidden/advertising/index.ts';
import { rule as forbiddenBankCard } from './forbidden/bank-card/index.ts';
import { rule as forbiddenClassified } from './forbidden/classified/index.ts';
import { rule as forbiddenExternalLink } from './forbidden/external-link/index.ts';
import { rule as forbiddenGambling } from './forbidden/gambling/index.ts';
import { rule as forbiddenHomeAddress } from './forbidden/home-address/index.ts';
import { rule as forbiddenIdCard } from './forbidden/id-card/index.ts';
import { rule as forbiddenIpLiteral } from './forbidden/ip-literal/index.ts';
import { rule as forbiddenMobile } from './forbidden/mobile/index.ts';
import { rule as forbiddenPersonalEmail } from './forbidden/personal-email/index.ts';
import { rule as inspectionColumnStale } from './inspection/column-stale/index.ts';
import { rule as inspectionEarlyWarning } from './inspection/early-warning/index.ts';
import { rule as inspectionEmptyColumns } from './inspection/empty-columns/index.ts';
import { rule as inspectionHomepageStale } from './inspection/homepage-stale/index.ts';
import { rule as inspectionMessageReplyLate } from './inspection/message-reply-late/index.ts';
import { rule as inspectionNoGuide } from './inspection/no-guide/index.ts';
import { rule as inspectionStaleColumns } from './inspection/stale-columns/index.ts';
import { rule as inspectionUrgentStaleColumns } from './inspection/urgent-stale-columns/index.ts';
import { rule as inspectorDisableReason } from './inspector/disable-reason/index.ts';
import { rule as inspectorUnknownRule } from './inspector/unknown-rule/index.ts';
import { rule as inspectorUnusedDisable } from './inspector/unused-disable/index.ts';
import { rule as languageConfusion } from './language/confusion/index.ts';
import { rule as languageSeriousTypo } from './language/serious-typo/index.ts';
import { rule as languageTraditional } from './language/traditional/index.ts';
import { rule as registryPortalColumns } from './registry/portal-columns/index.ts';
import { rule as registryRosterDistinct } from './registry/roster-distinct/index.ts';
import { rule as registryRosterOverlap } from './registry/roster-overlap/index.ts';
import { rule as siteBrokenAnchor } from './site/broken-anchor/index.ts';
import { rule as siteBrokenLink } from './site/broken-link/index.ts';
import { rule as siteErrorFinder } from './site/error-finder/index.ts';
import { rule as siteIdentity } from './site/identity/index.ts';
import { rule as siteImgAlt } from './site/img-alt/index.ts';
import { rule as siteIpv4Literal } from './site/ipv4-literal/index.ts';
import { rule as siteMetaTags } from './site/meta-tags/index.ts';
import { rule as siteMissingPage } from './site/missing-page/index.ts';
import { rule as siteThirdParty } from './site/third-party/index.ts';
import { rule as workflowFutureDate } from './workflow/future-date/index.ts';
import { rule as workflowSignoffDistinct } from './workflow/signoff-distinct/index.ts';
import { rule as workflowSignoffRoster } from './workflow/signoff-roster/index.ts';

/** Every rule of the inspector, in report order. Each lives in src/rules/<rule-id>/ with its README and fixtures. */
export const rules: readonly Rule[] = [
  crossrefReprintLag,
  crossrefReprintOrder,
  crossrefReprintSource,
  crossrefUninterpretedPolicy,
  forbiddenAdvertising,
  forbiddenBankCard,
  forbiddenClassified,
  forbiddenExternalLink,
  forbiddenIpLiteral,
  forbiddenGambling,
  forbiddenHomeAddress,
  forbiddenIdCard,
  forbiddenMobile,
  forbiddenPersonalEmail,
  inspectionColumnStale,
  inspectionEarlyWarning,
  inspectionEmptyColumns,
  inspectionHomepageStale,
  inspectionMessageReplyLate,
  inspectionNoGuide,
  inspectionStaleColumns,
  inspectionUrgentStaleColumns,
  inspectorDisableReason,
  inspectorUnknownRule,
  inspectorUnusedDisable,
  languageConfusion,
  languageSeriousTypo,
  languageTraditional,
  registryPortalColumns,
  registryRosterDistinct,
  registryRosterOverlap,
  siteBrokenAnchor,
  siteBrokenLink,
  siteErrorFinder,
  siteIdentity,
  siteImgAlt,
  siteIpv4Literal,
  siteMetaTags,
  siteMissingPage,
  siteThirdParty,
  workflowFutureDate,
  workflowSignoffDistinct,
  workflowSignoffRoster,
];

const CATEGORY_ORDER = ['forbidden', 'language', 'workflow', 'crossref', 'registry', 'inspection', 'site', 'inspector'];

/** Rules in report order: by category (content first), then by id. */
export const orderedRules: readonly Rule[] = [...rules].sort(
  (a, b) => CATEGORY_ORDER.indexOf(a.id.split('/')[0]!) - CATEGORY_ORDER.indexOf(b.id.split('/')[0]!) || a.id.localeCompare(b.id),
);
