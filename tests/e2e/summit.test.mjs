// A second summit on the same engine, with no code change: `make build-summit` builds
// target/dist-summit/ from tests/summit/harbours-2027.json alone (a marked test fixture of
// an invented organisation: Auckland across the end of daylight saving time, other
// tracks, five cards, three days). These are the structural checks: its four pages,
// rows, tracks, times, filters, languages, embed, data file and share tags come from its
// data. summit-identity.test.mjs checks that nothing of the Bangkok week is left in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { suite, withPage } from './browser.mjs';
import { offsetText } from './zone.mjs';

const DIST = fileURLToPath(new URL('../../target/dist-summit/', import.meta.url));
const SOURCE = fileURLToPath(new URL('../summit/harbours-2027.json', import.meta.url));
const data = JSON.parse(await readFile(SOURCE, 'utf8'));
const bangkok = JSON.parse(await readFile(fileURLToPath(new URL('../../public/data/aelw-2022.json', import.meta.url)), 'utf8'));

const t = suite(DIST);
const at = (path, body, options = {}) =>
  withPage(t.browser, `${t.server.origin}/${path}`, body, { reducedMotion: 'reduce', ...options });

const PAGES = [
  { path: '', lang: 'en', embed: false },
  { path: 'th/', lang: 'th', embed: false },
  { path: 'embed/', lang: 'en', embed: true },
  { path: 'th/embed/', lang: 'th', embed: true },
];

test('the fixture really is another summit: other zone, other tracks, three days', () => {
  assert.equal(data.days.length, 3);
  assert.notEqual(data.week.utc_offset, bangkok.week.utc_offset);
  // What issue 31 asks of it: a clock change inside the week, an abbreviation of four or
  // more letters, more than three cards, its own colours and occasion, a glossary, and
  // texts that say it is a test fixture.
  const zone = data.week.time_zone;
  assert.notEqual(offsetText(zone, data.week.start, '12:00'), offsetText(zone, data.week.end, '12:00'));
  assert.ok(data.week.zone_abbr.length >= 4, data.week.zone_abbr);
  assert.ok(data.priorities.length > 3 && data.priorities.every((p) => p.colour && p.colour_dark));
  assert.ok(data.week.brand_colour && data.week.brand_colour_dark);
  assert.ok(data.week.occasion && !/Leaders/.test(data.week.occasion.en));
  assert.ok(data.glossary.length > 0);
  for (const field of ['title', 'note', 'disclaimer']) {
    assert.match(data.week[field].en, /test/i, field);
    assert.match(data.week[field].th, /ทดสอบ/, field);
  }
  const ids = (d) => d.tracks.map((x) => x.id).sort().join();
  assert.notEqual(ids(data), ids(bangkok));
  assert.notEqual(data.week.data_file, bangkok.week.data_file);
});

for (const p of PAGES) {
  test(`${p.path || '/'}: the summit's own title, days, rows and tracks`, async () => {
    await at(p.path, async (page) => {
      assert.equal(await page.locator('html').getAttribute('lang'), p.lang);
      assert.equal(await page.title(), data.week.page_title[p.lang]);
      const days = await page.locator('section.day').evaluateAll((els) => els.map((e) => e.id));
      assert.deepEqual(days, data.days.map((d) => `day-${d.date}`));
      const rows = await page.locator('details.event').evaluateAll((els) => els.map((e) => e.id));
      assert.deepEqual(rows, data.events.map((e) => e.id));
      // Each row names its tracks by the data's names, coloured by the data's colours.
      for (const e of data.events) {
        const labels = await page.locator(`#${e.id} .track`).allTextContents();
        const names = e.tracks.map((id) => data.tracks.find((x) => x.id === id).name[p.lang]);
        assert.deepEqual(labels, names, e.id);
      }
      if (!p.embed) {
        assert.equal((await page.locator('.eyebrow').textContent()).trim(), data.week.eyebrow[p.lang]);
        assert.equal((await page.locator('#priorities-heading').textContent()).trim(), data.week.priorities_heading[p.lang]);
        assert.ok((await page.locator('.disclaimer').textContent()).includes(data.week.disclaimer[p.lang]));
        // The overview counts its five cards (it once stopped at three).
        const five = { en: 'The five priorities', th: 'ประเด็นหลักห้าประการ' }[p.lang];
        assert.equal((await page.locator('.overview-subheading').textContent()).trim(), five);
      } else {
        assert.equal(await page.locator('section.day:visible').count(), 1);
      }
    }, { viewport: { width: 375, height: 812 } });
  });
}

