"""Politically wrong wording, sixth round: families that survive rewording (POLITICAL_CHECKLIST.md items 126–136;
sources in ``detectors/lexicons/SOURCES.md``).

Each family is a rule about a *kind* of wording, written with word classes and bounded gaps, not a list of the
strings someone once wrote:

* **Heads of state organs** (``lexicons/state_offices.txt``, from the Constitution, the Party Constitution and the
  current appointments) — an organ with a leadership title it does not have (最高检院长, 中央政法委主任, 中央书记处
  第一书记; seventeenth round: every ministry, commission, office, administration and bureau of the State Council with
  its head's title, right after the name — 国台办部长, 海关总署局长, 审计署署长 (审计长), 国家发改委部长 — and the local
  bodies by kind: an office or a government commission has a 主任, a bureau a 局长, a Party department a 部长:
  市台办部长, 县卫健委局长, 市公安局部长, 县委宣传部主任), an organ that does not exist (国家军委, 中央监委, 国家政协),
  a listed person beside the head title of an organ another person heads (国家监委主任李希), and a post a person no
  longer holds written as current in a post of a later year (国务委员兼外交部长王毅 in 2026: 王毅 left the State
  Council in 2023); 时任, 原, 前, an earlier year or an obituary make it history.
* **The Dalai Lama given honorifics or religious titles** (新华社禁用词: 十四世达赖不称“精神领袖”，不加“尊者”
  “活佛”等敬称) — before or after his name in the same clause, with or without 的, quoted or not (quotation marks
  do not mend a title the account repeats); the earlier Dalai Lamas (五世达赖) are history; a sentence that rejects
  the title (所谓, 自封, 不是) is right.
* **Framings of history** — the War of Resistance counted as eight years with any words between (八年浴血抗战,
  艰苦卓绝的八年抗战; 全面抗战八年 is right), 中日战争 for it (甲午中日战争 is the 1894 war's name), 韩战 and, from
  the Chinese side, 朝鲜战争 for 抗美援朝战争, Taiwan's honorifics for historical figures (蒋总统, 先总统蒋公,
  国父孙中山), and the handover told as Britain or Portugal *returning* Hong Kong or Macao (英国把香港交还给中国:
  中国政府恢复对香港行使主权).
* **Hong Kong, Macao or Taiwan set beside China** with one and the same noun (中国游客和香港游客, 中国队对阵香港
  队) or as a nation's team (香港国家队).
* **Two governments across the Strait** (两岸两个政府, 两岸政府, 台北政府和北京政府) reported without correction.

``general_hits(folded, in_quotes, year)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from detectors.content_political import REJECTS, _sentence, countries, so_called
from detectors.textnorm import fold

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
HAN = "\u4e00-\u9fff"
Hit = tuple[int, int, str, str, str]
CLAUSE_STOPS = "。！？!?；;\n，,：:"
REJECTED = re.compile(REJECTS.pattern + r"|自封|自称|自诩|冒充|揭穿|揭露|称其为|吹捧|标榜|包装|美化|粉饰|而是|而非|改为|改成|"
                      r"改称|不再|更正|纠正|应为|应称|规范")
# an organ or a title said not to exist (中央书记处没有第一书记) is the rule itself
NOT_EXISTING = re.compile(REJECTED.pattern + r"|没有|不设|并无|无此|不存在")


def _rejected(folded: str, i: int, reasons: re.Pattern = REJECTED) -> bool:
    return bool(reasons.search(_sentence(folded, i))) or so_called(folded, i)


# ---- heads of state organs ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Offices:
    organs: dict[str, frozenset[str]]  # organ as written → its titles
    heads: dict[str, str]  # organ as written → its head's title (the first of its row)
    bodies: frozenset[str]  # organs read only when the title follows the name directly (no 的: 公安部的局长们)
    nonorgans: dict[str, str]  # non-existent organ → the right one
    offices: dict[str, str]  # office as written → canonical office
    holders: dict[str, frozenset[str]]  # canonical office → its holders
    former: dict[str, dict[str, int]]  # person → {office as written: year it ended}
    persons: frozenset[str]
    organ_canon: dict[str, str]  # organ as written → the first name of its row (全国人民代表大会常务委员会 → 全国人大常委会)
    titles: dict[str, frozenset[str]]  # person → every title he holds or held, organs canonical (国务院副总理, 副总理)
    top: frozenset[str]  # the leaders whose titles leaders.txt checks (no third column): 习近平 … 刘国中


def _rows(path: Path) -> Iterator[list[str]]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield [fold(c.strip()) for c in line.split("\t")]


# (content-political36, item 500) a central organ's full name with one element changed — candidates generated over every
# organ and body row, kept only when no real name (``formal_terms.txt``, the rows themselves) holds them:
# * the kind word of a commission replaced by another organ's kind (国家监察委员会 → 国家监察院 / 监察局 / 监察署 / 监察部),
#   for names that start with 国家 / 中央 / 全国 (a local 发展和改革局 is real; a 国家 one is not);
# * one inner word of a name of four words or more dropped (中央纪律检查委员会 → 中央纪律委员会), the first word and the
#   kind word kept, the result six characters or more (organ rows only: the central Party and state organs);
# * a standing committee's name fused with its head's title (全国人大常务委员长, 全国人民代表大会常务委员长: the title is
#   全国人大常委会委员长).
KIND_SWAPS = ("院", "局", "署", "部", "厅")
# an organ's name as prefix + middle words + kind word; the middle of four or six characters read as two-character words
NAME_PARTS = re.compile(r"(?P<pre>中共中央|中央|国家|全国)(?P<mid>[\u4e00-\u9fff]+?)(?P<kind>委员会|办公厅|办公室|工作部|部|院|局|署)")


def _generated_nonorgans(organs: dict[str, frozenset[str]], organ_canon: dict[str, str],
                         nonorgans: dict[str, str], bodies: set[str]) -> None:
    real = set(organs) | set(nonorgans) | _formal_names()

    def add(form: str, right: str) -> None:
        if form not in real and not any(form in r for r in real if len(r) > len(form)):
            nonorgans.setdefault(form, right)

    for alias in list(organs):
        canon = organ_canon[alias]
        if alias.endswith("委员会") and alias.startswith(("国家", "中央", "全国")) and len(alias) >= 7:
            for kind in KIND_SWAPS:
                add(alias[:-3] + kind, canon)
        m = NAME_PARTS.fullmatch(alias)
        if m and alias not in bodies and len(m.group("mid")) in (4, 6):
            mid = m.group("mid")
            blocks = [mid[i:i + 2] for i in range(0, len(mid), 2)]
            for i in range(len(blocks)):
                form = m.group("pre") + "".join(blocks[:i] + blocks[i + 1:]) + m.group("kind")
                if len(form) >= 6:
                    add(form, canon)
        if alias.endswith("常务委员会"):
            add(alias[:-1] + "长", f"{canon}委员长")
        if alias.endswith("常委会") and "委员长" in organs[alias]:
            add(alias[:-3] + "常务委员长", f"{canon}委员长")
            add(alias[:-3] + "常委长", f"{canon}委员长")


@lru_cache(maxsize=1)
def _formal_names() -> frozenset[str]:
    """The real names of ``lexicons/formal_terms.txt`` (organs, formulations), folded."""
    return frozenset(fold(line.strip()) for line in (LEXICON_DIR / "formal_terms.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def offices() -> Offices:
    organs: dict[str, frozenset[str]] = {}
    heads: dict[str, str] = {}
    bodies: set[str] = set()
    nonorgans: dict[str, str] = {}
    office_of: dict[str, str] = {}
    holders: dict[str, set[str]] = {}
    former: dict[str, dict[str, int]] = {}
    organ_canon: dict[str, str] = {}
    also: dict[str, set[str]] = {}
    for row in _rows(LEXICON_DIR / "state_offices.txt"):
        kind, cols = row[0], row[1:]
        if kind in ("organ", "body"):
            for alias in cols[0].split("|"):
                organ_canon[alias] = cols[0].split("|")[0]
                organs[alias] = frozenset(cols[1].split("|"))
                heads[alias] = cols[1].split("|")[0]
                if kind == "body":
                    bodies.add(alias)
        elif kind == "nonorgan":
            for alias in cols[0].split("|"):
                nonorgans[alias] = cols[1]
        elif kind == "office":
            forms = cols[0].split("|")
            for form in forms:
                office_of[form] = forms[0]
            holders.setdefault(forms[0], set()).update(h for h in cols[1].split("|") if h)
        elif kind == "former":
            former.setdefault(cols[0], {}).update({t: int(cols[2]) for t in cols[1].split("|")})
        elif kind == "titles":
            also.setdefault(cols[0], set()).update(cols[1].split("|"))
    # (content-political31) a commission's name with its head's 长 put in the place of 会 (国家监察委员长, 中央军事委员长):
    # no such office exists unless the commission's head is itself a 委员长 (全国人大常委会); read for every organ and body
    # whose full name ends in 委员会
    for alias, titles in list(organs.items()):
        if alias.endswith("委员会") and "委员长" not in titles:
            nonorgans.setdefault(alias[:-1] + "长", f"{alias}{heads[alias]}")
    # (content-political33, item 469) two more forms of no organ, generated over every organ row: a Party central organ
    # (中央军委, 中央纪委, 中央办公厅 … — the organ rows named 中央…) under the state's 国家 (国家中央军委, 国家中央纪委: the
    # same family as 国家军委); and an organ's short name fused with its head's title where they share a character
    # (最高检 + 检察长 → 最高检察长, the Procurator-General's foreign title) — not for a 部 (外交部长 is the accepted short
    # form of 外交部部长) nor a 院 (最高人民法院长期…: 院长 fused reads as 长期 in running text)
    for alias in [a for a in organs if a not in bodies]:
        canon = organ_canon[alias]
        if alias.startswith("中央"):
            nonorgans.setdefault("国家" + alias, canon)
        head = heads[alias]
        if alias[-1] == head[0] and head[0] not in "部院" and len(head) > 1:
            nonorgans.setdefault(alias + head[1:], f"{canon}{head}")
    _generated_nonorgans(organs, organ_canon, nonorgans, bodies)
    # past leaders (third column 历史人物) are remembered, not office holders: the office table leaves them out
    leaders = [row for row in _rows(LEXICON_DIR / "leaders.txt") if not (len(row) > 2 and row[2] == "历史人物")]
    for row in leaders:  # a person whose own titles in leaders.txt name the office holds it
        for title in row[1].split("|") if len(row) > 1 else ():
            if title in office_of:
                holders[office_of[title]].add(row[0])
    persons = {row[0] for row in leaders} | set(former) | {h for hs in holders.values() for h in hs}
    held: dict[str, set[str]] = {p: set(also.get(p, ())) | set(former.get(p, ())) for p in persons}
    for row in leaders:
        held[row[0]].update(row[1].split("|") if len(row) > 1 else ())
    for office, hs in holders.items():
        for h in hs:
            held[h].update(form for form, o in office_of.items() if o == office)
    titles = {p: frozenset(_canonical_title(t, organ_canon) for t in ts) for p, ts in held.items()}
    top = frozenset(row[0] for row in leaders if len(row) < 3 or not row[2])
    return Offices(organs, heads, frozenset(bodies), nonorgans, office_of, {k: frozenset(v) for k, v in holders.items()}, former,
                   frozenset(persons), organ_canon, titles, top)


def _canonical_title(title: str, organ_canon: dict[str, str]) -> str:
    """全国人民代表大会常务委员会委员长 → 全国人大常委会委员长: the organ's alias replaced by its row's first name."""
    for alias in sorted(organ_canon, key=len, reverse=True):
        if title.startswith(alias):
            return organ_canon[alias] + title[len(alias):]
    return title


def _alternation(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# Leadership titles that can follow an organ's name; 常务 / 第一 / 执行 forms included (中央书记处第一书记).
# content-political29: the head titles of other systems' courts and procuratorates and of states' governments (总法官,
# 首席法官, 总检察官, 检察总长, 首相, 总统, 总长) are titles too — an organ's row that lacks them makes them wrong
# (最高人民法院总法官: its head is 院长, who is 首席大法官); the longer forms stand first, the alternation is ordered
OTHER_SYSTEMS_TITLES = frozenset({"首席法官", "首席检察官", "总法官", "总检察官", "检察总长", "总检察长", "首相", "总统", "总长"})
TITLE_WORDS = ("首席大法官|首席大检察官|首席法官|首席检察官|总法官|总检察官|大法官|大检察官|检察总长|总检察长|首相|总统|总长|"
               "总书记|第一书记|常务书记|第一副书记|常务副书记|候补书记|副书记|书记|第一副主席|常务副主席|执行主席|副主席|主席|"
               "常务副委员长|副委员长|委员长|常务副总理|副总理|第一副总理|总理|常务副主任|副主任|主任|常务副院长|副院长|院长|"
               "常务副检察长|副检察长|检察长|常务副部长|副部长|部长|副局长|局长|厅长|首长|议长|会长|副署长|署长|副行长|行长|"
               "副审计长|审计长|副社长|社长|副台长|台长")


@lru_cache(maxsize=1)
def _organ_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    o = offices()
    # (主任科员, 主任医师, 主任记者 are ranks; 部长级, 局长级 a grade; 主席团 a body of its own; 委员长会议, 主席会议 are the
    # bodies of organs that have the title — an organ without it has no such meeting either: 中央政治局主席会议)
    organ_title = re.compile(rf"(?P<organ>{_alternation(o.organs)})(?P<of>的)?(?P<title>{TITLE_WORDS})"
                             r"(?!团|级|科员|医师|记者|编辑)")
    # 中央政协工作会议 (2021) and 中央人大工作会议 (2021) are real Party conferences
    nonorgan = re.compile(rf"(?P<w>{_alternation(o.nonorgans)})(?!工作会议|工作)")
    names = _alternation(o.persons)
    office_person = re.compile(rf"(?P<office>{_alternation(o.offices)})(?:的)?(?P<name>{names})(?![{HAN}]?(?:书记|主任|部长))|"
                               rf"(?<![{HAN}])(?P<name2>{names})(?:同志)?(?P<office2>{_alternation(o.offices)})")
    return organ_title, nonorgan, office_person


# another state or a region before a court's name: its own court, not a misnamed organ of ours
FOREIGN_COURT = re.compile(r"(?:" + "|".join(sorted((c for c in countries() if c != "中国"), key=len, reverse=True))
                           + r"|香港|澳门|台湾|外国|各国|联邦|州)(?:的)?$")
# (老 only right before the title — 老部长; 原 and 前 not inside another word: 太原籍老兵, 前往, 目前 a few words
# earlier say nothing of the title — content-political24)
FORMER_HERE = re.compile(r"(?:(?:时任|原任|(?<![太平高草中还复燎病抗五九])原(?![籍则因料始创生汁地理本定先野])|前任|"
                         r"(?<![之此目当提日以面眼门空跟向上])前(?![往来面提夕景线进沿列期台])|曾任|曾经担任|曾担任|历任|首任)"
                         r"[^。！？!?；;\n]{0,14}|老)$")
HISTORY_SENTENCE = re.compile(r"时任|曾任|曾经|历任|生前|逝世|去世|病逝|悼念|追悼|遗体|缅怀|怀念|纪念|回忆|回顾|当年|那年|彼时|"
                              r"任内|任期|卸任|离任|退休|历史|往事|档案|展览|[一二三四五六七八九十\d]+年前")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?:年|—|-|～|~|至)")


def _historical(folded: str, i: int, ended: int) -> bool:
    """The sentence around ``i`` speaks of a time before ``ended`` (an earlier year, 时任, an obituary)."""
    sentence = _sentence(folded, i)
    if HISTORY_SENTENCE.search(sentence):
        return True
    return any(int(y) < ended for y in YEAR.findall(sentence))


def _chain_before(folded: str, name_start: int, persons: frozenset[str]) -> str:
    """The titles written before a name (中共中央政治局委员、国务委员兼外交部长 …王毅), back to the clause start, a
    conjunction or another person's name."""
    a = max(0, name_start - 30)
    for c in CLAUSE_STOPS + "和与及同":
        a = max(a, folded.rfind(c, a, name_start) + 1)
    chain = folded[a:name_start]
    for p in persons:  # cut at another person (国务院总理李强和外交部长…)
        k = chain.rfind(p)
        if k >= 0:
            chain = chain[k + len(p):]
    return chain


