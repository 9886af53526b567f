import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsEnum, IsIn, IsOptional, IsString, Matches, MaxLength, NotEquals } from 'class-validator';

import { MACHINE_ROLES, ORGANIZATION_ID_PATTERN, Role } from '#domain';
import type { PersonEntity } from '#persistence';

import { OptionalText, SearchField, Text } from '../../../common/dto-decorators';
import { PageQuery } from '../../../common/pagination';

const SUB = /^[\x21-\x7e]{1,200}$/;
const ROLE = { enum: Role, enumName: 'Role' };
/** The roles a person may hold: all but the machine ones. */
const PERSON_ROLES: readonly Role[] = Object.values(Role).filter((role) => !MACHINE_ROLES.includes(role));

export class CreatePersonDto {
  @ApiProperty({ pattern: SUB.source, description: "The person's `sub` at the identity provider: their id in the directory" })
  @IsString()
  @Matches(SUB, { message: 'sub must be 1 to 200 visible ASCII characters' })
  @NotEquals('system', { message: 'sub "system" is the clock’s, not a person’s' })
  sub!: string;

  @Text(300)
  name!: string;

  @ApiProperty({ format: 'email' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(300)
  email!: string;

  @ApiProperty({ pattern: ORGANIZATION_ID_PATTERN.source, description: 'A registered organization' })
  @IsString()
  @Matches(ORGANIZATION_ID_PATTERN, { message: 'org must be letters, digits, . _ or -, starting with a letter or digit, up to 200' })
  org!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: [...PERSON_ROLES] },
    minItems: 1,
    maxItems: PERSON_ROLES.length,
    uniqueItems: true,
    description: "A person's roles; gateway is a machine role: a developer registers a gateway client instead",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(PERSON_ROLES, { each: true, message: `each of roles must be one of ${PERSON_ROLES.join(', ')}` })
  roles!: Role[];
}

export class ListPeopleQuery extends PageQuery {
  @ApiPropertyOptional(ROLE)
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ pattern: ORGANIZATION_ID_PATTERN.source })
  @IsOptional()
  @Matches(ORGANIZATION_ID_PATTERN, { message: 'org must be letters, digits, . _ or -, up to 200' })
  org?: string;

  @SearchField('Part of a sub, name or email, any case')
  q?: string;
}

export class DisablePersonDto {
  @OptionalText(2000, 'Why (kept in the audit trail as a digest)')
  reason?: string;
}

export class PersonDto {
  @ApiProperty() sub!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty() org!: string;
  @ApiProperty({ ...ROLE, isArray: true }) roles!: string[];
  @ApiProperty({ enum: ['ACTIVE', 'DISABLED'] }) status!: 'ACTIVE' | 'DISABLED';
  @ApiProperty({ enum: ['PRE_REGISTERED', 'SIGN_IN'], description: 'Pre-registered by a program administrator, or first seen at their own sign-in or call' })
  source!: 'PRE_REGISTERED' | 'SIGN_IN';
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSeenAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) disabledAt!: string | null;
}

export class PersonListDto {
  @ApiProperty({ type: [PersonDto] }) items!: PersonDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class DisabledPersonDto extends PersonDto {
  @ApiProperty({ description: 'Browser sessions ended now' }) sessionsEnded!: number;
  @ApiProperty({ type: [String], description: 'Engagements the person was assigned to as a reviewer, and no longer is' }) assignmentsEnded!: string[];
  @ApiProperty({
    type: [String],
    description: 'Engagements whose assignment could not be ended now (their workflow refused or was unreachable); end them by hand',
  })
  assignmentsNotEnded!: string[];
}

export function toPerson(p: PersonEntity): PersonDto {
  return {
    sub: p.sub,
    name: p.name,
    email: p.email,
    org: p.org,
    roles: [...p.roles],
    status: p.status,
    source: p.source,
    lastSeenAt: p.lastSeenAt?.toISOString() ?? null,
    disabledAt: p.disabledAt?.toISOString() ?? null,
  };
}
