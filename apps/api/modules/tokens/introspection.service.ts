import { Injectable } from '@nestjs/common';
import { decodeProtectedHeader, errors, JWTPayload, jwtVerify } from 'jose';

import { AppConfig } from '#config';
import { ACCESS_TOKEN_TYPE } from '#contracts';
import { Actor, GrantStatus, reviewerAccessRefusal } from '#domain';
import { AccessTokenEntity, AuditGroupCommit } from '#persistence';
import { ACCESS_TOKEN_ALG } from '#security';

import { grantStatus, reviewerAccessFacts } from '../../auth/access-facts';
import { PeopleDirectoryService } from '../../auth/people-directory.service';
import { IntrospectionDto } from './dto/tokens.dto';
import { SigningKeysService } from './signing-keys.service';
import { TokenStatesService } from './token-states.service';
import { UnknownIntrospectionsService } from './unknown-introspections.service';

/** How long a verified signature is remembered: well within a signing key's retirement after rotation. */
const VERIFIED_MS = 60_000;
/** Most verified tokens remembered; beyond it the memory starts afresh. */
const MAX_VERIFIED = 10_000;

type InactiveReason = 'MALFORMED' | 'BAD_SIGNATURE' | 'EXPIRED' | 'UNKNOWN' | 'FOREIGN' | 'ACCESS_ENDED';

interface Verdict {
  readonly active: boolean;
  readonly reason?: InactiveReason;
  readonly record?: AccessTokenEntity;
  readonly payload?: JWTPayload;
}

/**
 * RFC 7662 introspection for the developer's gateway. A token is active only while its signature,
 * its expiry, its record and the access behind it all hold, and only for the developer
 * organization whose engagement it belongs to. An inactive answer says nothing else. Every
 * introspection is audited, with the token's id, never the token.
 */
@Injectable()
export class IntrospectionService {
  /** Tokens whose signature and claims held, by their exact text, until their expiry or VERIFIED_MS: the same bytes verify the same way. */
  private readonly verified = new Map<string, { readonly payload: JWTPayload; readonly until: number }>();

  constructor(
    private readonly config: AppConfig,
    private readonly signingKeys: SigningKeysService,
    private readonly tokenStates: TokenStatesService,
    private readonly auditGroup: AuditGroupCommit,
    private readonly unknown: UnknownIntrospectionsService,
    private readonly people: PeopleDirectoryService,
  ) {}

  /**
   * The verdict is read first; its audit event then joins a group commit, and the answer leaves
   * only once that event is durable. Concurrent introspections share the chain's lock and one WAL
   * flush instead of queueing for them one at a time.
   */
  async introspect(caller: Actor, token: string): Promise<IntrospectionDto> {
    const checked = await this.checkSignature(token);
    const verdict = checked.reason ? await this.withRecord(checked) : await this.checkAccess(caller, checked.payload);
    if (verdict.reason === 'MALFORMED' || verdict.reason === 'BAD_SIGNATURE') {
      // Not a token this system issued: counted, and audited with the others of this caller.
      this.unknown.count(caller, verdict.reason);
      return { active: false };
    }
    await this.auditGroup.append({
      actorSub: caller.sub,
      actorRoles: caller.roles,
      action: 'access_token.introspected',
      engagementId: verdict.record?.engagementId ?? null,
      subjectType: 'access_token',
      subjectId: verdict.record?.jti ?? 'unknown',
      outcome: verdict.active ? 'ACTIVE' : 'INACTIVE',
      details: {
        active: verdict.active,
        ...(verdict.reason ? { reason: verdict.reason } : {}),
        ...(verdict.record ? { jti: verdict.record.jti, holder: verdict.record.subjectSub, tokenUse: verdict.record.kind } : {}),
      },
    });
    return verdict.active && verdict.payload ? this.activeAnswer(verdict.payload) : { active: false };
  }

