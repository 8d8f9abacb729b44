// The demo bloc is built through the same operations an officer uses, in one transaction.
import demo from '../../../assets/demo/demo-bloc.json' with { type: 'json' };
import { meetingFields, membershipFields, newBloc, pledgeFields, settingsFields } from '../../contract/index.js';
import type { Trx } from '../transaction.js';
import { createBloc } from '../blocs/create.js';
import { createUnit, mergeUnits } from '../units/index.js';
import { listMembers } from '../units/queries.js';
import { createYear, setLeadership } from '../years/index.js';
import { createMeeting, setAttendance } from '../meetings/index.js';
import { defaultSettings, toRow } from '../settings/queries.js';
import { savePledge } from '../pledges/index.js';
import { templateContents } from '../pledges/queries.js';
import { findYear } from '../years/queries.js';
import { lockScale, templateDefinition, writeDraft } from '../scoring/scales.js';
import { setScores } from '../scoring/scores.js';

type DemoUnit = { key: string; name: string; shortName: string; headPosition: string; headName: string };

export async function seedDemoBloc(trx: Trx): Promise<{ blocId: number; yearId: number }> {
  const [first, ...later] = demo.years;
  if (!first) throw new Error('demo-bloc.json has no years');
  const { blocId, yearId } = await createBloc(trx, newBloc.parse({ ...demo.bloc, firstYear: first.year }));
  const unitIds = new Map<string, number>();
  const fields = (u: DemoUnit) => membershipFields.parse(u);

  for (const key of first.members ?? []) {
    const unit = demo.units.find((u) => u.key === key);
    if (!unit) throw new Error(`demo unit ${key} is not described`);
    unitIds.set(key, (await createUnit(trx, yearId, fields(unit))).unitId);
  }
  const idOf = (key: string | null | undefined) => {
    if (!key) return null;
    const found = unitIds.get(key);
    if (found === undefined) throw new Error(`demo unit ${key} is unknown`);
    return found;
  };

  // The first year's settings, its legal bases those in force in that year; every later year copies them
  // and brings the legal bases to its own year.
  const firstYear = await findYear(trx, yearId);
  await trx.insertInto('settings').values(toRow(yearId, settingsFields.parse({ ...defaultSettings(firstYear), ...demo.settings }))).execute();

  let lastYearId = yearId;
  for (const entry of [first, ...later]) {
    const year = entry === first ? { id: yearId } : await createYear(trx, { blocId, year: entry.year });
    if ('merge' in entry && entry.merge) {
      const merged = await mergeUnits(trx, {
        blocId,
        unitIds: entry.merge.units.map((key) => idOf(key) as number),
        fromYear: entry.year,
        newUnit: fields(entry.merge.into),
      });
      unitIds.set(entry.merge.into.key, merged.id);
    }
    await setLeadership(trx, { yearId: year.id, headUnitId: idOf(entry.headUnit), deputyUnitId: idOf(entry.deputyUnit) });
    // The laws in force that year: a 2022 proposal cites the 2003 law and Decree 91/2017, not today's.
    if ('legalBases' in entry && entry.legalBases) {
      await trx.updateTable('settings').set({ legalBases: JSON.stringify(entry.legalBases) }).where('yearId', '=', year.id).execute();
    }
    for (const m of ('meetings' in entry && entry.meetings) || []) {
      const { host, attendance, ...fields } = m;
      const meeting = await createMeeting(trx, year.id, meetingFields.parse({ ...fields, hostUnitId: idOf(host) }));
      // "all": every member checked in present, as at the 2018 signing conference.
      if (attendance === 'all') {
        const members = await listMembers(trx, year.id);
        const present = members.map((u) => ({ unitId: u.unitId, status: 'present' as const, representedBy: '' }));
        await setAttendance(trx, { meetingId: meeting.id, attendance: present });
      }
    }
    // The year's pledge: the template's wording around the demo's own commitments and legal bases.
    if ('pledge' in entry && entry.pledge) {
      const draft = await templateContents(trx, await findYear(trx, year.id));
      const { _about, items, ...own } = entry.pledge;
      await savePledge(trx, year.id, pledgeFields.parse({ ...draft, ...own, groups: [{ title: '', items: items.map((text) => ({ text })) }] }));
    }
    if ('scoring' in entry && entry.scoring) await seedScores(trx, year.id, entry.scoring.scores, idOf);
    lastYearId = year.id;
  }
  return { blocId, yearId: lastYearId };
}

type DemoFigure = { self: number; bloc?: number; reason?: string };

/** The year's scale (the bloc template, locked) and each unit's figures, written as the officer would. */
async function seedScores(trx: Trx, yearId: number, scores: Record<string, Record<string, DemoFigure>>, idOf: (key: string) => number | null) {
  await writeDraft(trx, yearId, templateDefinition());
  await lockScale(trx, yearId, '2022-11-30T00:00:00.000Z');
  const changes = Object.entries(scores).flatMap(([unit, items]) =>
    Object.entries(items).map(([itemKey, f]) => ({
      unitId: idOf(unit) as number,
      itemKey,
      self: String(f.self),
      ...(f.bloc !== undefined && { bloc: String(f.bloc), reason: f.reason ?? '' }),
    })),
  );
  await setScores(trx, yearId, changes);
}
