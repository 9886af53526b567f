import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

import { AppConfig } from '#config';
import { Audience, NominationSide, Notice, NOTICES, noticesFor, Role } from '#domain';
import { AuditFactRow, NewInboxItem, NoticeRepository, Tx } from '#persistence';

/** Audit events read per transaction. */
const BATCH = 500;

/**
 * Turns audit events into notices (libs/domain/notices.ts) and puts them in the inboxes of the people
 * each one reaches. It follows the audit log with a cursor kept in the same transaction as what it
 * writes, one process at a time, so a crash or a second worker neither loses a notice nor makes one
 * twice. It runs beside the commands, never inside them: nothing here can delay or fail a transition.
 */
@Injectable()
export class NoticeMaker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notices');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly notices: NoticeRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(0);
  }

  /** Stops following, once the round under way (if any) is done: before the database connection closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) {
      return;
    }
    this.timer = setTimeout(() => {
      this.running = this.catchUp()
        .catch((error: unknown) => this.logger.warn(`notices wait for the next round: ${String(error)}`))
        .finally(() => this.schedule(this.config.notices.pollMs));
    }, delayMs);
  }

  /** Makes the notices of every audit event not yet followed; how many inbox entries that added. */
  async catchUp(): Promise<number> {
    let added = 0;
    for (;;) {
      let read = 0;
      const ran = await this.notices.fromCursor(async (tx, after) => {
        const facts = await this.notices.auditAfter(tx, after, BATCH);
        read = facts.length;
        const items: NewInboxItem[] = [];
        for (const fact of facts) {
          for (const notice of noticesFor(fact)) {
            items.push(...(await this.address(tx, notice, fact)));
          }
        }
        added += await this.notices.deliver(tx, items);
        return facts[facts.length - 1]?.seq ?? after;
      });
      if (!ran || read < BATCH || this.stopped) {
        return added;
      }
    }
  }

  /** One inbox entry for each person the notice reaches, with the page they open it at. */
  private async address(tx: Tx, notice: Notice, fact: AuditFactRow): Promise<NewInboxItem[]> {
    const engagement = await this.notices.engagement(tx, notice.engagementId);
    if (!engagement) {
      return [];
    }
    const to = new Map<string, string>();
    const add = (subs: readonly string[], link = `/engagements/${notice.engagementId}`) => subs.forEach((sub) => to.has(sub) || to.set(sub, link));
    const developer = () => this.notices.peopleWithRole(tx, Role.Developer, engagement.developerOrg);
    const admins = () => this.notices.peopleWithRole(tx, Role.ProgramAdmin);
    const partners = async (grants: readonly { grantId: string; partnerId: string }[]) => {
      const grantOf = new Map(grants.map((grant) => [grant.partnerId, grant.grantId]));
      for (const person of await this.notices.partnerPeople(tx, [...grantOf.keys()])) {
        add([person.sub], `/grants/${grantOf.get(person.org) ?? ''}`);
      }
    };
    for (const audience of NOTICES[notice.kind].audiences) {
      switch (audience) {
        case Audience.Developer:
          add(await developer());
          break;
        case Audience.ProgramAdmins:
          add(await admins());
          break;
        case Audience.Authorities:
          // Authorities see an engagement once it has been recommended, and are told nothing before.
          if (engagement.recommended) add(await this.notices.peopleWithRole(tx, Role.DesignationAuthority));
          break;
        case Audience.Reviewers:
          add(await this.notices.activeAmong(tx, await this.notices.reviewersOf(tx, notice.engagementId), Role.Reviewer));
          break;
        case Audience.Named:
          add(await this.notices.activeAmong(tx, notice.named ?? []));
          break;
        case Audience.FindingRecorder: {
          const recorder = notice.subjectId === undefined ? undefined : await this.notices.findingRecorder(tx, notice.subjectId);
          add(recorder === undefined ? [] : await this.notices.activeAmong(tx, [recorder]));
          break;
        }
        case Audience.OtherSide: {
          const side = notice.subjectId === undefined ? undefined : await this.notices.nominationSide(tx, notice.subjectId);
          add(side === NominationSide.Developer ? await admins() : side === NominationSide.Government ? await developer() : []);
          break;
        }
        case Audience.Partners:
          if (notice.subjectId !== undefined) {
            await partners(
              await this.notices.grants(tx, fact.action.startsWith('grant.') ? { grantId: notice.subjectId } : { nominationId: notice.subjectId }),
            );
          }
          break;
        case Audience.PartnersWithLiveGrants:
          await partners(await this.notices.grants(tx, { engagementId: notice.engagementId, endedSince: fact.occurredAt }));
          break;
      }
    }
    return [...to].map(([sub, link]) => ({
      noticeKey: notice.key,
      sub,
      kind: notice.kind,
      engagementId: notice.engagementId,
      subjectId: notice.subjectId ?? null,
      dueAt: notice.dueAt === undefined ? null : new Date(notice.dueAt),
      link,
      createdAt: fact.occurredAt,
    }));
  }
}
