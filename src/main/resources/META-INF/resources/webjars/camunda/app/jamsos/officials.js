// jamsos-rentan: what officials see around the Camunda webapps' own screens.
// - Links to our pages ("Dasbor", "Cari NIK") in the header of Tasklist and Cockpit.
// - No "It is time to migrate to Camunda 8" banner (it speaks to whoever runs the engine, not to officials).
// - Tasklist: only the filters that concern the official (GET /api/tasklist/hidden-filters), no "Buat tugas",
//   no "Mulai proses" for an official who may start nothing, a one-line hint on claiming, and landing on the first
//   filter with work waiting.

/** Runs fn now and whenever the page changes (AngularJS renders late and re-renders on navigation). */
function keep(fn) {
  const run = () => {
    try {
      fn();
    } catch (e) {
      // a half-rendered page: the next change tries again
    }
  };
  // At most one pass per 100 ms however busy AngularJS is with the page.
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => { pending = false; run(); }, 100);
  };
  const start = () => {
    run();
    new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true});
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start);
  return run;
}

function style(css) {
  const s = document.createElement('style');
  s.textContent = css;
  (document.head || document.documentElement).appendChild(s);
}

/** Hides Camunda's community-edition end-of-life banner. */
export function hideCamunda8Banner() {
  style('.ce-eol-banner { display: none !important; }');
}

/** "Dasbor" and "Cari NIK" at the left of the header's menu, once signed in. */
export function addOfficialLinks() {
  style('#jamsos-links a { font-weight: 600; }');
  keep(() => {
    const menu = document.querySelector('nav.cam-nav > ul');
    if (!menu || document.getElementById('jamsos-links') || !menu.querySelector('li.account')) return;
    const holder = document.createElement('li');
    holder.id = 'jamsos-links';
    holder.style.display = 'inline-block';
    [['jamsos-link-dasbor', '/dasbor', 'Dasbor', 'Dasbor Jaminan Sosial: cakupan, antrean, anggaran, klaim'],
      ['jamsos-link-cari', '/cari', 'Cari NIK', 'Cari peserta, calon peserta dan klaim dengan NIK']]
      .forEach(([id, href, text, title]) => {
        const a = document.createElement('a');
        a.id = id;
        a.href = href;
        a.textContent = text;
        a.title = title;
        a.style.display = 'inline-block';
        holder.appendChild(a);
      });
    menu.insertBefore(holder, menu.firstChild);
  });
}

const HINT = 'Pilih tugas di daftar, lalu klik \u201cKlaim\u201d di atas formulirnya untuk mengerjakannya; tugas yang '
  + 'sudah Anda klaim pindah ke \u201cTugas Saya\u201d.';

async function json(url) {
  const r = await fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!r.ok) throw new Error(url + ': ' + r.status);
  return r.json();
}

const ENGINE = '/camunda/api/engine/engine/default';

/** A filter item's own name (its link's first text; the task count follows in a span). */
function filterName(item) {
  const a = item.querySelector('.name a');
  return a && a.childNodes.length ? a.childNodes[0].textContent.trim() : '';
}

/**
 * The filter to land on: of the official's filters, in Tasklist's order (priority, then name), the first with a
 * task waiting; null when nothing waits anywhere.
 */
async function waitingFilter(hidden) {
  const filters = (await json(ENGINE + '/filter?resourceType=Task'))
    .filter(f => !hidden.includes(f.name))
    .sort((x, y) => ((x.properties || {}).priority || 0) - ((y.properties || {}).priority || 0)
      || x.name.localeCompare(y.name));
  for (const f of filters) {
    const c = await json(ENGINE + '/filter/' + f.id + '/count');
    if (c.count > 0) return f.name;
  }
  return null;
}

/** Tasklist for officials: their filters only, landing on waiting work, the claiming hint, no empty actions. */
export function officialTasklist() {
  style('#jamsos-hint { font-size: 12px; color: #555; padding: 4px 10px; border-bottom: 1px solid #e5e5e5;'
    + ' background: #fbfbf3; }');
  let hidden = null;
  let startable = null;
  // A link to a filter or to a task (mail links, "Buka tugas") is where the official wants to be: no landing.
  let landing = /[?&](filter|task)=/.test(window.location.hash) ? 'done' : null;
  let asked = false;
  let tick = () => {};
  // The answers arrive after the page went quiet: apply them at once, not at the next change of the page.
  const ask = () => {
    if (asked) return;
    asked = true;
    json('/api/tasklist/hidden-filters').then(h => {
      hidden = h.names;
      tick();
      if (landing === null) {
        waitingFilter(hidden).then(name => { landing = landing === null ? (name || 'done') : landing; tick(); })
          .catch(() => { landing = 'done'; });
      }
    }).catch(() => { asked = false; });
    json(ENGINE + '/process-definition/count?latestVersion=true&active=true'
      + '&startableInTasklist=true&startablePermissionCheck=true')
      .then(c => { startable = c.count; tick(); }).catch(() => { startable = 1; });
  };
  // An official who picks a filter before the counts arrive keeps that choice.
  document.addEventListener('click', event => {
    if (event.isTrusted && event.target.closest && event.target.closest('.task-filter')) landing = 'done';
  }, true);
  tick = keep(() => {
    if (!document.querySelector('nav.cam-nav li.account')) {
      asked = false;
      hidden = null;
      return;
    }
    ask();
    // "Buat tugas": a standalone task belongs to no process and no region; officials never need one.
    document.querySelectorAll('nav a, .navbar a, [cam-widget-header] a').forEach(a => {
      const t = a.textContent.trim();
      if (t === 'Buat tugas' || t === 'Create task') (a.closest('li') || a).style.display = 'none';
    });
    if (startable === 0) {
      document.querySelectorAll('a').forEach(a => {
        const t = a.textContent.trim();
        if ((t === 'Mulai proses' || t === 'Start process') && !a.closest('.modal')) {
          (a.closest('li') || a).style.display = 'none';
        }
      });
    }
    const items = Array.from(document.querySelectorAll('.task-filter'));
    if (hidden !== null) {
      items.forEach(item => {
        if (hidden.includes(filterName(item))) item.style.setProperty('display', 'none', 'important');
      });
    }
    const list = document.querySelector('[cam-tasks]');
    if (list && !document.getElementById('jamsos-hint')) {
      const hint = document.createElement('div');
      hint.id = 'jamsos-hint';
      hint.textContent = HINT;
      list.parentNode.insertBefore(hint, list);
    }
    // A task opened by link after the login (the hash changes, the page stays) is where the official wants to be.
    if (landing !== 'done' && /[?&]task=/.test(window.location.hash)) landing = 'done';
    if (landing !== null && landing !== 'done' && items.length > 0) {
      const target = items.find(item => filterName(item) === landing);
      if (target) {
        landing = 'done';
        if (!target.classList.contains('active')) target.click();
      }
    }
  });
}
