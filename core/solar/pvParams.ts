/**
 * Parameters of the PV yield chain and their validation.
 */
import { PvParameterError } from './errors';
import type { SapmThermal } from './cellTemperature';

export type TranspositionModel = 'isotropic' | 'haydavies' | 'perez';
export type IamModel = 'martin-ruiz' | 'ashrae' | 'none';
export type CellTemperatureModel = { kind: 'faiman'; u0?: number; u1?: number } | { kind: 'sapm'; params?: SapmThermal };

export interface PvParams {
  /** DC peak power [kWp]. */
  kWp: number;
  /** Tilt from horizontal [°], 0…90. */
  tiltDeg: number;
  /** Compass azimuth of the module normal [°], 0 N, 90 E, 180 S, 270 W. */
  azimuthDeg: number;
  /** System losses (wiring, soiling, mismatch, availability…) [%], 0…100; default 14. */
  lossesPct?: number;
  /** Power temperature coefficient [%/K]; default −0.4. */
  tempCoeffPctPerK?: number;
  /** DC/AC ratio (kWp over inverter AC rating) [-]; default 1.1. */
  dcAcRatio?: number;
  /** Nominal inverter efficiency [-]; default 0.96 (PVWatts). */
  inverterEtaNom?: number;
  /** Yearly degradation [%/yr]; default 0.5. */
  degradationPctPerYear?: number;
  /** Years since commissioning (0 = first year); default 0. */
  yearIndex?: number;
  /** Ground albedo [-]; default 0.25. */
  albedo?: number;
  transposition?: TranspositionModel;
  iam?: IamModel;
  /** ASHRAE b0 [-] (default 0.05) or Martin–Ruiz ar [-] (default 0.16). */
  iamParam?: number;
  cellTemperature?: CellTemperatureModel;
  /** Use the weather's horizon profile for beam shading; default true. */
  useHorizon?: boolean;
}

export type ResolvedPvParams = Required<Omit<PvParams, 'iamParam'>> & { iamParam: number };

function check(field: string, v: unknown, lo: number, hi: number, loOpen = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new PvParameterError(field, `must be a finite number, got ${String(v)}`);
  if (loOpen ? !(v > lo) : !(v >= lo)) throw new PvParameterError(field, `must be ${loOpen ? '>' : '≥'} ${lo}, got ${v}`);
  if (!(v <= hi)) throw new PvParameterError(field, `must be ≤ ${hi}, got ${v}`);
  return v;
}

/** Validates the parameters and fills defaults; throws `PvParameterError` naming the field. */
export function resolvePvParams(p: PvParams): ResolvedPvParams {
  if (p === null || typeof p !== 'object') throw new PvParameterError('params', 'must be an object');
  const iam = p.iam ?? 'martin-ruiz';
  const transposition = p.transposition ?? 'perez';
  if (!['perez', 'haydavies', 'isotropic'].includes(transposition)) throw new PvParameterError('transposition', `unknown model ${String(transposition)}`);
  if (!['martin-ruiz', 'ashrae', 'none'].includes(iam)) throw new PvParameterError('iam', `unknown model ${String(iam)}`);
  const r: ResolvedPvParams = {
    kWp: check('kWp', p.kWp, 0, Number.MAX_VALUE, true),
    tiltDeg: check('tiltDeg', p.tiltDeg, 0, 90),
    azimuthDeg: check('azimuthDeg', p.azimuthDeg, 0, 360),
    lossesPct: check('lossesPct', p.lossesPct ?? 14, 0, 100),
    tempCoeffPctPerK: check('tempCoeffPctPerK', p.tempCoeffPctPerK ?? -0.4, -2, 1),
    dcAcRatio: check('dcAcRatio', p.dcAcRatio ?? 1.1, 0, 10, true),
    inverterEtaNom: check('inverterEtaNom', p.inverterEtaNom ?? 0.96, 0, 1, true),
    degradationPctPerYear: check('degradationPctPerYear', p.degradationPctPerYear ?? 0.5, 0, 100),
    yearIndex: check('yearIndex', p.yearIndex ?? 0, 0, 100),
    albedo: check('albedo', p.albedo ?? 0.25, 0, 1),
    transposition,
    iam,
    iamParam: check('iamParam', p.iamParam ?? (iam === 'ashrae' ? 0.05 : 0.16), 0, 1, true),
    cellTemperature: p.cellTemperature ?? { kind: 'faiman' },
    useHorizon: p.useHorizon ?? true,
  };
  return r;
}
