/**
 * Operations of the advisor: sizing sweeps, which roofs to build, which members to recruit
 * (jobs, results through getJob), and the 3-day outlook with the hours to shift loads.
 */
import * as v from 'valibot';
import { operation } from '../define';
import { base64, entityId, fileName, filePath, numberIn, onProject, text } from '../schemas';
import { LOAD_PROFILES, MEMBER_CATEGORIES } from '../../../model/entities';
import { OBJECTIVES } from '../../../advisor/types';
import type { Outlook } from '../../../advisor/outlook';
import type { SizingResult } from '../../../advisor/sizing';
import type { SubsetResult } from '../../../advisor/subset';
import type { DayNight } from '../../../advisor/day-night';
import type { ExportedFile } from '../types/exports';

const investment = v.object({
  costEurPerKWp: v.optional(numberIn(0, 20_000)),
  /** A plant's total cost at its present size (a roof's quote) [€, VAT excluded]. */
  plantCosts: v.optional(v.pipe(v.array(v.object({ plantId: entityId, costEur: numberIn(0, 1e9) })), v.maxLength(200))),
  vatRate: v.optional(numberIn(0, 0.3)),
  vatRecoverable: v.optional(v.boolean()),
  loan: v.optional(v.object({ share: numberIn(0, 1), ratePerYear: numberIn(0, 0.5), years: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(40)) })),
  taxDeduction: v.optional(v.object({ rate: numberIn(0, 1), years: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)) })),
});

/** Typical candidates: a category with a count (and optionally its yearly kWh and shape). */
const categoryCandidates = v.pipe(
  v.array(
    v.object({
      category: v.picklist(MEMBER_CATEGORIES),
      count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(20)),
      annualKWh: v.optional(numberIn(0, 100_000_000)),
      loadProfile: v.optional(v.picklist(LOAD_PROFILES)),
      name: v.optional(text(100)),
    }),
  ),
  v.maxLength(40),
);

const common = {
  objective: v.optional(v.picklist(OBJECTIVES), 'shared'),
  budgetEur: v.optional(numberIn(0, 1e9)),
  investment: v.optional(investment),
  /** Worker threads (1 = in the host's thread); default: the machine's cores, at most 4. */
  threads: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(16))),
};

/** The project first (so a call without it is told so), then what to advise on. */
export const adviceArgs = v.intersect([
  onProject({}),
  v.variant('kind', [
    v.object({
      kind: v.literal('sizing'),
      plantId: entityId,
      maxKWp: v.optional(numberIn(0.1, 1000)),
      minKWp: v.optional(numberIn(0.1, 1000)),
      steps: v.optional(v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(60))),
      within5545: v.optional(v.boolean()),
      /** Storage sizes to try beside the plant [kWh usable] (0, the plant alone, is always tried). */
      storageKWh: v.optional(v.pipe(v.array(numberIn(0, 100_000)), v.maxLength(8))),
      /** Installed storage cost [€/kWh, VAT excluded]; default 1,000 (the art. 119 c.6 DL 34/2020 ceiling). */
      storageEurPerKWh: v.optional(numberIn(0, 10_000)),
      ...common,
    }),
    v.object({
      kind: v.literal('roofs'),
      /** Candidate plants (default: every new plant in a configuration). */
      plantIds: v.optional(v.pipe(v.array(entityId), v.maxLength(40))),
      methods: v.optional(v.array(v.picklist(['greedy', 'swap', 'exhaustive']))),
      ...common,
    }),
    v.object({
      kind: v.literal('members'),
      configurationId: v.optional(entityId),
      /** A members registry (xlsx/csv) by path or uploaded, and/or typical categories. */
      path: v.optional(filePath),
      name: v.optional(fileName),
      base64: v.optional(base64),
      categories: v.optional(categoryCandidates),
      maxCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(40))),
      methods: v.optional(v.array(v.picklist(['greedy', 'swap', 'exhaustive']))),
      ...common,
    }),
  ]),
]);

/** What an advice job gives (through getJob). */
export type AdviceResult =
  | ({ kind: 'sizing'; plantName: string; currentKWp: number; threads: number } & SizingResult)
  | ({ kind: 'roofs'; threads: number; budgetEur: number | null; candidates: { key: string; plantId: number; name: string; kWp: number; costEur: number }[] } & SubsetResult)
  | ({
      kind: 'members';
      threads: number;
      configurationId: number;
      /** Registry rows under another primary substation, left out. */
      skipped: { name: string; row: number; substationCode: string }[];
      candidates: { key: string; name: string; category: string; annualKWh: number; loadProfile: string; dayNight: DayNight }[];
    } & SubsetResult);

export const advisorOperations = {
  startAdvice: operation<{ jobId: string }>()({
    area: 'advisor',
    summary: 'Start an advice job: sizing sweep of a plant, roofs to build under a budget, or members to recruit (result through getJob)',
    project: true,
    args: adviceArgs,
  }),
  exportOutlookSheet: operation<ExportedFile>()({
    area: 'advisor',
    summary: 'The 3-day outlook as a one-page PDF for members (forecast file optional, as getOutlook)',
    project: true,
    args: onProject({
      path: v.optional(filePath),
      name: v.optional(fileName),
      base64: v.optional(base64),
      now: v.optional(v.pipe(v.string(), v.isoTimestamp())),
      lang: v.optional(v.picklist(['it', 'en']), 'it'),
    }),
  }),
  getOutlook: operation<Outlook>()({
    area: 'advisor',
    summary: "Each plant's production over the next 72 hours and the hours to shift loads, from a forecast file (Open-Meteo JSON/CSV) or the clear sky",
    project: true,
    args: onProject({
      path: v.optional(filePath),
      name: v.optional(fileName),
      base64: v.optional(base64),
      /** The present instant (ISO 8601); default: now. */
      now: v.optional(v.pipe(v.string(), v.isoTimestamp())),
    }),
  }),
};
