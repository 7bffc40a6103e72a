// A plain static file server for dist/, as a static host would serve it: no SPA fallback,
// no live reload, correct MIME types (application/wasm in particular). Used by the browser
// tests, which start it on a free port of 127.0.0.1.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/atom+xml; charset=utf-8',
};

/** The Content-Security-Policy the build ships in `root/index.html`'s <meta>. */
export function builtPolicy(root) {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  return html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
}

/**
 * The rules of a `_headers` file (Netlify, Cloudflare Pages): a path pattern (`*` is any
 * run of characters) on its own line, then its headers indented as `Name: value`.
 * Returns `(path) => { name: value }`, every matching rule's headers merged in order.
 */
export function hostHeaders(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (/^\//.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ path: new RegExp(`^${pattern}$`), headers: {} });
    } else if (/^\s+[A-Za-z-]+:/.test(line) && rules.length) {
      const [, name, value] = line.match(/^\s+([A-Za-z-]+):\s*(.*)$/);
      rules.at(-1).headers[name] = value.trim();
    }
  }
  return (path) => Object.assign({}, ...rules.filter((r) => r.path.test(path)).map((r) => r.headers));
}

/**
 * Serves `root` on 127.0.0.1; resolves to { origin, close() }. `headers` are added to
 * every response (e.g. a Content-Security-Policy); `routes` maps a path to a handler
 * `(req, res) => void` that answers instead of the file system (bad cases for tests).
 * With `compress`, bodies go out gzip-encoded to clients that accept it, as any real
 * static host sends them (the benchmark's transfer sizes and timings need that). With
 * `useHeadersFile`, the build's own `_headers` rules apply too, as on a host that reads
 * them.
 */
export async function serve(root, { port = 0, headers = {}, routes = {}, compress = false, useHeadersFile = false } = {}) {
  const base = resolve(root);
  const fileHeaders = useHeadersFile ? hostHeaders(readFileSync(join(base, '_headers'), 'utf8')) : () => ({});
  const server = createServer(async (req, res) => {
    try {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      for (const [name, value] of Object.entries(fileHeaders(path))) res.setHeader(name, value);
      if (routes[path]) {
        await routes[path](req, res);
        return;
      }
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const head = {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      };
      if (compress && TYPES[extname(file)] && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        Object.assign(head, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
      }
      res.writeHead(200, head);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((ok) => server.close(ok)) };
}

// `node tests/e2e/server.mjs [dir] [port]` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { origin } = await serve(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 8080) });
  console.log(`serving ${process.argv[2] ?? 'dist'} on ${origin}/`);
}
