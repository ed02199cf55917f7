// Derives resources/rules-text/regole-operative.json (the GSE operating rules, page by page,
// for the in-app reader that `[RO p.N]` citations open) from the text extracted from the PDF
// in the shared reference folder. Pages there start with "=== printed page N (pdf page M) ===";
// a form feed also separates pages when the text was extracted with one. N is the page number
// printed on the page, the one every `[RO p.N]` in the app cites.
// Usage: node scripts/make-rules-text.mjs [path/to/regole-operative-cacer.txt]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The reference folder sits beside the repository (../shared/reference), as for the tests.
const file = process.argv[2] ?? path.resolve(root, '..', 'shared', 'reference', 'regulation', 'regole-operative-cacer.txt');
if (!fs.existsSync(file)) {
  console.error(`make-rules-text: ${file} not found (the shared reference folder is needed)`);
  process.exit(1);
}
const raw = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
const HEADER = /^=== printed page (\d+) \(pdf page (\d+)\) ===$/gm;
const pages = [];
const marks = [...raw.matchAll(HEADER)];
if (marks.length > 0) {
  marks.forEach((m, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].index : raw.length;
    const text = raw.slice(m.index + m[0].length, end).replace(/\f/g, '');
    pages.push({ page: Number(m[1]), pdfPage: Number(m[2]), text: tidy(text) });
  });
} else {
  // Plain pdftotext output: one form feed per page; the printed number is the PDF page − 1
  // (the cover is unnumbered), as in the GSE file.
  raw.split('\f').forEach((text, i) => text.trim() && pages.push({ page: i, pdfPage: i + 1, text: tidy(text) }));
}

/** Trailing blanks and runs of empty lines go; the layout of each line (indents, tables) stays. */
function tidy(text) {
  return text.split('\n').map((l) => l.trimEnd()).join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}

const out = {
  schemaVersion: 1,
  title: 'DECRETO CACER e TIAD – Regole operative per l’accesso al servizio per l’autoconsumo diffuso e al contributo PNRR',
  publisher: 'GSE – Gestore dei Servizi Energetici',
  sourceDate: '2024-02-23',
  source: 'GSE, Allegato 1 al decreto MASE di approvazione delle regole operative CACER (febbraio 2024)',
  derivedFrom: 'regole-operative-cacer.pdf (text extracted page by page); pages numbered as printed, the cover is page 0',
  derivedBy: 'scripts/make-rules-text.mjs',
  pages,
};
const dest = path.join(root, 'resources', 'rules-text', 'regole-operative.json');
fs.mkdirSync(path.dirname(dest), { recursive: true });
fs.writeFileSync(dest, JSON.stringify(out, null, 1) + '\n');
console.log(`make-rules-text: ${pages.length} pages → ${path.relative(root, dest)} (${(fs.statSync(dest).size / 1024).toFixed(0)} kB)`);
