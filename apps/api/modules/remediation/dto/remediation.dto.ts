import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsString, IsUUID, Matches } from 'class-validator';

import { engagementReference, PartnerReportSeverity, RemediationUrgency } from '#domain';
import type { AcknowledgementSummary, EngagementEntity, PartnerReportEntity, RemediationAcknowledgementEntity, RemediationNoticeEntity } from '#persistence';
import { sealedAt, Sealer } from '#security';

import { SHA256_DIGEST, Text } from '../../../common/dto-decorators';

const VERSION = /^[\x21-\x7e]([\x20-\x7e]{0,98}[\x21-\x7e])?$/;

export class PublishRemediationDto {
  @ApiProperty({ pattern: VERSION.source, maxLength: 100, example: '7.0.1', description: 'The version partners should update to' })
  @IsString()
  @Matches(VERSION, { message: 'fixedVersion is 1 to 100 printable characters' })
  fixedVersion!: string;

  @ApiProperty({ pattern: SHA256_DIGEST.source, description: 'sha256 digest of the fixed build' })
  @IsString()
  @Matches(SHA256_DIGEST, { message: 'artifactDigest must be sha256: followed by 64 lowercase hex digits' })
  artifactDigest!: string;

  @Text(2_000, 'A short instruction to partners; confidential, encrypted at rest. Never name a finding here.')
  instruction!: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: 100,
    uniqueItems: true,
    description: "The engagement's findings it fixes; never shown to partners",
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'each of findingIds must be a finding id (a UUID)' })
  findingIds!: string[];
}

export class NoticePartnerDto {
  @ApiProperty() partnerId!: string;
  @ApiProperty() partnerName!: string;
  @ApiProperty({ format: 'uuid' }) grantId!: string;
  @ApiPropertyOptional({ format: 'date-time' }) acknowledgedAt?: string;
  @ApiPropertyOptional() acknowledgedBy?: string;
}

/** A remediation notice as its developer sees it: what it fixes, and who has acknowledged it. */
export class RemediationNoticeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fixedVersion!: string;
  @ApiProperty() artifactDigest!: string;
  @ApiProperty({ enum: RemediationUrgency, enumName: 'RemediationUrgency', description: 'From the most urgent finding it fixes (BOD 26-04)' })
  urgency!: RemediationUrgency;
  @ApiProperty() instruction!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) findingIds!: string[];
  @ApiProperty() publishedBy!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiProperty({ description: 'Partners with a live grant that acknowledged it' }) acknowledged!: number;
  @ApiProperty({ description: 'Partners with a live grant that have yet to' }) awaiting!: number;
  @ApiProperty({ type: [NoticePartnerDto], description: 'The partners with a live grant (up to 200 of each kind), acknowledged or not' })
  partners!: NoticePartnerDto[];
}

export class RemediationNoticeListDto {
  @ApiProperty({ type: [RemediationNoticeDto] }) items!: RemediationNoticeDto[];
}

/** A remediation notice as a partner sees it on its grant: when to update and to what, never which finding. */
export class PartnerRemediationNoticeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fixedVersion!: string;
  @ApiProperty() artifactDigest!: string;
  @ApiProperty({ enum: RemediationUrgency, enumName: 'RemediationUrgency' }) urgency!: RemediationUrgency;
  @ApiProperty() instruction!: string;
  @ApiProperty({ format: 'date-time' }) publishedAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When this partner acknowledged it' }) acknowledgedAt?: string;
}

export class PartnerRemediationNoticeListDto {
  @ApiProperty({ type: [PartnerRemediationNoticeDto] }) items!: PartnerRemediationNoticeDto[];
}

export class ReportProblemDto {
  @Text(300, 'Confidential; encrypted at rest')
  title!: string;

  @Text(20_000, 'Confidential; encrypted at rest')
  description!: string;

  @ApiProperty({ enum: PartnerReportSeverity, enumName: 'PartnerReportSeverity', description: "The partner's own judgement; the developer triages it" })
  @IsEnum(PartnerReportSeverity)
  severity!: PartnerReportSeverity;
}

/** A partner's report, as the partner that made it sees it. */
export class PartnerReportReceiptDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: PartnerReportSeverity, enumName: 'PartnerReportSeverity' }) severity!: PartnerReportSeverity;
  @ApiProperty() reportedBy!: string;
  @ApiProperty({ format: 'date-time' }) reportedAt!: string;
}

