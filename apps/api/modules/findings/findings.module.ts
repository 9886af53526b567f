import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { FindingsController } from './findings.controller';
import { FindingsService } from './findings.service';

@Module({
  imports: [EngagementsModule],
  controllers: [FindingsController],
  providers: [FindingsService],
})
export class FindingsModule {}
