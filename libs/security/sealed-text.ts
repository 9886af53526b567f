import { createHash } from 'node:crypto';

import { sealedAt, Sealer } from './field-cipher';

/**
 * The SHA-256 of a piece of confidential text, hex: what the audit trail says of it instead of the
 * text, so an auditor can tell whether two records say the same without either being readable.
 */
export function contentDigest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Where the newer sealed values live (bound into their ciphertext), named once for writers and readers. */
export const SEALED_AT = {
  windowAccessEndpoint: (engagementId: string): string => sealedAt('engagements', 'window_access_endpoint', engagementId),
  partnerAccessEndpoint: (engagementId: string): string => sealedAt('engagements', 'partner_access_endpoint', engagementId),
  termsText: (engagementId: string, version: string): string => sealedAt('partner_terms', 'text', `${engagementId}:${version}`),
  grantEndNote: (grantId: string): string => sealedAt('grants', 'end_note', grantId),
  timelineNote: (engagementId: string, version: number): string => sealedAt('engagement_timeline', 'note', `${engagementId}:v${version}`),
  findingEventNote: (findingId: string, version: number): string => sealedAt('finding_events', 'note', `${findingId}:v${version}`),
  requestModelName: (requestId: string): string => sealedAt('inquiry_requests', 'model_name', requestId),
  requestNote: (requestId: string): string => sealedAt('inquiry_requests', 'note', requestId),
  consultationQuestion: (consultationId: string): string => sealedAt('consultations', 'question', consultationId),
  consultationNote: (consultationId: string): string => sealedAt('consultations', 'note', consultationId),
} as const;

/** The partner terms' text, opened. */
export function termsTextOf(cipher: Sealer, terms: { readonly engagementId: string; readonly version: string; readonly textSealed: string | null }): string {
  if (terms.textSealed === null) {
    throw new Error(`partner terms ${terms.engagementId} ${terms.version} hold no sealed text yet: the API seals what was kept in plaintext as it starts`);
  }
  return cipher.open(terms.textSealed, SEALED_AT.termsText(terms.engagementId, terms.version));
}

/** The developer's gateway for reviewers, opened. */
export function windowEndpointOf(cipher: Sealer, engagement: { readonly id: string; readonly windowAccessEndpointSealed: string | null }): string | undefined {
  return cipher.openOptional(engagement.windowAccessEndpointSealed, SEALED_AT.windowAccessEndpoint(engagement.id));
}

/** The developer's gateway for partners, opened: the terms' if they name one, else the window's. */
export function partnerEndpointOf(
  cipher: Sealer,
  engagementId: string,
  sealed: { readonly partner: string | null; readonly window: string | null },
): string | undefined {
  return sealed.partner !== null
    ? cipher.open(sealed.partner, SEALED_AT.partnerAccessEndpoint(engagementId))
    : cipher.openOptional(sealed.window, SEALED_AT.windowAccessEndpoint(engagementId));
}
