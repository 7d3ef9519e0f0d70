/*
 * Tasklist forms an official without IT background can finish (issue 14). Imported by Tasklist's config.js.
 *
 * - Engine messages unwrapped: a refusal from our listeners reaches Tasklist wrapped in the engine's English
 *   ("Cannot submit task form …: ENGINE-03051 There was an exception while invoking the TaskListener …").
 *   Only the Indonesian message is shown, in the notification and on the form itself, scrolled into view.
 * - form-js drop-downs say "Pilih" instead of "Select".
 * - Numbers as Indonesians type them: window.jamsosForms.number / .formatNumber (dot thousands, "48.500") and
 *   .date / .formatDate (dd-mm-yyyy) for the embedded forms; inputs with data-number get their dots on blur.
 */

const ENGINE_WRAPPERS = [
  /^Cannot submit task form \S+:\s+/,
  /^Cannot instantiate process definition \S+:\s+/,
  /^Cannot complete task \S+:\s+/,
  /^An error happened while submitting the task form\s*/,
  /^ENGINE-\d+\s+There was an exception while invoking the (?:Task|Execution)Listener\.\s*(?:Message:\s*)?/,
  /^Exception while invoking (?:Task|Execution)Listener:\s*/,
  /^ENGINE-\d+\s+/
];

/**
 * The Indonesian message inside an engine error text, or a short Indonesian sentence for engine errors that
 * carry none. Texts without engine wrapping are returned unchanged.
 */
export function unwrapEngineMessage(text) {
  if (typeof text !== 'string') {
    return text;
  }
  let s = text.trim();
  if (/No matching (?:task|process definition) with id/.test(s)) {
    return 'Tugas ini sudah diselesaikan atau dipindahkan orang lain. Muat ulang daftar tugas.';
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const wrapper of ENGINE_WRAPPERS) {
      const next = s.replace(wrapper, '');
      if (next !== s) {
        s = next.trim();
        changed = true;
      }
    }
  }
  // The listener's message is quoted by the engine: 'regencyCode: …'
  const quoted = /^'([\s\S]*)'\.?$/.exec(s);
  if (quoted) {
    s = quoted[1];
  }
  if (s === text.trim()) {
    return text;
  }
  if (!s || /^[A-Z][a-z]+ [a-z]+ .*(exception|Exception)/.test(s)) {
    return 'Formulir tidak dapat dikirim karena kesalahan sistem. Coba lagi atau hubungi admin.';
  }
  return s;
}

/** A refusal of our listeners: "<field>: <Indonesian message>". */
const FIELD_REFUSAL = /^[A-Za-z][\w.\[\]]*: \S/;

function looksWrapped(text) {
  return /ENGINE-\d+|Cannot submit task form|Cannot instantiate process definition|Exception while invoking (?:Task|Execution)Listener|No matching (?:task|process definition) with id/.test(text);
}

/** Shows the message on the open form (task form or start form), above its buttons, and scrolls to it. */
function showOnForm(message) {
  const forms = Array.from(document.querySelectorAll('[cam-tasklist-form], .modal-body form, .task-details form'))
    .filter(f => f.offsetParent !== null);
  const form = forms[0];
  if (!form) {
    return;
  }
  let box = document.getElementById('jamsos-form-refusal');
  if (!box || !form.contains(box)) {
    if (box) {
      box.remove();
    }
    box = document.createElement('div');
    box.id = 'jamsos-form-refusal';
    box.className = 'alert alert-danger';
    box.setAttribute('role', 'alert');
    form.appendChild(box);
  }
  box.textContent = message;
  box.scrollIntoView({block: 'center'});
}

