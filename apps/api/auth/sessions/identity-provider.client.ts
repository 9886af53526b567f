import { Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';

import { AppConfig } from '#config';

import { AuthErrorCode, AuthException, DependencyErrorCode, DependencyException, RequestErrorCode, RequestException } from '../../errors/api-errors';

/** What the IdP hands back for a browser: the tokens the API keeps for it, and when the access token lapses. */
export interface ProviderTokens {
  readonly accessToken: string;
  readonly refreshToken?: string;
  readonly idToken?: string;
  readonly accessExpiresAt: number;
}

/** What a sign-in must carry from its start to its callback. */
export interface SignInChecks {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/**
 * The API as an OpenID client of the IdP (openid-client): the authorization code flow with PKCE, refresh
 * and RP-initiated logout, for whatever provider OIDC_ISSUER names. Discovery is cached, and tried again
 * after a failure.
 */
@Injectable()
export class IdentityProviderClient {
  private readonly logger = new Logger(IdentityProviderClient.name);
  private discovered?: Promise<oidc.Configuration>;

  constructor(private readonly config: AppConfig) {}

  /** Whether browsers may sign in at all (OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set). */
  get enabled(): boolean {
    return this.config.browserSessions.client !== undefined;
  }

  get redirectUri(): string {
    return `${this.config.browserSessions.publicBaseUrl}/auth/callback`;
  }

  /** Where to send the browser to sign in, and what the callback must then match. */
  async authorizationUrl(): Promise<{ url: string; checks: SignInChecks }> {
    const configuration = await this.configuration();
    const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      response_type: 'code',
      scope: 'openid profile email offline_access',
      // offline_access is only granted with consent asked for (OpenID Connect Core, 11).
      prompt: 'consent',
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url: url.toString(), checks };
  }

  /** Finishes the code flow the browser came back from; a mismatch of state or nonce, or the IdP's refusal, is SIGN_IN_FAILED. */
  async finish(callbackUrl: URL, checks: SignInChecks): Promise<ProviderTokens> {
    const configuration = await this.configuration();
    try {
      const response = await oidc.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: checks.codeVerifier,
        expectedState: checks.state,
        expectedNonce: checks.nonce,
        idTokenExpected: true,
      });
      return tokensOf(response);
    } catch (error) {
      throw this.refusal(error, 'the identity provider did not complete the sign-in');
    }
  }

  async refresh(refreshToken: string, previous: ProviderTokens): Promise<ProviderTokens> {
    const configuration = await this.configuration();
    try {
      const response = await oidc.refreshTokenGrant(configuration, refreshToken);
      const next = tokensOf(response);
      return { ...next, refreshToken: next.refreshToken ?? refreshToken, idToken: next.idToken ?? previous.idToken };
    } catch (error) {
      throw this.refusal(error, 'the identity provider would not refresh the session');
    }
  }

  /**
   * Where the browser ends its session at the IdP too, coming back to the API's root. It names this client,
   * not the person (no id_token_hint), so no token of theirs reaches the browser.
   */
  async endSessionUrl(): Promise<string | undefined> {
    const configuration = await this.configuration();
    if (!configuration.serverMetadata().end_session_endpoint) {
      return undefined;
    }
    return oidc
      .buildEndSessionUrl(configuration, {
        client_id: configuration.clientMetadata().client_id,
        post_logout_redirect_uri: `${this.config.browserSessions.publicBaseUrl}/`,
      })
      .toString();
  }

  /**
   * Registers a machine client for a developer organization's gateway at the IdP (RFC 7591, with the initial
   * access token): client credentials only, its organization in its metadata. The secret is the IdP's and is
   * handed back once, never kept here.
   */
  async registerGatewayClient(name: string, org: string): Promise<{ clientId: string; clientSecret: string; tokenEndpoint: string }> {
    const token = this.config.gatewayClients.registrationToken;
    if (!token) {
      throw new RequestException(RequestErrorCode.RouteNotFound, 'gateway clients cannot be registered here (OIDC_REGISTRATION_TOKEN)');
    }
    try {
      const registered = await oidc.dynamicClientRegistration(
        new URL(this.config.oidc.issuer),
        {
          client_name: name,
          grant_types: ['client_credentials'],
          response_types: [],
          redirect_uris: [],
          token_endpoint_auth_method: 'client_secret_basic',
          org,
        },
        undefined,
        { initialAccessToken: token, execute: this.plainHttp() },
      );
      const metadata = registered.clientMetadata();
      if (typeof metadata.client_secret !== 'string') {
        throw new Error('the identity provider registered the client without a secret');
      }
      return { clientId: metadata.client_id, clientSecret: metadata.client_secret, tokenEndpoint: String(registered.serverMetadata().token_endpoint) };
    } catch (error) {
      this.logger.error(`registering a gateway client at ${this.config.oidc.issuer} failed: ${String(error)}`);
      throw new DependencyException(DependencyErrorCode.IdentityProviderUnavailable, 'the identity provider did not register the client; try again shortly');
    }
  }

  /** Plain http is only ever the local provider: production refuses an http:// OIDC_ISSUER (environment-problems.ts). */
  private plainHttp(): ((config: oidc.Configuration) => void)[] {
    return this.config.oidc.issuer.startsWith('http://') ? [oidc.allowInsecureRequests] : [];
  }

  private configuration(): Promise<oidc.Configuration> {
    const client = this.config.browserSessions.client;
    if (!client) {
      return Promise.reject(new RequestException(RequestErrorCode.RouteNotFound, 'browser sign-in is not configured here (OIDC_CLIENT_ID)'));
    }
    this.discovered ??= oidc
      .discovery(new URL(this.config.oidc.issuer), client.id, undefined, oidc.ClientSecretBasic(client.secret), {
        execute: this.plainHttp(),
      })
      .catch((error: unknown) => {
        this.discovered = undefined;
        this.logger.error(`OpenID discovery at ${this.config.oidc.issuer} failed: ${String(error)}`);
        throw new DependencyException(DependencyErrorCode.IdentityProviderUnavailable, 'the identity provider cannot be reached; try again shortly');
      });
    return this.discovered;
  }

  /**
   * A refusal the browser can act on (sign in again): the IdP said no (invalid_grant and the like), or its
   * answer failed a check (state, nonce, PKCE, the ID token). The IdP being down, slow or answering
   * something that is not OAuth is 503, and a session is not ended for it.
   */
  private refusal(error: unknown, detail: string): Error {
    const outage =
      (error instanceof oidc.ResponseBodyError && (error.status >= 500 || ['server_error', 'temporarily_unavailable'].includes(error.error))) ||
      (error instanceof oidc.ClientError && OUTAGE_CODES.has(error.code ?? ''));
    if (!outage && (error instanceof oidc.ResponseBodyError || error instanceof oidc.AuthorizationResponseError || error instanceof oidc.ClientError)) {
      this.logger.warn(`${detail}: ${error.message}`);
      return new AuthException(AuthErrorCode.SignInFailed, detail);
    }
    this.logger.error(`${detail}: ${String(error)}`);
    return new DependencyException(DependencyErrorCode.IdentityProviderUnavailable, 'the identity provider cannot be reached; try again shortly');
  }
}

/** openid-client's codes for an answer that is not OAuth at all (an error page from a proxy, say). */
const OUTAGE_CODES = new Set(['OAUTH_RESPONSE_IS_NOT_JSON', 'OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_HTTP_REQUEST_FORBIDDEN']);

function tokensOf(response: oidc.TokenEndpointResponse & oidc.TokenEndpointResponseHelpers): ProviderTokens {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    idToken: response.id_token,
    accessExpiresAt: Date.now() + (response.expiresIn() ?? 300) * 1000,
  };
}
