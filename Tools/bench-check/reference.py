#!/usr/bin/env python3
"""A straightforward Python `re` implementation of `kefu check --jsonl`, for the benchmark.

    python3 reference.py < replies.txt > out.jsonl

It applies the same rules with the same phrase lists — read from the words files the Swift
binary embeds (`words.py` reads Sources/KefuRubric/Words/*.words) — one compiled regex per list, and prints the
same JSON object per line. The decisions follow the Swift code's structure: a reply is cut into
clauses, clauses are classified as questions, and the reception steps, the upsell, the order
check and account safety are judged from the cue families of each list. The rhetorical-question
part is `rhetorical_reference.py`. It is what someone would write first; kefu must be 3x faster.
"""
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rhetorical_reference as rq  # noqa: E402
import words  # noqa: E402

ID_ORDER = ["reception_flow", "response_time", "rhetorical_question", "exclamation_overuse",
            "upsell", "forbidden_phrase", "affinity", "order_confirmation", "account_safety",
            "repeated_reply", "asked_again"]
STEPS = ["greet", "inquire", "recommend", "objection", "close", "confirm", "farewell", "ship"]
SELLING = {"greet", "inquire", "recommend", "objection", "close"}
NUMERALS = words.words("numerals")
GREET_FILLERS = words.words("greet-fillers")
PRAISE_AFTER = "".join(words.words("praise-after"))
ADVISE_WORD = tuple(words.words("advise-word"))
CONDITION_MARK = tuple(words.words("condition-mark"))
TROUBLE_COURTESY = set(words.words("trouble-courtesy"))
HELP_WORDS = tuple(words.words("help-words"))
MORE_WORDS = tuple(words.words("more-words"))
PROBLEM_WORD = tuple(words.words("problem-word"))
PACKING = set(words.words("packing"))
REMARK = set(words.words("remark"))
GLAD_TO_SERVE = set(words.words("glad-to-serve"))
THANKS_REPLY = set(words.words("thanks-reply"))
PRODUCT_FACTS = set(words.words("product-facts"))
PLACED_WHAT = words.words("placed-what")
EDITED_OTHER = words.words("edited-other")
PHOTO_TAKEN = words.words("photo-taken")
MILD_REFUSAL = set(words.words("mild-refusal"))
SELLER_OFFERS = words.words("seller-offers")
BARE_FILLERS = set(words.words("bare-fillers"))
CUTOFF = words.words("cutoff")
WHEN_ORDERING = set(words.words("when-ordering"))
SECOND_PIECE = set(words.words("second-piece"))
HELLO = set(words.words("hello"))
SHOP_FAVOUR = set(words.words("shop-favour"))
CLARIFY = set(words.words("clarify-words"))
SHORT_OF = set(words.words("short-of"))
ADDRESS_CHANGE = set(words.words("address-change"))
ORDER_FIRST = words.words("order-first")
QUALITY_WORD = words.words("quality-word")
NEW_ITEM = set(words.words("new-item"))
FIT_WORD = set(words.words("fit-word"))
THIRD_PARTY = words.words("third-party")
YES_ANSWER = words.words("yes-answer")
PLAIN_PRAISE = words.words("plain-praise")
PICK_ASIDE = words.words("pick-aside")
ISSUE_SETTLED = words.words("issue-settled")
SPAN_NOT_WAIT = words.words("span-not-wait")
ADDRESS_WORD = set(words.words("address-word"))
GOOD_WORDS = tuple(words.words("good-word"))
GOOD_WORDS_NOT = tuple(words.words("good-word-not"))
DELIVERY_WISH = tuple(words.words("delivery-wish"))
# The characters and words the step reading compares one by one (字类 and 词表, by name).
C = {f.name: words.words(f.name) for f in words.FAMILIES.values() if f.kind == "characters"}
# A number is Arabic digits or Chinese numbers one to ten, one kind or the other.
_HAN_CHARS = "".join(C["numerals"]) + "".join(C["ten"])
_HAN = "[%s]+" % _HAN_CHARS
_NUM = r"(?:(?<![\d%s])%s|(?<![\d%s])\d+)(?![\d%s])" % (_HAN_CHARS, _HAN, _HAN_CHARS, _HAN_CHARS)
SPAN_DAYS = re.compile(r"%s\s*(?:[%s]\s*%s[%s]|[%s](?:%s))" % (
    _NUM, re.escape("".join(C["span-marks"])), _NUM, "".join(C["day-unit"]), "".join(C["day-unit"]),
    "|".join(map(re.escape, words.words("about-days")))))
PACK_SIZE = re.compile(r"(?:\d+|%s)[%s][%s](?![%s])" % (
    _HAN, "".join(C["quantity-measures"]), "".join(C["pack-mark"]), "".join(C["pack-not"])))
CHOICE = words.words("choice-word")
NEEDS_PARTICLE = words.words("needs-particle")
STILL_HAVE = words.words("still-have")
CAN_DO = words.words("can-do")
JUST_RIGHT = words.words("just-right")
OUR_GOODS = set(words.words("our-goods"))
SEPARATORS = ',。?!~;:\n\r\t …()【】「」"'
# The marks that end a sentence (Punctuation.sentence), and how far after a cue of the order
# still to come a check verb is only promised (ReceptionFlowRule.promiseReach).
SENTENCE_ENDS = "。?!~;\n\r."
PROMISE_REACH = 12
CHECK_WITH_BUYER_REACH = 3  # ReceptionFlowRule.checkWithBuyerReach
# Every mark of the rubric's punctuation table (Punctuation.marks), and the labels of an order number.
PUNCTUATION = ',。?!~;:\n\r\t .()【】「」"、/-—'
ORDER_NUMBER_LABEL = set(words.words("order-number-label"))


def is_separator(t, i):
    if t[i] == ".":
        return not (0 < i < len(t) - 1 and t[i - 1].isdigit() and t[i + 1].isdigit())
    return t[i] in SEPARATORS


def load_lexicons():
    """Every phrase family and word list by name, normalised as replies are."""
    return {f.name: [norm(p) for p in f.words] for f in words.FAMILIES.values()
            if f.kind in ("phrases", "list")}


def norm(text):
    return unicodedata.normalize("NFKC", text).lower()


THIS_ITEM = [norm(w) for w in words.words("this-item")]
THIS_ONE = [norm(w) for w in words.words("this-one")]
TRADE_UP = set(words.words("trade-up"))
# Word lists the step reading compares found phrases with (the Swift side's WordList / 字类).
RELIEVED = set(words.words("relieved"))
BARE_DENIAL = set(words.words("bare-denial"))
PLACED_BY_YOU = set(words.words("placed-by-you"))
PRICE_EDITED = set(words.words("price-edited"))
STAFF = words.words("staff")
AFTER_SALES_CONTACT = words.words("after-sales-contact")
AFTER_SALES = set(words.words("after-sales"))
WH_PREFIX = words.words("wh-prefix")


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


# Clauses: cut at punctuation; a decimal point (9.9元) is not a cut.
CLAUSE = re.compile(r'(?:[^,。?!~;:\n\r\t …()【】「」".]|(?<=[0-9])\.(?=[0-9]))+')
FILLERS = words.words("fillers")
PARTICLES = words.words("particles")
# The clause around a phrase, for account safety and asked-again.
ENDS_CLAUSE = ",.!?;。，！？；\n~～…"


class Clause:
    def __init__(self, start, end, question_mark, particle):
        self.start, self.end = start, end
        self.question_mark = question_mark
        self.particle = particle


def clauses_of(t):
    out = []
    found = list(CLAUSE.finditer(t))
    for n, m in enumerate(found):
        start, end = m.start(), m.end()
        tail_end = found[n + 1].start() if n + 1 < len(found) else len(t)
        last = end - 1
        while last > start and t[last] in FILLERS:
            last -= 1
        particle = t[last] if t[last] in PARTICLES else None
        out.append(Clause(start, end, "?" in t[end:tail_end], particle))
    return out


def clause_around(t, start, end):
    a = start
    while a > 0 and t[a - 1] not in ENDS_CLAUSE:
        a -= 1
    b = end
    while b < len(t) and t[b] not in ENDS_CLAUSE:
        b += 1
    return a, b


PHONE_RUN = re.compile(r"[0-9][0-9*]*")


def phone_number(t):
    compact = t.replace(" ", "").replace("-", "")
    for m in PHONE_RUN.finditer(compact):
        g = m.group()
        if len(g) == 11 and g[0] == "1" and g[1] in "3456789":
            return True
    return False


OFFER_ASKS = [norm(w) for w in words.words("offer-asks")]
OFFER_SETTLE = [norm(w) for w in words.words("offer-settle")]
OFFER_NOT_TOPIC = [norm(w) for w in words.words("offer-not-topic")]


