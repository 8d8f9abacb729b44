// The grid's three header rows: the group bands, each item's code and limit (its name in the tooltip), and
// "Tự chấm" | "Khối chấm" under each item; the computed columns span all three.
import { memo } from 'react';
import type { ScaleGroup } from '../../../main/contract/index.js';
import type { ScoredItem } from '../../../main/scoring/index.js';
import { itemHeading, itemLimit, itemTitle, sideLabel, SIDES, type Band } from './columns';

export const GridHeader = memo(function GridHeader({ bands, items, groups }: { bands: Band[]; items: ScoredItem[]; groups: ScaleGroup[] }) {
  return (
    <thead>
      <tr>
        <th className="sg-unit" rowSpan={3} scope="col">
          Đơn vị
        </th>
        {bands.map((band) => (
          <th key={band.key} colSpan={band.items * 2} className="sg-band" title={band.title}>
            {band.label}
          </th>
        ))}
        {groups.map((g) => (
          <th key={g.key} rowSpan={3} className="sg-computed" title={`Điểm nhóm ${g.code} (theo điểm Khối chấm nếu có)`}>
            Nhóm {g.code}
          </th>
        ))}
        <th rowSpan={3} className="sg-computed" title="Điểm thưởng, trong mức tối đa">
          Thưởng
        </th>
        <th rowSpan={3} className="sg-computed" title="Điểm trừ">
          Trừ
        </th>
        <th rowSpan={3} className="sg-total" title="Tổng điểm">
          Tổng
        </th>
        <th rowSpan={3} className="sg-rank" title="Xếp hạng">
          Hạng
        </th>
        <th rowSpan={3} className="sg-computed">
          Xếp loại
        </th>
      </tr>
      <tr>
        {items.map((item) => (
          <th key={item.key} colSpan={2} title={itemTitle(item)} scope="colgroup">
            {itemHeading(item)}
            <span className="sg-limit">{itemLimit(item)}</span>
          </th>
        ))}
      </tr>
      <tr>
        {items.flatMap((item) =>
          SIDES.map((side) => (
            <th key={`${item.key}/${side}`} scope="col" className={`sg-side-head${side === 'bloc' ? ' sg-bloc' : ''}`}>
              {sideLabel[side]}
            </th>
          )),
        )}
      </tr>
    </thead>
  );
});
