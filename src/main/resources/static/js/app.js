// WarmPath web app: sign-in, navigation by role, and the pages (one module each).
import { currentUser, signIn, signOut, whenUnauthorized } from './api.js';
import { h, clear, errorBox, field, spinner, personSearch, announce } from './ui.js';

const ROUTES = {
  mentors: { roles: ['MEMBER', 'ADMIN'], title: 'Find a mentor', load: () => import('./pages/mentors.js') },
  introduce: { roles: ['MEMBER', 'ADMIN'], title: 'Who can introduce me', load: () => import('./pages/introduce.js') },
  network: { roles: ['MEMBER', 'ADMIN'], title: 'My network', load: () => import('./pages/network.js') },
  introductions: { roles: ['MEMBER', 'ADMIN'], title: 'Introductions', load: () => import('./pages/introductions.js') },
  profile: { roles: ['MEMBER'], title: 'My profile', load: () => import('./pages/profile.js') },
  mentoring: { roles: ['MEMBER', 'ADMIN'], title: 'Mentoring', load: () => import('./pages/mentoring.js') },
  connections: { roles: ['MEMBER', 'ADMIN'], title: 'My connections', load: () => import('./pages/connections.js') },
  analytics: { roles: ['ANALYST', 'ADMIN'], title: 'Analytics', load: () => import('./pages/analytics.js') },
  import: { roles: ['MEMBER', 'ADMIN'], title: 'Import', load: () => import('./pages/import.js') },
  programmes: { roles: ['MEMBER', 'ADMIN', 'ANALYST', 'PROGRAMME_LEAD'], title: 'Programmes', load: () => import('./pages/programmes.js') },
};

const state = { me: null };
const main = () => document.getElementById('main');

function allowed(route) {
  return state.me && route.roles.some(r => state.me.roles.includes(r));
}

/**
 * The person a page looks from: a member's own person; an admin picks one (kept for the
 * browser tab) since admins speak for nobody.
 */
const subject = {
  get id() { return state.me?.personId || sessionStorage.getItem('warmpath.subject') || ''; },
  /** true when an admin looks from someone else's person. */
  get forSomeoneElse() { return !state.me?.personId; },
  get name() { return state.me?.personId ? 'you' : (sessionStorage.getItem('warmpath.subjectName') || this.id); },
  picker(onChange) {
    if (state.me?.personId) return null;
    const box = h('div', { class: 'card' }, h('p', { class: 'muted' },
      'Admins speak for nobody: choose the person to look from.',
      sessionStorage.getItem('warmpath.subject') ? ` Now: ${subject.name} (${subject.id}).` : ''));
    box.append(personSearch({ label: 'Look from person', onPick: p => {
      sessionStorage.setItem('warmpath.subject', p.id);
      sessionStorage.setItem('warmpath.subjectName', p.name || p.id);
      onChange?.();
    } }));
    return box;
  },
};

function showWho() {
  const who = document.getElementById('who');
  const nav = document.getElementById('nav');
  const toggle = document.getElementById('nav-toggle');
  if (!state.me) {
    who.hidden = true; nav.hidden = true; toggle.hidden = true;
    return;
  }
  document.getElementById('who-name').textContent = state.me.displayName || state.me.username;
  document.getElementById('who-role').textContent = state.me.roles.map(r => r.charAt(0) + r.slice(1).toLowerCase()).join(', ');
  who.hidden = false; nav.hidden = false; toggle.hidden = false;
  nav.querySelectorAll('li[data-roles]').forEach(li => {
    li.hidden = !li.dataset.roles.split(' ').some(r => state.me.roles.includes(r));
  });
  import('./notifications.js').then(m => m.mount(state.me)).catch(() => {});
}

function firstRoute() {
  return Object.keys(ROUTES).find(k => allowed(ROUTES[k])) || null;
}