def names_price(t):
    """80块卖不卖 / 便宜点90行吗 / 算150吧: the buyer bargains with a number (StepContext.namesPrice)."""
    if any(w in t for w in OFFER_NOT_TOPIC):
        return False
    def is_number(c):
        return "0" <= c <= "9" or c in NUMERALS or c in C["ten"] or c in C["big-numerals"]
    i = 0
    while i < len(t):
        if not is_number(t[i]):
            i += 1
            continue
        start, digits, big = i, 0, False
        while i < len(t) and is_number(t[i]):
            digits += "0" <= t[i] <= "9"
            big = big or t[i] in C["ten"] or t[i] in C["big-numerals"]
            i += 1
        if start > 0 and t[start - 1] in C["bid-not-before"]:
            continue
        end = i
        unit = end < len(t) and t[end] in C["money-units"]
        if unit:
            end += 1
            if end < len(t) and t[end] in C["money-tail"]:
                end += 1
        if not (unit or big or digits >= 2):
            continue
        if any(t.startswith(w, end) for w in OFFER_ASKS):
            return True
        settles = unit or (start > 0 and t[start - 1] in C["bargain-heads"])
        if settles and any(t.startswith(w, end) for w in OFFER_SETTLE):
            return True
    return False


PRICE_BACK = [norm(w) for w in words.words("price-back")]
READ_BACK_NOT = [norm(w) for w in words.words("read-back-not")]
CLOSE_REFUSED = [norm(w) for w in words.words("close-refused")]
CLOSE_MISS = set(words.words("close-miss"))
PRICE_TIER = [norm(w) for w in words.words("price-tier")]


