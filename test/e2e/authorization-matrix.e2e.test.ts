import { randomUUID } from 'node:crypto';

import { Role } from '#domain';

import { request } from '../support/api';
import { act, Cast, cast, changesAudited, DIGEST, inquiry, inWindow, recommended, submitted } from '../support/scenario';
import { asSession, BrowserSession, sessionOf } from '../support/sessions';
import { caller, expiredToken } from '../support/stack';

type Who = 'developer' | 'otherDeveloper' | 'admin' | 'reviewer' | 'unassignedReviewer' | 'authority' | 'auditor' | 'partner' | 'anonymous';
const EVERYONE: readonly Who[] = ['developer', 'otherDeveloper', 'admin', 'reviewer', 'unassignedReviewer', 'authority', 'auditor', 'partner', 'anonymous'];

interface Route {
  readonly method: 'GET' | 'POST' | 'DELETE' | 'PATCH';
  readonly path: (id: string) => string;
  readonly body?: unknown;
  /** Expected status per caller, on an engagement whose roster includes developer, reviewer and authority. */
  readonly expect: Record<Who, number>;
}

const outcome = { outcome: 'COVERED', rationale: 'r' };
/** A finding of the 60-day tier, which a developer then shares. */
const SHARED_INPUTS = { inKev: false, publiclyExposed: true, automatable: false, technicalImpact: 'PARTIAL' };
const benchmark = { reference: 'NSA-1', digest: DIGEST, summary: 's' };

/**
 * Engagement routes against an engagement that was recommended (so the authority is on its roster)
 * and then withdrawn: anyone who may act gets 409 (the stage forbids it, nothing changes), anyone off
 * the roster gets 404 whatever their role, and a role the route does not admit gets 403 from those
 * who may see the engagement.
 */
