import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { PersistenceModule } from '#persistence';
import { SecurityModule } from '#security';

import { RateLimitGuard } from '../common/rate-limit.guard';
import { AccessModule } from './access.module';
import { AuthenticationMiddleware } from './authentication.middleware';
import { MeController } from './me.controller';
import { PermissionGuard } from './permission.guard';
import { BrowserSessionService } from './sessions/browser-session.service';
import { IdentityProviderClient } from './sessions/identity-provider.client';
import { SignInController } from './sessions/sign-in.controller';
import { TokenVerifierService } from './token-verifier.service';

/**
 * Who is calling (the authentication middleware, which app.factory.ts runs before any body is read: a
 * bearer token, or a browser session from sign-in at /auth) and whether they may call this route (the
 * global permission guard).
 */
@Module({
  imports: [AccessModule, PersistenceModule, SecurityModule],
  controllers: [MeController, SignInController],
  // In this order: whether the caller may call the route, then whether they have called it too often.
  providers: [
    TokenVerifierService,
    IdentityProviderClient,
    BrowserSessionService,
    AuthenticationMiddleware,
    { provide: APP_GUARD, useClass: PermissionGuard },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
  exports: [AuthenticationMiddleware, IdentityProviderClient],
})
export class AuthModule {}
