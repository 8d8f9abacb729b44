// "Tìm trong các năm": units, register entries and meetings of every year, diacritics and case ignored (the
// matching is the service's). A result opens its year on the screen that shows it.
import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, List, Tag, Typography } from 'antd';
import type { SearchHit } from '../../main/contract/index.js';
import { useRead } from '../api/hooks';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';

const kinds: Record<SearchHit['kind'], { label: string; color: string }> = {
  unit: { label: 'Đơn vị', color: 'blue' },
  document: { label: 'Văn bản', color: 'gold' },
  meeting: { label: 'Hội nghị', color: 'green' },
};

/** Where a result opens: the unit's form in the units screen, the register filtered to it, the meeting. */
function open(hit: SearchHit) {
  if (hit.kind === 'unit') navigate('units', { edit: hit.targetId });
  else if (hit.kind === 'document') navigate('register', { q: hit.title });
  else navigate('meeting', { id: hit.targetId });
}

function Hit({ hit, onHistory }: { hit: SearchHit; onHistory: (unitId: number) => void }) {
  const { selectYear } = useSelection();
  const go = () => {
    selectYear(hit.yearId);
    open(hit);
  };
  return (
    <List.Item
      actions={
        hit.kind === 'unit'
          ? [
              <Button key="history" size="small" onClick={() => onHistory(hit.targetId)}>
                Xem qua các năm
              </Button>,
            ]
          : []
      }
    >
      <Flex vertical gap={2}>
        <Flex gap={8} align="center" wrap>
          <Tag color={kinds[hit.kind].color}>{kinds[hit.kind].label}</Tag>
          <Tag>Năm {hit.year}</Tag>
          <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }} onClick={go}>
            {hit.title}
          </Button>
        </Flex>
        <Typography.Text type="secondary">
          {[hit.detail, hit.kind === 'unit' && hit.years.length > 1 ? `Các năm: ${hit.years.join(', ')}` : ''].filter(Boolean).join(' · ')}
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}

export function YearsSearch({ onHistory }: { onHistory: (unitId: number) => void }) {
  const { bloc } = useSelection();
  const [query, setQuery] = useState('');
  const results = useRead('reports.search', query ? { blocId: bloc.id, query } : null);
  const hits = results.data?.hits ?? [];
  return (
    <Flex vertical gap={12}>
      <Input.Search
        aria-label="Tìm trong các năm"
        placeholder="Tìm trong các năm: đơn vị, thủ trưởng, văn bản, hội nghị (gõ không dấu cũng được)"
        enterButton="Tìm"
        allowClear
        onSearch={(value) => setQuery(value.trim())}
        style={{ maxWidth: 640 }}
      />
      {results.isError && <Alert type="error" showIcon title={results.error.message} />}
      {query && results.data && (
        <Card
          size="small"
          title={
            results.data.total > hits.length
              ? `Tìm thấy ${results.data.total} kết quả cho “${query}”, hiện ${hits.length} kết quả đầu`
              : `Tìm thấy ${results.data.total} kết quả cho “${query}”`
          }
          extra={<Button size="small" onClick={() => setQuery('')}>Đóng kết quả</Button>}
        >
          <List<SearchHit>
            size="small"
            dataSource={hits}
            locale={{ emptyText: 'Không có đơn vị, văn bản hay hội nghị nào khớp với từ khóa ở các năm.' }}
            renderItem={(hit) => <Hit hit={hit} onHistory={onHistory} />}
            style={{ maxHeight: 320, overflowY: 'auto' }}
          />
        </Card>
      )}
    </Flex>
  );
}
