// The year's deadlines among the year's settings ("Năm thi đua"), as on the home screen: listed, edited in
// the same dialog.
import { useState } from 'react';
import { Button, Card, Descriptions } from 'antd';
import { deadlineSteps, stepTitles } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { useSelection } from '../app/selection';
import { DeadlinesModal } from './DeadlinesModal';
import { shortDate } from './format';

export function DeadlinesCard() {
  const { year, locked } = useSelection();
  const deadlines = useRead('guide.deadlines', { yearId: year.id });
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={`Thời hạn các bước năm ${year.year}`}
      loading={deadlines.isPending}
      extra={
        <Button onClick={() => setEditing(true)} disabled={locked}>
          Sửa thời hạn
        </Button>
      }
    >
      {deadlines.data && (
        <Descriptions
          size="small"
          column={1}
          items={deadlineSteps.map((step) => ({ key: step, label: stepTitles[step], children: shortDate(deadlines.data[step]) }))}
        />
      )}
      {editing && <DeadlinesModal year={year} locked={locked} onClose={() => setEditing(false)} />}
    </Card>
  );
}
