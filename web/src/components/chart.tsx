import type { EChartsCoreOption } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';

/**
 * An ECharts chart, loaded on first use so pages without charts never download it. The caller
 * keeps `option` stable (useMemo) and gives a text `label`; the data should also be shown as a table.
 */
export function Chart({
  option,
  label,
  heightPx = 220,
}: {
  option: EChartsCoreOption;
  label: string;
  heightPx?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let disposed = false;
    let cleanup = (): void => {};
    import('../lib/echarts-setup.ts').then(
      ({ init }) => {
        const element = container.current;
        if (disposed || !element) return;
        const chart = init(element, null, { renderer: 'canvas' });
        chart.setOption(option);
        const observer = new ResizeObserver(() => chart.resize());
        observer.observe(element);
        cleanup = () => {
          observer.disconnect();
          chart.dispose();
        };
      },
      () => setFailed(true),
    );
    return () => {
      disposed = true;
      cleanup();
    };
  }, [option]);

  if (failed) return <p className="status">Grafik tidak dapat dimuat.</p>;
  return <div ref={container} className="chart" role="img" aria-label={label} style={{ height: heightPx }} />;
}
