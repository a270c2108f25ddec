// Who can introduce me: pick anyone, see the mutual connections ranked and the k warmest
// paths side by side. A target who keeps their connections private shows only a count.
import { api, qs } from '../api.js';
import { h, clear, field, load, chain, pct, num, personSearch, errorBox, spinner, announce } from '../ui.js';
import { askForIntroduction } from '../intro-dialog.js';

export async function render(root, { subject, rerender }) {
  root.append(h('h1', {}, 'Who can introduce me'),
    h('p', { class: 'lead' }, 'Choose anyone in the network to see who you both know and the warmest chains of introductions to them.'));
  const picker = subject.picker(rerender);
  if (picker) root.append(picker);
  if (!subject.id) return;

  const k = h('select', { id: 'introduce-k' }, ['1', '2', '3', '5'].map(v => h('option', { value: v, selected: v === '3' }, v)));
  const mode = h('select', { id: 'introduce-mode' }, [['warmest', 'warmest'], ['likeliest', 'likeliest (ties × how introducers answer)'], ['fewest', 'fewest ties']].map(([v, l]) => h('option', { value: v, selected: v === 'warmest' }, l)));
  const maxHops = h('select', { id: 'introduce-hops' }, ['2', '3', '4', '5', '6'].map(v => h('option', { value: v, selected: v === '4' }, v)));
  let target = null;
  const search = personSearch({ label: 'Person you want to meet', placeholder: 'Type at least two letters of a name',
    onPick: p => { target = p; show(); } });
  search.input.id = 'introduce-target';
  const controls = h('div', { class: 'card filters' }, search, field('Paths to show', k), field('Rank paths by', mode), field('At most this many ties', maxHops));
  const mutualBox = h('section', { id: 'mutuals', 'aria-label': 'Mutual connections', 'aria-live': 'polite' });
  const pathBox = h('section', { id: 'paths', 'aria-label': 'Warmest paths', 'aria-live': 'polite' });
  root.append(controls, mutualBox, pathBox);
  k.addEventListener('change', () => target && show());
  maxHops.addEventListener('change', () => target && show());
  mode.addEventListener('change', () => target && show());

  async function show() {
    if (target.id === subject.id) {
      clear(mutualBox).append(errorBox({ title: 'That is you', detail: 'Choose someone else.' }));
      clear(pathBox);
      return;
    }
    const t = target;
    await Promise.all([mutuals(t), paths(t)]);
    announce(`Introductions to ${t.name} shown`);
  }

  async function mutuals(t) {
    const answer = await load(mutualBox, 'Finding people you both know…',
      () => api(`/api/people/${encodeURIComponent(subject.id)}/mutuals/${encodeURIComponent(t.id)}${qs({ limit: 20 })}`));
    if (!answer) return;
    clear(mutualBox).append(h('h2', {}, `People who know both you and ${t.name}`));
    if (answer.hidden) {
      mutualBox.append(h('p', { class: 'card', id: 'mutuals-hidden' },
        `${answer.count} ${answer.count === 1 ? 'person' : 'people'} can introduce you. ${t.name} keeps their connections private, so names are not shown.`));
      return;
    }
    if (!answer.mutuals.length) {
      mutualBox.append(h('p', { class: 'card' }, 'Nobody you know also knows them directly. The paths below may still reach them.'));
      return;
    }
    mutualBox.append(h('p', { class: 'muted' }, `${answer.count} in all, ranked by the chance the introduction comes off (both ties and how often they pass introductions on); those with too many asks waiting come last.`));
    const rows = answer.mutuals.map((m, i) => h('tr', { dataset: { personId: m.person.id } },
      h('td', { class: 'num' }, i + 1),
      h('th', { scope: 'row' }, m.person.name || m.person.id, m.person.headline ? h('div', { class: 'muted' }, m.person.headline) : null),
      h('td', { class: 'num' }, Number(m.strengthToPerson).toFixed(2), h('div', { class: 'muted' }, m.contexts?.[0] || '')),
      h('td', { class: 'num' }, Number(m.strengthToTarget).toFixed(2), h('div', { class: 'muted' }, m.contexts?.[1] || '')),
      h('td', { class: 'responsiveness' }, answers(m), answerTime(m.medianHoursToAnswer), h('div', { class: 'muted' }, m.atQuota ? `${m.pendingAsks} asks waiting: at their limit` : `${m.pendingAsks} ${m.pendingAsks === 1 ? 'ask' : 'asks'} waiting`)),
      h('td', {}, h('button', { type: 'button', class: 'secondary', onclick: () => askForIntroduction({
        requester: subject.forSomeoneElse ? subject.id : undefined, via: m.person, target: t,
        path: [subject.id, m.person.id, t.id] }) }, 'Ask ', h('span', { class: 'sr-only' }, `${m.person.name} `), 'to introduce me'))));
    mutualBox.append(h('div', { class: 'table-wrap' }, h('table', { id: 'mutuals-table' },
      h('caption', { class: 'sr-only' }, `Mutual connections with ${t.name}`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, 'Mutual connection'),
        h('th', { scope: 'col', class: 'num' }, 'Tie to you'), h('th', { scope: 'col', class: 'num' }, `Tie to ${t.name}`), h('th', { scope: 'col' }, 'Answers'), h('th', { scope: 'col' }, 'Action'))),
      h('tbody', {}, rows))));
  }

  // "answers 4 of 5 asks" from an introducer's history; a newcomer has none yet
  function answers(m) {
    return m.asked ? `answers ${m.accepted} of ${m.asked} asks` : 'not asked yet';
  }

  // "usually answers within 2 days": the median time of their latest answers, rounded up
  function within(hours) {
    if (hours == null) return null;
    if (hours <= 1) return 'usually answers within an hour';
    if (hours < 24) return `usually answers within ${Math.ceil(hours)} hours`;
    const days = Math.ceil(hours / 24);
    return `usually answers within ${days === 1 ? 'a day' : `${days} days`}`;
  }

  function answerTime(hours) {
    return hours == null ? null : h('div', { class: 'muted answer-time' }, within(hours));
  }

  async function paths(t) {
    const answer = await load(pathBox, 'Searching the paths…',
      () => api(`/api/paths${qs({ from: subject.id, to: t.id, k: k.value, maxHops: maxHops.value, mode: mode.value })}`));
    if (!answer) return;
    const word = answer.mode === 'likeliest' ? 'likeliest' : answer.mode === 'fewest' ? 'shortest' : 'warmest';
    clear(pathBox).append(h('h2', {}, `The ${answer.paths.length === 1 ? `${word} path` : `${answer.paths.length} ${word} paths`} to ${t.name}`));
    if (answer.skipped?.length) {
      pathBox.append(h('p', { class: 'card', id: 'paths-skipped' }, 'Left out because they have too many asks waiting: ',
        answer.skipped.map(s => `${s.person?.name || 'someone'} (${s.reason})`).join(', '), '.'));
    }
    if (!answer.paths.length) {
      pathBox.append(h('p', { class: 'card' }, `No chain of consenting people reaches ${t.name} within ${answer.maxHops} ties.`));
      return;
    }
    pathBox.append(h('div', { class: 'paths-side' }, answer.paths.map((p, i) => h('article', { class: 'card path', 'aria-label': `Path ${i + 1}` },
      h('h3', {}, `Path ${i + 1}`), h('p', { class: 'muted' }, `${p.hops} ${p.hops === 1 ? 'tie' : 'ties'} · warmth ${pct(p.warmth)} · chance ${pct(p.chance)}`),
      p.steps.length > 1 ? h('p', { class: 'muted introducers' }, p.steps.slice(1).map(st => `${st.from?.name || 'Someone'} passes on ${pct(st.responsiveness)}${st.medianHoursToAnswer == null ? '' : `, ${within(st.medianHoursToAnswer)}`}`).join(' · ')) : null,
      chain(p, { vertical: true, firstHopAction: step => p.hops < 2 ? null : h('button', { type: 'button', class: 'secondary ask-intro',
        onclick: () => askForIntroduction({ requester: subject.forSomeoneElse ? subject.id : undefined, via: step.to, target: t, path: p.people }) }, 'Ask for an introduction') })))));
    pathBox.append(h('p', { class: 'muted' }, `Found by the ${answer.engine} engine in ${num(answer.tookMs, 1)} ms. People you cannot see are shown as “Someone”.`));
  }
}
