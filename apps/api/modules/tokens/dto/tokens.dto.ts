import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';

export class AccessTokenDto {
  @ApiProperty({ description: 'An ES256 JWT (typ at+jwt) for the model gateway; never stored, only its jti' }) token!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: string;
  @ApiProperty({ format: 'date-time', description: 'Short-lived, and never later than the window closes' }) expiresAt!: string;
  @ApiProperty({ example: 'model:query model:evaluate' }) scope!: string;
}

export class IntrospectDto {
  /** Any string: RFC 7662 answers a token it does not recognize with `active: false`, not an error. */
  @ApiProperty({ description: 'The token to check; anything that is not one of ours, of any shape, is simply inactive' })
  @IsString()
  token!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 64, pattern: '^[A-Za-z0-9_]*$', description: 'RFC 7662 hint; ignored' })
  @IsOptional()
  @IsString()
  @Length(0, 64)
  @Matches(/^[A-Za-z0-9_]*$/, { message: 'token_type_hint must be a word such as access_token' })
  token_type_hint?: string;
}

/** RFC 7662: `active` always; everything else only when active. */
export class IntrospectionDto {
  @ApiProperty() active!: boolean;
  @ApiPropertyOptional() scope?: string;
  @ApiPropertyOptional({ example: 'Bearer' }) token_type?: string;
  @ApiPropertyOptional() sub?: string;
  @ApiPropertyOptional() aud?: string;
  @ApiPropertyOptional() iss?: string;
  @ApiPropertyOptional() exp?: number;
  @ApiPropertyOptional() iat?: number;
  @ApiPropertyOptional() nbf?: number;
  @ApiPropertyOptional() jti?: string;
  @ApiPropertyOptional() token_use?: string;
  @ApiPropertyOptional() org?: string;
  @ApiPropertyOptional() engagement_id?: string;
  @ApiPropertyOptional() artifact_digest?: string;
  @ApiPropertyOptional() grant_id?: string;
}

export class JwkDto {
  @ApiProperty() kty!: string;
  @ApiProperty() kid!: string;
  @ApiProperty() alg!: string;
  @ApiProperty() use!: string;
  @ApiPropertyOptional() crv?: string;
  @ApiPropertyOptional() x?: string;
  @ApiPropertyOptional() y?: string;
}

export class JwksDto {
  @ApiProperty({ type: [JwkDto] }) keys!: JwkDto[];
}
