"""Politically wrong wording, twelfth round: Taiwan's leader and 行政院 under a state's names, Hong Kong, Macao and
Taiwan written as foreign, and entities China does not recognise written as states (checklist 250–279; sources in
``detectors/lexicons/SOURCES.md``).

* **Taiwan's leader, his family and 行政院 as a cabinet** (《关于正确使用涉台宣传用语的意见》: Taiwan's authorities are
  not a state's; its leader is 台湾地区领导人): 总统 / 副总统 as an office in a sentence about Taiwan that names no
  other state (当选总统, 卸任总统, 以前总统身份; one finding per sentence), 第一家庭, 第一夫人 (the leader's spouse,
  台湾地区领导人配偶); 内阁 for the 行政院 — a 行政院长's name before 内阁 (卓荣泰内阁), a Taiwan word before it (台湾内阁,
  岛内内阁), 行政院内阁, or 内阁 改组 / 总辞 in a sentence about Taiwan that names no other state; 台湾总理 / 台湾首相. (The bodies
  themselves, every one with its short forms, are read from ``data/tw_authorities.tsv`` by
  ``content_political.TW_PREFIXED_BODY`` and ``TW_BARE_BODY``.)
* **Hong Kong, Macao and Taiwan as foreign**: post, calls, roaming and flights to them called 国际 (寄往香港的国际快递,
  飞往澳门的国际航班, 在台湾开通国际漫游 — 港澳台快递 / 地区航班 / 港澳台漫游); 中国公民 set beside Hong Kong, Macao or
  Taiwan residents (中国公民及台湾居民 → 大陆居民及台湾居民; they are Chinese citizens too).
* **Entities China does not recognise as states** (外交部“国家和组织”: none of them is among the states;
  ``UNRECOGNISED``): their self-proclaimed state names (科索沃共和国, 索马里兰共和国, 北塞浦路斯土耳其共和国, 阿布哈兹,
  南奥塞梯, 德涅斯特河沿岸, 阿拉伯撒哈拉民主共和国, 阿尔扎赫 / 纳卡, 顿涅茨克 / 卢甘斯克人民共和国) written as a state's
  name, and the entity counted among countries (塞尔维亚、科索沃等国). Quotation marks, 所谓, 自称, 单方面宣布 and
  不承认 report the name as someone else's. 巴勒斯坦国 is recognised (1988) and stays clean.

Thirteenth session (``naming_hits``, checklist 300–314; each family from its complete inventory):

* **Taiwan, Hong Kong or Macao in a collective that names states** — after a collective (``STATE_ROLES`` + 国 / 国家:
  来源国, 外资来源国, 出口国, 客源国, 对象国, 贸易伙伴国, 参展国, 邻国 …; 国家 / 各国 / 外国 only before 包括 or a colon)
  and a verb of enumeration, a list with a state and one of them (主要来源国依次为澳大利亚、台湾、印尼); a list closed by a
  demonstrative collective (泰国、日本和台湾这几个国家, 这些国家); one of them said to be such a state (台湾已成为我省
  第二大外资来源国, 台湾这个国家); one of them likened to "another country" (对岸——另一个国家, 去香港像到了另一个国家,
  异国他乡). 和地区 / （地区）, 来源地, 中国台湾地区 and a sentence that denies it (不像, 从未, 并非) are right.
* **A state's attributes given to Taiwan's authorities and people** — 国家领导人 (台湾的国家领导人, 国家领导人赖清德),
  首长 of its bodies (台湾卫生部门首长, 部会首长), 府院 as a state's presidential office and cabinet (府院高层, 府院党; the
  1917 府院之争 is history), its 外交, 国防 and a state's symbols (国旗, 国歌, 国花, 国土), 国籍为台湾 (香港, 澳门), and
  台湾籍外宾 (``content_political_families.FROM_HMT_FOREIGN``).
* **中台 / 中港 / 中澳 as two parties** — every word that makes them two sides (两岸, 双方, 人民, 经贸, 对话 …):
  ``content_patterns``' 中港台 rule, widened there (中台办 is the Party's Taiwan Work Office).
* **Colonial wording** — 香港殖民政府 / 殖民地政府 / 殖民时期 (港英当局, 港英统治时期), 殖民政府 in a Hong Kong or Macao
  sentence, 英属香港, 殖民地香港; a concession or leased territory (租界, 租借地, 鼓浪屿, 沙面, 广州湾, 威海卫) called a
  殖民地 — quotation marks do not mend it (曾被称为“外国人的殖民地”); 半殖民地, 殖民地风格 and the colonial *rule*
  (英国对香港实行殖民统治, 德国殖民时期的青岛) are right.
* **The Han people's branches called 民族** (``HAN_BRANCHES``: 客家, 广府, 潮汕, 闽南, 莆仙, 疍家 …) — 客家民族, 疍家族,
  闽南人是一个独立的民族; 台湾民族 / 香港民族 (separatist notions). 民系, 族群, 族谱, 中华民族, 台湾少数民族 and 民族 as an
  adjective of what follows (民族音乐, 民族风情) are right.

Fourteenth session (``sovereignty_hits``, checklist 340–354; each family from the structure of what is right):

* **Hong Kong and Macao written as abroad** — a state's symbols given to a region (香港国旗, 澳门特区国徽, 澳门国歌,
  香港的国花: the regions have a 区旗 and a 区徽; the ordinances 《国旗及国徽条例》《国歌条例》, flag guards and a sentence
  that names the regional flag are right); a Chinese consulate or embassy there (中国驻香港领事馆, 香港的中国领事馆: the
  Foreign Ministry keeps a 特派员公署; 美国驻香港总领事馆 is right); a resident's passport used to enter the mainland
  (香港居民持特区护照来内地: 回乡证 / 台胞证) and a mainland resident's 通行证 and 签注 called a passport or a visa (港澳签证,
  赴港护照, 内地居民赴澳门须办理护照); leaving 中国 for them (离开中国前往香港); 港人 / 澳人 / 港商 / 港青 / 台生 …
  crossing into 中国 (``content_patterns``' 回国 and 赴中国 rules, their subjects widened by ``HMT_SHORT``; 澳人 / 澳企
  only in a post that names Macao and not Australia). Hong Kong's and Macao's own 大使馆 / 领事馆 (香港驻北京领事馆),
  and a region's 国土 / 国号. A region's passport without the region (香港护照, 澳门护照: the 特别行政区护照 of 基本法
  第一百五十四条 / 第一百三十九条; content-political26).
* **A state border across the Strait or between the mainland and the regions** — 两岸边境, 海峡两岸之间的国境线,
  大陆与台湾的边界, 金门与厦门之间的边境, 台湾海峡的国界线, 两岸领土争端 / 划界, 内地与香港边境 (口岸 and 出入境 are
  right; 中港边境 / 中澳边境 are the 中港台 rule's; a Taiwan place paired with a foreign state is China's boundary).
* **The Taiwan authorities' own terms** — 台澎金马(地区) and 中华民国自由地区 (the WTO's 台澎金马单独关税区 is right);
  中华民国 + 宪法 / 政府 / 总统 / 国旗 / 国军 / 护照 / 身份证 / 元首 … as a state of today: a word of the present (现行,
  至今, 沿用, 台湾当局, a year after 1949) outweighs a year of the Republic's time in the sentence (1949 年以后，台湾当局仍沿用
  现行的中华民国宪法), which keeps ``political.tsv``'s bare 中华民国 row quiet; a sentence of the Republic's time alone
  (1928 年中华民国政府定都南京) is history.
* **The national organs and the head of state under wrong names** — 中国政协主席 / 委员, 中国人大委员长 / 代表, 中国军委
  主席 (全国政协, 全国人大常委会, 中央军委; 中国人大网 and 《中国政协》 are names), 最高领袖 (other states' title; also
  ``content_patterns.ALL_TITLES`` beside every leader's name).

``status_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text (the convention of
``territory_hits``), the thirteenth session's ``naming_hits`` and the fourteenth's ``sovereignty_hits`` last.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.content_political import (
    HAN,
    HK_OR_FOREIGN,
    REJECTS,
    ROC_ERA,
    TW_CONTEXT_WIDE,
    _sentence,
    _sentence_bounds,
    countries,
    so_called,
)

# ---- Taiwan's leader's family, 行政院 as a cabinet -----------------------------------------------------------

# 行政院长 since 1990 (public record): a name before 内阁 names the 行政院 as a state's cabinet.
TW_PREMIERS = ("卓荣泰", "陈建仁", "苏贞昌", "林全", "张善政", "毛治国", "江宜桦", "陈冲", "吴敦义", "刘兆玄", "张俊雄",
               "谢长廷", "游锡堃", "唐飞", "萧万长", "连战", "郝柏村")
TW_WORD = r"(?:台湾|台湾地区|台当局|台湾当局|岛内|台方|民进党当局)"
# 总统 / 副总统 as an office in a sentence about Taiwan (当选总统, 竞选总统, 卸任总统, 以前总统身份, 总统任期); the
# leader's family as a state's (第一家庭). 总统府 has its own rule (content_patterns).
# (先总统 is the Kuomintang's honorific, content_political_history's rule)
TW_PRESIDENCY = re.compile(r"(?<![“\"「『])(?:第一家庭|(?:前|副|卸任|现任|新任)?(?<!先)总统(?!府|[”\"」』]))")
# a sentence that names the title as someone's wording (台湾当局称他为“总统”, 所谓, 不称 …) uses it rightly
TITLE_REPORTED = re.compile(r"称[^，。；！？]{0,12}?为|尊称|称呼|叫法|说法|称谓|所谓|不称|不能称|不应称|不得称|错误")
FIRST_LADY = re.compile(r"(?<![“\"「『])(?:" + TW_WORD + r"(?:的)?)?第一夫人(?![”\"」』])")
TW_CABINET = re.compile(r"(?<![“\"「『])(?:(?P<who>" + "|".join(TW_PREMIERS) + r")|(?P<tw>" + TW_WORD + r"|行政院)(?:的)?)"
                        r"内阁(?![”\"」』])")
BARE_CABINET = re.compile(r"(?<![“\"「『])内阁(?:改组|总辞|倒台|成员|阁员|名单)")
TW_PREMIER_TITLE = re.compile(r"(?<![“\"「『])" + TW_WORD + r"(?:的)?(?:现任|新任|前任|前)?(?P<t>总理|首相)(?!事|[”\"」』])")
FOREIGN_WORDS = re.compile(HK_OR_FOREIGN.pattern + r"|外国|各国|国外|出访")

# ---- Hong Kong, Macao and Taiwan written as foreign ---------------------------------------------------------

HMT_PLACE = r"(?:香港|澳门|港澳|港澳台|台湾|台北|高雄|台中|金门)(?:地区)?"
# the service and the verb that takes it there
HMT_SERVICE = re.compile(
    r"(?:寄往|寄到|寄至|寄回|发往|邮往|邮寄到|邮寄至)" + HMT_PLACE + r"(?:的)?国际(?P<s>快递|快件|邮件|包裹|物流|小包|件)|"
    r"(?:飞往|飞抵|飞|往返|直飞|前往|开往)" + HMT_PLACE + r"(?:的)?国际(?P<f>航班|航线|机票|班机)|"
    r"(?:打往|拨往|拨打|打到|致电)" + HMT_PLACE + r"(?:的)?国际(?P<c>长途|电话)|"
    r"(?:在|赴|到|去)" + HMT_PLACE + r"(?:旅游|出差|期间|时)?(?:使用|开通|办理|产生)?(?:的)?国际(?P<r>漫游)")
SERVICE_RIGHT = {"s": "港澳台快递 / 寄往港澳台地区的邮件", "f": "地区航班 / 港澳台航线", "c": "港澳台长途",
                 "r": "港澳台漫游"}
CITIZENS_VS_HMT = re.compile(r"中国(?:籍)?公民(?:及|和|与|或|、|以及)" + HMT_PLACE + r"(?:居民|同胞|人士|公民)|"
                             + HMT_PLACE + r"(?:居民|同胞|人士)(?:及|和|与|或|、|以及)中国(?:籍)?公民")

# ---- entities China does not recognise as states ---------------------------------------------------------

# (name as written, its stem) — self-proclaimed state names of entities that are not among the states of the
# Foreign Ministry's 国家和组织 pages (外交部: 科索沃 is listed under Serbia's page, 北塞浦路斯 under Cyprus', 阿布哈兹 and
# 南奥塞梯 under Georgia's, 德涅斯特河沿岸 under Moldova's, 西撒哈拉 under the UN's decolonisation question, 纳卡 under
# Azerbaijan's, 顿涅茨克 / 卢甘斯克 under Ukraine's); China has no relations with them. 克里米亚 (克里木) joins them in
# content-political23: the "Republic of Crimea" (克里米亚共和国, 2014) is a state form China does not recognise either —
# 外交部 lists 克里米亚 under Ukraine's page, and its usage is 克里米亚 (地区) / 克里米亚问题 (发言人 2014-03-18 …
# 2022); Ukraine's 克里米亚自治共和国 of before 2014 is no state form here (自治 stands between).
UNRECOGNISED = ("科索沃", "索马里兰", "北塞浦路斯", "阿布哈兹", "南奥塞梯", "德涅斯特河沿岸", "德左", "西撒哈拉",
                "撒哈拉", "阿尔扎赫", "阿尔察赫", "阿尔查赫", "纳卡", "纳戈尔诺-卡拉巴赫", "顿涅茨克", "卢甘斯克", "克里米亚", "克里木")
STATE_FORM = r"(?:(?:土耳其|摩尔达维亚|阿拉伯|人民|民主|-阿兰)?(?:民主)?共和国|-阿兰国)"
UNRECOGNISED_STATE = re.compile(r"(?P<name>(?:阿拉伯撒哈拉民主共和国)|(?P<stem>"
                                + "|".join(sorted(UNRECOGNISED, key=len, reverse=True)) + r")" + STATE_FORM + r")")
UNRECOGNISED_AMONG = re.compile(r"(?<![“\"「『])(?P<stem>" + "|".join(sorted(UNRECOGNISED, key=len, reverse=True))
                                + r")(?:地区)?(?:等(?:[0-9一二三四五六七八九十多几]+个)?国(?!家?(?:和|或|及|与|、)地区)(?:家)?|两国)")
# (the words of a report about the entity's status anywhere in its sentence; the general words of rejection — 非法,
# 反对, 错误 — only in the clause of the name: 以去顿涅茨克人民共和国“务工”为名招募人员，……实为非法出境陷阱 rejects the
# recruitment, not the name)
STATUS_REPORTED = re.compile(r"自称|自封|自行宣布|单方面|宣布独立|宣布成立|未获|不被|承认|所谓")
# A quoted name is the other side's name unless it fills a field that holds a state's name (原产地为“阿布哈兹共和国”:
# the post takes the label's country of origin as a country).
STATE_FIELD = re.compile(r"(?:原产地|原产国|产地|生产国|来源国|出口国|进口国|国籍|国别|发证国|签发国|目的国|所属国)"
                         r"(?:为|是|：|:|标注为|显示为|写着)?[“\"「『]?$")
UNRECOGNISED_GATE = re.compile("|".join(UNRECOGNISED))
# The titles and symbols only a state has, given to such an entity (阿布哈兹总统, 索马里兰外长, 北塞浦路斯的首都)
UNRECOGNISED_ATTR = re.compile(r"(?<![“\"「『])(?P<stem>" + "|".join(sorted(UNRECOGNISED, key=len, reverse=True))
                               + r")(?:地区)?(?:的)?(?:现任|新任|前任|首任)?"
                               r"(?P<t>总统|副总统|国家元首|总理|首都|国都|国旗|国歌|国徽|外交部长|外交部|外长|国防部长|"
                               r"驻华大使|大使馆|护照|独立日|国庆日?)(?![”\"」』])")
STATUS_RIGHT = {"科索沃": "科索沃（地区）", "索马里兰": "索马里兰（地区）", "北塞浦路斯": "塞浦路斯北部（所谓“北塞浦路斯土耳其共和国”）",
                "阿布哈兹": "阿布哈兹（地区）", "南奥塞梯": "南奥塞梯（地区）", "德涅斯特河沿岸": "德涅斯特河沿岸地区",
                "德左": "德涅斯特河沿岸地区", "西撒哈拉": "西撒哈拉（地区）", "撒哈拉": "西撒哈拉（地区）",
                "阿尔扎赫": "纳卡地区", "阿尔察赫": "纳卡地区",
                "阿尔查赫": "纳卡地区", "纳卡": "纳卡地区", "纳戈尔诺-卡拉巴赫": "纳卡地区", "顿涅茨克": "顿涅茨克地区",
                "卢甘斯克": "卢甘斯克地区", "克里米亚": "克里米亚（地区）", "克里木": "克里米亚（地区）"}


def _clause(folded: str, i: int) -> str:
    """The clause around ``i`` (to the nearest comma, semicolon, colon or sentence end)."""
    a, b = _sentence_bounds(folded, i, "。！？!?\n，,；;：:")
    return folded[a:b]


def _tw_sentence(sentence: str) -> bool:
    """A sentence about Taiwan (a Taiwan word or one of its leaders) that names no other state or Hong Kong / Macao,
    and is not history of the Republic before 1949."""
    if not TW_CONTEXT_WIDE.search(sentence) or ROC_ERA.search(sentence) or FOREIGN_WORDS.search(sentence):
        return False
    return not any(c in sentence for c in countries() if c != "中国")


def status_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of this round's families (module docstring)."""
    has = folded.__contains__
    about_taiwan: dict[tuple[int, int], bool] = {}  # one reading per sentence, however many words it repeats

    def tw_sentence_at(i: int) -> bool:
        bounds = _sentence_bounds(folded, i)
        if bounds not in about_taiwan:
            about_taiwan[bounds] = _tw_sentence(folded[bounds[0]:bounds[1]])
        return about_taiwan[bounds]

    def quoted_or_so_called(m: re.Match) -> bool:
        return in_quotes(m.start(), m.end()) or so_called(folded, m.start())

    for m in FIRST_LADY.finditer(folded) if has("第一夫人") else ():
        if (not quoted_or_so_called(m) and tw_sentence_at(m.start())
                and not TITLE_REPORTED.search(_sentence(folded, m.start()))):
            yield (m.start(), m.end(), "台湾:总统", "台湾地区领导人配偶",
                   "称台湾地区领导人配偶为“第一夫人”（把台湾地区领导人当作国家元首）")
    reported: set[tuple[int, int]] = set()  # the sentences already reported for 总统: the sentence is what is wrong
    for m in TW_PRESIDENCY.finditer(folded) if (has("总统") or has("第一家庭")) else ():
        bounds = _sentence_bounds(folded, m.start())
        if (bounds not in reported and not quoted_or_so_called(m) and tw_sentence_at(m.start())
                and not TITLE_REPORTED.search(folded, bounds[0], bounds[1])):
            reported.add(bounds)
            yield (m.start(), m.end(), "台湾:总统", "台湾地区领导人",
                   "称台湾地区领导人为“总统”（把台湾地区领导人当作国家元首）")
    if has("内阁"):
        spans = []
        for m in TW_CABINET.finditer(folded):
            sentence = _sentence(folded, m.start())
            if quoted_or_so_called(m) or ROC_ERA.search(sentence):
                continue
            if m.group("who") and not TW_CONTEXT_WIDE.search(sentence) and not TW_CONTEXT_WIDE.search(folded):
                continue  # a premier's name is Taiwan's only in a post about Taiwan (林全, 陈冲 are common names)
            spans.append((m.start(), m.end()))
            yield (m.start(), m.end(), "台湾:机构", "台湾地区行政管理机构（“行政院”）",
                   "把台湾地区“行政院”称为“内阁”（国家的政府机构）")
        for m in BARE_CABINET.finditer(folded):
            if any(s <= m.start() < e for s, e in spans) or quoted_or_so_called(m):
                continue
            if tw_sentence_at(m.start()):
                yield (m.start(), m.end(), "台湾:机构", "台湾地区行政管理机构（“行政院”）人事调整",
                       "把台湾地区“行政院”称为“内阁”（国家的政府机构）")
    for m in TW_PREMIER_TITLE.finditer(folded) if (has("总理") or has("首相")) else ():
        if not quoted_or_so_called(m) and not ROC_ERA.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "台湾:职务", "台湾地区行政管理机构负责人",
                   f"称台湾地区行政管理机构负责人为“{m.group('t')}”")
    for m in HMT_SERVICE.finditer(folded) if has("国际") else ():
        if not quoted_or_so_called(m) and not REJECTS.search(_sentence(folded, m.start())):
            kind = next(k for k in "sfcr" if m.group(k))
            yield (m.start(), m.end(), "港澳台:国际", SERVICE_RIGHT[kind],
                   "往来港澳台的邮件、航班、电话、漫游称“国际”（港澳台不是外国）")
    for m in CITIZENS_VS_HMT.finditer(folded) if has("公民") else ():
        if not REJECTS.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "中国与台湾", "大陆居民及台湾居民 / 内地居民及香港、澳门居民",
                   "把“中国公民”与港澳台居民并列（港澳台居民中的中国公民也是中国公民）")
    if UNRECOGNISED_GATE.search(folded):
        for pattern in (UNRECOGNISED_STATE, UNRECOGNISED_AMONG, UNRECOGNISED_ATTR):
            for m in pattern.finditer(folded):
                field = STATE_FIELD.search(folded, max(0, m.start() - 12), m.start())
                if (so_called(folded, m.start()) or (in_quotes(m.start(), m.end()) and not field)
                        or STATUS_REPORTED.search(_sentence(folded, m.start()))
                        or REJECTS.search(_clause(folded, m.start()))):
                    continue
                stem = m.group("stem") or "西撒哈拉"
                yield (m.start(), m.end(), "国际地位", STATUS_RIGHT.get(stem, stem),
                       f"把我国不承认为国家的“{stem}”当作国家称呼")
    yield from naming_hits(folded, in_quotes)
    yield from sovereignty_hits(folded, in_quotes)


