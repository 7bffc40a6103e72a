// The language switch, measured in headless Chromium at full speed and with the CPU
// slowed 4× (CDP `Emulation.setCPUThrottlingRate`, as on a cheap phone).
//
// Each switch is a real click on `.lang-switch` (English ⇄ Thai, alternately), and gives:
// - click to second frame: from the click event's time stamp to the second animation
//   frame after it, when the first frame with the new language has been produced;
// - the main thread's work for the switch, from a trace, until the page has settled (the
//   old view is disposed and focus is back, a task or two later): scripting, style,
//   layout, paint and other, as DevTools counts them (see `split`), and its CPU time in
//   all, which the other programs on a shared machine disturb far less than wall time.
//   And the CPU time from the click until the first frame after it is committed: the
//   work the reader waits for, the figure least disturbed by a busy machine. (The CPU
//   throttling makes the thread wait, which its CPU time counts in part.)
//
// `make bench` calls `measureSwitch` on dist/. Run alone, it compares builds,
// interleaved so that the machine's load falls on each alike:
//   node bench/switch.mjs ../dist ../target/dist-before     (SWITCH_ROUNDS, SWITCH_PER_ROUND)
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { serve } from '../e2e/server.mjs';
import { launch } from '../e2e/browser.mjs';

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
export const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]; };
const stats = (xs) => ({ median: median(xs), p95: p95(xs), runs: xs.length });

// What the main thread's trace events are, by name, as DevTools counts them: a nested
// event is its own kind where it has one (a style recalculation forced by a script is
// style), else its parent's; a task's time outside any known event is "other".
const KINDS = [
  [/^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|MinorGC|MajorGC|CompileScript)$|^v8\.|^V8\./, 'scripting'],
  [/^(UpdateLayoutTree|ParseAuthorStyleSheet|Blink\.Style\.UpdateTime)$/, 'style'],
  [/^(Layout|Blink\.Layout\.UpdateTime)$/, 'layout'],
  [/^(PrePaint|Paint|Layerize|Commit|PaintImage|Decode Image|UpdateLayer)$|^Blink\.(Paint|PrePaint|CompositingInputs)\./, 'paint'],
];
const kindOf = (name) => KINDS.find(([re]) => re.test(name))?.[1];
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];

/**
 * The renderer main thread's time in a trace, by kind: the wall time (`dur`, what the
 * reader waits, slowed down by the CPU throttling) and the thread's CPU time (`tdur`,
 * which other programs on a shared machine hardly change), in milliseconds.
 */
export function split(trace) {
  const events = JSON.parse(trace).traceEvents;
  const threads = events.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const count = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid).length;
  const main = threads.sort((a, b) => count(b) - count(a))[0];
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const wall = { scripting: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const cpu = { ...wall };
  // The first frame after the click: its end is the end of the first commit after it.
  const click = own.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  const commit = click && own.find((e) => e.name === 'Commit' && e.ts > click.ts);
  let cpuToFrame = 0;
  const stack = [];
  for (const e of own) {
    while (stack.length && stack.at(-1).e.ts + stack.at(-1).e.dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    // The tasks from the one with the click to the one that commits its frame.
    if (!parent && commit && e.ts + e.dur >= click.ts && e.ts <= commit.ts) cpuToFrame += (e.tdur ?? e.dur) / 1000;
    const kind = kindOf(e.name) ?? parent?.kind ?? 'other';
    // Self time: the event's own, less its children's (taken off as they come).
    wall[kind] += e.dur / 1000;
    cpu[kind] += (e.tdur ?? e.dur) / 1000;
    if (parent) {
      wall[parent.kind] -= e.dur / 1000;
      cpu[parent.kind] -= (e.tdur ?? e.dur) / 1000;
    }
    stack.push({ e, kind });
  }
  return { wall, cpu, cpuToFrame };
}

/** Waits for two animation frames, then two tasks: the switch's last work is done. */
const settle = (page) => page.evaluate(() => new Promise((done) => {
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => setTimeout(done, 0), 0)));
}));

/**
 * `count` switches on one fresh page of `origin` at CPU slowdown `rate`: for each, the
 * click-to-second-frame time and the main thread's scripting, style, layout, paint and
 * other work until the page has settled, in milliseconds (see `split`).
 */
