/**
 * A funding call against the project's plants: per plant the eligible cost, the grant and the
 * timeline against the call's deadlines. A call is data (resources/calls/*.json, every value
 * with its source); nothing here knows a particular call. Pure: `today` is an argument, so an
 * assessment printed in a report can be reproduced.
 */
import { costCapEurPerKw, type CostCapBand } from '../economics/pnrrGrant';
import { bilingual, type Message } from '../model/messages';

export type Bilingual = { it: string; en: string };
/** A value of the call with where it comes from (document, page, article). */
export interface Sourced<T> {
  value: T;
  unit?: string;
  source: string;
}

/** What a deadline constrains: the plant's commissioning date is the only plant date the project holds. */
export type DeadlineKind = 'application' | 'commissioning' | 'final-request' | 'other';

export interface CallDeadline {
  id: string;
  kind: DeadlineKind;
  label: Bilingual;
  /** ISO `YYYY-MM-DD`, the last valid day. */
  date: string;
  source: string;
}

export interface FundingCall {
  schema: 'condivisa.call/1';
  id: string;
  /** A template ships placeholder values: its figures must not be presented as a call's. */
  template: boolean;
  title: Bilingual;
  authority: string;
  source: string;
  date: string;
  /** Grant share of the eligible cost [-]. */
  grantShare: Sourced<number>;
  /** Largest plant admitted [kW]. */
  maxPowerKw: Sourced<number>;
  /** Soft costs (studies, design, testing) as a share of the admitted amount at most [-]. */
  softCostMaxShare: Sourced<number>;
  /** Only new plants or upgrades (no plant already in operation). */
  newPlantsOnly: Sourced<boolean>;
  /** Eligible cost caps by power class [€/kW]. */
  costCaps: { bands: CostCapBand[]; unit: string; source: string };
  beneficiaries: Sourced<Bilingual[]>;
  deadlines: CallDeadline[];
  note?: Bilingual;
}

export interface CallPlant {
  id: number;
  name: string;
  /** Peak power [kWp] (rated power [kW] for non-PV sources). */
  kWp: number;
  /** Investment declared [€, VAT excluded]; null when unknown (the cap is then assumed). */
  costEur: number | null;
  /** Entry into operation, ISO date, or null when not yet planned. */
  commissioningDate: string | null;
  existing: boolean;
  /** Grant share the project plans for the plant [-]. */
  grantShare: number;
}

export interface TimelineRow {
  deadlineId: string;
  kind: DeadlineKind;
  label: Bilingual;
  date: string;
  past: boolean;
  /** Days from today to the deadline; negative once past. */
  daysLeft: number;
  source: string;
  /** The plant's date this deadline constrains (commissioning), null when none is known or none applies. */
  plantDate: string | null;
  /** Whether the plant's date is on or before the deadline; null when there is no plant date to compare. */
  meets: boolean | null;
}

export interface PlantAssessment {
  plantId: number;
  name: string;
  kWp: number;
  eligible: boolean;
  reasons: Bilingual[];
  /** Cap of the plant's class [€/kW]; null above the last class. */
  capEurPerKw: number | null;
  /** Cap × power [€]. */
  costCapEur: number;
  /** Cost used: the declared one, else the cap. */
  costEur: number;
  costAssumed: boolean;
  /** min(cost, cap × kW) [€], 0 when not eligible. */
  eligibleCostEur: number;
  /** Call's share × eligible cost [€]: the most the call gives. */
  grantEur: number;
  /** The project's planned share, limited to the call's, × eligible cost [€]. */
  plannedGrantEur: number;
  timeline: TimelineRow[];
}

export interface FundingCallAssessment {
  call: FundingCall;
  today: string;
  /** The application deadline is past: the figures are for reference only. */
  closed: boolean;
  template: boolean;
  /** Call-level deadlines (no plant date). */
  timeline: TimelineRow[];
  plants: PlantAssessment[];
  totals: { eligibleCostEur: number; grantEur: number; plannedGrantEur: number };
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
/** Money to the cent [€]: the grant is a sum of money, not a model estimate. */
const cents = (eur: number) => Math.round(eur * 100) / 100;

/** A deadline as seen from `today`; the plant date is compared only where the deadline constrains it. */
function timelineRow(d: CallDeadline, today: string, plant: CallPlant | null): TimelineRow {
  const daysLeft = dayNumber(d.date) - dayNumber(today);
  const plantDate = plant && d.kind === 'commissioning' ? plant.commissioningDate : null;
  return {
    deadlineId: d.id,
    kind: d.kind,
    label: d.label,
    date: d.date,
    past: daysLeft < 0,
    daysLeft,
    source: d.source,
    plantDate,
    meets: plantDate === null ? null : dayNumber(plantDate) <= dayNumber(d.date),
  };
}

export function assessPlant(call: FundingCall, p: CallPlant, today: string): PlantAssessment {
  const reasons: Message[] = [];
  if (call.newPlantsOnly.value && p.existing) {
    reasons.push({ code: 'report.call.new-plants-only', params: { source: call.newPlantsOnly.source } });
  }
  if (!(p.kWp > 0)) reasons.push({ code: 'report.call.power-not-positive' });
  if (p.kWp > call.maxPowerKw.value) {
    reasons.push({ code: 'report.call.power-above', params: { kw: call.maxPowerKw.value, source: call.maxPowerKw.source } });
  }
  const perKw = p.kWp > 0 ? costCapEurPerKw(p.kWp, call.costCaps.bands) : null;
  if (perKw === null && p.kWp > 0) reasons.push({ code: 'report.call.no-cost-cap', params: { kw: p.kWp, source: call.costCaps.source } });
  const costCap = cents((perKw ?? 0) * p.kWp);
  const costAssumed = p.costEur === null;
  const cost = p.costEur ?? costCap;
  const eligible = reasons.length === 0;
  const eligibleCost = eligible ? cents(Math.min(cost, costCap)) : 0;
  const plannedShare = Math.min(Math.max(p.grantShare, 0), call.grantShare.value);
  return {
    plantId: p.id,
    name: p.name,
    kWp: p.kWp,
    eligible,
    reasons: reasons.map(bilingual),
    capEurPerKw: perKw,
    costCapEur: costCap,
    costEur: cost,
    costAssumed,
    eligibleCostEur: eligibleCost,
    grantEur: cents(eligibleCost * call.grantShare.value),
    plannedGrantEur: cents(eligibleCost * plannedShare),
    timeline: call.deadlines.map((d) => timelineRow(d, today, p)),
  };
}

export function assessFundingCall(call: FundingCall, plants: CallPlant[], today: string): FundingCallAssessment {
  const assessed = plants.map((p) => assessPlant(call, p, today));
  const application = call.deadlines.find((d) => d.kind === 'application');
  const sum = (k: 'eligibleCostEur' | 'grantEur' | 'plannedGrantEur') => cents(assessed.reduce((s, a) => s + a[k], 0));
  return {
    call,
    today,
    closed: application !== undefined && dayNumber(application.date) < dayNumber(today),
    template: call.template,
    timeline: call.deadlines.map((d) => timelineRow(d, today, null)),
    plants: assessed,
    totals: { eligibleCostEur: sum('eligibleCostEur'), grantEur: sum('grantEur'), plannedGrantEur: sum('plannedGrantEur') },
  };
}
