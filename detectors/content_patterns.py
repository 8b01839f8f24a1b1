"""Pattern rules of content screening that a word list cannot express: politically wrong wording around Taiwan,
Hong Kong and Macao and leaders' titles, commercial ads (shop links, 淘口令, calls to buy), forced likes.

Each rule yields ``PatternHit(start, end, category, rule, suggestion, note)`` on the *folded* text (see
``detectors.textnorm.fold``; same length as the original after ``fold_with_offsets``). Sources of the rules are
listed in ``detectors/lexicons/SOURCES.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain

from detectors.content_ads import (
    PLATFORM,
    body_of,
    disguised_wechat,
    is_public_offer,
    is_warning,
    offer_and_channel,
    warns_of_scam,
)
from detectors.content_political import _sentence, _sentence_bounds, name_quoted, so_called, statehood_hits
from detectors.content_political_canon import canon_hits
from detectors.content_political_counts import count_hits
from detectors.content_political_designations import designation_hits
from detectors.content_political_facts import facts_hits
from detectors.content_political_faiths import faith_hits
from detectors.content_political_frontier import frontier_hits
from detectors.content_political_general import general_hits
from detectors.content_political_guidance import guidance_hits
from detectors.content_political_history import history_hits
from detectors.content_political_kinds import island_people_hits, kind_hits
from detectors.content_political_names import names_hits
from detectors.content_political_order import order_hits
from detectors.content_political_regimes import regime_hits
from detectors.content_political_relations import relation_hits
from detectors.content_political_shapes import shape_hits
from detectors.content_political_states import states_hits
from detectors.content_political_status import status_hits
from detectors.content_political_superseded import superseded_hits
from detectors.content_political_terms import terms_hits
from detectors.content_political_territory import REPORTED, territory_hits
from detectors.content_political_typed import typed_hits
from detectors.content_political_usage import usage_hits
from detectors.content_political_wording import wording_hits
from detectors.content_typo import leaders_table


@dataclass(frozen=True)
class PatternHit:
    start: int
    end: int
    category: str  # political / advertising / entertainment; sensitive for a misspelt fixed formulation (a typo)
    rule: str
    suggestion: str
    note: str


# ---- politically wrong wording -----------------------------------------------------------------------------

TW_BODIES = ("总统府|行政院|立法院|监察院|考试院|司法院|国防部|外交部|教育部|内政部|经济部|法务部|财政部|交通部|"
             "卫生福利部|卫福部|劳动部|文化部|农业部|数位发展部|大陆委员会|陆委会|国家安全局|国安局|海巡署|"
             "中央银行|央行|金融监督管理委员会|金管会|中央研究院|中研院|国史馆|中央选举委员会|中选会|侨务委员会|侨委会|"
             "国家发展委员会|国发会|国家科学及技术委员会|国科会|国家通讯传播委员会|移民署|海洋委员会|海委会|"
             "中央气象署|环境部|国家图书馆|国军|国防大学|中央警察大学|"
             "(?:中央|国立|国家)(?!山脉|级|地区|和|与|或|及|、)[\u4e00-\u9fff]{1,8}?(?:院|馆|局|署|会|部|银行|大学|中心|委员会)")
TW_LEADERS = "赖清德|蔡英文|马英九|陈水扁|李登辉|萧美琴|蒋经国|蒋介石"
# The short forms for Hong Kong, Macao and Taiwan people and firms (港人, 澳人, 港胞, 港商, 港企, 港青, 港生, 台生 …):
# a sentence about them crossing "into China" is as wrong as one about 香港居民 (港人入境中国 → 港人来往内地). Not
# after a character that makes 港 a port (海港人员, 渔港企业, 空港企业).
HMT_SHORT = r"(?<![海渔商军空河良口内外新母])(?:港|澳)(?:人|胞|商|企|青|生|资)|台生|台胞"
POLITICAL = [
    # (港澳台及外籍人士, 香港和外国游客 list the two side by side, as the guidance asks: right)
    (re.compile(r"(?:台湾|香港|澳门|港澳台|港澳)(?:地区)?(?!(?:同胞|居民|人士|人员)?(?:和|与|及|、)(?:外国|外籍))"
                r"(?:等|和|与|及|、)[^。；，,;\n]{0,12}?(?:国家|外国|外籍)"
                r"(?!和地区|或地区|及地区|与地区|（地区）|\(地区\))"),
     "港澳台:国家", "……国家和地区 / 台湾居民、港澳居民和外籍人员", "把台湾、香港、澳门与国家并列"),
    (re.compile(r"(?:国家|外国|外籍|各国|多国)(?:和|与|及|、)(?:台湾|香港|澳门)(?:(?:和|与|及|、)(?:台湾|香港|澳门))*+"
                r"(?!地区|居民|同胞|特别行政区|特区)"),
     "港澳台:国家", "国家和地区", "把台湾、香港、澳门与国家并列"),
    # (台北当局 / 民进党当局: the same authorities named by their seat or party — content-political38)
    (re.compile(r"(?:台湾|岛内|台当局|台北当局|民进党当局)(?:地区|当局)?(?:的)?(?:现任|新任|前任|前)?(?:" + TW_BODIES + r")(?!门|分|落)"),
     "台湾:机构", "台湾地区有关机构（必须用时加引号）", "台湾地区机构名称未加引号"),
    (re.compile(r"(?:台湾|岛内)(?:地区)?(?:的)?(?:现任|新任|前任|前)?(?:副)?总统|(?:" + TW_LEADERS + r")(?:副)?总统|(?:副)?总统(?:"
                + TW_LEADERS + r")"),
     "台湾:总统", "台湾地区领导人", "称台湾地区领导人为“总统”"),
    # 其中港澳游客, 当中港资企业: 中 ends another word; the second half is every word that sets the two side by side as
    # parties (中台两岸, 中台双方, 中港人民, 中台经贸 …); 中台办 is the Party's Taiwan Work Office, 数据中台 / AI中台 /
    # 能力中台 a software platform
    (re.compile(r"(?<![集心高初空码渔据务术其之当途华期年家手口眼水雨城市会胸梦暗字慧力用销能云端A-Za-z0-9])中(?:港|澳|台)(?!办)"
                r"(?:两岸|两地|两国|双方|两方|两边|三地|关系|之间|合作|交流|往来|通关|跨境|边境|同胞|人民|民众|青年|经贸|贸易|"
                r"融合|统一|对话|会谈|协议|直航|通航|婚姻|联姻|议题|问题|局势|对峙|分治|一家|澳|台)|"
                r"(?<![其之当途])中港(?!口|湾|区|路|街|城|村|镇)"),
     "中港台", "内地与香港 / 内地与澳门 / 两岸", "“中港”“中澳”“中台”并称"),
    # (the state's full name set beside them too: 香港与中华人民共和国之间 — content-political24)
    (re.compile(r"(?:中国|我国|中华人民共和国)(?:与|和|同|跟|及|、)(?:台湾|香港|澳门|港澳)(?!特别行政区基本法)|"
                r"(?:台湾|香港|澳门|港澳)(?:地区)?(?:警方|方面|企业|居民|同胞|市民)?(?:与|和|同|跟|及|、)"
                r"(?:中国|中华人民共和国)(?!内地|大陆|人民|共产党|政府|香港|澳门|台湾|台北|宪法|成立|国籍|公民|中央人民政府)"),
     "中国与台湾", "大陆与台湾 / 两岸 / 内地与香港、澳门", "把台湾、香港、澳门与中国并列"),
    (re.compile(r"(?:^|(?<=[在入于任原前是为的、，。\s（(“]))国军(?![民队人事官舰机费训演属校旗歌营工区务]|退除役)"),
     "国军", "台湾军队 / 国民党军队", "称台湾地区军队（或国民党军队）为“国军”"),
    # (台海: the strait's two sides; a pair of states' short names right before — 台海局势与中美两国关系 — is another
    # pair of states — content-political31; 海峡 standing alone for the Strait as in 海峡两岸, not after another strait's
    # name (英吉利海峡) — content-political34, item 480)
    (re.compile(r"(?:台湾|香港|澳门|港澳|港台|澳台|大陆|内地|中港|中台|两岸|台海|(?<![\u4e00-\u9fff])海峡)[^。，,；;\n]{0,6}"
                r"(?<![美日俄英法德韩朝越印巴加意泰蒙缅菲柬老尼])两(?:国|个(?:[^。，,；;\n]{0,4}?的)?国家)"),
     "两国", "两岸 / 两地", "两岸、内地与港澳称“两国”"),
    (re.compile(r"大陆(?:与|和|同|赴|至|到|及)(?:香港|澳门|港澳)|(?:香港|澳门|港澳)(?:与|和|同|及)大陆"),
     "大陆:港澳", "内地与香港 / 内地与澳门", "港澳语境用“大陆”"),
    (re.compile(r"内地(?:与|和|同|及)台湾|台湾(?:与|和|同|及)内地|"
                r"(?:台湾|台胞)(?:同胞|居民|青年|学生|游客|客商|企业)?[^。，,；;\n]{0,8}?(?:到|来|赴|回|去|进入|返回)内地"),
     "内地:台湾", "大陆与台湾", "台湾语境用“内地”"),
    (re.compile(r"(?:香港|澳门|港澳)(?!台)(?:同胞|居民|青年|学生|游客|旅客|客商|企业)?[^。，,；;\n]{0,8}?"
                r"(?:到|来|赴|回|去|进入|返回)大陆"),
     "大陆:港澳", "内地", "港澳语境用“大陆”"),
    (re.compile(r"(?:香港|澳门|港澳)(?!台)[^。！？!?\n台]{0,20}大陆(?:游客|旅客|居民|学生|同胞|企业|人)|"
                r"大陆(?:游客|旅客|居民|学生|同胞|企业|人)[^。！？!?\n台]{0,20}(?:香港|澳门|港澳)(?!台)"),
     "大陆:港澳", "内地", "港澳语境用“大陆”"),
    (re.compile(r"国立(?:台湾|台北|政治|成功|中兴|中正|阳明)[^\s，。]{0,6}?大学"),
     "国立", "去掉“国立”", "台湾地区高校冠以“国立”"),
    (re.compile(r"(?:台湾|台胞|台湾同胞|香港|澳门|港澳|港澳台|" + HMT_SHORT + r")(?:居民|同胞|青年|学生|乡亲|客商)?"
                # (港澳台和外国游客来华: the foreigners listed beside them are the ones who come to China)
                r"(?:(?!外国|外籍|海外|国际)[^。,，;；\n]){0,6}?(?:回国|来华|入境中国)"),
     "回国", "回大陆 / 来内地 / 来大陆", "台湾、港澳居民往来大陆（内地）称“回国”“来华”"),
    (re.compile(r"(?<!所谓)(?<![“\"'「])台湾(?:地区)?是(?:一个)?(?:主权)?(?:独立)?(?:的)?国家"),
     "台湾:国家", "台湾是中国的一部分", "把台湾称为国家"),
    (re.compile(r"南中国海"), "南中国海", "南海", "应称“南海”"),
    # Taiwan, Hong Kong or Macao as one of the countries, abroad or overseas (…等海外地区, 包括台湾在内的外国企业)
    (re.compile(r"(?:(?:台湾|香港|澳门|港澳台|港澳)(?:地区)?等(?:其他)?(?:海外|国外|境外国家|邻国|周边国家|外国)|"
                r"(?:台湾|香港|澳门|港澳台|港澳)(?:地区)?(?:等|和|与|及|、)[^。；，,;\n]{0,12}?等?邻国)"
                r"(?!和地区|或地区|及地区|与地区|（地区）|\(地区\))|"
                r"包括(?:台湾|香港|澳门|港澳台|港澳)(?:地区)?在内的[^。；，,;\n]{0,4}?(?:外国|各国|国家|国外|外籍|外资)"),
     "港澳台:国家", "……国家和地区 / 外国和港澳台地区", "把台湾、香港、澳门列为外国或海外"),
    # relations across the Strait are not foreign relations
    (re.compile(r"两岸(?:之间)?(?:的)?(?:外交|邦交|建交|国与国|双边(?:关系|外交|会谈|峰会|条约))|"
                r"(?:大陆|中国|祖国)(?:与|和|同)台湾(?:地区)?(?:之间)?(?:的)?双边(?:关系|外交|会谈|峰会|条约)"),
     "两岸:外交", "两岸关系", "两岸关系不是国与国的外交或“双边”关系"),
    # Taiwan, Hong Kong and Macao people going to the mainland do not go to 中国 (they are in China)
    (re.compile(r"(?:台湾|台胞|台商|台企|台资|台青|香港|澳门|港澳|" + HMT_SHORT + r")(?:地区)?"
                r"(?:同胞|居民|青年|学生|企业|客商|商人|游客|市民)?"
                r"[^。，,；;\n]{0,4}?(?:赴|来|到|去|回|回到|返回|前往|进入|入境|投资)中国(?!大陆|内地|共产党|人民|特色|式|银行|政府|的|各地)"
                # an institution whose name begins with 中国 (到中国科技馆参观) is a visit, not a border crossing
                r"(?!科技馆|美术馆|国家博物馆|国家图书馆|科学院|工程院|社会科学院|[\u4e00-\u9fff]{1,4}大学|国际|移动|电信|联通|邮政)"),
     "中国与台湾", "赴大陆 / 来内地", "台湾、港澳居民往来大陆（内地）称“赴中国”"),
    # compatriots are not overseas Chinese
    (re.compile(r"(?:(?<!港澳台)(?:台湾|香港|澳门|港澳)(?:地区)?(?:的)?(?:侨胞|华侨|侨民)|港澳台(?:地区)?(?:的)?(?:华侨|侨民))"
                r"(?!华人|总会|联合会|联谊会|公会|协会|商会|中学|小学|医院|大厦|银行)"), "港澳台:侨胞", "台湾同胞 / 港澳同胞",
     "称台湾、港澳同胞为“侨胞”“华侨”"),
    # the resumption of sovereignty over Hong Kong and Macao: never a handover, transfer or return of sovereignty
    (re.compile(r"(?<!所谓)(?:香港|澳门|港澳)(?:的)?主权[^。，,；;\n]{0,4}?(?:移交|交接|交还|归还|转交|转移)|"
                r"(?:英国|英方|葡萄牙|葡方)[^。，,；;\n]{0,4}?(?:将|把)(?:香港|澳门)(?:的)?主权(?:归还|交还|移交|交给|还给)"),
     "主权移交", "中国政府恢复对香港（澳门）行使主权", "香港、澳门回归不称“主权移交”“归还主权”"),
    # Chinese islands under another state's administrative names (冲绳县…钓鱼岛, 菲律宾的黄岩岛)
    (re.compile(r"(?<!所谓)(?:冲绳县?|石垣市?|八重山|日本)(?:的)?(?:钓鱼岛|赤尾屿|黄尾屿)|"
                r"(?<!所谓)(?:菲律宾|越南|马来西亚)(?:的|所属的?)(?:黄岩岛|南沙群岛|西沙群岛|仁爱礁|美济礁|永暑礁|铁线礁|仙宾礁)"),
     "岛礁归属", "钓鱼岛 / 黄岩岛（我国固有领土）", "把我国岛礁称为他国所属"),
    # China has no president, parliament or members of parliament: 国家主席, 全国人民代表大会, 人大代表, 立法会议员
    (re.compile(r"(?<![美法俄韩德英])(?:中国|我国)(?:国家)?总统|总统习近平|(?:中国|我国|香港|澳门)(?:的)?国会|"
                r"(?:全国人大|人大|人民代表大会)议员|中共党魁|中国党魁"),
     "国家职务", "国家主席 / 全国人民代表大会 / 人大代表 / 立法会", "我国没有“总统”“国会”“议员”等称谓"),
    # (names of ethnic groups and religions, shortened or replaced by old names: content_political_names, from the 56
    # official names and the five religions)
    # 藏区 → 涉藏地区 / 涉藏州县 (2021 onward)
    (re.compile(r"(?<![西涉冷储收珍典馆宝矿埋蕴隐库贮暗窖冰潜私密包])藏区(?!域|间)"), "涉藏", "涉藏地区 / 四省涉藏州县", "应称“涉藏地区”"),
    # Taiwan has no embassies or ambassadors (台北经济文化代表处); the Wang Jingwei regime was a puppet (汪伪政权)
    (re.compile(r"(?<!所谓)(?:台湾|台北|台当局)(?:地区)?(?:驻[\u4e00-\u9fff]{1,6}?)?(?:大使馆|大使|总领事馆|领事馆|总领事|"
                r"使馆|使领馆|使节|外交官)|"
                r"(?<!所谓)驻(?:台湾|台北)(?:地区)?(?:的)?(?:大使馆|大使|使馆|使领馆|总领事馆|领事馆|总领事|使节)"),
     "台湾:外交", "台北经济文化代表处等（必须用时加引号）", "台湾地区没有“使馆”“大使”，外国也不向台湾派驻使节"),
    # diplomatic relations are between states: a country has only so-called "diplomatic relations" with Taiwan
    (re.compile(r"(?<!所谓)(?:与|和|同|跟)(?:台湾|台当局|台北)(?:地区)?(?:当局)?(?:之间)?(?:的)?"
                r"(?:建交|断交|复交|(?:建立|保持|维持|恢复|断绝|有)?(?:正式)?(?:外交关系|邦交))"),
     "台湾:外交", "与台湾地区保持所谓“外交关系”", "台湾地区没有“外交关系”（须加“所谓”和引号）"),
    # the Taiwan authorities are never a government, cabinet or regime of a named leader (赖清德当局, 民进党当局)
    (re.compile(r"(?:" + TW_LEADERS.replace("|蒋经国|蒋介石", "") + r"|民进党|台湾当局|岛内)(?:的)?(?:政府|内阁|政权)(?!官员|部门)"),
     "台湾:政府", "赖清德当局 / 民进党当局 / 台湾当局", "台湾地区政权不称“政府”"),
    # the Hong Kong and Macao SARs have governments, not 当局 (that was the colonial administration)
    (re.compile(r"(?<![英葡])(?<!港英)(?<!澳葡)(?<!殖民)(?:香港|澳门|港澳)(?:特区|特别行政区)?(?:的)?当局"),
     "港澳:当局", "香港特别行政区政府 / 澳门特别行政区政府", "特别行政区政府不称“当局”"),
    (re.compile(r"汪精卫(?:的)?(?:政府|政权|国民政府|南京国民政府)"), "汪伪", "汪伪政权", "汪精卫政权须称“汪伪政权”"),
    # (the end of the war as Japan's 终战: content_political_history, with the First World War and sport set apart)
    # (中华民国 + 总统 / 政府 / 国旗 / 宪法 … as a state of today, a sentence of the Republic's time left alone:
    # content_political_status.ROC_STATE_THING)
]


# ---- more politically wrong wording: each entry reads as the policy it enforces ----------------------------

HAN = r"\u4e00-\u9fff"
# Taiwan places and words that make a sentence about Taiwan; Hong Kong and Macao words likewise.
TW_WORDS = re.compile(r"港澳台|台港澳|台湾|台北|台中|台南|高雄|新北|桃园|岛内|宝岛|台胞|台商|台企|台资|台青|两岸|金门|马祖|澎湖|花莲|"
                      r"垦丁|日月潭|阿里山|赖清德|民进党|国民党")
# (澳人 and 澳资 are Australian as often — and 澳人 is inside 赴澳人数: they count with the other short forms of Macao in
# _macao_short, in a post that names Macao and no Australia — content-political39)
HK_WORDS = re.compile(r"香港|澳门|港澳|赴港|来港|在港|访港|抵港|离港|港人|港企|港资|港车|粤港|粤澳|深港|港珠澳|"
                      r"赴澳门|来澳门|港府|澳府|特区政府|回归祖国")
SENTENCE = re.compile(r"[^。！？!?\n]+")
# The leadership titles each institution has (the Constitution, the Party Constitution, the organic laws); any
# other leadership title directly after the institution is a wrong title (国务院副主席, 全国政协副委员长).
INSTITUTION_TITLES = {
    "全国人大常委会": "委员长|副委员长",
    "全国人民代表大会常务委员会": "委员长|副委员长",
    "全国人大": "",
    "全国人民代表大会": "",
    "全国政协": "主席|副主席",
    "国务院": "总理|副总理|国务委员",
    "中共中央": "总书记",
    "中共": "",
    "中国共产党中央委员会": "总书记",
    "中国共产党": "总书记",
    "中央军委": "主席|副主席",
    "中央纪委": "书记|副书记",
    "中纪委": "书记|副书记",
    "中央纪律检查委员会": "书记|副书记",
    "国家监委": "主任|副主任",
    "国家监察委员会": "主任|副主任",
    "中央军事委员会": "主席|副主席",
    "国家": "主席|副主席|主任|副主任|书记|院长|副院长",  # 国家总理 / 国家委员长 do not exist
    "最高人民法院": "院长|副院长",
    "最高人民检察院": "检察长|副检察长",
    "中央政法委": "书记|副书记",
    **{f"{level}人大常委会": "主任|副主任" for level in "省市县区"},  # 委员长 is the national chair's only
    **{f"{level}政协": "主席|副主席" for level in "省市县区"},
    **{f"{level}委": "书记|副书记" for level in "省市县"},
    **{f"{level}纪委": "书记|副书记" for level in "省市县区"},
}
# The Central Committee's chairman was abolished in 1982 (党的十二大); before that the title is history.
PARTY_CENTRE = ("中共中央", "中共", "中国共产党中央委员会", "中国共产党")
PARTY_CHAIR_ERA = re.compile(r"毛泽东|华国锋|刘少奇|周恩来|朱德|19[2-8]\d|时任|历任|曾任|当年|历史")
LEADERSHIP_TITLES = ("总书记|副主席|主席|副总理|总理|副委员长|委员长|国务委员|副书记|书记|副主任|主任|副院长|院长|"
                     "副检察长|检察长")
INSTITUTION_TITLE = re.compile(r"(?P<inst>" + "|".join(sorted(INSTITUTION_TITLES, key=len, reverse=True)) + r")"
                               r"(?:的)?(?:现任|新任|首任)?"  # 全国人大的副委员长, 全国人大现任副委员长 (paraphrase sweep)
                               r"(?P<title>" + LEADERSHIP_TITLES + ")(?!团|科员|医师)")  # 主席团 is the presidium; 主任科员 a rank
# Taiwan's authorities are named only with quotation marks or as 台湾地区有关部门 (涉台宣传用语).
TW_PREFIX = r"(?:台湾|台北|岛内|台当局|台湾当局)(?:地区)?(?:的)?(?:所谓)?"
TW_AGENCY = re.compile(TW_PREFIX + r"[" + HAN + r"]{1,4}?(?<![部签联布公专官])署(?![名理期光])")
TW_OFFICE_HOLDER = re.compile(r"(?<![“\"「『])(?:行政|立法|司法|考试|监察)院(?:副)?院?长|(?<![“\"「『])陆委会(?:副)?主委")
# 总统府 with no Taiwan word before it still names Taiwan's leader's office when the sentence is about Taiwan and
# names no other country (菲律宾总统府 is a president's palace).
BARE_PRESIDENTIAL_OFFICE = re.compile(r"(?<![“\"「『])总统府")
OTHER_STATES = re.compile(r"[美英法德俄韩日菲越泰印巴]国|美方|日本|菲律宾|越南|俄罗斯|印度|巴西|阿根廷|南非|埃及|印尼|印度尼西亚|"
                          r"马来西亚|新加坡|哈萨克斯坦|乌克兰|土耳其|伊朗|墨西哥|智利|秘鲁|总统(?!府)")
# China's islands said to belong to another state (黄岩岛属于菲律宾), unless the sentence reports the claim as a claim.
ISLAND_CLAIM = re.compile(r"(?:钓鱼岛|赤尾屿|黄尾屿|黄岩岛|南沙群岛|西沙群岛|中沙群岛|仁爱礁|美济礁|永暑礁|铁线礁|仙宾礁|南海诸岛)"
                          r"(?:及其附属岛屿)?(?:属于|归属于?|是|为)(?:菲律宾|越南|日本|马来西亚|文莱|印尼)(?:的|领土|所有)?")
# (the four island groups by their short names too — 南沙争议海域: content-political31)
# (…and one of China's seas named as China's whole — 中国南海争议海域, 我国东海是争议海域: China's own sea told as disputed,
# where 争议海域 alone names the overlapping parts — content-political39)
ISLAND_DISPUTED = re.compile(r"(?:钓鱼岛|黄岩岛|(?:南沙|西沙|中沙|东沙)(?:群岛)?|南海诸岛|仁爱礁|美济礁|藏南|"
                             r"(?:中国|我国)(?:的)?(?:南海|东海|黄海|渤海|北部湾))"
                             r"(?:地区)?(?:等)?(?:是|属于|为)?"
                             r"(?:(?:有)?争议(?:的)?(?:地区|领土|岛屿|岛礁|海域)|争议区|主权未定)")
CLAIM_WORDS = re.compile(r"所谓|声称|妄称|宣称|谎称|非法|炒作|主张|企图|侵占|抗议|驳斥|反对|错误|无效")
# The principal contradiction was restated in 2017 (党的十九大): 美好生活需要和不平衡不充分的发展之间的矛盾.
OLD_CONTRADICTION = re.compile(r"物质文化需要同落后的社会生产")
TW_PRESIDENTIAL_OFFICE = re.compile(r"(?:台北|台湾|岛内|台当局|台方)(?:地区)?(?:的)?[" + HAN + r"]{0,3}?(?<![“\"「『])总统府")
# 国立 names Taiwan institutions as a state's; 国立故宫博物院 is the Taipei museum (the Beijing one is 故宫博物院).
TW_NATIONAL = re.compile(r"(?<![“\"「『])国立(?:[" + HAN + r"]{1,8}?)(?:大学|博物院|博物馆|美术馆|图书馆|艺术馆|纪念馆|"
                         r"科学馆|中正纪念堂|音乐厅|戏剧院|歌剧院|交通大学)")
HISTORY_CONTEXT = re.compile(r"西南联|抗战|民国时期|旧址|迁校|创办于|建校|历史|193\d|194\d|192\d")
ROC_HISTORY = re.compile(r"国民政府|民国时期|北洋|南京|重庆|汪伪|19[1-4]\d")
TW_PARK = re.compile(r"(?<![“\"「『])(?:垦丁|阳明山|太鲁阁|玉山|雪霸|台江|金门|寿山|东沙环礁|澎湖南方四岛)国家(?:自然)?公园")
# Years of 民国 after 1949 treat the Republic of China as a state that still exists: 公元纪年.
ROC_YEAR = re.compile(r"(?:中华)?民国\s*(?:(?:[4-9]\d|1\d\d)|"
                      r"(?:一百[零〇一二三四五六七八九十]*|[四五六七八九]十[一二三四五六七八九]?))\s*年")
HISTORY_WORDING = [
    (re.compile(r"日治(?:时期|时代|期间|初期|末期|下)"), "日治", "日据时期", "日本殖民统治台湾时期称“日据时期”"),
    (re.compile(r"(?<![伪“\"「『])满洲(?:帝)?国(?![”\"」』])"), "伪满", "伪满洲国", "日本扶植的傀儡政权须称“伪满洲国”"),
    (re.compile(r"(?<!全面)(?:八年(?:的)?(?:抗战|抗日战争)|(?:抗战|抗日战争)八年)"), "十四年抗战", "十四年抗战",
     "抗日战争的时长表述为“十四年抗战”"),
    (re.compile(r"(?<![“\"「『所谓])大东亚战争"), "大东亚战争", "太平洋战争", "不使用日本军国主义的战争称谓"),
    # the Japanese side's names of its wars of aggression against China (日中战争, 支那事变, 日清战争, 满洲事变)
    (re.compile(r"(?<![“\"「『所谓抗])(?:日中战争|日华事变|日支事变|支那事变|日清战争|满洲事变|北支事变)"),
     "日方称谓", "中国人民抗日战争 / 七七事变 / 九一八事变 / 甲午战争", "不使用日方对侵华战争的称谓"),
]
TW_CITIZEN = re.compile(r"(?:台湾|香港|澳门)(?:地区)?(?:的)?(?:公民(?!身份号码)|国民(?!党|政府|革命|经济|待遇)|国籍)")
TW_ALLIES = re.compile(r"(?<![所谓“\"「『])(?:邦交国|友邦)")
# Travel between the mainland and Hong Kong, Macao or Taiwan is 出境 / 跨境, never 出国 / 国际.
# (a separator just before 出国 lists two trips, 办理赴港澳、出国手续: not read — content-political33)
# (港澳台胞 are the residents too: 港澳台胞出国到日本 is their own trip abroad — content-political39)
HMT_ABROAD = re.compile(r"(?:香港|澳门|港澳|台湾)(?!同胞|居民|民众|青年|游客|市民|旅客|人|籍|台胞|台同胞|台居民)"
                        r"[^。；，,;\n]{0,4}?(?<![、和及与或])出国(?!\(境|境)|"
                        # (出国赴港澳, 出国赴台: the regions' short names after 赴 — content-political24)
                        r"出国(?:游|旅游|旅行)?[^。；，,;\n]{0,4}?(?:(?:去|到|赴|前往)了?(?:香港|澳门|台湾|港澳台|港澳)|"
                        r"赴(?:港|台)(?![口区商资企]))|"
                        r"(?:香港|澳门|台湾)(?:地区)?等国外")
HMT_INTERNATIONAL = re.compile(
    r"(?:往返|前往|开往|飞往|发往|驶往|赴|至|到)(?:香港|澳门|台湾|台北|高雄)[^，。；,;\n]{0,3}?国际(?:货车|货运|航班|航线|班车|"
    r"客运|运输|物流|快件|邮件|包裹|列车|直通车|旅客|长途|道路运输)|"
    r"国际(?:航班|航线|货车|班车|客运|直通车|列车|快件|邮件)(?:往返|飞往|开往|前往|发往)(?:香港|澳门|台湾)|"
    r"(?:内地|大陆)(?:与|和|至|到)(?:香港|澳门|台湾)(?:之间)?(?:的)?国际|"
    # content-political36 (item 503): the region itself before the transport word (港澳国际航线, 香港国际航班) — CAAC
    # counts them as 地区航线; 香港国际机场, 国际金融中心, 国际航运中心 are names and standings, not routes
    r"(?:香港|澳门|台湾|港澳台|港澳)(?:地区)?国际(?:航线|航班|班车|客运|直通车|列车|快件|邮件)(?!中心|枢纽)")
# A foreign category that includes Hong Kong, Macao or Taiwan people: 外国人（含港澳台）, 留学生（含港澳台学生）,
# 国际学生包括台湾学生. 境外 is right (the mainland's laws count Hong Kong, Macao and Taiwan as 境外), and so is 海外
# (人才) in the talent programmes' own wording (海外（含港澳台）高层次人才), as is 外资
# (外商投资法第四十二条: their investment is administered by reference to foreign investment).
# (content-political33, item 466: the class may be 国家 itself — 境外国家（含港澳台）, 其他国家（包括台湾）; 国家和地区 (含
# 港澳台) is right: 和地区 stands between)
FOREIGN_INCLUDING_HMT = re.compile(r"(?:(?:外国|外籍|国外)(?:人|人员|人士|人才|员工|游客|旅客|友人|籍人士|学生|留学生|专家|教师|来宾)?|"
                                   r"(?:来华)?留学生|国际(?:学生|游客|旅客|友人)|外宾|"
                                   r"(?:境外|外国|海外|其他|周边|各|相关|有关|友好)国家)"
                                   r"(?:\((?:含|包括|包含|如|其中)|(?:中|里)?(?:含|包括|包含|其中包括|其中含))[^)。，,；;]{0,10}?"
                                   r"(?:香港|澳门|台湾|港澳)")
HMT_AMONG_COUNTRIES = re.compile(r"(?:台湾|香港|澳门)(?:地区)?等国(?!(?:家)?(?:和|及|与|或|、)地区)(?![内际营企有民度情产货])")
TW_VS_CHINA = re.compile(r"(?:台湾|台湾地区)(?:人民|同胞|民众|居民|青年|人)(?:与|和|同|跟|及|、)中国(?:人民|人|民众|同胞)"
                         r"(?!解放军|银行|大学|政治|志愿军|对外|警察|武装|保险|财产|抗日|革命)|"
                         r"中国(?:人民|人|民众|同胞)(?:与|和|同|跟|及|、)台湾(?:地区)?(?:人民|同胞|民众|居民|青年|人)")
MAINLAND_WORD = re.compile(r"内地(?!城市|省份|省区|腹地)")
DALU_WORD = re.compile(r"(?<![欧亚美非洲新古])大陆(?!架|性|法|桥|坡|漂移|板块|型|岛)")
# Numbered formulations of the Party have fixed numbers (两个确立, 四个意识…); another number misquotes them.
# Words that mean little alone (代表, 全面, 伟大, 服从) count only before their own tail or in quotation marks;
# 两个务必 (1949) and 三个务必 (2022) are both right, so 务必 is not listed.
SLOGAN_NUMBERS = {"确立": "两", "维护": "两", "意识": "四", "自信": "四", "一百年": "两", "必由之路": "五",
                  "全面": "四", "代表": "三", "伟大": "四", "服从": "四"}
FIVE_IN_ONE = re.compile(r"[一二两三四六七八九十]位一体(?:的)?总体布局")
SLOGAN = re.compile(
    r"(?P<n>[一二两三四五六七八九十])个(?:"
    r"(?P<s>确立|维护|意识|自信|一百年|必由之路)"
    r"(?=[”」\"』、，,。；;)\s]|$|重要思想|奋斗目标|的|和|与|及|是|要求|教育)|"
    r"(?P<t>全面|代表)(?=战略布局|重要思想|[”」\"』])|"
    r"(?<=[“「\"『][一二两三四五六七八九十]个)(?P<u>伟大|服从)(?=[”」\"』]))")
THOUGHT = re.compile(r"习近平(?P<mid>[新时代中国特色社会主义]{0,12})思想")
THOUGHT_FULL = "新时代中国特色社会主义"
# The guiding thoughts have fixed names (党章): 毛泽东思想, 邓小平理论, “三个代表”重要思想, 科学发展观, 习近平新时代中国特色
# 社会主义思想 (and 习近平经济思想, 法治思想…). A founder's name with another of 主义 / 理论 / 思想 misnames it.
IDEOLOGY_OWN = {"毛泽东": "思想", "邓小平": "理论", "江泽民": "", "胡锦涛": "", "习近平": "思想"}
IDEOLOGY_RIGHT = {"毛泽东": "毛泽东思想", "邓小平": "邓小平理论", "江泽民": "“三个代表”重要思想", "胡锦涛": "科学发展观",
                  "习近平": "习近平新时代中国特色社会主义思想"}
IDEOLOGY = re.compile(r"(?<![“\"「『])(?P<who>毛泽东|邓小平|江泽民|胡锦涛|习近平)(?P<kind>主义|理论|思想)"
                      r"(?!体系|与实践|和实践|研究|生平|纪念|故居|[”\"」』])")
# (words one of which the text must contain, pattern, rule, suggestion, note)
GUARDED = [
    (("台湾", "台北", "岛内", "台当局"), TW_AGENCY, "台湾:机构", "台湾地区有关部门（必须用时加引号）",
     "台湾地区机构名称未加引号"),
    (("国家公园", "国家自然公园"), TW_PARK, "台湾:国家", "垦丁公园等（必须用时加引号）", "台湾地区景区冠以“国家”"),
    (("民国",), ROC_YEAR, "民国纪年", "公元纪年", "1949 年以后使用“民国”纪年"),
    (("台湾", "香港", "澳门"), TW_CITIZEN, "港澳台:公民", "台湾居民 / 香港居民 / 澳门居民", "港澳台居民称“公民”“国民”“国籍”"),
    (("出国", "国外"), HMT_ABROAD, "港澳台:出国", "出境", "往来港澳台称“出国”"),
    (("国际",), HMT_INTERNATIONAL, "港澳台:国际", "跨境 / 两岸", "往来港澳台的运输称“国际”"),
    (("含", "包", "(如", "(其中"), FOREIGN_INCLUDING_HMT, "港澳台:外国", "外国人和港澳台居民", "把港澳台居民归入外国人"),
    (("等国",), HMT_AMONG_COUNTRIES, "港澳台:国家", "……等国家和地区", "把台湾、香港、澳门列为国家"),
    (("中国",), TW_VS_CHINA, "中国与台湾", "台湾同胞与大陆同胞 / 两岸同胞", "把台湾与中国并列"),
    # (日治 + a period word: content_political_families.COLONIAL_FRAMING, which also reads a sentence that rejects it)
    (("满洲",), *HISTORY_WORDING[1]),
    (("八年",), *HISTORY_WORDING[2]),
    (("大东亚",), *HISTORY_WORDING[3]),
    (("战争", "事变"), *HISTORY_WORDING[4]),
]


# In international sport Taiwan, Hong Kong and Macao compete as 中国台北, 中国香港, 中国澳门 (Olympic formula); a bare
# 台湾队 / 香港队 set against 中国队 or in an Asian or world event names them as countries. National events (全运会)
# and cross-Strait or Guangdong–Hong Kong matches are another matter.
HMT_TEAM = re.compile(r"(?<![“\"「『])(?<!中国)(?<!中华)(?P<who>台湾|香港|澳门)(?:地区)?(?:代表|男子|女子|男|女|青年|少年)?"
                      r"(?:(?:[足篮排]球|乒乓球|羽毛球|游泳|田径)?队|[男女][排篮足])")
WORLD_SPORT = re.compile(r"中国队|国家队|国少|国青|国奥|国足|中国男|中国女|亚洲|世界|国际|奥运|奥林匹克|亚运|世锦赛|世界杯|亚洲杯|"
                         r"亚青|东亚|U\d{2}|洲际")
HOME_SPORT = re.compile(r"全运|全国运动会|两岸|海峡|[省粤深沪京闽]港|粤港澳|港澳台|内地与|少数民族")
TEAM_NAME = {"台湾": "中国台北队", "香港": "中国香港队", "澳门": "中国澳门队"}
# Taiwan's legislators are 民意代表 (立委 only in quotation marks); 成立委员会 is no legislator.
TW_LEGISLATOR = re.compile(r"(?<![“\"「『所谓成设建组树确独订创自])(?:立委(?!员会|会|托)|立法委员(?!会))")
# Names a reform or the 1997/1999 handovers retired, written for today's body. History (原, 时任, 港英, a year
# before the change) keeps the old name.
OUTDATED_NAMES = [
    (r"(?:香港)?立法局", "香港特别行政区立法会"), (r"港督(?![导查办察促])|香港总督", "香港特别行政区行政长官"),
    (r"香港布政司|布政司司长", "政务司司长"),
    (r"(?:国家)?卫生(?:和|与)?计划?生育委员会|(?:国家)?卫(?:生)?计(?:生)?委", "卫生健康委员会"),
    (r"(?:国家)?(?:人口和)?计划生育委员会|(?<!卫)计生委", "卫生健康委员会"),
    (r"国土资源(?:部|厅|局)(?![门分])", "自然资源部门（自然资源部 / 厅 / 局）"),
    (r"环境保护(?:部|厅)(?![门分])|环保部(?![门分])", "生态环境部门（生态环境部 / 厅 / 局）"),
    (r"(?:国家)?工商(?:行政管理)?总局|工商行政管理局|工商局", "市场监督管理部门"),
    (r"(?:国家)?质(?:量)?(?:监|检)总局|质量技术监督局|质监局", "市场监督管理部门"),
    (r"(?:国家)?食(?:品)?药(?:品)?监(?:督管理)?总局|食品药品监督管理局|食药监局", "市场监督管理部门 / 药品监督管理部门"),
    (r"(?:国家)?安(?:全生产)?监(?:督管理)?总局|安全生产监督管理局|安监局", "应急管理部门"),
    (r"(?<!国)国家旅游局", "文化和旅游部"), (r"(?<![国美日英法德俄韩澳加洲])农业部(?![门长分位件署])", "农业农村部"),
    (r"(?<![国美日英法德俄韩澳加洲])文化部(?![门长分位件署])", "文化和旅游部"),
    (r"(?:国家)?新闻出版广电总局|国家新闻出版总署|国家广电总局", "国家新闻出版署 / 国家广播电视总局"),
    (r"(?:中国)?银(?:行)?保(?:险)?监(?:督管理委员)?会|银保监局", "国家金融监督管理总局 / 金融监管局"),
    (r"国家林业局", "国家林业和草原局"), (r"国家粮食局", "国家粮食和物资储备局"), (r"国家预防腐败局", "国家监察委员会"),
    (r"公安消防(?:部队|总队|支队|大队|局)", "消防救援队伍"),
    (r"澳督(?![导查办察促])|澳门总督", "澳门特别行政区行政长官"),
    (r"(?<!总)(?:国家税务局|地方税务局)|(?<![中总])(?:国税局|地税局)", "税务局（国税地税征管体制改革后合并）"),
    (r"(?:中国)?(?:银监会|保监会)|(?:银监|保监)(?:局|分局)", "国家金融监督管理总局 / 金融监管局"),
    (r"国家海洋局|国家测绘地理信息局", "自然资源部"),
    (r"国务院法制办(?:公室)?", "司法部"),
    # content-political35 (item 487): the rest of the central organs the 2008, 2013 and 2018 reforms abolished
    # (国务院扶贫办, renamed in 2021, stays: lexicons/state_offices.txt still lists it as a body)
    (r"(?<![纪检])(?:国家|中华人民共和国)?监察部(?![门长分位署])", "国家监察委员会"),
    (r"(?<![国美日英法德俄韩澳加洲])铁道部(?![门长分])", "国家铁路局 / 中国国家铁路集团有限公司"),
    (r"(?<![国美日英法德俄韩澳加洲])信息产业部(?![门长分])", "工业和信息化部"),
    (r"劳动和社会保障部(?![门长分])|劳动保障部(?![门长分])", "人力资源和社会保障部"),
    # content-political38: the rest of the 2018 plan's central organs (深化党和国家机构改革方案: 中央党史研究室, 中央文献
    # 研究室 and 中央编译局 became 中央党史和文献研究院; the State Council's Three Gorges and South-North offices went to 水利部;
    # 中央综治委 / 中央维稳领导小组 and their offices to 中央政法委) and the 2020 renaming of the coal-mine inspectorate
    (r"中央编译局|中共中央编译局|中央文献研究室|中共中央文献研究室|中(?:共中)?央党史研究室", "中央党史和文献研究院"),
    (r"国务院三峡(?:工程建设委员会)?办(?:公室)?|国务院南水北调(?:工程建设委员会)?办(?:公室)?", "水利部"),
    (r"中央社会治安综合治理委员会|中央综治委|中央综治办|中央维稳办|中央维护稳定工作领导小组", "中央政法委员会"),
    (r"国家煤矿安全监察局|国家煤监局", "国家矿山安全监察局"),
    # (国务院港澳办 stays: the 2023 plan keeps its 牌子 on 中央港澳办, 国发〔2023〕5号; 国务院侨办 stays too: the 2018 plan
    # kept its 牌子 on 中央统战部 and lexicons/state_offices.txt lists it as a body — whether the 2023 plan dropped it is
    # not confirmed here)
]
OUTDATED = re.compile("|".join(f"(?P<o{i}>{pat})" for i, (pat, _r) in enumerate(OUTDATED_NAMES)))
# the year a name went out of use where it is later than the 2018 plan (a year before it dates the mention: 2019 年国家
# 煤矿安全监察局 was right); the other rows' years are in OUTDATED_HISTORY
OUTDATED_SINCE = {"国家矿山安全监察局": 2020}
OUTDATED_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-2]\d)年")
# 原 is history only as the word "former" (原国家林业局, 原名, 原为); 草原, 高原, 原则 are other words (content-political38:
# a bare 原 anywhere in the sentence excused every name in a post about grassland or the plateau)
_NOT_FORMER_BEFORE = "草高平中太荒冰雪莽雨林燕还复"
_NOT_FORMER_AFTER = "则因料始创生产油汁味著文告理件地籍住本装野浆子形型价谅路封样色"
FORMER = rf"(?<![{_NOT_FORMER_BEFORE}])原(?![{_NOT_FORMER_AFTER}])"
FORMER_WORD = re.compile(FORMER)
OUTDATED_HISTORY = re.compile(rf"{FORMER}|"
                              r"前身|时任|曾任|曾在|曾经|当年|彼时|末代|末任|首任|历任|历届|卸任|离任|"
                              r"更名|改名|改为|改组|组建|撤销|整合|划入|并入|机构改革|不再保留|"
                              r"回归前|回归以前|港英|澳葡|殖民|历史|旧址|(?:19\d\d|200\d|201[0-8])年|[一二三四五六七八九十]+年前")
TW_SENTENCE = re.compile(r"台湾|台北|岛内|台当局|民进党|国民党|蓝营|绿营")


OWN_TITLE = re.compile(r"(?:主题)?(?:档案展|图片展|展览|专题展|展|主题活动|系列活动|活动|征文|专栏|讲座|宣讲|知识竞赛|展演|演出)")


def _more_political(folded: str) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, rule, suggestion, note) of the wording rules below POLITICAL."""
    # A quoted title of the account's own exhibition or activity (推出“…”档案展) is its own wording, not a quotation.
    quoted = [(s, e) for s, e in quoted_spans(folded) if not OWN_TITLE.match(folded, e)]

    def in_quotes(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in quoted)

    for m in INSTITUTION_TITLE.finditer(folded):
        inst, title = m.group("inst"), m.group("title")
        own = INSTITUTION_TITLES[inst].split("|") if INSTITUTION_TITLES[inst] else []
        if title not in own and not in_quotes(m.start(), m.end()):
            if title in ("主席", "副主席") and inst in PARTY_CENTRE and PARTY_CHAIR_ERA.search(_sentence(folded, m.start())):
                continue  # the Central Committee had a chairman until 1982 (毛泽东主席, 华国锋)
            right = f"{inst}{own[0]}" if own else "正确的职务名称"
            yield m.start(), m.end(), "机构职务", right, f"职务错误（{inst}的领导职务是{'、'.join(own) or '另有名称'}）"
    yield from statehood_hits(folded, in_quotes)
    yield from guidance_hits(folded, in_quotes)
    for guard, pattern, rule, suggestion, note in GUARDED:
        if not any(g in folded for g in guard):
            continue  # none of the words the pattern needs: skip the scan
        for m in pattern.finditer(folded):
            if not in_quotes(m.start(), m.end()):
                yield m.start(), m.end(), rule, suggestion, note
    for m in HMT_TEAM.finditer(folded) if "队" in folded else ():
        sentence = _sentence(folded, m.start())
        if WORLD_SPORT.search(sentence) and not HOME_SPORT.search(sentence) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "港澳台:体育", TEAM_NAME[m.group("who")], "国际赛事中称“中国台北”“中国香港”“中国澳门”"
    for m in TW_LEGISLATOR.finditer(folded) if "立" in folded else ():
        sentence = _sentence(folded, m.start())
        if TW_SENTENCE.search(sentence) and not ROC_HISTORY.search(sentence) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "台湾:职务", "台湾地区民意代表", "台湾地区“立委”须加引号或称“民意代表”"
    for m in ISLAND_CLAIM.finditer(folded):
        if not CLAIM_WORDS.search(_sentence(folded, m.start())) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "岛礁归属", "我国固有领土", "把我国岛礁称为他国所属"
    for m in ISLAND_DISPUTED.finditer(folded) if "争议" in folded or "未定" in folded else ():
        if not re.search(r"所谓|炒作|妄称|声称|无可争辩|不存在", _sentence(folded, m.start())) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "岛礁归属", "我国固有领土（主权无可争辩）", "把我国领土称为“争议地区”"
    for m in OLD_CONTRADICTION.finditer(folded) if "主要矛盾" in folded else ():
        sentence = _sentence(folded, m.start())
        if re.search(r"新时代|已经转化|已转化|当前|现阶段|目前|仍然|仍是|依然|依旧|至今", sentence) \
                and not re.search(r"十九大以前|改革开放初|1981|曾", sentence):
            yield m.start(), m.end(), "提法", "人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾", "社会主要矛盾的表述已过时"
    for m in OUTDATED.finditer(folded):
        sentence = _sentence(folded, m.start())
        if (OUTDATED_HISTORY.search(sentence) or TW_SENTENCE.search(sentence) or in_quotes(m.start(), m.end())
                or FORMER_WORD.search(folded[max(0, m.start() - 12):m.start()])):
            continue
        right = OUTDATED_NAMES[int(m.lastgroup[1:])][1]
        since = OUTDATED_SINCE.get(right)
        if since and any(int(y) < since for y in OUTDATED_YEAR.findall(sentence)):
            continue  # 2019 年国家煤矿安全监察局: the name was right that year
        yield m.start(), m.end(), "机构名称:已更名", right, "使用已撤销或更名的机构、职务名称"
    if "院" in folded or "总统府" in folded or "陆委会" in folded:
        for pattern, rule, suggestion, note in (
                (TW_OFFICE_HOLDER, "台湾:职务", "台湾地区行政管理机构负责人（必须用时加引号）", "台湾地区机构职务未加引号"),
                (TW_PRESIDENTIAL_OFFICE, "台湾:总统", "台湾地区领导人办公场所", "台湾地区不称“总统府”")):
            for m in pattern.finditer(folded):  # 1946 年国民政府行政院长 is history, not Taiwan's authorities
                if not in_quotes(m.start(), m.end()) and not ROC_HISTORY.search(_sentence(folded, m.start())):
                    yield m.start(), m.end(), rule, suggestion, note
    # after the prefixed form above (台北总统府), which gives the longer span
    for m in BARE_PRESIDENTIAL_OFFICE.finditer(folded) if "总统府" in folded else ():
        sentence = _sentence(folded, m.start())
        if (TW_SENTENCE.search(sentence) and not OTHER_STATES.search(sentence) and not ROC_HISTORY.search(sentence)
                and not in_quotes(m.start(), m.end())):
            yield m.start(), m.end(), "台湾:总统", "台湾地区领导人办公场所", "台湾地区不称“总统府”"
    for m in TW_NATIONAL.finditer(folded) if "国立" in folded else ():
        sentence = _sentence(folded, m.start())
        if m.group(0).startswith("国立故宫") or (TW_WORDS.search(sentence) and not HISTORY_CONTEXT.search(sentence)):
            yield m.start(), m.end(), "国立", "去掉“国立”（台北故宫博物院等）", "台湾地区机构冠以“国立”"
    for m in TW_ALLIES.finditer(folded) if ("邦" in folded) else ():
        if TW_WORDS.search(folded[max(0, m.start() - 20):m.end() + 20]) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "台湾:邦交", "与台湾保持所谓“外交关系”的国家", "台湾没有“邦交国”"
    if "内地" not in folded and "大陆" not in folded:
        sentences = ()
    else:
        sentences = SENTENCE.finditer(folded)
    for s in sentences:
        sentence = s.group(0)
        tw, hk = bool(TW_WORDS.search(sentence)), bool(HK_WORDS.search(sentence) or _macao_short(folded, sentence))
        if tw and not hk:
            for m in MAINLAND_WORD.finditer(sentence):
                yield s.start() + m.start(), s.start() + m.end(), "内地:台湾", "大陆", "台湾语境用“内地”"
        if hk and not tw:
            for m in DALU_WORD.finditer(sentence):
                yield s.start() + m.start(), s.start() + m.end(), "大陆:港澳", "内地", "港澳语境用“大陆”"
    for m in SLOGAN.finditer(folded) if "个" in folded else ():
        slogan = m.group("s") or m.group("t") or m.group("u")
        if m.group("n") != SLOGAN_NUMBERS[slogan]:  # a wrong number is wrong in quotation marks too
            right = SLOGAN_NUMBERS[slogan] + "个" + slogan
            yield m.start(), m.end(), "提法", right, "重要提法中的数字错误"
    for m in FIVE_IN_ONE.finditer(folded) if "位一体" in folded else ():
        if not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "提法", "五位一体总体布局", "重要提法中的数字错误"
    for m in IDEOLOGY.finditer(folded) if ("主义" in folded or "理论" in folded or "思想" in folded) else ():
        who, kind = m.group("who"), m.group("kind")
        if kind != IDEOLOGY_OWN[who] and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "提法", IDEOLOGY_RIGHT[who], "指导思想的名称错误"
    for m in THOUGHT.finditer(folded) if "习近平" in folded else ():
        if m.group("mid") != THOUGHT_FULL and not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "提法", "习近平新时代中国特色社会主义思想",
                   "习近平新时代中国特色社会主义思想的名称不完整")


