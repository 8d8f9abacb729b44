import { sql, type Kysely } from 'kysely';
import { closedYearGuards, GUARDED_TABLES } from '../guards.js';

// The year end: the vote's rules and the succession (one row per year), the awards proposed with their
// quotas, each award's ballot rounds (a re-vote is a new round, the first kept on record), the candidates
// of a round, and the two independent entries of each round's count. Unit ids never sit inside JSON, so a
// handover package can renumber them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE year_ends (
      year_id INTEGER PRIMARY KEY REFERENCES years(id) ON DELETE CASCADE,
      -- The year-end conference: its check-in gives the members present.
      meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
      threshold_base TEXT NOT NULL DEFAULT 'members' CHECK (threshold_base IN ('members', 'present')),
      threshold_comparison TEXT NOT NULL DEFAULT 'gt' CHECK (threshold_comparison IN ('gt', 'gte')),
      -- "50%", "66,67%" or "2/3".
      threshold TEXT NOT NULL DEFAULT '50%',
      ballot_style TEXT NOT NULL DEFAULT 'mark' CHECK (ballot_style IN ('mark', 'strike')),
      ballots_per_page INTEGER NOT NULL DEFAULT 1 CHECK (ballots_per_page IN (1, 2)),
      -- JSON: [{ name, position, role: 'head' | 'member' }]
      tellers TEXT NOT NULL DEFAULT '[]',
      next_head_unit_id INTEGER REFERENCES units(id),
      next_deputy_unit_id INTEGER REFERENCES units(id),
      succession_source TEXT CHECK (succession_source IN ('vote', 'rotation')),
      -- Why the year was closed with items of the checklist still open.
      closing_reason TEXT NOT NULL DEFAULT ''
    )`.execute(db);

  await sql`
    CREATE TABLE awards (
      id INTEGER PRIMARY KEY,
      year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('flag', 'certificate', 'other')),
      name TEXT NOT NULL,
      quota INTEGER NOT NULL CHECK (quota BETWEEN 1 AND 50),
      candidate_count INTEGER NOT NULL CHECK (candidate_count BETWEEN 1 AND 60),
      -- The lowest classification a candidate may have ('' any), by the band's label.
      min_band TEXT NOT NULL DEFAULT ''
    )`.execute(db);

  await sql`
    CREATE TABLE award_rounds (
      id INTEGER PRIMARY KEY,
      award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE,
      number INTEGER NOT NULL CHECK (number >= 1),
      seats INTEGER NOT NULL CHECK (seats >= 1),
      created_at TEXT NOT NULL DEFAULT (datetime('now')),
      UNIQUE (award_id, number)
    )`.execute(db);

  await sql`
    CREATE TABLE round_candidates (
      round_id INTEGER NOT NULL REFERENCES award_rounds(id) ON DELETE CASCADE,
      unit_id INTEGER NOT NULL REFERENCES units(id),
      position INTEGER NOT NULL,
      included INTEGER NOT NULL CHECK (included IN (0, 1)),
      -- Proposed from the ranking; a change from the proposal carries its reason.
      proposed INTEGER NOT NULL CHECK (proposed IN (0, 1)),
      reason TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (round_id, unit_id)
    ) WITHOUT ROWID`.execute(db);

  await sql`
    CREATE TABLE tallies (
      round_id INTEGER NOT NULL REFERENCES award_rounds(id) ON DELETE CASCADE,
      entry INTEGER NOT NULL CHECK (entry IN (1, 2)),
      issued INTEGER NOT NULL CHECK (issued >= 0),
      returned INTEGER NOT NULL CHECK (returned >= 0),
      valid INTEGER NOT NULL CHECK (valid >= 0),
      invalid INTEGER NOT NULL CHECK (invalid >= 0),
      entered_by TEXT NOT NULL DEFAULT '',
      entered_at TEXT NOT NULL DEFAULT (datetime('now')),
      PRIMARY KEY (round_id, entry)
    ) WITHOUT ROWID`.execute(db);

  await sql`
    CREATE TABLE tally_votes (
      round_id INTEGER NOT NULL,
      entry INTEGER NOT NULL,
      unit_id INTEGER NOT NULL REFERENCES units(id),
      votes INTEGER NOT NULL CHECK (votes >= 0),
      PRIMARY KEY (round_id, entry, unit_id),
      FOREIGN KEY (round_id, entry) REFERENCES tallies(round_id, entry) ON DELETE CASCADE
    ) WITHOUT ROWID`.execute(db);

  for (const table of ['year_ends', 'awards', 'award_rounds', 'round_candidates', 'tallies', 'tally_votes']) {
    await closedYearGuards(db, table, GUARDED_TABLES[table]);
  }
}

export async function down(): Promise<void> {
  throw new Error('Downgrading the database is not supported');
}
