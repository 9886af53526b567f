import { createHash } from 'node:crypto';

import { Client, ClientConfig } from 'pg';

const MARK = '/* prepared ';
const NAME = /^[a-z][a-z0-9-]*$/;

function checked(name: string): string {
  if (!NAME.test(name)) {
    throw new Error(`not a prepared statement name: ${name}`);
  }
  return name;
}

/** The mark for a query builder: `.comment(preparedComment('engagement-list'))`, which TypeORM writes as `prepared(…)` does. */
export function preparedComment(name: string): string {
  return `prepared ${checked(name)}`;
}

/**
 * The comment that begins a statement worth preparing (see PreparingClient), naming it in traces:
 * `${prepared('engagement-detail')}SELECT …`. Mark only a fixed text on a hot path whose parse and
 * plan cost PostgreSQL more than running it.
 */
export function prepared(name: string): string {
  return `/* ${preparedComment(name)} */ `;
}

/** Each marked text's statement name: the name it was marked with and a digest of the text, so one name never means two texts. */
const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `${text.slice(MARK.length, text.indexOf(' */'))}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
    names.set(text, name);
  }
  return name;
}

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * The pool's connection: a statement whose text begins with a `prepared(…)` mark is parsed and planned
 * once per connection, under its own name, and each later run only binds and executes it (PostgreSQL
 * keeps it for the connection's life). Everything else goes through as it came. Only fixed texts are
 * marked, so what a connection holds is bounded by the code, never by the data.
 */
export class PreparingClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    const plain = this.query.bind(this) as Query;
    const preparing: Query = (config, values, callback) =>
      typeof config === 'string' && config.startsWith(MARK) && callback === undefined && (values === undefined || Array.isArray(values))
        ? plain({ name: nameOf(config), text: config, values })
        : plain(config, values, callback);
    this.query = preparing as Client['query'];
  }
}
