// Anchors every W3C Web Annotation the app exported in its article, with the Hypothesis-lineage
// libraries dom-anchor-text-position and dom-anchor-text-quote, on a jsdom document holding the
// article's text. For each annotation, three checks:
//   1. its TextPositionSelector gives a range whose text is the TextQuoteSelector's exact words;
//   2. its TextQuoteSelector, searched for with no hint, is found at that same position;
//   3. the libraries' own description of that position (32 characters of context) is the export's.
// The DOM counts UTF-16 code units and the W3C selectors count code points: positions are converted
// with the article's own text before they are given to the libraries.
// Usage: node check-annotations.mjs ANNOTATIONS.jsonld ARTICLES_DIR   (prints a JSON summary; exit 1 on a failure)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import * as textQuote from 'dom-anchor-text-quote';
import * as textPosition from 'dom-anchor-text-position';

const [annotationsFile, articlesDir] = process.argv.slice(2);
const collection = JSON.parse(readFileSync(annotationsFile, 'utf8'));
const items = collection.first.items;
const articles = new Map();
const failures = [];
let astral = 0;

function article(file) {
  if (!articles.has(file)) {
    const text = readFileSync(join(articlesDir, file), 'utf8');
    const { document } = new JSDOM('<!doctype html><body></body>').window;
    const pre = document.createElement('pre');
    pre.textContent = text;
    document.body.appendChild(pre);
    const units = [];  // code point index -> UTF-16 index
    let u = 0;
    for (const cp of text) { units.push(u); u += cp.length; if (cp.length > 1) astral++; }
    units.push(u);
    articles.set(file, { root: pre, units });
  }
  return articles.get(file);
}

for (const a of items) {
  const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
  const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
  const fail = (why) => failures.push({ id: a.id, why });
  if (!quote || !position) { fail('no TextQuoteSelector or no TextPositionSelector'); continue; }
  const d = article(a.target.source);
  if (position.end >= d.units.length) { fail('position beyond the article'); continue; }
  const at = { start: d.units[position.start], end: d.units[position.end] };
  const range = textPosition.toRange(d.root, at);
  if (range === null || range.toString() !== quote.exact) { fail(`position gives ${JSON.stringify(range && range.toString())}`); continue; }
  const found = textQuote.toTextPosition(d.root, quote);
  if (found === null || found.start !== at.start || found.end !== at.end) { fail(`quote found at ${JSON.stringify(found)}, not ${JSON.stringify(at)}`); continue; }
  const described = textQuote.fromTextPosition(d.root, at);
  for (const k of ['exact', 'prefix', 'suffix']) {
    if (described[k] !== quote[k]) fail(`${k}: the library says ${JSON.stringify(described[k])}, the export ${JSON.stringify(quote[k])}`);
  }
}
console.log(JSON.stringify({ annotations: items.length, articles: articles.size, astralCharacters: astral, failures }));
process.exit(failures.length === 0 && items.length > 0 ? 0 : 1);
