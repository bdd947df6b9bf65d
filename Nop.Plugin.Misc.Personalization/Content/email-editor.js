/*
 * Email flow editor: shows the fields of the chosen trigger and coupon, and greys out quiet hours and the frequency
 * cap while they are switched off. Everything else is a plain form the server validates.
 */
(function () {
    'use strict';

    var form = document.getElementById('pz-email-form');
    if (!form) {
        return;
    }

    function field(name) {
        return form.querySelector('[name="' + name + '"]:not([type="hidden"])');
    }

    function show(element, visible) {
        element.style.display = visible ? '' : 'none';
    }

    function updateTrigger() {
        var kind = field('Trigger.Kind');
        form.querySelectorAll('[data-pz-trigger]').forEach(function (part) {
            show(part, kind && part.getAttribute('data-pz-trigger') === kind.value);
        });
    }

    function updateCoupons() {
        form.querySelectorAll('[data-pz-coupon-of]').forEach(function (part) {
            var discount = field('Steps[' + part.getAttribute('data-pz-coupon-of') + '].Coupon.DiscountId');
            show(part, discount && discount.value !== '0');
        });
    }

    //switched off, the values stay in the form (and come back when switched on) but cannot be edited
    function updateSwitches() {
        form.querySelectorAll('[data-pz-enabled-by]').forEach(function (part) {
            var toggle = field(part.getAttribute('data-pz-enabled-by'));
            var on = !toggle || toggle.checked;
            part.querySelectorAll('input, select').forEach(function (input) {
                input.readOnly = !on;
                if (input.tagName === 'SELECT') {
                    input.style.pointerEvents = on ? '' : 'none';
                }
            });
            part.style.opacity = on ? '' : '0.5';
        });
    }

    form.addEventListener('change', function (event) {
        var name = event.target && event.target.name;
        if (name === 'Trigger.Kind') {
            updateTrigger();
        } else if (name && /\.Coupon\.DiscountId$/.test(name)) {
            updateCoupons();
        } else if (name && /\.Enabled$/.test(name)) {
            updateSwitches();
        }
    });

    updateTrigger();
    updateCoupons();
    updateSwitches();
})();
