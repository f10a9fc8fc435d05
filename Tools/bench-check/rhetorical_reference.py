"""Reference implementation of the `rhetorical_question` rule with Python `re`.

Used only by the `kefu check --jsonl` benchmark, which imports `rhetorical_spans` (and `is_rhetorical`) and
times it against the Swift rule. It is a straightforward port of
`Sources/KefuRubric/Tone/RhetoricalQuestionDetector.swift`: each pattern becomes one compiled
regular expression over a clause, and the shapes judged in code become a few more. The lexicon is
read from `Sources/KefuRubric/Words/rhetorical_question.words` (its 词表 and 句式) at import, the
file the Swift binary embeds, so the two can never drift apart.

    python3 rhetorical_reference.py "难道您没收到通知吗？"      # prints True / False
    python3 rhetorical_reference.py --file replies.txt        # one verdict per line
"""

import os
import re
import sys
import unicodedata

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, _HERE)
import words as _words  # noqa: E402  (the rubric's words files)

# ---------------------------------------------------------------------------------------------
# The lexicon: the 词表 and 句式 of rhetorical_question.words.

_SHAPES = {"难道": "nandao", "否定加吗": "negatedQuestion", "怪买家没看": "didNotRead", "责怪": "blame",
           "否认": "denial", "反驳": "disputing", "顶撞": "talkingBack", "不当回事": "dismissive",
           "不耐烦": "impatience"}
_ENDINGS = {"不限": "anything", "吗": "maParticle", "问句": "question", "问号": "questionMark",
            "就行了": "doneAlready", "单独成句": "standalone", "带吧": "tagged"}
_KEYS = {"词": "words", "后面接": "next", "后面不接": "notNext", "前面不是": "notBefore",
         "前面要有": "needBefore", "分句里没有": "notInClause", "后面要有": "needAfter",
         "整条回复没有": "notInReply", "句中要有": "needInSentence", "句中前面没有": "notInSentence",
         "后文要有": "needLater"}


def _camel(name):
    head, *rest = name.split("-")
    return head + "".join(part.capitalize() for part in rest)


def _load_lexicon():
    lists, patterns = {}, []
    for family in _words.FAMILIES.values():
        if family.rule != "rhetorical_question":
            continue
        if family.kind == "list":
            lists[_camel(family.name)] = list(family.words)
        elif family.kind == "pattern":
            pattern = {"crossClause": False, "afterComplaint": False, "ending": "anything"}
            pattern["shape"] = _SHAPES[_words.field(family, "类型")[0]]
            if _words.field(family, "结尾"):
                pattern["ending"] = _ENDINGS[_words.field(family, "结尾")[0]]
            pattern["crossClause"] = _words.field(family, "可跨分句") == ["是"]
            pattern["afterComplaint"] = _words.field(family, "买家刚抱怨") == ["是"]
            for key, label in _KEYS.items():
                if _words.field(family, key):
                    pattern[label] = _words.field(family, key)
            patterns.append(pattern)
    return lists, patterns


_LISTS, _PATTERNS = _load_lexicon()


def _alt(words):
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _compile(pattern):
    """One regular expression per pattern: the anchor with what must and must not touch it."""
    regex = ""
    for w in pattern.get("notBefore", []):
        regex += "(?<!%s)" % re.escape(w)
    regex += "(?:%s)" % _alt(pattern["words"])
    if pattern.get("next"):
        regex += "(?=%s)" % _alt(pattern["next"])
    if pattern.get("notNext"):
        regex += "(?!%s)" % _alt(pattern["notNext"])
    compiled = dict(pattern)
    # Inside a lookahead so that every position is tried, as the Swift scanner does.
    compiled["regex"] = re.compile("(?=(%s))" % regex)
    for key in ("needBefore", "notInClause", "needAfter", "needInSentence", "notInReply",
                "notInSentence", "needLater"):
        if pattern.get(key):
            compiled[key + "Regex"] = re.compile(_alt(pattern[key]))
    return compiled


_COMPILED = [_compile(p) for p in _PATTERNS]
# Every anchor at once: a clause without any is not tried pattern by pattern.
_ANY_ANCHOR = re.compile(_alt({w for p in _PATTERNS for w in p["words"]}))

