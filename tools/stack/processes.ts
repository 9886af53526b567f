import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';

import type { ToolConfig } from '#config';

export interface ManagedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  readonly exited: Promise<number | null>;
  /** Asks the process to stop and waits for it, escalating to SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** Kills the process at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** The last few kilobytes it printed, to say why it died. */
  recentOutput(): string;
}

const RECENT_OUTPUT_BYTES = 4_000;

export interface SpawnOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Output goes here (appended); nothing is printed to the terminal unless `echo` is set. */
  readonly logFile: string;
  readonly echo?: boolean;
}

export function spawnManaged(name: string, command: string, args: readonly string[], options: SpawnOptions): ManagedProcess {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  const child = spawn(command, [...args], { env: options.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let recent = '';
  const forward = (chunk: Buffer): void => {
    log.write(chunk);
    recent = (recent + chunk.toString('utf8')).slice(-RECENT_OUTPUT_BYTES);
    if (options.echo) {
      process.stdout.write(chunk);
    }
  };
  child.stdout?.on('data', forward);
  child.stderr?.on('data', forward);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      log.end();
      resolve(code);
    });
    child.once('error', () => resolve(-1));
  });
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  return {
    name,
    child,
    exited,
    async stop(graceMs = 10_000) {
      if (!alive()) {
        return;
      }
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
    async kill() {
      if (!alive()) {
        return;
      }
      child.kill('SIGKILL');
      await exited;
    },
    recentOutput: () => recent,
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `probe` until it resolves true, failing with `what` after `timeoutMs`, or at once if `process`
 * exits first: then the error carries what it printed last, since its log may not outlive the run.
 */
export async function waitFor(what: string, probe: () => Promise<boolean>, timeoutMs = 60_000, process?: ManagedProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void process?.exited.then((code) => {
    exitCode = code;
  });
  while (Date.now() < deadline) {
    if (process && exitCode !== undefined) {
      throw new Error(`${what}: the process exited (code ${String(exitCode)}) before it was ready; it printed last:\n${process.recentOutput()}`);
    }
    if (await probe().catch(() => false)) {
      return;
    }
    await sleep(200);
  }
  throw new Error(`${what}: not ready after ${timeoutMs} ms`);
}

export function portOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Binds `port` (0: any) on `host` and lets it go; resolves the port bound, or undefined if it was taken. */
function tryPort(host: string, port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(undefined));
    server.listen(port, host, () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : undefined));
    });
  });
}

/** The lowest port the OS hands out to outgoing connections (Linux); other systems: the IANA range. */
function ephemeralLow(): number {
  try {
    return Number(readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]) || 49_152;
  } catch {
    return 49_152;
  }
}

const FREE_PORT_FLOOR = 20_000;
const handedOut = new Set<number>();

/**
 * A free TCP port on loopback for a server that starts a little later. It is taken below the OS's
 * ephemeral range: a port from that range (listen on 0) can be taken meanwhile by any outgoing
 * connection on a busy machine, and the server then dies with EADDRINUSE.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  const ceiling = ephemeralLow();
  for (let attempt = 0; ceiling > FREE_PORT_FLOOR && attempt < 50; attempt++) {
    const candidate = FREE_PORT_FLOOR + Math.floor(Math.random() * (ceiling - FREE_PORT_FLOOR));
    if (!handedOut.has(candidate) && (await tryPort(host, candidate)) === candidate) {
      handedOut.add(candidate);
      return candidate;
    }
  }
  const port = await tryPort(host, 0);
  if (port === undefined) {
    throw new Error(`no free port on ${host}`);
  }
  return port;
}

export async function httpOk(url: string): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
  return response.ok;
}

/** Free ports for every server of a throwaway stack (tests, the benchmark); no Temporal UI. */
export async function freeStackPorts(): Promise<ToolConfig['ports']> {
  return {
    api: await freePort(),
    postgres: await freePort(),
    temporal: await freePort(),
    temporalUi: 0,
    idp: await freePort(),
    smtp: await freePort(),
    mailUi: await freePort(),
  };
}

/** A process's resident memory now, in KiB (Linux, from /proc); 0 once it has gone. */
export function rssKiB(pid: number | undefined): number {
  if (pid === undefined) {
    return 0;
  }
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
