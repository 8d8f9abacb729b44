// Locking the scale for scoring, unlocking it while nobody has been scored, and a new version once scores
// exist (the old version and its scores stay readable). The window mirrors the service's rules; the
// service refuses the same.
import { App, Button, Tooltip } from 'antd';
import type { Scale } from '../../../main/contract/index.js';
import { useWrite } from '../../api/hooks';

interface Props {
  scale: Scale | null;
  year: number;
  yearId: number;
  /** The year is closed: nothing changes. */
  yearLocked: boolean;
  /** How many things stop the draft from being locked (the problems listed under the toolbar). */
  lockBlockers: number;
  /** Saves the draft first; false when it could not be saved. */
  saveFirst: () => Promise<boolean>;
  /** The scale changed status or version: the editor starts again from what the service answers. */
  reload: () => void;
}

export function LifecycleButtons({ scale, year, yearId, yearLocked, lockBlockers, saveFirst, reload }: Props) {
  const { modal, message } = App.useApp();
  const lock = useWrite('scoring.lockScale', 'Đã khóa thang điểm: có thể bắt đầu chấm điểm');
  const unlock = useWrite('scoring.unlockScale', 'Đã mở khóa thang điểm');
  const newVersion = useWrite('scoring.newVersion', (s) => `Đã tạo phiên bản ${s.version} (bản nháp)`);
  if (yearLocked) return null;

  const act = (write: () => Promise<unknown>) => async () => {
    try {
      await write();
      reload();
    } catch (error) {
      void message.error(error instanceof Error ? error.message : 'Đã xảy ra lỗi ngoài dự kiến.');
    }
  };

  if (!scale || scale.status === 'draft') {
    const blocked = lockBlockers > 0;
    return (
      <Tooltip title={blocked ? `Chưa khóa được: còn ${lockBlockers} chỗ cần sửa (xem danh sách bên dưới).` : undefined}>
        <Button
          type="primary"
          disabled={blocked}
          loading={lock.isPending}
          onClick={() =>
            modal.confirm({
              title: `Khóa thang điểm năm ${year}?`,
              content:
                'Sau khi khóa, các đơn vị tự chấm và Khối chấm điểm theo thang điểm này, không sửa được nữa. ' +
                'Khi chưa có đơn vị nào được chấm điểm, vẫn có thể mở khóa để sửa.',
              okText: 'Khóa thang điểm',
              cancelText: 'Hủy',
              onOk: async () => {
                if (await saveFirst()) await act(() => lock.mutateAsync({ yearId }))();
              },
            })
          }
        >
          Khóa thang điểm
        </Button>
      </Tooltip>
    );
  }

  if (scale.status !== 'locked') return null;
  // The service unlocks only a first version nobody has been scored on; anything else takes a new version.
  if (scale.scoredUnits === 0 && scale.version === 1) {
    return (
      <Button
        loading={unlock.isPending}
        onClick={() =>
          modal.confirm({
            title: `Mở khóa thang điểm năm ${year}?`,
            content: 'Chưa có đơn vị nào được chấm điểm: thang điểm trở lại bản nháp để sửa, rồi khóa lại trước khi chấm.',
            okText: 'Mở khóa',
            cancelText: 'Hủy',
            onOk: act(() => unlock.mutateAsync({ yearId })),
          })
        }
      >
        Mở khóa
      </Button>
    );
  }
  const next = scale.version + 1;
  return (
    <Button
      loading={newVersion.isPending}
      onClick={() =>
        modal.confirm({
          title: `Tạo phiên bản ${next} của thang điểm năm ${year}?`,
          width: 520,
          content: (
            <>
              <p>
                Phiên bản {next} là bản nháp chép từ phiên bản {scale.version} để sửa. Điểm đã chấm theo phiên bản {scale.version}
                {scale.scoredUnits > 0 ? ` (${scale.scoredUnits} đơn vị)` : ''} vẫn được giữ và xem được.
              </p>
              <p style={{ marginBottom: 0 }}>
                Việc chấm điểm vẫn theo phiên bản {scale.version} cho đến khi khóa phiên bản {next}; khi đó điểm của các tiêu chí còn giữ
                nguyên được chuyển sang phiên bản mới.
              </p>
            </>
          ),
          okText: 'Tạo phiên bản mới',
          cancelText: 'Hủy',
          onOk: act(() => newVersion.mutateAsync({ yearId })),
        })
      }
    >
      Tạo phiên bản mới
    </Button>
  );
}
