/** English sentences of the advisor's messages: one for every Italian code, same placeholders. */
import type { advisorIt } from './advisor.it';

export const advisorEn: Record<keyof typeof advisorIt, string> = {
  'advisor.outlook.from-forecast-start': 'The forecast does not cover the current hour: outlook from its start',
  'advisor.outlook.short-forecast': 'The forecast covers {count} hours, not {hours}',
  'advisor.outlook.uncertainty.forecast':
    'Weather forecast: the hourly error of forecast irradiance is typically 20–40% on variable days, less on clear days; the suggested hours are more reliable than the kWh',
  'advisor.outlook.uncertainty.clear-sky':
    'No forecast: a clear-sky estimate, an upper bound (under clouds production may fall to 10–25% of these values); the central hours remain the best',
  'advisor.outlook.tilted-as-horizontal':
    'The file gives irradiance on its own plane (global_tilted_irradiance), used as horizontal: a rough estimate',
  'advisor.outlook.message.title': "Next days: when to use the community's energy",
  'advisor.outlook.message.day-best': '• {day}: best {when} (expected production over the whole day {kWh} kWh)',
  'advisor.outlook.message.day-none': '• {day}: little sun, no suggested hours (expected production over the whole day {kWh} kWh)',
  'advisor.outlook.message.loads': 'In those hours run the washing machine, dishwasher, heat-pump water heater, car charging.',
  'history.reset-demo': 'Reset of the demo project',
};