def _office_hits(folded: str, year: int | None) -> Iterator[Hit]:
    o = offices()
    organ_title, nonorgan, office_person = _organ_patterns()
    for m in organ_title.finditer(folded):
        organ, title = m.group("organ"), m.group("title")
        if title in o.organs[organ] or _rejected(folded, m.start(), NOT_EXISTING):
            continue
        if title in OTHER_SYSTEMS_TITLES and FOREIGN_COURT.search(folded[max(0, m.start() - 8):m.start()]):
            continue  # 美国司法部总检察长: another state's organ of the same name holds that title
        if m.group("of") and organ in o.bodies:
            continue  # 公安部的局长们: the heads of the ministry's bureaus
        yield (m.start(), m.end(), "机构职务", f"{organ}{o.heads[organ]}（该机构的领导职务是{'、'.join(sorted(o.organs[organ]))}）",
               f"职务错误：{organ}没有“{title}”这一职务")
    for m in nonorgan.finditer(folded):
        if FOREIGN_COURT.search(folded[max(0, m.start() - 8):m.start()]):
            continue  # 美国最高法庭, 香港终审法院: another state's or a region's court (content-political24)
        if not _rejected(folded, m.start(), NOT_EXISTING):
            right = o.nonorgans[m.group("w")]
            yield m.start(), m.end(), "机构名称", right, f"机构名称错误：没有“{m.group('w')}”，应为“{right}”"
    for m in office_person.finditer(folded):
        name = m.group("name") or m.group("name2")
        written = m.group("office") or m.group("office2")
        office = o.offices[written]
        if name in o.holders.get(office, ()):
            continue
        ended = o.former.get(name, {}).get(written) or o.former.get(name, {}).get(office)
        before = folded[max(0, m.start() - 14):m.start()]
        if FORMER_HERE.search(before):
            continue  # 时任国家监委主任杨晓渡: a former title, said as former
        if ended is not None and (year is None or year < ended or _historical(folded, m.start(), ended)):
            continue  # the person held it, and the post speaks of that time
        holder = "、".join(sorted(o.holders.get(office, ())))
        yield (m.start(), m.end(), "领导人职务", f"{office}{holder}" if holder else "正确的职务",
               f"领导人职务错误（{office}是{holder or '他人'}）" if ended is None else
               f"职务已变动：{name}已于 {ended} 年不再担任{office}")
    # a former post in a chain of titles (国务委员兼外交部长王毅), or right after the name (李克强总理)
    if year is None:
        return
    names = [p for p in o.former if p in folded]
    for name in names:
        for nm in re.finditer(re.escape(name), folded):
            chain = _chain_before(folded, nm.start(), o.persons)
            after = folded[nm.end():nm.end() + 12]
            for title, ended in sorted(o.former[name].items(), key=lambda kv: -len(kv[0])):
                if year < ended or title in _current_titles(name):
                    continue
                k = chain.rfind(title)
                if k >= 0 and not _dropped(chain[:k]) and not _part_of_other_title(chain, k, title):
                    a = nm.start() - len(chain) + k
                    e = nm.end()
                elif after.startswith(title) or after.startswith("同志" + title):
                    a, e = nm.start(), nm.end() + after.find(title) + len(title)
                else:
                    continue
                if FORMER_HERE.search(folded[max(0, a - 14):a]) or _historical(folded, a, ended):
                    break
                yield (a, e, "领导人职务", f"{name}的现任职务（{title}已于 {ended} 年卸任）",
                       f"职务已变动：{name}已于 {ended} 年不再担任{title}，不能作为现职使用")
                break


