// A claim's view: status, dates, heirs, benefits and payments from GET /api/claims/{claimNumber} (masked NIKs and
// accounts; the API refuses another regency's claim).
import {api, header, message, rupiah, table, tanggal} from './halaman.js';

const STATUS = {
  RECEIVED: 'Diterima', CHECKING_DOCUMENTS: 'Pemeriksaan dokumen', AWAITING_DOCUMENTS: 'Menunggu dokumen susulan',
  AWAITING_APPROVAL: 'Menunggu persetujuan Kacab', PAYING: 'Sedang dibayar', PAID: 'Dibayar', REJECTED: 'Ditolak',
  CLOSED_INCOMPLETE: 'Ditutup (dokumen tidak lengkap)'
};
const RELATION = {SPOUSE: 'Janda/duda', CHILD: 'Anak', PARENT: 'Orang tua', GRANDCHILD: 'Cucu', GRANDPARENT: 'Kakek/nenek',
  SIBLING: 'Saudara kandung', PARENT_IN_LAW: 'Mertua', WILL: 'Penerima wasiat'};

async function start() {
  const out = document.getElementById('klaim');
  const number = decodeURIComponent(window.location.pathname.replace(/^\/klaim\//, ''));
  document.title = 'Klaim ' + number;
  try {
    await header('');
  } catch (e) {
    message(out, e.message, true);
    return;
  }
  let c;
  try {
    c = await api('/api/claims/' + encodeURIComponent(number));
  } catch (e) {
    message(out, e.message, true);
    return;
  }
  const facts = document.createElement('dl');
  facts.className = 'fakta';
  facts.id = 'fakta-klaim';
  [['Nomor klaim', c.claimNumber], ['Status', (STATUS[c.status] || c.status) + (c.overdue ? ' \u2014 LEWAT BATAS BAYAR' : '')],
    ['Jenis', c.type === 'JKK' ? 'JKK (kecelakaan kerja)' : 'JKM (kematian)'], ['No. peserta', c.membershipNumber],
    ['Tanggal kejadian', tanggal(c.eventDate)], ['Memenuhi syarat', c.eligible == null ? '-' : (c.eligible ? 'Ya' : 'Tidak')
      + (c.eligibilityReason ? ' \u2014 ' + c.eligibilityReason : '')],
    ['Berkas lengkap', tanggal(c.completeAt)], ['Batas bayar', tanggal(c.payoutDue)], ['Dibayar', tanggal(c.paidAt)],
    ['Total dibayarkan', rupiah(c.totalPayable)]].forEach(([k, v]) => {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v == null ? '-' : v;
    facts.append(dt, dd);
  });
  out.appendChild(facts);
  const part = (title, rows, columns) => {
    const h = document.createElement('h3');
    h.textContent = title;
    out.appendChild(h);
    if (!rows || rows.length === 0) message(out, 'Belum ada.');
    else out.appendChild(table(columns, rows));
  };
  part('Ahli waris', c.heirs, [['Nama', h => h.name], ['NIK', h => h.nikMasked], ['Hubungan', h => RELATION[h.relation] || h.relation],
    ['Golongan', h => h.priorityGroup, true], ['Berhak', h => h.entitled ? 'Ya' : 'Tidak']]);
  part('Manfaat', c.benefits, [['Jenis', b => b.kind], ['Jumlah', b => rupiah(b.amount), true], ['Penerima', b => b.payee || '-'],
    ['Status', b => b.status], ['Catatan', b => b.note || '']]);
  part('Pembayaran', c.payments, [['Jenis', p => p.kind], ['Jumlah', p => rupiah(p.amount), true], ['Penerima', p => p.payee],
    ['Bank', p => p.bankName], ['Rekening', p => p.bankAccount], ['Status', p => p.status], ['Referensi', p => p.transferRef || '-'],
    ['Dibayar', p => tanggal(p.paidAt)]]);
}

start();
