// Mentoring: the mentor's desk (capacity, pause, requests with how each mentee reaches
// me and who introduced them, exploratory conversations, active mentees with their
// agreements) and "My mentors" (one per need). Also the "ask to mentor me" dialog that
// Find a mentor opens.
import { api } from '../api.js';
import { h, clear, field, load, chain, pct, errorBox, notice, announce, requestDialog } from '../ui.js';

/** The needs a mentee may ask for: the vocabulary's ids (GET /api/vocabulary), read once. */
let needs;
const loadNeeds = () => needs ??= api('/api/vocabulary').then(v => v.needs.map(n => n.id)).catch(e => { needs = undefined; throw e; });
const FREQUENCIES = ['weekly', 'fortnightly', 'monthly', 'quarterly', 'ad hoc'];
const FORMATS = ['in person', 'video', 'phone', 'mixed'];

export const needWords = id => id ? id.charAt(0).toUpperCase() + id.slice(1).replace(/-/g, ' ') : 'No need named';

function options(values, words = v => v, selected) {
  return values.map(v => h('option', { value: v, selected: v === selected }, words(v)));
}

/** Opens the request form: the need (from the vocabulary) and a note to the mentor. */
export function askForMentoring({ mentor, mentee, onDone }) {
  const need = h('select', { id: 'mentoring-need', name: 'need', required: true });
  loadNeeds().then(ids => need.append(...options(ids, needWords))).catch(() => {});
  const message = h('textarea', { id: 'mentoring-message', maxlength: '2000' });
  message.value = `Hello ${mentor.name || mentor.id}, would you consider mentoring me?`;
  return requestDialog({
    id: 'mentoring',
    title: 'Ask to be mentored',
    intro: h('p', {}, 'Ask ', h('strong', {}, mentor.name || mentor.id), ' for one need; you may have several mentors, one for each need.'),
    fields: [field('What you need help with', need), field('Note to the mentor', message, 'Up to 2000 characters')],
    focus: need,
    send: () => {
      const body = { need: need.value, message: message.value.trim() };
      if (mentee) body.mentee = mentee;
      return api(`/api/mentoring/${encodeURIComponent(mentor.id)}/requests`, { method: 'POST', body });
    },
    sent: m => `Request sent to ${mentor.name || mentor.id} for ${needWords(m.need).toLowerCase()}: status ${m.status}.`,
    onDone,
  });
}

export async function render(root, { me }) {
  root.append(h('h1', {}, 'Mentoring'),
    h('p', { class: 'lead' }, 'Your mentor\'s desk: who is asking, how they reach you and who introduced them; and your own mentors.'));
  if (!me.personId) {
    root.append(notice('The mentoring desk belongs to a member: sign in as a member linked to a person to see theirs.'));
    return;
  }
  const desk = h('section', { id: 'desk', 'aria-live': 'polite' });
  root.append(desk);
  const draw = async (message) => {
    const answer = await load(desk, 'Opening your desk…', () => api('/api/me/mentoring'));
    if (!answer) return;
    clear(desk);
    if (message) desk.append(notice(message));
    desk.append(mentorDesk(answer.asMentor, me.personId, draw), menteeSide(answer.asMentee, me.personId, draw));
  };
  await draw();
}

function personHead(p, extra) {
  return h('div', { class: 'mentor-head' }, h('h3', {}, p.name || p.id),
    h('span', { class: 'muted' }, [p.headline, p.grade].filter(Boolean).join(' · ')), extra || null);
}

function mentorDesk(d, myId, draw) {
  const box = h('section', { id: 'desk-mentor', class: 'card', 'aria-labelledby': 'desk-mentor-title' },
    h('h2', { id: 'desk-mentor-title' }, 'My mentor\'s desk'));
  const toggle = h('input', { type: 'checkbox', id: 'mentoring-available', checked: d.available });
  const out = h('div', { 'aria-live': 'polite' });
  toggle.addEventListener('change', async () => {
    toggle.disabled = true;
    try {
      await api('/api/me/mentoring', { method: 'PATCH', body: { available: toggle.checked } });
      await draw(toggle.checked ? 'You take new mentoring requests again.' : 'Paused: nobody is recommended you or can ask you until you resume. Your capacity is unchanged.');
    } catch (err) {
      clear(out).append(errorBox(err));
      toggle.disabled = false;
    }
  });
  const active = d.active.length;
  box.append(
    h('p', { id: 'desk-capacity' }, `${active} of ${d.capacity} ${d.capacity === 1 ? 'place' : 'places'} taken.`),
    h('label', { class: 'check' }, toggle, ' Taking new mentoring requests'),
    h('p', { class: 'muted' }, d.available ? 'You are recommended to mentees and they may ask you.'
      : 'Paused: you are not recommended and nobody can ask you; your capacity is kept.'),
    out);

  const base = `/api/mentoring/${encodeURIComponent(myId)}`;
  const act = (action, p) => async (e) => {
    e.target.disabled = true;
    try {
      await api(`${base}/${action}/${encodeURIComponent(p.person.id)}`, { method: 'POST' });
      const done = { explore: 'You are exploring mentoring with', accept: 'You now mentor', decline: 'You declined' }[action];
      await draw(`${done} ${p.person.name || p.person.id}.`);
      announce(`${done} ${p.person.name || p.person.id}`);
    } catch (err) {
      e.target.disabled = false;
      e.target.closest('li').append(errorBox(err));
    }
  };
  const requestItem = (p, buttons) => h('li', { class: 'card request', dataset: { personId: p.person.id, status: p.status } },
    personHead(p.person, h('span', { class: 'need' }, needWords(p.need))),
    p.message ? h('p', { class: 'message' }, `“${p.message}”`) : null,
    h('p', { class: 'muted' }, `Asked ${(p.requestedAt || '').slice(0, 10)}.`,
      p.introducedBy ? ` Introduced to you by ${p.introducedBy.introducer?.name || 'a member'}.` : ''),
    h('h4', {}, 'How they reach you'),
    p.path ? [h('p', { class: 'muted' }, `${p.path.hops} ${p.path.hops === 1 ? 'tie' : 'ties'}, warmth ${pct(p.path.warmth)}.`), chain(p.path)]
      : h('p', { class: 'muted' }, 'No warm path within four ties: they are writing to you cold.'),
    h('div', { class: 'actions' }, buttons.map(([action, words]) => h('button', {
      type: 'button', class: action === 'decline' ? 'secondary' : null, dataset: { action }, onclick: act(action, p) }, words))));

  box.append(h('h3', {}, `Waiting for you (${d.pending.length})`));
  box.append(d.pending.length
    ? h('ul', { id: 'desk-pending', class: 'plain' }, d.pending.map(p => requestItem(p,
      [['explore', 'Talk first'], ['accept', 'Accept'], ['decline', 'Decline']])))
    : h('p', { id: 'desk-pending', class: 'muted' }, 'No requests waiting.'));
  if (d.exploring.length) {
    box.append(h('h3', {}, `Exploring (${d.exploring.length})`),
      h('ul', { id: 'desk-exploring', class: 'plain' }, d.exploring.map(p => requestItem(p, [['accept', 'Accept'], ['decline', 'Decline']]))));
  }
  box.append(h('h3', {}, `My mentees (${active})`));
  box.append(active
    ? h('ul', { id: 'desk-active', class: 'plain' }, d.active.map(a => activeItem(a, myId, a.person.id, draw)))
    : h('p', { id: 'desk-active', class: 'muted' }, 'No active mentees.'));
  if (d.past.length) box.append(pastList('desk-past', d.past));
  return box;
}

