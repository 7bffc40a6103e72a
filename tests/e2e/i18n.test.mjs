// Every reader: Thai and English, honest times in any time zone, accessibility in both
// languages and both colour schemes, a full keyboard walk, and print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { frames, nextTask, setOpen, suite, withPage } from './browser.mjs';

import { DIST } from './browser.mjs';
const OUTPUT = fileURLToPath(new URL('../output/', import.meta.url));
const data = JSON.parse(await readFile(`${DIST}data/aelw-2022.json`, 'utf8'));
// (English, Thai) pairs of the interface's strings, written by the prerender step.
const pairs = JSON.parse(await readFile(fileURLToPath(new URL('../../target/site/i18n.json', import.meta.url)), 'utf8'));

const t = suite(DIST);

/** A fresh page at `path` on the test server; see `withPage` in browser.mjs. */
const at = (path, body, options = {}) =>
  withPage(t.browser, `${t.server.origin}/${path}`, body, { reducedMotion: 'reduce', ...options });

for (const lang of ['en', 'th']) {
  for (const colorScheme of ['light', 'dark']) {
    for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
      test(`axe: ${lang}, ${colorScheme}, ${viewport.width}×${viewport.height}`, async () => {
        await at(`?lang=${lang}`, async (page) => {
          await setOpen(page, 'details', true);
          assert.equal(await page.locator('details.event[open]').count(), data.events.length, 'every row stays open');
          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
            .analyze();
          const summary = result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
          assert.deepEqual(summary, []);
          assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
          await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = false; }));
          if (lang === 'th') {
            await page.screenshot({ path: `${OUTPUT}th-${colorScheme}-${viewport.width}.png` });
          }
        }, { viewport, colorScheme });
      });
    }
  }
}

test('the Thai page has no English left: interface strings or content', async () => {
  await at('th/', async (page) => {
    // Interface strings, with the source lists closed: their labels name English-language
    // sites ("APEC 2022 Thailand") and are checked with the content below.
    let text = await page.evaluate(() => document.body.innerText);
    const thai = new Set(pairs.map(([, th]) => th));
    const leftovers = [];
    for (const [en] of pairs) {
      for (const fragment of en.split(/\{[a-z]+\}/)) {
        const f = fragment.trim();
        const isThaiAlready = /[\u0E00-\u0E7F]/.test(f);
        if (f.length >= 4 && !isThaiAlready && ![...thai].some((th) => th.includes(f)) && text.includes(f)) leftovers.push(f);
      }
    }
    await page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
    text = await page.evaluate(() => document.body.innerText);
    const texts = [];
    const thaiTexts = [];
    JSON.stringify(data, (key, value) => {
      if (value && typeof value === 'object' && typeof value.en === 'string' && value.en !== value.th) {
        texts.push(value.en);
        thaiTexts.push(value.th);
      }
      return value;
    });
    // A name the Thai texts themselves keep in English (a site called "APEC 2022
    // Thailand" in a source's Thai label) is not a leftover.
    const keptInThai = (en) => thaiTexts.some((th) => th?.includes(en));
    for (const en of texts) if (en.length >= 12 && text.includes(en) && !keptInThai(en)) leftovers.push(en);
    assert.deepEqual(leftovers, []);
    assert.ok(text.includes('สัปดาห์การประชุมผู้นำเขตเศรษฐกิจเอเปค'));
  });
});

test('an old-style ?lang=th link shows the Thai page without anything moving', async () => {
  const context = await t.browser.newContext({ viewport: { width: 375, height: 812 } });
  await context.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  try {
    const page = await context.newPage();
    await page.goto(`${t.server.origin}/?lang=th`);
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    // Shifts are reported after the frame that makes them: wait for frames, and the task
    // that delivers the observer's entries.
    await frames(page, 3);
    await nextTask(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'th');
    assert.deepEqual(await page.evaluate(() => window.shifts), [], 'no layout shift');
  } finally {
    await context.close();
  }
});

test('the browser language is the default, and ?lang= wins over it', async () => {
  await at('', async (page) => {
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'th');
    assert.equal(await page.locator('h1').innerText(), data.week.title.th);
  }, { locale: 'th-TH' });
  await at('?lang=en', async (page) => {
    assert.equal(await page.locator('h1').innerText(), data.week.title.en);
  }, { locale: 'th-TH' });
});