export async function switchOnce(browser, origin, { rate = 1, count = 4, path = '/' } = {}) {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(`${origin}${path}`);
    await page.waitForSelector('html.app-ready', { state: 'attached', timeout: 60_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await page.evaluate(() => {
      window.switchFrames = [];
      // Capture phase: before the app's own handler, which does the switch.
      document.addEventListener('click', (ev) => {
        if (!ev.target.closest?.('.lang-switch')) return;
        const clicked = ev.timeStamp;
        requestAnimationFrame(() => requestAnimationFrame(() => {
          window.switchFrames.push(performance.now() - clicked);
        }));
      }, true);
    });
    await settle(page);
    const out = [];
    for (let i = 0; i < count; i++) {
      const lang = await page.evaluate(() => document.documentElement.lang);
      // A plain mouse click where the switch is: Playwright's own checks before a
      // `locator.click()` (hit tests, scrolling) would count as the page's work.
      const box = await page.locator('.lang-switch').first().boundingBox();
      await browser.startTracing(page, { categories: CATEGORIES });
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction(([l, n]) => document.documentElement.lang !== l && window.switchFrames.length === n, [lang, i + 1], { polling: 100 });
      await settle(page);
      const { wall, cpu, cpuToFrame } = split((await browser.stopTracing()).toString());
      out.push({
        to: lang === 'en' ? 'th' : 'en',
        clickToFrame: await page.evaluate((n) => window.switchFrames[n], i),
        ...wall,
        cpu: Object.values(cpu).reduce((a, b) => a + b, 0),
        cpuToFrame,
      });
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return out;
  } finally {
    await context.close();
  }
}

/** Median and p95 of each figure over `switches`. */
export function summarise(switches) {
  const keys = ['clickToFrame', 'cpuToFrame', 'scripting', 'style', 'layout', 'paint', 'other', 'cpu'];
  return Object.fromEntries(keys.map((k) => [k, stats(switches.map((s) => s[k]))]));
}

/** `rounds` fresh pages of `count` switches each, at CPU slowdown `rate`, summarised. */
export async function measureSwitch(browser, origin, { rate = 1, rounds = 5, count = 4 } = {}) {
  const all = [];
  for (let r = 0; r < rounds; r++) all.push(...await switchOnce(browser, origin, { rate, count }));
  return summarise(all);
}

/** A table of summaries: one row per build and rate. */
export function table(rows) {
  const f = (s) => `${s.median.toFixed(1)} / ${s.p95.toFixed(1)}`;
  return [
    '| Build | CPU | Click to 2nd frame | CPU to 1st frame | Scripting | Style | Layout | Paint | Other | CPU time |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(({ name, rate, s }) => `| ${name} | ${rate}× | ${['clickToFrame', 'cpuToFrame', 'scripting', 'style', 'layout', 'paint', 'other', 'cpu'].map((k) => f(s[k])).join(' | ')} |`),
    '',
    `Milliseconds, median / p95 over ${rows[0]?.s.clickToFrame.runs ?? 0} switches (English ⇄ Thai alternately):`,
    'the main thread\'s CPU time from the click to the commit of the first frame after it; its',
    'wall time by kind until the page has settled, and its CPU time in all.',
  ].join('\n');
}

// Run alone: compare the builds named on the command line, interleaved.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2);
  if (!dirs.length) dirs.push(fileURLToPath(new URL('../../dist/', import.meta.url)));
  const rounds = Number(process.env.SWITCH_ROUNDS ?? 5);
  const count = Number(process.env.SWITCH_PER_ROUND ?? 4);
  const rates = (process.env.SWITCH_RATES ?? '1,4').split(',').map(Number);
  const servers = await Promise.all(dirs.map((d) => serve(resolve(d))));
  const browser = await launch();
  try {
    const got = new Map();
    for (let r = 0; r < rounds; r++) {
      for (const rate of rates) {
        for (const [i, server] of servers.entries()) {
          const key = `${i}@${rate}`;
          got.set(key, [...(got.get(key) ?? []), ...await switchOnce(browser, server.origin, { rate, count })]);
        }
      }
    }
    const rows = [];
    for (const rate of rates) {
      for (const [i, dir] of dirs.entries()) rows.push({ name: dir, rate, s: summarise(got.get(`${i}@${rate}`)) });
    }
    console.log(table(rows));
    if (process.env.SWITCH_JSON) {
      const { writeFile } = await import('node:fs/promises');
      await writeFile(process.env.SWITCH_JSON, JSON.stringify(Object.fromEntries(got), null, 1));
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
}
