"""The rubric's words for the Python reference: read from the same words files the Swift
binary embeds (Sources/KefuRubric/Words/*.words), so there is no second copy of any list.

The format is documented in docs/rubric.md (词语文件): `[name]` a phrase family, `[name] 词表` a
word list, `[name] 字类` a character class, `[name] 句式` a rhetorical shape; `说明：` lines say
what a family is for; words one per line or `|`-separated; a shape's lines are `条件：词 | 词`
(continued on the next lines), `@name` naming a 词表.
"""
import glob
import os

FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources",
                      "KefuRubric", "Words")
PATTERN_KEYS = ["类型", "词", "后面接", "后面不接", "前面不是", "前面要有", "分句里没有", "后面要有",
                "结尾", "可跨分句", "买家刚抱怨", "整条回复没有", "句中要有", "句中前面没有", "后文要有"]
KINDS = {"": "phrases", "词组": "phrases", "词表": "list", "字类": "characters", "句式": "pattern"}


class Family:
    def __init__(self, rule, name, kind):
        self.rule, self.name, self.kind = rule, name, kind
        self.note = ""
        self.words = []
        self.fields = []  # [(key, [words])], for a 句式


def _phrases(line):
    return [w.strip() for w in line.split("|") if w.strip()]


def load(folder=FOLDER):
    """Every family of every words file, in order: {name: Family}."""
    families = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.words"))):
        rule = os.path.basename(path)[:-len(".words")]
        current = None
        for raw in open(path, encoding="utf-8"):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                close = line.index("]")
                current = Family(rule, line[1:close].strip(), KINDS[line[close + 1:].strip()])
                families[current.name] = current
            elif line.startswith("说明：") or line.startswith("说明:"):
                current.note += line[3:].strip()
            elif current.kind == "characters":
                current.words += [c for c in line if c not in " |\u3000"]
            elif current.kind == "pattern":
                key, sep, rest = line.replace(":", "：", 1).partition("：")
                if sep and key in PATTERN_KEYS:
                    current.fields.append((key, _phrases(rest)))
                else:
                    current.fields[-1][1].extend(_phrases(line))
            else:
                current.words += _phrases(line)
    return families


FAMILIES = load()


def words(name):
    """The words of a family (characters of a 字类, as one string)."""
    family = FAMILIES[name]
    return "".join(family.words) if family.kind == "characters" else list(family.words)


def field(family, key):
    """A shape's condition, `@name` references expanded."""
    out = []
    for k, ws in family.fields:
        if k == key:
            for w in ws:
                out += FAMILIES[w[1:]].words if w.startswith("@") else [w]
    return out
