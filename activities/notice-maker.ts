import { Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

import { AppConfig } from '#config';
import { Audience, NominationSide, Notice, NOTICES, noticesFor, Role, WEBHOOK_MANAGERS, webhookPayload } from '#domain';
import {
  AuditEntry,
  AuditFactRow,
  AuditRepository,
  contactRecipient,
  NewInboxItem,
  NewMail,
  NewWebhookDelivery,
  NoticeRepository,
  partnerRecipient,
  Tx,
  WebhookRepository,
} from '#persistence';

import { PollingLoop } from './polling-loop';

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
  private readonly loop: PollingLoop;

  private readonly enabled: boolean;
  private readonly consoleUrl: string;

  constructor(
    config: AppConfig,
    private readonly notices: NoticeRepository,
    private readonly audit: AuditRepository,
    private readonly webhooks: WebhookRepository,
  ) {
    this.enabled = config.notices.enabled;
    this.consoleUrl = config.notices.consoleUrl;
    this.loop = new PollingLoop('Notices', config.notices.pollMs, () => this.catchUp());
  }

  onApplicationBootstrap(): void {
    if (this.enabled) this.loop.start();
  }

  /** Stops following, once the round under way (if any) is done: before the database connection closes. */
  onModuleDestroy(): Promise<void> {
    return this.loop.stop();
  }

  /** Makes the notices of every audit event not yet followed; how many inbox entries that added. */
  async catchUp(): Promise<number> {
    let added = 0;
    for (;;) {
      let read = 0;
      const ran = await this.notices.fromCursor(async (tx, after) => {
        const facts = await this.notices.auditAfter(tx, after, BATCH);
        read = facts.length;
        // Who holds a role, and whose an engagement is, read once per round however many events ask.
        const lookups = new RoundLookups(tx, this.notices);
        const items: NewInboxItem[] = [];
        const mails: NewMail[] = [];
        const hooks: NewWebhookDelivery[] = [];
        const sent: AuditEntry[] = [];
        for (const fact of facts) {
          for (const notice of noticesFor(fact)) {
            const addressed = await this.address(tx, notice, fact, lookups);
            items.push(...addressed.inbox);
            mails.push(...addressed.mail);
            hooks.push(...addressed.webhooks);
            if (addressed.inbox.length > 0 || addressed.mail.length > 0 || addressed.webhooks.length > 0) {
              sent.push(sentEvent(notice, addressed));
            }
          }
        }
        added += await this.notices.deliver(tx, items);
        await this.notices.queueMail(tx, mails);
        // Handed to Temporal by the webhook dispatcher once this commits: one workflow per delivery.
        await this.webhooks.queue(tx, hooks);
        // Audited with the recipients' ids, never their addresses (which are looked up when the mail is sent).
        if (sent.length > 0) await this.audit.append(tx, sent);
        return facts[facts.length - 1]?.seq ?? after;
      });
      if (!ran || read < BATCH || this.loop.isStopped) {
        return added;
      }
    }
  }

  /**
   * One inbox entry, and one mail, for each person the notice reaches, with the page they open it at;
   * a mail to the inquiry's security contact when the notice is for the developer; and a webhook delivery
   * to each endpoint (that wants the kind) of every organization the notice reaches.
   */
  private async address(tx: Tx, notice: Notice, fact: AuditFactRow, lookups: RoundLookups): Promise<Addressed> {
    const engagement = notice.engagementId === null ? undefined : await lookups.engagement(notice.engagementId);
    if (!engagement && notice.organization === undefined) {
      return { inbox: [], mail: [], webhooks: [] };
    }
    const to = new Map<string, string>();
    const add = (subs: readonly string[], link = notice.page ?? `/engagements/${notice.engagementId}`) =>
      subs.forEach((sub) => to.has(sub) || to.set(sub, link));
    const developer = () => (engagement ? lookups.peopleWithRole(Role.Developer, engagement.developerOrg) : Promise.resolve([]));
    const admins = () => lookups.peopleWithRole(Role.ProgramAdmin);
    // A partner is told through its people who sign in, and its security contacts in the registry, by mail.
    const partnerMail = new Map<string, string>();
    const partners = async (grants: readonly { grantId: string; partnerId: string }[]) => {
      const grantOf = new Map(grants.map((grant) => [grant.partnerId, grant.grantId]));
      for (const person of await this.notices.partnerPeople(tx, [...grantOf.keys()])) {
        add([person.sub], `/grants/${grantOf.get(person.org) ?? ''}`);
      }
      grantOf.forEach((grantId, partnerId) => partnerMail.set(partnerId, `/grants/${grantId}`));
    };
    for (const audience of NOTICES[notice.kind].audiences) {
      switch (audience) {
        case Audience.Developer:
          add(await developer());
          break;
        case Audience.ProgramAdmins:
          add(await admins());
          break;
        case Audience.Clearinghouse:
          add(await lookups.peopleWithRole(Role.Clearinghouse), '/clearinghouse');
          break;
        case Audience.Authorities:
          // Authorities see an engagement once it has been recommended, and are told nothing before.
          if (engagement?.recommended) add(await lookups.peopleWithRole(Role.DesignationAuthority));
          break;
        case Audience.Reviewers:
          if (notice.engagementId !== null) add(await this.notices.activeAmong(tx, await this.notices.reviewersOf(tx, notice.engagementId), Role.Reviewer));
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
        case Audience.PartnersYetToAccept:
          if (notice.subjectId !== undefined) await partners(await this.notices.grants(tx, { nominationId: notice.subjectId, yetToAccept: true }));
          break;
        case Audience.PartnersWithLiveGrants:
          if (notice.engagementId !== null) await partners(await this.notices.grants(tx, { engagementId: notice.engagementId, endedSince: fact.occurredAt }));
          break;
        case Audience.SuspendedPartner:
          if (notice.organization !== undefined && (await lookups.developerOrgsOfActiveGrants(notice.organization)).length > 0) {
            add(await this.notices.partnerPeople(tx, [notice.organization]).then((people) => people.map((p) => p.sub)), '/grants');
            partnerMail.set(notice.organization, '/grants');
          }
          break;
        case Audience.DevelopersOfPartnerGrants:
          for (const org of notice.organization === undefined ? [] : await lookups.developerOrgsOfActiveGrants(notice.organization)) {
            add(await lookups.peopleWithRole(Role.Developer, org), '/grants');
          }
          break;
        case Audience.OrganizationDevelopers:
          if (notice.organization !== undefined) add(await lookups.peopleWithRole(Role.Developer, notice.organization));
          break;
        case Audience.OrganizationAuthorities:
          if (notice.organization !== undefined && notice.engagementId !== null) {
            const recused = await this.notices.recusedFrom(tx, notice.engagementId);
            add((await lookups.peopleWithRole(Role.DesignationAuthority, notice.organization)).filter((sub) => !recused.has(sub)));
          }
          break;
        case Audience.OrganizationManagers:
          if (notice.organization !== undefined) add(await this.notices.peopleWithAnyRole(tx, WEBHOOK_MANAGERS, notice.organization), '/webhooks');
          break;
      }
    }
    const common = {
      noticeKey: notice.key,
      kind: notice.kind,
      engagementId: notice.engagementId,
      dueAt: notice.dueAt === undefined ? null : new Date(notice.dueAt),
      createdAt: fact.occurredAt,
    };
    const inbox = [...to].map(([sub, link]) => ({ ...common, sub, subjectId: notice.subjectId ?? null, link }));
    // Each person may turn off mail of the kinds that are not critical; the inbox has every kind whatever they chose.
    const off = NOTICES[notice.kind].critical ? new Set<string>() : await this.notices.mailTurnedOff(tx, [...to.keys()], notice.kind);
    const mail: NewMail[] = [...to].filter(([sub]) => !off.has(sub)).map(([sub, link]) => ({ ...common, recipient: sub, link }));
    const forDeveloper = NOTICES[notice.kind].audiences.includes(Audience.Developer);
    if (forDeveloper && notice.engagementId !== null) {
      mail.push({ ...common, recipient: contactRecipient(notice.engagementId), link: `/engagements/${notice.engagementId}` });
    }
    partnerMail.forEach((link, partnerId) => mail.push({ ...common, recipient: partnerRecipient(partnerId), link }));
    // An organization hears by webhook what any of its people (or, for a partner, its contacts) hear.
    const orgs = new Set(await this.notices.orgsOf(tx, [...to.keys()]));
    if (forDeveloper && engagement) orgs.add(engagement.developerOrg);
    partnerMail.forEach((_, partnerId) => orgs.add(partnerId));
    // The payload's link is the page the organization's people open: a partner's grant, or the engagement.
    const page = notice.page ?? (notice.engagementId === null ? '/webhooks' : `/engagements/${notice.engagementId}`);
    const webhooks = (await this.webhooks.wanting(tx, [...orgs].sort(), notice.kind)).map((endpoint) => ({
      endpointId: endpoint.id,
      noticeKey: notice.key,
      kind: notice.kind,
      payload: webhookPayload({ ...common, subjectId: notice.subjectId ?? null, link: partnerMail.get(endpoint.org) ?? page }, this.consoleUrl),
      createdAt: fact.occurredAt,
    }));
    return { inbox, mail, webhooks };
  }
}