# ==== thirteenth session: status and naming (POLITICAL_CHECKLIST.md 第十九节, items 300–314; SOURCES.md 第十三次会话) ====

HMT_NAMES = ("台湾地区", "香港地区", "澳门地区", "台湾岛", "台湾", "香港", "澳门")
# Collective nouns that name states (来源国, 外资来源国, 出口国, 对象国, 邻国, 友好国家 …); the right forms are
# 来源地, 国家和地区, 境外 (a following 和地区 / （地区） / 或地区 makes the collective right).
# (the inventory: every role a state plays in trade, travel, study and meetings, + 国 / 国家)
STATE_ROLES = ("来源", "客源", "生源", "目的", "目的地", "对象", "伙伴", "贸易伙伴", "输出", "输入", "投资", "进口", "出口",
               "原产", "参展", "参赛", "缔约", "成员", "出访", "邻")
STATE_NOUN = (r"(?:(?:外资|资金|投资|进口|出口|原产|产品|货物|游客|旅游|入境游|旅客|学生|留学)?"
              r"(?:" + "|".join(sorted(STATE_ROLES, key=len, reverse=True)) + r")(?:国家|国(?!家))|友好国家|周边国家)")
NOT_REGION_AFTER = r"(?!(?:和|及|与|或|、|/)?(?:（|\()?地区)"
# a list of places after a collective that names states: 主要来源国依次为澳大利亚、台湾、印尼、巴西; after 国家 / 各国 /
# 外国 alone only the verbs of an enumeration (国家为香港、澳门提供支持 is the state acting for them)
# (a few words may stand between: 进口来源国前三位分别是…; 与我省结好的国家有… after 的)
COLLECTIVE_LIST = re.compile(r"(?<![“\"「『])(?:" + STATE_NOUN + NOT_REGION_AFTER
                             + r"(?:(?!地区)[^。，,；;！!？?\n、（(]){0,6}?(?:为|是|有|包括|包含|涵盖|覆盖|：|:)|"
                             r"(?:国家|各国|外国)" + NOT_REGION_AFTER + r"(?:主要|依次|分别|还|则|均)*(?:包括|包含|涵盖|：|:)|"
                             r"(?<=的)(?:国家|外国)" + NOT_REGION_AFTER + r"(?:主要|依次|分别|还|则|均)*有)"
                             r"(?P<list>[^。，,；;！!？?\n]{3,60})")
