// "Xếp hạng" of the selected year: the standings on the scale in force with the tie-break chain applied and
// said in words, the charts (each also a PNG for the report), and the score summary as a workbook or as
// the document.
import { App, Alert, Button, Flex, Spin, Typography } from 'antd';
import { useRead, useWrite } from '../../api/hooks';
import { navigate } from '../../app/routes';
import { useSelection } from '../../app/selection';
import { useNotifyError } from '../../common/actions';
import { downloadFile } from '../scores/files';
import { RankingCharts } from './RankingCharts';
import { RankingTable } from './RankingTable';

function SummaryButtons({ yearId }: { yearId: number }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const summary = useWrite('scoring.summaryWorkbook');
  const download = async () => {
    try {
      const file = await summary.mutateAsync({ yearId });
      downloadFile(file);
      void message.success(`Đã tải về ${file.fileName}`);
    } catch (error) {
      notifyError(error);
    }
  };
  return (
    <Flex gap={8} wrap>
      <Button loading={summary.isPending} onClick={() => void download()}>
        Tải bảng tổng hợp (Excel)
      </Button>
      <Button onClick={() => navigate('documents', { type: 'scoreSummary' })}>Lập văn bản bảng tổng hợp</Button>
    </Flex>
  );
}

export function RankingPage() {
  const { year } = useSelection();
  const ranking = useRead('scoring.ranking', { yearId: year.id });
  const scale = useRead('scoring.scale', { yearId: year.id });
  const error = ranking.error ?? scale.error;
  // The ranking is on the version in force (the latest locked one), which may be older than a draft.
  const inForce = ranking.data?.scaleId ?? null;
  const definition = scale.data?.inForce?.id === inForce ? scale.data?.inForce?.definition : undefined;
  const standings = ranking.data?.standings ?? [];
  const unscored = standings.filter((s) => s.missing > 0).length;
  const revotes = standings.filter((s) => s.revoteWith.length > 0).length;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Xếp hạng năm {year.year}
        </Typography.Title>
        {inForce !== null && <SummaryButtons yearId={year.id} />}
      </Flex>
      {error && <Alert type="error" showIcon title={error.message} />}
      {!error && (ranking.isPending || scale.isPending) && <Spin description="Đang tải…" />}
      {ranking.data && inForce === null && (
        <Alert
          type="info"
          showIcon
          title={`Năm ${year.year} chưa có thang điểm đã khóa nên chưa có xếp hạng.`}
          action={
            <Button type="primary" onClick={() => navigate('scale')}>
              Mở màn hình Thang điểm
            </Button>
          }
        />
      )}
      {unscored > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`${unscored} đơn vị còn mục chưa chấm: xếp hạng chưa phải kết quả cuối cùng.`}
          action={<Button onClick={() => navigate('scores')}>Mở bảng chấm điểm</Button>}
        />
      )}
      {revotes > 0 && (
        <Alert type="warning" showIcon title={`${revotes} đơn vị bằng điểm mà các tiêu chí phụ không phân định được (đánh dấu *): Khối bỏ phiếu lại.`} />
      )}
      {inForce !== null && (
        <>
          <RankingTable standings={standings} />
          <RankingCharts year={year.year} def={definition} standings={standings} />
        </>
      )}
    </Flex>
  );
}