_TERMINATORS = "?!。;\n\r.…~～‼⁉？！"
_SEPARATORS = ",、: \t，：()/-—"
_CLAUSE = re.compile(
    "([^%s%s]+)([%s%s]*)" % tuple(re.escape(x) for x in
                                  (_TERMINATORS, _SEPARATORS, _TERMINATORS, _SEPARATORS)))
_QUOTES = re.compile(r"「[^」]*」|『[^』]*』|“[^”]*”|‘[^’]*’|《[^》]*》|【[^】]*】|\"[^\"]*\"")
# The clause particles and what the shapes judged in code compare (字类/词表 of
# rhetorical_question.words, as the Swift detector reads them).
_MA, _EMPHATIC, _ME = _words.words("particle-ma"), _words.words("particle-emphatic"), _words.words("particle-me")
_NE, _BA, _BU = _words.words("particle-ne"), _words.words("particle-ba"), _words.words("negation-bu")
_LE, _NEGATIONS = _words.words("perfective"), _words.words("negation-chars")
_FILLER_TAIL = re.compile(r"(?:[%s]|[^\w\u4e00-\u9fff\u3400-\u4dbf]|_)+$" % _words.words("tail-fillers"))
_PARTICLE = re.compile(r"(?:(?<![%s])([%s%s])|(?<![%s])(%s)|([%s%s]))$" % (
    _words.words("not-particle-before"), _MA, _EMPHATIC, _words.words("me-not-after"), _ME, _NE, _BA))
_NOT_CHOICE = re.compile(r"(.)%s\1" % _BU)
_CONDITIONAL = re.compile(_alt(_LISTS["conditionalWords"]))
_POLITE_END = re.compile("(?:%s)$" % _alt(_LISTS["politeEndings"]))
_GENUINE_OPENING = re.compile("^(?:%s)" % _alt(_LISTS["genuineOpenings"]))
_COMPLAINT = re.compile(_alt(_LISTS["complaintWords"]))
_DONE = re.compile(_alt(_LISTS["doneWords"]))
# Character classes the detector compares one by one (字类 of rhetorical_question.words).
_WHAT_NOT_THING = _words.words("what-not-thing")
_ANSWER_SKIP = _words.words("answer-skip")
_WHERE_NOT_AFTER = _words.words("where-not-after")
_WHERE_PLACE_BEFORE = _words.words("where-place-before")
_STANDALONE_LEAD = re.compile("^[%s]*$" % _words.words("standalone-leads"))

_JUDGED = _alt(_LISTS["disputedJudgements"])
_WHAT_WORDS = _alt(_words.words("what-words"))
_WHERE = re.compile("[%s][%s]?" % (_words.words("where-starts"), _words.words("where-suffixes")))
_WHAT = re.compile("(?<![{0}])(?<![{0}]{1})[{2}](?:{3})".format(
    _words.words("have-not"), _words.words("still"), _words.words("have-what"), _WHAT_WORDS))
_TRIVIAL = re.compile("(?:%s)" % _alt(_LISTS["trivialisedThings"]))
_POINTLESS = re.compile("(?:%s)$" % _alt(_LISTS["pointlessThings"]))
_DOUBLED = re.compile(r"([\u4e00-\u9fff])(?:%s)\1" % _WHAT_WORDS)
_OK_BA = tuple(ok + _BA for ok in _words.words("ok-ba"))
_OK_OR_NOT = re.compile("(?:%s)$" % "|".join(
    x for ok in _words.words("ok-words") for x in (ok + _BU + ok, ok + _MA)))
_ASSERTION = re.compile(_alt(_LISTS["assertionWords"]))
_OFFER = re.compile(_alt(_LISTS["offerWords"]))
_BUCHENG = re.compile("(?:%s)$" % _alt(_words.words("nandao-tails")))
_BUCHENG_LEADS = re.compile(_alt(_words.words("nandao-tail-leads")))
_NTH_TIME = re.compile("(?:%s)[%s]+[%s]" % (
    _alt(_words.words("nth-leads")), _words.words("count-digits"), _words.words("nth-units")))
