// My profile: every field a member owns, choices from GET /api/vocabulary, consent and
// visibility explained in plain words; saves with PATCH /api/me (only what changed) and
// shows the problem's field next to that field.
import { api } from '../api.js';
import { h, clear, field, load, errorBox, notice, announce } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'My profile'),
    h('p', { class: 'lead' }, 'What others see about you, what you are looking for, and what you agree to.'));
  const box = h('div', {});
  root.append(box);
  const loaded = await load(box, 'Loading your profile…',
    () => Promise.all([api('/api/me/profile'), api('/api/vocabulary')]));
  if (!loaded) return;
  clear(box);
  const [profile, words] = loaded;
  box.append(form(profile, words));
}

/** An option list whose value for the current label is kept even when the vocabulary lacks it. */
function choices(id, list, current) {
  const select = h('select', { id, name: id.replace('profile-', '') }, h('option', { value: '' }, '— not set —'));
  let found = false;
  for (const t of list) {
    const selected = t.label === current;
    found ||= selected;
    select.append(h('option', { value: t.id, selected }, t.label));
  }
  if (current && !found) select.append(h('option', { value: current, selected: true }, `${current} (as imported)`));
  return select;
}

function form(p, words) {
  const controls = {};
  const text = (name, value, attrs = {}) => (controls[name] = h('input', { type: 'text', id: `profile-${name}`, name, value: value ?? '', ...attrs }));
  text('name', p.name, { required: true, maxlength: 200, autocomplete: 'name' });
  text('headline', p.headline, { maxlength: 500 });
  controls.grade = choices('profile-grade', words.grades.map(g => ({ id: g.id, label: g.label })), p.grade);
  controls.specialty = choices('profile-specialty', words.specialties, p.specialty);
  controls.region = choices('profile-region', words.regions, p.region);
  text('organisation', p.organisation, { maxlength: 200, autocomplete: 'organization' });
  text('skills', (p.skills || []).join(', '));
  controls.goals = h('textarea', { id: 'profile-goals', name: 'goals', maxlength: 1000, rows: 4 }, p.goals || '');
  const count = h('span', { class: 'hint', 'aria-live': 'polite' });
  const counted = () => { count.textContent = `${controls.goals.value.length} of 1,000 characters`; };
  controls.goals.addEventListener('input', counted);
  counted();
  const needBoxes = words.needs.map(n => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'needs', value: n.id, checked: (p.needs || []).includes(n.id) }), ' ', n.label));
  controls.needs = h('fieldset', { id: 'profile-needs', class: 'checks' }, h('legend', {}, 'What I would like help with'), needBoxes);
  const check = (name, value) => (controls[name] = h('input', { type: 'checkbox', id: `profile-${name}`, name, checked: !!value }));
  check('openToIntroductions', p.openToIntroductions);
  check('openToMentoring', p.openToMentoring);
  controls.mentorCapacity = h('input', { type: 'number', id: 'profile-mentorCapacity', name: 'mentorCapacity', min: 0, max: 50, step: 1, value: p.mentorCapacity ?? 0 });
  const radio = v => h('input', { type: 'radio', name: 'connectionVisibility', value: v, id: `profile-visibility-${v}`, checked: p.connectionVisibility === v });
  controls.connectionVisibility = h('fieldset', { id: 'profile-connectionVisibility', class: 'checks' },
    h('legend', {}, 'Who sees my connections'),
    h('label', { class: 'check' }, radio('connections'), ' ', h('strong', {}, 'My connections'),
      ' – people I know directly may see who I know (so they can find a warm route through me).'),
    h('label', { class: 'check' }, radio('private'), ' ', h('strong', {}, 'Only me'),
      ' – nobody else sees my ties; on other people\'s paths I appear as "a private member", without my name.'));

  const out = h('div', { 'aria-live': 'assertive', id: 'profile-out' });
  const save = h('button', { type: 'submit', id: 'profile-save' }, 'Save my profile');
  const el = h('form', { class: 'card', id: 'profile-form', novalidate: true },
    h('h2', {}, 'About me'),
    h('div', { class: 'grid' },
      field('Name', controls.name), field('Headline', controls.headline, 'One line, e.g. "Cardiology registrar interested in research"'),
      field('Grade', controls.grade), field('Specialty', controls.specialty), field('Region', controls.region),
      field('Organisation', controls.organisation, 'Where you work'),
      field('Skills', controls.skills, 'Separated by commas, e.g. echocardiography, teaching')),
    h('h2', {}, 'What I am looking for'),
    field('My goals', controls.goals, 'What you want from a mentor or an introduction; only you and the people you ask see it.'),
    count, controls.needs,
    h('h2', {}, 'What I agree to'),
    h('div', { class: 'field' }, h('label', { class: 'check', for: 'profile-openToIntroductions' }, controls.openToIntroductions, ' Open to introductions'),
      h('span', { class: 'hint' }, 'When ticked, WarmPath may suggest you as a link in someone\'s chain of introductions, and people may ask you to introduce them to someone you know. You can always decline a request. When not ticked, no path passes through you.')),
    h('div', { class: 'field' }, h('label', { class: 'check', for: 'profile-openToMentoring' }, controls.openToMentoring, ' Open to mentoring'),
      h('span', { class: 'hint' }, 'When ticked, you appear in mentor recommendations and mentees may ask you to mentor them, up to the number below.')),
    field('How many mentees at once', controls.mentorCapacity, '0 to 50'),
    controls.connectionVisibility,
    out, h('div', { class: 'actions' }, save));

  // only the fields that changed are sent, so a value imported in other words (a grade
  // the vocabulary does not list) is kept unless the member picks another
  const initial = values(controls);
  el.addEventListener('submit', async e => {
    e.preventDefault();
    clear(out);
    el.querySelectorAll('[aria-invalid]').forEach(c => c.removeAttribute('aria-invalid'));
    el.querySelectorAll('.field-error').forEach(x => x.remove());
    const now = values(controls);
    const body = {};
    for (const [k, v] of Object.entries(now)) if (JSON.stringify(v) !== JSON.stringify(initial[k])) body[k] = v;
    if (!Object.keys(body).length) { out.append(notice('Nothing changed.')); return; }
    save.disabled = true;
    try {
      await api('/api/me', { method: 'PATCH', body });
      Object.assign(initial, now);
      out.append(notice('Your profile is saved.'));
      announce('Profile saved');
    } catch (err) {
      const name = err.problem?.field;
      const control = controls[name];
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        const msg = h('span', { class: 'field-error', id: `profile-${name}-error`, role: 'alert' }, err.detail || err.title);
        control.insertAdjacentElement('afterend', msg);
        control.focus();
      }
      out.append(errorBox(err));
    } finally {
      save.disabled = false;
    }
  });
  return el;
}

function values(c) {
  const blank = s => (s.trim() === '' ? null : s.trim());
  return {
    name: c.name.value.trim(),
    headline: blank(c.headline.value),
    grade: blank(c.grade.value),
    specialty: blank(c.specialty.value),
    region: blank(c.region.value),
    organisation: blank(c.organisation.value),
    skills: c.skills.value.split(',').map(s => s.trim()).filter(Boolean),
    goals: blank(c.goals.value),
    needs: [...c.needs.querySelectorAll('input:checked')].map(i => i.value),
    openToIntroductions: c.openToIntroductions.checked,
    openToMentoring: c.openToMentoring.checked,
    mentorCapacity: Number(c.mentorCapacity.value),
    connectionVisibility: c.connectionVisibility.querySelector('input:checked')?.value || 'connections',
  };
}
