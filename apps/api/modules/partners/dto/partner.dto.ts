import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsEnum, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';

import { PARTNER_ID_PATTERN, PartnerSector, VerificationStatus } from '#domain';
import type { PartnerEntity } from '#persistence';
import { FieldCipher, sealedAt } from '#security';

import { IsAbsentOr, SearchField, SectorField, StateField, Text } from '../../../common/dto-decorators';
import { PageQuery } from '../../../common/pagination';

export class ContactDto {
  @Text(200)
  name!: string;

  @ApiProperty({ format: 'email', maxLength: 254 })
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @ApiPropertyOptional({ pattern: '^\\+?[0-9 ()-]{7,20}$' })
  @IsAbsentOr()
  @IsString()
  @Matches(/^\+?[0-9 ()-]{7,20}$/, { message: 'phone must be a phone number' })
  phone?: string;
}

/** A partner's contacts: 1 to 10 of them (optional: left out, they stay as they are). */
function Contacts(options: { readonly optional?: boolean; readonly description?: string } = {}) {
  const documented: ApiPropertyOptions = {
    type: [ContactDto],
    minItems: 1,
    maxItems: 10,
    ...(options.description ? { description: options.description } : {}),
  };
  return applyDecorators(
    ...(options.optional ? [ApiPropertyOptional(documented), IsAbsentOr()] : [ApiProperty(documented)]),
    IsArray(),
    ArrayMinSize(1),
    ArrayMaxSize(10),
    ValidateNested({ each: true }),
    Type(() => ContactDto),
  );
}

export class CreatePartnerDto {
  @ApiPropertyOptional({ pattern: PARTNER_ID_PATTERN.source, description: "Registry id; the partner users' org claim. Generated if absent." })
  @IsAbsentOr()
  @IsString()
  @Matches(PARTNER_ID_PATTERN, { message: 'id must be letters, digits, . _ or -, starting with a letter or digit, up to 100' })
  id?: string;

  @Text(300)
  name!: string;

  @SectorField(true)
  sector!: PartnerSector;

  @StateField(true)
  state!: string;

  @ApiPropertyOptional({ enum: VerificationStatus, enumName: 'VerificationStatus', default: VerificationStatus.Verified })
  @IsAbsentOr()
  @IsEnum(VerificationStatus)
  status?: VerificationStatus;

  @Contacts()
  contacts!: ContactDto[];
}

export class ReplaceContactsDto {
  @Contacts({ description: "The partner's security contacts, all of them: its grant notices are mailed to each" })
  contacts!: ContactDto[];
}

export class PartnerContactsDto {
  @ApiProperty() partnerId!: string;
  @ApiProperty({ type: [ContactDto] }) contacts!: ContactDto[];
}

export class UpdatePartnerDto {
  @ApiPropertyOptional({ minLength: 1, maxLength: 300 })
  @IsAbsentOr()
  @IsString()
  @Length(1, 300)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;

  @ApiPropertyOptional({ enum: VerificationStatus, enumName: 'VerificationStatus', description: 'SUSPENDED stops every grant of the partner at once' })
  @IsAbsentOr()
  @IsEnum(VerificationStatus)
  status?: VerificationStatus;

  @Contacts({ optional: true })
  contacts?: ContactDto[];
}

export class ImportPartnersDto {
  @ApiProperty({
    type: 'array',
    // Each row is a partner as POST /v1/partners takes it, but checked on its own: a bad row (an unknown field among
    // the reasons) comes back in the report with its errors, and the good ones are imported.
    items: { description: 'A partner, as POST /v1/partners takes it (CreatePartnerDto); a bad row (of any shape) is reported, not refused' },
    maxItems: 50_000,
    description: 'Or send text/csv with a header: id,name,sector,state,status,contact_name,contact_email,contact_phone',
  })
  rows!: CreatePartnerDto[];
}

export class RejectedRowDto {
  @ApiProperty({ description: '1-based row number (CSV: not counting the header)' }) row!: number;
  @ApiProperty({ type: [String] }) errors!: string[];
}

export class ImportReportDto {
  @ApiProperty() accepted!: number;
  @ApiProperty() created!: number;
  @ApiProperty() updated!: number;
  @ApiProperty({ type: [RejectedRowDto] }) rejected!: RejectedRowDto[];
}

export class ListPartnersQuery extends PageQuery {
  @SectorField(false)
  sector?: PartnerSector;

  @StateField(false)
  state?: string;

  @ApiPropertyOptional({ enum: VerificationStatus, enumName: 'VerificationStatus' })
  @IsAbsentOr()
  @IsEnum(VerificationStatus)
  status?: VerificationStatus;
  @SearchField('Part of a registry id or name, any case')
  q?: string;
}

/** The directory nominators browse: verified partners only, by sector and state. */
export class DirectoryQuery extends PageQuery {
  @SectorField(false)
  sector?: PartnerSector;

  @StateField(false)
  state?: string;

  @SearchField('Part of a registry id or name, any case')
  q?: string;
}

/** What a nominator may know of a partner: that it is verified, its name, sector and state. */
export class DirectoryEntryDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PartnerSector, enumName: 'PartnerSector' }) sector!: PartnerSector;
  @ApiProperty() state!: string;
}

export class DirectoryListDto {
  @ApiProperty({ type: [DirectoryEntryDto] }) items!: DirectoryEntryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
  @ApiProperty({ description: 'How many verified partners match the sector and state asked for: what a nomination by that filter would name now' })
  total!: number;
}

export class PartnerSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PartnerSector, enumName: 'PartnerSector' }) sector!: PartnerSector;
  @ApiProperty() state!: string;
  @ApiProperty({ enum: VerificationStatus, enumName: 'VerificationStatus' }) status!: VerificationStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PartnerDto extends PartnerSummaryDto {
  @ApiProperty({ type: [ContactDto] }) contacts!: ContactDto[];
}

export class PartnerListDto {
  @ApiProperty({ type: [PartnerSummaryDto] }) items!: PartnerSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toPartnerSummary(p: PartnerEntity): PartnerSummaryDto {
  return {
    id: p.id,
    name: p.name,
    sector: p.sector,
    state: p.state,
    status: p.status,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

export const contactsAt = (id: string): string => sealedAt('partners', 'contacts', id);

export function toPartner(p: PartnerEntity, cipher: FieldCipher): PartnerDto {
  return { ...toPartnerSummary(p), contacts: openContacts(p, cipher) };
}

/** A partner's contacts, unsealed: whoever calls this has audited the read. */
export function openContacts(p: Pick<PartnerEntity, 'id' | 'contactsSealed'>, cipher: FieldCipher): ContactDto[] {
  return JSON.parse(cipher.open(p.contactsSealed, contactsAt(p.id))) as ContactDto[];
}
