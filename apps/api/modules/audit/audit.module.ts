import { Module } from '@nestjs/common';
import { EngagementsModule } from '../engagements/engagements.module';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Module({
  imports: [EngagementsModule],
  controllers: [AuditController],
  providers: [AuditService],
})
export class AuditModule {}
