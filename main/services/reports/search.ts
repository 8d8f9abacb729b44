// One search over every year of a bloc: its units (name, short name, head, under the names of each year),
// its register (number and symbol, summary, type) and its meetings (name, place). Diacritics and case are
// ignored with the same matcher the window's lists and dropdowns use.
import type { SearchHit, SearchResults } from '../../contract/index.js';
import { SEARCH_LIMIT } from '../../contract/index.js';
import { compareVietnamese, matchesSearch } from '../../common/vietnamese.js';
import { formatShortDate } from '../../documents/format.js';
import { listEntries } from '../documents/register.js';
import type { Reader } from '../transaction.js';
import { listYears } from '../years/queries.js';

const statusNote = { issued: '', withdrawn: ' (đã thu hồi)', replaced: ' (đã được thay thế)' } as const;

async function unitHits(db: Reader, blocId: number, query: string): Promise<SearchHit[]> {
  const rows = await db
    .selectFrom('yearUnits')
    .innerJoin('years', 'years.id', 'yearUnits.yearId')
    .select(['yearUnits.unitId', 'yearUnits.yearId', 'years.year', 'yearUnits.name', 'yearUnits.shortName', 'yearUnits.headName'])
    .where('years.blocId', '=', blocId)
    .orderBy('years.year')
    .execute();
  const matched = new Map<number, typeof rows>();
  for (const r of rows.filter((r) => matchesSearch(query, r.name, r.shortName, r.headName))) {
    matched.set(r.unitId, [...(matched.get(r.unitId) ?? []), r]);
  }
  const hits = [...matched.values()].map((years): SearchHit => {
    const latest = years.at(-1)!;
    return {
      kind: 'unit',
      yearId: latest.yearId,
      year: latest.year,
      targetId: latest.unitId,
      title: latest.name,
      detail: [latest.shortName !== latest.name ? latest.shortName : '', latest.headName && `Thủ trưởng: ${latest.headName}`]
        .filter(Boolean)
        .join(' · '),
      years: years.map((y) => y.year),
    };
  });
  return hits.sort((a, b) => compareVietnamese(a.title, b.title));
}

export async function searchYears(db: Reader, blocId: number, query: string): Promise<SearchResults> {
  const years = (await listYears(db, blocId)).toReversed();
  const hits = await unitHits(db, blocId, query);
  // The register and the meetings, latest year first.
  for (const year of years) {
    for (const e of (await listEntries(db, year.id)).toReversed()) {
      if (!matchesSearch(query, e.numberText, e.title, e.typeLabel)) continue;
      hits.push({
        kind: 'document',
        yearId: year.id,
        year: year.year,
        targetId: e.id,
        title: e.title,
        detail: `${e.typeLabel} · ${e.numberText} · ${formatShortDate(e.date)}${statusNote[e.status]}`,
        years: [year.year],
      });
    }
  }
  for (const year of years) {
    const meetings = await db.selectFrom('meetings').select(['id', 'name', 'date', 'place']).where('yearId', '=', year.id).orderBy('date').orderBy('id').execute();
    for (const m of meetings) {
      if (!matchesSearch(query, m.name, m.place)) continue;
      hits.push({
        kind: 'meeting',
        yearId: year.id,
        year: year.year,
        targetId: m.id,
        title: m.name,
        detail: [m.date ? formatShortDate(m.date) : 'Chưa có ngày', m.place].filter(Boolean).join(' · '),
        years: [year.year],
      });
    }
  }
  return { hits: hits.slice(0, SEARCH_LIMIT), total: hits.length };
}
