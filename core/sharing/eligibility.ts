/**
 * Who may receive the 55/45 restricted pot: "consumatori diversi dalle imprese" and social
 * purposes in the plants' territory [RO §2.2.2.1.3 p.39].
 */
import type { MemberCategory } from '../model/entities';

/**
 * Member categories that are enterprises. Third-sector bodies are taken as non-enterprises
 * (a social enterprise among them would need a member-level flag the model does not hold).
 */
export const ENTERPRISE_CATEGORIES: readonly MemberCategory[] = ['sme', 'large_enterprise'];

export const isEnterprise = (category: MemberCategory): boolean => ENTERPRISE_CATEGORIES.includes(category);
