/**
 * 工作台 (the inbox): queues mine / unclaimed in my area / all in my jurisdiction / done, from GET
 * /v1/tasks (the API scopes it to the caller's roles and jurisdiction). Each row: the case (a link to
 * its page), the step, the applicant (masked, from the case view), priority (000 §3), the due date and
 * working days left, coloured 三色预警: red overdue, amber due within 1 working day, blue otherwise.
 * Sortable by any column; the chosen queue and filters are kept for the tab.
 */
import { api, problemText, type TaskItem } from '../api/client';
import { field, h, replace, select } from '../dom';
import { STEP, TASK_STATUS, label } from '../labels';
import { savedFilters } from './saved-filters';

type Queue = 'mine' | 'unclaimed' | 'all' | 'done';
const QUEUES: [Queue, string][] = [
  ['mine', '我的待办'],
  ['unclaimed', '待认领'],
  ['all', '辖区全部'],
  ['done', '已办结'],
];
type Col = 'caseId' | 'type' | 'priority' | 'dueDate' | 'left';
interface Prefs {
  queue: Queue;
  step: string;
  overdue: boolean;
  sort: Col;
  desc: boolean;
}
const PREFS = 'bangfu.inbox';

function loadPrefs(): Prefs {
  const d: Prefs = { queue: 'all', step: '', overdue: false, sort: 'priority', desc: true };
  try {
    return { ...d, ...(JSON.parse(sessionStorage.getItem(PREFS) ?? '{}') as Partial<Prefs>) };
  } catch {
    return d;
  }
}

interface Row extends TaskItem {
  left: number | null;
}

/** 三色预警: red = overdue, amber = due within 1 working day, blue = otherwise. */
export function warnLevel(t: { overdue: boolean; status: string }, left: number | null): 'red' | 'amber' | 'blue' | 'none' {
  if (t.status !== 'open') return 'none';
  if (t.overdue || (left !== null && left < 0)) return 'red';
  if (left !== null && left <= 1) return 'amber';
  return 'blue';
}
const WARN_TEXT = { red: '超期', amber: '临期', blue: '正常', none: '—' } as const;

