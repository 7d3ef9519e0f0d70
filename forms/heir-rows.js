/*
 * Shared by the forms that take a claim's heirs (claim-start.html, death-report-open-claim.html): one table row per
 * heir (name, NIK, relation in legal order, birth date dd-mm-yyyy, bank, account, e-mail), two empty rows to start,
 * a button that adds one. read() gives the filled rows as the Json list the claim rules check; empty rows are left
 * out. With checks: true the inputs carry the browser's own patterns (16-digit NIK, dd-mm-yyyy, 10-18 digit account);
 * without, every refusal comes from the claim rules, named heirs[i].field on the form.
 */
window.jamsosHeirRows = function (tbody, addButton, checks) {
  var relations = [['SPOUSE', 'Janda/duda'], ['CHILD', 'Anak'], ['PARENT', 'Orang tua'], ['GRANDCHILD', 'Cucu'],
    ['GRANDPARENT', 'Kakek/nenek'], ['SIBLING', 'Saudara kandung'], ['PARENT_IN_LAW', 'Mertua'],
    ['WILL', 'Penerima wasiat']];
  function pattern(p) {
    return checks ? ' pattern="' + p + '"' : '';
  }
  function addRow() {
    var tr = document.createElement('tr');
    var options = relations.map(function (r) { return '<option value="' + r[0] + '">' + r[1] + '</option>'; }).join('');
    tr.innerHTML =
      '<td><input class="form-control" data-field="name"></td>' +
      '<td><input class="form-control" data-field="nik" maxlength="16"' + pattern('\\d{16}') + '></td>' +
      '<td><select class="form-control" data-field="relation">' + options + '</select></td>' +
      '<td><input class="form-control" data-field="birthDate" placeholder="dd-mm-yyyy"' + pattern('\\d{1,2}-\\d{1,2}-\\d{4}') + '></td>' +
      '<td><input class="form-control" data-field="bankName"></td>' +
      '<td><input class="form-control" data-field="bankAccount"' + pattern('\\d{10,18}') + '></td>' +
      '<td><input class="form-control" type="email" data-field="email"></td>';
    tbody.appendChild(tr);
  }
  addRow();
  addRow();
  addButton.addEventListener('click', addRow);
  return {
    read: function () {
      var heirs = [];
      Array.prototype.forEach.call(tbody.querySelectorAll('tr'), function (tr) {
        var heir = {};
        Array.prototype.forEach.call(tr.querySelectorAll('[data-field]'), function (input) {
          heir[input.getAttribute('data-field')] = input.value;
        });
        if (heir.name || heir.nik) {
          heirs.push(heir);
        }
      });
      return heirs;
    }
  };
};
