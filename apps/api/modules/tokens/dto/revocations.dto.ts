import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import type { RevocationList } from '#contracts';

export class RevocationsQuery {
  @ApiPropertyOptional({
    description: 'The cursor of the previous answer. Absent, the answer lists what ended within the longest token lifetime (ACCESS_TOKEN_TTL)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  since?: string;
}

export class RevocationListDto implements RevocationList {
  @ApiProperty() org!: string;
  @ApiProperty({ format: 'date-time', description: 'What ended after this is listed (never earlier than the longest token lifetime ago)' }) from!: string;
  @ApiProperty({ description: 'Send as `since` next time. Answers overlap by a few seconds, so nothing that ends is missed' }) cursor!: string;
  @ApiProperty({ type: [String], description: 'Grants that ended: every partner token naming one (`grant_id`) is void' }) grants!: string[];
  @ApiProperty({ type: [String], description: 'Engagements whose pre-release window ended: every reviewer token naming one (`engagement_id`) is void' })
  windows!: string[];
  @ApiProperty({ type: [String], description: 'Tokens (`jti`) whose holder lost access on their own: unassigned, recused or disabled' }) jtis!: string[];
  @ApiProperty({
    description:
      'The same list signed: a compact JWS (`typ: revocation-list+jwt`, ES256) under the access-token keys of /.well-known/jwks.json, whose payload holds the fields above',
  })
  signed!: string;
}
