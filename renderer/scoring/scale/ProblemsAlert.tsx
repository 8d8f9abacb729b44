// What stops the scale from being saved or locked, each with a link to its field: the contract's messages
// (named by their place: "Tiêu chí 1.5: Tên tiêu chí không được để trống") and the engine's.
import { Alert, Button } from 'antd';
import type { ScaleProblem } from '../../../main/contract/index.js';
import { useSelection } from '../../app/selection';
import type { Draft } from './draft';
import { goToPath } from './fields';

/** "Tiêu chí 1.2", "Điểm thưởng, mục 3"…: where a path points, in the officer's words. */
function placeOf(d: Draft, path: string): string {
  const [head, a, b, c, e, f] = path.split('.');
  const i = Number(a);
  const lists: Record<string, string> = { bonus: 'Điểm thưởng, mục', deductions: 'Điểm trừ, mục', bands: 'Xếp loại, mức', tieBreaks: 'Thứ tự ưu tiên, bước' };
  if (head === 'base') return 'Tổng điểm chuẩn';
  if (head === 'bonusCap') return 'Điểm thưởng tối đa';
  if (head !== 'groups') return head && lists[head] && a !== undefined ? `${lists[head]} ${i + 1}` : 'Thang điểm';
  const group = d.groups[i];
  if (!group) return 'Nhóm tiêu chí';
  const criterion = b === 'criteria' && c !== undefined ? group.criteria[Number(c)] : undefined;
  if (!criterion) return `Nhóm ${group.code || i + 1}`;
  const sub = e === 'children' && f !== undefined ? criterion.children[Number(f)] : undefined;
  return sub ? `Tiêu chí con ${sub.code || Number(f) + 1}` : `Tiêu chí ${criterion.code || Number(c) + 1}`;
}

/** The contract's messages as problems, each named by its place. */
export const errorProblems = (d: Draft, errors: Record<string, string>): ScaleProblem[] =>
  Object.entries(errors).map(([path, message]) => ({ path, message: `${placeOf(d, path)}: ${message}` }));

export function ProblemsAlert({ problems, unsaved }: { problems: ScaleProblem[]; unsaved: boolean }) {
  // A closed year's scale can no longer be fixed: nothing to list.
  if (useSelection().locked) return null;
  if (problems.length === 0) {
    return <Alert type="success" showIcon title="Thang điểm hợp lệ: các nhóm cộng lại đúng điểm chuẩn, có thể khóa để chấm điểm." />;
  }
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={`${unsaved ? 'Chưa lưu được, chưa khóa được' : 'Chưa khóa được'} thang điểm: cần sửa ${problems.length} chỗ`}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label="Cần sửa trước khi khóa">
          {problems.map((p, i) => (
            <li key={i}>
              {p.message}{' '}
              <Button type="link" size="small" onClick={() => goToPath(p.path)} style={{ paddingInline: 4 }} aria-label={`Đến chỗ cần sửa: ${p.message}`}>
                Sửa
              </Button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
