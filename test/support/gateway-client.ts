/** A gateway client's credentials as the API returns them once, at registration or rotation. */
export interface Credentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tokenEndpoint: string;
  readonly org: string;
  readonly status: string;
  readonly replaces?: string;
}

/** A token for the client from the identity provider, with client credentials, as the gateway gets one. */
export async function clientToken(credentials: Credentials): Promise<string> {
  const response = await fetch(credentials.tokenEndpoint, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'client_credentials', scope: 'api' }),
  });
  if (response.status !== 200) {
    throw new Error(`the identity provider refused the gateway client: ${response.status}`);
  }
  return ((await response.json()) as { access_token: string }).access_token;
}
