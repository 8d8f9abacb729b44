// "Văn bản": choose a type, fill in its input, see the live preview and its format check, then
// print, save as DOCX or issue it (a number from the register).
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Radio, Space, Typography } from 'antd';
import type { DocumentType, RegisterEntry } from '../../main/contract/index.js';
import { ApiError } from '../api/client';
import { navigate, numberParam, useRouteParams } from '../app/routes';
import { useSelection } from '../app/selection';
import { useMeetings } from '../meetings/queries';
import { usePledge } from '../pledges/queries';
import { BreachAlert } from './BreachAlert';
import { DocumentToolbar } from './DocumentToolbar';
import { DraftForm } from './DraftForm';
import { draftFromRequest, emptyDraft, isDocumentType, missingForPreview, toRequest, typeLabels, type Draft } from './draft';
import { IssueDialog } from './IssueDialog';
import { documentName, issuedMessage } from './naming';
import { IssuedView } from './IssuedView';
import { DocumentPreview } from './preview/DocumentPreview';
import { useIssued, usePrepared, type DocumentRequestInput } from './queries';

export function DocumentPage() {
  const { year, locked } = useSelection();
  const params = useRouteParams();
  const type = params.get('type');
  const replacesId = numberParam(params, 'replaces');
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(isDocumentType(type) ? type : 'invitation', numberParam(params, 'meetingId')));
  const meetings = useMeetings(year.id);
  const replaced = useIssued(replacesId).data;
  const replaces = replaced?.entry ?? null;
  const [issued, setIssued] = useState<RegisterEntry | null>(null);
  // A replacement starts from what the replaced entry was issued from, once that entry has loaded;
  // an entry issued before the register kept requests leaves the empty form.
  const [prefilledFrom, setPrefilledFrom] = useState<number | null>(null);
  if (replaced && replaced.entry.id !== prefilledFrom) {
    setPrefilledFrom(replaced.entry.id);
    if (replaced.request) setDraft(draftFromRequest(replaced.request));
  }

  if (issued) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {typeLabels[issued.type]}
        </Typography.Title>
        <Alert
          type="success"
          showIcon
          title={issuedMessage(issued)}
          action={
            <Space>
              <Button onClick={() => navigate('register')}>Mở sổ văn bản</Button>
              <Button onClick={() => setIssued(null)}>Soạn tiếp</Button>
            </Space>
          }
        />
        <IssuedView documentId={issued.id} />
      </Space>
    );
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        Văn bản năm {year.year}
      </Typography.Title>
      {replaces && <Alert type="info" showIcon title={`Văn bản ban hành lần này thay thế ${documentName(replaces)}${replaces.number === null ? '' : ` (${replaces.title})`}.`} />}
      <Card size="small" title="Loại văn bản">
        <Radio.Group
          aria-label="Loại văn bản"
          optionType="button"
          value={draft.type}
          onChange={(e) => setDraft({ ...emptyDraft(e.target.value as DocumentType, draft.meetingId) })}
          options={Object.entries(typeLabels).map(([value, label]) => ({ value, label }))}
        />
      </Card>
      <Card size="small" title={`Nội dung ${typeLabels[draft.type].toLowerCase()}`}>
        <DraftEditor draft={draft} onChange={setDraft} meetings={meetings.data ?? []} locked={locked} replaces={replaces} onIssued={setIssued} />
      </Card>
    </Space>
  );
}

/** The form, then the check, the buttons and the preview of what the form says (debounced). */
function DraftEditor({
  draft,
  onChange,
  meetings,
  locked,
  replaces,
  onIssued,
}: {
  draft: Draft;
  onChange: (d: Draft) => void;
  meetings: Parameters<typeof DraftForm>[0]['meetings'];
  locked: boolean;
  replaces: RegisterEntry | null;
  onIssued: (entry: RegisterEntry) => void;
}) {
  const { year } = useSelection();
  const settled = useDebounced(draft, 400);
  const request = toRequest(year.id, settled);
  const prepared = usePrepared(request);
  // What "Ban hành" opened on: the request as previewed, fixed until the dialog closes, so a preview
  // refreshing meanwhile neither changes what is issued nor closes the dialog.
  const [issuing, setIssuing] = useState<{ request: DocumentRequestInput; numbered: boolean } | null>(null);
  const typing = draft !== settled;
  // A pledge with a signatory's name or position missing is fixed first (shown above), not issued.
  const pledge = usePledge(year.id, draft.type === 'pledge');
  const pledgeProblems = draft.type === 'pledge' ? (pledge.data?.problems.length ?? 0) : 0;
  const error = prepared.error;
  const errors = error instanceof ApiError ? error.fieldErrors : {};
  const missing = missingForPreview(settled);
  const meetingId = draft.meetingId;
  // Missing meeting fields (date, place…) come back keyed by the meeting's field names.
  const meetingProblem = error instanceof ApiError && meetingId !== null && !Object.keys(error.fieldErrors).some((k) => k.startsWith('input.'));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <DraftForm draft={draft} onChange={onChange} meetings={meetings} errors={errors} />
      {missing && <Alert type="info" showIcon title={missing} />}
      {error && (
        <Alert
          type="error"
          showIcon
          title={error.message}
          action={
            meetingProblem ? (
              <Button size="small" onClick={() => navigate('meeting', { id: meetingId })}>
                Sửa hội nghị
              </Button>
            ) : undefined
          }
        />
      )}
      {request && prepared.data && !error && (
        <>
          <BreachAlert breaches={prepared.data.breaches} />
          <DocumentToolbar source={{ request }}>
            <Button
              type="primary"
              disabled={locked || typing || prepared.isFetching || prepared.data.breaches.length > 0 || pledgeProblems > 0}
              title={
                locked
                  ? `Năm ${year.year} đã khóa sổ`
                  : pledgeProblems > 0
                    ? 'Sửa các mục cần sửa của bản giao ước trước khi ban hành'
                    : undefined
              }
              onClick={() => setIssuing({ request, numbered: prepared.data.model.header.numbered !== false })}
            >
              Ban hành
            </Button>
          </DocumentToolbar>
          <DocumentPreview doc={prepared.data.model} />
        </>
      )}
      {issuing && (
        <IssueDialog
          open
          request={issuing.request}
          replaces={replaces}
          numbered={issuing.numbered}
          onClose={() => setIssuing(null)}
          onIssued={(entry) => {
            setIssuing(null);
            onIssued(entry);
          }}
        />
      )}
    </Space>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
