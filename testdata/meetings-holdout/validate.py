#!/usr/bin/env python3
"""Sanity checks for the held-out meetings corpus: run `python3 validate.py` in this folder."""
import datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december"]
EVENT_KEYS = {"partner", "mode", "cameo", "date", "vn_participant", "foreign_participant", "location"}
TOP_KEYS = ["id", "lang", "published", "has_teasers", "events", "teaser_events", "notes", "planned"]
errors = []

def err(msg):
    errors.append(msg)

def parse_day(s):
    return dt.date.fromisoformat(s)

def check_date(d, where):
    if d is None:
        return
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d):
            parse_day(d)
        elif re.fullmatch(r"\d{4}-\d{2}", d):
            parse_day(d + "-01")
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}", d):
            a, b = map(parse_day, d.split("/"))
            if a > b:
                err(f"{where}: interval {d} runs backwards")
        else:
            err(f"{where}: bad date form {d!r}")
    except ValueError as e:
        err(f"{where}: date {d!r} does not parse ({e})")

def years_of(row):
    ys = set()
    for k in ("events", "teaser_events", "planned"):
        for e in row[k]:
            if e["date"]:
                ys.update(int(x[:4]) for x in e["date"].split("/"))
    if row["published"]:
        ys.add(int(row["published"][:4]))
    return ys

def weekday_claims(text):
    """(weekday index, day, month, explicit year or None, snippet) for 'mardi 12 mars', 'Monday, March 10'."""
    out = []
    fr = re.compile(r"\b(" + "|".join(FR_DAYS) + r")\s+(?:(?:matin|soir|après-midi)\s+)?(\d{1,2})(?:er)?\s+("
                    + "|".join(FR_MONTHS) + r")(?:\s+(\d{4}))?", re.I)
    en = re.compile(r"\b(" + "|".join(EN_DAYS) + r"),?\s+(" + "|".join(EN_MONTHS) + r")\s+(\d{1,2})(?:,\s*(\d{4}))?", re.I)
    for m in fr.finditer(text):
        out.append((FR_DAYS.index(m[1].lower()), int(m[2]), FR_MONTHS.index(m[3].lower()) + 1,
                    int(m[4]) if m[4] else None, m[0]))
    for m in en.finditer(text):
        out.append((EN_DAYS.index(m[1].lower()), int(m[3]), EN_MONTHS.index(m[2].lower()) + 1,
                    int(m[4]) if m[4] else None, m[0]))
    return out

def check_event(e, where, allow_nulls=False):
    missing = EVENT_KEYS - e.keys()
    if missing:
        err(f"{where}: missing {sorted(missing)}")
        return
    extra = set(e) - EVENT_KEYS - {"note"}
    if extra:
        err(f"{where}: unknown fields {sorted(extra)}")
    if not re.fullmatch(r"[A-Z]{3}", e["partner"] or ""):
        err(f"{where}: partner {e['partner']!r}")
    if e["mode"] not in ("in_person", "phone", "video", None):
        err(f"{where}: mode {e['mode']!r}")
    if e["cameo"] not in ("040", "041", "042", "043", "044"):
        err(f"{where}: cameo {e['cameo']!r}")
    if e["mode"] == "phone" and e["cameo"] != "041":
        err(f"{where}: phone must be 041")
    if e["mode"] == "video" and e["cameo"] != "040":
        err(f"{where}: video must be 040")
    if e["mode"] == "in_person" and e["cameo"] not in ("042", "043", "044"):
        err(f"{where}: in-person meeting needs a setting code")
    check_date(e["date"], where)

rows = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8") if l.strip()]
ids = [r["id"] for r in rows]
files = sorted(f[:-4] for f in os.listdir(HERE) if f.endswith(".txt"))
if len(set(ids)) != len(ids):
    err("duplicate ids")
for f in set(files) - set(ids):
    err(f"{f}.txt has no gold line")
claims_checked = 0
for r in rows:
    rid = r.get("id")
    if list(r.keys()) != TOP_KEYS:
        err(f"{rid}: keys {list(r.keys())} != {TOP_KEYS}")
        continue
    path = os.path.join(HERE, rid + ".txt")
    if not os.path.exists(path):
        err(f"{rid}: no file")
        continue
    text = open(path, encoding="utf-8").read()
    if r["lang"] != rid[:2]:
        err(f"{rid}: lang {r['lang']} vs file prefix")
    m = re.match(r" date (\d{4}-\d{2}(?:-\d{2})?) ", text)
    if (m and r["published"] != m[1]) or (not m and r["published"] is not None):
        err(f"{rid}: published {r['published']!r} vs header {m and m[1]!r}")
    if m:
        check_date(m[1], rid + " header")
    else:
        paras = text.split("\n\n")
        if len(paras) < 3 or "\n" in paras[0].strip() or "(VNA) – " not in paras[2]:
            err(f"{rid}: expected title, blank, lead, blank, dateline paragraph")
    marker = re.search(r"^(Voir plus|See more)$", text, re.M)
    if bool(marker) != r["has_teasers"]:
        err(f"{rid}: has_teasers {r['has_teasers']} vs text")
    if marker:
        block = [p for p in text[marker.end():].split("\n\n") if p.strip()]
        captions = [p for p in block if p.strip().endswith("Photo: VNA")]
        if len(block) != 6 or len(captions) != 2:
            err(f"{rid}: teaser block should be 2 x (caption, headline, lead), got {len(block)} paragraphs")
    for k in ("events", "teaser_events", "planned"):
        if not isinstance(r[k], list):
            err(f"{rid}: {k} not a list")
            continue
        for i, e in enumerate(r[k]):
            check_event(e, f"{rid} {k}[{i}]")
    if r["teaser_events"] and not r["has_teasers"]:
        err(f"{rid}: teaser events without teasers")
    labelled_days = set()
    for k in ("events", "teaser_events", "planned"):
        for e in r[k]:
            if e["date"] and len(e["date"]) == 10:
                labelled_days.add(parse_day(e["date"]))
    years = years_of(r)
    for wd, day, month, year, snip in weekday_claims(text):
        claims_checked += 1
        cands = [year] if year else sorted(years)
        ok = [y for y in cands if dt.date(y, month, day).weekday() == wd]
        if not ok:
            err(f"{rid}: weekday claim {snip!r} fits none of the years {cands}")
        for d in labelled_days:
            if (d.month, d.day) == (month, day) and d.weekday() != wd:
                err(f"{rid}: label {d} contradicts {snip!r}")
n_ev = sum(len(r["events"]) for r in rows)
n_te = sum(len(r["teaser_events"]) for r in rows)
n_pl = sum(len(r["planned"]) for r in rows)
print(f"{len(rows)} articles, {n_ev} body events, {n_te} teaser events, {n_pl} planned, {claims_checked} weekday claims checked")
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
