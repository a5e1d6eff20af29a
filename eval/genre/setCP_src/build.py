import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, GOLD
import arts_a, arts_b, arts_c, arts_d

ARTS = arts_a.ARTS + arts_b.ARTS + arts_c.ARTS + arts_d.ARTS
DUMPS = {"dump-1.txt": ["CP15", "CP16"], "dump-2.txt": ["CP17", "CP18"], "dump-3.txt": ["CP19", "CP20"]}
NBSP_SEP = {"CP16", "CP19"}

def main():
    os.makedirs(OUT, exist_ok=True)
    byid = {a['id']: a for a in ARTS}
    gold_arts = []
    n = 0
    for a in ARTS:
        n += 1
        i = int(a['id'][2:])
        if i <= 7:
            fn = a['id'] + '.txt'
            with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as f:
                f.write(a['headline'] + '\n\n' + '\n\n'.join(a['paras']) + '\n')
        elif i <= 14:
            fn = a['id'] + '.json'
            obj = {"title": a['headline'], "maintext": '\n'.join(a['paras']),
                   "date_publish": a.get('date'), "authors": a.get('authors', []),
                   "url": a['url'], "source_domain": a['domain'], "language": "en",
                   "description": a['desc']}
            with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as f:
                json.dump(obj, f, ensure_ascii=False, indent=2)
        else:
            fn = [d for d, ids in DUMPS.items() if a['id'] in ids][0]
        gold_arts.append({"id": a['id'], "file": fn, "headline": a['headline'],
                          "published": a['published'], "people": a['people'], "events": a['events']})
    for d, ids in DUMPS.items():
        chunks = []
        for aid in ids:
            a = byid[aid]
            sep = '\n\u00a0\n' if aid in NBSP_SEP else '\n\n'
            chunks.append(a['headline'] + '\n\nTT\n\n' + a['headline'] + '\n\n' + sep.join(a['paras']))
        with open(os.path.join(OUT, d), 'w', encoding='utf-8') as f:
            f.write('\n\n\n\n'.join(chunks) + '\n')
    gold = {"format": "dyad-gold/1",
            "about": ("Hand annotation of set CP: 20 invented articles in the style of 2016-2018 CNN, NPR, Washington Post, "
                      "Guardian, New York Times and AP world news, retelling real events (Brexit talks, Catalonia, Poland and "
                      "Hungary against the EU, Turkey after the 2016 coup attempt, the Syrian war, the Rohingya crisis, Venezuela, "
                      "the Gulf row with Qatar). 7 plain text, 7 news-please JSON, 3 page dumps of 2 articles each. Events use "
                      "PLOVER event types; actors are ISO 3166 alpha-3 codes or UNO/EUR/IGO/NGO/MNC/WST. 'required': false marks "
                      "background, implied or vague events that are neither rewarded nor punished."),
            "matching": ("An emitted event matches a gold event of the same article when its source code, target code and event "
                         "type are acceptable. Symmetric events match either direction. Maximum one-to-one matching between "
                         "emitted and required gold events; unmatched required = false negative; emitted matching no gold event "
                         "= false positive; emitted matching only optional or already-matched gold events is ignored. People "
                         "match on normalised name and country."),
            "dumps": DUMPS, "articles": gold_arts}
    with open(GOLD, 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    print('built', n)

if __name__ == '__main__':
    main()
