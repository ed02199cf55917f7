/**
 * The application data the GSE SPC portal asks for [RO §2.1.1 pp.28–29; Allegato 2 p.68;
 * Allegato 3 pp.117–121]: producers and their plant sections, "Tabella A" of withdrawal
 * points with their final customers, and the primary substation of each configuration.
 *
 * Column order follows the self-declaration the portal generates (Allegato 2, p.68: section
 * code, type, POD of the section, entry into operation, power) and §2.1.1 p.29 (GAUDÌ data of
 * plants and producers, CENSIMP). The SPC user guide is not among our sources, so names are
 * the ones the operating rules use. Missing values stay empty and are listed with where to
 * fix them; nothing is invented.
 */
import type { Community, Configuration, Member, Plant } from '../model/entities';
import type { Cell, MissingItem, SheetTable } from './tables';

export interface GseApplicationInput {
  community: Community;
  configurations: Configuration[];
  members: Member[];
  plants: Plant[];
  /** VAT number and address of members, from an imported registry (anagrafica); optional data. */
  registry?: Map<number, { vatNumber: string; address: string }>;
}

export interface GseApplicationData {
  sheets: SheetTable[];
  missing: MissingItem[];
}

export const GSE_SHEETS = {
  producers: 'Produttori e sezioni',
  tableA: 'Tabella A - POD prelievo',
  substations: 'Cabine primarie',
  missing: 'Da completare',
} as const;

const SOURCE_IT: Record<Plant['source'], string> = { pv: 'Fotovoltaico', wind: 'Eolico', hydro: 'Idroelettrico', other: 'Altra fonte rinnovabile' };
const CATEGORY_IT: Record<Member['category'], string> = {
  citizen: 'Persona fisica',
  condominium: 'Condominio (servizi comuni)',
  sme: 'PMI',
  large_enterprise: 'Grande impresa',
  local_authority: 'Ente territoriale / autorità locale',
  third_sector: 'Ente del terzo settore',
  religious_body: 'Ente religioso',
  association: 'Associazione',
  research_body: 'Ente di ricerca e formazione',
  public_administration: 'Amministrazione locale (elenco ISTAT)',
};

/** Natural persons have no ATECO code [RO p.18]: an empty cell there is not a gap. */
const needsAteco = (m: Member) => m.category !== 'citizen';

const WHERE = {
  memberTab: (field: string) => `Progetto → Membri, colonna «${field}»`,
  plantTab: (field: string) => `Progetto → Impianti, colonna «${field}»`,
  configTab: 'Progetto → Configurazioni, colonna «Codice cabina primaria»',
  gaudi: 'Registro GAUDÌ di Terna (il progetto non gestisce il codice di sezione): riportarlo nel portale SPC',
  thirdParty: 'Dati del produttore terzo (non gestiti nel progetto): inserirli nel portale SPC',
};

