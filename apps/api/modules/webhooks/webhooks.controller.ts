import { Body, Controller, Delete, Get, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, WEBHOOK_MANAGERS } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { PageQuery } from '../../common/pagination';
import { CreateWebhookDto, WebhookDeliveryDto, WebhookDeliveryListDto, WebhookDto, WebhookListDto, WebhookWithSecretDto } from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@Controller('v1/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Allow(...WEBHOOK_MANAGERS)
  @ApiOperation({ summary: "Your organization's webhook endpoints (never their secrets)" })
  @ApiOkResponse({ type: WebhookListDto })
  @ApiProblems(401, 403)
  list(@CurrentActor() actor: Actor): Promise<WebhookListDto> {
    return this.webhooks.list(actor);
  }

  @Post()
  @Allow(...WEBHOOK_MANAGERS)
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({
    summary:
      'Register an endpoint for the notice kinds your organization wants (["*"] for all): deliveries are signed to the Standard Webhooks specification with the secret shown once here',
  })
  @ApiCreatedResponse({ type: WebhookWithSecretDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    return this.webhooks.create(actor, dto);
  }

  @Get(':id')
  @Allow(...WEBHOOK_MANAGERS)
  @UuidParam('id')
  @ApiOperation({ summary: 'One of your endpoints: whether it is on, its last success, since when it has been failing' })
  @ApiOkResponse({ type: WebhookDto })
  @ApiProblems(400, 401, 403, 404)
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<WebhookDto> {
    return this.webhooks.get(actor, id);
  }

  @Delete(':id')
  @Allow(...WEBHOOK_MANAGERS)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Delete an endpoint: nothing more is sent to it, deliveries under way included' })
  @ApiOkResponse({ type: WebhookDto })
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<WebhookDto> {
    return this.webhooks.remove(actor, id);
  }

  @Post(':id/rotate-secret')
  @Allow(...WEBHOOK_MANAGERS)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({
    summary: 'A new signing secret, shown once; the old one still signs beside it (a second signature) until previousSecretUntil, so the receiver can switch',
  })
  @ApiOkResponse({ type: WebhookWithSecretDto })
  rotateSecret(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<WebhookWithSecretDto> {
    return this.webhooks.rotateSecret(actor, id);
  }

  @Post(':id/enable')
  @Allow(...WEBHOOK_MANAGERS)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Turn an endpoint that was turned off (it kept failing) on again; resend what it missed from its delivery log' })
  @ApiOkResponse({ type: WebhookDto })
  enable(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<WebhookDto> {
    return this.webhooks.enable(actor, id);
  }

  @Get(':id/deliveries')
  @Allow(...WEBHOOK_MANAGERS)
  @UuidParam('id')
  @ApiOperation({ summary: "An endpoint's delivery log, newest first: each delivery's status, last status code and time, and attempts" })
  @ApiOkResponse({ type: WebhookDeliveryListDto })
  @ApiProblems(400, 401, 403, 404)
  deliveries(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: PageQuery): Promise<WebhookDeliveryListDto> {
    return this.webhooks.deliveries(actor, id, query);
  }

  @Post(':id/deliveries/:deliveryId/resend')
  @Allow(...WEBHOOK_MANAGERS)
  @UuidParam('id')
  @UuidParam('deliveryId')
  @CommandRoute(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send a delivery again, now, with the same webhook-id, whatever became of it before' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  resend(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('deliveryId') deliveryId: string): Promise<WebhookDeliveryDto> {
    return this.webhooks.resend(actor, id, deliveryId);
  }
}
