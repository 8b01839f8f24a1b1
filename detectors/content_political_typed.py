"""Politically wrong wording, twenty-seventh session (content-political27; POLITICAL_CHECKLIST.md items 431–432; sources
in ``lexicons/SOURCES.md``, “第二十七次会话”): a *typed* reading — the entity and the attribute are each read as a
type from an inventory, and the pair is flagged when the attribute is one its holder's type cannot have, whatever
word of the attribute's own field stands between — rather than a list of phrases:

* **A sub-national region given a state's attribute** (``_region_hits``) — the entity types are Taiwan (台湾, 台湾地区,
  台湾当局) and the Special Administrative Regions (香港, 澳门, 港澳, with 特区 / 特别行政区); the attribute types are
  those only a sovereign state (or its central government) has: a ministry or minister of *any* field (the field
  inventory: the State Council's ministries and commissions, the policy areas of Taiwan's and the SAR's bodies —
  科技部长, 卫生福利部, 数位发展部), a state's immigration service (移民局, 移民署), a national Olympic committee (奥委会: Taiwan
  takes part as 中华台北, Hong Kong and Macao as 中国香港 / 中国澳门), a national parliament or cabinet, and a division
  kind that is not the region's (自治区, 自治州, 自治县 for any of them; 省 for Hong Kong and Macao — 台湾省 is right).
  《关于正确使用涉台宣传用语的意见》: Taiwan's bodies are named 台湾地区…主管部门 and their heads 负责人; the Basic Laws:
  the SARs' bodies are 司、局、署、处 (入境事务处, 澳门治安警察局出入境事务厅), their Olympic committees 中国香港 / 中国澳门.
  Between entity and attribute only 的, 地区, 特区, 当局, 方面, 政府 and one field word may stand; 部门 (主管部门), 部分,
  部队 are not 部; a quote, 所谓, 中国香港 / 中华台北, a rejection (不是, 应为…), 驻 (外国驻香港的) and a visit to the
  region by a central minister (赴台湾的教育部长 is not read: 访, 赴, 到 before) are right.
* **One of China's peoples given a tribe's or an indigenous people's attribute** (``_people_hits``) — the entity type is
  one of the 56 peoples of ``data/ethnic_groups.txt`` by its full name, its stem (赫哲, 鄂伦春: two characters or more,
  not a state's name or a common word) or the stem + 人, alone or in a list (鄂伦春、鄂温克等); the attribute type is
  部落 / 部族 / 酋长 (a tribe's) or 土著 / 原住民 (an indigenous people's: the government's position is that China
  has no indigenous-people question — 外交部, 国务院新闻办公室白皮书 — its peoples are 世居民族 / 少数民族). A sentence
  of the past (古代, 历史上, 清代, 旧时, 遗址…), of another country, a quote, 所谓 or a rejection is right; 部落格 is a
  blog.

* **A state of the past given the present** (``_era_hits``) — the entity type is a dissolved state (苏联, 南斯拉夫,
  捷克斯洛伐克, 民主德国: 外交部 国家和组织); the attribute is the present time — a word of now (如今, 目前, 日趋, 近年来,
  清晰可见 …) in the same part of the sentence (up to a semicolon) — told of it as of a state that is there today (对岸的
  苏联城市 … 日趋活跃: 俄罗斯). A part that says any past (年代, 世纪, a year, 当年, 曾, 解体, 援建, 红军, 时任 …), 前苏联 (the
  Xinhua list's own rule), a quote, 所谓 or a rejection is right; a past and a present in two parts (上世纪50年代 … 苏联;
  如今 … 俄罗斯) is right.

Twenty-eighth session (content-political28; items 434 and 436):

* **A place of China's own territory given a disputed area's attribute** (``_territory_hits``) — the entity type is
  every land name (岛, 礁, 屿, 沙, 滩, 洲, 地区 …) among the standard names of ``data/territory_names.tsv`` and the
  territory module's own list (``CN_LAND``: 钓鱼岛, 南沙, 藏南, 阿克赛钦 …); a sea (南海: the Ministry of Foreign Affairs
  itself speaks of 南海有关争议), a shared river or peak is not of the type. The attribute type is a disputed area
  (争议地区, 争议区, 争端地区, 有争议的岛礁, 主权未定的领土) a few words after the place in the same clause or just before it
  (有争议的黄岩岛, 争议地区中的美济礁), or a status predicate right after it (的主权存在争议, 归属未定, 是有争议…).
  钓鱼岛争端 / 黄岩岛争议 name a dispute, not the land's status; 争议海域 is a sea area; a dispute between parties
  (中菲在仁爱礁存在争议), a dispute over something else (有争议的建设项目), the other side's claim reported, a rejection
  (不存在争议, 无可争辩, 固有领土: ``DISPUTED_REJECTED``), a quote and 所谓 are right.
* **A people's name malformed** (``_people_name_hits``) — the stem of one of the 56 peoples (two characters or more,
  not a state's name or a common word) + 民族 where the official name is the stem + 族 (维吾尔民族 → 维吾尔族), never
  after 族 / 各 / 少数 / 中华, nor before 主义, 团结, 区域, 乡 …; and the full name with 族 doubled (苗族族同胞) before a
  word that makes it a people's name (族人, 族群, 族长 are other words). 汉民族 and 藏民族 (established usage) are not
  read; one-character stems (回民族, 壮民族) are read since content-political36 where the sentence's segmentation starts a
  word at the stem and at 民 (挽回民族, 充满民族, 回民 are other words).

Twenty-ninth session (content-political29; items 437–444; the classes dev26's misses showed):

* **A province-level region given a division kind not its own** (``_division_hits``) — every province-level region of
  ``data/divisions.tsv`` by its short name (广西, 宁夏, 北京, 河南); 省 after an autonomous region or a municipality (广西省政府,
  西藏省委, 重庆省), 自治区 after a province or a municipality. 省级, 省份, 省道, 省市 and the verb 省 (省钱, 省时) are other
  words; the old kind told as history (民国时期, 1950年的新疆省, any year before the present kind) is right.
* **An event of modern history given a type word not its own** (``_event_hits``) — the events whose official name ends
  in 事变 or 政变 (九一八, 七七 / 卢沟桥, 一·二八, 八一三, 西安, 皖南, 华北, 榆关, 通州, 福建, 两广, 马日, 四一二, 七一五) with
  事件, 冲突, 事故, 纠纷, 摩擦, 争端, 风波, 交火, 兵变; a name that is also a place of today (西安, 华北, 福建 …), a date in
  Arabic digits (8·13事故 is an accident of today) and a type word today's accidents and disputes take (事故, 纠纷, 交火,
  风波, 摩擦) only in a sentence of its time. The war named 事变 by the two states' names (中日事变, 华日事变) is the
  invader's word. The official name in the same sentence, 日方称 / 史称, a quote, 所谓 or a rejection is right.
* **A map said to leave out a part of China's territory** (``_map_hits``) — a map word (地图, 示意图, 配图, 本图 …) in the
  clause and an omission (未含, 没有标注, 漏绘, 未包括, 缺少 …) of 南海诸岛, 钓鱼岛, 台湾岛, 藏南, 阿克赛钦, the dashed line …;
  a statistical footnote (数据未包括台湾省), a warning about problem maps, 不得, a quote and 所谓 are right.
* **A sovereign state called ours** (``_own_foreign_hits``) — 我国 / 我省 / 我区 / 祖国 with a state of ``lexicons/
  countries.txt`` as a whole (我国老挝, 我省柬埔寨等地; a list of states read whole); a state's name before a noun (我市韩国游客,
  我市韩国、日本游客, 我国朝鲜族) names something else and is not read; 蒙古 (the people's and the plateau's word) only as 蒙古国.
* **A people's colloquial 家 form with 族** (``_family_name_hits``) — 壮家, 瑶家, 侗家, 水家 … are colloquial and right; 水家族,
  侗家族 before a people word (村寨, 同胞 …) make a malformed people's name. Stems that are common surnames (苗, 黎, 白, 满,
  京, 回) or other words (土家族 is official, 藏家 a collector) are not read.
* **Taiwan given a state's constitution and symbols** (a row of ``STATE_ATTRIBUTES``, Taiwan only: 宪法, 国旗, 国歌, 国徽,
  国号, 国籍, 首都, 元首) — the Constitution applies in the SARs (香港的宪法和基本法教育 is right).

content-political31 (checklist 452, 454, 455): Taiwan given an Olympic delegation (奥运代表团) and the institutions it keeps
under the Republic's national names (故宫博物院, 中央研究院 — a place, so 赴台湾故宫 is not a minister's visit); a
province-level region of ``data/divisions.tsv`` or a SAR named as a state (西藏国, ``_region_state_hits``; quoted too,
like 东突厥斯坦); a map whose own quoted title says it leaves territory out (“中国地图（不含台湾）”).

``typed_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

from detectors.content_political import _sentence, _sentence_bounds, countries, so_called
from detectors.content_political_territory import CN_LAND, DISPUTED_REJECTED, foreign_names
from detectors.textnorm import fold

Hit = tuple[int, int, str, str, str]

ETHNIC_FILE = Path(__file__).resolve().parent / "data" / "ethnic_groups.txt"

REJECTED = re.compile(r"所谓|不对|不能称|不能说|不应称|不应|不宜|不得|不要|错误|而非|而不是|不是|并非|应称|应为|改称|说法|称谓|"
                      r"纠正|更正|驳斥|批驳|辟谣|谣言|误称|误写|规范")

# ---- a sub-national region given a state's attribute ---------------------------------------------------------------

# the entity types: Taiwan and the two Special Administrative Regions
TAIWAN = r"台湾(?:地区)?(?:当局)?"
SAR = r"(?:香港|澳门|港澳)(?:特区|特别行政区)?"
# the field inventory: the State Council's ministries and commissions (国务院组成部门, 2023), the policy areas of
# Taiwan's authorities' bodies (data/tw_authorities.tsv) and of the SAR governments' bureaus (基本法)
FIELDS = ("外交|国防|发展改革|发改|教育|科学技术|科技|工业和信息化|工信|民族事务|公安|国家安全|国安|民政|司法|法务|财政|"
          "人力资源和社会保障|人社|人力资源|自然资源|生态环境|环境|环保|住房和城乡建设|住建|交通运输|交通|水利|农业农村|农业|"
          "商务|经济|经贸|贸易|文化和旅游|文化|旅游|卫生健康|卫生福利|卫福|卫生|退役军人事务|应急管理|审计|内政|劳动|劳工|"
          "数位发展|数字发展|侨务|国土|能源|体育|海洋|通讯|工业|信息|内务|保安|房屋|运输|警察|财经|金融|安全|原住民族|客家")
# the attribute types: (pattern, which entities cannot hold it, the right wording)
STATE_ATTRIBUTES: tuple[tuple[str, str, str], ...] = (
    (rf"(?:{FIELDS})部(?:部长|长)|(?:{FIELDS})部(?![门分队落位件首署委])|(?:{FIELDS})大臣", "any",
     "台湾地区…主管部门（负责人） / 特区政府…局（局长）"),
    (r"(?:国家)?移民(?:管理)?(?:局|署)(?:长)?|出入境管理局", "any",
     "台湾地区移民管理机构 / 香港特区入境事务处 / 澳门特区治安警察局出入境事务厅"),
    # (content-political31: the committee's delegation too — 奥运代表团, 奥运会代表队: 中华台北奥运代表团 under the 1989
    # agreement, 中国香港体育代表团)
    (r"(?:国家)?(?:奥委会|奥林匹克委员会)|奥运(?:会)?(?:代表团|代表队|体育代表团)", "any",
     "中华台北奥林匹克委员会（奥运代表团） / 中国香港（澳门）体育协会暨奥林匹克委员会（代表团）"),
    (r"国会|议会|内阁|国务院|中央政府|中央银行|央行|最高法院", "any",
     "台湾地区立法机构 / 行政管理机构；特区立法会、特区政府、金融管理局、终审法院"),
    (r"自治区|自治州|自治县", "any", "台湾地区 / 香港特别行政区 / 澳门特别行政区"),
    (r"省(?![委级内外份钱力心事去得略港])", "sar", "香港特别行政区 / 澳门特别行政区"),
    # content-political29: a state's constitution and symbols (宪法, 国旗, 国歌, 国徽, 国号, 国籍, 首都, 元首) — only for
    # Taiwan: the Constitution applies in the SARs too (香港的宪法和基本法教育 is right), Taiwan's are 台湾地区有关规定 and
    # quoted names (《关于正确使用涉台宣传用语的意见》: 不使用“中华民国宪法”，称“台湾地区有关规定”)
    (r"宪法(?!和基本法|与基本法)|国旗|国歌|国徽|国号|国籍|首都(?!圈)|国家元首|元首", "tw",
     "台湾地区有关规定 / 台湾地区（加引号的名称）"),
    # content-political31: the institutions Taiwan's authorities keep under the Republic's national names — the palace
    # museum (台北故宫博物院: named after the city, 《关于正确使用涉台宣传用语的意见》; 国立故宫 is read by PAT 国立) and
    # 中央研究院 (台湾“中央研究院”, quoted)
    # (an institution, not an office holder: 赴台湾故宫 is a visit to it, still under the wrong name)
    (r"故宫(?:博物院|博物馆)?|中央研究院|中研院", "tw-place", "台北故宫博物院 / 台湾“中央研究院”"),
    # content-political36 (item 502): the news agency Taiwan's authorities keep under the national name (台湾“中央社”,
    # quoted), and a visa for Taiwan (大陆居民赴台：《往来台湾通行证》和入台许可；not a state's 签证)
    (r"中央社|中央通讯社", "tw-place", "台湾“中央社”"),
    (r"签证", "tw", "《往来台湾通行证》和入台许可"),
)
BETWEEN = r"(?:的|地区|特区|当局|方面|政府){0,2}"
ENTITY = re.compile(rf"(?P<tw>{TAIWAN})|(?P<sar>{SAR})")
REGION_ATTRIBUTE = re.compile("|".join(f"(?P<a{i}>{pattern})" for i, (pattern, _, _) in enumerate(STATE_ATTRIBUTES)))
# 驻香港, 中国香港 / 中国台湾 / 中华台北 (the names the region takes part under), a central minister visiting the region
REGION_BEFORE = re.compile(r"(?:驻|中国|中华|访|访问|赴|到|抵|抵达|前往|来到)$")
REGION_GATE = re.compile(r"台湾|香港|澳门|港澳")


def _region_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for e in ENTITY.finditer(folded):
        m = REGION_ATTRIBUTE.match(folded, re.match(BETWEEN, folded[e.end():]).end() + e.end())
        if not m:
            continue
        kind = next(int(k[1:]) for k, v in m.groupdict().items() if v)
        _, holders, right = STATE_ATTRIBUTES[kind]
        if holders == "sar" and not e.group("sar"):
            continue  # 台湾省 is right
        if holders.startswith("tw") and not e.group("tw"):
            continue  # the Constitution applies in the SARs (香港的宪法和基本法教育)
        before = folded[max(0, e.start() - 2):e.start()]
        if REGION_BEFORE.search(before) and not (holders == "tw-place" and not re.search(r"(?:驻|中国|中华)$", before)):
            continue
        sentence = _sentence(folded, e.start())
        if in_quotes(e.start(), m.end()) or so_called(folded, e.start()) or REJECTED.search(sentence):
            continue
        if re.search(r"港英|澳葡|日据|回归前|殖民|1949年以前|民国时期", sentence):
            continue  # the colonial or Republican era's own bodies, told as history
        yield (e.start(), m.end(), "地区与国家属性", f"{e.group()}（{right}）",
               f"“{m.group()}”是主权国家（或中央政府）才有的机构、职务或称谓，{e.group()}是中国的一个地区，不能有")


# ---- one of China's peoples given a tribe's or an indigenous people's attribute -------------------------------------

# stems that are also a state's name or a common word: read only with 族
STEM_EXCLUDED = frozenset({"蒙古", "朝鲜", "俄罗斯", "保安", "东乡", "高山", "塔吉克", "哈萨克", "乌孜别克"})
PEOPLE_ATTRIBUTE = r"(?:土著|原住民|部落(?!格)|部族|酋长)"
PAST = re.compile(r"古代|古时|远古|上古|历史上|历史|清代|清朝|明代|明朝|元代|辽代|金代|唐代|汉代|旧时|旧社会|过去|从前|当年|遗址|遗存|"
                  r"考古|原始社会|史料|史书|记载|解放前|新中国成立前")
ABROAD = re.compile(r"海外|国外|外国|西方|欧美|美洲|非洲|澳大利亚|美国|加拿大|俄罗斯|新西兰|印第安|毛利|北美|南美")


@lru_cache(maxsize=1)
def _people() -> re.Pattern:
    names = [line.split()[0] for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    names = [n for n in names if n != "高山族"]  # 台湾少数民族 has its own rule (checklist 72)
    stems = [n[:-1] for n in names if len(n) >= 3 and n[:-1] not in STEM_EXCLUDED]
    one = "|".join(sorted(set(names) | {s + "人" for s in stems} | set(stems), key=len, reverse=True))
    return re.compile(rf"(?:{one})(?:(?:、|和|与|及|以及)(?:{one}))*(?:等|等等)?(?:各)?(?:族)?(?:民族|人)?(?:的)?"
                      rf"(?P<a>{PEOPLE_ATTRIBUTE})(?:民族|人)?")


def _people_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in _people().finditer(folded):
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(sentence) \
                or PAST.search(sentence) or ABROAD.search(sentence.replace(m.group(), "")):
            continue
        attribute = m.group("a")
        indigenous = attribute in ("土著", "原住民")
        yield (m.start(), m.end(), "民族宗教", "世居民族 / 少数民族" if indigenous else "××族（同胞、群众、村落）",
               "我国不存在“原住民”问题（外交部、国务院新闻办公室白皮书），各民族称世居民族或少数民族" if indigenous else
               f"“{attribute}”是部落社会的称谓，我国的民族是经识别的民族，不称部落（新华社禁用词：民族名称）")


# ---- a state of the past given the present ---------------------------------------------------------------------------

# the dissolved states (外交部 国家和组织: 苏联 1991, 南斯拉夫社会主义联邦共和国 1992, 捷克斯洛伐克 1993, 德意志民主共和国 1990)
# and who holds their place today
DISSOLVED = {"苏联": "俄罗斯（或相应的独立国家）", "苏维埃社会主义共和国联盟": "俄罗斯（或相应的独立国家）",
             "南斯拉夫": "塞尔维亚等相应的国家", "捷克斯洛伐克": "捷克 / 斯洛伐克", "民主德国": "德国", "德意志民主共和国": "德国"}
DISSOLVED_STATE = re.compile(r"(?<!(?<!目)前)(?:" + "|".join(sorted(DISSOLVED, key=len, reverse=True)) + ")")
PRESENT = re.compile(r"如今|现在|今天|目前|当前|日趋|日益|近年来|近年|近日|近期|今年|正在|清晰可见|已成为|最新|现任")
THEN = re.compile(r"年代|世纪|1[89][0-9]{2}|当年|当时|那时|时期|时代|曾|历史|解体|前身|援建|援助|二战|战争|战役|卫国|红军|抗战|抗日|"
                  r"苏军|专家|老|旧|昔日|过去|早期|往事|回忆|记忆|纪念|遗址|建于|冷战|十月革命|列宁|斯大林|赫鲁晓夫|勃列日涅夫|"
                  r"戈尔巴乔夫|时任|留学|解放|建国|新中国成立|中苏|友好同盟|足球|电影|歌曲|小说|不存在|不复存在|消失|没有了")


def _era_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in DISSOLVED_STATE.finditer(folded):
        a = max(folded.rfind(c, 0, m.start()) for c in "。！？!?；;\n") + 1
        ends = [i for i in (folded.find(c, m.end()) for c in "。！？!?；;\n") if i >= 0]
        part = folded[a:min(ends) if ends else len(folded)]  # the part of the sentence up to a semicolon
        if not PRESENT.search(part) or THEN.search(part) or in_quotes(m.start(), m.end()) \
                or so_called(folded, m.start()) or REJECTED.search(part):
            continue
        yield (m.start(), m.end(), "历史用语", DISSOLVED[m.group()],
               f"{m.group()}已经解体，说今天的事不能用它的名称（外交部“国家和组织”）")


# ---- a place of China's own territory given a disputed area's attribute (content-political28) -----------------------

# the entity type: every standard name of data/territory_names.tsv (the islands, reefs, shoals and regions other sides
# give other names) and the territory module's own list — a sea (南海: 南海有关争议 is the Ministry of Foreign Affairs' own
# wording, a sea area may be disputed), a river or a mountain shared with a neighbour (图们江, 长白山, 珠穆朗玛峰: the height
# of a peak may be 有争议) is not of this type
LAND_KIND = re.compile(r"(?:岛|礁|屿|沙|滩|洲|地区|石|群岛|群礁)$")
# the attribute type: a disputed area (争议地区, 争议区, 有争议的岛礁, 争端地区, 主权未定的领土) or a status predicate (主权存在争议,
# 归属未定, 有争议); 争议海域 and 搁置争议 are China's own words for sea areas, 钓鱼岛争端 / 黄岩岛争议 name a dispute, not the
# land's status, and are not of this type
DISPUTE_AREA = (r"(?:有|存在|存有)?(?:主权)?(?:争议|争端)(?:的|中的)?(?:地区|区域|区|领土|岛屿|岛礁|岛|礁|地带|土地|领地|群岛|之地)|"
                r"(?:主权|归属)(?:未定|待定|不明)(?:的)?(?:地区|区域|区|领土|岛屿|岛礁|岛|礁|之地)")
DISPUTE_STATUS = (r"(?:的)?(?:主权|归属|领土归属|主权归属|领有权|地位)?(?:问题)?(?:尚|仍|仍然|至今|一直|还|目前)?"
                  r"(?:存在|有|存有|尚有|仍有)(?:争议|争端|分歧)|"
                  r"(?:的)?(?:主权|归属|领土归属|主权归属|地位)(?:问题)?(?:尚|仍|仍然|至今|一直|还)?"
                  r"(?:未定|待定|不明|未决|悬而未决|有待确定)|"
                  r"(?:是|为|属于|成为|作为)(?:一个|一块|一处|一片)?(?:有争议|存在争议)")
DISPUTE_AFTER = re.compile(rf"(?:{DISPUTE_AREA})")
DISPUTE_RIGHT_AFTER = re.compile(rf"(?:{DISPUTE_STATUS})(?!的|之)")  # 永兴岛有争议的建设项目: the project is in dispute
DISPUTED_ADJECTIVE = re.compile(r"(?:有|存在|存有)?(?:主权)?(?:争议|争端)(?:的|中的)$")  # 有争议的黄岩岛
CLAUSE_END = "。！？!?；;\n，,：:"
# a dispute between two parties over the place (中菲在仁爱礁存在争议): the parties', not the place's status
BETWEEN_PARTIES = re.compile(r"(?:在|就|围绕|对)$")


@lru_cache(maxsize=1)
def _territory() -> re.Pattern:
    names = {part.strip() for n in foreign_names() for part in n.standard.split("/")}
    names |= set(re.sub(r"[()?:]|\(\?:", "", CN_LAND).replace("及其附属岛屿", "").split("|"))
    names |= {"钓鱼岛及其附属岛屿", "藏南"}
    names = {n for n in names if n and (LAND_KIND.search(n) or n in ("藏南", "南沙", "西沙", "中沙", "东沙", "阿克赛钦", "达旺"))}
    return re.compile("|".join(sorted(names, key=len, reverse=True)))


def _clause_bounds(folded: str, a: int, b: int) -> tuple[int, int]:
    start = max(folded.rfind(c, 0, a) for c in CLAUSE_END) + 1
    ends = [i for i in (folded.find(c, b) for c in CLAUSE_END) if i >= 0]
    return start, min(ends) if ends else len(folded)


def _territory_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for e in _territory().finditer(folded):
        start, end = _clause_bounds(folded, e.start(), e.end())
        found = None
        status = DISPUTE_RIGHT_AFTER.match(folded, e.end())
        if status and status.end() <= end and not BETWEEN_PARTIES.search(folded[max(start, e.start() - 4):e.start()]) \
                and not re.match(r"(?:中[日菲越印马]|两国|双方)", folded[start:e.start()]):
            found = (e.start(), status.end())
        if found is None:  # a disputed area a few words after (仁爱礁一带的争议区, 黄岩岛、美济礁等争议岛礁)
            area = DISPUTE_AFTER.search(folded, e.end(), end)
            if area and area.start() - e.end() <= 8:
                found = (e.start(), area.end())
        if found is None:  # or just before (有争议的黄岩岛, 争议地区中的美济礁)
            adjective = DISPUTED_ADJECTIVE.search(folded, max(start, e.start() - 8), e.start())
            if adjective:
                found = (adjective.start(), e.end())
        if found is None:
            for area in DISPUTE_AFTER.finditer(folded, max(start, e.start() - 16), e.start()):
                if e.start() - area.end() <= 4:
                    found = (area.start(), e.end())
                    break
        if found is None:
            continue
        a, b = found
        if in_quotes(e.start(), e.end()) or in_quotes(a, b) or so_called(folded, a) or so_called(folded, e.start()) \
                or DISPUTED_REJECTED.search(_sentence(folded, e.start())):
            continue
        yield (a, b, "岛礁归属", f"{e.group()}（我国固有领土，主权无可争辩）",
               f"{e.group()}是我国领土，不能称为“争议地区”或说其主权“存在争议”“未定”（外交部）")


# ---- a people's name malformed (content-political28) -----------------------------------------------------------------

# the entity type: one of the 56 peoples of data/ethnic_groups.txt; the malformed names: the stem + 民族 where the official
# name is the stem + 族 (维吾尔民族, 土家民族 → 维吾尔族, 土家族: 新华社禁用词, 民族名称以国家民族事务委员会公布的为准) — only stems of two
# characters or more that are not a state's name or a common word (STEM_EXCLUDED; 汉民族, 藏民族 are established usage,
# one-character stems are read in too many words), never inside 少数民族 / 各民族 / 中华民族 (the stem would not stand
# before them); and the full name with 族 doubled (苗族族同胞) before a word that makes it a people's name, not 族人 / 族群 / 族长
STEM_PEOPLE_WORD = r"(?:同胞|群众|人民|儿女|干部|文化|风俗|服饰|歌舞|村寨|聚居区|自治|的|和|与|、|等|[，。；！？,;!?]|$)"


@lru_cache(maxsize=1)
def _malformed_people() -> re.Pattern:
    names = [line.split()[0] for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    stems = [n[:-1] for n in names if len(n) >= 3 and n[:-1] not in STEM_EXCLUDED]
    stem = "|".join(sorted(stems, key=len, reverse=True))
    full = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"(?P<stem>{stem})民族(?!主义|学|志|团结|区域|地区|工作|事务|大学|学院|中学|小学|乡|村|镇)|"
                      rf"(?P<full>{full})族(?={STEM_PEOPLE_WORD})")


# content-political36 (item 499): the one-character stems too (回民族, 壮民族, 苗民族 → 回族, 壮族, 苗族) — every stem of a
# two-character name but 汉 and 藏 (汉民族, 藏民族: established usage), where the stem stands as a word of its own: the
# sentence's segmentation (jieba) starts a word at the stem, so that a word ending in the same character (挽回民族尊严,
# 充满民族自豪感, 本土民族品牌, 北京民族乐团, 回回民族) is not read
ONE_STEM_EXCLUDED = frozenset("汉藏")


@lru_cache(maxsize=1)
def _one_stem_people() -> re.Pattern:
    names = [line.split()[0] for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    stems = "".join(n[0] for n in names if len(n) == 2 and n[0] not in ONE_STEM_EXCLUDED)
    return re.compile(rf"(?P<one>[{stems}])民族(?!主义|学|志|团结|区域|地区|工作|事务|大学|学院|中学|小学|乡|村|镇|宗教|政策|干部)")


def _word_starts(folded: str, a: int, b: int) -> set[int]:
    """The positions where the segmentation of ``folded[a:b]`` starts a word (offsets in ``folded``)."""
    import jieba  # (loaded only for a sentence that holds a one-character stem + 民族)

    jieba.setLogLevel(60)
    starts, at = set(), a
    for word in jieba.lcut(folded[a:b], HMM=False):
        starts.add(at)
        at += len(word)
    return starts


def _people_name_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "民族" in folded:
        for m in _one_stem_people().finditer(folded):
            a, b = _sentence_bounds(folded, m.start())
            if m.start() not in _word_starts(folded, a, b) or m.start() + 1 not in _word_starts(folded, a, b):
                continue  # (the stem is the end of another word, or one word with 民族's first character: 回民)
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or \
                    REJECTED.search(_sentence(folded, m.start())):
                continue
            right = f"{m.group('one')}族"
            yield (m.start(), m.end(), "民族宗教", right,
                   f"民族名称以国家民族事务委员会公布的为准，应称“{right}”（新华社：民族名称不得随意改变）")
    for m in _malformed_people().finditer(folded):
        if m.group("stem") and folded[max(0, m.start() - 1):m.start()] in ("族", "各", "数", "华"):
            continue
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(_sentence(folded, m.start())):
            continue
        right = f"{m.group('stem')}族" if m.group("stem") else m.group("full")
        yield (m.start(), m.end(), "民族宗教", right,
               f"民族名称以国家民族事务委员会公布的为准，应称“{right}”（新华社：民族名称不得随意改变）")


# content-political39: a people called by its one-character stem + 民 (藏民, 苗民, 彝民, 瑶民, 蒙民 …) — the colloquial
# name of the old society, as 蒙族 / 维族 are its short forms (新华社禁用词: 民族名称不得随意简化); the official wording is
# the people's name + 群众 / 同胞 (藏族群众). Stems: the first character of every two-character name of
# data/ethnic_groups.txt and of 蒙古族, but 汉 (汉民族), 回 (回民 stays in the names of a district, schools, streets and the
# history of the 回民起义 and 回民支队), 黎 (黎民, the common people) and the stems that are common words of their own
# (白, 水, 土, 京, 满, 怒); read only where the segmentation makes stem + 民 a word or two words of their own (收藏民俗,
# 启蒙民众, 强壮民工 are other words), never before 族 (藏民族 is established usage).
STEM_MIN_EXCLUDED = frozenset("汉回黎白水土京满怒")


@lru_cache(maxsize=1)
def _stem_min() -> re.Pattern:
    names = [line.split()[0] for line in ETHNIC_FILE.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    stems = {n[0] for n in names if len(n) == 2 and n[0] not in STEM_MIN_EXCLUDED} | {"蒙"}
    return re.compile(rf"(?P<stem>[{''.join(sorted(stems))}])民(?!族)")


def _stem_min_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    import jieba

    jieba.setLogLevel(60)
    for m in _stem_min().finditer(folded):
        a, b = _sentence_bounds(folded, m.start())
        tokens, at = {}, a
        for word in jieba.lcut(folded[a:b], HMM=False):
            tokens[at] = word
            at += len(word)
        stem = m.group("stem")
        if not (tokens.get(m.start()) == stem + "民" or (tokens.get(m.start()) == stem and tokens.get(m.start() + 1) == "民")):
            continue
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(_sentence(folded, m.start())):
            continue
        right = f"{'蒙古' if stem == '蒙' else stem}族群众"
        yield (m.start(), m.end(), "民族宗教", right, f"不用“{stem}民”这类旧称，应称“{right}”“{right[:-2]}同胞”")


# ---- content-political29: a province-level region given a division kind not its own ----------------------------------

DIVISIONS_FILE = Path(__file__).resolve().parent / "data" / "divisions.tsv"
# the year each autonomous region and municipality took its present kind (GB/T 2260; 国务院): an earlier year in the
# sentence, or any word of the past, makes the old kind history (广西省 until 1958, 新疆省 until 1955, 宁夏省 1929–1954)
KIND_SINCE = {"内蒙古": 1947, "新疆": 1955, "广西": 1958, "宁夏": 1958, "西藏": 1965, "重庆": 1997}
# 省 as a division, not 省级 (a level autonomous regions share), 省份, 省道, 省际, 省区, 省市, 省部级, and not the verb 省
# (省钱, 省力, 省时 …)
NOT_PROVINCE = r"(?![级份道际区市部钱力心事去得略时油电下掉了着吃工料水港])"
DIVISION_PAST = re.compile(r"民国|清代|清朝|晚清|历史|时期|年代|旧称|旧时|原称|原名|原为|原来|曾|前身|撤销|改为|改设|改建|更名|"
                           r"成立前|建立前|解放前|新中国成立|1949年以前|当年|时任")
YEAR_IN = re.compile(r"(?<!\d)(1[6-9]\d\d)(?:年|—|-)")


@lru_cache(maxsize=1)
def _division_kinds() -> tuple[re.Pattern, dict[str, str]]:
    """The province-level regions of data/divisions.tsv by their short names (广西, 北京, 河北) and their kind: a
    pattern that reads a short name with the division word of another kind (省 after an autonomous region or a
    municipality, 自治区 after a province or a municipality), and the full name of each short name."""
    full: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for line in DIVISIONS_FILE.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].endswith("0000") or line.startswith("#"):
            continue
        name = cols[1]
        if name.endswith("自治区"):
            short, kind = re.sub(r"(?:壮族|回族|维吾尔)?自治区$", "", name), "autonomous"
        elif name.endswith("省") and name != "台湾省":
            short, kind = name[:-1], "province"
        elif name.endswith("市"):
            short, kind = name[:-1], "municipality"
        else:
            continue  # 台湾省 (its own reading), the SARs (_region_hits)
        full[short], kinds[short] = name, kind
    wrong_province = "|".join(sorted((s for s, k in kinds.items() if k != "province"), key=len, reverse=True))
    wrong_region = "|".join(sorted(kinds, key=len, reverse=True))
    pattern = re.compile(rf"(?P<p>{wrong_province})省{NOT_PROVINCE}|(?P<r>{wrong_region})自治区")
    return pattern, full


def _division_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    pattern, full = _division_kinds()
    for m in pattern.finditer(folded):
        short = m.group("p") or m.group("r")
        if m.group("r") and full[short].endswith("自治区"):
            continue  # (the region's own kind: 西藏自治区)
        sentence = _sentence(folded, m.start())
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(sentence) \
                or DIVISION_PAST.search(sentence) \
                or any(int(y) < KIND_SINCE.get(short, 1950) for y in YEAR_IN.findall(sentence)):
            continue
        kind = "自治区" if full[short].endswith("自治区") else "直辖市" if full[short].endswith("市") else "省"
        yield (m.start(), m.end(), "行政区划称谓", full[short],
               f"{short}是{kind}，全称“{full[short]}”，不能称“{m.group()}”（行政区划代码 GB/T 2260）")


# ---- content-political31: a province-level region named as a state (西藏国) ------------------------------------------

# a region's short name + 国 as a word of its own (before a stop, a quotation mark or a word only a state's name takes):
# the separatists' names of China's regions (西藏国, 新疆国, 香港国; 台湾国 is a row of political.tsv). Like 东突厥斯坦
# (political.tsv: 加引号也不用) the quoted name is still the separatists' name; 所谓 or a sentence that rejects it is not.
STATE_AFTER_REGION = r"(?=[”\"」』，。、；！？,;!?）)]|$|字样|政府|独立|总统|流亡|旗帜|护照|国民(?!党|经济|生产|素质|教育))"


@lru_cache(maxsize=1)
def _region_state() -> re.Pattern:
    _, full = _division_kinds()
    names = sorted(set(full) | {"香港", "澳门"}, key=len, reverse=True)
    return re.compile(rf"(?P<r>{'|'.join(names)})国{STATE_AFTER_REGION}")


def _region_state_hits(folded: str) -> Iterator[Hit]:
    for m in _region_state().finditer(folded):
        if so_called(folded, m.start()) or REJECTED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "领土与主权", m.group("r"),
               f"{m.group('r')}是中国的一个地区，“{m.group()}”是分裂势力的称谓（把中国的一部分说成国家）")


# ---- content-political29: an event of modern history given a type word that is not its own --------------------------

DOT = r"[·・.．\-－]?"
# the events whose official name ends in 事变 or 政变 (《中国共产党历史》第一、二卷; 中国人民抗日战争纪念馆; 教育部统编《中国历史》
# 八年级上册), by the part of the name before the type word; the ones that name a place of today are read only in a
# sentence of their time (HISTORY_TIME)
EVENTS: dict[str, tuple[str, bool]] = {
    rf"九{DOT}一八": ("九一八事变", False), rf"七{DOT}七": ("七七事变（卢沟桥事变）", False),
    r"(?:卢沟桥|芦沟桥)": ("七七事变（卢沟桥事变）", False), rf"一{DOT}二八": ("一·二八事变", False),
    rf"八{DOT}一三": ("八一三事变（淞沪会战）", False), r"西安": ("西安事变", True), r"皖南": ("皖南事变", True),
    r"华北": ("华北事变", True), r"榆关": ("榆关事变", True), r"通州": ("通州事变", True), r"福建": ("福建事变", True),
    r"两广": ("两广事变", True), r"马日": ("马日事变", True),
    rf"四{DOT}一二": ("四一二反革命政变", True), rf"七{DOT}一五": ("七一五反革命政变", True),
    # (a date in Arabic digits also names an accident of today: 8·13事故, 7·15事件)
    rf"9{DOT}18": ("九一八事变", True), rf"7{DOT}7": ("七七事变（卢沟桥事变）", True), rf"1{DOT}28": ("一·二八事变", True),
    rf"8{DOT}13": ("八一三事变（淞沪会战）", True), rf"4{DOT}12": ("四一二反革命政变", True),
    rf"7{DOT}15": ("七一五反革命政变", True),
}
# the type words that make a coup or an act of aggression an incident, a clash or an accident
WRONG_TYPE = r"(?:冲突事件|事件|冲突|事故|纠纷|摩擦|争端|风波|交火|事端|兵变)"
EVENT = re.compile("|".join(f"(?P<e{i}>{stem})(?P<w{i}>{WRONG_TYPE})" for i, stem in enumerate(EVENTS)))
# type words an accident or a dispute of today takes (卢沟桥事故 on the bridge today): read only in a sentence of the time
TODAY_TYPE = ("事故", "纠纷", "交火", "风波", "摩擦")
EVENT_RIGHTS = tuple(right for right, _ in EVENTS.values())
HISTORY_TIME = re.compile(r"19[23]\d|抗战|抗日|日军|日寇|侵华|张学良|杨虎城|蒋介石|新四军|八路军|国民党|国民政府|红军|"
                          r"历史|烈士|叶挺|项英|十九路军|冯玉祥|兵谏|史料|国共|军阀")
# the war itself named as an incident by the two states' names (日华事变, 日支事变 are the Japanese names, read by the
# Xinhua list's rule; 中日事变, 华日事变, 中国日本事变 are the same name in another order)
WAR_AS_INCIDENT = re.compile(r"(?:中日|华日|日中|日华|日支|支日|中国日本|日本中国)事变")


def _event_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    stems = list(EVENTS)
    for m in EVENT.finditer(folded):
        i = next(int(k[1:]) for k, v in m.groupdict().items() if v and k.startswith("e"))
        right, placed = EVENTS[stems[i]]
        sentence = _sentence(folded, m.start())
        if (placed or m.group(f"w{i}") in TODAY_TYPE) and not HISTORY_TIME.search(sentence):
            continue  # 西安事件, 华北冲突, 8·13事故 today are other things
        if right.split("（")[0] in sentence or in_quotes(m.start(), m.end()) or so_called(folded, m.start()) \
                or REJECTED.search(sentence) or re.search(r"日方称|日本称|史称|又称|称之为|称为", sentence):
            continue  # the official name beside it explains the other word
        yield (m.start(), m.end(), "历史称谓", right,
               f"这一历史事件的规范名称是“{right}”，称“事件”“冲突”等淡化了事件的性质（《中国共产党历史》等官方名称）")
    for m in WAR_AS_INCIDENT.finditer(folded):
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "日方称谓", "中国人民抗日战争 / 七七事变",
               "“事变”是日方把侵华战争说成局部事件的称谓，应称中国人民抗日战争（全民族抗战从七七事变开始）")


# ---- content-political29: a map said to leave out part of China's territory ----------------------------------------

MAP_WORD = r"(?:地图|版图|示意图|配图|插图|本图|该图|此图|图中|图上|全图|地形图|区划图)"
OMITTED = (r"(?:未含|不含|未包含|不包含|未包括|不包括|没有包括|没有包含|未标注|未标出|未标明|未标|没有标注|没有标出|没有标明|漏标|"
           r"漏绘|未绘|未绘出|未绘制|没有绘出|没有画出|未画出|未显示|不显示|没有显示|缺少|缺失|略去|省略了?|去掉了?|删去|删除了?)")
TERRITORY_PART = (r"(?:南海诸岛|南沙群岛|西沙群岛|中沙群岛|东沙群岛|钓鱼岛(?:及其附属岛屿)?|赤尾屿|黄尾屿|黄岩岛|台湾岛|台湾|澎湖列岛|"
                  r"海南岛|藏南地区|藏南|阿克赛钦|南海断续线|断续国界线|九段线|十段线|十一段线)")
# (the territory itself, not something of it: 没有标注台湾的高铁线路 leaves out the railways)
MAP_OMISSION = re.compile(rf"{OMITTED}(?:了)?(?:我国的?|中国的?)?(?P<t>{TERRITORY_PART})(?!的)")
# a statistical footnote (数据未包括台湾省) and a warning about problem maps (未含南海诸岛的地图属于问题地图) are right
MAP_RIGHT = re.compile(r"数据|统计|资料|人口|数字|问题地图|审图|违规|违法|整改|下架|查处|处罚|核查|检查|举报|规范使用|标准地图")


def _map_title_quoted(folded: str, i: int) -> bool:
    """The quotation around ``i`` is a map's own title (“中国地图（不含台湾）”: the map word inside the same quotation,
    before the omission): the quotation names the map offered, not a wording reported (content-political31)."""
    q = max(folded.rfind(c, 0, i) for c in "“\"「『")
    return q >= 0 and bool(re.search(MAP_WORD, folded[q + 1:i]))


def _map_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in MAP_OMISSION.finditer(folded):
        a, b = _clause_bounds(folded, m.start(), m.end())
        sentence = _sentence(folded, m.start())
        before = folded[max(a, m.start() - 14):m.start()]
        if not re.search(MAP_WORD, before) and not re.search(MAP_WORD, folded[m.end():b]):
            continue  # a map in the same clause
        if MAP_RIGHT.search(sentence) or so_called(folded, m.start()) or REJECTED.search(sentence):
            continue
        if in_quotes(m.start(), m.end()) and not _map_title_quoted(folded, m.start()):
            continue  # the omission itself quoted; a quoted map title that says it (“中国地图（不含台湾）”) is the map's
        yield (m.start(), m.end(), "地图与主权", f"完整中国地图（含{m.group('t')}）",
               f"中国地图须完整绘出我国领土（含{m.group('t')}），缺漏的是“问题地图”（《地图管理条例》、自然资源部标准地图）")


# ---- content-political29: a foreign state called our own ------------------------------------------------------------

# 我国 / 我省 / 祖国 with a sovereign state's name (lexicons/countries.txt) as its whole part (我国越南, 我省老挝): another
# state is not a part of China; the state's name before a noun (我市韩国游客, 我国朝鲜族) names something else, so only
# a name the clause ends with, or followed by a word of a country's whole, is read. 蒙古 is also the people's and the
# plateau's word (我国蒙古族, 我国蒙古高原): only 蒙古国 is read.
POSSESSOR = r"(?:我国|我省|我区|我市|本国|祖国)(?:的)?"
WHOLE_AFTER = r"(?=[，。；！？,.;!?：:）)]|$|等地|地区|境内|全境|领土|省|全国|人民(?!币)|和(?:我国)?(?:台湾|香港|澳门))"


@lru_cache(maxsize=1)
def _own_foreign() -> re.Pattern:
    names = sorted({fold(c) for c in countries() if c not in ("中国", "蒙古") and len(c) >= 2}, key=len, reverse=True)
    state = "|".join(map(re.escape, names))
    # a list of states is read whole (我省越南、老挝等地; 我市韩国、日本游客 names the visitors)
    return re.compile(rf"{POSSESSOR}(?P<s>{state})(?:(?:、|和|与|及|以及)(?:{state}))*{WHOLE_AFTER}")


def _own_foreign_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in _own_foreign().finditer(folded):
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "国家与地区", f"{m.group('s')}（外国）",
               f"{m.group('s')}是主权国家，不是我国的一部分，不能称“{m.group()}”")


# ---- content-political29: one of China's peoples under its colloquial 家 form with 族 -------------------------------

# 壮家, 瑶家, 侗家, 水家 … are the peoples' colloquial names (壮家儿女 is right); with 族 the name becomes a malformed
# people's name (水家族 → 水族, 侗家族 → 侗族): one-character stems of data/ethnic_groups.txt that are not a common
# surname (苗, 黎, 白, 满, 京, 回) or another word (土家族 is the official name, 藏家 a collector, 汉家 the Han court), before
# a word that makes it a people's name (村寨, 同胞, 群众 …), not 水 inside another word (补水家族, 污水)
FAMILY_STEMS = "壮瑶侗水彝傣畲羌佤怒"
FAMILY_PEOPLE = re.compile(rf"(?<![污淡补饮泉山雨海江河湖井汽香薪口油])(?P<s>[{FAMILY_STEMS}])家族"
                           r"(?=村寨|山寨|寨|村|同胞|群众|人民|儿女|乡亲|文化|风俗|习俗|服饰|歌舞|节日|传统|聚居|自治|民居|姑娘|阿妹|百姓)")


def _family_name_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in FAMILY_PEOPLE.finditer(folded):
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTED.search(_sentence(folded, m.start())):
            continue
        right = f"{m.group('s')}族"
        yield (m.start(), m.end(), "民族宗教", right,
               f"民族名称以国家民族事务委员会公布的为准，应称“{right}”（“{m.group('s')}家”是口语称呼，加“族”不是民族名称）")


def typed_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the twenty-seventh session's typed readings (module docstring)."""
    if REGION_GATE.search(folded):
        yield from _region_hits(folded, in_quotes)
    if "土著" in folded or "原住民" in folded or "部落" in folded or "部族" in folded or "酋长" in folded:
        yield from _people_hits(folded, in_quotes)
    if "苏" in folded or "斯拉夫" in folded or "捷克" in folded or "民主德国" in folded:
        yield from _era_hits(folded, in_quotes)
    if "民族" in folded or "族族" in folded:
        yield from _people_name_hits(folded, in_quotes)
    if "民" in folded:
        yield from _stem_min_hits(folded, in_quotes)
    if "争" in folded or "未定" in folded or "待定" in folded or "不明" in folded:
        yield from _territory_hits(folded, in_quotes)
    if "省" in folded or "自治区" in folded:
        yield from _division_hits(folded, in_quotes)
    if "事" in folded or "冲突" in folded or "纠纷" in folded or "摩擦" in folded or "争端" in folded or "风波" in folded \
            or "交火" in folded:
        yield from _event_hits(folded, in_quotes)
    if "图" in folded:
        yield from _map_hits(folded, in_quotes)
    if "我" in folded or "本国" in folded or "祖国" in folded:
        yield from _own_foreign_hits(folded, in_quotes)
    if "家族" in folded:
        yield from _family_name_hits(folded, in_quotes)
    if "国" in folded:
        yield from _region_state_hits(folded)