export function gseApplicationData(input: GseApplicationInput): GseApplicationData {
  const missing: MissingItem[] = [];
  const configName = new Map(input.configurations.map((c) => [c.id, c.name]));
  const memberById = new Map(input.members.map((m) => [m.id, m]));
  const nameOfConfig = (id: number | null) => (id === null ? '' : (configName.get(id) ?? ''));
  const orEmpty = (v: string): Cell => (v.trim() === '' ? null : v.trim());
  const registry = (id: number) => input.registry?.get(id) ?? { vatNumber: '', address: '' };

  // Only what is in a configuration is filed: a point outside any is not part of an application.
  const plants = input.plants.filter((p) => p.configurationId !== null);
  const producers: Cell[][] = plants.map((p, i) => {
    const row = i + 1;
    const owner = p.ownerMemberId === null ? undefined : memberById.get(p.ownerMemberId);
    const need = (value: string, field: string, whereToFix: string): Cell => {
      if (value.trim() === '') missing.push({ sheet: GSE_SHEETS.producers, row, field, item: p.name, whereToFix });
      return orEmpty(value);
    };
    const producerName = owner ? owner.name : p.thirdPartyProducer;
    return [
      nameOfConfig(p.configurationId),
      p.name,
      need(producerName, 'Produttore', WHERE.plantTab('Proprietario / produttore terzo')),
      owner ? need(owner.taxCode, 'Codice fiscale del produttore', WHERE.memberTab('Codice fiscale')) : need('', 'Codice fiscale del produttore', WHERE.thirdParty),
      // VAT number: only firms have one, and the tax code identifies them too: never listed as missing.
      owner ? orEmpty(registry(owner.id).vatNumber) : null,
      owner
        ? needsAteco(owner) ? need(owner.ateco, 'Codice ATECO del produttore', WHERE.memberTab('ATECO')) : null
        : need('', 'Codice ATECO del produttore', WHERE.thirdParty),
      need(p.censimp, 'Codice CENSIMP', WHERE.plantTab('CENSIMP')),
      need('', 'Codice sezione', WHERE.gaudi),
      need(p.pod, 'POD della sezione', WHERE.plantTab('POD')),
      SOURCE_IT[p.source],
      p.kWp,
      need(p.commissioningDate ?? '', 'Data di entrata in esercizio', WHERE.plantTab('Entrata in esercizio')),
      p.existing ? 'Esistente (solo valorizzazione)' : 'Nuovo o potenziamento',
    ];
  });

  // Tabella A: one row per withdrawal POD with its final customer [Allegato 2 p.68].
  const tableA: Cell[][] = [];
  for (const m of input.members.filter((x) => x.configurationId !== null)) {
    const pods = m.pods.length > 0 ? m.pods : [''];
    for (const pod of pods) {
      const row = tableA.length + 1;
      const need = (value: string, field: string, whereToFix: string): Cell => {
        if (value.trim() === '') missing.push({ sheet: GSE_SHEETS.tableA, row, field, item: m.name, whereToFix });
        return orEmpty(value);
      };
      tableA.push([
        nameOfConfig(m.configurationId),
        need(pod, 'Codice POD', WHERE.memberTab('POD')),
        m.name,
        need(m.taxCode, 'Codice fiscale del cliente finale', WHERE.memberTab('Codice fiscale')),
        orEmpty(registry(m.id).vatNumber),
        orEmpty(registry(m.id).address),
        CATEGORY_IT[m.category],
        needsAteco(m) ? need(m.ateco, 'Codice ATECO prevalente', WHERE.memberTab('ATECO')) : null,
      ]);
    }
  }

  const substations: Cell[][] = input.configurations.map((c, i) => {
    if (c.substationCode.trim() === '') missing.push({ sheet: GSE_SHEETS.substations, row: i + 1, field: 'Codice cabina primaria', item: c.name, whereToFix: WHERE.configTab });
    const pods = input.members.filter((m) => m.configurationId === c.id).reduce((n, m) => n + m.pods.length, 0);
    return [c.name, orEmpty(c.substationCode), pods, plants.filter((p) => p.configurationId === c.id).length];
  });

  const t = input.community.type;
  const sheets: SheetTable[] = [
    {
      name: GSE_SHEETS.producers,
      caption: `${input.community.name} (${t}) — produttori, impianti e sezioni [RO §2.1.1 p.29; Allegato 2 p.68]`,
      columns: ['Configurazione', 'Impianto', 'Produttore', 'Codice fiscale del produttore', 'Partita IVA del produttore', 'Codice ATECO del produttore', 'Codice CENSIMP', 'Codice sezione', 'POD della sezione', 'Tipo di impianto', 'Potenza (kW)', 'Data di entrata in esercizio', 'Stato'],
      rows: producers,
    },
    {
      name: GSE_SHEETS.tableA,
      caption: `${input.community.name} — Tabella A: punti di connessione in prelievo e clienti finali [Allegato 2 p.68]`,
      columns: ['Configurazione', 'Codice POD', 'Cliente finale', 'Codice fiscale del cliente finale', 'Partita IVA', 'Indirizzo', 'Categoria', 'Codice ATECO prevalente'],
      rows: tableA,
    },
    {
      name: GSE_SHEETS.substations,
      caption: `${input.community.name} — cabina primaria di riferimento di ogni configurazione [RO §2.1.1 p.29]`,
      columns: ['Configurazione', 'Codice cabina primaria', 'POD in prelievo', 'Impianti'],
      rows: substations,
    },
  ];
  return { sheets, missing };
}

/** The "Da completare" sheet: every gap with its sheet, row and where to fix it. */
export function missingSheet(missing: MissingItem[]): SheetTable {
  return {
    name: GSE_SHEETS.missing,
    caption: missing.length === 0 ? 'Nessun dato mancante.' : `${missing.length} dati da completare prima dell'invio al GSE (celle lasciate vuote)`,
    columns: ['Foglio', 'Riga', 'Campo', 'Elemento', 'Dove correggere'],
    rows: missing.map((m) => [m.sheet, m.row, m.field, m.item, m.whereToFix]),
  };
}