# A leader named with a title that is not his (content-political19): the titles written right before a listed
# leader's name (全国人大常委会秘书长赵乐际, 国务院常务副总理何立峰) or, for the leaders whose titles leaders.txt checks,
# a bare national title before or after the name (总理何立峰, 何立峰总理) that is neither a title he holds nor one he
# held (leaders.txt, state_offices.txt office / former / titles rows; as of TITLES_AS_OF). A title the organ does not
# have at all is the organ rule's finding (国务院第一副总理), an office row's title the office rule's (国家监委主任李希).
# 委员, 常委, 大法官, 副秘书长 are held by many people the table does not list: not read.
TITLES_AS_OF = 2023  # 二十届一中全会 (2022-10), 十四届全国人大一次会议 (2023-03): a sentence about an earlier year is history
UNLISTED_TITLES = frozenset({"委员", "常委", "大法官", "大检察官", "副秘书长"})
BARE_TITLES = ("总书记|国家主席|国家副主席|常务副总理|第一副总理|副总理|总理|常务副委员长|副委员长|委员长|国务委员")


@lru_cache(maxsize=1)
def _title_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    o = offices()
    organ_rows = [a for a in o.organs if a not in o.bodies]
    words = (set(TITLE_WORDS.split("|")) | {t for a in organ_rows for t in o.organs[a]}) - UNLISTED_TITLES
    before = re.compile(rf"(?P<organ>{_alternation(organ_rows)})(?P<title>{_alternation(words)})$")
    bare_before = re.compile(rf"(?:^|[^{HAN}])(?P<title>{BARE_TITLES})$")
    bare_after = re.compile(rf"^(?:同志)?(?P<title>{BARE_TITLES})")
    names = re.compile(rf"(?P<name>{_alternation(o.persons)})")
    return before, bare_before, bare_after, names