# China–Australia (中澳两国) is right; 中澳 is wrong only for the mainland and Macao.
AUSTRALIA = re.compile(r"澳大利亚|澳洲|澳方|堪培拉|悉尼|墨尔本")
# A trip to Macao by its one-character short name (赴澳, 来澳, 抵澳, 访澳, 在澳, 离澳 — as HK_WORDS reads 赴港, 来港 …): 澳
# is Australia too, so it is Macao only in a post that names Macao (往来港澳通行证, 澳门) and no Australia
# (content-political39: 大陆居民赴澳 in a post about the 港澳 endorsement).
MACAO_TRIP = re.compile(r"(?:赴|来|抵|访|在|离|到|去)澳(?![大洲])|澳人|澳资")


def _macao_short(folded: str, sentence: str) -> bool:
    return bool(MACAO_TRIP.search(sentence) and MACAO_PLACE.search(folded) and not AUSTRALIA.search(folded))


MACAO = re.compile(r"澳门|港澳|濠江|横琴|特区|特别行政区|回归|珠澳|粤澳|澳车|澳人|澳资|澳企|澳区")
MACAO_PLACE = re.compile(r"澳门|港澳|濠江|横琴|特别行政区|珠澳|粤澳")
# 回国 said of Taiwan, Hong Kong or Macao people a sentence or two after they are named.
HMT_PEOPLE = re.compile(r"(?:台湾|台胞|香港|澳门|港澳|港澳台)(?:地区)?(?:的)?(?:同胞|青年|学生|师生|小伙伴|伙伴|朋友|乡亲|客人|"
                        r"游客|居民|嘉宾|客商|企业家|代表|交流团|参访团|研学团|团|籍)|"
                        # (the short forms alone: 台胞回中国大陆 — content-political38)
                        r"(?:港澳台胞|台胞|港胞|澳胞|台商|港商|澳商)(?![一-鿿]{0,2}(?:之家|中心|协会|联谊会))")