_COUNTED = re.compile("(?:%s)[%s]" % (_alt(_LISTS["repeatCounts"]), _words.words("repeat-units")))
_CHALLENGE_HOW = set(h + x for h in _words.words("challenge-how")
                     for x in [""] + list(_words.words("challenge-how-tails")))
_TELLING = re.compile(_alt(_LISTS["tellingVerbs"]))
_CHECK_OFFER = re.compile(_alt(_LISTS["checkOffers"]))
_TRY_OFFER = re.compile(_alt(_LISTS["tryOffers"]))
_FIX_OFFER = re.compile(_alt(_LISTS["fixOffers"]))
_RECALL = re.compile(_alt(_LISTS["recallWords"]))
_RECALL_BENEFIT = re.compile(_alt(_LISTS["recallBenefits"]))
_PRESSING = re.compile(_alt(_LISTS["pressingDegrees"]))
_PRESSED_FACT = re.compile(_alt(_LISTS["pressedFacts"]))
_THINK_IT_OVER = re.compile("^[%s](%s)?%s(?:%s)[%s]?$" % (
    _words.words("think-addressees"), _alt(_words.words("think-again-middles")), _words.words("think"),
    _alt(_words.words("think-again")), _words.words("think-look")))
_SECOND = re.compile(_alt(_LISTS["you"]))
_NEGATION = re.compile(r"(?<!(.))(?:不|没)")
_INCREDULOUS = re.compile(_alt(_LISTS["incredulous"]))
_INCREDULOUS_ALSO = re.compile(_alt(_LISTS["incredulousAlso"]))
_ALSO_LEAD = re.compile(_alt(_LISTS["trivialisingLeads"]))
_OFFERED_NEXT = re.compile(_alt(_LISTS["offeredNext"]))
_QUESTION_WORD = re.compile(_alt(_LISTS["questionWords"]))
_HOW_AFTER_WANT = re.compile(_alt(_LISTS["howAfterWant"]))
_RETORT = re.compile("%s(?!%s)|%s(?=%s)" % (_words.words("still"), _alt(_LISTS["stillAfterWhich"]),
                                              _words.words("again"), _alt(_LISTS["againVerbs"])))
_RETORT_LEAD = re.compile("你|您|" + _alt(_LISTS["concessions"]))
_WHAT_LEAD = re.compile(r"(?:%s)?(?:%s)" % (_alt(_LISTS["whatLeads"]), _WHAT_WORDS))
_WHAT_CANCEL = re.compile(_alt(_LISTS["whatCancels"]))
_WHAT_AFTER_NO = re.compile(_alt(_LISTS["whatAfterNo"]))
_WHAT_OFFER = re.compile(_alt(_LISTS["whatOffers"]))
_IDEOGRAPH = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")


def _universal_what(c, question, rest):
    """什么面包放一周不坏 — "what X does not" meaning "every X does", as a statement."""
    if question or c.particle is not None:
        return False
    text = c.text
    m = _WHAT_LEAD.match(text)
    if not m:
        return False
    after = m.end()
    if after >= len(text) or not _IDEOGRAPH.match(text[after]) or text[after] in _WHAT_NOT_THING:
        return False
    j = after + 1
    while j < len(text) and text[j] not in _NEGATIONS:
        j += 1
    if j >= len(text) - 1 or j - after > 6 or _WHAT_AFTER_NO.match(text, j + 1):
        return False
    return not _WHAT_CANCEL.search(text) and not _WHAT_OFFER.search(rest)


def _answered(sentences, si):
    """这个价你们在外面买得到吗？买不到！ — a plain question answered at once (设问)."""
    if si + 1 >= len(sentences):
        return False
    clauses, question, _ = sentences[si]
    if not (question or clauses[-1].particle == _MA):
        return False
    asked = "".join(c.text for c in clauses)
    if re.search(_alt(_words.words("answer-negations") + _words.words("guesses")), asked):
        return False
    answer = sentences[si + 1][0][0].core
    if not 2 <= len(answer) <= 4 or not re.search(_alt(_words.words("answer-negations")), answer):
        return False
    return any(_IDEOGRAPH.match(ch) and ch not in _ANSWER_SKIP and ch in asked
               for ch in answer)


