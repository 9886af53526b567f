import { Body, Controller, Get, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, ALL_ROLES, MACHINE_ROLES } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { ApiProblems, CommandRoute, IdParam, UuidParam } from '../../common/openapi.decorators';
import { PageQuery } from '../../common/pagination';
import { MarkedReadDto, NoticePreferencesDto, NoticePreferencesViewDto, NotificationDto, NotificationListDto } from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

/** Every role a person holds: a gateway (a machine) has no inbox. */
const PEOPLE = ALL_ROLES.filter((role) => !MACHINE_ROLES.includes(role));

@ApiTags('notifications')
@Controller('v1/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Allow(...PEOPLE)
  @ApiOperation({ summary: 'Your notices, newest first, with how many are unread' })
  @ApiOkResponse({ type: NotificationListDto })
  @ApiProblems(400, 401, 403)
  list(@CurrentActor() actor: Actor, @Query() query: PageQuery): Promise<NotificationListDto> {
    return this.notifications.list(actor, query);
  }

  @Get('preferences')
  @Allow(...PEOPLE)
  @ApiOperation({ summary: 'The notice kinds you chose not to be mailed, and every kind with whether it may be turned off' })
  @ApiOkResponse({ type: NoticePreferencesViewDto })
  @ApiProblems(401, 403)
  preferences(@CurrentActor() actor: Actor): Promise<NoticePreferencesViewDto> {
    return this.notifications.preferences(actor);
  }

  @Put('preferences')
  @Allow(...PEOPLE)
  @CommandRoute()
  @ApiOperation({ summary: 'Choose the notice kinds not to be mailed (not the critical ones); the inbox keeps every kind' })
  @ApiOkResponse({ type: NoticePreferencesViewDto })
  setPreferences(@CurrentActor() actor: Actor, @Body() dto: NoticePreferencesDto): Promise<NoticePreferencesViewDto> {
    return this.notifications.setPreferences(actor, dto);
  }

  @Post('read-all')
  @Allow(...PEOPLE)
  @CommandRoute()
  @ApiOperation({ summary: 'Mark every notice of yours read' })
  @ApiOkResponse({ type: MarkedReadDto })
  readAll(@CurrentActor() actor: Actor): Promise<MarkedReadDto> {
    return this.notifications.readAll(actor);
  }

  @Post(':id/read')
  @Allow(...PEOPLE)
  @UuidParam('id')
  @CommandRoute()
  @ApiOperation({ summary: 'Mark one notice of yours read (another person’s is not found)' })
  @ApiOkResponse({ type: NotificationDto })
  read(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<NotificationDto> {
    return this.notifications.read(actor, id);
  }
}
