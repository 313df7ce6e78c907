// The console's one data path: the platform's API, with the session cookie and, for changes, the CSRF token.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || ('HTTP ' + status));
    this.status = status;
  }
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function send(method, path, body) {
  const headers = { 'Accept': 'application/json', 'X-Requested-With': 'tianping-console' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = csrfToken();
    headers['Idempotency-Key'] = crypto.randomUUID();
  }
  const response = await fetch(path, { method, headers, credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) {
    location.href = '/console/login';
    throw new ApiError(401, '登录已失效');
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const detail = json && (json.detail || json.title);
    const fields = json && json.errors ? ' ' + json.errors.map(e => e.field + ': ' + e.message).join('; ') : '';
    throw new ApiError(response.status, (detail || '') + fields);
  }
  return json;
}

export const get = path => send('GET', path);
export const post = (path, body) => send('POST', path, body);

export async function logout() {
  await fetch('/console/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': csrfToken() } });
  location.href = '/console/login?logout';
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== undefined && v !== null && v !== '') q.set(k, v); });
  const s = q.toString();
  return s ? '?' + s : '';
}
