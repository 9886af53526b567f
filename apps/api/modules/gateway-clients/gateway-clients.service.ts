import { Injectable } from '@nestjs/common';

import { AppConfig } from '#config';
import { Actor } from '#domain';
import { AuditRepository, GatewayClientEntity, GatewayClientRepository, Tx, UnitOfWork } from '#persistence';

import { GatewayClientDirectoryService } from '../../auth/gateway-client-directory.service';
import { IdentityProviderClient } from '../../auth/sessions/identity-provider.client';
import { ResourceException } from '../../errors/api-errors';
import { CreateGatewayClientDto, GatewayClientDto, GatewayClientListDto, GatewayCredentialsDto, toGatewayClient } from './dto/gateway-client.dto';

/**
 * A developer organization's gateway clients: machine credentials its model gateway uses to introspect
 * tokens (and nothing else), registered at the IdP by this API, rotated with a grace period and revoked at
 * once. Another organization's client does not exist for the caller (404). Every change is audited.
 */
@Injectable()
export class GatewayClientsService {
  constructor(
    private readonly clients: GatewayClientRepository,
    private readonly idp: IdentityProviderClient,
    private readonly directory: GatewayClientDirectoryService,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
  ) {}

  async list(actor: Actor): Promise<GatewayClientListDto> {
    return { items: (await this.clients.listForOrg(actor.org)).map((c) => toGatewayClient(c)) };
  }

  async register(actor: Actor, dto: CreateGatewayClientDto): Promise<GatewayCredentialsDto> {
    return this.issue(actor, dto.name, null, async (tx, row) => {
      await this.record(tx, actor, 'gateway_client.registered', row.clientId, { name: row.name });
    });
  }

  /** A new secret, as a new client; the old one keeps working for GATEWAY_ROTATION_GRACE, then is refused. */
  async rotate(actor: Actor, clientId: string): Promise<GatewayCredentialsDto> {
    const old = await this.own(actor, clientId);
    const retiresAt = new Date(Date.now() + this.config.gatewayClients.graceMs);
    const issued = await this.issue(actor, old.name, old.clientId, async (tx, row) => {
      if (!(await this.clients.retire(tx, old.clientId, retiresAt))) {
        throw new ResourceException('gateway client');
      }
      await this.record(tx, actor, 'gateway_client.rotated', row.clientId, { replaces: old.clientId, retiresAt: retiresAt.toISOString() });
    });
    this.directory.forget(old.clientId);
    return issued;
  }

  async revoke(actor: Actor, clientId: string): Promise<GatewayClientDto> {
    await this.own(actor, clientId);
    const revoked = await this.unitOfWork.run(async (tx) => {
      if (await this.clients.revoke(tx, clientId, actor.sub, new Date())) {
        await this.record(tx, actor, 'gateway_client.revoked', clientId, {});
      }
      return this.clients.find(clientId, tx);
    });
    this.directory.forget(clientId);
    return toGatewayClient(revoked!);
  }

  /** The caller's organization's client, or 404 whether it is another's or none at all. */
  private async own(actor: Actor, clientId: string): Promise<GatewayClientEntity> {
    const client = await this.clients.find(clientId);
    if (!client || client.org !== actor.org) {
      throw new ResourceException('gateway client');
    }
    return client;
  }

  private async issue(
    actor: Actor,
    name: string,
    replaces: string | null,
    alongside: (tx: Tx, row: GatewayClientEntity) => Promise<void>,
  ): Promise<GatewayCredentialsDto> {
    const { clientId, clientSecret, tokenEndpoint } = await this.idp.registerGatewayClient(name, actor.org);
    const row: GatewayClientEntity = {
      clientId,
      org: actor.org,
      name,
      createdBy: actor.sub,
      createdAt: new Date(),
      replaces,
      retiresAt: null,
      revokedAt: null,
      revokedBy: null,
    };
    await this.unitOfWork.run(async (tx) => {
      await this.clients.insert(tx, row);
      await alongside(tx, row);
    });
    return { ...toGatewayClient(row), clientSecret, tokenEndpoint };
  }

  private async record(tx: Tx, actor: Actor, action: string, clientId: string, details: Record<string, string>): Promise<void> {
    await this.audit.append(tx, [
      {
        actorSub: actor.sub,
        actorRoles: actor.roles,
        action,
        engagementId: null,
        subjectType: 'gateway_client',
        subjectId: clientId,
        outcome: 'ACCEPTED',
        details,
      },
    ]);
  }
}