def _holds(titles: frozenset[str], title: str) -> bool:
    """A bare title (总理) is his when one of his titles ends in it and not in a longer title word (副总理)."""
    return any(t == title or (t.endswith(title) and t[-len(title) - 1] not in "副务一") for t in titles)


def _not_his_title_hits(folded: str) -> Iterator[Hit]:
    o = offices()
    before, bare_before, bare_after, names = _title_patterns()
    for nm in names.finditer(folded):
        name = nm.group("name")
        titles = o.titles.get(name, frozenset())
        tail = folded[max(0, nm.start() - 24):nm.start()]
        span: tuple[int, int, str] | None = None
        m = before.search(tail)
        if m:
            organ, title = m.group("organ"), m.group("title")
            written = _canonical_title(organ + title, o.organ_canon)
            if (title not in o.organs[organ] or written in o.offices or (organ + title) in o.offices
                    or written in titles):
                continue  # the organ rule's, the office rule's, or his own
            span = (nm.start() - len(tail) + m.start(), nm.end(), written)
        elif name in o.top:
            b = bare_before.search(tail)
            a = bare_after.match(folded, nm.end()) if not b else None
            if b and not _holds(titles, b.group("title")):
                span = (nm.start() - len(b.group("title")), nm.end(), b.group("title"))
            elif a and not _holds(titles, a.group("title")) and not re.match(rf"[{HAN}]", folded[a.end():a.end() + 1]
                                                                              .replace("同", "").replace("在", "")):
                span = (nm.start(), a.end(), a.group("title"))
        if span is None:
            continue
        start, end, written = span
        if FORMER_HERE.search(folded[max(0, start - 14):start]) or _historical(folded, start, TITLES_AS_OF) \
                or _rejected(folded, start, NOT_EXISTING):
            continue
        own = "、".join(sorted(t for t in titles if len(t) > 3 and t != "同志")[:3]) or "本人现任职务"
        yield (start, end, "领导人职务", f"{name}的职务（{own}）", f"领导人职务错误：{name}不是{written}")


