/*
 * Segment rule editor: renders the rule held in the hidden field as nested AND / OR / NOT groups of conditions, from
 * the condition types the server describes (data-editor), and writes every change back to the hidden field as the
 * engine's rule JSON. The server checks the rule (Preview): each issue is shown at its condition and parameter, the
 * rule is described in plain words and, when asked, counted with ten sample members.
 * Every text that comes from the store or the merchant is written with textContent or .val(), never as HTML.
 */
(function ($) {
    'use strict';

    var root = document.getElementById('pz-segment-editor');
    if (!root || !$) {
        return;
    }

    var editor = JSON.parse(root.getAttribute('data-editor'));
    var texts = editor.texts || {};
    var input = document.getElementById(root.getAttribute('data-input'));
    var tree = document.getElementById('pz-rule-tree');
    var description = document.getElementById('pz-rule-description');
    var result = document.getElementById('pz-preview-result');
    var rootIssues = document.getElementById('pz-rule-issues');
    var previewUrl = root.getAttribute('data-preview-url');
    var pickUrl = root.getAttribute('data-pick-url');
    var optionsUrl = root.getAttribute('data-options-url');
    var customerUrl = root.getAttribute('data-customer-url');
    var segmentId = root.getAttribute('data-segment-id') || '0';
    var types = {};
    var names = {};
    var describeTimer = null;
    var previewTimer = null;
    var request = 0;

    editor.conditionTypes.forEach(function (type) {
        types[type.name] = type;
    });

    // ----- the rule ---------------------------------------------------------------------------------------------

    function readRule() {
        try {
            var rule = JSON.parse(input.value || '{}');
            if (rule && rule.root && rule.root.node === 'group') {
                return rule.root;
            }
        } catch (e) {
            // an unreadable rule starts over; the server keeps the stored one until the merchant saves
        }
        return { node: 'group', operator: 'and', children: [] };
    }

    var rule = readRule();

    function cleanNode(node) {
        if (node.node === 'group') {
            return { node: 'group', operator: node.operator, children: node.children.map(cleanNode) };
        }
        var parameters = {};
        Object.keys(node.parameters || {}).forEach(function (name) {
            var value = node.parameters[name];
            if (value !== undefined && value !== null && String(value).trim() !== '') {
                parameters[name] = String(value).trim();
            }
        });
        return { node: 'condition', type: node.type, parameters: parameters };
    }

    function write() {
        // the issues found belong to the rule before this change; the next check places the current ones
        showIssues([]);
        input.value = JSON.stringify({ schemaVersion: 1, root: cleanNode(rule) });
        $(input).trigger('change');
        schedule();
    }

    function nodeAt(path) {
        var parts = path.split('.').slice(1);
        var node = rule;
        var parent = null;
        var index = -1;
        parts.forEach(function (part) {
            parent = node;
            index = parseInt(part, 10) - 1;
            node = node.children[index];
        });
        return { node: node, parent: parent, index: index };
    }

    // ----- small DOM helpers ------------------------------------------------------------------------------------

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = String(text);
        }
        return node;
    }

    function button(text, className, action) {
        var node = element('button', 'btn btn-sm ' + className, text);
        node.type = 'button';
        node.setAttribute('data-action', action);
        return node;
    }

    function option(value, text, selected) {
        var node = element('option', null, text);
        node.value = value;
        node.selected = !!selected;
        return node;
    }

    function choiceLabel(parameter, value) {
        if (parameter.name === 'operator') {
            return editor.operatorLabels[value] || value;
        }
        return editor.choiceLabels[value] || value;
    }

    // ----- what a parameter offers depends on the other parameters ----------------------------------------------

    function choicesOf(condition, parameter) {
        if (parameter.name === 'operator' && condition.type === 'profile') {
            var field = editor.profileFields[condition.parameters.field];
            return field ? field.operators : parameter.allowedValues;
        }
        if (parameter.name === 'operator' && condition.type === 'trait') {
            return editor.traitOperators[condition.parameters.valueType] || parameter.allowedValues;
        }
        return parameter.allowedValues || [];
    }

    function pickerOf(condition, parameter) {
        if (parameter.picker) {
            return parameter.picker;
        }
        if (parameter.pickerBy) {
            return (parameter.pickerByValue || {})[condition.parameters[parameter.pickerBy]] || null;
        }
        return null;
    }

    function requiredNow(condition, parameter) {
        if (parameter.required) {
            return true;
        }
        if (!parameter.requiredWhen) {
            return false;
        }
        var parts = parameter.requiredWhen.split('=');
        var other = condition.parameters[parts[0]];
        if (other === undefined || other === '') {
            var definition = types[condition.type].parameters.filter(function (p) { return p.name === parts[0]; })[0];
            other = definition ? definition['default'] : undefined;
        }
        return parts[1].split('|').indexOf(other) >= 0;
    }

    function numberKind(condition, parameter) {
        if (condition.type === 'profile' && (parameter.name === 'value' || parameter.name === 'value2')) {
            var field = editor.profileFields[condition.parameters.field];
            if (!field) {
                return null;
            }
            return field.kind === 'decimal' ? 'decimal' : field.kind === 'integer' || field.kind === 'days' ? 'integer' : null;
        }
        if (condition.type === 'trait' && (parameter.name === 'value' || parameter.name === 'value2')) {
            return condition.parameters.valueType === 'number' ? 'decimal' : null;
        }
        return parameter.valueType === 'integer' || parameter.valueType === 'decimal' ? parameter.valueType : null;
    }

    // a parameter that only matters under another's value (days for "in the last days") is hidden while it does not
    function shown(condition, parameter) {
        var value = condition.parameters[parameter.name];
        if (value !== undefined && value !== '') {
            return true;
        }
        if (parameter.requiredWhen && !requiredNow(condition, parameter)) {
            return false;
        }
        if (condition.type === 'profile' && (parameter.name === 'value' || parameter.name === 'value2')) {
            var op = condition.parameters.operator;
            return op !== 'isSet' && op !== 'isNotSet' && op !== 'isTrue' && op !== 'isFalse';
        }
        return true;
    }

    // ----- parameter inputs -------------------------------------------------------------------------------------

    function setValue(path, name, value, rerender) {
        var condition = nodeAt(path).node;
        condition.parameters[name] = value;
        if (rerender) {
            render();
        }
        write();
    }

    function pickerInput(path, condition, parameter, kind) {
        var multiple = parameter.valueType === 'idList' || parameter.valueType === 'textList';
        var box = element('div', 'pz-picker');
        box.setAttribute('data-picker', kind);
        var chosen = element('div', 'pz-picker-chosen');
        var search = element('input', 'form-control form-control-sm pz-picker-search');
        search.type = 'text';
        search.placeholder = texts.search || '';
        search.setAttribute('data-param-input', parameter.name);
        var list = element('div', 'pz-picker-results list-group');
        var values = (condition.parameters[parameter.name] || '').split(',').map(function (v) { return v.trim(); }).filter(Boolean);

        values.forEach(function (value) {
            var chip = element('span', 'badge badge-info pz-picker-chip', names[kind + ':' + value] || value);
            chip.setAttribute('data-value', value);
            var remove = button('\u00d7', 'btn-link pz-picker-remove', 'unpick');
            remove.setAttribute('aria-label', texts.remove || '');
            remove.addEventListener('click', function () {
                setValue(path, parameter.name, values.filter(function (v) { return v !== value; }).join(','), true);
            });
            chip.appendChild(remove);
            chosen.appendChild(chip);
        });

        var timer = null;
        search.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                $.getJSON(pickUrl, { kind: kind, term: search.value }).done(function (options) {
                    list.textContent = '';
                    options.forEach(function (found) {
                        var item = element('button', 'list-group-item list-group-item-action pz-picker-option', found.name);
                        item.type = 'button';
                        item.setAttribute('data-value', found.value);
                        item.addEventListener('click', function () {
                            names[kind + ':' + found.value] = found.name;
                            var next = multiple ? values.filter(function (v) { return v !== found.value; }).concat([found.value]) : [found.value];
                            setValue(path, parameter.name, next.join(','), true);
                        });
                        list.appendChild(item);
                    });
                });
            }, 250);
        });

        box.appendChild(chosen);
        box.appendChild(search);
        box.appendChild(list);
        return box;
    }

    function parameterInput(path, condition, parameter) {
        var value = condition.parameters[parameter.name];
        value = value === undefined || value === null ? '' : String(value);
        var kind = pickerOf(condition, parameter);
        if (kind) {
            return pickerInput(path, condition, parameter, kind);
        }

        var field;
        if (parameter.valueType === 'choice' || parameter.valueType === 'boolean') {
            field = element('select', 'form-control form-control-sm');
            var required = requiredNow(condition, parameter) && !parameter['default'];
            if (!required) {
                field.appendChild(option('', parameter['default'] ? '(' + (parameter.valueType === 'boolean'
                    ? (parameter['default'] === 'true' ? texts.yes : texts.no) : choiceLabel(parameter, parameter['default'])) + ')' : ''));
            } else {
                field.appendChild(option('', texts.choose || ''));
            }
            var choices = parameter.valueType === 'boolean' ? ['true', 'false'] : choicesOf(condition, parameter);
            choices.forEach(function (choice) {
                var label = parameter.valueType === 'boolean' ? (choice === 'true' ? texts.yes : texts.no) : choiceLabel(parameter, choice);
                field.appendChild(option(choice, label, choice === value));
            });
            field.addEventListener('change', function () {
                // the operators, pickers and inputs of the others follow the field, type, check or kind chosen here
                setValue(path, parameter.name, field.value, true);
            });
        } else {
            field = element('input', 'form-control form-control-sm');
            var number = numberKind(condition, parameter);
            if (number) {
                field.type = 'number';
                field.step = number === 'integer' ? '1' : 'any';
                if (parameter.minimum !== null && parameter.minimum !== undefined) {
                    field.min = parameter.minimum;
                }
                if (parameter.maximum !== null && parameter.maximum !== undefined) {
                    field.max = parameter.maximum;
                }
            } else if (parameter.valueType === 'date' && (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value))) {
                field.type = 'date';
            } else {
                field.type = 'text';
            }
            if (parameter.suggestions && parameter.suggestions.length) {
                var listId = 'pz-suggest-' + path.replace(/\./g, '-') + '-' + parameter.name;
                var datalist = element('datalist');
                datalist.id = listId;
                parameter.suggestions.forEach(function (suggestion) {
                    datalist.appendChild(option(suggestion, editor.choiceLabels[suggestion] || suggestion));
                });
                field.setAttribute('list', listId);
                field.appendChild(datalist);
            }
            field.value = value;
            field.addEventListener('input', function () {
                setValue(path, parameter.name, field.value, false);
            });
        }
        field.setAttribute('data-param-input', parameter.name);
        return field;
    }

    // ----- nodes ------------------------------------------------------------------------------------------------

    function nodeButtons(path, isRoot) {
        var bar = element('span', 'pz-node-buttons float-right');
        if (isRoot) {
            return bar;
        }
        bar.appendChild(button('\u2191', 'btn-default', 'up'));
        bar.appendChild(button('\u2193', 'btn-default', 'down'));
        bar.appendChild(button(texts.remove, 'btn-danger', 'remove'));
        bar.children[0].title = texts.moveUp || '';
        bar.children[1].title = texts.moveDown || '';
        return bar;
    }

    function renderCondition(condition, path) {
        var box = element('div', 'pz-condition card card-body');
        box.setAttribute('data-path', path);
        box.setAttribute('data-type', condition.type);
        var type = types[condition.type];
        var head = element('div', 'pz-node-head');
        head.appendChild(nodeButtons(path, false));
        head.appendChild(element('strong', null, type ? type.label : condition.type));
        box.appendChild(head);
        box.appendChild(element('div', 'pz-node-issues'));
        if (!type) {
            return box;
        }
        if (type.batchMeaning) {
            box.appendChild(element('small', 'form-text text-muted pz-batch-meaning', (texts.batchMeaning ? texts.batchMeaning + ': ' : '') + type.batchMeaning));
        }

        var main = element('div', 'pz-parameters');
        var more = element('details', 'pz-more');
        more.appendChild(element('summary', null, '\u2026'));
        type.parameters.forEach(function (parameter) {
            if (!shown(condition, parameter)) {
                return;
            }
            var row = element('div', 'form-group row pz-parameter');
            row.setAttribute('data-param', parameter.name);
            var label = element('label', 'col-md-3 col-form-label col-form-label-sm', parameter.label);
            var cell = element('div', 'col-md-9');
            cell.appendChild(parameterInput(path, condition, parameter));
            cell.appendChild(element('div', 'invalid-feedback pz-param-issue'));
            row.appendChild(label);
            row.appendChild(cell);
            var optional = !parameter.required && !parameter.requiredWhen && !(condition.parameters[parameter.name]);
            (optional && type.parameters.length > 4 ? more : main).appendChild(row);
        });
        box.appendChild(main);
        if (more.children.length > 1) {
            box.appendChild(more);
        }
        return box;
    }

    function typeSelect() {
        var select = element('select', 'form-control form-control-sm pz-add-condition');
        select.appendChild(option('', texts.addCondition + '\u2026'));
        var groups = {};
        editor.conditionTypes.forEach(function (type) {
            if (!groups[type.group]) {
                groups[type.group] = element('optgroup');
                groups[type.group].label = type.group;
                select.appendChild(groups[type.group]);
            }
            groups[type.group].appendChild(option(type.name, type.label));
        });
        return select;
    }

    function renderGroup(group, path) {
        var box = element('div', 'pz-group pz-group-' + group.operator);
        box.setAttribute('data-path', path);
        var head = element('div', 'pz-node-head form-inline');
        head.appendChild(nodeButtons(path, path === '1'));
        var operator = element('select', 'form-control form-control-sm pz-group-operator');
        ['and', 'or', 'not'].forEach(function (op) {
            operator.appendChild(option(op, texts[op], op === group.operator));
        });
        operator.addEventListener('change', function () {
            nodeAt(path).node.operator = operator.value;
            render();
            write();
        });
        head.appendChild(operator);
        box.appendChild(head);
        box.appendChild(element('div', 'pz-node-issues'));

        var children = element('div', 'pz-children');
        group.children.forEach(function (child, i) {
            var childPath = path + '.' + (i + 1);
            children.appendChild(child.node === 'group' ? renderGroup(child, childPath) : renderCondition(child, childPath));
        });
        if (group.children.length === 0) {
            children.appendChild(element('p', 'text-muted pz-empty', texts.emptyGroup));
        }
        box.appendChild(children);

        var foot = element('div', 'pz-node-foot form-inline');
        var add = typeSelect();
        add.addEventListener('change', function () {
            if (!add.value) {
                return;
            }
            nodeAt(path).node.children.push({ node: 'condition', type: add.value, parameters: {} });
            render();
            write();
        });
        foot.appendChild(add);
        var addGroup = button(texts.addGroup, 'btn-default pz-add-group', 'add-group');
        addGroup.addEventListener('click', function () {
            nodeAt(path).node.children.push({ node: 'group', operator: 'and', children: [] });
            render();
            write();
        });
        foot.appendChild(addGroup);
        box.appendChild(foot);
        return box;
    }

    // move and remove act on the node whose head holds the button
    $(tree).on('click', '.pz-node-buttons button', function () {
        var path = $(this).closest('[data-path]').attr('data-path');
        var at = nodeAt(path);
        var action = this.getAttribute('data-action');
        if (action === 'remove') {
            at.parent.children.splice(at.index, 1);
        } else {
            var to = action === 'up' ? at.index - 1 : at.index + 1;
            if (to < 0 || to >= at.parent.children.length) {
                return;
            }
            at.parent.children.splice(at.index, 1);
            at.parent.children.splice(to, 0, at.node);
        }
        render();
        write();
    });

    var lastIssues = JSON.parse(root.getAttribute('data-issues') || '[]');

    function render() {
        tree.textContent = '';
        tree.appendChild(renderGroup(rule, '1'));
        showIssues(lastIssues);
    }

    // ----- issues, description, preview -------------------------------------------------------------------------

    function showIssues(issues) {
        lastIssues = issues || [];
        $(tree).find('.is-invalid').removeClass('is-invalid');
        $(tree).find('.pz-has-issue').removeClass('pz-has-issue');
        $(tree).find('.pz-node-issues, .pz-param-issue').text('');
        rootIssues.textContent = '';
        lastIssues.forEach(function (issue) {
            var css = issue.isError ? 'text-danger' : 'text-warning';
            var node = issue.path ? tree.querySelector('[data-path="' + issue.path + '"]') : null;
            if (!node) {
                rootIssues.appendChild(element('div', css, issue.text));
                return;
            }
            node.classList.add('pz-has-issue');
            var row = issue.parameter ? node.querySelector(':scope > .pz-parameters > [data-param="' + issue.parameter + '"], :scope > .pz-more > [data-param="' + issue.parameter + '"]') : null;
            if (row) {
                var details = row.closest('details');
                if (details) {
                    details.open = true;
                }
                $(row).find('[data-param-input]').first().addClass('is-invalid');
                var feedback = row.querySelector('.pz-param-issue');
                feedback.appendChild(element('div', null, issue.message));
                feedback.style.display = 'block';
            } else {
                node.querySelector('.pz-node-issues').appendChild(element('div', css, (issue.parameter ? issue.parameter + ': ' : '') + issue.message));
            }
        });
    }

    function token() {
        return $(input).closest('form').find('input[name="__RequestVerificationToken"]').val() || $('input[name="__RequestVerificationToken"]').first().val();
    }

    function showPreview(model, withMembers) {
        showIssues(model.issues);
        description.textContent = model.description || '';
        if (!withMembers) {
            return;
        }
        result.textContent = '';
        if (!model.isValid) {
            result.appendChild(element('p', 'text-muted', texts.fixErrors));
            return;
        }
        (model.costWarnings || []).forEach(function (warning) {
            var alert = element('div', 'alert alert-warning pz-cost-warning');
            alert.appendChild(element('strong', null, texts.costWarning + ': '));
            alert.appendChild(document.createTextNode(warning.text));
            result.appendChild(alert);
        });
        result.appendChild(element('p', 'pz-count', model.count > 0 ? texts.count.replace('{0}', model.count.toLocaleString()) : texts.noMembers));
        if (!model.sample || !model.sample.length) {
            return;
        }
        var table = element('table', 'table table-sm table-bordered pz-sample');
        var head = element('tr');
        ['customer', 'email', 'lifetimeValue', 'orders', 'lastSeen'].forEach(function (key) {
            head.appendChild(element('th', null, texts[key]));
        });
        table.appendChild(element('thead')).appendChild(head);
        var body = element('tbody');
        model.sample.forEach(function (member) {
            var row = element('tr');
            var who = element('td');
            var link = element('a', null, member.fullName || ('#' + member.customerId));
            link.href = customerUrl + member.customerId;
            who.appendChild(link);
            row.appendChild(who);
            row.appendChild(element('td', null, member.email || ''));
            row.appendChild(element('td', null, member.lifetimeValue));
            row.appendChild(element('td', null, member.orderCount));
            row.appendChild(element('td', null, member.lastSeenOnUtc ? new Date(member.lastSeenOnUtc).toLocaleString() : ''));
            body.appendChild(row);
        });
        table.appendChild(body);
        result.appendChild(table);
    }

    function preview(withMembers) {
        var mine = ++request;
        if (withMembers) {
            result.textContent = texts.counting;
        }
        return $.ajax({
            type: 'POST',
            url: previewUrl,
            data: { ruleJson: input.value, segmentId: segmentId, includeMembers: withMembers, __RequestVerificationToken: token() },
            dataType: 'json'
        }).done(function (model) {
            // an answer to an older rule than the one on screen is dropped
            if (mine === request) {
                showPreview(model, withMembers);
            }
        }).fail(function () {
            if (mine === request && withMembers) {
                result.textContent = texts.failed;
            }
        });
    }

    function schedule() {
        clearTimeout(describeTimer);
        clearTimeout(previewTimer);
        describeTimer = setTimeout(function () { preview(false); }, 400);
        previewTimer = setTimeout(function () { preview(true); }, 2000);
    }

    $('#pz-preview').on('click', function () {
        clearTimeout(describeTimer);
        clearTimeout(previewTimer);
        preview(true);
    });

    // ----- start: names of the chosen entities, then the tree ---------------------------------------------------

    function collectPicked(node, picked) {
        if (node.node === 'group') {
            node.children.forEach(function (child) { collectPicked(child, picked); });
            return;
        }
        var type = types[node.type];
        (type ? type.parameters : []).forEach(function (parameter) {
            var kind = pickerOf(node, parameter);
            var value = node.parameters[parameter.name];
            if (kind && value) {
                picked[kind] = (picked[kind] || []).concat(String(value).split(','));
            }
        });
    }

    var picked = {};
    collectPicked(rule, picked);
    var lookups = Object.keys(picked).map(function (kind) {
        return $.ajax({
            type: 'POST',
            url: optionsUrl,
            data: { kind: kind, values: picked[kind].join(','), __RequestVerificationToken: token() },
            dataType: 'json'
        }).done(function (options) {
            options.forEach(function (found) {
                names[kind + ':' + found.value] = found.name;
            });
        });
    });

    render();
    $.when.apply($, lookups).always(render);

    window.nopSegmentEditor = { render: render, preview: preview, rule: function () { return cleanNode(rule); } };
})(window.jQuery);
