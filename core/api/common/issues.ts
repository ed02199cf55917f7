/**
 * Turns a failed argument parse into the ApiError the user reads (a catalogue message),
 * naming the argument at fault: `"patch.kWp" must be a number`.
 */
import * as v from 'valibot';
import { badRequest, type ApiError } from './errors';
import type { Message } from '../../model/messages';

type Issue = v.BaseIssue<unknown>;

const pathOf = (issue: Issue): string => (issue.path ?? []).map((p) => String(p.key)).join('.');

/** Messages written by our own checks (check, raw_check) are already complete sentences. */
const CUSTOM = new Set(['check', 'raw_check', 'custom']);

/** What is wrong with the value, as a catalogue message (the requirement passed as text, as valibot states it). */
function describe(issue: Issue): Message {
  const req = String((issue as { requirement?: unknown }).requirement);
  switch (issue.type) {
    case 'string':
      return { code: 'api.arg.not-string' };
    case 'number':
    case 'finite':
      return { code: 'api.arg.not-number' };
    case 'boolean':
      return { code: 'api.arg.not-boolean' };
    case 'integer':
      return { code: 'api.arg.not-integer' };
    case 'min_value':
      return { code: 'api.arg.below-min', params: { min: req } };
    case 'max_value':
      return { code: 'api.arg.above-max', params: { max: req } };
    case 'max_length':
      return { code: 'api.arg.too-long', params: { max: req } };
    case 'min_length':
    case 'non_empty':
      return { code: 'api.arg.is-empty' };
    case 'regex':
      return { code: 'api.arg.bad-format' };
    case 'picklist':
      return { code: 'api.arg.not-in-list', params: { expected: issue.expected ?? '' } };
    case 'object':
    case 'loose_object':
    case 'strict_object':
      return { code: 'api.arg.not-object' };
    case 'array':
    case 'tuple':
      return { code: 'api.arg.not-list' };
    case 'object_key':
    case 'strict_object_key':
      return { code: 'api.arg.not-accepted-field' };
    default:
      return { code: 'api.arg.invalid', params: { expected: issue.expected ?? '?' } };
  }
}

/**
 * The first issue as a message. Our own checks (check, raw_check) wrote a complete sentence
 * per parse language, so both parses' texts travel as the check's words.
 */
function sentence(en: Issue, it: Issue): Message {
  if (CUSTOM.has(en.type)) return { code: 'api.arg.check', params: { text: { it: it.message, en: en.message } } };
  const at = pathOf(en);
  const what = describe(en);
  if (at === '') return { code: 'api.arg.arguments', params: { what } };
  return { code: 'api.arg.at', params: { path: at, what } };
}

/**
 * Parses `input`; on failure throws a bad-request ApiError built from the first issue
 * (parsed again with the Italian messages of our own checks).
 */
export function parseArgs<S extends v.GenericSchema>(schema: S, input: unknown): v.InferOutput<S> {
  const en = v.safeParse(schema, input, { lang: 'en', abortPipeEarly: true });
  if (en.success) return en.output;
  const it = v.safeParse(schema, input, { lang: 'it', abortPipeEarly: true });
  const first = en.issues[0];
  const firstIt = it.success ? first : it.issues[0];
  throw argumentError(first, firstIt);
}

function argumentError(en: Issue, it: Issue): ApiError {
  const path = en.path ?? [];
  // A model check names the entity's field (`kWp`); any other issue its argument path (`entity.kind`).
  const field = path.length === 0 ? undefined : CUSTOM.has(en.type) ? String(path[path.length - 1]!.key) : pathOf(en);
  return badRequest(sentence(en, it), field);
}
