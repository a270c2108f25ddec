// Talking to the WarmPath API: JSON in and out, problem+json errors turned into words,
// and a thin progress bar at the top while anything is in flight.

let inFlight = 0;

function busy(delta) {
  inFlight = Math.max(0, inFlight + delta);
  const bar = document.getElementById('busy');
  if (bar) bar.hidden = inFlight === 0;
}

/** An API failure with the problem's title and detail. */
export class ApiError extends Error {
  constructor(status, problem) {
    const title = problem?.title || statusText(status);
    const detail = problem?.detail || '';
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.problem = problem || {};
  }
}

function statusText(status) {
  return ({ 0: 'Network error', 400: 'Bad request', 401: 'Not signed in', 403: 'Forbidden', 404: 'Not found',
    409: 'Conflict', 413: 'File too large', 415: 'Unsupported file type', 422: 'Not possible', 429: 'Too many requests',
    500: 'Server error', 503: 'Service unavailable' })[status] || `Error ${status}`;
}

/** Called when any request answers 401 (the session ended). */
let onUnauthorized = () => {};
export function whenUnauthorized(fn) { onUnauthorized = fn; }

export async function readProblem(response) {
  const text = await response.text().catch(() => '');
  try { return text ? JSON.parse(text) : {}; } catch { return { detail: text.slice(0, 300) }; }
}

/**
 * fetch() for the API. `body` objects are sent as JSON; answers are parsed JSON
 * (or null for 204). Throws ApiError with the problem's words.
 */
export async function api(path, { method = 'GET', body, headers = {}, signal, quiet401 = false } = {}) {
  const h = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest', ...headers };
  let payload = body;
  if (body !== undefined && !(body instanceof FormData) && !(body instanceof Blob) && typeof body !== 'string') {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  busy(+1);
  let response;
  try {
    response = await fetch(path, { method, headers: h, body: payload, credentials: 'same-origin', signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, { title: 'Network error', detail: 'WarmPath could not be reached; check your connection and try again' });
  } finally {
    busy(-1);
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !quiet401) onUnauthorized();
    throw new ApiError(response.status, problem);
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

function basic(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let s = '';
  bytes.forEach(b => { s += String.fromCharCode(b); });
  return 'Basic ' + btoa(s);
}

/** Signs in: the Basic check of GET /api/me puts the authentication in the session cookie. */
export function signIn(username, password) {
  return api('/api/me', { headers: { Authorization: basic(username, password) }, quiet401: true });
}

/** Who is signed in, or null. */
export async function currentUser() {
  try {
    return await api('/api/me', { quiet401: true });
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}

export function signOut() {
  return api('/api/session/logout', { method: 'POST', quiet401: true }).catch(() => null);
}

/**
 * Uploads a file with XMLHttpRequest so the upload's progress can be shown.
 * Resolves with the parsed answer; rejects with ApiError.
 */
export function upload(path, file, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    xhr.upload.onprogress = e => { if (e.lengthComputable) onProgress(e.loaded, e.total, 'upload'); };
    xhr.upload.onload = () => onProgress(1, 1, 'processing');
    xhr.onerror = () => { busy(-1); reject(new ApiError(0, { title: 'Network error', detail: 'The upload did not reach WarmPath' })); };
    xhr.onload = () => {
      busy(-1);
      let json = {};
      try { json = xhr.responseText ? JSON.parse(xhr.responseText) : {}; } catch { json = { detail: xhr.responseText.slice(0, 300) }; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(json);
      else {
        if (xhr.status === 401) onUnauthorized();
        reject(new ApiError(xhr.status, json));
      }
    };
    const form = new FormData();
    form.append('file', file, file.name);
    busy(+1);
    xhr.send(form);
  });
}

export function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') u.set(k, v);
  }
  const s = u.toString();
  return s ? `?${s}` : '';
}
