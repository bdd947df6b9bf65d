/*
 * Merchandising rule editor: id fields are picked by name (the segment editor's pickers on the server), the action's
 * parameters follow the chosen kind, and every change is described by the server in plain words with its problems
 * shown at their fields. Every text that comes from the store or the merchant is written with textContent, never as HTML.
 */
(function ($) {
    'use strict';

    var root = document.getElementById('pz-merchandising-editor');
    if (!root || !$) {
        return;
    }

    var form = $(root).closest('form');
    var describeUrl = root.getAttribute('data-describe-url');
    var pickUrl = root.getAttribute('data-pick-url');
    var optionsUrl = root.getAttribute('data-options-url');
    var searchText = root.getAttribute('data-search-text') || '';
    var removeText = root.getAttribute('data-remove-text') || '';
    var names = {};
    var timer = null;
    var request = 0;

    function token() {
        return form.find('input[name="__RequestVerificationToken"]').val() || $('input[name="__RequestVerificationToken"]').first().val();
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    // ----- pickers ----------------------------------------------------------------------------------------------

    function valuesOf(input) {
        return (input.value || '').split(',').map(function (v) { return v.trim(); }).filter(Boolean);
    }

    function renderPicker(box) {
        var kind = box.getAttribute('data-pz-picker');
        var input = document.getElementById(box.getAttribute('data-pz-input'));
        box.textContent = '';
        var chosen = element('div', 'pz-picker-chosen');
        valuesOf(input).forEach(function (value) {
            var chip = element('span', 'badge badge-info pz-picker-chip', names[kind + ':' + value] || value);
            var remove = element('button', 'btn btn-link pz-picker-remove', '\u00d7');
            remove.type = 'button';
            remove.setAttribute('aria-label', removeText);
            remove.addEventListener('click', function () {
                input.value = valuesOf(input).filter(function (v) { return v !== value; }).join(',');
                renderPicker(box);
                changed();
            });
            chip.appendChild(remove);
            chosen.appendChild(chip);
        });

        var search = element('input', 'form-control form-control-sm pz-picker-search');
        search.type = 'text';
        search.placeholder = searchText;
        var results = element('div', 'pz-picker-results list-group');
        var wait = null;
        search.addEventListener('input', function () {
            clearTimeout(wait);
            wait = setTimeout(function () {
                $.getJSON(pickUrl, { kind: kind, term: search.value }).done(function (options) {
                    results.textContent = '';
                    options.forEach(function (found) {
                        var item = element('button', 'list-group-item list-group-item-action pz-picker-option', found.name);
                        item.type = 'button';
                        item.addEventListener('click', function () {
                            names[kind + ':' + found.value] = found.name;
                            input.value = valuesOf(input).filter(function (v) { return v !== found.value; }).concat([found.value]).join(',');
                            renderPicker(box);
                            changed();
                        });
                        results.appendChild(item);
                    });
                });
            }, 250);
        });

        box.appendChild(chosen);
        box.appendChild(search);
        box.appendChild(results);
    }

    function loadNames() {
        var wanted = {};
        $(root).find('.pz-picker').each(function () {
            var kind = this.getAttribute('data-pz-picker');
            wanted[kind] = (wanted[kind] || []).concat(valuesOf(document.getElementById(this.getAttribute('data-pz-input'))));
        });
        Object.keys(wanted).filter(function (kind) { return wanted[kind].length > 0; }).forEach(function (kind) {
            $.ajax({
                cache: false, type: 'POST', url: optionsUrl, dataType: 'json',
                data: { kind: kind, values: wanted[kind].join(','), __RequestVerificationToken: token() }
            }).done(function (options) {
                options.forEach(function (found) {
                    names[kind + ':' + found.value] = found.name;
                });
                $(root).find('.pz-picker[data-pz-picker="' + kind + '"]').each(function () { renderPicker(this); });
            });
        });
    }

    // ----- the action's parameters ------------------------------------------------------------------------------

    function showParameters(clear) {
        var kind = $('#Action_Kind').val();
        $(root).find('[data-pz-kinds]').each(function () {
            var shown = this.getAttribute('data-pz-kinds').split(' ').indexOf(kind) >= 0;
            $(this).toggle(shown);
            // a parameter the new kind does not take would be refused when saving
            if (!shown && clear) {
                $(this).find('input[type="hidden"], input[type="text"], input[type="number"], input:not([type])').val('');
                $(this).find('.pz-picker').each(function () { renderPicker(this); });
            }
        });
    }

    // ----- the live description ---------------------------------------------------------------------------------

    function showIssues(issues) {
        form.find('span[data-valmsg-for]').each(function () {
            this.textContent = '';
            $(this).removeClass('field-validation-error').addClass('field-validation-valid');
        });
        var warnings = document.getElementById('pz-merchandising-warnings');
        warnings.textContent = '';
        issues.forEach(function (issue) {
            if (!issue.isError) {
                warnings.appendChild(element('li', null, issue.message));
                return;
            }
            var target = form.find('span[data-valmsg-for="' + issue.field + '"]');
            if (target.length === 0) {
                warnings.appendChild(element('li', 'text-danger', issue.message));
                return;
            }
            target.each(function () {
                this.textContent = (this.textContent ? this.textContent + ' ' : '') + issue.message;
                $(this).removeClass('field-validation-valid').addClass('field-validation-error');
            });
        });
    }

    function describe() {
        var mine = ++request;
        $.ajax({ cache: false, type: 'POST', url: describeUrl, data: form.serialize(), dataType: 'json' }).done(function (model) {
            // an answer to an older form than the one on screen is dropped
            if (mine !== request) {
                return;
            }
            document.getElementById('pz-merchandising-description').textContent = model.description;
            showIssues(model.issues || []);
        });
    }

    function changed() {
        clearTimeout(timer);
        timer = setTimeout(describe, 400);
    }

    $(root).find('.pz-picker').each(function () { renderPicker(this); });
    loadNames();
    showParameters(false);
    $('#Action_Kind').on('change', function () { showParameters(true); });
    form.on('input change', 'input, select, textarea', function (event) {
        if (!$(event.target).hasClass('pz-picker-search')) {
            changed();
        }
    });
})(window.jQuery);
