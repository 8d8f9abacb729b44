import { z } from 'zod';
import { channel } from './channel.js';
import { id, yearNumber } from './fields.js';
import { yearProfile } from './years.js';

export const bloc = z.object({
  id,
  name: z.string(),
  years: z.array(z.number().int()),
});
export type Bloc = z.infer<typeof bloc>;

export const newBloc = yearProfile.extend({ firstYear: yearNumber });
export type NewBloc = z.input<typeof newBloc>;

const opened = z.object({ blocId: id, yearId: id });

export const blocsChannels = {
  'blocs.list': channel(z.object({}), z.array(bloc)),
  /** Creates a bloc with its first year. */
  'blocs.create': channel(newBloc, opened),
  /** Loads the demo bloc (Bắc Kạn, Văn hóa - Xã hội) from the bundled data. */
  'blocs.openDemo': channel(z.object({}), opened),
};
