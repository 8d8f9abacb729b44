import { App } from 'antd';

/** Runs an action that has no form: errors become an error message. */
export function useNotifyError() {
  const { message } = App.useApp();
  return (error: unknown) => {
    void message.error(error instanceof Error ? error.message : 'Đã xảy ra lỗi ngoài dự kiến.');
  };
}
