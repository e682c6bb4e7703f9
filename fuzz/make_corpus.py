#!/usr/bin/env python3
"""Writes the seed corpus under fuzz/corpus/<target>/ from the sample
reports (tests/corpus/reports.jsonl), examples/data if present, and the
string literals of the detector tests. Run from the crate root."""
import hashlib, json, os, re, glob

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
out = os.path.join(root, "fuzz", "corpus")

def put(target, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)

reports = []
with open(os.path.join(root, "tests", "corpus", "reports.jsonl"), encoding="utf-8") as f:
    for i, line in enumerate(f):
        if i % 12 == 0:
            reports.append(json.loads(line)["report"])
for path in glob.glob(os.path.join(root, "examples", "data", "*.json*")):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                try:
                    reports.append(json.loads(line))
                except ValueError:
                    pass

strings = []
for path in glob.glob(os.path.join(root, "tests", "detect.rs")) + glob.glob(os.path.join(root, "src", "detect", "*tests.rs")):
    with open(path, encoding="utf-8") as f:
        for m in re.finditer(r'"((?:[^"\\\n]|\\.){8,300})"', f.read()):
            s = m.group(1)
            if "\\u{" in s or "\\" not in s:
                s = re.sub(r"\\u\{([0-9A-Fa-f]+)\}", lambda m: chr(int(m.group(1), 16)), s)
                strings.append(s)
strings = sorted(set(strings))[:400]

for r in reports:
    put("parse_report", json.dumps(r, ensure_ascii=False))
put("parse_report", b'{"schema_version":1,"categories":["bribery"],"narrative":"\xff\xfe"}')
put("parse_report", '{"schema_version":1,"categories":["bribery"],"narrative":"x","reporter":{"mode":"confidential"}}')
put("parse_report", "[" * 200 + "]" * 200)
put("parse_report", '{"schema_version":' + "9" * 400 + "}")

for r in reports[:80]:
    put("normalise", r["narrative"])
    put("anonymise_text", r["narrative"])
    put("anonymise_report", r["narrative"])
for s in strings:
    put("normalise", s)
    put("anonymise_text", s)
print("reports", len(reports), "strings", len(strings))
