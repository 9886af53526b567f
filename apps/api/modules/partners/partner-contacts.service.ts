import { Injectable } from '@nestjs/common';

import { Actor, hasRole, Role } from '#domain';
import { AuditGroupCommit, AuditRepository, PartnerEntity, PartnerRepository, UnitOfWork } from '#persistence';
import { FieldCipher } from '#security';

import { ResourceException } from '../../errors/api-errors';
import { contactsAt, openContacts, PartnerContactsDto, ReplaceContactsDto } from './dto/partner.dto';

/**
 * A partner's security contacts (who its grant notices are mailed to), kept current by the partner's own
 * people as well as by program administrators. A partner's people see and change their own organization's
 * only; any other partner does not exist for them (404). Each read and change is audited.
 */
@Injectable()
export class PartnerContactsService {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly cipher: FieldCipher,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditRepository,
    private readonly auditGroup: AuditGroupCommit,
  ) {}

  async read(actor: Actor, id: string): Promise<PartnerContactsDto> {
    const partner = await this.visible(actor, id);
    await this.auditGroup.appendRead(actor, {
      action: 'partner.viewed',
      engagementId: null,
      subjectType: 'partner',
      subjectId: id,
      details: { fields: ['contacts'] },
    });
    return { partnerId: id, contacts: openContacts(partner, this.cipher) };
  }

  async replace(actor: Actor, id: string, dto: ReplaceContactsDto): Promise<PartnerContactsDto> {
    await this.visible(actor, id);
    await this.unitOfWork.run(async (tx) => {
      await this.partners.update(tx, id, { contactsSealed: this.cipher.seal(JSON.stringify(dto.contacts), contactsAt(id)), updatedAt: new Date() });
      const event = { actorSub: actor.sub, actorRoles: actor.roles, engagementId: null, subjectType: 'partner', subjectId: id };
      await this.audit.append(tx, [
        { ...event, action: 'partner.contacts_updated', outcome: 'ACCEPTED', details: { fields: ['contacts'], count: dto.contacts.length } },
        // The answer carries them back, opened: a read like GET's.
        { ...event, action: 'partner.viewed', outcome: 'READ', details: { fields: ['contacts'] } },
      ]);
    });
    return { partnerId: id, contacts: dto.contacts };
  }

  /** The partner, if the caller may see its contacts: a program administrator any, a partner's people their own. */
  private async visible(actor: Actor, id: string): Promise<PartnerEntity> {
    const partner = hasRole(actor, Role.ProgramAdmin) || actor.org === id ? await this.partners.find(id) : null;
    if (!partner) {
      throw new ResourceException('partner');
    }
    return partner;
  }
}
