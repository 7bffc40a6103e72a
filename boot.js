// Starts the WebAssembly app. Trunk's default loader is an inline script, which a strict
// Content Security Policy forbids; this external file replaces it (Trunk.toml's
// pattern_script leaves only a data-only <meta> with the hashed file names). It also
// enforces subresource integrity for the JS glue and the .wasm, which trunk's preload
// links alone do not, and it keeps the prerendered week readable if anything fails.
const showProblem = (error) => {
  console.error('The app could not start:', error);
  document.documentElement.classList.add('app-failed');
  const box = document.getElementById('app-problem');
  box?.removeAttribute('hidden');
  box?.querySelector('[data-problem="no-wasm"]')?.removeAttribute('hidden');
};

try {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  // Leptos's hydration reads these globals, which a server that streams data would fill.
  // This page has nothing to stream: they only have to exist.
  for (const name of ['__RESOLVED_RESOURCES', '__SERIALIZED_ERRORS', '__INCOMPLETE_CHUNKS']) {
    globalThis[name] ??= [];
  }
  const { js, wasm } = document.querySelector('meta[name="wasm-app"]').dataset;
  const sri = (url) => document.querySelector(`meta[name="app-integrity"][data-href="${url}"]`)?.content ?? '';
  // The week is prerendered: let it paint before the app's files compete with it for a
  // slow connection (no preload links; a hidden tab still starts within a second).
  await new Promise((painted) => {
    requestAnimationFrame(() => setTimeout(painted, 0));
    setTimeout(painted, 1000);
  });
  const glue = await fetch(js, { integrity: sri(js) });
  if (!glue.ok) throw new Error(`${js}: HTTP ${glue.status}`);
  const bindings = await import(js);
  const module = await fetch(wasm, { integrity: sri(wasm) });
  if (!module.ok) throw new Error(`${wasm}: HTTP ${module.status}`);
  const out = await bindings.default({ module_or_path: module });
  window.wasmBindings = bindings;
  // The app itself adds html.app-ready once it has taken over the page.
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: out } }));
} catch (error) {
  showProblem(error);
}
