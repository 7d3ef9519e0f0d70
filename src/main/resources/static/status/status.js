// Public status page: no inline script (CSP script-src 'self'), every value is set with textContent.
(function () {
  'use strict';

  var form, message, result, objection, objectionForm, objectionMessage, who = null, sending = false;

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
    objectionMessage.textContent = '';
    if (!data.found) {
      message.className = '';
      message.textContent = data.message;
      result.hidden = true;
      objection.hidden = true;
      who = null;
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
    (data.grievances || []).forEach(function (g) {
      result.appendChild(grievanceCard(g));
    });
    result.hidden = false;
    var subject = document.getElementById('subject');
    if (cd && cd.rejectionReason) {
      subject.value = 'CANDIDATE_REJECTED';
    } else if ((data.claims || []).some(function (k) { return k.status === 'REJECTED'; })) {
      subject.value = 'CLAIM';
    } else if (m) {
      subject.value = 'MEMBERSHIP';
    } else {
      subject.value = 'OTHER';
    }
    objection.hidden = false;
  }

  function grievanceCard(g) {
    return card('Sanggahan ' + g.grievanceNumber, g.status === 'REJECTED' ? 'bad' : (g.status === 'OPEN' ? 'warn' : null), [
      ['Pokok', g.subjectText],
      ['Rujukan', g.reference],
      ['Status', g.statusText],
      ['Diajukan', date(g.filedOn)],
      ['Batas keputusan', g.status === 'OPEN' ? date(g.dueDate) : null],
      ['Diputuskan', g.decidedOn ? date(g.decidedOn) : null],
      ['Alasan keputusan', g.outcomeReason],
      ['Langkah berikutnya', g.nextStep]
    ]);
  }

  function problemText(body, status) {
    if (body && body.errors && body.errors.length) {
      return body.errors.map(function (e) { return e.message; }).join('; ');
    }
    if (body && body.detail) {
      return body.detail;
    }
    return 'Terjadi kesalahan (' + status + '). Silakan coba lagi.';
  }

  function problem(body, status) {
    result.hidden = true;
    result.textContent = '';
    objection.hidden = true;
    message.className = 'error';
    message.textContent = problemText(body, status);
  }

  function post(url, payload) {
    return fetch(url, {
      method: 'POST',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'},
      credentials: 'omit',
      cache: 'no-store',
      body: JSON.stringify(payload)
    }).then(function (r) {
      return r.json().then(function (b) { return {ok: r.ok, status: r.status, body: b}; },
        function () { return {ok: false, status: r.status, body: null}; });
    });
  }

  function sendObjection(ev) {
    ev.preventDefault();
    if (sending || !who) { return; }
    var button = document.getElementById('sendObjection');
    sending = true;
    button.disabled = true;
    objectionMessage.className = '';
    objectionMessage.textContent = 'Mengirim...';
    post('/api/public/grievances', {
      nik: who.nik, birthDate: who.birthDate,
      subject: document.getElementById('subject').value,
      reference: document.getElementById('reference').value,
      text: document.getElementById('text').value,
      contact: document.getElementById('contact').value
    }).then(function (r) {
      if (r.ok && r.body && r.body.found) {
        objectionMessage.className = '';
        objectionMessage.textContent = r.body.message;
        if (!r.body.duplicate) {
          result.appendChild(grievanceCard({grievanceNumber: r.body.grievanceNumber, status: 'OPEN',
            statusText: 'Sedang diproses', subjectText: document.getElementById('subject').selectedOptions[0].textContent,
            reference: document.getElementById('reference').value, dueDate: r.body.dueDate, nextStep: r.body.message}));
          objectionForm.reset();
        }
      } else if (r.ok && r.body) {
        objectionMessage.className = 'error';
        objectionMessage.textContent = r.body.message;
      } else {
        objectionMessage.className = 'error';
        objectionMessage.textContent = problemText(r.body, r.status);
      }
    }, function () {
      objectionMessage.className = 'error';
      objectionMessage.textContent = 'Terjadi kesalahan (jaringan). Silakan coba lagi.';
    }).then(function () {
      sending = false;
      button.disabled = false;
    });
  }

  function submit(ev) {
    ev.preventDefault();
    var nik = document.getElementById('nik').value.replace(/\s+/g, '');
    var birthDate = document.getElementById('birthDate').value;
    message.className = '';
    message.textContent = 'Mencari...';
    post('/api/public/status', {nik: nik, birthDate: birthDate}).then(function (r) {
      if (r.ok) {
        who = r.body.found ? {nik: nik, birthDate: birthDate} : null;
        show(r.body);
      } else {
        problem(r.body, r.status);
      }
    }, function () {
      problem(null, 'jaringan');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    form = document.getElementById('lookup');
    message = document.getElementById('message');
    result = document.getElementById('result');
    objection = document.getElementById('objection');
    objectionForm = document.getElementById('objectionForm');
    objectionMessage = document.getElementById('objectionMessage');
    form.addEventListener('submit', submit);
    objectionForm.addEventListener('submit', sendObjection);
  });
}());
