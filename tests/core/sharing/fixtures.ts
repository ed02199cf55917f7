/** Small hand-made configurations for the sharing tests. */
import type { MemberCategory } from '../../../core/model/entities';
import type { SharingConfigurationInput, SharingMember } from '../../../core/sharing';

export const monthsWith = (values: Record<number, number>): number[] => Array.from({ length: 12 }, (_, m) => values[m] ?? 0);

export function member(id: number, category: MemberCategory, janSharedKWh: number, opts: { vulnerable?: boolean; consumer?: boolean } = {}): SharingMember {
  return {
    id,
    name: `M${id}`,
    pod: `IT001E0000000${id}`,
    category,
    vulnerable: opts.vulnerable ?? false,
    consumer: opts.consumer ?? true,
    monthlySharedAsConsumerKWh: monthsWith({ 0: janSharedKWh }),
  };
}

/**
 * January only: 1,000.00 € incentive and 100.00 € valorisation. Members: 1 citizen (100 kWh shared
 * as consumer), 2 vulnerable citizen (200 kWh), 3 SME (200 kWh) owning plant 10 (300 kWh injected);
 * plant 11 belongs to a third-party producer (100 kWh injected).
 */
export function janConfiguration(over: Partial<SharingConfigurationInput> = {}): SharingConfigurationInput {
  return {
    configurationId: 1,
    name: 'Centro',
    substation: 'AC001E00934',
    monthlyIncentiveEur: monthsWith({ 0: 1000 }),
    monthlyValorisationEur: monthsWith({ 0: 100 }),
    restrictedPotEur: 0,
    gseFeesEurPerYear: 36,
    members: [member(1, 'citizen', 100), member(2, 'citizen', 200, { vulnerable: true }), member(3, 'sme', 200)],
    plants: [
      { id: 10, ownerMemberId: 3, monthlyInjectedKWh: monthsWith({ 0: 300 }), monthlySharedKWh: monthsWith({ 0: 250 }) },
      { id: 11, ownerMemberId: null, monthlyInjectedKWh: monthsWith({ 0: 100 }), monthlySharedKWh: monthsWith({ 0: 50 }) },
    ],
    ...over,
  };
}

export const cents = (eur: number) => Math.round(eur * 100);