const ROUTES: Record<string, Route> = {
  'GET /v1/engagements/:id': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}`,
    expect: {
      developer: 200,
      otherDeveloper: 404,
      admin: 200,
      reviewer: 200,
      unassignedReviewer: 404,
      authority: 200,
      auditor: 200,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/reviewers': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/reviewers`,
    body: { reviewerIds: ['someone-new'] },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 409,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'DELETE /v1/engagements/:id/reviewers/:sub': {
    method: 'DELETE',
    path: (id) => `/v1/engagements/${id}/reviewers/someone-assigned`,
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 409,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/recusal': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/recusal`,
    body: { reason: 'A former employer of mine is a shareholder' },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 409,
      unassignedReviewer: 404,
      authority: 409,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/attestations': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/attestations`,
    body: { noConflictOfInterest: true },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 409,
      unassignedReviewer: 404,
      authority: 409,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/benchmark-results': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/benchmark-results`,
    body: benchmark,
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 409,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/recommendation': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/recommendation`,
    body: outcome,
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 409,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/determination': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/determination`,
    body: outcome,
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 409,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/withdraw': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/withdraw`,
    body: {},
    expect: {
      developer: 409,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  ...Object.fromEntries(
    ['access-window', 'access-window/end', 'decline-access', 'release', 'close'].map((route) => [
      `POST /v1/engagements/:id/${route}`,
      {
        method: 'POST' as const,
        path: (id: string) => `/v1/engagements/${id}/${route}`,
        body: route === 'access-window' ? { accessEndpoint: 'https://gw.example/v1', artifactDigest: DIGEST } : {},
        expect: {
          developer: 409,
          otherDeveloper: 404,
          admin: 403,
          reviewer: 403,
          unassignedReviewer: 404,
          authority: 403,
          auditor: 403,
          partner: 404,
          anonymous: 401,
        },
      },
    ]),
  ),
  'POST /v1/engagements/:id/access-tokens': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/access-tokens`,
    body: {},
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 409,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/findings': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/findings`,
    body: { title: 't', description: 'd', inKev: true, publiclyExposed: true, automatable: true, technicalImpact: 'TOTAL' },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 409,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'GET /v1/engagements/:id/findings': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}/findings`,
    // Withdrawal ended the reviewer's access to the content; the developer and auditors keep theirs.
    expect: {
      developer: 200,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/findings/:findingId/response': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001/response`,
    body: { status: 'ACKNOWLEDGED' },
    expect: {
      developer: 409,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  // A finding's own routes: the developer and auditors read it (there is no such finding: 404); withdrawal ended the reviewer's part.
  'GET /v1/engagements/:id/findings/:findingId': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001`,
    expect: {
      developer: 404,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 404,
      partner: 404,
      anonymous: 401,
    },
  },
  'PATCH /v1/engagements/:id/findings/:findingId': {
    method: 'PATCH',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001`,
    body: { title: 'Corrected' },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/findings/:findingId/verification': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001/verification`,
    body: { verdict: 'VERIFIED_FIXED' },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/findings/:findingId/dispute-resolution': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001/dispute-resolution`,
    body: { resolution: 'KEPT', rationale: 'r' },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/findings/:findingId/close': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001/close`,
    body: {},
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  // Sharing, validation and CSAF exports: the developer's (withdrawn: 409; no such finding: 404), the clearinghouse's (a role no one here holds).
  'POST /v1/engagements/:id/findings/:findingId/share': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001/share`,
    body: {},
    expect: {
      developer: 409,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/findings/share-request': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/findings/share-request`,
    body: {},
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 409,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/findings/:findingId/validation': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001/validation`,
    body: { outcome: 'VALIDATED', note: 'n' },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'GET /v1/engagements/:id/findings/:findingId/csaf': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}/findings/00000000-0000-4000-8000-000000000001/csaf`,
    expect: {
      developer: 404,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'GET /v1/engagements/:id/csaf': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}/csaf`,
    expect: {
      developer: 404,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  // Remediation notices and partner reports: the developer's (withdrawn: 409), read by auditors (and reports by reviewers while they follow findings).
  'POST /v1/engagements/:id/remediation-notices': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/remediation-notices`,
    body: { fixedVersion: '1', artifactDigest: DIGEST, instruction: 'Update', findingIds: ['00000000-0000-4000-8000-000000000001'] },
    expect: {
      developer: 409,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'GET /v1/engagements/:id/remediation-notices': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}/remediation-notices`,
    expect: {
      developer: 200,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
      anonymous: 401,
    },
  },
  'GET /v1/engagements/:id/partner-reports': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}/partner-reports`,
    expect: {
      developer: 200,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/partner-reports/:reportId/share': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/partner-reports/00000000-0000-4000-8000-000000000001/share`,
    body: {},
    expect: {
      developer: 409,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'GET /v1/engagements/:id/record': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}/record`,
    expect: {
      developer: 200,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
      anonymous: 401,
    },
  },
  'GET /v1/engagements/:id/audit': {
    method: 'GET',
    path: (id) => `/v1/engagements/${id}/audit`,
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/reconsideration': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/reconsideration`,
    body: { rationale: 'Asked by the matrix' },
    expect: {
      developer: 409,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/disposal': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/disposal`,
    body: {},
    expect: {
      developer: 409,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/consultations': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/consultations`,
    // A deadline ahead of each sending.
    get body() {
      return { organization: 'nsa', question: 'Asked by the matrix', answerBy: new Date(Date.now() + 86_400_000).toISOString() };
    },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 409,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
  'POST /v1/engagements/:id/consultations/:consultationId/answer': {
    method: 'POST',
    path: (id) => `/v1/engagements/${id}/consultations/${randomUUID()}/answer`,
    body: { concurs: true },
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 404,
      authority: 404,
      auditor: 403,
      partner: 404,
      anonymous: 401,
    },
  },
};

/** Routes that do not name an engagement. */
/** Open to every person, whatever their role; a caller without a token is 401. */
const EVERY_PERSON: Route['expect'] = {
  developer: 200,
  otherDeveloper: 200,
  admin: 200,
  reviewer: 200,
  unassignedReviewer: 200,
  authority: 200,
  auditor: 200,
  partner: 200,
  anonymous: 401,
};

