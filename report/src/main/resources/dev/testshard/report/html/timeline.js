// The shard timeline as inline SVG: one row per shard container, its classes as bars over time,
// the container and JVM start-up before the first class, and the idle tail up to the end of the
// last shard, which shows how well the shards were balanced.

const TL = { label: 190, right: 12, axis: 26, row: 26, bar: 16, minWidth: 560, manyBars: 5000 };

function renderTimeline(app, run) {
  const body = section(app, 'timeline', 'Shard timeline');
  const timeline = run.timeline;
  if (!timeline || timeline.rows.length === 0) {
    body.append(el('p', { class: 'empty', text: run.timelineNote || 'No shard timeline.' }));
    return;
  }
  const holder = el('div', { class: 'timeline-wrap' });
  body.append(holder, legend(timeline));
  if (run.timelineNote) body.append(el('p', { class: 'notice', text: run.timelineNote }));
  let drawnWidth = 0;
  const draw = () => {
    const width = Math.max(TL.minWidth, holder.clientWidth);
    if (width === drawnWidth) return;
    drawnWidth = width;
    holder.replaceChildren(timelineSvg(timeline, width));
  };
  draw();
  let pending = null;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(draw, 150);
  });
}

function timelineSvg(timeline, width) {
  const end = Math.max(timeline.endSeconds, 0.001);
  const plot = width - TL.label - TL.right;
  const x = t => TL.label + Math.max(0, Math.min(t, end)) / end * plot;
  const height = TL.axis + timeline.rows.length * TL.row + 4;
  const root = svg('svg', { class: 'timeline', width: width, height: height, viewBox: '0 0 ' + width + ' ' + height,
    role: 'img', 'aria-label': 'shard timeline: ' + timeline.rows.length + ' shards over ' + fmtSeconds(end) });
  root.append(svg('defs', {}, hatch('ts-idle', 'var(--panel)', 'var(--idle)')));
  for (const tick of ticks(end, plot)) {
    root.append(svg('line', { class: 'grid', x1: x(tick), x2: x(tick), y1: TL.axis - 4, y2: height }),
      svg('text', { x: x(tick), y: TL.axis - 9, 'text-anchor': tick === 0 ? 'start' : 'middle', text: fmtTick(tick, end) }));
  }
  const totalBars = timeline.rows.reduce((n, row) => n + row.bars.length, 0);
  const prefix = commonPrefix(timeline.rows.map(row => row.shard));
  if (prefix) root.append(svg('text', { class: 'prefix', x: 4, y: TL.axis - 9, text: prefix + '…' }));
  timeline.rows.forEach((row, i) =>
    root.append(shardRow(row, row.shard.slice(prefix.length), TL.axis + i * TL.row, x, end, totalBars)));
  return root;
}

// The dotted prefix all shard ids share ("com.acme."), so that rows show what differs.
function commonPrefix(ids) {
  if (ids.length < 2) return '';
  let prefix = ids[0];
  for (const id of ids) while (!id.startsWith(prefix)) prefix = prefix.slice(0, -1);
  prefix = prefix.slice(0, prefix.lastIndexOf('.') + 1);
  return ids.every(id => id.length > prefix.length) ? prefix : '';
}

