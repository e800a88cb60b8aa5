/** Bar charts in plain SVG (no charting library: nothing to load, nothing inline), with a text table twin for screen readers. */
import { h, s } from '../dom';

export function barChart(title: string, data: { label: string; n: number }[], opts: { width?: number; color?: string } = {}): HTMLElement {
  const W = opts.width ?? 560;
  const barH = 22;
  const left = 150;
  const H = Math.max(1, data.length) * (barH + 6) + 10;
  const max = Math.max(1, ...data.map((d) => d.n));
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: 'img', 'aria-label': `${title}：${data.map((d) => `${d.label} ${d.n}`).join('，') || '无数据'}` });
  data.forEach((d, i) => {
    const y = 5 + i * (barH + 6);
    const w = Math.round(((W - left - 50) * d.n) / max);
    svg.append(
      s('text', { x: left - 8, y: y + barH * 0.7, 'text-anchor': 'end', 'font-size': 13, fill: '#1f2937' }, d.label),
      s('rect', { x: left, y, width: Math.max(w, d.n > 0 ? 2 : 0), height: barH, fill: opts.color ?? '#1d4ed8', rx: 2 }),
      s('text', { x: left + w + 6, y: y + barH * 0.7, 'font-size': 13, fill: '#1f2937' }, String(d.n)),
    );
  });
  return h('figure', { class: 'chart' }, h('figcaption', {}, title), data.length ? svg : h('p', { class: 'empty' }, '无数据'));
}
