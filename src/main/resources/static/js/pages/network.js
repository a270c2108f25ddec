// My network: the ego network at depth 1-3 drawn with Cytoscape.js (force-directed
// "cose" layout), coloured by specialty or region, sized by degree or betweenness,
// filtered by tie strength, specialty, region and grade. Choosing a tie (or a contact)
// shows its strength with its parts (evidence, duration, recency, ratings). Choosing a person shows their
// card and the warmest path to them. On my own network, the mentor's picture: my mentees,
// people waiting for my answer to a mentoring request and people whose introduction
// requests come to me through my contacts are ringed, and "Only my mentoring" limits the
// picture to them and the paths that reach them.
import { api, qs } from '../api.js';
import { h, clear, field, load, chain, pct, num, personLine, errorBox, spinner, colourMap, announce } from '../ui.js';

// Served from the org.webjars.npm:cytoscape WebJar (pom.xml pins the same version).
const CYTOSCAPE = '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js';
// Cytoscape adds an inline <style> (its container's `position: relative`) unless an element
// with this id exists; the Content-Security-Policy refuses inline styles, so app.css has
// the rule and this marker tells Cytoscape it is there.
const CYTOSCAPE_STYLESHEET = '__________cytoscape_stylesheet';
let loading;
function loadCytoscape() {
  if (!document.getElementById(CYTOSCAPE_STYLESHEET)) {
    document.head.append(h('meta', { id: CYTOSCAPE_STYLESHEET, name: 'cytoscape-stylesheet', content: '/app.css' }));
  }
  if (window.cytoscape) return Promise.resolve(window.cytoscape);
  loading ??= new Promise((resolve, reject) => {
    const script = h('script', { src: CYTOSCAPE });
    script.onload = () => resolve(window.cytoscape);
    script.onerror = () => { loading = null; reject({ title: 'Graph library missing', detail: `Could not load ${CYTOSCAPE}` }); };
    document.head.append(script);
  });
  return loading;
}

// The marks of the mentor's picture, in the order a person with several shows the first.
const MARKS = {
  mentee: { colour: '#1a7f37', label: 'My mentee' },
  requester: { colour: '#b35900', label: 'Asked me to mentor them' },
  incoming: { colour: '#6639ba', label: 'Introduction to me on its way' },
};

