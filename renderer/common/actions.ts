import { App } from 'antd';

/** The message to show for a refused write. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : 'Đã xảy ra lỗi ngoài dự kiến.');

/** Runs an action that has no form: errors become an error message. */
export function useNotifyError() {
  const { message } = App.useApp();
  return (error: unknown) => {
    void message.error(messageOf(error));
  };
}
