/**
 * 受理申请 (intake, station clerks): the application form of POST /v1/cases. The ID number is checked
 * in the browser first (GB 11643: 18 characters, a real birth date, the MOD 11-2 check character — the
 * same rule the API applies, rules/idnumber.ts); the API's field messages (problem+json `errors[]`) are
 * shown at their fields. Consent to the means check is required (001 §五(一)). Categories are those of
 * rules/eligibility.ts CATEGORIES (001 §三).
 */
import { idNumberProblem } from '../../../rules/idnumber';
import { api, problemText, type Problem } from '../api/client';
import { field, h, replace, select } from '../dom';
import { CATEGORY_NAMES, MATTER } from '../labels';
import { navigate } from '../main';
import { session } from '../session';

const ID_MESSAGES: [RegExp, string][] = [
  [/18 characters/, '身份证号码应为 18 位'],
  [/17 digits/, '前 17 位应为数字，最后一位为数字或 X'],
  [/birth date/, '出生日期不存在'],
  [/check character/, '校验码不符（GB 11643 MOD 11-2），请核对号码'],
];

/** The Chinese message for an invalid ID number, or null when it is valid. */
export function idMessage(v: string): string | null {
  const p = idNumberProblem(v.trim());
  if (!p) return null;
  return ID_MESSAGES.find(([re]) => re.test(p))?.[1] ?? '身份证号码无效';
}

export function intakePage(main: HTMLElement): void {
  document.title = '受理申请 · 帮扶';
  const c = session.claims();
  const out = h('p', { role: 'alert', class: 'error' });
  const f = {
    'applicant.idNumber': field('身份证号码', h('input', { type: 'text', autocomplete: 'off', maxlength: 18, required: true }), 'GB 11643，18 位'),
    'applicant.name': field('姓名', h('input', { type: 'text', autocomplete: 'off', required: true })),
    'applicant.category': field('对象类别', select(Object.entries(CATEGORY_NAMES))),
    'applicant.birthDate': field('出生日期', h('input', { type: 'date', required: true }), '按身份证号码自动填写'),
    'applicant.householdStatus': field('家庭状况', select([['', '未认定'], ['tekun', '特困'], ['dibao', '低保'], ['dibao_edge', '低保边缘'], ['expenditure_poverty', '支出型困难']])),
    matter: field('申请事项', select(Object.entries(MATTER))),
    hardshipSituation: field('困难情形', select([1, 2, 3, 4, 5].map((n) => [String(n), `第 ${n} 种情形（001 §三(一)）`]))),
    county: field('县（区）代码', h('input', { type: 'text', inputmode: 'numeric', value: c?.county ?? '', required: true })),
    township: field('乡镇（街道）代码', h('input', { type: 'text', inputmode: 'numeric', value: c?.township ?? '', required: true })),
    'filedBy.capacity': field('申报方式', select([['self', '本人申请'], ['guardian', '监护人代为申请'], ['agent', '委托代理'], ['station', '服务站代为申请']])),
  };
  const consent = h('input', { type: 'checkbox', id: 'consent' });
  const consentMsg = h('span', { id: 'consent-msg', class: 'field-msg' });
  consent.setAttribute('aria-describedby', 'consent-msg');
  const id = f['applicant.idNumber'];
  const checkId = () => {
    const m = id.control.value.trim() ? idMessage(id.control.value) : null;
    id.message.textContent = m ?? '';
    if (m) id.control.setAttribute('aria-invalid', 'true');
    else id.control.removeAttribute('aria-invalid');
    if (!m && id.control.value.trim().length === 18) {
      const v = id.control.value.trim();
      f['applicant.birthDate'].control.value = `${v.slice(6, 10)}-${v.slice(10, 12)}-${v.slice(12, 14)}`;
    }
    return m;
  };
  id.control.addEventListener('blur', checkId);

  async function submit(e: Event) {
    e.preventDefault();
    out.textContent = '';
    for (const x of Object.values(f)) {
      x.message.textContent = '';
      x.control.removeAttribute('aria-invalid');
    }
    consentMsg.textContent = '';
    if (checkId()) {
      id.control.focus();
      return;
    }
    const val = (k: keyof typeof f) => f[k].control.value.trim();
    const household = val('applicant.householdStatus');
    const r = await api.POST('/v1/cases', {
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: {
        applicant: { idNumber: val('applicant.idNumber'), name: val('applicant.name'), category: val('applicant.category'), birthDate: val('applicant.birthDate'), ...(household ? { householdStatus: household as never } : {}) },
        matter: val('matter') as never,
        hardshipSituation: Number(val('hardshipSituation')),
        county: val('county'),
        township: val('township'),
        consentToMeansCheck: consent.checked as true,
        filedBy: { capacity: val('filedBy.capacity') as never },
      },
    });
    if (r.error || !r.data) {
      const p = r.error as Problem;
      let first: HTMLElement | null = null;
      for (const err of p.errors ?? []) {
        const x = f[err.path as keyof typeof f];
        if (x) {
          x.message.textContent = err.message;
          x.control.setAttribute('aria-invalid', 'true');
          first ??= x.control;
        } else if (err.path === 'consentToMeansCheck') {
          consentMsg.textContent = err.message;
          first ??= consent;
        }
      }
      out.textContent = `申请未受理：${problemText(p, r.response.status)}`;
      first?.focus();
      return;
    }
    navigate(`/cases/${encodeURIComponent(r.data.id)}`);
  }

  replace(
    main,
    h('h1', { tabindex: -1 }, '受理申请'),
    out,
    h(
      'form',
      { class: 'card grid', novalidate: true, onsubmit: submit },
      ...Object.values(f).map((x) => x.wrap),
      h('div', { class: 'field inline' }, consent, h('label', { for: 'consent' }, '申请人同意核查家庭经济状况（001 §五(一)）'), consentMsg),
      h('button', { type: 'submit', class: 'primary' }, '提交申请'),
    ),
  );
}
