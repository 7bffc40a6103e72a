// `make shots`: viewport screenshots of the release build at phone and desktop widths,
// at the top and at a few sections, into tests/output/ for a person to look at.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { serve } from './e2e/server.mjs';
import { launch, openPage } from './e2e/browser.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const OUTPUT = fileURLToPath(new URL('./output/', import.meta.url));
const SECTIONS = (process.env.SECTIONS ?? 'top,day-2022-11-18,leaders-declaration-bangkok-goals,priority-balance').split(',');

await mkdir(OUTPUT, { recursive: true });
const server = await serve(DIST);
const browser = await launch();
try {
  for (const viewport of [{ width: 375, height: 812 }, { width: 1280, height: 800 }]) {
    const { context, page } = await openPage(browser, `${server.origin}/`, { viewport, reducedMotion: 'reduce' });
    for (const section of SECTIONS) {
      if (section !== 'top') await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), section);
      const path = `${OUTPUT}shot-${viewport.width}-${section}.png`;
      await page.screenshot({ path });
      console.log(path);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
