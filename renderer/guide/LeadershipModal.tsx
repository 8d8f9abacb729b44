// "Chọn Trưởng khối, Phó khối" from the home screen. The head unit's drafting office ("Lưu: VT, …" on every
// document) is asked here too while the year has none, since it is the head unit's own office.
import { useState } from 'react';
import { Button, Form, Input, Modal, Select } from 'antd';
import { archiveMissing, type Settings, type Year, type YearUnit } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { useRead, useWrite } from '../api/hooks';
import { vietnameseSearch } from '../common/search';

export function LeadershipModal({ year, onClose }: { year: Year; onClose: () => void }) {
  const members = useRead('units.list', { yearId: year.id });
  const settings = useRead('settings.get', { yearId: year.id });
  return (
    <Modal open title={`Trưởng khối, Phó khối năm ${year.year}`} onCancel={onClose} footer={null} destroyOnHidden>
      {members.data && settings.data && <LeadershipFields year={year} members={members.data} settings={settings.data} onClose={onClose} />}
    </Modal>
  );
}

function LeadershipFields({ year, members, settings, onClose }: { year: Year; members: YearUnit[]; settings: Settings; onClose: () => void }) {
  const setLeadership = useWrite('years.setLeadership', 'Đã lưu Trưởng khối, Phó khối');
  const updateSettings = useWrite('settings.update');
  const [head, setHead] = useState(year.headUnitId);
  const [deputy, setDeputy] = useState(year.deputyUnitId);
  const askArchive = archiveMissing(settings.archive);
  const [archive, setArchive] = useState(settings.archive || 'VT, ');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const options = members.map((m) => ({ value: m.unitId, label: m.name }));

  const save = async () => {
    setErrors({});
    try {
      await setLeadership.mutateAsync({ yearId: year.id, headUnitId: head, deputyUnitId: deputy });
      if (askArchive && !archiveMissing(archive)) {
        await updateSettings.mutateAsync({ ...settings, yearId: year.id, archive });
      }
      onClose();
    } catch (error) {
      setErrors(error instanceof ApiError ? { ...error.fieldErrors, form: error.message } : { form: 'Không lưu được.' });
    }
  };

  const select = (label: string, field: 'headUnitId' | 'deputyUnitId', value: number | null, set: (v: number | null) => void) => (
    <Form.Item label={label} htmlFor={field} validateStatus={errors[field] ? 'error' : undefined} help={errors[field]}>
      <Select
        id={field}
        value={value ?? undefined}
        onChange={(v: number | undefined) => set(v ?? null)}
        options={options}
        allowClear
        showSearch={vietnameseSearch}
        placeholder="Chọn đơn vị"
      />
    </Form.Item>
  );

  return (
    <Form layout="vertical" component="div">
      {select('Trưởng khối', 'headUnitId', head, setHead)}
      {select('Phó khối', 'deputyUnitId', deputy, setDeputy)}
      {askArchive && (
        <Form.Item
          label="Nơi lưu văn bản"
          htmlFor="archive"
          validateStatus={errors.archive ? 'error' : undefined}
          help={errors.archive}
          extra="In sau “Lưu:” ở cuối mọi văn bản: “VT,” và ký hiệu đơn vị soạn thảo của đơn vị Trưởng khối, ví dụ “VT, VP”."
        >
          <Input id="archive" value={archive} onChange={(e) => setArchive(e.target.value)} />
        </Form.Item>
      )}
      {errors.form && !errors.headUnitId && !errors.deputyUnitId && !errors.archive && (
        <Form.Item validateStatus="error" help={errors.form} />
      )}
      <Form.Item style={{ marginBottom: 0 }}>
        <SaveButtons saving={setLeadership.isPending || updateSettings.isPending} onSave={() => void save()} onCancel={onClose} />
      </Form.Item>
    </Form>
  );
}

function SaveButtons({ saving, onSave, onCancel }: { saving: boolean; onSave: () => void; onCancel: () => void }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', gap: 8 }}>
      <Button onClick={onCancel}>Hủy</Button>
      <Button type="primary" loading={saving} onClick={onSave}>
        Lưu Trưởng khối, Phó khối
      </Button>
    </div>
  );
}
