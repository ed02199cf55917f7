/**
 * pdf.js, fetched when the report preview is first opened (about 1 MB of code the other tabs
 * never need). Its worker is the package's own module worker, emitted by Vite as a file of the
 * app: a same-origin script, so the CSP's `script-src 'self'` (which `worker-src` falls back
 * to) admits it without any new directive. WebAssembly decoders are off: the CSP has no
 * 'wasm-unsafe-eval', and the app's own PDFs (pdfkit: embedded fonts, vector charts) need none.
 */
type Pdfjs = typeof import('pdfjs-dist');
let loading: Promise<Pdfjs> | null = null;

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
    return pdfjs;
  });
  return loading;
}
