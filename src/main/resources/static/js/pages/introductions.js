// Introductions: my requests and the asks waiting for me, with their buttons.
import { api, qs } from '../api.js';
import { h, clear, load, errorBox, notice, announce } from '../ui.js';

const WHAT = {
  accept: 'Accept', decline: 'Decline', complete: 'Mark as done', withdraw: 'Withdraw',
};

export async function render(root, { me }) {
  root.append(h('h1', {}, 'Introductions'),
    h('p', { class: 'lead' }, 'Requests you made, and the people who asked you to introduce them.'));
  const out = h('div', { 'aria-live': 'polite' });
  root.append(out);
  const admin = !me.personId;
  const mine = h('section', { id: 'intros-mine', 'aria-labelledby': 'intros-mine-title' });
  const asks = h('section', { id: 'intros-asks', 'aria-labelledby': 'intros-asks-title' });
  root.append(mine, asks);

  async function refresh() {
    if (admin) {
      await list(mine, 'All introductions', 'any', []);
      asks.hidden = true;
      return;
    }
    await Promise.all([list(mine, 'My requests', 'requester', ['complete', 'withdraw']),
      list(asks, 'Asks waiting for me', 'introducer', ['accept', 'decline', 'complete'])]);
  }

  async function list(box, title, role, actions) {
    const items = await load(box, 'Loading introductions…', () => api(`/api/introductions${qs({ role })}`));
    if (!items) return;
    const id = `${box.id}-title`;
    clear(box).append(h('h2', { id }, title, ` (${items.length})`));
    if (!items.length) { box.append(h('p', { class: 'muted' }, 'None yet.')); return; }
    const rows = items.map(i => h('tr', { dataset: { introId: i.id, status: i.status } },
      h('td', {}, h('span', { class: `status ${i.status}` }, i.status.toLowerCase())),
      h('td', {}, name(i.requester)), h('td', {}, name(i.introducer)), h('td', {}, name(i.target)),
      h('td', {}, i.goal || '', i.message ? h('div', { class: 'muted' }, i.message) : null),
      h('td', {}, date(i.completedAt || i.decidedAt || i.requestedAt)),
      h('td', {}, h('div', { class: 'actions' }, actions.filter(a => possible(a, i.status)).map(a =>
        h('button', { type: 'button', class: a === 'decline' || a === 'withdraw' ? 'danger' : '', dataset: { action: a },
          onclick: e => act(e.currentTarget, i, a) }, WHAT[a], h('span', { class: 'sr-only' }, ` the introduction of ${i.requester.name} to ${i.target.name}`)))))));
    box.append(h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, ['Status', 'Asked by', 'Introducer', 'To meet', 'Goal', 'When', 'Actions'].map(c => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows))));
  }

  async function act(button, intro, action) {
    button.disabled = true;
    clear(out);
    try {
      const after = await api(`/api/introductions/${encodeURIComponent(intro.id)}/${action}`, { method: 'POST' });
      out.append(notice(`The introduction of ${intro.requester.name} to ${intro.target.name} is now ${after.status.toLowerCase()}.`));
      announce(`Introduction ${after.status.toLowerCase()}`);
      await refresh();
    } catch (e) {
      out.append(errorBox(e));
      button.disabled = false;
    }
  }

  await refresh();
}

function possible(action, status) {
  return ({ accept: ['REQUESTED'], decline: ['REQUESTED'], complete: ['ACCEPTED'], withdraw: ['REQUESTED', 'ACCEPTED'] })[action].includes(status);
}

const name = p => p?.anonymous ? 'a private member (named once they accept)' : (p?.name || p?.id || '–');
const date = iso => iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : '';
