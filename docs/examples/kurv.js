/* kurv.js: tells Kurv about checkouts from your storefront. No dependencies, no build step:
 * copy this file into your shop and load it with <script src="/js/kurv.js"></script>.
 *
 *   const kurv = Kurv.init({
 *     endpoint: "https://abc123.execute-api.eu-west-1.amazonaws.com/v1/events", // ApiUrl + /v1/events
 *     key: "kpk_...", // the shop's publishable key (kurv shop show <shop> --show-secrets)
 *   });
 *   kurv.contact(cartId, "ada@example.com", { consent: true, firstName: "Ada", locale: "da" });
 *   kurv.cart(cartId, [{ sku: "MUG-1", name: "Blue mug", quantity: 2, unit_price: "89.00" }], "DKK");
 *   kurv.step(cartId, "payment"); // cart, contact, shipping, payment or review
 *   kurv.send({ type: "payment.failed", cart_id: cartId, reason: "card_declined" });
 *
 * The page's origin (scheme, host and port) must be one of the shop's allowed origins:
 * kurv shop update <shop> --origin https://myshop.example (this replaces the list: give one
 * --origin for every origin the shop uses). Fields are as in docs/api.md; prices are decimal
 * strings ("89.00"; numbers are turned into strings), and unitPrice, imageUrl and firstName
 * may be written so. Every call returns at once a Promise that never rejects: true once Kurv
 * accepted the event, false if it was dropped (why is in the console). Never wait for it
 * before moving on in the checkout. Events go out in order, those of one moment in one
 * request. After a network error, a 429 or a 5xx they are sent again with the same event_id
 * (Kurv ignores a replay), after about 1, 3 and 9 s, then given up. Events not yet sent stay
 * in this tab's sessionStorage (address included) until the next page's Kurv.init sends
 * them. Nothing goes anywhere but Kurv, and no cookies are sent.
 * Options besides endpoint and key: retryDelays (ms, default [1000, 3000, 9000]),
 * timeout (ms a request may take, default 10000), storage (false: no sessionStorage).
 */
