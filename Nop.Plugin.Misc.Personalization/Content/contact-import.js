/*
 * Contact import page: reads the columns of the chosen CSV file on the server, lets the merchant say what each
 * column is, then sends the same file with that mapping for a dry run or the import, and lists each refused row.
 * Every text that comes from the file is written with textContent, never as HTML.
 */
(function () {
    'use strict';

    var form = document.getElementById('pz-import-form');
    if (!form) {
        return;
    }

    var texts = JSON.parse(form.getAttribute('data-texts'));
    var fileInput = document.getElementById('pz-import-file');
    var mapping = document.getElementById('pz-import-mapping');
    var body = document.getElementById('pz-import-columns-body');
    var keyKind = document.getElementById('pz-import-key-kind');
    var result = document.getElementById('pz-import-result');
    var buttons = form.querySelectorAll('button');

    function element(tag, text, className) {
        var node = document.createElement(tag);
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        if (className) {
            node.className = className;
        }
        return node;
    }

    function option(value, text, selected) {
        var node = element('option', text);
        node.value = value;
        node.selected = !!selected;
        return node;
    }

    // a trait name segment rules can quote: ASCII letters, digits, '_', '-', '.'
    function traitName(column) {
        return column.toLowerCase().replace(/[^a-z0-9_.-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 64) || 'trait';
    }

    function formData() {
        var data = new FormData();
        data.append('file', fileInput.files[0]);
        data.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
        return data;
    }

    function busy(on) {
        buttons.forEach(function (button) { button.disabled = on; });
    }

    function showError(message) {
        result.replaceChildren(element('div', message || texts.failed, 'alert alert-danger'));
    }

    function send(url, data) {
        busy(true);
        return fetch(url, { method: 'POST', body: data, credentials: 'same-origin' })
            .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (json) {
                    if (!response.ok) {
                        throw new Error(json.error || texts.failed);
                    }
                    return json;
                });
            })
            .finally(function () { busy(false); });
    }

    function columnRow(name, index, sample, suggestedType, isKey) {
        var row = document.createElement('tr');
        row.setAttribute('data-column', name);
        row.appendChild(element('th', name)).setAttribute('scope', 'row');
        row.appendChild(element('td', sample.map(function (cells) { return cells[index]; }).filter(Boolean).slice(0, 3).join(' | '), 'text-muted'));

        var use = element('select', null, 'form-control form-control-sm pz-use');
        use.setAttribute('aria-label', name);
        [['ignore', texts.ignore], ['key', texts.key], ['trait', texts.trait], ['ltv', texts.ltv]].forEach(function (choice) {
            use.appendChild(option(choice[0], choice[1], isKey ? choice[0] === 'key' : choice[0] === 'trait'));
        });
        row.appendChild(document.createElement('td')).appendChild(use);

        var nameInput = element('input', null, 'form-control form-control-sm pz-trait-name');
        nameInput.type = 'text';
        nameInput.maxLength = 64;
        nameInput.value = traitName(name);
        row.appendChild(document.createElement('td')).appendChild(nameInput);

        var type = element('select', null, 'form-control form-control-sm pz-trait-type');
        [0, 1, 2, 3].forEach(function (value) { type.appendChild(option(value, texts['type' + value], value === suggestedType)); });
        row.appendChild(document.createElement('td')).appendChild(type);

        function toggle() {
            var isTrait = use.value === 'trait';
            nameInput.disabled = !isTrait;
            type.disabled = !isTrait;
        }
        use.addEventListener('change', toggle);
        toggle();
        return row;
    }

    function readMapping() {
        var chosen = { keyColumn: null, keyKind: parseInt(keyKind.value, 10), lifetimeValueColumn: null, traits: [] };
        body.querySelectorAll('tr').forEach(function (row) {
            var column = row.getAttribute('data-column');
            var use = row.querySelector('.pz-use').value;
            if (use === 'key') {
                chosen.keyColumn = column;
            } else if (use === 'ltv') {
                chosen.lifetimeValueColumn = column;
            } else if (use === 'trait') {
                chosen.traits.push({
                    column: column,
                    traitName: row.querySelector('.pz-trait-name').value.trim(),
                    type: parseInt(row.querySelector('.pz-trait-type').value, 10)
                });
            }
        });
        return chosen;
    }

    function showResult(outcome) {
        var parts = [element('div', outcome.dryRun ? texts.dryRunDone : texts.importDone, outcome.errorCount > 0 ? 'alert alert-warning' : 'alert alert-success')];
        var counts = element('table', null, 'table table-sm');
        var rows = [[texts.rows, outcome.rows], [texts.contacts, outcome.contacts]];
        if (!outcome.dryRun) {
            rows.push([texts.added, outcome.added], [texts.updated, outcome.updated], [texts.joined, outcome.joinedCustomers]);
        }
        rows.push([texts.errors, outcome.errorCount], [texts.duplicates, outcome.duplicateCount]);
        rows.forEach(function (pair) {
            var tr = counts.appendChild(document.createElement('tr'));
            tr.appendChild(element('th', pair[0])).setAttribute('scope', 'row');
            tr.appendChild(element('td', pair[1]));
        });
        parts.push(counts);

        if (outcome.errors.length > 0) {
            var errors = element('table', null, 'table table-sm table-striped');
            var head = errors.appendChild(document.createElement('thead')).appendChild(document.createElement('tr'));
            head.appendChild(element('th', texts.line)).setAttribute('scope', 'col');
            head.appendChild(element('th', texts.reason)).setAttribute('scope', 'col');
            var list = errors.appendChild(document.createElement('tbody'));
            outcome.errors.forEach(function (error) {
                var tr = list.appendChild(document.createElement('tr'));
                tr.appendChild(element('td', error.line));
                tr.appendChild(element('td', error.reason));
            });
            parts.push(errors);
            if (outcome.errorCount > outcome.errors.length) {
                parts.push(element('p', texts.moreErrors.replace('{0}', outcome.errorCount - outcome.errors.length)));
            }
        }

        result.replaceChildren.apply(result, parts);
        if (!outcome.dryRun && window.jQuery) {
            window.jQuery('#personalization-contacts-grid').DataTable().ajax.reload();
        }
    }

    document.getElementById('pz-import-columns').addEventListener('click', function () {
        if (!fileInput.files.length) {
            fileInput.focus();
            return;
        }
        send(form.getAttribute('data-columns-url'), formData()).then(function (sample) {
            body.replaceChildren.apply(body, sample.header.map(function (name, index) {
                return columnRow(name, index, sample.rows, sample.types[index], name === sample.keyColumn);
            }));
            keyKind.value = String(sample.keyKind);
            mapping.hidden = false;
            result.replaceChildren();
        }).catch(function (error) { showError(error.message); });
    });

    function run(dryRun) {
        var chosen = readMapping();
        if (!chosen.keyColumn) {
            showError(texts.chooseKey);
            return;
        }
        var data = formData();
        data.append('mapping', JSON.stringify(chosen));
        data.append('dryRun', dryRun ? 'true' : 'false');
        send(form.getAttribute('data-import-url'), data).then(showResult).catch(function (error) { showError(error.message); });
    }

    document.getElementById('pz-import-dry-run').addEventListener('click', function () { run(true); });
    document.getElementById('pz-import-run').addEventListener('click', function () { run(false); });
    fileInput.addEventListener('change', function () {
        mapping.hidden = true;
        result.replaceChildren();
    });
}());
