/**
 * The product's embedded default climate for Italy (resources/climate/italy-monthly-climate.json):
 * 35 reference locations, monthly mean daily GHI [kWh/m²/day] and mean temperature [°C].
 * Sources (see the file's "sources" field): compiled and rounded from ENEA "Atlante italiano
 * della radiazione solare" / PVGIS-SARAH monthly climatology and ISPRA-SCIA / UNI 10349-1:2016
 * temperature normals; approximate (≈ ±5 % monthly).
 */
import data from '../../resources/climate/italy-monthly-climate.json';
import type { ClimateTable } from './climateTable';

export const DEFAULT_CLIMATE: ClimateTable = data as ClimateTable;
