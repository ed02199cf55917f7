/**
 * `condivisa export <file.condivisa> --workbook <out.xlsx> | --gse <out.xlsx> | --checklist <out.xlsx> | --report <out.pdf> | --regolamento <out.docx> | --dossier <out.zip> [--call <id>] | --call <id> <out.xlsx> | --member-sheet <POD> <out.pdf> [--lang it|en]`:
 * the project workbook, the GSE application data, the Allegato 3 document checklist, the technical report, the regolamento draft, the dossier,
 * a funding call (resources/calls/<id>.json) assessed on the project's plants, one member's sheet.
 * With --dossier, --call <id> also puts the call's workbook in the dossier (as the app's call screen does); its own
 * output file is then optional. Several outputs may be asked at once. */
import path from 'node:path';
import type { CommandModule } from '../main';
import { parse, requirePositional, writeBase64Output } from '../args';
import { UserError } from '../errors';
import { createHostService } from '../../core/api/node/host-setup';

export const command: CommandModule = {
  summary: 'export the project workbook, the GSE application data, the document checklist (.xlsx), the technical report (.pdf), the regolamento draft (.docx), the dossier (.zip) or a funding-call assessment (.xlsx)',
  usage: [
    'condivisa export <file.condivisa> [--workbook <out.xlsx>] [--gse <out.xlsx>] [--checklist <out.xlsx>] [--report <out.pdf>] [--regolamento <out.docx>] [--dossier <out.zip>] [--call <id> [<out.xlsx>] | --member-sheet <POD> <out.pdf>] [--lang it|en]',
    '',
    '  --dossier <out.zip> --call <id>   the dossier with the funding call\'s workbook inside',
    '                                    (il fascicolo con dentro il foglio del bando); ids: condivisa api - listFundingCalls',
    '  --call <id> <out.xlsx>            the funding call\'s workbook alone (il foglio del bando da solo)',
    '  --lang it|en                      language of the files (lingua dei file), default it',
  ].join('\n'),
  async run(argv) {
    const { values, positionals } = parse(
      argv,
      { workbook: { type: 'string' }, gse: { type: 'string' }, checklist: { type: 'string' }, report: { type: 'string' }, regolamento: { type: 'string' }, dossier: { type: 'string' }, call: { type: 'string' }, 'member-sheet': { type: 'string' }, lang: { type: 'string', default: 'it' } },
      2,
    );
    const project = path.resolve(requirePositional(positionals, 0, 'project file'));
    const lang = values.lang;
    if (lang !== 'it' && lang !== 'en') throw new UserError('--lang must be it or en');
    const wanted = (['workbook', 'gse', 'checklist', 'report', 'regolamento', 'dossier'] as const).filter((k) => typeof values[k] === 'string');
    // --call and --member-sheet take an id (the call's, a member's POD); the output is the second
    // positional (condivisa export p.condivisa --call pnrr-cer out.xlsx), so one of them per run.
    const sheetPod = values['member-sheet'];
    if (values.call !== undefined && sheetPod !== undefined) throw new UserError('give --call or --member-sheet, one per run: each takes the output file after it');
    const callOut = positionals[1];
    // With --dossier the call goes into the dossier: its own workbook file is then optional.
    const callInDossier = values.call !== undefined && values.dossier !== undefined;
    const twoPart = values.call !== undefined ? '--call <id> <out.xlsx>' : sheetPod !== undefined ? '--member-sheet <POD> <out.pdf>' : null;
    if (twoPart !== null && callOut === undefined && !callInDossier) {
      const hint = values.call !== undefined ? ' (or --dossier <out.zip> --call <id> to put it in the dossier)' : '';
      throw new UserError(`${twoPart.split(' ').slice(0, 2).join(' ')} needs the output file: condivisa export <file> ${twoPart}${hint}`);
    }
    if (twoPart === null && callOut !== undefined) throw new UserError(`unexpected argument "${callOut}"`);
    if (sheetPod !== undefined) {
      const service = createHostService('cli', { workspaceDir: process.cwd() });
      try {
        writeBase64Output(path.resolve(callOut!), (await service.exportMemberSheet({ project, pod: sheetPod, lang })).base64);
      } finally {
        service.dispose();
      }
      if (wanted.length === 0) return 0;
    }
    if (wanted.length === 0 && values.call === undefined) throw new UserError('give at least one of --workbook <out.xlsx>, --gse <out.xlsx>, --checklist <out.xlsx>, --report <out.pdf>, --regolamento <out.docx>, --dossier <out.zip>, --call <id> <out.xlsx>, --member-sheet <POD> <out.pdf>');
    const service = createHostService('cli', { workspaceDir: process.cwd() });
    try {
      // An unknown (or broken) call is refused by its id before any file is written.
      if (values.call !== undefined) await service.assessFundingCall({ project, call: values.call });
      for (const kind of wanted) {
        const out = path.resolve(values[kind] as string);
        if (kind === 'workbook') writeBase64Output(out, (await service.exportProjectWorkbook({ project })).base64);
        if (kind === 'checklist') writeBase64Output(out, (await service.exportChecklist({ project, lang })).base64);
        if (kind === 'report') writeBase64Output(out, (await service.exportReport({ project, lang })).base64);
        if (kind === 'regolamento') writeBase64Output(out, (await service.exportRegolamento({ project })).base64);
        if (kind === 'dossier') writeBase64Output(out, (await service.exportDossier({ project, lang, ...(callInDossier ? { call: values.call } : {}) })).base64);
        if (kind === 'gse') {
          const file = await service.exportGseData({ project });
          writeBase64Output(out, file.base64);
          // The file is produced anyway; the gaps are named in its "Da completare" sheet.
          if (file.missing) process.stderr.write(`${file.missing} dati da completare: vedere il foglio «Da completare» di ${path.basename(out)}\n`);
        }
      }
      if (values.call !== undefined && callOut !== undefined) {
        writeBase64Output(path.resolve(callOut), (await service.exportFundingCall({ project, call: values.call, lang })).base64);
      }
      return 0;
    } finally {
      service.dispose();
    }
  },
};
