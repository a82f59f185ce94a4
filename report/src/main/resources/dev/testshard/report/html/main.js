// Reads the embedded data and draws the sections in their order: overview, failures, flaky tests,
// timeline, slowest, all tests.

function main() {
  const run = readJson('ts-run');
  const failures = readJson('ts-failures') || [];
  const flaky = readJson('ts-flaky') || [];
  const suites = readJson('ts-tests') || [];
  const app = document.getElementById('app');

  renderMasthead(run);
  renderOverview(app, run);
  const failurePager = renderFailures(app, run, failures);
  const flakyPager = renderFlaky(app, run, flaky);
  renderTimeline(app, run);
  renderSlowest(app, run);

  const jump = (pager, prefix) => index => {
    if (pager) pager.showUpTo(index);
    const target = document.getElementById(prefix + index);
    if (target) {
      target.scrollIntoView({ block: 'start' });
      target.animate([{ boxShadow: '0 0 0 3px var(--accent)' }, { boxShadow: 'none' }], 1200);
    }
  };
  const toFailure = jump(failurePager, 'failure-');
  renderTests(app, suites, { f: toFailure, e: toFailure, k: jump(flakyPager, 'flaky-'), l: jump(null, 'lost-') });

  const failureCount = failures.length + run.totals.lost;
  const nav = document.getElementById('nav');
  const links = [
    ['overview', 'Overview'], ['failures', 'Failures', failureCount, 'fail'], ['flaky', 'Flaky', flaky.length, 'flaky'],
    ['timeline', 'Timeline'], ['slowest', 'Slowest'], ['tests', 'All tests']
  ];
  for (const [id, label, count, kind] of links) {
    const link = el('a', { href: '#' + id }, label);
    if (count !== undefined) link.append(el('span', { class: 'count ' + (count ? kind : ''), text: fmtInt(count) }));
    nav.append(link);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
else main();
