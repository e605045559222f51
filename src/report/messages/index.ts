/**
 * Messages in the reader's language: one catalogue per language (`en.ts`, `zh.ts`) with `{placeholders}`,
 * and `t()` to fill them. Structured values (amounts, periods, sources, notes) are formatted here, so a
 * stage says what it found as data (a `Note`) and never builds a sentence itself.
 */
import type { Note, NoteValue } from '../../types.js';
import { en, type MessageId } from './en.js';
import { formatValue } from './values.js';
import { zh } from './zh.js';

export type { MessageId } from './en.js';
export { agencyName, formatAmountLike, formatRelative, magnitudeOf } from './values.js';

/** The languages chipcheck speaks. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const CATALOGUES: Record<Lang, Record<MessageId, string>> = { en, zh };

/** The placeholders of a template: `'{a} and {b}'` → `'a' | 'b'`. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

/** The values a message needs, by placeholder name. */
export type Params<K extends MessageId> = [Placeholders<(typeof en)[K]>] extends [never]
  ? Record<string, never>
  : Record<Placeholders<(typeof en)[K]>, NoteValue>;

/**
 * The language of the environment, as gettext chooses it: the first of LC_ALL, LC_MESSAGES, LANG that is
 * set; Chinese (`zh_CN.UTF-8`, `zh_TW`, `zh`) gives zh, anything else en.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '') ?? '';
  return /^zh(?:[_.@-]|$)/iu.test(locale) ? 'zh' : 'en';
}

/** A catalogue message in `lang`, its placeholders filled. */
export function t<K extends MessageId>(lang: Lang, id: K, ...params: Params<K> extends Record<string, never> ? [] : [Params<K>]): string {
  return fill(lang, id, params[0] as Record<string, NoteValue> | undefined);
}

/**
 * Templates split once into literal text and placeholder names (odd indices): a report renders tens of
 * placeholders per claim, and 100,000 claims must not each pay for a regular expression.
 */
const COMPILED: Record<Lang, Map<MessageId, readonly string[]>> = { en: new Map(), zh: new Map() };

function compiled(lang: Lang, id: MessageId): readonly string[] {
  let parts = COMPILED[lang].get(id);
  if (!parts) COMPILED[lang].set(id, (parts = CATALOGUES[lang][id].split(/\{(\w+)\}/u)));
  return parts;
}

function fill(lang: Lang, id: MessageId, params: Readonly<Record<string, NoteValue>> | undefined): string {
  const parts = compiled(lang, id);
  if (parts.length === 1) return parts[0]!;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = params?.[name];
    out += (value === undefined ? `{${name}}` : formatValue(value, lang, render)) + parts[i + 1]!;
  }
  return out;
}

/** A note as the reader reads it. */
export function render(note: Note, lang: Lang): string {
  return fill(lang, note.id, note.params);
}

/** Notes as one message: clauses joined the way the language joins them (`; ` or `；`). */
export function renderNotes(notes: readonly Note[], lang: Lang): string {
  return notes.map((n) => render(n, lang)).reduce((first, rest) => t(lang, 'note.clauses', { first, rest }));
}

/** A note, typed: the id's placeholders must all be given. */
export function note<K extends MessageId>(id: K, ...params: Params<K> extends Record<string, never> ? [] : [Params<K>]): Note {
  return params[0] ? { id, params: params[0] } : { id };
}

const VERSIONS = new Set(['bulletin', 'monthly']);

/** An official version of a figure (`bulletin`, `monthly`) as a catalogue word when it has one. */
export function versionName(version: string): NoteValue {
  return VERSIONS.has(version) ? { term: `version.${version}` as MessageId } : version;
}

/** Parse `--lang`: undefined when it is not a language chipcheck speaks. */
export function parseLang(value: string): Lang | undefined {
  const lower = value.toLowerCase();
  if (lower === 'zh' || lower.startsWith('zh-') || lower.startsWith('zh_')) return 'zh';
  if (lower === 'en' || lower.startsWith('en-') || lower.startsWith('en_')) return 'en';
  return undefined;
}