test('colours, marks and the zone come from the data', async () => {
  await at('', async (page) => {
    for (const track of data.tracks) {
      const colour = await page.evaluate((id) => {
        const probe = document.createElement('span');
        probe.className = `mark track-${id}`;
        document.body.append(probe);
        const c = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return c;
      }, track.id);
      const hex = track.colour.slice(1).match(/../g).map((h) => parseInt(h, 16));
      assert.equal(colour, `rgb(${hex.join(', ')})`, track.id);
    }
    const legend = await page.locator('.overview-legend .mark').allTextContents();
    const used = data.tracks.filter((x) => data.events.some((e) => e.tracks[0] === x.id));
    assert.deepEqual(legend, used.map((x) => x.letter.en));
    // Times are the summit's: its abbreviation and offset, not Bangkok's.
    const zone = await page.locator('.masthead').textContent();
    // Across the change both its abbreviations show, standard time's as the data names it.
    assert.ok(zone.includes(`${data.week.city.en} time, `) && zone.includes(data.week.zone_abbr), zone);
    assert.ok(!zone.includes('ICT') && !zone.includes('Bangkok'), zone);
    const timed = data.events.find((e) => e.start);
    if (timed) {
      const shown = await page.locator(`#${timed.id} time`).first().textContent();
      assert.ok(shown.includes(`${timed.start}`), shown);
      const iso = await page.locator(`#${timed.id} time`).first().getAttribute('datetime');
      assert.equal(iso, `${timed.date}T${timed.start}${offsetText(data.week.time_zone, timed.date, timed.start)}`);
    }
  });
});

test('a track filter, the language switch and the download use the data', async () => {
  await at('', async (page) => {
    const track = data.tracks.find((x) => data.events.some((e) => e.tracks.includes(x.id)));
    await page.locator('summary', { hasText: 'Find events' }).click();
    await page.getByRole('checkbox', { name: track.name.en, exact: true }).check();
    const expected = data.events.filter((e) => e.tracks.includes(track.id)).map((e) => e.id);
    await page.locator('[aria-live=polite]', { hasText: `${expected.length} of ${data.events.length} events shown` }).waitFor({ state: 'attached' });
    assert.deepEqual(await page.locator('details.event:visible').evaluateAll((els) => els.map((e) => e.id)), expected);
    assert.ok(page.url().includes(`track=${track.id}`), page.url());
    const download = page.locator('.site-footer a[download]');
    assert.equal(await download.getAttribute('download'), data.week.data_file);
    const served = await page.evaluate(async (href) => (await fetch(href)).json(), await download.getAttribute('href'));
    assert.deepEqual(served, data);
    await page.locator('.lang-switch').first().click();
    await page.waitForFunction((title) => document.title === title, data.week.page_title.th);
    assert.equal(await page.locator('html').getAttribute('lang'), 'th');
    assert.equal(await page.locator('details.event:visible').count(), expected.length);
  });
});

test('its share tags, cards and oEmbed are its own', async () => {
  await at('', async (page) => {
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    assert.ok(image.includes('cards/week.png'), image);
    const title = await page.locator('meta[property="og:title"]').getAttribute('content');
    assert.equal(title, data.week.page_title.en);
  });
  for (const e of data.events) {
    await access(`${DIST}share/${e.id}.html`);
    await access(`${DIST}cards/${e.id}.png`);
  }
  const oembed = JSON.parse(await readFile(`${DIST}oembed.json`, 'utf8'));
  assert.equal(oembed.title, data.week.title.en);
});

// Issue 31: in the 375 px embed a clock time is cut with an ellipsis before the zone is
// lost. The summit's own times (NZDT/NZST), and each with a six-letter abbreviation
// and the longest pattern (an approximate range), must show whole, in both languages.
for (const [path, longest] of [['embed/', 'About 10:00–11:00 ABCDEF'], ['th/embed/', 'ประมาณ 10:00–11:00 น. (ABCDEF)']]) {
  test(`${path} at 375 px: every clock time shows whole, its zone included, up to six letters`, async () => {
    await at(path, async (page) => {
      const cut = (text) => page.evaluate((text) => [...document.querySelectorAll('.event-time')]
        .filter((span) => span.querySelector('time') && span.offsetParent)
        .map((span) => {
          if (text) span.querySelector('time').textContent = text;
          const time = span.querySelector('time').getBoundingClientRect();
          const box = span.getBoundingClientRect();
          return { id: span.closest('details.event').id, text: span.textContent, cut: span.scrollWidth > span.clientWidth || time.right > box.right + 0.5 };
        }), text);
      for (const text of [null, longest]) {
        const rows = await cut(text);
        assert.ok(rows.length > 0, 'no clock time on show');
        assert.deepEqual(rows.filter((r) => r.cut), [], text ?? 'the data\'s times');
      }
    }, { viewport: { width: 375, height: 812 } });
  });
}