class Reference:
    def __init__(self, lexicons):
        self.lex = lexicons
        self.rx = {}
        for name, phrases in lexicons.items():
            ordered = sorted(set(phrases), key=len, reverse=True)
            # In a lookahead, so that every start position is tried (overlapping hits).
            self.rx[name] = re.compile("(?=(%s))" % "|".join(re.escape(p) for p in ordered))
        self.you = re.compile("[%s](?!们|好)" % C["casual-you"])
        self.content = re.compile(r"[^0-9a-z\u3400-\u4dbf\u4e00-\u9fff]")
        self.fits = re.compile("[0-9a-z](?:" + "|".join(JUST_RIGHT) + ")")
        self.remedy = re.compile("[%s][%s][%s]" % (C["help-give"], C["you-chars"], C["exchange"]))
        self.discount = re.compile(r"[0-9一二两三四五六七八九]折")
        self.colour = re.compile(r"[黑白红粉蓝绿黄紫灰米杏咖棕橙金银青驼沙肤裸藏卡褐]色")
        self.token = re.compile(r"[0-9]+|[a-z][a-z0-9]*")
        self.quantity = re.compile(r"(?<![第满买])[一两二三四五六七八九十][件双条袋盒瓶个套包支台份罐箱斤克本床筒只张把副桶]")
        self.states_quantity = re.compile(
            r"[0-9][件双条袋盒瓶个套包支台份罐箱斤克本床筒只张把副桶]"
            r"|(?:^|(?<=[^第满买]))[一两二三四五六七八九十][件双条袋盒瓶个套包支台份罐箱斤克本床筒只张把副桶]")
        self.counted = re.compile(r"[一两几][件条双袋盒瓶个套包支台份罐张副对把只块片卷根本颗管箱筒桶](?![小东别其])")
        self.piece = re.compile(r"(?=([加带备配拍买选挑入来拿])[一两几][件条双袋盒瓶个套包支台份罐张副对把只块片卷根本颗管箱筒桶])")
        self.spend = re.compile("[%s][0-9]+" % C["spend-mark"])
        self.share = re.compile(r"[¥$€₳][0-9a-z]{6,}[¥$€₳]")
        self.digits = re.compile(r"[0-9]+")
        self.history = []

    # --- one reply -----------------------------------------------------------------------------

    def forbidden_spans(self):
        """The banned phrases of the reply being judged, polite ones spared (cached)."""
        if "forbidden-spans" in self.cache:
            return self.cache["forbidden-spans"]
        t = self.t
        spared = [(m.start(1), m.end(1)) for m in self.rx["forbidden-spared"].finditer(t)]
        apology = [m.end(1) for m in self.rx["forbidden-apology"].finditer(t)]
        spans = []
        last_end = 0
        for m in self.rx["forbidden"].finditer(t):
            start, end = m.start(1), m.end(1)
            if start < last_end:
                continue
            last_end = end
            if any(s <= start and e >= end for s, e in spared):
                continue
            if m.group(1) in ("没办法", "没有办法", "不清楚") and any(e <= start for e in apology):
                continue
            spans.append((start, end, m.group(1)))
        self.cache["forbidden-spans"] = spans
        return spans

    def judge(self, text, buyer=()):
        obj = {"rhetorical": False, "exclamations": 0, "exclamation_overuse": False, "steps": [],
               "upsell": False, "forbidden": [], "findings": []}
        t = norm(text)
        self.t = t
        self.cache = {}
        findings = []
        if t:
            self.clauses = clauses_of(t)
            self.buyer = buyer
            self.rhetoric = rq.rhetorical_spans(t, buyer)
            self.confirming = self.is_confirming()
            # reception_flow
            steps = self.steps()
            obj["steps"] = steps
            if not self.history and "greet" not in steps:
                findings.append(("reception_flow", 0, len(text), "第一条回复没有问好"))
            # rhetorical_question
            if self.rhetoric:
                obj["rhetorical"] = True
                findings.append(("rhetorical_question", self.rhetoric[0][0], self.rhetoric[0][1], "反问句"))
            # exclamation_overuse
            marks = [i for i, ch in enumerate(t) if ch in "!❗❕"]
            obj["exclamations"] = len(marks)
            if len(marks) > 1:
                obj["exclamation_overuse"] = True
                findings.append(("exclamation_overuse", marks[0], marks[-1] + 1, "感叹号太多"))
            # upsell
            obj["upsell"] = self.offer() is not None
            # forbidden_phrase
            for start, end, _ in self.forbidden_spans():
                obj["forbidden"].append(text[start:end])
                findings.append(("forbidden_phrase", start, end, "服务禁语"))
            # affinity
            m = self.you.search(t)
            if m and "迷你" not in t:
                findings.append(("affinity", m.start(), m.end(), "称呼买家用「你」"))
            if not self.has("affinity-warm"):
                findings.append(("affinity", 0, len(text), "没有亲切的字眼"))
            # order_confirmation (a check only promised for later is not judged)
            if self.confirming and not self.only_promises_check():
                missing = self.missing()
                if missing:
                    findings.append(("order_confirmation", 0, len(text), "核对订单时漏了：" + "、".join(missing)))
            # account_safety
            findings += self.account_safety()
        # repeated_reply
        key = self.content.sub("", t)
        if t:
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
            # asked_again
            if not self.confirming:
                findings += self.asked_again()
            self.history.append(entry)
            if len(self.history) > 30:
                del self.history[0]
        findings.sort(key=lambda f: ID_ORDER.index(f[0]))
        obj["findings"] = [{"rule": r, "start": s, "end": e, "message": msg}
                           for r, s, e, msg in findings]
        return obj

    # --- phrase hits ---------------------------------------------------------------------------

    def hits(self, name):
        """(start, end, phrase) of every start position where a phrase of the list occurs."""
        if name not in self.cache:
            self.cache[name] = [(m.start(1), m.end(1), m.group(1))
                                for m in self.rx[name].finditer(self.t)]
        return self.cache[name]

    def has(self, name):
        return len(self.hits(name)) > 0

    def hits_in(self, name, k):
        c = self.clauses[k]
        return [h for h in self.hits(name) if h[0] >= c.start and h[1] <= c.end]

    def has_in(self, name, k):
        return len(self.hits_in(name, k)) > 0

    def clause_of(self, at):
        for k, c in enumerate(self.clauses):
            if c.start <= at < c.end:
                return k
        return None

    def negated(self, at):
        return at > 0 and self.t[at - 1] in C["negation"]

    def rhetorical(self, start, end):
        return any(a < end and start < b for a, b in self.rhetoric)

    # --- reception flow ------------------------------------------------------------------------

    def steps(self):
        greets = self.greets()
        # A rhetorical brush-off (还要我说几遍？) handles nothing.
        if self.rhetoric and self.has("brush-off"):
            return ["greet"] if greets else []
        found = set()
        if greets:
            found.add("greet")
        # An apology or a remedy in the reply: its questions settle the complaint.
        self.problem_context = (bool(self.rhetoric) or self.looks_into_problem()
                                or (self.has("apology") and self.has("trouble-or-fix")))
        for k in range(len(self.clauses)):
            # 还有别的需要帮忙的吗: a closing question, no step of its own here.
            if self.is_question(k) and not self.closes_clause(k):
                step = self.question_step(k)
                if step:
                    found.add(step)
                # 收到了吗: where the buyer's parcel stands, asked — the case found out too.
                # 您看发哪个快递方便: the buyer's wish for the delivery asked, their need too.
                if step == "ship" and (self.has_in("received-check", k) or (any(
                        w in self.t[self.clauses[k].start:self.clauses[k].end] for w in DELIVERY_WISH)
                        and self.has_in("buyer-address", k))):
                    found.add("inquire")
        if self.inquires_by_request():
            found.add("inquire")
        offer = self.offer()
        offers_item = offer is not None and offer[0]
        offers_deal = offer is not None and not offer[0]
        objecting = self.handles_objection()
        # A product fact said to answer a doubt handles the objection; on its own it sells.
        recommending = (self.recommends(not objecting) or offers_item) and not self.praises_barely()
        if recommending:
            found.add("recommend")
        if objecting:
            found.add("objection")
        if self.closes(not offers_item) or offers_deal:
            found.add("close")
        # 把正确的收货地址再发我一遍: the address asked for again, to check or correct it.
        if self.confirming or self.has("address-asked") or self.names_order_only():
            found.add("confirm")
        if self.ships():
            found.add("ship")
        if self.says_farewell(found):
            found.add("farewell")
        if not found and self.has("wait-apology"):
            found.add("greet")
        # 久等啦 ahead of what follows opens the talk.
        if (self.clauses and not self.has_in("apology", 0)
                and any(h[2] == "久等" for h in self.hits_in("wait-apology", 0))):
            found.add("greet")
        # A reply with a rhetorical question or a banned phrase handles no objection.
        if self.rhetoric or any(p not in MILD_REFUSAL for _, _, p in self.forbidden_spans()):
            found.discard("objection")
        return [s for s in STEPS if s in found]

    def names_order_only(self):
        """订单编号：123456789012 / [订单x]: nothing but the order's number, its label, fillers."""
        t = self.t
        hits = self.hits("order-number")
        if not hits:
            return False
        number = any(p not in ORDER_NUMBER_LABEL for _, _, p in hits)
        i = 0
        while i < len(t):
            hit = next((h for h in hits if h[0] <= i < h[1]), None)
            if hit:
                i = hit[1]
                continue
            if "0" <= t[i] <= "9":
                k = i
                while k < len(t) and "0" <= t[k] <= "9":
                    k += 1
                if k - i >= 8:
                    number = True
                i = k
                continue
            if not (t[i] in PUNCTUATION or t[i] in BARE_FILLERS or t[i] in C["mask-marks"]):
                return False
            i += 1
        return number

    def greets(self):
        t = self.t
        for start, end, _ in self.hits("greet"):
            if end < len(t) and t[end] in C["question-ma"]:  # 回复您好吗
                continue
            # 您客气了，很高兴为您服务: said after thanks, it closes the talk.
            if t[start:end] in GLAD_TO_SERVE and (
                    any(e <= start for _, e, _ in self.hits("farewell"))
                    or any(e <= start and w in THANKS_REPLY for _, e, w in self.hits("thanks"))):
                continue
            # 亲好了哦: done, no greeting (您好了解一下 still greets).
            if end < len(t) and t[end] in C["done-le"] and not (end + 1 < len(t) and t[end + 1] in C["le-word"]):
                continue
            # 您好评后截图给我 / 亲好的: the greeting's 好 starts another word.
            # (您好评价 / 您好的确: the greeting, then another word.)
            if end > start and t.startswith(GOOD_WORDS, end - 1) and not t.startswith(GOOD_WORDS_NOT, end - 1):
                continue
            return True
        for c in self.clauses:
            if t[c.start] in C["here"]:
                rest = c.end - c.start
                if rest == 1 or (rest == 2 and t[c.start + 1] in GREET_FILLERS):
                    return True
                # 在滴亲 / 在呢亲: two fillers.
                if rest == 3 and t[c.start + 1] in GREET_FILLERS and t[c.start + 2] in GREET_FILLERS:
                    return True
        m = re.match(r"h(?:i|ey)", t)
        if m:
            return m.end() >= len(t) or not ("a" <= t[m.end()] <= "z")
        return False

    def is_question(self, k):
        c = self.clauses[k]
        t = self.t
        if c.question_mark:
            return True
        particle = c.particle
        if particle and particle in C["me-particle"]:
            last = c.end - 1
            while last > c.start and t[last] not in C["me-particle"]:
                last -= 1
            # 您要写什么: 么 ends the question word itself, read as no particle.
            if last > c.start and t[last - 1] in WH_PREFIX:
                particle = None
        if particle and particle in C["yes-no-particles"]:
            return True
        if particle and particle in C["wh-particles"]:
            return self.has_in("question-word", k)
        if particle is None:
            words = [h for h in self.hits_in("question-word", k) if h[2] not in NEEDS_PARTICLE]
            # 掉毛厉害不 / 量过没有 / 您是要静音的还是风大的: a tag or a choice.
            if self.tagged(k) or self.offers_choice(k):
                return True
            # 帮您问下仓库有没有货: an errand to someone else, not asked.
            if self.asks_someone_else(k):
                return False
            # 想问下您的手机是安卓还是苹果: asked outright.
            if self.has_in("ask-prefix", k) and self.hits_in("question-word", k):
                return True
            if k != len(self.clauses) - 1 or not words:
                return False
            # 喜欢哪个拍哪个: the same question word twice is an indefinite.
            for i, w in enumerate(words):
                if any(x[2] == w[2] for x in words[i + 1:]):
                    return False
            return not any(ch in "都也管论我" for ch in t[c.start:c.end])
        return False

    def question_step(self, k):
        c = self.clauses[k]
        # 您好 before a question of its own (您好，是买给家里老人用的吗) only salutes: the question asks.
        greeting = any(p not in HELLO or c.end - e <= 2 for _, e, p in self.hits_in("greet", k))
        if greeting or self.rhetorical(c.start, c.end):
            return None
        if self.has_in("recheck", k) or (c.particle == "吧" and self.has_in("confirm-topic", k)):
            return "confirm"
        # 地址是浦东那个吗: a detail read back for a yes.
        if self.reads_back_for_yes(k):
            return "confirm"
        # 您这边地址是哪: the address alone, asked about, is the order's detail, not the parcel.
        if any(h[2] not in ADDRESS_WORD for h in self.hits_in("ship-topic", k)):
            # 宝贝收到了吗？满意的话给个五星: a follow-up before the review request.
            if self.has("farewell") and self.has_in("received-check", k):
                return None
            # 麻烦亲核对下收件地址，对吗: the address checked, not the parcel.
            if self.has_in("check-verb", k):
                return None
            return "ship"
        # 这单需要开发票吗 / …还是寄给家人的: the order itself.
        t = self.t
        goes_on = k > 0 and c.end - c.start >= 2 and any(t.startswith(w, c.start) for w in CHOICE)
        if self.has_in("order-question", k) or (goes_on and self.has_in("order-question", k - 1)):
            return "confirm"
        # 能不能接受晚两天发: a delay put to the buyer.
        delay = any(h[0] >= c.start and h[1] <= c.end for h in self.hits("ship"))
        if ((self.has_in("close-topic", k) and not delay)
                or (self.has_in("price-word", k) and self.has_in("acceptance", k))):
            return "close"
        tags = self.hits_in("check-tag", k)
        if any(h[2].startswith("错") for h in tags):
            return None
        # 您这边是想退掉吗: the remedy the buyer wants, asked.
        if self.asks_remedy(k):
            return "inquire"
        # 您之前的问题现在处理好了吗: whether the business is settled, asked as it ends.
        if self.has_in("your-issue", k) and any(w in t[c.start:c.end] for w in ISSUE_SETTLED):
            return None
        if (self.complains(k) or any(not self.about_buyers_issue(h[0]) for h in self.hits_in("problem", k))
                or self.guesses_cause(k)):
            return "objection"
        if tags:
            return None
        if c.particle and c.particle in C["guess-particle"]:
            return "inquire" if self.has_in("need-topic", k) else None
        if self.has_in("not-needs-question", k):
            return None
        offer = self.offers_in(k)
        if offer:
            return offer
        if self.confirming:
            return None
        if self.problem_context:
            return "objection"
        return "inquire" if self.asks_about_buyer(k) or self.clarifies(k) else None

    def clarifies(self, k):
        """哪两件呢 / 什么意思: a reply of a few characters that only asks what, which, how many."""
        if sum(1 for ch in self.t if is_han(ch)) > 8:
            return False
        if any(p in CLARIFY for _, _, p in self.hits_in("question-word", k)):
            return True
        # 新地址近吗: a yes-no question of a few characters asks too, but not 这款吗 (the order).
        return not self.has_in("order-pointer", k)

    def tagged(self, k):
        """掉毛厉害不 / 量过没有 / 拍了没: a statement turned into a question by a tag."""
        c = self.clauses[k]
        t = self.t
        n = c.end - c.start
        if n < 3:
            return False
        last = t[c.end - 1]
        if last == "不":
            return t[c.end - 2] not in "要可倒也都并绝从再还就才决毫一"
        if last == "有" and t[c.end - 2] == "没" and n >= 4:
            return t[c.end - 3] in "过了完好"
        if last == "没":
            return t[c.end - 2] in "过了完好"
        return False

    def offers_choice(self, k):
        """您是想要静音一点的还是风力大一点的: a choice put to the buyer."""
        c = self.clauses[k]
        t = self.t
        for start, end, word in self.hits_in("question-word", k):
            if word not in CHOICE or start <= c.start + 2:
                continue
            addressed = choosing = False
            for i in range(c.start, start):
                if t[i] in C["you-chars"]:
                    addressed = True
                if addressed and t[i] in C["choosing-verbs"]:
                    choosing = True
            if choosing:
                return True
        return False

    def reads_back_for_yes(self, k):
        c = self.clauses[k]
        t = self.t
        if not ((c.particle and c.particle in C["question-ma"]) or c.question_mark) or self.hits_in("question-word", k):
            return False
        for start, end, _ in self.hits_in("confirm-topic", k):
            if end + 1 < c.end and (t[end] in C["is"] or any(t.startswith(w, end) for w in CHOICE)):
                return True
        return False

    def asks_about_buyer(self, k):
        """Needs-finding asks about the buyer: a need topic, a choice, the buyer addressed."""
        c = self.clauses[k]
        t = self.t
        n = len(self.clauses)
        if k + 1 < n and self.has_in("self-answer", k + 1):
            return False
        if c.end - c.start >= 2 and t[c.start] in C["me"] and not self.has_in("ask-word", k):
            return False
        for start, end, word in self.hits_in("question-word", k):
            # (the one-character 哪/谁 at that start, which the longest match may hide)
            if word[0] in "哪谁" and any(ch in C["not"] for ch in t[start + 1:min(c.end, start + 5)]):
                return False
        if self.has_in("need-topic", k) or self.has_in("buyer-address", k):
            return True
        if (k > 0 and c.end - c.start <= 6 and self.tagged(k)
                and (self.has_in("need-topic", k - 1) or self.has_in("buyer-address", k - 1))):
            return True
        if k + 1 < n:
            nxt = self.clauses[k + 1]
            if nxt.end - nxt.start >= 2 and any(t.startswith(w, nxt.start) for w in CHOICE):
                return True
        return any(h[2] in CHOICE for h in self.hits_in("question-word", k))

    def looks_into_problem(self):
        """A problem word outside the open door's clause."""
        if not self.has("problem"):
            return False
        doors = {self.clause_of(h[0]) for h in self.hits("open-door")}
        doors.discard(None)
        for start, _, _ in self.hits("problem"):
            if self.about_buyers_issue(start):
                continue
            k = self.clause_of(start)
            if k is None or k not in doors:
                return True
        return False

    def about_buyers_issue(self, start):
        """您之前的问题处理好了吗: a problem word starting inside 您的问题 / 其他的问题."""
        return any(s <= start < e for s, e, _ in self.hits("your-issue"))

    def guesses_cause(self, k):
        c = self.clauses[k]
        for start, end, word in self.hits_in("question-word", k):
            if word in ("是不是", "会不会"):
                if any(ch in "放洗烘摔泡晒碰压插" for ch in self.t[end:min(c.end, end + 6)]):
                    return True
        return False

    def complains(self, k):
        t = self.t
        for start, end, _ in self.hits_in("complaint-topic", k):
            # not the 不合适 of 合不合适
            if not (t[start] in C["not"] and start > 0 and start + 1 < len(t) and t[start - 1] == t[start + 1]):
                return True
        return False

    def offers_in(self, k):
        c = self.clauses[k]
        t = self.t
        if c.particle and c.particle in C["question-ma"] and c.end - c.start >= 3:
            last = c.end - 1
            while last > c.start and t[last] not in C["question-ma"]:
                last -= 1
            if last >= c.start + 2 and t[last - 1] == t[last - 2] and t[last - 1] in C["try-look"]:
                return "recommend"
        for start, end, word in self.hits_in("question-word", k):
            if word == "要不要":
                for ch in t[end:min(c.end, end + 3)]:
                    if ch in "拍下买":
                        return "close"
                    if ch in "看试带加来配入顺考买拍搭一再":
                        return "recommend"
        return None

    def inquires_by_request(self):
        for start, end, _ in self.hits("tell-me"):
            k = self.clause_of(start)
            if k is None:
                continue
            if self.has_in("need-topic", k):
                return True
            if k + 1 < len(self.clauses) and self.has_in("need-topic", k + 1):
                return True
        return False

    def recommends(self, weak):
        t = self.t
        for start, end, phrase in self.hits("recommend"):
            if self.negated(start) or self.rhetorical(start, end):
                continue
            k = self.clause_of(start)
            if k is None:
                continue
            if phrase.startswith("可以看") or phrase == "您看看":
                # 可以看一下物流: a page to read, not an item.
                if (any(end <= s2 <= end + 6 or (e2 <= start and start - e2 <= 8)
                        for s2, e2, _ in self.hits("look-at-service"))
                        and not any(end <= s2 <= end + 1 for s2, _, _ in self.hits("alternative"))):
                    continue
            if phrase == "推荐" and self.promises_later(start, end, k):
                continue
            # 欢迎回购 says goodbye.
            if phrase == "回购" and start >= 2 and t[start - 2] in C["welcome-heads"]:
                continue
            # 帮您看看 / 发您看看: a look promised or a document shown.
            if phrase == "您看看" and start >= 1 and t[start - 1] in C["show-verbs"]:
                continue
            # 合身就好: feedback welcomed.
            if phrase == "合身" and end + 1 < len(t) and t[end] in C["just"] and t[end + 1] in C["fine"]:
                continue
            # 领了再拍更划算: the coupon's saving.
            if phrase == "更划算" and start >= 1 and t[start - 1] in C["deal-verbs"]:
                continue
            if self.remedy_exchange(k):
                continue
            # 适合宝宝用吗 / 是的，适合手口的: a question, or a yes answered.
            if phrase in FIT_WORD and (self.is_question(k) or t.startswith(tuple(YES_ANSWER))
                                       or (end < len(t) and t[end] in C["de"])
                                       or any(ch in C["negation"] for ch in t[max(0, start - 2):start])):
                continue
            # 这款是新品: what the item is, not a pick.
            if phrase in NEW_ITEM and any(ch in C["is"] for ch in t[max(0, start - 4):start]):
                continue
            # 质量不错的: the quality vouched for, not a pick.
            if any(w in t[max(0, start - len(w) - 2):start] for w in QUALITY_WORD):
                continue
            return True
        for start, end, phrase in self.hits("weak-advice"):
            if self.negated(start):
                continue
            k = self.clause_of(start)
            if k is None or self.remedy_exchange(k):
                continue
            # 建议重新下单: a step of the service advised, not an item.
            if phrase.startswith(ADVISE_WORD) and any(end <= s2 <= end + 2 for s2, _, _ in self.hits("service-advice")):
                continue
            # A bare 拍/选/拿 needs the option right after it.
            bare = end - start == 1
            c = self.clauses[k]
            # 拍这款有送 / 拍这个链接我改价: which link carries the gift, how to order.
            if (bare and end < c.end and t[end] in C["this-that"]
                    and any(w in t[c.start:c.end] for w in PICK_ASIDE)):
                continue
            # 我帮您选码: a pick promised for later (帮您选M码 names it).
            if (bare and self.promises_later(start, end, k)
                    and not (end < len(t) and t[end].isascii() and t[end].isalpha())):
                continue
            limit = min(end + 1, c.end) if bare else c.end
            if self.option_follows(end, limit, bare):
                return True
        if (self.substitutes() or self.lays_out_options() or self.boasts()
                or self.fits.search(t) is not None or self.advises_if() or self.names_variant()):
            return True
        if not weak:
            return False
        intensifiers = self.hits("intensifier")
        for start, end, _ in self.hits("praise"):
            k = self.clause_of(start)
            if k is None or self.is_question(k):
                continue
            c = self.clauses[k]
            if not any(e2 <= start and start - e2 <= 2 and s2 >= c.start for s2, e2, _ in intensifiers):
                continue
            if not any(ch in C["negation"] for ch in t[max(c.start, start - 3):start]):
                return True
        for start, end, phrase in self.hits("objection"):
            if phrase in PRODUCT_FACTS:
                k = self.clause_of(start)
                if k is not None and not self.is_question(k) and not self.rhetorical(start, end):
                    return True
        for start, end, _ in self.hits("feature"):
            k = self.clause_of(start)
            if k is not None and not self.is_question(k) and not self.negated(start):
                return True
        return self.answers_own_question()

    def asks_someone_else(self, k):
        """帮您问下仓库有没有货: 问下 + a third party, every question word after it, no 您/你 after it."""
        t, c = self.t, self.clauses[k]
        words = self.hits_in("question-word", k)
        for _, e, _ in self.hits_in("ask-prefix", k):
            for w in THIRD_PARTY:
                at = t.find(w, e, min(c.end, e + 1 + len(w)))
                if at < 0:
                    continue
                after = at + len(w)
                if any(s2 < after for s2, _, _ in words):
                    continue
                if any(ch in C["you-chars"] for ch in t[after:c.end]):
                    continue
                return True
        return False

    def praises_barely(self):
        """不错的呢 / 非常好吃的哦: nothing but praise, ending in 的, with nothing known around it."""
        t = self.t
        if self.buyer or self.history:
            return False
        covered = [False] * len(t)
        ends_in_de = False
        spans = [(s2, e2, True) for s2, e2, _ in self.hits("praise")]
        spans += [(s2, e2, False) for s2, e2, _ in self.hits("intensifier")]
        for w in PLAIN_PRAISE:
            i = t.find(w)
            while i >= 0:
                spans.append((i, i + len(w), True))
                i = t.find(w, i + 1)
        for s2, e2, praise in spans:
            for i in range(s2, e2):
                covered[i] = True
            if praise and e2 < len(t) and t[e2] in C["de"]:
                ends_in_de = True
        if not ends_in_de:
            return False
        return not any(not covered[i] and (is_han(ch) or ch.isalpha() or ch.isdigit())
                       and ch not in BARE_FILLERS and ch not in C["answer-fillers"]
                       for i, ch in enumerate(t))

    def names_variant(self):
        """不喜欢的话还有燕麦色: another variant put forward in a statement."""
        t = self.t
        for i in range(len(t) - 2):
            if any(t.startswith(w, i) for w in STILL_HAVE):
                k = self.clause_of(i)
                if k is None or self.is_question(k):
                    continue
                end = min(self.clauses[k].end, i + 6)
                for j in range(i + 3, end):
                    if t[j] in "色款码号" and t[j - 1] not in C["colour-first"] and t[i + 2] not in C["other-heads"]:
                        return True
        return False

    def advises_if(self):
        """光照够的话可以养月季: advice for the buyer's case."""
        t = self.t
        condition = t.find("的话")
        if condition < 0:
            return False
        i = condition + 2
        while i + 2 < len(t) and i < condition + 14:
            if any(t.startswith(w, i) for w in CAN_DO) and t[i + 2] in "养种选买入试戴配穿喝吃拍":
                nxt = t[i + 3] if i + 3 < len(t) else " "
                if not (t[i + 2] in C["pick-verb"] and nxt in "照下视张一个"):
                    k = self.clause_of(i)
                    if k is not None and not self.is_question(k):
                        return True
            i += 1
        return False

    def answers_own_question(self):
        """为什么…这么脆？因为…: a question the seller answers at once (设问)."""
        if not self.has("self-answer"):
            return False
        for k in range(len(self.clauses) - 1):
            if (self.is_question(k) and self.has_in("self-answer", k + 1)
                    and any(h[2] == "为什么" for h in self.hits_in("question-word", k))):
                return True
        return False

    def substitutes(self):
        gone = self.hits("sold-out")
        if not gone:
            return False
        return any(s2 >= gone[0][1] for s2, _, _ in self.hits("alternative"))

    def lays_out_options(self):
        if not self.has("options"):
            return False
        for start, end, _ in self.hits("which-one"):
            k = self.clause_of(start)
            if k is not None and self.is_question(k) and not self.has_in("need-topic", k):
                return True
        return False

    def boasts(self):
        t = self.t
        for start, end, _ in self.hits("praise"):
            if self.rhetorical(start, end) and start >= 2 and t[start - 1] in C["not"] and t[start - 2] in C["can-will"]:
                return True
        return False

    def promises_later(self, start, end, k):
        c = self.clauses[k]
        t = self.t
        if not any(ch in C["helping"] for ch in t[max(c.start, start - 3):start]):
            return False
        return not any(ch in "款色" or "0" <= ch <= "9" for ch in t[end:c.end])

    def remedy_exchange(self, k):
        c = self.clauses[k]
        return self.remedy.search(self.t, c.start, c.end) is not None

    def option_follows(self, at, limit, bare=False):
        t = self.t
        for i in range(at, min(limit, at + 4)):
            x = t[i]
            # 可以买5斤装的: a pack size (a number, a measure, 装) names the item (not after a bare 拍).
            if not bare and PACK_SIZE.match(t, i):
                return True
            # After a bare 拍 one digit alone is a count (拍3的倍数), a size only with 码/号 (拍7码).
            if bare and "0" <= x <= "9" and not (i + 1 < len(t) and "0" <= t[i + 1] <= "9"):
                return i + 1 < len(t) and t[i + 1] in C["size-marks"]
            if "0" <= x <= "9" or "a" <= x <= "z" or x in "大小这那同新码号款色段版浅深亮暗长短厚薄宽窄轻":
                return True
            if x in "了下吧哦的一择" and i == at:
                return False
        return False

    def handles_objection(self):
        t = self.t
        objections = self.hits("objection")
        for start, end, phrase in objections:
            if self.negated(start) and phrase[:1] not in C["not"]:
                continue
            if self.rhetorical(start, end):
                continue
            # 收到了我就放心了: the seller's own relief.
            if phrase in RELIEVED and start > 0 and t[start - 1] in C["just"] and (
                    (start > 1 and t[start - 2] in C["me"]) or (end < len(t) and t[end] in C["done-le"])):
                continue
            # 您这边是想退掉吗: the remedy the buyer wants, asked.
            k = self.clause_of(start)
            if k is not None and self.asks_remedy(k):
                continue
            # 不会的哦: a bare denial.
            if phrase in BARE_DENIAL and self.says_nothing_beside(start, end):
                continue
            # 收藏店铺截图发我，帮您申请送点试吃: the shop's reward for a follow.
            if phrase in SHOP_FAVOUR and self.has("offer-proof") and not self.buyer_objects():
                continue
            # 售后专员小林为您服务: who is speaking.
            if phrase in AFTER_SALES and end < len(t) and (
                    t[end] in STAFF or any(t.startswith(w, end) for w in AFTER_SALES_CONTACT)):
                continue
            # 身高体重发我一下: 体重 then 发.
            if phrase == "重发" and start > 0 and t[start - 1] in C["body"]:
                continue
            # 感谢您的耐心等待: thanks for waiting.
            if (phrase == "耐心等" and not self.has("trouble-or-fix")
                    and any(e2 <= start and start - e2 <= 3 for _, e2, _ in self.hits("thanks"))):
                continue
            # 已补发: a status report.
            if phrase in ("补发", "重发", "重新发") and any(ch in C["already"] for ch in t[max(0, start - 2):start]):
                continue
            # 给您换成顺丰: the courier changed.
            if phrase in ("给您换", "帮您换") and any(end <= s2 <= end + 2 for s2, _, _ in self.hits("ship")):
                continue
            # 加厚不起球: a product fact answers a doubt only when there is one.
            if (phrase in PRODUCT_FACTS and not self.buyer_objects()
                    and not any(s2 != start and p2 not in PRODUCT_FACTS for s2, _, p2 in objections)):
                continue
            return True
        apologies = self.hits("apology")
        if apologies and self.names_trouble():
            for start, end, _ in apologies:
                k = self.clause_of(start)
                if k is None or self.has_in("wait-apology", k):
                    continue
                if (k + 1 < len(self.clauses) and self.has_in("wait-apology", k + 1)
                        and not self.has_in("trouble-or-fix", k + 1)):
                    continue
                if not self.rhetorical(start, end):
                    return True
        for start, end, phrase in self.hits("complaint-topic"):
            if phrase == "担心":
                k = self.clause_of(start)
                if k is not None and "的话" in self.t[end:self.clauses[k].end]:
                    return True
        if self.has("objection-answer") and self.buyer_objects():
            return any(not self.rhetorical(s2, e2) for s2, e2, _ in self.hits("objection-answer"))
        return False

    def closes_clause(self, k):
        """还有别的需要帮忙的吗: clause k asks whether anything more is needed (closing)."""
        t = self.t
        c = self.clauses[k]
        for i in range(c.start, c.end - 1):
            if not any(t.startswith(w, i) for w in STILL_HAVE):
                continue
            win = t[i + 2:min(c.end, i + 14)]
            helps = any(w in win for w in HELP_WORDS)
            more = any(win.startswith(w) for w in MORE_WORDS) and any(w in win for w in PROBLEM_WORD)
            if (helps or more) and (self.is_question(k) or k == len(self.clauses) - 1):
                return True
        return False

    def closes_talk(self):
        return any(self.closes_clause(k) for k in range(len(self.clauses)))

    def closing_courtesy(self):
        """A closing question, every other clause an apology, a goodbye or under three characters."""
        if not self.closes_talk():
            return False
        t = self.t
        for k, c in enumerate(self.clauses):
            if self.has_in("apology", k) or self.has_in("farewell", k) or self.closes_clause(k):
                continue
            if any(p in TROUBLE_COURTESY for _, _, p in self.hits_in("trouble-or-fix", k)):
                continue
            own = sum(1 for ch in t[c.start:c.end] if is_han(ch) and ch not in BARE_FILLERS)
            if own >= 3:
                return False
        return True

    def names_trouble(self):
        """A trouble or fix named as a fact: not under a question mark, not supposed (…的话);
        添麻烦了 beside a closing question is the courtesy of the close."""
        courtesy = self.closing_courtesy()
        for start, end, phrase in self.hits("trouble-or-fix"):
            if courtesy and phrase in TROUBLE_COURTESY:
                continue
            k = self.clause_of(start)
            if k is None:
                return True
            if self.clauses[k].question_mark:
                continue
            to = min(self.clauses[k].end, end + 3)
            if not any(w in self.t[end:to] for w in CONDITION_MARK):
                return True
        return False

    def asks_remedy(self, k):
        """您这边是想退掉吗 / 退款是吗: a yes-no question naming the remedy the buyer may want."""
        if not self.is_question(k) or not self.has_in("remedy-asked", k) or self.hits_in("question-word", k):
            return False
        c = self.clauses[k]
        return not any(w in self.t[c.start:c.end] for w in SELLER_OFFERS)

    def says_nothing_beside(self, start, end):
        t = self.t
        own = sum(1 for i, x in enumerate(t) if (i < start or i >= end) and is_han(x)
                  and x not in BARE_FILLERS)
        return own < 2

    def ships_today_if_placed(self):
        """拍下今天发: the order placed now leaves today."""
        t = self.t
        for start, end, _ in self.hits("order-placed"):
            if self.negated(start):
                continue
            k = self.clause_of(start)
            if k is None:
                continue
            c = self.clauses[k]
            if any(w in t[max(c.start, start - 4):start] for w in CUTOFF):
                continue
            for d0, d1, _ in self.hits_in("ship-day", k):
                if d0 < end or d0 - end > 4 or any(x in C["not-at-once"] for x in t[end:d0]):
                    continue
                sent = next((i for i in range(d1, min(c.end, d1 + 5)) if t[i] in C["send-verbs"]), None)
                if sent is not None and not (sent + 1 < len(t) and t[sent + 1] in C["not"]):
                    return True
        return False

    def price_rises_soon(self):
        """明天就恢复原价 / 以后还会涨: the price said to go up soon (StepReading.priceRisesSoon)."""
        t = self.t
        for start, end, _ in self.hits("price-soon"):
            if start > 0 and ("0" <= t[start - 1] <= "9" or t[start - 1] in NUMERALS
                              or t[start - 1] in C["ten"] or t[start - 1] in C["quantity-measures"]):
                continue
            k = self.clause_of(start)
            if k is None or self.is_question(k):
                continue
            if any(w in t[self.clauses[k].start:start] for w in PRICE_TIER):
                continue
            stop = min(self.clauses[k].end, end + 6)
            for i in range(end, stop):
                if any(t.startswith(w, i) for w in PRICE_BACK):
                    denied = (i > end and t[i - 1] in C["negation"]) or (i > end + 1 and t[i - 2] in C["negation"])
                    if not denied and not self.rhetorical(start, i):
                        return True
        return False

    def buyer_objects(self):
        return any(self.rx["buyer-objection"].search(norm(b)) or names_price(norm(b)) for b in self.buyer)

    def closes(self, price_cuts):
        t = self.t
        for start, end, phrase in self.hits("close"):
            if self.negated(start):
                continue
            # 天猫不能改价: it cannot be done, nothing urged.
            k = self.clause_of(start)
            if (phrase not in CLOSE_MISS and k is not None
                    and any(w in t[max(self.clauses[k].start, start - 4):start] for w in CLOSE_REFUSED)):
                continue
            # 可以先拍小样试试: a trial size recommended.
            if phrase == "可以先拍" and any(ch in C["try"] for ch in t[end:end + 6]):
                continue
            # 您拍下的是两包: what was ordered.
            if phrase in PLACED_BY_YOU and any(t.startswith(w, end) for w in PLACED_WHAT):
                continue
            # 您拍下破损的照片发我: a photo taken for the case.
            if any(ch in C["snap"] for ch in phrase) and (k := self.clause_of(start)) is not None \
                    and any(t.find(w, end, self.clauses[k].end) >= 0 for w in PHOTO_TAKEN):
                continue
            # 是不是下单的时候地址没改过来呢: a problem looked into.
            if phrase in WHEN_ORDERING and (k := self.clause_of(start)) is not None and self.is_question(k):
                continue
            # 修改好了 / 地址改好了: something else edited.
            if phrase in PRICE_EDITED and (
                    (start > 0 and t[start - 1] in C["mend"]) or any(w in t[:start] for w in EDITED_OTHER)):
                continue
            return True
        # 新人下单立减5元 / 只要89: the price pitched.
        if price_cuts:
            for start, end, phrase in self.hits("price-cut"):
                if self.negated(start):
                    continue
                if phrase != "只要":
                    return True
                if end < len(t) and (t[end].isdigit() or t[end] in NUMERALS or t[end] in C["ten"]):
                    return True
        if self.changes_price() or self.ships_today_if_placed() or self.price_rises_soon():
            return True
        # 家人们冲: the live-stream push.
        for c in self.clauses:
            if c.end - c.start <= 14 and t[c.end - 1] in C["push"]:
                if c.end - c.start == 1 or t[c.end - 2] not in C["dont"]:
                    return True
        # 现在购买还送一个收纳袋: a gift tied to ordering now.
        for start, end, _ in self.hits("order-now"):
            k = self.clause_of(start)
            if k is None:
                continue
            c = self.clauses[k]
            for i in range(end, c.end):
                if t[i] in C["gift-verb"]:
                    if i + 1 < c.end and t[i + 1] in C["not-gift"]:
                        continue
                    if i > c.start and t[i - 1] in C["delivery-time"]:
                        continue
                    return True
        # 全场8折
        for m in self.discount.finditer(t) if price_cuts else ():
            if not self.rhetorical(m.end() - 1, m.end()):
                return True
        # 今天全场包邮
        for start, end, phrase in self.hits("ship"):
            if phrase == "包邮":
                k = self.clause_of(start)
                if k is None:
                    continue
                for _, _, word in self.hits_in("promotion", k):
                    if word not in ("凑", "满", "一起"):
                        return True
        return False

    def changes_price(self):
        """专享价已经给您改好了: the price changed for the buyer to pay."""
        t = self.t
        price = next((i for i, ch in enumerate(t) if ch in C["price"]), -1)
        if price < 0:
            return False
        for c in self.clauses:
            for i in range(c.start, c.end - 1):
                if (t[i] in C["change"] and t[i + 1] not in C["not-changed"] and t[i + 1] in C["changed-after"]
                        and not self.has_in("ship-topic", self.clause_of(i) or 0)
                        and (price < i or any(ch in C["price"] for ch in t[c.start:c.end]))):
                    return True
        return False

    def ships(self):
        t = self.t
        excluded = self.hits("not-ship")
        # 地址发过来，我这边给您改: the address asked for; the change is yet to come.
        asks_address = self.has("address-asked")
        for start, end, phrase in self.hits("ship"):
            if any(s2 < end and start < e2 for s2, e2, _ in excluded):
                continue
            if asks_address and phrase in ADDRESS_CHANGE:
                continue
            # 您拍下我帮您改地址 / 付款后给您备注好: done once the buyer has ordered, not yet.
            if (phrase in ADDRESS_CHANGE or phrase in REMARK) and self.promised_after_order(start):
                continue
            if self.confirming and (phrase in REMARK or phrase in PACKING):
                continue
            if phrase == "包邮":
                if self.rhetorical(start, end):
                    continue
                k = self.clause_of(start)
                if k is not None and self.has_in("promotion", k) and not self.states_threshold(start, k):
                    continue
            return True
        # 3到5天 / 1 - 2天: a span of days is the wait for dispatch or delivery (not 1-3天到账).
        for m in SPAN_DAYS.finditer(t):
            k = self.clause_of(m.start())
            c = self.clauses[k] if k is not None else None
            a, b = (c.start, c.end) if c else (m.start(), m.end())
            if (not any(s2 < b and a < e2 for s2, e2, _ in self.hits("not-ship"))
                    and not any(w in t[a:b] for w in SPAN_NOT_WAIT)):
                return True
        # 发了亲: dispatched, said tersely.
        for c in self.clauses:
            if c.end - c.start <= 4 and t[c.start] in C["send"] and c.start + 1 < c.end and t[c.start + 1] in C["done-le"]:
                return True
        for start, end, phrase in self.hits("ship-topic"):
            if phrase == "地址" and not asks_address:
                k = self.clause_of(start)
                if k is None or self.is_question(k) or self.promised_after_order(start):
                    continue
                c = self.clauses[k]
                # The change said next to the address (地址已经给您改好了), not elsewhere.
                if any(ch in C["change-verbs"] for ch in t[max(c.start, start - 4):min(c.end, end + 6)]):
                    return True
        return False

    def promised_after_order(self, start):
        """您拍下我帮您改地址: an order word a few characters before, in its clause, not itself done
        (可以付款了), and no 已 from just before `start` to a few characters after it."""
        k = self.clause_of(start)
        if k is None:
            return False
        t, c = self.t, self.clauses[k]
        if any(ch in C["already"] for ch in t[max(c.start, start - 3):min(c.end, start + 8)]):
            return False
        lo = max(c.start, start - 12)
        for w in ORDER_FIRST:
            i = t.find(w, lo, start)
            while i >= 0:
                after = i + len(w)
                if after >= len(t) or t[after] not in C["done-le"]:
                    return True
                i = t.find(w, i + 1, start)
        return False

    def states_threshold(self, at, k):
        """全场满88元包邮: 满 and a number just before 包邮 state the postage terms (not 还差/凑)."""
        t, c = self.t, self.clauses[k]
        if any(ch in SHORT_OF for ch in t[c.start:c.end]):
            return False
        return any(t[i] in C["threshold-mark"] and i + 1 < at and t[i + 1].isdigit() for i in range(max(c.start, at - 8), at))

    def says_farewell(self, others):
        t = self.t
        for start, end, phrase in self.hits("farewell"):
            if phrase == "好评":
                after = t[end] if end < len(t) else " "
                if after in PRAISE_AFTER:
                    continue
                if start >= 2 and t[start - 1] in C["is"]:
                    continue
            return True
        thanks_for = self.hits("thanks-for")
        for start, end, _ in self.hits("thanks"):
            if any(s2 >= end and s2 - end <= 4 for s2, _, _ in thanks_for):
                return True
        if self.has("open-door") and not (others & SELLING):
            return True
        # …有问题随时问我哦 at the end closes the talk; in an opener it invites.
        if ("greet" not in others or len(others) > 1) and len(self.clauses) > 1:
            last = self.clauses[-1]
            if any(s2 >= last.start for s2, _, _ in self.hits("open-door")):
                return True
        return self.has("thanks") and not others

    # --- order confirmation --------------------------------------------------------------------

    def is_confirming(self):
        # 您拍的是加厚款的 / 亲只拍了一包: what the buyer ordered, read back to them.
        # Not when its clause asks which or retorts (您拍的是哪个颜色).
        questions = self.hits("question-word")
        for start, end, _ in self.hits("order-read-back"):
            lo, hi = clause_around(self.t, start, end)
            if not any(q0 >= lo and q1 <= hi for q0, q1, _ in questions):
                return True
        # 亲拍的纯棉的: a clause that is only the ordered item named and closed with 的.
        for start, end, _ in self.hits("order-named"):
            lo, hi = clause_around(self.t, start, end)
            if any(q0 >= lo and q1 <= hi for q0, q1, _ in questions):
                continue
            e = hi
            while e > end and (self.t[e - 1].isspace() or self.t[e - 1] in BARE_FILLERS):
                e -= 1
            if (e - 1 > end and self.t[e - 1] in C["de"] and e - 1 - end <= 8
                    and not any(w in self.t[end:e - 1] for w in READ_BACK_NOT)):
                return True
        tagged = self.has("check-tag")
        direct = self.has("confirm-direct")
        topic = self.has("confirm-topic")
        seen = self.has("order-seen")
        verbs = self.check_verbs()
        checking = bool(verbs)
        noted = self.has("note-seen")
        if not (tagged or direct or topic or checking or seen or noted):
            return self.reads_back_details()
        details = self.detail_kinds()
        if seen and details >= 1:
            return True
        # 您备注的「不要放辣椒包」我们看到了
        if noted and self.has("seen-it"):
            return True
        if direct and (details >= 1 or tagged):
            return True
        if tagged and (details >= 1 or topic):
            return True
        # 请您核对一下收件人: the check put to the buyer next to its verb, not 请您稍等…核实.
        if checking and (details >= 1 or (topic and any(self.verb_with_buyer(v[0]) for v in verbs))):
            return True
        if details >= 2 and topic:
            return True
        return self.reads_back_details()

    def check_verbs(self):
        """The check verbs, less those in a receipt word (确认收货) and the seller's own check
        before doing something else (核实后安排换货) unless it is put to the buyer."""
        receipts = self.hits("receipt")
        own = {o[0] for o in self.hits("check-own")}
        return [h for h in self.hits("check-verb")
                if not any(s2 <= h[0] < e2 for s2, e2, _ in receipts)
                and not (h[0] in own and not self.verb_with_buyer(h[0]))]

    def verb_with_buyer(self, v0):
        """请您核对 / 跟您确认: a check-with-buyer phrase ends just before the verb or holds it."""
        return any(w0 <= v0 and v0 - w1 <= CHECK_WITH_BUYER_REACH
                   for w0, w1, _ in self.hits("check-with-buyer"))

    def only_promises_check(self):
        """拍好后我帮您核对一下地址: every check verb soon after a cue of what is still to come."""
        later = self.hits("check-later")
        if not later:
            return False
        verbs = self.check_verbs()
        if not verbs:
            return False
        if any(self.has(n) for n in ("check-tag", "confirm-direct", "order-seen", "order-read-back", "note-seen")):
            return False
        topics = self.hits("confirm-topic")

        def named(h):
            return not any(a < h[1] and h[0] < b for a, b, _ in topics)
        address = self.hits("order-address")
        topic_only = 0
        if len(address) >= 2 and sum(1 for h in address if named(h)) < 2:
            topic_only += 1
        if self.has("order-recipient") and not any(named(h) for h in self.hits("order-recipient")):
            topic_only += 1
        if self.detail_kinds() != topic_only:
            return False
        t = self.t
        for vs, _, _ in verbs:
            if not any(e <= vs and vs - e <= PROMISE_REACH
                       and not any(ch in SENTENCE_ENDS or ch in C["check-asked"] for ch in t[e:vs])
                       for _, e, _ in later):
                return False
        return True

    def reads_back_details(self):
        address_parts = len(self.hits("order-address"))
        possible = (address_parts > 0) + self.has("order-recipient") + self.has("order-item") + 1
        if possible < 3:
            return False
        phone = phone_number(self.t)
        if not (phone or address_parts >= 2):
            return False
        parts = (self.has("order-recipient") + (phone or self.has("order-phone"))
                 + (address_parts > 0) + self.has("order-item"))
        return parts >= 3

    def detail_kinds(self):
        t = self.t
        colour = self.colour.search(t) is not None
        size = quantity = False
        for m in self.token.finditer(t):
            g = m.group()
            if g[0] <= "9":
                nxt = t[m.end()] if m.end() < len(t) else ""
                if nxt and nxt in C["size-marks"]:
                    size = True
                if nxt and nxt in "件双条袋盒瓶个套包支台份罐箱斤克本床筒只张把副桶":
                    quantity = True
            elif len(g) <= 4 and g in ("xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl"):
                size = True
        if self.quantity.search(t):
            quantity = True
        kinds = colour + size + quantity
        if len(self.hits("order-address")) >= 2:
            kinds += 1
        if phone_number(t) or "尾号" in t or "开头" in t:
            kinds += 1
        if self.has("order-recipient"):
            kinds += 1
        return kinds

    def missing(self):
        missing = []
        if not self.has("order-recipient"):
            missing.append("收件人")
        if not self.has("order-phone") and not phone_number(self.t):
            missing.append("电话")
        if not self.has("order-address"):
            missing.append("地址")
        if not self.has("order-item") and not self.states_quantity.search(self.t):
            missing.append("商品（款式、尺码或颜色）")
        return missing

    # --- upsell --------------------------------------------------------------------------------

    def offer(self):
        """None, or (names another item, offers a deal)."""
        if "offer" in self.cache:
            return self.cache["offer"]
        result = self.find_offer()
        self.cache["offer"] = result
        return result

    def find_offer(self):
        t = self.t
        words = (self.has("upsell-offer") or self.has("upsell-deal") or self.has("upsell-pairing")
                 or self.has("upsell-purchased") or self.has("upsell-invite")
                 or (self.has("upsell-add-on") and self.has("upsell-bought")))
        if not words and not any(ch in C["spend-mark"] for ch in t) and self.extra_piece(lambda at: False) is None:
            return None
        negations = self.lex["upsell-negation"]

        def negated(at):
            # A negation ending at `at` or one before it (没有搭配的…, 不用单独拍); 要不要 is an
            # offer, not a negation.
            for end in (at, at - 1):
                for p in negations:
                    start = end - len(p)
                    if start >= 0 and t.startswith(p, start) and (start == 0 or t[start - 1] not in C["offer-not-before"]):
                        return True
            return False
        substitutes = self.has("upsell-substitution")
        items = self.hits("upsell-item")
        owned = self.hits("upsell-own")
        shop_signal = (self.has("upsell-shop-goods") or self.has("upsell-invite")
                       or self.has("upsell-offer") or self.has("upsell-deal"))
        def item_before(at):
            # Not the item at hand (这款保温杯第二件半价).
            return any(e2 <= at and at - e2 <= 12 and not at_hand(s2) for s2, e2, _ in items)

        def at_hand(start):
            # 这款 or the like a few 汉字 before the item.
            lo = start
            while lo > 0 and start - lo < 6 and is_han(t[lo - 1]):
                lo -= 1
            return any(w in t[lo:start] for w in THIS_ITEM)

        def item_after(end):
            return (any(s2 >= end for s2, _, _ in items) or any(w in t[end:] for w in THIS_ONE)
                    or self.counted.search(t, end) is not None)

        deal = None
        for start, end, word in self.hits("upsell-deal"):
            # 第二件半价: the same item again, unless another item is named with it.
            if word in SECOND_PIECE and not item_before(start) and not item_after(end):
                continue
            if not negated(start):
                deal = (start, end)
                break
        if deal is None:
            threshold = self.spend_threshold()
            if threshold and any(ch in C["more-after-spend"] for ch in t[threshold[1]:]):
                deal = threshold
        # 第二件半价指的是同一款哦: the deal explained.
        if self.has("upsell-not-deal"):
            deal = None
        dealt = deal is not None
        comes_with = self.has("upsell-included")
        for start, end, word in self.hits("upsell-pairing"):
            if negated(start) or comes_with:
                continue
            if not shop_signal and word in ("搭配", "配着", "配起来", "搭一"):
                continue
            thing = next((i for i in items if end <= i[0] < end + 12), None)
            if thing is None:
                continue
            if any(start <= o[0] < thing[0] for o in owned):
                continue
            return (True, dealt)
        # 配您刚买的那件: the item on sale as an extra to what was bought.
        for start, end, _ in self.hits("upsell-purchased"):
            if any(ch in C["pair-heads"] for ch in t[max(0, start - 2):start]):
                return (True, dealt)
        if not substitutes:
            for start, end, phrase in self.hits("upsell-offer"):
                if negated(start):
                    continue
                if phrase == "加购" and self.buyers_cart(start, end):
                    continue
                return (True, dealt)
            extra = None if comes_with else self.extra_piece(negated)
            if extra is not None and not self.read_back(extra[0]):
                named = (not dealt or self.has("upsell-shop-goods")
                         or any(s2 >= extra[1] for s2, _, _ in items))
                return (named, dealt)
            # 买了咖啡机的话 / 买口红的宝子: what goes with the purchase.
            buyers = self.hits("upsell-buyer-of-it")
            for start, end, phrase in self.hits("upsell-bought"):
                if negated(start):
                    continue
                bare = phrase == "买"
                if not any(end <= s2 <= end + 10 and not (bare and p2 == "的话") for s2, _, p2 in buyers):
                    continue
                if any(s2 > end for s2, _, _ in self.hits("upsell-invite")):
                    return (True, dealt)
            # 拍了这套牙刷的，牙膏加5块钱带走: added on top.
            for start, end, phrase in self.hits("upsell-bought"):
                if negated(start) or phrase == "买":
                    continue
                framed = (start <= 6 or any(end <= s2 <= end + 10 for s2, _, _ in buyers)
                          or self.bought_clause_ends(end))
                if not framed or comes_with:
                    continue
                if any(s2 > end + 2 for s2, _, _ in self.hits("upsell-add-on")):
                    return (True, dealt)
            # 我们家的帽子也在做活动，要不要看看
            goods = self.hits("upsell-shop-goods")
            not_extras = self.hits("upsell-not-extra")
            for start, end, _ in self.hits("upsell-invite"):
                for g_start, g_end, name in goods:
                    if abs(g_start - start) > 16:
                        continue
                    if any(g_end <= s2 <= g_end + 2 for s2, _, _ in not_extras):
                        continue
                    if name in OUR_GOODS and not any(g_end <= s2 <= g_end + 4 for s2, _, _ in items):
                        continue
                    return (True, dealt)
        if deal:
            # The deal names the extra item; 同系列精华水加一块钱换购: the item just before a trade-up.
            trade_up = any(s2 == deal[0] and p2 in TRADE_UP for s2, _, p2 in self.hits("upsell-deal"))
            named = item_after(deal[1]) or (trade_up and item_before(deal[0]))
            return (named, True)
        return None

    def bought_clause_ends(self, after):
        """拍了这套牙刷的，: the purchase named as a whole clause."""
        t = self.t
        i = after
        while i + 1 < len(t) and i < after + 10:
            if t[i] in C["bought-de"] and is_separator(t, i + 1):
                return True
            if is_separator(t, i):
                return False
            i += 1
        return False

    def read_back(self, at):
        """核对一下规格：床单1.8米，配两个枕套: a piece read back after a colon."""
        t = self.t
        if ":" not in t[:at]:
            return False
        before = t[max(0, at - 4):at]
        if any(w in before for w in ("再", "另外", "也", "顺", "一起")):
            return False
        return not any(ch in C["read-back-asks"] for ch in t[at:])

    def buyers_cart(self, start, end):
        t = self.t
        before = t[max(0, start - 2):start]
        if any(ch in C["cart-you"] for ch in before):
            return True
        return end < len(t) and t[end] in C["cart-after"]

    def extra_piece(self, negated):
        t = self.t
        for m in self.piece.finditer(t):
            i = m.start()
            verb = m.group(1)
            offered = verb in "加带备配"
            if not offered:
                before = t[max(0, i - 4):i]
                offered = any(w in before for w in ("再", "顺便", "顺手", "一起", "单独", "另外", "也", "多"))
            if not offered:
                continue
            # 一箱纯牛奶加一箱酸奶: an order read back as a list.
            if verb in C["add-verb"] and self.counted.search(t[max(0, i - 8):i]):
                continue
            if negated(i) or negated(max(0, i - 2)):
                continue
            return (i, i + 3)
        return None

    def spend_threshold(self):
        t = self.t
        for m in self.spend.finditer(t):
            for j in range(m.end(), min(len(t), m.end() + 3)):
                if t[j] in C["deal-after-spend"]:
                    return (m.start(), j + 1)
        return None

    # --- account safety ------------------------------------------------------------------------

    def refused(self, start, end):
        t = self.t
        a, b = clause_around(t, start, end)
        for s2, e2, _ in self.hits("safety-refusal-before"):
            if a <= s2 < start and e2 <= end:
                if t[s2] in C["other-bie"] and e2 < len(t) and t[e2] in C["other-bie-after"]:
                    continue
                return True
        return any(s2 >= end and e2 <= b for s2, e2, _ in self.hits("safety-refusal-after"))

    def actor(self, start, end):
        t = self.t
        a, _ = clause_around(t, start, end)
        for i in range(start - 1, a - 1, -1):
            if t[i] in C["seller-self"]:
                return "seller"
            if t[i] in C["buyer-you"]:
                if i > a and t[i - 1] in C["act-for"]:
                    return "seller"
                return "buyer"
        return "unnamed"

    def buyer_sent_link(self):
        for message in self.buyer[-4:]:
            b = norm(message)
            if self.rx["safety-link-word"].search(b) or self.rx["safety-link"].search(b) or self.share.search(b):
                return True
        return False

    def account_safety(self):
        t = self.t
        out = []
        opened = False
        opens = self.hits("safety-open-link")
        if opens:
            link_named = self.has("safety-link-word")
            for start, end, _ in opens:
                actor = self.actor(start, end)
                if actor == "buyer" or self.refused(start, end):
                    continue
                if not (actor == "seller" and link_named) and not self.buyer_sent_link():
                    continue
                out.append(("account_safety", start, end, "不要打开买家发来的陌生链接"))
                opened = True
                break
        links = [h for h in self.hits("safety-link")
                 if not re.search(r"[\u4e00-\u9fff\u3400-\u4dbf]", h[2])
                 or (not opened and not self.refused(h[0], h[1]))]
        if links:
            out.append(("account_safety", links[0][0], links[0][1], "不要给买家发链接"))
        else:
            m = self.share.search(t)
            if m:
                out.append(("account_safety", m.start(), m.end(), "不要给买家发口令或链接码"))
        for start, end, _ in self.hits("safety-off-platform"):
            if not self.refused(start, end):
                out.append(("account_safety", start, end, "引到平台外"))
                break
        if self.has("safety-agree") and not self.has("safety-verify"):
            recent = [norm(b) for b in self.buyer[-4:]]
            if (any(self.rx["safety-other-account"].search(b) for b in recent)
                    and any(self.rx["safety-change"].search(b) for b in recent)):
                out.append(("account_safety", 0, len(t), "另一个账号要求改地址"))
        return out

    # --- asked again ---------------------------------------------------------------------------

    def asked(self):
        t = self.t
        if not self.has("asked-asking"):
            return []
        asks = self.hits("asked-asking")
        checks = self.hits("asked-not-asking")

        def asks_in(a, b):
            if b < len(t) and t[b] == "?":
                return True
            return any(s2 >= a and e2 <= b for s2, e2, _ in asks)

        def checked(a, b):
            return any(s2 >= a and e2 <= b for s2, e2, _ in checks)
        out = []
        for info, name in (("订单号", "asked-order"), ("电话", "asked-phone"), ("地址", "asked-address"),
                           ("身高", "asked-height"), ("体重", "asked-weight"), ("尺码", "asked-size")):
            for start, end, _ in self.hits(name):
                a, b = clause_around(t, start, end)
                if checked(a, b):
                    continue
                asked = asks_in(a, b)
                if not asked and b - a <= 7 and b < len(t):
                    # A bare mention, then the request: 您的订单号，麻烦发我一下
                    c = b
                    while c < len(t) and t[c] in ENDS_CLAUSE:
                        c += 1
                    na, nb = clause_around(t, c, c)
                    asked = c < len(t) and not checked(na, nb) and asks_in(na, nb)
                if asked:
                    out.append((info, start, end))
                    break
        return out

    def given(self, text):
        b = norm(text)
        out = set()
        if phone_number(b):
            out.add("电话")
        runs = [m.group() for m in self.digits.finditer(b)]
        if any(len(r) >= 12 for r in runs):
            out.add("订单号")
        if len(self.rx["asked-address-part"].findall(b)) >= 2:
            out.add("地址")
        if self.rx["asked-weight-unit"].search(b):
            out.add("体重")
        if self.rx["asked-height-word"].search(b):
            out.add("身高")
        if self.rx["asked-size-word"].search(b):
            out.add("尺码")
        if any(len(r) == 3 and 140 <= int(r) <= 199 for r in runs):
            out.add("身高")
        return out

    def asked_again(self):
        asked = self.asked()
        # `kefu check` has no buyer: the history is the seller's earlier replies.
        if not asked or not self.buyer:
            return []
        given = set()
        for line in self.buyer:
            given |= self.given(line)
        for info, start, end in asked:
            if info in given:
                return [("asked_again", start, end, "买家已经说过%s了，又问了一遍" % info)]
        return []


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
    ref = Reference(load_lexicons())
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
