// The masthead (title, where the results come from, verdict) and the totals section.

const OUTCOMES = {
  'passed': 'Passed',
  'failed': 'Failed',
  'no-tests': 'No tests',
  'infrastructure-failure': 'Infrastructure failure',
  'error': 'Error'
};

function renderMasthead(run) {
  const parts = [run.subtitle, (run.merged ? 'merged ' : 'started ') + fmtInstant(run.startedAt)];
  document.getElementById('subtitle').textContent = parts.filter(Boolean).join(' · ');
  const verdict = document.getElementById('verdict');
  verdict.textContent = OUTCOMES[run.outcome] || run.outcome;
  verdict.classList.add(run.outcome);
}

function renderOverview(app, run) {
  const t = run.totals;
  const errors = t.errors - t.lost;
  const body = section(app, 'overview', 'Overview');
  const tiles = [
    ['', t.tests, 'tests', 'all test cases'],
    ['pass', t.passed, 'passed', 'including flaky tests'],
    ['fail', t.failed, 'failed', 'an assertion failed'],
    ['error', errors, 'errors', 'an unexpected exception'],
    ['skip', t.skipped, 'skipped', 'disabled or assumption not met'],
    ['flaky', t.flaky, 'flaky', 'passed only on a re-run'],
    ['lost', t.lost, 'lost', 'never reported: the shard crashed or was stopped (errors in the XML)']
  ];
  body.append(el('div', { class: 'tiles' }, ...tiles.map(([kind, value, label, hint]) =>
    el('div', { class: 'tile ' + kind + (value > 0 ? ' on' : ''), title: hint },
      el('div', { class: 'value', text: fmtInt(value) }), el('div', { class: 'label', text: label })))));

  const ratio = el('div', { class: 'ratio', role: 'img', 'aria-label': 'share of outcomes' });
  const shares = [
    [t.passed - t.flaky, 'p'], [t.flaky, 'k'], [t.failed, 'f'], [errors, 'e'], [t.lost, 'l'], [t.skipped, 's']
  ];
  for (const [count, code] of shares) {
    if (count > 0) {
      ratio.append(el('span', {
        style: 'width:' + (100 * count / t.tests) + '%;background:' + STATUS[code].color,
        title: fmtInt(count) + ' ' + STATUS[code].label
      }));
    }
  }
  body.append(ratio);

  const facts = [];
  if (run.wallTimeSeconds !== null) facts.push([fmtSeconds(run.wallTimeSeconds), 'wall time (whole run)']);
  const timeline = run.timeline && !run.timeline.approximate ? run.timeline : null;
  if (timeline) facts.push([fmtSeconds(timeline.endSeconds), 'running shards (first start to last end)']);
  facts.push([fmtSeconds(t.timeSeconds), 'test time (sum of classes)']);
  const span = timeline ? timeline.endSeconds : run.wallTimeSeconds;
  if (span && t.timeSeconds / span >= 1) {
    facts.push([(t.timeSeconds / span).toFixed(1) + '×', 'test time per ' + (timeline ? 'shard' : 'wall') + ' time']);
  }
  facts.push([fmtInt(t.shards), t.shards === 1 ? 'shard' : 'shards']);
  facts.push([fmtInt(t.classes), 'test classes']);
  body.append(el('div', { class: 'facts' }, ...facts.map(([value, label]) =>
    el('div', { class: 'fact' }, el('div', { class: 'value', text: value }), el('div', { class: 'label', text: label })))));
  if (run.wallTimeSeconds === null) {
    body.append(el('p', { class: 'notice', text: 'Wall time is not known for a merged report.' }));
  }
}

function renderSlowest(app, run) {
  const body = section(app, 'slowest', 'Slowest');
  const table = (title, rows, isTest) => {
    const max = rows.length ? rows[0].seconds || 1 : 1;
    return el('div', {},
      el('h3', { text: title }),
      rows.length === 0 ? el('p', { class: 'empty', text: 'None.' }) :
        el('table', { class: 'slowest' },
          el('tbody', {}, ...rows.map(row => el('tr', {},
            el('td', { class: 'name', title: row.className + (isTest ? ' › ' + row.name : '') },
              el('div', { text: isTest ? row.name : simpleName(row.className) }),
              el('div', { class: 'sub', text: (isTest ? simpleName(row.className) : packageOf(row.className)) +
                (row.shard ? ' · shard ' + row.shard : '') })),
            el('td', { class: 'share' }, el('div', { class: 'share-bar', style: 'width:' + (100 * row.seconds / max) + '%' })),
            el('td', { class: 'num', text: fmtSeconds(row.seconds) }))))));
  };
  body.append(el('div', { class: 'two' },
    table('Classes (set-up included)', run.slowestClasses, false),
    table('Tests', run.slowestTests, true)));
}
