import { Body, Controller, Get, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { ApiProblems, CommandRoute } from '../../common/openapi.decorators';
import { CreateGatewayClientDto, GatewayClientDto, GatewayClientListDto, GatewayCredentialsDto } from './dto/gateway-client.dto';
import { GatewayClientsService } from './gateway-clients.service';

@ApiTags('gateway clients')
@Controller('v1/gateway-clients')
export class GatewayClientsController {
  constructor(private readonly clients: GatewayClientsService) {}

  @Get()
  @Allow(Role.Developer)
  @ApiOperation({ summary: "Your organization's gateway clients" })
  @ApiOkResponse({ type: GatewayClientListDto })
  @ApiProblems(401, 403)
  list(@CurrentActor() actor: Actor): Promise<GatewayClientListDto> {
    return this.clients.list(actor);
  }

  @Post()
  @Allow(Role.Developer)
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Register a gateway client at the identity provider: client credentials that may only introspect; the secret is shown once' })
  @ApiCreatedResponse({ type: GatewayCredentialsDto })
  register(@CurrentActor() actor: Actor, @Body() dto: CreateGatewayClientDto): Promise<GatewayCredentialsDto> {
    return this.clients.register(actor, dto);
  }

  @Post(':clientId/rotate')
  @Allow(Role.Developer)
  @ApiParam({ name: 'clientId', type: String })
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: 'A new secret (as a new client); the old one keeps working for the grace period, then is refused' })
  @ApiCreatedResponse({ type: GatewayCredentialsDto })
  rotate(@CurrentActor() actor: Actor, @Param('clientId') clientId: string): Promise<GatewayCredentialsDto> {
    return this.clients.rotate(actor, clientId);
  }

  @Post(':clientId/revoke')
  @Allow(Role.Developer)
  @ApiParam({ name: 'clientId', type: String })
  @CommandRoute()
  @ApiOperation({ summary: 'Revoke a gateway client at once: its tokens are refused from the next request' })
  @ApiOkResponse({ type: GatewayClientDto })
  revoke(@CurrentActor() actor: Actor, @Param('clientId') clientId: string): Promise<GatewayClientDto> {
    return this.clients.revoke(actor, clientId);
  }
}
