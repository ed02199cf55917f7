/** All message catalogues, by language; MessageCode is the set of their keys. */
import { entitiesIt } from './entities.it';
import { entitiesEn } from './entities.en';
import { rulesIt } from './rules.it';
import { rulesEn } from './rules.en';
import { scenarioIt } from './scenario.it';
import { scenarioEn } from './scenario.en';
import { sharingIt } from './sharing.it';
import { sharingEn } from './sharing.en';

const IT = {
  ...entitiesIt,
  ...rulesIt,
  ...scenarioIt,
  ...sharingIt,
};

export type MessageCode = keyof typeof IT;

const EN: Record<MessageCode, string> = {
  ...entitiesEn,
  ...rulesEn,
  ...scenarioEn,
  ...sharingEn,
};

export const CATALOGUE: Readonly<Record<'it' | 'en', Readonly<Record<MessageCode, string>>>> = { it: IT, en: EN };
