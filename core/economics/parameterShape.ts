/**
 * Shape checks for parameter files (resources/parameters/*.json). Pure: the caller reads and
 * parses the file; these functions take the parsed value and either return typed data or
 * throw a ParameterError naming the file and the JSON path of the bad field.
 */

import type { SourcedValue } from '../model/sourced-value';

export class ParameterError extends Error {
  constructor(
    readonly file: string,
    readonly path: string,
    message: string,
  ) {
    super(`${file}: ${path}: ${message}`);
    this.name = 'ParameterError';
  }
}


/** Reads fields of one parsed file, tracking the path for messages. */
export class ShapeReader {
  constructor(readonly file: string) {}

  fail(path: string, message: string): never {
    throw new ParameterError(this.file, path, message);
  }

  object(x: unknown, path: string): Record<string, unknown> {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) this.fail(path, 'expected an object');
    return x as Record<string, unknown>;
  }

  array(x: unknown, path: string): unknown[] {
    if (!Array.isArray(x)) this.fail(path, 'expected an array');
    return x;
  }

  number(x: unknown, path: string, opts: { min?: number; max?: number } = {}): number {
    if (typeof x !== 'number' || !Number.isFinite(x)) this.fail(path, `expected a finite number, got ${JSON.stringify(x)}`);
    if (opts.min !== undefined && x < opts.min) this.fail(path, `must be ≥ ${opts.min}, got ${x}`);
    if (opts.max !== undefined && x > opts.max) this.fail(path, `must be ≤ ${opts.max}, got ${x}`);
    return x;
  }

  string(x: unknown, path: string): string {
    if (typeof x !== 'string' || x.trim() === '') this.fail(path, 'expected a non-empty string');
    return x;
  }

  boolean(x: unknown, path: string, fallback: boolean): boolean {
    if (x === undefined) return fallback;
    if (typeof x !== 'boolean') this.fail(path, 'expected true or false');
    return x;
  }

  date(x: unknown, path: string): string {
    const s = this.string(x, path);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`))) {
      this.fail(path, `expected an ISO date YYYY-MM-DD, got "${s}"`);
    }
    return s;
  }

  /** Checks the `source` and `date` every value must carry. */
  provenance(o: Record<string, unknown>, path: string): { source: string; sourceIt?: string; date: string; secondary: boolean } {
    return {
      source: this.string(o.source, `${path}.source`),
      // The Italian wording of the source, when the file gives one (Italian documents print it).
      ...(o.sourceIt === undefined ? {} : { sourceIt: this.string(o.sourceIt, `${path}.sourceIt`) }),
      date: this.date(o.date, `${path}.date`),
      secondary: this.boolean(o.secondary, `${path}.secondary`, false),
    };
  }

  sourced(x: unknown, path: string, opts: { min?: number; max?: number } = {}): SourcedValue {
    const o = this.object(x, path);
    const note = o.note === undefined ? undefined : this.string(o.note, `${path}.note`);
    return {
      value: this.number(o.value, `${path}.value`, opts),
      unit: this.string(o.unit, `${path}.unit`),
      ...this.provenance(o, path),
      verified: this.boolean(o.verified, `${path}.verified`, true),
      ...(note === undefined ? {} : { note }),
    };
  }

  schema(root: Record<string, unknown>, expected: string): void {
    if (root.schema !== expected) this.fail('schema', `expected "${expected}", got ${JSON.stringify(root.schema)}`);
  }
}
