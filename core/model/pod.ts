/**
 * POD (Point of Delivery) codes, as the GSE portal and the distributors write them:
 * "IT" + 3-digit distributor code + "E" + 8 digits, 14 characters (e.g. IT001E12345678).
 * One place for the shape, the normalisation of what users type and the message.
 */
import type { Message } from './messages';

export const POD_PATTERN = /^IT\d{3}E\d{8}$/;

/** Canonical form of a POD as typed (spaces anywhere, lower case): trimmed, upper-cased, no spaces. Does not validate. */
export function normalisePod(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/** True for a canonical POD (normalise first when the text comes from a user). */
export function isValidPod(pod: string): boolean {
  return POD_PATTERN.test(pod);
}

/** Splits a cell holding one or more PODs separated by ',', ';', '/', newlines or spaces; each normalised. */
export function splitPods(s: string): string[] {
  return s
    .split(/[,;/\s]+/)
    .map((p) => p.trim().toUpperCase())
    .filter((p) => p !== '');
}

/** The expected shape, in words. */
export const POD_SHAPE: Message = { code: 'entities.pod.shape' };

/** Why `pod` is refused, naming it (cut to 30 characters) and the expected shape with an example. */
export function invalidPodMessage(pod: string): Message {
  return { code: 'entities.pod.invalid', params: { pod: pod.slice(0, 30), shape: POD_SHAPE } };
}
