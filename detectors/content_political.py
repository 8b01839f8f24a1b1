"""Politically wrong wording as rule families: each family reads as the policy it enforces, not as a list of forms.

* **Statehood of Taiwan** — the titles only a state has (外长, 防长, 元首, 首相, 阁揆, 首都, 国庆, 国号, 建国…) given to
  Taiwan's authorities without 所谓 or quotation marks (《关于正确使用涉台宣传用语的意见》: 台湾地区领导人, 台湾地区
  有关部门负责人).
* **Statehood of Hong Kong and Macao** — a state's or a colony's titles and bodies given to the special
  administrative regions (首相, 总统, 元首, 市长, 国会, 内阁, 行政院, 外交部, 总督…): their heads are 行政长官, their
  legislatures 立法会, their governments 特别行政区政府 (《香港特别行政区基本法》《澳门特别行政区基本法》).
* **Taiwan, Hong Kong or Macao counted among countries** — a list that is then counted as N 国 with as many items
  (香港、澳门、新加坡三国), a list closed by 等外国 / 等国家 / 等外资 (日资、韩资、台资等外国企业), and their people
  listed as a nationality beside a state's (中国籍、澳门籍、菲律宾籍): 国家和地区, 港澳台居民 (新华社禁用词和慎用词).
* **Names of China's territory used by others or by separatists** — 福尔摩沙 for Taiwan, 东京湾 for the Beibu Gulf,
  the McMahon line as a boundary, and formulas of "two Chinas" (一边一国, 一中一台) said as facts; a post that reports
  the name as a name (葡萄牙人称之为…), puts it in quotation marks or rejects it (所谓, 非法, 不承认) is right.
* **China beside Taiwan, Hong Kong or Macao** as two parties (中台医疗合作) in a sentence that speaks of them.
* **Names at international sport**: 中华台北 is the name agreed in 1989 for Chinese Taipei's teams and Olympic
  committee; outside sport it names Taiwan as a state of its own (中国台北, 台湾地区).

``statehood_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text; sources in
``detectors/lexicons/SOURCES.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

COUNTRIES_FILE = Path(__file__).resolve().parent / "lexicons" / "countries.txt"
HAN = "\u4e00-\u9fff"
CLAUSE_END = "。！？!?；;\n"


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Short Chinese names of sovereign states (``lexicons/countries.txt``; Taiwan, Hong Kong and Macao are not
    among them)."""
    out: set[str] = set()
    for line in COUNTRIES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            out.update(line.split())
    return frozenset(out)


def _sentence_bounds(folded: str, i: int, ends: str = "。！？!?\n") -> tuple[int, int]:
    a = max(folded.rfind(c, 0, i) for c in ends) + 1
    stops = [j for j in (folded.find(c, i) for c in ends) if j >= 0]
    return a, min(stops) if stops else len(folded)


def _sentence(folded: str, i: int) -> str:
    a, b = _sentence_bounds(folded, i)
    return folded[a:b]


# Words of a sentence that rejects, reports or quotes a wrong name instead of using it.
REJECTS = re.compile(r"所谓|非法|不承认|从未承认|拒不承认|无效|妄称|妄图|企图|图谋|鼓吹|炮制|抛出|谬论|叫嚣|反对|驳斥|批驳|"
                     r"分裂|挑衅|绝不|决不|不容|不是|制造|宣扬|渲染|谎称|声称|污蔑|错误")

# ---- statehood of Taiwan -----------------------------------------------------------------------------------

TW_STATE_TITLE = re.compile(
    r"(?P<who>(?:台湾|岛内|台当局|台湾当局|台方)(?:地区)?(?:的)?)(?:现任|新任|前任|首任|候任|前)?"
    r"(?P<title>外长|外交部长|防长|国防部长|内政部长|(?:国家)?元首|首相|阁揆|首都|国庆日?|国号|建国(?:纪念日)?|国会|"
    r"国父|开国|驻外大使)|"
    # 台 alone (台外长, 台防长) only before a minister's title: many places end in 台 (烟台, 邢台, 丰台, 五台)
    r"(?P<short>(?<![平舞站阳讲柜灶电擂看上下倒出后前同开登戏吧井月烛烟邢丰五天金兰])台)(?:现任|新任|前任|前)?"
    r"(?P<title2>外长|防长|外交部长|国防部长|阁揆)")
TW_TITLE_RIGHT = {"外长": "台湾地区外事部门负责人", "外交部长": "台湾地区外事部门负责人", "防长": "台湾地区防务部门负责人",
                  "国防部长": "台湾地区防务部门负责人", "内政部长": "台湾地区有关部门负责人", "元首": "台湾地区领导人",
                  "国家元首": "台湾地区领导人", "首相": "台湾地区领导人", "阁揆": "台湾地区行政管理机构负责人"}

# ---- statehood of Hong Kong and Macao ------------------------------------------------------------------------

