// Analytics for programme analysts: summary figures, reach by hops, brokers,
// communities in colour, the introduction funnel, each programme's introduction and
// mentoring funnels side by side, and exports Gephi opens.
import { api, qs } from '../api.js';
import { h, s, clear, field, load, num, pct, personSearch, PALETTE } from '../ui.js';

export async function render(root) {
  root.append(h('h1', {}, 'Analytics'), h('p', { class: 'lead' }, 'How the network hangs together and whether introductions work.'));
  const summary = section(root, 'analytics-summary', 'Summary');
  const reach = section(root, 'analytics-reach', 'Reach by hops');
  const brokers = section(root, 'analytics-brokers', 'Brokers');
  const communities = section(root, 'analytics-communities', 'Communities');
  const funnel = section(root, 'analytics-funnel', 'Introduction funnel');
  const programmes = section(root, 'analytics-programmes', 'Programme funnels');
  const exports = section(root, 'analytics-export', 'Export');

  renderExports(exports);
  let reachFrom = null;
  const reachPicker = personSearch({ label: 'Reach from person', onPick: p => { reachFrom = p; drawReach(); } });
  const reachChart = h('div', {});
  reach.append(reachPicker, reachChart);

  async function drawReach() {
    if (!reachFrom) return;
    const r = await load(reachChart, `Counting who ${reachFrom.name} can reach…`,
      () => api(`/api/analytics/reach${qs({ from: reachFrom.id, maxHops: 4 })}`));
    if (!r) return;
    clear(reachChart).append(h('p', { class: 'muted' }, `${reachFrom.name} reaches ${num(r.total)} people within ${r.maxHops} hops.`),
      barChart(r.byHop.map(b => ({ label: `${b.hops} ${b.hops === 1 ? 'hop' : 'hops'}`, value: b.people, extra: `${num(b.cumulative)} within` })),
        `People first reached at each hop count from ${reachFrom.name}`));
  }

  await Promise.all([
    (async () => {
      const sum = await load(summary.body, 'Summarising the network…', () => api('/api/analytics/summary'));
      if (!sum) return;
      summary.body.append(h('div', { class: 'figures', id: 'summary-figures' },
        figure(num(sum.people), 'people'), figure(num(sum.ties), 'ties'), figure(num(sum.componentCount), 'connected groups'),
        figure(num(sum.components?.[0]), 'in the largest group'), figure(num(sum.averageClustering, 3), 'average clustering'),
        figure(num(sum.averageDistance, 2), 'average hops apart'), figure(num(sum.diameter), sum.distancesExact ? 'diameter' : 'diameter (at least)')));
      const hist = Object.entries(sum.degreeHistogram || {}).map(([d, c]) => ({ label: d, value: c })).sort((a, b) => a.label - b.label).slice(0, 40);
      if (hist.length) summary.body.append(h('h3', {}, 'How many ties people have'), barChart(hist, 'Number of people by number of ties', { compact: true }));
    })(),
    (async () => {
      const b = await load(brokers.body, 'Finding brokers (betweenness)…', () => api('/api/analytics/brokers?top=15'));
      if (!b) return;
      brokers.body.append(h('p', { class: 'muted' }, `People who sit on the most shortest paths between others (${b.exact ? 'exact' : `estimated from ${b.sampleSize} sources`}). ${b.articulationPointCount} people and ${b.bridgeCount} ties would split the network if they left.`),
        h('div', { class: 'table-wrap' }, h('table', { id: 'brokers-table' }, h('caption', { class: 'sr-only' }, 'Brokers by betweenness'),
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '#'), h('th', { scope: 'col' }, 'Person'), h('th', { scope: 'col', class: 'num' }, 'Betweenness'))),
          h('tbody', {}, b.brokers.map((x, i) => h('tr', {}, h('td', {}, i + 1), h('th', { scope: 'row' }, x.person.name || x.person.id), h('td', { class: 'num' }, num(x.betweenness, 4))))))));
      if (b.brokers[0] && !reachFrom) { reachFrom = b.brokers[0].person; reachPicker.input.value = reachFrom.name || reachFrom.id; drawReach(); }
    })(),
    (async () => {
      const c = await load(communities.body, 'Finding communities…', () => api('/api/analytics/communities?limit=12'));
      if (!c) return;
      const total = c.communities.reduce((a, x) => a + x.size, 0) || 1;
      communities.body.append(h('p', { class: 'muted' }, `${c.count} communities (${c.algorithm}, modularity ${num(c.modularity, 3)}); the largest ${c.communities.length} shown.`),
        communityPicture(c.communities, total),
        h('ul', { class: 'legend' }, c.communities.map(x => h('li', {}, h('span', { class: 'swatch', style: { background: PALETTE[x.id % PALETTE.length] }, 'aria-hidden': 'true' }),
          `#${x.id}: ${x.size} people · ${x.topSpecialties.map(t => t.name).join(', ')} · ${x.topRegions.map(t => t.name).join(', ')}`))));
    })(),
    (async () => {
      const f = await load(funnel.body, 'Counting introductions…', () => api('/api/analytics/introductions'));
      if (!f) return;
      const steps = ['requested', 'accepted', 'completed', 'declined', 'expired', 'withdrawn', 'pending'];
      funnel.body.append(barChart(steps.map(k => ({ label: k, value: f.funnel?.[k] ?? 0 })), 'Introductions by outcome'));
    })(),
    (async () => {
      const list = await load(programmes.body, 'Counting each programme…', () => api('/api/analytics/programmes'));
      if (list) programmeFunnels(programmes.body, list);
    })(),
  ]);
}

/**
 * A programme select and, for the chosen programme, its introduction funnel next to its
 * mentoring funnel (GET /api/analytics/programmes answers every programme at once).
 */
