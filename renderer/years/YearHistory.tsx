// When the year was closed and reopened, and why, oldest first: what years.history recorded.
import { Timeline, Typography } from 'antd';
import type { YearEvent } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';

const KIND_LABEL: Record<YearEvent['kind'], string> = { close: 'Khóa sổ', reopen: 'Mở lại' };

/** Local date and time, dd/mm/yyyy lúc hh:mm; a closing made before the history was kept has none. */
function eventTime(at: string | null): string {
  if (at === null) return 'trước khi phần mềm ghi lịch sử khóa sổ';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} lúc ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function YearHistory({ yearId, year }: { yearId: number; year: number }) {
  const history = useRead('years.history', { yearId });
  if (!history.data?.length) return null;
  return (
    <section aria-label={`Lịch sử khóa sổ năm ${year}`} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>Lịch sử khóa sổ, mở lại</Typography.Title>
      <Timeline
        items={history.data.map((event, i) => ({
          key: i,
          color: event.kind === 'close' ? 'red' : 'green',
          content: (
            <>
              <Typography.Text strong>{KIND_LABEL[event.kind]}</Typography.Text> <Typography.Text type="secondary">· {eventTime(event.at)}</Typography.Text>
              <Typography.Paragraph style={{ margin: 0 }}>{event.reason ? `Lý do: ${event.reason}` : 'Không ghi lý do.'}</Typography.Paragraph>
            </>
          ),
        }))}
      />
    </section>
  );
}
