import { request } from '../support/api';
import { Cast, cast, inquiry } from '../support/scenario';
import { stack } from '../support/stack';

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  additionalProperties?: unknown;
  pattern?: string;
}

interface Document {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

/** The console's client is generated from /openapi.json, so the document must say what the API enforces. */
describe('the API is exactly what its OpenAPI document says', () => {
  let c: Cast;
  let document: Document;

  beforeAll(async () => {
    c = await cast();
    document = (await (await fetch(`${stack().apiUrl}/openapi.json`)).json()) as Document;
  });

  it.each([
    ['PUT', '/v1/engagements', 'GET, HEAD, POST'],
    ['DELETE', '/v1/me', 'GET, HEAD'],
    ['GET', '/v1/engagements/6c1b0a36-5a8e-4a6f-9b8e-0d6c1f7d2e11/withdraw', 'POST'],
    ['OPTIONS', '/v1/partners/import', 'POST'],
    ['PATCH', '/v1/engagement-changes', 'GET, HEAD'],
  ])('%s %s is 405 problem+json with Allow: %s', async (method, path, allow) => {
    for (const token of [c.developer.token, undefined]) {
      const answer = await request(method, path, undefined, { token });
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe(allow);
      expect(answer.contentType).toContain('application/problem+json');
      expect(answer.body).toEqual(expect.objectContaining({ code: 'METHOD_NOT_ALLOWED', status: 405 }));
    }
  });

  it('a path it does not serve at all is still a 404', async () => {
    expect((await request('PUT', '/v1/nothing-here', undefined, { token: c.developer.token })).status).toBe(404);
  });

  it('every object a request body may hold declares additionalProperties: false, and an unknown field is refused by name', async () => {
    const seen = new Set<string>();
    const open: string[] = [];
    const visit = (schema: Schema | undefined, where: string): void => {
      if (!schema) return;
      if (schema.$ref) {
        const name = schema.$ref.split('/').pop()!;
        if (!seen.has(name)) {
          seen.add(name);
          visit(document.components.schemas[name], name);
        }
        return;
      }
      if (schema.properties) {
        if (schema.additionalProperties !== false) open.push(where);
        for (const [property, inner] of Object.entries(schema.properties)) visit(inner, `${where}.${property}`);
      }
      visit(schema.items, `${where}[]`);
      schema.allOf?.forEach((inner) => visit(inner, where));
    };
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const media of Object.values(operation.requestBody?.content ?? {})) visit(media.schema, `${method.toUpperCase()} ${path}`);
      }
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(open).toEqual([]);

    const refused = await request('POST', '/v1/engagements', { ...inquiry(), priority: 'high' }, { token: c.developer.token });
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual(expect.objectContaining({ errors: [expect.objectContaining({ field: 'priority' })] }));
  });

  it('free text says in its pattern what the API refuses: control characters, and nothing but whitespace', async () => {
    const modelName = document.components.schemas['CreateEngagementDto']!.properties!['modelName']!;
    const pattern = new RegExp(modelName.pattern!);
    for (const [value, accepted] of [
      ['Atlas', true],
      ['At\u0001las', false],
      ['   ', false],
      ['\ufeff', false],
    ] as const) {
      expect(pattern.test(value)).toBe(accepted);
      const answer = await request('POST', '/v1/engagements', inquiry({ modelName: value }), { token: c.developer.token });
      expect(answer.status).toBe(accepted ? 201 : 400);
    }
  });
});
