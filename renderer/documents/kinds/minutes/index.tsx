// Biên bản: drawn from the meeting (check-in, content, conclusions).
import { meetingDraftForm } from '../meeting-draft';

export const minutesForm = meetingDraftForm();
