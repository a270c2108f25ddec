// Programmes: mentoring schemes, deanery and buddy schemes, faculties and alumni networks, with
// their members and the mentors who can take a mentee now. Admins create and edit programmes;
// admins and a programme's leads add and remove its members.
import { api, qs } from '../api.js';
import { h, clear, field, errorBox, notice, load, num, personSearch, personLine, announce } from '../ui.js';

const KINDS = {
  'college-scheme': 'College scheme', deanery: 'Deanery', faculty: 'Faculty', buddy: 'Buddy scheme',
  alumni: 'Alumni network', other: 'Other',
};

const plural = (n, word) => `${num(n)} ${word}${n === 1 ? '' : 's'}`;
const counts = p => `${KINDS[p.kind] || p.kind} · ${plural(p.members, 'member')} · ${plural(p.mentors, 'mentor')} · ${num(p.mentorsWithCapacity)} with capacity`;

const kindSelect = (id, withAny, value) => h('select', { id, name: 'kind' },
  withAny ? h('option', { value: '' }, 'Any kind') : null,
  Object.entries(KINDS).map(([v, l]) => h('option', { value: v, selected: v === value }, l)));

export async function render(root, { me }) {
  const admin = me.roles.includes('ADMIN');
  const leads = id => admin || (me.programmes || []).includes(id);
  root.append(h('h1', {}, 'Programmes'),
    h('p', { class: 'lead' }, 'Formal schemes are often the easiest first route to a mentor: each shows its members and the mentors who can take a mentee now.'));

  const kind = kindSelect('prog-kind', true);
  const q = h('input', { type: 'search', id: 'prog-q', name: 'q', placeholder: 'Part of a name' });
  const filters = h('form', { class: 'card filters', id: 'prog-filters', role: 'search' },
    field('Kind', kind), field('Name', q), h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show')));
  const list = h('section', { id: 'prog-list', 'aria-label': 'Programmes', 'aria-live': 'polite' });
  const detail = h('section', { id: 'prog-detail', 'aria-live': 'polite', 'aria-label': 'Programme' });
  root.append(filters);
  if (admin) root.append(createForm(async p => { await showList(); await showDetail(p.id); }));
  root.append(list, detail);

  async function showList() {
    const items = await load(list, 'Loading programmes…', () => api(`/api/programmes${qs({ kind: kind.value, q: q.value.trim() })}`));
    if (!items) return;
    clear(list);
    if (!items.length) { list.append(notice('No programme matches.')); return; }
    list.append(h('ol', { class: 'ranked' }, items.map(p => h('li', { class: 'programme', dataset: { programmeId: p.id } },
      h('h3', {}, h('button', { type: 'button', class: 'link-button', onclick: () => showDetail(p.id) }, p.name)),
      h('p', { class: 'muted' }, counts(p))))));
  }

  async function showDetail(id) {
    const p = await load(detail, 'Loading the programme…', () => api(`/api/programmes/${encodeURIComponent(id)}`));
    if (!p) return;
    clear(detail);
    const card = h('div', { class: 'card', dataset: { programmeId: p.id } },
      h('h2', { id: 'prog-detail-title' }, p.name),
      h('p', { class: 'muted' }, counts(p)));
    detail.append(card);
    if (admin) card.append(editForm(p, async () => { await showList(); await showDetail(p.id); }));
    const manage = leads(p.id);
    if (manage) card.append(addForm(p.id, () => showDetail(p.id)));

    card.append(h('h3', {}, 'Mentors who can take a mentee now'));
    card.append(p.mentorsAvailable.length
      ? h('ul', { id: 'prog-mentors' }, p.mentorsAvailable.map(m => h('li', { dataset: { personId: m.id } },
        h('strong', {}, m.name || m.id), ' ', h('span', { class: 'muted' }, personLine(m)),
        ` · room for ${num(m.capacityLeft)} more`)))
      : h('p', { class: 'muted', id: 'prog-mentors' }, 'None at the moment.'));

    const page = p.memberList;
    card.append(h('h3', {}, `Members (${num(page.total)} shown${page.hidden ? `, ${num(page.hidden)} private` : ''})`));
    card.append(h('ul', { id: 'prog-members' }, page.items.map(m => h('li', { dataset: { personId: m.id } },
      h('strong', {}, m.name || m.id), ' ', h('span', { class: 'muted' }, [m.as, personLine(m)].filter(Boolean).join(' · ')), ' ',
      manage ? h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove ${m.name || m.id}`, onclick: async e => {
        e.target.disabled = true;
        try {
          await api(`/api/programmes/${encodeURIComponent(p.id)}/members/${encodeURIComponent(m.id)}`, { method: 'DELETE' });
          announce(`${m.name || m.id} removed`);
          await showDetail(p.id);
        } catch (err) { e.target.after(errorBox(err)); e.target.disabled = false; }
      } }, 'Remove') : null))));
    if (page.total > page.items.length) card.append(h('p', { class: 'hint' }, `The first ${page.items.length} of ${num(page.total)}.`));
  }

  filters.addEventListener('submit', e => { e.preventDefault(); showList(); });
  await showList();
}

/** Admin: a new programme (POST /api/programmes). */
function createForm(onCreated) {
  const name = h('input', { type: 'text', id: 'prog-new-name', name: 'name', required: true, maxlength: '200' });
  const kind = kindSelect('prog-new-kind', false, 'other');
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'card filters', id: 'prog-create' }, h('h2', {}, 'New programme'),
    field('Name', name), field('Kind', kind), h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'prog-new-save' }, 'Create')), out);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clear(out);
    try {
      const p = await api('/api/programmes', { method: 'POST', body: { name: name.value.trim(), kind: kind.value } });
      out.append(notice(`Created ${p.name} (${p.id}).`));
      name.value = '';
      await onCreated(p);
    } catch (err) { out.append(errorBox(err)); }
  });
  return form;
}

/** Admin: rename or change the kind (PATCH /api/programmes/{id}). */
function editForm(p, onSaved) {
  const name = h('input', { type: 'text', id: 'prog-edit-name', name: 'name', required: true, maxlength: '200', value: p.name });
  const kind = kindSelect('prog-edit-kind', false, p.kind);
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', id: 'prog-edit' }, field('Name', name), field('Kind', kind),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'prog-edit-save' }, 'Save')), out);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clear(out);
    try {
      await api(`/api/programmes/${encodeURIComponent(p.id)}`, { method: 'PATCH', body: { name: name.value.trim(), kind: kind.value } });
      await onSaved();
    } catch (err) { out.append(errorBox(err)); }
  });
  return form;
}

/** Admin or lead: add a member (POST /api/programmes/{id}/members/{personId}). */
function addForm(id, onAdded) {
  let person = null;
  const as = h('select', { id: 'prog-add-as', name: 'as' },
    h('option', { value: 'member' }, 'Member'), h('option', { value: 'mentor' }, 'Mentor'), h('option', { value: 'mentee' }, 'Mentee'));
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'filters', id: 'prog-add' },
    personSearch({ label: 'Add a member', onPick: p => { person = p; } }), field('As', as),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'prog-add-save' }, 'Add member')), out);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    clear(out);
    if (!person) { out.append(errorBox({ title: 'No person chosen', detail: 'Type a name and pick the person to add.' })); return; }
    try {
      await api(`/api/programmes/${encodeURIComponent(id)}/members/${encodeURIComponent(person.id)}`, { method: 'POST', body: { as: as.value } });
      announce(`${person.name || person.id} added`);
      await onAdded();
    } catch (err) { out.append(errorBox(err)); }
  });
  return form;
}
