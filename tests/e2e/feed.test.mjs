// The Atom feeds of releases as a reader's feed app finds them: every page's head links
// both languages' feeds, its own first, and each link leads to a feed the host serves as
// Atom (the build's _headers). tests/feeds.py reads the feeds themselves with feedparser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';

const SITES = ['../../dist/', '../../target/dist-summit/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const PAGES = [['', 'en'], ['th/', 'th'], ['embed/', 'en'], ['th/embed/', 'th']];
const FEED = { en: 'feed.xml', th: 'th/feed.xml' };

/** The attributes of every `<link>` of `html`'s head that announces an Atom feed. */
function feedLinks(html) {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(/<link ([^>]*type="application\/atom\+xml"[^>]*)>/g)]
    .map(([, attrs]) => Object.fromEntries([...attrs.matchAll(/([a-z]+)="([^"]*)"/g)].map(([, k, v]) => [k, v])));
}

for (const dist of SITES) {
  test(`every page of ${dist} links its feed and the other language's, served as Atom`, async () => {
    const site = (await readFile(`${dist}index.html`, 'utf8')).match(/<link rel="canonical" href="([^"]+)">/)[1];
    const server = await serve(dist, { useHeadersFile: true });
    try {
      for (const [path, lang] of PAGES) {
        const links = feedLinks(await readFile(`${dist}${path}index.html`, 'utf8'));
        const other = lang === 'en' ? 'th' : 'en';
        assert.deepEqual(links.map((l) => l.hreflang), [lang, other], `${path || '/'}: its own feed first`);
        for (const link of links) {
          assert.equal(link.rel, 'alternate');
          assert.equal(link.href, `${site}${FEED[link.hreflang]}`, `${path || '/'}: an absolute link`);
          assert.ok(link.title?.length > 0, `${path || '/'}: the link has a title`);
          const res = await fetch(link.href.replace(site, `${server.origin}/`));
          assert.equal(res.status, 200, link.href);
          assert.equal(res.headers.get('content-type'), 'application/atom+xml; charset=utf-8');
          const xml = await res.text();
          assert.match(xml, new RegExp(`<feed [^>]*xml:lang="${link.hreflang}"`));
          assert.ok(xml.includes(`rel="self" href="${link.href}"`) || xml.includes(`href="${link.href}" rel="self"`), 'the feed names itself where it was found');
        }
      }
    } finally {
      await server.close();
    }
  });
}
