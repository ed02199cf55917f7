// @vitest-environment happy-dom
/**
 * The guide's small Markdown: headings, lists, marks and `[RO …]` citations become elements
 * with text content; markup in a page stays text; each cited page number is a button that
 * opens the rules reader on that page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { citations, parseGuide } from '../../../core/api/common/guide-markdown';
import GuideMarkdown from '../../../renderer/src/components/guide/GuideMarkdown.vue';
import { api, resetApi } from '../helpers/api-stub';

vi.mock('../../../renderer/src/api/client', () => import('../helpers/api-stub'));

describe('guide markdown', () => {
  it('splits citations into one link per page named, the first page of a range', () => {
    expect(citations('oltre 1 MW [RO p.10].')).toEqual([
      { kind: 'text', text: 'oltre 1 MW [RO ' },
      { kind: 'cite', text: 'p.10', page: 10 },
      { kind: 'text', text: '].' },
    ]);
    expect(citations('[RO p.18, p.19]').filter((p) => p.kind === 'cite')).toEqual([
      { kind: 'cite', text: 'p.18', page: 18 },
      { kind: 'cite', text: 'p.19', page: 19 },
    ]);
    expect(citations('[RO §2.1.1 pp.28–29; Allegato 3 pp.117–121]').filter((p) => p.kind === 'cite').map((p) => p.kind === 'cite' && p.page)).toEqual([28, 117]);
    // Not a citation of the operating rules: plain text.
    expect(citations('DM 414/2023 p.5 [GSE guida]')).toEqual([{ kind: 'text', text: 'DM 414/2023 p.5 [GSE guida]' }]);
  });

  it('makes headings one level below the page title, lists, paragraphs joined across lines', () => {
    const blocks = parseGuide('Riga uno\nriga due.\n\n## Sezione\n- primo **forte**\n  continua\n- secondo `codice`\n\nFine *qui*.');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'list', 'paragraph']);
    expect(blocks[0]).toEqual({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Riga uno riga due.' }] });
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 3 });
    expect(blocks[2]).toEqual({
      kind: 'list',
      items: [
        [{ kind: 'text', text: 'primo ' }, { kind: 'strong', text: 'forte' }, { kind: 'text', text: ' continua' }],
        [{ kind: 'text', text: 'secondo ' }, { kind: 'code', text: 'codice' }],
      ],
    });
    expect(blocks[3]).toEqual({ kind: 'paragraph', inlines: [{ kind: 'text', text: 'Fine ' }, { kind: 'em', text: 'qui' }, { kind: 'text', text: '.' }] });
  });

  describe('rendered', () => {
    beforeEach(() => {
      setActivePinia(createPinia());
      resetApi();
    });

    it('shows markup as text, never as HTML', () => {
      const w = mount(GuideMarkdown, { props: { markdown: 'Attenzione <script>alert(1)</script> e <img src=x onerror=alert(2)> **<b>no</b>**' } });
      expect(w.find('script').exists()).toBe(false);
      expect(w.find('img').exists()).toBe(false);
      expect(w.find('b').exists()).toBe(false);
      expect(w.text()).toContain('<script>alert(1)</script>');
      expect(w.get('strong').text()).toBe('<b>no</b>');
    });

    it('opens the rules reader on the page a citation names', async () => {
      api.getRulesPage.mockResolvedValue({ page: 39, pdfPage: 40, lastPage: 158, text: 'soglia minima di importo pari a 50 €', title: 'Regole operative', sourceDate: '2024-02-23' });
      const w = mount(GuideMarkdown, { props: { markdown: 'Sotto i 50 € il pagamento slitta [RO p.39].' } });
      const cite = w.get('[data-test="cite"]');
      expect(cite.text()).toBe('p.39');
      await cite.trigger('click');
      expect(api.getRulesPage).toHaveBeenCalledWith({ page: 39 });
    });
  });
});
