// The year's rules of the vote: the conference it is held at (its check-in gives the members present and
// the ballots to print), the threshold and its base, the ballot's layout, and the tellers' committee.
import { useState } from 'react';
import { App, Button, Col, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { YearEnd } from '../../main/contract/index.js';
import { useRead, useWrite } from '../api/hooks';
import { navigate } from '../app/routes';
import { useSelection } from '../app/selection';
import { formatShortDate } from '../../main/documents/format.js';
import { byDate } from '../meetings/order';
import { messageOf } from '../common/actions';
import { ChoiceItem, fieldErrorsOf, Item } from './fields';
import { ruleSentence, rulesFromForm, rulesToForm, type RulesForm } from './rules';
import { TellersField } from './TellersField';

export function RulesCard({ yearEnd }: { yearEnd: YearEnd }) {
  // Saved rules come back as the new defaults.
  return <RulesFields key={JSON.stringify(yearEnd.rules)} yearEnd={yearEnd} />;
}

function RulesFields({ yearEnd }: { yearEnd: YearEnd }) {
  const { year, locked } = useSelection();
  const { message } = App.useApp();
  const meetings = useRead('meetings.list', { yearId: year.id }, { select: byDate });
  const save = useWrite('votes.saveRules', 'Đã lưu quy định bầu chọn');
  const [form, setForm] = useState<RulesForm>(() => rulesToForm(yearEnd.rules));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<RulesForm>) => setForm({ ...form, ...patch });

  const meeting = meetings.data?.find((m) => m.id === form.meetingId);
  // The saved conference's count comes from the service; a newly chosen one's from its check-in.
  const present =
    form.meetingId === yearEnd.rules.meetingId ? yearEnd.present : meeting && meeting.attendance.length > 0 ? meeting.attendance.filter((a) => a.status !== 'absent').length : null;

  const submit = async () => {
    setErrors({});
    try {
      await save.mutateAsync({ yearId: year.id, ...rulesFromForm(form) });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      void message.error(messageOf(error));
    }
  };

  return (
    <Form layout="vertical" component="div" disabled={locked}>
      <Row gutter={[24, 0]}>
        <Col xs={24} xl={12}>
          <Item
            label="Hội nghị tổng kết"
            htmlFor="year-end-meeting"
            error={errors.meetingId}
            extra={<PresentLine meetingId={form.meetingId} present={present} members={yearEnd.members} hasMeetings={(meetings.data?.length ?? 0) > 0} />}
          >
            <Select
              id="year-end-meeting"
              value={form.meetingId ?? undefined}
              onChange={(v: number | undefined) => set({ meetingId: v ?? null })}
              allowClear
              placeholder="Chọn hội nghị tổng kết"
              loading={meetings.isPending}
              options={(meetings.data ?? []).map((m) => ({ value: m.id, label: m.date ? `${m.name} (${formatShortDate(m.date)})` : m.name }))}
            />
          </Item>
          <Item label="Tỷ lệ trúng cử" htmlFor="year-end-threshold" error={errors.threshold}>
            <Flex gap={8} align="center" wrap>
              <Radio.Group
                aria-label="Cách ghi tỷ lệ"
                value={form.thresholdMode}
                onChange={(e) => set({ thresholdMode: e.target.value as RulesForm['thresholdMode'] })}
                options={[
                  { value: 'percent', label: 'Phần trăm' },
                  { value: 'fraction', label: 'Phân số' },
                ]}
              />
              {form.thresholdMode === 'percent' ? (
                <Input id="year-end-threshold" aria-label="Tỷ lệ phần trăm" value={form.percent} onChange={(e) => set({ percent: e.target.value })} suffix="%" style={{ width: 120 }} />
              ) : (
                <Input id="year-end-threshold" aria-label="Tỷ lệ phân số" value={form.fraction} onChange={(e) => set({ fraction: e.target.value })} placeholder="2/3" style={{ width: 120 }} />
              )}
            </Flex>
          </Item>
          <ChoiceItem
            label="Tính trên"
            ariaLabel="Tính tỷ lệ trên"
            error={errors.base}
            value={form.base}
            onChange={(base) => set({ base })}
            options={[
              { value: 'members', label: 'Tổng số đơn vị thành viên' },
              { value: 'present', label: 'Số đơn vị có mặt' },
            ]}
          />
          <ChoiceItem
            label="Điều kiện"
            ariaLabel="Điều kiện so sánh"
            error={errors.comparison}
            value={form.comparison}
            onChange={(comparison) => set({ comparison })}
            options={[
              { value: 'gt', label: 'Trên tỷ lệ' },
              { value: 'gte', label: 'Từ tỷ lệ trở lên' },
            ]}
          />
          <Typography.Paragraph type="secondary" data-testid="rule-sentence">
            {ruleSentence(form)}.
          </Typography.Paragraph>
        </Col>
        <Col xs={24} xl={12}>
          <ChoiceItem
            label="Kiểu phiếu bầu"
            error={errors.ballotStyle}
            value={form.ballotStyle}
            onChange={(ballotStyle) => set({ ballotStyle })}
            options={[
              { value: 'mark', label: 'Đánh dấu X vào cột đồng ý' },
              { value: 'strike', label: 'Gạch tên đơn vị không đồng ý' },
            ]}
          />
          <ChoiceItem
            label="Số phiếu mỗi trang in"
            error={errors.ballotsPerPage}
            value={form.ballotsPerPage}
            onChange={(ballotsPerPage) => set({ ballotsPerPage })}
            options={[
              { value: 1, label: '1 phiếu' },
              { value: 2, label: '2 phiếu' },
            ]}
          />
        </Col>
        <Col span={24}>
          <TellersField tellers={form.tellers} onChange={(tellers) => set({ tellers })} errors={errors} locked={locked} />
        </Col>
      </Row>
      <Button type="primary" onClick={() => void submit()} loading={save.isPending} disabled={locked}>
        Lưu quy định bầu chọn
      </Button>
    </Form>
  );
}

/** "Có mặt: 9/10 đơn vị", or how to get there. */
function PresentLine({ meetingId, present, members, hasMeetings }: { meetingId: number | null; present: number | null; members: number; hasMeetings: boolean }) {
  if (meetingId === null) {
    return hasMeetings ? (
      'Chọn hội nghị tổng kết để lấy số đơn vị có mặt và số phiếu cần in.'
    ) : (
      <>
        Năm này chưa có hội nghị nào. <Typography.Link onClick={() => navigate('meetings')}>Thêm hội nghị tổng kết</Typography.Link>
      </>
    );
  }
  if (present === null) {
    return (
      <>
        Hội nghị chưa điểm danh. <Typography.Link onClick={() => navigate('meeting', { id: meetingId })}>Điểm danh đơn vị dự họp</Typography.Link>
      </>
    );
  }
  return (
    <span data-testid="present-line">
      Có mặt: {present}/{members} đơn vị. <Typography.Link onClick={() => navigate('meeting', { id: meetingId })}>Xem điểm danh</Typography.Link>
    </span>
  );
}
