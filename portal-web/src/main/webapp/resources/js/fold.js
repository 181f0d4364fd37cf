/* Folds a bar (the filters of a list) away on a phone behind its toggle, WEB-INF/includes/fold-toggle.xhtml: a real
   button, reached with Tab, that says whether the bar is open (aria-expanded). The style sheet folds only on a narrow
   screen; on a wide one the toggle is not shown and the bar always is. Without this script the toggle stays hidden
   and the bar shows everywhere. A bar whose fields are in the address (a filter just applied) starts open, so what
   filters the list stays in sight. */
(function () {
    'use strict';

    function wire(toggle) {
        var bar = document.getElementById(toggle.getAttribute('aria-controls'));
        if (!bar) {
            return;
        }
        function show(open) {
            toggle.setAttribute('aria-expanded', String(open));
            bar.classList.toggle('portal-folded', !open);
        }
        toggle.addEventListener('click', function () {
            show(toggle.getAttribute('aria-expanded') !== 'true');
        });
        var query = new URLSearchParams(window.location.search);
        var applied = Array.prototype.some.call(bar.querySelectorAll('[name]'), function (field) {
            return query.has(field.name);
        });
        show(applied);
        toggle.hidden = false;
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.portal-fold-toggle[aria-controls]').forEach(wire);
    });
})();
