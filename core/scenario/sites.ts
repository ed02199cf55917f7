/**
 * Where each plant is, for its weather. A plant without coordinates takes its owner's,
 * then the average of its configuration's members, then the centre of Italy — each fallback
 * reported as a warning, since it changes the yield.
 */
import type { Member, Plant } from '../model/entities';

export interface Site {
  lat: number;
  lon: number;
  assumed: 'plant' | 'owner' | 'configuration' | 'italy';
}

/** Geographic centre of Italy (near Narni), used only when nothing better is known. */
export const ITALY_CENTRE = { lat: 42.5, lon: 12.5 };

export function plantSite(plant: Plant, members: Member[]): Site {
  if (plant.lat !== null && plant.lon !== null) return { lat: plant.lat, lon: plant.lon, assumed: 'plant' };
  const owner = members.find((m) => m.id === plant.ownerMemberId);
  if (owner && owner.lat !== null && owner.lon !== null) return { lat: owner.lat, lon: owner.lon, assumed: 'owner' };
  const located = members.filter((m) => m.configurationId === plant.configurationId && m.lat !== null && m.lon !== null);
  if (located.length > 0) {
    const lat = located.reduce((s, m) => s + m.lat!, 0) / located.length;
    const lon = located.reduce((s, m) => s + m.lon!, 0) / located.length;
    return { lat, lon, assumed: 'configuration' };
  }
  return { ...ITALY_CENTRE, assumed: 'italy' };
}
