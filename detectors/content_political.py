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
  committee; outside sport it names Taiwan as a state of its own (中国台北, 台湾地区), and in sport the region and its
  athletes are 中国台北 in the mainland's reports (中华台北选手 → 中国台北选手; 中华台北队 is the team's agreed name).

Third round (the families of the 2016 Xinhua list, the 1997 Hong Kong wording rules and the Taiwan Affairs Office's
usage, written as families; sources in ``SOURCES.md``):

* **Colonial and foreign names of China's land and seas** — 支那 in every compound (东支那海, 南支那海, 支那人; not
  印度支那 / 交趾支那, the peninsula's and a Vietnamese region's names), 钓鱼台 for 钓鱼岛 (not the Beijing state
  guesthouse), the separatists' 南蒙古, 维吾尔斯坦, 东土耳其斯坦.
* **Taiwan's authorities named as a state's** — the bodies of Taiwan's executive, legislature and the other 院,
  councils and agencies (current and pre-2023 names: 农委会, 环保署, 卫生署…) after 台湾 / 台当局; the names only
  Taiwan's authorities bear (行政院, 立法院, 陆委会, 农委会…) bare in a sentence about Taiwan; a Taiwan leader's
  surname before 总统 (赖总统); the 民国 calendar for a year after 1949 in any numeral form (民国一一五年, 民国115年);
  双十 as 国庆.
* **The mainland set against Hong Kong, Macao or Taiwan as another country** — 国内 beside them (香港与国内; the
  mainland is 内地 / 大陆), 中国人民 beside 香港人民 / 澳门同胞, the mainland's own bodies given a 中国 prefix (中国国台办,
  as Taiwan's media write), and the 1949 narrative of Taiwan's authorities (大陆沦陷, 政府迁台, 共匪, 中共建政).
* **Honorifics of separatist figures** — 尊者, 法王, 圣下 for the fourteenth Dalai Lama, 藏人行政中央 / 流亡议会 for
  the so-called government in exile, 班禅 for the boy the Dalai Lama named in 1995, and separatist slogans and
  self-styled titles (光复香港, 维吾尔之母) repeated without quotation marks.

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
    # (the Taiwan reference with any words of authority between it and the title: 台北当局的, 台湾方面的, 民进党当局的,
    # 台湾地区执政当局的 — content-political19)
    r"(?P<who>(?:(?:台湾|岛内|台方)(?:地区)?(?:执政)?(?:当局|方面)?|(?:台北|民进党|赖清德|蔡英文|台)(?:执政)?(?:当局|方面))"
    r"(?:的)?)(?:现任|新任|前任|首任|候任|前)?"
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
# …and one of their capitals or firms written as a kind of foreign business, the two words fused (台资外商, 港资外企,
# 台企外商: 新华社禁用词 — 台资、港资 are not 外资; 外商投资法 counts them apart): the names of Hong Kong's and Taiwan's
# capital and firms before 外商 / 外企 / 外国企业. 澳资 and 澳商 are Australian as often and are not read here
# (content-political39).
HMT_FOREIGN_FIRM = re.compile(r"(?<![“\"「『、])(?:港澳台资|港澳资|台资|港资|台商|港商|台企|港企)(?:企业)?"
                              r"(?:外商|外企|外国企业|外国公司)")
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
# The 1989 agreement of the two Olympic committees names the *teams* and the committee 中华台北 (中华台北队, 中华台北代表团,
# 中华台北奥委会); the region and its athletes in the mainland's reports are 中国台北 (《关于正确使用涉台宣传用语的意见》:
# 在我新闻报道中仍应称其为“中国台北”): 中华台北选手, 来自中华台北, 中华台北等国家和地区.
TEAM_AFTER = re.compile(r"(?:(?:男子|女子|青年|少年|U\d{2})?(?:队|代表团|代表队|体育代表团|奥委会|奥林匹克委员会|男队|女队|男篮|女篮|男排|"
                        r"女排|男足|女足|组合|联队|协会|足协|篮协|排协|田协|泳协|羽协|乒协))")
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
    tw = "台" in folded or "民进党" in folded or "赖清德" in folded or "蔡英文" in folded
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
    for m in HMT_FOREIGN_FIRM.finditer(folded) if "外" in folded else ():
        if not in_quotes(m.start(), m.end()) and not so_called(folded, m.start()):
            yield (m.start(), m.end(), "港澳台:国家", "台资企业 / 港资企业（港澳台资企业）",
                   "把台湾、香港、澳门的资本或企业称作外商、外企")
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
        sentence = _sentence(folded, m.start())
        if REJECTS.search(sentence):
            continue
        if not SPORT.search(sentence):
            yield m.start(), m.end(), "台湾:名称", "中国台北 / 台湾地区", "“中华台北”只是体育赛事中的约定名称"
        elif not TEAM_AFTER.match(folded, m.end()):
            # in sport, the agreed name is the team's; the place its athletes come from is 中国台北
            yield m.start(), m.end(), "台湾:名称", "中国台北", "“中华台北”是体育团队的约定名称，指地区、选手来源时称“中国台北”"
    yield from third_round_hits(folded, in_quotes)
    # the fourth round (the official lists item by item) imports this module's helpers: imported here, not at the top
    from detectors.content_political_lists import list_hits
    yield from list_hits(folded, in_quotes)
    from detectors.content_political_families import family_hits  # the fifth round: families named by example
    yield from family_hits(folded, in_quotes)


