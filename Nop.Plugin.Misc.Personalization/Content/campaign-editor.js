/*
 * Campaign editor: shows the fields that apply to the chosen goal, page rule and presentation, and keeps the live
 * preview up to date. The preview is rendered by the server from the posted fields (sanitized exactly as on the
 * storefront) and shown in a sandboxed frame without scripts, so nothing typed here runs in the admin.
 */
(function () {
    'use strict';

    var form = document.getElementById('pz-campaign-form');
    var frame = document.getElementById('pz-campaign-preview');
    if (!form || !frame) {
        return;
    }

    var PRESENTATION_INLINE = '3';
    var PAGE_RULE_PRODUCT = '2';
    var PREVIEW_DELAY = 500;

    function field(name) {
        return form.querySelector('[name="' + name + '"]');
    }

    function show(element, visible) {
        element.style.display = visible ? '' : 'none';
    }

    function updateGoal() {
        var kind = field('Goal.Kind');
        form.querySelectorAll('[data-pz-goal]').forEach(function (part) {
            show(part, kind && part.getAttribute('data-pz-goal') === kind.value);
        });
    }

    function updatePageRules() {
        form.querySelectorAll('.pz-campaign-page-rule').forEach(function (rule) {
            var kind = rule.querySelector('select[name$=".Kind"]');
            rule.querySelectorAll('[data-pz-page-field]').forEach(function (part) {
                show(part, kind && part.getAttribute('data-pz-page-field').split(' ').indexOf(kind.value) >= 0);
            });
        });
    }

    function updatePresentation() {
        var kind = field('Presentation.Kind');
        var zone = document.getElementById('pz-campaign-widget-zone');
        if (zone) {
            show(zone, kind && kind.value === PRESENTATION_INLINE);
        }
    }

    //summernote keeps its own copy of the body until the form is submitted
    function syncRichEditors() {
        if (!window.jQuery || !jQuery.fn.summernote) {
            return;
        }
        jQuery(form).find('textarea.summernote').each(function () {
            var editor = jQuery(this);
            if (editor.next('.note-editor').length) {
                editor.val(editor.summernote('code'));
            }
        });
    }

    //the segment editor's pickers: search by name, the chosen IDs go into the field and their names show under it
    var pickers = document.getElementById('pz-campaign-pickers');
    var PICK_DELAY = 300;

    function pickerKind(holder) {
        var kind = holder.getAttribute('data-pz-picker');
        if (kind !== 'by-kind') {
            return kind;
        }
        var rule = holder.closest('.pz-campaign-page-rule');
        var select = rule && rule.querySelector('select[name$=".Kind"]');
        return select && select.value === PAGE_RULE_PRODUCT ? 'product' : 'category';
    }

    function listedIds(input) {
        return input.value.split(',').map(function (part) { return part.trim(); }).filter(function (part) { return part; });
    }

    function setUpPicker(holder) {
        var input = holder.querySelector('input');
        if (!input || !pickers) {
            return;
        }
        var names = document.createElement('div');
        names.className = 'small text-muted pz-picker-names';
        var search = document.createElement('input');
        search.type = 'search';
        search.className = 'form-control form-control-sm mt-1 pz-picker-search';
        search.placeholder = pickers.getAttribute('data-search');
        search.setAttribute('aria-label', pickers.getAttribute('data-search'));
        var results = document.createElement('div');
        results.className = 'list-group pz-picker-results';
        holder.appendChild(names);
        holder.appendChild(search);
        holder.appendChild(results);

        function describe() {
            var values = listedIds(input);
            if (!values.length) {
                names.textContent = '';
                return;
            }
            var body = new URLSearchParams();
            body.set('kind', pickerKind(holder));
            body.set('values', values.join(','));
            var token = field('__RequestVerificationToken');
            if (token) {
                body.set('__RequestVerificationToken', token.value);
            }
            fetch(pickers.getAttribute('data-options-url'), {
                method: 'POST',
                credentials: 'same-origin',
                headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
                body: body.toString()
            }).then(function (response) { return response.ok ? response.json() : []; }).then(function (options) {
                names.textContent = options.map(function (option) { return option.name + ' (#' + option.value + ')'; }).join(', ');
            });
        }

        function choose(value) {
            var chosen = holder.getAttribute('data-pz-single') ? [] : listedIds(input);
            if (chosen.indexOf(String(value)) < 0) {
                chosen.push(String(value));
            }
            input.value = chosen.join(', ');
            search.value = '';
            results.textContent = '';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            describe();
        }

        function find() {
            var term = search.value.trim();
            results.textContent = '';
            if (!term) {
                return;
            }
            fetch(pickers.getAttribute('data-pick-url') + '?kind=' + encodeURIComponent(pickerKind(holder)) + '&term=' + encodeURIComponent(term), { credentials: 'same-origin' })
                .then(function (response) { return response.ok ? response.json() : []; })
                .then(function (options) {
                    options.forEach(function (option) {
                        var button = document.createElement('button');
                        button.type = 'button';
                        button.className = 'list-group-item list-group-item-action py-1';
                        button.textContent = option.name + ' (#' + option.value + ')';
                        button.addEventListener('click', function () { choose(option.value); });
                        results.appendChild(button);
                    });
                });
        }

        var pickTimer = null;
        //searching is not editing: it neither previews nor submits the form
        search.addEventListener('input', function (event) {
            event.stopPropagation();
            window.clearTimeout(pickTimer);
            pickTimer = window.setTimeout(find, PICK_DELAY);
        });
        search.addEventListener('change', function (event) { event.stopPropagation(); });
        search.addEventListener('keydown', function (event) {
            if (event.key === 'Enter') {
                event.preventDefault();
            }
        });
        input.addEventListener('change', describe);
        describe();
    }

    var timer = null;
    var sequence = 0;

    function preview() {
        syncRichEditors();
        var data = new URLSearchParams(new FormData(form));
        data.delete('editor-action');
        data.set('variantIndex', document.getElementById('pz-preview-variant').value || '0');
        data.set('languageId', document.getElementById('pz-preview-language').value || '0');
        var mine = ++sequence;
        fetch(frame.getAttribute('data-url'), {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            body: data.toString()
        }).then(function (response) {
            if (!response.ok) {
                throw new Error(response.status);
            }
            return response.text();
        }).then(function (html) {
            //a slower answer to an older edit never replaces a newer one
            if (mine === sequence) {
                frame.srcdoc = html;
            }
        }).catch(function () {
            if (mine === sequence) {
                var message = document.createElement('p');
                message.textContent = frame.getAttribute('data-failed');
                frame.srcdoc = message.outerHTML;
            }
        });
    }

    function schedulePreview() {
        window.clearTimeout(timer);
        timer = window.setTimeout(preview, PREVIEW_DELAY);
    }

    function changed(event) {
        var name = event.target && event.target.name;
        if (name === 'Goal.Kind') {
            updateGoal();
        } else if (name === 'Presentation.Kind') {
            updatePresentation();
        } else if (name && /\.Kind$/.test(name)) {
            updatePageRules();
        }
        schedulePreview();
    }

    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    if (window.jQuery) {
        jQuery(form).on('summernote.change', schedulePreview);
    }
    document.getElementById('pz-preview-variant').addEventListener('change', preview);
    document.getElementById('pz-preview-language').addEventListener('change', preview);

    form.querySelectorAll('[data-pz-picker]').forEach(setUpPicker);
    updateGoal();
    updatePageRules();
    updatePresentation();
    preview();
})();
