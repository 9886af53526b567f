import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import express, { NextFunction, Request, Response } from 'express';

import { AppConfig, createLogger, JsonLogger } from '#config';
import { MAX_IMPORT_ROWS, Role } from '#domain';

import { AppModule } from './app.module';
import { AuthenticationMiddleware } from './auth/authentication.middleware';
import { methodNotAllowed } from './common/allowed-methods';
import type { AuthenticatedRequest } from './common/authenticated-request';
import { rejectDeepNesting, streamingImport } from './common/body-readers';
import { applyBodyRules } from './common/openapi.decorators';
import { requestLog } from './common/request-log';
import { consoleSite } from './console/console-site';
import { RequestErrorCode } from './errors/api-errors';
import { classifyMiddlewareError, writeProblem } from './errors/problem.filter';

export const BODY_LIMIT = '256kb';

/**
 * Routes that take more than 256 KiB, sized so their row limits, not the body limit, are what a caller
 * meets: a registry import of 50,000 rows with their contacts (about 1 KiB a row, JSON or CSV), which
 * only a program administrator may send, and a nomination of 10,000 partner ids of up to 100 characters.
 */
const IMPORT_ROUTE = '/v1/partners/import';
const IMPORT_LIMIT_BYTES = 64 * 1024 * 1024;
const BODY_LIMIT_BYTES = 256 * 1024;
const NOMINATIONS_ROUTE = /^\/v1\/engagements\/[^/]+\/nominations\/?$/;
const NOMINATIONS_LIMIT = '2mb';

/** The one route that also takes a form body: RFC 7662 token introspection. */
export const FORM_ROUTES = ['/v1/tokens/introspect'];
/** The one route that also takes CSV: the partner registry import. */
const CSV_ROUTES = ['/v1/partners/import'];

/** A body that is not JSON (or, where RFC 7662 allows it, a form) is refused before anything reads it. */
function requireJson(request: Request, response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  const path = request.path.replace(/\/+$/, '');
  const types = [
    'application/json',
    'application/*+json',
    ...(FORM_ROUTES.includes(path) ? ['application/x-www-form-urlencoded'] : []),
    ...(CSV_ROUTES.includes(path) ? ['text/csv'] : []),
  ];
  if (hasBody && !request.is(types)) {
    writeProblem(response, request, {
      code: RequestErrorCode.UnsupportedMediaType,
      detail: 'send the body as application/json',
      extras: {},
    });
    return;
  }
  next();
}

type Middleware = (request: Request, response: Response, next: NextFunction) => void;

/**
 * A body is read only for a caller the authentication middleware verified: for anyone else the guard
 * answers 401 (or the router 404) with the body unread, so an anonymous request costs no parsing.
 */
function forAuthenticated(middleware: Middleware): Middleware {
  return (request, response, next) => ((request as Request & AuthenticatedRequest).actor ? middleware(request, response, next) : next());
}

/** Body-parser errors (too large, malformed) arrive here, before Nest, and leave as problem+json. */
function bodyErrors(error: unknown, request: Request, response: Response, next: NextFunction): void {
  const classified = classifyMiddlewareError(error);
  if (!classified) {
    next(error);
    return;
  }
  writeProblem(response, request, classified);
}

type SchemaObject = {
  $ref?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  items?: SchemaObject;
  allOf?: SchemaObject[];
  additionalProperties?: unknown;
  type?: string;
};
type RequestBody = { required?: boolean; content?: Record<string, { schema?: SchemaObject }> };

/**
 * The request bodies as the API takes them: every object a body may hold declares
 * `additionalProperties: false`, as the validation pipe enforces it (an unknown field is a 400 naming
 * it); and a body none of whose fields is required may be left out, since a command sent without a body
 * is taken as one with an empty body (unless the body must name at least one field).
 */
