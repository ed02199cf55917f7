/**
 * The shipped demonstration project (resources/demo/demo-project.json): illustrative data,
 * marked as such in the file and in the UI, so a workshop can start with one click.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Community, Member, Plant } from '../../model/entities';

export interface DemoProject {
  fileName: string;
  community: Community;
  configurations: { name: string; substationCode: string }[];
  members: (Omit<Member, 'id' | 'configurationId'> & { configurationIndex: number })[];
  plants: (Omit<Plant, 'id' | 'configurationId' | 'ownerMemberId'> & {
    configurationIndex: number;
    ownerMemberIndex: number | null;
  })[];
  /** Hand-drawn perimeters (unofficial) so the demo map has areas; not GSE conventional areas. */
  areas?: { code: string; name: string; polygon: [number, number][] }[];
}

export function loadDemoProject(resourcesDir: string): DemoProject {
  const file = path.join(resourcesDir, 'demo', 'demo-project.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoProject;
}
