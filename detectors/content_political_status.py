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

``status_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text (the convention of
``territory_hits``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.content_political import (
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
# Azerbaijan's, 顿涅茨克 / 卢甘斯克 under Ukraine's); China has no relations with them.
UNRECOGNISED = ("科索沃", "索马里兰", "北塞浦路斯", "阿布哈兹", "南奥塞梯", "德涅斯特河沿岸", "德左", "西撒哈拉",
                "撒哈拉", "阿尔扎赫", "纳卡", "纳戈尔诺-卡拉巴赫", "顿涅茨克", "卢甘斯克")
STATE_FORM = r"(?:土耳其|摩尔达维亚|阿拉伯|人民|民主|-阿兰)?(?:民主)?共和国"
UNRECOGNISED_STATE = re.compile(r"(?<![“\"「『])(?P<name>(?:阿拉伯撒哈拉民主共和国)|(?P<stem>"
                                + "|".join(sorted(UNRECOGNISED, key=len, reverse=True)) + r")" + STATE_FORM
                                + r")(?![”\"」』])")
UNRECOGNISED_AMONG = re.compile(r"(?<![“\"「『])(?P<stem>" + "|".join(sorted(UNRECOGNISED, key=len, reverse=True))
                                + r")(?:地区)?(?:等(?:[0-9一二三四五六七八九十多几]+个)?国(?!家?(?:和|或|及|与|、)地区)(?:家)?|两国)")
STATUS_REPORTED = re.compile(REJECTS.pattern + r"|自称|自封|自行宣布|单方面|宣布独立|宣布成立|未获|不被|承认|所谓")
STATUS_RIGHT = {"科索沃": "科索沃（地区）", "索马里兰": "索马里兰（地区）", "北塞浦路斯": "塞浦路斯北部（所谓“北塞浦路斯土耳其共和国”）",
                "阿布哈兹": "阿布哈兹（地区）", "南奥塞梯": "南奥塞梯（地区）", "德涅斯特河沿岸": "德涅斯特河沿岸地区",
                "德左": "德涅斯特河沿岸地区", "西撒哈拉": "西撒哈拉（地区）", "撒哈拉": "西撒哈拉（地区）",
                "阿尔扎赫": "纳卡地区", "纳卡": "纳卡地区", "纳戈尔诺-卡拉巴赫": "纳卡地区", "顿涅茨克": "顿涅茨克地区",
                "卢甘斯克": "卢甘斯克地区"}


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
    if has("共和国") or has("国"):
        for pattern in (UNRECOGNISED_STATE, UNRECOGNISED_AMONG):
            for m in pattern.finditer(folded):
                if quoted_or_so_called(m) or STATUS_REPORTED.search(_sentence(folded, m.start())):
                    continue
                stem = m.group("stem") or "西撒哈拉"
                yield (m.start(), m.end(), "国际地位", STATUS_RIGHT.get(stem, stem),
                       f"把我国不承认为国家的“{stem}”当作国家称呼")
