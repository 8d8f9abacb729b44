// The year's scale being edited: groups → criteria → sub-criteria, bonus items, deductions, bands and the
// tie-break chain, with the sums and the problems live as the officer types (the engine the service uses
// on save). The draft saves itself shortly after each change that the contract accepts, and on leaving the
// screen; a reload with unsaved changes asks first. A locked scale or a closed year is read-only.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Alert, App, Button, Card, ConfigProvider, Form, Space, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { Output, Scale } from '../../../main/contract/index.js';
import { scaleProblems, scaleSums } from '../../../main/scoring/scale.js';
import { ApiError } from '../../api/client';
import { readQuery, useWrite } from '../../api/hooks';
import { useSelection } from '../../app/selection';
import { DragProvider, type RowRef } from './drag';
import { blankDraft, blankGroup, check, draftOf, engineDefinition, hasContent, insertAt, move, renumbered, type Draft } from './draft';
import { ErrorsContext, goToPath, PointsInput } from './fields';
import { GroupCard } from './GroupCard';
import { BandsCard, BonusCard, DeductionsCard } from './ItemTables';
import { LifecycleButtons } from './LifecycleButtons';
import { moveCriterion, moveSub } from './ops';
import { errorProblems, ProblemsAlert } from './ProblemsAlert';
import { ImportButton, useScaleSources } from './sources';
import { SummaryBar, type SaveState } from './SummaryBar';
import { TieBreakCard } from './TieBreakCard';

const AUTOSAVE_MS = 1200;
const statusTags: Record<Scale['status'], { label: string; color: string }> = {
  draft: { label: 'Nháp', color: 'gold' },
  locked: { label: 'Đã khóa', color: 'green' },
  superseded: { label: 'Đã thay thế', color: 'default' },
};

/** Read-only fields keep their text dark: a locked scale is read, not greyed out (buttons stay greyed). */
const readable = { colorTextDisabled: 'rgba(0, 0, 0, 0.88)', colorBgContainerDisabled: '#fcfcfc' };
const readOnlyTheme = { components: { Input: readable, InputNumber: readable, Select: readable, Checkbox: readable } };

type Versions = Output<'scoring.scale'>['versions'];

