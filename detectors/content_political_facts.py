"""Politically wrong wording, thirty-fifth session (content-political35; POLITICAL_CHECKLIST.md items 481–483; sources
in ``lexicons/SOURCES.md``, “第三十五次会话”): statements of fact read against a complete inventory of the right
answer, not against a list of wrong phrases.

* **A state's capital** (``CAPITAL_OF``, ``_capital_hits``) — <state>(的)首都 / 国都 (是 / 为 / 位于)<city> where the city
  is a city of the inventory (any state's capital, or a large city that is not a capital: 胡志明市, 悉尼, 纽约,
  伊斯坦布尔 …) and not this state's capital (越南首都胡志明市 → 越南首都河内, 澳大利亚首都悉尼 → 堪培拉). The capitals
  are those of 外交部《国家和组织》country pages, compiled from general knowledge in a session without network
  access (待核 in SOURCES.md); states whose capital is divided or disputed in usage (南非, 玻利维亚, 荷兰, 以色列,
  斯里兰卡, 马来西亚, 贝宁, 科特迪瓦 …) are not in the inventory. A former capital is ``content_political_wording``'s
  reading (缅甸首都仰光) and is left to it; a sentence of history (原首都, 曾, 迁都, 当时 …) is right.
* **The extremes of the territory** (``EXTREMES``, ``_extreme_hits``) — China's territory (我国 / 中国 / 祖国 with 领土 /
  疆域 / 国土 / 版图, and 四至) reaches south to 曾母暗沙 (南沙群岛), north to the main channel of the Heilongjiang north of
  漠河, east to the confluence of the Heilongjiang and the Wusuli, west to the Pamirs (人教版《地理》八年级上册 第一章).
  A sentence about the territory that puts an extreme at another place of the inventory of places (province-level
  regions by short name and the usual wrong answers: 海南岛, 三亚, 西沙群岛, 钓鱼岛 …) leaves out the territory beyond
  it (最南端的海南 leaves out the South China Sea islands). 大陆 / 陆地 just before the extreme (大陆最南端 徐闻) is
  another subject and is right.
* **An invader's regime given a dynasty's or a state's dignity** (``INVADERS``, ``_invader_hits``) — the regimes set up
  on Chinese territory by a foreign invader or by separatists, which official history names as regimes only
  (国务院新闻办《新疆的若干历史问题》2019: 阿古柏入侵新疆，建立所谓“哲德沙尔汗国”): 阿古柏 + 王朝 / 王国 / 汗国 /
  帝国 / 国王, and the regime's own names 哲德沙尔汗国, 洪福汗国 outside quotation marks and 所谓; 东宁王国 for the Zheng
  regime in Taiwan (the Taiwan-separatist historiography; 明郑 / 郑氏政权). 阿古柏政权, 阿古柏入侵 and quoted names are
  right.

``facts_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from detectors.content_political import _sentence, so_called
from detectors.content_political_wording import CAPITAL_HISTORY, CAPITALS, COUNTRY_FORMS

Hit = tuple[int, int, str, str, str]

# ---- a state's capital --------------------------------------------------------------------------------------------

# state → its capital today (外交部《国家和组织》); states with a divided or disputed capital in usage are left out
CAPITAL_OF: dict[str, str] = {
    "越南": "河内", "老挝": "万象", "柬埔寨": "金边", "泰国": "曼谷", "缅甸": "内比都", "马来西亚": "吉隆坡",
    "新加坡": "新加坡", "印度尼西亚": "雅加达", "菲律宾": "马尼拉", "文莱": "斯里巴加湾市", "东帝汶": "帝力",
    "日本": "东京", "韩国": "首尔", "朝鲜": "平壤", "蒙古国": "乌兰巴托", "俄罗斯": "莫斯科", "印度": "新德里",
    "巴基斯坦": "伊斯兰堡", "孟加拉国": "达卡", "尼泊尔": "加德满都", "不丹": "廷布", "马尔代夫": "马累",
    "阿富汗": "喀布尔", "哈萨克斯坦": "阿斯塔纳", "吉尔吉斯斯坦": "比什凯克", "塔吉克斯坦": "杜尚别",
    "乌兹别克斯坦": "塔什干", "土库曼斯坦": "阿什哈巴德", "伊朗": "德黑兰", "伊拉克": "巴格达", "叙利亚": "大马士革",
    "约旦": "安曼", "黎巴嫩": "贝鲁特", "沙特阿拉伯": "利雅得", "沙特": "利雅得", "阿联酋": "阿布扎比",
    "卡塔尔": "多哈", "科威特": "科威特城", "阿曼": "马斯喀特", "也门": "萨那", "土耳其": "安卡拉", "埃及": "开罗",
    "摩洛哥": "拉巴特", "阿尔及利亚": "阿尔及尔", "突尼斯": "突尼斯", "利比亚": "的黎波里", "苏丹": "喀土穆",
    "埃塞俄比亚": "亚的斯亚贝巴", "肯尼亚": "内罗毕", "坦桑尼亚": "多多马", "尼日利亚": "阿布贾", "加纳": "阿克拉",
    "塞内加尔": "达喀尔", "安哥拉": "罗安达", "津巴布韦": "哈拉雷", "赞比亚": "卢萨卡", "莫桑比克": "马普托",
    "乌干达": "坎帕拉", "卢旺达": "基加利", "喀麦隆": "雅温得", "刚果（金）": "金沙萨", "马达加斯加": "塔那那利佛",
    "英国": "伦敦", "法国": "巴黎", "德国": "柏林", "意大利": "罗马", "西班牙": "马德里", "葡萄牙": "里斯本",
    "瑞士": "伯尔尼", "奥地利": "维也纳", "比利时": "布鲁塞尔", "希腊": "雅典", "波兰": "华沙", "捷克": "布拉格",
    "匈牙利": "布达佩斯", "塞尔维亚": "贝尔格莱德", "罗马尼亚": "布加勒斯特", "保加利亚": "索非亚",
    "乌克兰": "基辅", "白俄罗斯": "明斯克", "瑞典": "斯德哥尔摩", "挪威": "奥斯陆", "芬兰": "赫尔辛基",
    "丹麦": "哥本哈根", "爱尔兰": "都柏林", "冰岛": "雷克雅未克", "美国": "华盛顿", "加拿大": "渥太华",
    "墨西哥": "墨西哥城", "古巴": "哈瓦那", "巴西": "巴西利亚", "阿根廷": "布宜诺斯艾利斯", "智利": "圣地亚哥",
    "秘鲁": "利马", "哥伦比亚": "波哥大", "委内瑞拉": "加拉加斯", "厄瓜多尔": "基多", "乌拉圭": "蒙得维的亚",
    "澳大利亚": "堪培拉", "新西兰": "惠灵顿", "巴布亚新几内亚": "莫尔斯比港", "斐济": "苏瓦",
}
# large cities that are not a capital, by state (the usual wrong answers)
NOT_CAPITALS: tuple[str, ...] = (
    "胡志明市", "胡志明", "岘港", "海防", "芽庄", "琅勃拉邦", "暹粒", "清迈", "普吉", "芭提雅", "曼德勒", "槟城", "新山",
    "泗水", "巴厘岛", "宿务", "大阪", "京都", "横滨", "名古屋", "釜山", "仁川", "圣彼得堡", "海参崴", "符拉迪沃斯托克",
    "孟买", "加尔各答", "班加罗尔", "金奈", "卡拉奇", "拉合尔", "吉大港", "阿拉木图", "撒马尔罕", "奥什", "伊斯坦布尔",
    "迪拜", "吉达", "麦加", "亚历山大", "卡萨布兰卡", "拉各斯", "约翰内斯堡", "蒙巴萨", "达累斯萨拉姆", "曼彻斯特",
    "利物浦", "爱丁堡", "马赛", "里昂", "慕尼黑", "法兰克福", "汉堡", "米兰", "威尼斯", "佛罗伦萨", "那不勒斯",
    "巴塞罗那", "波尔图", "苏黎世", "日内瓦", "萨尔茨堡", "安特卫普", "克拉科夫", "敖德萨", "纽约", "洛杉矶", "旧金山",
    "芝加哥", "西雅图", "多伦多", "温哥华", "蒙特利尔", "坎昆", "里约热内卢", "圣保罗", "麦德林", "瓜亚基尔", "悉尼",
    "墨尔本", "布里斯班", "珀斯", "奥克兰",
)
STATE_FORMS = {**COUNTRY_FORMS, "印度尼西亚": r"印度尼西亚|印尼", "沙特阿拉伯": r"沙特阿拉伯", "沙特": r"沙特(?!阿拉伯)",
               "印度": r"印度(?!尼西亚|洋)", "朝鲜": r"(?<!南)(?<!北)朝鲜(?!族|半岛)", "韩国": r"(?<!北)韩国",
               "苏丹": r"(?<!南)苏丹", "阿曼": r"阿曼", "几内亚": r"(?<![新比赤])几内亚", "刚果（金）": COUNTRY_FORMS["刚果（金）"],
               "英国": r"英国", "美国": r"美国"}
CAPITAL_VERB = r"(?:的)?(?:首都|国都)(?:是|为|设在|位于|在|[：:]|——)?"


@lru_cache(maxsize=1)
def _capital_pattern() -> re.Pattern:
    cities = sorted(set(CAPITAL_OF.values()) | set(NOT_CAPITALS), key=len, reverse=True)
    states = sorted(CAPITAL_OF, key=len, reverse=True)
    return re.compile(rf"(?P<s>{'|'.join(f'(?:{STATE_FORMS.get(s, re.escape(s))})' for s in states)}){CAPITAL_VERB}"
                      rf"(?P<c>{'|'.join(map(re.escape, cities))})")


def _state_of(written: str) -> str | None:
    for state in sorted(CAPITAL_OF, key=len, reverse=True):
        if re.fullmatch(STATE_FORMS.get(state, re.escape(state)), written):
            return state
    return None


def _capital_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "首都" not in folded and "国都" not in folded:
        return
    for m in _capital_pattern().finditer(folded):
        state, city = _state_of(m.group("s")), m.group("c")
        if state is None:
            continue
        right = CAPITAL_OF[state]
        former = CAPITALS.get(state, CAPITALS.get(state.replace("国", ""), ((), 0, "")))[0]
        if city == right or right.startswith(city) or city.startswith(right) or city in former:
            continue  # the right capital (胡志明市 is not 河内; 科威特城 and 科威特) or a former one (wording's reading)
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) \
                or CAPITAL_HISTORY.search(_sentence(folded, m.start())):
            continue
        yield (m.start("c"), m.end("c"), "事实", f"{m.group('s')}首都{right}",
               f"{state}的首都是{right}，{city}不是首都（外交部国家概况）")


# ---- the extremes of the territory --------------------------------------------------------------------------------

# direction → (the places that are the extreme or contain it, the right wording)
EXTREMES: dict[str, tuple[str, str]] = {
    "南": (r"曾母暗沙|南沙|南海诸岛|立地暗沙", "曾母暗沙（南沙群岛）"),
    "北": (r"漠河|黑龙江主航道|黑龙江的主航道|北极村|黑龙江(?:省)?漠河", "漠河以北的黑龙江主航道中心线"),
    "东": (r"黑龙江与乌苏里江|黑龙江和乌苏里江|乌苏里江|抚远|黑瞎子岛", "黑龙江与乌苏里江主航道汇合处"),
    "西": (r"帕米尔|乌恰", "帕米尔高原（新疆乌恰县以西）"),
}
TERRITORY_SUBJECT = re.compile(r"(?:我国|中国|祖国|全国)(?:的)?(?:陆地)?(?:领土|疆域|国土|版图|疆土)|四至|领土(?:的)?最[南北东西]端")
WRONG_EXTREME_PLACES = (r"海南岛|海南省|海南|三亚|天涯海角|南山角|西沙群岛|西沙|永兴岛|中沙|黄岩岛|雷州半岛|徐闻|广东|广西|云南|台湾|"
                        r"东沙|钓鱼岛|赤尾屿|上海|舟山|浙江|山东|黑龙江省|内蒙古|呼伦贝尔|新疆|喀什|西藏|阿里|吉林|辽宁")
EXTREME = re.compile(rf"(?<![大陆地岛省])(?:的)?最(?P<d>[南北东西])端(?:是|为|在|位于|到|达|的)?(?P<p>{WRONG_EXTREME_PLACES})")
EXTREME_REPORTED = re.compile(r"大陆(?:的)?最|陆地(?:的)?最|本岛|岛最|省最|市最|县最|区最|所谓|不是|并非|而非|误|错")


def _extreme_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "端" not in folded:
        return
    for m in EXTREME.finditer(folded):
        sentence = _sentence(folded, m.start())
        if not TERRITORY_SUBJECT.search(sentence):
            continue
        right, wording = EXTREMES[m.group("d")]
        tail = folded[m.start("p"):m.start("p") + 20]
        if re.match(rf"(?:{WRONG_EXTREME_PLACES})?[^，。；！？]{{0,8}}(?:{right})", tail):
            continue  # 最北端在黑龙江省漠河 names the right place after the province
        clause_start = max(folded.rfind(c, 0, m.start()) for c in "，,；;。！？\n") + 1
        if EXTREME_REPORTED.search(folded, clause_start, m.end()) or in_quotes(m.start(), m.end()):
            continue
        yield (m.start(), m.end(), "领土", f"最{m.group('d')}端的{wording}",
               f"我国领土最{m.group('d')}端是{wording}；写成{m.group('p')}漏掉了此外的领土（人教版《地理》八年级上册）")


# ---- an invader's regime given a dynasty's or a state's dignity ---------------------------------------------------

OPEN = r"(?<![“\"「『])"
INVADERS: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(rf"{OPEN}阿古柏(?:的)?(?P<t>王朝|王国|汗国|帝国|国王|皇帝|可汗|朝廷|国家)|{OPEN}(?P<n>哲德沙尔汗国|哲德沙尔国|"
                r"洪福汗国|七城汗国)"),
     "阿古柏入侵政权",
     "阿古柏是入侵新疆的浩罕军官，他建立的是入侵政权（《新疆的若干历史问题》：所谓“哲德沙尔汗国”），不称王朝、王国、汗国"),
    (re.compile(rf"{OPEN}(?P<n>东宁王国|东宁国)"),
     "明郑政权（郑氏政权）", "郑氏在台湾的政权是明郑政权，“东宁王国”是“台独”史观的称谓"),
)
INVADER_REPORTED = re.compile(r"所谓|史称|自称|号称|自立为|僭称|不是|并非|而非|误|错")


def _invader_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not any(w in folded for w in ("阿古柏", "哲德沙尔", "洪福汗国", "七城汗国", "东宁")):
        return
    for pattern, right, note in INVADERS:
        for m in pattern.finditer(folded):
            end = m.end()
            if end < len(folded) and folded[end] in "”\"」』":
                continue  # the name closed by a quotation mark is quoted
            if in_quotes(m.start(), end) or so_called(folded, m.start()) \
                    or INVADER_REPORTED.search(folded, max(0, m.start() - 8), m.start()):
                continue
            yield m.start(), end, "历史", right, note


# ---- the land boundaries with the neighbours ----------------------------------------------------------------------

# neighbour (short form in 中X, full names) → the year the whole land boundary was settled by treaty, or 0 (not settled)
BOUNDARIES: dict[str, tuple[str, int]] = {
    "俄": (r"俄罗斯|俄国|俄", 2008), "朝": (r"朝鲜", 1962), "蒙": (r"蒙古国|蒙古", 1962), "越": (r"越南", 2009),
    "哈": (r"哈萨克斯坦", 2002), "吉": (r"吉尔吉斯斯坦", 2004), "塔": (r"塔吉克斯坦", 2011), "老": (r"老挝", 1993),
    "缅": (r"缅甸", 1961), "尼": (r"尼泊尔", 1962), "巴": (r"巴基斯坦", 1965), "阿": (r"阿富汗", 1965),
    "印": (r"印度", 0), "不": (r"不丹", 0),
}
PAIR = (rf"中(?P<s>[{''.join(BOUNDARIES)}])(?:两国)?|(?:中国|我国)(?:与|和|同)(?P<f>"
        rf"{'|'.join(full for full, _ in BOUNDARIES.values())})(?:两国)?(?:之间)?")
SECTION = r"(?:的)?(?:东段|西段|中段|陆地|陆上)?(?:的)?(?:边界|国界|边界线|边境线|陆地边界)(?:线)?(?:问题)?"
UNSETTLED = (r"(?:至今|迄今|尚|仍|仍然|还|一直|始终|目前)?(?:尚)?"
             r"(?:未定|未划定|没有划定|未勘定|没有勘定|未确定|未解决|没有解决|悬而未决|存在争议|有争议|不确定)")
SETTLED = r"(?:已|已经|早已)(?:全部|全线|完全)?(?:划定|勘定|确定|解决)"
BOUNDARY = re.compile(rf"(?:{PAIR}){SECTION}(?:(?P<u>{UNSETTLED})|(?P<d>{SETTLED}))")
BOUNDARY_PAST = re.compile(r"历史|曾|当时|过去|以前|此前|之前|年代|遗留|签署|签订|协定|条约|苏联|所谓|不是|并非|误|错|海上|海域|南海")
YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)年")


def _boundary_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "边界" not in folded and "国界" not in folded and "边境线" not in folded:
        return
    for m in BOUNDARY.finditer(folded):
        short = m.group("s") or next(k for k, (full, _) in BOUNDARIES.items() if re.fullmatch(full, m.group("f")))
        settled = BOUNDARIES[short][1]
        if bool(settled) != bool(m.group("u")):
            continue  # a settled boundary said settled, an open one said open
        sentence = _sentence(folded, m.start())
        if BOUNDARY_PAST.search(sentence) or in_quotes(m.start(), m.end()) \
                or any(settled and int(y) < settled for y in YEAR.findall(sentence)):
            continue
        if settled:
            yield (m.start(), m.end(), "领土", "边界已全部划定",
                   f"中国与{BOUNDARIES[short][0].split('|')[0]}的陆地边界已由条约全部划定（{settled} 年完成），不是未定边界")
        else:
            yield (m.start(), m.end(), "领土", "边界尚未划定",
                   f"中国与{BOUNDARIES[short][0].split('|')[0]}的边界尚未划定，不能说已经划定")


# ---- a historical exonym or slur given as the name of one of China's peoples -------------------------------------

EXONYMS = r"(?:鞑靼|鞑子|达子|蛮子|南蛮|番子|西番|生番|熟番|倮倮|猓猡|夷人|蛮夷|戎狄)"
ETHNIC_FILE = Path(__file__).resolve().parent / "data" / "ethnic_groups.txt"


@lru_cache(maxsize=1)
def _exonym_pattern() -> re.Pattern:
    names = [line.strip() for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return re.compile(rf"{OPEN}(?P<x>{EXONYMS})(?:人|族)?(?:的)(?P<n>{'|'.join(sorted(names, key=len, reverse=True))})"
                      r"(?:先民|祖先|先祖|同胞|群众|人民|人)")


EXONYM_NAMED = re.compile(r"蔑称|贬称|侮辱|歧视|旧称|所谓|不是|并非|误|错")


def _exonym_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not re.search(EXONYMS, folded):
        return
    for m in _exonym_pattern().finditer(folded):
        if in_quotes(m.start(), m.end()) or EXONYM_NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "民族宗教", f"{m.group('n')}先民",
               f"“{m.group('x')}”是旧时对他族的泛称或蔑称，不用作{m.group('n')}及其先民的名称")


def facts_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the thirty-fifth session's readings (module docstring)."""
    yield from _capital_hits(folded, in_quotes)
    yield from _extreme_hits(folded, in_quotes)
    yield from _invader_hits(folded, in_quotes)
    yield from _boundary_hits(folded, in_quotes)
    yield from _exonym_hits(folded, in_quotes)
