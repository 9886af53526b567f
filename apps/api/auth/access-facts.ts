import { Actor, effectiveGrantStatus, GrantStatus, ReviewerAccessFacts, VerificationStatus } from '#domain';
import { EngagementEntity, EngagementRoster, GrantWithContext } from '#persistence';
import { EngagementRoster as NeedToKnowRoster, EngagementView, engagementView } from '#security';

/** The read model's rows as the access rules (libs/domain, libs/security) take them. */

/** An engagement's roster as need-to-know takes it. */
export function rosterFacts(roster: EngagementRoster): NeedToKnowRoster {
  return {
    developerOrg: roster.engagement.developerOrg,
    stage: roster.engagement.stage,
    reviewers: roster.reviewers,
    attested: roster.attested,
    recommended: roster.engagement.recommendedAt !== null,
    recused: roster.recused,
  };
}

/** How much of an engagement, as the read model holds it, a caller may see. */
export function rosterView(actor: Actor, roster: EngagementRoster): EngagementView {
  return engagementView(actor, rosterFacts(roster));
}

/** What decides whether a reviewer may hold a pre-release access token now. */
export function reviewerAccessFacts(engagement: EngagementEntity, reviewers: readonly string[], attested: readonly string[]): ReviewerAccessFacts {
  return {
    stage: engagement.stage,
    windowClosesAt: engagement.windowClosesAt?.getTime() ?? null,
    windowEndedAt: engagement.windowEndedAt?.getTime() ?? null,
    reviewers,
    attested,
  };
}

/** The status a caller sees: stored, with expiry, lapse and suspension (terms or registry) applied as of `now`. */
export function grantStatus(grant: GrantWithContext, now = Date.now()): GrantStatus {
  return effectiveGrantStatus(
    {
      status: grant.status,
      acceptBy: grant.acceptBy.getTime(),
      expiresAt: grant.expiresAt?.getTime() ?? null,
      acceptedTermsVersion: grant.acceptedTermsVersion,
      currentTermsVersion: grant.currentTermsVersion,
      partnerVerified: grant.partnerStatus === VerificationStatus.Verified,
    },
    now,
  );
}