# an enumeration closed by a demonstrative collective: 泰国、日本和台湾这几个国家, 香港、新加坡这些国家
LIST_DEMONSTRATIVE = re.compile(r"(?:这|那)(?:[几两二三四五六七八九十]|些)?(?:个)?(?:国家|国度)" + NOT_REGION_AFTER)
# Hong Kong, Macao or Taiwan said to be one: 台湾已成为我省第二大外资来源国, 台湾这个国家, 台湾是……出口国
HMT_IS_STATE = re.compile(r"(?<![“\"「『])(?P<who>(?:中国)?(?:台湾|香港|澳门)(?:地区)?)(?:已|已经|仍|仍然|一直|继续|也|更|还)*"
                          r"(?:是|为|成为|作为|位列|位居|跃居|列为|居于|跻身|升为|升至|跃升为|跃升至|发展为|发展成为|成长为)"
                          r"(?:了)?(?P<gap>[^。，,；;！!？?\n“”]{0,12}?)"
                          r"(?P<noun>(?:" + "|".join(sorted(STATE_ROLES, key=len, reverse=True)) + r")国)(?!家?(?:和|及|与|或)地区)|"
                          r"(?<![“\"「『])(?:台湾|香港|澳门)(?:地区)?(?:这个|这一|这样一个|这样的)(?:国家|国度)")