# ==== third round: families from the 2016 Xinhua list, the 1997 Hong Kong rules and the Taiwan Affairs Office ====

TW_CONTEXT_WIDE = re.compile(TW_CONTEXT.pattern + r"|岛内|民进党|国民党|赖清德|蔡英文|马英九|萧美琴|台当局|台独|绿营|蓝营|台媒")
HK_OR_FOREIGN = re.compile(r"香港|澳门|港澳|特区|[美英法德俄韩日菲越泰印巴澳加]国|美方|日本|菲律宾|越南|俄罗斯|印度|新加坡|"
                           r"马来西亚|印尼|欧盟|联合国")
ROC_ERA = re.compile(r"国民政府|民国时期|北洋|南京|重庆|汪伪|抗战|19[1-4]\d|辛亥|孙中山")
REPORTED_NAME = re.compile(NAMES_REPORTED.pattern + r"|蔑称|贬称|辱华|侮辱|歧视|军国主义|侵华|日军|旧称|错误|不规范|更正")

# ---- colonial and foreign names of China's land and seas -----------------------------------------------------

# 支那: the Japanese colonial name of China (新华社禁用词: 不使用日本军国主义的称谓); 印度支那 (Indochina) and 交趾支那
# (Cochinchina) are the standard Chinese names of the peninsula and of a region of Vietnam; 支那事变 has its own rule.
# 支 is also a measure word and 那 a demonstrative (这支那么强的队伍, 一支那样的笔, 收支那边): not after a numeral,
# a demonstrative or a word ending in 支, nor before what follows 那 as a demonstrative.
SHINA = re.compile(r"(?<![“\"「『])(?<!印度)(?<!交趾)(?<![这那一两三四五六七八九十几每哪该某整百千万\d分收开透预超借])"
                   r"(?P<pre>东|南)?支那(?P<post>海|人)?(?!事变|半岛)(?!么|样|种|个|些|边|里|会|时|天|位|一|就|是|也|都|还|才)"
                   r"(?![”\"」』])")
