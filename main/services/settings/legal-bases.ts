/**
 * The legal bases a year cites by default: those of assets/defaults/settings.json in force on the year's
 * 1 January, their placeholders filled from the year and the bloc's profile; and how a year copied from an
 * earlier one brings its bases up to date.
 */
import defaults from '../../../assets/defaults/settings.json' with { type: 'json' };
import type { YearProfile } from '../../contract/index.js';
import { cleanText } from '../../common/vietnamese.js';
import { endLines } from '../../documents/kinds/shared/text.js';

interface LegalBasis {
  /** Bases of one topic (the law, its decree…) replace each other over time. */
  topic: string;
  text: string;
  /** yyyy-mm-dd, inclusive; null: open. */
  from: string | null;
  until: string | null;
}

/** What the placeholders are filled from. */
export type LegalContext = Pick<YearProfile, 'blocName' | 'governingBody' | 'place'> & { year: number };

const bases: LegalBasis[] = defaults.legalBases;

const inForce = (b: LegalBasis, date: string) => (b.from === null || b.from <= date) && (b.until === null || date <= b.until);

/** "tỉnh Bắc Kạn", or "thành phố Hà Nội" when the governing body is a city's committee. */
const provinceOf = (c: LegalContext) => `${/THÀNH PHỐ|TP\./iu.test(c.governingBody) ? 'thành phố' : 'tỉnh'} ${c.place}`;

const fill = (text: string, c: LegalContext) =>
  cleanText(text.replaceAll('{year}', String(c.year)).replaceAll('{province}', provinceOf(c)).replaceAll('{blocName}', c.blocName));

/** Compared without case, spacing or the closing ";"/"." a list gives each line. */
const key = (line: string) => cleanText(line).replace(/[;.]\s*$/, '').toLocaleLowerCase('vi');

const yearBases = (c: LegalContext) => bases.filter((b) => inForce(b, `${c.year}-01-01`));

/** The year's defaults, each line ending ";" and the last ".". */
export const defaultLegalBases = (c: LegalContext): string[] => endLines(yearBases(c).map((b) => fill(b.text, c)));

/**
 * The bases of a year copied from `from`: each line that is one of the shipped bases (as `from` fills it)
 * becomes what its topic is in the new year, or goes when the topic has nothing in force then; the
 * officer's own lines stay as written and where they were. A topic the officer removed is not brought back.
 */
export function rollLegalBases(lines: string[], from: LegalContext, to: LegalContext): string[] {
  const topicOf = new Map(bases.map((b) => [key(fill(b.text, from)), b.topic]));
  const current = yearBases(to);
  const emitted = new Set<string>();
  const out = lines.flatMap((line) => {
    const topic = topicOf.get(key(line));
    if (topic === undefined) return [line];
    if (emitted.has(topic)) return [];
    emitted.add(topic);
    return current.filter((b) => b.topic === topic).map((b) => fill(b.text, to));
  });
  return endLines(out);
}
