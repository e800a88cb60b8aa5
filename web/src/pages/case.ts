/**
 * The case page: what the case is, the actions the API offers this official (exactly `allowedActions`
 * and each step's `actions`: 认领 / 释放任务 / 通过 / 不通过 with 理由, and the case-level appeal,
 * objection, re-check, payment and stop), the process timeline and the amounts. After an action the
 * page shows the case as the API answers it (no reload); a refusal shows the API's problem message.
 */
import type { Params } from '../main';
import { api, problemText, type CaseView, type Step } from '../api/client';
import { field, fmtDateTime, h, replace } from '../dom';
import { CATEGORY_NAMES, MATTER, STATUS, STEP, label } from '../labels';
import { payments, timeline } from './timeline';

export async function casePage(main: HTMLElement, { id }: Params): Promise<void> {
  const alert = h('p', { role: 'alert', class: 'error' });
  const status = h('p', { role: 'status', class: 'status' });
  const body = h('div');
  replace(main, h('h1', { tabindex: -1 }, `案件 ${id}`), status, alert, body);
  document.title = `案件 ${id} · 帮扶`;

  async function fetchCase(): Promise<CaseView | null> {
    const r = await api.GET('/v1/cases/{id}', { params: { path: { id } } });
    if (r.error || !r.data) {
      alert.textContent = problemText(r.error, r.response.status);
      return null;
    }
    return r.data;
  }

  /** Runs an action; on success shows the case the API returns (or reads it again), else the refusal. */
  async function act(what: string, run: () => Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<void> {
    alert.textContent = '';
    status.textContent = `${what}：提交中…`;
    for (const b of body.querySelectorAll('button')) b.disabled = true;
    const r = await run();
    if (r.error !== undefined) {
      status.textContent = '';
      alert.textContent = `${what}未成功：${problemText(r.error, r.response.status)}`;
      for (const b of body.querySelectorAll('button')) b.disabled = false;
      return;
    }
    const data = r.data as Partial<CaseView> | undefined;
    const v = data && Array.isArray(data.steps) ? (data as CaseView) : await fetchCase();
    if (!v) return;
    draw(v);
    const open = v.steps.filter((s) => s.status === 'open').map((s) => label(STEP, s.type));
    status.textContent = `${what}已完成。案件状态：${label(STATUS, v.status)}；当前步骤：${open.length ? open.join('、') : '无'}`;
  }

  function stepActions(s: Step, reasons: HTMLTextAreaElement): HTMLElement[] {
    const out: HTMLElement[] = [];
    const p = { params: { path: { id: s.id } } };
    if (s.actions.includes('claim')) out.push(h('button', { type: 'button', onclick: () => act('认领', () => api.POST('/v1/tasks/{id}/claim', p)) }, '认领'));
    if (s.actions.includes('unclaim')) out.push(h('button', { type: 'button', onclick: () => act('释放任务', () => api.POST('/v1/tasks/{id}/unclaim', p)) }, '释放任务'));
    if (s.actions.includes('complete')) {
      const done = (decision: 'approve' | 'reject', name: string) => () =>
        act(name, () => api.POST('/v1/tasks/{id}/complete', { ...p, body: { decision, ...(reasons.value.trim() ? { reasons: reasons.value.trim() } : {}) } }));
      out.push(h('button', { type: 'button', class: 'primary', onclick: done('approve', '通过') }, '通过'));
      out.push(h('button', { type: 'button', class: 'danger', onclick: done('reject', '不通过') }, '不通过'));
    }
    return out;
  }

  function caseActions(v: CaseView): HTMLElement[] {
    const a = v.allowedActions;
    const path = { params: { path: { id } } };
    const out: HTMLElement[] = [];
    const withText = (name: string, labelText: string, run: (text: string) => Promise<{ data?: unknown; error?: unknown; response: Response }>) => {
      const f = field(labelText, h('textarea', { rows: 2 }));
      return h('form', { class: 'inline-form', onsubmit: (e: Event) => { e.preventDefault(); void act(name, () => run(f.control.value)); } }, f.wrap, h('button', { type: 'submit' }, name));
    };
    if (a.includes('appeal')) out.push(withText('申请复核', '申请复核的原因', (t) => api.POST('/v1/cases/{id}/appeal', { ...path, body: { reasons: t } })));
    if (a.includes('objection')) out.push(withText('登记异议', '公示异议内容', (t) => api.POST('/v1/cases/{id}/objections', { ...path, body: { text: t } })));
    if (a.includes('recheck')) out.push(h('button', { type: 'button', onclick: () => act('委托复查', () => api.POST('/v1/cases/{id}/recheck', { ...path, body: {} })) }, '委托复查'));
    if (a.includes('payment')) out.push(h('button', { type: 'button', onclick: () => act('发放', () => api.POST('/v1/cases/{id}/payments', { params: { ...path.params, header: { 'idempotency-key': crypto.randomUUID() } }, body: {} })) }, '发放'));
    if (a.includes('stop')) out.push(withText('停止发放', '停止发放的原因', (t) => api.POST('/v1/cases/{id}/stop', { ...path, body: { reasons: t } })));
    // 001 §五(一): a case filed on a visit's follow-up waits for the applicant's signed consent to the means check.
    if (a.includes('consent')) out.push(withText('登记核对授权', '授权书编号（经本人同意核对家庭经济状况，001 §五(一)）', (t) => api.POST('/v1/cases/{id}/consent', { ...path, body: { evidence: t }, headers: { 'idempotency-key': crypto.randomUUID() } })));
    return out;
  }

  function draw(v: CaseView) {
    const actionable = v.steps.filter((s) => s.actions.length > 0);
    const reasons = field('理由', h('textarea', { rows: 3 }), '不通过或书面决定（乡镇意见、县级决定、复核）须写明理由（001 §五）');
    const stepPanel = actionable.length
      ? h(
          'section',
          { 'aria-labelledby': 'act-h', class: 'card' },
          h('h2', { id: 'act-h' }, '办理'),
          actionable.some((s) => s.actions.includes('complete')) ? reasons.wrap : null,
          ...actionable.map((s) => h('div', { class: 'actions' }, h('span', { class: 'step-name' }, `${label(STEP, s.type)}（期限 ${s.dueDate ?? '—'}）`), ...stepActions(s, reasons.control as HTMLTextAreaElement))),
        )
      : null;
    const more = caseActions(v);
    replace(
      body,
      h(
        'dl',
        { class: 'kv summary' },
        h('dt', {}, '状态'),
        h('dd', { 'data-status': v.status }, label(STATUS, v.status)),
        h('dt', {}, '当前步骤'),
        h('dd', {}, label(STEP, v.steps.find((s) => s.status === 'open')?.type ?? null)),
        h('dt', {}, '事项'),
        h('dd', {}, `${label(MATTER, v.matter)}；困难情形 ${v.hardshipSituation}（001 §三(一)）`),
        h('dt', {}, '申请人'),
        h('dd', {}, `${v.applicant.name}（${v.applicant.idNumber}）；${label(CATEGORY_NAMES, v.applicant.category)}`),
        h('dt', {}, '辖区'),
        h('dd', {}, `${v.county} / ${v.township}`),
        h('dt', {}, '优先级'),
        h('dd', {}, `${v.priority}（000 §3：困难程度、服役贡献、表现）`),
        h('dt', {}, '受理时间'),
        h('dd', {}, fmtDateTime(v.receivedAt)),
        ...(v.consentPending ? [h('dt', {}, '核对授权'), h('dd', { class: 'warn' }, '待登记：走访后续立案，核对家庭经济状况须经本人同意（001 §五(一)）')] : []),
        v.appealDeadline ? [h('dt', {}, '复核申请期限'), h('dd', {}, fmtDateTime(v.appealDeadline))] : null,
      ),
      stepPanel,
      more.length ? h('section', { 'aria-labelledby': 'more-h', class: 'card' }, h('h2', { id: 'more-h' }, '案件操作'), ...more) : null,
      v.writtenReasons ? h('section', {}, h('h2', {}, '书面理由'), h('p', {}, v.writtenReasons)) : null,
      v.publicationText ? h('section', {}, h('h2', {}, '公示内容'), h('p', { class: 'pub' }, v.publicationText)) : null,
      timeline(v),
      payments(v),
      v.allowedActions.includes('history') ? h('p', {}, h('a', { href: `/cases/${encodeURIComponent(id)}/history` }, `查看案件 ${id} 的审计记录`)) : null,
    );
  }

  const v = await fetchCase();
  if (v) draw(v);
}
