/**
 * Sheet names, column headers (Italian, with English synonyms accepted on import), header
 * notes and drop-down lists of the project workbook. Shared by export and import.
 */
import { LOAD_PROFILES, MEMBER_CATEGORIES, PLANT_SOURCES, PLANT_VOLTAGES, COMMUNITY_TYPES } from '../../model/entities';
import { CATEGORY_LABELS_IT } from '../import/memberCategory';

export const SHEETS = {
  instructions: 'Istruzioni',
  members: 'Membri',
  plants: 'Impianti',
  configurations: 'Configurazioni',
  curves: 'Curve',
  bills: 'Bollette',
  parameters: 'Parametri',
} as const;

export interface ColumnDef {
  key: string;
  header: string;
  /** Extra header spellings accepted on import. */
  synonyms?: string[];
  note: string;
  width?: number;
  /** Drop-down values. */
  list?: readonly string[];
  /** Column added after the first release: a workbook without it still imports. */
  optional?: boolean;
}

/** Excel's last row (1,048,576); the header takes the first. */
export const EXCEL_MAX_ROWS = 1_048_576;

/** What a curve measures, as the Curve sheet writes it (Italian) → CurveMeasure. */
export const MEASURE_LABELS = { prelievo: 'withdrawal', immissione: 'injection', consumo: 'consumption' } as const;

export const MEMBER_COLS: ColumnDef[] = [
  { key: 'id', header: 'ID', note: 'Identificativo numerico univoco del membro.' },
  { key: 'name', header: 'Nome', synonyms: ['name'], note: 'Nome e cognome o ragione sociale.', width: 28 },
  { key: 'category', header: 'Categoria', synonyms: ['category'], note: 'Categoria del membro (scegliere dall’elenco).', width: 22, list: MEMBER_CATEGORIES.map((c) => CATEGORY_LABELS_IT[c]) },
  { key: 'taxCode', header: 'Codice fiscale / P.IVA', synonyms: ['codice fiscale', 'tax code'], note: 'Codice fiscale (persone) o partita IVA (imprese, enti).', width: 20 },
  { key: 'ateco', header: 'ATECO', note: 'Codice ATECO dell’attività prevalente, es. 35.11.00; vuoto per persone fisiche.' },
  { key: 'pods', header: 'POD', synonyms: ['pods'], note: 'Uno o più POD separati da virgola: IT + 3 cifre + E + 8 cifre (es. IT001E12345678).', width: 34 },
  { key: 'lat', header: 'Latitudine', synonyms: ['lat'], note: 'Gradi decimali (WGS84), es. 45,4642.' },
  { key: 'lon', header: 'Longitudine', synonyms: ['lon'], note: 'Gradi decimali (WGS84), es. 9,1900.' },
  { key: 'vulnerable', header: 'Vulnerabile', synonyms: ['vulnerable'], note: 'sì/no: cliente in condizioni di vulnerabilità o disagio economico.', list: ['sì', 'no'] },
  { key: 'configurationId', header: 'ID configurazione', synonyms: ['configuration id'], note: 'ID della configurazione (foglio Configurazioni); vuoto se non assegnato.' },
  { key: 'annualKWh', header: 'Consumo annuo [kWh]', synonyms: ['annual kwh'], note: 'Consumo annuo in kWh, usato se non ci sono curve o bollette.' },
  { key: 'loadProfile', header: 'Profilo di carico', synonyms: ['load profile'], note: 'Profilo tipico usato per sintetizzare la curva (scegliere dall’elenco).', list: LOAD_PROFILES },
];

