/*
 * Shared by the Tasklist start forms (candidate upload, budget evaluation, PKS draft): fills a regency <select>
 * with the regencies where the official holds the role (GET /api/me, read with the Tasklist login), preselects
 * the only one, and hands the choice to the form as the String variable "regencyCode" on submit. The options
 * arrive after the form library bound its fields, so the value is set on the variable manager directly.
 */
window.jamsosRegencyChoice = function (camForm, select, help, role) {
  fetch('/api/me', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
    .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
    .then(function (me) {
      var seen = {};
      me.grants.filter(function (g) { return g.role === role; }).forEach(function (g) {
        if (seen[g.regencyCode]) { return; }
        seen[g.regencyCode] = true;
        select.add(new Option(g.regencyName + ' (' + g.regencyCode + ')', g.regencyCode));
      });
      if (select.options.length === 0) {
        help.textContent = 'Anda tidak memegang peran ini di kabupaten mana pun: formulir tidak dapat dikirim.';
        select.disabled = true;
      } else {
        help.textContent = select.options.length === 1
          ? (role === 'bpjs' ? 'Sesuai kelompok BPJS Anda.' : 'Sesuai kelompok Dinas Sosial Anda.') : 'Pilih kabupaten.';
      }
    })
    .catch(function () { help.textContent = 'Daftar kabupaten tidak dapat dimuat; muat ulang halaman.'; });

  camForm.on('submit', function (evt) {
    if (!select.value) {
      evt.submitPrevented = true;
      help.textContent = 'regencyCode: pilih kabupaten';
      return;
    }
    if (camForm.variableManager.variable('regencyCode')) {
      camForm.variableManager.variableValue('regencyCode', select.value);
    } else {
      camForm.variableManager.createVariable({name: 'regencyCode', type: 'String', value: select.value, isDirty: true});
    }
  });
};
