ARTS = []
def A(id, headline, paras, published, people, events, **meta):
    ARTS.append(dict(id=id, headline=headline, paras=paras, published=published,
                     people=[dict(name=n, country=c, role=r) for n, c, r in people],
                     events=events, meta=meta))
def E(src, tgt, types, req, ev, sym=False):
    d = dict(source=src, target=tgt, types=types.split(), required=req, evidence=ev)
    if sym:
        d["symmetric"] = True
    return d
def P(e, l, why):
    return dict(earliest=e, latest=l, why=why)
