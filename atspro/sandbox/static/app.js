// ATSPro sandbox chat: plays one Telegram user through the emulator's /api (see docs/sandbox.md).
// Message formatting is rebuilt from the Bot API entities with DOM nodes and textContent, so
// only Telegram's own formatting can ever appear and no bot text is parsed as HTML.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const els = {
    messages: $("messages"), text: $("text"), composer: $("composer"), file: $("file-input"),
    send: $("send-button"), status: $("bot-status"), name: $("bot-name"), avatar: $("bot-avatar"),
    toast: $("toast"), commands: $("commands"), commandsButton: $("commands-button"),
    replyKeyboard: $("reply-keyboard"), reset: $("reset-button"),
  };
  const SAFE_SCHEMES = ["http:", "https:", "tg:", "mailto:"];
  const ACTION_LABELS = {
    typing: "typing…", upload_document: "sending a file…", upload_photo: "sending a photo…",
    upload_video: "sending a video…", record_voice: "recording voice…", choose_sticker: "choosing a sticker…",
  };
  let userId = 1001;
  let revision = 0;
  let info = null;
  let statusTimer = null;
  let toastTimer = null;
  let generation = 0; // bumps on reset so an old long poll stops
  let dismissedKeyboard = null; // a one-time reply keyboard the user already used
  let pinned = true; // the view follows new content while the user is at the bottom

  // --- API ------------------------------------------------------------------------------------

  async function api(path, options = {}) {
    const response = await fetch(path, options);
    const data = await response.json().catch(() => ({ ok: false, error: `HTTP ${response.status}` }));
    if (!data.ok) throw new Error(data.error || `HTTP ${response.status}`);
    return data;
  }
  const postJson = (path, body) =>
    api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

  // --- rendering of text with entities ------------------------------------------------------

  function safeUrl(url) {
    try {
      const parsed = new URL(url, "http://invalid.local/");
      if (parsed.origin === "http://invalid.local") return null; // relative: not a real link
      return SAFE_SCHEMES.includes(parsed.protocol) ? parsed.href : null;
    } catch (_) {
      return null;
    }
  }

  function link(href, title) {
    const a = document.createElement("a");
    const safe = safeUrl(href);
    if (!safe) return document.createElement("span");
    a.href = safe;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    if (title) a.title = title;
    return a;
  }

  function elementFor(entity, covered) {
    switch (entity.type) {
      case "bold": return document.createElement("b");
      case "italic": return document.createElement("i");
      case "underline": return document.createElement("u");
      case "strikethrough": return document.createElement("s");
      case "code": return document.createElement("code");
      case "pre": {
        const pre = document.createElement("pre");
        if (entity.language) pre.dataset.language = entity.language;
        return pre;
      }
      case "blockquote": return document.createElement("blockquote");
      case "expandable_blockquote": {
        const quote = document.createElement("blockquote");
        quote.className = "expandable";
        quote.addEventListener("click", () => quote.classList.toggle("open"));
        return quote;
      }
      case "spoiler": {
        const span = document.createElement("span");
        span.className = "spoiler";
        span.addEventListener("click", () => span.classList.add("shown"));
        return span;
      }
      case "text_link": return link(entity.url, entity.url);
      case "url": return link(/^[a-z][a-z0-9+.-]*:\/\//i.test(covered) ? covered : `http://${covered}`);
      case "email": return link(`mailto:${covered}`);
      case "mention": return link(`https://t.me/${covered.slice(1)}`);
      case "bot_command": {
        const a = document.createElement("a");
        a.href = "#";
        a.className = "command";
        a.addEventListener("click", (event) => { event.preventDefault(); sendText(covered); });
        return a;
      }
      default: return document.createElement("span");
    }
  }

  // Offsets are UTF-16 code units, which is exactly how JavaScript indexes strings.
  const BLOCK_TYPES = new Set(["pre", "blockquote", "expandable_blockquote"]);

  function buildText(text, start, end, entities) {
    const fragment = document.createDocumentFragment();
    let pending = entities.slice().sort((a, b) => a.offset - b.offset || b.length - a.length);
    let pos = start;
    let afterBlock = false;
    // A block ends its line itself, so the newline right after it would show as an empty line.
    const plain = (from, to) => {
      let piece = text.slice(from, to);
      if (afterBlock && piece.startsWith("\n")) piece = piece.slice(1);
      if (piece) fragment.append(piece);
    };
    while (pending.length) {
      const entity = pending[0];
      const entityEnd = Math.min(entity.offset + entity.length, end);
      if (entity.offset > pos) plain(pos, entity.offset);
      const inner = [];
      const rest = [];
      for (const other of pending.slice(1)) {
        const otherEnd = other.offset + other.length;
        if (other.offset >= entityEnd) rest.push(other);
        else if (otherEnd <= entityEnd) inner.push(other);
        else { // overlapping: split at the boundary, as Telegram clients do
          inner.push({ ...other, length: entityEnd - other.offset });
          rest.push({ ...other, offset: entityEnd, length: otherEnd - entityEnd });
        }
      }
      const from = Math.max(entity.offset, pos);
      const element = elementFor(entity, text.slice(from, entityEnd));
      element.append(buildText(text, from, entityEnd, inner));
      fragment.append(element);
      afterBlock = BLOCK_TYPES.has(entity.type);
      pos = Math.max(pos, entityEnd);
      pending = rest.sort((a, b) => a.offset - b.offset || b.length - a.length);
    }
    if (pos < end) plain(pos, end);
    return fragment;
  }

  function renderText(text, entities) {
    const div = document.createElement("div");
    div.className = "text";
    div.append(buildText(text, 0, text.length, entities || []));
    return div;
  }

  // --- rendering of messages ----------------------------------------------------------------

  const fileUrl = (fileId) => `/api/files/${encodeURIComponent(fileId)}`;
  const timeOf = (unix) => new Date(unix * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });

  function humanSize(bytes) {
    if (bytes == null) return "";
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }

  function renderDocument(doc) {
    const box = document.createElement("div");
    box.className = "doc";
    const icon = document.createElement("div");
    icon.className = "doc-icon";
    const name = doc.file_name || "file";
    icon.textContent = name.includes(".") ? name.split(".").pop().slice(0, 4) : "file";
    const details = document.createElement("div");
    const anchor = document.createElement("a");
    anchor.className = "doc-name";
    anchor.href = fileUrl(doc.file_id);
    anchor.download = name;
    anchor.textContent = name;
    const size = document.createElement("div");
    size.className = "doc-size";
    size.textContent = [humanSize(doc.file_size), doc.mime_type].filter(Boolean).join(" · ");
    details.append(anchor, size);
    box.append(icon, details);
    return box;
  }

  function renderPhoto(sizes) {
    const largest = sizes[sizes.length - 1];
    const box = document.createElement("div");
    box.className = "photo";
    const img = document.createElement("img");
    img.src = fileUrl(largest.file_id);
    img.alt = "photo";
    img.loading = "lazy";
    img.addEventListener("click", () => window.open(img.src, "_blank", "noopener"));
    // The picture gets its height only when it arrives: stay at the bottom if we were there.
    img.addEventListener("load", () => { if (pinned) els.messages.scrollTop = els.messages.scrollHeight; });
    box.append(img);
    return box;
  }

  function renderKeyboard(record) {
    const markup = record.message.reply_markup;
    if (!markup || !Array.isArray(markup.inline_keyboard)) return null;
    const box = document.createElement("div");
    box.className = "keyboard";
    for (const row of markup.inline_keyboard) {
      const rowEl = document.createElement("div");
      rowEl.className = "row";
      for (const button of row) {
        let el;
        if (button.url) {
          el = link(button.url, button.url);
          if (el.tagName !== "A") el = document.createElement("button");
        } else {
          el = document.createElement("button");
          el.type = "button";
          if (button.callback_data != null) {
            el.addEventListener("click", () => press(record.message_id, button.callback_data, el));
          } else {
            el.disabled = true;
            el.title = "This button type is not emulated";
          }
        }
        el.textContent = button.text;
        rowEl.append(el);
      }
      box.append(rowEl);
    }
    return box;
  }

  function renderMessage(record) {
    const msg = record.message;
    const wrap = document.createElement("div");
    wrap.className = `msg ${record.sender}`;
    wrap.dataset.id = String(record.message_id);
    const bubble = document.createElement("div");
    bubble.className = "bubble";
    if (msg.reply_to_message) {
      const quote = document.createElement("div");
      quote.className = "reply-quote";
      const quoted = msg.reply_to_message;
      quote.textContent = quoted.text || quoted.caption || (quoted.document ? quoted.document.file_name : "photo");
      bubble.append(quote);
    }
    if (msg.photo) bubble.append(renderPhoto(msg.photo));
    if (msg.document) bubble.append(renderDocument(msg.document));
    const body = msg.text != null ? renderText(msg.text, msg.entities)
      : renderText(msg.caption || "", msg.caption_entities);
    const meta = document.createElement("span");
    meta.className = "meta";
    meta.textContent = (record.edit_count ? "edited " : "") + timeOf(msg.edit_date || msg.date);
    body.append(meta);
    bubble.append(body);
    wrap.append(bubble);
    const keyboard = renderKeyboard(record);
    if (keyboard) wrap.append(keyboard);
    return wrap;
  }

  function nearBottom() {
    const m = els.messages;
    return m.scrollHeight - m.scrollTop - m.clientHeight < 80;
  }

  function placeMessage(record) {
    const existing = els.messages.querySelector(`.msg[data-id="${record.message_id}"]`);
    if (record.deleted) {
      if (existing) existing.remove();
      return;
    }
    const hint = els.messages.querySelector(".notice");
    if (hint) hint.remove();
    const stick = nearBottom();
    const element = renderMessage(record);
    if (existing) {
      existing.replaceWith(element);
      if (record.edit_count) element.classList.add("flash");
    } else {
      // Keep message order even if records arrive out of order.
      const later = [...els.messages.querySelectorAll(".msg")]
        .find((node) => Number(node.dataset.id) > record.message_id);
      els.messages.insertBefore(element, later || null);
      if (record.sender === "bot") clearStatus();
    }
    if (stick || record.sender === "user") els.messages.scrollTop = els.messages.scrollHeight;
  }

  // --- chat events: typing, callback answers, reply keyboard -----------------------------------

  function clearStatus() {
    clearTimeout(statusTimer);
    els.status.textContent = "bot";
    els.status.classList.remove("typing");
  }

  function showStatus(text, ms = 5000) {
    clearTimeout(statusTimer);
    els.status.textContent = text;
    els.status.classList.add("typing");
    statusTimer = setTimeout(clearStatus, ms);
  }

  function toast(text, ms = 3000) {
    clearTimeout(toastTimer);
    els.toast.textContent = text;
    els.toast.hidden = false;
    toastTimer = setTimeout(() => { els.toast.hidden = true; }, ms);
  }

  function handleEvent(event) {
    if (event.type === "chat_action") {
      showStatus(ACTION_LABELS[event.action] || `${event.action.replace(/_/g, " ")}…`);
    } else if (event.type === "callback_answer") {
      document.querySelectorAll(".keyboard .pending").forEach((b) => b.classList.remove("pending"));
      if (event.show_alert && event.text) window.alert(event.text);
      else if (event.text) toast(event.text);
      const url = event.url && safeUrl(event.url);
      if (url) window.open(url, "_blank", "noopener");
    }
  }

  function renderReplyKeyboard(markup) {
    els.replyKeyboard.replaceChildren();
    const key = JSON.stringify(markup);
    if (!markup || !Array.isArray(markup.keyboard) || key === dismissedKeyboard) {
      els.replyKeyboard.hidden = true;
      return;
    }
    for (const row of markup.keyboard) {
      const rowEl = document.createElement("div");
      rowEl.className = "row";
      for (const button of row) {
        const label = typeof button === "string" ? button : button.text;
        const el = document.createElement("button");
        el.type = "button";
        el.textContent = label;
        el.addEventListener("click", () => {
          sendText(label);
          if (markup.one_time_keyboard) { // hidden after use, like in Telegram
            dismissedKeyboard = key;
            els.replyKeyboard.hidden = true;
          }
        });
        rowEl.append(el);
      }
      els.replyKeyboard.append(rowEl);
    }
    els.replyKeyboard.hidden = false;
  }

  // One odd record must not stall the chat: report it and move on to the next revision.
  function safely(action, item) {
    try { action(item); } catch (error) { console.error("sandbox chat:", error, item); }
  }

  function applyView(view, { fresh }) {
    revision = Math.max(revision, view.revision);
    for (const record of view.messages) safely(placeMessage, record);
    if (!fresh) for (const event of view.events) safely(handleEvent, event);
    safely(renderReplyKeyboard, view.reply_keyboard);
  }

  // --- user actions -------------------------------------------------------------------------

  async function sendText(text) {
    if (!text.trim()) return;
    try {
      const data = await postJson("/api/send_message", { user_id: userId, text });
      // A paste over 4,096 characters arrives as several messages, as in Telegram's apps.
      for (const message of data.messages || [data.message]) placeMessage(message);
    } catch (error) {
      if (!els.text.value) { els.text.value = text; autoGrow(); }  // never lose the paste
      toast(`Not sent: ${error.message}`, 5000);
    }
  }

  async function press(messageId, data, button) {
    button.classList.add("pending");
    try {
      await postJson("/api/press", { user_id: userId, message_id: messageId, data });
    } catch (error) {
      button.classList.remove("pending");
      toast(error.message, 5000);
    }
  }

  const IMAGE_TYPE = /^image\/(jpeg|png|webp|gif)$/;

  // Several pictures chosen at once go out as one album (one media_group_id), like Telegram.
  async function sendAlbum(files) {
    const group = `album-${userId}-${Date.now()}`;
    showStatus(`uploading ${files.length} photos…`, 60000);
    try {
      for (const file of files) {
        const form = new FormData();
        form.append("user_id", String(userId));
        form.append("media_group_id", group);
        form.append("file", file, file.name);
        const data = await api("/api/send_photo", { method: "POST", body: form });
        placeMessage(data.message);
      }
      clearStatus();
    } catch (error) {
      clearStatus();
      toast(`Not sent: ${error.message}`, 5000);
    }
  }

  async function sendFile(file) {
    const caption = els.text.value.trim();
    const isImage = IMAGE_TYPE.test(file.type);
    const asPhoto = isImage && window.confirm(`Send "${file.name}" as a photo?\n(Cancel sends it as a file.)`);
    const form = new FormData();
    form.append("user_id", String(userId));
    if (caption) form.append("caption", caption);
    form.append("file", file, file.name);
    showStatus(`uploading ${file.name}…`, 60000);
    try {
      const data = await api(asPhoto ? "/api/send_photo" : "/api/send_document", { method: "POST", body: form });
      els.text.value = "";
      autoGrow();
      clearStatus();
      placeMessage(data.message);
    } catch (error) {
      clearStatus();
      toast(`Not sent: ${error.message}`, 5000);
    }
  }

  function renderCommands() {
    els.commands.replaceChildren();
    const sets = (info && info.commands) || [];
    const lang = (navigator.language || "en").slice(0, 2);
    const chosen = sets.find((s) => s.language_code === lang) || sets.find((s) => s.language_code === "");
    const commands = chosen ? chosen.commands : [];
    if (!commands.length) {
      const empty = document.createElement("button");
      empty.type = "button";
      empty.disabled = true;
      empty.textContent = "The bot has not set any commands (setMyCommands).";
      els.commands.append(empty);
    }
    for (const command of commands) {
      const button = document.createElement("button");
      button.type = "button";
      const name = document.createElement("span");
      name.className = "cmd";
      name.textContent = `/${command.command}`;
      const desc = document.createElement("span");
      desc.className = "desc";
      desc.textContent = command.description;
      button.append(name, desc);
      button.addEventListener("click", () => {
        els.commands.hidden = true;
        sendText(`/${command.command}`);
      });
      els.commands.append(button);
    }
  }

  function autoGrow() {
    els.text.style.height = "auto";
    els.text.style.height = `${Math.min(els.text.scrollHeight, 160)}px`;
  }

  // --- start-up and the long poll -------------------------------------------------------------

  async function loadInfo() {
    info = await api("/api/info");
    userId = info.default_user_id;
    els.name.textContent = info.bot.first_name;
    els.avatar.textContent = (info.bot.first_name || "B").slice(0, 1).toUpperCase();
    document.title = `${info.bot.first_name} · sandbox chat`;
  }

  async function poll(myGeneration) {
    while (myGeneration === generation) {
      try {
        const view = await api(`/api/updates?chat_id=${userId}&after_rev=${revision}&timeout=25`);
        if (myGeneration !== generation) return;
        applyView(view, { fresh: false });
      } catch (error) {
        // The sandbox restarted or the network blinked: retry shortly without hammering it.
        await new Promise((resolve) => setTimeout(resolve, 1500));
      }
    }
  }

  async function start() {
    generation += 1;
    revision = 0;
    els.messages.replaceChildren();
    await loadInfo();
    await postJson("/api/users", { id: userId, first_name: info.default_user_name, language_code: (navigator.language || "en").slice(0, 2) });
    const view = await api(`/api/messages?chat_id=${userId}&since=0`);
    applyView(view, { fresh: true });
    if (!view.messages.length) {
      const hint = document.createElement("div");
      hint.className = "notice";
      hint.textContent = "Say /start to the bot, or attach a resume.";
      els.messages.append(hint);
    }
    els.messages.scrollTop = els.messages.scrollHeight;
    poll(generation);
  }

  els.composer.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = els.text.value;
    els.text.value = "";
    autoGrow();
    els.commands.hidden = true;
    sendText(text);
    els.text.focus();
  });
  els.text.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      els.composer.requestSubmit();
    }
  });
  els.text.addEventListener("input", autoGrow);
  els.messages.addEventListener("scroll", () => { pinned = nearBottom(); }, { passive: true });
  els.file.addEventListener("change", () => {
    const files = [...els.file.files];
    els.file.value = "";
    if (files.length > 1 && files.every((f) => IMAGE_TYPE.test(f.type))) sendAlbum(files);
    else files.forEach((f) => sendFile(f));
  });
  els.commandsButton.addEventListener("click", async () => {
    if (els.commands.hidden) {
      await loadInfo().catch(() => {});
      renderCommands();
    }
    els.commands.hidden = !els.commands.hidden;
  });
  els.reset.addEventListener("click", async () => {
    if (!window.confirm("Clear every chat, user and file in the sandbox?")) return;
    await api("/api/reset", { method: "POST" });
    start().catch((error) => toast(error.message, 5000));
  });

  start().catch((error) => toast(`Cannot reach the sandbox: ${error.message}`, 10000));
})();
