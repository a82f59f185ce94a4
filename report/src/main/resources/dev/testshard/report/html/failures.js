// Failures (each with message, collapsible stack trace and output, where it ran, and a command that
// re-runs its class), lost work grouped by shard and cause, and flaky tests.

const FAILURES_PAGE = 25;

function where(entry) {
  return el('div', { class: 'where' },
    el('span', { class: 'mono', text: entry.suite }),
    entry.shard ? el('span', { text: 'shard ' + entry.shard }) : null,
    entry.file ? el('span', { class: 'mono file', text: entry.file }) : null,
    entry.attempts > 1 ? el('span', { text: entry.attempts + ' attempts' }) : null);
}

// The first stack frame in the test's own class: where to look first.
function topFrame(entry) {
  if (!entry.trace) return null;
  const prefix = 'at ' + entry.suite;
  for (const line of entry.trace.split('\n')) {
    const frame = line.trim();
    if (frame.startsWith(prefix + '.') || frame.startsWith(prefix + '$')) return frame;
  }
  return null;
}

function failureCard(entry, index, run) {
  const card = el('article', { class: 'failure ' + entry.status, id: 'failure-' + index },
    el('div', { class: 'failure-head' }, pill(entry.status),
      el('span', { class: 'failure-name', text: simpleName(entry.suite) + ' › ' + entry.name })),
    where(entry));
  if (entry.message || entry.type) {
    card.append(el('div', { class: 'message mono', text: entry.message || entry.type }));
  }
  const frame = topFrame(entry);
  if (frame) card.append(el('div', { class: 'frame mono', text: frame }));
  if (index >= run.failureDetails) {
    card.append(el('div', { class: 'notice', text: 'Stack trace and output of failures after the first ' +
      fmtInt(run.failureDetails) + ' are only in the JUnit XML report.' }));
  }
  add(card,
    details('Stack trace', entry.trace),
    details('Standard output', entry.out),
    details('Standard error', entry.err),
    command(entry.command, run.rerunNote));
  return card;
}

function lostCard(group, index, run) {
  const card = el('article', { class: 'failure l', id: 'lost-' + index },
    el('div', { class: 'failure-head' }, pill('l'),
      el('span', { class: 'failure-name', text: fmtInt(group.count) + (group.count === 1 ? ' test' : ' tests') +
        ' never reported' })),
    el('div', { class: 'where' }, group.shard ? el('span', { text: 'shard ' + group.shard }) : null,
      el('span', { text: (group.classes > 50 ? 'more than 50' : group.classes) + (group.classes === 1 ? ' class' : ' classes') })),
    el('div', { class: 'message mono', text: group.message || 'lost' }));
  const names = group.tests.join('\n') + (group.count > group.tests.length ?
    '\n… and ' + fmtInt(group.count - group.tests.length) + ' more' : '');
  add(card, details('Tests', names));
  if (group.command) card.append(command(group.command, run.rerunNote));
  return card;
}

function renderFailures(app, run, failures) {
  const total = failures.length + run.totals.lost;
  const body = section(app, 'failures', 'Failures', total, total ? 'fail' : '');
  if (total === 0) {
    body.append(el('p', { class: 'empty', text: 'No test failed.' }));
    return null;
  }
  const list = el('div', {});
  body.append(list);
  const pager = paged(list, failures, FAILURES_PAGE, (entry, index) => failureCard(entry, index, run));
  for (let i = 0; i < run.lost.length; i++) body.append(lostCard(run.lost[i], i, run));
  return pager;
}

function renderFlaky(app, run, flaky) {
  const body = section(app, 'flaky', 'Flaky tests', flaky.length, flaky.length ? 'flaky' : '');
  if (flaky.length === 0) {
    body.append(el('p', { class: 'empty', text: 'No flaky test: none passed only on a re-run.' }));
    return null;
  }
  body.append(el('p', { class: 'notice', text: 'Passed on a re-run after failing: counted as passed, ' +
    'but worth a look.' }));
  const list = el('div', {});
  body.append(list);
  return paged(list, flaky, FAILURES_PAGE, (entry, index) => {
    const card = el('article', { class: 'failure k', id: 'flaky-' + index },
      el('div', { class: 'failure-head' }, pill('k'),
        el('span', { class: 'failure-name', text: simpleName(entry.suite) + ' › ' + entry.name })),
      where(entry));
    entry.failures.forEach((attempt, n) => {
      card.append(el('div', { class: 'message mono', text: 'attempt ' + (n + 1) + ' ' +
        (attempt.status === 'error' ? 'errored' : 'failed') + ': ' + (attempt.message || attempt.type || '') }));
      add(card, details('Stack trace of attempt ' + (n + 1), attempt.trace));
    });
    return card;
  });
}
