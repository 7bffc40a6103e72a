// `make shots`: screenshots of the release build for a person to look at, at phone and
// desktop widths, in English and Thai: the top of the page with every row closed, the
// busiest day with one event open, the embed's one day, and "now" on a phone at a
// `?now=` moment. Into tests/output/; the two the README opens with are also written to
// docs/, and the "now" ones to docs/live/.
import { mkdir, copyFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './e2e/server.mjs';
import { launch, openPage } from './e2e/browser.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const OUTPUT = fileURLToPath(new URL('./output/', import.meta.url));
const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
const EVENT = process.env.EVENT ?? 'leaders-retreat-1';
// The busiest day, which the embed must still fit in 1,000 px.
const DAY = process.env.DAY ?? 'day-2022-11-18';

await mkdir(OUTPUT, { recursive: true });
await mkdir(DOCS, { recursive: true });
const server = await serve(DIST);
const browser = await launch();
const shot = async (page, name, options = {}) => {
  await page.evaluate(() => document.fonts.ready);
  const path = `${OUTPUT}shot-${name}.png`;
  await page.screenshot({ path, ...options });
  console.log(path);
  return path;
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
      if (`${name}` === '1280-en') await copyFile(event, `${DOCS}timeline-1280-en.png`);
      await context.close();
      ({ context, page } = await open(`${home}embed/#${DAY}`));
      const embed = await shot(page, `${name}-embed`, { fullPage: true });
      if (`${name}` === '375-th') await copyFile(embed, `${DOCS}embed-375-th.png`);
      await context.close();
      // "Now" during the week (a `?now=` moment inside the one event with an end), on a
      // phone, for docs/live.md.
      ({ context, page } = await open(`${home}?now=2022-11-17T12:00`));
      await page.waitForSelector('[aria-current="time"]');
      if (viewport.width === 375) {
        const now = await shot(page, `${name}-now`);
        await mkdir(`${DOCS}live/`, { recursive: true });
        await copyFile(now, `${DOCS}live/now-${lang}-375.png`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
