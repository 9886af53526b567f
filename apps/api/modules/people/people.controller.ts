import { Body, Controller, Get, HttpStatus, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { Actor, Role } from '#domain';

import { Allow, CurrentActor } from '../../auth/auth.decorators';
import { Command, CommandContext } from '../../common/command-context.decorator';
import { ApiProblems, ApiSubjectParam, CommandRoute, SubjectParam } from '../../common/openapi.decorators';
import { CreatePersonDto, DisabledPersonDto, DisablePersonDto, ListPeopleQuery, PersonDto, PersonListDto } from './dto/person.dto';
import { PeopleService } from './people.service';

@ApiTags('people')
@Controller('v1/people')
export class PeopleController {
  constructor(private readonly people: PeopleService) {}

  @Get()
  @Allow(Role.ProgramAdmin)
  @ApiOperation({ summary: 'The people in the directory, by role, organization or part of a sub, name or email, in sub order' })
  @ApiOkResponse({ type: PersonListDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: ListPeopleQuery): Promise<PersonListDto> {
    return this.people.list(query);
  }

  @Post()
  @Allow(Role.ProgramAdmin)
  @CommandRoute(HttpStatus.CREATED)
  @ApiOperation({ summary: 'Pre-register a person, so they can be assigned before their first sign-in' })
  @ApiCreatedResponse({ type: PersonDto })
  register(@CurrentActor() actor: Actor, @Body() dto: CreatePersonDto): Promise<PersonDto> {
    return this.people.register(actor, dto);
  }

  @Post(':sub/disable')
  @Allow(Role.ProgramAdmin)
  @ApiSubjectParam('sub')
  @CommandRoute()
  @ApiOperation({ summary: 'Disable a person at once: their sessions end, their tokens are refused, their reviewer assignments end' })
  @ApiOkResponse({ type: DisabledPersonDto })
  disable(@Command() ctx: CommandContext, @SubjectParam('sub') sub: string, @Body() dto: DisablePersonDto): Promise<DisabledPersonDto> {
    return this.people.disable(ctx, sub, dto);
  }
}
