// jamsos-rentan: shared helpers of our own pages. They read /api with the Camunda webapp login (session cookie),
// as Tasklist forms do; without a login the official is sent to Tasklist to sign in.
export const TASKLIST = '/camunda/app/tasklist/default/';

/** GET a JSON answer of /api; 401 → Tasklist login, other errors throw the problem's Indonesian detail. */
export async function api(path) {
  const r = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (r.status === 401) {
    window.location.href = TASKLIST;
    throw new Error('Belum masuk: silakan masuk lewat Tasklist');
  }
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    const fields = (body.errors || []).map(e => (e.field ? e.field + ': ' : '') + e.message).join('; ');
    throw new Error(fields || body.detail || body.title || ('Galat ' + r.status));
  }
  return body;
}

/** The header shared by the pages: title, links (Tasklist, Dasbor, Cari NIK) and who is signed in. */
export async function header(active) {
  const me = await api('/api/me');
  const el = document.querySelector('header.jamsos');
  const links = [['Tasklist', TASKLIST, 'tasklist'], ['Dasbor', '/dasbor', 'dasbor'], ['Cari NIK', '/cari', 'cari']];
  el.innerHTML = '';
  const h1 = document.createElement('h1');
  h1.textContent = document.title;
  const nav = document.createElement('nav');
  links.forEach(([label, href, key]) => {
    const a = document.createElement('a');
    a.textContent = label;
    a.href = href;
    a.id = 'jamsos-nav-' + key;
    if (key === active) a.className = 'aktif';
    nav.appendChild(a);
  });
  const who = document.createElement('span');
  who.className = 'pengguna';
  who.textContent = 'Masuk sebagai ' + me.userId;
  el.append(h1, nav, who);
  return me;
}

/** Rp118.000.000 (whole rupiah, dot thousands separator). */
export function rupiah(n) {
  return n == null ? '-' : 'Rp' + Number(n).toLocaleString('id-ID', {maximumFractionDigits: 0});
}

export function angka(n) {
  return n == null ? '-' : Number(n).toLocaleString('id-ID');
}

/** dd-mm-yyyy from an ISO date or date-time (shown in WIB). */
export function tanggal(iso) {
  if (!iso) return '-';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const [y, m, d] = iso.split('-');
    return d + '-' + m + '-' + y;
  }
  const parts = new Intl.DateTimeFormat('id-ID', {timeZone: 'Asia/Jakarta', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false}).formatToParts(new Date(iso));
  const p = Object.fromEntries(parts.map(x => [x.type, x.value]));
  return p.day + '-' + p.month + '-' + p.year + ' ' + p.hour + ':' + p.minute + ' WIB';
}

const BULAN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "Nov 2026" from 2026-11-01. */
export function bulan(iso) {
  const [y, m] = iso.split('-');
  return BULAN[Number(m) - 1] + ' ' + y;
}

/** A table from rows: columns [header, value(row), numeric?]. Text only (textContent), never HTML. */
export function table(columns, rows) {
  const t = document.createElement('table');
  t.className = 'data';
  const head = t.createTHead().insertRow();
  columns.forEach(([h]) => {
    const th = document.createElement('th');
    th.textContent = h;
    head.appendChild(th);
  });
  const body = t.createTBody();
  rows.forEach(row => {
    const tr = body.insertRow();
    columns.forEach(([, value, numeric]) => {
      const td = tr.insertCell();
      td.textContent = value(row);
      if (numeric) td.className = 'angka';
    });
  });
  return t;
}

export function message(container, text, error) {
  const div = document.createElement('div');
  div.className = 'pesan' + (error ? ' galat' : '');
  div.textContent = text;
  container.appendChild(div);
  return div;
}
