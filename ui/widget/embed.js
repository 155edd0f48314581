/*! Document chat widget. Dependency-free. Include with:
 * <script src="https://CHAT-HOST/widget/embed.js" data-chatbot-url="https://CHAT-HOST"
 *         data-title="Ask the article" async></script>
 * Options (data-*): chatbot-url (required: the chat service), title, placeholder, position
 * ("right" | "left"), accent (CSS colour), open ("true" to start open), greeting.
 * Options are validated: accent must be a colour (else the default), chatbot-url an http(s) URL,
 * text options are only ever used as text.
 */
(function () {
  "use strict";
  var script = document.currentScript || (function () {
    var all = document.querySelectorAll("script[data-chatbot-url]");
    return all[all.length - 1];
  })();
  if (!script || window.__documentChatLoaded) return;
  window.__documentChatLoaded = true;

  var opts = script.dataset || {};
  var base = httpUrl(opts.chatbotUrl) || new URL(script.src).origin;
  var title = opts.title || "Ask the documents";
  // The accent goes into the shadow root's CSS: only a plain colour, never markup or declarations.
  var accent = colour(opts.accent) || "#2557a7";
  var side = opts.position === "left" ? "left" : "right";
  var storageKey = "document-chat:" + base;

  var host = document.createElement("div");
  host.setAttribute("data-document-chat", "");
  // A shadow root: the host page's CSS cannot reach in, ours cannot leak out.
  var root = host.attachShadow({ mode: "open" });
  root.innerHTML =
    "<style>" +
    ":host{all:initial}" +
    "*{box-sizing:border-box;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif}" +
    ".btn{display:flex;align-items:center;justify-content:center;position:fixed;bottom:20px;" + side + ":20px;width:56px;height:56px;border-radius:50%;border:0;" +
    "background:" + accent + ";color:#fff;font-size:26px;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);z-index:2147483000}" +
    ".btn:focus-visible,.panel button:focus-visible,textarea:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}" +
    ".panel{position:fixed;bottom:88px;" + side + ":20px;width:min(380px,calc(100vw - 40px));height:min(560px,calc(100vh - 120px));" +
    "background:#fff;color:#1b1b1b;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);display:flex;flex-direction:column;" +
    "overflow:hidden;z-index:2147483000;font-size:14px;line-height:1.45}" +
    ".panel[hidden]{display:none}" +
    "header{background:" + accent + ";color:#fff;padding:10px 12px;display:flex;align-items:center;gap:8px}" +
    "header h2{font-size:15px;margin:0;flex:1;font-weight:600}" +
    "header button{background:transparent;border:1px solid rgba(255,255,255,.6);color:#fff;border-radius:6px;padding:3px 8px;cursor:pointer;font-size:12px}" +
    ".log{flex:1;overflow-y:auto;padding:12px;display:flex;flex-direction:column;gap:10px}" +
    ".msg{max-width:90%;padding:8px 10px;border-radius:10px;white-space:pre-wrap;word-wrap:break-word}" +
    ".user{align-self:flex-end;background:" + accent + ";color:#fff}" +
    ".bot{align-self:flex-start;background:#f1f3f6}" +
    ".bot.refusal{background:#fff8e1;border:1px solid #f2d17c}" +
    ".bot.error{background:#fdecea;border:1px solid #f5b5ae}" +
    ".cites{margin:6px 0 0;padding:0;list-style:none;font-size:12px;color:#444}" +
    ".cites li{border-left:3px solid " + accent + ";padding:2px 6px;margin-top:4px;background:#fff}" +
    ".cites a{color:" + accent + "}" +
    ".meta{font-size:11px;color:#666;margin-top:4px}" +
    "form{display:flex;gap:6px;padding:8px;border-top:1px solid #e3e3e3}" +
    "textarea{flex:1;resize:none;height:40px;padding:8px;border:1px solid #bbb;border-radius:8px;font-size:16px}" +
    "form button{background:" + accent + ";color:#fff;border:0;border-radius:8px;padding:0 14px;cursor:pointer}" +
    "form button[disabled]{opacity:.5;cursor:default}" +
    ".count{font-size:11px;color:#666;padding:0 10px 6px;text-align:right}.count.over{color:#b3261e;font-weight:600}" +
    ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}" +
    "</style>" +
    '<button class="btn" type="button" aria-haspopup="dialog" aria-expanded="false" aria-label="Open chat: ' + escapeHtml(title) + '">' +
    '<svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">' +
    '<path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg></button>' +
    '<section class="panel" role="dialog" aria-label="' + escapeHtml(title) + '" hidden>' +
    "<header><h2></h2>" +
    '<button type="button" class="new" title="Start a new conversation">New</button>' +
    '<button type="button" class="close" aria-label="Close chat">\u2715</button></header>' +
    '<div class="log" role="log" aria-live="polite"></div>' +
    '<form><label class="sr" for="q">Your question</label>' +
    '<textarea id="q" placeholder="' + escapeHtml(opts.placeholder || "Ask a question\u2026") + '"></textarea>' +
    '<button type="submit">Ask</button></form><div class="count" aria-live="polite"></div></section>';

  var button = root.querySelector(".btn");
  var panel = root.querySelector(".panel");
  var log = root.querySelector(".log");
  var form = root.querySelector("form");
  var input = root.querySelector("textarea");
  var send = root.querySelector("form button");
  root.querySelector("h2").textContent = title;

  var state = load();
  var busy = false;
  var counter = root.querySelector(".count");
  var maxChars = 2000;  // the service's limit, read from /v1/access when the panel opens
  var access = null;  // null: not checked yet; then true, or the polite reason it is not available

  function updateCounter() {
    var n = input.value.length;
    var over = n > maxChars;
    counter.textContent = over ? n + " / " + maxChars + " characters \u2014 please shorten your question" : n + " / " + maxChars;
    counter.className = "count" + (over ? " over" : "");
    send.disabled = busy || over || access !== true;
  }
  var accessCheck = null;  // the check in flight: opening the panel and sending share it
  function checkAccess() {
    if (access !== null) return Promise.resolve();
    if (!accessCheck) {
      accessCheck = askAccess().then(function () { accessCheck = null; });
    }
    return accessCheck;
  }
  function askAccess() {
    // POST: browsers always send Origin with it, so the service judges this page even on its own origin.
    return fetch(base + "/v1/access", { method: "POST", cache: "no-store" }).then(function (response) {
      if (!response.ok) throw { status: response.status };
      return response.json().then(function (body) {
        access = true;
        if (body && body.max_question_chars) maxChars = body.max_question_chars;
      });
    }).catch(function (err) {
      if (err && err.status) { access = politeError(err.status); return; }
      // A refused cross-origin call looks like a network error: an opaque request tells up from down.
      return fetch(base + "/healthz", { mode: "no-cors", cache: "no-store" }).then(function () {
        access = politeError(403);
      }, function () {
        access = null;  // down: say so, and check again next time the panel opens
        log.textContent = "";
        render({ role: "bot", text: politeError(0), kind: "error" });
      });
    });
  }

  function colour(value) {
    var v = String(value || "").trim();
    if (!/^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,30}|(rgb|hsl)a?\([0-9a-zA-Z.,%\s\/+-]{1,60}\))$/.test(v)) return null;
    return window.CSS && CSS.supports && !CSS.supports("color", v) ? null : v;
  }
  function httpUrl(value) {
    if (!value) return null;
    try {
      var url = new URL(String(value || ""), document.baseURI);
      return /^https?:$/.test(url.protocol) ? url.href.replace(/\/+$/, "") : null;
    } catch (e) { return null; }
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function load() {
    try {
      var saved = JSON.parse(localStorage.getItem(storageKey) || "null");
      if (saved && Array.isArray(saved.messages)) return saved;
    } catch (e) { /* storage may be blocked: start fresh */ }
    return { sessionId: null, messages: [], open: false };
  }
  function save() {
    try {
      state.messages = state.messages.slice(-40);
      localStorage.setItem(storageKey, JSON.stringify(state));
    } catch (e) { /* ignore */ }
  }

  function render(message) {
    var el = build(message);
    log.appendChild(el);
    log.scrollTop = log.scrollHeight;
    return el;
  }
  function build(message) {
    var el = document.createElement("div");
    el.className = "msg " + (message.role === "user" ? "user" : "bot") + (message.kind ? " " + message.kind : "");
    var text = document.createElement("div");
    text.className = "text";
    // The short answer is bold where the answer begins with it, as on the page (text nodes only).
    var short = message.short || "";
    if (short && String(message.text).indexOf(short) === 0) {
      var strong = document.createElement("strong");
      strong.textContent = short;
      text.appendChild(strong);
      text.appendChild(document.createTextNode(String(message.text).slice(short.length)));
    } else {
      text.textContent = message.text;
    }
    el.appendChild(text);
    if (message.citations && message.citations.length) appendCitations(el, message.citations, message.text);
    if (message.meta) {
      var meta = document.createElement("div");
      meta.className = "meta";
      meta.textContent = message.meta;
      el.appendChild(meta);
    }
    return el;
  }
  function unquoted(text) {
    return String(text).trim().replace(/^["\u201C\u201D']+|["\u201C\u201D']+$/g, "");
  }
  // As on the page: "policy.pdf · p. 4 · Leave \u203a Carry-over"; a plain text file keeps its line numbers.
  function place(c) {
    var parts = [];
    if (typeof c.page === "number") parts.push("p. " + c.page);
    else if (!c.section) {
      return ", " + (c.line_start === c.line_end ? "line " + c.line_start : "lines " + c.line_start + "\u2013" + c.line_end);
    }
    if (c.section) parts.push(String(c.section));
    return " \u00b7 " + parts.join(" \u00b7 ");
  }
  function appendCitations(el, citations, answer) {
    var list = document.createElement("ol");
    list.className = "cites";
    list.setAttribute("aria-label", "Sources");
    citations.forEach(function (c) {
      var li = document.createElement("li");
      var where = place(c);
      var plain = unquoted(c.text).replace(/\s+/g, " ");
      // A list item quotes its passage without the full stop: compare without the end's punctuation.
      var shown = plain.replace(/[.:;!?\u2026]+$/, "").slice(0, 60);
      var quoted = answer && answer.replace(/\s+/g, " ").indexOf(shown) >= 0 ? "" : "\u201C" + plain + "\u201D \u2014 ";
      li.appendChild(document.createTextNode("[" + c.n + "] " + quoted + c.source + where + " "));
      if (c.url && /^https?:\/\//.test(c.url)) {
        var a = document.createElement("a");
        a.href = c.url;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        a.textContent = "source";
        li.appendChild(a);
      }
      list.appendChild(li);
    });
    el.appendChild(list);
  }
  function renderAll() {
    log.textContent = "";
    if (access !== true) {  // not checked yet, or not available here: no greeting
      if (typeof access === "string") render({ role: "bot", text: access, kind: "error" });
      updateCounter();
      return;
    }
    if (!state.messages.length) {
      render({ role: "bot", text: opts.greeting || "Hi! Ask me about the documents. I answer only from them and show my sources." });
    }
    state.messages.forEach(render);
  }

  function setOpen(open) {
    panel.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    state.open = open;
    save();
    if (open) {
      renderAll();
      input.focus();
      checkAccess().then(function () { if (!panel.hidden && access !== null) renderAll(); });
    } else { button.focus(); }
  }

  button.addEventListener("click", function () { setOpen(panel.hidden); });
  root.querySelector(".close").addEventListener("click", function () { setOpen(false); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") setOpen(false); });
  root.querySelector(".new").addEventListener("click", function () {
    if (state.sessionId) {
      fetch(base + "/v1/sessions/" + encodeURIComponent(state.sessionId), { method: "DELETE" }).catch(function () {});
    }
    state = { sessionId: null, messages: [], open: true };
    save();
    renderAll();
    input.focus();
  });
  input.addEventListener("input", updateCounter);
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event("submit")); }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var question = input.value.trim();
    if (!question || busy || question.length > maxChars) return;
    // Sent before the access check came back (a fast typist, a slow network): wait for it
    // instead of dropping the question.
    checkAccess().then(function () {
      if (access !== true) {
        if (typeof access === "string") renderAll();
        return;
      }
      if (busy) return;
      if (input.value.trim() === question) input.value = "";
      updateCounter();
      ask(question);
    });
  });

  function politeError(status, body) {
    if (status === 404) return "This conversation has expired, so a new one starts now: please ask again.";
    if (status === 403) return "Sorry, this chat is not available on this site.";
    if (status === 429) return "You are asking very fast \u2014 please wait a moment and try again.";
    if (status === 413 || status === 422) return (body && body.error) || "That question cannot be answered as written.";
    return "The chat service is not reachable right now. Please try again later.";
  }

  function ask(question) {
    busy = true;
    send.disabled = true;
    var user = { role: "user", text: question };
    state.messages.push(user);
    render(user);
    var bot = { role: "bot", text: "" };
    var expired = false;  // the service forgot the conversation: the turns before are no longer part of it
    var el = render(bot);
    var textEl = el.querySelector(".text");
    textEl.textContent = "\u2026";
    fetch(base + "/v1/chat/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ question: question, session_id: state.sessionId })
    }).then(function (response) {
      if (!response.ok || !response.body) {
        return response.json().catch(function () { return null; }).then(function (body) {
          if (response.status === 404) { state.sessionId = null; expired = true; }  // the next question starts afresh
          throw { polite: politeError(response.status, body) };
        });
      }
      var reader = response.body.getReader();
      var decoder = new TextDecoder();
      var buffer = "";
      textEl.textContent = "";
      function pump() {
        return reader.read().then(function (chunk) {
          if (chunk.done) return;
          buffer += decoder.decode(chunk.value, { stream: true });
          var parts = buffer.split("\n\n");
          buffer = parts.pop();
          parts.forEach(function (part) { handle(part); });
          return pump();
        });
      }
      function handle(part) {
        var event = "message", data = "";
        part.split("\n").forEach(function (line) {
          if (line.indexOf("event: ") === 0) event = line.slice(7);
          else if (line.indexOf("data: ") === 0) data += line.slice(6);
        });
        var payload = data ? JSON.parse(data) : {};
        if (event === "session") state.sessionId = payload.session_id;
        else if (event === "token") { bot.text += payload.text; textEl.textContent = bot.text; log.scrollTop = log.scrollHeight; }
        else if (event === "done") {
          bot.text = payload.answer;
          bot.short = payload.answerable ? payload.short_answer : "";
          bot.citations = payload.citations;
          bot.kind = payload.answerable ? "" : "refusal";
          bot.meta = "answered by " + payload.backend + " in " + Math.round(payload.timings_ms.total) + " ms";
          state.sessionId = payload.session_id;
        } else if (event === "error") throw { polite: payload.error };
      }
      return pump();
    }).catch(function (err) {
      if (err && err.polite) return err.polite;
      // The browser hides why a cross-origin call failed. If the service answers an opaque
      // request, it is up, so it refused this site (origin not allowed); otherwise it is down.
      return fetch(base + "/healthz", { mode: "no-cors", cache: "no-store" }).then(function () {
        return politeError(403);
      }, function () {
        return politeError(0);
      });
    }).then(function (problem) {
      if (problem) {
        bot.text = problem;
        bot.short = "";
        bot.kind = "error";
      }
      state.messages.push(bot);
      if (expired) {  // the screen shows only what the new conversation holds
        state.messages = [user, bot];
        log.textContent = "";
        state.messages.forEach(render);
      } else {
        log.replaceChild(build(bot), el);
      }
      save();
      log.scrollTop = log.scrollHeight;
      busy = false;
      updateCounter();
      input.focus();
    });
  }

  function mount() {
    document.body.appendChild(host);
    if (state.open || opts.open === "true") setOpen(true);
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
