// Starts the WebAssembly app. Trunk's default loader is an inline script, which a strict
// Content Security Policy forbids; this external file replaces it (Trunk.toml's
// pattern_script leaves only a data-only <meta> with the hashed file names). The app's
// files are fetched only once the prerendered week has painted, each checked against the
// hash the build recorded in a <meta name="app-integrity">; if anything fails, the week
// stays readable and a short note says the interactive parts are missing.
const showProblem = (error) => {
  console.error('The app could not start:', error);
  document.documentElement.classList.add('app-failed');
  const box = document.getElementById('app-problem');
  box?.removeAttribute('hidden');
  box?.querySelector('[data-problem="no-wasm"]')?.removeAttribute('hidden');
};

// The week's first paint, or a second at most (a hidden tab may never paint).
const firstPaint = () => new Promise((painted) => {
  setTimeout(painted, 1000);
  try {
    new PerformanceObserver((entries, observer) => {
      if (entries.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        painted();
      }
    }).observe({ type: 'paint', buffered: true });
  } catch {
    painted();
  }
});

try {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  // Leptos's hydration reads these globals, which a server that streams data would fill.
  // This page has nothing to stream: they only have to exist.
  for (const name of ['__RESOLVED_RESOURCES', '__SERIALIZED_ERRORS', '__INCOMPLETE_CHUNKS']) {
    globalThis[name] ??= [];
  }
  const { js, wasm } = document.querySelector('meta[name="wasm-app"]').dataset;
  const sri = (url) => {
    const hash = document.querySelector(`meta[name="app-integrity"][data-href="${url}"]`)?.content;
    if (!hash) throw new Error(`${url}: no integrity hash in the page`);
    return hash;
  };
  const [jsHash, wasmHash] = [sri(js), sri(wasm)];
  await firstPaint();
  // A module preload is the way to hold an imported module to a hash: import() then
  // takes the checked copy from the module map, and fails if the check failed.
  const glue = new Promise((loaded, failed) => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'modulepreload', href: js, integrity: jsHash, crossOrigin: 'anonymous',
    });
    link.onload = loaded;
    link.onerror = () => failed(new Error(`${js}: not loaded, or not the file the build hashed`));
    document.head.append(link);
  });
  const module = fetch(wasm, { integrity: wasmHash });
  module.catch(() => {}); // Awaited below; only the first failure is reported.
  await glue;
  // import() resolves a relative URL against this module, not the page, which may sit
  // in a folder of its own (th/, embed/): resolve it against the page, as the preload did.
  const bindings = await import(new URL(js, document.baseURI).href);
  const response = await module;
  if (!response.ok) throw new Error(`${wasm}: HTTP ${response.status}`);
  const out = await bindings.default({ module_or_path: response });
  // Only the browser tests' build exports debug_panic; only there are the bindings global.
  if ('debug_panic' in bindings) window.wasmBindings = bindings;
  // The app itself adds html.app-ready once it has taken over the page.
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: out } }));
} catch (error) {
  showProblem(error);
}
