/**
 * Sign-in: paste a token (production tokens come from the identity provider), or — only where the API
 * says local sign-in exists (GET /v1/dev/token answers 200: no public key configured, on this machine)
 * — "本地登录": pick a role and a jurisdiction and get a local token. Then the page asked for opens.
 */
import { api, problemText } from '../api/client';
import { field, h, replace, select } from '../dom';
import { ROLE } from '../labels';
import { navigate, type Params } from '../main';
import { session } from '../session';

export async function signinPage(main: HTMLElement, { next }: Params): Promise<void> {
  const err = h('p', { role: 'alert', class: 'error' });
  const token = field('令牌', h('textarea', { rows: 4, autocomplete: 'off', spellcheck: 'false', required: true }), '由统一身份认证签发的 Bearer 令牌（JWT）');

  async function enter(t: string): Promise<void> {
    const c = session.set(t);
    if (!c) {
      err.textContent = '这不是有效的令牌（应为 JWT）';
      return;
    }
    const r = await api.GET('/v1/tasks', { params: { query: { limit: 1 } } });
    if (r.error) {
      session.clear();
      err.textContent = `令牌未被接受：${problemText(r.error, r.response.status)}`;
      return;
    }
    navigate(next ?? '/', true);
  }

  const form = h(
    'form',
    { class: 'card', onsubmit: (e) => { e.preventDefault(); void enter(token.control.value); } },
    token.wrap,
    h('button', { type: 'submit', class: 'primary' }, '登录'),
  );
  replace(main, h('h1', { tabindex: -1 }, '登录'), next && next !== '/' ? h('p', {}, `登录后将打开 ${next}`) : null, err, form);

  const local = await api.GET('/v1/dev/token').catch(() => null);
  if (!local || local.error || !local.data) return;
  const sub = field('用户名', h('input', { type: 'text', value: 'clerk1', autocomplete: 'off' }));
  const role = field('角色', select(local.data.roles.map((r) => [r, `${ROLE[r] ?? r}（${r}）`])));
  const county = field('县（区）代码', h('input', { type: 'text', value: '330302', inputmode: 'numeric', pattern: '\\d{6}' }), '6 位行政区划代码');
  const township = field('乡镇（街道）代码', h('input', { type: 'text', value: '330302001', inputmode: 'numeric', pattern: '\\d{9}' }), '县级角色可留空');
  const localErr = h('p', { role: 'alert', class: 'error' });
  const localForm = h(
    'form',
    {
      class: 'card',
      'aria-labelledby': 'local-h',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const r = await api.POST('/v1/dev/token', {
          body: {
            sub: sub.control.value.trim(),
            roles: [role.control.value as (typeof local.data.roles)[number]],
            county: county.control.value.trim(),
            ...(township.control.value.trim() ? { township: township.control.value.trim() } : {}),
          },
        });
        if (r.error || !r.data) {
          localErr.textContent = problemText(r.error, r.response.status);
          return;
        }
        await enter(r.data.token);
      },
    },
    h('h2', { id: 'local-h' }, '本地登录'),
    h('p', { class: 'hint' }, '仅本机开发环境可用（未配置公钥时）：选择角色和辖区，使用本机密钥签发。'),
    sub.wrap,
    role.wrap,
    county.wrap,
    township.wrap,
    localErr,
    h('button', { type: 'submit' }, '以所选身份进入'),
  );
  main.append(localForm);
}
