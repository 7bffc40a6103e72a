// Every built page is valid HTML: the W3C Nu HTML Checker (npm `vnu-jar`, on the Java
// these machines have) finds no error in the index page, the embed example or any
// link-preview page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { DIST } from './browser.mjs';
const VNU = fileURLToPath(new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url));

test('the Nu HTML Checker finds no error in any built page', async () => {
  const previews = (await readdir(`${DIST}share`)).filter((f) => f.endsWith('.html')).map((f) => `${DIST}share/${f}`);
  assert.ok(previews.length > 60, `${previews.length} preview pages`);
  const pages = ['', 'th/', 'embed/', 'th/embed/'].map((p) => `${DIST}${p}index.html`);
  pages.push(`${DIST}embed-example.html`, ...previews);
  // vnu exits non-zero when it reports errors; its JSON report is what counts.
  const { stdout, stderr } = await promisify(execFile)('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...pages], { maxBuffer: 64 << 20 })
    .catch((e) => ({ stdout: e.stdout, stderr: e.stderr }));
  const report = JSON.parse(stderr || stdout);
  const errors = report.messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors.slice(0, 20), [], `${errors.length} errors`);
  // The checker really read the pages: the index page is the big prerendered week.
  assert.equal(report.messages.filter((m) => m.type === 'non-document-error').length, 0);
});
