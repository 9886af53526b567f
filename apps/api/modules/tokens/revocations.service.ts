import { Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';

import { AppConfig } from '#config';
import { REVOCATION_LIST_TYPE, RevocationList } from '#contracts';
import { Actor } from '#domain';
import { RevocationRepository } from '#persistence';
import { ACCESS_TOKEN_ALG } from '#security';

import { feedCursor, feedSince } from '../../common/pagination';
import { RevocationListDto, RevocationsQuery } from './dto/revocations.dto';
import { SigningKeysService } from './signing-keys.service';

/** How long a gateway may cache an answer. */
export const REVOCATIONS_MAX_AGE_S = 1;

/**
 * The revocation feed: what ended in the caller's organization's engagements since its cursor, signed, so
 * that a gateway verifying tokens offline against the JWKS refuses a revoked one within a poll. Nothing
 * older than the longest token lifetime is listed: every token issued before then has expired anyway.
 */
@Injectable()
export class RevocationsService {
  constructor(
    private readonly revocations: RevocationRepository,
    private readonly signingKeys: SigningKeysService,
    private readonly config: AppConfig,
  ) {}

  async since(caller: Actor, query: RevocationsQuery): Promise<RevocationListDto> {
    const asked = query.since ? feedSince(query.since).getTime() : 0;
    const from = new Date(Math.max(asked, Date.now() - this.config.tokens.ttlMs));
    const { now, grants, windows, jtis } = await this.revocations.since(caller.org, from);
    const list: RevocationList = { org: caller.org, from: from.toISOString(), cursor: feedCursor(now), grants, windows, jtis };
    const signer = await this.signingKeys.current();
    const signed = await new SignJWT({ ...list })
      .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: signer.kid, typ: REVOCATION_LIST_TYPE })
      .setIssuer(this.config.tokens.issuer)
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .sign(signer.key);
    return { ...list, grants, windows, jtis, signed };
  }
}