# a list of them with a state as the subject of such a noun: 台湾、日本、韩国是我市三大客源国
LIST_IS_STATE = re.compile(r"(?:是|为|成为|均为|都是|位列|位居|跃居|列为|居于)(?P<gap>[^。，,；;！!？?\n“”]{0,10}?)"
                           r"(?:" + "|".join(sorted(STATE_ROLES, key=len, reverse=True)) + r")国(?!家?(?:和|及|与|或)地区)")
LIST_SPLIT = re.compile(r"[、和与及]|以及|还有")
LIST_LEAD = re.compile(r"^(?:去|到|赴|向|对|与|和|在|从|由|面向|包括|来自|前往|出口到?|销往|进口自|自)+")
# Taiwan, Hong Kong or Macao called "another country" (对岸——另一个国家的海岸线, 到台湾就像去了异国他乡, 去香港像出了国
# 到了另一个国家): a Taiwan, Hong Kong or Macao word, or 对岸, before it in the sentence, a word that equates or
# likens them between (是, 像, 仿佛, ——; 经香港转机飞往另一个国家 is a third state), and no state named there
ANOTHER_STATE = re.compile(r"(?:另一个|另外一个|另一|另外的|别的)(?:国家|国度)|异国他乡|异国的土地|异国土地")
TW_OR_ACROSS = re.compile(TW_CONTEXT_WIDE.pattern + r"|对岸|宝岛|香港|澳门|港澳")
LIKENED = re.compile(r"是|像|仿佛|如同|宛如|犹如|好比|成了|变成|当作|当成|视为|看作|——|—|：|:")
NOT_SO = re.compile(REJECTS.pattern + r"|不像|并非|并不是|而是|不再是|哪里是|怎么会是|从来不是|没有|从未|从不|未曾")

# ---- state attributes given to Taiwan's authorities and people ----------------------------------------------

TW_WHO = r"(?:台湾|台湾地区|台当局|台湾当局|岛内|台方|民进党当局)"
TW_LEADER_NAMES = ("赖清德", "蔡英文", "马英九", "陈水扁", "李登辉")
# 台湾的国家领导人, 国家领导人赖清德: Taiwan's leader is 台湾地区领导人
TW_STATE_LEADER = re.compile(r"(?<![“\"「『])" + TW_WHO + r"(?:的)?(?:最高)?国家(?:最高)?领导人|"
                             r"(?<![“\"「『])国家领导人(?:" + "|".join(TW_LEADER_NAMES) + r")")
# 首长 of Taiwan's bodies (台湾卫生部门首长, 台当局部会首长): a state's ministers; 台湾地区有关部门负责人. The mainland's
# 行政首长负责制 and military 首长 carry no Taiwan word before them.
# (what stands between names a body or a sector: 台湾青年向部队首长汇报 is a mainland officer)
TW_CHIEF = re.compile(r"(?<![“\"「『])" + TW_WHO + r"(?:的)?(?P<body>[" + HAN + r"]{0,6}?(?:部门|部会|部|会|署|局|机构|当局|方面|院|"
                      r"行政|县市|地方|各级)(?:的)?)?首长(?!负责制)|"
                      r"(?<![“\"「『])(?:部会|院部|各部会)首长")
# 主委 (主任委员, the head of a 委员会) of a body of Taiwan's authorities, the body written short (content-political20,
# checklist 380): after a Taiwan word any body (台湾农委主委, 台当局陆委副主委, 台湾地区金管主委), bare the committees of
# Taiwan's authorities cut to X委 (陆委主委, 农委主委, 客委主委: every X委会 of data/tw_authorities.tsv) in a post about
# Taiwan. The full names (陆委会主委) are content_political's body rules. The mainland's 民主党派 have 主委 too (民盟市委
# 主委, 台盟省委主委): no Taiwan word (台盟 is not 台湾) stands before them, and 省, 市, 县, 人大 stop the bare form.
TW_CHAIR_AFTER = (r"(?:(?:现任|新任|前任|前|原|代理)?(?:副)?主委|主任委员)")
TW_CHAIR = re.compile(r"(?<![“\"「『])(?:台湾|台当局|台湾当局|岛内|台方)(?!民主自治同盟|同胞|研究|事务|工作|省)(?:地区)?(?:的)?"
                      r"(?:现任|新任|前任|前|原)?(?P<body>[" + HAN + r"]{1,5}?(?:委|会|署|局|部|院|处))"
                      + TW_CHAIR_AFTER + r"(?![”\"」』])")


def _tw_committee_stems() -> tuple[str, ...]:
    """X of every X委会 of Taiwan's authorities alone (data/tw_authorities.tsv, content_political's legacy list)."""
    from detectors.content_political import tw_authority_forms

    return tuple(sorted({f[:-2] for f in tw_authority_forms()[0] if f.endswith("委会") and len(f) >= 3}, key=len, reverse=True))


TW_CHAIR_BARE = re.compile(r"(?<![“\"「『省市县区州旗乡镇村大协党])(?P<body>(?:" + "|".join(_tw_committee_stems()) + r")委)"
                           + TW_CHAIR_AFTER + r"(?![”\"」』])")

# 府院 (the presidential office and the 行政院 together, Taiwan's usage: 府院高层, 府院党); the 1917 府院之争 of the
# Beiyang government is history; 政府院落 is other words.
FUYUAN = re.compile(r"(?<![“\"「『政学王官首幕市省县州城乡帅])府院(?:党|高层|官员|人士|会商|协调|首长|决策|幕僚|人事|之争|关系|"
                    r"合一|说法|回应|表态|声明|联合|共同|方面|内部|两方|双方|之间|间|就|近日|日前|召开|表示|宣布|称|罕见|同步)")
BEIYANG = re.compile(ROC_ERA.pattern + r"|段祺瑞|黎元洪|冯国璋|徐世昌|袁世凯|1917|一九一七|参战")
# 外交 and 国防 of Taiwan's authorities (台湾的外交空间, 台当局外交政策, 台湾国防预算): Taiwan has no diplomacy or
# national defence (所谓“外交”, 台湾地区防务); its 外交部, 国防部 and 外交官 have their own rules. The symbols of a state
# (台湾国旗, 台湾的国歌, 国花, 国土面积) likewise.
TW_DIPLOMACY = re.compile(r"(?<![“\"「『])" + TW_WHO + r"(?:的)?(?:(?:对外)?(?P<dip>外交)(?!部|官|使节|人员|学院|学|[”\"」』])|"
                          r"(?P<def>国防)(?!部|大学|[”\"」』])|(?P<sym>国旗|国歌|国徽|国花|国宴|国土|国名|国格)(?![”\"」』]))")
NAMED_TW_SYMBOL = re.compile(r"谓之|名为")
TW_DIPLOMACY_RIGHT = {"dip": ("台湾地区对外交往 / 所谓“外交”", "台湾地区没有“外交”（须加“所谓”和引号）"),
                      "def": ("台湾地区防务", "台湾地区没有“国防”，称“防务”"),
                      "sym": ("（台湾地区不是国家，没有国旗、国歌等国家象征；必须用时加“所谓”和引号）",
                              "把国家的象征（国旗、国歌、国花、国土）归于台湾地区")}
# 国籍为台湾 (nationality is a state's: a Taiwan resident's nationality is Chinese)
HMT_NATIONALITY = re.compile(r"国籍(?:为|是|：|:|属于|填写为|填为|栏填写?)(?P<who>台湾|香港|澳门)(?!地区居民|居民|同胞|[" + HAN + r"]*证)")

# ---- 中台 / 中港 / 中澳 as two parties: content_patterns' 中港台 rule (its inventory widened there) -------------

# ---- colonial wording for Hong Kong, Macao and the concessions -------------------------------------------------

HKM_WORD = r"(?:香港|澳门|港澳)"
# 香港殖民政府时期, 澳门殖民地政府: the colonial administration is 港英政府 / 澳葡政府, the period 港英统治时期 / 澳葡时期
HKM_COLONIAL = re.compile(r"(?<![“\"「『])" + HKM_WORD + r"(?:的)?(?:英国|英|葡萄牙|葡)?殖民(?:地)?"
                          r"(?P<what>政府|当局|统治者|时期|时代|年代|期间|总督)")
