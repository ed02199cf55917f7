/** Primary-substation area of every point [RO §1.1.4 p.6]. */
import { defineRule, finding, ro } from '../rule';
import type { Finding } from '../types';

export const substationCode = defineRule({
  id: 'config.substation-code',
  title: { it: 'Codice dell\'area della cabina primaria', en: 'Primary-substation area code' },
  citations: [{ page: 6, keyword: 'codice identificativo dell\'area sottesa alla cabina primaria' }],
  check(ctx) {
    const out: Finding[] = [];
    const shape = new RegExp(ctx.t.substationCodePattern);
    for (const c of ctx.input.configurations) {
      const code = c.substationCode.trim();
      if (code === '') {
        out.push(finding(this.id, 'warning', 'configuration', c.id, ro(6),
          { it: `Configurazione "${c.name}": codice dell'area della cabina primaria non indicato.`, en: `Configuration "${c.name}": primary-substation area code not set.` },
          { it: 'Indicare il codice dell\'area (mappa GSE delle aree convenzionali), richiesto nella domanda.', en: 'Set the area code (GSE conventional-area map); the application requires it.' }));
      } else if (!shape.test(code)) {
        out.push(finding(this.id, 'warning', 'configuration', c.id, ro(6),
          { it: `Il codice di area "${code}" non ha la forma attesa (es. AC001E00934); controllo solo di forma.`, en: `Area code "${code}" does not have the expected shape (e.g. AC001E00934); shape check only.` },
          { it: 'Copiare il codice dalla mappa delle aree convenzionali del GSE.', en: 'Copy the code from the GSE conventional-area map.' }));
      }
    }
    return out;
  },
});

export const substationArea = defineRule({
  id: 'point.substation-area',
  title: { it: 'Tutti i punti sotto la medesima cabina primaria', en: 'All points under the same primary substation' },
  citations: [{ page: 6, keyword: 'medesima cabina primaria' }],
  check(ctx) {
    const out: Finding[] = [];
    for (const c of ctx.input.configurations) {
      const code = c.substationCode.trim();
      const entities = [
        ...ctx.membersOf(c.id).filter((m) => m.pods.length > 0).map((m) => ({ kind: 'member' as const, id: m.id, name: m.name, located: m.locatedSubstationCode })),
        ...ctx.plantsOf(c.id).map((p) => ({ kind: 'plant' as const, id: p.id, name: p.name, located: p.locatedSubstationCode })),
      ];
      if (code === '') {
        const codes = new Set(entities.map((e) => e.located?.trim()).filter((x): x is string => !!x));
        if (codes.size > 1) {
          out.push(finding(this.id, 'blocking', 'configuration', c.id, ro(6),
            { it: `I punti della configurazione "${c.name}" ricadono in ${codes.size} aree diverse (${[...codes].join(', ')}).`,
              en: `Points of configuration "${c.name}" lie in ${codes.size} different areas (${[...codes].join(', ')}).` },
            { it: 'Dividere la configurazione per cabina primaria.', en: 'Split the configuration by primary substation.' }));
        }
        continue;
      }
      for (const e of entities) {
        const located = e.located?.trim() ?? '';
        if (located === '') {
          out.push(finding(this.id, 'warning', e.kind, e.id, ro(6),
            { it: `Area della cabina primaria di "${e.name}" sconosciuta: non è verificabile che ricada in ${code}.`,
              en: `Primary-substation area of "${e.name}" unknown: cannot check it lies in ${code}.` },
            { it: 'Indicare la posizione sulla mappa o importare le aree convenzionali.', en: 'Place it on the map or import the conventional areas.' }));
        } else if (located.toUpperCase() !== code.toUpperCase()) {
          out.push({ ...finding(this.id, 'blocking', e.kind, e.id, ro(6),
            { it: `"${e.name}" ricade nell'area ${located}, non in ${code} della configurazione "${c.name}".`,
              en: `"${e.name}" lies in area ${located}, not in ${code} of configuration "${c.name}".` },
            { it: 'Spostarlo in una configurazione dell\'area corretta, o escluderlo.', en: 'Move it to a configuration of the right area, or leave it out.' }), effect: 'excludes' });
        }
      }
    }
    return out;
  },
});

export const POINT_RULES = [substationCode, substationArea];
