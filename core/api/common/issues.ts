/**
 * Turns a failed argument parse into the ApiError the user reads, in English and Italian,
 * naming the argument at fault: `"patch.kWp" must be a number`.
 */
import * as v from 'valibot';
import { badRequest, type ApiError } from './errors';

type Issue = v.BaseIssue<unknown>;

const pathOf = (issue: Issue): string => (issue.path ?? []).map((p) => String(p.key)).join('.');

/** Messages written by our own checks (check, raw_check) are already complete sentences. */
const CUSTOM = new Set(['check', 'raw_check', 'custom']);

function describe(issue: Issue, lang: 'en' | 'it'): string {
  const it = lang === 'it';
  const req = (issue as { requirement?: unknown }).requirement;
  switch (issue.type) {
    case 'string':
      return it ? 'deve essere un testo' : 'must be a string';
    case 'number':
    case 'finite':
      return it ? 'deve essere un numero' : 'must be a number';
    case 'boolean':
      return it ? 'deve essere true o false' : 'must be true or false';
    case 'integer':
      return it ? 'deve essere un intero' : 'must be an integer';
    case 'min_value':
      return it ? `deve essere almeno ${String(req)}` : `must be at least ${String(req)}`;
    case 'max_value':
      return it ? `deve essere al massimo ${String(req)}` : `must be at most ${String(req)}`;
    case 'max_length':
      return it ? `è troppo lungo (al massimo ${String(req)})` : `is too long (at most ${String(req)})`;
    case 'min_length':
    case 'non_empty':
      return it ? 'è vuoto' : 'is empty';
    case 'regex':
      return it ? 'non ha il formato atteso' : 'does not have the expected format';
    case 'picklist':
      return it ? `deve essere uno tra ${issue.expected ?? ''}` : `must be one of ${issue.expected ?? ''}`;
    case 'object':
    case 'loose_object':
    case 'strict_object':
      return it ? 'deve essere un oggetto' : 'must be an object';
    case 'array':
    case 'tuple':
      return it ? 'deve essere un elenco' : 'must be a list';
    case 'object_key':
    case 'strict_object_key':
      return it ? 'non è un campo ammesso' : 'is not an accepted field';
    default:
      return it ? `non è valido (atteso ${issue.expected ?? '?'})` : `is not valid (expected ${issue.expected ?? '?'})`;
  }
}

function sentence(issue: Issue, lang: 'en' | 'it'): string {
  if (CUSTOM.has(issue.type)) return issue.message;
  const at = pathOf(issue);
  const what = describe(issue, lang);
  if (at === '') return lang === 'it' ? `gli argomenti: ${what}` : `the arguments: ${what}`;
  return `"${at}" ${what}`;
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
  return badRequest(sentence(en, 'en'), sentence(it, 'it'), field);
}
