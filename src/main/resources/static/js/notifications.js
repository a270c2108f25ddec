// The bell in the header: the unread count, and on a click the list of notifications, each with
// "Mark read", and for a follow-up the three answers (met / mentoring started / did not meet).
import { api } from './api.js';
import { h, clear, errorBox, spinner, announce } from './ui.js';

const REFRESH_MS = 60_000;
let timer = null;

const bell = () => document.getElementById('bell');
const count = () => document.getElementById('bell-count');

/** Shows the bell for a member (it needs a person) and keeps its count fresh; hides it otherwise. */
export function mount(me) {
  const button = bell();
  if (!button) return;
  clearInterval(timer);
  timer = null;
  closePanel();
  if (!me?.personId) { button.hidden = true; return; }
  button.hidden = false;
  if (!button.dataset.wired) {
    button.dataset.wired = 'true';
    button.addEventListener('click', () => (panel() ? closePanel() : openPanel()));
    document.addEventListener('keydown', e => { if (e.key === 'Escape' && panel()) { closePanel(); bell().focus(); } });
  }
  refresh();
  timer = setInterval(refresh, REFRESH_MS);
}

async function refresh() {
  try {
    const list = await api('/api/me/notifications?unread=true&limit=1');
    show(list.unread);
  } catch { /* the next refresh tries again; a 401 signs out through api.js */ }
}

function show(unread) {
  const c = count();
  c.textContent = unread > 99 ? '99+' : String(unread);
  c.hidden = unread === 0;
  bell().setAttribute('aria-label', unread === 1 ? 'Notifications: 1 unread' : `Notifications: ${unread} unread`);
}

const panel = () => document.getElementById('notifications-panel');

function closePanel() {
  panel()?.remove();
  bell()?.setAttribute('aria-expanded', 'false');
}

function openPanel() {
  // just below the header, however many lines it wraps to
  const top = `${Math.round(document.querySelector('header').getBoundingClientRect().bottom) + 4}px`;
  const box = h('section', { id: 'notifications-panel', class: 'notifications-panel card', 'aria-label': 'Notifications', style: { top } });
  bell().after(box);
  bell().setAttribute('aria-expanded', 'true');
  render(box);
}

const ANSWERS = [
  { label: 'We met', body: { met: true, mentoringStarted: false } },
  { label: 'Mentoring started', body: { met: true, mentoringStarted: true } },
  { label: 'We did not meet', body: { met: false, mentoringStarted: false } },
];

const OUTCOME_WORDS = { 'mentoring-started': 'Mentoring started', met: 'You met', 'no-meeting': 'You did not meet' };

async function render(box) {
  clear(box).append(spinner('Loading notifications…'));
  let list;
  try {
    list = await api('/api/me/notifications?limit=30');
  } catch (e) {
    clear(box).append(errorBox(e));
    return;
  }
  show(list.unread);
  const head = h('div', { class: 'notifications-head' }, h('h2', {}, 'Notifications'),
    list.unread > 0 ? h('button', { type: 'button', class: 'secondary', id: 'notifications-read-all', onclick: () =>
      act(box, '/api/me/notifications/read-all', undefined, 'All marked read') }, 'Mark all read') : null);
  const items = list.notifications.map(n => item(box, n));
  clear(box).append(head, items.length ? h('ul', { class: 'notifications-list' }, items)
    : h('p', { class: 'muted' }, 'Nothing yet.'));
}

function item(box, n) {
  const when = new Date(n.createdAt).toLocaleString();
  const actions = h('div', { class: 'notification-actions' });
  if (n.kind === 'follow-up' && !n.outcome) {
    ANSWERS.forEach(a => actions.append(h('button', { type: 'button', class: 'secondary', dataset: { answer: a.label },
      onclick: () => act(box, `/api/me/notifications/${encodeURIComponent(n.id)}/answer`, a.body, 'Thank you: answer recorded') }, a.label)));
  } else if (n.outcome) {
    actions.append(h('span', { class: 'muted' }, OUTCOME_WORDS[n.outcome] || n.outcome));
  }
  if (!n.readAt) {
    actions.append(h('button', { type: 'button', class: 'secondary mark-read',
      onclick: () => act(box, `/api/me/notifications/${encodeURIComponent(n.id)}/read`, undefined, 'Marked read') }, 'Mark read'));
  }
  const link = n.introductionId ? h('a', { href: '#/introductions' }, 'Introductions')
    : (n.kind === 'offer-near-peer' ? h('a', { href: '#/profile' }, 'My profile') : null);
  return h('li', { class: n.readAt ? 'notification read' : 'notification unread', dataset: { kind: n.kind, id: n.id } },
    h('p', {}, n.readAt ? null : h('strong', { class: 'sr-only' }, 'Unread: '), n.text),
    h('p', { class: 'hint' }, when, link ? ' · ' : null, link), actions);
}

async function act(box, path, body, done) {
  try {
    await api(path, { method: 'POST', body });
    announce(done);
  } catch (e) {
    box.prepend(errorBox(e));
    return;
  }
  render(box);
}
