import type { NextFunction, Request, Response } from 'express';

import { RequestErrorCode } from '../errors/api-errors';
import { writeProblem } from '../errors/problem.filter';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace']);

interface RouteMethods {
  readonly pattern: RegExp;
  /** How many `{…}` segments: of the routes a path matches, the one with fewest is the path's own (`/v1/partners/import`, not `/v1/partners/{id}`). */
  readonly params: number;
  readonly methods: readonly string[];
}

/** `/v1/engagements/{id}/withdraw` → a pattern for its paths, each `{…}` one segment. */
function templatePattern(template: string): RegExp {
  const escaped = template
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${escaped}/?$`);
}

/**
 * A method the API does not serve on a path it does serve is 405 problem+json with `Allow`, not a 404:
 * the routes are read from the API's own OpenAPI document, so they are exactly the ones it documents.
 * Paths it does not document pass on (to the console, or the 404).
 */
export function methodNotAllowed(paths: Record<string, object>) {
  const routes: RouteMethods[] = Object.entries(paths).map(([template, operations]) => {
    const methods = Object.keys(operations)
      .filter((method) => HTTP_METHODS.has(method))
      .map((method) => method.toUpperCase());
    return {
      pattern: templatePattern(template),
      params: (template.match(/\{/g) ?? []).length,
      methods: methods.includes('GET') ? [...methods, 'HEAD'] : methods,
    };
  });
  return (request: Request, response: Response, next: NextFunction): void => {
    const matching = routes.filter((route) => route.pattern.test(request.path));
    const fewest = Math.min(...matching.map((route) => route.params));
    const allowed = new Set(matching.filter((route) => route.params === fewest).flatMap((route) => route.methods));
    if (allowed.size === 0 || allowed.has(request.method)) {
      next();
      return;
    }
    const allow = [...allowed].sort().join(', ');
    response.setHeader('Allow', allow);
    writeProblem(response, request, {
      code: RequestErrorCode.MethodNotAllowed,
      detail: `${request.method} is not served here; this path takes ${allow}`,
      extras: {},
    });
  };
}