test('switching language keeps the section and the filters, and share links follow', async () => {
  await at('?track=leaders#leaders-retreat-1', async (page, context) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.server.origin });
    const shown = await page.locator('details.event:visible').count();
    await page.getByRole('link', { name: 'ภาษาไทย' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'th');
    assert.equal(await page.evaluate(() => location.pathname + location.search + location.hash), '/th/?track=leaders#leaders-retreat-1');
    await page.waitForFunction(() => document.activeElement?.id === 'leaders-retreat-1-heading');
    assert.equal(await page.locator('details.event:visible').count(), shown);
    assert.equal(await page.locator('h1').innerText(), data.week.title.th);
    assert.match(await page.title(), /^เปิดการประชุมผู้นำเขตเศรษฐกิจเอเปค ครั้งที่ 29/);
    await page.getByRole('button', { name: /^คัดลอกลิงก์ไปยัง เปิดการประชุมผู้นำ/ }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, `${t.server.origin}/share/leaders-retreat-1.th.html`);
    await page.goto(copied);
    await page.waitForURL(`${t.server.origin}/th/#leaders-retreat-1`);
    await page.waitForSelector('html.app-ready', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'th');
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en' && location.pathname === '/' && location.search === '?lang=en');
  });
});

/** The week's parts on the page now: placeholders left for later, days, cards, languages. */
const parts = () => ({
  later: document.querySelectorAll('#app .later').length,
  days: [...document.querySelectorAll('#app section.day')].map((d) => d.id),
  cards: document.querySelectorAll('#app article.card').length,
  appLang: document.getElementById('app').getAttribute('lang'),
  htmlLang: document.documentElement.lang,
  h1: document.querySelector('#app h1').textContent,
  firstDay: document.querySelector('#app section.day h2 time')?.textContent ?? null,
});

