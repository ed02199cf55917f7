/** The document checklist as sheets: one per configuration, one row per document and plant. */
import type { ChecklistConfiguration, ChecklistStatus } from './checklist';
import type { SheetTable } from './tables';

const STATUS: Record<'it' | 'en', Record<ChecklistStatus, string>> = {
  it: { present: 'presente', missing: 'mancante', 'not-applicable': 'non applicabile' },
  en: { present: 'present', missing: 'missing', 'not-applicable': 'not applicable' },
};

export const statusLabel = (s: ChecklistStatus, lang: 'it' | 'en') => STATUS[lang][s];

export function checklistTables(list: ChecklistConfiguration[], lang: 'it' | 'en' = 'it'): SheetTable[] {
  const used = new Set<string>();
  return list.map((c) => {
    // Sheet names are unique and ≤ 31 characters with no []:*?/\ (Excel's rules).
    const base = c.name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 28) || `Configurazione ${c.configurationId}`;
    let name = base;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
    used.add(name.toLowerCase());
    return {
      name,
      caption: lang === 'it'
        ? `${c.name}: ${c.present} presenti, ${c.missing} mancanti, ${c.notApplicable} non applicabili — Allegato 3 [RO pp.117–119]`
        : `${c.name}: ${c.present} present, ${c.missing} missing, ${c.notApplicable} not applicable — Annex 3 [RO pp.117–119]`,
      columns: lang === 'it' ? ['Documento', 'Impianto', 'Stato', 'Motivo', 'File allegati', 'Fonte'] : ['Document', 'Plant', 'Status', 'Reason', 'Attached files', 'Source'],
      rows: c.items.map((i) => [
        i.clauses.length ? `${i.title[lang]}: ${i.clauses.map((k) => k[lang]).join('; ')}` : i.title[lang],
        i.plantName,
        statusLabel(i.status, lang),
        i.reason?.[lang] ?? null,
        i.attachments.map((a) => a.name).join(', ') || null,
        i.source,
      ]),
    };
  });
}
