/* The dashboard of index.html: plain script, no framework, no network. Reads window.KYLUAT_DASHBOARD
   (dashboard/data.js) and builds, on top of the page, a navigation over every unit, the selected
   unit's figures, its units below, the tasks behind a figure and its charts. */
(function () {
  'use strict';
  var data = window.KYLUAT_DASHBOARD;
  if (!data) { return; }
  var t = data.text;
  var countedUnder = data.countedUnder || {};
  var byCode = {};
  var children = {};
  data.units.forEach(function (u) {
    byCode[u.code] = u;
    if (u.parent) { (children[u.parent] = children[u.parent] || []).push(u); }
  });
  Object.keys(children).forEach(function (code) {
    children[code].sort(function (a, b) { return a.code < b.code ? -1 : a.code > b.code ? 1 : 0; });
  });
  var state = { unit: data.root, list: 'overdue', scope: 'subtree' };

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }
  function cellText(c) { return Array.isArray(c) ? c[0] : c; }
  function cellKey(c) { return Array.isArray(c) ? c[1] : c; }
  /* A row counts under its unit, or under the successor that absorbed it (as the figures count it). */
  function unitOfRow(list, r) { var c = cellKey(r[list.unitColumn]); return countedUnder[c] || c; }
  function subtreeOf(code) {
    var codes = {};
    (function walk(c) { codes[c] = true; (children[c] || []).forEach(function (u) { walk(u.code); }); })(code);
    return codes;
  }

  /* A table that sorts on a header click (again: the other way) and filters on every word typed. */
  function sortableTable(holder, id, headers, rows, onRow) {
    var sort = { column: -1, descending: false };
    var filter = el('input', { type: 'search', 'class': 'dash-filter', placeholder: t.filter, 'aria-label': t.filter });
    var count = el('p', { 'class': 'dash-count' });
    var table = el('table', { 'class': 'dash-table', id: id });
    var head = el('tr');
    headers.forEach(function (h, i) {
      var th = el('th', { scope: 'col', title: t.sortHint }, h);
      th.addEventListener('click', function () {
        sort.descending = sort.column === i ? !sort.descending : false;
        sort.column = i;
        draw();
      });
      head.appendChild(th);
    });
    table.appendChild(el('thead')).appendChild(head);
    var body = table.appendChild(el('tbody'));
    function draw() {
      var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = rows.filter(function (r) {
        var line = r.map(cellText).join(' ').toLowerCase();
        return words.every(function (w) { return line.indexOf(w) >= 0; });
      });
      if (sort.column >= 0) {
        shown = shown.slice().sort(function (a, b) {
          var x = cellKey(a[sort.column]), y = cellKey(b[sort.column]);
          if (x === null || x === undefined) { return 1; }
          if (y === null || y === undefined) { return -1; }
          var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), data.lang);
          return sort.descending ? -order : order;
        });
      }
      Array.prototype.forEach.call(head.children, function (th, i) {
        th.className = i === sort.column ? (sort.descending ? 'sorted-desc' : 'sorted-asc') : '';
      });
      body.textContent = '';
      shown.forEach(function (r) {
        var tr = el('tr');
        r.forEach(function (c) { tr.appendChild(el('td', typeof cellKey(c) === 'number' ? { 'class': 'n' } : {}, cellText(c))); });
        if (onRow) { onRow(tr, r); }
        body.appendChild(tr);
      });
      count.textContent = t.rows.replace('{0}', shown.length).replace('{1}', rows.length);
      count.setAttribute('data-count', shown.length);
    }
    filter.addEventListener('input', draw);
    holder.appendChild(filter);
    holder.appendChild(count);
    holder.appendChild(table);
    draw();
  }

  function unitLink(code, label) {
    var a = el('a', { href: '#unit=' + encodeURIComponent(code), 'data-unit': code }, label);
    return a;
  }

  function navigation() {
    var nav = el('nav', { id: 'dash-nav', 'aria-label': t.units });
    nav.appendChild(el('h2', {}, t.units));
    var filter = nav.appendChild(el('input', { type: 'search', id: 'dash-unit-filter', 'class': 'dash-filter', placeholder: t.findUnit }));
    var list = nav.appendChild(el('ul'));
    (function add(u, depth) {
      var li = el('li', { 'class': 'depth-' + Math.min(depth, 2) + ' kind-' + u.kind + (u.watch ? ' watched' : '') });
      li.appendChild(unitLink(u.code, u.code + ' · ' + u.name));
      list.appendChild(li);
      (children[u.code] || []).forEach(function (c) { add(c, depth + 1); });
    })(byCode[data.root], 0);
    filter.addEventListener('input', function () {
      var word = filter.value.toLowerCase();
      Array.prototype.forEach.call(list.children, function (li) {
        li.hidden = word !== '' && li.textContent.toLowerCase().indexOf(word) < 0;
      });
    });
    return nav;
  }

  function figuresTable(u) {
    var table = el('table', { 'class': 'dash-table', id: 'dash-figures' });
    var head = table.appendChild(el('thead')).appendChild(el('tr'));
    [t.figure, t.own, t.subtree].forEach(function (h) { head.appendChild(el('th', {}, h)); });
    var body = table.appendChild(el('tbody'));
    data.figures.forEach(function (f) {
      var tr = body.appendChild(el('tr'));
      tr.appendChild(el('td', {}, f.label));
      ['own', 'subtree'].forEach(function (scope) {
        var td = tr.appendChild(el('td', { 'class': 'n' }));
        var value = u[scope] ? cellText(u[scope][f.id]) : '–';
        if (f.list && u[scope]) {
          var b = td.appendChild(el('button', { type: 'button', 'class': 'dash-figure', 'data-figure': f.id, 'data-scope': scope, title: t.showTasks }, value));
          b.addEventListener('click', function () { show(u.code, f.list, scope); });
        } else {
          td.textContent = value;
        }
      });
    });
    return table;
  }

  function childrenSection(u) {
    var section = el('section', { id: 'dash-children' });
    var below = children[u.code] || [];
    if (!below.length) { return section; }
    section.appendChild(el('h3', {}, t.below));
    var ids = ['on_time_rate', 'backlog_overdue', 'done_late', 'responsibility_index'];
    var labels = ids.map(function (id) { return data.figures.filter(function (f) { return f.id === id; })[0].label; });
    var rows = below.map(function (c) {
      return [c.code, c.name, c.kindLabel].concat(ids.map(function (id) { return c.subtree[id]; })).concat([c.watch || '']);
    });
    sortableTable(section, 'dash-children-table', [t.code, t.name, t.kind].concat(labels).concat([t.watch]), rows, function (tr, r) {
      var td = tr.children[1];
      td.textContent = '';
      td.appendChild(unitLink(r[0], r[1]));
    });
    return section;
  }

  function tasksSection(u) {
    var section = el('section', { id: 'dash-tasks' });
    var tabs = section.appendChild(el('div', { 'class': 'dash-tabs', role: 'tablist' }));
    var codes = state.scope === 'own' ? (function () { var o = {}; o[u.code] = true; return o; })() : subtreeOf(u.code);
    Object.keys(data.lists).forEach(function (id) {
      var list = data.lists[id];
      var n = list.rows.filter(function (r) { return codes[unitOfRow(list, r)]; }).length;
      var b = tabs.appendChild(el('button', { type: 'button', role: 'tab', 'data-list': id, 'aria-selected': String(id === state.list) }, list.title + ' (' + n + ')'));
      b.addEventListener('click', function () { show(u.code, id, state.scope); });
    });
    var list = data.lists[state.list];
    section.appendChild(el('h3', { id: 'dash-tasks-title' }, list.title + ' · ' + u.name + ' · ' + (state.scope === 'own' ? t.own : t.subtree)));
    var rows = list.rows.filter(function (r) { return codes[unitOfRow(list, r)]; });
    sortableTable(section, 'dash-tasks-table', list.columns, rows, function (tr, r) {
      var td = tr.children[list.unitColumn];
      var code = cellKey(r[list.unitColumn]);
      if (byCode[code]) { td.textContent = ''; td.appendChild(unitLink(code, code)); td.title = byCode[code].name; }
    });
    return section;
  }

  function chartsSection(u) {
    var section = el('section', { id: 'dash-charts' });
    var charts = data.charts.filter(function (c) { return c.unit === u.code; });
    if (!charts.length) { return section; }
    section.appendChild(el('h3', {}, t.charts));
    charts.forEach(function (c) {
      var figure = section.appendChild(el('figure'));
      figure.appendChild(el('img', { src: 'charts/' + c.id + '.svg', alt: c.title, loading: 'lazy' }));
      figure.appendChild(el('figcaption', {}, c.title));
    });
    return section;
  }

  function breadcrumbs(u) {
    var trail = [];
    for (var c = u; c; c = c.parent ? byCode[c.parent] : null) { trail.unshift(c); }
    var p = el('p', { 'class': 'dash-trail' });
    trail.forEach(function (c, i) {
      if (i) { p.appendChild(document.createTextNode(' › ')); }
      p.appendChild(unitLink(c.code, c.name));
    });
    return p;
  }

  var main = el('div', { id: 'dash-main' });
  function render() {
    var u = byCode[state.unit] || byCode[data.root];
    main.textContent = '';
    main.appendChild(breadcrumbs(u));
    main.appendChild(el('h2', { id: 'dash-unit' }, u.name + ' (' + u.code + ') · ' + u.kindLabel));
    if (u.watch) { main.appendChild(el('p', { 'class': 'dash-watch' }, t.watch + ': ' + u.watch)); }
    if (u.absorbed) { main.appendChild(el('p', { 'class': 'dash-note' }, u.absorbed)); }
    main.appendChild(figuresTable(u));
    main.appendChild(childrenSection(u));
    main.appendChild(tasksSection(u));
    main.appendChild(chartsSection(u));
    Array.prototype.forEach.call(document.querySelectorAll('#dash-nav a'), function (a) {
      a.className = a.getAttribute('data-unit') === u.code ? 'current' : '';
    });
  }
  function show(code, list, scope) {
    location.hash = 'unit=' + encodeURIComponent(code) + '&list=' + list + '&scope=' + scope;
  }
  function readHash() {
    var params = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (p) {
      var kv = p.split('=');
      if (kv[0]) { params[kv[0]] = decodeURIComponent(kv[1] || ''); }
    });
    state.unit = byCode[params.unit] ? params.unit : data.root;
    state.list = data.lists[params.list] ? params.list : 'overdue';
    state.scope = params.scope === 'own' ? 'own' : 'subtree';
    render();
  }

  var dash = el('div', { id: 'dash' });
  dash.appendChild(el('h1', {}, data.title));
  var columns = dash.appendChild(el('div', { 'class': 'dash-columns' }));
  columns.appendChild(navigation());
  columns.appendChild(main);
  document.body.insertBefore(dash, document.body.firstChild);
  document.body.classList.add('with-dashboard');
  window.addEventListener('hashchange', readHash);
  readHash();
})();