# (回中国大陆: the compatriot "returns to China" from a Taiwan the phrase puts outside it — 来大陆 / 回祖国大陆 are the usage of
# 《关于正确使用涉台宣传用语的意见》; content-political38)
RETURN_HOME = re.compile(r"回国|来华|归国|(?:回到|返回|回)中国(?!内地)")
OTHER_COUNTRY = re.compile(r"留学|海外|国外|外籍|华侨|侨胞|出国|外国|[美英法德日韩俄意澳泰]国|日本|新加坡|加拿大|澳大利亚|"
                           r"欧洲|美洲|非洲|东南亚")


# Spaces between two Han characters (国家 军委 主席, 八年 抗战) do not change the wording: the political rules read the
# text without them and the spans are mapped back.
HAN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]{1,2}(?=[\u4e00-\u9fff])")


# Where the sentence that may report the other side's claim before an island's name begins (the island rule).
CLAIM_SENTENCE_ENDS = "。！？；!?;\n"


# 所谓 before a quoted word (所谓“安全”, 所谓的“民主”) names that word as someone else's; it says nothing of the rest of
# its sentence. The rule modules read 所谓 anywhere in a sentence as a sign that the sentence reports or rejects a
# wording (their REPORTED / NAMED gates), so a post that sneers at another side's word with 所谓 had its own wrong
# wording elsewhere in the sentence let through (台北政府近日又以所谓“安全”为由…). content-political34 (item 479): the
# text is read once more with each 所谓 whose quoted word follows masked, and a finding that only this reading makes,
# outside 所谓 and its quoted word, stands.
SO_CALLED_QUOTED = re.compile(r"所谓(?:的)?(?=[“\"「『][^”\"」』“「『]{1,15}[”\"」』])")
SO_CALLED_MASK = "※"


def _so_called_masked(folded: str) -> tuple[str, list[tuple[int, int]]]:
    """``folded`` with 所谓 (+ 的) before a short quoted word masked, and the spans of 所谓 with its quoted word."""
    chars, spans = list(folded), []
    for m in SO_CALLED_QUOTED.finditer(folded):
        close = next(i for i in range(m.end() + 1, len(folded)) if folded[i] in "”\"」』")
        chars[m.start():m.end()] = SO_CALLED_MASK * (m.end() - m.start())
        spans.append((m.start(), close + 1))
    return "".join(chars), spans


def political_hits(folded: str, leaders: dict[str, list[str]], year: int | None = None) -> Iterator[PatternHit]:
    """Political findings on ``folded``; ``year`` (the post's) dates the posts a person no longer holds."""
    found = list(_political_hits_spaced(folded, leaders, year))
    yield from found
    if "所谓" not in folded:
        return
    masked, governed = _so_called_masked(folded)
    if not governed:
        return
    for h in _political_hits_spaced(masked, leaders, year):
        if any(s < h.end and h.start < e for s, e in governed) or \
                any(f.start < h.end and h.start < f.end for f in found):
            continue
        found.append(h)
        yield h


def _political_hits_spaced(folded: str, leaders: dict[str, list[str]], year: int | None) -> Iterator[PatternHit]:
    if not HAN_SPACE.search(folded):
        yield from _political_hits(folded, leaders, year)
        return
    keep = [i for i in range(len(folded)) if not _squeezed(folded, i)]
    squeezed = "".join(folded[i] for i in keep)
    for h in _political_hits(squeezed, leaders, year):
        yield PatternHit(keep[h.start], keep[h.end - 1] + 1, h.category, h.rule, h.suggestion, h.note)


def _squeezed(folded: str, i: int) -> bool:
    if folded[i] not in " \u3000":
        return False
    return bool(HAN_SPACE.match(folded, i) or (folded[i - 1] in " \u3000" and HAN_SPACE.match(folded, i - 1)))


def _political_hits(folded: str, leaders: dict[str, list[str]], year: int | None) -> Iterator[PatternHit]:
    spans: list[tuple[int, int]] = []
    quoted = quoted_spans(folded)

    def in_quotes(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in quoted)

    def fresh(start: int, end: int) -> bool:
        """One finding per span of wording: whether ``start``–``end`` overlaps none reported yet (and note it)."""
        if any(s < end and start < e for s, e in spans):
            return False
        spans.append((start, end))
        return True

    for pattern, rule, suggestion, note in POLITICAL:
        for m in pattern.finditer(folded):
            if m.group(0).startswith("中澳") and (AUSTRALIA.search(folded) or not MACAO.search(folded)):
                continue  # 中澳 is China and Australia unless the post speaks of Macao
            if m.group(0).startswith("澳") and (AUSTRALIA.search(folded) or not MACAO_PLACE.search(folded)):
                continue  # 澳人 / 澳企 / 澳商 are Australians unless the post names Macao (澳企进入中国市场)
            if rule == "岛礁归属" and REPORTED.search(
                    folded[_sentence_bounds(folded, m.start(), CLAIM_SENTENCE_ENDS)[0]:m.start()]):
                continue  # 日本声称冲绳县的钓鱼岛归其管辖: the other side's claim reported, not the post's own wording
            if rule == "台湾:机构" and (name_quoted(folded, m.start(), m.end()) or so_called(folded, m.start())):
                continue  # 所谓“台湾财政部”: quoted, or named as the other side's, is the right use (content-political28)
            if rule in ("台湾:总统", "台湾:政府") and so_called(folded, m.start()):
                continue  # 所谓“台湾总统”: named as the other side's (content-political33, item 471; quotes alone do not)
            if fresh(m.start(), m.end()):
                yield PatternHit(m.start(), m.end(), "political", f"political:{rule}", suggestion, note)
    for start, end, rule, suggestion, note in _more_political(folded):
        if fresh(start, end):
            yield PatternHit(start, end, "political", f"political:{rule}", suggestion, note)
    for m in RETURN_HOME.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue
        before = folded[max(0, m.start() - 40):m.start()]
        people = list(HMT_PEOPLE.finditer(before))
        if people and not OTHER_COUNTRY.search(before[people[-1].end():] + folded[m.end():m.end() + 6]):
            yield PatternHit(m.start(), m.end(), "political", "political:回国", "回大陆 / 回台湾 / 回香港 / 回澳门",
                             "台湾、港澳居民往来大陆（内地）称“回国”“来华”")
    for hit in _leader_titles(folded, leaders):
        if fresh(hit.start, hit.end):
            yield hit
    # the rule modules, in the order of their rounds' precedence: general usage; the seventh round's territory,
    # sovereignty and names (content_political_territory); the eighth round's organs and posts, ethnic groups and
    # religions, the other side's words (content_political_names); the seventh round's war, history, institutions and
    # leaders (content_political_history); the twelfth round's Taiwan's leader's family and 行政院 as a cabinet,
    # HK/Macao/Taiwan as foreign, unrecognised entities as states (content_political_status); the sixteenth
    # session's other sides' names of wars, regions and the Party, disability slurs, imperial honorifics (usage); the
    # twenty-second session's return to the motherland, old names, swapped statements, former capitals (wording); the
    # twenty-third session's other names of ethnic groups, massacres called incidents, swapped slots and numbers (terms);
    # the twenty-fourth session's foreign states under a former name or Taiwan's rendering (states); the twenty-fifth
    # session's designations of SAR offices, Taiwan's envoys, provincial leaders, peoples, schools, 清真 and states;
    # the twenty-sixth session's ancient regimes of China given to a foreign state (regimes); the twenty-seventh
    # session's typed readings: a region given a state's attribute, a people given a tribe's (typed); the thirty-third
    # session's relations over whole inventories: Taiwan's diplomacy, trips called abroad, title order, conflicts called
    # wars, a SAR's head, stem slurs, the mainland's map, discarded period names (relations); the thirty-fourth
    # session's religions given a people's, terrorism's or food's attribute, formulations with their defining word
    # replaced, armed movements' labels (faiths); the thirty-fifth session's statements of fact read against an
    # inventory: a state's capital, the territory's extremes, an invader's regime called a dynasty (facts); the
    # thirty-seventh session's state predicates over every kind of region and unrecognised entity (kinds); the
    # thirty-eighth session's frontier: missions of states without relations, border peaks, maps, expeditions (frontier);
    # superseded formulations and slogans with their fixed characters swapped (superseded)
    for start, end, rule, suggestion, note in chain(
            general_hits(folded, in_quotes, year), territory_hits(folded, in_quotes), names_hits(folded, in_quotes),
            history_hits(folded, in_quotes, leaders, ALL_TITLES), status_hits(folded, in_quotes),
            usage_hits(folded), wording_hits(folded), terms_hits(folded, in_quotes), states_hits(folded, in_quotes),
            designation_hits(folded, in_quotes, year), regime_hits(folded, in_quotes),
            typed_hits(folded, in_quotes), relation_hits(folded, in_quotes),
            faith_hits(folded, in_quotes), facts_hits(folded, in_quotes), shape_hits(folded, in_quotes, year),
            kind_hits(folded, in_quotes), island_people_hits(folded, in_quotes), frontier_hits(folded, in_quotes),
            superseded_hits(folded, in_quotes)):
        if fresh(start, end):
            yield PatternHit(start, end, "political", f"political:{rule}", suggestion, note)
    # the ninth round: fixed formulations out of their official order or with one item changed
    # (content_political_order, inventory lexicons/ordered_formulas.txt)
    # the thirty-sixth session: a numbered formulation's enumeration with a member missing or added
    # (content_political_counts, the same inventory); read before the order, which judges the items' order only
    for start, end, rule, suggestion, note in chain(count_hits(folded), order_hits(folded)):
        if fresh(start, end):
            if rule.startswith("typo:"):  # one item misspelt by shape or sound: a typo (category sensitive)
                yield PatternHit(start, end, "sensitive", rule, suggestion, note)
            else:
                yield PatternHit(start, end, "political", f"political:{rule}", suggestion, note)
    # the twelfth round: slogans with another slogan's verb, ideology names, the leader formula, history in the
    # Kuomintang's and the colonisers' words (content_political_canon)
    for start, end, rule, suggestion, note in canon_hits(folded):
        if fresh(start, end):
            yield PatternHit(start, end, "political", f"political:{rule}", suggestion, note)


# Titles that can stand next to a leader's name; a title that is not one of the leader's own is wrong wording.
# Longest first, so that the whole title before a name is read (中央纪委副书记李希, not …书记李希); 总统 and 首相 are
# titles of other states (习近平总统 → 国家主席习近平).
ALL_TITLES = tuple(sorted((
    "中共中央总书记", "总书记", "国家主席", "国家副主席", "中央军委主席", "中央军委副主席", "全国人大常委会委员长",
    "全国人大常委会副委员长", "全国人大委员长", "人大委员长", "委员长", "副委员长", "全国政协主席", "全国政协副主席",
    "全国政协委员长", "国务院总理", "国家总理", "国务院副总理", "副总理", "总理", "副主席", "主席", "中央纪委书记",
    "中央纪委副书记", "中央书记处书记", "书记", "副书记", "总统", "国家总统", "中国总统", "首相",
    # other states' heads (Iran's 最高领袖) and the wrong names of the national organs (全国政协, 全国人大: content-status18)
    "最高领袖", "大总统", "中国政协主席", "中国政协副主席", "中国人大委员长", "中国人大副委员长", "中国军委主席",
    # a foreign press label for the top leader (content-political20): 中共中央总书记、国家主席、中央军委主席
    "最高领导人", "中国最高领导人", "国家最高领导人", "中共最高领导人", "我国最高领导人"),
    key=len, reverse=True))


