// Loads a TimelineJS3 timeline the app exported with TimelineJS3's own code (the published
// @knight-lab/timelinejs bundle, dist/js/timeline.js) in a jsdom window, as a web page would:
// `new TL.Timeline(container, data)`. Prints what TimelineJS made of it, for the Java test to compare
// with the model: its configuration's errors and warnings, and for every slide it built, the
// unique_id, the date parts and the display format it parsed, the display date, and the text of each
// quotation in the slide's rendered DOM.
// Usage: node check-timelinejs.mjs TIMELINE.json   (exit 1 when TimelineJS reports an error)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);
const bundle = readFileSync(require.resolve('@knight-lab/timelinejs/dist/js/timeline.js'), 'utf8');
const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const dom = new JSDOM('<!doctype html><html><head></head><body><div id="timeline-embed" style="width:1200px;height:700px"></div></body></html>',
  { runScripts: 'outside-only', pretendToBeVisual: true, url: 'http://localhost/' });
const w = dom.window;
w.eval(bundle);
const timeline = new w.TL.Timeline('timeline-embed', data);

setTimeout(() => {
  const config = timeline.config;
  const slides = config.events.map((e) => {
    const node = w.document.getElementById(e.unique_id);
    const quotes = node ? [...node.querySelectorAll('.tl-text blockquote > p')].map((p) => p.textContent) : null;
    const d = e.start_date.data;
    const end = e.end_date ? e.end_date.data : null;
    return {
      id: e.unique_id, year: d.year, month: d.month ?? null, day: d.day ?? null, format: d.format,
      end: end ? { year: end.year, month: end.month ?? null, day: end.day ?? null } : null,
      display_date: e.display_date ?? null, rendered: node !== null, quotes,
    };
  });
  const summary = {
    valid: config.isValid(), errors: config.messages.errors.map(String), warnings: config.messages.warnings.map(String),
    title: config.title ? config.title.text.headline : null, slides,
    slidesInDom: w.document.querySelectorAll('.tl-slide').length,
  };
  console.log(JSON.stringify(summary));
  process.exit(summary.valid ? 0 : 1);
}, 1500);