HKM_STATE = re.compile(
    r"(?<![“\"「『])(?P<who>香港|澳门|港澳)(?:特区|特别行政区)?(?:政府)?(?:的)?(?:现任|新任|前任|首任|候任)?"
    r"(?P<title>首相|总理|总统|(?:国家)?元首|市长|省长|国会|议会|内阁|行政院|立法院|外交部|国防部|总统府|首相府|首都|"
    r"总督府?|外长|防长)(?![”\"」』])")
HKM_RIGHT = {"国会": "立法会", "议会": "立法会", "立法院": "立法会", "内阁": "行政会议", "行政院": "特别行政区政府",
             "外交部": "外交部驻特区特派员公署（外交事务由中央人民政府管理）", "国防部": "（防务由中央人民政府负责）",
             "总统府": "特别行政区政府总部", "首相府": "特别行政区政府总部", "总督府": "特别行政区政府总部（礼宾府）",
             "首都": "（特别行政区没有首都）"}
COLONIAL_HISTORY = re.compile(r"回归前|回归以前|港英|澳葡|殖民|历史|旧址|当年|彼时|时任|曾任|末任|历任|1[6-9]\d\d年|"
                              r"[一二三四五六七八九十]+年前|博物馆|展览|纪录片")

# ---- Taiwan, Hong Kong or Macao counted among countries -------------------------------------------------------

HMT_NAME = r"(?:中国)?(?:台湾|香港|澳门)(?:地区)?"
NUMERAL = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
COUNTED = re.compile(r"(?P<n>[两二三四五六七八九十]|\d{1,2})个?(?:国家|国)(?![内际营企有民度情产货籍策旗歌徽庆])"
                     r"(?!(?:和|及|与|或|、)?(?:（)?地区)")
LIST_SEP = re.compile(r"[、和与及]|以及")
HMT_ITEM = re.compile(r"^" + HMT_NAME + r"$")
HMT_TOKEN = r"(?:台湾|香港|澳门|台资|港资|澳资|台企|港企|澳企|台商|港商|澳商|港澳台资|港澳资)"
AMONG_FOREIGN = re.compile(r"(?<![“\"「『])" + HMT_TOKEN + r"(?:地区)?(?:企业)?"
                           r"(?:(?:[、和与及]|以及)[^。；;，,\n、等]{1,6}){0,5}等(?:其他|[两二三四五六七八九十\d]+个)?"
                           r"(?:外国|国家|国外|外资|外商|西方国家)"
                           r"(?!(?:和|及|与|或|、)?(?:港澳台)?(?:（)?地区)")
NATIONALITY = re.compile(r"(?P<who>" + HMT_NAME + r")籍")
OTHER_NATIONALITY = re.compile(r"([" + HAN + r"]{2,9}?)籍")

# ---- names of China's territory used by others or by separatists ---------------------------------------------

NAMES_REPORTED = re.compile(r"称|叫|名为|命名|得名|译名|旧名|殖民|葡萄牙|荷兰人|西班牙人|所谓")
FORMOSA = re.compile(r"(?<![“\"「『《])(?:福尔摩沙|福尔摩萨|福尔摩莎|福摩萨|福摩沙|formosa)(?![”\"」』》])")
TONKIN_GULF = re.compile(r"(?<![“\"「『])东京湾(?![”\"」』])")
BEIBU_CONTEXT = re.compile(r"北部湾|南海|广西|湛江|北海|钦州|防城|海南|雷州|涠洲|越南|渔场|渔民|渔业|海域|海洋意识|版图")
JAPAN_CONTEXT = re.compile(r"日本|东京都|横滨|千叶|神奈川|羽田|迪士尼|横须贺|富士")
MCMAHON = re.compile(r"(?<![“\"「『])麦克马洪线(?![”\"」』])")
TWO_CHINAS = re.compile(r"(?<![“\"「『])(?:一边一国|一中一台|两个中国|两国论|台湾主权独立|台湾是主权国家)(?![”\"」』])")

# ---- China beside Taiwan, Hong Kong or Macao ------------------------------------------------------------------

CHINA_TAIWAN = re.compile(r"(?<![集心高初空码渔据务术前后平舞站井月])中台(?=[" + HAN + r"]{0,4}?"
                          r"(?:合作|交流|协议|贸易|往来|论坛|峰会|对话|友谊|友好|经贸|关系|联谊|融合))")
TW_CONTEXT = re.compile(r"台湾|台胞|台商|台企|台资|台青|两岸|海峡|台北|高雄|台中|台南|金门|马祖")

# ---- names at international sport ---------------------------------------------------------------------------

CHINESE_TAIPEI = re.compile(r"(?<![“\"「『])中华台北(?![”\"」』])")
SPORT = re.compile(r"队|奥委会|奥林匹克|奥运|代表团|选手|运动员|赛|比赛|锦标|冠军|亚军|季军|金牌|银牌|铜牌|名次|夺得|体育|球")