# Local bodies by kind (content-canon17): an office (办) and a government commission (委员会) are headed by a 主任, a
# bureau (局) by a 局长, the Party committee's departments (组织部, 宣传部, 统战部) by a 部长 — 市台办部长, 县卫健委局长,
# 市公安局部长, 县委宣传部主任 give the body a head it does not have (地方各级人民政府机构设置和编制管理条例; 各地政府
# 网站“领导信息”). After the level word (省、市、县、区 …) only, so that the name is a body's (局部长期, 布局部长远 are not).
LEVEL = r"(?:[省市县区州盟旗]|自治区)"
LOCAL_HEADS = re.compile(
    rf"(?P<office>{LEVEL}委?(?:台办|侨办|外办|网信办|编办|金融办|信访办|政府办|党政办|农办|台港澳办|港澳办|国动办|人防办)|"
    rf"{LEVEL}(?:发改委|卫健委|教委|科委|经信委|工信委|民宗委|住建委|交委|国资委|农委|商委|侨委))"
    r"(?P<t1>部长|局长|署长|行长|院长)(?![级期]|时间|远)|"
    rf"(?P<bureau>{LEVEL}[{HAN}]{{1,8}}?(?<![布格大全当结开变时政棋骗赌饭残终僵定胜败平战危困出邮])局)"
    r"(?P<t2>部长|署长|行长|院长)(?![级期]|时间|远|足|处)|"
    rf"(?P<dept>{LEVEL}委?(?:组织部|宣传部|统战部))(?P<t3>主任|局长|署长|行长|院长)(?![级]|科员|医师|记者|编辑)")


LOCAL_TITLE_GATE = re.compile(r"[办委局部](?:部长|局长|署长|行长|院长|主任)")


def _local_head_hits(folded: str) -> Iterator[Hit]:
    for m in LOCAL_HEADS.finditer(folded):
        body = m.group("office") or m.group("bureau") or m.group("dept")
        title = m.group("t1") or m.group("t2") or m.group("t3")
        head = "主任" if m.group("office") else "局长" if m.group("bureau") else "部长"
        if _rejected(folded, m.start(), NOT_EXISTING):
            continue
        yield (m.start(), m.end(), "机构职务", f"{body}{head}",
               f"职务错误：{body}的负责人称“{head}”，没有“{title}”（办公室、委员会称主任，局称局长，部称部长）")


def _dropped(prefix: str) -> bool:
    return bool(re.search(r"(?:时任|原|前|曾任|历任)[^、]{0,12}$", prefix))


def _part_of_other_title(chain: str, k: int, title: str) -> bool:
    """总理 inside 副总理, 委员长 inside 副委员长: the title matched is the tail of another one."""
    return k > 0 and chain[k - 1] in "副"


@lru_cache(maxsize=256)
def _current_titles(name: str) -> frozenset[str]:
    o = offices()
    return frozenset(form for form, office in o.offices.items() if name in o.holders.get(office, ()))


# ---- the Dalai Lama given honorifics -----------------------------------------------------------------------------

DALAI = re.compile(r"达赖(?:喇嘛)?")
ORDINAL_BEFORE = re.compile(r"(?:第)?(?P<n>[一二三四五六七八九十]+)世$")
HONORIFIC = (r"(?:(?:藏传佛教|藏族|藏人|西藏|宗教|精神|佛教|信众|全球佛教徒)(?:的)?(?:最高)?(?:精神)?(?:领袖|导师|领袖人物)|"
             r"精神领袖|精神导师|灵魂人物|尊者|法王|活佛|佛爷|上师|圣下|陛下|至尊|仁波切|大师|圣者)")
