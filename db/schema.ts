// Row types of the database, as kysely sees them. Column names are snake_case
// in SQL; kysely's CamelCasePlugin maps them to the camelCase names below.
import type { Generated, ColumnType } from 'kysely';

type CreatedAt = ColumnType<string, string | undefined, never>;

export interface BlocTable {
  id: Generated<number>;
  name: string;
  createdAt: CreatedAt;
}

/** A year of a bloc, with the profile fields that can change from year to year. */
export interface YearTable {
  id: Generated<number>;
  blocId: number;
  year: number;
  status: 'open' | 'closed';
  headUnitId: number | null;
  deputyUnitId: number | null;
  blocName: string;
  governingBody: string;
  issuingBody: string;
  symbol: string;
  place: string;
  provincialBoard: string;
}

/** A unit as an identity across years; its name and head live in year_units. */
export interface UnitTable {
  id: Generated<number>;
  blocId: number;
  name: string;
  shortName: string;
  /** Last year the unit took part; null while it is active. */
  endYear: number | null;
  /** The unit it merged into, when it ended by a merger. */
  successorUnitId: number | null;
  createdAt: CreatedAt;
}

/** Membership of a unit in a year, with everything that is per year. */
export interface YearUnitTable {
  yearId: number;
  unitId: number;
  name: string;
  shortName: string;
  headName: string;
  headPosition: string;
  deputySigns: number;
  deputyName: string;
  deputyPosition: string;
  address: string;
  phone: string;
  email: string;
  officerName: string;
}

export interface Database {
  blocs: BlocTable;
  years: YearTable;
  units: UnitTable;
  yearUnits: YearUnitTable;
}