SHINA_RIGHT = {"东海": "东海", "南海": "南海", "海": "东海 / 南海", "人": "中国人"}
# 钓鱼台: Taiwan's name of 钓鱼岛 (钓鱼岛及其附属岛屿); the 钓鱼台国宾馆 in Beijing and places called 钓鱼台 are not it.
DIAOYUTAI = re.compile(r"(?<![“\"「『])钓鱼台(?P<isle>岛|列屿|列岛|群岛|诸岛|屿)?(?![”\"」』])")
DIAOYU_SEA = re.compile(r"主权|领土|领海|海域|日本|东海|固有|附属岛屿|巡航|渔场|冲绳|尖阁")
DIAOYU_PLACE = re.compile(r"国宾馆|宾馆|酒店|养源斋|北京|海淀|玉渊潭|钓鱼台村|钓鱼台山|钓鱼台镇|景区|古迹|遗址")
SEPARATIST_PLACE_NAMES = re.compile(r"(?<![“\"「『])(?:南蒙古|维吾尔斯坦|东土耳其斯坦)(?![”\"」』])")
SEPARATIST_PLACE_RIGHT = {"南蒙古": "内蒙古", "维吾尔斯坦": "新疆", "东土耳其斯坦": "新疆（分裂势力称谓，不使用）"}

# ---- Taiwan's authorities named as a state's ------------------------------------------------------------------

# The bodies of Taiwan's authorities (current names after the 2023 reorganisation and the older ones still written):
# named only as 台湾地区有关部门 or with quotation marks (《关于正确使用涉台宣传用语的意见》).
TW_BODY_UNIQUE_LEGACY = ("行政院|立法院|监察院|考试院|司法院|大陆委员会|陆委会|农业委员会|农委会|国家发展委员会|国发会|国科会|"
                         "金融监督管理委员会|金管会|侨务委员会|侨委会|原住民族委员会|原民会|客家委员会|客委会|退除役官兵辅导委员会|"
                         "退辅会|海洋委员会|海委会|中央选举委员会|中选会|文建会|劳委会|经建会|研考会|蒙藏委员会|卫生福利部|卫福部|"
                         "数位发展部|数发部|海巡署|警政署|疾管署|疾病管制署|健保署|中研院|国史馆|主计总处|通传会")
TW_BODY_SHARED_LEGACY = ("国安会|国安局|环保署|卫生署|观光局|观光署|新闻局|气象局|气象署|体委会|体育署|移民署|调查局|关务署|农粮署|"
                         "渔业署|内政部|外交部|国防部|教育部|经济部|法务部|财政部|交通部|劳动部|文化部|农业部|环境部|运动部|中央银行|"
                         "央行")
TW_AUTHORITIES_FILE = Path(__file__).resolve().parent / "data" / "tw_authorities.tsv"