BARE_COLONIAL_GOV = re.compile(r"(?<![“\"「『英葡国])(?<!港英)(?<!澳葡)殖民(?:地)?(?:政府|当局)")
BRITISH_HK = re.compile(r"(?<![“\"「『])(?:英属(?:香港|九龙|新界)|葡属澳门|殖民地(?:的)?(?:香港|澳门))")
# A concession or leased territory was never a colony (China kept its sovereignty: 公共租界, 租借地; the country was
# 半殖民地): 殖民地 in a sentence about one. Quotation marks do not mend it (曾被称为“外国人的殖民地” repeats the name
# as apt); a sentence that rejects it does.
CONCESSION = re.compile(r"租界|租借地|鼓浪屿|沙面|广州湾|威海卫|胶州湾|胶澳|旅大租借")
QUOTED_TAIL = re.compile(r"[“\"「『][^“”\"「」『』]{0,6}$")
# (殖民地风格 / 殖民地外廊式 name an architectural style)
COLONY_WORD = re.compile(r"(?<!半)(?<!次)殖民地(?!化|半封建|主义|风格|式|外廊|建筑|样式|风)")
COLONIAL_RIGHT = {"政府": "港英当局 / 澳葡当局", "当局": "港英当局 / 澳葡当局", "统治者": "港英当局 / 澳葡当局",
                  "总督": "港督（港英时期）", "时期": "港英统治时期 / 香港回归前", "时代": "港英统治时期 / 香港回归前",
                  "年代": "港英统治时期 / 香港回归前", "期间": "港英统治时期 / 香港回归前"}

# ---- Han sub-groups (民系) and regional groups called 民族 ----------------------------------------------------

# The Han people's branches (民系: 客家, 广府, 潮汕 / 福佬, 闽南 / 河洛, 莆仙 / 兴化, 闽东, 闽北, 疍家 / 水上居民,
# 雷州, 平话, 桂柳, 围头) are not 民族: there are 56 民族 and the 中华民族. 台湾民族 / 香港民族 are separatist notions.
HAN_BRANCHES = ("客家", "广府", "潮汕", "福佬", "鹤佬", "河洛", "闽南", "莆仙", "兴化", "闽东", "闽北", "疍家", "蜑家",
                "疍民", "水上居民", "雷州", "平话", "桂柳", "围头")
BRANCH_ALT = "|".join(HAN_BRANCHES).replace("客家", "(?<![旅房游乘创顾访博播])客家")
# 客家民族乐器 reads 客家 + 民族乐器: not before the words that make 民族 an adjective of its own
ADJECTIVE_NATION = r"(?!乐|舞|音|歌|唱|器|团结|宗教|工作|中学|小学|学校|学院|大学|医院|乡|村|服|风|特色|地区|文化宫|工艺)"
BRANCH_NATION = re.compile(r"(?<![“\"「『])(?P<who>" + BRANCH_ALT + r")(?:人)?(?:民族|族(?![群谱系人裔长]))"
                           + ADJECTIVE_NATION + r"|"
                           r"(?<![“\"「『])(?P<who2>" + BRANCH_ALT + r")(?:人|民系)?(?:是|属于|作为|为)(?:一个|一支)?"
                           r"(?:独立的|单独的|特殊的)?(?:少数)?民族(?![中之]|的(?:一|分支|支系|民系))")
HMT_NATION = re.compile(r"(?<![“\"「『])(?P<who>台湾|香港|澳门)民族" + ADJECTIVE_NATION)


def _hmt_items(folded: str, a: int, b: int) -> list[str]:
    """The items of the enumeration in ``folded[a:b]`` with their leading verbs and prepositions cut."""
    return [LIST_LEAD.sub("", s) for s in LIST_SPLIT.split(folded[a:b]) if s]


def _has_hmt(items: list[str]) -> bool:
    return any(i.endswith(HMT_NAMES) and len(i) <= 6 for i in items)


def _has_state(items: list[str], anywhere: bool = False) -> bool:
    """One of ``items`` names a state (ends with one; ``anywhere``: contains one closed by 等 — 香港为日本等出口国提供
    转口服务 speaks of Japan and its like, 台湾是日本的邻国 of Taiwan)."""
    states = [c for c in countries() if c != "中国"]
    if anywhere:
        return any(c + "等" in i for i in items for c in states)
    return any(i.rstrip("等").endswith(c) for i in items for c in states)


