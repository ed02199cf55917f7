/**
 * Who is exempt from the capital-grant reduction F of the TIP, as data.
 *
 * [RO p.39, §2.2.2.1.2] and [RO App. B §3 p.149]: F "non trova applicazione in relazione
 * all'energia elettrica oggetto di incentivazione (EACI) afferente a punti di prelievo nella
 * titolarità di enti territoriali e autorità locali, enti religiosi, enti del terzo settore e
 * protezione ambientale".
 */
import type { MemberCategory } from '../model/entities';

/**
 * Member categories whose withdrawal points are exempt from F under the Feb 2024 rules.
 * `MemberCategory` has no separate "environmental protection body": such bodies are
 * third-sector entities in the model's categories. 'public_administration' is NOT included:
 * the text exempts "enti territoriali e autorità locali" (regions, provinces, municipalities,
 * unions of municipalities, mountain communities, metropolitan cities — [RO p.146]), which the
 * model calls 'local_authority'.
 */
export const F_EXEMPT_CATEGORIES_RO_2024: readonly MemberCategory[] = [
  'local_authority',
  'religious_body',
  'third_sector',
];

/**
 * Wider set reported by secondary sources after DM MASE 16 May 2025 n. 127, which would add
 * natural persons. NOT verified against the decree text: use only by explicit choice.
 */
export const F_EXEMPT_CATEGORIES_DM127_2025_SECONDARY: readonly MemberCategory[] = [
  ...F_EXEMPT_CATEGORIES_RO_2024,
  'citizen',
];

/** True when shared energy of a withdrawal point held by `category` is exempt from F. */
export function isFExempt(
  category: MemberCategory,
  exempt: readonly MemberCategory[] = F_EXEMPT_CATEGORIES_RO_2024,
): boolean {
  return exempt.includes(category);
}
