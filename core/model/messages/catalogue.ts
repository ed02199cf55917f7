/** All message catalogues, by language; MessageCode is the set of their keys. */
import { entitiesIt } from './entities.it';
import { entitiesEn } from './entities.en';
import { ioIt } from './io.it';
import { ioEn } from './io.en';
import { rulesIt } from './rules.it';
import { rulesEn } from './rules.en';
import { scenarioIt } from './scenario.it';
import { scenarioEn } from './scenario.en';
import { sharingIt } from './sharing.it';
import { sharingEn } from './sharing.en';
import { advisorIt } from './advisor.it';
import { advisorEn } from './advisor.en';
import { apiIt } from './api.it';
import { apiEn } from './api.en';
import { reportIt } from './report.it';
import { reportEn } from './report.en';
import { storeIt } from './store.it';
import { storeEn } from './store.en';
import { historyIt } from './history.it';
import { historyEn } from './history.en';

const IT = {
  ...entitiesIt,
  ...ioIt,
  ...rulesIt,
  ...scenarioIt,
  ...sharingIt,
  ...advisorIt,
  ...apiIt,
  ...reportIt,
  ...storeIt,
  ...historyIt,
};

export type MessageCode = keyof typeof IT;

const EN: Record<MessageCode, string> = {
  ...entitiesEn,
  ...ioEn,
  ...rulesEn,
  ...scenarioEn,
  ...sharingEn,
  ...advisorEn,
  ...apiEn,
  ...reportEn,
  ...storeEn,
  ...historyEn,
};

export const CATALOGUE: Readonly<Record<'it' | 'en', Readonly<Record<MessageCode, string>>>> = { it: IT, en: EN };
