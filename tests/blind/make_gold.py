#!/usr/bin/env python3
"""Builds the blind evaluation sets: set A from articles.src into data/, set B from articles_b.src into
data_b/. Each gets docs/<id>.txt and the gold files dates.jsonl and quotes.jsonl (byte offsets into the .txt
files, the formats of shared/corpus/gold). Set B is for measurement only: nobody tunes rules on it.

Markup in articles.src and articles_b.src (written by hand, never from system output):
  === <id> | <YYYY-MM-DD or null>        starts a document
  [[text|TYPE|value]] [[text|TYPE|value|mod=START]] [[...|opt]]   a temporal expression
  <q direct|Full Name;Other Form|cue> ... </q>      a quotation (kind, accepted speakers, cue); |opt = required false
  <q scare> ... </q>                                 scare quotes (optional, no speaker)
  <nq why text> ... </nq>                            quotation marks that are not speech (titles, names)
"""
import json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
tok = re.compile(r"\[\[(.*?)\]\]|<q ([^>]*)>|</q>|<nq ([^>]*)>|</nq>", re.S)


def build(src_name, out_name):
    src = open(os.path.join(here, src_name), encoding="utf-8").read()
    docs = re.split(r"^=== ", src, flags=re.M)[1:]
    data = os.path.join(here, out_name)
    os.makedirs(os.path.join(data, "docs"), exist_ok=True)
    dates_out, quotes_out = [], []
    for d in docs:
        head, body = d.split("\n", 1)
        doc_id, date = [x.strip() for x in head.split("|")]
        date = None if date == "null" else date
        body = body.strip("\n") + "\n"
        out = bytearray()
        dates, quotes, nots, stack = [], [], [], []
        pos = 0
        for m in tok.finditer(body):
            out += body[pos:m.start()].encode()
            pos = m.end()
            b = len(out)
            if m.group(1) is not None:
                parts = m.group(1).split("|")
                text, typ, val = parts[0], parts[1], parts[2]
                out += text.encode()
                item = {"begin": b, "end": len(out), "text": text, "timex_type": typ, "value": val}
                req = True
                for p in parts[3:]:
                    if p.startswith("mod="): item["mod"] = p[4:]
                    elif p == "opt": req = False
                    else: sys.exit(f"{doc_id}: bad date attr {p}")
                item["required"] = req
                dates.append(item)
            elif m.group(2) is not None:
                stack.append(("q", b, m.group(2)))
            elif m.group(3) is not None:
                stack.append(("nq", b, m.group(3)))
            elif m.group(0) == "</q>":
                kind_, qb, attrs = stack.pop(); assert kind_ == "q", doc_id
                parts = attrs.split("|")
                kind = parts[0]
                speakers = [s for s in parts[1].split(";") if s] if len(parts) > 1 else []
                cue = parts[2] if len(parts) > 2 and parts[2] else None
                req = not (kind == "scare" or "opt" in parts[3:])
                quotes.append({"begin": qb, "end": len(out), "kind": kind, "speakers": speakers, "cue": cue,
                               "required": req})
            else:
                kind_, nb, why = stack.pop(); assert kind_ == "nq", doc_id
                nots.append({"begin": nb, "end": len(out), "why": why})
        out += body[pos:].encode()
        assert not stack, doc_id
        text = out.decode()
        assert "[[" not in text and "<q" not in text and "</q" not in text, doc_id
        with open(os.path.join(data, "docs", doc_id), "w", encoding="utf-8") as f:
            f.write(text)
        quotes.sort(key=lambda q: q["begin"])
        dates_out.append({"id": doc_id, "date": date, "dates": dates})
        quotes_out.append({"id": doc_id, "date": date, "quotes": quotes, "not_quotes": nots})
        words = len(text.split())
        if not 120 <= words <= 420: print(f"warning: {doc_id} has {words} words", file=sys.stderr)
    for name, rows in (("dates.jsonl", dates_out), ("quotes.jsonl", quotes_out)):
        with open(os.path.join(data, name), "w", encoding="utf-8") as f:
            for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{out_name}: {len(docs)} documents, {sum(len(r['dates']) for r in dates_out)} dates, "
          f"{sum(len(r['quotes']) for r in quotes_out)} quotes")


build("articles.src", "data")
build("articles_b.src", "data_b")
