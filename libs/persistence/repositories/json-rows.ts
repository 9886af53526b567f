import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Column types PostgreSQL's JSON renders as text that TypeORM would have read as a Date. */
const DATE_TIME_TYPES: ReadonlySet<unknown> = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'timestamp without time zone']);

/**
 * Entities from rows PostgreSQL returned as JSON (`row_to_json`, `json_agg`), hydrated by the entity's
 * own column metadata as TypeORM would hydrate a query of their own: each column read by its database
 * name, timestamps made Dates, and the column's transformer applied. It lets one statement bring back
 * rows of several tables.
 */
export function entitiesFromJson<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, rows: readonly Record<string, unknown>[]): T[] {
  const metadata = manager.connection.getMetadata(target);
  return rows.map((row) => {
    const entity = metadata.create() as T;
    for (const column of metadata.columns) {
      const raw = row[column.databaseName];
      const value = raw === null || raw === undefined || !DATE_TIME_TYPES.has(column.type) ? (raw ?? null) : new Date(raw as string);
      const transformer = column.transformer;
      column.setEntityValue(entity, transformer === undefined || Array.isArray(transformer) ? value : transformer.from(value));
    }
    return entity;
  });
}
