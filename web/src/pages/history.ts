/**
 * The auditor's view of a case: the chain's verification (GET …/history/verify: `链校验：完整`, else
 * the first broken event and why), every event of the hash-chained history, the case "as of" a chosen
 * moment (GET …/history?asOf=…), and the export bundle as a download.
 */
import type { Params } from '../main';
import { api, problemText, type HistoryView } from '../api/client';
import { field, fmtDateTime, h, replace } from '../dom';
import { STATUS, label } from '../labels';

export async function historyPage(main: HTMLElement, { id }: Params): Promise<void> {
  const alert = h('p', { role: 'alert', class: 'error' });
  const verdict = h('p', { class: 'verdict', role: 'status' }, '链校验：校验中…');
  const events = h('div', { class: 'table-wrap' });
  const asOfOut = h('div', { 'aria-live': 'polite' });
  document.title = `审计记录 ${id} · 帮扶`;

  const asOf = field('查看某一时刻的案件', h('input', { type: 'datetime-local', step: 1 }), '北京时间');
  const asOfForm = h(
    'form',
    {
      class: 'inline-form',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const v = asOf.control.value;
        if (!v) {
          asOf.message.textContent = '请选择日期和时间';
          return;
        }
        asOf.message.textContent = '';
        const instant = `${v.length === 16 ? `${v}:00` : v}+08:00`;
        const r = await api.GET('/v1/cases/{id}/history', { params: { path: { id }, query: { asOf: instant } } });
        if (r.error || !r.data) {
          replace(asOfOut, h('p', { class: 'error' }, problemText(r.error, r.response.status)));
          return;
        }
        replace(
          asOfOut,
          h('p', {}, `${fmtDateTime(r.data.asOf ?? instant)} 时的状态：${r.data.status ? label(STATUS, r.data.status) : '尚未受理'}`, r.data.snapshotSeq !== undefined ? `（第 ${r.data.snapshotSeq} 条事件的快照）` : ''),
          r.data.case ? h('details', {}, h('summary', {}, '当时的案件'), h('pre', {}, JSON.stringify(r.data.case, null, 2))) : null,
        );
      },
    },
    asOf.wrap,
    h('button', { type: 'submit' }, '查看'),
  );

  const exportBtn = h(
    'button',
    {
      type: 'button',
      onclick: async () => {
        const r = await api.GET('/v1/cases/{id}/export', { params: { path: { id } } });
        if (r.error || !r.data) {
          alert.textContent = `导出未成功：${problemText(r.error, r.response.status)}`;
          return;
        }
        const url = URL.createObjectURL(new Blob([JSON.stringify(r.data, null, 2)], { type: 'application/json' }));
        const a = h('a', { href: url, download: `${id}-export.json` });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
    },
    '下载导出文件',
  );

  replace(
    main,
    h('h1', { tabindex: -1 }, `审计记录：案件 ${id}`),
    h('p', {}, h('a', { href: `/cases/${encodeURIComponent(id)}` }, `返回案件 ${id}`)),
    alert,
    verdict,
    h('section', { 'aria-labelledby': 'asof-h', class: 'card' }, h('h2', { id: 'asof-h' }, '历史时点'), asOfForm, asOfOut),
    h('section', { 'aria-labelledby': 'ev-h' }, h('h2', { id: 'ev-h' }, '事件'), exportBtn, events),
  );

  const [ver, hist] = await Promise.all([
    api.GET('/v1/cases/{id}/history/verify', { params: { path: { id } } }),
    api.GET('/v1/cases/{id}/history', { params: { path: { id }, query: {} } }),
  ]);
  if (ver.error || !ver.data) {
    verdict.textContent = '链校验：无法校验';
    alert.textContent = problemText(ver.error, ver.response.status);
  } else if (ver.data.valid) {
    replace(verdict, h('strong', {}, '链校验：完整'), h('span', { class: 'hint' }, `（共 ${ver.data.events} 条事件，哈希链逐条相连）`));
    verdict.className = 'verdict ok';
  } else {
    const b = ver.data.brokenAt;
    replace(verdict, h('strong', {}, `链校验：在第 ${b?.seq ?? '?'} 条事件处断裂`), h('span', {}, `${b?.eventKey ? `（${b.eventKey}）` : ''}：${b?.reason ?? ''}`));
    verdict.className = 'verdict broken';
  }
  if (hist.data) drawEvents(events, hist.data, ver.data?.brokenAt?.seq);
  else if (hist.error) alert.textContent = problemText(hist.error, hist.response.status);
}

function drawEvents(el: HTMLElement, hv: HistoryView, broken?: number): void {
  replace(
    el,
    h(
      'table',
      {},
      h('caption', {}, `${hv.events.length} 条事件${hv.masked ? '（个人信息已遮蔽）' : ''}`),
      h('thead', {}, h('tr', {}, ...['序号', '时间', '事件', '操作人', '哈希'].map((t) => h('th', { scope: 'col' }, t)))),
      h(
        'tbody',
        {},
        ...hv.events.map((e) => {
          const actor = (e.actor ?? {}) as { sub?: string };
          return h(
            'tr',
            { class: e.seq === broken ? 'warn-red' : '' },
            h('td', {}, String(e.seq)),
            h('td', {}, fmtDateTime(e.at)),
            h('td', {}, e.type),
            h('td', {}, actor.sub ?? '—'),
            h('td', { class: 'mono' }, e.hash.slice(0, 12)),
          );
        }),
      ),
    ),
  );
}
