/*
 * Storefront campaign messages of the Personalization plugin for nopCommerce.
 * The server decides which message a page gets and renders it hidden (see docs/theme-developers.md); this script
 * shows it once all its triggers hold (seconds on the page, scroll depth, exit intent), moves focus into it, closes
 * it on Escape or its close button and gives focus back, and reports impression, click and dismiss to the store.
 * Modals open in nopCommerce's magnific-popup when the page has it. An inline block is already in its widget zone: it
 * counts as shown once half of it is on screen, takes no focus, and its close button removes it. No customer id is sent: the server checks the
 * campaign and variant against the visitor's own stored assignment.
 */
(function (window, document) {
  "use strict";
  if (window.nopPersonalizationCampaigns) return;
  window.nopPersonalizationCampaigns = true;

  function report(message, type) {
    var endpoint = message.getAttribute("data-pz-endpoint") || "/personalization/campaign";
    var body = JSON.stringify({
      campaignId: parseInt(message.getAttribute("data-pz-campaign"), 10),
      variantId: parseInt(message.getAttribute("data-pz-variant"), 10),
      type: type
    });
    //a beacon survives the navigation a click starts
    if (navigator.sendBeacon && navigator.sendBeacon(endpoint, new Blob([body], { type: "application/json" }))) return;
    if (window.fetch) window.fetch(endpoint, { method: "POST", body: body, credentials: "same-origin", keepalive: true, headers: { "Content-Type": "application/json" } });
  }

  function popup() {
    var $ = window.jQuery;
    return $ && $.magnificPopup ? $ : null;
  }

  function Message(element) {
    this.element = element;
    this.kind = element.getAttribute("data-pz-kind");
    this.delay = Math.max(0, parseInt(element.getAttribute("data-pz-delay"), 10) || 0);
    this.scroll = Math.max(0, parseInt(element.getAttribute("data-pz-scroll"), 10) || 0);
    this.exitIntent = element.getAttribute("data-pz-exit-intent") === "true";
    this.delayPassed = this.delay === 0;
    this.scrolled = this.scroll === 0;
    this.leaving = !this.exitIntent;
    this.open = false;
    this.done = false;
    this.returnFocus = null;
  }

  Message.prototype.startInline = function () {
    var self = this, element = self.element;
    self.open = true;
    var close = element.querySelector(".pz-campaign-close");
    if (close) close.addEventListener("click", function () {
      self.open = false;
      self.done = true;
      element.hidden = true;
      report(element, "dismiss");
    });
    var cta = element.querySelector(".pz-campaign-cta");
    if (cta) cta.addEventListener("click", function () { report(element, "click"); });
    //the impression is what the frequency caps count: report it once the visitor can see the block, not when the page loads
    if (!window.IntersectionObserver) { report(element, "impression"); return; }
    var observer = new window.IntersectionObserver(function (entries) {
      for (var i = 0; i < entries.length; i++) {
        if (entries[i].isIntersecting) { observer.disconnect(); report(element, "impression"); return; }
      }
    }, { threshold: 0.5 });
    observer.observe(element);
  };

  Message.prototype.start = function () {
    var self = this;
    if (self.kind === "inline") { self.startInline(); return; }
    if (!self.delayPassed) window.setTimeout(function () { self.delayPassed = true; self.check(); }, self.delay * 1000);
    if (!self.scrolled) {
      self.onScroll = function () {
        var root = document.documentElement;
        var seen = (window.scrollY + window.innerHeight) / Math.max(1, root.scrollHeight) * 100;
        if (seen >= self.scroll) { self.scrolled = true; window.removeEventListener("scroll", self.onScroll); self.check(); }
      };
      window.addEventListener("scroll", self.onScroll, { passive: true });
    }
    if (!self.leaving) {
      self.onLeave = function (event) {
        //the pointer leaving through the top of the window is heading for the tabs or the address bar
        if (!event.relatedTarget && event.clientY <= 0) { self.leaving = true; document.removeEventListener("mouseout", self.onLeave); self.check(); }
      };
      document.addEventListener("mouseout", self.onLeave);
    }

    var close = self.element.querySelector(".pz-campaign-close");
    if (close) close.addEventListener("click", function () { self.close(true); });
    var cta = self.element.querySelector(".pz-campaign-cta");
    if (cta) cta.addEventListener("click", function () { report(self.element, "click"); });
    self.check();
  };

  Message.prototype.check = function () {
    if (this.done || this.open || !(this.delayPassed && this.scrolled && this.leaving)) return;
    this.show();
  };

  Message.prototype.show = function () {
    var self = this, element = self.element, $ = popup();
    self.open = true;
    self.returnFocus = document.activeElement;
    element.hidden = false;
    if (self.kind === "modal" && $) {
      element.classList.add("pz-campaign-in-popup");
      $.magnificPopup.open({
        items: { src: element, type: "inline" },
        showCloseBtn: false,
        enableEscapeKey: false,
        closeOnBgClick: !!element.querySelector(".pz-campaign-close"),
        callbacks: { close: function () { if (self.open) self.close(true, true); } }
      });
    }
    element.focus();
    report(element, "impression");
  };

  Message.prototype.close = function (dismissed, fromPopup) {
    if (!this.open) return;
    var $ = popup();
    this.open = false;
    this.done = true;
    if (this.kind === "modal" && $ && !fromPopup) $.magnificPopup.close();
    this.element.hidden = true;
    if (dismissed) report(this.element, "dismiss");
    if (this.returnFocus && this.returnFocus.focus) this.returnFocus.focus();
  };

  var messages = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    for (var i = messages.length - 1; i >= 0; i--) {
      var message = messages[i];
      //a message without a close button cannot be dismissed; an inline block is part of the page, not a dialog
      if (message.open && message.kind !== "inline" && message.element.querySelector(".pz-campaign-close")) { message.close(true); break; }
    }
  });

  function init() {
    var elements = document.querySelectorAll("[data-pz-campaign]");
    for (var i = 0; i < elements.length; i++) {
      var message = new Message(elements[i]);
      messages.push(message);
      message.start();
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})(window, document);
