import { useMemo } from 'react';
import type { EntityDetail } from '../api/types.ts';
import { Chart } from '../components/chart.tsx';
import { formatPartialDate } from '../lib/format.ts';

type Period = EntityDetail['timeline'][number];

function periodLabel(period: string): string {
  return period === 'undated' ? 'tanpa tanggal' : formatPartialDate(period);
}

/** Months in order, undated last. */
function ordered(timeline: Period[]): Period[] {
  return [...timeline].sort(
    (a, b) =>
      Number(a.period === 'undated') - Number(b.period === 'undated') || a.period.localeCompare(b.period),
  );
}

/** Mentions and documents per month, as a chart with its data table beside it for readers who cannot see it. */
export function EntityTimeline({ timeline }: { timeline: Period[] }) {
  const rows = useMemo(() => ordered(timeline), [timeline]);
  const option = useMemo(
    () => ({
      animation: false,
      color: ['#2b6f7e', '#c07a2c'],
      grid: { left: 40, right: 16, top: 32, bottom: 28 },
      legend: { top: 0, left: 0, itemWidth: 12, itemHeight: 8, textStyle: { color: '#475467' } },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: rows.map((r) => periodLabel(r.period)), axisTick: { show: false } },
      yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: '#eaecf0' } } },
      series: [
        { name: 'Dokumen', type: 'bar', barMaxWidth: 28, data: rows.map((r) => r.documents) },
        { name: 'Sebutan', type: 'line', symbolSize: 6, data: rows.map((r) => r.mentions) },
      ],
    }),
    [rows],
  );
  const total = rows.reduce((sum, r) => sum + r.mentions, 0);
  return (
    <>
      <Chart option={option} label={`Sebutan per bulan: ${total} sebutan dalam ${rows.length} periode`} />
      <details className="chart-data">
        <summary>Data grafik</summary>
        <table className="data compact">
          <thead>
            <tr>
              <th scope="col">Periode</th>
              <th scope="col">Dokumen</th>
              <th scope="col">Sebutan</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.period}>
                <td>{periodLabel(r.period)}</td>
                <td className="num">{r.documents}</td>
                <td className="num">{r.mentions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
