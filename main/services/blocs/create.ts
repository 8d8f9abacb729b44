import type { ParsedInput } from '../../contract/index.js';
import type { Trx } from '../transaction.js';
import { insertFirstYear, profileOf } from '../years/index.js';

/** A bloc and its first year, whose profile the bloc starts with. */
export async function createBloc(trx: Trx, input: ParsedInput<'blocs.create'>) {
  const bloc = await trx.insertInto('blocs').values({ name: input.blocName }).returning('id').executeTakeFirstOrThrow();
  const yearId = await insertFirstYear(trx, bloc.id, input.firstYear, profileOf(input));
  return { blocId: bloc.id, yearId };
}