export async function inboxPage(main: HTMLElement): Promise<void> {
  const started = performance.now();
  const prefs = loadPrefs();
  const status = h('p', { role: 'status', class: 'status' });
  const tableWrap = h('div', { class: 'table-wrap' });
  const tabs = h('div', { class: 'tabs', role: 'group', 'aria-label': '队列' });
  const stepSel = field('步骤', select([['', '全部步骤'], ...Object.entries(STEP)], { value: prefs.step }));
  stepSel.control.value = prefs.step;
  const overdueBox = h('input', { type: 'checkbox', id: 'only-overdue', checked: prefs.overdue });
  let rows: Row[] = [];
  let daysKnown = false;
  const applicants = new Map<string, string>();

  const save = () => sessionStorage.setItem(PREFS, JSON.stringify(prefs));

  function drawTabs() {
    replace(
      tabs,
      ...QUEUES.map(([q, name]) =>
        h('button', { type: 'button', 'aria-pressed': String(prefs.queue === q), onclick: () => { prefs.queue = q; save(); void load(); } }, name),
      ),
    );
  }

  function sorted(): Row[] {
    const k = prefs.sort;
    const val = (r: Row): string | number => (k === 'left' ? (r.left ?? 1e9) : k === 'dueDate' ? (r.dueDate ?? '9999') : k === 'priority' ? r.priority : String(r[k]));
    return [...rows].sort((a, b) => {
      const x = val(a);
      const y = val(b);
      return (x < y ? -1 : x > y ? 1 : 0) * (prefs.desc ? -1 : 1);
    });
  }

  function th(col: Col, name: string) {
    const active = prefs.sort === col;
    return h(
      'th',
      { scope: 'col', 'aria-sort': active ? (prefs.desc ? 'descending' : 'ascending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => { prefs.desc = active ? !prefs.desc : col === 'priority'; prefs.sort = col; save(); draw(); } }, name, active ? (prefs.desc ? ' ▼' : ' ▲') : ''),
    );
  }

  function draw() {
    if (rows.length === 0) {
      replace(tableWrap, h('p', { class: 'empty' }, '此队列中没有任务。'));
      return;
    }
    const table = h(
      'table',
      { class: 'inbox' },
      h('caption', {}, `${label(Object.fromEntries(QUEUES), prefs.queue)}：${rows.length} 项`),
      h(
        'thead',
        {},
        h('tr', {}, th('caseId', '案件'), th('type', '步骤'), h('th', { scope: 'col' }, '申请人'), th('priority', '优先级'), th('dueDate', '办理期限'), th('left', '剩余工作日'), h('th', { scope: 'col' }, '预警'), h('th', { scope: 'col' }, '状态')),
      ),
      h(
        'tbody',
        {},
        ...sorted().map((r) => {
          const w = daysKnown || r.overdue ? warnLevel(r, r.left) : 'none';
          return h(
            'tr',
            { class: `warn-${w}`, 'data-task': r.id },
            h('td', {}, h('a', { href: `/cases/${encodeURIComponent(r.caseId)}` }, r.caseId)),
            h('td', {}, label(STEP, r.type)),
            h('td', { class: 'applicant', 'data-case': r.caseId }, applicants.get(r.caseId) ?? '…'),
            h('td', { title: '优先顺序依困难程度、服役贡献和表现确定（000 §3）' }, String(r.priority), h('span', { class: 'hint' }, ' 困难程度·贡献·表现')),
            h('td', {}, r.dueDate ?? '—', r.provisional ? h('span', { class: 'hint' }, '（暂定日历）') : null),
            h('td', {}, !daysKnown ? '…' : r.left === null ? '—' : r.left < 0 ? `超期 ${-r.left} 个工作日` : `${r.left}`),
            h('td', {}, h('span', { class: `badge badge-${w}` }, daysKnown || w !== 'none' ? WARN_TEXT[w] : '…')),
            h('td', {}, label(TASK_STATUS, r.status), r.claimedBy ? `（${r.claimedBy}）` : ''),
          );
        }),
      ),
    );
    replace(tableWrap, table);
  }

  async function fillApplicants() {
    const ids = [...new Set(rows.map((r) => r.caseId))].filter((id) => !applicants.has(id)).slice(0, 50);
    await Promise.all(
      ids.map(async (id) => {
        const r = await api.GET('/v1/cases/{id}', { params: { path: { id } } });
        const name = r.data ? `${r.data.applicant.name}（${r.data.applicant.idNumber}）` : '—';
        applicants.set(id, name);
        for (const td of tableWrap.querySelectorAll<HTMLElement>('td.applicant')) if (td.dataset.case === id) td.textContent = name;
      }),
    );
  }

  async function load() {
    drawTabs();
    status.textContent = '加载中…';
    const q = prefs.queue;
    const query = {
      status: q === 'done' ? ('completed' as const) : ('open' as const),
      ...(q === 'mine' ? { claimedBy: 'me' } : q === 'unclaimed' ? { claimedBy: 'none' } : {}),
      ...(prefs.step ? { type: prefs.step as TaskItem['type'] } : {}),
      ...(prefs.overdue ? { overdue: 'true' as const } : {}),
      limit: 200,
    };
    const r = await api.GET('/v1/tasks', { params: { query } });
    if (r.error || !r.data) {
      status.textContent = problemText(r.error, r.response.status);
      return;
    }
    const items = r.data.items;
    // The rows first (colour from the overdue flag), then the working days left and the applicants.
    rows = items.map((t) => ({ ...t, left: null }));
    daysKnown = false;
    draw();
    void fillApplicants();
    status.textContent = `共 ${r.data.total} 项`;
    main.dataset.loadedMs = String(Math.round(performance.now() - started));
    const dates = [...new Set(items.map((t) => t.dueDate).filter((d): d is string => !!d))];
    if (dates.length) {
      const w = await api.GET('/v1/calendar/working-days-left', { params: { query: { dates: dates.join(',') } } });
      const left = new Map((w.data?.items ?? []).map((x) => [x.date, x.workingDaysLeft]));
      rows = items.map((t) => ({ ...t, left: t.dueDate ? (left.get(t.dueDate) ?? null) : null }));
    }
    daysKnown = true;
    draw();
  }

  stepSel.control.addEventListener('change', () => { prefs.step = stepSel.control.value; save(); void load(); });
  overdueBox.addEventListener('change', () => { prefs.overdue = overdueBox.checked; save(); void load(); });
  const saved = savedFilters(
    () => ({ queue: prefs.queue, step: prefs.step as TaskItem['type'] | '', overdue: prefs.overdue, sort: prefs.sort, desc: prefs.desc }),
    (f) => {
      Object.assign(prefs, { queue: f.queue, step: f.step ?? '', overdue: f.overdue ?? false, sort: f.sort ?? 'priority', desc: f.desc ?? true });
      stepSel.control.value = prefs.step;
      overdueBox.checked = prefs.overdue;
      save();
      void load();
    },
  );
  replace(
    main,
    h('h1', { tabindex: -1 }, '工作台'),
    tabs,
    saved,
    h('div', { class: 'filters' }, stepSel.wrap, h('div', { class: 'field inline' }, overdueBox, h('label', { for: 'only-overdue' }, '仅看超期'))),
    status,
    tableWrap,
    h('p', { class: 'legend' }, '三色预警：', h('span', { class: 'badge badge-red' }, '超期'), ' 已过期限；', h('span', { class: 'badge badge-amber' }, '临期'), ' 1 个工作日内到期；', h('span', { class: 'badge badge-blue' }, '正常'), ' 其他。'),
  );
  await load();
}