def naming_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of the thirteenth session's status and naming families."""
    has = folded.__contains__
    hmt = has("台湾") or has("香港") or has("澳门")

    def skipped(m: re.Match, reasons: re.Pattern = NOT_SO) -> bool:
        return (in_quotes(m.start(), m.end()) or so_called(folded, m.start())
                or bool(reasons.search(_sentence(folded, m.start()))))

    if hmt and has("国"):
        for m in COLLECTIVE_LIST.finditer(folded):
            items = _hmt_items(folded, m.start("list"), m.end("list"))
            if len(items) >= 2 and _has_hmt(items) and _has_state(items) and not skipped(m):
                yield (m.start(), m.end(), "港澳台:国家", "……国家和地区 / 来源地 / 中国台湾地区",
                       "把台湾、香港、澳门列入“来源国”“国家”等国家的集合")
        for m in LIST_DEMONSTRATIVE.finditer(folded):
            a = max(folded.rfind(c, 0, m.start()) for c in "。！？!?；;\n，,：:（(") + 1
            items = _hmt_items(folded, a, m.start())
            if len(items) >= 2 and _has_hmt(items) and not skipped(m):
                yield (a, m.end(), "港澳台:国家", "……国家和中国台湾地区（香港、澳门地区）",
                       "把台湾、香港、澳门算在“这几个国家”之中")
        for m in LIST_IS_STATE.finditer(folded):
            a = max(folded.rfind(c, 0, m.start()) for c in "。！？!?；;\n，,：:（(") + 1
            items = _hmt_items(folded, a, m.start())
            if (len(items) >= 2 and _has_hmt(items) and _has_state(items) and not _has_state([m.group("gap")], True)
                    and not skipped(m)):
                yield (a, m.end(), "港澳台:国家", "……国家和中国台湾地区（来源地）", "把台湾、香港、澳门与国家一起称为“来源国”等")
        for m in HMT_IS_STATE.finditer(folded):
            if not skipped(m) and not _has_state([m.group("gap") or ""], anywhere=True):  # 为日本等出口国提供…
                yield (m.start(), m.end(), "港澳台:国家", "来源地 / 中国台湾地区（香港、澳门地区）",
                       "把台湾、香港、澳门称为“来源国”“国家”")
    if has("国") and (hmt or TW_CONTEXT_WIDE.search(folded)):
        for m in ANOTHER_STATE.finditer(folded):
            a, _ = _sentence_bounds(folded, m.start())
            sentence = _sentence(folded, m.start())
            hmt_word = TW_OR_ACROSS.search(folded, a, m.start())
            if (hmt_word and LIKENED.search(folded, hmt_word.end(), m.start()) and not skipped(m)
                    and not any(c in sentence for c in countries() if c != "中国")):
                yield (m.start(), m.end(), "港澳台:国家", "宝岛台湾 / 祖国的特别行政区", "把台湾、香港、澳门称为“另一个国家”“异国”")
    if has("台") or has("岛内") or has("民进党") or any(map(has, TW_LEADER_NAMES)):
        for m in TW_STATE_LEADER.finditer(folded) if has("领导人") else ():
            if not skipped(m, STATUS_REPORTED):
                yield m.start(), m.end(), "台湾:国家职务", "台湾地区领导人", "称台湾地区领导人为“国家领导人”"
        for m in TW_CHIEF.finditer(folded) if has("首长") else ():
            if m.group(0).startswith(("部会", "院部", "各部会")) and not TW_CONTEXT_WIDE.search(_sentence(folded, m.start())):
                continue
            if not skipped(m, BEIYANG):
                yield (m.start(), m.end(), "台湾:国家职务", "台湾地区有关部门负责人",
                       "称台湾地区有关部门负责人为“首长”（国家部会首长的称谓）")
        for m in TW_CHAIR.finditer(folded) if (has("主委") or has("主任委员")) else ():
            if not skipped(m, BEIYANG):
                yield (m.start(), m.end(), "台湾:机构", "台湾地区有关部门负责人",
                       "台湾地区机构的名称和“主委”等职务照搬使用（应称台湾地区××主管部门负责人，必须用时加引号）")
        for m in TW_CHAIR_BARE.finditer(folded) if has("主委") and TW_CONTEXT_WIDE.search(folded) else ():
            if not skipped(m, BEIYANG):
                yield (m.start(), m.end(), "台湾:机构", "台湾地区有关部门负责人",
                       "台湾地区机构的简称和“主委”职务照搬使用（应称台湾地区××主管部门负责人，必须用时加引号）")
        for m in FUYUAN.finditer(folded) if has("府院") else ():
            sentence = _sentence(folded, m.start())
            if TW_CONTEXT_WIDE.search(sentence) and not skipped(m, BEIYANG):
                yield (m.start(), m.end(), "台湾:机构", "台湾当局 / 台湾地区领导人和行政管理机构",
                       "“府院”把台湾地区领导人办公场所和“行政院”当作国家的府、院")
        for m in TW_DIPLOMACY.finditer(folded) if has("外交") or has("国") else ():
            # 所谓 rejects the term only before it: 印有台湾的国旗图案的所谓“限量文创” calls the goods so-called
            # (content-political20)
            if not skipped(m, NAMED_TW_SYMBOL) and "所谓" not in folded[_sentence_bounds(folded, m.start())[0]:m.start()]:
                right, note = TW_DIPLOMACY_RIGHT[m.lastgroup]
                yield m.start(), m.end(), "台湾:国家职务", right, note
    for m in HMT_NATIONALITY.finditer(folded) if has("国籍") else ():
        if not skipped(m):
            yield (m.start(), m.end(), "港澳台:国籍", "中国（台湾居民 / 香港居民 / 澳门居民）",
                   "国籍是国家的：台湾、香港、澳门居民的国籍是中国")
    if has("殖民"):
        spans: list[tuple[int, int]] = []
        for m in HKM_COLONIAL.finditer(folded):
            if not skipped(m, REJECTS):
                spans.append((m.start(), m.end()))
                yield (m.start(), m.end(), "港澳:殖民地", COLONIAL_RIGHT[m.group("what")],
                       "回归前的香港、澳门称“港英”“澳葡”（当局、统治时期），不称“香港殖民政府”")
        for m in BARE_COLONIAL_GOV.finditer(folded):
            sentence = _sentence(folded, m.start())
            if (any(s <= m.start() < e for s, e in spans) or not re.search(HKM_WORD, sentence)
                    or any(c in sentence for c in countries() if c not in ("中国", "英国", "葡萄牙"))):
                continue
            if not skipped(m, REJECTS):
                yield m.start(), m.end(), "港澳:殖民地", "港英当局 / 澳葡当局", "回归前的香港、澳门当局称“港英当局”“澳葡当局”"
        for m in COLONY_WORD.finditer(folded) if CONCESSION.search(folded) else ():
            sentence = _sentence(folded, m.start())
            if CONCESSION.search(sentence) and not NOT_SO.search(sentence) and not so_called(folded, m.start()):
                a, b = m.start(), m.end()
                q = QUOTED_TAIL.search(folded, max(0, a - 8), a)
                if q and b < len(folded) and folded[b] in "”\"」』":
                    a, b = q.start(), b + 1  # the quoted name as a whole: “外国人的殖民地”
                yield (a, b, "租界:殖民地", "公共租界 / 租界（中国从未丧失主权）",
                       "租界、租借地不是殖民地（旧中国是半殖民地半封建社会）")
    for m in BRITISH_HK.finditer(folded) if (has("属") or has("殖民地")) else ():
        if not skipped(m, REJECTS):
            yield m.start(), m.end(), "港澳:殖民地", "港英时期的香港 / 澳葡时期的澳门", "不称“英属香港”“殖民地香港”"
    if has("族"):
        for m in BRANCH_NATION.finditer(folded):
            if not skipped(m, re.compile(REJECTS.pattern + r"|并非|而是|不属于|并不|吗|么")):  # 客家人是少数民族吗？
                who = m.group("who") or m.group("who2")
                yield (m.start(), m.end(), "民族宗教", f"{who}民系 / {who}人（汉族的民系）",
                       f"{who}是汉族的一个民系，不是一个民族（我国有 56 个民族）")
        for m in HMT_NATION.finditer(folded) if hmt else ():
            if not skipped(m, REJECTS):
                yield (m.start(), m.end(), "分裂主张:引号", "中华民族（“台湾民族”是分裂主张，必须用时加引号并批驳）",
                       f"不使用“{m.group('who')}民族”（港澳台同胞同属中华民族）")


# ==== fourteenth session: Hong Kong and Macao as abroad, the Strait as a border, the Taiwan authorities' own terms,
# the organs of state under wrong names (POLITICAL_CHECKLIST.md 第二十一节, items 340–354; SOURCES.md 第十四次会话) ====

# ---- Hong Kong and Macao written as abroad -------------------------------------------------------------------

# A state's symbols given to a special administrative region: the regions have a 区旗 and a 区徽 (香港基本法 / 澳门
# 基本法 第十条), and the state's 国旗, 国徽 and 国歌 are China's (国旗法, 国歌法, 基本法附件三). 香港国旗 / 澳门的国徽 /
# 澳门国歌 give the region a state's. The ordinances that apply the national laws there (《国旗及国徽条例》, 《国歌条例》),
# the flag guards (香港升旗队, 国旗护卫队) and a sentence that names the regional flag beside the national one are right.
HKM_STATE_SYMBOL = re.compile(r"(?<![“\"「『])(?P<who>香港|澳门|港澳)(?:特区|特别行政区)?(?:的)?(?P<sym>国旗|国徽|国歌|国花|国土|国号|国名)"
                              r"(?!及国徽|条例|法|护卫|班|队|下|教育|资源|空间|[”\"」』])")
REGION_SYMBOL = re.compile(r"区旗|区徽|区花")
# …and a state's passport: the regions' residents hold the 中华人民共和国香港特别行政区护照 / 澳门特别行政区护照 (基本法
# 第一百五十四条 / 第一百三十九条: the central government authorises the region to issue passports of the People's Republic),
# short 香港特区护照, 澳门特区护照; 香港护照 / 澳门护照 leave out the region and name a state's passport (content-political26).
# 赴港护照 and the mainland residents' documents are HMT_VISA_NAME's; 英国国民（海外）护照 (BNO) names no region.
HKM_PASSPORT = re.compile(r"(?<![“\"「『赴去往到来])(?P<who>香港|澳门|港澳)(?:居民)?(?:的)?护照(?!条例|法|[”\"」』])")
HKM_SYMBOL_RIGHT = {"国旗": "特别行政区区旗", "国徽": "特别行政区区徽", "国花": "特别行政区区花（紫荆花 / 莲花）",
                    "国土": "特别行政区的土地 / 行政区域", "国号": "特别行政区的名称", "国名": "特别行政区的名称",
                    "国歌": "国歌（中华人民共和国国歌，特别行政区没有自己的国歌）"}
# China's diplomatic missions in Hong Kong or Macao: China keeps no consulate in its own regions — the Foreign
# Ministry has a 特派员公署 there (外交部驻香港特别行政区特派员公署, 驻澳门特派员公署, 基本法第十三条); other states'
# consulates there (美国驻香港总领事馆) are right. (驻澳 alone is also Australia's short form: 中国驻澳大使 — not read.)
MISSION = r"(?:总领事馆|领事馆|大使馆|使馆|领馆|使领馆|总领馆|总领事|大使|领事处|领事部)"
CN_WORD = r"(?:中国|我国|中华人民共和国|中方|祖国)"
CN_MISSION_HKM = re.compile(rf"(?<![“\"「『]){CN_WORD}(?:政府)?(?:驻|在)(?:香港|澳门|港澳|港)(?:特区|特别行政区)?"
                            rf"(?:的|设立的|设的|开设的)?{MISSION}|"
                            rf"(?<![“\"「『])(?:香港|澳门)(?:特区|特别行政区)?(?:的)?(?:中国|我国)(?:驻港|驻澳门)?{MISSION}")
# …and the regions' own missions as a state's (香港驻北京领事馆, 澳门驻葡萄牙大使馆): the regions keep 办事处 in the
# mainland (香港特别行政区政府驻北京办事处) and 经济贸易办事处 abroad, never an embassy or a consulate (基本法第一百五十六条).
HKM_MISSION_OUT = re.compile(rf"(?<![“\"「『])(?:香港|澳门)(?:特区|特别行政区)?(?:政府)?驻[{HAN}]{{1,6}}?{MISSION}")
# Leaving China for Hong Kong, Macao or Taiwan (离开中国前往香港, 离开中国移居台湾): they are in China (离开内地前往香港,
# 离开大陆赴台).
LEAVE_CHINA_FOR_HMT = re.compile(r"(?<![“\"「『])(?:离开|离|出)中国(?!大陆|内地)[^。；;！!？?\n，,]{0,6}?"
                                 r"(?:前往|去|到|赴|来到|移居|定居|迁居|迁往|逃往|投奔)(?:香港|澳门|台湾|港澳)")