test('a language switch paints the top of the page first, then builds the days and cards', async () => {
  await at('', async (page) => {
    // What the first frame after the click holds, and how many tasks the rest takes.
    await page.evaluate((source) => {
      const parts = new Function(`return (${source})()`);
      document.addEventListener('click', (ev) => {
        if (!ev.target.closest('.lang-switch')) return;
        requestAnimationFrame(() => { window.firstFrame = parts(); });
      }, true);
    }, parts.toString());
    await page.getByRole('link', { name: 'ภาษาไทย' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'th');
    const first = await page.evaluate(() => window.firstFrame);
    assert.equal(first.h1, data.week.title.th, 'the masthead is Thai in the first frame');
    assert.equal(first.appLang, 'th', 'the new view says its language from its first frame');
    // Every day and card waits (the browser may run one task before that frame's
    // animation callbacks: one part may be in).
    const total = data.days.length + data.priorities.length;
    assert.ok(first.later >= total - 1, `${first.later} of ${total} parts wait`);
    assert.ok(first.days.length <= 1);
    const done = await page.evaluate(parts);
    assert.equal(done.later, 0, 'no placeholder is left');
    assert.deepEqual(done.days, data.days.map((d) => `day-${d.date}`));
    assert.equal(done.cards, data.priorities.length);
    assert.equal(done.appLang, null, 'the page says its language once, on <html>');
    assert.match(done.firstDay, /[\u0E00-\u0E7F]/, 'the days are Thai');
  });
});

test('a second switch while the first is still building wins, and leaves nothing of the first', async () => {
  await at('', async (page) => {
    const english = await page.evaluate(parts);
    // Back to English from the task after the Thai view's first frame, while its days are
    // still being built.
    await page.evaluate(() => new Promise((done) => {
      document.querySelector('.lang-switch').click();
      requestAnimationFrame(() => setTimeout(() => {
        window.midway = document.querySelectorAll('#app .later').length;
        document.querySelector('.lang-switch').click();
        done();
      }, 0));
    }));
    assert.ok(await page.evaluate(() => window.midway) > 0, 'the second click came midway');
    await page.waitForFunction(() => !document.querySelector('#app .later, #app[lang]'));
    await nextTask(page);
    const after = await page.evaluate(parts);
    assert.deepEqual(after, english);
    // Every title is the English one, none left from the Thai build.
    const titles = await page.locator('#app .event-title').evaluateAll((hs) => hs.map((h) => h.textContent.trim()));
    assert.equal(titles.length, data.events.length);
    assert.ok(titles.every((title) => !/[\u0E00-\u0E7F]/.test(title)), 'no Thai title is left');
  });
});

test('dates match the browser\'s Intl in both languages, Buddhist era in Thai', async () => {
  for (const [lang, locale] of [['en', 'en-GB'], ['th', 'th-TH']]) {
    await at(`?lang=${lang}`, async (page) => {
      for (const day of data.days) {
        const [shown, intl] = await page.evaluate(([date, locale]) => [
          document.querySelector(`#day-${date} h2 time`).textContent,
          new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Asia/Bangkok' })
            .format(new Date(`${date}T12:00:00+07:00`)),
        ], [day.date, locale]);
        assert.equal(shown, intl, `${lang} ${day.date}`);
      }
    });
  }
  await at('th/', async (page) => {
    assert.match(await page.locator('#day-2022-11-16 h2').innerText(), /2565$/);
    assert.match(await page.locator('.overview-day').nth(2).innerText(), /16 พ\.ย\./);
  });
});

/** The event `id` of the built data file. */
const event = (id) => data.events.find((e) => e.id === id);
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/**
 * How a reader `hours` from UTC sees the event `id`'s start, worked out here from the data
 * (its summit-zone date and time, and the data's offset) rather than written in, so an
 * editor's release that moves the time moves what is expected. Neither zone below
 * changes its clock that week.
 */
const readerTime = (id, hours) => {
  const { date, start } = event(id);
  const at = new Date(Date.parse(`${date}T${start}:00${data.week.utc_offset}`) + hours * 3600e3);
  const hhmm = [at.getUTCHours(), at.getUTCMinutes()].map((n) => String(n).padStart(2, '0')).join(':');
  const day = `${WEEKDAYS[at.getUTCDay()]} ${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]}`;
  return `${day}, ${hhmm} GMT${hours < 0 ? '-' : '+'}${Math.abs(hours)}`;
};
const summitTime = (id) => `${event(id).start} ${data.week.zone_abbr}`;
// An approximate time: it says so in any zone.
const approximate = data.events.find((e) => e.start && e.approximate).id;

for (const [timezoneId, hours] of [['America/New_York', -5], ['Asia/Tokyo', 9]]) {
  test(`in ${timezoneId}: Bangkok time by default, converted on request, days unchanged`, async () => {
    await at('', async (page) => {
      const time = (id) => page.locator(`[id="${id}"] .event-time time`).innerText();
      assert.equal(await time('leaders-retreat-1'), summitTime('leaders-retreat-1'));
      assert.equal(await time('royal-audience'), summitTime('royal-audience'));
      await page.getByRole('button', { name: 'Show times in my time zone' }).click();
      await page.waitForFunction(() => location.search === '?tz=local');
      assert.equal(await time('leaders-retreat-1'), readerTime('leaders-retreat-1', hours));
      assert.equal(await time('royal-audience'), readerTime('royal-audience', hours));
      assert.match(await time(approximate), /^About /);
      assert.ok((await page.locator('.tz-note').innerText()).includes(timezoneId));
      // The event stays under its Bangkok day.
      assert.equal(await page.locator(`#day-${event('leaders-retreat-1').date} [id="leaders-retreat-1"]`).count(), 1);
      await page.reload();
      await page.waitForSelector('html.app-ready', { state: 'attached' });
      assert.equal(await time('leaders-retreat-1'), readerTime('leaders-retreat-1', hours));
      await page.getByRole('button', { name: 'Show Bangkok time (ICT)' }).click();
      assert.equal(await time('leaders-retreat-1'), summitTime('leaders-retreat-1'));
    }, { timezoneId });
  });
}

test('a keyboard-only walk reaches every control, in order, without a trap', async () => {
  await at('', async (page) => {
    const expected = await page.evaluate(() => {
      const selector = 'a[href], button:not([disabled]), input:not([disabled]), textarea, select, summary, [tabindex]:not([tabindex="-1"])';
      return [...document.querySelectorAll(selector)]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('details:not([open]) > :not(summary)'))
        .map((el, i) => { el.dataset.walk = String(i); return i; });
    });
    const reached = [];
    for (let i = 0; i < expected.length + 5; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.dataset.walk ?? null);
      if (focused === null) break;
      reached.push(Number(focused));
    }
    assert.deepEqual(reached, expected);
  });
});

test('printing shows the whole week and cards without any button, with source URLs', async () => {
  await at('?track=media', async (page) => {
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('button:visible').count(), 0);
    assert.equal(await page.locator('.filters:visible, .share:visible, .tz-bar:visible').count(), 0);
    assert.equal(await page.locator('details.event:visible').count(), data.events.length, 'filters do not hide events on paper');
    assert.equal(await page.locator('article.card:visible').count(), 3);
    assert.equal(await page.locator('.day-none:visible, .day-count:visible').count(), 0, 'no filter wording on paper');
    const after = await page.locator('#gala-dinner .sources a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    assert.match(after, /^" \(" attr\(href\) "\)"$|^" \(https:/);
    assert.ok(await page.locator('#gala-dinner .sources a').first().isVisible(), 'sources are open for print');
  });
});
