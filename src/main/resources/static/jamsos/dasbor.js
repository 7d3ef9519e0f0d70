// "Dasbor Jaminan Sosial": the charts of /api/dashboard for the official's regency, drawn with Chart.js
// (vendored under /jamsos/vendor/chartjs). Each chart links its figures as Excel.
import {angka, api, bulan, header, message, rupiah, tanggal} from './halaman.js';

const charts = {};
const BIRU = '#1f5f99', HIJAU = '#2f6f3e', MERAH = '#b3261e', JINGGA = '#d9822b', ABU = '#9aa5b1';

Chart.defaults.font.family = '"Helvetica Neue", Helvetica, Arial, sans-serif';
Chart.defaults.animation = false;

function draw(id, config) {
  if (charts[id]) charts[id].destroy();
  charts[id] = new Chart(document.getElementById(id), config);
}

const rupiahAxis = {ticks: {callback: v => rupiah(v)}};
const countAxis = {beginAtZero: true, ticks: {precision: 0, callback: v => angka(v)}};

function render(d) {
  document.getElementById('judul-wilayah').textContent =
    d.regencyName + ' (' + d.regencyCode + '), data per ' + tanggal(d.generatedAt);
  document.querySelectorAll('a.unduh').forEach(a => {
    a.href = '/api/dashboard/' + a.dataset.grafik + '.xlsx?regencyCode=' + encodeURIComponent(d.regencyCode);
  });

  const kec = d.kecamatan;
  draw('grafik-cakupan', {
    type: 'bar',
    data: {
      labels: kec.map(k => k.name + (k.coveragePercent != null
        ? ' (' + Number(k.coveragePercent).toLocaleString('id-ID') + '%)' : '')),
      datasets: [
        {label: 'Penduduk pekerja rentan', data: kec.map(k => k.population ?? 0), backgroundColor: ABU},
        {label: 'Peserta aktif', data: kec.map(k => k.members), backgroundColor: HIJAU}
      ]
    },
    options: {maintainAspectRatio: false, scales: {y: countAxis},
      plugins: {tooltip: {callbacks: {label: c => c.dataset.label + ': ' + angka(c.parsed.y)}}}}
  });

  draw('grafik-peserta', {
    type: 'line',
    data: {
      labels: d.members.map(m => bulan(m.month)),
      datasets: [{label: 'Peserta', data: d.members.map(m => m.members), borderColor: BIRU,
        backgroundColor: 'rgba(31,95,153,0.15)', fill: true, tension: 0.2}]
    },
    options: {maintainAspectRatio: false, scales: {y: countAxis}}
  });

  draw('grafik-antrean', {
    type: 'bar',
    data: {
      labels: kec.map(k => k.name),
      datasets: [
        {label: 'Calon menunggu verifikasi', data: kec.map(k => k.awaitingVerification), backgroundColor: JINGGA},
        {label: 'Tugas verifikasi terbuka', data: kec.map(k => k.openTasks), backgroundColor: BIRU},
        {label: 'Tugas lewat tenggat', data: kec.map(k => k.overdueTasks), backgroundColor: MERAH}
      ]
    },
    options: {maintainAspectRatio: false, scales: {y: countAxis}}
  });

  const b = d.budget;
  const ket = document.getElementById('ket-anggaran');
  if (!b) {
    ket.textContent = 'Kabupaten ini tidak memiliki PKS aktif hari ini: tidak ada anggaran untuk diukur.';
    draw('grafik-anggaran', {type: 'bar', data: {labels: [], datasets: []}, options: {maintainAspectRatio: false}});
  } else {
    const pct = (part, whole) => whole ? Math.round(part * 10000 / whole) / 100 : 0;
    ket.textContent = b.pksNumber + ': kuota ' + angka(b.quotaUsed) + ' dari ' + angka(b.quota) + ' pekerja; anggaran '
      + rupiah(b.budget) + ', iuran ditagih ' + rupiah(b.invoiced) + ', dibayar ' + rupiah(b.paid) + '.';
    draw('grafik-anggaran', {
      type: 'bar',
      data: {
        labels: ['Kuota terpakai', 'Iuran ditagih', 'Iuran dibayar'],
        datasets: [{label: 'Persen terhadap kuota / anggaran PKS',
          data: [pct(b.quotaUsed, b.quota), pct(b.invoiced, b.budget), pct(b.paid, b.budget)],
          backgroundColor: [BIRU, JINGGA, HIJAU]}]
      },
      options: {indexAxis: 'y', maintainAspectRatio: false,
        scales: {x: {beginAtZero: true, max: 100, ticks: {callback: v => v + '%'}}},
        plugins: {legend: {display: false},
          tooltip: {callbacks: {label: c => Number(c.parsed.x).toLocaleString('id-ID') + '%'}}}}
    });
  }

  // Issue 16: members and premiums split by payer, one line per ACTIVE PKS of the regency.
  const payers = d.byPayer || [];
  document.getElementById('ket-pembayar').textContent = payers.length < 2 ? '' : 'Per pembayar: ' + payers.map(p =>
    p.payerTitle + ' (' + p.pksNumber + ') ' + angka(p.members) + ' peserta, iuran ' + rupiah(p.premiumPerMonth)
      + ' per bulan').join('; ') + '.';

  const months = [...new Set(d.claims.map(c => c.month))];
  const of = (type, month) => d.claims.find(c => c.type === type && c.month === month) || {claims: 0, amount: 0};
  draw('grafik-klaim', {
    type: 'bar',
    data: {
      labels: months.map(bulan),
      datasets: [
        {label: 'JKM (Rp)', data: months.map(m => of('JKM', m).amount), backgroundColor: BIRU, stack: 'rp', yAxisID: 'y'},
        {label: 'JKK (Rp)', data: months.map(m => of('JKK', m).amount), backgroundColor: MERAH, stack: 'rp', yAxisID: 'y'},
        {label: 'Banyak klaim', type: 'line', data: months.map(m => of('JKM', m).claims + of('JKK', m).claims),
          borderColor: HIJAU, backgroundColor: HIJAU, yAxisID: 'y1'}
      ]
    },
    options: {maintainAspectRatio: false,
      scales: {y: {...rupiahAxis, beginAtZero: true, stacked: true}, x: {stacked: true},
        y1: {...countAxis, position: 'right', grid: {drawOnChartArea: false}}},
      plugins: {tooltip: {callbacks: {label: c => c.dataset.label + ': '
            + (c.dataset.yAxisID === 'y' ? rupiah(c.parsed.y) : angka(c.parsed.y))}}}}
  });
  document.body.dataset.dasbor = d.regencyCode;
}

