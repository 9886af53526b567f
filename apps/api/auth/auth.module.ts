import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AccessModule } from './access.module';
import { AuthenticationMiddleware } from './authentication.middleware';
import { MeController } from './me.controller';
import { PermissionGuard } from './permission.guard';
import { TokenVerifierService } from './token-verifier.service';

/**
 * Who is calling (the authentication middleware, which app.factory.ts runs before any body is read) and
 * whether they may call this route (the global permission guard).
 */
@Module({
  imports: [AccessModule],
  controllers: [MeController],
  providers: [TokenVerifierService, AuthenticationMiddleware, { provide: APP_GUARD, useClass: PermissionGuard }],
  exports: [AuthenticationMiddleware],
})
export class AuthModule {}
