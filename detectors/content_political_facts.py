"""Politically wrong wording, thirty-fifth session (content-political35; POLITICAL_CHECKLIST.md items 481–486, 489–497; sources
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

Phase B of the same session (items 487–497, the dev30 misses by layer, written over inventories): Hong Kong, Macao or
Taiwan people coming to 我国 / 中国; the colonial name 间岛; a formulation of ``formal_terms.txt`` with two blocks
swapped so that a word is torn (人类共同命运体); one of China's peoples called 侨胞; a state with no president given one;
the Republic's 国务总理; a land border with a state China borders only at sea or not at all; Taiwan's "representative"
to a state by its short name; 中港 / 中澳 / 中台 with a field word before the relation word.

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


# ---- phase B (items 489–495): relations over the inventories the dev30 misses showed ---------------------------------

# 489: Hong Kong, Macao or Taiwan people coming to 我国 / 中国 (they are in China already: 来大陆 / 来内地; 来华 is PAT's)
HMT_COMING = re.compile(r"(?P<p>台湾|香港|澳门|港澳台|港澳)(?:地区|特区)?(?:的)?[\u4e00-\u9fff]{0,6}?"
                        r"(?:来|到|赴|前来|来到|抵达|回到)(?:了)?(?P<c>我国|中国(?=[，。；！？,.]|交流|旅游|参观|访问|学习|求学|"
                        r"发展|创业|就业|工作|定居|投资|观光|参赛|比赛))")
HMT_COMING_RIGHT = {"台湾": "大陆", "香港": "内地", "澳门": "内地", "港澳": "内地", "港澳台": "大陆（内地）"}
# 490: the colonial-era names of Chinese places (间岛 — the Japanese and Korean name of Yanbian north of the Tumen used
# for the 间岛问题 claim; 北间岛 / 西间岛); 间岛省 is the puppet province (content_political_history)
COLONIAL_PLACE = re.compile(r"(?<![课时空瞬期夜中之林房车田民乡晚午区行])(?<![“\"「『])(?:北|西)?间岛(?![省])")
COLONIAL_CONTEXT = re.compile(r"延边|图们江|龙井|和龙|珲春|延吉|汪清|安图|朝鲜|日本|清末|清朝|光绪|垦|吉林|东北")
COLONIAL_NAMED = re.compile(r"所谓|捏造|炮制|制造|借口|妄称|称为|称作|旧称|日方|日本称|韩方|不是|并非|侵略|歪曲")
# 492: one of China's peoples called 侨胞 / 华侨 (they are citizens at home: 朝鲜族同胞); 海外 / 旅外 ones are 侨胞
ETHNIC_EMIGRANT_AFTER = r"(?:侨胞|华侨|侨民)"
# 493: a state with no president given one (its head of state is a monarch, a governor-general's sovereign or a chairman
# — 外交部 country pages): 朝鲜 国务委员长, 越南 / 老挝 / 古巴 国家主席, the monarchies and the Commonwealth realms
NO_PRESIDENT = {"朝鲜": "朝鲜国务委员长", "越南": "越南国家主席", "老挝": "老挝国家主席", "古巴": "古巴国家主席",
                "日本": "日本首相 / 天皇", "英国": "英国首相 / 国王", "泰国": "泰国总理 / 国王", "西班牙": "西班牙首相 / 国王",
                "荷兰": "荷兰首相 / 国王", "比利时": "比利时首相 / 国王", "瑞典": "瑞典首相 / 国王", "挪威": "挪威首相 / 国王",
                "丹麦": "丹麦首相 / 国王", "沙特": "沙特国王 / 王储", "约旦": "约旦国王", "摩洛哥": "摩洛哥国王",
                "柬埔寨": "柬埔寨首相 / 国王", "马来西亚": "马来西亚总理 / 最高元首", "文莱": "文莱苏丹", "卡塔尔": "卡塔尔埃米尔",
                "科威特": "科威特埃米尔", "阿曼": "阿曼苏丹", "巴林": "巴林国王", "不丹": "不丹国王", "加拿大": "加拿大总理",
                "澳大利亚": "澳大利亚总理", "新西兰": "新西兰总理"}
NO_PRESIDENT_STATE = re.compile(r"(?<![南北西东])(?P<s>" + "|".join(sorted(NO_PRESIDENT, key=len, reverse=True)) +
                                r")(?:的)?(?:前|现任|新任)?(?P<t>总统)(?![府套杯级座])")
NO_PRESIDENT_PAST = re.compile(r"南越|越南共和国|所谓|不是|并非|误|错|(?:19[0-6]\d|1975)年")
# 494: the Republic's title 国务总理 (1912–1928) for the State Council's premier and vice premiers
ROC_PREMIER = re.compile(r"(?<![“\"「『])(?P<v>副)?国务(?P<v2>副)?总理")
ROC_TIME = re.compile(r"北洋|民国|袁世凯|段祺瑞|熊希龄|唐绍仪|黎元洪|徐世昌|靳云鹏|梁启超|19[12]\d年|国务院总理|历任")
# 495: a land border with a state China has none with (中韩边境: the border on the Tumen and the Yalu is with the DPRK)
NO_LAND_BORDER = re.compile(r"中(?P<s>韩|日|泰|柬|菲|孟|美|英)(?:两国)?(?:的)?(?:陆地|陆路)?"
                            r"(?:边境|边界|界河|界江|国界|边境线|界碑|边防|陆路口岸)(?!贸易区)")
NO_LAND_BORDER_RIGHT = {"韩": "中朝边境", "日": "中日之间没有陆地边界", "泰": "中老缅泰交界地区", "柬": "中柬之间没有陆地边界",
                        "菲": "中菲之间没有陆地边界", "孟": "中孟之间没有陆地边界", "美": "中美之间没有陆地边界",
                        "英": "中英之间没有陆地边界"}
SEA = re.compile(r"海上|海域|海洋|黄海|东海|南海|渔业|划界|大陆架|专属经济区|所谓|不是|并非|没有|误|错")
# 496: Taiwan's "representative" to a state named by the state's short form (台湾驻日代表, 台湾驻美代表处) — item 416 reads
# 当局 / 方面 between and the full names
TW_REPRESENTATIVE = re.compile(r"(?<![“\"「『])(?<!所谓)(?:台湾|台北|台)(?:地区)?驻(?P<s>日|美|英|法|德|韩|俄|欧|澳|加|新|泰|越|菲|印|"
                               r"日本|美国|英国|法国|德国|韩国|欧盟)(?:国)?(?P<t>代表处|代表|大使|代表团|办事处)")


# 497: 中港 / 中澳 / 中台 + a field + a relation word (中台农业合作, 中港文化交流) — PAT's 中港台 reads the relation word only
# right after the pair; the fields are those of the cross-Strait and mainland–SAR exchange (国台办, 国务院港澳办 usage)
PAIR_FIELD = re.compile(r"(?<![集心高初空码渔据务术其之当途华期年家手口眼水雨城市会胸梦暗字慧力用销能云端A-Za-z0-9])中(?P<r>港|澳|台)(?!办)"
                        r"(?:农业|渔业|工业|科技|文化|教育|青年|经济|金融|旅游|体育|医疗|卫生|影视|媒体|产业|企业|商贸|电商|物流|"
                        r"能源|环保|航运|民间|学术|艺术|宗教|佛教|妈祖|冰雪|农渔业|中医药|职业教育)"
                        r"(?:合作|交流|往来|贸易|经贸|论坛|峰会|关系|融合|对接)")
PAIR_RIGHT = {"港": "内地与香港", "澳": "内地与澳门", "台": "两岸"}


@lru_cache(maxsize=1)
def _ethnic_emigrant() -> re.Pattern:
    names = [line.strip() for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#") and line.strip() != "汉族"]
    return re.compile(rf"(?<![海旅外在])(?P<n>{'|'.join(sorted(names, key=len, reverse=True))})(?:的)?{ETHNIC_EMIGRANT_AFTER}")


FORMAL_FILE = Path(__file__).resolve().parent / "lexicons" / "formal_terms.txt"


@lru_cache(maxsize=1)
def _swapped_terms() -> dict[str, str]:
    """491: every formal term of six characters or more with two adjacent two-character blocks swapped across a word
    boundary of the term (人类命运共同体 → 人类共同命运体 breaks 共同体), when the variant is no formal term itself."""
    terms = {line.strip() for line in FORMAL_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    import jieba  # (the content model's tokenizer; loaded once, when the first post is read)

    variants: dict[str, str] = {}
    for term in terms:
        if len(term) < 6 or not all("\u4e00" <= c <= "\u9fff" for c in term):
            continue
        spans, at = [], 0
        for word in jieba.lcut(term, HMM=False):
            spans.append((at, at + len(word)))
            at += len(word)
        for offset in (0, 1):
            for i in range(offset, len(term) - 3, 2):
                # only a swap that tears one character off its word (共同体 → 共同 … 体); whole words swapped
                # (社区居家 / 居家社区, 中日甲午 / 甲午中日, 南昌八一 / 八一南昌) are often both in use
                if not any(a < c < b and (c - a == 1 or b - c == 1) for c in (i, i + 2, i + 4) for a, b in spans):
                    continue
                variant = term[:i] + term[i + 2:i + 4] + term[i:i + 2] + term[i + 4:]
                if variant != term and variant not in terms:
                    variants.setdefault(variant, term)
    return variants


def _phase_b_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "我国" in folded or "中国" in folded:
        for m in HMT_COMING.finditer(folded):
            if in_quotes(m.start(), m.end()) or re.search(r"所谓|不是|并非|错", _sentence(folded, m.start())):
                continue
            yield (m.start("c"), m.end("c"), "港澳台", HMT_COMING_RIGHT[m.group("p")],
                   "台湾、港澳居民往来大陆（内地）不称“来我国”“来中国”——他们本在中国")
    if "间岛" in folded:
        for m in COLONIAL_PLACE.finditer(folded):
            sentence = _sentence(folded, m.start())
            if in_quotes(m.start(), m.end()) or COLONIAL_NAMED.search(sentence) or not COLONIAL_CONTEXT.search(sentence):
                continue
            yield (m.start(), m.end(), "领土", "延边地区（图们江以北）",
                   "“间岛”是日本殖民者和朝鲜方面为制造“间岛问题”对延边的称呼，须加引号或“所谓”")
    if "侨" in folded:
        for m in _ethnic_emigrant().finditer(folded):
            if in_quotes(m.start(), m.end()) or re.search(r"海外|旅居|侨居|在外|境外|国外", _sentence(folded, m.start())):
                continue
            yield (m.start(), m.end(), "民族宗教", f"{m.group('n')}同胞",
                   f"{m.group('n')}是我国的少数民族，其成员是中国公民，不称“侨胞”“华侨”")
    if "总统" in folded:
        for m in NO_PRESIDENT_STATE.finditer(folded):
            if in_quotes(m.start(), m.end()) or NO_PRESIDENT_PAST.search(_sentence(folded, m.start())):
                continue
            yield (m.start(), m.end(), "外交", NO_PRESIDENT[m.group("s")],
                   f"{m.group('s')}没有总统职务（外交部国家概况），国家元首或政府首脑另有称谓")
    if "国务" in folded:
        for m in ROC_PREMIER.finditer(folded):
            if in_quotes(m.start(), m.end()) or ROC_TIME.search(_sentence(folded, m.start())):
                continue
            vice = m.group("v") or m.group("v2")
            yield (m.start(), m.end(), "机构名称", "国务院副总理" if vice else "国务院总理",
                   "“国务总理”是北洋政府时期的职务名称，今天是国务院总理、国务院副总理")
    for m in NO_LAND_BORDER.finditer(folded) if "中" in folded else ():
        if in_quotes(m.start(), m.end()) or SEA.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "领土", NO_LAND_BORDER_RIGHT[m.group("s")],
               "我国与这个国家没有陆地边界（我国 14 个陆地邻国：朝、俄、蒙、哈、吉、塔、阿、巴、印、尼、不、缅、老、越）")
    for m in PAIR_FIELD.finditer(folded) if "中" in folded else ():
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()):
            continue
        yield (m.start(), m.end(), "中港台", PAIR_RIGHT[m.group("r")], "“中港”“中澳”“中台”并称（应为内地与香港 / 澳门、两岸）")
    if "驻" in folded:
        for m in TW_REPRESENTATIVE.finditer(folded):
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()):
                continue
            yield (m.start(), m.end(), "台湾", "台湾方面在当地的有关人员（机构）",
                   "台湾地区没有“驻外”外交代表，不称“台湾驻××代表（处）”")
    variants = _swapped_terms()
    lengths = sorted({len(v) for v in variants}, reverse=True)
    i = 0
    while i < len(folded):
        for n in lengths:
            if folded[i:i + n] in variants:
                if not in_quotes(i, i + n):
                    yield i, i + n, "提法", variants[folded[i:i + n]], "规范提法的词序颠倒"
                i += n - 1
                break
        i += 1


def facts_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the thirty-fifth session's readings (module docstring)."""
    yield from _capital_hits(folded, in_quotes)
    yield from _extreme_hits(folded, in_quotes)
    yield from _invader_hits(folded, in_quotes)
    yield from _boundary_hits(folded, in_quotes)
    yield from _exonym_hits(folded, in_quotes)
    yield from _phase_b_hits(folded, in_quotes)
