import { ApiProperty, ApiPropertyOptions, OpenAPIObject } from '@nestjs/swagger';

import { Cell, SMALL_CELL, SUPPRESSED } from '#domain';

import { PeriodBound } from '../../../common/period';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];

/** A figure, or the string "<5" where it is suppressed. */
const CELL_SCHEMA: SchemaObject = {
  oneOf: [{ type: 'number' }, { type: 'string', enum: [SUPPRESSED] }],
  description: `The figure, or "${SUPPRESSED}" where it counts fewer than ${SMALL_CELL} engagements or organizations (or would give such a figure back)`,
};
const CELL: ApiPropertyOptions = { ...CELL_SCHEMA } as ApiPropertyOptions;

export class StatisticsQuery {
  @PeriodBound('Engagements submitted from this instant (UTC, inclusive)')
  from?: string;

  @PeriodBound('Engagements submitted before this instant (UTC, exclusive)')
  to?: string;
}

export class CountItemDto {
  @ApiProperty() key!: string;
  @ApiProperty(CELL) count!: Cell;
}

export class CountListDto {
  @ApiProperty({ type: [CountItemDto] }) items!: readonly CountItemDto[];
  @ApiProperty(CELL) total!: Cell;
}

export class CountRowDto {
  @ApiProperty() key!: string;
  @ApiProperty({ type: 'array', items: CELL_SCHEMA }) cells!: readonly Cell[];
  @ApiProperty(CELL) total!: Cell;
}

export class CountTableDto {
  @ApiProperty({ type: [String] }) columns!: readonly string[];
  @ApiProperty({ type: [CountRowDto] }) rows!: readonly CountRowDto[];
  @ApiProperty({ type: 'array', items: CELL_SCHEMA }) columnTotals!: readonly Cell[];
  @ApiProperty(CELL) total!: Cell;
}

export class SpreadDto {
  @ApiProperty(CELL) count!: Cell;
  @ApiProperty(CELL) medianDays!: Cell;
  @ApiProperty(CELL) p90Days!: Cell;
}

export class StageSpreadDto extends SpreadDto {
  @ApiProperty() stage!: string;
}

export class SideSpreadDto extends SpreadDto {
  @ApiProperty() side!: string;
}

export class EngagementStatisticsDto {
  @ApiProperty({ ...CELL_SCHEMA, description: 'Developer organizations with an engagement in the period: how many came' } as ApiPropertyOptions)
  developerOrganizations!: Cell;
  @ApiProperty({ type: CountListDto, description: 'Engagements by the stage they are in now' }) byStage!: CountListDto;
  @ApiProperty({ type: [StageSpreadDto], description: 'Completed stays in each stage, in days' }) timeInStage!: readonly StageSpreadDto[];
  @ApiProperty({ type: CountListDto, description: 'Withdrawals by the stage they left from' }) withdrawalsByStage!: CountListDto;
}

export class DeterminationStatisticsDto {
  @ApiProperty() targetDays!: number;
  @ApiProperty({ type: CountListDto, description: 'Determinations made ON_TIME (by the due date) and LATE' }) byTimeliness!: CountListDto;
  @ApiProperty(CELL) onTimeRate!: Cell;
}

export class WindowStatisticsDto {
  @ApiProperty({ type: CountListDto, description: 'Windows DECLINED, OPEN, ENDED_EARLY and run to FULL_TERM' }) byOutcome!: CountListDto;
  @ApiProperty({ type: SpreadDto, description: 'Days each ended window was open' }) daysUsed!: SpreadDto;
}

export class FindingStatisticsDto {
  @ApiProperty({ type: CountListDto, description: 'Findings by BOD 26-04 tier' }) byTier!: CountListDto;
  @ApiProperty({ type: CountListDto, description: 'Findings due (date passed, or remediated) by whether remediated ON_TIME or LATE' })
  remediationByTimeliness!: CountListDto;
  @ApiProperty(CELL) onTimeRemediationRate!: Cell;
}

export class NominationStatisticsDto {
  @ApiProperty({ type: CountTableDto, description: 'Rows: the side that nominated; columns: the outcome' }) bySideAndOutcome!: CountTableDto;
  @ApiProperty({ type: [SideSpreadDto], description: 'Days from nomination to answer, by side' }) timeToAnswer!: readonly SideSpreadDto[];
}

export class GrantStatisticsDto {
  @ApiProperty({ type: CountTableDto }) bySectorAndStatus!: CountTableDto;
  @ApiProperty({ type: CountTableDto }) byStateAndStatus!: CountTableDto;
}

export class RevocationStatisticsDto {
  @ApiProperty({ type: CountListDto, description: 'Grants ended before their term: REVOKED, ENGAGEMENT_WITHDRAWN, ENGAGEMENT_CLOSED' })
  byCategory!: CountListDto;
}

export class RequestStatisticsDto {
  @ApiProperty({
    type: CountListDto,
    description: 'Government requests opened in the period: OPEN, ACCEPTED, DECLINED_BY_DEVELOPER and DECLINED_BY_DEADLINE (no answer by then)',
  })
  byOutcome!: CountListDto;
  @ApiProperty({ type: SpreadDto, description: 'Days from a request to the developer’s answer, either way' }) daysToAnswer!: SpreadDto;
}

export class SuppressionDto {
  @ApiProperty({ example: SMALL_CELL }) threshold!: number;
  @ApiProperty({ example: SUPPRESSED }) marker!: string;
}

export class StatisticsDto {
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) to!: string | null;
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: SuppressionDto }) suppression!: SuppressionDto;
  @ApiProperty({ type: EngagementStatisticsDto }) engagements!: EngagementStatisticsDto;
  @ApiProperty({ type: DeterminationStatisticsDto }) determinations!: DeterminationStatisticsDto;
  @ApiProperty({ type: WindowStatisticsDto }) windows!: WindowStatisticsDto;
  @ApiProperty({ type: FindingStatisticsDto }) findings!: FindingStatisticsDto;
  @ApiProperty({ type: NominationStatisticsDto }) nominations!: NominationStatisticsDto;
  @ApiProperty({ type: GrantStatisticsDto }) grants!: GrantStatisticsDto;
  @ApiProperty({ type: RevocationStatisticsDto }) revocations!: RevocationStatisticsDto;
  @ApiProperty({ type: RequestStatisticsDto }) requests!: RequestStatisticsDto;
}