(function (window) {
  "use strict";
  const MAX_BATCH = 50; // events a request (Kurv's limit)
  const MAX_QUEUED = 100; // unsent events kept while Kurv cannot be reached
  const RETRIED = ["temporarily_unavailable", "internal_error"]; // an event's error worth a retry
  const clients = {};

  function say(level, text) {
    try { window.console[level]("Kurv: " + text); } catch (ignored) { /* no console */ }
  }
  function needs(call, ok, what) {
    if (!ok) say("warn", call + "(): " + what + "; event dropped");
    return Boolean(ok);
  }
  function describe(error) { // Kurv's error messages never repeat what was sent
    if (!error || typeof error !== "object") return "not an answer from Kurv";
    return [error.code, error.field, error.message].filter(Boolean).join(", ");
  }
  function text(value) { return typeof value === "number" ? String(value) : value; }
  function given(object) { // without the fields left undefined or null
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value != null));
  }
  function newId() {
    try {
      const bytes = window.crypto.getRandomValues(new Uint8Array(16));
      return "kjs-" + Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join("");
    } catch (ignored) {
      return "kjs-" + Date.now().toString(36) + Math.random().toString(36).slice(2);
    }
  }
  function quiet(call) { // a public function: returns a Promise at once, never throws or rejects
    return function () {
      try { return Promise.resolve(call.apply(null, arguments)).catch(() => false); }
      catch (error) { say("warn", "call ignored: " + error); return Promise.resolve(false); }
    };
  }
  const idle = () => Promise.resolve(false);

  function client(options) {
    const delays = Array.isArray(options.retryDelays) ? options.retryDelays : [1000, 3000, 9000];
    const timeout = options.timeout > 0 ? options.timeout : 10000;
    const storeKey = options.storage === false ? null : "kurv:" + options.key;
    const canSend = typeof window.fetch === "function";
    let queue = []; // { event, done }, oldest first; done(accepted) resolves the caller's Promise
    let busy = false;

    function save() {
      try {
        if (!storeKey) return;
        const events = queue.map((entry) => entry.event);
        if (events.length) window.sessionStorage.setItem(storeKey, JSON.stringify(events));
        else window.sessionStorage.removeItem(storeKey);
      } catch (ignored) { /* storage off or full: unsent events last as long as the page */ }
    }
    function settle(entry, accepted) {
      queue = queue.filter((queued) => queued !== entry);
      if (entry.done) entry.done(accepted);
    }

    async function post(batch) { // sends a batch; returns the entries to send again
      const body = JSON.stringify({ events: batch.map((entry) => entry.event) });
      const abort = window.AbortController ? new window.AbortController() : null;
      const timer = abort && setTimeout(() => abort.abort(), timeout);
      let status = 0, answer = null; // 0: no answer (network error, timeout, CORS refused)
      try {
        const reply = await window.fetch(options.endpoint, {
          method: "POST", mode: "cors", credentials: "omit", // no cookies
          keepalive: body.length < 20000, // outlives the page (up to the browser's 64 KB)
          headers: { "Content-Type": "application/json", "Kurv-Key": options.key },
          body: body, signal: abort ? abort.signal : undefined,
        });
        status = reply.status;
        answer = await reply.json().catch(() => null);
      } catch (ignored) { /* retried below */ } finally { clearTimeout(timer); }
      if (!(answer && Array.isArray(answer.rejected))) { // one answer for the whole batch
        if (!status || status === 429 || status >= 500) return batch;
        if (status >= 300) {
          say("warn", batch.length + " event(s) refused (HTTP " + status + "): " + describe(answer && answer.error));
        }
        batch.forEach((entry) => settle(entry, status < 300));
        save();
        return [];
      }
      const again = []; // a batch answered event by event: only the rejected ones are not in
      batch.forEach((entry, index) => {
        const found = answer.rejected.find((rejected) => rejected && rejected.index === index);
        const error = found && (found.error || {});
        if (!found) settle(entry, true);
        else if (RETRIED.includes(error.code)) again.push(entry);
        else { say("warn", entry.event.type + " refused: " + describe(error)); settle(entry, false); }
      });
      save();
      return again;
    }

    function later() {
      Promise.resolve().then(pump).catch((error) => say("warn", "not sent: " + error));
    }
    async function pump() {
      if (busy) return;
      busy = true;
      try {
        while (queue.length) {
          let batch = queue.slice(0, MAX_BATCH);
          for (let attempt = 0; (batch = await post(batch)).length; attempt++) {
            if (attempt >= delays.length) {
              say("warn", "gave up on " + batch.length + " event(s): is Kurv at the endpoint, this origin allowed?");
              batch.forEach((entry) => settle(entry, false));
              save();
              break;
            }
            const pause = delays[attempt] * (0.75 + Math.random() / 2); // jittered
            await new Promise((resume) => setTimeout(resume, pause));
          }
        }
      } finally { busy = false; }
    }

    function send(event) {
      const typed = event && typeof event === "object" && typeof event.type === "string";
      if (!needs("send", typed, "an event needs a type")) return false;
      const cartId = text(event.cart_id);
      if (!needs(event.type, typeof cartId === "string" && cartId !== "", "cart_id is required")) return false;
      if (!canSend) return false; // a browser without fetch: nothing to do
      if (queue.length >= MAX_QUEUED) return needs(event.type, false, "too many events unsent");
      // A copy as it is now (the caller may change its objects later); throws if not JSON.
      const copy = JSON.parse(JSON.stringify(given(Object.assign({}, event, { cart_id: cartId }))));
      copy.event_id = copy.event_id || newId(); // once: a retry is a replay, which Kurv ignores
      return new Promise((done) => {
        queue.push({ event: copy, done: done });
        save();
        later(); // after this moment: the calls made in it share a request
      });
    }
    function cart(cartId, items, currency, locale) {
      if (!needs("cart", Array.isArray(items), "items must be a list")) return false;
      const lines = items.map((item) => (item && typeof item === "object" ? given({
        sku: text(item.sku), name: item.name, quantity: item.quantity,
        unit_price: text(item.unit_price ?? item.unitPrice),
        image_url: item.image_url ?? item.imageUrl, url: item.url,
      }) : item));
      return send({ type: "cart.updated", cart_id: cartId, items: lines, currency, locale });
    }
    function contact(cartId, email, more) {
      more = more || {};
      if (!needs("contact", typeof email === "string", "the email must be a string")) return false;
      if (!needs("contact", typeof more.consent === "boolean", "consent must be true or false")) return false;
      return send({
        type: "checkout.contact", cart_id: cartId, email: email, consent: more.consent,
        first_name: more.firstName ?? more.first_name, locale: more.locale, phone: more.phone,
      });
    }
    function step(cartId, name) {
      return send({ type: "checkout.step", cart_id: cartId, step: name });
    }

    try { // what an earlier page of this tab could not send
      const stored = storeKey ? JSON.parse(window.sessionStorage.getItem(storeKey) || "[]") : [];
      queue = stored.filter((event) => event && typeof event === "object").slice(0, MAX_QUEUED)
        .map((event) => ({ event: event }));
    } catch (ignored) { /* none, or unreadable */ }
    if (queue.length && canSend) later();
    return { send: quiet(send), cart: quiet(cart), contact: quiet(contact), step: quiet(step) };
  }

  function init(options) { // one client per endpoint and key, however often it is called
    try {
      if (options && typeof options.endpoint === "string" && typeof options.key === "string") {
        const name = options.endpoint + " " + options.key;
        return clients[name] || (clients[name] = client(options));
      }
      say("warn", "Kurv.init({ endpoint, key }) needs both; no events will be sent");
    } catch (error) { say("warn", "Kurv.init failed: " + error); }
    return { send: idle, cart: idle, contact: idle, step: idle };
  }

  if (!window.Kurv) window.Kurv = { init: init };
})(window);