# A Hong Kong, Macao or Taiwan resident's passport used to enter the mainland: they come with a 港澳居民来往内地通行证
# (回乡证) or a 台湾居民来往大陆通行证 (台胞证) — 出境入境管理法第十条 (通行证件); a sentence that says they cannot is right.
HMT_PASSPORT_IN = re.compile(r"(?:港澳|香港|澳门|台湾|港人|澳人|台胞|港胞|澳胞)(?:地区)?(?:居民|同胞|市民|旅客|游客|青年|学生)?"
                             r"[^。；;！!？?\n]{0,12}?(?:持|凭|使用|用|出示|拿)(?:其|本人)?(?:的)?(?:香港|澳门|特区|台湾|外国)?"
                             r"(?:特区)?(?:的)?护照[^。；;！!？?\n，,]{0,6}?(?:来往|往来|入境|进入|来|回|赴|返回|到|前往|进出)(?:内地|大陆)")
# …and the mainland residents' documents for Hong Kong, Macao and Taiwan called a passport or a visa: they travel with
# a 往来港澳通行证 (or 大陆居民往来台湾通行证) and its 签注 (endorsement), not a passport and a visa (出境入境管理法第十条;
# 港澳签证, 赴港护照, 内地居民赴澳门须办理护照). Foreigners' visas for Hong Kong (香港签证 of a foreigner) are real:
# only the combined names and a mainland resident's trip are read.
MACAO_NAMED = re.compile(r"澳门|港澳|濠江|横琴|珠澳|粤澳")
AUSTRALIA_NAMED = re.compile(r"澳大利亚|澳洲|堪培拉|悉尼|墨尔本|布里斯班|珀斯")
# (the kind of trip between — 赴台旅游签证, 赴港探亲签证 — is the endorsement's own kind: the 往来港澳通行证 and 大陆居民往来
# 台湾通行证 carry 签注 for 团队旅游, 个人旅游, 探亲, 商务, 逗留, 学习, 就业, 定居, 应邀, 乘务 and 其他 trips; each of
# them before 签证 is still a visa for a region that is not abroad; Hong Kong and Macao by their full names are left
# out, a foreigner's visa for them being real (赴香港旅游签证 of a foreigner) — content-political39)
ENDORSEMENT_KINDS = (r"(?:团队旅游|个人旅游|团队游|个人游|自由行|旅游|旅行|观光|探亲访友|探亲|商务|逗留|留学|学习|就业|工作|定居|应邀|"
                     r"乘务|交流|访问|其他)")
HMT_VISA_NAME = re.compile(r"(?<![“\"「『])(?:(?:往来|赴|去)?(?:港澳台|港澳|赴港|赴澳|赴台)(?:的)?" + ENDORSEMENT_KINDS
                           + r"?|(?:赴|去|到)台湾(?:的)?" + ENDORSEMENT_KINDS
                           + r")(?:的)?(?P<d>签证|护照)(?!和|与|及|、)")
MAINLAND_TRIP_PASSPORT = re.compile(r"(?:内地|大陆)(?:居民|游客|旅客|市民|群众)[^。；;！!？?\n]{0,10}?(?:赴|去|到|前往|往来)"
                                    r"(?:香港|澳门|港澳|台湾)[^。；;！!？?\n，,]{0,8}?(?:办理|申请|持|凭|需要|须)(?:有效)?(?P<d>护照|签证)")
PASSPORT_REJECTED = re.compile(REJECTS.pattern + r"|不能|不可|无法|不得|不需|无需|不用|而是|须持|应持|需持|请持")

# ---- the Strait and the regions' boundaries as a state border ---------------------------------------------------

# There is no border between the mainland and Taiwan (the two sides of the Strait belong to one China: 两岸, 两岸往来,
# 对台口岸), nor between the mainland and Hong Kong or Macao (内地与香港之间的口岸, 出入境 is right: 出境入境管理法第八十九条
# counts them as 出境 / 入境; a 边境 or 国境 is a state's).
BORDER = r"(?:边境线|边境|国境线|国境|国界|边界线|边界)"
STRAIT_BORDER = re.compile(rf"(?<![“\"「『])(?:(?:海峡)?两岸|台海|(?:大陆|内地|祖国)(?:与|和|同|及)台湾(?:地区)?|"
                           rf"台湾(?:地区)?(?:与|和|同|及)(?:大陆|内地|祖国))(?:之间)?(?:的)?{BORDER}")
# a place Taiwan's authorities hold and another on the mainland (金门与厦门之间的边境), the Strait itself (台湾海峡的国界线),
# and a territorial dispute between the two sides (两岸领土争端)
TW_HELD = r"(?:台湾|台北|高雄|台中|台南|基隆|新竹|金门|马祖|澎湖|乌坵|东引)"
TW_PAIR_BORDER = re.compile(rf"(?<![“\"「『])(?:{TW_HELD}(?:岛|地区)?(?:与|和|同)(?P<a>[{HAN}]{{2,4}}?)|"
                            rf"(?P<b>[{HAN}]{{2,4}}?)(?:与|和|同){TW_HELD}(?:岛|地区)?)(?:之间)?(?:的)?"
                            r"(?:边境线|边境|国境线|国境|国界线|国界)|"
                            rf"(?<![“\"「『])台湾海峡(?:上|中)?(?:的)?(?:边境线|边境|国境线|国境|国界线|国界)|"
                            r"(?<![“\"「『])(?:海峡)?两岸(?:之间)?(?:的)?(?:领土|边界)(?:争端|争议|纠纷|谈判)|(?:海峡)?两岸(?:之间)?(?:的)?划界")
HKM_BORDER = re.compile(r"(?<![“\"「『])(?:(?:内地|大陆|祖国|中国)(?:与|和|同|及)(?:香港|澳门|港澳)|"
                        r"(?:香港|澳门|港澳)(?:特区|特别行政区)?(?:与|和|同|及)(?:内地|大陆|祖国|中国))(?:之间)?(?:的)?"
                        r"(?:边境线|边境|国境线|国境|国界)")

# ---- the Taiwan authorities' own terms --------------------------------------------------------------------------

# 台澎金马 is what the Taiwan authorities call the area they control (its 宪法增修条文's 自由地区, 中华民国台澎金马): the
# mainland's word is 台湾地区 (《关于正确使用涉台宣传用语的意见》). The WTO member's name (台澎金马单独关税区, 个别
# 关税领域) is used by the mainland too.
TW_OWN_AREA = re.compile(r"(?<![“\"「『])(?:中华民国)?(?P<w>台澎金马)(?:地区)?(?!单独关税区|个别关税领域|关税区|[”\"」』])|"
                         r"(?<![“\"「『])(?:中华民国)(?:的)?(?P<f>自由地区)")
# 中华民国 as a state that exists today: its constitution, government, head of state, army and state symbols named as
# present (现行的中华民国宪法, 台湾当局仍沿用的中华民国宪法). A sentence of the Republic's time (before 1949, without a
# word of the present) is history.
ROC_STATE_THING = re.compile(r"(?<![“\"「『])(?P<pre>(?:现行|目前|当前|现今)(?:的)?)?中华民国(?:的)?"
                             r"(?P<w>宪法|宪政|法统|国号|国籍|国军|国旗|国歌|国徽|国庆|建国|开国|元首|总统|副总统|政府|外交部|国防部|立法院|"
                             r"行政院|护照|身份证|法律|体制|领土|主权|年号|纪年)(?![”\"」』])")
# (words of today only: 仍, 如今, a year of the 2000s are as often said of a museum or of history — 1948 年中华民国政府
# 仍在南京, 如今的总统府旧址)
ROC_PRESENT = re.compile(r"现行|现今|至今|迄今|沿用|目前|当前|台湾当局|台当局|台湾地区|岛内|民进党|赖清德|蔡英文|马英九|"
                         r"19[5-9]\d年|1949年(?:以后|之后|后|起)")
ROC_PAST = re.compile(r"(?<!\d)(?:191[2-9]|19[2-3]\d|194[0-8])年|民国时期|北洋|国民政府|辛亥|孙中山|袁世凯|临时政府|南京政府")
ROC_REPORTED = re.compile(r"所谓|称为|自称|号称|名为|叫做|说法|错误|不承认|非法|伪")

# ---- the organs of state under wrong names ----------------------------------------------------------------------

