/*
 * Live page updates (ADR 0017): an element with data-live-topic="/topic/…" and data-live-refresh="<url>" is
 * replaced by a fresh rendering of <url> (an htmx GET, outerHTML swap) whenever a message arrives on the topic.
 * One STOMP connection per page, to /ws over the existing broker; anonymous pages connect without a token, signed-in
 * pages carry their session (the WebSocket handshake sends the cookie). A message may arrive a moment before the
 * read model behind the fragment has the change (the live feed and each read model are separate processors), so
 * the fragment is fetched once more shortly after. Holds no human text: pages render their own status texts.
 */
(function () {
    'use strict';

    function liveElements() {
        return Array.prototype.slice.call(document.querySelectorAll('[data-live-topic][data-live-refresh]'));
    }

    var SETTLE_MILLIS = 1500;

    function refresh(topic) {
        fetchAgain(topic);
        window.setTimeout(function () { fetchAgain(topic); }, SETTLE_MILLIS);
    }

    function fetchAgain(topic) {
        liveElements()
            .filter(function (element) { return element.getAttribute('data-live-topic') === topic; })
            .forEach(function (element) {
                htmx.ajax('GET', element.getAttribute('data-live-refresh'), {target: element, swap: 'outerHTML'});
            });
    }

    function connect() {
        var topics = liveElements().map(function (element) { return element.getAttribute('data-live-topic'); })
            .filter(function (topic, index, all) { return all.indexOf(topic) === index; });
        if (topics.length === 0 || !window.StompJs) {
            return;
        }
        var scheme = window.location.protocol === 'https:' ? 'wss://' : 'ws://';
        var client = new StompJs.Client({
            brokerURL: scheme + window.location.host + document.documentElement.getAttribute('data-context') + 'ws',
            reconnectDelay: 5000
        });
        client.onConnect = function () {
            topics.forEach(function (topic) {
                client.subscribe(topic, function () { refresh(topic); });
            });
            document.documentElement.setAttribute('data-live', 'connected');
        };
        client.activate();
        window.regionetLive = client;
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', connect);
    } else {
        connect();
    }
})();
