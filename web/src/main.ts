/**
 * The officials' web app (帮扶工作台): a router over the History API, the page frame, and sign-in in
 * place — an official who opens a deep link (/cases/{id}, /cases/{id}/history, /ops) while signed out
 * signs in on that same address and then sees the page asked for.
 */
import './style.css';
import { h, replace } from './dom';
import { ROLE, label } from './labels';
import { casePage } from './pages/case';
import { historyPage } from './pages/history';
import { inboxPage } from './pages/inbox';
import { intakePage } from './pages/intake';
import { opsPage } from './pages/ops';
import { signinPage } from './pages/signin';
import { session } from './session';

export interface Params {
  id: string;
  next: string;
}
export type Page = (main: HTMLElement, params: Params) => Promise<void> | void;

const ROUTES: [RegExp, Page][] = [
  [/^\/(?:inbox)?$/, inboxPage],
  [/^\/intake$/, intakePage],
  [/^\/ops$/, opsPage],
  [/^\/cases\/([A-Za-z0-9_:.-]+)\/history$/, historyPage],
  [/^\/cases\/([A-Za-z0-9_:.-]+)$/, casePage],
];

export function navigate(path: string, replaceState = false): void {
  if (replaceState) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void render();
}

function header(): HTMLElement {
  const c = session.claims();
  const nav = h(
    'nav',
    { 'aria-label': '主导航' },
    h('a', { href: '/' }, '工作台'),
    session.has('station_clerk') ? h('a', { href: '/intake' }, '受理申请') : null,
    session.has('ops') ? h('a', { href: '/ops' }, '运维看板') : null,
  );
  const who = c
    ? h('span', { class: 'who' }, `${c.sub}（${c.roles.map((r) => label(ROLE, r)).join('、')}；${c.township ?? c.county ?? ''}）`)
    : null;
  const out = c
    ? h('button', { type: 'button', class: 'link', onclick: () => { session.clear(); navigate('/', true); } }, '退出')
    : null;
  return h('header', { class: 'top' }, h('span', { class: 'brand' }, '帮扶 · 困难退役军人帮扶援助'), c ? nav : null, h('span', { class: 'spacer' }), who, out);
}

async function render(): Promise<void> {
  const root = document.getElementById('app')!;
  const main = h('main', { id: 'main' });
  replace(root, h('a', { href: '#main', class: 'skip' }, '跳到正文'), header(), main);
  const path = location.pathname;
  if (!session.token() || path === '/signin') {
    const next = path === '/signin' ? new URLSearchParams(location.search).get('next') ?? '/' : path + location.search;
    document.title = '登录 · 帮扶';
    return signinPage(main, { id: '', next: next.startsWith('/') && !next.startsWith('//') ? next : '/' });
  }
  for (const [re, page] of ROUTES) {
    const m = re.exec(path);
    if (!m) continue;
    await page(main, { id: decodeURIComponent(m[1] ?? ''), next: '' });
    main.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
    return;
  }
  replace(main, h('h1', { tabindex: -1 }, '页面不存在'), h('p', {}, h('a', { href: '/' }, '回到工作台')));
}

document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a');
  if (!a || a.origin !== location.origin || a.hasAttribute('download') || a.target || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  if (a.getAttribute('href')?.startsWith('#')) return;
  e.preventDefault();
  navigate(a.pathname + a.search);
});
window.addEventListener('popstate', () => void render());
session.onExpired(() => void render());
export const rerender = render;
void render();
