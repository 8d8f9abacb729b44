// The documents the year end produces, each opened on the document screen with what it is drawn from.
import { Button, Flex, Typography } from 'antd';
import type { YearEnd } from '../../main/contract/index.js';
import { navigate } from '../app/routes';

export function DocumentsCard({ yearEnd }: { yearEnd: YearEnd }) {
  const meetingId = yearEnd.rules.meetingId;
  const counted = yearEnd.awards.some((a) => a.elected.length > 0);
  return (
    <div>
      <Flex gap={8} wrap>
        <Button disabled={!counted} onClick={() => navigate('documents', { type: 'voteCountMinutes', meetingId })}>
          Biên bản kiểm phiếu
        </Button>
        <Button disabled={meetingId === null} onClick={() => navigate('documents', { type: 'minutes', meetingId })}>
          Biên bản hội nghị tổng kết
        </Button>
        <Button disabled={!counted} onClick={() => navigate('documents', { type: 'proposal' })}>
          Tờ trình đề nghị khen thưởng
        </Button>
        <Button onClick={() => navigate('documents', { type: 'annualReport', meetingId })}>Báo cáo tổng kết năm</Button>
      </Flex>
      {!counted && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          Biên bản kiểm phiếu và tờ trình lập được khi đã có đơn vị trúng cử ở vòng bầu đã kiểm phiếu.
        </Typography.Paragraph>
      )}
    </div>
  );
}