def _leader_titles(folded: str, leaders: dict[str, list[str]]) -> Iterator[PatternHit]:
    if not leaders:
        return
    names = "|".join(sorted(leaders, key=len, reverse=True))
    titles = "|".join(ALL_TITLES)
    pattern = re.compile(rf"(?P<t1>{titles})(?P<n1>{names})|(?P<n2>{names})(?P<t2>{titles})(?!同志)")
    for m in pattern.finditer(folded):
        name = m.group("n1") or m.group("n2")
        title = m.group("t1") or m.group("t2")
        own = leaders.get(name, [])
        if title in own:
            continue
        if m.group("t1") and re.search(r"(?:时任|原|前)[\u4e00-\u9fff]{0,12}$", folded[max(0, m.start() - 14):m.start()]):
            continue  # 时任全国政协副主席何立峰: a former title
        if m.group("t1") and any(len(o) > len(title) and folded[max(0, m.start() - 12):m.end("t1")].endswith(o)
                                 for o in own):
            continue  # the matched title is the tail of a longer own title (中共中央总书记 …)
        right = max(own, key=len) if own else ""
        yield PatternHit(m.start(), m.end(), "political", "political:领导人职务",
                         (right + name) if m.group("t1") else (name + right),
                         f"领导人职务错误（{name}的职务是{'、'.join(o for o in own if o != '同志')}）")


# ---- commercial ads ----------------------------------------------------------------------------------------

# The hosts of the major shopping, group-buying, travel-booking and short-video shop platforms and their short-link
# domains (each platform's public share links; see lexicons/SOURCES.md): a link to any of them sells something.
SHOP_HOSTS = (r"tb\.cn|taobao\.com|tmall\.com|tmall\.hk|alitrip\.com|fliggy\.com|1688\.com|aliexpress\.com|"
              r"jd\.com|3\.cn|jd\.hk|jd\.cn|jkcsjd\.com|yangkeduo\.com|pinduoduo\.com|pdd\.cn|"
              r"weidian\.com|vdian\.com|youshop\d*\.com|youzan\.com|youzan\.cn|kdt\.im|koudaitong\.com|"
              r"vip\.com|vipshop\.com|suning\.com|dewu\.com|poizon\.com|dangdang\.com|kaola\.com|mogu(?:jie)?\.com|"
              r"jumei\.com|smzdm\.com|xianyu|goofish\.com|meituan\.com|dianping\.com|dpurl\.cn|ele\.me|"
              r"ctrip\.com|trip\.com|qunar\.com|ly\.com|tuniu\.com|mafengwo\.cn|"
              r"kwaishop|kwaixiaodian\.com|haohuo\.jinritemai\.com|jinritemai\.com|xhslink\.com|"
              r"xiaohongshu\.com/goods|samsclub\.cn|hema\.cn|missfresh\.cn|dmall\.com")
SHOP_LINK = re.compile(
    r"(?:https?://)?(?:[a-z0-9-]+\.)*(?:" + SHOP_HOSTS + r"|"
    r"(?:v\.douyin\.com|v\.kuaishou\.com)/[a-z0-9_-]+/?\s*[^。\n\s]{0,4}(?:下单|购买|抢购|领券)|"
    r"(?<![a-z0-9-])(?:shop|mall|store|item)[a-z0-9-]*\.[a-z0-9-]+\.(?:com|cn|net))"
    r"[^\s，。；！）)]*")
# A short-video shop's product tag or card under the video (点视频下方“好物”标签进店, 点左下角商品卡购买): the
# platform's link to a shop, as much a shop link as a URL (a warning about such links does not excuse one).
SHOP_TAG = re.compile(r"(?:点|点击|戳)[^。\n]{0,4}(?:视频|画面|屏幕)?(?:下方|左下角|左下方|右下角|底部|下面)[^。\n]{0,10}"
                      r"(?:标签|商品卡|卡片|小程序|图标|按钮|链接)[^。\n，,]{0,2}(?:进店|进入(?:店铺|小店|商城)|购买|下单|抢购)")
# Every platform's in-video or in-post shopping feature, by its official name or its users' nickname for the icon
# (抖音 小黄车/购物车/商品橱窗/团购/小风铃, 快手 小黄车/快手小店, 视频号 小店/商品橱窗, 微信 小程序商城/微信小店,
# B站 工房/会员购/蓝链, 微博 小店/橱窗, 小红书 薯店, 淘宝 口令; see lexicons/SOURCES.md): the feature is where the
# account's viewers buy.
SHOP_FEATURE = (r"小黄车|小风铃|小铃铛|小风车|小黄篮|小蓝袋|小黄袋|购物袋|购物车(?:图标)?|商品橱窗|橱窗|商品卡|商品链接|"
                r"(?:抖音|快手|视频号|微信|微博|b站)小店|抖店|小程序商城|商城小程序|(?:up主)?工房|会员购|蓝链|薯店")
# …and the account pointing at it in its own voice: the goods placed there (已经挂在左下角小风铃里了, 已上架橱窗), the
# viewer sent there (点左下角小黄车, 戳橱窗), or the goods found there (橱窗里就有).
SHOP_FEATURE_POINTER = re.compile(
    r"(?:挂|放|上架|上)(?:在|到|进|了)(?:了)?(?:视频|屏幕|画面|主页|直播间)?(?:的)?(?:左下角|右下角|下方|左下方)?(?:的)?"
    r"(?:" + SHOP_FEATURE + r")|"
    r"(?:点|点击|戳|点开|打开|进|去|逛)(?:一下|一下下)?(?:视频|屏幕|画面|主页|直播间)?(?:的)?(?:左下角|右下角|下方|左下方)?(?:的)?"
    r"(?:" + SHOP_FEATURE + r")|"
    r"(?:" + SHOP_FEATURE + r")(?:里|中|上)?(?:就有|有售|有卖|可以买|可买|下单|自取|抢|见|拍)|"
    # a WeChat mini-program tapped to buy (点击文末小程序立即抢), a product link hung under the video (视频底部挂了链接)
    r"(?:点|点击|戳|进|打开)(?:一下)?(?:文末|文中|下方|底部|视频下方|左下角)?(?:的)?小程序(?:商城)?[^。\n，,]{0,4}"
    r"(?:立即|马上|就能|即可|直接)?(?:抢|购买|下单|买|抢购|领券)|"
    r"(?:视频|屏幕|画面)(?:的)?(?:底部|下方|左下角|右下角|左下方)(?:已经?)?(?:挂了|挂着|挂有|放了|有)(?:商品|购买|同款)?链接")
# A price or a pack size on offer (两片装19.9, 9.9元, ￥39): what the feature sells.
PRICE_OR_PACK = re.compile(r"(?:\d+|[一两二三四五六七八九十])(?:片|盒|瓶|袋|件|斤|支|包|罐|箱|只|双|套|贴|粒|条|个)装|"
                           r"\d+(?:\.\d+)?\s*(?:元|块(?![\u4e00-\u9fff]))|[¥￥]\s*\d|(?<![\d.])\d{1,4}\.\d{1,2}(?![\d.%])|"
                           # a model's or a pack's price without the currency (三节电池款69，)
                           r"(?:款|装)\s*\d{1,4}(?:\.\d{1,2})?(?=[，,。！!～~\s]|$)")
# The clause (up to a full stop, an emoji or a tilde) of a warning or a case (不法分子诱导点击小黄车, 当事人在橱窗销售…被罚):
# the feature is what it warns about or reports.
CLAUSE = re.compile(r"[^。！？!?\n～~\U0001F300-\U0001FAFF\u2600-\u27BF]+")
WARNING_CLAUSE = re.compile(r"骗|诈|冒充|假冒|谎称|陷阱|套路|警惕|谨防|当心|小心|切勿|不要|别(?:点|信|买|扫|轻信)|诱导|不法|违法|非法|"
                            r"涉嫌|涉案|查处|处罚|罚款|立案|当事人|虚假|三无|假货|投诉|举报|维权|案件|提醒|提示")


def _clause(folded: str, i: int) -> str:
    return next((m.group(0) for m in CLAUSE.finditer(folded) if m.start() <= i < m.end()), "")


