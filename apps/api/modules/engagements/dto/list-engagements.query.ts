import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';

import { EngagementStage } from '#domain';

import { PageQuery } from '../../../common/pagination';

export class ListEngagementsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: EngagementStage, enumName: 'EngagementStage' })
  @IsOptional()
  @IsEnum(EngagementStage)
  stage?: EngagementStage;
}
