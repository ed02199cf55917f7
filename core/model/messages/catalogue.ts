/** All message catalogues, by language; MessageCode is the set of their keys. */
import { rulesIt } from './rules.it';
import { rulesEn } from './rules.en';

const IT = {
  ...rulesIt,
};

export type MessageCode = keyof typeof IT;

const EN: Record<MessageCode, string> = {
  ...rulesEn,
};

export const CATALOGUE: Readonly<Record<'it' | 'en', Readonly<Record<MessageCode, string>>>> = { it: IT, en: EN };
