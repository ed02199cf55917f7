/** Call files are checked on load: the shipped ones pass, a broken copy is refused naming the field. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseFundingCall } from '../../../core/api/node/funding-call-schema';

const dir = path.join(__dirname, '../../../resources/calls');
const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as Record<string, unknown>;

describe('call files', () => {
  it('every shipped call is valid', () => {
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) expect(parseFundingCall(read(name)), name).toHaveProperty('call');
  });

  it('a value without its source, or caps out of order, is refused with the field', () => {
    const noSource = { ...read('pnrr-cer.json'), grantShare: { value: 0.4, source: '' } };
    expect(parseFundingCall(noSource)).toEqual({ problem: expect.stringMatching(/^grantShare\.source: a source/) });
    const call = read('pnrr-cer.json') as { costCaps: { bands: unknown[] } };
    const unordered = { ...call, costCaps: { ...call.costCaps, bands: [...call.costCaps.bands].reverse() } };
    expect(parseFundingCall(unordered)).toEqual({ problem: expect.stringMatching(/costCaps\.bands: bands in increasing upToKw/) });
  });
});
