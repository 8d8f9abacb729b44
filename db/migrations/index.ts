import type { Migration } from 'kysely';
import * as m0001 from './0001-initial.js';
import * as m0002 from './0002-documents.js';
import * as m0003 from './0003-pledges.js';
import * as m0004 from './0004-document-requests.js';
import * as m0005 from './0005-coded-guards.js';
import * as m0006 from './0006-printed-names.js';
import * as m0007 from './0007-speeches.js';
import * as m0008 from './0008-scoring.js';
import * as m0009 from './0009-votes.js';
import * as m0010 from './0010-handover.js';
import * as m0011 from './0011-year-events.js';
import * as m0012 from './0012-deadlines.js';
import * as m0013 from './0013-signed-copies.js';

// Statically imported so the bundled app carries its migrations; applied in key order.
export const migrations: Record<string, Migration> = {
  '0001-initial': m0001,
  '0002-documents': m0002,
  '0003-pledges': m0003,
  '0004-document-requests': m0004,
  '0005-coded-guards': m0005,
  '0006-printed-names': m0006,
  '0007-speeches': m0007,
  '0008-scoring': m0008,
  '0009-votes': m0009,
  '0010-handover': m0010,
  '0011-year-events': m0011,
  '0012-deadlines': m0012,
  '0013-signed-copies': m0013,
};
