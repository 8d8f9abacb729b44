// Calls to the contract as react-query mutations: on success every query is
// refreshed (the server is the truth) and a Vietnamese message is shown.
import { App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Result } from '../../main/contract/index.js';
import { unwrap } from '../api/client';

export function useAction<I, O>(call: (input: I) => Promise<Result<O>>, success?: (data: O) => string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: (input: I) => unwrap(call(input)),
    onSuccess: async (data) => {
      await queryClient.invalidateQueries();
      if (success) void message.success(success(data));
    },
  });
}

/** Runs an action that has no form: errors become an error message. */
export function useNotifyError() {
  const { message } = App.useApp();
  return (error: unknown) => {
    void message.error(error instanceof Error ? error.message : 'Đã xảy ra lỗi ngoài dự kiến.');
  };
}
