/**
 * getEffectiveLoad: the consumption the engine uses for the member owning a POD, on the
 * reference year's base, computed by the same functions as a run (core/store memberLoadInputs
 * → core/scenario memberLoad): the imported curves, else a band-exact profile from bills,
 * else the member's annual kWh on its typical shape. A member with several PODs has one load,
 * their sum. EV charging is not part of it (the balance adds it at the member's point).
 */
import type { ProjectStore } from '../../store/project-store';
import type { StepMinutes } from '../../model/timeseries';
import type { EffectiveLoadData } from '../common/types/imports';
import { notFound } from '../common/errors';
import { normalisePod } from '../../model/pod';
import { referenceYearBase } from '../../model/calendar/referenceYearBase';
import { civilCalendarFor } from '../../model/calendar/civilCalendar';
import { memberLoadInputs } from '../../store/import-repository';
import { memberLoad } from '../../scenario/loads';
import { SCENARIO_DEFAULTS } from '../../scenario/defaults';

export function effectiveLoad(store: ProjectStore, rawPod: string, stepMinutes: StepMinutes): EffectiveLoadData {
  const pod = normalisePod(rawPod);
  const member = store.listMembers().find((m) => m.pods.includes(pod));
  if (!member) {
    throw notFound({ code: 'api.load.pod-not-withdrawal-point', params: { pod } }, 'pod');
  }
  const year = store.getCommunity().referenceYear;
  const base = referenceYearBase(year, stepMinutes);
  const { loadCurves, bills } = memberLoadInputs(store, base, [member]);
  const load = memberLoad(member, base, civilCalendarFor(base), loadCurves, bills, SCENARIO_DEFAULTS.memberSite.value);
  let totalKWh = 0;
  for (const v of load.kWh) totalKWh += v;
  return {
    pod,
    memberId: member.id,
    memberName: member.name,
    memberPods: [...member.pods],
    configurationId: member.configurationId,
    source: load.source,
    loadProfile: member.loadProfile,
    siteAssumed: load.siteAssumed,
    referenceYear: year,
    start: new Date(base.startUtcMs).toISOString(),
    stepMinutes,
    kWh: Array.from(load.kWh),
    totalKWh,
  };
}
