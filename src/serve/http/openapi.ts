/**
 * The OpenAPI 3.1 description of the API, served at /api/openapi.json: generated from the zod
 * schemas of the endpoint table (./schemas/endpoints.ts) with `z.toJSONSchema`, the named schemas
 * (`.meta({ id })`) gathered under components/schemas.
 */
import { z } from 'zod';
import { type Content, ENDPOINTS, type Endpoint } from './schemas/endpoints.ts';
import { errorSchema } from './schemas/errors.ts';

type JsonSchema = Record<string, unknown>;

const COMPONENT_REF = '#/components/schemas/';

/** The safe-integer bounds zod writes on every integer say nothing a reader needs. */
function withoutNoise(schema: JsonSchema): void {
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
}

/** Collects the named schemas every conversion meets, and answers refs into components/schemas. */
class Components {
  readonly schemas: Record<string, JsonSchema> = {};

  /**
   * `io: 'input'` for what clients send (defaults may be left out), `output` for what they get. Answers
   * stay open to new fields (no additionalProperties: false): a client should not break on an addition.
   */
  convert(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
    const converted = z.toJSONSchema(schema, {
      io,
      unrepresentable: 'any',
      override: ({ jsonSchema }) => {
        withoutNoise(jsonSchema as JsonSchema);
        if (io === 'output') delete (jsonSchema as JsonSchema).additionalProperties;
      },
    }) as JsonSchema;
    const { $defs, $schema: _dialect, ...rest } = converted as JsonSchema & { $defs?: Record<string, JsonSchema> };
    for (const [id, def] of Object.entries($defs ?? {})) this.#add(id, def);
    return rest;
  }

  #add(id: string, def: JsonSchema): void {
    const pointed = repoint(def) as JsonSchema;
    const known = this.schemas[id];
    if (known && JSON.stringify(known) !== JSON.stringify(pointed)) {
      throw new Error(`two different schemas are named ${id}`);
    }
    this.schemas[id] = pointed;
  }

  /** A converted schema with its `#/$defs/X` refs pointing into components/schemas. */
  refs(schema: JsonSchema): JsonSchema {
    return repoint(schema) as JsonSchema;
  }
}

function repoint(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(repoint);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        key === '$ref' && typeof v === 'string' ? v.replace('#/$defs/', COMPONENT_REF) : repoint(v),
      ]),
    );
  }
  return value;
}

/** Path and query parameters, one by one, from the object schema that parses them. */
function parameters(components: Components, where: 'path' | 'query', schema: z.ZodObject | undefined): JsonSchema[] {
  if (!schema) return [];
  const converted = components.refs(components.convert(schema, 'input')) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(converted.properties ?? {}).map(([name, property]) => {
    const { description, example, ...rest } = property;
    return {
      name,
      in: where,
      required: where === 'path' || (converted.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: rest,
      ...(example !== undefined ? { example } : {}),
    };
  });
}

function content(components: Components, byType: Record<string, Content>, io: 'input' | 'output'): JsonSchema {
  return Object.fromEntries(
    Object.entries(byType).map(([type, { schema, example }]) => [
      type,
      { schema: components.refs(components.convert(schema, io)), example },
    ]),
  );
}

const errorAnswer = (description: string): JsonSchema => ({
  description,
  content: { 'application/json': { schema: { $ref: `${COMPONENT_REF}Error` } } },
});

/** The error answers an endpoint can give, from what it takes. */
function errorAnswers(endpoint: Endpoint): Record<string, JsonSchema> {
  const answers: Record<string, JsonSchema> = {};
  if (endpoint.params || endpoint.query || endpoint.body || endpoint.path === '/api/search') {
    answers[400] = errorAnswer('a parameter or the body is invalid: the message names it (and, for a query, `position`)');
  }
  if (endpoint.token) {
    answers[401] = errorAnswer('missing or wrong token (Authorization: Bearer <token>)');
    answers[403] = errorAnswer('writes are disabled: no token is configured (WARTA_TOKEN)');
  }
  if (endpoint.params) answers[404] = errorAnswer('no such item');
  if (endpoint.body) answers[413] = errorAnswer('body over 10 MB');
  if (endpoint.token && endpoint.method !== 'get') {
    answers[503] = errorAnswer('the store is busy with another write: try again after Retry-After seconds');
  }
  return answers;
}

function operation(components: Components, endpoint: Endpoint): JsonSchema {
  const answers = Object.fromEntries(
    Object.entries(endpoint.answers).map(([status, answer]) => [
      status,
      {
        description: answer.description,
        ...(answer.content ? { content: content(components, answer.content, 'output') } : {}),
      },
    ]),
  );
  const params = [...parameters(components, 'path', endpoint.params), ...parameters(components, 'query', endpoint.query)];
  return {
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    ...(endpoint.token ? { security: [{ bearer: [] }] } : {}),
    ...(params.length ? { parameters: params } : {}),
    ...(endpoint.body
      ? { requestBody: { required: true, description: endpoint.body.description, content: content(components, endpoint.body.content, 'input') } }
      : {}),
    responses: { ...answers, ...errorAnswers(endpoint) },
  };
}

function build(): Record<string, unknown> {
  const components = new Components();
  components.convert(errorSchema, 'output');
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const endpoint of ENDPOINTS) {
    (paths[endpoint.path] ??= {})[endpoint.method] = operation(components, endpoint);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Warta API',
      version: '0.1.0',
      description:
        'News intelligence for Indonesian-language news. Reads are open; writes need `Authorization: Bearer <token>`. ' +
        'Every list answers its total over all pages.',
    },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } }, schemas: components.schemas },
  };
}

let built: Record<string, unknown> | null = null;

/** Built once: the schemas do not change while the server runs. */
export function openApiDocument(): Record<string, unknown> {
  built ??= build();
  return built;
}