def tw_authority_forms() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(forms named Taiwan's alone, forms shared with bodies of the mainland or other states), every body of
    Taiwan's authorities in ``data/tw_authorities.tsv`` with the short forms posts use, longest first."""
    alone: set[str] = set(TW_BODY_UNIQUE_LEGACY.split("|"))
    shared: set[str] = set(TW_BODY_SHARED_LEGACY.split("|"))
    for line in TW_AUTHORITIES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            form, _full, _level, scope = line.split("\t")[:4]
            (alone if scope == "tw" else shared).add(form)
    alone -= shared  # a form some other body bears is only Taiwan's after a Taiwan word
    return (tuple(sorted(alone, key=lambda f: (-len(f), f))), tuple(sorted(shared, key=lambda f: (-len(f), f))))


TW_BODY_UNIQUE = "|".join(tw_authority_forms()[0])
TW_BODY_SHARED = "|".join(tw_authority_forms()[1])
# (quotation marks around the name itself, “台湾食药署”, mark it — the lookahead; a quoted sentence that contains it,
# a rumour “台湾食药署检出……”, reproduces the wording)
TW_PREFIXED_BODY = re.compile(r"(?:台湾|台当局|台湾当局|岛内|台方)(?:地区)?(?:的)?(?:现任|新任|前任|前|原)?"
                              r"(?P<body>" + "|".join(sorted(TW_BODY_UNIQUE.split("|") + TW_BODY_SHARED.split("|"), key=len, reverse=True))
                              + r")(?!门|分|落|议|谈|[”\"」』])")  # 农业部门: a sector; 文化部落; 公平会议
# (a name after a quoted parent body continues the quoted chain: 台湾地区“卫福部”疾管署)
TW_BARE_BODY = re.compile(r"(?<![“\"「『”」』省市县区镇乡村])(?P<body>" + TW_BODY_UNIQUE + r")(?!议|谈|员|场|[”\"」』])")
# A Taiwan leader's surname before 总统: 赖总统, 蔡总统, 马总统, 陈总统, 李总统, 蒋总统; 萧副总统, 吕副总统.
TW_SURNAME_PRESIDENT = re.compile(r"(?<![“\"「『])(?:赖|蔡|马|扁|陈|李|蒋|萧|吕)(?:前)?(?:副)?总统"
                                  r"(?![”\"」』])")
# 民国 years after 1949 in any numeral form: 民国115年, 民国一百一十五年, 民国一一五年.
ROC_YEAR_ANY = re.compile(r"(?<![“\"「『])(?:中华)?民国\s*(?P<n>\d{1,3}|[〇零一二两三四五六七八九十百]{1,6})\s*年")
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
DOUBLE_TEN = re.compile(r"(?<![“\"「『])(?:双十|十月十日)(?:节)?(?P<nd>国庆(?:节|日)?|庆典)|"
                        r"(?:中华民国|民国)(?P<nd2>国庆(?:节|日)?)")

# ---- the mainland set against Hong Kong, Macao or Taiwan as another country ----------------------------------

HMT = r"(?:香港|澳门|港澳|港澳台|台湾)(?:地区)?"
# 国内外 is another word; 台湾和国内其他省份 counts Taiwan in
DOMESTIC_VS_HMT = re.compile(r"(?<![“\"「『])(?:" + HMT + r"(?:与|和|同|跟|及|、|比|对比|相比)国内"
                             r"(?!外|生产|市场监管|各地|其他|其它|各省|兄弟|一样|同样)|"
                             r"国内(?:与|和|同|跟|及|、|或)" + HMT + r"(?!地区以外))")
PEOPLE = r"(?:人民|同胞|民众|居民|市民|人)"
CHINA_VS_HK = re.compile(r"中国" + PEOPLE + r"(?:与|和|同|跟|及|、)(?:香港|澳门)" + PEOPLE + r"|"
                         r"(?:香港|澳门)" + PEOPLE + r"(?:与|和|同|跟|及|、)中国" + PEOPLE +
                         r"(?!解放军|银行|大学|志愿军|政治|警察|抗日|革命)")
# The mainland's own bodies for Taiwan affairs with 中国 / 中共 in front, as Taiwan's media write them.
CHINA_TAO = re.compile(r"(?:中国|中共)(?P<body>国台办|国务院台办|国务院台湾事务办公室|海协会|海峡两岸关系协会)")
# The 1949 narrative of Taiwan's authorities (新华社禁用词: 不使用台湾当局的说法).
KMT_NARRATIVE = re.compile(r"(?:大陆沦陷|大陆陷共|大陆陷匪|神州陆沉|政府迁台|国府迁台|光复大陆|反攻大陆|共匪|匪区|"
                           r"朱毛匪|毛匪|中共建政|中共窃国)")
KMT_RIGHT = {"大陆沦陷": "新中国成立 / 全国解放", "大陆陷共": "新中国成立 / 全国解放", "大陆陷匪": "新中国成立 / 全国解放",
             "神州陆沉": "新中国成立 / 全国解放", "政府迁台": "国民党当局退踞台湾", "国府迁台": "国民党当局退踞台湾",
             "光复大陆": "（台湾当局的说法，必须用时加引号）", "反攻大陆": "（台湾当局的说法，必须用时加引号）",
             "中共建政": "新中国成立", "中共窃国": "新中国成立"}

# ---- honorifics of separatist figures -------------------------------------------------------------------------

DALAI = r"(?:十四世)?达赖(?:喇嘛)?"
DALAI_HONORIFIC = re.compile(r"(?<![“\"「『])(?:" + DALAI + r"(?:尊者|法王|圣下|陛下|佛爷|上师|活佛)|"
                             r"(?:尊者|法王|圣下|至尊)" + DALAI + r")(?![”\"」』])")
# The boy the Dalai Lama named in 1995 is not the Panchen Lama (the eleventh Panchen Erdeni is Gyaincain Norbu, enthroned
# 1995 by the Golden Urn; 国务院新闻办公室《西藏的民主改革和发展》等白皮书).
# The two titles the central government conferred are each one word (达赖喇嘛: 顺治 1653; 班禅额尔德尼: 康熙 1713, 《清实录》;
# 国务院新闻办公室《西藏的民主改革和发展》), read whole or cut to 达赖 / 班禅: the halves of one written with the other's
# (班禅喇嘛, 达赖额尔德尼) is the foreign rendering ("Panchen Lama"), not the conferred title (content-political39).
TITLES_CROSSED = re.compile(r"(?<![“\"「『])(?:班禅喇嘛|达赖额尔德尼)(?![”\"」』])")
TITLE_CONFERRED = {"班禅喇嘛": "班禅额尔德尼（或“班禅”）", "达赖额尔德尼": "达赖喇嘛"}
FALSE_PANCHEN = re.compile(r"(?<![“\"「『])(?:(?:十一世)?班禅(?:喇嘛)?(?:的)?根敦确吉尼玛|根敦确吉尼玛(?:的)?(?:十一世)?班禅)")
# Honorifics and slogans of separatists: 维吾尔之母 (Rebiya Kadeer's self-styled title); 光复香港，时代革命, the slogan HK
# courts found secessionist (HKSAR v Tong Ying-kit, 2021) under the National Security Law.
SEPARATIST_SLOGANS = re.compile(r"(?<![“\"「『])(?:维吾尔之母|光复香港|时代革命)(?![”\"」』])")
HONORIFIC_REJECTED = re.compile(REJECTS.pattern + r"|自封|自称|自诩|骗|谎|假|伪|冒充|揭穿|揭露|批驳")
EXILE_BODIES = re.compile(r"(?<![“\"「『所谓])(?:藏人行政中央|西藏流亡议会|流亡藏人议会|藏人行政中央司政|流亡藏人司政)")


def roc_year(token: str) -> int | None:
    """The number of a 民国 year written with Arabic digits, Chinese numerals by place (一百一十五) or digit by digit
    (一一五)."""
    if token.isdigit():
        return int(token)
    if "十" not in token and "百" not in token:
        digits = [CN_DIGIT.get(c) for c in token]
        return None if None in digits else int("".join(map(str, digits)))
    total, num = 0, 0
    for c in token:
        if c in CN_DIGIT:
            num = CN_DIGIT[c]
        elif c == "百":
            total, num = total + (num or 1) * 100, 0
        elif c == "十":
            total, num = total + (num or 1) * 10, 0
    return total + num


def _term_quoted(folded: str, m: re.Match) -> bool:
    """Quotation marks around the term itself (“大陆沦陷”), the remedy the guidance names ("必须使用时加引号"); a
    quoted sentence that contains the term reproduces the wording rather than marking it."""
    return (m.start() > 0 and folded[m.start() - 1] in "“\"「『'‘" and m.end() < len(folded)
            and folded[m.end()] in "”\"」』'’")


def so_called(folded: str, a: int) -> bool:
    """所谓 just before position ``a`` (所谓“…”, 所谓的…): the wording is named as someone else's."""
    return "所谓" in folded[max(0, a - 4):a]


def name_quoted(folded: str, a: int, b: int) -> bool:
    """The name at ``a``–``b`` is itself in quotation marks (“台湾财政部”, “台湾外交部长”): an opening mark just before it and a
    closing one at most two characters after — a quoted rumour or speech that merely contains the name is not."""
    return a > 0 and folded[a - 1] in "“\"「『'‘" and any(c in "”\"」』'’" for c in folded[b:b + 3])


def _skip(folded: str, m: re.Match, in_quotes: Callable[[int, int], bool], reasons: re.Pattern) -> bool:
    """Quoted, after 所谓, or in a sentence that reports, quotes or rejects the wording."""
    return (in_quotes(m.start(), m.end()) or so_called(folded, m.start())
            or bool(reasons.search(_sentence(folded, m.start()))))


def third_round_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of the third round's families (module docstring)."""
    has = folded.__contains__
    for m in SHINA.finditer(folded) if has("支那") else ():
        if not _skip(folded, m, in_quotes, REPORTED_NAME):
            key = (m.group("pre") or "") + (m.group("post") or "")
            yield (m.start(), m.end(), "领土称谓", SHINA_RIGHT.get(key, SHINA_RIGHT.get(m.group("post") or "", "中国")),
                   "不使用日本军国主义对中国及我国海域的蔑称“支那”")
    for m in DIAOYUTAI.finditer(folded) if has("钓鱼台") else ():
        sentence = _sentence(folded, m.start())
        if (m.group("isle") or DIAOYU_SEA.search(sentence)) and not DIAOYU_PLACE.search(sentence) and \
                not _skip(folded, m, in_quotes, REPORTED_NAME):
            yield m.start(), m.end(), "领土称谓", "钓鱼岛（钓鱼岛及其附属岛屿）", "钓鱼岛不使用台湾地区的“钓鱼台”称谓"
    for m in SEPARATIST_PLACE_NAMES.finditer(folded) if (has("蒙古") or has("斯坦")) else ():
        if not _skip(folded, m, in_quotes, REJECTS):
            yield (m.start(), m.end(), "领土称谓", SEPARATIST_PLACE_RIGHT[m.group(0)],
                   "不使用分裂势力对我国领土的称谓")
    tw_post = TW_CONTEXT_WIDE.search(folded)
    for m in TW_PREFIXED_BODY.finditer(folded) if tw_post else ():
        if name_quoted(folded, m.start(), m.end()) or so_called(folded, m.start()):
            continue  # 所谓“台湾外交部长”: the name quoted or named as the other side's (content-political28)
        if not ROC_ERA.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "台湾:机构", "台湾地区有关部门（必须用时加引号）",
                   "台湾地区机构名称未加引号（不能当作国家机构称呼）")
    for m in TW_BARE_BODY.finditer(folded) if tw_post else ():
        sentence = _sentence(folded, m.start())
        if (TW_CONTEXT_WIDE.search(sentence) and not HK_OR_FOREIGN.search(sentence) and not ROC_ERA.search(sentence)
                and not _skip(folded, m, in_quotes, re.compile(r"所谓"))):
            yield (m.start(), m.end(), "台湾:机构", "台湾地区有关部门（必须用时加引号）",
                   "台湾地区机构名称未加引号（不能当作国家机构称呼）")
    for m in TW_SURNAME_PRESIDENT.finditer(folded) if has("总统") and tw_post else ():
        sentence = _sentence(folded, m.start())
        if any(folded.endswith(c, 0, m.start() + 1) for c in countries()):
            continue  # 巴拿马总统: a country's name ends in the surname
        if TW_CONTEXT_WIDE.search(sentence) and not HK_OR_FOREIGN.search(sentence) and not ROC_ERA.search(sentence):
            if not in_quotes(m.start(), m.end()) and "所谓" not in folded[max(0, m.start() - 4):m.start()]:
                yield m.start(), m.end(), "台湾:总统", "台湾地区领导人（姓名）", "称台湾地区领导人为“总统”"
    for m in ROC_YEAR_ANY.finditer(folded) if has("民国") else ():
        n = roc_year(m.group("n"))
        if n is not None and 39 <= n <= 200 and not _skip(folded, m, in_quotes, re.compile(r"所谓|纪年|换算|即公元")):
            yield m.start(), m.end(), "民国纪年", f"{1911 + n}年", "1949 年以后使用“民国”纪年（应用公元纪年）"
    for m in DOUBLE_TEN.finditer(folded) if (has("双十") or has("十月十日") or has("民国")) else ():
        if not _skip(folded, m, in_quotes, re.compile(r"所谓|1911|辛亥|武昌起义|19[1-4]\d")):
            yield m.start(), m.end(), "台湾:国家职务", "所谓“双十节”", "把台湾地区的“双十节”称为“国庆”"
    for m in DOMESTIC_VS_HMT.finditer(folded) if has("国内") else ():
        if not _skip(folded, m, in_quotes, re.compile(r"所谓|错误|不能说|不应")):
            yield (m.start(), m.end(), "港澳台:国家", "内地与香港（澳门）/ 大陆与台湾",
                   "把“国内”与港澳台并列（港澳台也在国内）")
    # quotation marks do not mend a juxtaposition (the guidance's remedy is other words: 内地居民与香港同胞)
    for m in CHINA_VS_HK.finditer(folded) if has("中国") else ():
        if not _skip(folded, m, lambda a, b: False, re.compile(r"所谓|错误|不能说|不应|驳斥|反对")):
            yield m.start(), m.end(), "中国与港澳", "内地居民与香港（澳门）同胞", "把香港、澳门同胞与“中国人民”并列"
    for m in CHINA_TAO.finditer(folded) if has("台办") or has("海协会") or has("两岸关系协会") else ():
        if not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "中国与台湾", m.group("body"),
                   "大陆涉台机构前不冠以“中国”“中共”（台湾媒体的说法，暗含台湾不属于中国）")
    for m in KMT_NARRATIVE.finditer(folded):
        if not _term_quoted(folded, m) and not _skip(folded, m, lambda a, b: False, REJECTS):
            yield (m.start(), m.end(), "台湾当局说法", KMT_RIGHT.get(m.group(0), "（台湾当局的说法，不使用）"),
                   "不使用台湾当局对 1949 年前后历史的说法")
    for m in DALAI_HONORIFIC.finditer(folded) if has("达赖") else ():
        if not _skip(folded, m, in_quotes, HONORIFIC_REJECTED):
            yield m.start(), m.end(), "涉藏称谓", "十四世达赖", "不以“尊者”“法王”等敬称称呼十四世达赖"
    for m in FALSE_PANCHEN.finditer(folded) if has("根敦确吉尼玛") else ():
        if not _skip(folded, m, in_quotes, REJECTS):
            yield m.start(), m.end(), "涉藏称谓", "十一世班禅额尔德尼·确吉杰布", "十一世班禅是坚赞诺布（确吉杰布）"
    for m in TITLES_CROSSED.finditer(folded) if (has("喇嘛") or has("额尔德尼")) else ():
        if not _skip(folded, m, in_quotes, re.compile(r"英文|英语|译作|译为|误称|误作|不能|不应|不宜|不是|错误|而非")):
            yield (m.start(), m.end(), "涉藏称谓", TITLE_CONFERRED[m.group(0)],
                   "中央政府册封的称号是“达赖喇嘛”“班禅额尔德尼”，不混用（不称“班禅喇嘛”）")
    for m in SEPARATIST_SLOGANS.finditer(folded) if (has("维吾尔之母") or has("光复香港") or has("时代革命")) else ():
        if m.group(0) == "时代革命" and "光复" not in _sentence(folded, m.start()):
            continue  # 时代革命 alone is ordinary words (一场时代革命)
        if not _skip(folded, m, in_quotes, HONORIFIC_REJECTED):
            yield (m.start(), m.end(), "分裂主张:引号", f"“{m.group(0)}”（必须用时加引号并予以批驳）",
                   "分裂势力的口号和自封称号不能照录")
    for m in EXILE_BODIES.finditer(folded) if (has("藏人") or has("流亡")) else ():
        if not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "涉藏称谓", "所谓“西藏流亡政府”（达赖集团）", "不承认所谓“西藏流亡政府”及其机构"
