/**
 * The embedded font: Noto Sans (SIL Open Font License) from @fontsource/noto-sans, regular
 * and bold, so the PDF looks the same on every machine and its text can be extracted.
 * Resolved with createRequire so it works from the TypeScript sources and from dist bundles.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let cache: { regular: Buffer; bold: Buffer } | undefined;

export function notoSans(): { regular: Buffer; bold: Buffer } {
  cache ??= {
    regular: fs.readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff')),
    bold: fs.readFileSync(require.resolve('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff')),
  };
  return cache;
}

/**
 * The latin subset has no arrows or maths signs beyond U+2191/2193/2212/2215: these are
 * written out, so nothing prints as an empty box.
 */
const OUTSIDE_SUBSET: Record<string, string> = { '≤': '<=', '≥': '>=', '→': '->', '←': '<-', '×': 'x', '≠': '!=', '≈': '~', '✓': 'v' };

export function printable(text: string): string {
  return text.replace(/[≤≥→←≠≈✓]/g, (c) => OUTSIDE_SUBSET[c] ?? '?');
}
