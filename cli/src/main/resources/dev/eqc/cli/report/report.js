/* eqc report: renders every [data-tex] element with KaTeX, and shows a sub-expression's shape
   (or a diagnostic) in a tooltip when the pointer is over it. Builds the tooltip with textContent
   only: nothing from the .eq file is ever parsed as HTML. */
(function () {
  'use strict';

  function options(display) {
    return {
      displayMode: display,
      throwOnError: true,
      strict: false,
      output: 'htmlAndMathml',
      // \htmlData only adds data-* attributes; every other trusted command (\href, \url,
      // \includegraphics, \htmlStyle…) stays refused, whatever the file says.
      trust: function (context) { return context.command === '\\htmlData'; }
    };
  }

  // Annotated LaTeX first (hover works), then as written, then as rows of an aligned block;
  // if none renders, the source stays visible as code and no KaTeX error is shown.
  function render(el) {
    var display = el.classList.contains('tex-display');
    var plain = el.getAttribute('data-tex');
    var attempts = [];
    if (el.hasAttribute('data-tex-annotated')) {
      attempts.push(['annotated', el.getAttribute('data-tex-annotated')]);
    }
    attempts.push(['plain', plain]);
    if (display) {
      attempts.push(['aligned', '\\begin{aligned}' + plain + '\\end{aligned}']);
    }
    var failure = '';
    for (var i = 0; i < attempts.length; i++) {
      try {
        // Into a detached element: katex.render empties its target before it parses, and the
        // source shown as code must stay when every attempt fails.
        var holder = document.createElement('span');
        katex.render(attempts[i][1], holder, options(display));
        el.textContent = '';
        while (holder.firstChild) {
          el.appendChild(holder.firstChild);
        }
        el.setAttribute('data-rendered', attempts[i][0]);
        return;
      } catch (e) {
        failure = String(e && e.message ? e.message : e);
      }
    }
    el.setAttribute('data-rendered', 'none');
    el.title = 'KaTeX cannot render this: ' + failure;
  }

  document.querySelectorAll('[data-tex]').forEach(render);

  var tip = document.getElementById('shape-tooltip');
  var lit = [];

  function light(el) {
    if (el) {
      el.classList.add('lit');
      lit.push(el);
    }
  }

  function part(tag, cls, text) {
    var e = document.createElement(tag);
    e.className = cls;
    e.textContent = text;
    tip.appendChild(e);
  }

  function numeric(value) {
    return /^[0-9]+$/.test(value || '');
  }

  function cell(row, cls) {
    var c = row.querySelector('.' + cls);
    return c ? c.textContent : '';
  }

  function showFor(el) {
    var statement = el.closest('.statement');
    var term = el.getAttribute('data-term');
    var issue = el.getAttribute('data-issue');
    tip.textContent = '';
    if (numeric(term)) {
      var row = statement.querySelector('tr[data-term="' + term + '"]');
      if (!row) {
        return false;
      }
      part('code', 'tip-src', cell(row, 'src'));
      part('span', 'tip-shape', cell(row, 'shape'));
      if (cell(row, 'meaning')) {
        part('span', 'tip-meaning', cell(row, 'meaning'));
      }
      light(row);
      // The sub-expressions around it, innermost first: the pointer rests on the innermost one.
      var outer = el.parentElement && el.parentElement.closest('.katex [data-term]');
      for (var n = 0; outer && n < 3; n++) {
        var around = statement.querySelector('tr[data-term="' + outer.getAttribute('data-term') + '"]');
        if (numeric(outer.getAttribute('data-term')) && around) {
          part('div', 'tip-outer', 'in ' + cell(around, 'src') + ' : ' + cell(around, 'shape'));
        }
        outer = outer.parentElement && outer.parentElement.closest('.katex [data-term]');
      }
    } else if (numeric(issue)) {
      var box = statement.querySelector('.issue[data-issue="' + issue + '"]');
      if (!box) {
        return false;
      }
      part('span', 'tip-issue', cell(box, 'issue-head'));
      light(box);
    } else {
      return false;
    }
    light(el);
    var r = el.getBoundingClientRect();
    tip.style.top = (r.bottom + 8) + 'px';
    tip.hidden = false;
    tip.style.left = Math.max(4, Math.min(r.left, window.innerWidth - tip.offsetWidth - 8)) + 'px';
    return true;
  }

  // mousemove as well as mouseover: the pointer can come to rest on another sub-expression without
  // crossing an element boundary mouseover reports (moved in one jump, or within nested boxes), and
  // the tooltip must follow what is under the pointer now.
  var shown = null;
  function follow(event) {
    var target = event.target instanceof Element ? event.target : null;
    var inMath = target && target.closest('.katex [data-term], .katex [data-issue]');
    if (event.type === 'mousemove' && inMath === shown) {
      return;
    }
    shown = inMath;
    lit.forEach(function (e) { e.classList.remove('lit'); });
    lit = [];
    if (inMath && inMath.closest('.statement') && showFor(inMath)) {
      return;
    }
    tip.hidden = true;
    // A row of a shape table outlines its sub-expression in the equation above it.
    var row = target && target.closest('tr[data-term]');
    if (row && numeric(row.getAttribute('data-term'))) {
      light(row.closest('.statement').querySelector('.katex [data-term="' + row.getAttribute('data-term') + '"]'));
    }
  }
  document.addEventListener('mouseover', follow);
  document.addEventListener('mousemove', follow);
})();
