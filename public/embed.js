/*
 * The summit timeline: optional helper for host pages that embed the timeline (no dependencies).
 * - Sizes every <iframe data-aelw-embed> to its content, from the frame's own messages;
 *   messages from any other window, or from another origin than the frame's, are ignored.
 * - Passes the host page's fragment through: a host URL ending in #aelw-<section> opens
 *   the frame at that section.
 * - For frames with data-aelw-mirror, mirrors the open section into the host page's URL
 *   as #aelw-<section> (with replaceState, so Back is not flooded).
 * Without this script the frame keeps its height attribute and scrolls inside.
 */
(function () {
  'use strict';
  var PREFIX = '#aelw-';
  var SECTION = /^[a-z0-9]+(-[a-z0-9]+)*$/;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-aelw-embed]'));
  }
  function originOf(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }

  var wanted = location.hash.indexOf(PREFIX) === 0 ? location.hash.slice(PREFIX.length) : '';
  if (SECTION.test(wanted)) {
    frames().forEach(function (frame) {
      var url = new URL(frame.src, location.href);
      if (url.hash !== '#' + wanted) { url.hash = wanted; frame.src = url.href; }
    });
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'aelw:resize') return;
    var frame = frames().filter(function (f) { return f.contentWindow === event.source; })[0];
    if (!frame || event.origin !== originOf(frame)) return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 50 || height > 500000) return;
    frame.style.height = Math.ceil(height) + 'px';
    if (!frame.hasAttribute('data-aelw-mirror')) return;
    if (typeof data.section === 'string' && SECTION.test(data.section)) {
      if (location.hash !== PREFIX + data.section) history.replaceState(history.state, '', PREFIX + data.section);
    } else if (data.section === null && location.hash.indexOf(PREFIX) === 0) {
      // Only ever clear our own fragment, never one the host page set for itself.
      history.replaceState(history.state, '', location.pathname + location.search);
    }
  });
})();