export const PLANT_COLS: ColumnDef[] = [
  { key: 'id', header: 'ID', note: 'Identificativo numerico univoco dell’impianto.' },
  { key: 'name', header: 'Nome', synonyms: ['name'], note: 'Nome dell’impianto.', width: 24 },
  { key: 'source', header: 'Fonte', synonyms: ['source'], note: 'pv = fotovoltaico, wind = eolico, hydro = idroelettrico, other = altro.', list: PLANT_SOURCES },
  { key: 'kWp', header: 'Potenza [kWp]', synonyms: ['kwp'], note: 'Potenza di picco (FV) o nominale [kW].' },
  { key: 'tiltDeg', header: 'Inclinazione [°]', synonyms: ['tilt'], note: 'Inclinazione dei moduli rispetto all’orizzontale, in gradi.' },
  { key: 'azimuthDeg', header: 'Azimut [°]', synonyms: ['azimuth'], note: 'Orientamento: 0 Nord, 90 Est, 180 Sud, 270 Ovest.' },
  { key: 'commissioningDate', header: 'Entrata in esercizio', synonyms: ['commissioning date'], note: 'Data aaaa-mm-gg; vuoto se in progetto.' },
  { key: 'ownerMemberId', header: 'ID membro proprietario', synonyms: ['owner member id'], note: 'ID del membro titolare; vuoto se produttore terzo.' },
  { key: 'thirdPartyProducer', header: 'Produttore terzo', synonyms: ['third party producer'], note: 'Nome del produttore terzo, se presente.' },
  { key: 'pod', header: 'POD', note: 'POD di immissione.' },
  { key: 'censimp', header: 'CENSIMP', note: 'Codice CENSIMP (Gaudì).' },
  { key: 'existing', header: 'Esistente', synonyms: ['existing'], note: 'sì se in esercizio prima del 16/12/2021 o non incentivabile.', list: ['sì', 'no'] },
  { key: 'grantShare', header: 'Quota contributo', synonyms: ['grant share'], note: 'Quota di spesa coperta da contributo in conto capitale, 0…0,4.' },
  { key: 'configurationId', header: 'ID configurazione', synonyms: ['configuration id'], note: 'ID della configurazione; vuoto se non assegnato.' },
  { key: 'lat', header: 'Latitudine', synonyms: ['lat'], note: 'Gradi decimali.' },
  { key: 'lon', header: 'Longitudine', synonyms: ['lon'], note: 'Gradi decimali.' },
  { key: 'voltage', header: 'Tensione', synonyms: ['voltage'], note: 'Tensione di connessione: LV = bassa, MV = media; vuoto = LV (perdite evitate AUC 2,6% / 1,2%).', list: PLANT_VOLTAGES, optional: true },
  { key: 'capexEur', header: 'Costo investimento [€]', synonyms: ['investment cost', 'capex'], note: 'Investimento totale in euro, IVA esclusa; vuoto = non noto (si assume il massimale PNRR della classe di potenza).', optional: true },
];

export const CONFIG_COLS: ColumnDef[] = [
  { key: 'id', header: 'ID', note: 'Identificativo numerico della configurazione.' },
  { key: 'name', header: 'Nome', synonyms: ['name'], note: 'Nome della configurazione.', width: 24 },
  { key: 'substationCode', header: 'Cabina primaria', synonyms: ['substation code'], note: 'Codice della cabina primaria (area convenzionale), es. AC001E00934.', width: 18 },
];

export const CURVE_COLS: ColumnDef[] = [
  { key: 'pod', header: 'POD', note: 'POD della curva.' , width: 18},
  { key: 'start', header: 'Inizio intervallo', synonyms: ['start'], note: 'Inizio dell’intervallo in ora civile italiana con scarto UTC, es. 2024-03-31T03:00:00+02:00.', width: 27 },
  { key: 'step', header: 'Passo [min]', synonyms: ['step'], note: 'Durata dell’intervallo: 15 o 60 minuti.', list: ['15', '60'] },
  { key: 'kWh', header: 'Energia [kWh]', synonyms: ['kwh'], note: 'Energia nell’intervallo [kWh]; vuoto se mancante.' },
  {
    key: 'measure',
    header: 'Misura',
    synonyms: ['measure'],
    note: 'Cosa misura la curva: prelievo (misurato dal contatore, predefinito), immissione (misurata) o consumo (lordo, da sottocontatore o stima).',
    list: Object.keys(MEASURE_LABELS),
    optional: true,
  },
];

export const BILL_COLS: ColumnDef[] = [
  { key: 'pod', header: 'POD', note: 'POD della fornitura.', width: 18 },
  { key: 'year', header: 'Anno', synonyms: ['year'], note: 'Anno di competenza.' },
  { key: 'month', header: 'Mese', synonyms: ['month'], note: 'Mese di competenza, 1…12.' },
  { key: 'f1', header: 'F1 [kWh]', synonyms: ['f1'], note: 'Consumo in fascia F1 [kWh].' },
  { key: 'f2', header: 'F2 [kWh]', synonyms: ['f2'], note: 'Consumo in fascia F2 [kWh].' },
  { key: 'f3', header: 'F3 [kWh]', synonyms: ['f3'], note: 'Consumo in fascia F3 [kWh].' },
  { key: 'f0', header: 'F0 [kWh]', synonyms: ['f0'], note: 'Consumo monorario [kWh] (solo se F1–F3 non disponibili).' },
];

export const PARAM_COLS: ColumnDef[] = [
  { key: 'key', header: 'Chiave', synonyms: ['key'], note: 'Nome del parametro; le chiavi "comunita.*" descrivono la comunità.', width: 30 },
  { key: 'value', header: 'Valore', synonyms: ['value'], note: 'Valore del parametro.', width: 30 },
  { key: 'type', header: 'Tipo', synonyms: ['type'], note: 'numero, testo, sì/no o vuoto.', list: ['numero', 'testo', 'sì/no', 'vuoto'] },
];

/** Community fields stored as "comunita.*" rows of the Parametri sheet. */
export const COMMUNITY_KEYS = {
  name: 'comunita.nome',
  legalEntity: 'comunita.soggetto_giuridico',
  type: 'comunita.tipo',
  constitutionDate: 'comunita.data_costituzione',
  municipality: 'comunita.comune',
  region: 'comunita.regione',
  referenceYear: 'comunita.anno_riferimento',
} as const;

export const COMMUNITY_TYPE_LIST = COMMUNITY_TYPES;