function menteeSide(d, myId, draw) {
  const box = h('section', { id: 'my-mentors', class: 'card', 'aria-labelledby': 'my-mentors-title' },
    h('h2', { id: 'my-mentors-title' }, 'My mentors'));
  box.append(d.mentors.length
    ? h('ul', { id: 'my-mentors-active', class: 'plain' }, d.mentors.map(a => activeItem(a, a.person.id, myId, draw)))
    : h('p', { class: 'muted' }, 'No mentors yet: find one under Find a mentor and ask for a need.'));
  if (d.pending.length) {
    box.append(h('h3', {}, 'Waiting for an answer'), h('ul', { id: 'my-mentors-pending', class: 'plain' }, d.pending.map(p =>
      h('li', { dataset: { personId: p.person.id, status: p.status } }, `${p.person.name || p.person.id}: ${needWords(p.need)}, `,
        p.status === 'EXPLORING' ? 'talking first (an exploratory conversation)' : `asked ${(p.requestedAt || '').slice(0, 10)}`))));
  }
  if (d.past.length) box.append(pastList('my-mentors-past', d.past));
  return box;
}

function pastList(id, past) {
  return [h('h3', {}, 'Past'), h('ul', { id, class: 'plain muted' }, past.map(p =>
    h('li', {}, `${p.person.name || p.person.id}: ${needWords(p.need)}, ${p.status.toLowerCase()} ${p.until || ''}`)))];
}

/** An active mentorship with its agreement, which either side may edit. */
function activeItem(a, mentorId, menteeId, draw) {
  const g = a.agreement;
  const goals = h('textarea', { name: 'goals', maxlength: '2000', required: true });
  goals.value = g?.goals || '';
  const frequency = h('select', { name: 'frequency' }, options(FREQUENCIES, v => v, g?.frequency || 'monthly'));
  const format = h('select', { name: 'format' }, options(FORMATS, v => v, g?.format || 'video'));
  const reviewOn = h('input', { type: 'date', name: 'reviewOn', value: g?.reviewOn || '' });
  const out = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'agreement-form' },
    field('Goals', goals, 'What you both want from the mentorship'), field('How often', frequency),
    field('How you meet', format), field('Review on', reviewOn), out,
    h('div', { class: 'actions' }, h('button', { type: 'submit', dataset: { action: 'agree' } }, g ? 'Save the agreement' : 'Record the agreement')));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    try {
      await api(`/api/mentoring/${encodeURIComponent(mentorId)}/agreement/${encodeURIComponent(menteeId)}`, { method: 'PUT',
        body: { goals: goals.value.trim(), frequency: frequency.value, format: format.value, reviewOn: reviewOn.value || null } });
      await draw('Agreement saved; both of you see it.');
    } catch (err) {
      clear(out).append(errorBox(err));
    }
  });
  return h('li', { class: 'card active-mentorship', dataset: { personId: a.person.id } },
    personHead(a.person, h('span', { class: 'need' }, needWords(a.need))),
    h('p', { class: 'muted' }, `Since ${a.since || '–'}.`),
    g ? h('p', { class: 'agreement' }, `Agreed: ${g.goals}. Meeting ${g.frequency}, ${g.format}`, g.reviewOn ? `; review on ${g.reviewOn}.` : '.')
      : h('p', { class: 'agreement muted' }, 'No agreement yet: agree goals, how often and how you meet, and when to review.'),
    h('details', {}, h('summary', {}, g ? 'Edit the agreement' : 'Write the agreement'), form));
}