/** Whom a notice reaches: people's inboxes, mail, and organizations' webhook endpoints. */
interface Addressed {
  readonly inbox: NewInboxItem[];
  readonly mail: NewMail[];
  readonly webhooks: NewWebhookDelivery[];
}

/** The audit event of a notice sent: its kind, and who it went to by id (the security contact as `contact`). */
function sentEvent(notice: Notice, { inbox, mail, webhooks }: Addressed): AuditEntry {
  return {
    actorSub: 'system',
    actorRoles: [],
    action: 'notice.sent',
    engagementId: notice.engagementId,
    subjectType: 'notice',
    subjectId: notice.key,
    outcome: 'SENT',
    details: {
      kind: notice.kind,
      inbox: inbox.map((item) => item.sub),
      // People by sub, a partner's registry contacts as `partner:<id>`, the inquiry's security contact as `contact`.
      mail: mail.map((item) => (item.recipient.startsWith('contact:') ? 'contact' : item.recipient)),
      webhooks: webhooks.map((delivery) => delivery.endpointId),
    },
  };
}

/** Reads one round of notices asks for again and again (the program administrators, say), made once per round. */
class RoundLookups {
  private readonly made = new Map<string, Promise<unknown>>();

  constructor(
    private readonly tx: Tx,
    private readonly notices: NoticeRepository,
  ) {}

  engagement(id: string) {
    return this.once(`engagement:${id}`, () => this.notices.engagement(this.tx, id));
  }

  peopleWithRole(role: Role, org?: string) {
    return this.once(`role:${role}:${org ?? ''}`, () => this.notices.peopleWithRole(this.tx, role, org));
  }

  developerOrgsOfActiveGrants(partnerId: string) {
    return this.once(`partner-grants:${partnerId}`, () => this.notices.developerOrgsOfActiveGrants(this.tx, partnerId));
  }

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    if (!this.made.has(key)) this.made.set(key, read());
    return this.made.get(key) as Promise<T>;
  }
}
