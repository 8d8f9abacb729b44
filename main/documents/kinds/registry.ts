/**
 * Every document kind, by key. The contract's request union, the type labels, the register's type
 * column and the document screen's type picker are derived from this list: a new kind is its folder
 * and one line here (and one in the renderer's registry, renderer/documents/kinds/registry.ts).
 */
import { agenda } from './agenda/index.js';
import { annualReport } from './annual-report/index.js';
import { ballot } from './ballot/index.js';
import { invitation } from './invitation/index.js';
import { letter } from './letter/index.js';
import { minutes } from './minutes/index.js';
import { pledge } from './pledge/index.js';
import { proposal } from './proposal/index.js';
import { report } from './report/index.js';
import { scoreSummary } from './score-summary/index.js';
import type { AnyKind } from './shared/kind.js';
import { voteCountMinutes } from './vote-count-minutes/index.js';

export const kinds = {
  invitation,
  agenda,
  minutes,
  report,
  letter,
  pledge,
  scoreSummary,
  ballot,
  voteCountMinutes,
  proposal,
  annualReport,
} as const;

export type Kinds = typeof kinds;
export type KindKey = keyof Kinds;
export const kindKeys = Object.keys(kinds) as [KindKey, ...KindKey[]];

/** A kind with its types erased, for code that handles every kind alike (the services). */
export const kindOf = (key: KindKey): AnyKind => kinds[key] as AnyKind;
