// The compressed twins the build writes beside each text file (`x.gz`, `x.br`), for hosts
// that serve them as they are (nginx's gzip_static and brotli_static, Caddy's
// precompressed): each decompresses to its file exactly, every page and app file has
// both, and the data file, which editors publish without a build during the week, has
// none that could go stale and be served in its place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { DIST } from './browser.mjs';

const TEXT = /\.(html|js|mjs|wasm|css|json|xml|atom|ics|svg|webmanifest|txt)$/;
const files = (await readdir(DIST, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => `${e.parentPath.slice(DIST.length)}/${e.name}`.replace(/^\//, ''));
const present = new Set(files);

test('every twin decompresses to its file, and only text files have twins', async () => {
  const twins = files.filter((f) => /\.(gz|br)$/.test(f));
  assert.ok(twins.length > 100, `${twins.length} twins`);
  for (const twin of twins) {
    const original = twin.replace(/\.(gz|br)$/, '');
    assert.ok(present.has(original) && TEXT.test(original), `${twin} is the twin of a text file`);
    const bytes = await readFile(`${DIST}${twin}`);
    const decompressed = twin.endsWith('.gz') ? gunzipSync(bytes) : brotliDecompressSync(bytes);
    assert.ok(decompressed.equals(await readFile(`${DIST}${original}`)), twin);
    assert.ok(bytes.length < decompressed.length, `${twin} is smaller than its file`);
  }
});

test("the pages and the app's files have both twins, the data file none", () => {
  const app = files.filter((f) => /^(aelw|boot|main|timeline)-[0-9a-f]+.*\.(js|wasm|css)$/.test(f));
  assert.ok(app.some((f) => f.endsWith('.wasm')) && app.some((f) => f.endsWith('.css')), app.join());
  const pages = ['index.html', 'th/index.html', 'embed/index.html', 'th/embed/index.html'];
  for (const file of [...pages, ...app]) {
    assert.ok(present.has(`${file}.gz`) && present.has(`${file}.br`), `${file} has both twins`);
  }
  const data = files.filter((f) => f.startsWith('data/'));
  assert.ok(data.some((f) => f.endsWith('.json')), 'the data file is built');
  assert.deepEqual(data.filter((f) => /\.(gz|br)$/.test(f)), [], 'no twin of the data file');
});