export function showEngineMessagesInIndonesian() {
  if (typeof MutationObserver === 'undefined') {
    return;
  }
  const rewrite = root => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement && node.parentElement.closest('#jamsos-form-refusal')) {
        continue;
      }
      if (looksWrapped(node.data)) {
        found.push(node);
      } else if (node.parentElement && node.parentElement.closest('.alert') && FIELD_REFUSAL.test(node.data.trim())) {
        // Tasklist's engine REST already answers our refusal unwrapped ("approved: …"): show it on the form too.
        showOnForm(node.data.trim());
      } else if (node.data === 'Select' && node.parentElement && node.parentElement.closest('.fjs-container')) {
        node.data = 'Pilih';
      }
    }
    found.forEach(node => {
      const message = unwrapEngineMessage(node.data);
      if (message !== node.data) {
        node.data = message;
        showOnForm(message);
      }
    });
  };
  const start = () => {
    new MutationObserver(mutations => {
      mutations.forEach(m => {
        if (m.type === 'characterData') {
          if (m.target.parentElement) {
            rewrite(m.target.parentElement);
          }
        } else {
          m.addedNodes.forEach(n => {
            if (n.nodeType === Node.ELEMENT_NODE) {
              rewrite(n);
            } else if (n.nodeType === Node.TEXT_NODE && n.parentElement) {
              rewrite(n.parentElement);
            }
          });
        }
      });
    }).observe(document.body, {childList: true, subtree: true, characterData: true});
    rewrite(document.body);
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

/** "48.500" / "48500" / "Rp1.000" → 48500; null for blank; NaN when it is no whole number with dot thousands. */
export function number(text) {
  const s = String(text === null || text === undefined ? '' : text).trim().replace(/^Rp\s*/i, '');
  if (!s) {
    return null;
  }
  return /^(\d+|\d{1,3}(\.\d{3})+)$/.test(s) ? Number(s.replace(/\./g, '')) : NaN;
}

/** 48500 → "48.500". */
export function formatNumber(value) {
  const n = Math.trunc(Number(value));
  if (!isFinite(n)) {
    return '';
  }
  return (n < 0 ? '-' : '') + String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "05-02-2019" (or "5/2/2019", or ISO) → "2019-02-05"; null for blank; NaN-like '' when not a date. */
export function date(text) {
  const s = String(text === null || text === undefined ? '' : text).trim();
  if (!s) {
    return null;
  }
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
  const iso = m ? [m[3], m[2], m[1]] : (/^(\d{4})-(\d{2})-(\d{2})/.exec(s) || []).slice(1);
  if (iso.length !== 3) {
    return '';
  }
  const d = new Date(Date.UTC(Number(iso[0]), Number(iso[1]) - 1, Number(iso[2])));
  if (d.getUTCDate() !== Number(iso[2]) || d.getUTCMonth() !== Number(iso[1]) - 1) {
    return '';
  }
  return d.toISOString().substring(0, 10);
}

/** "2019-02-05" → "05-02-2019". */
export function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ''));
  return m ? m[3] + '-' + m[2] + '-' + m[1] : '';
}

/** Inputs marked data-number get their dot thousands when the official leaves the field. */
function groupNumbersOnBlur() {
  document.addEventListener('blur', event => {
    const input = event.target;
    if (input && input.matches && input.matches('input[data-number]')) {
      const n = number(input.value);
      if (n !== null && !isNaN(n)) {
        input.value = formatNumber(n);
        input.dispatchEvent(new Event('input', {bubbles: true}));
      }
    }
  }, true);
}

/** The sentence shown after a start form: a claim names its claim number, other processes their business key. */
export function startedMessage(businessKey) {
  if (!businessKey) {
    return null;
  }
  return /^KLM-/.test(businessKey) ? 'Klaim terdaftar dengan nomor ' + businessKey + '. Catat nomor ini untuk ahli waris.'
    : 'Proses dimulai dengan nomor ' + businessKey + '.';
}

function showStarted(message) {
  let box = document.getElementById('jamsos-started');
  if (!box) {
    box = document.createElement('div');
    box.id = 'jamsos-started';
    box.className = 'alert alert-success';
    box.setAttribute('role', 'status');
    box.setAttribute('style', 'position:fixed;top:60px;left:50%;transform:translateX(-50%);z-index:2000;'
      + 'max-width:90%;font-size:15px;box-shadow:0 2px 8px rgba(0,0,0,.25);');
    const text = document.createElement('span');
    text.id = 'jamsos-started-text';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'close';
    close.setAttribute('aria-label', 'Tutup');
    close.setAttribute('style', 'margin-left:16px;');
    close.textContent = '×';
    close.addEventListener('click', () => box.remove());
    box.appendChild(text);
    box.appendChild(close);
    document.body.appendChild(box);
  }
  document.getElementById('jamsos-started-text').textContent = message;
}

/**
 * Tasklist closes the start dialog after "Mulai" and only says the process started. The answer of the start
 * (POST …/process-definition/…/submit-form) carries the business key our start listeners set (the claim number
 * of a claim): it stays on the screen until the official closes it.
 */
function showBusinessKeyAfterStart() {
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url) {
    if (method && String(method).toUpperCase() === 'POST' && /\/process-definition\/[^?]*\/submit-form(\?|$)/.test(String(url))) {
      this.addEventListener('load', () => {
        if (this.status >= 200 && this.status < 300) {
          try {
            const message = startedMessage(JSON.parse(this.responseText).businessKey);
            if (message) {
              showStarted(message);
            }
          } catch (e) {
            // not JSON: nothing to show
          }
        }
      });
    }
    return open.apply(this, arguments);
  };
}

export function installFormHelpers() {
  window.jamsosForms = {number, formatNumber, date, formatDate, unwrapEngineMessage};
  showBusinessKeyAfterStart();
  groupNumbersOnBlur();
  showEngineMessagesInIndonesian();
}
