import { mkdtempSync, writeFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import * as tls from 'node:tls';

import { Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import forge from 'node-forge';

import { loadConfig, temporalConnectionOptions } from '#config';

import { OUTPUT } from '../support/paths';
import { stack } from '../support/stack';

interface Issued {
  readonly cert: string;
  readonly key: string;
}

/** A certificate signed by `issuer` (or by itself, for the CA). */
function issue(
  subject: string,
  issuer: { cert: forge.pki.Certificate; key: forge.pki.rsa.PrivateKey } | undefined,
  extensions: object[],
): Issued & { raw: forge.pki.Certificate; rawKey: forge.pki.rsa.PrivateKey } {
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `0${Math.floor(Math.random() * 1e12).toString(16)}`;
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  cert.setSubject([{ name: 'commonName', value: subject }]);
  cert.setIssuer((issuer?.cert ?? cert).subject.attributes);
  cert.setExtensions(extensions);
  cert.sign(issuer?.key ?? keys.privateKey, forge.md.sha256.create());
  return { cert: forge.pki.certificateToPem(cert), key: forge.pki.privateKeyToPem(keys.privateKey), raw: cert, rawKey: keys.privateKey };
}

/**
 * The dev server does not serve TLS, so the test puts a TLS-terminating proxy in front of it, as a load
 * balancer would in production, and connects the way the API and the worker do (temporalConnectionOptions).
 */
describe('Temporal over TLS and mTLS', () => {
  const dir = mkdtempSync(path.join(OUTPUT, 'temporal-tls-'));
  const ca = issue('Test CA', undefined, [
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true },
  ]);
  const signer = { cert: ca.raw, key: ca.rawKey };
  const server = issue('localhost', signer, [
    { name: 'basicConstraints', cA: false },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }] },
  ]);
  const client = issue('frontier-api', signer, [
    { name: 'basicConstraints', cA: false },
    { name: 'extKeyUsage', clientAuth: true },
  ]);
  const otherCa = issue('Other CA', undefined, [
    { name: 'basicConstraints', cA: true },
    { name: 'keyUsage', keyCertSign: true },
  ]);
  const files = Object.fromEntries(
    Object.entries({ ca: ca.cert, cert: client.cert, key: client.key, otherCa: otherCa.cert }).map(([name, pem]) => {
      const file = path.join(dir, `${name}.pem`);
      writeFileSync(file, pem);
      return [name, file];
    }),
  ) as Record<'ca' | 'cert' | 'key' | 'otherCa', string>;

  let proxy: tls.Server;
  let address: string;

  beforeAll(async () => {
    const [host, port] = stack().temporalAddress.split(':');
    proxy = tls.createServer(
      { key: server.key, cert: server.cert, ca: ca.cert, requestCert: true, rejectUnauthorized: true, ALPNProtocols: ['h2'] },
      (socket) => {
        const upstream = net.connect(Number(port), host);
        socket.pipe(upstream).pipe(socket);
        socket.on('error', () => upstream.destroy());
        upstream.on('error', () => socket.destroy());
      },
    );
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    address = `127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;
  });

  afterAll(() => {
    proxy.close();
  });

  const settings = (extra: Record<string, string>) => loadConfig({ ...stack().appEnv, TEMPORAL_ADDRESS: address, ...extra }).temporal;
  const mtls = {
    TEMPORAL_TLS: 'true',
    TEMPORAL_TLS_CA_FILE: files.ca,
    TEMPORAL_TLS_CERT_FILE: files.cert,
    TEMPORAL_TLS_KEY_FILE: files.key,
    TEMPORAL_TLS_SERVER_NAME: 'localhost',
  };

  it("the API's client and the worker's native connection reach Temporal with TLS and a client certificate", async () => {
    const options = temporalConnectionOptions(settings(mtls));
    const connection = await Connection.connect({ ...options, connectTimeout: 5_000 });
    try {
      const info = await connection.workflowService.getSystemInfo({});
      expect(info.serverVersion).toEqual(expect.any(String));
    } finally {
      await connection.close();
    }
    const native = await NativeConnection.connect(options);
    await native.close();
  });

  const refused = async (extra: Record<string, string>) => {
    const connection = Connection.lazy({ ...temporalConnectionOptions(settings(extra)), connectTimeout: 2_000 });
    try {
      await connection.withDeadline(Date.now() + 2_500, () => connection.workflowService.getSystemInfo({}));
      return false;
    } catch {
      return true;
    } finally {
      await connection.close();
    }
  };

  it('is refused without the client certificate, with a CA that did not sign the server, and in plaintext', async () => {
    expect(await refused({ TEMPORAL_TLS: 'true', TEMPORAL_TLS_CA_FILE: files.ca, TEMPORAL_TLS_SERVER_NAME: 'localhost' })).toBe(true);
    expect(await refused({ ...mtls, TEMPORAL_TLS_CA_FILE: files.otherCa })).toBe(true);
    expect(await refused({})).toBe(true);
  });
});
