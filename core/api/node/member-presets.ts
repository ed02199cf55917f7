/**
 * The kinds of member the map offers when adding one (resources/parameters/member-presets.json):
 * category, load profile and a typical yearly consumption. A broken file is reported by name
 * and field, never silently replaced.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import type { MemberPreset } from '../common';
import { LOAD_PROFILES, MEMBER_CATEGORIES } from '../../model/entities';

const FILE = 'member-presets.json';

const schema = v.object({
  presets: v.pipe(
    v.array(
      v.object({
        key: v.pipe(v.string(), v.minLength(1)),
        category: v.picklist(MEMBER_CATEGORIES),
        loadProfile: v.picklist(LOAD_PROFILES),
        annualKWh: v.pipe(v.number(), v.minValue(1), v.maxValue(100_000_000)),
        label: v.object({ it: v.string(), en: v.string() }),
        source: v.string(),
      }),
    ),
    v.minLength(1),
  ),
});

const cache = new Map<string, MemberPreset[]>();

export function memberPresets(resourcesDir: string): MemberPreset[] {
  const hit = cache.get(resourcesDir);
  if (hit) return hit;
  const file = path.join(resourcesDir, 'parameters', FILE);
  const parsed = v.safeParse(schema, JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new Error(`${FILE}: ${v.getDotPath(issue) ?? ''} ${issue.message}`);
  }
  const presets = parsed.output.presets.map((p) => ({ key: p.key, category: p.category, loadProfile: p.loadProfile, annualKWh: p.annualKWh, label: p.label, source: p.source }));
  cache.set(resourcesDir, presets);
  return presets;
}