# The national organs are named 全国 (全国人民代表大会, 全国政协: 宪法第五十七条, 政协章程), the military commission
# 中央 (中央军事委员会, 中央纪委, 中央政法委), the supervisory commission 国家 (国家监委): 中国政协主席, 中国人大委员长,
# 中国军委主席, 中国纪委书记, 中国监委主任 give them a name they do not have (中国人大网, 《中国
# 政协》杂志 and 中国政协文史馆 are names of their own and carry no title after them). 国家政协, 中央政协, 中央人大, 国家
# 军委 are ``state_offices.txt``'s nonorgan rows. 最高领袖 is the title of other states' leaders.
WRONG_NATIONAL_ORGAN = re.compile(
    r"(?<![“\"「『])(?:中国|中华)(?P<cppcc>(?:人民)?政协)(?P<t>副主席|主席|常委|委员|秘书长)(?!会)|"
    r"(?<![“\"「『])(?:中国|中华)(?P<npc>人大)(?:常委会)?(?P<u>副委员长|委员长|常委|代表|委员)(?!会)|"
    r"(?<![“\"「『])(?:中国|中华|国家)(?P<cmc>军委)(?P<v>副主席|主席|委员)(?!会)|"
    r"(?<![“\"「『])(?:中国|中华)(?:(?P<cdic>纪委)|(?P<plac>政法委))(?P<w>副书记|书记|常委|委员)(?!会)|"
    r"(?<![“\"「『])(?:中国|中华)(?P<nsc>监委)(?P<x>副主任|主任|委员)(?!会)|"
    r"(?<![“\"「『])(?:中国|我国|中共|党和国家)(?:的)?(?P<supreme>最高领袖)")
ORGAN_REPORTED = re.compile(REJECTS.pattern + r"|称为|说法|叫法")  # a sentence naming the wrong name as a name
ORGAN_RIGHT = {"cppcc": "全国政协", "npc": "全国人大常委会", "cmc": "中央军委", "cdic": "中央纪委", "plac": "中央政法委",
               "nsc": "国家监委"}


def sovereignty_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of the fourteenth session's families (the section above)."""
    has = folded.__contains__

    def skipped(m: re.Match, reasons: re.Pattern = REJECTS) -> bool:
        return (in_quotes(m.start(), m.end()) or so_called(folded, m.start())
                or bool(reasons.search(_sentence(folded, m.start()))))

    hkm = has("香港") or has("澳门") or has("港澳")
    if hkm and has("国"):
        for m in HKM_STATE_SYMBOL.finditer(folded):
            if not skipped(m) and not REGION_SYMBOL.search(_sentence(folded, m.start())):
                sym = m.group("sym")
                yield (m.start(), m.end(), "港澳:国家象征", m.group("who") + HKM_SYMBOL_RIGHT[sym],
                       f"特别行政区没有“{sym}”（区旗、区徽；国旗、国徽、国歌是中华人民共和国的）")
    if hkm and has("护照"):
        for m in HKM_PASSPORT.finditer(folded):
            if not skipped(m):
                who = {"港澳": "香港（澳门）"}.get(m.group("who"), m.group("who"))
                yield (m.start(), m.end(), "港澳:护照", f"{who}特别行政区护照（{who}特区护照）",
                       "特别行政区居民持中华人民共和国香港（澳门）特别行政区护照，不写作“香港护照”“澳门护照”")
    if has("港") or has("澳门"):
        for m in CN_MISSION_HKM.finditer(folded) if re.search(MISSION, folded) else ():
            if not skipped(m):
                yield (m.start(), m.end(), "港澳:外国", "外交部驻香港（澳门）特别行政区特派员公署",
                       "香港、澳门是中国的特别行政区，中国不在本国领土上设领事馆、大使馆（外交部在港澳设特派员公署）")
        for m in HKM_MISSION_OUT.finditer(folded) if re.search(MISSION, folded) else ():
            if not skipped(m):
                yield (m.start(), m.end(), "港澳:外国", "香港（澳门）特别行政区政府驻××办事处 / 经济贸易办事处",
                       "特别行政区不是国家，不设大使馆、领事馆（在内地设办事处，在外国设经济贸易办事处）")
    if has("中国") and (has("香港") or has("澳门") or has("台湾") or has("港澳")):
        for m in LEAVE_CHINA_FOR_HMT.finditer(folded):
            if not skipped(m):
                yield (m.start(), m.end(), "港澳台:外国", "离开内地（大陆）前往香港（澳门、台湾）",
                       "前往香港、澳门、台湾不是离开中国（港澳台是中国的一部分）")
    if has("护照"):
        for m in HMT_PASSPORT_IN.finditer(folded):
            if not skipped(m, PASSPORT_REJECTED):
                yield (m.start(), m.end(), "港澳台:证件", "港澳居民来往内地通行证（回乡证）/ 台湾居民来往大陆通行证（台胞证）",
                       "港澳台居民来往内地（大陆）持通行证，不是持护照出入外国")
    if has("签证") or has("护照"):
        for pattern in (HMT_VISA_NAME, MAINLAND_TRIP_PASSPORT):
            for m in pattern.finditer(folded):
                if re.search(r"赴澳(?!门)", m.group(0)) and \
                        (not MACAO_NAMED.search(folded) or AUSTRALIA_NAMED.search(folded)):
                    continue  # 赴澳旅游签证 is a visa for Australia unless the post speaks of Macao
                if not skipped(m, PASSPORT_REJECTED):
                    right = "签注" if m.group("d") == "签证" else "往来港澳通行证 / 大陆居民往来台湾通行证"
                    yield (m.start(), m.end(), "港澳台:证件", right,
                           "内地（大陆）居民往来港澳台持通行证和签注，不是护照和签证（港澳台不是外国）")
    if has("境") or has("界") or has("两岸"):
        for m in STRAIT_BORDER.finditer(folded):
            if not skipped(m):
                yield (m.start(), m.end(), "两岸:边境", "两岸 / 对台口岸", "两岸之间没有“边境”“国境”（两岸同属一个中国）")
        for m in TW_PAIR_BORDER.finditer(folded) if (has("两岸") or re.search(TW_HELD, folded)) else ():
            other = m.group("a") or m.group("b") or ""
            if skipped(m) or any(other.endswith(c) for c in countries() if c != "中国"):
                continue  # 台湾与菲律宾之间: a boundary of China's with another state
            yield (m.start(), m.end(), "两岸:边境", "两岸 / 对台口岸", "两岸之间没有“边境”“国界”或领土争端（两岸同属一个中国）")
        for m in HKM_BORDER.finditer(folded) if hkm else ():
            if not skipped(m):
                yield (m.start(), m.end(), "港澳:边境", "内地与香港（澳门）之间的口岸",
                       "内地与香港、澳门之间没有“边境”“国境”（港澳是中国的特别行政区）")
    if has("台澎金马") or has("自由地区"):
        for m in TW_OWN_AREA.finditer(folded):
            if not skipped(m, ROC_REPORTED):
                yield (m.start(), m.end(), "台湾当局说法", "台湾地区", "“台澎金马”“自由地区”是台湾当局的说法，应称“台湾地区”")
    if has("中华民国"):
        for m in ROC_STATE_THING.finditer(folded):
            sentence = _sentence(folded, m.start())
            if skipped(m, ROC_REPORTED) or (ROC_PAST.search(sentence) and not m.group("pre")
                                              and not ROC_PRESENT.search(sentence)):
                continue
            yield (m.start(), m.end(), "中华民国", "台湾地区……（必须用时加引号，如台湾地区现行“宪法”）",
                   f"把“中华民国{m.group('w')}”当作现存国家的{m.group('w')}（1949 年中华民国已被中华人民共和国取代）")
    if has("政协") or has("人大") or has("委") or has("最高领袖"):
        for m in WRONG_NATIONAL_ORGAN.finditer(folded):
            if skipped(m, ORGAN_REPORTED):
                continue
            if m.group("supreme"):
                yield (m.start(), m.end(), "国家职务", "国家主席 / 中共中央总书记", "我国国家元首的职务是国家主席，没有“最高领袖”")
                continue
            kind = next(k for k in ORGAN_RIGHT if m.group(k))
            title = m.group("t") or m.group("u") or m.group("v") or m.group("w") or m.group("x")
            yield (m.start(), m.end(), "机构名称", ORGAN_RIGHT[kind] + title,
                   f"机构名称错误：应为“{ORGAN_RIGHT[kind]}”（全国人大、全国政协、中央军委、中央纪委、中央政法委、国家监委）")
