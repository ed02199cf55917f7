/**
 * Member category synonyms (Italian and English, case/accent insensitive) → MemberCategory.
 * Order matters: more specific phrases are tried first ("grande impresa" before "impresa").
 */
import type { MemberCategory } from '../../model/entities';
import { normalizeHeader } from './headerText';

const SYNONYMS: [MemberCategory, string[]][] = [
  ['large_enterprise', ['grande impresa', 'grandi imprese', 'grande azienda', 'large enterprise', 'large company', 'large_enterprise']],
  ['religious_body', ['ente religioso', 'enti religiosi', 'parrocchia', 'diocesi', 'religious body', 'religious_body', 'church']],
  ['third_sector', ['ets', 'terzo settore', 'ente del terzo settore', 'onlus', 'third sector', 'third_sector', 'ngo', 'non profit']],
  ['local_authority', ['comune', 'ente locale', 'enti locali', 'unione dei comuni', 'local authority', 'local_authority', 'municipality', 'provincia']],
  ['research_body', ['ente di ricerca', 'universita', 'research body', 'research_body', 'research', 'istituto di ricerca']],
  ['public_administration', ['pubblica amministrazione', 'pa', 'amministrazione pubblica', 'public administration', 'public_administration', 'ente pubblico']],
  ['condominium', ['condominio', 'condomini', 'supercondominio', 'condominium', 'parti comuni']],
  ['association', ['associazione', 'associazioni', 'association', 'club', 'asd']],
  ['sme', ['pmi', 'piccola impresa', 'media impresa', 'microimpresa', 'micro impresa', 'impresa', 'azienda', 'sme', 'small business', 'company', 'ditta']],
  ['citizen', ['privato', 'privato cittadino', 'cittadino', 'persona fisica', 'famiglia', 'citizen', 'household', 'private', 'individual', 'natural person']],
];

/** Italian label used in the project workbook drop-down, one per category. */
export const CATEGORY_LABELS_IT: Record<MemberCategory, string> = {
  citizen: 'cittadino',
  condominium: 'condominio',
  sme: 'PMI',
  large_enterprise: 'grande impresa',
  local_authority: 'ente locale',
  third_sector: 'terzo settore',
  religious_body: 'ente religioso',
  association: 'associazione',
  research_body: 'ente di ricerca',
  public_administration: 'pubblica amministrazione',
};

/** Category for a free-text label, or null when not recognised. */
export function parseMemberCategory(text: string): MemberCategory | null {
  const n = normalizeHeader(text);
  if (n === '') return null;
  for (const [cat, syns] of SYNONYMS) if (syns.some((s) => normalizeHeader(s) === n)) return cat;
  for (const [cat, syns] of SYNONYMS) if (syns.some((s) => ` ${n} `.includes(` ${normalizeHeader(s)} `))) return cat;
  return null;
}
