"""Politically wrong wording, thirty-sixth session, phase B (content-political36; POLITICAL_CHECKLIST.md items 500–510):
the layers dev31's misses showed, each read over an inventory or a whole class of entities, not the part's words.

* **An occupier's rule told neutrally** (``OCCUPIER_RULE``) — a foreign state or its army (日本, 日军, 英国, 葡萄牙, 荷兰,
  西班牙, 法国, 德国, 沙俄) + 统治 + a period word (时期, 期间, 时代, 以来, 下 …) in a sentence about a Chinese place (海南,
  台湾, 香港, 澳门, 东北, 青岛, 大连, 旅顺, 威海, 澎湖, 广州湾 …): the period is an occupation, a colonial rule (日本侵占
  时期, 日据时期, 港英统治时期, 澳葡时期); 殖民统治 / 侵略 / 侵占 before it, and a sentence about the occupier's own country,
  are right (补全第 231 条只读英治、葡治等缩写).
* **The islands of a Chinese sea as a class called undetermined** (``SEA_ISLANDS_STATUS``) — 南海 / 东海 (的) (部分 / 一些 /
  个别 / 有关) 岛礁 / 岛屿 / 诸岛 + 主权 / 归属 + 未定 / 待定 / 不明 / 存在争议 (补全第 152、434 条只读具名的岛礁).
* **A superseded official wording of a formulation used for the present** (``SUPERSEDED``) — the 2014 wording of the four
  comprehensives (全面建成小康社会, replaced by 全面建设社会主义现代化国家 at the fifth plenum of the 19th CC, 2020) and the
  2007/2012 wording of the Party's building (反腐倡廉建设, replaced by 纪律建设 and 政治建设 in 2017) in an enumeration of the
  formulation in a post of a later year, without a word of the past (提出, 当时, 时期, 年份 before the change, 十八大 …).
* **Taiwan's names of international bodies** (``TW_BODY_NAMES``) — 大英国协 (英联邦), 东协 (东盟), 独立国协 (独联体), 亚太经合会
  (亚太经合组织), 经济合作暨发展组织 (经济合作与发展组织), 世界卫生大会 is the same in both and not read; 所谓, quotes and a
  sentence that names the wording as Taiwan's (台湾称) are right (补全第 409 条的国名译名).
* **China's own principle under the foreign states' word** (``ONE_CHINA_POLICY``) — 一个中国政策 where China is the subject
  (我们 / 我国 / 中方 / 中国 / 我省 / 我市 / 始终 / 坚持 before it with no foreign state in the sentence): China's own is
  the one-China principle (一个中国原则); 美方的一个中国政策, 各国奉行一个中国政策 are right.
* **The Vietnamese name of the South China Sea** (``VIET_EAST_SEA``) — 越南东海 (Biển Đông rendered in Chinese); 越南东海岸,
  越方称 / 又称 / 即南海 are right (补全第 151 条未收的“越方把南海称东海”：国名在前时可以从文字区分).
* **The SAR's Basic Law called its constitution with an article number** (``SAR_CONSTITUTION``) — 香港宪法第×条 / 澳门宪法
  第×条 (the Basic Law's articles, 基本法第二十三条); the national Constitution's articles are 宪法第×条 without the region's
  name before 宪法 (补全第 188 条，后者不读“第”).

``shape_hits(folded, in_quotes, year)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.content_political import REJECTS, _sentence, so_called

Hit = tuple[int, int, str, str, str]

PERIOD = r"(?:时期|时代|期间|初期|中期|前期|后期|末期|年间|以来|以前|之下|下的|时的|下)"
OCCUPIER_RULE = re.compile(rf"(?<!殖民)(?<!侵略)(?<!侵占)(?<!殖民者)(?P<w>日本|日军|日寇|日伪|英国|葡萄牙|荷兰|西班牙|法国|德国|沙俄|俄国)"
                           rf"(?:的)?统治{PERIOD}")
CHINESE_PLACE = re.compile(r"海南|琼崖|台湾|澎湖|香港|九龙|新界|澳门|东北|青岛|胶州湾|胶澳|大连|旅顺|威海|广州湾|湛江|鼓浪屿|"
                           r"我省|我市|本岛|全岛")
OCCUPIER_RIGHT = {"日本": "日本侵占时期（台湾：日据时期）", "日军": "日军侵占时期", "日寇": "日军侵占时期", "日伪": "日伪统治（沦陷）时期",
                  "英国": "港英统治时期 / 英国殖民统治时期", "葡萄牙": "澳葡时期 / 葡萄牙殖民统治时期", "荷兰": "荷据时期",
                  "西班牙": "西班牙殖民统治时期", "法国": "法国殖民统治（租借）时期", "德国": "德国侵占时期",
                  "沙俄": "沙俄侵占时期", "俄国": "沙俄侵占时期"}
OCCUPIER_HOME = re.compile(r"朝鲜|韩国|印度|缅甸|新加坡|马来|越南|菲律宾|印尼|印度尼西亚|非洲|美洲|拉丁|殖民地国家")

SEA_ISLANDS_STATUS = re.compile(
    r"(?:南海|东海)(?:的|地区)?(?:部分|一些|个别|有关|相关|多数|大部分|许多|不少|诸多|若干)?(?:岛礁|岛屿|诸岛|群岛)"
    r"(?:的)?(?:主权|归属|领土主权|主权归属)(?:问题)?(?:尚|仍|仍然|至今|一直|还|目前)?"
    r"(?:未定|待定|不明|未决|悬而未决|有待确定|存在争议|有争议|存有争议)")
SEA_REJECTED = re.compile(REJECTS.pattern + r"|不存在|无可争辩|毋庸置疑|不容置疑|固有领土|炒作|声称|宣称|主张|否认|歪曲|并非|不是|"
                          r"说法|论调|错误")

# formulation → (the item only the superseded wording has, the other items, the first year it is outdated, right wording)
SUPERSEDED = (
    ("四个全面", "全面建成小康社会", ("全面深化改革", "全面依法治国", "全面从严治党"), 2021,
     "全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党",
     "“四个全面”战略布局自党的十九届五中全会（2020 年）起表述为“全面建设社会主义现代化国家”（全面建成小康社会已实现）"),
    ("党的建设", "反腐倡廉建设", ("思想建设", "组织建设", "作风建设", "制度建设"), 2018,
     "政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中",
     "党的建设总要求自党的十九大（2017 年）起为政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中"),
)
PAST_WORDS = re.compile(r"提出|首次|当时|那时|时任|时期|回顾|历程|曾|十八大|十七大|十八届|年来|以来|历史|(?<!\d)(?:19\d\d|20[01]\d|2020)年")

TW_BODY_NAMES = {"大英国协": "英联邦", "东协": "东盟（东南亚国家联盟）", "独立国协": "独联体（独立国家联合体）",
                 "亚太经合会": "亚太经合组织", "经济合作暨发展组织": "经济合作与发展组织", "世界卫生组织大会": "世界卫生大会",
                 "国际刑警组织大会": "国际刑警组织全体大会"}
TW_BODY = re.compile(r"(?<![a-z])(?:大英国协|(?<![广山华中日韩美江河辽关远])东协(?=国家|成员|各国|十国|峰会|秘书|自贸|自由贸易|经济|外长|"
                     r"[，。、,;；)）])|独立国协|亚太经合会(?!议)|经济合作暨发展组织)")
TW_NAMED = re.compile(r"台湾(?:地区)?(?:方面|当局|媒体)?(?:称|叫|译作|译为|所称|的叫法|的译名)|又称|译名|叫法|称为|所谓")

ONE_CHINA_POLICY = re.compile(r"一个中国政策")
OUR_SIDE = re.compile(r"(?:我们|我国|中方|中国政府|我省|我市|我区|我县|党和政府|我党)[^。；;!?！？\n]{0,12}$|(?:始终|一贯|坚定)?坚持$")
FOREIGN_SIDE = re.compile(r"[美英法德日俄韩印澳加欧]方|美国|各国|国际社会|建交国|有关国家|该国|两国|双方|联合国|奉行|恪守|承诺|重申|"
                          r"(?:[\u4e00-\u9fff]{1,6})(?:政府|总统|总理|首相|外长)")

# the Vietnamese name of the South China Sea (Biển Đông) in Chinese: 越南东海 (the 东海 of Vietnam, not China's 东海);
# 越南东海岸 / 东海沿海 are its coast
VIET_EAST_SEA = re.compile(r"越南(?:的|所称的?)?东海(?!岸|沿海|之滨|边)")

SAR_CONSTITUTION = re.compile(r"(?:香港|澳门)(?:特区|特别行政区)?宪法第[一二三四五六七八九十百零\d]+条")


def _occupier_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in OCCUPIER_RULE.finditer(folded) if "统治" in folded else ():
        sentence = _sentence(folded, m.start())
        if not CHINESE_PLACE.search(sentence) or OCCUPIER_HOME.search(sentence) or "殖民" in folded[max(0, m.start() - 6):m.end()]:
            continue
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()):
            continue
        yield (m.start(), m.end(), "历史称谓", OCCUPIER_RIGHT[m.group("w")],
               "外国对我国领土的侵占、殖民统治不用中性的“统治时期”：日本侵占时期（台湾称日据时期）、港英统治时期、澳葡时期")


def _sea_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in SEA_ISLANDS_STATUS.finditer(folded) if ("南海" in folded or "东海" in folded) else ():
        if in_quotes(m.start(), m.end()) or SEA_REJECTED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "岛礁归属", "南海诸岛是中国领土（主权无可争辩）",
               "把我国南海、东海的岛礁说成主权未定、存在争议")


def _superseded_hits(folded: str, year: int | None) -> Iterator[Hit]:
    if year is None:
        return
    for _name, old, others, since, right, why in SUPERSEDED:
        if year < since or old not in folded:
            continue
        items = "|".join(map(re.escape, (old,) + others))
        for m in re.finditer(rf"(?:(?:{items})(?:[、,，和与及]|以及)?){{3,}}", folded):
            if old not in m.group(0):
                continue
            sentence = _sentence(folded, m.start())
            if PAST_WORDS.search(sentence) or REJECTS.search(sentence):
                continue
            at = m.start() + m.group(0).index(old)
            yield at, at + len(old), "提法改字", right, why


def _tw_body_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in TW_BODY.finditer(folded):
        if in_quotes(m.start(), m.end()) or TW_NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "台湾用语", TW_BODY_NAMES[m.group(0)],
               "国际组织名称用我国规范译名，不用台湾地区的译名")


def _one_china_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in ONE_CHINA_POLICY.finditer(folded) if "一个中国政策" in folded else ():
        sentence = _sentence(folded, m.start())
        before = sentence[:sentence.find("一个中国政策")] if "一个中国政策" in sentence else ""
        if in_quotes(m.start(), m.end()) or FOREIGN_SIDE.search(sentence) or not OUR_SIDE.search(before):
            continue
        yield (m.start(), m.end(), "涉台提法", "一个中国原则",
               "我国自己的立场是“一个中国原则”；“一个中国政策”是外国政府的表述")


def _sar_constitution_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in SAR_CONSTITUTION.finditer(folded) if "宪法第" in folded else ():
        if in_quotes(m.start(), m.end()) or REJECTS.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "港澳", "香港（澳门）基本法第×条",
               "基本法是全国人大制定的基本法律，不是特别行政区的“宪法”")


def _viet_sea_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in VIET_EAST_SEA.finditer(folded) if "越南" in folded else ():
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or \
                re.search(r"越方称|越南称|越南所称|越南叫|越南语|又称|即南海", _sentence(folded, m.start())):
            continue
        yield m.start(), m.end(), "岛礁归属", "南海", "南海不用越方名称“东海”（Biển Đông）"


def shape_hits(folded: str, in_quotes: Callable[[int, int], bool], year: int | None = None) -> Iterator[Hit]:
    yield from _occupier_hits(folded, in_quotes)
    yield from _sea_hits(folded, in_quotes)
    yield from _superseded_hits(folded, year)
    yield from _tw_body_hits(folded, in_quotes)
    yield from _one_china_hits(folded, in_quotes)
    yield from _sar_constitution_hits(folded, in_quotes)
    yield from _viet_sea_hits(folded, in_quotes)
