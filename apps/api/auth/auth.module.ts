import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { MeController } from './me.controller';
import { ResourceVisibility } from './resource-visibility.service';
import { TokenVerifier } from './token-verifier.service';

@Module({
  controllers: [MeController],
  providers: [TokenVerifier, ResourceVisibility, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenVerifier],
})
export class AuthModule {}
