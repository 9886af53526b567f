import { ApiProperty } from '@nestjs/swagger';

/** An engagement's record as a flattened JWS (RFC 7515 §7.2.2): the record is the base64url `payload`. */
export class EngagementRecordJwsDto {
  @ApiProperty({
    description:
      'The record, base64url: JSON with format, marking (CUI//PROPIN), exportedAt, exportedBy, view, engagement, findings, nominations, grants and, for auditors, auditEvents',
  })
  payload!: string;

  @ApiProperty({ description: 'The protected header, base64url: { alg: "EdDSA", kid, typ: "frontier-access-record+json", cty: "json" }' })
  protected!: string;

  @ApiProperty({ description: 'Ed25519 over the protected header and payload, base64url; check it with the key of the kid at /.well-known/record-keys.json' })
  signature!: string;
}

export class RecordKeyDto {
  @ApiProperty({ example: 'OKP' }) kty!: string;
  @ApiProperty({ example: 'Ed25519' }) crv!: string;
  @ApiProperty() x!: string;
  @ApiProperty() kid!: string;
  @ApiProperty({ example: 'EdDSA' }) alg!: string;
  @ApiProperty({ example: 'sig' }) use!: string;
}

export class RecordKeysDto {
  @ApiProperty({ type: [RecordKeyDto] }) keys!: readonly RecordKeyDto[];
}