export class PartnerReportReceiptListDto {
  @ApiProperty({ type: [PartnerReportReceiptDto] }) items!: PartnerReportReceiptDto[];
}

/** A partner's report as the developer (and those who read findings) see it: which partner, on which grant. */
export class PartnerReportDto extends PartnerReportReceiptDto {
  @ApiProperty({ format: 'uuid' }) grantId!: string;
  @ApiProperty() partnerId!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the developer shared it with the clearinghouse' }) sharedAt?: string;
}

export class PartnerReportListDto {
  @ApiProperty({ type: [PartnerReportDto] }) items!: PartnerReportDto[];
}

export class ReportEngagementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty() developerOrg!: string;
  @ApiProperty() modelName!: string;
  @ApiProperty() modelVersion!: string;
}

/** A shared report as the clearinghouse sees it: the problem and the model, never the partner or the rest of the engagement. */
export class SharedPartnerReportDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: ReportEngagementDto }) engagement!: ReportEngagementDto;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: PartnerReportSeverity, enumName: 'PartnerReportSeverity' }) severity!: PartnerReportSeverity;
  @ApiProperty({ format: 'date-time' }) reportedAt!: string;
  @ApiProperty({ format: 'date-time' }) sharedAt!: string;
}

export class SharedPartnerReportListDto {
  @ApiProperty({ type: [SharedPartnerReportDto] }) items!: SharedPartnerReportDto[];
}

const instructionOf = (n: RemediationNoticeEntity, cipher: Sealer): string =>
  cipher.open(n.instructionSealed, sealedAt('remediation_notices', 'instruction', n.id));

export function toRemediationNotice(n: RemediationNoticeEntity, summary: AcknowledgementSummary, cipher: Sealer): RemediationNoticeDto {
  return {
    id: n.id,
    fixedVersion: n.fixedVersion,
    artifactDigest: n.artifactDigest,
    urgency: n.urgency,
    instruction: instructionOf(n, cipher),
    findingIds: n.findingIds,
    publishedBy: n.publishedBy,
    publishedAt: n.publishedAt.toISOString(),
    acknowledged: summary.acknowledged,
    awaiting: summary.awaiting,
    partners: summary.sample.map((p) => ({
      partnerId: p.partnerId,
      partnerName: p.partnerName,
      grantId: p.grantId,
      ...(p.acknowledgedAt ? { acknowledgedAt: p.acknowledgedAt.toISOString() } : {}),
      ...(p.acknowledgedBy ? { acknowledgedBy: p.acknowledgedBy } : {}),
    })),
  };
}

export function toPartnerRemediationNotice(
  n: RemediationNoticeEntity,
  ack: RemediationAcknowledgementEntity | undefined,
  cipher: Sealer,
): PartnerRemediationNoticeDto {
  return {
    id: n.id,
    fixedVersion: n.fixedVersion,
    artifactDigest: n.artifactDigest,
    urgency: n.urgency,
    instruction: instructionOf(n, cipher),
    publishedAt: n.publishedAt.toISOString(),
    ...(ack ? { acknowledgedAt: ack.acknowledgedAt.toISOString() } : {}),
  };
}

export function toPartnerReportReceipt(r: PartnerReportEntity, cipher: Sealer): PartnerReportReceiptDto {
  return {
    id: r.id,
    title: cipher.open(r.titleSealed, sealedAt('partner_reports', 'title', r.id)),
    description: cipher.open(r.descriptionSealed, sealedAt('partner_reports', 'description', r.id)),
    severity: r.severity,
    reportedBy: r.reportedBy,
    reportedAt: r.reportedAt.toISOString(),
  };
}

export function toPartnerReport(r: PartnerReportEntity, cipher: Sealer): PartnerReportDto {
  return { ...toPartnerReportReceipt(r, cipher), grantId: r.grantId, partnerId: r.partnerId, ...(r.sharedAt ? { sharedAt: r.sharedAt.toISOString() } : {}) };
}

export function toSharedPartnerReport(r: PartnerReportEntity, e: EngagementEntity, cipher: Sealer): SharedPartnerReportDto {
  const { title, description, severity, reportedAt } = toPartnerReportReceipt(r, cipher);
  return {
    id: r.id,
    engagement: { id: e.id, reference: engagementReference(e.id), developerOrg: e.developerOrg, modelName: e.modelName, modelVersion: e.modelVersion },
    title,
    description,
    severity,
    reportedAt,
    sharedAt: (r.sharedAt ?? r.reportedAt).toISOString(),
  };
}