function programmeFunnels(box, list) {
  if (!list.length) {
    box.append(h('p', { class: 'muted' }, 'No programmes yet.'));
    return;
  }
  const select = h('select', { id: 'programme-select' },
    list.map(p => h('option', { value: p.programme.id }, p.programme.name || p.programme.id)));
  const view = h('div', { class: 'paths-side', id: 'programme-funnels' });
  const show = () => {
    const p = list.find(x => x.programme.id === select.value) || list[0];
    const i = p.introductions;
    const m = p.mentoring;
    const o = i.outcomes || {};
    view.replaceChildren(
      h('div', { id: 'programme-introductions' }, h('h3', {}, 'Introductions'),
        barChart(['requested', 'accepted', 'completed', 'declined', 'expired', 'pending'].map(k => ({ label: k, value: i[k] ?? 0 })),
          `Introductions in ${p.programme.name} by outcome`, { compact: true }),
        h('p', { class: 'muted' }, `${i.acceptanceRate == null ? 'None decided yet.' : `Accepted ${pct(i.acceptanceRate)} of those decided.`} `
          + `Afterwards: ${num(o.met)} met, ${num(o.mentoringStarted)} started mentoring, ${num(o.noMeeting)} did not meet, ${num(o.unanswered)} not answered.`)),
      h('div', { id: 'programme-mentoring' }, h('h3', {}, 'Mentoring'),
        barChart(['requested', 'exploring', 'accepted', 'active', 'ended', 'declined'].map(k => ({ label: k, value: m[k] ?? 0 })),
          `Mentoring in ${p.programme.name} by stage`, { compact: true }),
        h('p', { class: 'muted' }, `${m.medianDaysToMatch == null ? 'No dated match yet.' : `Median ${num(m.medianDaysToMatch, 1)} days to a match.`} `
          + `${num(m.mentorsAtCapacity)} of ${num(m.mentors)} mentors at capacity${m.shareAtCapacity == null ? '' : ` (${pct(m.shareAtCapacity)})`}; `
          + `${num(p.capacity.used)} of ${num(p.capacity.capacity)} places used.`)));
  };
  select.addEventListener('change', show);
  box.append(field('Programme', select), view);
  show();
}

function section(root, id, title) {
  const body = h('div', { 'aria-live': 'polite' });
  const el = h('section', { class: 'card', id, 'aria-labelledby': `${id}-title` }, h('h2', { id: `${id}-title` }, title), body);
  el.body = body;
  root.append(el);
  return el;
}

function figure(value, what) {
  return h('div', { class: 'figure' }, h('span', { class: 'value' }, value), h('span', { class: 'what' }, what));
}

/** A horizontal bar chart in plain SVG with its numbers in a table for screen readers. */
function barChart(rows, title, { compact = false } = {}) {
  const rowH = compact ? 14 : 26;
  const labelW = 90;
  const width = 600;
  const max = Math.max(1, ...rows.map(r => r.value));
  const height = rows.length * rowH + 10;
  const svg = s('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
    s('title', {}, title),
    rows.map((r, i) => {
      const y = 5 + i * rowH;
      const w = (width - labelW - 110) * (r.value / max);
      return s('g', {}, s('text', { x: labelW - 6, y: y + rowH * 0.7, 'text-anchor': 'end' }, r.label),
        s('rect', { x: labelW, y: y + 2, width: Math.max(1, w), height: rowH - 5, fill: PALETTE[0], rx: 2 }),
        s('text', { x: labelW + w + 6, y: y + rowH * 0.7 }, `${num(r.value)}${r.extra ? ` (${r.extra})` : ''}`));
    }));
  // the table for screen readers sits in a 1px clipping box: a table itself does not
  // shrink to the 1px of .sr-only, and would widen a phone's page
  const table = h('div', { class: 'sr-only' }, h('table', {}, h('caption', {}, title), h('tbody', {}, rows.map(r => h('tr', {}, h('th', {}, r.label), h('td', {}, r.value))))));
  return h('figure', { style: { margin: 0 } }, svg, table);
}

/** Communities as coloured circles, area by size. */
function communityPicture(list, total) {
  const width = 600;
  const height = 180;
  let x = 10;
  const circles = [];
  const scale = Math.min(70, 600 / list.length / 2);
  for (const c of list) {
    const r = Math.max(4, scale * Math.sqrt(c.size / list[0].size));
    circles.push(s('g', {}, s('circle', { cx: x + r, cy: height / 2, r, fill: PALETTE[c.id % PALETTE.length], opacity: 0.85 },
      s('title', {}, `Community ${c.id}: ${c.size} people (${pct(c.size / total)})`)),
    r > 12 ? s('text', { x: x + r, y: height / 2 + 4, 'text-anchor': 'middle', fill: '#fff' }, String(c.size)) : null));
    x += 2 * r + 6;
  }
  return s('svg', { class: 'chart', viewBox: `0 0 ${Math.max(width, x)} ${height}`, role: 'img', 'aria-label': 'Communities drawn as circles sized by members' }, circles);
}

function renderExports(box) {
  const scope = h('input', { type: 'text', id: 'export-scope', value: 'all' });
  const links = h('div', { class: 'actions' });
  const update = () => {
    const sc = scope.value.trim() || 'all';
    links.replaceChildren(...['graphml', 'gexf', 'json'].map(f => h('a', { class: 'button', href: `/api/export${qs({ format: f, scope: sc })}`, download: '' },
      `Download ${f.toUpperCase()}`)));
  };
  scope.addEventListener('input', update);
  update();
  box.body.append(h('p', { class: 'muted' }, 'Files Gephi opens. Scope: all, ego:{person id}:{depth} or community:{n}.'), field('Scope', scope), links);
}
