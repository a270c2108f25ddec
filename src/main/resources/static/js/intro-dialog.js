// The "ask for an introduction" form, opened from a path's first hop or a mutual connection.
// When the introducer knows both sides, the note is drafted by GET /api/introductions/draft
// (for the need chosen, or the member's own) and stays editable; "Why this draft" lists the
// facts it used.
import { api, qs } from './api.js';
import { h, clear, field, requestDialog } from './ui.js';

/** The needs of the vocabulary ({id, label}), read once. */
let needs;
const loadNeeds = () => needs ??= api('/api/vocabulary').then(v => v.needs).catch(e => { needs = undefined; throw e; });

/** One fact of a draft in words. */
function factWords(f, via, target) {
  const since = f.detail && /^\d{4}$/.test(f.detail) ? `, since ${f.detail}` : '';
  switch (f.kind) {
    case 'requester-introducer': return `How you know ${via}: ${f.text}${since}`;
    case 'introducer-target': return `How ${via} knows ${target}: ${f.text}${since}`;
    case 'shared-organisation': return `You both work at ${f.text}`;
    case 'shared-specialty': return `You share the specialty ${f.text}`;
    case 'shared-region': return `You are both in ${f.text}`;
    case 'shared-programme': return `You are both in the ${f.text} programme`;
    case 'shared-skills': return `Skills you share: ${f.text}`;
    case 'need': return `Your need: ${f.text}`;
    case 'goals': return `Your goals, from your profile: ${f.text}`;
    case 'level': return f.text === 'near-peer' ? `${target} is a step or two ahead of you (${f.detail || 'grade'}): a near-peer`
      : `${target} is senior to you (${f.detail || 'grade'})`;
    default: return f.text;
  }
}

/**
 * Opens the request form. `via` and `target` are {id, name}; `path` (person ids from the
 * requester to the target) is sent when every id on it is known. When someone on the path
 * is hidden (a private member), the request is blind: WarmPath routes it and asks each
 * introducer on the member's behalf, and their names show once they accept.
 */
export function askForIntroduction({ requester, via, target, path, onDone }) {
  const blind = Array.isArray(path) && path.length >= 3 && !path.every(Boolean);
  const goal = h('textarea', { id: 'intro-goal', maxlength: '500', required: true });
  goal.value = `I would like to ask ${target.name || target.id} about mentoring.`;
  const message = h('textarea', { id: 'intro-message', maxlength: '2000', rows: '10' });
  message.value = blind
    ? `Hello, would you be willing to help me reach ${target.name || target.id}?`
    : `Hello ${via.name || via.id}, would you be willing to introduce me to ${target.name || target.id}?`;
  // a draft needs an introducer who knows both sides: a direct request, or a path of two ties
  const drafts = !blind && (!Array.isArray(path) || path.length === 3);
  const need = h('select', { id: 'intro-need', name: 'need' }, h('option', { value: '' }, 'As in my profile'));
  const facts = h('ul', { id: 'intro-facts', class: 'muted' });
  const why = h('section', { id: 'intro-why', hidden: true, 'aria-live': 'polite' }, h('h3', {}, 'Why this draft'), facts);
  let drafted = message.value;
  let asked = 0;
  const draft = async () => {
    const mine = ++asked;
    const params = { target: target.id, via: via.id };
    if (need.value) params.need = need.value;
    if (requester) params.requester = requester;
    try {
      const d = await api(`/api/introductions/draft${qs(params)}`);
      if (mine !== asked) return; // a later need's draft is on its way
      // the member's own edits win over a new draft
      if (message.value === drafted) message.value = d.message;
      drafted = d.message;
      clear(facts).append(...d.facts.map(f => h('li', { dataset: { kind: f.kind } },
        factWords(f, via.name || via.id, target.name || target.id))));
      why.hidden = d.facts.length === 0;
      message.dataset.drafted = 'true';
    } catch {
      // no draft (the request itself will say why): the plain note stays
      why.hidden = true;
    }
  };
  if (drafts) {
    loadNeeds().then(list => need.append(...list.map(n => h('option', { value: n.id }, n.label)))).catch(() => {});
    need.addEventListener('change', draft);
    draft();
  }
  return requestDialog({
    id: 'intro',
    title: 'Ask for an introduction',
    intro: blind
      ? h('p', { id: 'intro-blind' }, 'Some people on this path keep their connections private. WarmPath will ask them for you, one at a time; you see each name once that person accepts. Your request to reach ',
        h('strong', {}, target.name || target.id), ' goes along the warmest route WarmPath finds.')
      : h('p', {}, 'Ask ', h('strong', {}, via.name || via.id), ' to introduce you to ', h('strong', {}, target.name || target.id), '.'),
    fields: [field('Why you want to meet them', goal, 'Up to 500 characters'),
      drafts ? field('What you need help with', need, 'The draft below follows it') : null,
      field('Note to the introducer', message, drafts ? 'Drafted from what you share; edit it as you like. Up to 2000 characters' : 'Up to 2000 characters'),
      drafts ? why : null],
    focus: goal,
    send: () => {
      const body = blind ? { target: target.id, goal: goal.value.trim(), message: message.value.trim() }
        : { target: target.id, via: via.id, goal: goal.value.trim(), message: message.value.trim() };
      if (!blind && path && path.length >= 3 && path.every(Boolean)) body.path = path;
      if (requester) body.requester = requester;
      return api(blind ? '/api/introductions/blind' : '/api/introductions', { method: 'POST', body });
    },
    sent: intro => intro.introducer?.anonymous
      ? `Request sent to a private member on the way: status ${intro.status}. Their name shows once they accept.`
      : `Request sent to ${intro.introducer?.name || via.name}: status ${intro.status}.`,
    onDone,
  });
}