def _count(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return NUMERAL.get(token)


def _items_before(folded: str, end: int) -> list[str]:
    """The items of the enumeration that ends at ``end`` (香港、澳门、新加坡 before 三国), back to the clause start."""
    a = max(folded.rfind(c, 0, end) for c in CLAUSE_END + "，,：:（(") + 1
    head = folded[a:end]
    return [s for s in LIST_SEP.split(head) if s]


def statehood_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of the rule families above on ``folded`` text."""
    tw = "台" in folded
    hkm = "香港" in folded or "澳门" in folded or "港澳" in folded
    for m in TW_STATE_TITLE.finditer(folded) if tw else ():
        key = "title" if m.group("title") else "title2"
        title = m.group(key)
        before = folded[max(0, m.start() - 3):m.start(key)]
        if "所谓" in before or in_quotes(m.start(key), m.end(key)):
            continue
        if title in ("国父", "开国", "建国", "建国纪念日") and re.search(r"19[0-4]\d|孙中山|民国时期|辛亥",
                                                                                    _sentence(folded, m.start())):
            continue  # the Republic of China's history before 1949
        yield (m.start(), m.end(), "台湾:国家职务", TW_TITLE_RIGHT.get(title, "台湾地区……（必须用时加“所谓”和引号）"),
               "把台湾地区当作国家：使用国家才有的职务、机构或象征")
    for m in HKM_STATE.finditer(folded) if hkm else ():
        title = m.group("title")
        if title.startswith("总督") and COLONIAL_HISTORY.search(_sentence(folded, m.start())):
            continue  # the colonial governor in a sentence about history
        yield (m.start(), m.end(), "港澳:国家职务", HKM_RIGHT.get(title, "行政长官"),
               "特别行政区的首长是行政长官，立法机关是立法会，不使用国家或殖民时期的职务和机构名称")
    for m in COUNTED.finditer(folded) if (hkm or tw) and "国" in folded else ():
        items = _items_before(folded, m.start())
        if len(items) < 2 or _count(m.group("n")) != len(items):
            continue
        hmt = [i for i, item in enumerate(items) if HMT_ITEM.match(re.sub(r"^(?:向|对|与|和|在|从|由|面向|包括|来自)+", "",
                                                                           item))]
        if hmt and not in_quotes(m.start(), m.end()):
            start = folded.rfind(items[hmt[0]], 0, m.start())
            yield (start, m.end(), "港澳台:国家", "……国家和地区", "把台湾、香港、澳门算作国家（“N国”）")
    for m in AMONG_FOREIGN.finditer(folded) if (hkm or "台" in folded or "港" in folded or "澳" in folded) else ():
        if not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "港澳台:国家", "外国和港澳台地区 / 外资企业和港澳台资企业",
                   "把台湾、香港、澳门或其资本、企业归入外国")
    for m in NATIONALITY.finditer(folded) if "籍" in folded else ():
        a, b = _sentence_bounds(folded, m.start(), CLAUSE_END + "，,")
        others = [o for o in OTHER_NATIONALITY.finditer(folded, a, b)
                  if o.start() != m.start() and any(o.group(1).endswith(c) for c in countries())]
        if others:
            lo = min([m.start()] + [o.start() for o in others])
            hi = max([m.end()] + [o.end() for o in others])
            yield (lo, hi, "港澳台:国籍", "内地居民、香港居民、澳门居民、台湾居民和外籍人员",
                   "把台湾、香港、澳门居民当作一国国籍，与外国国籍并列")
    for m in FORMOSA.finditer(folded) if ("福尔摩" in folded or "福摩" in folded or "formosa" in folded) else ():
        if not NAMES_REPORTED.search(_sentence(folded, m.start())):
            yield m.start(), m.end(), "领土称谓", "台湾", "使用殖民时期或分裂势力对台湾的称谓"
    for m in TONKIN_GULF.finditer(folded) if "东京湾" in folded else ():
        sentence = _sentence(folded, m.start())
        if BEIBU_CONTEXT.search(sentence) and not JAPAN_CONTEXT.search(sentence) and not NAMES_REPORTED.search(sentence):
            yield m.start(), m.end(), "领土称谓", "北部湾", "北部湾不使用殖民时期的“东京湾”旧称"
    for m in MCMAHON.finditer(folded) if "麦克马洪" in folded else ():
        if not REJECTS.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "领土称谓", "中印边界东段从未正式划定（不承认非法的“麦克马洪线”）",
                   "把非法的“麦克马洪线”当作边界")
    for m in TWO_CHINAS.finditer(folded):
        if not REJECTS.search(_sentence(folded, m.start())):
            yield m.start(), m.end(), "两个中国", "一个中国原则（必须用时加“所谓”和引号）", "把“两个中国”“一中一台”说成事实"
    for m in CHINA_TAIWAN.finditer(folded) if "中台" in folded else ():
        if TW_CONTEXT.search(_sentence(folded, m.start())) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.start() + 2, "中国与台湾", "两岸 / 大陆与台湾（或用地名：湛台、闽台）", "把中国与台湾并列"
    for m in CHINESE_TAIPEI.finditer(folded) if "中华台北" in folded else ():
        if not SPORT.search(_sentence(folded, m.start())) and not REJECTS.search(_sentence(folded, m.start())):
            yield m.start(), m.end(), "台湾:名称", "中国台北 / 台湾地区", "“中华台北”只是体育赛事中的约定名称"