export function ScaleEditor({ scale, versions, reload }: { scale: Scale | null; versions: Versions; reload: () => void }) {
  const { year, locked: yearLocked } = useSelection();
  const { message } = App.useApp();
  const readOnly = yearLocked || (scale !== null && scale.status !== 'draft');
  const [draft, setDraft] = useState<Draft>(() => (scale ? draftOf(scale.definition) : blankDraft()));
  const [savedJson, setSavedJson] = useState<string | null>(() => (scale ? JSON.stringify(draftOf(scale.definition)) : null));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const save = useWrite('scoring.saveScale');
  const queryClient = useQueryClient();

  const json = JSON.stringify(draft);
  const dirty = !readOnly && json !== savedJson;
  const checked = useMemo(() => check(draft), [draft]);
  const engine = useMemo(() => engineDefinition(draft), [draft]);
  const sums = useMemo(() => scaleSums(engine), [engine]);
  const errors = useMemo(() => ({ ...(checked.ok ? {} : checked.errors), ...serverErrors }), [checked, serverErrors]);
  const problems = useMemo(() => [...errorProblems(draft, errors), ...scaleProblems(engine)], [draft, errors, engine]);

  /** Edits since the screen opened; a replacement in progress stops the saving of the draft it replaces. */
  const touched = useRef(false);
  const suspended = useRef(false);
  const latest = useRef({ draft, dirty });
  latest.current = { draft, dirty };

  const update = (change: (d: Draft) => Draft) => {
    touched.current = true;
    setServerErrors({});
    setDraft(change);
  };

  /** Saves the draft as it is now; false when the contract or the service refuses it (the fields say why). */
  const persist = async (announce = false): Promise<boolean> => {
    const current = latest.current.draft;
    const verdict = check(current);
    if (!verdict.ok) return false;
    try {
      await save.mutateAsync({ yearId: year.id, definition: verdict.definition });
      setSavedJson(JSON.stringify(current));
      if (announce) void message.success('Đã lưu thang điểm');
      return true;
    } catch (error) {
      if (error instanceof ApiError) {
        setServerErrors(Object.fromEntries(Object.entries(error.fieldErrors).map(([key, text]) => [key.replace(/^definition\./, ''), text])));
      }
      void message.error(error instanceof Error ? error.message : 'Không lưu được thang điểm.');
      return false;
    }
  };
  const persistRef = useRef(persist);
  persistRef.current = persist;

  useEffect(() => {
    if (!dirty || !checked.ok || suspended.current) return;
    const timer = setTimeout(() => void persistRef.current(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [json, dirty, checked.ok]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Leaving the screen (another screen, another year) saves what is left to save.
  useEffect(
    () => () => {
      if (!touched.current || suspended.current || !latest.current.dirty) return;
      const verdict = check(latest.current.draft);
      if (verdict.ok) {
        // The screen may open again before the save is answered: it opens on the draft as left.
        queryClient.setQueryData<Output<'scoring.scale'>>(readQuery('scoring.scale', { yearId: year.id }).queryKey, (data) =>
          data?.current ? { ...data, current: { ...data.current, definition: verdict.definition } } : data,
        );
        save.mutate({ yearId: year.id, definition: verdict.definition });
      } else void message.warning(`Thang điểm năm ${year.year} có thay đổi chưa lưu được vì còn ô chưa hợp lệ.`);
    },
    // Only on leaving: the refs hold the latest draft.
    [],
  );

  const sources = useScaleSources({
    yearId: year.id,
    year: year.year,
    replacing: hasContent(draft),
    before: () => {
      suspended.current = true;
    },
    after: (ok) => {
      if (ok) reload();
      else suspended.current = false;
    },
  });

  /** Says what was done, with "Hoàn tác" for a few seconds. */
  const undoable = (text: string, undo: () => void) => {
    const key = `undo-${Date.now()}`;
    void message.open({
      key,
      type: 'info',
      duration: 8,
      content: (
        <span>
          {text}{' '}
          <Button
            type="link"
            size="small"
            onClick={() => {
              undo();
              message.destroy(key);
            }}
          >
            Hoàn tác
          </Button>
        </span>
      ),
    });
  };
  const removed = (what: string, undo: () => void) => undoable(`Đã xóa ${what}.`, undo);

  const drop = (from: RowRef, to: RowRef) =>
    update((d) => (from.type === 'criterion' ? moveCriterion(d, from.gi, from.ci, to.gi, to.ci) : moveSub(d, from.gi, from.ci, from.si, to.type === 'sub' ? to.si : from.si)));

  const saveNow = () => {
    if (checked.ok) return void persist(true);
    void message.error('Chưa lưu được: còn ô chưa hợp lệ (xem danh sách cần sửa).');
    const first = Object.keys(errors)[0];
    if (first !== undefined) goToPath(first);
  };

  const saveState: SaveState = readOnly
    ? 'readOnly'
    : save.isPending
      ? 'saving'
      : !dirty
        ? 'saved'
        : checked.ok
          ? 'pending'
          : 'invalid';
  const olderVersions = versions.filter((v) => v.id !== scale?.id);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8 }}>
        <Typography.Title level={3} style={{ margin: 0, marginRight: 8 }}>
          Thang điểm năm {year.year}
        </Typography.Title>
        {scale && <Tag color={statusTags[scale.status].color}>{statusTags[scale.status].label}</Tag>}
        {scale && (scale.version > 1 || olderVersions.length > 0) && <Tag color="blue">Phiên bản {scale.version}</Tag>}
        {!scale && <Tag>Chưa lưu</Tag>}
      </div>
      {olderVersions.length > 0 && (
        <Typography.Text type="secondary">
          Các phiên bản trước:{' '}
          {olderVersions
            .map((v) => `phiên bản ${v.version} (${statusTags[v.status].label.toLowerCase()}, ${v.scoredUnits} đơn vị đã chấm)`)
            .join('; ')}
          . Điểm đã chấm theo phiên bản cũ vẫn xem được ở màn hình Xếp hạng.
        </Typography.Text>
      )}
      <Space wrap>
        {!readOnly && (
          <>
            <Button onClick={() => sources.startFrom('lastYear')} loading={sources.pending}>
              Bắt đầu từ năm trước
            </Button>
            <Button onClick={() => sources.startFrom('template')} loading={sources.pending}>
              Bắt đầu từ mẫu của khối
            </Button>
            <ImportButton onFile={(file) => void sources.importFile(file)} disabled={sources.pending} />
            <Button
              title="Đặt lại mã theo thứ tự: nhóm I, II…; tiêu chí 1.1, 1.2…; tiêu chí con 1.1.a…"
              onClick={() => {
                const before = latest.current.draft;
                update(renumbered);
                undoable('Đã đánh số lại các mã theo thứ tự.', () => update(() => before));
              }}
            >
              Đánh số lại
            </Button>
          </>
        )}
        <LifecycleButtons
          scale={scale}
          year={year.year}
          yearId={year.id}
          yearLocked={yearLocked}
          lockBlockers={problems.length}
          saveFirst={async () => !latest.current.dirty || persistRef.current()}
          reload={() => {
            suspended.current = true;
            reload();
          }}
        />
      </Space>
      {yearLocked && <Alert type="info" showIcon title={`Năm ${year.year} đã khóa sổ: thang điểm chỉ để xem.`} />}
      {!yearLocked && scale?.status === 'locked' && (
        <Alert
          type="info"
          showIcon
          title={
            scale.scoredUnits > 0
              ? `Thang điểm đã khóa, ${scale.scoredUnits} đơn vị đã được chấm điểm: muốn sửa, hãy tạo phiên bản mới.`
              : 'Thang điểm đã khóa: các đơn vị chấm điểm theo thang điểm này. Chưa có điểm chấm nên vẫn mở khóa được để sửa.'
          }
        />
      )}
      {!readOnly && scale && scale.version > 1 && (
        <Alert
          type="info"
          showIcon
          title={`Phiên bản ${scale.version} đang soạn: việc chấm điểm vẫn theo phiên bản ${scale.version - 1} cho đến khi khóa phiên bản này.`}
        />
      )}
      {!readOnly && <ProblemsAlert problems={problems} unsaved={!checked.ok} />}
      <ErrorsContext.Provider value={errors}>
        <ConfigProvider theme={readOnly ? readOnlyTheme : undefined}>
          <Form component={false} disabled={readOnly}>
            <DragProvider onDrop={drop}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Card size="small" title="Điểm chuẩn">
                  <Space size="large" wrap>
                    <Labelled label="Tổng điểm chuẩn">
                      <PointsInput path="base" label="Tổng điểm chuẩn" value={draft.base} onChange={(base) => update((d) => ({ ...d, base }))} width={120} />
                    </Labelled>
                    <Labelled label="Điểm thưởng tối đa">
                      <PointsInput path="bonusCap" label="Điểm thưởng tối đa" value={draft.bonusCap} onChange={(bonusCap) => update((d) => ({ ...d, bonusCap }))} width={120} />
                    </Labelled>
                    <Typography.Text type="secondary">Các nhóm tiêu chí phải cộng lại đúng tổng điểm chuẩn; điểm thưởng cộng thêm, không quá mức tối đa.</Typography.Text>
                  </Space>
                </Card>
                <div data-path="groups" style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
                  {draft.groups.map((group, gi) => (
                    <GroupCard
                      key={group.key}
                      group={group}
                      gi={gi}
                      groups={draft.groups.length}
                      sum={sums.groups[gi]?.max ?? '0'}
                      readOnly={readOnly}
                      update={update}
                      removed={removed}
                      onMoveGroup={(delta) => update((d) => ({ ...d, groups: move(d.groups, gi, gi + delta) }))}
                      onRemoveGroup={() => {
                        update((d) => ({ ...d, groups: d.groups.filter((_, i) => i !== gi) }));
                        removed(`nhóm ${group.code}`, () => update((d) => ({ ...d, groups: insertAt(d.groups, Math.min(gi, d.groups.length), group) })));
                      }}
                    />
                  ))}
                  {!readOnly && (
                    <div>
                      <Button disabled={draft.groups.length >= 20} onClick={() => update((d) => ({ ...d, groups: [...d.groups, blankGroup(d.groups.length)] }))}>
                        + Thêm nhóm tiêu chí
                      </Button>
                    </div>
                  )}
                </div>
                <BonusCard draft={draft} readOnly={readOnly} update={update} removed={removed} />
                <DeductionsCard draft={draft} readOnly={readOnly} update={update} removed={removed} />
                <BandsCard draft={draft} readOnly={readOnly} update={update} removed={removed} />
                <TieBreakCard draft={draft} readOnly={readOnly} update={update} />
              </Space>
            </DragProvider>
          </Form>
        </ConfigProvider>
      </ErrorsContext.Provider>
      <SummaryBar draft={draft} groupSums={sums.groups.map((g) => g.max)} state={saveState} onSave={saveNow} />
    </Space>
  );
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Space size={8} align="center">
      <Typography.Text>{label}</Typography.Text>
      {children}
    </Space>
  );
}
