#!/usr/bin/env python3
"""Builds the Indonesian (id) locale files of the Camunda webapps from the webjar's en.json.

Camunda 7.24 ships only en and de. Translations live in id-dictionary.tsv (English label -> Indonesian,
shared by all four apps, so a label is translated once) and id-overrides.tsv (per key, where one English
word needs another Indonesian word in its place). Labels not in the dictionary keep their English text,
so a newer Camunda with new keys still shows readable text; the script lists how many remain.

Usage: python3 tools/i18n/build-id-locales.py [path/to/camunda-webapp-webjar-7.24.0.jar]
"""
import glob
import json
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'src/main/resources/META-INF/resources/webjars/camunda/app/{app}/locales/id.json')
APPS = ['tasklist', 'cockpit', 'admin', 'welcome']

# moment.js locale: dd-MM-yyyy as officials read dates, Indonesian names, week starting Monday.
DATE_LOCALES = {
    "months": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember"],
    "monthsShort": ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
    "weekdays": ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
    "weekdaysShort": ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
    "weekdaysMin": ["Mg", "Sn", "Sl", "Rb", "Km", "Jm", "Sb"],
    "longDateFormat": {"LT": "HH:mm", "L": "DD-MM-YYYY", "LL": "D MMMM YYYY", "LLL": "D MMMM YYYY HH:mm",
                       "LLLL": "dddd, D MMMM YYYY HH:mm"},
    "calendar": {"sameDay": "[Hari ini pukul] LT", "nextDay": "[Besok pukul] LT", "nextWeek": "dddd [pukul] LT",
                 "lastDay": "[Kemarin pukul] LT", "lastWeek": "dddd [lalu pukul] LT", "sameElse": "L"},
    "relativeTime": {"future": "dalam %s", "past": "%s yang lalu", "s": "beberapa detik", "m": "semenit",
                     "mm": "%d menit", "h": "sejam", "hh": "%d jam", "d": "sehari", "dd": "%d hari",
                     "M": "sebulan", "MM": "%d bulan", "y": "setahun", "yy": "%d tahun"},
    "week": {"dow": 1, "doy": 4},
}


def read_tsv(name):
    rows = {}
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            key, value = line.split('\t', 1)
            # The dictionary holds JSON-escaped text (\" and \n), exactly as en.json spells it.
            rows[json.loads('"' + key + '"')] = json.loads('"' + value + '"')
    return rows


def main():
    jar = sys.argv[1] if len(sys.argv) > 1 else sorted(glob.glob(os.path.expanduser(
        '~/.m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar/7.24.0/camunda-webapp-webjar-7.24.0.jar')))[0]
    dictionary = read_tsv('id-dictionary.tsv')
    overrides = read_tsv('id-overrides.tsv')
    with zipfile.ZipFile(jar) as z:
        for app in APPS:
            en = json.loads(z.read(f'META-INF/resources/webjars/camunda/app/{app}/locales/en.json').decode('utf-8-sig'))
            labels, missing = {}, 0
            for key, text in en['labels'].items():
                if key in overrides:
                    labels[key] = overrides[key]
                elif text in dictionary or not text.strip():
                    labels[key] = dictionary.get(text, text)
                else:
                    labels[key] = text
                    missing += 1
            result = {"labels": labels}
            if 'dateLocales' in en:
                result = {"dateLocales": DATE_LOCALES, "labels": labels}
            path = OUT.format(app=app)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w', encoding='utf-8') as f:
                json.dump(result, f, ensure_ascii=False, indent=2)
                f.write('\n')
            print(f'{app}: {len(labels)} labels, {len(labels) - missing} in Indonesian, {missing} still English')


if __name__ == '__main__':
    main()
