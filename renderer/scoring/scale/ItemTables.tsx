// Bonus items (points each, up to a number of times), deductions (points per occurrence, or out of the
// running) and classification bands (from a total up), each as a small editable table.
import { Button, Card, Checkbox, Table, Typography } from 'antd';
import { plain, toBig } from '../../../main/scoring/decimal.js';
import { insertAt, newKey, type Draft, type DraftBand, type DraftBonus, type DraftDeduction, type Figure } from './draft';
import { At, PointsInput, shown, TextInput } from './fields';

interface Props {
  draft: Draft;
  readOnly: boolean;
  update: (change: (d: Draft) => Draft) => void;
  removed: (what: string, undo: () => void) => void;
}

const at = <T,>(items: T[], index: number, patch: Partial<T>): T[] => items.map((x, i) => (i === index ? { ...x, ...patch } : x));
const without = <T,>(items: T[], index: number): T[] => items.filter((_, i) => i !== index);
const number = { title: 'TT', width: 48, render: (_: unknown, __: unknown, i: number) => i + 1 };

function DeleteButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button danger aria-label={`Xóa ${label}`} title="Xóa (có thể hoàn tác)" onClick={onClick}>
      ✕
    </Button>
  );
}

export function BonusCard({ draft, readOnly, update, removed }: Props) {
  const set = (change: (items: DraftBonus[]) => DraftBonus[]) => update((d) => ({ ...d, bonus: change(d.bonus) }));
  const times = (b: DraftBonus) => Number(plain(toBig(b.points ?? 0).times(b.maxCount ?? 0)));
  return (
    <Card size="small" title={`Điểm thưởng (cộng tối đa ${shown(draft.bonusCap)} điểm)`} data-path="bonus">
      <Table<DraftBonus>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={draft.bonus}
        locale={{ emptyText: 'Chưa có mục điểm thưởng' }}
        columns={[
          number,
          {
            title: 'Mục điểm thưởng',
            render: (_, b, i) => (
              <TextInput path={`bonus.${i}.name`} label={`Tên mục điểm thưởng ${i + 1}`} value={b.name} onChange={(name) => set((xs) => at(xs, i, { name }))} multiline />
            ),
          },
          {
            title: 'Điểm mỗi lần',
            width: 120,
            render: (_, b, i) => (
              <PointsInput path={`bonus.${i}.points`} label={`Điểm thưởng mục ${i + 1}`} value={b.points} onChange={(points) => set((xs) => at(xs, i, { points }))} />
            ),
          },
          {
            title: 'Số lần tối đa',
            width: 120,
            render: (_, b, i) => (
              <PointsInput
                path={`bonus.${i}.maxCount`}
                label={`Số lần tối đa mục điểm thưởng ${i + 1}`}
                value={b.maxCount}
                integer
                onChange={(maxCount) => set((xs) => at(xs, i, { maxCount }))}
              />
            ),
          },
          { title: 'Được tối đa', width: 100, align: 'right', render: (_, b) => shown(times(b)) },
          ...(readOnly
            ? []
            : [
                {
                  width: 56,
                  render: (_: unknown, b: DraftBonus, i: number) => (
                    <DeleteButton
                      label={`mục điểm thưởng ${i + 1}`}
                      onClick={() => {
                        set((xs) => without(xs, i));
                        removed(`mục điểm thưởng ${i + 1}`, () => set((xs) => insertAt(xs, Math.min(i, xs.length), b)));
                      }}
                    />
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && (
        <Button style={{ marginTop: 8 }} disabled={draft.bonus.length >= 50} onClick={() => set((xs) => [...xs, { key: newKey(), name: '', points: 1, maxCount: 1 }])}>
          + Thêm mục điểm thưởng
        </Button>
      )}
    </Card>
  );
}

export function DeductionsCard({ draft, readOnly, update, removed }: Props) {
  const set = (change: (items: DraftDeduction[]) => DraftDeduction[]) => update((d) => ({ ...d, deductions: change(d.deductions) }));
  return (
    <Card size="small" title="Điểm trừ" data-path="deductions">
      <Table<DraftDeduction>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={draft.deductions}
        locale={{ emptyText: 'Chưa có mục điểm trừ' }}
        columns={[
          number,
          {
            title: 'Mục điểm trừ',
            render: (_, x, i) => (
              <TextInput path={`deductions.${i}.name`} label={`Tên mục điểm trừ ${i + 1}`} value={x.name} onChange={(name) => set((xs) => at(xs, i, { name }))} multiline />
            ),
          },
          {
            title: 'Trừ mỗi lần',
            width: 120,
            render: (_, x, i) => (
              <PointsInput path={`deductions.${i}.points`} label={`Điểm trừ mục ${i + 1}`} value={x.points} onChange={(points) => set((xs) => at(xs, i, { points }))} />
            ),
          },
          {
            title: 'Loại khỏi xét thi đua',
            width: 160,
            align: 'center',
            render: (_, x, i) => (
              <At path={`deductions.${i}.disqualifies`}>
                <Checkbox checked={x.disqualifies} onChange={(e) => set((xs) => at(xs, i, { disqualifies: e.target.checked }))} aria-label={`Loại khỏi xét thi đua, mục điểm trừ ${i + 1}`} />
              </At>
            ),
          },
          ...(readOnly
            ? []
            : [
                {
                  width: 56,
                  render: (_: unknown, x: DraftDeduction, i: number) => (
                    <DeleteButton
                      label={`mục điểm trừ ${i + 1}`}
                      onClick={() => {
                        set((xs) => without(xs, i));
                        removed(`mục điểm trừ ${i + 1}`, () => set((xs) => insertAt(xs, Math.min(i, xs.length), x)));
                      }}
                    />
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && (
        <Button
          style={{ marginTop: 8 }}
          disabled={draft.deductions.length >= 50}
          onClick={() => set((xs) => [...xs, { key: newKey(), name: '', points: 1, disqualifies: false }])}
        >
          + Thêm mục điểm trừ
        </Button>
      )}
    </Card>
  );
}

/** Highest band first, as the classification reads. */
const sortBands = (bands: DraftBand[]): DraftBand[] => [...bands].sort((a, b) => (b.min ?? -1) - (a.min ?? -1));

/** "từ 85 đến dưới 95 điểm": the totals a band covers, up to the next band. */
function range(bands: DraftBand[], i: number): string {
  const min = bands[i]?.min;
  if (min === null || min === undefined) return '';
  const above = bands
    .map((b) => b.min)
    .filter((m): m is number => m !== null && m > min)
    .sort((a, b) => a - b)[0];
  return above === undefined ? `từ ${shown(min)} điểm trở lên` : `từ ${shown(min)} đến dưới ${shown(above)} điểm`;
}

export function BandsCard({ draft, readOnly, update, removed }: Props) {
  const set = (change: (items: DraftBand[]) => DraftBand[]) => update((d) => ({ ...d, bands: change(d.bands) }));
  const rows = draft.bands.map((band, i) => ({ band, i }));
  return (
    <Card size="small" title="Xếp loại theo tổng điểm" data-path="bands">
      <Table<{ band: DraftBand; i: number }>
        size="small"
        pagination={false}
        rowKey="i"
        dataSource={rows}
        locale={{ emptyText: 'Chưa có mức xếp loại' }}
        columns={[
          {
            title: 'Từ (điểm)',
            width: 120,
            render: (_, { band, i }) => (
              <PointsInput
                path={`bands.${i}.min`}
                label={`Điểm từ của mức xếp loại ${i + 1}`}
                value={band.min}
                onChange={(min: Figure) => set((xs) => at(xs, i, { min }))}
                // Sorted once the figure is typed, so the row does not jump while typing.
                onBlur={() => set(sortBands)}
              />
            ),
          },
          {
            title: 'Mức xếp loại',
            render: (_, { band, i }) => (
              <TextInput path={`bands.${i}.label`} label={`Tên mức xếp loại ${i + 1}`} value={band.label} onChange={(label) => set((xs) => at(xs, i, { label }))} />
            ),
          },
          {
            title: 'Khoảng điểm',
            width: 220,
            render: (_, { i }) => <Typography.Text type="secondary">{range(draft.bands, i)}</Typography.Text>,
          },
          ...(readOnly
            ? []
            : [
                {
                  width: 56,
                  render: (_: unknown, { band, i }: { band: DraftBand; i: number }) => (
                    <DeleteButton
                      label={`mức xếp loại ${i + 1}`}
                      onClick={() => {
                        set((xs) => without(xs, i));
                        removed(`mức xếp loại “${band.label}”`, () => set((xs) => sortBands([...xs, band])));
                      }}
                    />
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && (
        <Button style={{ marginTop: 8 }} disabled={draft.bands.length >= 10} onClick={() => set((xs) => [...xs, { min: null, label: '' }])}>
          + Thêm mức xếp loại
        </Button>
      )}
    </Card>
  );
}