function describeRequestBodies(document: OpenAPIObject): void {
  const schemas = (document.components?.schemas ?? {}) as Record<string, SchemaObject>;
  applyBodyRules(schemas);
  const resolve = (schema: SchemaObject | undefined): SchemaObject | undefined => (schema?.$ref ? schemas[schema.$ref.split('/').pop() ?? ''] : schema);
  const closed = new Set<string>();
  const close = (schema: SchemaObject | undefined): void => {
    if (!schema) return;
    if (schema.$ref) {
      const name = schema.$ref.split('/').pop() ?? '';
      if (!closed.has(name)) {
        closed.add(name);
        close(schemas[name]);
      }
      return;
    }
    if (schema.properties) {
      schema.additionalProperties ??= false;
      Object.values(schema.properties).forEach(close);
    }
    close(schema.items);
    schema.allOf?.forEach(close);
  };
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations as Record<string, { requestBody?: RequestBody }>)) {
      const body = operation?.requestBody;
      Object.values(body?.content ?? {}).forEach((media) => close(media.schema));
      const json = resolve(body?.content?.['application/json']?.schema);
      if (body && json?.properties && (json.required ?? []).length === 0 && !(((json as { minProperties?: number }).minProperties ?? 0) > 0)) {
        body.required = false;
      }
    }
  }
}

export function buildOpenApi(app: NestExpressApplication): OpenAPIObject {
  const document = new DocumentBuilder()
    .setTitle('Frontier model pre-release access')
    .setDescription(
      'Voluntary designation inquiries, pre-release access and trusted-partner access under EO 14409 Sec. 3. ' +
        'Authenticate with an OIDC bearer token carrying sub, org and roles. Errors are application/problem+json.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .build();
  const openApi = SwaggerModule.createDocument(app, document);
  describeRequestBodies(openApi);
  return openApi;
}

export async function createApiApp(config: AppConfig): Promise<NestExpressApplication> {
  const logger = new JsonLogger(createLogger(config.logLevel, 'api'));
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bodyParser: false, logger });
  app.disable('x-powered-by');
  // Each request's id on every line logged while it is served, and one line for its answer.
  app.use(requestLog(logger.pino));
  // Authentication first, before anything reads the body.
  const authentication = app.get(AuthenticationMiddleware);
  app.use((request: Request, response: Response, next: NextFunction) => authentication.use(request, response, next));
  // The web console's pages and assets; the API's own paths pass through to it.
  app.use(consoleSite(config.console.dir));
  // A documented path asked with a method it does not take: 405 with Allow, before anything else is done.
  const openApi = buildOpenApi(app);
  app.use(methodNotAllowed(openApi.paths));
  app.use(forAuthenticated(requireJson));
  // Every JSON body is refused before parsing if it nests more deeply than anything downstream recurses.
  const json = (limit: string) => forAuthenticated(express.json({ limit, type: ['application/json', 'application/*+json'], verify: rejectDeepNesting }));
  const importLimit = (request: Request): number =>
    (request as Request & AuthenticatedRequest).actor?.roles.includes(Role.ProgramAdmin) ? IMPORT_LIMIT_BYTES : BODY_LIMIT_BYTES;
  app.use(IMPORT_ROUTE, forAuthenticated(streamingImport(importLimit, MAX_IMPORT_ROWS)));
  app.use(NOMINATIONS_ROUTE, json(NOMINATIONS_LIMIT));
  app.use(json(BODY_LIMIT));
  app.use(FORM_ROUTES, forAuthenticated(express.urlencoded({ limit: BODY_LIMIT, extended: false })));
  app.use(bodyErrors);
  // A command without a body is a command with an empty one (e.g. POST .../withdraw with nothing to say).
  app.use((request: Request, _response: Response, next: NextFunction) => {
    if ((request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH') && request.body === undefined) {
      request.body = {};
    }
    next();
  });
  SwaggerModule.setup('docs', app, openApi, { jsonDocumentUrl: 'openapi.json', raw: ['json'] });
  app.enableShutdownHooks();
  return app;
}
