import { httpOk, ManagedProcess, spawnManaged, waitFor } from './processes';
import { requireBinary } from './temporal';

export interface MailpitOptions {
  readonly bin: string;
  readonly host: string;
  readonly smtpPort: number;
  readonly uiPort: number;
  /** Its message store, so a restart keeps what it caught. */
  readonly dbFile: string;
  readonly logFile: string;
}

export interface MailpitServer {
  /** What the worker sends to (SMTP_URL). */
  readonly smtpUrl: string;
  /** Its web UI, and its API under /api/v1 (tests read mail there). */
  readonly url: string;
  stop(): Promise<void>;
  /** Starts it again on the same ports and store, after a stop. */
  start(): Promise<void>;
}

/** Starts Mailpit, the local stack's mail catcher: SMTP that keeps every message, and a web UI and API to read them. */
export async function startMailpit(options: MailpitOptions): Promise<MailpitServer> {
  requireBinary(options.bin, 'Run `make deps` (scripts/install-mailpit.sh) to install Mailpit from the Go module proxy.');
  const url = `http://${options.host}:${options.uiPort}`;
  const args = [
    '--smtp',
    `${options.host}:${options.smtpPort}`,
    '--listen',
    `${options.host}:${options.uiPort}`,
    '--database',
    options.dbFile,
    // A test suite's worth of mail; the oldest beyond it are dropped.
    '--max',
    '100000',
    '--smtp-auth-accept-any',
    '--smtp-auth-allow-insecure',
    '--disable-version-check',
    '--quiet',
  ];
  const launch = async (): Promise<ManagedProcess> => {
    const child = spawnManaged('mailpit', options.bin, args, { logFile: options.logFile });
    await waitFor(`Mailpit on ${url}`, () => httpOk(`${url}/api/v1/info`), 30_000, child);
    return child;
  };
  let current = await launch();
  return {
    smtpUrl: `smtp://${options.host}:${options.smtpPort}`,
    url,
    stop: () => current.stop(),
    async start() {
      current = await launch();
    },
  };
}
