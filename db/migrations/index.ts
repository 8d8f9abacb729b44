import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-documents.js';
import * as m0003 from './0003-pledges.js';

// Statically imported so the bundled app carries its migrations; applied in key order.
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-documents': m0002,
  '0003-pledges': m0003,
};
