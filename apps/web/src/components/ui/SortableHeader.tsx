import type { SortDirection } from '../../lib/sort';

/** A column header that sorts on click; aria-sort tells screen readers the current order. */
export function SortableHeader({
  label,
  active,
  direction,
  onSort,
  numeric,
  title,
}: {
  label: string;
  active: boolean;
  direction: SortDirection;
  onSort: () => void;
  numeric?: boolean;
  title?: string;
}) {
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined} title={title}>
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
