// NIK search: members, candidates and claims of one full NIK, each from its own /api list (masked NIKs, region-scoped).
import {api, header, message, rupiah, table, tanggal} from './halaman.js';

const STATUS = {
  ACTIVE: 'Aktif', LAPSED: 'Nonaktif (tunggakan)', ENDED: 'Berakhir',
  AWAITING_VILLAGE: 'Menunggu Lurah/Kades', AWAITING_KECAMATAN: 'Menunggu Camat', AWAITING_FINAL: 'Menunggu penetapan Dinsos',
  APPROVED: 'Disetujui', ENROLLED: 'Terdaftar BPJS', SCREENING_REJECTED: 'Ditolak saat penyaringan'
};
const label = s => STATUS[s] || s;

async function search(nik) {
  const out = document.getElementById('hasil');
  out.innerHTML = '';
  const q = encodeURIComponent(nik);
  let members, candidates, claims;
  try {
    [members, candidates, claims] = await Promise.all([api('/api/members?nik=' + q), api('/api/candidates?nik=' + q),
      api('/api/claims?nik=' + q)]);
  } catch (e) {
    message(out, e.message, true);
    return;
  }
  const section = (title, rows, columns) => {
    const h = document.createElement('h3');
    h.textContent = title + ' (' + rows.length + ')';
    out.appendChild(h);
    if (rows.length === 0) {
      message(out, 'Tidak ditemukan di wilayah Anda.');
    } else {
      out.appendChild(table(columns, rows));
    }
  };
  section('Peserta', members.content, [
    ['No. peserta', m => m.membershipNumber], ['NIK', m => m.nikMasked], ['Nama', m => m.name],
    ['Desa/Kel.', m => m.villageCode], ['Status', m => label(m.status)], ['Mulai', m => tanggal(m.coverageStart)],
    ['Berakhir', m => tanggal(m.coverageEnd)], ['Masa iur (bulan)', m => m.contributionMonths, true]]);
  section('Calon peserta', candidates, [
    ['ID', c => c.id, true], ['NIK', c => c.nikMasked], ['Nama', c => c.name], ['Desa/Kel.', c => c.villageCode],
    ['Status', c => label(c.status)], ['Catatan', c => (c.reasons || []).join('; ')]]);
  const h = document.createElement('h3');
  h.textContent = 'Klaim (' + claims.length + ')';
  out.appendChild(h);
  if (claims.length === 0) {
    message(out, 'Tidak ditemukan di wilayah Anda.');
  } else {
    const t = table([['No. klaim', () => ''], ['Jenis', c => c.type], ['Status', c => c.status],
      ['Total dibayarkan', c => rupiah(c.totalPayable), true], ['Batas bayar', c => tanggal(c.payoutDue)]], claims);
    t.querySelectorAll('tbody tr').forEach((tr, i) => {
      const a = document.createElement('a');
      a.href = '/klaim/' + encodeURIComponent(claims[i].claimNumber);
      a.textContent = claims[i].claimNumber;
      tr.cells[0].appendChild(a);
    });
    out.appendChild(t);
  }
}

async function start() {
  try {
    await header('cari');
  } catch (e) {
    message(document.getElementById('hasil'), e.message, true);
    return;
  }
  const form = document.getElementById('form-cari');
  const input = document.getElementById('nik');
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    history.replaceState(null, '', '/cari');
    search(input.value);
  });
  input.focus();
}

start();
