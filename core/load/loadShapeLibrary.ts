/**
 * The product's own typical load shapes, one per load-profile kind.
 * Basis and sources: each shape's doc comment and resources/load-shapes/README.md.
 */
import type { LoadProfileKind } from '../model/entities';
import type { LoadShapeDefinition } from './loadShapeDefinition';
import { HOUSEHOLD_SHAPE } from './shapes/household';
import { MUNICIPAL_BUILDING_SHAPE } from './shapes/municipalBuilding';
import { OFFICE_SHAPE } from './shapes/office';
import { PUBLIC_LIGHTING_SHAPE } from './shapes/publicLighting';
import { SCHOOL_SHAPE } from './shapes/school';
import { SHOP_SHAPE } from './shapes/shop';
import { SME_ONE_SHIFT_SHAPE } from './shapes/smeOneShift';
import { SME_THREE_SHIFT_SHAPE } from './shapes/smeThreeShift';

export const LOAD_SHAPES: Readonly<Record<LoadProfileKind, LoadShapeDefinition>> = {
  household: HOUSEHOLD_SHAPE,
  office: OFFICE_SHAPE,
  shop: SHOP_SHAPE,
  school: SCHOOL_SHAPE,
  municipal_building: MUNICIPAL_BUILDING_SHAPE,
  public_lighting: PUBLIC_LIGHTING_SHAPE,
  sme_one_shift: SME_ONE_SHIFT_SHAPE,
  sme_three_shift: SME_THREE_SHIFT_SHAPE,
};

export function loadShapeOf(kind: LoadProfileKind): LoadShapeDefinition {
  const shape = LOAD_SHAPES[kind];
  if (!shape) throw new RangeError(`Unknown load profile kind "${String(kind)}"`);
  return shape;
}
