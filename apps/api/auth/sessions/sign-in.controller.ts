import { Controller, Get, HttpCode, HttpStatus, Post, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';

import { AppConfig } from '#config';

import { ApiProblems } from '../../common/openapi.decorators';
import { Public } from '../auth.decorators';
import { BrowserSessionService } from './browser-session.service';
import { clearCookie, readCookie, SessionCookies, sessionCookies, setCookie } from './session-cookies';

export class SignedOutDto {
  @ApiProperty() signedOut!: boolean;
  @ApiProperty({ description: "Where the page goes next: the identity provider's sign-out (which comes back to this site), or this site's root" })
  endSessionUrl!: string;
}

export class SignInQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  returnTo?: string;
}

/**
 * Browser sign-in, with the API as backend-for-frontend: the code flow with PKCE at the IdP, a session
 * kept server-side behind an HttpOnly cookie, and sign-out here and at the IdP. Tokens never reach the
 * browser.
 */
@ApiTags('sign-in')
@Controller('auth')
export class SignInController {
  private readonly cookies: SessionCookies;

  constructor(
    private readonly sessions: BrowserSessionService,
    private readonly config: AppConfig,
  ) {
    this.cookies = sessionCookies(config.browserSessions.publicBaseUrl);
  }

  @Get('login')
  @Public()
  @ApiOperation({ summary: 'Start signing in: redirects to the identity provider (code flow, PKCE, state and nonce)' })
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path on this site to come back to once signed in' })
  @ApiFoundResponse({ description: 'To the identity provider' })
  @ApiProblems(400, 404, 503)
  async login(@Query() query: SignInQueryDto, @Res() response: Response): Promise<void> {
    const started = await this.sessions.startSignIn(query.returnTo);
    response.setHeader('set-cookie', setCookie(this.cookies, this.cookies.signIn, started.cookieValue, started.maxAgeSeconds));
    response.setHeader('cache-control', 'no-store');
    response.redirect(HttpStatus.FOUND, started.redirectTo);
  }

  @Get('callback')
  @Public()
  @ApiOperation({ summary: 'Where the identity provider sends the browser back: starts the session and returns to returnTo' })
  @ApiResponse({ status: HttpStatus.SEE_OTHER, description: 'Signed in; to the page the sign-in started from' })
  @ApiProblems(400, 403, 503)
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const base = this.config.browserSessions.publicBaseUrl;
    const cookie = request.headers.cookie;
    // Only the query is the IdP's answer; the rest of the URL is ours, whatever form the request line took.
    const query = request.originalUrl.includes('?') ? request.originalUrl.slice(request.originalUrl.indexOf('?')) : '';
    const signedIn = await this.sessions.finishSignIn(readCookie(cookie, this.cookies.signIn), query, readCookie(cookie, this.cookies.session));
    response.setHeader('set-cookie', [
      setCookie(this.cookies, this.cookies.session, signedIn.cookieValue, signedIn.maxAgeSeconds),
      clearCookie(this.cookies, this.cookies.signIn),
    ]);
    response.setHeader('cache-control', 'no-store');
    response.redirect(HttpStatus.SEE_OTHER, `${base}${signedIn.returnTo}`);
  }

  @Post('logout')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Sign out: ends the session here (Origin and X-CSRF-Token checked); the page then goes to endSessionUrl to end it at the identity provider',
  })
  @ApiOkResponse({ type: SignedOutDto })
  @ApiProblems(403, 503)
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<SignedOutDto> {
    const endSessionUrl = await this.sessions.signOut(readCookie(request.headers.cookie, this.cookies.session), {
      method: request.method,
      origin: request.headers.origin,
      csrfToken: request.header('x-csrf-token'),
    });
    response.setHeader('set-cookie', clearCookie(this.cookies, this.cookies.session));
    return { signedOut: true, endSessionUrl };
  }
}
