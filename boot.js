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
  const { js, wasm } = document.querySelector('meta[name="wasm-app"]').dataset;
  const sri = (url) => document.querySelector(`link[href="${url}"][integrity]`)?.integrity ?? '';
  const glue = await fetch(js, { integrity: sri(js) });
  if (!glue.ok) throw new Error(`${js}: HTTP ${glue.status}`);
  const bindings = await import(js);
  const module = await fetch(wasm, { integrity: sri(wasm) });
  if (!module.ok) throw new Error(`${wasm}: HTTP ${module.status}`);
  const out = await bindings.default({ module_or_path: module });
  window.wasmBindings = bindings;
  document.documentElement.classList.add('app-ready');
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: out } }));
} catch (error) {
  showProblem(error);
}
