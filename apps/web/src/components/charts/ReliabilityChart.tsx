'use client';

import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../lib/format';
import { ChartFrame } from './ChartFrame';
import { seriesColor } from './palette';

export interface ReliabilityPoint {
  /** Mean predicted probability in the bin. */
  predicted: number;
  /** Observed frequency of the positive label in the bin. */
  observed: number;
  count: number;
}

export interface ReliabilitySeries {
  label: string;
  bins: readonly ReliabilityPoint[];
}

const axisTick = { fontSize: 11, fill: '#5d6575' };

/** Predicted probability against observed frequency; a calibrated model sits on the diagonal. */
export function ReliabilityChart({
  series,
  height = 280,
}: {
  series: readonly ReliabilitySeries[];
  height?: number;
}) {
  return (
    <ChartFrame
      title="Reliability diagram"
      description={`observed frequency against predicted probability per bin, one line per arm (${series.map((s) => s.label).join(', ')}); the diagonal is perfect calibration`}
      note="dashed diagonal: perfect calibration; bins with no predictions are skipped"
    >
      <ComposedChart
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 6, right: 12, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke="#eef0f4" />
        <XAxis
          dataKey="predicted"
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          tick={axisTick}
          label={{
            value: 'predicted',
            position: 'insideBottomRight',
            offset: -2,
            fontSize: 11,
            fill: '#8a91a0',
          }}
        />
        <YAxis
          dataKey="observed"
          type="number"
          domain={[0, 1]}
          ticks={[0, 0.2, 0.4, 0.6, 0.8, 1]}
          width={40}
          tick={axisTick}
          label={{
            value: 'observed',
            angle: -90,
            position: 'insideLeft',
            fontSize: 11,
            fill: '#8a91a0',
          }}
        />
        <ReferenceLine
          segment={[
            { x: 0, y: 0 },
            { x: 1, y: 1 },
          ]}
          stroke="#9aa1af"
          strokeDasharray="4 4"
          ifOverflow="visible"
        />
        <Tooltip
          formatter={(value) => (typeof value === 'number' ? formatNumber(value) : String(value))}
          labelFormatter={(p) => `predicted ${formatNumber(Number(p))}`}
          contentStyle={{ fontSize: 12, borderRadius: 6 }}
        />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Line
            key={s.label}
            data={s.bins.filter((b) => b.count > 0)}
            dataKey="observed"
            name={s.label}
            stroke={seriesColor(i)}
            strokeWidth={1.8}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        ))}
      </ComposedChart>
    </ChartFrame>
  );
}