function shardRow(row, label, top, x, end, totalBars) {
  const g = svg('g', { class: 'shard-row', 'data-shard': row.shard });
  const mid = top + TL.row / 2;
  const barTop = mid - TL.bar / 2;
  const code = row.status === 'lost' ? 'l' : row.status === 'failed' ? 'f' : 'p';
  g.append(svg('circle', { cx: 7, cy: mid, r: 4, style: 'fill:' + STATUS[code].color }),
    svg('text', { class: 'shard', x: 17, y: mid + 4 }, truncate(label, 22), svg('title', { text: row.shard + ' (' + row.status + ')' })));
  g.append(svg('rect', { x: x(0), y: barTop, width: x(end) - x(0), height: TL.bar, rx: 2, style: 'fill:var(--track)' }));
  if (row.end <= row.start) {
    g.append(svg('text', { class: 'idle', x: x(0) + 6, y: mid + 4, text: 'not started' + (row.reason ? ': ' + row.reason : '') }));
    return g;
  }
  g.append(svg('rect', { x: x(row.start), y: barTop, width: Math.max(1, x(row.end) - x(row.start)), height: TL.bar,
    style: 'fill:var(--container)' }, svg('title', { text: 'container ' + fmtSeconds(row.start) + ' – ' + fmtSeconds(row.end) })));
  if (row.ready > row.start) {
    g.append(svg('rect', { x: x(row.start), y: barTop, width: x(row.ready) - x(row.start), height: TL.bar,
      style: 'fill:var(--startup)' }, svg('title', { text: 'container and JVM start-up: ' + fmtSeconds(row.ready - row.start) })));
  }
  for (const [name, start, seconds, status] of row.bars) {
    const w = x(start + seconds) - x(start);
    if (w < 0.5 && totalBars > TL.manyBars) continue;
    g.append(svg('rect', { class: 'bar', x: x(start), y: barTop, width: Math.max(1.5, w), height: TL.bar,
      style: 'fill:' + STATUS[status].color + (w > 4 ? ';stroke:var(--panel);stroke-width:1' : '') },
    svg('title', { text: name + '\n' + STATUS[status].label + ', ' + fmtSeconds(seconds) + ' from ' + fmtSeconds(start) })));
  }
  const idle = end - row.end;
  if (x(end) - x(row.end) >= 2) {
    g.append(svg('rect', { x: x(row.end), y: barTop, width: x(end) - x(row.end), height: TL.bar, style: 'fill:url(#ts-idle)' },
      svg('title', { text: 'idle for the last ' + fmtSeconds(idle) + ' of the run' })));
    if (x(end) - x(row.end) > 74) {
      g.append(svg('text', { class: 'idle', x: x(end) - 6, y: mid + 4, 'text-anchor': 'end', text: 'idle ' + fmtSeconds(idle) }));
    }
  }
  return g;
}

function hatch(id, background, stripe) {
  return svg('pattern', { id: id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 6, height: 6, style: 'fill:' + background }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, style: 'stroke:' + stripe + ';stroke-width:2.5' }));
}

// Round tick steps (1, 2, 5 × 10^n seconds, or minutes) about 90 px apart.
function ticks(end, plot) {
  const wanted = Math.max(2, Math.floor(plot / 90));
  const steps = [0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];
  const step = steps.find(s => end / s <= wanted) || Math.ceil(end / wanted / 3600) * 3600;
  const result = [];
  for (let t = 0; t <= end + 1e-9; t += step) result.push(Math.round(t * 1000) / 1000);
  return result;
}

function fmtTick(t, end) {
  if (end >= 180) return (t >= 3600 ? Math.floor(t / 3600) + ' h ' : '') + Math.round((t % 3600) / 60) + ' min';
  return (Number.isInteger(t) ? t : t.toFixed(1)) + ' s';
}

function truncate(text, max) {
  return text.length <= max ? text : '…' + text.slice(text.length - max + 1);
}

function legend(timeline) {
  const used = new Set();
  timeline.rows.forEach(row => row.bars.forEach(bar => used.add(bar[3])));
  const items = ['p', 'k', 'f', 'e', 's', 'l'].filter(code => used.has(code))
    .map(code => [STATUS[code].color, 'class ' + STATUS[code].label]);
  items.push(['var(--startup)', 'container and JVM start-up'], ['var(--container)', 'container, no class running'],
    ['url(#ts-idle)', 'idle until the last shard ended']);
  return el('div', { class: 'legend' }, ...items.map(([color, label]) => {
    const sample = color.startsWith('url') ? svgSample() : el('i', { style: 'background:' + color });
    return el('span', {}, sample, label);
  }));
}

function svgSample() {
  return svg('svg', { width: 18, height: 10 }, svg('defs', {}, hatch('ts-idle-key', 'var(--panel)', 'var(--idle)')),
    svg('rect', { width: 18, height: 10, rx: 2, style: 'fill:url(#ts-idle-key);stroke:var(--idle);stroke-width:1' }));
}