async function route() {
  const root = main();
  if (!state.me) { renderSignIn(root); return; }
  let name = location.hash.replace(/^#\/?/, '').split('?')[0];
  if (!ROUTES[name]) {
    name = firstRoute();
    if (!name) { clear(root).append(h('h1', {}, 'Welcome'), h('p', {}, 'Your account has no pages yet.')); return; }
    history.replaceState(null, '', `#/${name}`);
  }
  const r = ROUTES[name];
  document.querySelectorAll('#nav a').forEach(a => a.toggleAttribute('aria-current', a.getAttribute('href') === `#/${name}`));
  document.querySelectorAll('#nav a[aria-current]').forEach(a => a.setAttribute('aria-current', 'page'));
  document.getElementById('nav').classList.add('collapsed');
  document.getElementById('nav-toggle').setAttribute('aria-expanded', 'false');
  document.title = `${r.title} · WarmPath`;
  if (!allowed(r)) {
    clear(root).append(h('h1', {}, r.title), errorBox({ title: 'Forbidden', detail: `This page is for ${r.roles.join(' or ').toLowerCase()} accounts.` }));
    return;
  }
  clear(root).append(spinner('Opening…'));
  try {
    const page = await r.load();
    clear(root);
    root.dataset.page = name;
    await page.render(root, { me: state.me, subject, rerender: route });
  } catch (e) {
    clear(root).append(h('h1', {}, r.title), errorBox(e));
  }
  root.focus({ preventScroll: true });
  announce(`${r.title} page`);
}

function renderSignIn(root, message) {
  document.title = 'Sign in · WarmPath';
  const user = h('input', { type: 'text', id: 'signin-username', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'off', spellcheck: 'false' });
  const pass = h('input', { type: 'password', id: 'signin-password', name: 'password', autocomplete: 'current-password', required: true });
  const out = h('div', { 'aria-live': 'assertive' });
  const button = h('button', { type: 'submit', id: 'signin-submit' }, 'Sign in');
  const form = h('form', { class: 'card signin', id: 'signin-form', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Sign in to WarmPath'),
    h('p', { class: 'lead' }, 'The warmest chain of introductions from a mentee to the right mentor.'),
    message ? h('div', { class: 'notice', role: 'status' }, message) : null,
    field('User name', user), field('Password', pass), out, button);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    button.disabled = true;
    clear(out).append(spinner('Signing in…'));
    try {
      state.me = await decorate(await signIn(user.value.trim(), pass.value));
      pass.value = '';
      showWho();
      route();
    } catch (err) {
      const words = err.status === 401 ? { title: 'Sign-in failed', detail: 'That user name and password do not match an enabled account.' } : err;
      clear(out).append(errorBox(words));
      pass.select();
    } finally {
      button.disabled = false;
    }
  });
  clear(root).append(form);
  user.focus();
}

/** Adds the linked person's name to /api/me's answer. */
async function decorate(me) {
  if (!me) return null;
  me.personId = me.personId || '';
  if (me.personId) {
    try {
      const { api } = await import('./api.js');
      const p = await api(`/api/people/${encodeURIComponent(me.personId)}`);
      me.displayName = p.name ? `${p.name}` : me.username;
      me.person = p;
    } catch { me.displayName = me.username; }
  }
  return me;
}

async function start() {
  document.getElementById('sign-out').addEventListener('click', async () => {
    await signOut();
    state.me = null;
    sessionStorage.removeItem('warmpath.subject');
    sessionStorage.removeItem('warmpath.subjectName');
    showWho();
    history.replaceState(null, '', '#/');
    renderSignIn(main(), 'You have signed out.');
  });
  const toggle = document.getElementById('nav-toggle');
  toggle.addEventListener('click', () => {
    const nav = document.getElementById('nav');
    const open = nav.classList.toggle('collapsed') === false;
    toggle.setAttribute('aria-expanded', String(open));
  });
  whenUnauthorized(() => {
    if (!state.me) return;
    state.me = null;
    showWho();
    renderSignIn(main(), 'Your session has ended; please sign in again.');
  });
  window.addEventListener('hashchange', route);
  clear(main()).append(spinner('Starting…'));
  try {
    state.me = await decorate(await currentUser());
  } catch (e) {
    clear(main()).append(errorBox(e));
    return;
  }
  showWho();
  route();
}

start();