HONORIFIC_BEFORE = re.compile(rf"{HONORIFIC}[“”\"「」『』\s—–\-·]{{0,3}}(?:的|之)?[“”\"「」『』\s]{{0,2}}$")
HONORIFIC_AFTER = re.compile(rf"^[”\"」』\s]{{0,2}}(?:(?:是|乃|作为|这位|这个|被称为|被尊为|被誉为|被奉为|即)"
                             rf"[{HAN}]{{0,8}}?)?[“\"「『]?{HONORIFIC}")


def _dalai_hits(folded: str) -> Iterator[Hit]:
    for m in DALAI.finditer(folded):
        o = ORDINAL_BEFORE.search(folded, max(0, m.start() - 4), m.start())
        if o and o.group("n") != "十四":
            continue  # the fifth Dalai Lama and the other earlier ones are history
        a = max(folded.rfind(c, 0, m.start()) for c in CLAUSE_STOPS) + 1
        before = HONORIFIC_BEFORE.search(folded, max(a, m.start() - 16), o.start() if o else m.start())
        after = HONORIFIC_AFTER.search(folded[m.end():m.end() + 16].split("。")[0])
        if not (before or after) or _rejected(folded, m.start()):
            continue
        start = before.start() if before else m.start()
        end = m.end() + after.end() if after else m.end()
        yield (start, end, "涉藏称谓", "十四世达赖（不加“精神领袖”“活佛”“尊者”等称谓）",
               "十四世达赖是披着宗教外衣的政治流亡者，不称“精神领袖”，不加宗教敬称")


# ---- framings of history --------------------------------------------------------------------------------------

# the eight-year count (1937–1945) for the fourteen-year war (1931–1945): 八年抗战, 八年浴血抗战, 艰苦卓绝的八年抗日
# 战争, 抗战整整八年; 全面抗战 / 全民族抗战 did last eight years; 八年级 is a school grade.
EIGHT_YEARS = re.compile(rf"(?<![\d十百零〇一二三四五六七九两])八年(?![级制前后来间多里内中期半度份])(?P<gap>[{HAN}、]{{0,6}}?)"
                         r"(?:抗战|抗日战争|抗日)|"
                         rf"(?:抗战|抗日战争)(?P<gap2>[{HAN}]{{0,3}}?)(?<![\d十百零〇一二三四五六七九两])八年(?![级制前后来间多里内中期半度份])")
FULL_SCALE = re.compile(r"全面|全民族|全国性|七七事变|卢沟桥事变后|十四年|局部抗战")
# 中日战争 for the War of Resistance; 甲午中日战争 (1894) is that war's name
SINO_JAPANESE = re.compile(r"(?<!甲午)(?<!第一次)(?<![“\"「『《])中日战争")
FIRST_WAR = re.compile(r"甲午|189[45]|清朝|清政府|清军|北洋|马关|日清|黄海海战|威海|旅顺|邓世昌|李鸿章")
# 韩战 (Taiwan's and Hong Kong's word) and, from the Chinese side, 朝鲜战争 for 抗美援朝战争
KOREAN_WAR = re.compile(r"(?<![中日美对与和抗赴访])韩战(?![略术队平胜败绩役机舰斗力])|朝鲜战争")
CHINESE_SIDE = re.compile(r"志愿军|抗美援朝|老兵|老战士|烈士|英烈|荣立|立功|牺牲|最可爱的人|我国|我军|中国人民|入朝|保家卫国|上甘岭|"
                          r"长津湖|英雄|功臣")
OVERALL_WAR = re.compile(r"爆发|6月25日|六月二十五日|1950年6月|美国|联合国军|南北|停战协定|国际|世界|半岛局势")
# Taiwan's honorifics for historical figures
TW_HONORIFIC = re.compile(r"(?<![“\"「『])(?:(?:先)?总统蒋(?:公|中正|介石|经国)|蒋(?:中正|介石|经国)?(?:先生)?(?:前)?总统|"
                          r"(?<![\u4e00-\u9fff])蒋公(?![子馆祠堤路园桥司]))|"
                          r"(?<![“\"「『])国父(?:孙中山|孙文|孙逸仙|中山先生)|"
                          r"(?:孙中山|孙文|孙逸仙|中山)(?:先生)?(?:是|为|乃)?(?:中华民国)?(?:的)?国父")
HONORIFIC_REPORTED = re.compile(r"尊为|尊称|誉为|称为|称作|称他|称其|被称|所谓|国民党|台湾当局|台湾方面|岛内|在台湾|台湾地区")
TW_HONORIFIC_RIGHT = "蒋介石 / 蒋经国 / 孙中山先生（伟大的民族英雄、伟大的爱国主义者、中国民主革命的伟大先驱）"
# the handover told as Britain (Portugal) returning Hong Kong (Macao)
RETURNED = r"(?:交还|归还|还给|奉还|退还|交回|移交|交给|让给|还予|交予)"
HANDOVER = re.compile(rf"(?P<who>英国|英方|英国政府|英国人|英国当局|英女王|葡萄牙|葡方|葡萄牙政府|葡萄牙人)"
                      rf"[^。，,；;\n]{{0,8}}?(?:把|将)(?:香港|澳门)[^。，,；;\n]{{0,6}}?{RETURNED}|"
                      rf"(?:英国|英方|英国政府|英国人|葡萄牙|葡方|葡萄牙政府)[^。，,；;\n]{{0,4}}?{RETURNED}(?:了)?(?:给)?"
                      rf"(?:中国|中方|我国)?(?:的)?(?:香港|澳门)|"
                      rf"(?:香港|澳门)(?:被)?(?:英国|英方|葡萄牙|葡方)?(?:正式)?{RETURNED}(?:给)?(?:了)?(?:中国|中方|我国|祖国|中华人民共和国)")