async function load(regencyCode) {
  const box = document.getElementById('pesan');
  box.innerHTML = '';
  document.body.dataset.dasbor = '';
  try {
    render(await api('/api/dashboard?regencyCode=' + encodeURIComponent(regencyCode)));
  } catch (e) {
    message(box, e.message, true);
  }
}

async function start() {
  let me;
  try {
    me = await header('dasbor');
  } catch (e) {
    message(document.getElementById('pesan'), e.message, true);
    return;
  }
  const regencies = new Map();
  me.grants.forEach(g => regencies.set(g.regencyCode, g.regencyName));
  const select = document.getElementById('kabupaten');
  regencies.forEach((name, code) => select.add(new Option(name + ' (' + code + ')', code)));
  if (regencies.size === 0) {
    message(document.getElementById('pesan'), me.admin
      ? 'Administrator: pilih kabupaten lewat alamat, misalnya /dasbor?kabupaten=6203.'
      : 'Akun ini tidak terhubung dengan wilayah mana pun; hubungi administrator.', !me.admin);
  }
  const asked = new URLSearchParams(window.location.search).get('kabupaten');
  if (asked && me.admin && !regencies.has(asked)) select.add(new Option(asked, asked));
  if (asked && (regencies.has(asked) || me.admin)) select.value = asked;
  document.getElementById('pilih-kabupaten').hidden = select.options.length < 2;
  select.addEventListener('change', () => load(select.value));
  if (select.value) await load(select.value);
}

start();
