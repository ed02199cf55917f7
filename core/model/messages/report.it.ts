/** Italian sentences of the reports' messages (GSE checklist, funding calls); the codes are this object's keys. */
export const reportIt = {
  'report.checklist.not-for-type': 'non richiesto per configurazioni {type}',
  'report.checklist.no-mandate-needed': 'il Referente è la comunità (o il condominio) e non ci sono produttori terzi',
  'report.checklist.not-for-source': 'non richiesto per questa fonte',
  'report.checklist.not-incentivised': 'impianto senza incentivo (esistente o oltre 1 MW: solo valorizzazione)',
  'report.checklist.no-grant': 'nessun contributo in conto capitale',
  'report.checklist.power-up-to': 'potenza fino a {kw} kW',
  'report.checklist.power-over': 'potenza oltre {kw} kW',
  'report.call.new-plants-only': 'solo impianti nuovi o potenziamenti [{source}]',
  'report.call.power-not-positive': 'potenza non positiva',
  'report.call.power-above': 'potenza oltre {kw} kW [{source}]',
  'report.call.no-cost-cap': 'nessun massimale per {kw} kW [{source}]',
};
