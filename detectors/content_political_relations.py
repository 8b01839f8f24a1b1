"""Politically wrong wording, thirty-third session (content-political33; POLITICAL_CHECKLIST.md items 458–465; sources in
``lexicons/SOURCES.md``, “第三十三次会话”): relations read over whole inventories — each reading pairs an entity type
with an attribute or a position its type cannot have, whatever member of either inventory is written.

* **Taiwan in a pair of states with diplomatic relations** (``_tw_diplomacy_hits``, item 458) — the entity is Taiwan
  (台湾, 台湾地区, 台湾当局) joined to any state of ``lexicons/countries.txt`` by 与 / 和 / 同 / 跟, or 台 written
  with a state's one-character abbreviation as a pair (台日, 美台, 台美, 日台, 欧台 …); the attribute is a relation only
  states have: 外交 (外交关系), 邦交, 建交, 断交, 复交 (《关于正确使用涉台宣传用语的意见》: 台湾与外国没有“外交关系”,
  称“官方往来”或所谓“外交”). The scare quotes of the whole pair do not right it (the guidelines ask for 所谓); 所谓
  before it or the relation word alone in quotes (美台“断交”) is right. The reverse order (与台湾建交) is ``PAT``
  ``台湾:外交``.
* **A trip to Hong Kong, Macao or Taiwan called going abroad** (``_hmt_abroad_hits``, item 459) — a verb of travel
  to any of the three (赴台, 赴港, 赴澳, 赴港澳, 到台湾, 前往香港 …) and, in the same phrase, 出国 / 出访 / 出境游 of
  going abroad, or 出国 before the destination (出国到台湾); a list that names the two trips apart (赴台、出国手续)
  is right. The Xinhua list: 港澳台居民往来大陆不称“回国”“出国”（item 37 reads the residents' side）.
* **A leader's titles out of their protocol order** (``_title_order_hits``, item 460) — in a chain of titles joined by
  、 the Party's central titles (中共中央总书记, 中央政治局常委 / 委员, 中央书记处书记) stand before the state's and the
  other central bodies' (国家主席, 国务院总理, 全国人大常委会委员长, 全国政协主席, 中央军委主席 …), and 国家主席 before 中央军委主席
  (the order of every Xinhua dispatch: 中共中央总书记、国家主席、中央军委主席; 中共中央政治局常委、国务院总理).
* **A present conflict under the name of a war** (``_conflict_hits``, item 461) — the conflicts the Ministry of Foreign
  Affairs names 危机 or 冲突 (乌克兰危机 / 俄乌冲突, 巴以冲突, 黎以冲突, 以伊冲突, 印巴冲突, 泰柬边境冲突) by the pair of
  the parties' abbreviations in either order + 战争 / 大战, and 加沙战争. The India–Pakistan wars of 1947, 1965 and
  1971 (第一次…印巴战争, a year before 2000) are history; 所谓, a quote or a sentence that names the word is right.
* **A Special Administrative Region's head under another title** (``_sar_head_hits``, item 462) — 香港 / 澳门 + 特区 /
  特别行政区 (+ 政府) + 首长 / 首脑 used as a title (澳门特区首长率团): the office is 行政长官 (基本法第四十三条). The Basic
  Laws' own sentences (行政长官是香港特别行政区的首长; 特区政府的首长是行政长官: 的 before, 是 after) are right.
* **One of China's peoples under a slur of its one-character stem** (``_slur_stem_hits``, item 463) — the one-character
  stems of ``data/ethnic_groups.txt`` (苗, 瑶, 侗, 彝 …) + 蛮 as a noun (征伐苗蛮, 瑶蛮的故事; not the adverb 蛮 of 苗蛮好)
  or + 子 before a word for a person (苗子姑娘, 侗子阿妹; 好苗子 is a seedling) — 政务院《关于处理带有歧视或侮辱少数民族
  性质的称谓、地名、碑碣、匾联的指示》(1951). A sentence that names the word (旧称, 蔑称, 称为 …), a quote, 所谓 and the
  academic 苗蛮集团 are right.
* **The national map called a map of the mainland** (``_mainland_map_hits``, item 464) — 中国大陆 + 地图 / 全图 / 版图 /
  政区图: the map of China includes Taiwan (自然资源部《公开地图内容表示规范》: 中国全图); a quote, 所谓 or a rejection is
  right.
* **A period of the Party's history under a discarded name** (``_period_hits``, item 465) — 三年自然灾害 (时期),
  三年大饥荒 for 三年困难时期 (中共中央党史研究室《中国共产党历史》第二卷: 1959—1961 年的严重困难); a quote, 所谓 or a
  sentence that names the word is right.

``relation_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from detectors.content_political import _sentence, countries, so_called
from detectors.content_political_names import ethnic_names

Hit = tuple[int, int, str, str, str]

# a sentence that names or rejects the wording rather than using it
NAMED = re.compile(r"所谓|称为|称作|叫做|旧称|蔑称|侮辱|歧视|说法|不能称|不应|不宜|不得|不要|错误|而非|而不是|不是|并非|应称|应为|"
                   r"改称|误称|纠正|更正|规范")

# ---- 458: Taiwan in a pair of states with diplomatic relations -----------------------------------------------------

# one-character abbreviations of states (and the EU) that pair with 台 (美台, 台日, 欧台)
STATE_ABBR = "美日韩英法德俄菲越泰印澳加新马梵巴欧捷立荷瑞意西"
RELATION = r"(?:之间)?(?:的)?(?:正式|官方)?(?P<{}>外交关系|外交|邦交|建交|断交|复交)"


@lru_cache(maxsize=1)
def _tw_diplomacy() -> re.Pattern:
    states = "|".join(sorted((c for c in countries() if c != "中国" and len(c) >= 2), key=len, reverse=True))
    return re.compile(rf"(?<![中两])(?P<pair>台[{STATE_ABBR}]|[{STATE_ABBR}]台)" + RELATION.format("rel") + "|"
                      rf"(?P<tw>台湾(?:地区)?(?:当局)?)(?:与|和|同|跟)(?:{states})" + RELATION.format("rel2"))


def _tw_diplomacy_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "台" not in folded:
        return
    for m in _tw_diplomacy().finditer(folded):
        a, r = m.start(), m.start("rel") if m.group("rel") else m.start("rel2")
        if so_called(folded, a) or so_called(folded, r) or (r > 0 and folded[r - 1] in "“\"「『'‘"):
            continue
        if m.group("pair") and folded[a:a + 2] in ("新台", "澳台") and "币" in folded[a + 2:a + 3]:
            continue
        yield (a, m.end(), "台湾:外交", "官方往来 / 所谓“外交”",
               "台湾地区与外国没有“外交”“邦交”，只有所谓“外交”或非官方往来")


# ---- 459: a trip to Hong Kong, Macao or Taiwan called going abroad -------------------------------------------------

HMT_TRIP = re.compile(r"(?:赴(?:港澳台|港澳|台港澳|台湾|香港|澳门|台|港|澳)|(?:去|到|前往)(?:港澳台|港澳|台湾|香港|澳门))(?:地区)?"
                      r"(?P<gap>[^、，。；;,!！？?和及与或\n]{0,4}?)(?P<abroad>出国|出访)|"
                      r"(?P<abroad2>出国)(?:到|去|赴|前往)(?:台湾|香港|澳门|港澳)")


# …and the other way (item 37 read from the residents' side, content-political39): a Taiwan, Hong Kong or Macao
# resident, compatriot or visitor who 出国 / 出境 to come to the mainland (台湾居民出国来渝, 港澳同胞出国到内地) — the
# trip is 来大陆 / 来内地. 出国 to another state (台湾居民出国到日本) is not read: only 来 (to the writer, a mainland
# account) or a mainland destination after the verb.
HMT_RESIDENTS = (r"(?:(?:台湾|香港|澳门|港澳|港澳台)(?:地区)?(?:的)?(?:同胞|居民|游客|旅客|青年|学生|乡亲|民众|客商|朋友|亲友)|"
                 r"港澳台胞|台胞|台商|港商)")
HMT_OUT_TO_MAINLAND = re.compile(HMT_RESIDENTS + r"[^、，。；;,!！？?和及与或\n]{0,4}?(?P<abroad>出国)"
                                 r"(?:来|(?:到|去|赴|前往|回|进入)(?:祖国)?(?:大陆|内地))")


def _hmt_abroad_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "出" not in folded:
        return
    for m in HMT_TRIP.finditer(folded):
        if in_quotes(m.start(), m.end()) or NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "港澳台:出国", "赴台（赴港、赴澳）交流 / 赴台研学",
               "往来台湾、香港、澳门不称“出国”“出访”")
    for m in HMT_OUT_TO_MAINLAND.finditer(folded) if "出国" in folded else ():
        if in_quotes(m.start(), m.end()) or NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "港澳台:出国", "来大陆（来内地）",
               "台湾、香港、澳门居民往来大陆（内地）不称“出国”")


# ---- 460: a leader's titles out of their protocol order ------------------------------------------------------------

PARTY_TITLE = (r"(?:中共中央|中央)?总书记|(?:中共)?中央政治局(?:常委|常务委员会委员|委员|候补委员)|"
               r"(?:中共)?中央书记处(?:书记|候补书记)")
STATE_TITLE = (r"(?:中华人民共和国)?国家(?:副)?主席|国务院(?:常务)?(?:副)?总理|国务委员|全国人大常委会(?:副)?委员长|"
               r"全国政协(?:副)?主席|中央军委(?:副)?主席|国家监委主任|最高人民法院院长|最高人民检察院检察长")
TITLE_ORDER = re.compile(rf"(?P<state>{STATE_TITLE})、(?P<party>{PARTY_TITLE})|"
                         r"(?P<mil>中央军委主席)、(?P<head>(?:中华人民共和国)?国家主席)")


def _title_order_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not ("书记" in folded or "政治局" in folded or "军委主席" in folded):
        return
    for m in TITLE_ORDER.finditer(folded):
        if in_quotes(m.start(), m.end()):
            continue
        if m.group("state"):
            right = f"{m.group('party')}、{m.group('state')}"
        else:
            right = f"{m.group('head')}、{m.group('mil')}"
        yield (m.start(), m.end(), "领导人职务", right,
               "领导人的职务按党内职务、国家职务、军委职务的顺序排列（中共中央总书记、国家主席、中央军委主席）")


# ---- 461: a present conflict under the name of a war ---------------------------------------------------------------

# pair of parties (either order) → the Ministry of Foreign Affairs' name of the conflict
CONFLICTS = {"俄乌": "乌克兰危机（俄乌冲突）", "乌俄": "乌克兰危机（俄乌冲突）", "巴以": "巴以冲突", "以巴": "巴以冲突",
             "以哈": "巴以冲突（新一轮巴以冲突）", "哈以": "巴以冲突（新一轮巴以冲突）", "黎以": "黎以冲突", "以黎": "黎以冲突",
             "伊以": "以伊冲突", "以伊": "以伊冲突", "印巴": "印巴冲突", "巴印": "印巴冲突", "泰柬": "泰柬边境冲突",
             "柬泰": "泰柬边境冲突", "加沙": "加沙冲突（巴以冲突）"}
CONFLICT = re.compile(rf"(?<![两])(?P<pair>{'|'.join(CONFLICTS)})(?:之间的)?(?:战争|大战)(?!片|剧|电影)")
CONFLICT_PAST = re.compile(r"第[一二三四五]次|1[89]\d\d|历次|三次|史上|历史")


def _conflict_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "战" not in folded:
        return
    for m in CONFLICT.finditer(folded):
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or NAMED.search(sentence) or "《" in folded[max(0, m.start() - 12):m.start()]:
            continue
        if m.group("pair") in ("印巴", "巴印") and CONFLICT_PAST.search(sentence):
            continue  # the India–Pakistan wars of 1947, 1965 and 1971
        yield (m.start(), m.end(), "外交:冲突名称", CONFLICTS[m.group("pair")],
               "对当前的地区冲突使用外交部的称谓（乌克兰危机、巴以冲突等），不称“战争”")


# ---- 462: a Special Administrative Region's head under another title -----------------------------------------------

SAR_HEAD = re.compile(r"(?<![“\"「『])(?:香港|澳门|港澳)(?:特区|特别行政区)(?:政府)?(?:最高)?(?P<t>首长|首脑)(?!是|为|即)")


def _sar_head_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "首" not in folded:
        return
    for m in SAR_HEAD.finditer(folded):
        if in_quotes(m.start(), m.end()) or NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "港澳:国家职务", "行政长官",
               "特别行政区的首长称“行政长官”（基本法第四十三条），不作“特区首长”“特区首脑”等称谓")


# ---- 463: one of China's peoples under a slur of its one-character stem --------------------------------------------

@lru_cache(maxsize=1)
def _one_char_stems() -> str:
    stems = [name[0] for name in ethnic_names() if len(name) == 2 and name.endswith("族")]
    # 汉 (汉子), 白 (白蛮 of the Nanzhao's history), 土 (土蛮汗), 水 / 京 / 满 / 回 (other words; 回回 and 回子 are read by
    # CG ETHNIC_INSULT and TER)
    return "".join(s for s in stems if s not in "汉白土水京满回")


PERSON_AFTER = (r"(?:姑娘|小伙|阿妹|阿哥|阿妈|阿爸|妹子|妹妹|姐妹|兄弟|女人|男人|女子|男子|婆娘|老乡|同胞|群众|人家|"
                r"人(?!才|选|数|员|工)|村|寨)")


@lru_cache(maxsize=1)
def _slur_stem() -> re.Pattern:
    stems = _one_char_stems()
    return re.compile(rf"(?<![南北东西乌])(?P<m>[{stems}]蛮)(?=[的人族部地等和与之诸各归叛反乱、，。；,;!！?？)\n]|$)(?!集团)|"
                      rf"(?<![好小树育幼棵株批根新壮秧禾青麦稻菜鱼蟹虾果花])(?P<z>[{stems}]子){PERSON_AFTER}")


def _slur_stem_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "蛮" not in folded and "子" not in folded:
        return
    for m in _slur_stem().finditer(folded):
        word = m.group("m") or m.group("z")
        a = m.start("m") if m.group("m") else m.start("z")
        if in_quotes(a, a + 2) or NAMED.search(_sentence(folded, a)):
            continue
        yield (a, a + 2, "民族宗教", f"{word[0]}族",
               "对各民族不得使用旧社会流传的侮辱性称呼（政务院 1951 年指示）")


# ---- 464: the national map called a map of the mainland ------------------------------------------------------------

MAINLAND_MAP = re.compile(r"中国大陆(?:的)?(?:地图|全图|版图|政区图|行政区划图|疆域图)")


def _mainland_map_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "大陆" not in folded:
        return
    for m in MAINLAND_MAP.finditer(folded):
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "地图", "中国地图",
               "我国的国家地图是“中国地图”（含台湾岛、南海诸岛），不称“中国大陆地图”")


# ---- 465: a period of the Party's history under a discarded name ---------------------------------------------------

PERIOD = re.compile(r"三年(?:自然灾害|大饥荒)(?:时期|期间)?")


def _period_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "三年" not in folded:
        return
    for m in PERIOD.finditer(folded):
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "历史用语", "三年困难时期", "1959—1961 年的经济困难称“三年困难时期”")


def relation_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    yield from _tw_diplomacy_hits(folded, in_quotes)
    yield from _hmt_abroad_hits(folded, in_quotes)
    yield from _title_order_hits(folded, in_quotes)
    yield from _conflict_hits(folded, in_quotes)
    yield from _sar_head_hits(folded, in_quotes)
    yield from _slur_stem_hits(folded, in_quotes)
    yield from _mainland_map_hits(folded, in_quotes)
    yield from _period_hits(folded, in_quotes)
