import { Body, Controller, Get, Header, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JSONWebKeySet } from 'jose';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor, Public, ScopedTo } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { IdempotentWithoutStoredAnswer } from '../../common/idempotency.interceptor';
import { NoBody } from '../../common/no-body';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { RateLimitedAs } from '../../common/rate-limit.guard';
import { AccessTokensService } from './access-tokens.service';
import { RevocationListDto, RevocationsQuery } from './dto/revocations.dto';
import { AccessTokenDto, IntrospectDto, IntrospectionDto, JwksDto } from './dto/tokens.dto';
import { IntrospectionService } from './introspection.service';
import { REVOCATIONS_MAX_AGE_S, RevocationsService } from './revocations.service';
import { SigningKeysService } from './signing-keys.service';

@ApiTags('access tokens')
@Controller()
export class TokensController {
  constructor(
    private readonly accessTokens: AccessTokensService,
    private readonly introspection: IntrospectionService,
    private readonly signingKeys: SigningKeysService,
    private readonly revocationFeed: RevocationsService,
  ) {}

  @Post('v1/engagements/:id/access-tokens')
  @Allow(Role.Reviewer)
  @RateLimitedAs('tokenIssuance')
  @ScopedTo('engagement')
  @UuidParam('id')
  @CommandRoute(HttpStatus.CREATED)
  @IdempotentWithoutStoredAnswer()
  @ApiOperation({ summary: 'A short-lived access token for the model gateway (assigned, attested reviewer; window open)' })
  @ApiCreatedResponse({ type: AccessTokenDto })
  issue(@Command() ctx: CommandContext, @IdParam() id: string, @NoBody() _body: Record<string, never>): Promise<AccessTokenDto> {
    return this.accessTokens.issueReviewerToken(ctx, id);
  }

  @Post('v1/grants/:id/access-tokens')
  @Allow(Role.Partner)
  @RateLimitedAs('tokenIssuance')
  @ScopedTo('grant')
  @UuidParam('id')
  @CommandRoute(HttpStatus.CREATED)
  @IdempotentWithoutStoredAnswer()
  @ApiOperation({ summary: "A short-lived access token for the model gateway under the partner's active grant" })
  @ApiCreatedResponse({ type: AccessTokenDto })
  issueForGrant(@Command() ctx: CommandContext, @IdParam() id: string, @NoBody() _body: Record<string, never>): Promise<AccessTokenDto> {
    return this.accessTokens.issuePartnerToken(ctx, id);
  }

  @Get('.well-known/jwks.json')
  @Public()
  @Header('Cache-Control', 'public, max-age=30')
  @ApiOperation({ summary: 'Public keys for verifying access tokens offline: the current and the previous key' })
  @ApiOkResponse({ type: JwksDto })
  jwks(): Promise<JSONWebKeySet> {
    return this.signingKeys.jwks();
  }

  @Get('v1/revocations')
  @Allow(Role.Developer, Role.Gateway)
  @Header('Cache-Control', `private, max-age=${REVOCATIONS_MAX_AGE_S}`)
  @ApiOperation({
    summary:
      "What ended in your organization's engagements since the cursor (grants, windows, single tokens), signed, for a gateway that verifies tokens offline: poll it every second or so and refuse what it lists",
  })
  @ApiOkResponse({ type: RevocationListDto })
  @ApiProblems(400, 401, 403)
  revocations(@CurrentActor() caller: Actor, @Query() query: RevocationsQuery): Promise<RevocationListDto> {
    return this.revocationFeed.since(caller, query);
  }

  @Post('v1/tokens/introspect')
  @Allow(Role.Developer, Role.Gateway)
  @RateLimitedAs('introspection')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({ summary: "RFC 7662 introspection for the developer's gateway; only its own engagements' tokens can be active" })
  @ApiOkResponse({ type: IntrospectionDto })
  @ApiProblems(400, 401, 403, 413, 415)
  introspect(@CurrentActor() caller: Actor, @Body() dto: IntrospectDto): Promise<IntrospectionDto> {
    return this.introspection.introspect(caller, dto.token);
  }
}
