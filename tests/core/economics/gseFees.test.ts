import { describe, expect, it } from 'vitest';
import { pnrrGrantFeeEur, tariffServiceFeeEurPerYear } from '../../../core/economics/gseFees';
import { loadGseFeeParameters } from '../../../core/economics/parameters';
import { readParameterFile } from './paramFiles';

// Expected values read from DM MASE 106/2024 Allegato 1 (regulation/dm-mase-106-2024.txt page 6).
const fees = loadGseFeeParameters(readParameterFile('gse-fees.json'));

describe('GSE fees [DM 106/2024 All. 1]', () => {
  it('tariff service: 0 ≤ 3 kW; 15 €/yr 3–20 kW; 15 + 1 €/kW over 20 kW', () => {
    expect(tariffServiceFeeEurPerYear(3, fees.tariffService)).toBe(0);
    expect(tariffServiceFeeEurPerYear(3.5, fees.tariffService)).toBe(15);
    expect(tariffServiceFeeEurPerYear(20, fees.tariffService)).toBe(15);
    expect(tariffServiceFeeEurPerYear(50, fees.tariffService)).toBe(45);
    expect(tariffServiceFeeEurPerYear(1000, fees.tariffService)).toBe(995);
  });
  it('PNRR grant one-off fee by band, and the 100 € preliminary check', () => {
    expect(pnrrGrantFeeEur(20, fees.pnrrGrantBands)).toBe(50);
    expect(pnrrGrantFeeEur(20.1, fees.pnrrGrantBands)).toBe(450);
    expect(pnrrGrantFeeEur(200, fees.pnrrGrantBands)).toBe(450);
    expect(pnrrGrantFeeEur(600, fees.pnrrGrantBands)).toBe(1300);
    expect(pnrrGrantFeeEur(1000, fees.pnrrGrantBands)).toBe(2300);
    expect(() => pnrrGrantFeeEur(1001, fees.pnrrGrantBands)).toThrow(/1 MW/);
    expect(fees.preliminaryCheckEur).toBe(100);
    expect(fees.date).toBe('2024-03-15');
  });
});
