/**
 * A tiny DOM builder instead of a framework (keeps the bundle small and needs no inline anything):
 * h('button', { onclick }, '认领') makes the element; attributes are set with setAttribute, so nothing
 * is ever parsed as HTML (text from the API cannot inject markup).
 */
type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | ((e: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'value' && 'value' in el) (el as HTMLInputElement).value = String(v);
    else if (k === 'checked' && el instanceof HTMLInputElement) el.checked = v === true;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';
export function s(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

let seq = 0;
/** A unique id for label/for and aria-describedby pairs. */
export const uid = (p = 'f') => `${p}-${++seq}`;

/** A labelled form control: <label for> + control (+ a field message slot). */
export function field(label: string, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, hint?: string): { wrap: HTMLElement; control: typeof control; message: HTMLElement } {
  const id = control.id || uid();
  control.id = id;
  const msgId = `${id}-msg`;
  const message = h('span', { id: msgId, class: 'field-msg', 'aria-live': 'polite' });
  control.setAttribute('aria-describedby', msgId);
  const wrap = h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('span', { class: 'hint' }, hint) : null, message);
  return { wrap, control, message };
}

export function select(options: [string, string][], attrs: Attrs = {}): HTMLSelectElement {
  return h('select', attrs, ...options.map(([v, l]) => h('option', { value: v }, l)));
}

export const fmtDateTime = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—';

export const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
