// The one way the window reads and writes: a read is cached under `[channel, input]`; a write refreshes
// only the reads its domain affects (./affects.ts), then says what was done.
import { App } from 'antd';
import {
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryFunction,
  type SkipToken,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ChannelName, Input, Output } from '../../main/contract/index.js';
import { refreshes } from './affects';
import { api, unwrap } from './client';

type ReadKey<C extends ChannelName> = readonly [C, Input<C> | null];

/** What a caller may add to a read: `select` (sorting…), `placeholderData`, `staleTime`… */
export type ReadOptions<C extends ChannelName, T> = Omit<
  UseQueryOptions<Output<C>, Error, T, ReadKey<C>>,
  'queryKey' | 'queryFn' | 'enabled'
>;

/** A read's key and fetcher, for `useQueries`; a null input is not fetched. */
export const readQuery = <C extends ChannelName>(
  channel: C,
  input: Input<C> | null,
): { queryKey: ReadKey<C>; queryFn: QueryFunction<Output<C>, ReadKey<C>> | SkipToken } => ({
  queryKey: [channel, input],
  // skipToken is react-query's typed `enabled: false`.
  queryFn: input === null ? skipToken : () => unwrap(api[channel](input)),
});

export function useRead<C extends ChannelName, T = Output<C>>(channel: C, input: Input<C> | null, options?: ReadOptions<C, T>) {
  return useQuery<Output<C>, Error, T, ReadKey<C>>({ ...options, ...readQuery(channel, input) });
}

/** A write; `success` is the Vietnamese message shown once the affected reads have refreshed. */
export function useWrite<C extends ChannelName>(channel: C, success?: string | ((data: Output<C>) => string)) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation<Output<C>, Error, Input<C>>({
    mutationFn: (input) => unwrap(api[channel](input)),
    onSuccess: async (data) => {
      await queryClient.invalidateQueries({
        predicate: ({ queryKey: [read] }) => typeof read === 'string' && refreshes(channel, read as ChannelName),
      });
      if (success) void message.success(typeof success === 'string' ? success : success(data));
    },
  });
}
