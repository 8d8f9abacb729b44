// The scale editor's tree edits: what the officer sees after copying, moving or splitting a criterion.
import { describe, expect, it } from 'vitest';
import template from '../../../../assets/defaults/scale.json' with { type: 'json' };
import { scaleDefinition } from '../../../../main/contract/index.js';
import { scaleProblems, scaleSums } from '../../../../main/scoring/scale.js';
import { addPoints, check, draftOf, engineDefinition } from '../../../../renderer/scoring/scale/draft.js';
import { addSub, copyCriterion, moveCriterion, patchSub, removeCriterion, restoreCriterion } from '../../../../renderer/scoring/scale/ops.js';

const start = () => draftOf(scaleDefinition.parse(template));

describe('the scale editor’s edits', () => {
  it('copies a criterion below itself under a new key, so scores never mix the two', () => {
    const copied = copyCriterion(start(), 0, 1);
    const [original, copy] = copied.groups[0]!.criteria.slice(1, 3);
    expect(copy!.name).toBe(original!.name);
    expect(copy!.key).not.toBe(original!.key);
    // The copy adds its maximum: group I no longer adds up, and locking says so.
    expect(scaleSums(engineDefinition(copied)).groups[0]!.max).toBe('70');
    expect(scaleProblems(engineDefinition(copied)).length).toBeGreaterThan(0);
  });

  it('moves a criterion to another group and back without losing it', () => {
    const moved = moveCriterion(start(), 2, 3, 0, 0);
    expect(moved.groups[0]!.criteria[0]!.code).toBe('3.4');
    expect(moved.groups[2]!.criteria).toHaveLength(3);
    const back = moveCriterion(moved, 0, 0, 2, 3);
    expect(back).toEqual(start());
  });

  it('splits a criterion: the first sub-criterion takes its maximum and kind, later ones add to it', () => {
    let d = addSub(start(), 1, 2);
    const parent = () => d.groups[1]!.criteria[2]!;
    expect(parent().children).toHaveLength(1);
    expect(parent().children[0]).toMatchObject({ code: '2.3.a', max: 5, kind: { type: 'count', pointsEach: 1 } });
    d = addSub(d, 1, 2);
    d = patchSub(d, 1, 2, 1, { max: 2.5 });
    expect(parent().max).toBe(7.5);
    expect(check(d).ok).toBe(false); // the new sub-criterion has no name yet
  });

  it('undoes a deletion at its place', () => {
    const d = start();
    const removed = removeCriterion(d, 0, 2);
    expect(restoreCriterion(removed, d.groups[0]!.key, 2, d.groups[0]!.criteria[2]!)).toEqual(d);
  });

  it('adds maximums in exact decimals', () => {
    expect(addPoints([0.1, 0.2, null])).toBe(0.3);
  });
});