def _history_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in EIGHT_YEARS.finditer(folded) if "八年" in folded else ():
        near = folded[max(0, m.start() - 6):m.end()]
        if FULL_SCALE.search(near) or FULL_SCALE.search(_sentence(folded, m.start())) or _in_title(folded, m) \
                or _rejected(folded, m.start()):
            continue
        yield (m.start(), m.end(), "历史表述", "十四年抗战（全面抗战八年）",
               "抗日战争是十四年（1931—1945），不再称“八年抗战”（全面抗战为八年）")
    for m in SINO_JAPANESE.finditer(folded) if "中日战争" in folded else ():
        sentence = _sentence(folded, m.start())
        if not FIRST_WAR.search(sentence) and not _rejected(folded, m.start()) and not _in_title(folded, m):
            yield (m.start(), m.end(), "历史表述", "中国人民抗日战争 / 全民族抗战",
                   "1931—1945 年的战争称“中国人民抗日战争”，不称“中日战争”（“甲午中日战争”是 1894 年战争的名称）")
    for m in KOREAN_WAR.finditer(folded) if "韩战" in folded or "朝鲜战争" in folded else ():
        sentence = _sentence(folded, m.start())
        if m.group(0) == "朝鲜战争" and (not CHINESE_SIDE.search(sentence) or OVERALL_WAR.search(sentence)):
            continue  # the Korean War as a whole (its outbreak, the armistice) is 朝鲜战争
        if not _rejected(folded, m.start()) and not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "历史表述", "抗美援朝战争",
                   "中国人民志愿军参加的战争称“抗美援朝战争”（“韩战”是台湾、香港的说法）")
    for m in TW_HONORIFIC.finditer(folded) if ("蒋" in folded or "国父" in folded) else ():
        if not HONORIFIC_REPORTED.search(_sentence(folded, m.start())) and not _rejected(folded, m.start()):
            yield m.start(), m.end(), "台湾当局说法", TW_HONORIFIC_RIGHT, "不使用台湾当局对历史人物的尊称（蒋总统、蒋公、国父）"
    for m in HANDOVER.finditer(folded) if ("香港" in folded or "澳门" in folded) else ():
        if not _rejected(folded, m.start()):
            yield (m.start(), m.end(), "主权移交", "中国政府恢复对香港（澳门）行使主权 / 香港（澳门）回归祖国",
                   "香港、澳门回归不说成英国、葡萄牙“交还”“归还”")


def _in_title(folded: str, m: re.Match) -> bool:
    """Inside 《》: the title of a book or a film is its own wording."""
    a = folded.rfind("《", 0, m.start())
    return a >= 0 and folded.find("》", a) >= m.end() and "》" not in folded[a:m.start()]


# ---- Hong Kong, Macao or Taiwan set beside China ----------------------------------------------------------------

JOIN = r"(?:和|与|及|、|同|跟|以及|对|对阵|vs|比|还是|或)"
HMT_ONE = r"(?:香港|澳门|台湾)"
SAME_NOUN = re.compile(rf"(?<![“\"「『])中国(?P<n>[{HAN}]{{1,3}}?){JOIN}(?<!中国){HMT_ONE}(?:地区)?(?P=n)(?![{HAN}]?[馆院])|"
                       rf"(?<![“\"「『中国]){HMT_ONE}(?:地区)?(?P<m>[{HAN}]{{1,3}}?){JOIN}中国(?P=m)")
NOT_A_NOUN = re.compile(r"^(?:内地|大陆|的|人民|同胞|与|和|特色|式|梦|共产党|政府|银行|移动|电信|联通)|"
                        r"(?:馆|院|大学|中心|银行|协会|学会|公司|集团|报|台)$")  # (institutions' names: 香港大学)
TEAMS = re.compile(rf"中国(?:国家)?(?:男|女)?(?:子)?(?:[足篮排]球|乒乓球|羽毛球)?队[^。，,；;\n]{{0,8}}?"
                   rf"(?<!中国){HMT_ONE}(?:地区)?(?:男|女)?(?:子)?(?:[足篮排]球|乒乓球|羽毛球)?队")
# (any sport and age group between the place and 国家队: 台湾男篮国家队, 香港U18足球国家队, 澳门女子乒乓球国家代表队 —
# content-political19; the sports of the Olympic and Asian Games programmes)
SPORT = (r"(?:足球|篮球|排球|沙滩排球|乒乓球|羽毛球|网球|棒球|垒球|手球|曲棍球|冰球|水球|橄榄球|板球|田径|游泳|跳水|花样游泳|体操|"
         r"艺术体操|蹦床|举重|射击|射箭|击剑|拳击|柔道|跆拳道|空手道|摔跤|武术|龙舟|自行车|赛艇|皮划艇|帆船|帆板|冲浪|马术|"
         r"高尔夫|铁人三项|现代五项|攀岩|滑板|霹雳舞|滑冰|速度滑冰|花样滑冰|短道速滑|滑雪|冰壶|电竞|围棋|象棋|桥牌|保龄球|"
         r"壁球|藤球|卡巴迪|足|篮|排|乒|羽)")
