/**
 * A member category or a plant source inside a message, as the reader says it ("Persona
 * fisica", "Fotovoltaico"), never its code ("citizen", "pv"). A code the model does not know
 * (a local rule typed by hand) stays as written.
 */
import { MEMBER_CATEGORIES, PLANT_SOURCES } from './entities';
import type { Message, MessageCode } from './messages';

export function categoryName(category: string): Message | string {
  return (MEMBER_CATEGORIES as readonly string[]).includes(category) ? { code: `entities.category.${category}` as MessageCode } : category;
}

export function plantSourceName(source: string): Message | string {
  return (PLANT_SOURCES as readonly string[]).includes(source) ? { code: `entities.plant-source.${source}` as MessageCode } : source;
}
