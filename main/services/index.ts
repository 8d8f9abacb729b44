import type { Db } from '../../db/connection.js';
import type { Handlers } from '../contract/index.js';
import { blocsHandlers } from './blocs/index.js';
import { unitsHandlers } from './units/index.js';
import { yearsHandlers } from './years/index.js';

/** Every channel of the contract, implemented over one database. */
export const createHandlers = (db: Db): Handlers => ({
  ...blocsHandlers(db),
  ...yearsHandlers(db),
  ...unitsHandlers(db),
});

export { createDispatcher, type Dispatch } from './dispatch.js';
