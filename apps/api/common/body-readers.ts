import type { NextFunction, Request, Response } from 'express';

/** JSON nested deeper than this is refused before it is parsed: nothing downstream (validation, hashing) recurses further. */
export const MAX_JSON_DEPTH = 32;

/** Why a body was refused while it was being read; the problem filter turns each type into a 400 or a 413. */
export type BodyRefusal = 'entity.too.deep' | 'entity.too.many.rows' | 'entity.too.large' | 'entity.parse.failed' | 'encoding.unsupported';

export class BodyRefused extends Error {
  constructor(
    readonly type: BodyRefusal,
    message: string,
    readonly status = type === 'entity.too.large' ? 413 : type === 'encoding.unsupported' ? 415 : 400,
  ) {
    super(message);
  }
}

const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/**
 * Reads JSON's shape as its bytes arrive, without parsing it: how deep it nests, and how many elements
 * the arrays one level inside the top object hold (an import's `rows`). Structural characters are
 * ASCII, so bytes suffice.
 */
export class JsonShape {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private rowOpen = false;
  private rows = 0;

  constructor(private readonly maxRows = Number.POSITIVE_INFINITY) {}

  feed(chunk: Buffer): void {
    for (const byte of chunk) {
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (byte === BACKSLASH) this.escaped = true;
        else if (byte === QUOTE) this.inString = false;
        continue;
      }
      if (this.depth === 2 && !this.rowOpen && !WHITESPACE.has(byte) && byte !== COMMA && !CLOSE.has(byte)) {
        this.rowOpen = true;
        this.rows += 1;
        if (this.rows > this.maxRows) {
          throw new BodyRefused('entity.too.many.rows', `an import holds at most ${this.maxRows} rows`);
        }
      }
      if (byte === QUOTE) {
        this.inString = true;
      } else if (OPEN.has(byte)) {
        this.depth += 1;
        if (this.depth > MAX_JSON_DEPTH) {
          throw new BodyRefused('entity.too.deep', `the JSON is nested more than ${MAX_JSON_DEPTH} levels deep`);
        }
      } else if (CLOSE.has(byte)) {
        this.depth -= 1;
      } else if (byte === COMMA && this.depth === 2) {
        this.rowOpen = false;
      }
    }
  }
}

/** Counts CSV records as their bytes arrive (a newline outside quotes ends one); the first is the header. */
export class CsvRecords {
  private quoted = false;
  private records = 0;
  private pending = false;

  constructor(private readonly maxRows: number) {}

  feed(chunk: Buffer): void {
    for (const byte of chunk) {
      if (byte === QUOTE) {
        this.quoted = !this.quoted;
      }
      if (this.quoted) {
        this.pending = true;
        continue;
      }
      if (byte === 0x0a) {
        this.end();
      } else if (byte !== 0x0d) {
        this.pending = true;
      }
    }
  }

  private end(): void {
    if (!this.pending) {
      return;
    }
    this.pending = false;
    this.records += 1;
    // The header is not a row.
    if (this.records - 1 > this.maxRows) {
      throw new BodyRefused('entity.too.many.rows', `an import holds at most ${this.maxRows} rows`);
    }
  }
}

/** For express.json's `verify`: a body nested too deeply is refused before JSON.parse (or anything after it) sees it. */
export function rejectDeepNesting(_request: unknown, _response: unknown, body: Buffer): void {
  new JsonShape().feed(body);
}

/**
 * Reads a registry import (JSON `{ rows }` or CSV) as it streams, counting its rows and bytes, and stops
 * reading at the first row past the limit, or byte past the caller's limit, instead of after parsing it
 * all. A body within the limits becomes `request.body`: the parsed JSON, or the CSV text.
 */
export function streamingImport(maxBytes: (request: Request) => number, maxRows: number) {
  return (request: Request, _response: Response, next: NextFunction): void => {
    const csv = request.is('text/csv') === 'text/csv';
    const limit = maxBytes(request);
    if ((request.headers['content-encoding'] ?? 'identity') !== 'identity') {
      next(new BodyRefused('encoding.unsupported', 'send the import without a content encoding'));
      return;
    }
    if (Number(request.headers['content-length'] ?? 0) > limit) {
      next(new BodyRefused('entity.too.large', `the body is larger than the ${limit} bytes this route takes from you`));
      return;
    }
    const shape = csv ? new CsvRecords(maxRows) : new JsonShape(maxRows);
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      // Whatever still arrives is let through and dropped (the listener below ignores it): none of it is kept or parsed.
      next(error);
    };
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settle(new BodyRefused('entity.too.large', `the body is larger than the ${limit} bytes this route takes from you`));
        return;
      }
      try {
        shape.feed(chunk);
      } catch (error) {
        settle(error as Error);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (settled) return;
      const text = Buffer.concat(chunks).toString('utf8');
      if (csv) {
        request.body = text;
      } else if (text.trim() !== '') {
        try {
          request.body = JSON.parse(text) as unknown;
        } catch {
          settle(new BodyRefused('entity.parse.failed', 'the body could not be parsed as JSON'));
          return;
        }
      }
      settle();
    });
    request.on('error', (error) => settle(error));
  };
}
