// Find a mentor: filters, ranked mentors with the parts of each score, the routes that
// reach each (a programme pool: no introduction needed; the network: the warmest path,
// drawn as a chain whose first hop offers "ask for an introduction").
import { api, qs } from '../api.js';
import { h, clear, field, load, chain, bar, pct, num, personLine, spinner, errorBox, announce } from '../ui.js';
import { askForIntroduction } from '../intro-dialog.js';
import { askForMentoring } from './mentoring.js';

export async function render(root, { me, subject, rerender }) {
  root.append(h('h1', {}, 'Find a mentor'),
    h('p', { class: 'lead' }, 'Mentors with room for a mentee, from your programmes and your network, ranked by how well they fit and how warmly you can reach them.'));
  const picker = subject.picker(rerender);
  if (picker) root.append(picker);
  if (!subject.id) return;

  const specialty = h('input', { type: 'text', id: 'mentor-specialty', name: 'specialty', placeholder: 'e.g. Cardiology' });
  const region = h('input', { type: 'text', id: 'mentor-region', name: 'region', placeholder: 'e.g. Wales' });
  const skills = h('input', { type: 'text', id: 'mentor-skills', name: 'skills', placeholder: 'comma separated' });
  const level = h('select', { id: 'mentor-level', name: 'level' },
    h('option', { value: 'any' }, 'Any'), h('option', { value: 'near-peer' }, 'Near-peer (1–2 steps above me)'),
    h('option', { value: 'senior' }, 'Senior'));
  const limit = h('select', { id: 'mentor-limit', name: 'limit' }, ['5', '10', '20'].map(v => h('option', { value: v }, v)));
  const p = me.person;
  if (p?.specialty) specialty.value = p.specialty;
  // the programme pools searched: the mentee's own programmes, from their profile
  const profile = await (subject.forSomeoneElse ? api(`/api/people/${encodeURIComponent(subject.id)}`)
    : api('/api/me/profile')).catch(() => null);
  const programmes = profile?.programmes || [];
  const programme = h('select', { id: 'mentor-programme', name: 'programme' },
    h('option', { value: '' }, programmes.length ? 'All my programmes' : 'None (network only)'),
    programmes.map(g => h('option', { value: g.id }, g.name || g.id)));
  const form = h('form', { class: 'card filters', role: 'search', 'aria-label': 'Mentor filters' },
    field('Programme', programme, 'Its mentors need no introduction'),
    field('Specialty', specialty), field('Region', region), field('Skills', skills, 'Any of these, e.g. research; teaching'),
    field('Level', level), field('How many', limit),
    h('div', { class: 'field', style: { flex: '0 0 auto' } }, h('button', { type: 'submit', id: 'mentor-search' }, 'Find mentors')));
  const results = h('section', { id: 'mentor-results', 'aria-live': 'polite', 'aria-label': 'Recommended mentors' });
  root.append(form, results);

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const answer = await load(results, 'Ranking mentors…', () => api(`/api/mentors/recommendations${qs({
      for: subject.id, programme: programme.value, specialty: specialty.value.trim(), region: region.value.trim(), skills: skills.value.trim(),
      level: level.value, limit: limit.value })}`));
    if (!answer) return;
    clear(results);
    const mentors = answer.mentors || [];
    results.append(h('p', { class: 'muted' }, `${mentors.length} of ${answer.candidates} mentors with capacity, in ${num(answer.tookMs)} ms.`,
      ` Score = ${pct(answer.weights.fit)} fit + ${pct(answer.weights.reachability)} reachability + ${pct(answer.weights.capacity)} capacity + ${pct(answer.weights.experience)} experience.`));
    if (!mentors.length) { results.append(h('p', {}, 'No mentor matches these filters. Try fewer filters.')); return; }
    const list = h('ol', { class: 'ranked' });
    results.append(list);
    const pathBoxes = mentors.map(m => {
      const pathBox = h('div', { class: 'mentor-path' });
      list.append(h('li', { class: 'card mentor', dataset: { personId: m.person.id } },
        h('div', { class: 'mentor-head' }, h('h3', {}, m.person.name || m.person.id),
          h('span', { class: 'score' }, `score ${pct(m.score)}`),
          h('span', { class: 'muted' }, personLine(m.person))),
        m.person.headline ? h('p', { class: 'muted' }, m.person.headline) : null,
        parts(m, answer.weights),
        h('p', { class: 'muted' }, `Can take ${m.capacityLeft} more ${m.capacityLeft === 1 ? 'mentee' : 'mentees'}; has mentored ${m.menteesBefore} before.`,
          ` Fit: specialty ${pct(m.fit.specialty)}, region ${pct(m.fit.region)}, skills ${pct(m.fit.skills)}, level ${pct(m.fit.level)}.`),
        routeList(m),
        h('button', { type: 'button', class: 'secondary ask-mentoring', onclick: () => askForMentoring({ mentor: m.person, mentee: subject.forSomeoneElse ? subject.id : undefined }) }, 'Ask to mentor me'),
        m.path || !(m.routes || []).length ? [h('h4', {}, 'Warmest path'), pathBox] : null));
      return [m, pathBox];
    });
    announce(`${mentors.length} mentors found`);
    // one path query at a time keeps within the per-minute query allowance
    for (const [m, box] of pathBoxes) await drawPath(m, box, subject);
  });
  form.requestSubmit();
}

