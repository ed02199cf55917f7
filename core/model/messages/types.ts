/**
 * What the core says to a person: a message code with parameters. The sentences live only in
 * the catalogues (`*.it.ts`, `*.en.ts` in this folder); the renderer, the CLI and the reports
 * turn a message into words with `formatMessage(message, lang)`. Pure: no Node, no DOM.
 */
import type { MessageCode } from './catalogue';

export type Lang = 'it' | 'en';

/**
 * Values substituted into a message's `{name}` placeholders: numbers are formatted per
 * language; a nested message (a category's label) is rendered in the same language; a
 * `{it, en}` value is user-authored text (a local rule's title) picked per language; a list
 * is joined with ", ".
 */
export type MessageParam = string | number | Message | LocalText | readonly (string | number | Message | LocalText)[];
export type MessageParams = Record<string, MessageParam>;

export interface Message {
  code: MessageCode;
  params?: MessageParams;
}

/**
 * Text the user typed in both languages (a local rule's title) or language-keyed reference
 * data: not a product sentence, so it carries no code.
 */
export interface LocalText {
  it: string;
  en: string;
}

/** Either a catalogue message or user-authored bilingual text; shown with `textIn`. */
export type Text = Message | LocalText;