def shop_feature_pointers(folded: str, quoted: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Spans of the account pointing its viewers at a platform's shopping feature, in a post with a price or a pack
    size, in a clause that neither warns nor reports a case (an aside in an anti-fraud post is still the account's)."""
    if not PRICE_OR_PACK.search(folded):
        return
    for m in SHOP_FEATURE_POINTER.finditer(folded):
        if any(a <= m.start() and m.end() <= b for a, b in quoted) or WARNING_CLAUSE.search(_clause(folded, m.start())):
            continue
        yield m.start(), m.end()


# A chat group's number with 群 written by sound (裙号, 峮号) or its digits spaced (群号 813 526 094): a platform's
# filter for group numbers is dodged, which only a seller or a recruiter does; a unit writes its own group plainly.
# (君羊 is 群 split in two; 扣扣, 企鹅 are QQ: a QQ number with its digits spaced is hidden the same way)
GROUP_NUMBER = re.compile(r"(?:[裙峮]|qun)(?:号|聊号)\s*[：:]?\s*\d(?:[\s-]?\d){5,11}|君羊[^\d。\n]{0,6}\d(?:[\s-]?\d){5,11}|"
                          r"(?:群|扣扣|企鹅|qq)(?:号|聊号)?\s*[：:]?\s*\d{2,4}(?:[ \t-]+\d{2,4}){2,4}|"
                          r"群(?:号|聊号)\s*[：:]?\s*\d{2,4}(?:[ \t-]+\d{2,4}){1,4}")
# WeChat and QQ written in a disguise that a platform's filter misses (绿泡泡, 🛰 for 卫星 = 微信, 丘丘 and 企鹅 for
# QQ, wei信, V❤), followed by an id or a group number: only a private seller hides a contact; a unit writes its own
# plainly. (The disguises are the common ones of 私域引流; see lexicons/SOURCES.md.)
# Sellers name the apps by euphemism too (绿色软件, 小绿书; 企鹅, 扣扣 for QQ; 某宝, 桃宝 for Taobao; 某音, 斗音 for
# Douyin; 小红薯, 🍠 for Xiaohongshu; 并夕夕 for Pinduoduo), and tell buyers to search or add the id there (绿色软件搜：…,
# 企鹅加…, 某宝搜…): the euphemism, an optional search or add, and an id.
CONTACT_EUPHEMISM = (r"绿泡泡|绿色(?:软件|app|聊天软件|泡泡|图标)|🛰|卫星号|(?<![a-z])(?:wei|w|v)(?:信|❤|♥|💗|心)|(?<![a-z])vx|"
                     r"[薇威维卫胃唯围](?:信|心|❤|♥|💗)|微[❤♥💗💕]|丘丘|球球|扣扣|抠抠|企鹅|"
                     r"某宝|桃宝|淘bao|tao宝|某音|斗音|抖阴|dy(?=[搜加])|小红薯|🍠|某书|小绿书|并夕夕|拼夕夕|某多多|某鱼|咸鱼|"
                     # WeChat by its green colour (🟢信, 💚信, 绿信)
                     r"[🟢💚🍏](?:信|心|号)?|绿信")
DISGUISED_CONTACT = re.compile(
    r"(?:" + CONTACT_EUPHEMISM + r")"
    r"(?:号|群|群号|id|账号)?\s*(?:(?:上|里)?(?:搜索?|加|添加|私信?|找|关注|联系)(?:一下)?(?:号|群|id|账号)?\s*[：:]?\s*"
    r"[“\"「『]?[a-z0-9][a-z0-9_-]{4,}|[：:]\s*(?:[a-z][a-z0-9_-]{3,}|\d{5,})|[a-z][a-z0-9_-]{4,})|"
    # …or the add or search first (搜绿色软件：…, 加企鹅：…)
    r"(?<![a-z])(?:搜索?|加|添加)(?:一下)?(?:" + CONTACT_EUPHEMISM + r")(?:号|群|群号|id|账号)?\s*[：:]?\s*[a-z0-9][a-z0-9_-]{4,}")
# 淘口令: a code of 8–14 letters/digits between two identical delimiters (￥Zq7mEw3KpR9￥, €…€, ₳…₳, $…$, (…)): any
# currency sign of the Unicode block (₭, ₮, ₱…) serves, as sellers rotate them past the platforms' filters.
TOKEN = re.compile(r"(?:([￥¥$£¢\u20a0-\u20cf])|[(《【])(?=[a-z0-9]{0,13}[0-9])(?=[a-z0-9]{0,13}[a-z])[a-z0-9]{8,14}"
                   r"(?(1)\1|[)》】])")
COPY_OPEN = re.compile(r"(?:复制|长按|復製|長按)[^。\n]{0,12}(?:口令|这段描述|這段描述|咑閞)|"
                       # a code of letters and digits (any delimiters: #AKx72@PdL#) copied and a shopping app opened
                       r"复制\s*(?=[^\s\u4e00-\u9fff。，,]{0,24}\d)(?=[^\s\u4e00-\u9fff。，,]{0,24}[a-z])[^\s\u4e00-\u9fff。，,]{6,24}"
                       r"\s*(?:后)?(?:打开|打開|咑閞|去|到)[^。\n，]{0,4}(?:" + PLATFORM + r")|"
                       r"(?:打开|打開|咑閞|点开)[^。\n，]{0,4}(?:手机)?(?:淘宝|淘寳|tb|taobao|拼多多|京东|jd|闲鱼|抖音商城|"
                       r"唯品会|得物)")
STRONG_AD = re.compile(
    r"小黄车|购物车(?:下单|购买|抢|链接)|橱窗(?:下单|购买|链接|同款)|团购券|抢团购|代购|微商|招募[^。\n]{0,8}代理|"
    r"(?:招|诚招|招募)[^。\n]{0,6}(?:加盟|代理|团长|分销|经销商|合伙人)(?!人)|代理咨询|一手货源|\d+件起批|"
    r"(?:加|添加|联系|\+)(?:客服|老师|招生老师|店长|顾问|小助手|助理|掌柜|团长)?(?:微信|vx|v信|wx|薇信|威信|维信|v|微|扣扣|qq)"
    r"(?:号)?[：:\s]*[a-z0-9_\-]{4,}|"
    r"(?<![a-z])(?:vx|v信|wx|薇信|威信|维信|扣扣)(?:号)?\s*[：:]?\s*[a-z0-9_\-]{5,}|"
    r"(?:客服|团长|店长|掌柜|顾问|招生老师)(?:微信|vx|v信|wx|薇信|威信|qq)(?:号)?\s*[：:]\s*[a-z0-9_\-]{5,}|"
    r"(?:美团|大众点评|淘宝|天猫|京东|拼多多|抖音|快手|小红书)(?:app)?(?:上)?搜索[^。\n]{0,12}?(?:即可|就能|可)?"
    r"(?:购买|下单|抢购|领券)|看看【[^】\n]{0,30}(?:的商品|的店铺|好物)】|"
    r"(?:宝妈|学生|上班族)[^。\n]{0,6}(?:在家)?(?:也能|就能|轻松)赚钱|日结工资|有意者私信|"
    r"(?:团长|代理|分销商|合伙人|宝妈)(?:招募|招聘)|招募(?:团长|合伙人|分销商)|[0零]门槛[^。\n]{0,6}(?:加盟|代理|开店|创业|囤货|赚)|"
    r"[0零]囤货|月入过万|躺赚|宝妈兼职|"
    r"(?:淘宝|天猫|京东|拼多多|闲鱼|得物|唯品会)(?:app)?(?:上)?搜索\s*[“\"'‘「【]|"
    r"(?:私信|加微信|加v|加vx|加薇)[^。\n]{0,10}(?:下单|购买|咨询|报名|订购|预约)|"
    r"(?:点击|打开|访问)\s*https?://\S+\s*[^。\n\s]{0,4}(?:购买|下单|抢购|领券)|"
    r"(?:抖音|淘宝|天猫|京东|拼多多|快手|小红书|美团|大众点评|微信)(?:上)?搜索[^。\n]{0,16}(?:旗舰店|专卖店|店铺|小店|直播间)|"
    r"进群(?:领|抢)(?:福利|券|红包|优惠)|"
    r"(?:扫码|扫描[^。\n]{0,6}二维码)[^。\n]{0,4}(?:添加|加)[^。\n]{0,4}(?:客服|老师|店长|顾问|微信|团长)|"
    r"(?:扫码|扫描[^。\n]{0,6}二维码)[^。\n]{0,6}(?:购买|下单|抢购|预约立减|领券|领取优惠|申请[^。\n]{0,8}卡)|"
    r"(?:获取|领取|发送)购买链接|点击(?:链接|下方|左下角|右下角)?[^。\n]{0,6}(?:购买|抢购|下单|领券|购票)|"
    r"直播间(?:专享|下单|秒杀|抢购|福利价|福袋|抽奖|优惠|同款|链接)|评论区[^。\n]{0,8}(?:团购|购买|链接)|"
    r"(?:微店|有赞|淘宝店|天猫旗舰店|京东旗舰店|官方旗舰店|拼多多店|抖音小店|快手小店|商城小程序)[^。\n]{0,8}"
    r"(?:下单|购买|搜索|抢购|领券)|(?:扫码|私信|点击)[^。\n]{0,4}进群[^。\n]{0,6}(?:领|购|下单|优惠)|"
    r"阅读原文[^。\n]{0,4}(?:购买|下单|抢购|领券)|(?:阅读原文|小程序|链接)[^。\n]{0,8}(?:进入|进)(?:商城|店铺)|"
    # a shop entered to buy (进入小店购买, 去旗舰店下单)
    r"(?:进入|进|去|到|逛)(?:小店|网店|店铺|商城|旗舰店|橱窗)[^。\n，,]{0,4}(?:购买|下单|选购|抢购|拍下)|"
    # a salesperson's or a shop's enterprise WeChat added for free goods or coupons (添加健康管理师企微，免费领…券):
    # private-traffic recruitment; a unit's service account is no 企微 of a named seller
    r"(?:加|添加)[^。\n，,]{0,10}(?:企微|企业微信|(?:顾问|客服|店长|管家|健康管理师|营养师|规划师|美容师|销售|专属助理|小助手)"
    r"(?:的)?(?:微信|vx|v信))[^。\n]{0,4}(?:免费|即可|即|就|可)?(?:领|领取|获取|送|赠|享)"
    r"[^。\n]{0,12}(?<!消费)(?<!惠民)(?<!文旅)(?:券|礼|福利|红包|优惠|折扣|试用|小样|体验装)")
WEAK_AD = [
    ("价格", re.compile(r"低至\d(?:\.\d)?折|(?:仅需|只需|只要|仅售|低至|到手价?|特价|专享价|团购价|早鸟价|秒杀价|"
                        r"优惠价|原价|券后价|现价|会员价|新人价|拼团价|折扣价|活动价|全包价?|套餐价?|体验价|预售价?|"
                        r"团购|双人餐|单人餐|门市价|零售价|清仓价|福利价|开业价|尝鲜价|包年|年卡|月卡|次卡|定金)"
                        r"[^。\n，,]{0,6}\d+(?:\.\d+)?万?(?:元|块|折)|\d+(?:\.\d+)?元包邮|首付\d+万|"
                        r"\d+(?:\.\d+)?元(?:[一二两三四五六七八九十]|\d+)(?:件|斤|盒|箱|瓶|只|袋|套)(?![^。\n]{0,4}(?:左右|上下))|"
                        r"\d+(?:\.\d+)?元(?:秒杀|抢购|到手|包邮|起购)")),
    ("满减", re.compile(r"满\d+(?:元)?减\d+|满\d+再减|立减\d+|直降\d+|再减\d+|\d折起|享\d+(?:\.\d)?折|"
                        r"(?:全场|全店|现场|店内|打|低至|会员)[^。\n，,]{0,4}\d(?:\.\d)?折|\d(?:\.\d)?折(?:清仓|特惠|促销|优惠)|"
                        r"定金\d+(?:\.\d+)?万?元?抵\d+|第二(?:件|份|杯|瓶|盒)半价|"
                        r"(?:全场|全店|店内|打|低至|会员)[^。\n，,]{0,2}[一二三四五六七八九]折")),
    ("优惠券", re.compile(r"优惠券|领券|抵用券|代金券|红包雨|券码|新人券|无门槛券|满减券|店铺券|折扣券|神券")),
    ("限时", re.compile(r"限时(?:特惠|优惠|抢购|钜惠|巨惠|折扣|开抢|秒杀|申请|\d折)|钜惠|巨惠|限量抢购|秒杀|抢购|"
                        r"数量有限|名额有限[,，]先到先得|特惠|清仓|欲购从速|售完即止|手慢无|限时放号|火热招生|开业酬宾|酬宾|"
                        r"新店开业|盛大开业|开新店|库存有限|特价|限购|周年庆|店庆|名额有限|先到先得")),
    ("下单", re.compile(r"下单|拼团|砍价|订购|预订热线|购买链接|进店|看房热线|购买热线|咨询热线[^。\n]{0,4}\d|包邮|"
                        r"送货上门|顺丰|一件代发|详询|欲购|团报|客服微信|购房热线|售楼|进店选购|厂家直销|"
                        r"凭(?:本条|此条|本文|截图|本推文)[^。\n]{0,8}(?:享|领|减|送|打|优惠)|免费上门|上门量房|免费量房|"
                        r"包接送|包教包会|冷链到家|开团|截单|明日达|次日达|到店消费|走过路过")),
    ("推广", re.compile(r"合作品牌|品牌推广|安利|种草|好物推荐|强烈推荐|闭眼入|必入|囤起来|冲鸭下单|独家赞助|冠名商|"
                        r"产地直供|厂家直供|海鲜直供|(?:就来|就找|就选)[“\"「]|赞助商|对本(?:次)?活动的(?:大力)?赞助")),
    ("拉新", re.compile(r"(?:新客户?|新用户|新会员|新人)(?:专享|首单|首刷|礼|立减|注册即|下单|福利)|首刷礼|开卡礼|新客礼")),
    ("私域", re.compile(r"(?<![a-z])(?:微信|微信号)[：:]\s*[a-z][a-z0-9_\-]{4,}")),
    ("赠品", re.compile(r"(?:购买|下单|报名|投保|认购|签约|开卡|办卡|首刷|到店)[^。\n]{0,6}(?:即送|就送|再送|加送|赠送)|"
                        r"前\d+名[^。\n]{0,6}(?:送|赠|享)|买\d+(?:\.\d+)?\S{0,2}送\d+|买[一二两三四五六七八九十]\S{0,2}送|"
                        r"充值?\d+(?:元)?送\d+|满\d+(?:\.\d+)?万?(?:元|笔|件|单|次)?(?:再|就|即|可)?送|返现|返佣|分销|"
                        r"推荐[^。\n]{0,8}返|(?:到场|进店|注册|关注)[^。\n]{0,4}(?:即送|就送|即领|就领)|双倍积分|积分抵|"
                        r"福袋|0元(?:体验|试用|试学|试听)|免费(?:试用|试学|试听|试吃)")),
]


SCAM_SENTENCE = re.compile(r"骗|诈|冒充|假冒|谎称|陷阱|套路|警惕|当心|小心|切勿|不要")


def ad_hits(folded: str, quoted: list[tuple[int, int]]) -> tuple[list[PatternHit], list[tuple[int, int]]]:
    """(ad findings, spans of the weak markers, one per kind): one finding per strong marker; weak markers only when two
    different kinds occur outside quotes and the post is not a warning about such offers."""
    def outside(m) -> bool:
        return not any(s <= m.start() and m.end() <= e for s, e in quoted)

    hits: list[PatternHit] = []
    for rule, pattern in (("商铺链接", SHOP_LINK), ("商铺链接", SHOP_TAG), ("口令", TOKEN), ("口令", COPY_OPEN),
                          ("购买引导", STRONG_AD), ("隐写联系方式", DISGUISED_CONTACT), ("隐写联系方式", GROUP_NUMBER)):
        for m in pattern.finditer(folded):
            if not outside(m):
                continue
            if rule == "口令" and pattern is TOKEN and re.search(r"形如|例如|比如|类似", folded[max(0, m.start() - 6):m.start()]):
                continue
            if pattern is SHOP_TAG and SCAM_SENTENCE.search(_sentence(folded, m.start())):
                continue  # 骗子让你点视频下方链接购买: the trick a warning describes, no tag of the account's
            hits.append(PatternHit(m.start(), m.end(), "advertising", f"advertising:{rule}", "删除商业推广内容",
                                   "商业广告或链接商业广告页面"))
    for start, end in shop_feature_pointers(folded, quoted):
        hits.append(PatternHit(start, end, "advertising", "advertising:购物入口", "删除商业推广内容",
                               "引导观众到平台购物功能（小黄车、橱窗、小店等）购买标价商品"))
    for start, end in disguised_wechat(folded):  # 薇芯：…, 徽信：… (WeChat by sound or shape)
        hits.append(PatternHit(start, end, "advertising", "advertising:隐写联系方式", "删除商业推广内容",
                               "商业广告或链接商业广告页面"))
    # something offered for sale and a channel to buy it or reach the seller (see detectors.content_ads)
    for kind, start, end in offer_and_channel(folded, quoted):
        hits.append(PatternHit(start, end, "advertising", f"advertising:{kind}", "删除商业推广内容",
                               "商品或服务的售卖信息，并给出购买或联系商家的渠道"))
    public = is_public_offer(folded)
    warning = is_warning(folded)
    # a voucher or subsidy notice has 满减, 领券 and 先到先得 of its own; they say nothing about selling there
    weak: dict[str, re.Match] = {}
    for kind, pattern in WEAK_AD:
        if public and kind in ("满减", "限时", "优惠券"):
            continue
        for m in pattern.finditer(folded):
            if outside(m):
                weak.setdefault(kind, m)
                break
    if hits and warning and not any(h.rule in ("advertising:商铺链接", "advertising:购物入口") for h in hits):
        # an anti-fraud or enforcement post names the tricks it warns about (quoted or not); links to shops are
        # still ads, and a post that piles up three kinds of sales wording is selling whatever it warns about
        hits = []
    if not hits and len(weak) >= (3 if warning else 2):
        for kind, m in weak.items():
            hits.append(PatternHit(m.start(), m.end(), "advertising", f"advertising:{kind}", "删除商业推广内容",
                                   "价格、优惠与购买引导同时出现：商业推广"))
    return hits, [(m.start(), m.end()) for m in weak.values()]


# ---- over-entertainment: forced likes, begging for follows, lotteries for follows ---------------------------

# What staff are made to do for the account (liking, reposting, voting, following it), and the counts of it.
LIKES = (r"(?:点赞|转发|在看|投票|评论|转评|分享(?:至|到)朋友圈|"
         r"(?:阅读|浏览|关注|观看)(?:本号|本公众号|公众号|账号|抖音号|视频号|官微|推文))")
COUNTS = (r"(?:(?:点赞|转发|在看|投票|阅读|浏览|评论|刷|观看|播放|完播|收看|分享)(?:量|数|率|情况|任务|人数|截图)|"
          r"(?:关注|粉丝)(?:人数|数量|数|率|情况))")
QUOTA_SUBJECT = r"(?:每人|每名|每位|人均|每个(?:科室|单位|部门|村|社区|支部|网格)|各(?:科室|单位|部门|支部|村|社区))"
PET = (r"宠物狗|宠物猫|流浪猫|流浪狗|大橘|"
       r"小猫|小狗|猫猫|狗狗|喵星人|汪星人|毛孩子|猫咪|狗子|柯基|橘猫|二哈|哈士奇|熊猫宝宝|小奶猫|小奶狗|崽崽")
CUTE = r"萌化|萌翻|萌哭|萌萌|被治愈|瞬间治愈|治愈你|治愈系|太可爱(?:了|啦|辣)|可爱到|可爱死|可爱炸|小天使"
MOOD = r"快乐源泉|今日份(?:快乐|开心|治愈|好心情|可爱|幸福)|心情(?:美美|超好|大好)|心都(?:要)?化了|太可爱了吧"
# A follow begged the livestream's way (记得点个关注, 点点关注不迷路, 关注走一波): an entertainment pattern below, and
# in a seller's post the ad's own pitch (``FOLLOW_BEGGED``).
FOLLOW_BEGGING = r"(?:点个|点点|点一下|点一点|加个)关注|关注(?:走一波|走起|不迷路)"
ENTERTAINMENT = [
    (re.compile(r"(?:组织|要求|请|务必)[^。\n]{0,50}(?:点赞|转发|评论|在看)[^。\n]{0,50}"
                r"(?:截图|报送|上报|纳入|考核|通报|统计|接龙|报数|汇总|逐一核对)|"
                r"未完成(?:的)?(?:人员|单位|科室)?名单[^。\n]{0,4}(?:报|通报|上报)|"
                r"(?:组织|要求|请|务必)[^。\n]{0,50}投票[^。\n]{0,50}(?:截图|纳入|考核|考评|通报|接龙|报数)|"
                r"(?:每人|每名|每位|人均)[^。\n；;]{0,8}(?:不少于|至少|不低于)\s*\d+\s*(?:票|个赞|条转发)|"
                r"(?:点赞|转发)[^。\n]{0,12}(?:纳入|计入)[^。\n]{0,6}考核|"
                r"每人(?:每天|每日)?(?:至少|不少于)?(?:转发|点赞|评论|分享)\s*\d+\s*次|"
                r"未(?:完成|按要求|按时)?(?:转发|点赞)[^。\n]{0,12}(?:通报|扣分|考核)|"
                # a quota of likes, reposts or votes per member of staff, office or village
                r"(?:每人|每名|每位|人均)(?:干部|职工|干部职工|党员|员工|教师|民警|工作人员)?[^。\n；;]{0,16}"
                r"(?:须|必须|务必|要|应|至少|不少于|不低于)[^。\n；;]{0,24}" + LIKES + r"|"
                + QUOTA_SUBJECT + r"[^。\n；;]{0,16}" + LIKES + r"[^。\n；;]{0,20}(?:不少于|至少|不低于)\s*\d|"
                + QUOTA_SUBJECT + r"[^。\n；;]{0,12}(?:至少|不少于|不低于)[^。\n；;]{0,4}" + LIKES + r"[^。\n；;]{0,6}\d+|"
                # the counts as grounds for appraisal or awards, or reported and ranked at fixed intervals
                + COUNTS + r"[^。\n；;]{0,10}(?:纳入|计入)[^。\n；;]{0,10}(?:考核|考评|绩效|评比|评优|目标管理)|"
                + COUNTS + r"[^。\n；;]{0,10}作为[^。\n；;]{0,12}(?:依据|指标|条件|参考)|"
                # screenshots of the likes collected and reported (点赞截图汇总后报办公室)
                + COUNTS + r"[^。\n；;]{0,8}(?:汇总|报送|上报|报)[^。\n；;]{0,4}(?:办公室|宣传|科|处|部门|单位|群)|"
                # likes, comments and reposts demanded with a quota per head after them (…转发至家庭群，每人不少于10条)
                + LIKES + r"[^。\n]{0,40}?(?:每人|每名|每位|人均)[^。\n；;]{0,6}(?:不少于|至少|不低于)\s*\d+|"
                + COUNTS + r"[^。\n；;]{0,6}(?:每日|每周|每天|每月|定期)[^。\n；;]{0,4}(?:通报|排名)|"
                r"动员(?:家属|亲友|家人|朋友)[^。\n]{0,10}(?:投票|点赞|转发|关注)|"
                # a rate to reach (关注率须达90%), each member of staff bringing in followers (每人带动不少于20户居民关注)
                r"(?:关注|点赞|在看|转发|投票|下载|注册)率[^。\n；;]{0,6}(?:须|必须|要|应|需)?(?:达|达到|不低于|不少于)\s*\d|"
                + QUOTA_SUBJECT + r"[^。\n；;]{0,10}(?:带动|发动|动员|邀请|推广|拉动)[^。\n；;]{0,6}\d+\s*(?:户|人|名|位|个)"
                r"[^。\n；;]{0,10}(?:关注|点赞|投票|转发|下载|注册)|"
                + COUNTS + r"[^。\n；;]{0,6}(?:每日|每周|每天|每月|定期)[^。\n；;]{0,4}(?:上报|报送)[^。\n]{0,12}(?:排名|通报|考核)|"
                # screenshots of the votes or likes sent to the propaganda office
                + COUNTS + r"[^。\n；;]{0,12}(?:发至|发送至|发到|报至|交至)[^。\n；;]{0,6}(?:办公室|宣传|科|处|部门|单位|群)|"
                # a quota on the follower count itself (关注人数不少于在编人数的2倍), or follows proven by screenshots
                + COUNTS + r"[^。\n；;]{0,6}(?:不少于|不低于)[^。\n；;]{0,10}(?:\d|倍|人数|全员)|"
                r"(?:下载|关注)[^。\n]{0,40}(?:报送|上报)[^。\n]{0,4}截图|"
                # a number of views per head (完播不少于3遍), the post itself to be reposted, liked and commented on by
                # staff (对本条微博完成转发、评论、点赞), kept on their timelines (转发至朋友圈并保留三天) and shown (晒转发截图)
                r"(?:完播|观看|播放|收看|转发)[^。\n；;]{0,4}(?:不少于|至少|不低于)\s*\d+\s*(?:遍|次)|"
                r"(?:本条|此条|本文|本视频|本篇|该条)(?:微博|推文|视频|文章|信息)?[^。\n]{0,6}完成(?:转发|点赞|评论|在看)|"
                r"转发(?:至|到)朋友圈[^。\n]{0,6}(?:保留|不得删除|不少于)|(?:晒|发|上传)(?:转发|点赞|关注|评论|投票)截图|"
                # staff organised to follow, share or repost, then counted or named (统计完成人数, 完成率, 回复“已转”, 点名)
                # a quota on the length of staff's comments, consequences for the offices that did not comply
                r"(?:评论|留言)(?:内容)?(?:不得|不能|不要|不)少于\s*\d+\s*个?字|"
                r"(?:点赞|转发|评论|在看)[^\n]{0,60}未完成(?:的)?(?:人员|单位|科室|部门|同志)?[^。\n]{0,12}"
                r"(?:说明情况|作出说明|检讨|约谈|扣分|点名|批评)|"
                r"(?:组织|要求|请|务必|带头|动员)[^。\n]{0,50}(?:关注本|关注我们|分享(?:至|到)|转发本|转发至|转发到|在朋友圈转发|点赞本|收藏本)"
                r"[^。\n]{0,60}(?:统计(?:完成|转发|关注|分享|点赞)|完成(?:率|人数|情况)|回复[“\"]?已(?:转|关注|分享|点赞|完成)|"
                r"点名|截图|报送|上报|通报|纳入考核)"),
     "强制点赞", "不得强制要求点赞、转发", "强制要求点赞转发（单项否决）"),
    (re.compile(r"(?<![要需请])求(?:关注|转发|点赞|评论|三连)|关注\s*[+＋和并]\s*转发|转发[^。\n]{0,6}@\s*\d\s*(?:位|个)?好友|"
                r"抽(?:取|出)?\s*\d+\s*(?:位|名)?[^。\n]{0,6}(?:粉丝|网友)|粉丝福利|粉丝(?:破|突破)|转发(?:这条|此条)?锦鲤|"
                r"点赞(?:过|破|满|超过)(?:\d+|[一二两三四五六七八九十百千万]+)|评论区(?:交作业|晒|留下你|投票|聊聊|来pk|站队|battle|吵起来)|"
                r"集赞\s*\d*\s*个?[^。\n]{0,6}(?:送|领|换|得)|"
                r"转发(?:此条|这条|本条)?[^。\n]{0,24}(?:暴富|好运|转运|上岸|脱单|发财|考运|逢考必过|必过|财运|桃花运|接福|沾喜气|"
                r"财源滚滚|吃喝不愁|心想事成|好运连连)|"
                r"保(?:你|您|大家)[^。\n，,]{0,4}(?:逢考必过|必过|上岸|暴富|发财|好运连连)|"
                r"求求(?:了|你们|大家)?[^。，,！!\n]{0,3}(?:给个|点个|点点)?(?:赞|关注|在看|转发)|"
                r"(?:给|点)(?:个|下)(?:赞|关注|在看)(?:吧|呗|嘛|吗)|"
                r"(?:喜欢|觉得不错|觉得有用|觉得好看)的话[^。\n]{0,8}(?:点|给)(?:个|下|一下)?(?:赞|关注|在看|小红心)|"
                r"(?:赞|在看|关注)[^。\n]{0,4}支持一下(?:我们|小编|本号)|给(?:我|小编|我们|本号)点个?赞|一键三连|双击(?:屏幕|666)|"
                r"阅读量(?:还没|还差|没|就差)|kpi(?:就)?(?:靠|全靠)|"
                r"(?:快|赶紧|大家)(?:帮|帮忙|帮帮)(?:我们|小编|我)?(?:转发|点赞|扩散)|"
                r"点赞(?:最高|最多|数最高|数最多|前\d+|前[一二三四五六七八九十]+)[^。\n]{0,12}(?:送|获得|赠|奖)|"
                r"(?:转发|评论|点赞|关注)[^。\n]{0,12}抽(?:取)?\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:位|名|个)"
                r"(?:[^。\n]{0,12}(?:送|赠|获得|得到|奖)|(?:幸运|粉丝|网友|宝子|小伙伴))|"
                r"粉丝(?:过|破|突破|达到|满|涨到)\s*\d+(?:\.\d+)?万?[^。\n]{0,12}(?:发红包|抽奖|送|福利|宠粉)|"
                # a prize draw among those who follow, comment or like (not a quiz's or a public lottery's draw)
                r"(?:关注|留言|评论|转发|点赞|在看|转评赞)[^\n]{0,60}?(?:揪|抽|翻牌)(?:出|取|选)?\s*"
                r"(?:\d+|[一二三四五六七八九十]+)\s*(?:位|名|个|人)[^。\n]{0,12}(?:送|赠|获得|得到|奖)|"
                r"关注\s*[+＋]\s*(?:留言|评论|点赞|转发|在看)|"
                r"(?:看到|刷到|点开|读到|看完)(?:这条|此条|本条|这个|这篇)?[^。\n，,]{0,6}的(?:人|朋友|你|宝子|小伙伴)[^。\n]{0,10}"
                r"(?:暴富|好运|发财|转运|上岸|脱单|心想事成|暴瘦|幸运)|接好运|接财神|"
                r"扣(?:个|一个)?\s*[“\"']?(?:接|好运|发财|暴富|888|666)[”\"']?|"
                r"(?:星标|置顶|关注|点赞|在看)[^。\n]{0,6}(?:求求|拜托|球球)|求求(?:啦|了)(?=[!！~～🙏]|$)|"
                # a promise that depends on a like or follower count (点赞不到一千小编就不睡觉, 点赞超10万就让所长来跳)
                r"(?:点赞|转发|评论|粉丝|关注|在看)(?:量|数)?(?:不到|没到|不过|不满|超过?|过|破|满|达到?)\s*"
                r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)\s*(?:万|千|个|条|次)?[，,]?[^。\n，,！!]{0,3}"
                r"(?:就|小编|我们|才|的话|明天|下次|马上)|"
                # a like that brings the pet or the colleague back (点赞让它明天再来)
                r"点赞(?:让|叫|请)(?:它|他|她|小编|我们|所长|局长|科长|猫猫|狗狗)[^。\n，,！!]{0,4}(?:明天|下次|再|继续)|"
                # luck for whoever forwards or sees the post, a lucky wallpaper (谁转谁发财, 看到这条的都是有福之人)
                r"谁(?:转|看|点赞|评论|收藏|存)谁(?:发财|暴富|好运|上岸|脱单|转运|有福|顺利)|"
                # a chain letter: forward it to someone you care for, or lose your luck (不转明年…, 不转的话…)
                r"转(?:发)?给(?:你)?(?:最)?(?:想|爱|在乎|关心|重要)[^。\n，,]{0,8}的人|"
                r"不转(?:发)?(?:的话|的人|就|明年|今年|会|没|不)[^。\n，,]{0,8}(?:没|不|倒霉|霉运|运|缘|福)|"
                r"(?:看到|刷到|点开|读到)(?:这条|此条|本条|这篇)?[^。\n，,]{0,4}的(?:都是|都|全是)(?:有福之人|幸运儿|锦鲤|福星|有缘人)|"
                # a jesting threat to those who leave without following (不关注就走的都被…追着跑)
                r"不(?:关注|点赞|转发|三连)(?:就走|就划走|就溜)的[^。\n]{0,4}(?:都|会|要|将)|"
                r"(?:设为|设成|换成|当作?)(?:手机)?(?:屏保|壁纸|头像)[^。\n]{0,16}(?:好运|发财|暴富|上岸|转运|财运|事业顺利)|"
                # coaxing (关注一下下嘛, 手下留赞, 拜托拜托)
                r"(?:关注|点赞|赞|在看|转发|三连)(?:一下下|一哈|一下嘛|一下呗|下嘛|嘛|呗)|手下留赞|留(?:个|下)(?:赞|关注)|"
                r"拜托拜托|动动(?:发财的)?小手[^。\n]{0,8}(?:关注|点赞|点个赞|在看|三连)|"
                r"关注[^。\n]{0,30}抽奖|@\s*(?:\d|[一二三四五六七八九十])\s*(?:位|个|名)好友|"
                # a prize for a numbered comment (评论区盖楼，第1126楼送…)
                r"(?:评论区|留言区)盖楼|盖楼活动|第\s*\d+\s*楼(?:的)?(?:送|奖|获得|可获)|"
                r"评论区(?:见|打出|比拼|battle)|"
                r"(?:记得|顺手|动动手指)[^。\n]{0,10}(?:点亮|点赞|点个赞|在看|三连)|点亮[^。\n]{0,8}(?:在看|赞|小红心)|"
                # a like begged (能不能点个赞鼓励一下, 求给小编点个赞; 为环卫工人点赞 praises them)
                r"(?:能不能|能否|可不可以|求求?(?:你们|大家)?)(?:给[^。\n，,？?]{0,8})?点(?:个|一下|一个)?赞|点个赞鼓励一下|"
                # a follow begged the livestream's way (记得点个关注, 点点关注不迷路, 关注走一波; 欢迎关注 is an invitation)
                + FOLLOW_BEGGING + r"|"
                # comment "1" if…: engagement bait (扣1 for a link is an ad, 扣1分 a traffic penalty)
                r"(?:的|就|请|来|都|快|评论区|弹幕|打|子|们)扣\s*[“\"']?\s*[1１](?![0-9]|\s*分)"
                r"(?![^。\n]{0,10}(?:私|链接|发你|小助手|客服))"),
     "求关注", "删除求关注、求点赞内容", "以抽奖、卖萌等方式求关注、求点赞"),
    (re.compile(r"(?:女星|男星|明星|艺人|演员|歌手|顶流|爱豆|偶像|影帝|影后|网红|主播)[^。！!？?\n]{0,20}"
                r"(?:离婚|恋情|出轨|被曝|官宣|分手|绯闻|同框|婚变|取关|塌房|复合|隐婚|秘恋|私生活|素颜|冻龄|晒出|身材|整容|街拍|生图|"
                r"怀孕|生娃|婚礼|求婚|豪宅|天价|女友|男友|女朋友|男朋友|婚纱照|十指紧扣|牵手|约会|热恋|领证|被(?:网友|路人|粉丝)?偶遇|被拍到)"),
     "八卦", "删除与政务无关的内容", "明星八卦，与政府工作无关"),
    (re.compile(r"偶遇[^。！!？?\n]{0,12}(?:明星|演员|歌手|艺人|网红|主播|影帝|影后|相声|小品|顶流|爱豆|偶像)|"
                r"(?:明星|演员|艺人|歌手|顶流|爱豆|偶像)[^。！!？?\n]{0,12}(?:探班|路透|私服|机场照)|"
                r"(?:片场|机场|酒店|剧组)[^。\n]{0,4}围观|"
                r"(?:比|本人比)(?:电视|照片|镜头|荧屏|屏幕|视频)上?(?:还|更)(?:帅|美|漂亮|好看|年轻)|"
                r"(?:明星|演员|艺人|歌手|顶流|爱豆|偶像|影帝|影后|综艺|网红)[^。！!？?\n]{0,20}"
                r"(?:超帅|好帅|太帅|帅呆|帅炸|帅到|美哭|美翻|看呆|犯花痴|迷倒)"),
     "八卦", "删除与政务无关的内容", "偶遇明星的八卦，与政府工作无关"),
    # an account playing cute with pets, or posting its staff's mood
    (re.compile(r"(?:" + PET + r")(?:局长|所长|科长|处长|主任|警长|同事|员工|小编|值班)|"
                r"(?:" + CUTE + r")[^\n]{0,40}(?:" + PET + r")|(?:" + PET + r")[^\n]{0,40}(?:" + CUTE + r")|"
                r"(?:" + MOOD + r")[^\n]{0,40}(?:" + PET + r"|小编)|(?:" + PET + r"|小编)[^\n]{0,40}(?:" + MOOD + r")|"
                # a coquettish tone and the editor's private life
                r"(?:好不好|可不可以|行不行)(?:嘛|呀|鸭)|求(?:夸|抱抱|安慰|表扬|投喂)|(?:人家|宝宝我)(?:想要|也要|不开心|委屈)|"
                r"爱你们(?:哟|哦|呀|鸭|噢)|比个心|笔芯|小编(?:今天|今日|昨天|最近|刚刚)?(?:的)?(?:生日|过生日|入职|失恋|减肥|脱单|养的|家的|家(?![乡长属庭园])(?!里?(?:也|都|一直|平时|常年|现在)?(?:在)?(?:用|买|装|选))|周末|日常|又胖|失眠)|猫主子|狗主子|又拆家|拆家了|"
                r"有对象吗|还没有对象|(?:有意者|有意向的)[^。\n]{0,4}私信[^。\n]{0,4}包分配|"
                r"(?:激动|开心|笑|气|哭|馋|美|帅)到(?:原地|上头|飞起|模糊|变形|爆炸|不行了|昏厥|起飞|停不下来|肚子疼|岔气|喷饭)|(?:开心|加油|快乐|冲)鸭|"
                # laughing "to" anything is hyperbole (笑到打鸣, 笑到头掉; 笑到最后 is an idiom)
                r"笑到(?!最后|了最后)[\u4e00-\u9fff]|"
                r"(?:安慰|抱抱|夸夸|哄哄|心疼)(?:一下)?(?:我|小编|本编)(?:吧|嘛|呗|呀)?|"
                r"(?:小编|本编|我)[^。\n，,]{0,6}(?:无心上班|不想上班|想下班|想放假|只想躺平|熬夜冠军|满脑子都是)|"
                r"(?:咖啡|奶茶|冰美式|美式|可乐)续命|续命的一天|"
                # the editor's own mood or slacking (小编已进入周末模式, 小编在摸鱼, 摸鱼ing, 带薪摸鱼)
                r"(?:小编|本编|编编)[^。\n，,！!？?]{0,8}(?:进入|开启|切换到?|切到)(?:了)?(?:周末|假期|放假|度假|休假|躺平|摆烂|"
                r"冬眠|养膘|下班|摸鱼|过年|划水|发呆|干饭|吃货)模式|"
                r"(?:小编|本编|编编)(?:我)?(?:已经|正在|今天|也|又|偷偷|悄悄|开始|在|要|选择|决定|宣布|只想|直接)?"
                r"(?:摸鱼|划水|躺平|摆烂|发呆|犯困|神游)|"
                # the editor's birthday wishes and whereabouts as a guessing game (小编今天生日，求祝福; 猜猜小编今天在哪)
                r"求祝福|猜猜(?:小编|本编|我)|"
                r"摸鱼(?:ing|中(?![心华国])|时间|时刻|的一天)|带薪摸鱼|(?:人在|身在)工位[^。\n，,]{0,2}心在"),
     "卖萌", "删除卖萌等过度娱乐化内容", "以萌宠、心情等卖萌内容代替政务信息"),
    (re.compile(r"(?:神剧|爽剧|甜宠剧|下饭剧)[^。\n]{0,4}(?:推荐|安利|清单|片单)|(?:在追|追|刷)(?:什么|哪部|啥)剧|"
                r"剧荒|安利给我|连刷[^。\n]{0,3}(?:部|集)|(?:熬夜)?追(?:了)?[^。\n]{0,3}综艺|"
                # a film seen again by a fan (二刷), asked of the readers
                r"(?:二|三|四|n)刷(?:了吗|了没|走起|安排)|你(?:二|三|四|n)刷|"
                # the readers asked to rate an actor or pick a star (男主的演技你们给几分, 更喜欢哪个男明星)
                r"(?:男主|女主|男一|女一|男二|女二)(?:的)?(?:演技|颜值)[^。\n]{0,6}(?:给|打)(?:几|多少)分|"
                r"(?:喜欢|最爱|pick|投给|心动)哪(?:个|位)(?:男|女)?(?:明星|演员|爱豆|歌手|偶像)|"
                # the readers polled on their favourite drama or film (你最喜欢哪部冬季电视剧)
                r"(?:喜欢|最爱|pick|投给|心动|在追)哪(?:一)?部[^。\n？?]{0,6}(?:电视剧|剧|电影|综艺|动漫|网剧|短剧)"),
     "追剧", "删除与政务无关的内容", "追剧、综艺推荐，与政府工作无关"),
    # a fan's wishes to an idol and fan-club talk
    (re.compile(r"(?:哥哥|姐姐|爱豆|偶像|idol|本命)[^。！!\n]{0,4}生日快乐|出道(?:\d+|[一二三四五六七八九十]+)(?:周)?年|"
                r"后援会|粉丝团|追星(?:日常|日记|女孩|男孩|成功|现场|打卡)|偶像的(?:签名|专辑|演唱会|新歌)|粉丝喊话|永远的神|我(?:的)?本命(?!年)|单曲循环|新歌(?:上线|首发|打卡)|"
                r"应援(?:色|棒|灯牌|大屏|物料|口号|会|站|位)|"
                r"(?:饭圈|粉丝|爱豆|偶像|明星|男团|女团|idol|哥哥|姐姐|艺人|歌手|演唱会|出道)[^。！!\n]{0,20}应援|"
                r"应援[^。！!\n]{0,20}(?:爱豆|偶像|明星|男团|女团|哥哥|姐姐|出道|打榜)"),
     "追星", "删除与政务无关的内容", "追星、饭圈内容，与政府工作无关"),
    # jokes, chicken soup for the soul, and staff presented as dates
    (re.compile(r"每日一笑|今日一笑|今日笑话|冷笑话|讲个笑话|段子(?:来了|时间)|"
                r"今天的你(?:努力|开心|快乐|emo)了吗|眼前的苟且|(?:早安|晚安)[～~]|"
                r"(?:小哥哥|小姐姐)[^。\n]{0,8}(?:帅|美|颜值|单身)|(?:还|仍|依然)单身[^。\n]{0,10}(?:想认识|介绍|有意|私信)|"
                # readers asked for their private dating stories (分享你的奇葩相亲经历, 你见过最离谱的前任)
                r"(?:分享|说说|聊聊|晒晒|讲讲)(?:一下)?(?:你|你们|大家)(?:的)?[^。\n，,]{0,4}"
                r"(?:相亲|恋爱|前任|表白|分手|约会|脱单)(?:经历|故事|趣事|糗事|奇遇)|"
                r"(?:你|大家)(?:见过|遇到过|遇过|碰到过)(?:的)?最(?:离谱|奇葩|尴尬|搞笑|无语|极品|雷人)的(?:相亲|前任|恋爱|对象|约会)"),
     "段子", "删除与政务无关的内容", "段子、鸡汤和相亲玩笑，与政府工作无关"),
    # riddles as filler (the lantern riddles of a Lantern Festival event are folk culture: see FOLK_RIDDLES)
    (re.compile(r"(?<!灯)猜谜(?:时间|游戏|来了|环节|大挑战)|脑筋急转弯|猜一(?:动物|字|物|成语|水果|食物|用品|植物|地名)|"
                r"答对的[^。\n]{0,10}(?:好梦|好运|发财|暴富|脱单|幸运)"),
     "猜谜", "删除与政务无关的内容", "猜谜、脑筋急转弯等与政务无关的内容"),
    # the editor moaning about work (卖惨): 小编累瘫了, 周五快点来, (ಥ﹏ಥ)
    (re.compile(r"(?:小编|本编|编编|我)(?:我)?(?:已经|都|快|要|真的|简直|今天)?(?:被)?(?:累瘫|累趴|累哭|累死|累成狗|哭晕|崩溃|"
                r"emo了|裂开了|麻了|破防了|头秃|秃了|想哭|不想上班)|周[一五](?:快点|快|赶紧)来|"
                r"(?:一到)?周一就想(?:请假|躺平|辞职)|(?:美|帅|甜)哭了|"
                r"有没有人?(?:和|跟)(?:我|小编)一样|上班如上坟|宝宝心里苦|哭晕在厕所|"
                # the editor's own weather hardship as a joke (小编上班路上冻成冰雕, 小编热化了)
                r"(?:小编|本编|编编)[^。！!？?\n]{0,10}(?:冻成(?:冰雕|冰棍|冰块|狗|憨憨|傻子|冰坨)|热(?:化|成狗|晕)了|被冻哭)|"
                r"(?:粉丝|阅读量?|点赞|播放量?|浏览量?)[^。\n]{0,10}(?:只有|才|还没到|还不到|不到)\s*"
                r"[\d一二两三四五六七八九十百千万]+[^。\n]{0,16}(?:心酸|心塞|哭|难过|伤心|委屈|心里苦|扎心|泪目)|"
                r"\(\s*(?:ಥ_ಥ|╥_╥|t\s*_\s*t|qaq|>_<)\s*\)"),  # (folded: ﹏ → _, （ → ()
     "卖惨", "删除卖惨等过度娱乐化内容", "小编诉苦卖惨，与政务无关"),
    # horoscopes dressed as advice (天文科普的星座 names constellations, not the reader's sign)
    (re.compile(r"水星逆行[^。\n]{0,8}(?:提醒|期间|注意|谨慎|别|不宜|宜|忌)|(?:上升|月亮|太阳)星座|星盘|你的星座|星座(?:运势|配对|性格|穿搭|幸运|专属)|十二星座[^。\n]{0,6}(?:穿搭|运势|性格|配对|专属|指南)"),
     "星座", "删除与政务无关的内容", "星座运势，与政府工作无关"),
    # blood-type personality, the same pseudo-science as horoscopes (血型性格, A型人适合…, O型血的人天生…)
    (re.compile(r"血型(?:性格|运势|配对|与性格|看性格|决定|测试|大揭秘|揭秘)|"
                r"(?<![a-z])(?:ab|a|b|o)型(?:血)?(?:的)?人(?:天生|适合|最适合|注定|性格|都是|一般|往往|是隐藏)"),
     "星座", "删除与政务无关的内容", "血型性格等伪科学内容，与政府工作无关"),
    # the account's own shopping-festival chatter (双十一剁手清单晒出来, 小编的购物车, 你们买了啥): a consumer tip
    # about the festival warns, compares or explains rules (see SHOPPING_ADVICE)
    (re.compile(r"剁手(?:党|清单|战绩|成果|日常|记|了|啦|成功|完毕|快乐)|(?:晒|晒晒|晒出|晒一晒|分享)(?:一下)?(?:你|你们|大家|小编)?(?:的)?"
                r"(?:购物车|购物清单|战利品|剁手清单|囤货清单|快递)|(?:购物车|购物清单|战利品|剁手清单|囤货清单)晒(?:出来|一下|一晒)|"
                r"(?:小编|本编|我)的购物车|尾款人|(?:你们|大家|你|宝子们|小伙伴们)(?:都)?(?:买|囤|抢)了(?:啥|什么|多少)|"
                r"(?:双十一|双11|双十二|双12|618|黑五|年货节)[^。\n]{0,12}(?:战绩|付尾款|凑单|囤货|抢到了|清空购物车)"),
     "购物节", "删除与政务无关的内容", "账号自己的购物节闲聊（剁手、晒购物车），与政府工作无关"),
    # a quiz that types the reader or the reader's child (学霸型还是学渣型), to be sent on
    (re.compile(r"测一测[^。\n？?]{0,16}(?:是|属于)[^。\n？?]{0,12}型|(?:\d+|[一二三四五六七八九十])道题(?:揭晓|测出|看出|测试)|"
                r"测完[^。\n]{0,4}(?:转发|分享)|"
                # the choice foretells the reader's luck (选松鼠的人今年会有意外之财)
                r"选[\u4e00-\u9fff]{1,4}的(?:人|朋友|你)[^。\n，,]{0,4}(?:今年|明年|最近|本周|这周|下周)?(?:会|将|必|要)(?:有|迎来|走|发|暴|脱)|"
                r"你(?:的|是)[^。\n？?]{0,10}(?:人格|型|属性|体质)(?:是)?哪(?:种|一种|类|个)|选[a-d]的(?:我们|你|都|是)|"
                # which thing are you (测一测：你是哪种火锅底料？ with lettered answers)
                r"测一测[：:，,\s]*(?:你|看你|你家)(?:是|属于|更像|适合)哪(?:种|一种|类|款|个)|"
                # …with any measure word (你是哪一碗江西粉, 哪一杯奶茶) or the type's name after it (你是哪种奶茶人格)
                r"测一测[：:，,\s]*(?:你|看你|你家)(?:是|属于|更像|适合)哪(?:一)?(?:碗|杯|盘|道|款|朵|只|颗|块|座|首|位)|"
                r"你(?:是|属于)哪(?:种|一种|类|款|个)[\u4e00-\u9fff]{1,6}(?:人格|体质|属性|星人)|"
                # (你属于哪种情况？A. 首次申领: a service guide asks which case applies)
                r"(?:你|你家)(?:是|属于|更像)哪(?:种|一种|类|款)(?![^？?\n]{0,6}(?:情况|类型|人群|身份|群体|对象|条件|方式|渠道|业务|参保))"
                r"[\u4e00-\u9fff]{1,8}[？?](?=\s*\n?\s*a[.、．:：])"),
     "测试", "删除与政务无关的内容", "性格测试等与政务无关的互动"),
    # the editor's gaming (a post on minors' gaming limits is about something else)
    (re.compile(r"开黑(?!车|店|作坊|诊所|工厂|加工)|氪金|连跪|五杀|(?:新皮肤|新英雄)上线|带带我|带我飞|"
                r"(?:组队|跟我组队|一起)通关|通关(?:时长|记录)|(?:游戏|手游|端游)(?:迷|玩家|党)(?:们)?(?:集合|看过来)|"
                r"上分(?:攻略|上不去|太难)|(?:一起|组队|带我)上分|冲段位|上王者|掉段了|(?:一起|组队)排位"),
     # (以上分别, 吃鸡蛋 are no games; 围棋段位赛 is a sport's grading)
     "游戏", "删除与政务无关的内容", "网络游戏内容，与政府工作无关"),
    # an animal's birthday party and guessing colleagues' looks: the account playing cute
    (re.compile(r"(?:" + PET + r"|警犬|搜救犬|缉毒犬|警猫)[^。\n]{0,16}(?:过生日|生日快乐|岁生日|生日蛋糕)|"
                r"猜猜[^。\n？?]{0,16}(?:哪位|是谁|谁的)|谁最像(?:明星|[\u4e00-\u9fff]{0,4}(?:明星|演员|爱豆|偶像))|"
                r"(?:你们|大家)?猜(?:猜)?这是(?:哪位|哪个|谁)[^。\n？?]{0,6}(?:同事|民警|科室|部门|单位|大队|中队|所|的)|颜值(?:担当|爆表|天花板|超高|在线)|神仙颜值"),
     "卖萌", "删除卖萌等过度娱乐化内容", "以萌宠、颜值竞猜等卖萌内容代替政务信息"),
    # meme templates and meme degree complements on a formal notice (质疑X，理解X，成为X; 公主请…; 帅到犯规, 6到飞起);
    # the templates are those of the annual lists of internet buzzwords (see lexicons/SOURCES.md)
    (re.compile(r"质疑([\w\u4e00-\u9fff]{1,8})[,，、]\s*理解\1[,，、]\s*成为\1|"
                r"(?:公主|王子|少爷|大小姐|小主)请(?!安|示|假)|"
                # (美到窒息 is tourism copy: only the memes that are no hyperbole of a view)
                r"[\u4e00-\u9fff\d]到(?:飞起|犯规|怀疑人生|原地起飞|原地爆炸|昏厥|哭晕)|"
                r"一整个[\u4e00-\u9fff]{1,3}住了|狠狠(?:地)?[\u4e00-\u9fff]{1,2}住了|我不允许(?:还)?有人不知道|"
                r"浅浅(?:地|的)?(?:给|来|划|分享|整理|盘点|科普|介绍|说|聊|晒|安利|总结|带|上)|"
                r"南方小土豆|(?:宠粉|颜值|演技|服务|性价比|审美|人间|美食|帅气|可爱)天花板|天花板级|"
                r"原地(?:裂开|爆炸|起飞|去世|升天|结婚|emo|封神|融化)|在线等[，,]?\s*(?:挺|很|超|特别|非常|十万火)急|古希腊掌管[\u4e00-\u9fff]{1,8}的神|开心到转圈圈?|(?:焊|钉|缝)在身上|刷到(?:即|就)是缘|听劝的|[\u4e00-\u9fff]{1,4}同款(?:冷|热|雪|雨)+|"
                # X本X (柠檬精本精, 社恐本恐): "X itself", closing its clause; 当事人本人, 日本日… are no meme
                r"(?P<itself>[^\W\d_人日书资文])本(?P=itself)(?=[^\w]|$|了|啊|吧|呀|无疑|没错)|"
                # 谁懂啊, 谁懂这种…: "who gets it", the self-pity of a diary post
                r"谁懂(?:啊|呀|哇|这种|那种|这个(?:感觉|心情|痛))"),
     "网络梗", "使用规范的政务表达", "以网络梗、流行语模板代替规范的政务表达"),
    # fortune-telling: almanacs, zodiac-animal fortunes, luck (科普 and anti-superstition posts are excluded below)
    (re.compile(r"(?:今日|明日|今天|每日|本周)?(?:老)?黄历[：:]|宜(?:嫁娶|祭祀|安床|动土|出行|开市|纳财|搬家|入宅)[、，,]"
                r"[^。\n]{0,30}忌|(?:财运|桃花运|事业运|运势|运程|偏财)(?:爆棚|亨通|大旺|旺盛|大涨|走高|上升|指数|不佳|低迷)|"
                r"属[鼠牛虎兔龙蛇马羊猴鸡狗猪]的(?:朋友|人|宝子|小伙伴)[^。\n]{0,12}(?:运|财|桃花|破|宜|忌)|"
                r"你属什么(?:生肖)?[？?]|生肖运势|犯太岁|(?:转|开)运(?:秘诀|方法|小技巧|物|符)"),
     "占卜", "删除与政务无关的内容", "黄历、运势等占卜内容，与政府工作无关"),
    # fortune-telling as content: zodiac-animal matching, feng shui for the home, fortunes read from birth dates, hands
    # or lots (an anti-superstition post names them in order to warn: SUPERSTITION_CRITIQUE; 风水宝地 is an idiom)
    (re.compile(r"(?:属相|生肖)(?:配对|相冲|相合|相克|合婚|婚配)|"
                r"属(?P<a>[鼠牛虎兔龙蛇马羊猴鸡狗猪])(?:的)?(?:和|与|跟)属(?!(?P=a))[鼠牛虎兔龙蛇马羊猴鸡狗猪](?:的)?(?:是|乃|最|属于)?"
                r"(?:天生一对|绝配|相冲|相克|相合|相害|相刑|六合|三合|不合|最配|般配|犯冲)|"
                r"(?:家居|住宅|办公室|办公桌|卧室|客厅|大门|床头|阳台|店铺|财位)风水|"
                r"风水(?:摆件|布局|禁忌|大师|小常识|秘诀|招财|旺财|讲究多)|招财(?:摆件|风水|位)|"
                r"(?:生辰)?八字(?:合婚|算命|测算|配对|看|合不合)|算(?:一卦|个命|命(?:大全|结果|很准|准不准))|"
                r"(?:测|算)(?:一测|一算|算)(?:你的|你们的|今年的|明年的)?(?:财运|姻缘|桃花|运势|命运|前程)|"
                r"看手相|手相(?:揭秘|解读|看)|面相(?:揭秘|解读|看)|周公解梦|紫微斗数|求签问卜|本命年(?:运势|转运|必戴|要穿)"),
     "占卜", "删除与政务无关的内容", "属相配对、风水、算命等占卜内容，与政府工作无关"),
    # the almanac's 宜/忌 and the daily lot applied to anything (今日宜摸鱼忌加班, 每日一签, 今日幸运色, 财神方位), zodiac
    # fortunes of the year (12生肖年终运势, 属兔的明年要发大财), a name's "luck score" (姓名测试, 福气值)
    (re.compile(r"(?:今日|今天|明日|明天|本周|本月|周末)宜[：:]?\s*[\u4e00-\u9fff、，,\s]{1,20}?[；;，,。\s]*忌[：:]?\s*[\u4e00-\u9fff]|"
                r"每日一签|上上签|接签|(?:今日|今天|本周)(?:的)?幸运色|财神方位|喜神方位|"
                # the lucky number, colour or direction of a day or a sign (今日幸运数字：7, 属龙的幸运颜色)
                r"(?:今日|今天|明日|明天|本周|本月|每日|属[鼠牛虎兔龙蛇马羊猴鸡狗猪]的?|[\u4e00-\u9fff]{2}座)(?:的)?"
                r"幸运(?:数字|号码|颜色|方位|物品?|花)|"
                r"生肖[\u4e00-\u9fff]{0,4}运(?:势|程)|(?:\d+|十二)生肖[^。\n]{0,6}(?:运势|运程|运气|财运|排行|排名)|"
                # 运程, the course of one's luck, read for a period or a sign (本周运程, 2027年运程, 星座运程)
                r"(?:本周|本月|今日|今天|明日|明天|每日|每周|下周|下月|新年|年度|全年|(?:19|20)\d\d年?|星座|属相)(?:的)?运程|"
                r"运程(?:预测|解析|详解|大全|播报|速览|一览)|"
                r"属[鼠牛虎兔龙蛇马羊猴鸡狗猪]的(?:朋友|人)?(?:明年|今年|下半年|下个月)?(?:要|将|会)?(?:发大财|发财|走大运|行大运|转运|桃花旺)|"
                r"姓名测试|福气值|测(?:一测)?你的福气"),
     "占卜", "删除与政务无关的内容", "黄历宜忌、每日一签、生肖运势等占卜内容，与政府工作无关"),
    # lottery tips: numbers predicted or recommended for a draw, "secrets" of winning (a lottery centre's draw results
    # and a warning against lottery scams or illegal betting are no tips: LOTTERY_CRITIQUE)
    (re.compile(r"(?:双色球|大乐透|七乐彩|七星彩|快乐8|福彩3d|排列[三五35]|彩票|体彩|福彩)[^。\n]{0,6}?"
                r"(?:预测|推荐号码|号码推荐|杀号|胆码|选号(?:技巧|秘籍|心得|攻略)|必中|稳中|旺号|冷热号|蓝球推荐)|"
                r"(?:中奖|中大奖|中头奖)(?:秘诀|秘籍|技巧|攻略|号码预测)|"
                r"(?:今晚|明晚|本期|下期)[^。\n]{0,6}(?:推荐号码|号码推荐|必买号码|(?<!遵)守号(?!令)|追号|胆码|杀号)"),
     "彩票", "删除与政务无关的内容", "彩票选号、中奖预测等博彩内容，与政府工作无关"),
    # good luck promised to whoever forwards or sees the post (转发这尊铁塔保佑你, 刷到这朵花的人红红火火, 赛博上香)
    (re.compile(r"转发(?:这|此|本)(?:颗|尊|个|只|条|张|朵|份|片|座|棵)[^。\n]{0,16}(?:保佑|如意|顺利|好运|平安|高分|不挂|发财|上岸)|"
                r"(?:看到|刷到|点开|读到|看完)(?:这条|此条|本条|这个|这篇)?[^。\n，,]{0,12}的(?:人|朋友|你|宝子|小伙伴)[^。\n]{0,16}"
                r"(?:红红火火|事事如意|万事如意|顺顺利利|平平安安|好运|福气)|赛博(?:上香|拜佛|许愿|烧香|祈福)|好运(?:立马|马上)?到账"),
     "求关注", "删除求关注、求点赞内容", "以转发、刷到即得好运的说法求转发"),
    # reaction memes in the account's own voice (有被笑到, 沉默三秒, 大无语, 难绷, 很难评): how short-video comments react,
    # not how an official account reports (the memes of the annual buzzword lists and their years, lexicons/SOURCES.md)
    (re.compile(r"(?<![没未不])有被[\u4e00-\u9fff]{0,2}?(?:笑|感动|震撼|暖|甜|美|帅|萌|可爱|治愈|惊艳|戳|吓|气|无语|尬|冒犯|"
                r"内涵|燃|圈粉|泪目|破防|馋|蚌埠|拿捏)到|"
                r"沉默(?:了)?(?:三|3|五|5|十|10)秒|(?:一整个)?大无语(?:事件)?|无语(?:住|死)了|"
                r"难绷|绷不住了?|(?:这|真的|属实|实在)?很难评(?![价估判定选比审出级])|瞳孔地震|cpu(?:都)?(?:干)?烧了|"
                r"脑瓜子嗡嗡|汗流浃背了|脚趾(?:抠|扣)(?:地|出)|黑人问号|地铁老人看手机|整不会了|"
                r"我直接(?:好家伙|裂开|无语|傻眼|泪目|笑喷)|当场石化|笑发财了|我真的(?:会)?(?:哭死|笑死|服了|栓q)"),
     "网络梗", "使用规范的政务表达", "以“有被××到”“沉默三秒”“难绷”等网络反应梗代替规范的政务表达"),
]


ENTERTAINMENT += [
    # meme templates, each a family (人类高质量男性 → 人类高质量男警; 电子榨菜 → 电子布洛芬; 普信男 → 普信女; X才是本体;
    # 语录大赏 → 翻车大赏; 赢麻了 → 亏麻了; 先干为敬 → 先哭为敬; city不city → chill不chill). The templates are those of the
    # annual lists of internet buzzwords and their years' memes (lexicons/SOURCES.md, 第十七轮); 人类高质量发展, 电子证照,
    # 电子烟 and 手脚冻麻了 are no memes.
    (re.compile(r"人类高质量(?!发展|合作|共建|增长|可持续|就业|教育|生活)(?:[男女][\u4e00-\u9fff]?|[\u4e00-\u9fff])|"
                # 电子 + a comfort food, a medicine, a rite of merit or a companion: the virtual substitute of it
                r"电子(?:榨菜|咸菜|下饭菜|布洛芬|阿司匹林|止痛药|安眠药|褪黑素|镇定剂|百忧解|速效救心丸|维生素|"
                r"木鱼|上香|烧香|拜佛|许愿|功德|算命|吸猫|撸猫|养猫|养狗|男友|女友|男朋友|女朋友|对象|老婆|老公|闺蜜|外婆|"
                r"搭子|嘴替)|"
                r"赛博(?:算命|木鱼|功德|吸猫|撸猫|养猫|男友|女友|闺蜜|嘴替|布洛芬|榨菜)|"
                r"普信(?:男|女|哥|姐|的|人)|[\u4e00-\u9fff]{1,6}(?:才|就)是本体|"
                r"(?:语录|迷惑行为|沙雕|翻车|表情包|名场面|奇葩|搞笑|离谱|尴尬|社死|神评论|神回复|评论区|弹幕|土味|吐槽|凡尔赛|"
                r"反差|整活|爆笑|迷惑|槽点)大赏|"
                r"(?<![手脚腿脸嘴舌头皮指])(?:亏|赢|笑|赚|馋|爽|卷|累|惊|尬|乐|甜|困|饿|羡慕|嫉妒)麻了|"
                r"先(?![干饮喝])[\u4e00-\u9fff]为敬|(?<![a-z])([a-z]{2,10})不\1(?![a-z])|"
                # a person "open for business" to fans (阿sir今日份营业, 民警在线营业): a shop's hours are no meme
                r"今日份营业|(?:民警|辅警|警察|交警|特警|所长|局长|阿sir|警官|小哥哥?|小姐姐|警花|警草|男警|女警|小编)"
                r"[^。，,！!\n]{0,4}在线营业"),
     "网络梗", "使用规范的政务表达", "以网络梗、流行语模板代替规范的政务表达"),
    # pseudo-science: a name, a birth date, a sign or a blood type said to hide the reader's fate, health or character
    # (你的姓氏里藏着哪种健康密码, 出生月份决定性格), the five elements lacking (五行缺水), luck mended (能补运; 补运费,
    # 改运输 are other words, and 改运/旺运 stand in too many: 修改运行, 兴旺运河) — fortune-telling
    # dressed as a quiz (a post against superstition names them to warn: SUPERSTITION_CRITIQUE)
    (re.compile(r"(?:姓氏|姓名|名字|生日|生肖|属相|星座|血型|五行|八字|生辰|手相|面相|指纹|掌纹|痣|出生(?:月份|日期|时辰|季节|年份))"
                r"[^。\n]{0,8}?(?:藏着|暗藏|隐藏着?|揭秘|决定(?:了|着)?|暴露(?:了)?|透露(?:了)?|预示(?:着)?|看出|测出|暗示(?:了)?)"
                r"[^。\n]{0,10}?(?:密码|秘密|性格|命运|运势|运气|财运|健康|寿命|天赋|前世|桃花|姻缘|福气|智商|颜值|婚姻)|"
                r"(?:五行|命里|命中|八字)(?:缺|少)[金木水火土]|五行(?:属|喜)[金木水火土]的(?:人|朋友|宝子)|"
                r"(?:能|可以|帮你|据说)补运(?![费输行营价力量动河])|(?:哪个|哪些)星座的人|星座(?:密码|解析|揭秘|排行|排名)"),
     "占卜", "删除与政务无关的内容", "姓氏、生肖、五行等伪科学测试与占卜内容，与政府工作无关"),
]

# The mechanics of forced engagement, whatever is counted (Shandong 000 vetoes 强制要求点赞; the Central Committee's
# 2024 rules on 为基层减负 and the 2019 notice on 形式主义 name them: 拉票, 刷量, 点赞转发 quotas, 晾晒, 排名): a quota
# per head of votes canvassed, reads, refreshes or clicks (每人至少拉10票, 每人每天刷新阅读不少于3次); the counts tied to
# appraisal or ranked (拉票数与科室评优挂钩, 按阅读贡献度排名); completion of likes and reposts shown in a work group
# (完成情况将在钉钉群每日晾晒).
# (what is done to the account's posts only: 观看警示教育片不少于2次, 播放安全广播, 关注独居老人 and 注册医保电子凭证 are work)
ENGAGE = r"(?:拉票|投票|点赞|转发|评论|在看|刷新阅读|刷阅读|刷新|点击|收藏|助力)"
ENTERTAINMENT += [
    (re.compile(QUOTA_SUBJECT + r"(?:干部|职工|干部职工|党员|员工|教师|医务人员|民警|工作人员)?[^。\n；;]{0,10}"
                r"(?:不少于|至少|不低于|须|必须|务必)\s*(?:拉|投|刷|转|点|集|拉到|拉够)\s*\d+\s*(?:票|次|个赞|条|遍|个)|"
                + QUOTA_SUBJECT + r"(?:每天|每日|每周|每月)?[^。\n；;]{0,8}" + ENGAGE + r"[^。\n；;]{0,6}"
                r"(?:不少于|至少|不低于|须达|达到)\s*\d+\s*(?:次|遍|票|条|个|人)|"
                r"(?:拉票|投票|点赞|转发|阅读|浏览|点击|助力)(?:数|量|次数|情况|贡献度?|完成情况)"
                r"[^。\n；;]{0,12}(?:与|和|同)[^。\n；;]{0,12}(?:考核|考评|绩效|评比|评优|评先|目标管理|年终|奖金|奖励|晋升)[^。\n；;]{0,4}挂钩|"
                r"(?:按|根据|依据|以)(?:拉票|投票|点赞|转发|阅读|浏览|点击|助力)(?:数|量|次数|情况|贡献度?)"
                r"[^。\n；;]{0,8}(?:排名|排序|通报|考核|评比|评优)|"
                + ENGAGE + r"[^\n]{0,40}完成(?:情况|率|进度)[^。\n；;]{0,16}(?:晾晒|通报|排名|公示|点名)"),
     "强制点赞", "不得强制要求点赞、转发", "强制要求点赞、拉票、刷阅读量并考核排名（单项否决）"),
    # a chain slogan that makes sharing a proof of belonging (不转不是黄山人, 是中国人就转): coerced sharing
    (re.compile(r"不(?:转|转发|分享|点赞)不是[\u4e00-\u9fff]{1,6}人|是[\u4e00-\u9fff]{1,6}人(?:就|都|请|必须)(?:转发|分享|点赞|转)(?=[!！~～。，,]|$)"),
     "求关注", "删除求关注、求点赞内容", "以“不转不是××人”等说法求转发"),
    # fortune read from a number or a date (手机尾号测你的2027健康运, 尾号0-3：贵人护体): fortune-telling as a quiz
    (re.compile(r"(?:测|算|看)(?:一测|一算|一下|一看)?(?:出)?(?:你|您|大家)(?:的)?[^。\n，,；;】]{0,8}?"
                r"(?:运势|运气|运程|财运|好运|福气|[健康事业桃花学业考试财官]运(?![动输营行河用作转维送算]))|"
                r"(?:手机|车牌|身份证|电话|门牌|qq|微信)?尾号[^。\n]{0,8}(?:测|算|看出|揭示|决定)[^。\n]{0,8}"
                r"(?:运(?![动输营行河用作转维送算])|命(?![令名题])|福)|"
                r"贵人(?:护体|运旺)|(?:财运|好运|福运)(?:自来|滚滚)"),
     "占卜", "删除与政务无关的内容", "以手机尾号、生日等测运势的占卜内容，与政府工作无关"),
    # the editor's own moods in memes of 2023–2025 (小编已老实，求放过; 发一个精神状态; 找小编哭; 心态崩成渣), the homophone
    # spellings of baby talk (麻麻说, 肥肠听话; not 警察蜀黍, the police accounts' own lively name for themselves) and
    # the reaction memes of the same years (你是懂X的, 一整个服气);
    # sources: the annual buzzword lists and their years' memes (lexicons/SOURCES.md, 第十八轮, 待核)
    (re.compile(r"(?:发|晒|看看|来个|展示)(?:一个|一下|个)?(?:我的|小编的|今日的?|今天的)?精神状态|"
                # the editor's mood as a report (小编今天的精神状态：…), a worker as a beast of burden (牛马的一天, 当牛马)
                r"(?:小编|本编|我)(?:今天|今日|此刻|现在)?的精神状态[：:]|"
                r"牛马(?:的一天|的日常|人(?!工)|日常|生活)|(?<!做)(?:当|做|打工|职场)牛马(?![羊驴猪])|"
                r"(?:来|找|陪)小编(?:哭|诉苦|抱头痛哭)|小编(?:已经?)?(?:老实(?![说讲交认供])|哭晕|哭了|想哭|要哭|裂开|emo|碎了|麻了|疯了|嗑到|嗑疯)|"
                r"心态(?:崩|炸)(?:成|得|掉|裂)|崩成渣|(?:谁能|求|谁来|快来)[^。\n？?]{0,16}安慰(?:一下)?(?:小编|我|孩子)?(?=[？?！!。～~…]|$)|"
                r"麻麻(?:说|讲|叫|让|喊|问|再也不用)|肥肠(?=(?:地|的)?(?:听话|开心|感谢|喜欢|可爱|满意|激动|抱歉|荣幸|认真|努力|好看|漂亮|帅|棒|赞))|"
                r"童鞋们|小盆友|盆友们|伦家|桑心|(?<!石)灰常|"
                r"你是懂[\u4e00-\u9fff]{1,6}的(?=[!！。，,～~]|$)|一整个(?:服气|服了|无语|惊呆|懵|裂开|破防|emo|爱了|绝了)|"
                r"附体(?:(?<=[王神霸鲤手]附体)|(?<=[王神霸鲤手][”\"」』]附体))|"
                r"(?:男女主|男主|女主|cp)[^。\n，,]{0,4}官宣|宣布单飞|粉丝[^。\n]{0,6}吵翻|你站哪(?:位|个|边|一方)|"
                r"惊[!！](?<![\u4e00-\u9fff]惊!)(?<![\u4e00-\u9fff]惊！)|挑战[\u4e00-\u9fff]{1,4}舞(?![台剧蹈团会赛大比])|舞挑战|"
                r"猜猜谁(?:是|最|会|在)|(?P<dup>[棒美乖萌好])(?P=dup)哒"),
     "网络梗", "使用规范的政务表达", "以小编卖惨、谐音卖萌、追星八卦等网络梗代替规范的政务表达"),
]

# content-political19: forced engagement checked by a set text and a name list, and quotas per village or household
# tied to appraisal; and stunts promised for a count (阅读量破5000，小编就…): the count as the post's goal.
# (the comment text set for everyone: 留言统一为“…”, 评论一律写…; the names of those who liked, commented or followed
# exported and checked: 导出名单核对, 截图核对名单; a quota per any unit — 每村, 每户, 每个网格 — of follows, stars or
# likes; the completion of a follow or like demand tied to appraisal)
ENGAGED = r"(?:关注|星标|置顶|点赞|转发|在看|推荐|评论|留言|分享|订阅|收藏|投票)"
PER_UNIT = r"(?:每|人均)(?:个)?(?:人|名|位|村|社区|户|乡镇|镇|街道|单位|科室|部门|网格|支部|班级|学校|家庭|小组)"
# (only where the post addresses staff, cadres or subordinate units: a vote's organisers checking the winners' names,
# a giveaway's set comment for readers are no forced engagement)
STAFF_ADDRESSED = re.compile(r"干部|职工|党员|员工|教职工|教师|医务人员|民警|辅警|工作人员|网格员|村干部|村两委|处室|科室|"
                             r"直属单位|各单位|各部门|各乡镇|各街道|各村|各社区|各支部|全体|全员|班子成员|在编|编制")
FORCED_CHECKED = re.compile(r"(?:留言|评论|回复|弹幕)(?:内容)?(?:统一|一律|均|必须|须|要)(?:为|写|写成|填写|回复|留言|发)?[：:]?[“\"「『]|"
                r"(?:统一|一律)(?:留言|评论|回复)[：:]?[“\"「『]|"
                + ENGAGED + r"[^\n]{0,80}?(?:导出|截图|统计|汇总|调取)?[^。\n；;]{0,4}名单[^。\n；;]{0,4}"
                r"(?:核对|核查|比对|对照|检查|逐一核实)|"
                + ENGAGED + r"[^\n]{0,80}?(?:后台|将)(?:导出|调取|统计)[^。\n；;]{0,8}(?:名单|人员|数据)|"
                + ENGAGED + r"[^。\n]{0,40}?" + PER_UNIT + r"[^。\n；;]{0,6}(?:不少于|至少|不低于|须达|达到)\s*\d+"
                r"\s*(?:户|人|名|位|个|次|条)?|"
                + ENGAGED + r"[^\n]{0,60}?完成(?:情况|率|进度)[^。\n；;]{0,8}(?:纳入|计入|列入)[^。\n；;]{0,14}"
                r"(?:考核|考评|绩效|评比|评优|目标管理|督查|督办)")
ENTERTAINMENT += [
    (FORCED_CHECKED,
     "强制点赞", "不得强制要求点赞、转发", "强制要求点赞、关注、统一留言并核对名单、按村按户下达关注指标（单项否决）"),
    (re.compile(r"(?:阅读|点赞|在看|转发|评论|留言|播放|浏览|粉丝|关注)(?:量|数|人数)?(?:破|过|突破|超过|达到|满|上)\s*"
                r"(?:\d+|[一二两三四五六七八九十百千万]+)\s*(?:万|千|w|k)?[^。！!？?\n]{0,8}?"
                r"(?:小编|我们|本号|主播|局长|所长|科长|队长|站长|馆长|院长|我)(?:就|立刻|马上|便)"),
     "求关注", "删除求关注、求点赞内容", "以阅读量、点赞数达到多少就表演节目等噱头求关注、求转发"),
    # the meme register's cosmic hyperbole for a public service (宇宙第一靠谱的办事大厅, 全宇宙最强的接种点) and its irony
    # mark (（狗头）, [狗头]: "I am joking"): a notice drowned in meme talk (content-attrib25; the register of the annual
    # buzzword lists, lexicons/SOURCES.md). 宇宙第一缕光, 宇宙第一代恒星 are astronomy, not hyperbole.
    (re.compile(r"(?:全|整个)?宇宙(?:第一|无敌|最强|超级|顶级)(?!缕|颗|代|批|次|个|道|束|速度)|全宇宙最|"
                r"[(（\[【]\s*狗头\s*[)）\]】]|🐶(?:头)?保命|狗头保命"),
     "梗式夸张", "使用规范的政务表达", "以“宇宙第一”“狗头”等网络梗式夸张和反讽发布政务信息"),
]

# The editor as a private person (content-repost26): an account's 小编 is its voice of service (小编提醒, 小编整理了,
# 小编带你看); the over-entertaining register makes the editor the subject — the editor's moods (小编好伤心, 小编今天
# 不在状态), body in the weather (小编冻成了一根冰棍), wallet after shopping (小编的钱包瘪了, 吃土中), meals shown instead
# of news (小编的午饭：…, 吃给大家看), leisure (小编们组团去看了电影), bets on a match (小编押2比1) and fortune-telling
# (掐指一算), autographs chased (小编要去要签名): 000 §2.2 forbids posts unrelated to government work and 卖萌/卖惨.
# A follow or a like begged with a coaxing particle or a jesting threat (点点关注嘛, 你不点赞我就…), a follower milestone
# at hand (粉丝快破6万了), a gossip column announced (【八卦时间】), and the meme words of cute self-pity (有亿点点委屈,
# 谁来给我们顺顺毛, 比个小心心) are the same register.
EDITOR = r"(?:本?小编|编编)(?:们)?"
CLAUSE_CHARS = r"[^。！!？?\n，,：:]"  # (the editor's clause ends at a colon: 小编提醒大家：路面已冻成冰 is what is said)
COAXING = re.compile(r"(?:一下下|一哈|一下嘛|一下呗|嘛|呗|呀|哟|求求|拜托)")
ENTERTAINMENT += [
    # (the editor named once, then what is said of the editor: one prefix test at each position)
    (re.compile(EDITOR + r"(?:" + CLAUSE_CHARS + r"{0,6}?(?:好|很|超|太|有点|有些|真的|已经|又)?(?:伤心|难过|委屈|郁闷|心塞|"
                r"不开心|失落|想哭|emo|不在状态|没状态|不想说话)|"
                + CLAUSE_CHARS + r"{0,8}?(?:冻|化|热|晒|饿|困|胖|累)成(?:了)?(?:一(?:根|块|摊|坨|只|座|个|条))?|"
                # hunger and temper as the news (小编已经饿扁了, 小编看得血压都上来了), the editor as a salted fish (咸鱼:
                # idle), the editor's body on strike (小编的眼睫毛已经集体罢工)
                + CLAUSE_CHARS + r"{0,6}?(?:饿扁|饿瘪|饿晕|饿哭|饿坏)|"
                + CLAUSE_CHARS + r"{0,6}?(?:血压|火气|肝火)(?:都|直接|蹭蹭)?(?:上来|飙升|升高|拉满|上头)|"
                + CLAUSE_CHARS + r"{0,6}?(?:是|成了?|变成)(?:一条|一只)?咸鱼|"
                r"(?:的)?" + CLAUSE_CHARS + r"{1,6}?(?:已经|都|直接|集体)*罢工|"
                r"(?:的)?钱包" + CLAUSE_CHARS + r"{0,4}(?:瘪|空|扁|哭|见底)|"
                r"(?:的|今天的|今日的|今天)?(?:午饭|午餐|晚饭|晚餐|早饭|早餐|夜宵|下午茶)(?:[：:]|吃|是)|"
                + CLAUSE_CHARS + r"{0,8}?(?:去|跑去)?(?:看了|追了|刷了|听了)(?:一场|一部|一下)?(?:电影|电视剧|综艺|演唱会|球赛|音乐节)|"
                + CLAUSE_CHARS + r"{0,4}押" + CLAUSE_CHARS + r"{0,6}\d\s*(?:比|:)\s*\d|"
                + CLAUSE_CHARS + r"{0,8}(?:要签名|要合影|去追星))|"
                r"吃土(?:中|了|ing)|吃给(?:大家|你们|各位)看|掐指一算"),
     "卖萌", "删除卖萌等过度娱乐化内容", "以小编的心情、饭菜、钱包、消遣等私事代替政务信息"),
    (re.compile(r"(?:你|你们|大家)(?:再)?不(?:点赞|关注|转发|点个赞|三连)[，,]?\s*(?:我|小编|我们)(?:就)|"
                r"(?:粉丝|关注)(?:量|数|人数)?(?:快|快要|就要|马上|即将|眼看)(?:要)?(?:破|突破|过|达到|满|到)\s*\d"),
     "求关注", "删除求关注、求点赞内容", "以玩笑式要挟、粉丝数冲关等方式求关注、求点赞"),
    (re.compile(r"(?<![一十百千万\d])亿点点|(?:你们|大家)(?:是不是|都|难道)?不(?:爱|理|要|疼)(?:我|小编|我们)了|(?:好|真|太)委屈(?:啊|呀|哦|了)?(?=[。！!？?…\s～~]|$)|没人心疼|谁来(?:给|帮|哄|安慰|抱抱)(?:一下)?(?:我|我们|小编)|顺顺毛|比(?:个|一个)小?心心"),
     "卖萌", "删除卖萌等过度娱乐化内容", "以撒娇式的网络用语卖萌卖惨"),
    (re.compile(r"[【\[#]\s*(?:八卦|吃瓜)(?:时间|时刻|快报|一下)|(?:八卦|吃瓜)(?:时间|时刻)(?:到|来了|开始)"),
     "八卦", "删除与政务无关的内容", "以八卦栏目发布与政府工作无关的闲谈"),
    # meme families of the annual buzzword lists (lexicons/SOURCES.md): X刺客 (雪糕刺客, 2022: anything that stabs the
    # wallet or the nerves, 认证刺客; not 刺客列传 or a game's class), the degree complement 到起飞 beside 到飞起, the
    # livestream's imperatives (投票走起, 安排起来), the cute "raise your little paw" (举个小爪爪)
    (re.compile(r"[\u4e00-\u9fff]{2}刺客(?!列传|信条|职业|英雄|角色|游戏)|刺客本客|[\u4e00-\u9fff\d]到起飞|"
                r"(?:投票|评论|留言|转发|晒图|打卡|抽奖|报名)走起|(?:赶紧|赶快|快|速速|统统)安排起来|安排起来(?:吧|啦|呀)|"
                r"举(?:个|起|起你的|起你们的)?小?(?:爪爪|爪子|手手)"),
     "网络梗", "使用规范的政务表达", "以网络梗、流行语模板代替规范的政务表达"),
]

# The account speaking as an emperor or a palace lady (朕已阅, 众爱卿, 退朝, 本宫, 批奏折): a role-play register, not an
# official's. A post about history, a museum or a costume drama names these words as its subject (see HISTORY_TOPIC).
ROLE_PLAY = re.compile(r"朕(?:已阅|知道了|准了|准奏|甚(?:慰|悦|喜)|心甚|乏了|累了|宣布|命你|赐|要|已|也|就|的)|"
                       r"(?:众|各位|诸位|诸)爱卿|爱卿们|爱卿(?:速速|请|快|记得|平身|免礼)|退朝(?=[～~！!。，,…\s]|$)|有事启奏|无事退朝|"
                       r"本宫(?!殿)|(?:批|批阅|批完|呈上|递上|上)(?:了)?(?:一份|一本|今日|今天的|今日的)?奏折|"
                       r"钦此|跪安|(?<![\u4e00-\u9fff])平身|臣妾|哀家|接旨|圣旨到|奉天承运|龙颜大悦|微臣|小主们|爱妃")
HISTORY_TOPIC = re.compile(r"皇帝|帝王|王朝|朝代|清代|明代|唐代|宋代|元代|汉代|清朝|明朝|唐朝|宋朝|汉朝|秦朝|历史|史书|史料|"
                           r"故宫|紫禁城|文物|博物|古装|剧中|电视剧|影视|戏曲|京剧|越剧|黄梅戏|典故|古人|年号|宫廷|"
                           r"康熙|乾隆|雍正|嘉庆|道光|光绪|慈禧|秦始皇|汉武帝|武则天|李世民|朱元璋|唐太宗|宋太祖|成吉思汗|"
                           r"遗址|陵墓|皇陵|碑刻|档案|文献|考古|展览|展出|非遗")
# 不得要求…点赞转发并截图上报: a rule against forced likes, not forcing them.
# A commentary or a rule against formalism in government new media describes forced likes; it does not force them.
CRITIQUE = re.compile(r"形式主义|指尖上|为基层减负|层层摊派")
# a post against superstition or fortune-telling scams names what it warns about
# A post against superstition says so (迷信, 伪科学, 不要相信), or warns of a fraud that fortune-telling is the means of
# (以“算命”“化解灾祸”为由诈骗, 自称“大师”能帮人转运骗取钱财): the fraud word near a fortune-teller's word. A horoscope
# that adds an unrelated anti-fraud hint (属牛的朋友今天财运不错，但要小心“天上掉馅饼”的诈骗) is still a horoscope.
FORTUNE_TELLERS_WORDS = (r"(?:算命|算卦|大师|风水|消灾|化解|作法|开光|法事|神婆|神汉|血光|转运|改运|运势|运程|占卜|"
                         r"八字|塔罗|星座|生肖|黄历|看相|手相|面相|命理|驱邪|祈福|烧香|求签|灾祸|厄运)")
SUPERSTITION_CRITIQUE = re.compile(r"迷信|伪科学|辟谣|谣言|不可信|不要相信|别信|不科学|没有科学(?:依据|根据)|"
                                   + FORTUNE_TELLERS_WORDS + r"[^。！!？?\n]{0,12}(?:骗|诈)|(?:骗|诈)[^。！!？?\n]{0,12}"
                                   + FORTUNE_TELLERS_WORDS)
FRAUD_WORDS = re.compile(r"骗|诈|警惕|谨防|当心|小心")
FOLLOW_BEGGED = re.compile(FOLLOW_BEGGING)
LOTTERY_CRITIQUE = re.compile(r"骗|诈|赌|私彩|非法|违法|谨防|警惕|不要相信|别信|理性购彩")
# A meme's degree complement (香到犯规, 好吃到飞起): in a post offering goods with a channel, the seller's praise of them.
SELLING_MEME = re.compile(r"[\u4e00-\u9fff\d]到(?:飞起|起飞|犯规|怀疑人生|原地起飞|原地爆炸|昏厥|哭晕)")
SHOPPING_ADVICE = re.compile(r"理性消费|冲动消费|谨防|警惕|维权|投诉|12315|先涨后降|价格欺诈|虚假宣传|套路|陷阱|避坑|消费提示|"
                             r"消费提醒|退换货|七日无理由|7天无理由|快递(?:高峰|安全|柜)|寄递")
FOLK_RIDDLES = re.compile(r"灯谜|元宵|谜语大会|非遗|民俗|谜语文化")
GAME_OR_FAN_RULES = re.compile(r"防沉迷|未成年|沉迷|饭圈乱象|清朗|整治|治理|诈骗|骗局")
FORBIDS = re.compile(r"(?:不得|严禁|禁止|杜绝|不准|不要|防止|纠治|整治)[^。\n]{0,10}$")  # (严禁以任何形式强制要求…)
# A post about language (流行语盘点, 语言文字规范) quotes the slang it discusses: in quotation marks it is its subject.
LANGUAGE_TOPIC = re.compile(r"流行语|网络用语|网络热词|年度热词|热词|新词|语言文字|咬文嚼字|规范用语|用语规范|汉语盘点|语言生活|"
                            r"网络语言|语言规范|词典|辞书|语文")


def about_language(folded: str) -> bool:
    """Is the (folded) text about words and usage, so that the slang it quotes is its subject?"""
    return bool(LANGUAGE_TOPIC.search(folded))


# A kaomoji (颜文字): a face between brackets drawn with symbols, not letters, digits or Chinese — its eyes and mouth
# taken from the Unicode blocks kaomoji are built of (combining accents U+0300–036F, Greek ω, Cyrillic Д, Kannada ಥ,
# Thai ๑, Hangul jamo ㅂ, spacing modifiers ˘ ´, phonetic ᴗ, • ‿, mathematical ≧ ∇, box drawing ╯, geometric ▽ □ ◕,
# katakana ・; see lexicons/SOURCES.md), or two carets (^_^). Read on folded text (NFKC: ｡ → 。, ︿ → 〈, ㅂ → ᄇ).
KAOMOJI_FACE = (r"\u0300-\u036f\u0370-\u03ff\u0400-\u04ff\u0c80-\u0cff\u0e00-\u0e7f\u1100-\u11ff\u3130-\u318f"
                r"\u02b0-\u02ff\u00b0\u00b4\u1d00-\u1d7f\u2022\u203f\u2200-\u22ff\u2500-\u257f\u25a0-\u25ff\u30fb")
KAOMOJI = re.compile(r"\((?=[^()\n]{0,14}\))(?=[^()\n]{0,13}(?:[" + KAOMOJI_FACE + r"]|\^[^()\n]{0,3}\^))"
                     r"[^\s()\u3400-\u4dbf\u4e00-\u9fffa-z0-9\uac00-\ud7af，,；;：:、“”\"]{2,14}\)")
# Signs of a chatty, playful tone. A lively official post uses one of them (an emoji, a 小伙伴们); a post that piles
# up several kinds (emoji, tildes, cute sentence-final particles, 哈哈, 家人们/宝子, the editor's feelings) is
# entertainment whatever slang it is written in.
TONE = [
    re.compile(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]"),
    re.compile(r"[～~]"),
    KAOMOJI,
    re.compile(r"(?:啦|哒|呀|鸭|嘛|哟|喔|噢|咯|捏|叭|滴|呢)(?=[！!？?，,。～~\s]|$)[^\n]*?"
               r"(?:啦|哒|呀|鸭|嘛|哟|喔|噢|咯|捏|叭|滴|呢)(?=[！!？?，,。～~\s]|$)"),
    re.compile(r"[!！]{2,}|[?？]{2,}|[?？][!！]"),
    re.compile(r"哈哈|嘿嘿|嘻嘻|呜呜|hhh|嘤"),
    re.compile(r"宝子|家人们|姐妹们|兄弟们|集美|亲们|小可爱们|友友们|uu们|铁汁|宝宝们|宝贝们|老铁"),
    re.compile(r"小编(?:我|也|都|已经|表示|直呼|忍不住|哭|笑|馋|心动)|本编|人家|"
               # the account as a cute persona of its own naming (本小松鼠今天营业啦; not 本小区, 本小组, 本小时)
               r"本小(?![区组学镇店院站队社村时节册子额微型])[\u4e00-\u9fff]{1,2}?(?:今天|今日)?(?:营业|上线|上岗|报到)(?:啦|了|喽|咯)"),
]  # (你们, 评论区: official posts talk to their readers too)
TONE_KINDS = 3


def _playful_tone(folded: str) -> re.Match | None:
    """The first sign of a playful tone when the post has ``TONE_KINDS`` kinds of them, else None."""
    found = [m for m in (p.search(folded) for p in TONE) if m]
    return min(found, key=lambda m: m.start()) if len(found) >= TONE_KINDS else None


def entertainment_hits(folded: str) -> Iterator[PatternHit]:
    scam = warns_of_scam(folded)
    quoted = quoted_spans(folded)
    language = about_language(folded)
    # a seller's chatty pitch is the ad's tone (reported as an ad), not the account's entertainment
    tone = None if scam else _playful_tone(body_of(folded))
    is_ad: list[bool] = []  # computed once, when a 粉丝福利 asks
    selling: list[bool] = []  # offer_and_channel, computed once when asked
    critique: list[bool] = []  # SUPERSTITION_CRITIQUE, computed once when a fortune reading is found
    if tone is not None:
        selling.append(bool(offer_and_channel(folded, [])))
        if selling[0]:
            tone = None
    if tone is not None:
        yield PatternHit(tone.start(), tone.end(), "entertainment", "entertainment:娱乐化语气", "使用规范的政务表达",
                         "表情、语气词、网络称呼等娱乐化语气堆砌")
    for pattern, rule, suggestion, note in ENTERTAINMENT:
        if rule == "求关注" and scam:
            continue  # a warning that like-collecting and follower draws are scams begs for nothing
        if rule in ("游戏", "追星") and GAME_OR_FAN_RULES.search(folded):
            continue  # minors' gaming limits and the clean-up of fan clubs talk about them
        if rule == "猜谜" and FOLK_RIDDLES.search(folded):
            continue  # a Lantern Festival riddle event is folk culture
        if rule == "彩票" and LOTTERY_CRITIQUE.search(folded):
            continue  # a warning against lottery-tip scams or illegal betting
        if rule == "网络梗" and scam:
            continue  # anti-fraud posts use memes to reach people (000 §2.3)
        if rule == "购物节" and (SHOPPING_ADVICE.search(folded) or scam):
            continue  # a consumer tip about the festival (理性消费, 谨防先涨后降) talks about shopping on duty
        if pattern is FORCED_CHECKED and not STAFF_ADDRESSED.search(folded):
            continue
        for m in pattern.finditer(folded):
            if rule == "占卜":
                if not critique:
                    critique.append(bool(SUPERSTITION_CRITIQUE.search(folded)))
                if critique[0]:
                    break  # a warning against superstition or fortune-telling scams (read once, when a reading is found)
            if rule == "网络梗" and SELLING_MEME.match(m.group(0)):
                if not selling:
                    selling.append(bool(offer_and_channel(folded, [])))
                if selling[0]:
                    continue  # the seller praising its goods in a meme (锅底香到犯规) is the ad's pitch, reported as the ad
            if rule == "求关注" and "扣" in m.group(0) and offer_and_channel(folded, []):
                continue  # comment "1" beside something on sale is how buyers order (reported as the ad)
            if rule == "求关注" and (m.group(0) == "粉丝福利" or FOLLOW_BEGGED.fullmatch(m.group(0))) \
                    and not COAXING.match(folded, m.end()):
                # (a seller's livestream asks for a follow to reach its sale: 点点关注进直播间抢, reported as the ad; a
                # follow coaxed — 点点关注嘛, 点个关注呗 — is the account's 卖萌 whatever it sells)
                if not is_ad:
                    is_ad.append(bool(ad_hits(folded, quoted_spans(folded))[0]))
                if is_ad[0]:
                    continue
            if rule == "强制点赞" and (FORBIDS.search(folded[max(0, m.start() - 16):m.start() + 2])
                                     or CRITIQUE.search(folded)):
                continue
            if rule == "网络梗" and language and any(a <= m.start() and m.end() <= b for a, b in quoted):
                continue  # a post about language quotes the meme it discusses
            if rule in ("占卜", "彩票") and FRAUD_WORDS.search(folded) \
                    and any(a <= m.start() and m.end() <= b for a, b in quoted):
                continue  # a warning quotes the lure (警惕“手机尾号测你的健康运”之类的链接)
            yield PatternHit(m.start(), m.end(), "entertainment", f"entertainment:{rule}", suggestion, note)
    if not HISTORY_TOPIC.search(folded):
        for m in ROLE_PLAY.finditer(folded):
            if not any(a <= m.start() and m.end() <= b for a, b in quoted):
                yield PatternHit(m.start(), m.end(), "entertainment", "entertainment:角色扮演", "使用规范的政务表达",
                                 "以帝王、宫廷角色扮演的口吻（朕、爱卿、退朝、本宫）代替政务表达")
                break


# ---- pinyin-initial abbreviations (yyds, kswl, bhys, dbq) ----------------------------------------------------
# Fan-club and bullet-comment slang abbreviates a phrase to the initials of its syllables, written in lower case
# (kswl 磕死我了, bhys 不好意思, dbq 对不起, wbzd 我不知道). The common ones are entertainment.tsv words; this is the rule
# for the rest: a run of three to five lower-case consonant letters (y counts: yyds, ssmy) standing alone among
# Chinese — not in an English phrase, a link, a handle, a file name or after a number (5kwh) — that is no English
# word or official abbreviation written in lower case (``LATIN_WORDS``) and no placeholder (xxx). English words all
# have a vowel (a, e, i, o, u) or are in ``LATIN_WORDS`` (gym, sky); official abbreviations are written in capitals
# (GDP, ETC, PPT), which the rule does not read.
# What glued to a Latin word makes it part of a link, a handle, a file name or a code (tb.cn/skr2x, @gkd_88, 2dbq):
# these before it, these after it (shared with ``detectors.content``'s reading of listed Latin slang).
CODE_BEFORE = "0123456789/.=&_-%@"
CODE_AFTER = "0123456789/=&_%"
ABBREVIATION = re.compile(rf"(?<![A-Za-z{re.escape(CODE_BEFORE)}])[b-df-hj-np-tv-z]{{3,5}}(?![A-Za-z{re.escape(CODE_AFTER)}])")
LATIN_WORDS = frozenset((
    "http https www html htm xml pdf ppt pptx xls xlsx docx txt png jpg svg css php sql cdn dns vpn ssl tcp ftp ssh "
    "rss gps sms mms kwh kmh mph rpm bpm fps dpi ppm ppb khz mhz ghz kbps mbps gbps wps pdd cctv cgtn hpv rsv cpr "
    "std tcm dhl sku crm cbd ktv mtv rmb cny hkd cst gmt ctrl dvd vcd nfc dnf lpl kpl rng wtt mvp bgm pcs pkg "
    "gym sky fly dry shy spy try why cry fry ply pry sly sty wry myth lynx hymn sync synth crypt glyph nymph tryst "
    "hmm hmmm shh psst brr tsk nth xyz").split())
HAN_TEXT = re.compile(r"[\u4e00-\u9fff]")
# Words that introduce an account id, a handle or an address: government WeChat ids and short links are often pinyin
# initials too (微信号：jnfb, 搜索公众号sdga, 回复 tzgg 查看通知), so a consonant run after one of them is a name, not slang.
ID_WORDS = ("微信号", "公众号", "视频号", "抖音号", "快手号", "头条号", "账号", "帐号", "ID", "id", "搜索", "关注", "添加",
            "回复", "发送", "输入", "编辑", "代码", "简称", "缩写", "拼音", "邮箱", "网址", "域名", "小程序")


def abbreviation_hits(text: str) -> Iterator[tuple[int, int]]:
    """Spans of ``text`` (as written: the rule reads letter case) that are pinyin-initial abbreviations."""
    if not HAN_TEXT.search(text):
        return
    for m in ABBREVIATION.finditer(text):
        word = m.group(0)
        if word in LATIN_WORDS or len(set(word)) == 1:
            continue
        before = text[:m.start()].rstrip(" \t\u3000")[-1:]
        after = text[m.end():].lstrip(" \t\u3000")[:1]
        if (before and before.isascii() and before.isalnum()) or (after and after.isascii() and after.isalnum()):
            continue  # an English phrase (dry ice), a number's unit (5 kwh)
        if text[m.end():m.end() + 1] == "." and text[m.end() + 1:m.end() + 2].isalpha():
            continue  # a domain (skr.cn)
        if text[m.end():m.end() + 1] == "-" and text[m.end() + 1:m.end() + 2].isascii() \
                and text[m.end() + 1:m.end() + 2].isalnum():
            continue  # a handle joined by a hyphen (微信：xkzs-edu2026): an id, not slang
        lead = text[max(0, m.start() - 8):m.start()].rstrip(" \t\u3000：:“\"「『（(【[")
        if lead.endswith(ID_WORDS) or text[m.end():m.end() + 4].lstrip(" \t\u3000”\"」』）)】]").startswith(
                ("公众号", "微信", "视频号", "小程序")):
            continue  # an account id or keyword to send (微信号：jnfb, 回复 tzgg, sdga公众号)
        yield m.start(), m.end()


QUOTES = re.compile(r"“[^“”\n]{1,40}”|\"[^\"\n]{1,40}\"|「[^「」\n]{1,40}」|『[^『』\n]{1,40}』|‘[^‘’\n]{1,40}’")


def quoted_spans(folded: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTES.finditer(folded)]


def default_leaders() -> dict[str, list[str]]:
    return leaders_table()
