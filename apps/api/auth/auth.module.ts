import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { RateLimitGuard } from '../common/rate-limit.guard';
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
  // In this order: whether the caller may call the route, then whether they have called it too often.
  providers: [
    TokenVerifierService,
    AuthenticationMiddleware,
    { provide: APP_GUARD, useClass: PermissionGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AuthenticationMiddleware],
})
export class AuthModule {}
