export type { Lang, LocalText, Message, MessageParam, MessageParams, Text } from './types';
export type { MessageCode } from './catalogue';
export { CATALOGUE } from './catalogue';
export { bilingual, fillPlaceholders, formatMessage, formatParam, isMessage, textIn } from './format';
