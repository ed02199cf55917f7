/**
 * The shape of a call file (resources/calls/<id>.json, schema condivisa.call/1), checked on load
 * so that a call copied from the template with a typo is refused naming the file and the field,
 * instead of producing figures from an undefined. Every value must carry its source.
 */
import * as v from 'valibot';
import type { FundingCall } from '../../report/funding-call';

const bilingual = v.object({ it: v.string(), en: v.string() });
const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD'));
const source = v.pipe(v.string(), v.minLength(1, 'a source'));
const sourced = <T extends v.GenericSchema>(value: T) => v.object({ value, unit: v.optional(v.string()), source });
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

export const fundingCallSchema = v.object({
  schema: v.literal('condivisa.call/1'),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/, 'lower-case letters, digits and dashes')),
  template: v.boolean(),
  title: bilingual,
  authority: v.string(),
  source,
  date: isoDate,
  grantShare: sourced(share),
  maxPowerKw: sourced(v.pipe(v.number(), v.minValue(0))),
  softCostMaxShare: sourced(share),
  newPlantsOnly: sourced(v.boolean()),
  costCaps: v.object({
    bands: v.pipe(
      v.array(v.object({ upToKw: v.pipe(v.number(), v.minValue(0)), eurPerKw: v.pipe(v.number(), v.minValue(0)) })),
      v.minLength(1),
      // costCapEurPerKw takes the first band the power fits in: the bands must rise.
      v.check((b) => b.every((x, i) => i === 0 || x.upToKw > b[i - 1]!.upToKw), 'bands in increasing upToKw'),
    ),
    unit: v.string(),
    source,
  }),
  beneficiaries: sourced(v.array(bilingual)),
  deadlines: v.array(v.object({ id: v.string(), kind: v.picklist(['application', 'commissioning', 'final-request', 'other']), label: bilingual, date: isoDate, source })),
  note: v.optional(bilingual),
});

/** The call, or the first problem as "field: message". */
export function parseFundingCall(data: unknown): { call: FundingCall } | { problem: string } {
  const r = v.safeParse(fundingCallSchema, data);
  if (r.success) return { call: r.output as FundingCall };
  const issue = r.issues[0];
  return { problem: `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` };
}
