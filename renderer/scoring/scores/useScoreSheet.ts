// The grid's figures and standings. A change shows at once (the totals are computed here by the same
// engine the service uses), is sent with 'scoring.setScores', and the service's answer is then what is
// shown; a refused change is put back and its message shown. Writes go out one after another, so the
// service sees them in the order the officer typed them.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Ranking, ScaleDefinition, ScoreChange, ScoreEntry, Standing } from '../../../main/contract/index.js';
import { computeStandings, type Member } from '../../../main/scoring/index.js';
import { useWrite } from '../../api/hooks';
import { useNotifyError } from '../../common/actions';
import { applyChange, flatten, reconcile, sheetOf, withChanges, type Sheet } from './sheet';

export interface ScoreSheet {
  sheet: Sheet;
  /** By unit; an object is kept as long as what it says does not change, so unchanged rows stay rendered. */
  standings: ReadonlyMap<number, Standing>;
  /** Writes the changes (one call); false when the service refused them. */
  apply: (changes: ScoreChange[]) => Promise<boolean>;
  saving: boolean;
}

interface State {
  sheet: Sheet;
  version: number;
  /** The service's entries the sheet last took in. */
  seen: readonly ScoreEntry[];
}

function useStableStandings(list: readonly Standing[]): ReadonlyMap<number, Standing> {
  const cache = useRef(new Map<number, { json: string; standing: Standing }>());
  return useMemo(() => {
    const next = new Map<number, { json: string; standing: Standing }>();
    for (const standing of list) {
      const json = JSON.stringify(standing);
      const before = cache.current.get(standing.unitId);
      next.set(standing.unitId, before?.json === json ? before : { json, standing });
    }
    cache.current = next;
    return new Map([...next].map(([unitId, { standing }]) => [unitId, standing]));
  }, [list]);
}

export function useScoreSheet(yearId: number, def: ScaleDefinition, members: readonly Member[], entries: readonly ScoreEntry[]): ScoreSheet {
  const notify = useRef(useNotifyError());
  const write = useWrite('scoring.setScores');
  const send = useRef(write.mutateAsync);
  send.current = write.mutateAsync;
  const versions = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [state, setState] = useState<State>(() => ({ sheet: sheetOf(entries), version: 0, seen: entries }));
  const current = useRef(state);
  current.current = state;
  const [pending, setPending] = useState(0);
  const [answer, setAnswer] = useState<{ version: number; ranking: Ranking } | null>(null);

  // The service's entries after a refresh (this window's writes, an import, another screen): taken in once
  // nothing of ours is on its way, keeping the rows that did not change.
  if (entries !== state.seen && pending === 0) {
    const sheet = reconcile(state.sheet, entries);
    setState({ sheet, seen: entries, version: sheet === state.sheet ? state.version : ++versions.current });
  }

  const apply = useCallback(
    async (changes: ScoreChange[]) => {
      const before = changes.map((c) => current.current.sheet.get(c.unitId)?.get(c.itemKey));
      const version = ++versions.current;
      setState((s) => ({ ...s, sheet: withChanges(s.sheet, changes), version }));
      setPending((n) => n + 1);
      const run = queue.current.then(() => send.current({ yearId, changes }));
      queue.current = run.catch(() => undefined);
      try {
        setAnswer({ version, ranking: await run });
        return true;
      } catch (error) {
        notify.current(error);
        // Put back each refused cell, unless the officer has typed in it again since.
        setState((s) => {
          const sheet = new Map(s.sheet);
          changes.forEach((change, i) => {
            const unit = new Map(sheet.get(change.unitId) ?? []);
            const now = unit.get(change.itemKey);
            if (JSON.stringify(now) !== JSON.stringify(applyChange(before[i], change))) return;
            const was = before[i];
            if (was) unit.set(change.itemKey, was);
            else unit.delete(change.itemKey);
            sheet.set(change.unitId, unit);
          });
          return { ...s, sheet, version: ++versions.current };
        });
        return false;
      } finally {
        setPending((n) => n - 1);
      }
    },
    [yearId],
  );

  const local = useMemo(() => computeStandings(def, [...members], flatten(state.sheet)), [def, members, state.sheet]);
  const trusted = answer !== null && answer.version === state.version && pending === 0 ? answer.ranking.standings : local;
  return { sheet: state.sheet, standings: useStableStandings(trusted), apply, saving: pending > 0 };
}
