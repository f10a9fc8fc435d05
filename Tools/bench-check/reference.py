#!/usr/bin/env python3
"""A straightforward Python `re` implementation of `kefu check --jsonl`, for the benchmark.

    python3 reference.py LEXICONS.md < replies.txt > out.jsonl

It applies the same rules with the same phrase lists — read from docs/rubric.md, which
`kefu rules --markdown` generates from the code — one compiled regex per list, and prints the
same JSON object per line. It is what someone would write first; kefu must be 3x faster.
"""
import json
import re
import sys
import unicodedata

ID_ORDER = ["reception_flow", "response_time", "rhetorical_question", "exclamation_overuse",
            "upsell", "forbidden_phrase", "affinity", "order_confirmation", "account_safety",
            "repeated_reply", "asked_again"]


def load_lexicons(path):
    lex = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^- `([a-z0-9-]+)`：(.*)$", line.rstrip("\n"))
        if m:
            phrases = [norm(p) for p in m.group(2).split("、") if p]
            lex[m.group(1)] = phrases
    return lex


def norm(text):
    return unicodedata.normalize("NFKC", text).lower()


class Reference:
    def __init__(self, lexicons):
        self.rx = {}
        for name, phrases in lexicons.items():
            ordered = sorted(set(phrases), key=len, reverse=True)
            self.rx[name] = re.compile("|".join(re.escape(p) for p in ordered))
        self.banned_rx = self.rx["forbidden"]
        self.spend = re.compile(r"满\d+.{0,2}?[减折送]")
        self.phone = re.compile(r"1[3-9][\d*]{9}")
        self.share = re.compile(r"[¥$€￥][0-9a-z]{6,}[¥$€￥]")
        self.you = re.compile(r"你(?!们|好)")
        self.content = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]")
        self.rhetorical = re.compile(r"难道|不是.{0,10}吗|怎么可能|凭什么|何必|岂")
        self.history = []

    def has(self, name, t):
        return self.rx[name].search(t) is not None

    def judge(self, text):
        obj = {"rhetorical": False, "exclamations": 0, "exclamation_overuse": False, "steps": [],
               "upsell": False, "forbidden": [], "findings": []}
        t = norm(text)
        if not t.strip():
            return obj
        findings = []
        first = not self.history
        # reception_flow
        steps = []
        if self.has("greet", t): steps.append("greet")
        if self.has("need-topic", t) and self.has("question-mark", t): steps.append("inquire")
        for m in self.rx["recommend"].finditer(t):
            if m.start() == 0 or t[m.start() - 1] not in "不没":
                steps.append("recommend")
                break
        if self.has("objection", t): steps.append("objection")
        if self.has("close", t): steps.append("close")
        confirming = self.has("confirm-direct", t) or (
            self.has("confirm-verb", t) and self.has("confirm-topic", t))
        if confirming: steps.append("confirm")
        if self.has("farewell", t): steps.append("farewell")
        if self.has("ship", t): steps.append("ship")
        obj["steps"] = steps
        if first and "greet" not in steps:
            findings.append(("reception_flow", 0, len(text), "第一条回复没有问好"))
        # rhetorical_question (a rough stand-in for the real rule)
        m = self.rhetorical.search(t)
        if m:
            obj["rhetorical"] = True
            findings.append(("rhetorical_question", m.start(), m.end(), "反问句"))
        # exclamation_overuse
        marks = [i for i, ch in enumerate(t) if ch in "!❗❕"]
        obj["exclamations"] = len(marks)
        if len(marks) > 1:
            obj["exclamation_overuse"] = True
            findings.append(("exclamation_overuse", marks[0], marks[-1] + 1, "感叹号太多"))
        # upsell
        upsell = self.spend.search(t) is not None
        if not upsell:
            m = self.rx["upsell-offer"].search(t)
            if m and not (self.has("upsell-substitution", t) and not self.has("upsell-pairing", t)):
                upsell = True
        if not upsell:
            for m in self.rx["upsell-pairing"].finditer(t):
                window = t[m.end():m.end() + 12]
                item = self.rx["upsell-item"].search(window)
                if item and not self.rx["upsell-own"].search(window[:item.start()]):
                    upsell = True
                    break
        obj["upsell"] = upsell
        # forbidden_phrase
        spared = [(m.start(), m.end()) for m in self.rx["forbidden-spared"].finditer(t)]
        apology = [m.end() for m in self.rx["forbidden-apology"].finditer(t)]
        for m in self.banned_rx.finditer(t):
            if any(s <= m.start() and e >= m.end() for s, e in spared):
                continue
            if m.group(0) in ("没办法", "没有办法", "不清楚") and any(e <= m.start() for e in apology):
                continue
            obj["forbidden"].append(text[m.start():m.end()])
            findings.append(("forbidden_phrase", m.start(), m.end(), "服务禁语"))
        # affinity
        m = self.you.search(t)
        if m and "迷你" not in t:
            findings.append(("affinity", m.start(), m.end(), "称呼买家用「你」"))
        if not self.has("affinity-warm", t):
            findings.append(("affinity", 0, len(text), "没有亲切的字眼"))
        # order_confirmation
        if confirming:
            missing = [n for n, ok in (
                ("收件人", self.has("order-recipient", t)),
                ("电话", self.has("order-phone", t) or self.phone.search(t)),
                ("地址", self.has("order-address", t)),
                ("商品", self.has("order-item", t))) if not ok]
            if missing:
                findings.append(("order_confirmation", 0, len(text), "漏了" + "、".join(missing)))
        # account_safety
        m = self.rx["safety-link"].search(t) or self.share.search(t)
        if m:
            findings.append(("account_safety", m.start(), m.end(), "不要发链接"))
        m = self.rx["safety-off-platform"].search(t)
        if m:
            findings.append(("account_safety", m.start(), m.end(), "引到平台外"))
        # repeated_reply
        key = self.content.sub("", t)
        if len(key) >= 5:
            pairs = sorted(key[i:i + 2] for i in range(len(key) - 1))
            for old_key, old_pairs in self.history[-30:]:
                if len(old_key) < 5 or 2 * min(len(key), len(old_key)) / (len(key) + len(old_key)) < 0.85:
                    continue
                if dice(pairs, old_pairs) >= 0.85:
                    findings.append(("repeated_reply", 0, len(text), "重复回复"))
                    break
            entry = (key, pairs)
        else:
            entry = (key, [])
        self.history.append(entry)
        if len(self.history) > 30:
            del self.history[0]
        findings.sort(key=lambda f: ID_ORDER.index(f[0]))
        obj["findings"] = [{"rule": r, "start": s, "end": e, "message": msg}
                           for r, s, e, msg in findings]
        return obj


def dice(a, b):
    if a == b:
        return 1.0
    i = k = common = 0
    while i < len(a) and k < len(b):
        if a[i] == b[k]:
            common += 1; i += 1; k += 1
        elif a[i] < b[k]:
            i += 1
        else:
            k += 1
    return 2 * common / (len(a) + len(b)) if a and b else 0.0


def main():
    ref = Reference(load_lexicons(sys.argv[1]))
    out = sys.stdout
    number = 0
    for raw in sys.stdin.buffer:
        number += 1
        text = raw.rstrip(b"\n").rstrip(b"\r").decode("utf-8", errors="replace")
        obj = {"file": "-", "line": number, "text": text}
        obj.update(ref.judge(text))
        out.write(json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