class _Clause:
    __slots__ = ("text", "tail", "core", "particle", "last")

    def __init__(self, text, tail):
        self.text = text
        self.tail = tail
        core = _FILLER_TAIL.sub("", text) or text[:1]
        self.core = core
        m = _PARTICLE.search(core)
        self.particle = None
        if m:
            self.particle = _MA if m.group(2) else (m.group(1) or m.group(3))


def _sentences(text):
    """The clauses grouped into sentences, each with whether it ends in ？ and in ！, and where
    its clauses are: (text start, text end, tail end) each, and whether a terminator closes it."""
    sentences, offsets, current, where = [], [], [], []
    for m in _CLAUSE.finditer(text):
        clause = _Clause(m.group(1), m.group(2))
        current.append(clause)
        where.append((m.start(1), m.end(1), m.end(2)))
        if any(c in _TERMINATORS for c in clause.tail):
            sentences.append((current, "?" in clause.tail or "？" in clause.tail or "⁉" in clause.tail,
                              any(c in "!！‼⁉" for c in clause.tail)))
            offsets.append((where, True))
            current, where = [], []
    if current:
        sentences.append((current, False, False))
        offsets.append((where, False))
    return sentences, offsets


def _ending_ok(p, clauses, ci, question, exclaim, negation, after):
    ending = p["ending"]
    if ending == "anything":
        return True
    if ending == "standalone":
        return None  # judged by the caller
    last = ci + 1 if p["crossClause"] and ci + 1 < len(clauses) else ci
    loose = ending in ("question", "tagged")
    for k in range(ci, last + 1):
        c = clauses[k]
        good = c.particle in (_MA, _EMPHATIC)
        if loose and c.particle == _NE and k == len(clauses) - 1:
            good = True
        closes = k == len(clauses) - 1
        if (not good and closes and (question or exclaim)
                and (loose or ending == "questionMark")
                and c.particle != _NE and (c.particle != _BA or ending == "tagged")):
            good = True
        if not good and ending == "doneAlready":
            rest = c.text[after:] if k == ci else c.text
            if _DONE.search(rest):
                good = True
            if closes and c.core.endswith(_LE):
                good = True
        if good and negation and c.particle in (_MA, _EMPHATIC) and _POLITE_END.search(c.core):
            good = False
        if good:
            return True
    return False


def _pattern_hit(p, clauses, ci, sentence_text, question, exclaim, buyer_complained, reply,
                 later):
    clause = clauses[ci].text
    for m in p["regex"].finditer(clause):
        i, after = m.start(1), m.end(1)
        if p["afterComplaint"] and not buyer_complained():
            continue
        if "needBeforeRegex" in p and not p["needBeforeRegex"].search(clause[:i]):
            continue
        if "notInClauseRegex" in p and p["notInClauseRegex"].search(clause):
            continue
        if "needAfterRegex" in p and not p["needAfterRegex"].search(clause[after:]):
            continue
        if "notInReplyRegex" in p and p["notInReplyRegex"].search(reply):
            continue
        if "needInSentenceRegex" in p:
            before = sentence_text(ci) + clause[:i]
            if not p["needInSentenceRegex"].search(before):
                continue
        if "notInSentenceRegex" in p and p["notInSentenceRegex"].search(sentence_text(ci) + clause[:i]):
            continue
        if "needLaterRegex" in p and not p["needLaterRegex"].search(later):
            continue
        # 难道是快递送错了？我帮您查一下 — a guess, then the seller checks (outside its clause).
        if p["shape"] == "nandao" and not _SECOND.search(clause) and _CHECK_OFFER.search(
                reply.replace(clause, "|", 1)):
            continue
        # 难道是充电线接触不良？您换根线试试 — a guessed cause, then something to try.
        if (p["shape"] == "nandao" and clause[after:after + 1] in _words.words("guess-is") and not _SECOND.search(clause)
                and _TRY_OFFER.search(reply.split(clause, 1)[1])):
            continue
        negation = p["shape"] in ("negatedQuestion", "didNotRead")
        if negation:
            if clause[i] == _BU and 0 < i and after < len(clause) and clause[i - 1] == clause[i + 1]:
                continue
            # 120的话拍130不就行了吗: the condition closed before the negation.
            condition = max((clause[:i].rfind(w) + 1 for w in _LISTS["conditionClose"]), default=0)
            if _CONDITIONAL.search(clause[condition:]):
                continue
            if p["shape"] == "negatedQuestion" and _GENUINE_OPENING.match(clause[:i]):
                continue
            # 您之前不是说要白色的吗？…需要帮您改吗 — a recollection, then a fix or an offer.
            if p["shape"] == "negatedQuestion" and clause[i] == _BU and _SECOND.search(clause[:i]):
                if _FIX_OFFER.search(later):
                    continue
                if _RECALL.search(clause[:i]) and (_OFFER.search(later) or _RECALL_BENEFIT.search(later)):
                    continue
        if p["ending"] == "standalone":
            if len(clauses) != 1 or not _STANDALONE_LEAD.match(clause[:i]):
                continue
            if after < len(clauses[ci].core) - 1:
                continue
            return True
        if _ending_ok(p, clauses, ci, question, exclaim, negation, after):
            return True
    return False


