// Public status page: no inline script (CSP script-src 'self'), every value is set with textContent.
(function () {
  'use strict';

  var form, message, result;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function date(iso) {
    if (!iso) { return '-'; }
    var p = String(iso).split('-');
    return p.length === 3 ? p[2] + '-' + p[1] + '-' + p[0] : String(iso);
  }

  function card(title, cls, rows, extra) {
    var c = el('section', 'card' + (cls ? ' ' + cls : ''));
    c.appendChild(el('h2', null, title));
    var dl = el('dl');
    rows.forEach(function (r) {
      if (r[1] === undefined || r[1] === null || r[1] === '') { return; }
      dl.appendChild(el('dt', null, r[0]));
      dl.appendChild(el('dd', null, r[1]));
    });
    c.appendChild(dl);
    (extra || []).forEach(function (x) { c.appendChild(x); });
    return c;
  }

  function show(data) {
    result.textContent = '';
    if (!data.found) {
      message.className = '';
      message.textContent = data.message;
      result.hidden = true;
      return;
    }
    message.className = '';
    message.textContent = 'Data untuk NIK ' + data.nikMasked + ':';
    var cd = data.candidate;
    if (cd) {
      var rejected = !!cd.rejectionReason;
      result.appendChild(card('Usulan peserta', rejected ? 'bad' : null, [
        ['Status', cd.statusText],
        ['Alasan', cd.rejectionReason],
        ['Sanggahan', cd.howToObject]
      ]));
    }
    var m = data.membership;
    if (m) {
      result.appendChild(card('Kepesertaan', m.status === 'ACTIVE' ? null : 'warn', [
        ['Status', m.statusText],
        ['Keterangan', m.reason],
        ['Nomor peserta', m.membershipNumber],
        ['Mulai perlindungan', date(m.coverageStart)],
        ['Akhir perlindungan', m.coverageEnd ? date(m.coverageEnd) : 'Selama PKS berlaku'],
        ['Program', m.program]
      ]));
    }
    (data.claims || []).forEach(function (k) {
      result.appendChild(card('Klaim ' + k.claimNumber, k.status === 'REJECTED' ? 'bad' : null, [
        ['Anda sebagai', k.role === 'AHLI_WARIS' ? 'Ahli waris' : 'Peserta'],
        ['Jenis', k.type === 'JKK' ? 'Jaminan Kecelakaan Kerja (meninggal)' : 'Jaminan Kematian'],
        ['Status', k.statusText],
        ['Langkah berikutnya', k.nextStep],
        ['Perkiraan dibayar', k.expectedPayoutDate ? date(k.expectedPayoutDate) : null]
      ]));
    });
    result.hidden = false;
  }

  function problem(body, status) {
    result.hidden = true;
    result.textContent = '';
    message.className = 'error';
    if (body && body.errors && body.errors.length) {
      message.textContent = body.errors.map(function (e) { return e.message; }).join('; ');
    } else if (body && body.detail) {
      message.textContent = body.detail;
    } else {
      message.textContent = 'Terjadi kesalahan (' + status + '). Silakan coba lagi.';
    }
  }

  function submit(ev) {
    ev.preventDefault();
    var nik = document.getElementById('nik').value.replace(/\s+/g, '');
    var birthDate = document.getElementById('birthDate').value;
    message.className = '';
    message.textContent = 'Mencari...';
    fetch('/api/public/status', {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'},
      credentials: 'omit',
      cache: 'no-store',
      body: JSON.stringify({nik: nik, birthDate: birthDate})
    }).then(function (r) {
      return r.json().then(function (b) { return {ok: r.ok, status: r.status, body: b}; },
        function () { return {ok: false, status: r.status, body: null}; });
    }).then(function (r) {
      if (r.ok) { show(r.body); } else { problem(r.body, r.status); }
    }, function () {
      problem(null, 'jaringan');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    form = document.getElementById('lookup');
    message = document.getElementById('message');
    result = document.getElementById('result');
    form.addEventListener('submit', submit);
  });
}());
