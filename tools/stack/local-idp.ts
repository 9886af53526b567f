import * as http from 'node:http';

import Provider, { type Configuration, type KoaContextWithOIDC } from 'oidc-provider';

import { ALL_ROLES, isRole, MACHINE_ROLES, Role } from '#domain';

import { DEMO_PEOPLE, DemoPerson } from './demo-people';
import { AUDIENCE, CONSOLE_CLIENT_ID, loadOrCreateSigningKey, LOCAL_ACR } from './dev-tokens';
import { interactionPage, problemPage, signOutPage } from './local-idp-pages';

/**
 * The local OpenID provider: `oidc-provider`, an OpenID Certified implementation, on the signing key of
 * dev-tokens.ts. It serves authorization code with PKCE (S256 only) for the console, client credentials for
 * machines, refresh tokens, RP-initiated logout and dynamic client registration (behind an initial access
 * token). Its sign-in page offers the demo people and a form for anyone else; no passwords locally.
 * Production points the API at the agency's IdP instead; nothing in the API knows which one it talks to.
 */
export interface LocalIdpOptions {
  readonly dataDir: string;
  readonly host: string;
  readonly port: number;
  /** Where the API answers: the console client's redirect and post-logout URIs are under it. */
  readonly apiUrl: string;
  readonly consoleClientSecret: string;
  /** The initial access token dynamic client registration asks for (RFC 7591 §3). */
  readonly registrationToken: string;
  readonly cookieKey: string;
}

export interface LocalIdp {
  readonly issuer: string;
  readonly consoleClient: { readonly clientId: string; readonly clientSecret: string; readonly redirectUri: string };
  stop(): Promise<void>;
}

/** What every access token is for; its `aud` is the API's audience (OIDC_AUDIENCE). */
const RESOURCE = 'urn:frontier-access:api';
const API_SCOPE = 'api';
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const SUB_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,99}$/;
const ORG_PATTERN = /^[a-z0-9][a-z0-9.-]{0,99}$/;

/** A signed-in person as the provider knows them: the seed, or what the form said. */
type Person = DemoPerson;

