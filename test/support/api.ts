import { stack } from './stack';

export type JsonObject = Record<string, unknown>;

export interface ApiResponse<T = JsonObject> {
  readonly status: number;
  readonly body: T;
  readonly contentType: string;
  readonly headers: Headers;
}

export interface RequestOptions {
  readonly token?: string;
  readonly idempotencyKey?: string;
  readonly headers?: Record<string, string>;
  readonly rawBody?: string;
}

/** Whether an answer is JSON to parse: JSON and its `+json` kinds (problem+json, jose+json); NDJSON (an export) stays text. */
export function isJson(contentType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json\b/.test(contentType);
}

/** A thin HTTP client for the API under test. */
export async function request<T = JsonObject>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let payload: string | undefined = options.rawBody;
  if (payload === undefined && body !== undefined) {
    payload = JSON.stringify(body);
  }
  if (payload !== undefined && headers['content-type'] === undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${stack().apiUrl}${path}`, { method, headers, body: payload });
  const contentType = response.headers.get('content-type') ?? '';
  const text = await response.text();
  const parsed: unknown = isJson(contentType) && text.length > 0 ? JSON.parse(text) : text;
  return { status: response.status, body: parsed as T, contentType, headers: response.headers };
}

export const get = <T = JsonObject>(path: string, token?: string) => request<T>('GET', path, undefined, { token });
export const post = <T = JsonObject>(path: string, token: string | undefined, body: unknown = {}, options: Omit<RequestOptions, 'token'> = {}) =>
  request<T>('POST', path, body, { ...options, token });
