/**
 * Saved inbox filters, kept on the server per official (GET/PUT/DELETE /v1/me/inbox-filters): apply one
 * with a click, save the current queue, step, overdue flag and sort under a name, delete one.
 */
import { api, problemText } from '../api/client';
import type { paths } from '../api/openapi';
import { field, h, replace } from '../dom';

export type SavedFilter = paths['/v1/me/inbox-filters/{name}']['put']['requestBody']['content']['application/json'];

export function savedFilters(current: () => SavedFilter, apply: (f: SavedFilter) => void): HTMLElement {
  const list = h('div', { class: 'tabs', role: 'group', 'aria-label': '已保存的筛选' });
  const msg = h('p', { role: 'status', class: 'status' });
  const name = field('筛选名称', h('input', { type: 'text', maxlength: 40, autocomplete: 'off' }));

  async function load() {
    const r = await api.GET('/v1/me/inbox-filters');
    if (!r.data) return;
    replace(
      list,
      ...r.data.items.map((f) =>
        h(
          'span',
          { class: 'saved' },
          h('button', { type: 'button', onclick: () => { apply(f.filter); msg.textContent = `已应用筛选“${f.name}”`; } }, f.name),
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'aria-label': `删除筛选 ${f.name}`,
              onclick: async () => {
                const d = await api.DELETE('/v1/me/inbox-filters/{name}', { params: { path: { name: f.name } } });
                msg.textContent = d.error ? problemText(d.error, d.response.status) : `已删除筛选“${f.name}”`;
                void load();
              },
            },
            '×',
          ),
        ),
      ),
    );
  }

  const form = h(
    'form',
    {
      class: 'inline-form',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const n = name.control.value.trim();
        if (!n) {
          name.message.textContent = '请填写名称';
          return;
        }
        name.message.textContent = '';
        const r = await api.PUT('/v1/me/inbox-filters/{name}', { params: { path: { name: n } }, body: current() });
        if (r.error) {
          name.message.textContent = problemText(r.error, r.response.status);
          return;
        }
        msg.textContent = `已保存筛选“${n}”`;
        name.control.value = '';
        void load();
      },
    },
    name.wrap,
    h('button', { type: 'submit' }, '保存当前筛选'),
  );
  void load();
  return h('details', { class: 'card' }, h('summary', {}, '我的筛选'), list, form, msg);
}
