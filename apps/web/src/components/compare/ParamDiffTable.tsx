import type { CompareResult } from '../../trpc/types';
import { rowHead } from '../ui/row-head';
import { ScrollBox } from '../ui/ScrollBox';

function show(value: unknown): string {
  if (value === null) return 'null';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Only the spec fields whose values differ between the compared columns. */
export function ParamDiffTable({
  columns,
  rows,
}: {
  columns: CompareResult['columns'];
  rows: CompareResult['paramDiff'];
}) {
  if (rows.length === 0) {
    return (
      <p className="subtitle">The specs are identical in every field (arms matched by name).</p>
    );
  }
  return (
    <ScrollBox label="Parameters that differ">
      <table className="data" aria-label="Parameters that differ">
        <thead>
          <tr>
            <th scope="col">Field</th>
            {columns.map((c) => (
              <th scope="col" key={c.label}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} data-param-path={row.path}>
              <th scope="row" className="mono" style={rowHead}>
                {row.path}
              </th>
              {row.values.map((value, i) =>
                row.absent.includes(i) ? (
                  <td key={columns[i]?.label ?? i} className="mono diff-cell absent">
                    <span title="this column has no such field">—</span>
                  </td>
                ) : (
                  <td key={columns[i]?.label ?? i} className="mono diff-cell">
                    {show(value)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
