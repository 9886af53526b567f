import { ApiProperty } from '@nestjs/swagger';

export type Status = 'up' | 'down';

export class DependenciesDto {
  @ApiProperty({ enum: ['up', 'down'] }) database!: Status;
  @ApiProperty({ enum: ['up', 'down'] }) temporal!: Status;
}

export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ type: DependenciesDto }) dependencies!: DependenciesDto;
}
