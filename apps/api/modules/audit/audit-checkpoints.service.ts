import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '#config';
import { AuditCheckpointLog, AuditRepository } from '#persistence';
import { CheckpointSigner } from '#security';

import { decodeCursor, encodeCursor, PageQuery } from '../../common/pagination';
import { AuditCheckpointListDto } from './dto/audit.response';

function isSeqCursor(value: unknown): value is { s: number } {
  return Number.isSafeInteger((value as { s?: unknown } | null)?.s);
}

/**
 * Anchors the audit chain outside the database: at a fixed interval, and once more at shutdown, the
 * chain's head is signed with a key the database never holds and appended to the checkpoint log. Every
 * API process runs the timer; an advisory lock lets one write at a time, and a head already anchored is
 * not anchored again.
 */
@Injectable()
export class AuditCheckpointsService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AuditCheckpoints');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly audit: AuditRepository,
    private readonly log: AuditCheckpointLog,
    private readonly signer: CheckpointSigner,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.checkpoint(), this.config.auditCheckpoints.intervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.checkpoint();
  }

  /** Signs and logs the head if it moved since the last checkpoint; whether one was written. */
  async checkpoint(): Promise<boolean> {
    let wrote = false;
    try {
      await this.audit.underCheckpointLock(async (head) => {
        const last = await this.log.last();
        if (head.seq === 0 || head.seq === last?.seq) {
          return;
        }
        if (last !== undefined && head.seq < last.seq) {
          // The chain is shorter than it was when last anchored: a restore or a rewrite. Verification names it.
          this.logger.error(`the audit chain's head (${head.seq}) is behind its last checkpoint (${last.seq}); run the audit verification`);
        }
        await this.log.append(this.signer.sign({ seq: head.seq, hash: head.hash, at: new Date().toISOString() }));
        wrote = true;
      });
    } catch (error) {
      this.logger.warn(`no checkpoint this time: ${error instanceof Error ? error.message : String(error)}`);
    }
    return wrote;
  }

  /** The checkpoints in the order written, with the public keys that check them. */
  async list(page: PageQuery): Promise<AuditCheckpointListDto> {
    const after = page.cursor ? decodeCursor(page.cursor, isSeqCursor).s : 0;
    const { checkpoints } = await this.log.read();
    const rest = checkpoints.filter((checkpoint) => checkpoint.seq > after);
    const items = rest.slice(0, page.limit);
    const last = items[items.length - 1];
    return {
      items: items.map((c) => ({ seq: c.seq, hash: c.hash, at: c.at, kid: c.kid, signature: c.signature })),
      nextCursor: rest.length > page.limit && last ? encodeCursor({ s: last.seq }) : null,
      publicKeys: this.signer.publicKeys().map((key) => ({ kid: key.kid, jwk: { ...key.jwk } })),
    };
  }
}
