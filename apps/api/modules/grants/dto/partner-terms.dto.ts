import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, IsUrl, Matches, MaxLength } from 'class-validator';

import type { PartnerTermsEntity } from '#persistence';

import { IsAbsentOr, Text } from '../../../common/dto-decorators';

export class PublishTermsDto {
  @ApiProperty({ pattern: '^[A-Za-z0-9._-]{1,50}$', example: '2026-11' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{1,50}$/, { message: 'version must be 1 to 50 letters, digits, . _ or -' })
  version!: string;

  @Text(200_000, 'The terms partners accept; stored with its SHA-256')
  text!: string;

  @ApiPropertyOptional({ format: 'uri', description: "The gateway partners' tokens are meant for; the window's endpoint if not given" })
  @IsAbsentOr()
  @IsString()
  @MaxLength(2048)
  @IsUrl(
    { protocols: ['https'], require_protocol: true, require_tld: false, disallow_auth: true, allow_fragments: false },
    { message: 'accessEndpoint must be an https:// URL without credentials or fragment' },
  )
  accessEndpoint?: string;
}

export class TermsDto {
  @ApiProperty() version!: string;
  @ApiProperty({ description: 'SHA-256 of the text, hex; name it when accepting' }) hash!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiPropertyOptional() text?: string;
}

/** The terms; with their text (opened) for those reading them. */
export function toTerms(t: PartnerTermsEntity, text?: string): TermsDto {
  return { version: t.version, hash: t.hash, publishedAt: t.publishedAt.toISOString(), ...(text === undefined ? {} : { text }) };
}
