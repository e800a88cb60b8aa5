/**
 * Ops admin forms: calendar coverage with loading an official year (PUT /v1/ops/calendar/{year}) and
 * setting a dated regional parameter (PUT /v1/ops/parameters). Field messages come from problem+json.
 */
import { api, problemText, type Problem } from '../api/client';
import { field, h, replace } from '../dom';

function showProblem(out: HTMLElement, fields: Record<string, { message: HTMLElement; control: HTMLElement }>, error: unknown, status: number) {
  for (const f of Object.values(fields)) {
    f.message.textContent = '';
    f.control.removeAttribute('aria-invalid');
  }
  for (const e of (error as Problem).errors ?? []) {
    const f = fields[e.path.split('.')[0]!];
    if (f) {
      f.message.textContent = e.message;
      f.control.setAttribute('aria-invalid', 'true');
    }
  }
  out.textContent = problemText(error, status);
}

export function adminSection(): HTMLElement {
  const coverage = h('div', { 'aria-live': 'polite' });
  const calOut = h('p', { role: 'status' });
  const year = field('年份', h('input', { type: 'number', min: 1990, max: 2100 }));
  const holidays = field('法定节假日', h('textarea', { rows: 2, placeholder: '2027-01-01,2027-02-06' }), '逗号分隔的日期');
  const workdays = field('调休上班日', h('textarea', { rows: 2 }), '逗号分隔的日期');
  const source = field('发布依据', h('input', { type: 'text', placeholder: '国务院办公厅关于2027年部分节假日安排的通知' }));
  const list = (v: string) => v.split(/[,，\s]+/).map((x) => x.trim()).filter(Boolean);

  async function loadCoverage() {
    const r = await api.GET('/v1/ops/calendar');
    if (r.data) replace(coverage, h('p', {}, `正式日历年份：${r.data.officialYears.join('、') || '无'}；暂定（仅按周末计）：${r.data.provisionalYears.join('、') || '无'}`));
  }

  const calForm = h(
    'form',
    {
      class: 'card',
      'aria-labelledby': 'cal-h',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const r = await api.PUT('/v1/ops/calendar/{year}', {
          params: { path: { year: Number(year.control.value) } },
          body: { holidays: list(holidays.control.value), workdays: list(workdays.control.value), source: source.control.value },
        });
        if (r.error) return showProblem(calOut, { year, holidays, workdays, source }, r.error, r.response.status);
        calOut.textContent = `已载入 ${r.data?.year} 年日历；通知在办案件重算期限 ${r.data?.recompute.signalled ?? 0} 件`;
        void loadCoverage();
      },
    },
    h('h3', { id: 'cal-h' }, '工作日历'),
    coverage,
    year.wrap,
    holidays.wrap,
    workdays.wrap,
    source.wrap,
    h('button', { type: 'submit' }, '载入日历'),
    calOut,
  );

  const pOut = h('p', { role: 'status' });
  const region = field('地区代码', h('input', { type: 'text', inputmode: 'numeric' }), '6 位县/市/省代码（000000 为全国）或 9 位乡镇代码');
  const key = field('参数名', h('input', { type: 'text', placeholder: 'publication_working_days' }));
  const value = field('参数值', h('input', { type: 'text' }), '数字、文字或 true/false');
  const effectiveFrom = field('生效日期', h('input', { type: 'date' }));
  const ref = field('依据', h('input', { type: 'text' }));
  const pForm = h(
    'form',
    {
      class: 'card',
      'aria-labelledby': 'par-h',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const raw = value.control.value.trim();
        const v = raw === 'true' ? true : raw === 'false' ? false : raw !== '' && !Number.isNaN(Number(raw)) ? Number(raw) : raw;
        const r = await api.PUT('/v1/ops/parameters', {
          body: { region: region.control.value.trim(), key: key.control.value.trim() as never, value: v, effectiveFrom: effectiveFrom.control.value, ref: ref.control.value },
        });
        if (r.error) return showProblem(pOut, { region, key, value, effectiveFrom, ref }, r.error, r.response.status);
        // A backdated value waits for a second ops official's approval (202; issue 16 item 15).
        if (r.data && 'approvalId' in r.data) {
          pOut.textContent = `已提交 ${r.data.key} = ${String(r.data.value)}（${r.data.region}，自 ${r.data.effectiveFrom} 起）：生效日早于今天，须另一位运维人员批准（审批号 ${r.data.approvalId}）`;
          return;
        }
        pOut.textContent = `已设置 ${r.data?.key} = ${String(r.data?.value)}（${r.data?.region}，自 ${r.data?.effectiveFrom} 起）`;
      },
    },
    h('h3', { id: 'par-h' }, '地区参数'),
    region.wrap,
    key.wrap,
    value.wrap,
    effectiveFrom.wrap,
    ref.wrap,
    h('button', { type: 'submit' }, '保存参数'),
    pOut,
  );
  void loadCoverage();
  return h('section', { 'aria-labelledby': 'adm-h' }, h('h2', { id: 'adm-h' }, '日历与参数管理'), calForm, pForm);
}