const COLLECTION_ROUTES: Record<string, Route> = {
  // Everyone has an inbox of their own, and only their own.
  'GET /v1/notifications': {
    method: 'GET',
    path: () => '/v1/notifications',
    expect: EVERY_PERSON,
  },
  'POST /v1/notifications/read-all': {
    method: 'POST',
    path: () => '/v1/notifications/read-all',
    body: {},
    expect: EVERY_PERSON,
  },
  'GET /v1/clearinghouse/reports': {
    method: 'GET',
    path: () => '/v1/clearinghouse/reports',
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  // The clearinghouse's queue is its own: every other role is refused.
  'GET /v1/clearinghouse/findings': {
    method: 'GET',
    path: () => '/v1/clearinghouse/findings',
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'POST /v1/engagements': {
    method: 'POST',
    path: () => '/v1/engagements',
    body: inquiry(),
    expect: {
      developer: 201,
      otherDeveloper: 201,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/audit': {
    method: 'GET',
    path: () => '/v1/audit',
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 200,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/audit/export': {
    method: 'GET',
    path: () => `/v1/audit/export?from=${new Date().toISOString()}`,
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 200,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/statistics': {
    method: 'GET',
    path: () => '/v1/statistics',
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 200,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 200,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/requests': {
    method: 'GET',
    path: () => '/v1/requests',
    expect: {
      developer: 200,
      otherDeveloper: 200,
      admin: 200,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'POST /v1/requests': {
    method: 'POST',
    path: () => '/v1/requests',
    // A deadline ahead of each sending.
    get body() {
      return { developerOrg: 'other-ai', modelName: 'Matrix', note: 'Asked by the matrix', respondBy: new Date(Date.now() + 86_400_000).toISOString() };
    },
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 201,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/audit/checkpoints': {
    method: 'GET',
    path: () => '/v1/audit/checkpoints',
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 200,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/organizations': {
    method: 'GET',
    path: () => '/v1/organizations',
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 200,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'POST /v1/organizations': {
    method: 'POST',
    path: () => '/v1/organizations',
    // A new id each time it is sent, so each matrix creates its own.
    get body() {
      return { id: `matrix-${randomUUID()}`, name: 'Matrix Lab', kind: 'AI_DEVELOPER' };
    },
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 201,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/engagements': {
    method: 'GET',
    path: () => '/v1/engagements',
    expect: {
      developer: 200,
      otherDeveloper: 200,
      admin: 200,
      reviewer: 200,
      unassignedReviewer: 200,
      authority: 200,
      auditor: 200,
      partner: 403,
      anonymous: 401,
    },
  },
  'POST /v1/tokens/introspect': {
    method: 'POST',
    path: () => '/v1/tokens/introspect',
    body: { token: 'a.b.c' },
    expect: {
      developer: 200,
      otherDeveloper: 200,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/revocations': {
    method: 'GET',
    path: () => '/v1/revocations',
    expect: {
      developer: 200,
      otherDeveloper: 200,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /.well-known/jwks.json': {
    method: 'GET',
    path: () => '/.well-known/jwks.json',
    expect: {
      developer: 200,
      otherDeveloper: 200,
      admin: 200,
      reviewer: 200,
      unassignedReviewer: 200,
      authority: 200,
      auditor: 200,
      partner: 200,
      anonymous: 200,
    },
  },
  'GET /v1/consultations': {
    method: 'GET',
    path: () => '/v1/consultations',
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 200,
      auditor: 403,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/consultations/:consultationId': {
    method: 'GET',
    path: () => `/v1/consultations/${randomUUID()}`,
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 403,
      reviewer: 404,
      unassignedReviewer: 404,
      authority: 404,
      auditor: 404,
      partner: 403,
      anonymous: 401,
    },
  },
  'GET /v1/audit/verify': {
    method: 'GET',
    path: () => '/v1/audit/verify',
    expect: {
      developer: 403,
      otherDeveloper: 403,
      admin: 403,
      reviewer: 403,
      unassignedReviewer: 403,
      authority: 403,
      auditor: 200,
      partner: 403,
      anonymous: 401,
    },
  },
};

function tokenOf(c: Cast, who: Who): string | undefined {
  if (who === 'anonymous') {
    return undefined;
  }
  return c[who].token;
}

describe('authorization matrix: every route, every role, on and off the roster', () => {
  let c: Cast;
  let recommendedThenWithdrawn: string;
  let neverRecommended: string;

  beforeAll(async () => {
    c = await cast();
    recommendedThenWithdrawn = await recommended(c);
    await act(`/v1/engagements/${recommendedThenWithdrawn}/attestations`, c.authority, { noConflictOfInterest: true });
    await act(`/v1/engagements/${recommendedThenWithdrawn}/withdraw`, c.developer, {});
    neverRecommended = await submitted(c);
    await act(`/v1/engagements/${neverRecommended}/reviewers`, c.admin, { reviewerIds: [c.reviewer.sub] });
    await act(`/v1/engagements/${neverRecommended}/withdraw`, c.developer, {});
  });

  const cases = Object.entries(ROUTES).flatMap(([name, route]) => EVERYONE.map((who) => [name, who, route.expect[who]] as const));

  it.each(cases)('%s as %s answers %i', async (name, who, status) => {
    const route = ROUTES[name]!;
    const res = await request(route.method, route.path(recommendedThenWithdrawn), route.body, { token: tokenOf(c, who) });
    expect(res.status).toBe(status);
    if (status >= 400) {
      expect(res.contentType).toContain('application/problem+json');
      expect(res.body['status']).toBe(status);
      expect(res.body['code']).toEqual(expect.any(String));
      expect(res.body['type']).toMatch(/^urn:frontier-access:problem:/);
    }
    if (status === 409) {
      expect(res.body.stage).toBe('WITHDRAWN');
    }
  });

  const collectionCases = Object.entries(COLLECTION_ROUTES).flatMap(([name, route]) => EVERYONE.map((who) => [name, who, route.expect[who]] as const));

  it.each(collectionCases)('%s as %s answers %i', async (name, who, status) => {
    const route = COLLECTION_ROUTES[name]!;
    const res = await request(route.method, route.path(''), route.body, { token: tokenOf(c, who) });
    expect(res.status).toBe(status);
  });

  it('a designation authority cannot see or act on an engagement that was never recommended', async () => {
    for (const path of ['', '/attestations', '/determination']) {
      const res = await request(
        path ? 'POST' : 'GET',
        `/v1/engagements/${neverRecommended}${path}`,
        path === '/attestations' ? { noConflictOfInterest: true } : path ? outcome : undefined,
        {
          token: c.authority.token,
        },
      );
      expect(res.status).toBe(404);
    }
  });

  it('an engagement that does not exist answers 404 to every caller, whatever their role, exactly as one off the roster', async () => {
    const missing = randomUUID();
    for (const [name, route] of Object.entries(ROUTES)) {
      for (const who of EVERYONE) {
        if (who === 'anonymous') {
          continue;
        }
        const res = await request(route.method, route.path(missing), route.body, { token: tokenOf(c, who) });
        expect({ name, who, status: res.status }).toEqual({ name, who, status: 404 });
      }
    }
    const hidden = await request('GET', `/v1/engagements/${recommendedThenWithdrawn}`, undefined, { token: c.otherDeveloper.token });
    const absent = await request('GET', `/v1/engagements/${missing}`, undefined, { token: c.otherDeveloper.token });
    expect({ ...hidden.body, instance: undefined }).toEqual({ ...absent.body, instance: undefined });
  });

  it('an expired or foreign-issuer token is 401 on every route', async () => {
    const expired = await expiredToken();
    for (const route of [...Object.values(ROUTES), ...Object.values(COLLECTION_ROUTES)].filter((r) => r.expect.anonymous === 401)) {
      const res = await request(route.method, route.path(recommendedThenWithdrawn), route.body, { token: expired });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
    const forged = `${c.developer.token.split('.').slice(0, 2).join('.')}.${Buffer.from('not a signature').toString('base64url')}`;
    expect((await request('GET', '/v1/engagements', undefined, { token: forged })).status).toBe(401);
  });

  it('a rejected command changes nothing: the timeline and the audit trail are as they were', async () => {
    const before = (await changesAudited(recommendedThenWithdrawn, c.auditor)).length;
    await request('POST', `/v1/engagements/${recommendedThenWithdrawn}/withdraw`, {}, { token: c.developer.token });
    await request('POST', `/v1/engagements/${recommendedThenWithdrawn}/withdraw`, {}, { token: c.otherDeveloper.token });
    await request('POST', `/v1/engagements/${recommendedThenWithdrawn}/reviewers`, { reviewerIds: ['x'] }, { token: c.developer.token });
    expect((await changesAudited(recommendedThenWithdrawn, c.auditor)).length).toBe(before);
  });
});

type LiveWho = Exclude<Who, 'anonymous'> | 'unattestedReviewer';
const LIVE: readonly LiveWho[] = [
  'developer',
  'otherDeveloper',
  'admin',
  'reviewer',
  'unattestedReviewer',
  'unassignedReviewer',
  'authority',
  'auditor',
  'partner',
];

/** Reads of a live engagement (its pre-release window open): what each caller gets, and in which view. */
const LIVE_READS: Record<string, { readonly path: (id: string) => string; readonly expect: Record<LiveWho, number | string> }> = {
  'GET /v1/engagements/:id': {
    path: (id) => `/v1/engagements/${id}`,
    // A number is the status; a view name means 200 in that view.
    expect: {
      developer: 'DEVELOPER',
      otherDeveloper: 404,
      admin: 'METADATA',
      reviewer: 'FULL',
      unattestedReviewer: 'METADATA',
      unassignedReviewer: 404,
      authority: 'FULL',
      auditor: 'FULL',
      partner: 404,
    },
  },
  'GET /v1/engagements/:id/findings': {
    path: (id) => `/v1/engagements/${id}/findings`,
    expect: {
      developer: 200,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 200,
      unattestedReviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
    },
  },
  'GET /v1/engagements/:id/nominations': {
    path: (id) => `/v1/engagements/${id}/nominations`,
    expect: {
      developer: 200,
      otherDeveloper: 404,
      admin: 200,
      reviewer: 403,
      unattestedReviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
    },
  },
  'GET /v1/engagements/:id/record': {
    path: (id) => `/v1/engagements/${id}/record`,
    expect: {
      developer: 200,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unattestedReviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
    },
  },
  'GET /v1/engagements/:id/audit': {
    path: (id) => `/v1/engagements/${id}/audit`,
    expect: {
      developer: 403,
      otherDeveloper: 404,
      admin: 403,
      reviewer: 403,
      unattestedReviewer: 403,
      unassignedReviewer: 404,
      authority: 403,
      auditor: 200,
      partner: 404,
    },
  },
};

/**
 * The same matrix with every caller signed in with a browser instead of a bearer token: a session
 * cookie (with its Origin and CSRF token on changes) is admitted, refused and hidden from exactly as the
 * same person's token is. Anonymous is a browser with no session.
 */
describe('authorization matrix through browser sessions', () => {
  let c: Cast;
  let id: string;
  const sessions = new Map<Who, BrowserSession>();

  beforeAll(async () => {
    c = await cast();
    id = await recommended(c);
    await act(`/v1/engagements/${id}/attestations`, c.authority, { noConflictOfInterest: true });
    await act(`/v1/engagements/${id}/withdraw`, c.developer, {});
    for (const who of EVERYONE) {
      if (who !== 'anonymous') sessions.set(who, await sessionOf(c[who]));
    }
  });

  const cases = Object.entries({ ...ROUTES, ...COLLECTION_ROUTES }).flatMap(([name, route]) => EVERYONE.map((who) => [name, who, route.expect[who]] as const));

  it.each(cases)('%s as %s (a browser session) answers %i', async (name, who, status) => {
    const route = ROUTES[name] ?? COLLECTION_ROUTES[name]!;
    const path = route.path(name in ROUTES ? id : '');
    const session = sessions.get(who);
    const res = session ? await asSession(session, route.method, path, route.body) : await request(route.method, path, route.body);
    expect(res.status).toBe(status);
  });
});

describe('authorization matrix on a live engagement: reads, as every caller, attested or not', () => {
  let c: Cast;
  let id: string;

  beforeAll(async () => {
    c = await cast();
    id = await inWindow(c);
    // On the roster, but not yet attested: metadata only.
    await act(`/v1/engagements/${id}/reviewers`, c.admin, { reviewerIds: [c.secondReviewer.sub] });
  });

  const tokenFor = (who: LiveWho): string => (who === 'unattestedReviewer' ? c.secondReviewer.token : c[who].token);
  const cases = Object.entries(LIVE_READS).flatMap(([name, route]) => LIVE.map((who) => [name, who, route.expect[who]] as const));

  it.each(cases)('%s as %s: %s', async (name, who, expected) => {
    const res = await request<{ view?: string; code?: string }>('GET', LIVE_READS[name]!.path(id), undefined, { token: tokenFor(who) });
    if (typeof expected === 'string') {
      expect({ status: res.status, view: res.body.view }).toEqual({ status: 200, view: expected });
      return;
    }
    expect(res.status).toBe(expected);
    if (name.endsWith('/findings') && who === 'unattestedReviewer') {
      expect(res.body.code).toBe('ATTESTATION_REQUIRED');
    }
  });
});

/**
 * The clearinghouse's own scope is the shared finding, never an engagement's roster: every engagement
 * route is 404 to it, on a live engagement as on a withdrawn one, except validating and exporting a
 * finding its developer shared; and of the collection routes it has its inbox and its own queues.
 */
describe('the clearinghouse in the authorization matrix: shared findings only, never a detail or timeline of the engagement', () => {
  const PLACEHOLDER = '00000000-0000-4000-8000-000000000001';
  const OPEN_TO_IT_ON_A_SHARED_FINDING: Readonly<Record<string, number>> = {
    'POST /v1/engagements/:id/findings/:findingId/validation': 200,
    'GET /v1/engagements/:id/findings/:findingId/csaf': 200,
    'GET /v1/engagements/:id/csaf': 200,
  };
  let c: Cast;
  let token: string;
  let withdrawn: string;
  let live: string;
  let shared: string;

  beforeAll(async () => {
    c = await cast();
    token = (await caller(Role.Clearinghouse, 'cisa')).token;
    withdrawn = await recommended(c);
    await act(`/v1/engagements/${withdrawn}/withdraw`, c.developer, {});
    live = await inWindow(c);
    const finding = await request<{ id: string }>(
      'POST',
      `/v1/engagements/${live}/findings`,
      { title: 't', description: 'd', ...SHARED_INPUTS },
      { token: c.reviewer.token },
    );
    shared = finding.body.id;
    await request('POST', `/v1/engagements/${live}/findings/${shared}/share`, {}, { token: c.developer.token });
  });

  it.each(Object.keys(ROUTES))('%s is 404 to the clearinghouse on a withdrawn engagement', async (name) => {
    const route = ROUTES[name]!;
    const res = await request(route.method, route.path(withdrawn), route.body, { token });
    expect(res.status).toBe(404);
  });

  it.each(Object.keys(ROUTES))('%s answers the clearinghouse on a live engagement only for its shared finding', async (name) => {
    const route = ROUTES[name]!;
    const res = await request(route.method, route.path(live).replace(PLACEHOLDER, shared), route.body, { token });
    expect(res.status).toBe(OPEN_TO_IT_ON_A_SHARED_FINDING[name] ?? 404);
  });

  it.each(Object.keys(COLLECTION_ROUTES))('%s answers the clearinghouse as a person with only its own queues', async (name) => {
    const route = COLLECTION_ROUTES[name]!;
    const res = await request(route.method, route.path(''), route.body, { token });
    const own = name.startsWith('GET /v1/clearinghouse/') || route.expect.partner === 200;
    expect(res.status).toBe(own ? 200 : 403);
  });
});

/**
 * A government request is its organization's developers' and the program administrators' alone: a developer
 * of another organization finds no such request (404, as for one that does not exist), other roles are
 * refused outright, and an answer to a request already answered is refused by its status.
 */
describe('authorization matrix on a government request', () => {
  const REQUEST_ROUTES: Record<string, { method: 'GET' | 'POST'; path: (id: string) => string; body?: unknown; expect: Record<Who, number> }> = {
    'GET /v1/requests/:id': {
      method: 'GET',
      path: (id) => `/v1/requests/${id}`,
      expect: {
        developer: 200,
        otherDeveloper: 404,
        admin: 200,
        reviewer: 403,
        unassignedReviewer: 403,
        authority: 403,
        auditor: 403,
        partner: 403,
        anonymous: 401,
      },
    },
    'POST /v1/requests/:id/accept': {
      method: 'POST',
      path: (id) => `/v1/requests/${id}/accept`,
      body: { modelVersion: '1', capabilitySummary: 's', contactEmail: 'safety@acme.example' },
      expect: {
        developer: 409,
        otherDeveloper: 404,
        admin: 403,
        reviewer: 403,
        unassignedReviewer: 403,
        authority: 403,
        auditor: 403,
        partner: 403,
        anonymous: 401,
      },
    },
    'POST /v1/requests/:id/decline': {
      method: 'POST',
      path: (id) => `/v1/requests/${id}/decline`,
      expect: {
        developer: 409,
        otherDeveloper: 404,
        admin: 403,
        reviewer: 403,
        unassignedReviewer: 403,
        authority: 403,
        auditor: 403,
        partner: 403,
        anonymous: 401,
      },
    },
  };
  let c: Cast;
  let declined: string;

  beforeAll(async () => {
    c = await cast();
    const opened = await request<{ id: string }>(
      'POST',
      '/v1/requests',
      { developerOrg: c.developer.org, modelName: 'Atlas', note: 'n', respondBy: new Date(Date.now() + 86_400_000).toISOString() },
      { token: c.admin.token },
    );
    declined = opened.body.id;
    expect((await request('POST', `/v1/requests/${declined}/decline`, undefined, { token: c.developer.token })).status).toBe(200);
  });

  const cases = Object.entries(REQUEST_ROUTES).flatMap(([name, route]) => EVERYONE.map((who) => [name, who, route.expect[who]] as const));

  it.each(cases)('%s as %s answers %i', async (name, who, status) => {
    const route = REQUEST_ROUTES[name]!;
    const res = await request(route.method, route.path(declined), route.body, { token: tokenOf(c, who) });
    expect(res.status).toBe(status);
    if (status === 409) {
      expect(res.body['requestStatus']).toBe('DECLINED');
    }
  });

  it('a request that does not exist is 404 to those who may read requests, exactly as one of another organization', async () => {
    const missing = randomUUID();
    for (const [name, route] of Object.entries(REQUEST_ROUTES)) {
      for (const who of ['developer', 'otherDeveloper'] as const) {
        const res = await request(route.method, route.path(missing), route.body, { token: c[who].token });
        expect({ name, who, status: res.status }).toEqual({ name, who, status: 404 });
      }
    }
    const hidden = await request('GET', `/v1/requests/${declined}`, undefined, { token: c.otherDeveloper.token });
    const absent = await request('GET', `/v1/requests/${missing}`, undefined, { token: c.otherDeveloper.token });
    expect({ ...hidden.body, instance: undefined }).toEqual({ ...absent.body, instance: undefined });
  });
});
