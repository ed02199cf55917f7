import type { LoadShapeDefinition } from '../loadShapeDefinition';
import { flatDay } from '../loadShapeDefinition';

/**
 * School (primary/secondary state school).
 *
 * Basis: lessons about 08:00–13:30 with afternoon activities tapering to 18:00; some
 * secondary schools open on Saturday mornings; base load ≈15 % (Delmastro et al. 2016,
 * monitored schools in Rivalta di Torino). Closed — base load only — on Sundays,
 * holidays and school breaks (see `schoolClosures.ts`: 10 June–14 September,
 * 23 December–6 January, Thursday before Easter to the Tuesday after), following the
 * regional school calendars (lessons start 11–15 September, Christmas 23 Dec–6 Jan,
 * end 6–10 June, at least 200 lesson days). Winter higher (lighting, heating auxiliaries).
 * No cooling. Values are this product's own estimates.
 */
const B = 0.15;
const weekday = [B, B, B, B, B, B, 0.18, 0.45, 0.9, 1.0, 1.0, 1.0, 1.0, 0.85, 0.55, 0.5, 0.42, 0.32, 0.22, 0.16, B, B, B, B];
const saturday = [B, B, B, B, B, B, B, 0.3, 0.55, 0.55, 0.55, 0.55, 0.55, 0.35, B, B, B, B, B, B, B, B, B, B];

export const SCHOOL_SHAPE: LoadShapeDefinition = {
  kind: 'school',
  label: 'School',
  driver: 'profile',
  winter: { weekday, saturday, holiday: flatDay(0.14) },
  summer: { weekday, saturday, holiday: flatDay(0.14) },
  monthly: [1.1, 1.08, 1.0, 0.95, 0.95, 0.9, 0.85, 0.85, 0.95, 1.0, 1.05, 1.08],
  closures: 'school',
  basis:
    'Lessons 08–13:30 plus afternoon activities, Saturday mornings at half level, base load ≈15 %; closed in the summer break, Christmas and Easter holidays, Sundays and national holidays.',
  sources: [
    'C. Delmastro, G. Mutani, S. Perassi, "In Use Monitoring of Public Buildings. Case Study in North Italy", Int. J. Heat & Technology 34(S2):S266-S276, 2016, doi:10.18280/ijht.34S212',
    'Regional school calendars 2023/24 (start 11–15 Sep, Christmas 23 Dec–6 Jan, end 6–10 Jun, ≥200 lesson days), e.g. tgcom24.mediaset.it, 2023-08, "Scuola, inizio 11 settembre"',
  ],
};
