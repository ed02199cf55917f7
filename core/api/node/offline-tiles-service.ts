/**
 * The offline streets layer's tiles file (MBTiles or PMTiles) this computer uses. The choice is
 * kept in the settings folder (`offline-tiles.json`), not in the project: a desk downloads the
 * file once and every project shows streets. The file stays open while chosen; tiles reach the
 * renderer as data: URLs through the API, so its CSP stays strict and nothing goes online.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { OfflineTile, OfflineTilesState } from '../common';
import { toApiError } from '../common/errors';
import { imageFormat, MIME, openTilesFile, type TilesReader } from '../../io/tiles';

export class OfflineTilesService {
  private reader: TilesReader | null = null;
  private chosen: string | null = null;
  private problem: OfflineTilesState['problem'] = null;
  private loaded = false;

  /** `settingsFile`: where the choice is remembered; `grant`: records the remembered path as allowed. */
  constructor(private readonly settingsFile: string, private readonly grant: (file: string) => void = () => undefined) {}

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    let remembered: unknown = null;
    try {
      remembered = (JSON.parse(fs.readFileSync(this.settingsFile, 'utf8')) as { path?: unknown }).path;
    } catch {
      return; // nothing chosen yet (or an unreadable settings file: as if nothing was chosen)
    }
    if (typeof remembered !== 'string' || remembered === '') return;
    this.chosen = remembered;
    this.grant(remembered); // chosen through the app before: the settings file is the app's record of that grant
    try {
      this.reader = openTilesFile(remembered);
    } catch (e) {
      const err = toApiError(e);
      this.problem = { it: err.messageIt, en: err.message };
    }
  }

  state(): OfflineTilesState {
    this.load();
    return { path: this.chosen, info: this.reader?.info ?? null, problem: this.problem };
  }

  /**
   * Chooses `file` (already resolved through the path policy), or none with null. A file that
   * cannot be used is refused with an error naming it, and the previous choice stays.
   */
  choose(file: string | null): OfflineTilesState {
    this.load();
    const next = file === null ? null : openTilesFile(file);
    this.reader?.close();
    this.reader = next;
    this.chosen = file;
    this.problem = null;
    fs.mkdirSync(path.dirname(this.settingsFile), { recursive: true });
    fs.writeFileSync(this.settingsFile, JSON.stringify({ path: file }, null, 2));
    return this.state();
  }

  /** One tile as a data: URL; null where the file has none (or no file is chosen). */
  tile(z: number, x: number, y: number): OfflineTile {
    this.load();
    const r = this.reader;
    if (!r) return { dataUrl: null };
    const bytes = r.tile(z, x, y);
    if (!bytes) return { dataUrl: null };
    // The bytes say which image it is (checked by the reader), whatever the metadata claim.
    const mime = r.info.kind === 'vector' ? 'application/x-protobuf' : MIME[imageFormat(bytes) ?? 'png'];
    return { dataUrl: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}` };
  }

  dispose(): void {
    this.reader?.close();
    this.reader = null;
  }
}
