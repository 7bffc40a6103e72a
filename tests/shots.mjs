// `make shots`: screenshots of the release build for a person to look at, at phone and
// desktop widths, in English and Thai: the top of the page with every row closed, the
// busiest day with one event open, the embed's one day, and "now" on a phone at a
// `?now=` moment. Any summit's (`make shots DATA=…`): the ids and the moment come from
// the data file the build copied into dist/data/. Into tests/output/<data file>/; with
// DOCS=1 (`make shots DOCS=1`), the two the README opens with are also written to docs/,
// and the "now" ones to docs/live/.
import { mkdir, copyFile, readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { serve } from './e2e/server.mjs';
import { launch, openPage } from './e2e/browser.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const DOCS = process.env.DOCS === '1' ? fileURLToPath(new URL('../docs/', import.meta.url)) : null;

const [file] = (await readdir(`${DIST}data`)).filter((f) => f.endsWith('.json'));
const data = JSON.parse(await readFile(`${DIST}data/${file}`, 'utf8'));
const OUTPUT = fileURLToPath(new URL(`./output/${file.replace(/\.json$/, '')}/`, import.meta.url));

// The busiest day (the first of those with the most events), which the embed must
// still fit in 1,000 px.
const count = (date) => data.events.filter((e) => e.date === date).length;
const busiest = data.days.map((d) => d.date).reduce((a, b) => (count(b) > count(a) ? b : a));
const DAY = process.env.DAY ?? `day-${busiest}`;
// Its first event with a clock time and a card it advanced (else its first), opened.
const onDay = data.events.filter((e) => `day-${e.date}` === DAY);
const EVENT = process.env.EVENT ?? (onDay.find((e) => e.start && e.priorities?.length) ?? onDay[0]).id;
// "Now": half an hour into the first event with an end, as the summit's clock reads it.
const ON = data.events.find((e) => e.start && e.end);
const NOW = (() => {
  if (!ON) return null;
  const [h, m] = ON.start.split(':').map(Number);
  const at = Math.min(h * 60 + m + 30, 23 * 60 + 59);
  const two = (n) => String(n).padStart(2, '0');
  return `${ON.date}T${two(Math.floor(at / 60))}:${two(at % 60)}`;
})();

await mkdir(OUTPUT, { recursive: true });
const server = await serve(DIST);
const browser = await launch();
const shot = async (page, name, options = {}) => {
  await page.evaluate(() => document.fonts.ready);
  const path = `${OUTPUT}shot-${name}.png`;
  await page.screenshot({ path, ...options });
  console.log(path);
  return path;
};
const toDocs = async (path, name) => {
  if (!DOCS) return;
  await mkdir(dirname(`${DOCS}${name}`), { recursive: true });
  await copyFile(path, `${DOCS}${name}`);
  console.log(`${DOCS}${name}`);
};
try {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    for (const lang of ['en', 'th']) {
      const name = `${viewport.width}-${lang}`;
      const open = (path) => openPage(browser, `${server.origin}/${path}`, { viewport, reducedMotion: 'reduce' });
      const home = lang === 'th' ? 'th/' : '';
      let { context, page } = await open(home);
      await shot(page, `${name}-top`);
      await context.close();
      // One event open, seen from the top of its day.
      ({ context, page } = await open(`${home}#${EVENT}`));
      await page.waitForFunction((id) => document.getElementById(id)?.open, EVENT);
      // As a reader who clicked it sees it: no keyboard focus ring.
      await page.evaluate((day) => { document.activeElement?.blur(); document.getElementById(day).scrollIntoView(); }, DAY);
      const event = await shot(page, `${name}-event`);
      if (name === '1280-en') await toDocs(event, 'timeline-1280-en.png');
      await context.close();
      ({ context, page } = await open(`${home}embed/#${DAY}`));
      const embed = await shot(page, `${name}-embed`, { fullPage: true });
      if (name === '375-th') await toDocs(embed, 'embed-375-th.png');
      await context.close();
      // "Now" during the week (a `?now=` moment inside the first event with an end), on
      // a phone, for docs/live.md.
      if (NOW && viewport.width === 375) {
        ({ context, page } = await open(`${home}?now=${NOW}`));
        await page.waitForSelector('[aria-current="time"]');
        const now = await shot(page, `${name}-now`);
        await toDocs(now, `live/now-${lang}-375.png`);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
