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

    updateGoal();
    updatePageRules();
    updatePresentation();
    preview();
})();
