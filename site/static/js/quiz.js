/* Quiz screens: save answers as the member goes, keep unsent answers in the browser, count down the time.

   Without JavaScript every button still saves on the server. With it, each change is sent to the autosave
   endpoint at once. If that fails (no connection, a server error, or the session has ended) the answer is
   kept in localStorage and sent again, by itself while the server is unreachable or failing, else when the
   connection is back or the page is opened again, so nothing is lost.
   Messages come from data attributes the server translated. */
(function () {
  "use strict";
  var form = document.querySelector(".quiz-form");
  var timer = document.querySelector("[data-seconds-left]");

  function csrfToken(root) {
    var input = root && root.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  if (form && !form.dataset.autosaveUrl && form.dataset.storageKey) {
    // A final answer (checked, or a decision in a case) is on the server: nothing to keep for this screen.
    try { window.localStorage.removeItem(form.dataset.storageKey); } catch (e) { /* private mode */ }
  }

  if (form && form.dataset.autosaveUrl) {
    var url = form.dataset.autosaveUrl;
    var key = form.dataset.storageKey;
    var status = form.querySelector("[data-autosave-status]");
    var pending = null;
    var retryTimer = null;
    // Between tries while the answer cannot be saved: doubled each time up to half a minute, and spread a
    // little, so a room of members whose server has just come back does not send all at once.
    var retryDelay = 2000;

    var say = function (text, link) {
      if (!status) return;
      status.textContent = text || "";
      if (link) {
        var a = document.createElement("a");
        a.href = link;
        a.textContent = form.dataset.msgSignIn;
        status.appendChild(document.createTextNode(" "));
        status.appendChild(a);
      }
    };

    var fields = function () {
      var data = [];
      Array.prototype.forEach.call(form.elements, function (el) {
        if (!el.name || el.name === "csrfmiddlewaretoken" || el.name === "action") return;
        if ((el.type === "radio" || el.type === "checkbox") && !el.checked) return;
        data.push([el.name, el.value]);
      });
      return data;
    };

    var remember = function (data) {
      try { window.localStorage.setItem(key, JSON.stringify(data)); } catch (e) { /* private mode */ }
    };
    var forget = function () {
      try { window.localStorage.removeItem(key); } catch (e) { /* private mode */ }
    };

    var send = function () {
      var data = pending || fields();
      pending = data;
      remember(data);
      var body = new URLSearchParams();
      data.forEach(function (pair) { body.append(pair[0], pair[1]); });
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(form), "Accept": "application/json" },
        body: body
      }).then(function (response) {
        if (response.status >= 500) {
          // The server, or a proxy in front of it, failed (a database restarting, a deployment): the answer
          // is still to be saved, so it is sent again as if the connection had dropped.
          throw new Error("HTTP " + response.status);
        }
        var type = response.headers.get("Content-Type") || "";
        if (type.indexOf("json") === -1) {
          // Not our endpoint's answer (a refused security token after signing in elsewhere): reload to
          // get a fresh page; the answer stays in this browser and is sent from there.
          return { status: 401, json: { error: form.dataset.msgReload, login_url: window.location.href } };
        }
        return response.json().then(function (json) { return { status: response.status, json: json }; });
      }).then(function (result) {
        if (result.status === 200) {
          retryDelay = 2000;
          pending = null;
          forget();
          say(result.json.saved ? form.dataset.msgSaved.replace("%s", result.json.saved_at) : "");
        } else if (result.status === 401) {
          say(result.json.error, result.json.login_url);
        } else if (result.json.closed) {
          window.location.reload();
        } else {
          pending = null;
          forget();
          say(result.json.error);
        }
      }).catch(function () {
        say(form.dataset.msgOffline);
        window.clearTimeout(retryTimer);
        retryTimer = window.setTimeout(send, retryDelay * (0.75 + Math.random() / 2));
        retryDelay = Math.min(retryDelay * 2, 30000);
      });
    };

    // Answers kept from an earlier visit: if the server shows them already, the form that carried them
    // was saved and they can go; otherwise they never reached the server, so put them back and send them.
    var kept = null;
    try { kept = JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { kept = null; }
    if (kept && JSON.stringify(kept) === JSON.stringify(fields())) {
      forget();
    } else if (kept && kept.length) {
      Array.prototype.forEach.call(form.elements, function (el) {
        // Hidden fields are the server's (the empty "choice" beside check boxes): never overwritten.
        if (!el.name || el.name === "csrfmiddlewaretoken" || el.type === "hidden") return;
        var values = kept.filter(function (pair) { return pair[0] === el.name; }).map(function (pair) { return pair[1]; });
        if (el.type === "radio" || el.type === "checkbox") el.checked = values.indexOf(el.value) !== -1;
        else if (values.length) el.value = values[0];
      });
      pending = kept;
      send();
    }

    var debounce = null;
    form.addEventListener("change", function () {
      pending = null;
      window.clearTimeout(debounce);
      debounce = window.setTimeout(send, 300);
    });
    window.addEventListener("online", function () { if (pending) send(); });
    // Leaving the screen by a button posts the form itself, which fails like any request while the server
    // cannot save (the member then sees an error page): keep the answer until a later visit to this screen
    // finds it on the server.
    form.addEventListener("submit", function () {
      window.clearTimeout(debounce);
      remember(fields());
    });
  }

  if (timer) {
    var left = parseInt(timer.dataset.secondsLeft, 10);
    var text = timer.querySelector("[data-timer-text]");
    var end = Date.now() + left * 1000;
    var tick = function () {
      var seconds = Math.max(0, Math.round((end - Date.now()) / 1000));
      var minutes = Math.floor(seconds / 60);
      text.textContent = minutes + ":" + String(seconds % 60).padStart(2, "0");
      if (seconds === 0) {
        // The server closes the attempt; show its result with the answers saved so far.
        window.location.href = timer.dataset.resultUrl;
        return;
      }
      window.setTimeout(tick, 1000);
    };
    tick();
  }
})();
