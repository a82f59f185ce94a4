// The package → class → test drill-down with search. Only what is open is in the DOM: packages,
// classes and tests are rendered a page at a time when their parent is expanded, and a search
// renders at most RESULTS matching tests, so 100,000 tests stay fast.

const PACKAGES_PAGE = 100, CLASSES_PAGE = 200, TESTS_PAGE = 500, RESULTS = 300;
const FILTERS = { all: null, failed: 'fel', flaky: 'k', skipped: 's' };
const RANK = { s: 0, p: 1, k: 2, e: 3, f: 4, l: 5 };

function summarize(suite) {
  const c = { tests: 0, bad: 0, skipped: 0, flaky: 0, status: null };
  for (const test of suite[4]) {
    const status = test[1];
    c.tests++;
    if ('fel'.includes(status)) c.bad++;
    else if (status === 's') c.skipped++;
    else if (status === 'k') c.flaky++;
    if (c.status === null || RANK[status] > RANK[c.status]) c.status = status;
  }
  c.status = c.status || 'p';
  return c;
}

function buildPackages(suites) {
  const byName = new Map();
  suites.forEach((suite, index) => {
    const name = packageOf(suite[0]);
    let pkg = byName.get(name);
    if (!pkg) byName.set(name, pkg = { name: name, suites: [], tests: 0, bad: 0, skipped: 0, flaky: 0, seconds: 0, status: 's' });
    const c = suite.counts = summarize(suite);
    pkg.suites.push(index);
    pkg.tests += c.tests; pkg.bad += c.bad; pkg.skipped += c.skipped; pkg.flaky += c.flaky;
    pkg.seconds += suite[3];
    if (RANK[c.status] > RANK[pkg.status]) pkg.status = c.status;
  });
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function stats(c, classes) {
  const parts = [];
  if (classes !== undefined) parts.push(fmtInt(classes) + (classes === 1 ? ' class' : ' classes'));
  parts.push(fmtInt(c.tests) + (c.tests === 1 ? ' test' : ' tests'));
  const span = el('span', { class: 'stats', text: parts.join(' · ') });
  if (c.bad) span.append(' · ', el('span', { class: 'bad', text: fmtInt(c.bad) + ' failed' }));
  if (c.flaky) span.append(' · ' + fmtInt(c.flaky) + ' flaky');
  if (c.skipped) span.append(' · ' + fmtInt(c.skipped) + ' skipped');
  return span;
}

function highlight(text, query) {
  if (!query) return text;
  const at = text.toLowerCase().indexOf(query);
  if (at < 0) return text;
  return el('span', {}, text.slice(0, at), el('mark', { text: text.slice(at, at + query.length) }),
    text.slice(at + query.length));
}

function expandable(row, renderChildren) {
  const caret = row.querySelector('.caret');
  let children = null;
  const toggle = () => {
    if (children) {
      children.remove();
      children = null;
      caret.textContent = '▸';
      row.setAttribute('aria-expanded', 'false');
    } else {
      children = el('div', { class: 'children' });
      row.after(children);
      renderChildren(children);
      caret.textContent = '▾';
      row.setAttribute('aria-expanded', 'true');
    }
  };
  row.addEventListener('click', toggle);
  row.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(); } });
  return row;
}

function classRow(suite, query, open) {
  const row = el('div', { class: 'row cls' + (open ? '' : ' toggle'), tabindex: open ? null : 0, 'aria-expanded': open ? null : 'false' },
    el('span', { class: 'caret', text: open ? '' : '▸' }), dot(suite.counts.status),
    el('span', { class: 'label', title: suite[0] }, highlight(open ? suite[0] : simpleName(suite[0]), query)),
    stats(suite.counts), el('span', { class: 'stats', text: suite[1] ? 'shard ' + suite[1] : '' }),
    el('span', { class: 'time', text: fmtSeconds(suite[3]) }));
  return row;
}