def _code_hit(clauses, ci, question, exclaim, previous_asks, last_in_reply, rest=""):
    """The shapes the Swift detector judges in code."""
    c = clauses[ci]
    text, core = c.text, c.core
    closes = ci == len(clauses) - 1
    # 什么面包放一周不坏
    if _universal_what(c, question, rest):
        return True
    # 拆开了还能退吗？您想想 / 您好好想想，… / 这么便宜还包邮，您想想
    m = _THINK_IT_OVER.match(core)
    if m:
        lead = _RETORT_LEAD.search("".join(x.text for x in clauses[:ci]))
        if ((ci == 0 and previous_asks) or (m.group(1) and not closes)
                or (closes and ci > 0 and lead and not question and last_in_reply)):
            return True
    # 哪里贵了？
    if (c.particle not in (_NE, _MA, _BA) and core.endswith(_LE)
            and not re.search(_alt(_words.words("where-asking")), text)):
        for m in _WHERE.finditer(text):
            i, after = m.start(), m.end()
            if after >= len(core) - 1 or text[after] in _WHERE_NOT_AFTER:
                continue
            if i > 0 and text[i - 1] in _WHERE_PLACE_BEFORE:
                continue
            judged = re.match(_JUDGED, text[after:])
            if m.group() in _words.words("where-starts") and not judged:
                continue
            if judged or (closes and exclaim):
                return True
    # 有什么好犹豫的 / 有什么用
    if c.particle != _MA:
        for m in _WHAT.finditer(text):
            after = m.end()
            rest = core[after:]
            if rest.endswith((_NE, _EMPHATIC)) and len(rest) > 1:
                rest = rest[:-1]
            if _TRIVIAL.match(rest) and rest[-1:] in _words.words("nominal-de") and len(rest) > 1:
                return True
            if _POINTLESS.match(rest) and _POINTLESS.search(rest).start() == 0:
                return True
    # 贵什么贵
    if _DOUBLED.search(text):
        return True
    # 这是正品好不好！
    # 这个价格已经很良心了好吧?
    if closes and question and core.endswith(_OK_BA) and len(core) > 2:
        head = core[:-2]
        judged = ((head[-1] in _words.words("judged-endings") and _PRESSING.search(head))
                  or _PRESSED_FACT.search(head))
        if judged and not _OFFER.search(head):
            return True
    m = _OK_OR_NOT.search(core)
    if m and m.start() > 0:
        head = core[:m.start()]
        sharp = closes and exclaim and not question and not _OFFER.search(head)
        if sharp or _ASSERTION.search(head):
            return True
    # 还能骗您不成？
    tail = _BUCHENG.search(core)
    if tail and tail.start() > 0 and (
            (closes and (question or exclaim)) or _BUCHENG_LEADS.search(core[:tail.start()])):
        return True
    # 怎么，您不信？
    if not closes and core in _CHALLENGE_HOW and core == text:
        return True
    # 这都第三次问了
    if _NTH_TIME.search(text):
        return True
    # 这个我都回答三遍了吧？
    if closes and (question or c.particle in (_BA, _EMPHATIC)):
        for m in _COUNTED.finditer(text):
            if _TELLING.search(text) and _LE in text[m.end() - 1:]:
                return True
    # 都拆封了还想退？
    if closes and question and c.particle is None:
        earlier = "".join(x.text for x in clauses[:ci])
        first = _INCREDULOUS.search(text)
        found = (first and not _OFFERED_NEXT.match(text, first.end())) or any(
            _ALSO_LEAD.search(earlier + text[:m.start()]) for m in _INCREDULOUS_ALSO.finditer(text))
        if found and not (_QUESTION_WORD.search(text) and not _HOW_AFTER_WANT.search(text)):
            return True
    # 都跟您说了发不了，您还催？
    if closes and question and c.particle is None and not _QUESTION_WORD.search(text):
        earlier = "".join(x.text for x in clauses[:ci])
        for m in _RETORT.finditer(text):
            if m.start() + 1 < len(text) and _RETORT_LEAD.search(earlier + text[:m.start()]):
                return True
    # 还没收到吗？！
    if c.particle == _MA and closes and question and exclaim:
        for j, ch in enumerate(core[:-1]):
            if ch in _NEGATIONS:
                if 0 < j < len(text) - 1 and text[j - 1] == text[j + 1]:
                    continue
                if text[j + 1:j + 2] in _words.words("negation-not-before"):
                    continue
                return True
    return False


