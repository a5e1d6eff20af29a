import os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, 'setCP')
GOLD = os.path.join(ROOT, 'setCP.gold.json')

def E(src, tgt, types, req, ev, sym=False):
    d = {"source": src, "target": tgt, "types": types.split('/'), "required": req, "evidence": ev}
    if sym:
        d["symmetric"] = True
    return d

def P(name, country, role):
    return {"name": name, "country": country, "role": role}

def A(**kw):
    out = []
    for e in kw['events']:
        # a tuple of codes means actors acting together: one event per actor
        if isinstance(e['source'], tuple):
            for c in e['source']:
                out.append(dict(e, source=c))
        elif isinstance(e['target'], tuple):
            for c in e['target']:
                out.append(dict(e, target=c))
        else:
            out.append(e)
    kw['events'] = out
    kw['paras'] = [p.strip() for p in kw['body'].strip().split('\n\n')]
    return kw
