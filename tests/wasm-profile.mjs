// `make profile`: where the .wasm's bytes go. Reads a module built with its function
// names kept (the name section; twiggy 0.7 panics on this module) and prints its
// sections, its code by crate and its largest functions.
//
//   node wasm-profile.mjs <file.wasm> [how many functions]
import { readFileSync } from 'node:fs';

const [file, top = '30'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node wasm-profile.mjs <file.wasm> [how many functions]');
  process.exit(2);
}
const b = readFileSync(file);
let at = 8; // after the magic number and version
const leb = () => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = b[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return value;
  }
};
const text = (len) => { const s = b.toString('utf8', at, at + len); at += len; return s; };
const limits = () => { const flags = b[at++]; leb(); if (flags & 1) leb(); };

const KINDS = { 1: 'type', 2: 'import', 3: 'function', 4: 'table', 5: 'memory', 6: 'global', 7: 'export', 8: 'start', 9: 'element', 10: 'code', 11: 'data', 12: 'datacount' };
const sections = [];
const names = new Map();
const bodies = []; // [function index, size]
let imported = 0;
while (at < b.length) {
  const id = b[at++];
  const size = leb();
  const end = at + size;
  if (id === 0) {
    const name = text(leb());
    sections.push([`custom:${name}`, size]);
    if (name === 'name') {
      while (at < end) {
        const sub = b[at++];
        const subEnd = leb() + at;
        if (sub === 1) {
          for (let n = leb(); n > 0; n--) { const index = leb(); names.set(index, text(leb())); }
        }
        at = subEnd;
      }
    }
  } else {
    sections.push([KINDS[id] ?? String(id), size]);
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        text(leb()); text(leb());
        const kind = b[at++];
        if (kind === 0) { leb(); imported++; } else if (kind === 1) { at++; limits(); } else if (kind === 2) limits(); else at += 2;
      }
    } else if (id === 10) {
      const count = leb();
      for (let k = 0; k < count; k++) { const start = at; const len = leb(); at += len; bodies.push([imported + k, at - start]); }
    }
  }
  at = end;
}

const MODULES = /aelw::(components|data|url|page|page_html|i18n|format|model|state|browser|filter|embed|panel|navigation|share_page|loader|html)\b/;
const CRATES = ['serde_json', 'serde', 'reactive_graph', 'tachys', 'leptos', 'wasm_bindgen', 'web_sys', 'js_sys', 'gloo', 'futures', 'any_spawner', 'hashbrown', 'slotmap', 'indexmap', 'dlmalloc', 'alloc', 'core', 'std', 'aelw'];
const crateOf = (name) => {
  const own = name.match(MODULES);
  if (own) return `aelw::${own[1]}`;
  let best = null;
  for (const c of CRATES) { const p = name.indexOf(c); if (p >= 0 && (!best || p < best[0])) best = [p, c]; }
  return best ? best[1] : '(unnamed)';
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const total = bodies.reduce((n, [, s]) => n + s, 0);
const byCrate = new Map();
for (const [index, size] of bodies) {
  const c = crateOf(names.get(index) ?? '');
  byCrate.set(c, (byCrate.get(c) ?? 0) + size);
}

console.log('| Section | Size |\n|---|---:|');
for (const [name, size] of sections.filter(([n]) => !n.startsWith('custom:'))) if (size > 1024) console.log(`| ${name} | ${kb(size)} |`);
console.log('\n| Code by crate | Size | Share |\n|---|---:|---:|');
for (const [c, size] of [...byCrate].sort((x, y) => y[1] - x[1]).slice(0, 16)) console.log(`| ${c} | ${kb(size)} | ${(100 * size / total).toFixed(1)} % |`);
console.log('\n| Largest functions | Size |\n|---|---:|');
for (const [index, size] of [...bodies].sort((x, y) => y[1] - x[1]).slice(0, Number(top))) {
  const name = (names.get(index) ?? `#${index}`).replace(/::h[0-9a-f]{16}$/, '').replaceAll('|', '\\|');
  console.log(`| \`${name.length > 110 ? `${name.slice(0, 107)}…` : name}\` | ${kb(size)} |`);
}