def rhetorical_spans(text, buyer=(), first=False):
    """Where the reply holds a rhetorical question: one span per sentence (the clause it is in,
    with the sentence's closing punctuation), as the Swift detector reports them; with `first`,
    only the first."""
    normalized = unicodedata.normalize("NFKC", text).lower()
    masked = _QUOTES.sub(lambda m: m.group()[0] + "x" * (len(m.group()) - 2) + m.group()[-1],
                         normalized)
    complained = []

    def buyer_complained():
        if not complained:
            complained.append(any(
                _COMPLAINT.search(unicodedata.normalize("NFKC", b).lower()) for b in buyer))
        return complained[0]

    sentences, offsets = _sentences(masked)
    texts = ["".join(c.text + c.tail for c in clauses) for clauses, _, _ in sentences]
    spans = []
    previous_asks = False
    for si, (clauses, question, exclaim) in enumerate(sentences):
        def sentence_text(ci, clauses=clauses):
            return "".join(c.text for c in clauses[:ci])
        later = "".join(texts[si + 1:])
        hit = None
        for ci in range(len(clauses)):
            if _ANY_ANCHOR.search(clauses[ci].text):
                for p in _COMPILED:
                    if _pattern_hit(p, clauses, ci, sentence_text, question, exclaim,
                                    buyer_complained, masked, later):
                        hit = ci
                        break
            if hit is not None:
                break
            last_in_reply = si == len(sentences) - 1 and ci == len(clauses) - 1
            rest = "".join(x.text + x.tail for x in clauses[ci:]) + later
            if _code_hit(clauses, ci, question, exclaim, previous_asks, last_in_reply, rest):
                hit = ci
                break
        if hit is not None and not _answered(sentences, si):
            where, terminated = offsets[si]
            start, end, outer = where[hit]
            spans.append((start, outer if hit == len(clauses) - 1 and terminated else end))
            if first:
                return spans
        # Whether this sentence asks a yes/no question (for a 您想想 after it).
        asks = question or clauses[-1].particle == _MA
        previous_asks = asks and not _QUESTION_WORD.search("".join(c.text for c in clauses))
    return spans


def is_rhetorical(text, buyer=()):
    """Whether a seller's reply holds a rhetorical question (反问句)."""
    return bool(rhetorical_spans(text, buyer, first=True))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--file":
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                print(is_rhetorical(line.rstrip("\n")))
    else:
        for arg in sys.argv[1:]:
            print(is_rhetorical(arg))
