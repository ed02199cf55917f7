/** Text of the "Istruzioni" sheet (Italian). */
export const INSTRUCTIONS: string[] = [
  'Condivisa — modello di progetto per comunità energetiche rinnovabili (CER, AUC, AID)',
  '',
  'Come compilare:',
  '1. Parametri: dati della comunità (righe "comunita.*") e parametri liberi (chiave, valore, tipo).',
  '2. Configurazioni: una riga per configurazione, con il codice della cabina primaria.',
  '3. Membri: una riga per membro; categoria e profilo dai menu a tendina; più POD separati da virgola.',
  '4. Impianti: una riga per impianto; fonte dal menu; date nel formato aaaa-mm-gg.',
  '5. Curve: formato lungo, una riga per intervallo (POD, inizio in ora italiana con scarto UTC, passo, kWh).',
  '6. Bollette: una riga per mese e POD, consumi per fascia F1/F2/F3 oppure F0 monorario.',
  '',
  'Regole: non unire celle, non rinominare le intestazioni, usare la virgola o il punto per i decimali.',
  'I POD hanno 14 caratteri: IT + 3 cifre del distributore + E + 8 cifre (es. IT001E12345678).',
  'Passando il mouse sulle intestazioni compaiono le note di ogni colonna.',
];
