#!/usr/bin/env python3
"""Error analysis of quelle's speech layer: replicates eval/match.go one-to-one
overlap alignment and assigns each FP/FN a cause by heuristic features (the
counts of the README's "Error causes on Wikinews dev").
usage:
  quelle annotate --layers speech GOLD > PRED
  python3 scripts/speech_errors.py GOLD PRED [--dump LABEL:KIND:CAUSE]"""
import json, sys, re, collections
G, P = sys.argv[1], sys.argv[2]
dump = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == '--dump' else None
LABELS = ('CUE', 'SOURCE', 'QUOTE')
PREP = {'nach', 'laut', 'zufolge', 'gemäß', 'so', 'demnach', 'wonach', 'Laut', 'Nach', 'So', 'Gemäß', 'Demnach'}
PRON = {'er','sie','Er','Sie','es','ihr','ihm','der','die','das','Der','Die','dieser','diese','man','Man','ich','Ich','wir','Wir','welche','dessen','deren','seinen','seiner','ihren','ihrer'}

def dedupe(sp):
    seen, out = set(), []
    for s in sorted(sp, key=lambda s: (s['start'], s['end'], s['label'])):
        k = (s['label'], s['start'], s['end'])
        if k not in seen: seen.add(k); out.append(s)
    return out

def align(g, p):
    g, p = dedupe(g), dedupe(p)
    cs = []
    for i, a in enumerate(g):
        for j, b in enumerate(p):
            n = min(a['end'], b['end']) - max(a['start'], b['start'])
            if n > 0 and a['label'] == b['label']: cs.append((-n, i, j))
    cs.sort(); ug, up = {}, {}
    for _, i, j in cs:
        if i not in ug and j not in up: ug[i] = j; up[j] = i
    return g, p, ug, up

def ov(a, b): return min(a['end'], b['end']) > max(a['start'], b['start'])
def sent(text, s, sents):
    for x in sents:
        if x['start'] <= s['start'] < x['end']: return x
    return {'start': s['start'], 'end': s['end']}

gold = {}
for l in open(G):
    d = json.loads(l); gold[d['id']] = d
causes = {(l, k): collections.Counter() for l in LABELS for k in ('FN', 'FP')}
ex = collections.defaultdict(list)
for l in open(P):
    d = json.loads(l); gd = gold[d['id']]; text = d['text']; sents = d.get('sentences', [])
    g = [s for s in gd['spans'] if s['label'] in LABELS]
    p = [s for s in d['spans'] if s['label'] in LABELS]
    g, p, ug, up = align(g, p)
    gatt = collections.defaultdict(list); patt = collections.defaultdict(list)
    for i, s in enumerate(g): gatt[s.get('attribution')].append(i)
    for j, s in enumerate(p): patt[s.get('attribution')].append(j)
    # all gold spans (not deduped) per attribution for attribution features
    for i, s in enumerate(g):
        if i in ug: continue
        lab = s['label']; att = gatt[s.get('attribution')]
        cue_i = [k for k in att if g[k]['label'] == 'CUE']
        cue_found = any(k in ug for k in cue_i)
        q_found = any(k in ug for k in att if g[k]['label'] == 'QUOTE')
        covered = [j for j, q in enumerate(p) if q['label'] == lab and ov(q, s)]
        inq = any(q['label'] == 'QUOTE' and q['start'] <= s['start'] and s['end'] <= q['end'] for q in g if q is not s)
        t = s['text']
        if covered:
            c = 'one-to-one:' + ('nested-in-other-gold-quote(mixed)' if lab=='QUOTE' and any(q is not s and q['label']=='QUOTE' and ov(q,s) for q in g) else ('split-around-frame' if lab=='QUOTE' else 'other'))
        elif lab == 'CUE':
            if not cue_found and not q_found and not any(k in ug for k in att):
                c = 'whole-attribution-missed'
            else: c = 'cue-missed-rest-found'
            if t.split()[0] in PREP: c = 'prep-cue:' + c
            if inq: c = 'nested-in-quote:' + c
        elif lab == 'SOURCE':
            if not cue_i: c = 'no-gold-cue:' + '/'.join(sorted({g[k].get('stwr_type','?') for k in att if g[k]['label']=='QUOTE'}))
            elif not cue_found: c = 'cue-missed-too'
            else:
                ss = sent(text, s, sents); cs = sent(text, g[cue_i[0]], sents)
                if ss['start'] != cs['start']: c = 'source-in-other-sentence'
                elif t in PRON: c = 'pronoun-source-missed'
                elif any(q['label']=='SOURCE' and q.get('attribution') in {p[j].get('attribution') for j in ug.values() if j in range(len(p)) and g[[k for k in ug if ug[k]==j][0]] is g[cue_i[0]]} for q in p): c = 'pred-source-elsewhere(wrong NP)'
                else: c = 'cue-found-no-source'
        else:  # QUOTE
            st = s.get('stwr_type', s.get('mode'))
            if any(k in ug for k in att if g[k]['label'] == 'QUOTE'): c = 'split-fragment-other-part-matched'
            elif not cue_i: c = 'no-gold-cue:' + st
            elif cue_found: c = 'cue-found-quote-missed:' + st
            else: c = 'attribution-missed:' + st
        causes[(lab, 'FN')][c] += 1; ex[(lab, 'FN', c)].append((d['id'], s, text[sent(text, s, sents)['start']:sent(text, s, sents)['end']]))
    for j, s in enumerate(p):
        if j in up: continue
        lab = s['label']; att = patt[s.get('attribution')]
        has_q = any(p[k]['label'] == 'QUOTE' for k in att)
        any_match = any(k in up for k in att)
        covered = [i for i, q in enumerate(g) if q['label'] == lab and ov(q, s)]
        goldany = [q for q in g if ov(q, s)]
        if covered: c = 'overlaps-gold-already-matched(one-to-one)'
        elif lab in ('CUE', 'SOURCE') and not has_q:
            c = 'no-quote-attribution(quoted-only)' + (':inside-gold-'+'/'.join(sorted({q.get('stwr_type','?') for q in goldany if q['label']=='QUOTE'}) or {'x'}) if goldany else '')
        elif any_match:
            gatts = {g[up[k]].get('attribution') for k in att if k in up}
            gl = {g[i]['label'] for i in range(len(g)) if g[i].get('attribution') in gatts}
            c = 'rest-of-attribution-matched:' + ('gold-has-'+lab.lower() if lab in gl else 'gold-attr-without-'+lab.lower())
            if lab=='CUE' and 'CUE' not in gl:
                ts={g[i].get('stwr_type') for i in range(len(g)) if g[i].get('attribution') in gatts and g[i]['label']=='QUOTE'}
                c += ':' + '/'.join(sorted(t for t in ts if t))
        elif goldany: c = 'overlaps-gold-of-other-label'
        else: c = 'attribution-not-in-gold'
        causes[(lab, 'FP')][c] += 1; ex[(lab, 'FP', c)].append((d['id'], s, text[sent(text, s, sents)['start']:sent(text, s, sents)['end']]))
for k, v in causes.items():
    print(k[0], k[1], sum(v.values()))
    for c, n in v.most_common(): print(f'   {n:4d}  {c}')
if dump:
    lab, kind, c = dump.split(':', 2)
    for key, L in ex.items():
        if key[0] == lab and key[1] == kind and key[2].startswith(c):
            for docid, s, se in L:
                print(f"--- {key[2]} {docid} {s['start']} [{s['text'][:100]}] {s.get('stwr_type','')} {s.get('rule','')}\n    {se[:400]}")