export async function render(root, { me, subject, rerender }) {
  root.append(h('h1', {}, 'My network'),
    h('p', { class: 'lead' }, 'The people around you, drawn as a graph. Choose a person to see their card and the warmest path to them.'));
  const picker = subject.picker(rerender);
  if (picker) root.append(picker);
  if (!subject.id) return;

  const maxDepth = me.roles.includes('ADMIN') ? 3 : 2;
  const depth = h('select', { id: 'net-depth' }, [1, 2, 3].filter(d => d <= maxDepth).map(d => h('option', { value: d, selected: d === 2 }, `${d} ${d === 1 ? 'hop' : 'hops'}`)));
  const colourBy = h('select', { id: 'net-colour' }, h('option', { value: 'specialty' }, 'Specialty'), h('option', { value: 'region' }, 'Region'));
  const sizeBy = h('select', { id: 'net-size' }, h('option', { value: 'degree' }, 'Degree (ties in the whole network)'), h('option', { value: 'betweenness' }, 'Betweenness (in this picture)'));
  const minStrength = h('input', { type: 'range', id: 'net-strength', min: '0', max: '1', step: '0.05', value: '0' });
  const strengthOut = h('output', { for: 'net-strength', id: 'net-strength-value' }, '0.00');
  const specialty = h('select', { id: 'net-specialty' }, h('option', { value: '' }, 'All'));
  const region = h('select', { id: 'net-region' }, h('option', { value: '' }, 'All'));
  const grade = h('select', { id: 'net-grade' }, h('option', { value: '' }, 'All'));
  const jump = h('select', { id: 'net-person' }, h('option', { value: '' }, 'Choose…'));
  const mine = !!me.personId && subject.id === me.personId;
  const onlyMentoring = h('input', { type: 'checkbox', id: 'net-mentoring' });
  const controls = h('form', { class: 'card filters', 'aria-label': 'Graph settings', onsubmit: e => e.preventDefault() },
    field('Depth', depth), field('Colour by', colourBy), field('Size by', sizeBy),
    h('div', { class: 'field' }, h('label', { for: 'net-strength' }, 'Weakest tie shown'), minStrength, strengthOut),
    field('Specialty', specialty), field('Region', region), field('Grade', grade),
    field('Go to person', jump, 'Keyboard alternative to clicking the graph'),
    mine ? h('div', { class: 'field' }, h('label', { for: 'net-mentoring' }, onlyMentoring, ' Only my mentoring'),
      h('span', { class: 'hint' }, 'My mentees, mentoring requests and introductions coming to me, and the people linking us')) : null);
  const status = h('p', { class: 'muted', id: 'net-status', 'aria-live': 'polite' });
  const legend = h('ul', { class: 'legend', id: 'net-legend', 'aria-label': 'Colour key' });
  const marksLegend = h('ul', { class: 'legend', id: 'net-marks', 'aria-label': 'Mentoring key', hidden: !mine });
  const graphBox = h('div', { id: 'cy', role: 'img', 'aria-label': 'Network graph; use “Go to person” to choose someone with the keyboard' });
  const side = h('aside', { id: 'net-card', 'aria-live': 'polite', 'aria-label': 'Chosen person' },
    h('p', { class: 'muted' }, 'Click a person in the graph, or choose one from “Go to person”.'));
  const holder = h('div', {});
  root.append(controls, status, legend, marksLegend, h('div', { class: 'network-layout' }, holder, side));

  let cy = null;
  let network = null;

  async function draw() {
    const answer = await load(holder, 'Loading your network…', async () => {
      const [lib, net] = await Promise.all([loadCytoscape(),
        api(`/api/people/${encodeURIComponent(subject.id)}/network${qs({ depth: depth.value, limit: 300,
          marks: mine && !onlyMentoring.checked ? 'mentoring' : '', filter: mine && onlyMentoring.checked ? 'mentoring' : '' })}`)]);
      return { lib, net };
    });
    if (!answer) return;
    network = answer.net;
    cy?.destroy();
    clear(holder).append(graphBox);
    fillOptions(specialty, network.nodes.map(n => n.specialty));
    fillOptions(region, network.nodes.map(n => n.region));
    fillOptions(grade, network.nodes.map(n => n.grade));
    const byName = [...network.nodes].sort((a, b) => (a.name || a.id).localeCompare(b.name || b.id));
    jump.replaceChildren(h('option', { value: '' }, 'Choose…'), ...byName.map(n => h('option', { value: n.id }, `${n.name || n.id} (${n.hops} ${n.hops === 1 ? 'hop' : 'hops'})`)));
    const maxDegree = Math.max(1, ...network.nodes.map(n => n.degree));
    const marks = new Map((network.mentoring?.people || []).map(p => [p.id, p.marks]));
    network.nodes.forEach(n => { n.marks = marks.get(n.id) || []; n.mark = n.marks[0] || ''; });
    showMarks();
    cy = answer.lib({
      container: graphBox,
      elements: [
        ...network.nodes.map(n => ({ data: { ...n, label: n.name || n.id, center: n.id === network.center ? 1 : 0, rel: n.degree / maxDegree } })),
        ...network.links.map((l, i) => ({ data: { id: `e${i}`, source: l.source, target: l.target, strength: l.strength, parts: l.strengthParts } })),
      ],
      style: [
        { selector: 'node', style: { 'background-color': 'data(colour)', label: 'data(label)', 'font-size': 9, color: '#1d2a33',
          'text-valign': 'bottom', 'text-margin-y': 2, width: 'data(size)', height: 'data(size)', 'border-width': 1, 'border-color': '#fff',
          'text-outline-color': '#fff', 'text-outline-width': 1.5, 'min-zoomed-font-size': 7 } },
        ...Object.entries(MARKS).map(([mark, m]) => ({ selector: `node[mark = "${mark}"]`, style: { 'border-width': 5, 'border-color': m.colour } })),
        { selector: 'node[center = 1]', style: { 'border-width': 4, 'border-color': '#1d2a33', 'font-weight': 'bold', 'font-size': 12 } },
        { selector: 'edge', style: { width: 'mapData(strength, 0, 1, 0.5, 5)', 'line-color': '#9fb0bb', opacity: 'mapData(strength, 0, 1, 0.35, 0.9)', 'curve-style': 'haystack' } },
        { selector: '.path', style: { 'line-color': '#c2571a', 'background-color': '#c2571a', opacity: 1, 'z-index': 10 } },
        { selector: 'edge.path', style: { width: 6 } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#ffbf47' } },
      ],
      layout: { name: 'preset' },
      wheelSensitivity: 0.3,
    });
    window.warmpathCy = cy; // for the browser tests and for curious people in the console
    restyle();
    applyFilters();
    const layout = cy.elements(':visible').layout({ name: 'cose', animate: false, randomize: true, nodeRepulsion: () => 9000,
      idealEdgeLength: () => 60, numIter: 1500, fit: true, padding: 20 });
    layout.run();
    cy.on('tap', 'node', e => choose(e.target.id()));
    cy.on('tap', 'edge', e => showTie(e.target));
    status.textContent = `${network.nodes.length} people and ${network.links.length} ties within ${network.depth} ${network.depth === 1 ? 'hop' : 'hops'}`
      + (network.truncated ? ' (the nearest shown; the rest were cut off).' : '.');
    announce(status.textContent);
  }

  /** The key of the mentor's marks, with how many the picture shows of each. */
  function showMarks() {
    if (!mine) return;
    const people = network.mentoring?.people || [];
    const items = Object.entries(MARKS).map(([mark, m]) => {
      const all = people.filter(p => p.marks.includes(mark));
      const shown = all.filter(p => p.shown).length;
      return h('li', { dataset: { mark } }, h('span', { class: 'swatch', style: { background: '#fff', borderColor: m.colour, borderWidth: '3px' }, 'aria-hidden': 'true' }),
        `${m.label}: ${all.length}${shown < all.length ? ` (${all.length - shown} not in this picture)` : ''}`);
    });
    marksLegend.replaceChildren(...items);
  }

  function restyle() {
    if (!cy) return;
    const key = colourBy.value;
    const colours = colourMap(network.nodes.map(n => n[key]));
    let sizeOf;
    if (sizeBy.value === 'betweenness') {
      const bc = cy.elements().betweennessCentrality({ directed: false });
      const values = cy.nodes().map(n => bc.betweenness(n));
      const max = Math.max(1e-9, ...values);
      sizeOf = n => 14 + 40 * (bc.betweenness(n) / max);
    } else {
      sizeOf = n => 14 + 30 * Math.sqrt(n.data('rel'));
    }
    cy.batch(() => cy.nodes().forEach(n => {
      n.data('colour', colours.get(n.data(key) || 'unknown'));
      n.data('size', sizeOf(n));
    }));
    legend.replaceChildren(...[...colours].map(([name, colour]) => h('li', {}, h('span', { class: 'swatch', style: { background: colour }, 'aria-hidden': 'true' }), name)));
  }

  function applyFilters() {
    if (!cy) return;
    const min = Number(minStrength.value);
    strengthOut.textContent = min.toFixed(2);
    cy.batch(() => {
      cy.nodes().forEach(n => {
        const d = n.data();
        const keep = d.center === 1 || ((!specialty.value || d.specialty === specialty.value)
          && (!region.value || d.region === region.value) && (!grade.value || d.grade === grade.value));
        n.style('display', keep ? 'element' : 'none');
      });
      cy.edges().forEach(e => e.style('display', e.data('strength') >= min ? 'element' : 'none'));
    });
    const shown = cy.nodes().filter(n => n.style('display') !== 'none').length;
    status.textContent = `Showing ${shown} of ${network.nodes.length} people.`;
  }

  async function choose(id) {
    if (!cy) return;
    const node = cy.getElementById(id);
    cy.elements().unselect().removeClass('path');
    node.select();
    jump.value = id;
    const d = node.data();
    clear(side).append(h('div', { class: 'card', id: 'person-card' },
      h('h2', {}, d.name || d.id), h('p', { class: 'muted' }, personLine(d)),
      h('p', {}, d.organisation || ''),
      h('ul', {}, h('li', {}, `${d.hops} ${d.hops === 1 ? 'hop' : 'hops'} from ${subject.name}`), h('li', {}, `${d.degree} ties in the network`),
        d.mentor ? h('li', {}, 'Mentor with room for mentees') : null, d.mentee ? h('li', {}, 'Has a mentor') : null,
        ...(d.marks || []).map(m => h('li', { class: 'mark' }, MARKS[m]?.label || m)),
        h('li', {}, d.openToIntroductions ? 'Open to making introductions' : 'Not open to making introductions'))));
    const direct = node.edgesWith(cy.getElementById(subject.id));
    if (direct.length) side.append(tieBox(direct[0], `Tie with ${subject.name}`));
    if (id === subject.id) return;
    const pathBox = h('div', { id: 'net-path' });
    side.append(pathBox);
    const answer = await load(pathBox, 'Finding the warmest path…', () => api(`/api/paths${qs({ from: subject.id, to: id, k: 1 })}`));
    if (!answer) return;
    clear(pathBox).append(h('h3', {}, 'Warmest path'));
    const path = answer.paths[0];
    if (!path) { pathBox.append(h('p', { class: 'muted' }, 'No chain of consenting people reaches them within the hop limit.')); return; }
    pathBox.append(h('p', { class: 'muted' }, `${path.hops} ${path.hops === 1 ? 'tie' : 'ties'}, warmth ${pct(path.warmth)}`), chain(path, { vertical: true }));
    for (let i = 0; i + 1 < path.people.length; i++) {
      const a = path.people[i];
      const b = path.people[i + 1];
      cy.getElementById(a || '__none').addClass('path');
      cy.getElementById(b || '__none').addClass('path');
      cy.edges().filter(e => (e.data('source') === a && e.data('target') === b) || (e.data('source') === b && e.data('target') === a)).addClass('path');
    }
  }

  /** A tie's strength and, for a tie its people rated, how it was computed. */
  function tieBox(edge, title) {
    const p = edge.data('parts');
    return h('div', { class: 'card', id: 'net-tie' }, h('h3', {}, title), h('p', {}, `Strength ${pct(edge.data('strength'))}`),
      h('p', { class: 'parts' }, !p ? 'Set by an import or an admin.'
        : `ratings ${pct(p.ratings)} · evidence ${pct(p.evidence)} · duration ${pct(p.duration)} · recency ${pct(p.recency)}`
          + (p.kinds?.length ? ` (${p.kinds.join(', ').replaceAll('-', ' ')})` : '')));
  }

  function showTie(edge) {
    cy.elements().unselect();
    edge.select();
    const name = id => cy.getElementById(id).data('name') || id;
    clear(side).append(tieBox(edge, `${name(edge.data('source'))} and ${name(edge.data('target'))}`));
  }

  depth.addEventListener('change', draw);
  onlyMentoring.addEventListener('change', draw);
  colourBy.addEventListener('change', restyle);
  sizeBy.addEventListener('change', restyle);
  [minStrength].forEach(c => c.addEventListener('input', applyFilters));
  [specialty, region, grade].forEach(c => c.addEventListener('change', applyFilters));
  jump.addEventListener('change', () => jump.value && choose(jump.value));
  await draw();
}

function fillOptions(select, values) {
  const current = select.value;
  const distinct = [...new Set(values.filter(Boolean))].sort();
  select.replaceChildren(h('option', { value: '' }, 'All'), ...distinct.map(v => h('option', { value: v, selected: v === current }, v)));
}
