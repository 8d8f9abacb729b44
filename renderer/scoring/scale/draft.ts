// The scale as the editor holds it: the contract's definition, except that a figure may be empty (null)
// while the officer retypes it. The contract's own schema says what is wrong before anything is saved, and
// the engine sees the empty figures as 0 so that the sums stay live while typing.
import { scaleDefinition, type ScaleDefinition, type TieBreak } from '../../../main/contract/index.js';
import { toRoman } from '../../../main/documents/format.js';
import { plain, toBig } from '../../../main/scoring/decimal.js';

export type Figure = number | null;

export type DraftKind =
  | { type: 'judgement' }
  | { type: 'passFail' }
  | { type: 'count'; pointsEach: Figure }
  | { type: 'target'; target: Figure; unit: string };

export interface DraftSub {
  key: string;
  code: string;
  name: string;
  max: Figure;
  guidance: string;
  kind: DraftKind;
}
export interface DraftCriterion extends DraftSub {
  children: DraftSub[];
}
export interface DraftGroup {
  key: string;
  code: string;
  name: string;
  max: Figure;
  guidance: string;
  criteria: DraftCriterion[];
}
export interface DraftBonus {
  key: string;
  name: string;
  points: Figure;
  maxCount: Figure;
}
export interface DraftDeduction {
  key: string;
  name: string;
  points: Figure;
  disqualifies: boolean;
}
export interface DraftBand {
  min: Figure;
  label: string;
}
export interface Draft {
  base: Figure;
  bonusCap: Figure;
  groups: DraftGroup[];
  bonus: DraftBonus[];
  deductions: DraftDeduction[];
  bands: DraftBand[];
  tieBreaks: TieBreak[];
}

export const draftOf = (definition: ScaleDefinition): Draft => structuredClone(definition);

let counter = 0;
/** A key no item of the scale has: scores refer to it, so a copy never shares its original's. */
export const newKey = (): string => `k${Date.now().toString(36)}${(counter++).toString(36)}`;

const figure = (v: Figure): number => v ?? 0;
const engineKind = (k: DraftKind): ScaleDefinition['groups'][number]['criteria'][number]['kind'] => {
  if (k.type === 'count') return { type: 'count', pointsEach: figure(k.pointsEach) };
  if (k.type === 'target') return { type: 'target', target: figure(k.target), unit: k.unit };
  return k;
};
const engineSub = (s: DraftSub) => ({ ...s, max: figure(s.max), kind: engineKind(s.kind) });

/** The draft as the engine reads it for the live sums and problems: an empty figure counts as 0. */
export const engineDefinition = (d: Draft): ScaleDefinition => ({
  base: figure(d.base),
  bonusCap: figure(d.bonusCap),
  groups: d.groups.map((g) => ({
    ...g,
    max: figure(g.max),
    criteria: g.criteria.map((c) => ({ ...engineSub(c), children: c.children.map(engineSub) })),
  })),
  bonus: d.bonus.map((b) => ({ ...b, points: figure(b.points), maxCount: figure(b.maxCount) })),
  deductions: d.deductions.map((x) => ({ ...x, points: figure(x.points) })),
  bands: d.bands.map((b) => ({ ...b, min: figure(b.min) })),
  tieBreaks: d.tieBreaks,
});

type Checked = { ok: true; definition: ScaleDefinition } | { ok: false; errors: Record<string, string> };

/** The contract's verdict on the draft: the definition to save, or each field's message by its path. */
export function check(d: Draft): Checked {
  const parsed = scaleDefinition.safeParse(d);
  if (parsed.success) return { ok: true, definition: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return { ok: false, errors };
}

/** Points added in exact decimals (the engine's), so 0.1 + 0.2 shows as 0.3. */
export const addPoints = (values: Figure[]): number => Number(plain(values.reduce((sum, v) => sum.plus(toBig(figure(v))), toBig(0))));

/** A criterion with sub-criteria is worth what they add up to. */
export const withChildren = (c: DraftCriterion, children: DraftSub[]): DraftCriterion => ({
  ...c,
  children,
  max: children.length > 0 ? addPoints(children.map((s) => s.max)) : c.max,
});

export const blankCriterion = (code: string): DraftCriterion => ({
  key: newKey(),
  code,
  name: '',
  max: null,
  guidance: '',
  kind: { type: 'judgement' },
  children: [],
});

export const blankGroup = (index: number): DraftGroup => ({
  key: newKey(),
  code: toRoman(index + 1),
  name: '',
  max: null,
  guidance: '',
  criteria: [],
});

/** "Bắt đầu trống": one group to fill in, the usual base of 100. */
export const blankDraft = (): Draft => ({
  base: 100,
  bonusCap: 0,
  groups: [blankGroup(0)],
  bonus: [],
  deductions: [],
  bands: [],
  tieBreaks: [{ type: 'revote' }],
});

const COPY_SUFFIX = ' (sao)';
/** The copy's code: its own, marked, within the contract's 20 characters. */
const copyCode = (code: string): string => `${code.slice(0, 20 - COPY_SUFFIX.length)}${COPY_SUFFIX}`;

/** A copy of a sub-criterion under a new key. */
export const copyOfSub = (s: DraftSub): DraftSub => ({ ...structuredClone(s), key: newKey(), code: copyCode(s.code) });

/** A copy of a criterion and of its sub-criteria, all under new keys (the sub-criteria keep their codes). */
export const copyOfCriterion = (c: DraftCriterion): DraftCriterion => ({
  ...structuredClone(c),
  key: newKey(),
  code: copyCode(c.code),
  children: c.children.map((s) => ({ ...structuredClone(s), key: newKey() })),
});

/** The next code after the last one of a list: "1.3" after "1.2", "1.1.c" after "1.1.b". */
export function nextCode(codes: string[], fallback: string): string {
  const last = codes.at(-1);
  if (!last) return fallback;
  const number = /^(.*?)(\d+)$/.exec(last);
  if (number) return `${number[1]}${Number(number[2]) + 1}`;
  const letter = /^(.*?)([a-y])$/.exec(last);
  if (letter) return `${letter[1]}${String.fromCharCode((letter[2] as string).charCodeAt(0) + 1)}`;
  return fallback;
}

/** Codes by position, as the bloc writes them: I, II…; 1.1, 1.2…; 1.1.a, 1.1.b… */
export function renumbered(d: Draft): Draft {
  return {
    ...d,
    groups: d.groups.map((g, gi) => ({
      ...g,
      code: toRoman(gi + 1),
      criteria: g.criteria.map((c, ci) => {
        const code = `${gi + 1}.${ci + 1}`;
        return { ...c, code, children: c.children.map((s, si) => ({ ...s, code: `${code}.${String.fromCharCode(97 + (si % 26))}` })) };
      }),
    })),
  };
}

export const move = <T>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item as T);
  return next;
};

export const insertAt = <T>(items: T[], index: number, item: T): T[] => [...items.slice(0, index), item, ...items.slice(index)];

/** Whether replacing the draft loses work: any group or criterion with something typed in. */
export const hasContent = (d: Draft): boolean => d.groups.some((g) => g.name.trim() !== '' || g.criteria.length > 0);
