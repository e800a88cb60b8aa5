/** The case's process as a timeline (every step, its deadline, who did what and when, reasons) and the payments with their breakdowns. */
import type { CaseView, Step } from '../api/client';
import { fmtDateTime, h, yuan } from '../dom';
import { CAPACITY, DECISION, ROLE, STEP, TASK_STATUS, label } from '../labels';

export function timeline(v: CaseView): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'tl-h' },
    h('h2', { id: 'tl-h' }, '办理流程'),
    h(
      'ol',
      { class: 'timeline' },
      h('li', { class: 'done' }, h('strong', {}, '受理申请'), ` ${fmtDateTime(v.receivedAt)}；${label(CAPACITY, v.filedBy.capacity)}`),
      ...v.steps.map((s) => stepItem(s, v.currentStep)),
    ),
  );
}

function stepItem(s: Step, current: string | null): HTMLElement {
  const cls = s.status === 'open' ? (s.overdue ? 'open overdue' : 'open') : 'done';
  return h(
    'li',
    { class: cls, 'aria-current': s.status === 'open' && s.type === current ? 'step' : null },
    h('strong', {}, label(STEP, s.type)),
    ` · ${label(TASK_STATUS, s.status)}${s.overdue ? ' · 已超期' : ''}`,
    h(
      'dl',
      { class: 'kv' },
      h('dt', {}, '承办角色'),
      h('dd', {}, label(ROLE, s.role)),
      h('dt', {}, '开始'),
      h('dd', {}, fmtDateTime(s.openedAt)),
      h('dt', {}, '办理期限'),
      h('dd', {}, s.dueDate ?? '—', s.provisional ? '（暂定日历）' : ''),
      s.claimedBy ? [h('dt', {}, '认领人'), h('dd', {}, s.claimedBy)] : null,
      s.decidedBy ? [h('dt', {}, '办理人'), h('dd', {}, `${s.decidedBy}，${fmtDateTime(s.completedAt)}`)] : null,
      s.decision ? [h('dt', {}, '结论'), h('dd', {}, label(DECISION, s.decision))] : null,
      s.reasons ? [h('dt', {}, '意见'), h('dd', {}, s.reasons)] : null,
      s.evidence.length ? [h('dt', {}, '证据'), h('dd', {}, s.evidence.join('；'))] : null,
    ),
  );
}

/** A breakdown as nested definition lists: calculators record inputs, parameters (with refs) and steps. */
function tree(v: unknown, depth = 0): Node {
  if (v === null || typeof v !== 'object' || depth > 3) {
    return document.createTextNode(typeof v === 'number' && Number.isInteger(v) ? String(v) : typeof v === 'string' ? v : JSON.stringify(v));
  }
  if (Array.isArray(v)) return h('ul', {}, ...v.map((x) => h('li', {}, tree(x, depth + 1))));
  return h('dl', { class: 'kv' }, ...Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => [h('dt', {}, k), h('dd', {}, tree(x, depth + 1))]));
}

export function payments(v: CaseView): HTMLElement | null {
  if (!v.payments.length && !v.emergency) return null;
  return h(
    'section',
    { 'aria-labelledby': 'pay-h' },
    h('h2', { id: 'pay-h' }, '金额与发放'),
    v.emergency ? h('p', {}, `紧急救助 ${yuan(v.emergency.amountFen)}：${v.emergency.reason}（001 §五 先救助后补办）`) : null,
    ...v.payments.map((p) =>
      h(
        'details',
        {},
        h('summary', {}, `${p.item} · ${p.period} · ${yuan(p.amountFen)} · ${p.kind === 'emergency' ? '紧急' : '常规'} · ${fmtDateTime(p.paidAt)}`),
        p.breakdown !== undefined ? tree(p.breakdown) : h('p', {}, '计算明细仅财务、审计和县级审批人可见。'),
      ),
    ),
  );
}
