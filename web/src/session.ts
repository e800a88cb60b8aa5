/**
 * Who is signed in: the bearer token and its claims, kept in memory and in sessionStorage (this tab
 * only, gone when it closes) — never in a URL, a cookie or localStorage, never logged.
 */
export interface Claims {
  sub: string;
  roles: string[];
  county?: string;
  township?: string;
  exp?: number;
}

const KEY = 'bangfu.token';
let token: string | null = sessionStorage.getItem(KEY);
let onExpired: () => void = () => {};

function decode(t: string): Claims | null {
  try {
    const part = t.split('.')[1] ?? '';
    const json = decodeURIComponent(
      Array.from(atob(part.replace(/-/g, '+').replace(/_/g, '/')), (c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0')).join(''),
    );
    const c = JSON.parse(json) as Claims;
    return typeof c.sub === 'string' && Array.isArray(c.roles) ? c : null;
  } catch {
    return null;
  }
}

export const session = {
  token: () => token,
  claims: (): Claims | null => (token ? decode(token) : null),
  has: (role: string) => (token ? (decode(token)?.roles ?? []).includes(role) : false),
  /** Parses the token's claims (not its signature: the API verifies it on the first call). */
  set(t: string): Claims | null {
    const c = decode(t.trim());
    if (!c) return null;
    token = t.trim();
    sessionStorage.setItem(KEY, token);
    return c;
  },
  clear() {
    token = null;
    sessionStorage.removeItem(KEY);
  },
  expired() {
    this.clear();
    onExpired();
  },
  onExpired(fn: () => void) {
    onExpired = fn;
  },
};
