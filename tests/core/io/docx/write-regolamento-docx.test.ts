/** The DOCX writer on a small document: markup stays text, characters XML cannot hold are dropped, highlights and page numbers are there. */
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { writeRegolamentoDocx, xmlSafe } from '../../../../core/io/docx/write-regolamento-docx';
import type { RegolamentoDocument } from '../../../../core/report/regolamento-document';

const hostile = 'Rossi <img src=x onerror=alert(1)> & figli\u0007\uFFFF\uD800';

const doc: RegolamentoDocument = {
  title: `Regolamento «${hostile}»`,
  subtitle: 'Bozza',
  footer: hostile,
  preamble: [{ text: 'Preambolo ' }, { text: '[DA DECIDERE: quota]', mark: 'decision' }, { text: ' e ' }, { text: '[DA COMPLETARE: comune]', mark: 'missing' }],
  articles: [
    {
      number: 1,
      id: 'esempio',
      title: 'Esempio',
      cite: '[RO p.39]',
      mandatory: false,
      blocks: [
        { kind: 'list', items: [[{ text: '10% al fondo sociale' }]] },
        { kind: 'table', caption: 'Tabella', columns: ['Membro', '€'], rows: [[hostile, '1,00 €']], numeric: [false, true], strong: [0] },
      ],
    },
  ],
  note: 'Nota',
  source: 'Fonte',
};

describe('regolamento DOCX writer', () => {
  it('keeps markup as text, drops what XML cannot hold, highlights decisions and numbers the pages', async () => {
    const zip = unzipSync(await writeRegolamentoDocx(doc, { author: 'test' }));
    const xml = Buffer.from(zip['word/document.xml']!).toString('utf8');
    expect(xml).toContain('Rossi &lt;img src=x onerror=alert(1)&gt; &amp; figli');
    expect(xml).not.toMatch(/[\u0007\uFFFF\uD800]/);
    expect(xml).toContain('Art. 1 — Esempio');
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>/);
    expect(xml).toMatch(/<w:highlight w:val="cyan"\/>/);
    expect(xml).toContain('<w:tbl>');
    const footer = Object.keys(zip).filter((n) => n.startsWith('word/footer')).map((n) => Buffer.from(zip[n]!).toString('utf8')).join('');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    expect(footer).not.toMatch(/[\u0007\uFFFF]/);
  });

  it('keeps surrogate pairs (emoji) and tabs', () => {
    expect(xmlSafe('a\t😀b\u0001')).toBe('a\t😀b');
  });
});