export async function startLocalIdp(options: LocalIdpOptions): Promise<LocalIdp> {
  const issuer = `http://${options.host}:${options.port}`;
  const people = new Map<string, Person>(DEMO_PEOPLE.map((person) => [person.sub, person]));
  const redirectUri = `${options.apiUrl}/auth/callback`;
  const signingKey = await loadOrCreateSigningKey(options.dataDir);

  const configuration: Configuration = {
    clients: [
      {
        client_id: CONSOLE_CLIENT_ID,
        client_secret: options.consoleClientSecret,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [`${options.apiUrl}/`],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    clientDefaults: { id_token_signed_response_alg: 'ES256', grant_types: ['client_credentials'], response_types: [], redirect_uris: [] },
    // A gateway client belongs to one developer organization; only the API registers clients, so only it says which.
    extraClientMetadata: { properties: ['org'] },
    jwks: { keys: [signingKey] },
    cookies: { keys: [options.cookieKey] },
    scopes: ['openid', 'offline_access', 'profile', 'email', API_SCOPE],
    claims: { openid: ['sub'], profile: ['name', 'org', 'roles'], email: ['email'] },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 15 * MINUTE,
      AuthorizationCode: MINUTE,
      ClientCredentials: 15 * MINUTE,
      Grant: 12 * HOUR,
      IdToken: HOUR,
      Interaction: 10 * MINUTE,
      RefreshToken: 12 * HOUR,
      Session: 12 * HOUR,
    },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      return person && { accountId: sub, claims: () => ({ sub, name: person.name, email: person.email, org: person.org, roles: [...person.roles] }) };
    },
    extraTokenClaims: (ctx, token) => tokenClaims(ctx, token, people),
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: true },
      // Only the API registers clients (it holds the initial access token), and no client may change itself
      // afterwards, so a gateway client's organization is the one the API gave it.
      registration: { enabled: true, initialAccessToken: options.registrationToken },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = signOutPage(form);
        },
      },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: API_SCOPE,
          audience: AUDIENCE,
          accessTokenFormat: 'jwt',
          accessTokenTTL: 15 * MINUTE,
          jwt: { sign: { alg: 'ES256' } },
        }),
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = problemPage(out.error ?? 'error', out.error_description ?? 'The sign-in could not go on.');
    },
  };
  const provider = new Provider(issuer, configuration);
  const handle = provider.callback();

  const server = http.createServer((request, response) => {
    const interaction = /^\/interaction\/([A-Za-z0-9_-]+)(\/login|\/abort)?$/.exec(request.url ?? '');
    if (!interaction) {
      void handle(request, response);
      return;
    }
    interact(provider, people, request, response, interaction[2]).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(400, { 'content-type': 'text/html; charset=utf-8' });
      }
      response.end(problemPage('interaction', error instanceof Error ? error.message : String(error)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  return {
    issuer,
    consoleClient: { clientId: CONSOLE_CLIENT_ID, clientSecret: options.consoleClientSecret, redirectUri },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What an access token says beyond the standard claims: who the caller is, their organization and roles, and how they signed in. */
function tokenClaims(ctx: KoaContextWithOIDC, token: { kind: string; accountId?: string }, people: ReadonlyMap<string, Person>) {
  if (token.kind === 'ClientCredentials') {
    const org = ctx.oidc.client?.['org'];
    return typeof org === 'string' ? { org, roles: ['gateway'] } : undefined;
  }
  const person = token.accountId === undefined ? undefined : people.get(token.accountId);
  if (!person) {
    return undefined;
  }
  // The sign-in's strength travels on the code, and on the refresh token that code was exchanged for.
  const source = ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;
  return { org: person.org, roles: [...person.roles], name: person.name, email: person.email, acr: source?.acr, amr: source?.amr };
}

/** The sign-in page, the sign-in itself, and the consent a first-party console needs no click for. */
async function interact(
  provider: Provider,
  people: Map<string, Person>,
  request: http.IncomingMessage,
  response: http.ServerResponse,
  step: string | undefined,
): Promise<void> {
  const details = await provider.interactionDetails(request, response);
  if (step === '/abort' && request.method === 'POST') {
    await provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'the person chose not to sign in' });
    return;
  }
  // Consent is given without a click only for the first-party console; any other client's request stops here.
  if (details.prompt.name === 'consent' && details.params['client_id'] !== CONSOLE_CLIENT_ID) {
    await provider.interactionFinished(request, response, { error: 'consent_required', error_description: 'this provider gives consent to the console only' });
    return;
  }
  if (details.prompt.name === 'consent') {
    const wanted = details.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[]; missingResourceScopes?: Record<string, string[]> };
    const accountId = details.session?.accountId;
    const clientId = String(details.params['client_id']);
    const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId, clientId });
    if (!grant) {
      throw new Error('the grant this sign-in refers to has expired; start again');
    }
    if (wanted.missingOIDCScope) grant.addOIDCScope(wanted.missingOIDCScope.join(' '));
    if (wanted.missingOIDCClaims) grant.addOIDCClaims(wanted.missingOIDCClaims);
    for (const [indicator, scopes] of Object.entries(wanted.missingResourceScopes ?? {})) {
      grant.addResourceScope(indicator, scopes.join(' '));
    }
    await provider.interactionFinished(request, response, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
    return;
  }
  if (step !== '/login' || request.method !== 'POST') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(
      interactionPage(
        details.uid,
        DEMO_PEOPLE,
        ALL_ROLES.filter((role) => !MACHINE_ROLES.includes(role)),
      ),
    );
    return;
  }
  const form = new URLSearchParams(await readBody(request));
  const person = personFrom(form, people);
  people.set(person.sub, person);
  const phishingResistant = form.get('strength') === 'phishing-resistant';
  await provider.interactionFinished(
    request,
    response,
    {
      login: {
        accountId: person.sub,
        acr: phishingResistant ? LOCAL_ACR.phishingResistant : LOCAL_ACR.basic,
        amr: phishingResistant ? ['hwk', 'phr'] : ['user'],
      },
    },
    { mergeWithLastSubmission: false },
  );
}

/** A demo person by their button, or whoever the form describes (any sub, organization and roles). */
function personFrom(form: URLSearchParams, people: ReadonlyMap<string, Person>): Person {
  const chosen = form.get('person');
  if (chosen) {
    const known = DEMO_PEOPLE.find((person) => person.sub === chosen) ?? people.get(chosen);
    if (!known) {
      throw new Error(`no demo person is called ${chosen}`);
    }
    return known;
  }
  const sub = (form.get('sub') ?? '').trim();
  if (sub === 'system') {
    throw new Error('sub "system" is the clock’s, not a person’s');
  }
  const org = (form.get('org') ?? '').trim();
  const roles = form
    .getAll('roles')
    .flatMap((value) => value.split(/[\s,]+/))
    .filter(Boolean);
  if (!SUB_PATTERN.test(sub)) {
    throw new Error('sub must be letters, digits, . _ @ or -, up to 100');
  }
  if (!ORG_PATTERN.test(org)) {
    throw new Error('org must be lower-case letters, digits, . or -, up to 100');
  }
  const unknown = roles.filter((role) => !isRole(role) || MACHINE_ROLES.includes(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new Error(`roles must be one or more of ${ALL_ROLES.join(', ')}${unknown.length > 0 ? `; not ${unknown.join(', ')}` : ''}`);
  }
  const name = (form.get('name') ?? '').trim() || sub;
  const email = (form.get('email') ?? '').trim() || `${sub}@${org}.example`;
  return { sub, org, roles: roles as Role[], name, email };
}

function readBody(request: http.IncomingMessage, limit = 16 * 1024): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new Error('the form is too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
