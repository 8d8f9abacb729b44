import type { Db } from '../../db/connection.js';
import type { Handlers } from '../contract/index.js';
import { backupsHandlers } from './backups/index.js';
import { blocsHandlers } from './blocs/index.js';
import { documentsHandlers } from './documents/index.js';
import { guideHandlers } from './guide/index.js';
import { registerWorkbookHandlers } from './documents/register-workbook.js';
import { signedCopyHandlers } from './documents/signed-copies.js';
import { handoverHandlers } from './handover/index.js';
import type { ServiceOptions } from './options.js';
import { meetingsHandlers } from './meetings/index.js';
import { pledgesHandlers } from './pledges/index.js';
import { reportsHandlers } from './reports/index.js';
import { scoringHandlers } from './scoring/index.js';
import { settingsHandlers } from './settings/index.js';
import { unitsHandlers } from './units/index.js';
import { votesHandlers } from './votes/index.js';
import { yearsHandlers } from './years/index.js';

/** Every channel of the contract, implemented over one database and one data directory. */
export const createHandlers = (db: Db, options: ServiceOptions): Handlers => ({
  ...blocsHandlers(db),
  ...yearsHandlers(db, options),
  ...unitsHandlers(db, options),
  ...settingsHandlers(db),
  ...meetingsHandlers(db),
  ...documentsHandlers(db, options),
  ...signedCopyHandlers(db, options),
  ...registerWorkbookHandlers(db, options),
  ...pledgesHandlers(db, options),
  ...scoringHandlers(db, options),
  ...votesHandlers(db),
  ...handoverHandlers(db, options),
  ...backupsHandlers(db, options),
  ...guideHandlers(db, options),
  ...reportsHandlers(db),
});

export { createDispatcher, type Dispatch } from './dispatch.js';
export { optionsFor, type DesktopPort, type ServiceOptions } from './options.js';
