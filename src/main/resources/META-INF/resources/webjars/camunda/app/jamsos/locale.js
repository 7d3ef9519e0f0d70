/*
 * Language of the Camunda webapps (Tasklist, Cockpit, Admin, Welcome) for jamsos-rentan.
 * Bahasa Indonesia is the default; English stays available through the "Bahasa" switch at the bottom
 * of every page (or ?lang=en / ?lang=id in the address). The choice is remembered in this browser.
 *
 * Why not just availableLocales ['id', 'en']: Camunda 7 picks the browser's language whenever it is in
 * availableLocales and uses fallbackLocale only otherwise, so every English-language browser (most
 * office PCs) would open in English. Listing only the chosen language makes the choice ours.
 */
const STORAGE_KEY = 'jamsos.locale';
export const SUPPORTED = ['id', 'en'];
export const DEFAULT_LOCALE = 'id';
const LABELS = {id: 'Bahasa Indonesia', en: 'English'};

export function chosenLocale() {
  let chosen = null;
  try {
    const fromUrl = new URLSearchParams(window.location.search).get('lang');
    if (SUPPORTED.includes(fromUrl)) {
      window.localStorage.setItem(STORAGE_KEY, fromUrl);
    }
    chosen = window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    // storage blocked (private mode policies): stay with the default
  }
  return SUPPORTED.includes(chosen) ? chosen : DEFAULT_LOCALE;
}

export function locales() {
  const chosen = chosenLocale();
  document.documentElement.setAttribute('lang', chosen);
  return {availableLocales: [chosen], fallbackLocale: chosen};
}

function choose(locale) {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch (e) {
    // ignored: the address parameter below still switches this page
  }
  const url = new URL(window.location.href);
  url.searchParams.set('lang', locale);
  window.location.replace(url.toString());
}

/** A small "Bahasa: Bahasa Indonesia | English" switch, in the footer bar, bottom centre of the page. */
export function addLanguageSwitch() {
  const add = () => {
    if (document.getElementById('jamsos-lang')) {
      return;
    }
    const current = chosenLocale();
    const box = document.createElement('div');
    box.id = 'jamsos-lang';
    // Inside the footer bar, centred between Camunda's time-zone note (left) and version (right), below dialogs:
    // it never covers a form's buttons.
    box.setAttribute('style', 'position:fixed;left:50%;transform:translateX(-50%);bottom:0;height:24px;'
      + 'line-height:24px;z-index:100;font-size:12px;padding:0 8px;background:#fff;white-space:nowrap;');
    box.appendChild(document.createTextNode(current === 'en' ? 'Language: ' : 'Bahasa: '));
    SUPPORTED.forEach((locale, i) => {
      if (i > 0) {
        box.appendChild(document.createTextNode(' | '));
      }
      const link = document.createElement('a');
      link.id = 'jamsos-lang-' + locale;
      link.href = '#';
      link.textContent = LABELS[locale];
      if (locale === current) {
        link.setAttribute('style', 'font-weight:bold;text-decoration:none;color:#333;');
      }
      link.addEventListener('click', event => {
        event.preventDefault();
        if (locale !== current) {
          choose(locale);
        }
      });
      box.appendChild(link);
    });
    document.body.appendChild(box);
  };
  if (document.body) {
    add();
  } else {
    document.addEventListener('DOMContentLoaded', add);
  }
}

/**
 * Dates typed into Camunda Forms as officials write them: dd-mm-yyyy. The form-js date picker of Tasklist
 * 7.24 takes its pattern from the browser's locale (new Intl.DateTimeFormat('default')), so an English
 * office PC would show mm/dd/yyyy. In Bahasa Indonesia that one call answers with day, month and year as
 * 05-06-2020; every other use of Intl (time zone, Tasklist's own dates) is left as it was.
 */
export function dayFirstFormDates() {
  if (chosenLocale() !== 'id' || !window.Intl || !Intl.DateTimeFormat || Intl.DateTimeFormat.jamsosDayFirst) {
    return;
  }
  const Original = Intl.DateTimeFormat;
  const pad = value => (value.length < 2 ? '0' + value : value);
  function DateTimeFormat(locale, options) {
    const format = new Original(locale, options);
    if (locale === 'default' && options === undefined) {
      const parts = format.formatToParts.bind(format);
      format.formatToParts = date => {
        const value = type => (parts(date).find(p => p.type === type) || {value: ''}).value;
        return [{type: 'day', value: pad(value('day'))}, {type: 'literal', value: '-'},
          {type: 'month', value: pad(value('month'))}, {type: 'literal', value: '-'},
          {type: 'year', value: value('year')}];
      };
    }
    return format;
  }
  DateTimeFormat.prototype = Original.prototype;
  DateTimeFormat.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  DateTimeFormat.jamsosDayFirst = true;
  Intl.DateTimeFormat = DateTimeFormat;
}

// form-js has no translations: its field messages, matched in full, and their Indonesian wording.
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => 'Wajib diisi.'],
  [/^Field must be a valid email\.$/, () => 'Harus berupa alamat email yang sah.'],
  [/^Field must be a valid +international phone number\..*$/, () => 'Harus berupa nomor telepon internasional yang sah (misalnya +6281234567890).'],
  [/^Field must have minimum length of (.+)\.$/, m => 'Minimal ' + m[1] + ' karakter.'],
  [/^Field must have maximum length of (.+)\.$/, m => 'Maksimal ' + m[1] + ' karakter.'],
  [/^Field must have minimum value of (.+)\.$/, m => 'Nilai minimal ' + m[1] + '.'],
  [/^Field must have maximum value of (.+)\.$/, m => 'Nilai maksimal ' + m[1] + '.'],
  [/^Field must match pattern (.+)\.$/, m => 'Harus sesuai pola ' + m[1] + '.']
];

export function translateFormMessage(text) {
  for (const [pattern, wording] of FORM_MESSAGES) {
    const match = pattern.exec(text);
    if (match) {
      return wording(match);
    }
  }
  return text;
}

/**
 * The validation messages of Camunda Forms (form-js), in Bahasa Indonesia: each message in a field's error
 * list is rewritten as it appears. Only whole known messages change, so the rewrite never loops.
 */
export function translateFormMessages() {
  if (chosenLocale() !== 'id' || typeof MutationObserver === 'undefined') {
    return;
  }
  // A live collection: the observer does no work while no form shows an error (most of Tasklist's changes).
  const errorLists = document.getElementsByClassName('fjs-form-field-error');
  const translate = () => {
    // The text node's data changes, not the node: Preact keeps its reference and updates it in place.
    Array.from(errorLists).forEach(list => list.querySelectorAll('li').forEach(item => item.childNodes.forEach(node => {
      if (node.nodeType === Node.TEXT_NODE) {
        const indonesian = translateFormMessage(node.data);
        if (indonesian !== node.data) {
          node.data = indonesian;
        }
      }
    })));
  };
  const start = () => {
    new MutationObserver(() => {
      if (errorLists.length > 0) {
        translate();
      }
    }).observe(document.body, {childList: true, subtree: true, characterData: true});
    translate();
  };
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}
