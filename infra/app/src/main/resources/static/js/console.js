/*
 * The console's htmx requests carry the CSRF token of the session (ADR 0019), read from the page's meta tags, as
 * every form does through its hidden field. Holds no human text.
 */
document.addEventListener('htmx:configRequest', function (event) {
    'use strict';
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
        event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
});