// Each route that reaches the mentor: a programme pool (no introduction), the network.
// A warmer walk through an introducer at their quota is left out, and said so (how busy,
// never who).
function routeList(m) {
  const routes = m.routes || [];
  const skipped = m.skipped || [];
  if (!routes.length && !skipped.length) return null;
  return h('ul', { class: 'routes', 'aria-label': 'Routes to this mentor' }, [
    ...routes.map(r => r.kind === 'programme'
      ? h('li', { class: 'route programme', dataset: { programmeId: r.programme.id } },
        `Through ${schemeName(r.programme.name || r.programme.id)} – no introduction needed`)
      : h('li', { class: 'route network' }, `Through your network: ${r.path.hops} ${r.path.hops === 1 ? 'tie' : 'ties'}, warmth ${pct(r.path.warmth)}`)),
    ...skipped.map(s => h('li', { class: 'route skipped' },
      `A warmer route was left out: its introducer has ${s.reason}`))]);
}

function schemeName(name) {
  return /(scheme|programme|program|network|fellowship)$/i.test(name) ? `the ${name}` : `the ${name} scheme`;
}

function parts(m, weights) {
  const rows = [['Fit', m.parts.fit, weights.fit], ['Reachability', m.parts.reachability, weights.reachability],
    ['Capacity', m.parts.capacity, weights.capacity], ['Experience', m.parts.experience, weights.experience]];
  return h('div', { class: 'parts', role: 'group', 'aria-label': 'Parts of the score' },
    rows.map(([label, v, w]) => [h('span', {}, label), bar(v, label), h('span', { class: 'num' }, `${pct(v)} × ${num(w, 2)}`)]));
}

async function drawPath(m, box, subject) {
  if (!m.path && (m.routes || []).length) return;
  if (!m.path) { clear(box).append(h('p', { class: 'muted' }, 'No warm path within the hop limit: you would have to write cold.')); return; }
  box.append(spinner('Drawing the path…'));
  try {
    const answer = await api(`/api/paths${qs({ from: subject.id, to: m.person.id, k: 1 })}`);
    clear(box);
    const path = answer.paths?.[0];
    if (!path) { box.append(h('p', { class: 'muted' }, 'No warm path any more.')); return; }
    box.append(h('p', { class: 'muted' }, `${path.hops} ${path.hops === 1 ? 'tie' : 'ties'}, warmth ${pct(path.warmth)} (the chance every introduction comes off).`));
    box.append(chain(path, { firstHopAction: step => path.hops < 2 ? h('span', {}, 'you know them directly')
      : h('button', { type: 'button', class: 'secondary ask-intro', onclick: () => askForIntroduction({
        requester: subject.forSomeoneElse ? subject.id : undefined,
        via: step.to, target: m.person, path: path.people }) }, 'Ask for an introduction') }));
  } catch (e) {
    clear(box).append(errorBox(e));
  }
}
