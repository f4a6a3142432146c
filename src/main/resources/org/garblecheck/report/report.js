(function () {
  'use strict';
  var doc = document;
  var main = doc.getElementById('main');
  var articles = doc.getElementById('articles');
  var index = doc.getElementById('index');

  // The index is written after the articles (they are streamed); show it first.
  if (index && main && articles && index.nextElementSibling !== articles) {
    main.insertBefore(index, articles);
  }

  // Sortable index: a button in each sortable header; a second click reverses the order.
  function cellValue(row, col, numeric) {
    var cell = row.cells[col];
    var v = cell.getAttribute('data-v');
    if (v === null) { v = cell.textContent; }
    return numeric ? parseFloat(v) : v;
  }
  function sortBy(button) {
    var th = button.closest('th');
    var table = th.closest('table');
    var body = table.tBodies[0];
    var col = th.cellIndex;
    var numeric = button.getAttribute('data-type') === 'num';
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (row, i) { row.setAttribute('data-i', row.getAttribute('data-i') || String(i)); });
    rows.sort(function (x, y) {
      var a = cellValue(x, col, numeric);
      var b = cellValue(y, col, numeric);
      var c = numeric ? a - b : (a < b ? -1 : a > b ? 1 : 0);
      if (!ascending) { c = -c; }
      return c !== 0 ? c : parseInt(x.getAttribute('data-i'), 10) - parseInt(y.getAttribute('data-i'), 10);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.querySelectorAll('th[aria-sort]'), function (h) {
      h.setAttribute('aria-sort', 'none');
    });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }
  Array.prototype.forEach.call(doc.querySelectorAll('th.sortable button'), function (button) {
    button.addEventListener('click', function () { sortBy(button); });
  });

  // Tooltip for highlights: hover, keyboard focus, or a click (which pins it until Escape or another click).
  var tip = doc.getElementById('tip');
  var shownFor = null;
  var pinned = false;
  function markOf(node) {
    return node && node.closest ? node.closest('mark.f:not(.sample)') : null;
  }
  function pieces(mark) {
    return doc.querySelectorAll('mark.f[data-f="' + mark.getAttribute('data-f') + '"]');
  }
  function light(mark, on) {
    Array.prototype.forEach.call(pieces(mark), function (p) { p.classList.toggle('hl', on); });
  }
  function show(mark) {
    if (shownFor === mark) { return; }
    hide(true);
    var note = doc.getElementById(mark.getAttribute('data-note'));
    if (!note || !tip) { return; }
    var detail = note.querySelector('.detail');
    tip.textContent = '';
    tip.appendChild((detail || note).cloneNode(true));
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var width = Math.min(420, doc.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + doc.documentElement.clientWidth - width - 8));
    tip.style.left = left + 'px';
    tip.style.top = (r.bottom + window.scrollY + 8) + 'px';
    shownFor = mark;
    light(mark, true);
  }
  function hide(force) {
    if (pinned && !force) { return; }
    if (shownFor) { light(shownFor, false); }
    shownFor = null;
    pinned = false;
    if (tip) { tip.hidden = true; }
  }
  doc.addEventListener('mouseover', function (e) {
    var m = markOf(e.target);
    if (m && !pinned) { show(m); }
  });
  doc.addEventListener('mouseout', function (e) {
    var m = markOf(e.target);
    if (m && !markOf(e.relatedTarget)) { hide(false); }
  });
  doc.addEventListener('focusin', function (e) {
    var m = markOf(e.target);
    if (m) { show(m); }
  });
  doc.addEventListener('focusout', function (e) {
    if (markOf(e.target)) { hide(true); }
  });
  function toggle(m) {
    if (pinned && shownFor === m) { hide(true); return; }
    show(m);
    pinned = true;
  }
  doc.addEventListener('click', function (e) {
    var m = markOf(e.target);
    if (m) { toggle(m); } else { hide(true); }
  });
  doc.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { hide(true); return; }
    var m = markOf(e.target);
    if (m && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); toggle(m); }
  });

  // Self-test for the headless browser test: open the page with #selftest.
  if (location.hash === '#selftest') {
    var result = {};
    function scores() {
      return Array.prototype.map.call(doc.querySelectorAll('#index tbody tr'), function (row) {
        return parseFloat(row.cells[3].getAttribute('data-v'));
      });
    }
    var button = doc.querySelector('#index button[data-sort="score"]');
    result.indexFirst = !!index && main.firstElementChild === index;
    if (button) {
      button.click();
      result.ascending = scores();
      button.click();
      result.descending = scores();
    }
    result.highlights = doc.querySelectorAll('mark.f[tabindex]').length;
    result.notes = doc.querySelectorAll('ol.findings > li').length;
    var first = doc.querySelector('mark.f[tabindex]');
    if (first) {
      first.focus();
      result.tipOnFocus = !tip.hidden && tip.textContent.length > 0 ? tip.textContent.replace(/\s+/g, ' ').trim() : '';
      first.blur();
      result.tipAfterBlur = !tip.hidden;
    }
    doc.body.setAttribute('data-selftest', JSON.stringify(result));
  }
})();
