import { mkdir, open, readFile } from 'node:fs/promises';
import * as path from 'node:path';

import type { SignedCheckpoint } from '#security';

/** A line of the log that does not read as a checkpoint: kept as it is, so verification names it. */
export interface UnreadableCheckpoint {
  readonly line: number;
  readonly text: string;
}

/** Enough of the file's end to hold its last line. */
const TAIL_BYTES = 4_096;

function isCheckpoint(value: unknown): value is SignedCheckpoint {
  const v = value as Partial<SignedCheckpoint> | null;
  return (
    typeof v?.seq === 'number' &&
    Number.isSafeInteger(v.seq) &&
    typeof v.hash === 'string' &&
    typeof v.at === 'string' &&
    typeof v.kid === 'string' &&
    typeof v.signature === 'string'
  );
}

/**
 * The second, independent place the audit chain's signed checkpoints go: an append-only file of JSON
 * lines outside the database (on storage every API process shares). A database superuser who rewrites
 * the chain cannot rewrite these without the signing key, which the database never holds.
 */
export class AuditCheckpointLog {
  constructor(readonly file: string) {}

  /** Appends one checkpoint and flushes it to disk before returning. */
  async append(checkpoint: SignedCheckpoint): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const line = `${JSON.stringify({ seq: checkpoint.seq, hash: checkpoint.hash, at: checkpoint.at, kid: checkpoint.kid, signature: checkpoint.signature })}\n`;
    const handle = await open(this.file, 'a', 0o640);
    try {
      await handle.appendFile(line, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** The last checkpoint written, read from the end of the file (it only ever grows). */
  async last(): Promise<SignedCheckpoint | undefined> {
    let handle;
    try {
      handle = await open(this.file, 'r');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') {
        return undefined;
      }
      throw error;
    }
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, TAIL_BYTES);
      const { buffer } = await handle.read(Buffer.alloc(length), 0, length, size - length);
      const lines = buffer
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== '');
      for (const line of lines.reverse()) {
        try {
          const value: unknown = JSON.parse(line);
          if (isCheckpoint(value)) {
            return value;
          }
        } catch {
          // a torn or foreign line: look further back
        }
      }
      return undefined;
    } finally {
      await handle.close();
    }
  }

  /** Every checkpoint in the order written, and the lines that do not read as one. */
  async read(): Promise<{ checkpoints: SignedCheckpoint[]; unreadable: UnreadableCheckpoint[] }> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') {
        return { checkpoints: [], unreadable: [] };
      }
      throw error;
    }
    const checkpoints: SignedCheckpoint[] = [];
    const unreadable: UnreadableCheckpoint[] = [];
    text.split('\n').forEach((raw, index) => {
      if (raw.trim() === '') {
        return;
      }
      try {
        const value: unknown = JSON.parse(raw);
        if (isCheckpoint(value)) {
          checkpoints.push(value);
          return;
        }
      } catch {
        // falls through: kept as unreadable
      }
      unreadable.push({ line: index + 1, text: raw.slice(0, 200) });
    });
    return { checkpoints, unreadable };
  }
}
