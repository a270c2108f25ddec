// Import: a member imports their own LinkedIn export (ties to their contacts); an admin
// uploads people / connections / mentoring / LinkedIn files. Both with a progress bar,
// then the import report with every rejected line listed.
import { upload, qs } from '../api.js';
import { h, clear, field, errorBox, notice, num, announce } from '../ui.js';

const KINDS = {
  people: 'People (people.csv)', connections: 'Connections (connections.csv)', mentoring: 'Mentoring (mentoring.csv)',
  linkedin: 'LinkedIn export (Connections.csv) for one person',
};

export async function render(root, { me }) {
  root.append(h('h1', {}, 'Import'));
  if (me?.personId) root.append(myLinkedIn());
  if (me?.roles.includes('ADMIN')) adminImport(root);
}

/** "Import my LinkedIn file": POST /api/me/import/linkedin, then the report. */
function myLinkedIn() {
  const file = h('input', { type: 'file', id: 'my-linkedin-file', name: 'file', accept: '.csv,text/csv,text/plain', required: true });
  const go = h('button', { type: 'submit', id: 'my-linkedin-submit' }, 'Import my contacts');
  const progressText = h('p', { class: 'hint', 'aria-live': 'polite' });
  const report = h('section', { id: 'my-linkedin-report', 'aria-live': 'polite', 'aria-label': 'My LinkedIn import report' });
  const form = h('form', { class: 'card', id: 'my-linkedin-form' },
    h('h2', {}, 'Import my LinkedIn file'),
    h('p', {}, 'On LinkedIn, choose Settings → Data privacy → Get a copy of your data → Connections, and upload the Connections.csv it sends you. '
      + 'Each contact becomes a tie to you: someone already in WarmPath is found by their profile address; anyone else is added as an '
      + 'unclaimed person, not open to introductions until they join and say so. Importing the same file again changes nothing.'),
    field('Connections.csv', file), h('div', { class: 'actions' }, go), progressText, report);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = file.files[0];
    if (!f) { clear(report).append(errorBox({ title: 'No file chosen', detail: 'Choose your Connections.csv to import.' })); file.focus(); return; }
    go.disabled = true;
    clear(report);
    progressText.textContent = 'Uploading…';
    try {
      const r = await upload('/api/me/import/linkedin', f, (loaded, total, phase) => {
        progressText.textContent = phase === 'processing' ? 'Uploaded; importing…' : `Uploading: ${Math.round(100 * loaded / total)}%`;
      });
      progressText.textContent = 'Done.';
      showReport(report, r, false, 'my-linkedin');
    } catch (err) {
      progressText.textContent = 'Failed.';
      report.append(errorBox(err));
      if (err.problem?.errors) showReport(report, err.problem, true, 'my-linkedin');
    } finally {
      go.disabled = false;
    }
  });
  return form;
}

function adminImport(root) {
  root.append(h('h2', {}, 'Load files'), h('p', { class: 'lead' }, 'Load people and ties from CSV files. Loading a file twice changes nothing.'));
  const kind = h('select', { id: 'import-kind', name: 'kind' }, Object.entries(KINDS).map(([v, l]) => h('option', { value: v }, l)));
  const owner = h('input', { type: 'text', id: 'import-owner', name: 'owner', placeholder: 'person id, e.g. p0001' });
  const ownerField = field('Whose LinkedIn export', owner);
  ownerField.hidden = true;
  const mode = h('select', { id: 'import-mode', name: 'mode' },
    h('option', { value: 'strict' }, 'Strict: any bad row rejects the whole file'), h('option', { value: 'tolerant' }, 'Tolerant: import the good rows, report the bad'));
  const file = h('input', { type: 'file', id: 'import-file', name: 'file', accept: '.csv,text/csv,text/plain', required: true });
  const go = h('button', { type: 'submit', id: 'import-submit' }, 'Upload and import');
  const progress = h('progress', { id: 'import-progress', max: '100', value: '0', 'aria-label': 'Upload progress' });
  const progressText = h('span', { class: 'hint', 'aria-live': 'polite' });
  const progressBox = h('div', { hidden: true }, progress, progressText);
  const report = h('section', { id: 'import-report', 'aria-live': 'polite', 'aria-label': 'Import report' });
  const form = h('form', { class: 'card', id: 'import-form' },
    h('div', { class: 'filters' }, field('What the file holds', kind), ownerField, field('Mode', mode), field('File', file, 'CSV with a header row; see DESIGN.md for the columns')),
    h('div', { class: 'actions' }, go), progressBox);
  root.append(form, report);
  kind.addEventListener('change', () => { ownerField.hidden = kind.value !== 'linkedin'; owner.required = kind.value === 'linkedin'; });

  form.addEventListener('submit', async e => {
    e.preventDefault();
    const f = file.files[0];
    if (!f) { clear(report).append(errorBox({ title: 'No file chosen', detail: 'Choose a CSV file to import.' })); file.focus(); return; }
    go.disabled = true;
    clear(report);
    progressBox.hidden = false;
    progress.value = 0;
    progress.removeAttribute('aria-valuetext');
    progressText.textContent = 'Uploading…';
    const path = `/api/import/${kind.value}${qs({ mode: mode.value, owner: kind.value === 'linkedin' ? owner.value.trim() : '' })}`;
    try {
      const r = await upload(path, f, (loaded, total, phase) => {
        if (phase === 'processing') {
          progress.value = 100;
          progressText.textContent = 'Uploaded; importing…';
          progress.removeAttribute('value'); // indeterminate while the server imports
        } else {
          const p = Math.round(100 * loaded / total);
          progress.value = p;
          progressText.textContent = `Uploading: ${p}%`;
        }
      });
      progress.value = 100;
      progressText.textContent = 'Done.';
      showReport(report, r, false, 'import');
    } catch (err) {
      progress.value = 0;
      progressText.textContent = 'Failed.';
      report.append(errorBox(err));
      if (err.problem?.errors) showReport(report, err.problem, true, 'import');
    } finally {
      go.disabled = false;
    }
  });
}

/** The import report: figures, then the rejected lines; ids start with `prefix`. */
function showReport(report, r, rejected, prefix) {
  report.append(h('h2', {}, 'Import report'),
    rejected ? null : notice(`Imported ${f(r.rows)} rows in ${f(r.millis)} ms.`),
    h('div', { class: 'figures', id: `${prefix}-figures` }, [['created', r.created], ['updated', r.updated], ['unchanged', r.unchanged], ['rejected', r.rejected], ['rows read', r.rows]]
      .map(([what, v]) => h('div', { class: 'figure' }, h('span', { class: 'value' }, f(v)), h('span', { class: 'what' }, what)))));
  const errors = r.errors || [];
  if (errors.length) {
    report.append(h('h3', {}, `Rejected lines (${errors.length}${r.rejected > errors.length ? ` of ${r.rejected}` : ''})`),
      h('div', { class: 'table-wrap' }, h('table', { id: `${prefix}-errors` }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Line'), h('th', { scope: 'col' }, 'Why'))),
        h('tbody', {}, errors.map(x => h('tr', { dataset: { line: x.line } }, h('td', { class: 'num' }, x.line), h('td', {}, x.message)))))));
  }
  announce(`Import report: ${r.rejected} rejected`);
}

const f = v => num(v ?? 0);
