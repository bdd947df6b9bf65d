/*
 * Storefront tracker of the Personalization plugin for nopCommerce.
 * Sends what the server cannot see (clicks on marked elements, form submits, video plays and completions,
 * scroll depth, time on page, custom events) in small batches to the store's own endpoint.
 *   <a data-pz-track="free-shipping-banner">   a click is recorded with this label
 *   <form data-pz-track="quote-request">       a submit is recorded with this label
 *   <video data-pz-label="Caulking basics">    play and watched-to-the-end are recorded with this label
 *   <div data-pz-slot="3" data-pz-strategy="AlsoBought"><div data-pz-product="17">...
 *                                              a click on the product is recorded as "recommendation-AlsoBought",
 *                                              its add-to-cart button as "recommendation-cart-AlsoBought",
 *                                              both with the product as entity and the slot as value
 *   window.nopPersonalization.track("watched informational caulking video", { topic: "caulk" })
 * No customer id is ever sent: the server knows who the visitor is.
 */
(function (window, document) {
  "use strict";
  if (window.nopPersonalization) return;

  var script = document.currentScript;
  var endpoint = (script && script.getAttribute("data-endpoint")) || "/personalization/track";
  var MAX_BATCH = 50, FLUSH_AFTER_MS = 5000, MAX_LABEL = 200;
  var queue = [], timer = null;

  function text(value) {
    if (value == null) return null;
    value = String(value).replace(/\s+/g, " ").trim();
    return value ? value.slice(0, MAX_LABEL) : null;
  }

  function send(events) {
    var body = JSON.stringify({ events: events });
    if (navigator.sendBeacon && navigator.sendBeacon(endpoint, new Blob([body], { type: "application/json" }))) return;
    if (window.fetch) window.fetch(endpoint, { method: "POST", body: body, credentials: "same-origin", keepalive: true, headers: { "Content-Type": "application/json" } });
  }

  function flush() {
    if (timer) { clearTimeout(timer); timer = null; }
    while (queue.length) send(queue.splice(0, MAX_BATCH));
  }

  function push(name, label, value, properties, entityId) {
    var item = { name: name, url: location.pathname, ts: Date.now() };
    if (label) item.label = label;
    if (typeof value === "number" && isFinite(value)) item.value = value;
    if (entityId > 0) item.entityId = entityId;
    if (properties) item.properties = properties;
    queue.push(item);
    if (queue.length >= MAX_BATCH) flush();
    else if (!timer) timer = setTimeout(flush, FLUSH_AFTER_MS);
  }

  function cleanProperties(properties) {
    if (!properties || typeof properties !== "object") return null;
    var clean = {}, count = 0;
    for (var key in properties) {
      if (!Object.prototype.hasOwnProperty.call(properties, key) || count >= 16) continue;
      var value = properties[key];
      if (typeof value === "number" || typeof value === "boolean") clean[key] = value;
      else if (value != null) clean[key] = text(value);
      else continue;
      count++;
    }
    return count ? clean : null;
  }

  //a product in a recommendation slot: which slot and strategy showed it, and whether it went to the cart from there
  function slotClick(target) {
    var product = target.closest("[data-pz-product]");
    var slot = product && product.closest("[data-pz-slot]");
    if (!slot) return false;
    var productId = parseInt(product.getAttribute("data-pz-product"), 10), slotId = parseInt(slot.getAttribute("data-pz-slot"), 10);
    var strategy = text(slot.getAttribute("data-pz-strategy"));
    if (!(productId > 0) || !(slotId > 0) || !strategy) return false;
    var toCart = !!target.closest(".product-box-add-to-cart-button, [data-pz-add-to-cart]");
    push("click", (toCart ? "recommendation-cart-" : "recommendation-") + strategy, slotId, null, productId);
    //the page may leave at once (a product link): send now rather than on the timer
    flush();
    return true;
  }

  document.addEventListener("click", function (e) {
    if (!e.target || !e.target.closest) return;
    if (slotClick(e.target)) return;
    var element = e.target.closest("[data-pz-track]");
    if (element && element.tagName !== "FORM") push("click", text(element.getAttribute("data-pz-track")));
  }, true);

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form && form.hasAttribute && form.hasAttribute("data-pz-track")) {
      push("form_submit", text(form.getAttribute("data-pz-track")));
      flush();
    }
  }, true);

  function videoLabel(video) {
    return text(video.getAttribute("data-pz-label") || video.getAttribute("title") || video.currentSrc || video.getAttribute("src"));
  }
  document.addEventListener("play", function (e) {
    if (e.target && e.target.tagName === "VIDEO" && !e.target.__pzPlayed) { e.target.__pzPlayed = true; push("video_play", videoLabel(e.target)); }
  }, true);
  document.addEventListener("ended", function (e) {
    if (e.target && e.target.tagName === "VIDEO") { push("video_complete", videoLabel(e.target)); flush(); }
  }, true);

  var reported = {};
  window.addEventListener("scroll", function () {
    var doc = document.documentElement;
    var scrollable = doc.scrollHeight - window.innerHeight;
    var percent = scrollable <= 0 ? 100 : Math.min(100, Math.round(100 * window.scrollY / scrollable));
    [25, 50, 75, 100].forEach(function (mark) {
      if (percent >= mark && !reported[mark]) { reported[mark] = true; push("scroll_depth", null, mark); }
    });
  }, { passive: true });

  //time on page counts visible time only
  var visibleSince = document.visibilityState === "visible" ? Date.now() : null, visibleMs = 0, timeSent = false;
  function pageHidden() {
    if (visibleSince) { visibleMs += Date.now() - visibleSince; visibleSince = null; }
    if (!timeSent && visibleMs >= 1000) { timeSent = true; push("time_on_page", null, Math.min(86400, Math.round(visibleMs / 1000))); }
    flush();
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") pageHidden();
    else if (!visibleSince) visibleSince = Date.now();
  });
  window.addEventListener("pagehide", pageHidden);

  window.nopPersonalization = {
    track: function (name, properties) {
      var label = text(name);
      if (label) push("custom", label, null, cleanProperties(properties));
    },
    flush: flush
  };
})(window, document);
