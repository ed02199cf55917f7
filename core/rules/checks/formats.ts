/** Shape of POD and CENSIMP codes (the RO asks for the codes but does not define their format). */
import { defineRule, finding, ro } from '../rule';
import type { Finding } from '../types';
import { configuredPlants } from './plants';
import { normalisePod, POD_SHAPE } from '../../model/pod';

export const podFormat = defineRule({
  id: 'format.pod',
  title: { it: 'Formato dei codici POD', en: 'POD code format' },
  citations: [
    { page: 101, keyword: 'codici pod' },
    { page: 68, keyword: 'codice pod della sezione' },
  ],
  check(ctx) {
    const out: Finding[] = [];
    const shape = new RegExp(ctx.t.podPattern);
    const bad = { it: `Formato atteso: ${POD_SHAPE.it} (es. IT001E12345678); controllo solo di forma.`, en: `Expected: ${POD_SHAPE.en} (e.g. IT001E12345678); shape check only.` };
    for (const m of ctx.input.members) {
      if (m.configurationId === null) continue;
      if (m.pods.length === 0) {
        out.push(finding(this.id, 'info', 'member', m.id, ro(101),
          { it: `"${m.name}" non ha punti di prelievo (POD): non conta come utenza di consumo.`, en: `"${m.name}" has no withdrawal point (POD): it does not count as a consumption point.` },
          { it: 'Aggiungere i POD del membro, se cliente finale.', en: 'Add the member\'s PODs if it is a final customer.' }));
      }
      for (const pod of m.pods) {
        if (shape.test(normalisePod(pod))) continue;
        out.push(finding(this.id, 'warning', 'member', m.id, ro(101),
          { it: `POD "${pod}" di "${m.name}" non valido. ${bad.it}`, en: `POD "${pod}" of "${m.name}" is not valid. ${bad.en}` },
          { it: 'Copiare il POD dalla bolletta.', en: 'Copy the POD from the bill.' }));
      }
    }
    for (const p of configuredPlants(ctx)) {
      const pod = normalisePod(p.pod);
      if (pod !== '' && shape.test(pod)) continue;
      out.push(finding(this.id, 'warning', 'plant', p.id, ro(68),
        pod === ''
          ? { it: `"${p.name}": POD del punto di connessione non indicato.`, en: `"${p.name}": connection-point POD not recorded.` }
          : { it: `POD "${p.pod}" di "${p.name}" non valido. ${bad.it}`, en: `POD "${p.pod}" of "${p.name}" is not valid. ${bad.en}` },
        { it: 'Indicare il POD del punto a cui è collegata la sezione.', en: 'Enter the POD of the point the section is connected to.' }));
    }
    return out;
  },
});

export const censimpFormat = defineRule({
  id: 'format.censimp',
  title: { it: 'Codice CENSIMP (GAUDÌ) degli impianti', en: 'Plant CENSIMP (GAUDÌ) code' },
  citations: [{ page: 29, keyword: 'censimp' }],
  check(ctx) {
    const out: Finding[] = [];
    const shape = new RegExp(ctx.t.censimpPattern);
    for (const p of configuredPlants(ctx)) {
      const code = p.censimp.trim().toUpperCase();
      if (code === '') {
        if (p.commissioningDate === null) continue;
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(29),
          { it: `"${p.name}" è in esercizio ma non ha codice CENSIMP: la richiesta presuppone la registrazione su GAUDÌ.`, en: `"${p.name}" is in operation but has no CENSIMP code: the request requires registration on GAUDÌ.` },
          { it: 'Indicare il codice CENSIMP rilasciato da Terna/GAUDÌ.', en: 'Enter the CENSIMP code issued by Terna GAUDÌ.' }));
      } else if (!shape.test(code)) {
        out.push(finding(this.id, 'warning', 'plant', p.id, ro(29),
          { it: `Codice CENSIMP "${p.censimp}" di "${p.name}" con forma inattesa (attesa IM_ + 7 cifre; controllo solo di forma, formato non verificato su fonte primaria).`,
            en: `CENSIMP code "${p.censimp}" of "${p.name}" has an unexpected shape (expected IM_ + 7 digits; shape check only, format not verified on a primary source).` },
          { it: 'Verificare il codice sull\'attestato GAUDÌ.', en: 'Check the code on the GAUDÌ certificate.' }));
      }
    }
    return out;
  },
});

export const FORMAT_RULES = [podFormat, censimpFormat];
