// Keeps the live part of a console page up to date (the overview: stations, cases by status,
// deadlines, alerts) while stations sync. Every 5 s it asks the server for that part again,
// with the session cookie, and swaps it in when it changed. Nothing is built here from data:
// the server renders and escapes the part exactly as it does the whole page.
"use strict";
(function () {
  const live = document.querySelector("[data-live]");
  if (!live) return;
  const url = live.getAttribute("data-live");
  const stale = document.getElementById("live-stale");
  let last = null;
  let busy = false;

  async function refresh() {
    if (busy || document.hidden) return;
    busy = true;
    try {
      const r = await fetch(url, { credentials: "same-origin", cache: "no-store", redirect: "error" });
      if (!r.ok) throw new Error(String(r.status));
      const html = await r.text();
      if (html !== last) {
        live.innerHTML = html;
        last = html;
      }
      if (stale) stale.hidden = true;
    } catch (e) {
      // Signed out, or the relay cannot be reached: say the figures may be old.
      if (stale) stale.hidden = false;
    } finally {
      busy = false;
    }
  }

  setInterval(refresh, 5000);
  document.addEventListener("visibilitychange", refresh);
})();
