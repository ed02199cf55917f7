/** English sentences of the reports' messages: one for every Italian code, same placeholders. */
import type { reportIt } from './report.it';

export const reportEn: Record<keyof typeof reportIt, string> = {
  'report.checklist.not-for-type': 'not required for {type} configurations',
  'report.checklist.no-mandate-needed': 'the Referent is the community (or the condominium) and there are no third-party producers',
  'report.checklist.not-for-source': 'not required for this source',
  'report.checklist.not-incentivised': 'plant without incentive (existing or over 1 MW: valorisation only)',
  'report.checklist.no-grant': 'no capital grant',
  'report.checklist.power-up-to': 'power up to {kw} kW',
  'report.checklist.power-over': 'power over {kw} kW',
  'report.call.new-plants-only': 'only new plants or upgrades [{source}]',
  'report.call.power-not-positive': 'power not positive',
  'report.call.power-above': 'power above {kw} kW [{source}]',
  'report.call.no-cost-cap': 'no cost cap for {kw} kW [{source}]',
};
