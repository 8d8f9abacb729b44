// Shared by the scoring tests: the bloc's template scale, and entries written the way the grid stores them.
import fs from 'node:fs';
import { scaleDefinition, type ScaleDefinition, type ScaleDefinitionInput, type ScoreEntry, type Standing } from '../../../main/contract/scoring.js';

export const templateInput = (): ScaleDefinitionInput => JSON.parse(fs.readFileSync('assets/defaults/scale.json', 'utf8')) as ScaleDefinitionInput;

export const template = (): ScaleDefinition => scaleDefinition.parse(templateInput());

/** The template changed by `edit` (on the input, before defaults), then parsed. */
export function templateWith(edit: (input: ScaleDefinitionInput) => void): ScaleDefinition {
  const input = templateInput();
  edit(input);
  return scaleDefinition.parse(input);
}

export const scale = (input: ScaleDefinitionInput): ScaleDefinition => scaleDefinition.parse(input);

export function entry(unitId: number, itemKey: string, self: string | null, bloc: string | null = null, reason = ''): ScoreEntry {
  return { unitId, itemKey, self, bloc, reason, note: '' };
}

/** The template's criteria at full marks (100): 1.1 30, 1.2–1.4 10, group II and III 5 each (2.3 counts 5 times). */
export const FULL: Record<string, string> = {
  'c1-1': '30',
  'c1-2': '10',
  'c1-3': '10',
  'c1-4': '10',
  'c2-1': '5',
  'c2-2': '5',
  'c2-3': '5',
  'c2-4': '5',
  'c3-1': '5',
  'c3-2': '5',
  'c3-3': '5',
  'c3-4': '5',
};

/** Self entries for every template criterion at full marks, but for the figures in `changes` (and any bonus/deduction keys given there). */
export function selfScores(unitId: number, changes: Record<string, string | null> = {}): ScoreEntry[] {
  const figures = { ...FULL, ...changes };
  return Object.entries(figures).map(([key, value]) => entry(unitId, key, value));
}

export function standingOf(standings: Standing[], unitId: number): Standing {
  const found = standings.find((s) => s.unitId === unitId);
  if (!found) throw new Error(`no standing for unit ${unitId}`);
  return found;
}
