/*
 * Starts the Wagtail admin widgets that Wagtail 8 starts with inline <script> tags (choosers, date and time
 * pickers, inline panels), which Sigap's Content-Security-Policy refuses (no 'unsafe-inline'), and keeps two
 * other admin scripts within the policy (the focal-point tool, Draftail's hint) further down.
 *
 * Sigap renders a hidden marker in their place (sigap/admin_widgets.py, sigap/templates/wagtailadmin/):
 *   <span hidden data-sigap-start="date" data-sigap-target="id_day" data-sigap-options="{...}"></span>
 * This script, loaded on every admin page before the content, watches the page and makes the same call as
 * Wagtail's inline script when a marker appears: while the page is read, and later when a panel adds a
 * form or a dialog opens. Each marker is removed once used, so a widget that moves is not started twice.
 * Only the calls named below can be made; the options are parsed as JSON, never run.
 */
(function () {
  'use strict';

  var CHOOSER = /^[A-Za-z]*Chooser$/;
  var STARTERS = {
    date: function (options, marker) {
      window.initDateChooser(marker.dataset.sigapTarget, options);
    },
    time: function (options, marker) {
      window.initTimeChooser(marker.dataset.sigapTarget, options);
    },
    datetime: function (options, marker) {
      window.initDateTimeChooser(marker.dataset.sigapTarget, options);
    },
    'inline-panel': function (options) {
      return new window.InlinePanel(options);
    },
    'multiple-chooser-panel': function (options) {
      return new window.MultipleChooserPanel(options);
    },
    // `new PageChooser(id, options)`, ImageChooser, DocumentChooser, SnippetChooser…
    chooser: function (options) {
      var Chooser = window[options.constructor];
      if (CHOOSER.test(options.constructor) && typeof Chooser === 'function') {
        return new Chooser(...options.args);
      }
      return null;
    },
    'task-chooser': function (options) {
      window.createTaskChooser(options.args[0]);
    },
  };
  var SELECTOR = '[data-sigap-start]';

  function start(marker) {
    // One batch of changes can name a marker twice (added itself, and inside an added parent); a marker
    // already used has left the page.
    if (!marker.isConnected) {
      return;
    }
    var starter = STARTERS[marker.dataset.sigapStart];
    var options = JSON.parse(marker.dataset.sigapOptions || 'null');
    marker.remove();
    if (starter) {
      starter(options, marker);
    }
  }

  function startWithin(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    if (node.matches(SELECTOR)) {
      start(node);
    }
    node.querySelectorAll(SELECTOR).forEach(start);
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(startWithin);
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
  startWithin(document.documentElement);

  // Jcrop (the image editor's focal-point tool) tests for touch support by writing an ontouchstart=""
  // attribute, an inline event handler the policy refuses. Telling it the answer, found the way it looks
  // first, skips that test. jQuery runs ready handlers in order, and this one is registered before the
  // image editor's.
  window.jQuery(function () {
    if (window.jQuery.Jcrop) {
      window.jQuery.Jcrop.defaults.touchSupport = 'ontouchstart' in document.documentElement;
    }
  });

  // Draftail's hint for an empty paragraph, shown by css/admin.css (Draftail's own would need an inline
  // <style>). Set through the CSS object model, which the policy allows, in the admin's language.
  var hint = 'Write something or type ‘/’ to insert a block';
  var translate = window.django && window.django.gettext;
  document.documentElement.style.setProperty(
    '--sigap-draftail-hint',
    JSON.stringify(translate ? translate(hint) : hint),
  );
})();
