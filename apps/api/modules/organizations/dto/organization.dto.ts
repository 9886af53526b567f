import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';

import { ORGANIZATION_ID_PATTERN, OrganizationKind } from '#domain';
import type { OrganizationEntity } from '#persistence';

import { IsAbsentOr, Text } from '../../../common/dto-decorators';
import { PageQuery } from '../../../common/pagination';

const KIND = { enum: OrganizationKind, enumName: 'OrganizationKind' };

export class CreateOrganizationDto {
  @ApiProperty({ pattern: ORGANIZATION_ID_PATTERN.source, description: "The organization's id: its people's `org` claim" })
  @IsString()
  @Matches(ORGANIZATION_ID_PATTERN, { message: 'id must be letters, digits, . _ or -, starting with a letter or digit, up to 200' })
  id!: string;

  @Text(300)
  name!: string;

  @ApiProperty({
    ...KIND,
    description: 'Bounds the roles its people may hold: AI_DEVELOPER (developer), GOVERNMENT (reviewer, authority, administrator, auditor), PARTNER (partner)',
  })
  @IsEnum(OrganizationKind)
  kind!: OrganizationKind;
}

export class UpdateOrganizationDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 300 })
  @IsAbsentOr()
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional(KIND)
  @IsAbsentOr()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;
}

export class ListOrganizationsQuery extends PageQuery {
  @ApiPropertyOptional(KIND)
  @IsOptional()
  @IsEnum(OrganizationKind)
  kind?: OrganizationKind;
}

export class OrganizationDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty(KIND) kind!: OrganizationKind;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class OrganizationListDto {
  @ApiProperty({ type: [OrganizationDto] }) items!: OrganizationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toOrganization(o: OrganizationEntity): OrganizationDto {
  return { id: o.id, name: o.name, kind: o.kind, createdAt: o.createdAt.toISOString(), updatedAt: o.updatedAt.toISOString() };
}