function testRow(test, query, links) {
  const [name, status, seconds, ref] = test;
  const label = el('span', { class: 'label', title: name }, highlight(name, query));
  if (ref !== undefined && links[status]) {
    label.replaceChildren(el('a', { href: '#', onclick: e => { e.preventDefault(); links[status](ref); } }, highlight(name, query)));
  }
  return el('div', { class: 'row test' }, el('span', { class: 'caret' }), dot(status), label,
    status === 'p' ? null : pill(status), el('span', { class: 'time', text: fmtSeconds(seconds) }));
}

function renderTests(app, suites, links) {
  const body = section(app, 'tests', 'All tests', suites.reduce((n, s) => n + s[4].length, 0));
  const packages = buildPackages(suites);
  const search = el('input', { class: 'search', type: 'search', placeholder: 'Search packages, classes and tests…',
    'aria-label': 'Search tests', autocomplete: 'off', spellcheck: 'false' });
  let filter = 'all';
  const chips = el('div', { class: 'chips', role: 'group', 'aria-label': 'Show' });
  for (const name of Object.keys(FILTERS)) {
    const chip = el('button', { type: 'button', class: 'chip' + (name === filter ? ' on' : ''), 'data-filter': name, text: name });
    chip.addEventListener('click', () => {
      filter = name;
      chips.querySelectorAll('.chip').forEach(c => c.classList.toggle('on', c === chip));
      update();
    });
    chips.append(chip);
  }
  const status = el('div', { class: 'status-line' });
  const tree = el('div', { class: 'tree' });
  body.append(el('div', { class: 'toolbar' }, search, chips), status, tree);

  const browse = () => {
    status.textContent = fmtInt(packages.length) + (packages.length === 1 ? ' package' : ' packages') +
      '; click to open, or search.';
    paged(tree, packages, PACKAGES_PAGE, pkg => expandable(
      el('div', { class: 'row pkg toggle', tabindex: 0, 'aria-expanded': 'false' }, el('span', { class: 'caret', text: '▸' }),
        dot(pkg.status), el('span', { class: 'label', text: pkg.name }), stats(pkg, pkg.suites.length),
        el('span', { class: 'time', text: fmtSeconds(pkg.seconds) })),
      box => paged(box, pkg.suites, CLASSES_PAGE, i => expandable(classRow(suites[i], '', false),
        inner => paged(inner, suites[i][4], TESTS_PAGE, test => testRow(test, '', links))))));
  };

  const searchResults = (query, wanted) => {
    let matches = 0, rendered = 0;
    const fragment = document.createDocumentFragment();
    for (const suite of suites) {
      const lower = suite.lower || (suite.lower = suite[0].toLowerCase());
      const whole = query && lower.includes(query);
      let header = null;
      for (const test of suite[4]) {
        if (wanted && !wanted.includes(test[1])) continue;
        if (query && !whole && !(test.lower || (test.lower = test[0].toLowerCase())).includes(query)) continue;
        matches++;
        if (rendered >= RESULTS) continue;
        if (!header) fragment.append(header = classRow(suite, query, true));
        fragment.append(testRow(test, query, links));
        rendered++;
      }
    }
    tree.append(fragment);
    status.textContent = matches === 0 ? 'No test matches.' : fmtInt(matches) + (matches === 1 ? ' test matches' : ' tests match') +
      (matches > rendered ? '; showing the first ' + fmtInt(rendered) + ', refine the search to see others.' : '.');
  };

  const update = () => {
    tree.replaceChildren();
    const query = search.value.trim().toLowerCase();
    const flat = query || filter !== 'all';
    tree.classList.toggle('flat', !!flat);
    if (flat) searchResults(query, FILTERS[filter]);
    else browse();
  };
  let pending = null;
  search.addEventListener('input', () => { clearTimeout(pending); pending = setTimeout(update, 120); });
  // index.html#q=CartTest opens the page searching, e.g. from a link in a CI comment.
  const linked = /^#q=(.*)$/.exec(location.hash);
  if (linked) search.value = decodeURIComponent(linked[1]);
  update();
  if (linked) requestAnimationFrame(() => body.parentElement.scrollIntoView());
}
