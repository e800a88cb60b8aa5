/**
 * The ops dashboard: every overdue step and every step due soon (GET /v1/ops/overdue, /v1/ops/due-soon)
 * with working-day ages, filterable by county, township and step; charts of steps going overdue per
 * day and open steps by step (GET /v1/ops/stats); calendar coverage and the parameter admin form.
 */
import { api, problemText, type OpsStep } from '../api/client';
import { field, h, replace, select } from '../dom';
import { STEP, label } from '../labels';
import { barChart } from './charts';
import { adminSection } from './ops-admin';

export async function opsPage(main: HTMLElement): Promise<void> {
  document.title = '运维看板 · 帮扶';
  const alert = h('p', { role: 'alert', class: 'error' });
  const county = field('县（区）代码', h('input', { type: 'text', inputmode: 'numeric', pattern: '\\d{6}', placeholder: '全部' }));
  const township = field('乡镇代码', h('input', { type: 'text', inputmode: 'numeric', pattern: '\\d{9}', placeholder: '全部' }));
  const step = field('步骤', select([['', '全部步骤'], ...Object.entries(STEP)]));
  const overdue = h('section', { 'aria-labelledby': 'od-h' });
  const dueSoon = h('section', { 'aria-labelledby': 'ds-h' });
  const charts = h('section', { 'aria-labelledby': 'ch-h', class: 'charts' });

  async function load() {
    alert.textContent = '';
    const query = {
      ...(county.control.value.trim() ? { county: county.control.value.trim() } : {}),
      ...(township.control.value.trim() ? { township: township.control.value.trim() } : {}),
      ...(step.control.value ? { step: step.control.value as OpsStep['step'] as never } : {}),
    };
    const [o, d, st] = await Promise.all([
      api.GET('/v1/ops/overdue', { params: { query } }),
      api.GET('/v1/ops/due-soon', { params: { query } }),
      api.GET('/v1/ops/stats', { params: { query: query.county ? { county: query.county } : {} } }),
    ]);
    for (const r of [o, d, st]) if (r.error) alert.textContent = problemText(r.error, r.response.status);
    replace(overdue, h('h2', { id: 'od-h' }, `超期步骤（${o.data?.items.length ?? 0}）`), stepsTable(o.data?.items ?? [], 'overdue'));
    replace(dueSoon, h('h2', { id: 'ds-h' }, `即将到期（2 个工作日内，${d.data?.items.length ?? 0}）`), stepsTable(d.data?.items ?? [], 'soon'));
    if (st.data) {
      const byStep = new Map<string, number>();
      for (const x of st.data.byStep) byStep.set(x.step, (byStep.get(x.step) ?? 0) + x.n);
      replace(
        charts,
        h('h2', { id: 'ch-h' }, '统计'),
        barChart('每日新增超期步骤', st.data.overdueOverTime.slice(-14).map((x) => ({ label: x.day, n: x.n })), { color: '#b91c1c' }),
        barChart('各步骤在办数量', [...byStep].map(([k, n]) => ({ label: label(STEP, k), n }))),
        barChart('各县在办案件', st.data.byCounty.map((x) => ({ label: x.county, n: x.openCases })), { color: '#047857' }),
      );
    }
  }

  const filters = h('form', { class: 'filters', onsubmit: (e: Event) => { e.preventDefault(); void load(); } }, county.wrap, township.wrap, step.wrap, h('button', { type: 'submit' }, '筛选'));
  replace(main, h('h1', { tabindex: -1 }, '运维看板'), alert, filters, overdue, dueSoon, charts, adminSection());
  await load();
}

function stepsTable(items: OpsStep[], kind: 'overdue' | 'soon'): HTMLElement {
  if (!items.length) return h('p', { class: 'empty' }, kind === 'overdue' ? '没有超期步骤。' : '没有即将到期的步骤。');
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', {}, kind === 'overdue' ? '超期步骤（最久的在前）' : '即将到期的步骤'),
      h('thead', {}, h('tr', {}, ...['案件', '步骤', '县（区）', '乡镇', '办理期限', kind === 'overdue' ? '超期工作日' : '剩余工作日', '已办理工作日'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        ...items.map((x) =>
          h(
            'tr',
            { class: kind === 'overdue' ? 'warn-red' : x.workingDays <= 1 ? 'warn-amber' : 'warn-blue' },
            h('td', {}, h('a', { href: `/cases/${encodeURIComponent(x.caseId)}` }, x.caseId)),
            h('td', {}, label(STEP, x.step)),
            h('td', {}, x.county),
            h('td', {}, x.township),
            h('td', {}, x.dueDate ?? '—', x.provisional ? '（暂定）' : ''),
            h('td', {}, String(kind === 'overdue' ? x.workingDaysOverdue : x.workingDays)),
            h('td', {}, String(x.workingDaysOpen)),
          ),
        ),
      ),
    ),
  );
}
