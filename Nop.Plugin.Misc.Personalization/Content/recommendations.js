/*
 * Recommendation slots of the Personalization plugin for nopCommerce.
 * Carousels: every .pz-carousel slides with nopCommerce's own Swiper; the arrow buttons, the Left/Right/Home/End keys
 * while focus is inside it, and swipes move it; Tab into a product brings that product into view.
 *   <section class="pz-carousel" data-pz-slot="3"> <button class="pz-carousel-prev"> <div class="swiper">... <button class="pz-carousel-next">
 * After an add to cart: when the page holds <div id="pz-added-to-cart" data-pz-endpoint="..." data-pz-close-text="Close">,
 * a successful AJAX add to the cart (nopCommerce's AjaxCart) asks the endpoint for the notification's slots and shows
 * them in a panel that takes focus; Escape and the close button dismiss it and give focus back.
 *   window.nopPersonalizationRecommendations.showAddedToCart(17)   the same for a theme's own add-to-cart
 */
(function (window, document) {
  "use strict";
  if (window.nopPersonalizationRecommendations) return;

  var ADD_TO_CART_URL = /\/addproducttocart\/(?:catalog|details)\/(\d+)\/1(?:[\/?#]|$)/i;

  function keyboard(carousel, swiper) {
    carousel.addEventListener("keydown", function (e) {
      //inside a text field the keys move the caret
      if (e.target && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
      var rtl = swiper.rtlTranslate;
      if (e.key === "ArrowRight") rtl ? swiper.slidePrev() : swiper.slideNext();
      else if (e.key === "ArrowLeft") rtl ? swiper.slideNext() : swiper.slidePrev();
      else if (e.key === "Home") swiper.slideTo(0);
      else if (e.key === "End") swiper.slideTo(swiper.slides.length - 1);
      else return;
      e.preventDefault();
    });
  }

  function initCarousels(root) {
    if (typeof window.Swiper !== "function") return;
    var carousels = (root || document).querySelectorAll(".pz-carousel");
    for (var i = 0; i < carousels.length; i++) {
      var carousel = carousels[i], element = carousel.querySelector(".swiper");
      if (!element || carousel.pzSwiper) continue;
      carousel.pzSwiper = new window.Swiper(element, {
        slidesPerView: 2,
        spaceBetween: 16,
        watchOverflow: true,
        breakpoints: { 768: { slidesPerView: 3 }, 1000: { slidesPerView: 4 } },
        navigation: { prevEl: carousel.querySelector(".pz-carousel-prev"), nextEl: carousel.querySelector(".pz-carousel-next") },
        //Swiper's own keyboard module listens on the whole page and would move every carousel at once
        keyboard: { enabled: false },
        a11y: { enabled: true, slideRole: "group" }
      });
      keyboard(carousel, carousel.pzSwiper);
    }
  }

  var panel = null, returnFocus = null;

  function closePanel() {
    if (!panel) return;
    panel.parentNode.removeChild(panel);
    panel = null;
    if (returnFocus && returnFocus.focus) returnFocus.focus();
    returnFocus = null;
  }

  function openPanel(html, closeText) {
    closePanel();
    panel = document.createElement("div");
    panel.className = "pz-added";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-modal", "false");
    panel.tabIndex = -1;
    panel.innerHTML = html;
    var title = panel.querySelector("[id$='-title']");
    if (title) panel.setAttribute("aria-labelledby", title.id);
    var close = document.createElement("button");
    close.type = "button";
    close.className = "pz-added-close";
    close.setAttribute("aria-label", closeText || "Close");
    close.innerHTML = "&times;";
    close.addEventListener("click", closePanel);
    panel.appendChild(close);
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.preventDefault(); closePanel(); }
    });
    document.body.appendChild(panel);
    initCarousels(panel);
    returnFocus = document.activeElement;
    panel.focus();
  }

  function showAddedToCart(productId) {
    var config = document.getElementById("pz-added-to-cart");
    var id = parseInt(productId, 10);
    if (!config || !(id > 0) || !window.fetch) return;
    var endpoint = config.getAttribute("data-pz-endpoint");
    window.fetch(endpoint + "?productId=" + id, { method: "POST", credentials: "same-origin" })
      .then(function (response) { return response.status === 200 ? response.text() : ""; })
      .then(function (html) { if (html && html.replace(/\s+/g, "")) openPanel(html, config.getAttribute("data-pz-close-text")); })
      .catch(function () { /* no recommendations: the notification alone is shown */ });
  }

  //nopCommerce's AjaxCart posts with jQuery; its answer says whether the product went into the cart
  if (window.jQuery) {
    window.jQuery(document).on("ajaxSuccess", function (event, xhr, settings, data) {
      var match = ADD_TO_CART_URL.exec((settings && settings.url) || "");
      if (match && data && data.success === true) showAddedToCart(match[1]);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { initCarousels(document); });
  else initCarousels(document);

  window.nopPersonalizationRecommendations = { initCarousels: initCarousels, showAddedToCart: showAddedToCart, close: closePanel };
})(window, document);
