import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

import { EngagementStage } from '#domain';

export class EngagementChangesQuery {
  @ApiPropertyOptional({ description: 'The cursor of the previous answer; absent, the answer holds no changes, only a cursor to start from' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  since?: string;
}

export class EngagementChangeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Grows with every change; a client that saw this version already has nothing to fetch' }) version!: number;
  @ApiProperty({ enum: EngagementStage, enumName: 'EngagementStage' }) stage!: EngagementStage;
}

export class EngagementChangesDto {
  @ApiProperty({ type: [EngagementChangeDto] }) items!: EngagementChangeDto[];
  @ApiProperty({ description: 'Send as `since` next time. Answers overlap by a few seconds (a change is never missed), so compare versions' })
  cursor!: string;
}
