import { Module } from '@nestjs/common';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { AccessModule } from '../../auth/access.module';
import { TemporalModule } from '../../temporal/temporal.module';
import { ConsultationsController, EngagementConsultationsController } from './consultations.controller';
import { ConsultationsService } from './consultations.service';

/** Consultation on determinations: asked by an authority, answered by the government organization consulted. */
@Module({
  imports: [PersistenceModule, SecurityModule, AccessModule, TemporalModule],
  controllers: [EngagementConsultationsController, ConsultationsController],
  providers: [ConsultationsService],
})
export class ConsultationsModule {}
