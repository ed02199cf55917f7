import { describe, expect, it } from 'vitest';
import { chartLocale } from '../../../core/charts/chart-locale';
import { dayOf, typicalDayOption } from '../../../core/charts/typical-day';
import { formatTooltip, seriesOf, xAxisOf } from './option-parts';

/** month × 24 + hour, so every value says where it came from. */
const series = (offset: number) => Array.from({ length: 12 * 24 }, (_, i) => offset + i);

describe('typical day', () => {
  const days = { injected: series(0), withdrawn: series(1000), shared: series(2000) };

  it('takes the 24 hours of the chosen month', () => {
    expect(dayOf(days.injected, 5)).toEqual(Array.from({ length: 24 }, (_, h) => 120 + h));
  });

  it('draws injected, withdrawn and shared lines over 24 hour labels', () => {
    const option = typicalDayOption(days, 0, chartLocale('it'));
    expect(xAxisOf(option).data).toEqual(['0:00', '1:00', '2:00', '3:00', '4:00', '5:00', '6:00', '7:00', '8:00', '9:00', '10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00', '17:00', '18:00', '19:00', '20:00', '21:00', '22:00', '23:00']);
    const [injected, withdrawn, shared] = seriesOf(option);
    expect(injected).toMatchObject({ name: 'Immessa', type: 'line', smooth: true });
    expect(withdrawn!.name).toBe('Prelevata');
    expect(shared!.name).toBe('Condivisa');
    expect(injected!.data).toEqual(Array.from({ length: 24 }, (_, h) => h));
    expect(shared!.data?.[23]).toBe(2023);
  });

  it('December is the last 24 values', () => {
    const option = typicalDayOption(days, 11, chartLocale('it'));
    expect(seriesOf(option)[1]!.data).toEqual(Array.from({ length: 24 }, (_, h) => 1000 + 264 + h));
    expect(formatTooltip(option, 2.25)).toBe('2,3 kWh');
  });
});
