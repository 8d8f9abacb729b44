// The one next action of the year, as the home screen's primary button: it opens the screen with the right
// thing selected (renderer/app/routes.ts), or the head and deputy dialog on the home screen itself.
import { Alert, Button } from 'antd';
import type { NextAction as Next } from '../../main/contract/index.js';
import { navigate, type Route } from '../app/routes';

export function NextAction({ next, locked, onLeadership }: { next: Next | null; locked: boolean; onLeadership: () => void }) {
  if (!next) {
    return <Alert type="success" showIcon title={locked ? 'Năm đã khóa sổ: dữ liệu chỉ để xem và in lại.' : 'Đã xong các bước của năm.'} />;
  }
  const go = () => (next.route === 'leadership' ? onLeadership() : navigate(next.route satisfies Route, next.params));
  return (
    <Alert
      type="info"
      showIcon
      title="Việc tiếp theo của năm"
      action={
        <Button type="primary" onClick={go} data-testid="next-action">
          {next.label}
        </Button>
      }
    />
  );
}
