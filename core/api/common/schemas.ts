/**
 * Argument schemas shared by many operations. Limits are generous for people and tight
 * enough that a hostile caller cannot make the core allocate without bound.
 */
import * as v from 'valibot';
import { fieldProblemMessage, type EntityName, type FieldProblem } from '../../model/entity-validation';
import { formatMessage } from '../../model/messages';

/** Characters in a path (`project`, `path`). */
export const MAX_PATH_CHARS = 4096;
/** Base64 characters of an uploaded file: 64 MiB (the web host's request limit). */
export const MAX_BASE64_CHARS = 64 * 1024 * 1024;

/** Text up to `max` characters. */
export const text = (max = 4096) => v.pipe(v.string(), v.maxLength(max));
/** Text that must not be blank. */
export const requiredText = (max = 4096) => v.pipe(v.string(), v.maxLength(max), v.check((s) => s.trim() !== '', blankMessage));
/** Path of a file; relative paths are resolved by the core (inside the workspace). */
export const filePath = requiredText(MAX_PATH_CHARS);
/** Identifier assigned by the project store. */
export const entityId = v.pipe(v.number(), v.integer(), v.minValue(1));
/** A finite number in [min, max]. */
export const numberIn = (min: number, max: number) => v.pipe(v.number(), v.finite(), v.minValue(min), v.maxValue(max));
/** File content as base64 text. */
export const base64 = v.pipe(v.string(), v.maxLength(MAX_BASE64_CHARS));
/** Original name of an uploaded file (it names the file in messages). */
export const fileName = requiredText(255);
/** Handle of a job or an uploaded file. */
export const handle = v.pipe(v.string(), v.maxLength(64));
/** ISO calendar date `YYYY-MM-DD`. */
export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/));

/** Arguments of an operation that takes none. */
export const noArgs = v.object({});

/** Arguments of an operation on an open project, with more entries. */
export function onProject<E extends v.ObjectEntries>(entries: E) {
  return v.object({ project: filePath, ...entries });
}

function blankMessage(issue: v.BaseIssue<unknown>): string {
  return issue.lang === 'it' ? 'è vuoto' : 'is empty';
}

/** A message for a valibot check, in the language the parse was asked for. */
export function bilingual(en: string, it: string) {
  return (issue: v.BaseIssue<unknown>) => (issue.lang === 'it' ? it : en);
}

/** A field problem of a model validator: `entity.field message`, in both languages. */
export type ModelProblem = FieldProblem;

/**
 * A schema that accepts a plain object checked by a model validator (core/model), so the
 * entity rules are written once, in the model, and named by field in the API error.
 * Typed as T for callers; the validator is the runtime check.
 */
export function checkedBy<T>(entity: EntityName, validate: (value: Record<string, unknown>) => ModelProblem[]): v.GenericSchema<T, T> {
  const schema = v.pipe(
    v.looseObject({}),
    v.rawCheck(({ dataset, addIssue }) => {
      if (!dataset.typed) return;
      const value = dataset.value as Record<string, unknown>;
      for (const p of validate(value)) {
        addIssue({
          message: (issue) => formatMessage(fieldProblemMessage(entity, p), issue.lang === 'it' ? 'it' : 'en'),
          path: [{ type: 'object', origin: 'value', input: value, key: p.field, value: value[p.field] }],
        });
      }
    }),
  );
  return schema as unknown as v.GenericSchema<T, T>;
}
