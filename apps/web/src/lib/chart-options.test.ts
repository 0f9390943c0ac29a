import { describe, expect, it } from 'vitest';
import { chartOptionsFrom, chartOptionsParams, defaultChartOptions } from './chart-options';

describe('chart options in the URL', () => {
  it('round-trips every option through query parameters, defaults left out', () => {
    const options = { bands: false, smoothing: 5, logScale: true, x: 'impressions' as const };
    const params = chartOptionsParams(options);
    expect(params).toEqual({ bands: 'off', smooth: '5', log: '1', x: 'impressions' });
    expect(chartOptionsFrom(new URLSearchParams(params as Record<string, string>))).toEqual(
      options,
    );
    expect(Object.values(chartOptionsParams(defaultChartOptions))).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('reads a missing or malformed parameter as the default', () => {
    expect(chartOptionsFrom(new URLSearchParams('smooth=4&x=time&log=yes'))).toEqual(
      defaultChartOptions,
    );
  });
});
