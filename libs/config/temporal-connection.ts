import { readFileSync } from 'node:fs';

/** How the API and the worker reach Temporal: TLS (with a client certificate for mTLS) and an API key, or neither. */
export interface TemporalConnectionSettings {
  readonly address: string;
  readonly tls?: {
    /** The CA that signed the frontend's certificate (PEM); the system's trust store when absent. */
    readonly caFile?: string;
    /** A client certificate and its key (PEM), for mTLS. */
    readonly certFile?: string;
    readonly keyFile?: string;
    /** The name the frontend's certificate must carry, when it is not the address's host. */
    readonly serverName?: string;
  };
  readonly apiKey?: string;
}

/** What both Temporal connections (the client's and the worker's native one) take. */
export interface TemporalConnectionOptions {
  readonly address: string;
  readonly tls?: {
    readonly serverNameOverride?: string;
    readonly serverRootCACertificate?: Buffer;
    readonly clientCertPair?: { readonly crt: Buffer; readonly key: Buffer };
  };
  readonly apiKey?: string;
}

/** The connection options for the configured settings, reading the certificate files now. */
export function temporalConnectionOptions(settings: TemporalConnectionSettings): TemporalConnectionOptions {
  const { tls } = settings;
  return {
    address: settings.address,
    ...(tls
      ? {
          tls: {
            ...(tls.serverName ? { serverNameOverride: tls.serverName } : {}),
            ...(tls.caFile ? { serverRootCACertificate: readFileSync(tls.caFile) } : {}),
            ...(tls.certFile && tls.keyFile ? { clientCertPair: { crt: readFileSync(tls.certFile), key: readFileSync(tls.keyFile) } } : {}),
          },
        }
      : {}),
    ...(settings.apiKey ? { apiKey: settings.apiKey } : {}),
  };
}
