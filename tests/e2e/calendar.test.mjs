// The calendar files (.ics) read back by an independent parser, ical.js, for the Bangkok
// week (dist/) and the second summit (target/dist-summit/): every file parses, holds the
// events it should with the data's UIDs, and every timed event lands on the instant
// its date and time name in the summit's zone, worked out here with the platform's own
// tz database (Intl), not with the app's rules. Then the links: one per event on the
// pages, none that an embed cannot follow, and the subscriptions in the footer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { serve } from './server.mjs';
import { suite, withPage, setOpen } from './browser.mjs';
import { instant } from './zone.mjs';

const ROOTS = ['../../dist/', '../../target/dist-summit/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
const LANGS = { en: '', th: 'th/' };

/** The data file a build copied into its data/ folder. */
async function dataOf(root) {
  const [file] = (await readdir(`${root}data`)).filter((f) => f.endsWith('.json'));
  return JSON.parse(await readFile(`${root}data/${file}`, 'utf8'));
}

const nextDay = (date) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** A file parsed by ical.js, its time zones registered first: { calendar, events }. */
function parse(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  return { calendar, events };
}

for (const root of ROOTS) {
  const name = root.includes('dist-summit') ? 'the second summit' : 'the Bangkok week';

  test(`${name}: every calendar file parses, with each event's UID and instant`, async () => {
    const data = await dataOf(root);
    const zone = data.week.time_zone;
    let timed = 0;
    for (const [lang, folder] of Object.entries(LANGS)) {
      const files = [
        ['week', data.events],
        ...data.days.map((d) => [`day/${d.date}`, data.events.filter((e) => e.date === d.date)]),
        ...data.tracks.map((t) => [`track/${t.id}`, data.events.filter((e) => e.tracks.includes(t.id))]),
        ...data.events.map((e) => [`event/${e.id}`, [e]]),
      ];
      for (const [file, expected] of files) {
        const path = `${root}${folder}calendar/${file}.ics`;
        const text = await readFile(path, 'utf8');
        assert.ok(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), path);
        const { calendar, events } = parse(text);
        assert.equal(calendar.getFirstPropertyValue('method'), 'PUBLISH', path);
        assert.ok(calendar.getFirstPropertyValue('x-wr-calname'), path);
        assert.equal(calendar.getFirstSubcomponent('vtimezone').getFirstPropertyValue('tzid'), zone);
        assert.deepEqual(events.map((e) => e.uid), expected.map((e) => `${e.uid}-${lang}`), path);
        for (const [i, e] of events.entries()) {
          const source = expected[i];
          assert.equal(e.summary, source.title[lang] ?? source.title.en, path);
          assert.equal(e.sequence, data.version, path);
          assert.equal(e.location ?? undefined, source.venue?.[lang] ?? source.venue?.en, path);
          if (source.start) {
            timed += 1;
            assert.equal(e.startDate.zone?.tzid, zone, `${path}: ${source.id} in the zone`);
            assert.equal(e.startDate.toUnixTime(), instant(zone, source.date, source.start), `${path}: ${source.id}`);
            if (source.end) {
              const day = source.end < source.start ? nextDay(source.date) : source.date;
              assert.equal(e.endDate.toUnixTime(), instant(zone, day, source.end), `${path}: ${source.id} end`);
            }
          } else {
            const span = source.span ?? { from: source.date, to: source.date };
            assert.ok(e.startDate.isDate, `${path}: ${source.id} all day`);
            assert.equal(e.startDate.toString(), span.from);
            assert.equal(e.endDate.toString(), nextDay(span.to), `${path}: ${source.id} exclusive end`);
          }
        }
      }
    }
    assert.ok(timed > 0);
  });

  test(`${name}: served as text/calendar in UTF-8`, async () => {
    const server = await serve(root, { useHeadersFile: true });
    try {
      for (const folder of Object.values(LANGS)) {
        const res = await fetch(`${server.origin}/${folder}calendar/week.ics`);
        assert.equal(res.status, 200);
        assert.equal(res.headers.get('content-type'), 'text/calendar; charset=utf-8');
      }
    } finally {
      await server.close();
    }
  });
}

const DIST = ROOTS[0];
const t = suite(DIST);

test('each event links its calendar file on the pages, and the embeds link none', async () => {
  const data = await dataOf(DIST);
  for (const [path, link] of [['', 'calendar/event/'], ['th/', '../th/calendar/event/']]) {
    const html = await readFile(`${DIST}${path}index.html`, 'utf8');
    for (const e of data.events) assert.ok(html.includes(`href="${link}${e.id}.ics" download`), `${path}: ${e.id}`);
  }
  for (const path of ['embed/', 'th/embed/']) {
    const html = await readFile(`${DIST}${path}index.html`, 'utf8');
    assert.ok(!html.includes('webcal:') && !html.includes('.ics'), path);
  }
});

for (const [lang, folder] of Object.entries(LANGS)) {
  test(`${lang}: the footer's calendars subscribe by webcal: and download by https`, async () => {
    await withPage(t.browser, `${t.server.origin}/${folder}`, async (page) => {
      await setOpen(page, '#calendars', true);
      const links = page.locator('#calendars a');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.href));
      const host = new URL(t.server.origin).host;
      assert.ok(hrefs.includes(`webcal://${host}/${folder}calendar/week.ics`), hrefs.join('\n'));
      assert.ok(hrefs.includes(`${t.server.origin}/${folder}calendar/week.ics`));
      const data = await dataOf(DIST);
      for (const d of data.days) assert.ok(hrefs.includes(`webcal://${host}/${folder}calendar/day/${d.date}.ics`), d.date);
      for (const tr of data.tracks) assert.ok(hrefs.includes(`${t.server.origin}/${folder}calendar/track/${tr.id}.ics`), tr.id);
      assert.equal(await page.locator('#calendar-address').inputValue(), `${t.server.origin}/${folder}calendar/week.ics`);
      for (const href of hrefs.filter((h) => h.startsWith('http'))) {
        assert.equal((await fetch(href)).status, 200, href);
      }
    });
  });
}
