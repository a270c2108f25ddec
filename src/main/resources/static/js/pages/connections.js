// My connections: my ties with their strength and how it was computed, the requests waiting for my side,
// adding a tie to someone found by name, re-rating and removing. Each side is mine; the other's is shown
// because it is about our tie.
import { api } from '../api.js';
import { h, clear, load, errorBox, notice, announce, field, personSearch, pct } from '../ui.js';

const KINDS = ['worked-together', 'supervised-me', 'i-supervised', 'trained-together', 'co-authored', 'committee',
  'mentoring', 'conference', 'alumni', 'social', 'introduction'];
const words = k => k.replace(/-/g, ' ');

export async function render(root, { me }) {
  root.append(h('h1', {}, 'My connections'),
    h('p', { class: 'lead' }, 'The people you know, how well, and why WarmPath rates each tie as it does. '
      + 'A tie counts in introduction paths once both of you have confirmed it.'));
  if (!me.personId) {
    root.append(notice('This page is for members: your account speaks for no person.'));
    return;
  }
  const out = h('div', { 'aria-live': 'polite' });
  const requests = h('section', { id: 'conn-requests', 'aria-labelledby': 'conn-requests-title' });
  const add = h('section', { id: 'conn-add', 'aria-labelledby': 'conn-add-title' });
  const mine = h('section', { id: 'conn-mine', 'aria-labelledby': 'conn-mine-title' });
  root.append(out, requests, add, mine);

  let chosen = null;
  add.append(h('h2', { id: 'conn-add-title' }, 'Add a connection'),
    personSearch({ label: 'Person', placeholder: 'Type a name', onPick: p => { chosen = p; } }));
  const addForm = sideForm('conn-add', null, async side => {
    if (!chosen) throw { title: 'Choose a person first' };
    return save(chosen, side);
  });
  add.append(addForm);

  function sideForm(prefix, side, submit) {
    const kind = h('select', { id: `${prefix}-kind` }, h('option', { value: '' }, '(none)'),
      KINDS.map(k => h('option', { value: k, selected: side?.evidence?.[0]?.kind === k || null }, words(k))));
    const since = h('input', { type: 'date', id: `${prefix}-since`, value: side?.evidence?.[0]?.since || null });
    const until = h('input', { type: 'date', id: `${prefix}-until`, value: side?.evidence?.[0]?.until || null });
    const closeness = h('select', { id: `${prefix}-closeness` },
      [1, 2, 3, 4, 5].map(c => h('option', { value: String(c), selected: (side?.closeness || 3) === c || null }, String(c))));
    const form = h('form', { class: 'side-form' },
      field('How you know each other', kind), field('Since', since), field('Until', until, 'Leave empty if it goes on'),
      field('How close (1 to 5)', closeness),
      h('button', { type: 'submit', id: `${prefix}-save` }, 'Save my side'));
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const evidence = kind.value ? [{ kind: kind.value, since: since.value || null, until: until.value || null }] : [];
      clear(out);
      try {
        await submit({ evidence, closeness: Number(closeness.value) });
      } catch (err) {
        out.append(errorBox(err));
      }
    });
    return form;
  }

  async function save(person, side) {
    const saved = await api(`/api/me/connections/${encodeURIComponent(person.id)}`, { method: 'PUT', body: side });
    const said = saved.status === 'pending'
      ? `Sent to ${person.name || person.id}: the tie counts once they confirm it.`
      : `Your tie with ${person.name || person.id} is confirmed, strength ${pct(saved.strength)}.`;
    out.append(notice(said));
    announce(said);
    await refresh();
  }

  async function remove(person) {
    clear(out);
    try {
      await api(`/api/me/connections/${encodeURIComponent(person.id)}`, { method: 'DELETE' });
      out.append(notice(`Removed: ${person.name || person.id}.`));
      await refresh();
    } catch (err) {
      out.append(errorBox(err));
    }
  }

  const sideText = s => !s ? 'not rated' : `closeness ${s.closeness}/5` + (s.evidence.length
    ? `: ${s.evidence.map(e => words(e.kind) + (e.since ? ` since ${e.since}` : '') + (e.until ? ` until ${e.until}` : '')).join('; ')}` : '');
  const partsText = p => !p ? 'set by import or admin'
    : `ratings ${pct(p.ratings)} · evidence ${pct(p.evidence)} · duration ${pct(p.duration)} · recency ${pct(p.recency)}`;

  async function refresh() {
    const [waiting, listing] = await Promise.all([
      load(requests, 'Loading requests…', () => api('/api/me/connections/requests')),
      load(mine, 'Loading connections…', () => api('/api/me/connections'))]);
    if (waiting) {
      clear(requests).append(h('h2', { id: 'conn-requests-title' }, `Waiting for you (${waiting.length})`));
      if (!waiting.length) requests.append(h('p', { class: 'muted' }, 'No requests.'));
      waiting.forEach(r => {
        const prefix = `conn-req-${r.person.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
        requests.append(h('article', { class: 'card request', dataset: { personId: r.person.id } },
          h('h3', {}, r.person.name || r.person.id), h('p', {}, 'Their side: ', sideText(r.side)),
          sideForm(prefix, r.side, side => save(r.person, side)),
          h('button', { type: 'button', class: 'danger decline', onclick: () => remove(r.person) }, 'Decline')));
      });
    }
    if (listing) {
      clear(mine).append(h('h2', { id: 'conn-mine-title' }, `My connections (${listing.total})`));
      if (!listing.connections.length) mine.append(h('p', { class: 'muted' }, 'None yet.'));
      listing.connections.forEach(t => {
        const prefix = `conn-tie-${t.person.id}`.replace(/[^A-Za-z0-9_-]/g, '_');
        const edit = sideForm(prefix, t.mine, side => save(t.person, side));
        const details = h('details', {}, h('summary', {}, 'Edit my rating'), edit);
        mine.append(h('article', { class: 'card tie', dataset: { personId: t.person.id } },
          h('h3', {}, t.person.name || t.person.id, ' ', h('span', { class: 'strength' }, `strength ${pct(t.strength)}`)),
          h('p', { class: 'parts' }, partsText(t.strengthParts)),
          h('p', {}, 'My side: ', sideText(t.mine)), h('p', {}, 'Their side: ', sideText(t.theirs)),
          details,
          h('button', { type: 'button', class: 'danger remove', onclick: () => remove(t.person) }, 'Remove')));
      });
      if (listing.pending.length) {
        mine.append(h('h3', {}, 'Waiting for them'), h('ul', {}, listing.pending.map(p =>
          h('li', { class: 'pending', dataset: { personId: p.person.id } }, p.person.name || p.person.id, ': ', sideText(p.side)))));
      }
    }
  }
  await refresh();
}
