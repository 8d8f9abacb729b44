// Under the grid: the active cell's unit and item (limit, how it is scored, guidance), both figures, the
// bloc's reason and the note, and the evidence. A bloc figure that differs from the unit's waits here for
// its reason: Enter saves the figure and the reason together.
import { useRef, useState, type Ref } from 'react';
import { Alert, Button, Card, Col, Descriptions, Flex, Input, Row, Tag, Typography, type InputRef } from 'antd';
import type { ScaleDefinition, ScoreEntry } from '../../../main/contract/index.js';
import { itemDetails, itemTitle } from './columns';
import { EvidenceList } from './EvidenceList';
import type { Waiting } from './GridRow';
import type { Target } from './ScoreGrid';
import { differs, figureText, lacksReason } from './sheet';

interface CellPanelProps {
  yearId: number;
  def: ScaleDefinition;
  target: Target;
  entry: ScoreEntry | undefined;
  /** This cell's bloc figure waiting for its reason. */
  waiting: Waiting | null;
  readOnly: boolean;
  reasonRef: Ref<InputRef>;
  /** `viaEnter`: the officer pressed Enter (the grid takes the keyboard back), else the field was left. */
  onSaveReason: (reason: string, viaEnter: boolean) => void;
  onCancelWaiting: () => void;
  onSaveNote: (note: string, viaEnter: boolean) => void;
  onOpenCard: (unitId: number) => void;
}

export function CellPanel(props: CellPanelProps) {
  const { yearId, def, target, entry, waiting, readOnly } = props;
  const { member, item } = target;
  const details = itemDetails(def, item);
  const bloc = waiting ? waiting.bloc : (entry?.bloc ?? null);
  const needsReason = waiting !== null || lacksReason(entry);
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{member.unitName}</Typography.Text>
          <Typography.Text type="secondary">·</Typography.Text>
          <Typography.Text>{itemTitle(item)}</Typography.Text>
        </Flex>
      }
      extra={
        <Button size="small" onClick={() => props.onOpenCard(member.unitId)}>
          Thẻ điểm của đơn vị
        </Button>
      }
    >
      <Row gutter={[24, 12]}>
        <Col xs={24} lg={9}>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'takes', label: 'Cách chấm', children: details.takes },
              { key: 'guidance', label: 'Hướng dẫn chấm', children: details.guidance || <Typography.Text type="secondary">Không có</Typography.Text> },
            ]}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Flex vertical gap={8}>
            <Flex gap={16}>
              <span>
                Tự chấm: <Typography.Text strong>{figureText(entry?.self) || '—'}</Typography.Text>
              </span>
              <span>
                Khối chấm: <Typography.Text strong>{figureText(bloc) || '—'}</Typography.Text>
                {waiting && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    chưa lưu
                  </Tag>
                )}
              </span>
            </Flex>
            {needsReason && (
              <Alert
                type={waiting ? 'error' : 'warning'}
                showIcon
                title={waiting ? 'Điểm Khối chấm khác điểm tự chấm: ghi lý do rồi nhấn Enter để lưu cả hai (Esc để bỏ).' : 'Điểm Khối chấm khác điểm tự chấm nhưng chưa có lý do.'}
              />
            )}
            <ReasonField key={`${member.unitId}/${item.key}/${entry?.reason ?? ''}/${waiting ? 'w' : ''}`} {...props} required={needsReason || differs(entry?.self ?? null, bloc)} />
            <NoteField key={`${member.unitId}/${item.key}/${entry?.note ?? ''}`} {...props} />
          </Flex>
        </Col>
        <Col xs={24} lg={7}>
          <EvidenceList yearId={yearId} unitId={member.unitId} itemKey={item.key} readOnly={readOnly} />
        </Col>
      </Row>
    </Card>
  );
}

function ReasonField({ entry, waiting, readOnly, reasonRef, onSaveReason, onCancelWaiting, required }: CellPanelProps & { required: boolean }) {
  const [text, setText] = useState(entry?.reason ?? '');
  // What Enter saved: leaving the field afterwards must not save it a second time.
  const saved = useRef(entry?.reason ?? '');
  const save = (viaEnter: boolean) => {
    saved.current = text;
    onSaveReason(text, viaEnter);
  };
  return (
    <label>
      <Typography.Text>Lý do Khối chấm khác tự chấm{required ? ' (bắt buộc)' : ''}</Typography.Text>
      <Input
        ref={reasonRef}
        aria-label="Lý do"
        value={text}
        disabled={readOnly}
        status={required && text.trim() === '' ? 'error' : undefined}
        placeholder="Ví dụ: chưa có văn bản chứng minh chỉ tiêu"
        onChange={(e) => setText(e.target.value)}
        onPressEnter={() => save(true)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && waiting) onCancelWaiting();
        }}
        onBlur={() => {
          // Leaving the field saves an edited reason; a waiting figure keeps waiting for Enter.
          if (!waiting && text !== saved.current) save(false);
        }}
        maxLength={1000}
      />
    </label>
  );
}

function NoteField({ entry, readOnly, onSaveNote }: CellPanelProps) {
  const [text, setText] = useState(entry?.note ?? '');
  const saved = useRef(entry?.note ?? '');
  const save = (viaEnter: boolean) => {
    if (text === saved.current) return;
    saved.current = text;
    onSaveNote(text, viaEnter);
  };
  return (
    <label>
      <Typography.Text>Ghi chú</Typography.Text>
      <Input aria-label="Ghi chú" value={text} disabled={readOnly} onChange={(e) => setText(e.target.value)} onPressEnter={() => save(true)} onBlur={() => save(false)} maxLength={1000} />
    </label>
  );
}
