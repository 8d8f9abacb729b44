// A chart with a button that saves it as a titled PNG (ranking, history).
import { useRef, useState, type ReactNode } from 'react';
import { App, Button } from 'antd';
import { useNotifyError } from './actions';
import { downloadChartPng } from '../scoring/ranking/png';

export function PngChart({ title, fileName, testId, children }: { title: string; fileName: string; testId: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (!box.current) return;
    setSaving(true);
    try {
      await downloadChartPng(box.current, title, fileName);
      void message.success(`Đã tải về ${fileName}`);
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Button size="small" onClick={() => void save()} loading={saving} style={{ marginBottom: 8 }}>
        Tải ảnh PNG
      </Button>
      <div ref={box} data-testid={testId}>
        {children}
      </div>
    </>
  );
}