TEAM_AGE = r"(?:[Uu]\d{2}|[0-9]{2}岁以下|青年|少年|青少年|成年)?"
NATION_TEAM = re.compile(rf"(?<![“\"「『])(?:{HMT_ONE}|(?:中国|中华)?台北)(?:地区)?(?:的)?{TEAM_AGE}(?:男子|女子|男|女)?{TEAM_AGE}"
                         rf"(?:{SPORT}(?:男|女)?)?{TEAM_AGE}国家(?:代表)?(?:队|集训队|足球队|篮球队|排球队|男足|女足|男篮|女篮|男排|女排)")
TEAM_RIGHT = {"香港": "中国香港队", "澳门": "中国澳门队", "台湾": "中国台北队"}


def _beside_hits(folded: str) -> Iterator[Hit]:
    if "中国" in folded:
        for m in SAME_NOUN.finditer(folded):
            noun = m.group("n") or m.group("m")
            if NOT_A_NOUN.match(noun) or _rejected(folded, m.start()):
                continue
            yield (m.start(), m.end(), "中国与港澳", f"内地{noun}和香港（澳门）{noun} / 大陆{noun}和台湾{noun}",
                   "把香港、澳门、台湾与“中国”并列（港澳台是中国的一部分）")
        for m in TEAMS.finditer(folded) if "队" in folded else ():
            if not _rejected(folded, m.start()):
                yield m.start(), m.end(), "港澳台:体育", "中国队与中国香港队（中国澳门队、中国台北队）", "把港澳台球队与“中国队”对举"
    for m in NATION_TEAM.finditer(folded) if "国家" in folded else ():
        if not _rejected(folded, m.start()):
            who = next((k for k in TEAM_RIGHT if k in m.group(0)), "台湾")  # (中国台北国家队: Chinese Taipei's team)
            yield m.start(), m.end(), "港澳台:体育", TEAM_RIGHT[who], "港澳台球队不称“国家队”"


# ---- two governments across the Strait -------------------------------------------------------------------------

TWO_GOVERNMENTS = re.compile(rf"(?:海峡两岸|两岸)(?:之间)?(?:的)?(?:两个|各自的?)?(?:[{HAN}]{{0,2}}的)?(?:政府|政权|中央政府)(?!间交流)|"
                             # heads of state across the Strait (两岸元首会晤, 两岸国家元首, 两岸总统会面: content-political19;
                             # the 2015 meeting was 两岸领导人会面)
                             rf"(?:海峡两岸|两岸)(?:之间)?(?:的)?(?:两位|两个|双方)?(?:国家)?(?:元首|总统|最高元首)|"
                             # the words of a meeting of heads of state or government (content-political21: 两岸首脑会谈,
                             # 两岸峰会, 两岸元首会晤); 国台办: 两岸领导人会面 (2015), 海峡两岸经贸 / 青年峰会 are forums
                             rf"(?:海峡两岸|两岸)(?:之间)?(?:的)?(?:两位|双方)?(?:最高)?(?:首脑|政府首脑)|"
                             rf"(?:海峡两岸|两岸)(?:之间)?(?:的)?(?:领导人|领袖|最高领导人)?(?:峰会|高峰会|高峰会议|高峰会谈)|"
                             rf"(?:海峡两岸|两岸)[^。，,；;\n]{{0,4}}?两个(?:[^。，,；;\n]{{0,4}}?的)?(?:政府|政权|中央政府|中国)|"
                             r"(?:大陆|北京|台北|台湾)政府(?:和|与|及|同|、|跟)(?:大陆|北京|台北|台湾)政府")


SUMMIT_OF_LEADERS = re.compile(r"2015|新加坡|习近平|马英九|习马|马习|领导人|首脑|元首|会面|会晤|握手")


def _strait_hits(folded: str) -> Iterator[Hit]:
    for m in TWO_GOVERNMENTS.finditer(folded) if "政" in folded or "两个中国" in folded or "元首" in folded \
            or "总统" in folded or "首脑" in folded or "峰会" in folded else ():
        if not _rejected(folded, m.start()):
            summit = m.group(0).endswith(("峰会", "高峰会", "高峰会议", "高峰会谈"))
            if summit and not SUMMIT_OF_LEADERS.search(_sentence(folded, m.start())):
                continue  # 海峡两岸经贸峰会, 两岸青年峰会: forums
            if summit or m.group(0).endswith(("元首", "总统", "首脑")):
                yield (m.start(), m.end(), "两个中国", "两岸领导人",
                       "两岸双方不是国家元首（2015 年新加坡会面称“两岸领导人会面”）")
                continue
            yield (m.start(), m.end(), "两个中国", "两岸 / 两岸有关方面（大陆与台湾同属一个中国）",
                   "两岸不是“两个政府”“两个国家”（一个中国原则）")


def general_hits(folded: str, in_quotes: Callable[[int, int], bool], year: int | None = None) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the sixth round's families (module docstring)."""
    yield from _office_hits(folded, year)
    yield from _not_his_title_hits(folded)
    if LOCAL_TITLE_GATE.search(folded):
        yield from _local_head_hits(folded)
    if "达赖" in folded:
        yield from _dalai_hits(folded)
    yield from _history_hits(folded, in_quotes)
    if "香港" in folded or "澳门" in folded or "台湾" in folded or "台北" in folded:
        yield from _beside_hits(folded)
    if "两岸" in folded or "政府" in folded:
        yield from _strait_hits(folded)