  private async checkSignature(token: string): Promise<Verdict & { payload?: JWTPayload }> {
    const now = Date.now();
    const verified = this.verified.get(token);
    if (verified && now < verified.until) {
      return { active: true, payload: verified.payload };
    }
    const checked = await this.verifySignature(token);
    if (checked.active && checked.payload?.exp !== undefined) {
      if (this.verified.size >= MAX_VERIFIED) {
        this.verified.clear();
      }
      this.verified.set(token, { payload: checked.payload, until: Math.min(checked.payload.exp * 1000, now + VERIFIED_MS) });
    }
    return checked;
  }

  private async verifySignature(token: string): Promise<Verdict & { payload?: JWTPayload }> {
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      return { active: false, reason: 'MALFORMED' };
    }
    try {
      const { payload } = await jwtVerify(token, await this.signingKeys.resolver(kid), {
        issuer: this.config.tokens.issuer,
        algorithms: [ACCESS_TOKEN_ALG],
        typ: ACCESS_TOKEN_TYPE,
        requiredClaims: ['jti', 'sub', 'aud', 'exp'],
      });
      return { active: true, payload };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        return { active: false, reason: 'EXPIRED', payload: error.payload };
      }
      if (error instanceof errors.JOSEError) {
        return { active: false, reason: 'BAD_SIGNATURE' };
      }
      throw error;
    }
  }

  /** An expired token's signature held, so its claims are ours: find its record, for the audit only. */
  private async withRecord(verdict: Verdict): Promise<Verdict> {
    const jti = verdict.reason === 'EXPIRED' ? verdict.payload?.jti : undefined;
    const state = jti === undefined ? null : await this.tokenStates.of(jti);
    return state ? { ...verdict, record: state.record } : verdict;
  }

  /** A token is active only while its record, its grant or assignment, and its holder (not disabled in the directory) all hold. */
  private async checkAccess(caller: Actor, payload: JWTPayload | undefined): Promise<Verdict> {
    const verdict = await this.checkRecord(caller, payload);
    if (verdict.active && verdict.record && (await this.people.isDisabled(verdict.record.subjectSub))) {
      return { active: false, reason: 'ACCESS_ENDED', record: verdict.record };
    }
    return verdict;
  }

  private async checkRecord(caller: Actor, payload: JWTPayload | undefined): Promise<Verdict> {
    const state = payload?.jti === undefined ? null : await this.tokenStates.of(payload.jti);
    const record = state?.record;
    if (!payload || !state || !record || record.subjectSub !== payload.sub || record.engagementId !== payload['engagement_id']) {
      return { active: false, reason: 'UNKNOWN' };
    }
    const now = Date.now();
    if (record.grantId !== null) {
      const grant = state.grant;
      if (!grant || grant.developerOrg !== caller.org) {
        return { active: false, reason: 'FOREIGN', record };
      }
      if (grantStatus(grant, now) !== GrantStatus.Active || record.expiresAt.getTime() <= now) {
        return { active: false, reason: 'ACCESS_ENDED', record };
      }
      return { active: true, record, payload };
    }
    const roster = state.roster;
    if (!roster || roster.engagement.developerOrg !== caller.org) {
      return { active: false, reason: 'FOREIGN', record };
    }
    const refusal = reviewerAccessRefusal(reviewerAccessFacts(roster.engagement, roster.reviewers, roster.attested), record.subjectSub, now);
    if (refusal || record.expiresAt.getTime() <= now) {
      return { active: false, reason: 'ACCESS_ENDED', record };
    }
    return { active: true, record, payload };
  }

  private activeAnswer(payload: JWTPayload): IntrospectionDto {
    const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
    return {
      active: true,
      scope: text(payload['scope']),
      token_type: 'Bearer',
      sub: payload.sub,
      aud: Array.isArray(payload.aud) ? payload.aud[0] : payload.aud,
      iss: payload.iss,
      exp: payload.exp,
      iat: payload.iat,
      nbf: payload.nbf,
      jti: payload.jti,
      token_use: text(payload['token_use']),
      org: text(payload['org']),
      engagement_id: text(payload['engagement_id']),
      artifact_digest: text(payload['artifact_digest']),
      grant_id: text(payload['grant_id']),
    };
  }
}
