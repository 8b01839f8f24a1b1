"""Politically wrong wording, seventh round: the Japanese and collaborationist framings of the War of Resistance and
the other framings of modern history, written as families, and the paraphrases of the institution and leader items
that the exact rules missed (``detectors/lexicons/POLITICAL_CHECKLIST.md`` items 137–150; sources in
``detectors/lexicons/SOURCES.md``).

* **The end of the war as Japan's 终战** — 终战 with any count of years (终战 81 周年, 终战八十年), 终战之日 / 诏书 /
  广播, and 终战 in any sentence about Japan or the Second World War: the war ended in Japan's unconditional
  surrender (9 月 3 日 中国人民抗日战争胜利纪念日, 全国人大常委会 2014 年决定). A season's last match (赛季终战) and the
  First World War are other things.
* **The Japanese names of the incidents that opened the aggression** — 卢沟桥事件 (盧溝橋事件) for 七七事变 / 卢沟桥事变,
  柳条湖事件 / 九一八事件 for 九一八事变, 第一次 / 第二次上海事变 for 一·二八事变 / 八一三事变, 济南事件 for 济南惨案
  (五三惨案): 事件 makes an invasion an incident. A sentence that also gives the Chinese name explains the term.
* **Puppet states and regimes named as if they were states** (伪满洲国, 汪伪政权 — 新华社《禁用词和慎用词》) — the
  Manchukuo capital 新京 (新京特别市; 新京 elsewhere in a sentence about Manchukuo, the Japanese occupation or
  Changchun; 新京报, 新京津 are other words), its era (康德 N 年), its provinces that existed only under it (滨江省,
  间岛省, 三江省, 牡丹江省 …), 奉天 in a sentence that names Manchukuo as a state; the other collaborationist
  governments (冀东防共自治政府, 蒙疆联合自治政府, 中华民国维新政府, 华北政务委员会, 1937–1940 中华民国临时政府, 汪政权,
  汪精卫's 南京国民政府) without 伪 or quotation marks. 伪满皇宫博物院 and 伪满“新京” are right.
* **The invader's own words** — 皇军 for the Japanese army outside quotation marks; 进出 / 进入 for the invasion
  (the 1982 textbook wording: 日军进出华北); 大东亚共荣圈, 大东亚新秩序, 大东亚圣战 without 所谓, quotation marks or a
  word that exposes them; 南京大虐杀 (the Japanese 虐殺); the "comfort women" called voluntary or commercial.
* **Other framings of modern history** — the War of Liberation as a KMT–CPC civil war in any wording (国共两党内战,
  国共之间的内战, 国共战争: 解放战争), 中共建国 for the founding of the People's Republic, 无产阶级文化大革命 without
  quotation marks and the Cultural Revolution praised (中共中央《关于建国以来党的若干历史问题的决议》1981 否定了
  “文化大革命”), Taiwan's honorifics 蒋公中正, 先总统 (items 133's family, more word orders), and the war dated from
  1937 in other words (抗日战争始于 1937 年).
* **Institutions and leaders, paraphrased** — a state organ or its members equated with a parliament or a cabinet
  (人大代表就是议员, 国务院就是内阁), a local office followed by 等国家领导人 with no name, local organs renamed in
  the 2018–2019 reform (环保局, 国土局, 卫生局 …), 我国的总统, 习总 with an adverb before the deed (习总近日强调), and
  a title in a chain before a leader's name that is not the person's own (国家主席、总理李强).

Ninth round: the invaders' 进出 before any Chinese place (``ADVANCE_ANY``: a province's abbreviation with a
direction, a division of the gazetteer, a province of the Republic), with adverbs and a year between.

Eighteenth round (checklist items 340–344): **the official names of wars and events since 1840** with the wrong or
enemy framings writers use (``WAR_NAMES``: 中越战争 for 对越自卫反击战, 中印战争, 珍宝岛事件, 黄沙海战, 新四军叛变 for 皖南
事变, 武昌兵变, 中国内战, 清党, 西安兵变, 西藏起义 …; the peaceful liberation of Tibet told as an invasion); **the 1949
retreat told as a government's move** (``KMT_RETREAT``: 国民政府迁都台北, 中华民国政府撤退来台); **pejoratives for
peoples and groups** (``SLURS``: present-day slurs, read even in a quoted speech the account publishes; and
``HISTORICAL_SLURS``: 鬼子, 倭国, 蛮夷, and the dynasties' names of uprisings 长毛, 发逆, 回乱, right when quoted, in a
title or named as the old word).

``history_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.content_political import _sentence, countries, so_called
from detectors.content_political_families import PARLIAMENT_REJECTED
from detectors.content_political_general import REJECTED
from detectors.content_political_guidance import CENTRAL, LOCAL_TITLES
from detectors.places import gazetteer, province_abbreviations

HAN = "\u4e00-\u9fff"
Hit = tuple[int, int, str, str, str]
NUM = r"[\d一二三四五六七八九十百零〇两]"
OPEN_QUOTE = r"(?<![“\"「『‘])"
# The sentence reports, explains or rejects the term: the Japanese side's wording named as such, a textbook that
# corrects it, a word that exposes it.
EXPOSED = re.compile(REJECTED.pattern + r"|淡化|歪曲|篡改|否认|否定|抹杀|掩盖|粉饰|右翼|日方|日本方面|日本官方|日本政府称|日本称|"
                     r"日本人称|日本教科书|教科书|称之为|说法|叫法|称谓|用语|提法|措辞|不能称|不应称|不能叫|应称|应为|实为|实则|"
                     r"本质|幌子|谎言|欺骗|骗局|旗号|侵略|掠夺|奴役|殖民|罪行|罪证|野心")


# Narrower, for names of events: a sentence about the invasion says 侵略, 制造 (日军制造了…) and 罪行 of the event itself.
NAMED_AS = re.compile(r"所谓|称为|称之为|称作|叫做|叫作|说成|写成|说法|叫法|称谓|用语|提法|措辞|淡化|美化|歪曲|篡改|否认|右翼所称|右翼称|"
                      r"日方称|所称|称其为|日本方面|日本官方|日本称|日本人称|日本教科书|教科书|不能称|不应称|不能叫|应称|应为|而非|并非|改为|改成|改称|"
                      r"纠正|更正|错误|谬误|混淆")


def _exposed(folded: str, i: int, reasons: re.Pattern = EXPOSED) -> bool:
    return bool(reasons.search(_sentence(folded, i))) or so_called(folded, i)


# ---- the end of the war as Japan's 终战 -------------------------------------------------------------------------

SURRENDER = "日本宣布无条件投降 / 中国人民抗日战争胜利（9 月 3 日为中国人民抗日战争胜利纪念日）"
END_NAMED = re.compile(rf"{OPEN_QUOTE}终战(?:纪念日|记念日|纪念|之日|诏书|诏敕|广播|周年|{NUM}+(?:周年|年))")
END_ANY = re.compile(rf"{OPEN_QUOTE}终战(?![”\"」』’])")
WAR_SENTENCE = re.compile(r"日本|日军|日方|二战|第二次世界大战|二次大战|世界反法西斯|太平洋战争|抗战|抗日|侵华|投降|天皇|靖国|1945|"
                          r"8月15日|八月十五日|八一五")
OTHER_ENDS = re.compile(r"一战|第一次世界大战|一次大战|欧战|赛季|联赛|比赛|主场|客场|球队|收官|决赛|轮|战队|游戏|手游|副本|赛程")

# The victory day dated as Japan's surrender broadcast (8 月 15 日是抗战胜利纪念日): it is 9 月 3 日 (2014 年决定).
VICTORY_DAY = r"(?:中国人民)?(?:抗日战争|抗战)胜利(?:纪念)?日"
DATE = r"(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})日"
VICTORY_DATED = re.compile(rf"{DATE.replace('?P<m>', '?P<m1>').replace('?P<d>', '?P<d1>')}(?:是|为|即|，|,|\s)?(?:我国的?)?{VICTORY_DAY}|"
                           rf"{VICTORY_DAY}(?:是|为|定于|定在|即|在)(?:每年(?:的)?)?{DATE}")
SEPT_3 = {("9", "3"), ("九", "三")}
# Yasukuni's "heroic spirits" (英灵) are Japan's war dead including 14 Class-A war criminals; 抗日英灵 are China's.
YASUKUNI_SPIRITS = re.compile(r"(?<!抗日)(?<!抗战)(?<!烈士)(?<!先烈)(?<!中华)(?<!民族)英灵")


def _victory_day_hits(folded: str) -> Iterator[Hit]:
    for m in VICTORY_DATED.finditer(folded) if "胜利" in folded else ():
        month, day = (m.group("m1"), m.group("d1")) if m.group("m1") else (m.group("m"), m.group("d"))
        if (month, day) not in SEPT_3 and not _exposed(folded, m.start(), NAMED_AS):
            yield (m.start(), m.end(), "终战", "9 月 3 日中国人民抗日战争胜利纪念日",
                   "中国人民抗日战争胜利纪念日是 9 月 3 日（全国人大常委会 2014 年决定），不是日本宣布投降的 8 月 15 日")
    for m in YASUKUNI_SPIRITS.finditer(folded) if "靖国" in folded and "英灵" in folded else ():
        if not _exposed(folded, m.start()):
            yield m.start(), m.end(), "日方称谓", "（侵略战争中的日本军人，含甲级战犯）", "不用“英灵”称呼靖国神社供奉的侵略者"


def _surrender_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in END_ANY.finditer(folded):
        named = END_NAMED.match(folded, m.start())
        sentence = _sentence(folded, m.start())
        if not named and not WAR_SENTENCE.search(sentence):
            continue
        if OTHER_ENDS.search(sentence) and not re.search(r"日本|二战|第二次世界大战|抗战|抗日|侵华", sentence):
            continue
        end = named.end() if named else m.end()
        if in_quotes(m.start(), end) or _exposed(folded, m.start(), NAMED_AS):
            continue
        yield m.start(), end, "终战", SURRENDER, "不使用日本“终战”的说法（战争以日本无条件投降结束）"


# ---- the Japanese names of the incidents ------------------------------------------------------------------------

DOT = r"[·・.．\-－]?"
INCIDENTS = re.compile(
    rf"{OPEN_QUOTE}(?:"
    rf"(?P<lugou>(?:七{DOT}七|7{DOT}7)?(?:卢沟桥|芦沟桥)事件|(?:七{DOT}七|7{DOT}7)事件)|"
    rf"(?P<mukden>(?:九{DOT}一八|9{DOT}18)事件|柳条(?:湖|沟)事件|奉天事件)|"
    rf"(?P<shanghai1>第一次上海事变)|(?P<shanghai2>第二次上海事变)|"
    r"(?P<jinan>济南事件))")
INCIDENT_RIGHT = {"lugou": ("七七事变（卢沟桥事变）", r"七七事变|七七事变|卢沟桥事变|芦沟桥事变"),
                  "mukden": ("九一八事变", r"九一八事变|九·一八事变|9·18事变"),
                  "shanghai1": ("一·二八事变（一·二八淞沪抗战）", r"一二八|一·二八|淞沪抗战"),
                  "shanghai2": ("八一三事变（淞沪会战）", r"八一三|八·一三|淞沪会战"),
                  "jinan": ("济南惨案（五三惨案）", r"济南惨案|五三惨案")}
JINAN_1928 = re.compile(r"1928|五三|日军|日本|北伐|蔡公时|出兵山东")


def _incident_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in INCIDENTS.finditer(folded):
        kind = m.lastgroup
        right, named = INCIDENT_RIGHT[kind]
        sentence = _sentence(folded, m.start())
        if kind == "jinan" and not JINAN_1928.search(sentence):
            continue  # 济南事件 is also any incident in Jinan today
        if re.search(named, sentence) or in_quotes(m.start(), m.end()) or _exposed(folded, m.start(), NAMED_AS):
            continue  # the Chinese name in the same sentence: the other name is explained, not used
        yield m.start(), m.end(), "日方称谓", right, "不使用日方淡化侵略的事件称谓（“事件”），应使用我国规范名称“事变”“惨案”"


# ---- puppet states and regimes ---------------------------------------------------------------------------------

PUPPET_MARK = re.compile(r"(?:伪|日伪|汪伪|伪满|伪满洲国|伪满洲国的|伪满的)[“\"「『]?$")
XINJING_FIXED = re.compile(rf"{OPEN_QUOTE}新京(?:特别市|市)")
XINJING = re.compile(rf"{OPEN_QUOTE}新京(?![报津沪港张哈雄昆台剧味广九藏承包秦石开唐通派韵腔城沈郑大东西南北杭汉呼”\"」』’])")
MANCHUKUO_SENTENCE = re.compile(r"伪满|满洲|溥仪|关东军|日军|日本|日伪|日寇|侵华|沦陷|康德|长春|国都|19[34]\d")
MANCHUKUO_AS_STATE = re.compile(r"(?<!伪)(?<![“\"「『])满洲(?:帝)?国|(?<!伪)新京|康德(?:元|[一二三四五六七八九十]{1,2}|\d{1,2})年")
KANGDE_YEAR = re.compile(rf"{OPEN_QUOTE}康德(?:元|[一二三四五六七八九十]{{1,2}}|\d{{1,2}})年")
# provinces that existed only under Manchukuo (1932–1945); 热河省, 奉天省, 吉林省, 安东省 were also the Republic's
MANCHUKUO_PROVINCES = re.compile(rf"{OPEN_QUOTE}(?:滨江|间岛|三江|牡丹江|东安|北安|通化|四平|兴安[东西南北]|锦州|龙江)省"
                                 r"(?:公署|长|政府)?")
FENGTIAN = re.compile(rf"{OPEN_QUOTE}奉天(?:市|特别市)?(?![省府会系军票督将”\"」』’])")
COLLABORATORS = re.compile(
    rf"{OPEN_QUOTE}(?:"
    r"(?P<jidong>冀东防共自治(?:政府|委员会))|(?P<mengjiang>(?:蒙疆|蒙古)联合自治政府|蒙古军政府|察南自治政府|晋北自治政府)|"
    r"(?P<weixin>中华民国维新政府|(?<!明治)(?<!日本)维新政府(?=[^。！？\n]{0,30}(?:梁鸿志|南京|日本|日军|1938)))|"
    r"(?P<huabei>华北政务委员会|华北临时政府)|"
    r"(?P<linshi>中华民国临时政府)|"
    r"(?P<wang>汪(?:记)?(?:政权|政府|国民政府)|汪兆铭(?:的)?(?:政权|政府|国民政府)|(?:汪精卫|汪兆铭)(?:的)?南京政府|"
    r"(?:汪精卫|汪兆铭)(?:集团)?(?:领导|主持|建立|成立|组建|控制|操纵|把持|拼凑)(?:的)?(?:南京)?(?:国民政府|政府|政权)))")
LINSHI_1937 = re.compile(r"1937|1938|1939|王克敏|北平|日军|日本|华北")
LINSHI_1912 = re.compile(r"1912|孙中山|临时大总统|辛亥|南京临时")
NANJING_GOV = re.compile(rf"{OPEN_QUOTE}南京国民政府")
WANG = re.compile(r"汪精卫|汪兆铭")
KMT_NANJING = re.compile(r"1927|1928|蒋介石|北伐|1946|1947|1948|1949|叛逃|出逃|投敌前")


def _puppet_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    def marked(a: int) -> bool:  # 伪 just before, or 伪 earlier in the clause (伪满时期的新京, 伪满洲国首都新京)
        clause = max(folded.rfind(c, 0, a) for c in "。！？!?；;\n，,") + 1
        return bool(PUPPET_MARK.search(folded, max(0, a - 6), a)) or "伪" in folded[max(clause, a - 10):a]

    note = "日本扶植的傀儡政权及其名称须加“伪”或引号（伪满洲国、伪满“新京”、汪伪政权）"
    if "新京" in folded:
        for m in XINJING.finditer(folded):
            fixed = XINJING_FIXED.match(folded, m.start())
            end = fixed.end() if fixed else m.end()
            if marked(m.start()) or in_quotes(m.start(), end) or so_called(folded, m.start()):
                continue
            if fixed or MANCHUKUO_SENTENCE.search(_sentence(folded, m.start())):
                yield m.start(), end, "伪满", "伪满“新京”（长春）", note
    for m in KANGDE_YEAR.finditer(folded) if "康德" in folded else ():
        if not marked(m.start()) and not in_quotes(m.start(), m.end()) and not _exposed(folded, m.start()):
            yield m.start(), m.end(), "伪满", "公元纪年（伪满“康德”年号须加引号）", note
    for m in MANCHUKUO_PROVINCES.finditer(folded) if "省" in folded else ():
        if not marked(m.start()) and not in_quotes(m.start(), m.end()) \
                and MANCHUKUO_SENTENCE.search(_sentence(folded, m.start())):
            yield m.start(), m.end(), "伪满", f"伪满“{m.group(0)}”", note
    for m in FENGTIAN.finditer(folded) if "奉天" in folded else ():
        sentence = _sentence(folded, m.start())
        if MANCHUKUO_AS_STATE.search(sentence) and not marked(m.start()) and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "伪满", "伪满时期的“奉天”（沈阳）", note
    for m in COLLABORATORS.finditer(folded) if ("政府" in folded or "政权" in folded or "委员会" in folded) else ():
        kind, sentence = m.lastgroup, _sentence(folded, m.start())
        if kind == "linshi" and (LINSHI_1912.search(sentence) or not LINSHI_1937.search(sentence)):
            continue  # Sun Yat-sen's provisional government of 1912 is the Republic's founding
        if marked(m.start()) or in_quotes(m.start(), m.end()) or so_called(folded, m.start()):
            continue
        yield m.start(), m.end(), "伪政权", f"伪{m.group(0)}" if kind != "wang" else "汪伪政权", note
    for m in NANJING_GOV.finditer(folded) if "汪" in folded else ():
        sentence = _sentence(folded, m.start())
        if WANG.search(sentence) and not KMT_NANJING.search(sentence) and not marked(m.start()) \
                and not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "伪政权", "汪伪国民政府（汪伪政权）", note


# ---- the invader's own words -----------------------------------------------------------------------------------

IMPERIAL_ARMY = re.compile(rf"{OPEN_QUOTE}(?<![天教女沙法])(?:大日本)?皇军(?![”\"」』’])")
IMPERIAL_REPORTED = re.compile(r"自称|自诩|号称|标榜|吹嘘|口中|所谓|叫嚣|狂妄|讽刺|嘲讽|台词|神剧")
AGGRESSOR = r"(?:侵华日军|日本军队|日本军|日军|日寇|关东军|皇军)"
REGION = r"(?:中国大陆|中国|华北|华中|华南|华东|东北|东三省|满洲|大陆|亚洲|东南亚|南洋|内蒙古|山东)"
ADVANCE = re.compile(rf"(?P<who>{AGGRESSOR}|日本|日本帝国)(?:[{HAN}]{{0,3}}?)(?P<verb>进出)(?:了)?{REGION}"
                     rf"(?!市场|旅游|投资|企业|口|境)|"
                     rf"{AGGRESSOR}(?:大举|全面|逐步|开始)?(?P<verb2>进入)(?:了)?{REGION}(?!市场|旅游|投资|企业)|"
                     rf"(?:对华|对中国|对中国大陆|在华)(?:的)?(?P<verb3>进出)(?![口境])")
# 进出 after the invader before any Chinese place, not only the regions of ADVANCE: a province's abbreviation with a
# direction (鄂西, 晋东南, 浙东), a province, city or county of the gazetteer (湖南, 长沙), with adverbs and a year
# between (日军大举进出鄂西, 日军于1940年进出晋东南). 进出 is the Japanese textbooks' word (shinshutsu) for the invasion.
ADVANCE_ANY = re.compile(rf"(?P<who>{AGGRESSOR}|日本|日本帝国)(?:又|再次|先后|逐步|开始|大举|全面)?"
                         rf"(?:[于在]?(?:\d{{4}}|[一二三四五六七八九〇零]{{4}})年(?:\d{{1,2}}月)?)?(?:又|再次|先后|逐步|开始|大举|全面)?"
                         rf"(?P<verb>进出)(?:了)?")
DIRECTION = re.compile(r"(?:东南|东北|西南|西北|[东南西北中])")
NOT_A_PLACE_AFTER = re.compile(r"市场|旅游|投资|企业|口|境|港|关|站")
# the euphemism itself named or rejected (教科书把侵略改写为进出); a sentence that tells the invaders' crimes (制造惨案,
# 反对侵略) does not name it
ADVANCE_NAMED = re.compile(r"所谓|教科书|篡改|歪曲|淡化|美化|改写|改为|改成|说成|称为|称作|叫做|不用|不能|不得|否认|右翼|[“\"「『]进出")


# Provinces of the Republic abolished after 1949, the war's theatre (热河, 察哈尔, 绥远, 西康), and the old names of
# cities the invaders took (北平, 奉天 as a city, 归绥).
OLD_PLACES = re.compile(r"热河|察哈尔|绥远|西康|北平|奉天|归绥|迪化|满蒙|东三省|江浙|闽粤|晋察冀|晋冀鲁豫|冀东|冀中|苏南|皖南|淞沪")


def _place_after(folded: str, i: int) -> int:
    """The end of a Chinese place name that begins at ``i`` (0 when none): a region of ``REGION``, a province of
    the Republic or an old regional name (``OLD_PLACES``), a province's abbreviation with a direction, or a division
    of the gazetteer (full or short name, longest first)."""
    m = re.compile(REGION).match(folded, i) or OLD_PLACES.match(folded, i)
    if m:
        return m.end()
    if i < len(folded) and folded[i] in province_abbreviations():
        d = DIRECTION.match(folded, i + 1)
        if d:
            return d.end()
    gaz = gazetteer()
    for n in (5, 4, 3, 2):
        piece = folded[i:i + n]
        if len(piece) == n and (piece in gaz.full or piece in gaz.short):
            return i + n
    return 0


GREATER_EAST_ASIA = re.compile(rf"{OPEN_QUOTE}大东亚(?:共荣圈|新秩序|圣战)|{OPEN_QUOTE}东亚新秩序|"
                               rf"(?:日本|天皇|皇军|日军)[{HAN}]{{0,4}}?(?<![“\"「『])圣战")
# 满洲 for China's Northeast in the invader's story (日本向满洲移民, 日俄在满洲争夺): 中国东北. The Manchu people and
# banners (满洲八旗, 满洲贵族), 满洲里 (a city) and the names with their own rules (满洲国, 满洲事变) are other words.
MANCHURIA = re.compile(rf"{OPEN_QUOTE}(?<![伪南北])满洲(?!国|帝国|里|族|八旗|贵族|正|镶|人|语|文|旗|姓|事变|皇帝|入关|政权|[”\"」』’])")
MANCHURIA_INVADED = re.compile(r"日本|日军|关东军|开拓团|移民|殖民|日俄|侵占|占领")
MANCHU_HISTORY = re.compile(r"清朝|清代|清军|努尔哈赤|皇太极|后金|八旗|满族|满文|入关|顺治|康熙|乾隆")
# The Nanjing Massacre denied or its toll written below the verdict (中国军事法庭 1947: 30 万以上同胞遇难).
NANJING_DENIED = re.compile(r"南京大屠杀[^。！？\n]{0,6}?(?:是)?(?:虚构|捏造|编造|不存在|被夸大|夸大了|存在争议|有争议|没有发生|并未发生|"
                            r"子虚乌有|是谎言)")
NANJING_TOLL = re.compile(r"南京大屠杀[^。！？\n]{0,24}?(?:约|近|逾|超过|多达|达|有)?"
                          r"(?P<n>\d+(?:\.\d+)?|[一二三四五六七八九十]+)(?:余|多)?万"
                          r"(?:余|多)?(?:名|人|同胞|中国人|平民)?[^。！？\n]{0,6}?(?:遇难|死难|遇害|被杀|罹难|被屠杀)")
COMFORT_DENIED = re.compile(r"慰安妇[”\"」』]?(?:都|只|均)?(?:是|为|属于|系|实为)?(?:出于)?"
                            r"(?:自愿|志愿|商业|卖春|卖淫|娼妓|妓女|公娼|职业妓女|有偿)")
COMFORT_EXPOSED = re.compile(REJECTED.pattern + r"|否认|歪曲|篡改|右翼|狡辩|谬论|抹杀|罪行|强征|强迫|性奴")


def _invader_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in IMPERIAL_ARMY.finditer(folded) if "皇军" in folded else ():
        if not IMPERIAL_REPORTED.search(_sentence(folded, m.start())) and not so_called(folded, m.start()):
            yield m.start(), m.end(), "日方称谓", "日军 / 侵华日军", "不把侵华日军称为“皇军”（必须用时加引号）"
    for m in ADVANCE.finditer(folded) if ("进出" in folded or "进入" in folded) else ():
        if not in_quotes(m.start(), m.end()) and not _exposed_advance(folded, m.start()):
            yield m.start(), m.end(), "历史表述", "侵略 / 侵占（日军侵略华北）", "不用“进出”“进入”淡化日本的侵略（日本教科书的改写）"
    for m in ADVANCE_ANY.finditer(folded) if "进出" in folded else ():
        end = _place_after(folded, m.end())
        if end and not NOT_A_PLACE_AFTER.match(folded, end) and not in_quotes(m.start(), end) \
                and not ADVANCE_NAMED.search(_sentence(folded, m.start())):
            yield m.start(), end, "历史表述", "侵略 / 侵占（日军侵略华北）", "不用“进出”淡化日本的侵略（日本教科书的改写）"
    for m in GREATER_EAST_ASIA.finditer(folded) if ("东亚" in folded or "圣战" in folded) else ():
        if not in_quotes(m.start(), m.end()) and not _exposed(folded, m.start()):
            yield (m.start(), m.end(), "日方称谓", "所谓“大东亚共荣圈”（日本侵略扩张的口号）",
                   "日本军国主义的侵略口号须加“所谓”和引号并指出其侵略实质")
    for m in re.finditer(r"南京大虐杀", folded) if "虐杀" in folded else ():
        if not in_quotes(m.start(), m.end()) and not _exposed(folded, m.start()):
            yield m.start(), m.end(), "日方称谓", "南京大屠杀", "使用我国规范名称“南京大屠杀”"
    for m in MANCHURIA.finditer(folded) if "满洲" in folded else ():
        sentence = _sentence(folded, m.start())
        if MANCHURIA_INVADED.search(sentence) and not MANCHU_HISTORY.search(sentence) \
                and not in_quotes(m.start(), m.end()) and not _exposed(folded, m.start(), NAMED_AS):
            yield m.start(), m.end(), "日方称谓", "中国东北", "不用日本殖民者对中国东北的称呼“满洲”"
    if "南京大屠杀" in folded:
        for m in NANJING_DENIED.finditer(folded):
            if not _exposed(folded, m.start()) and not in_quotes(m.start(), m.end()):
                yield m.start(), m.end(), "历史表述", "南京大屠杀（铁证如山，30 万以上同胞遇难）", "不采用否认、淡化南京大屠杀的说法"
        for m in NANJING_TOLL.finditer(folded):
            if m.group("n") not in ("30", "三十") and not _exposed(folded, m.start(), NAMED_AS):
                yield (m.start(), m.end(), "历史表述", "30 万以上同胞遇难",
                       "南京大屠杀遇难人数是 30 万以上（南京审判战犯军事法庭判决，国家公祭）")
    for m in COMFORT_DENIED.finditer(folded) if "慰安妇" in folded else ():
        if not COMFORT_EXPOSED.search(_sentence(folded, m.start())) and not so_called(folded, m.start()) \
                and not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "历史表述", "日军“慰安妇”制度（日军强征的性奴隶）",
                   "不采用日本右翼把“慰安妇”说成自愿、商业行为的说法")


def _exposed_advance(folded: str, i: int) -> bool:
    """进出 / 进入 named as the textbook's rewording (教科书把侵略改为进出) or rejected."""
    return bool(re.search(REJECTED.pattern + r"|教科书|篡改|歪曲|淡化|美化|改写|说成|称为", _sentence(folded, i)))


# ---- the war dated from 1937 in other words (item 102: 抗日战争始于 1937 年, 从 1937 年打到 1945 年) ----------------

WAR_FROM_1937 = re.compile(r"(?<!全面)(?<!全民族)(?:中国人民)?(?:抗日战争|抗战)(?:是|就是)?(?:始于|开始于|起于|起始于|爆发于|打响于|"
                           r"开始在|从|自)(?:公元)?1937年(?![^。，,；;\n]{0,12}(?:全面|全民族))")


# The same dating in the other word orders (content-political20, checklist 375): the war as the one that broke out in
# 1937 (1937年爆发的抗日战争, 1937年抗日战争爆发 — 1937年抗日战争全面爆发 is right), its span written 1937—1945 (抗日战争
# （1937—1945年）, 1937年至1945年的抗战), and 七七事变 as the outbreak of the war (七七事变标志着抗日战争的爆发: of the
# full-scale war). 全面抗战, 全民族抗战 and a sentence that counts fourteen years or names 1931 are right.
Y1937 = r"(?:1937|一九三七)"
Y1945 = r"(?:1945|一九四五)"
WAR_WORD = r"(?<!全面)(?<!全民族)(?<!全面的)(?:中国人民)?(?:伟大的)?(?:抗日战争|抗战)"
OUTBREAK = r"(?:正式)?(?:爆发|开始|打响)"
WAR_1937_DATED = re.compile(
    rf"{Y1937}年(?:7月|七月)?(?:7日|七日)?(?:[，,]?(?:在|于)?[{HAN}]{{0,4}}?)?{OUTBREAK}(?:了)?(?:的)?{WAR_WORD}(?!胜利)|"
    rf"{Y1937}年(?:7月|七月)?(?:7日|七日)?[，,]?{WAR_WORD}{OUTBREAK}|"
    rf"{WAR_WORD}(?:时期|期间)?[（(]{Y1937}年?\s?[—\-–~～至到]+\s?{Y1945}|"
    rf"(?:从|自)?{Y1937}年?\s?[—\-–~～至到]+\s?{Y1945}年(?:的|间|期间)?{WAR_WORD}|"
    rf"(?:七七事变|卢沟桥事变)(?:的)?(?:爆发)?(?:后|以后)?[，,]?(?:标志着|拉开了|揭开了|意味着)?(?:中国人民)?{WAR_WORD}(?:的)?"
    rf"(?:爆发|开始|序幕|打响)")


# …and the war's start given as an event of 1937 or as a clause before the war (content-political26): 抗日战争始于
# 卢沟桥事变, 抗战从七七事变开始, 始于卢沟桥事变的抗日战争, 从1937年开始的抗战, 以七七事变为开端的抗日战争 (始于
# 九一八事变的十四年抗日战争, 始于卢沟桥事变的全面抗战 are right).
START_1937 = rf"(?:{Y1937}年(?:7月|七月)?(?:7日|七日)?|(?:七七|卢沟桥|芦沟桥)事变)"
FROM_VERB = r"(?:始于|开始于|起于|起始于|肇始于|发端于|爆发于|打响于)"
WAR_FROM_EVENT = re.compile(
    rf"{WAR_WORD}(?:是|就是)?(?:{FROM_VERB}|从|自|由)(?:(?:七七|卢沟桥|芦沟桥)事变)(?:开始|算起|打响|爆发)?|"
    rf"(?:{FROM_VERB}{START_1937}|(?:从|自|由){START_1937}(?:开始|算起|打响|爆发|开启)|以{START_1937}为(?:开端|起点|标志|发端))"
    rf"(?:的)?{WAR_WORD}")


def _war_start_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    dated = "1937" in folded or "一九三七" in folded or "七七事变" in folded or "卢沟桥事变" in folded \
        or "芦沟桥事变" in folded
    found = [*WAR_FROM_1937.finditer(folded), *WAR_1937_DATED.finditer(folded),
             *WAR_FROM_EVENT.finditer(folded)] if dated else []
    ends: list[int] = []
    for m in sorted(found, key=lambda m: m.start()):
        if any(m.start() < e for e in ends) or "全面" in m.group(0) or "全民族" in m.group(0):
            continue
        sentence = _sentence(folded, m.start())
        if not re.search(r"全面抗战|全民族抗战|全面爆发|全面打响|全面侵华|十四年|1931|九一八|局部抗战", sentence) \
                and not in_quotes(m.start(), m.end()) and not _exposed(folded, m.start(), NAMED_AS):
            ends.append(m.end())
            yield (m.start(), m.end(), "历史表述", "全面抗战始于 1937 年（抗日战争始于 1931 年九一八事变）",
                   "抗日战争从 1931 年九一八事变算起（十四年抗战），1937 年起是全面抗战")


# ---- other framings of modern history --------------------------------------------------------------------------

CIVIL_WAR = re.compile(rf"{OPEN_QUOTE}(?:国共(?:两党)?(?:之间)?(?:的)?(?:第[一二]次)?(?:全面)?内战|第[一二]次国共内战|国共战争)"
                       r"(?![”\"」』’])")
CIVIL_WAR_FIRST = re.compile(r"第一次|1927|1928|193[0-7]|土地革命")
PRC_FOUNDED = re.compile(rf"{OPEN_QUOTE}中共(?:建国|立国|开国)")
CULTURAL_REVOLUTION = re.compile(rf"{OPEN_QUOTE}无产阶级文化大革命(?![”\"」』’])|"
                                 r"(?:文化大革命|文革)[”\"」』’]?(?:是|为|乃)?(?:一场)?(?:伟大|必要|正确|及时|光辉)")
CR_EXPOSED = re.compile(REJECTED.pattern + r"|否定|错误|浩劫|内乱|动乱|灾难|教训|决议|拨乱反正")
TW_HONORIFIC_MORE = re.compile(rf"{OPEN_QUOTE}蒋公(?:中正|介石|经国)|{OPEN_QUOTE}(?<![美法俄英德日韩国])先总统(?!府)|"
                               rf"(?:纪念|缅怀|怀念|追思|敬爱的|伟大的|永怀|感念)(?<![“\"「『])蒋公(?![子馆祠堤路园桥司])")
HONORIFIC_REPORTED = re.compile(r"尊为|尊称|誉为|称为|称作|称他|称其|被称|所谓|国民党|台湾当局|台湾方面|岛内|在台湾|台湾地区|台湾民众")


def _framing_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in CIVIL_WAR.finditer(folded) if ("内战" in folded or "国共战争" in folded) else ():
        if in_quotes(m.start(), m.end()) or _exposed(folded, m.start(), NAMED_AS):
            continue
        first = bool(CIVIL_WAR_FIRST.search(m.group(0)) or CIVIL_WAR_FIRST.search(_sentence(folded, m.start())))
        yield (m.start(), m.end(), "历史表述", "土地革命战争" if first else "解放战争（全国解放战争）",
               "1945—1949 年的战争称“解放战争”，1927—1937 年称“土地革命战争”，不称“国共内战”")
    for m in PRC_FOUNDED.finditer(folded) if "中共" in folded else ():
        if not in_quotes(m.start(), m.end()) and not _exposed(folded, m.start(), NAMED_AS):
            yield m.start(), m.end(), "台湾当局说法", "新中国成立 / 中华人民共和国成立", "不使用“中共建国”等境外说法"
    for m in CULTURAL_REVOLUTION.finditer(folded) if ("文化大革命" in folded or "文革" in folded) else ():
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()):
            continue
        if m.group(0).startswith("无产阶级") or not CR_EXPOSED.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "历史表述", "“文化大革命”（加引号；党中央已彻底否定）",
                   "按《关于建国以来党的若干历史问题的决议》表述“文化大革命”，不使用当年的全称，不作肯定评价")
    for m in TW_HONORIFIC_MORE.finditer(folded) if ("蒋公" in folded or "先总统" in folded) else ():
        if not HONORIFIC_REPORTED.search(_sentence(folded, m.start())) and not _exposed(folded, m.start()):
            yield (m.start(), m.end(), "台湾当局说法", "蒋介石 / 蒋经国",
                   "不使用台湾当局对历史人物的尊称（蒋公、先总统）")


# ---- institutions: paraphrases of the implemented items ----------------------------------------------------------

# A state organ or its members equated with a parliament or a cabinet in any words (人大代表就是议员, 政协委员相当于
# 议员, 国务院就是内阁): items 79, 114, 115 with the people's deputies and CPPCC members as subjects.
ORGAN = r"(?:全国人大代表|人大代表|全国政协委员|政协委员|全国人大常委会|人大常委会|全国人民代表大会|全国人大|人民代表大会|国务院)"
EQUALS = r"(?:就是|即是|也就是|其实就是|实际上就是|相当于|等同于|等于|好比|如同|类似于|即|乃)"
PARLIAMENT_WORD = r"(?:国会议员|参议员|众议员|议员|议会|国会|参议院|众议院|上议院|下议院|议长|内阁|阁员)"
EQUATED = re.compile(rf"(?P<organ>{ORGAN})(?:[，,]?\s?)?{EQUALS}(?:中国|我国|我们|咱们)?(?:的)?(?P<word>{PARLIAMENT_WORD})")
EQUATED_RIGHT = {"议员": "人大代表 / 政协委员", "国会议员": "人大代表", "参议员": "政协委员", "众议员": "人大代表",
                 "议会": "人民代表大会", "国会": "全国人民代表大会", "参议院": "人民政协（不是议会）", "众议院": "全国人民代表大会",
                 "上议院": "人民政协（不是议会）", "下议院": "全国人民代表大会", "议长": "全国人大常委会委员长",
                 "内阁": "国务院（中央人民政府）", "阁员": "国务院组成人员"}
# A local office called one of the state's leaders with no name between (省委书记等国家领导人): item 83 paraphrased.
LOCAL_AS_LEADERS = re.compile(LOCAL_TITLES + r"(?:同志)?(?:、[\u4e00-\u9fff]{2,6}?)*(?:等)(?:党和)?国家领导(?:人|同志)")
# Local organs renamed in the 2018–2019 reform of Party and state institutions (《深化党和国家机构改革方案》 and the
# provincial plans): 环保局 → 生态环境局, 国土局 → 自然资源局, 卫生局 / 卫计局 → 卫生健康委员会（局）, 人事局 → 人力资源和
# 社会保障局 (2008), 物价局 → 发展改革 / 市场监管部门, a local 旅游局 / 文化局 → 文化和旅游局, 农委 → 农业农村局.
# Macao's 卫生局, 文化局 and 旅游局, Hong Kong's 医务卫生局 and foreign bodies are their real names.
LOCAL_RENAMED = re.compile(
    r"(?P<env>(?<![美日英法德韩澳加欧])环(?:境)?保(?:护)?局)|(?P<land>(?<![人])国土局)|"
    r"(?P<health>(?<![务及物])(?:卫生局|卫计局|卫生计生局|卫生和计划生育局|计生局))|(?P<hr>(?<![军])人事局)|(?P<price>物价局)|"
    r"(?P<tour>(?<=[省市县区州])(?:旅游局|文化局|文广局|文广新局))|(?P<agri>(?<=[省市县区])农委(?!会|员))")
RENAMED_RIGHT = {"env": "生态环境局", "land": "自然资源局（自然资源和规划局）", "health": "卫生健康委员会（卫生健康局）",
                 "hr": "人力资源和社会保障局", "price": "发展和改革委员会 / 市场监督管理局", "tour": "文化和旅游局（文化广电旅游局）",
                 "agri": "农业农村局"}
RENAMED_HISTORY = re.compile(r"原|前身|时任|曾任|曾在|曾经|当年|彼时|更名|改名|改为|改组|组建|撤销|整合|划入|并入|机构改革|不再保留|"
                             r"历史|旧址|(?:19\d\d|200\d|201[0-8])年|[一二三四五六七八九十\d]+年前|香港|澳门|台湾|国外|外国|美国|日本|"
                             r"韩国|英国|泰国|新加坡|驻华")


def _institution_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in EQUATED.finditer(folded) if ("议" in folded or "国会" in folded or "阁" in folded) else ():
        if not PARLIAMENT_REJECTED.search(_sentence(folded, m.start())) and not in_quotes(m.start(), m.end()):
            yield (m.start(), m.end(), "国家职务", EQUATED_RIGHT[m.group("word")],
                   "人民代表大会制度、人民政协、国务院不是议会、内阁；人大代表、政协委员不称“议员”")
    for m in LOCAL_AS_LEADERS.finditer(folded) if "国家领导" in folded else ():
        a = max(folded.rfind(c, 0, m.start()) for c in "。！？!?；;\n，,") + 1
        if not CENTRAL.search(folded[a:m.start()] + m.group(0).replace("国家领导", "")):
            yield m.start(), m.end(), "领导人职务", "省（市）领导 / 地方党政负责同志", "把地方负责人称为“国家领导人”"
    for m in LOCAL_RENAMED.finditer(folded) if "局" in folded or "农委" in folded else ():
        if RENAMED_HISTORY.search(_sentence(folded, m.start())) or in_quotes(m.start(), m.end()):
            continue
        if not _named_body(folded, m.start()):
            continue  # a bare 环保局 is the everyday word for the field's office, not a body's name (content-political33)
        yield (m.start(), m.end(), "机构名称:已更名", RENAMED_RIGHT[m.lastgroup],
               "使用 2018—2019 年机构改革前的地方机构名称")


def _named_body(folded: str, i: int) -> bool:
    """The bureau at ``i`` is named as one body: a level word (省, 市, 县, 区, 州, 旗, 乡, 镇), 我 / 本, or a division of
    ``divisions.tsv`` by its full or short name just before it (县环保局, 铜仁环保局, 我市物价局)."""
    if i and folded[i - 1] in "省市县区州旗盟乡镇我本":
        return True
    gaz = gazetteer()
    return any(i >= n and (folded[i - n:i] in gaz.full or folded[i - n:i] in gaz.short) for n in (2, 3, 4, 5))


# ---- leaders and titles: paraphrases of items 78, 81 and 89 -------------------------------------------------------

# China has no president (item 78) with 的 or the state's full name: 我国的总统, 中华人民共和国总统. 访问中国的总统 is
# a foreign president visiting, 总统套房 a hotel room.
CHINA_PRESIDENT = re.compile(r"(?P<who>我国|中华人民共和国|(?<![访问来到赴抵至])中国)(?:的)(?:国家)?(?:副)?总统(?!套房|府|制|选举)|"
                             r"中华人民共和国(?:国家)?(?:副)?总统(?!套房|府)")
# 习总 with an adverb of time or manner before the deed (习总今天强调, 习总多次指出): item 89 with a bounded gap.
XI_ADVERB = (r"(?:今天|昨天|今日|昨日|近日|日前|近期|此前|多次|反复|曾经|曾|再次|又|也|还|亲自|深刻|明确|专门|特别|一再|始终|一直|"
             r"在讲话中|在会上|在信中)")
XI_DEEDS = (r"(?:说|指出|强调|讲|要求|提出|关心|嘱托|回信|视察|考察|寄语|叮嘱|重要讲话|的讲话|的重要|的嘱托|的指示|的要求)")
XI_SHORT_GAP = re.compile(rf"(?<![学复练实见演研自预补温修讲积恶陋旧沿传习])习总(?={XI_ADVERB}{{1,2}}{XI_DEEDS})")
# A chain of titles before a leader's name (国家主席、总理李强; 国务院总理、国家主席习近平): every title in the chain
# must be the person's own (item 81 reads only the title next to the name).
CHAIN_JOIN = re.compile(r"、|兼|和|暨")
# Titles every village and county has (村党支部书记、主任 + a namesake of a leader): not read in a chain.
GENERIC_TITLES = frozenset({"书记", "副书记", "主席", "副主席"})


def _leader_hits(folded: str, in_quotes: Callable[[int, int], bool], leaders: dict[str, list[str]],
                 titles: tuple[str, ...]) -> Iterator[Hit]:
    for m in CHINA_PRESIDENT.finditer(folded) if "总统" in folded else ():
        sentence = _sentence(folded, m.start())
        if m.group("who") == "中国" and any(c in sentence for c in countries() if c != "中国" and len(c) >= 2):
            continue  # 中国的总统 in a sentence about another state's president
        if not _exposed(folded, m.start(), NAMED_AS):
            yield m.start(), m.end(), "国家职务", "国家主席 / 国家副主席", "我国没有“总统”，国家元首是中华人民共和国主席"
    for m in XI_SHORT_GAP.finditer(folded) if "习总" in folded else ():
        if not in_quotes(m.start(), m.end()):
            yield m.start(), m.start() + 2, "领导人称谓", "习近平总书记", "党和国家领导人的称谓不随意简称（“习总”）"
    if not leaders or not any(t in folded for t in ("主席", "总理", "委员长", "书记")):
        return
    title_alt = "|".join(map(re.escape, titles))
    for name in (n for n in leaders if n in folded):
        own = set(leaders[name])
        for nm in re.finditer(re.escape(name), folded):
            a = max(folded.rfind(c, 0, nm.start()) for c in "。！？!?；;\n，,：:") + 1
            chain = folded[max(a, nm.start() - 40):nm.start()]
            if re.search(r"时任|原任|原|前任|曾任|历任|时为", chain) or any(p in chain for p in leaders if p != name):
                continue
            pieces = [p.strip() for p in CHAIN_JOIN.split(chain)]
            if len(pieces) < 2:
                continue
            for piece in pieces[:-1]:  # the title next to the name is item 81's
                t = re.fullmatch(rf"(?:中华人民共和国|中国)?(?:的)?(?P<t>{title_alt})", piece)
                title = t.group("t") if t else ""
                if title and title not in GENERIC_TITLES and title not in own \
                        and not any(o.endswith(title) and len(o) > len(title) and o in chain for o in own):
                    k = nm.start() - len(chain) + chain.rfind(piece, 0, len(chain) - len(pieces[-1]))
                    yield (k, nm.end(), "领导人职务", "、".join(o for o in sorted(own, key=len, reverse=True)[:2]) + name,
                           f"领导人职务错误（{name}的职务是{'、'.join(o for o in own if o != '同志')}）")
                    break


# ---- eighteenth round: official names of wars and events, the 1949 retreat, pejoratives ---------------------------

# The official names of China's wars and events since 1840 (《中国共产党历史》, 《中国人民解放军军史》, 教育部统编
# 《中国历史》八年级上册 / 《中外历史纲要》, 中央军委 on the border wars; sources in SOURCES.md “第十八轮”), each with the
# wrong or enemy framings writers use for it. A framing is named, not used, in a sentence that names or corrects it
# (称为, 说法, 所谓, 诬称, 污蔑 …), as the word itself in quotation marks, or in a title in 《》; a long quoted speech
# the account publishes is read (content_political_canon's convention). The framings already read elsewhere (日中战争,
# 支那事变, 日清战争, 中日战争, 八年抗战, 国共内战, 英中战争, 北清事变, 拳匪, 古宁头大捷 …) are not repeated here.
# wrong framing → (official name, a pattern one of whose matches the sentence must hold, or "" for always)
WAR_NAMES: dict[str, tuple[str, str]] = {
    # 1979: 对越自卫反击战 (and the border battles of 1979–1989: 对越边境作战 / 老山、者阴山作战)
    "中越战争": ("对越自卫反击战", ""), "中越边境战争": ("对越自卫反击战", ""), "中越边界战争": ("对越自卫反击战", ""),
    "惩越战争": ("对越自卫反击战", ""), "对越战争": ("对越自卫反击战", ""), "对越作战": ("对越自卫反击作战", ""),
    "中越冲突": ("对越自卫反击战", r"1979|197\d|198\d|老兵|参战|部队|前线|战斗|自卫"),
    "中越边境冲突": ("对越自卫反击战（对越边境作战）", r"1979|198\d|老兵|参战|部队|前线|老山|者阴山|法卡山"),
    "中越边境战": ("对越自卫反击战", ""),
    # 1962: 中印边境自卫反击战
    "中印战争": ("中印边境自卫反击战", ""), "中印边境战争": ("中印边境自卫反击战", ""),
    "中印边界战争": ("中印边境自卫反击战", ""), "中印边界冲突": ("中印边境自卫反击战", r"1962|六二年|老兵|参战|自卫"),
    "中印边境冲突": ("中印边境自卫反击战", r"1962|六二年|老兵|参战"), "中印冲突": ("中印边境自卫反击战", r"1962|六二年|老兵|参战"),
    # 1969: 珍宝岛自卫反击战
    "珍宝岛事件": ("珍宝岛自卫反击战", ""), "珍宝岛冲突": ("珍宝岛自卫反击战", ""), "达曼斯基岛事件": ("珍宝岛自卫反击战", ""),
    "中苏边境战争": ("珍宝岛自卫反击战", ""), "中苏战争": ("珍宝岛自卫反击战", r"1969|珍宝岛|老兵|参战|自卫"),
    # 1974 and 1988: 西沙海战, 赤瓜礁海战 (the Vietnamese names 黄沙海战, 长沙海战)
    "黄沙海战": ("西沙海战", ""), "长沙海战": ("赤瓜礁海战（1988 年）", r"1988|南沙|越南|越军|赤瓜|海军|海战"),
    "西沙之战": ("西沙海战", r"1974|越南|南越|海军"),
    # 1941: 皖南事变 (国民党诬称新四军“叛变”)
    "新四军叛变事件": ("皖南事变", ""), "新四军叛变": ("皖南事变", ""), "新四军事件": ("皖南事变", ""),
    "新四军抗命事件": ("皖南事变", ""), "新四军违令": ("皖南事变", ""), "茂林事件": ("皖南事变", r"新四军|1941|叶挺|项英"),
    # 1911: 辛亥革命 / 武昌起义 (the Qing court's words)
    "武昌兵变": ("武昌起义", ""), "武昌暴动": ("武昌起义", r"1911|辛亥|清朝|清政府|清廷|清军|新军|革命|首义|黎元洪"),
    "武昌叛乱": ("武昌起义", ""), "武昌之乱": ("武昌起义", ""), "辛亥兵变": ("辛亥革命 / 武昌起义", ""),
    "辛亥之乱": ("辛亥革命", ""), "辛亥叛乱": ("辛亥革命", ""),
    # 1840–1900: the Opium Wars and the Boxer movement under the invaders' or the court's names
    "第二次英中战争": ("第二次鸦片战争", ""), "亚罗战争": ("第二次鸦片战争", ""),
    "通商战争": ("鸦片战争", r"1840|英国|鸦片|清朝|清政府|清廷|清军"),
    "拳变": ("义和团运动", r"庚子|义和|1900|清朝|清政府|清廷|清军|八国"), "庚子拳变": ("义和团运动", ""),
    "义和拳之乱": ("义和团运动", ""),
    "义和拳匪": ("义和团", ""), "清日战争": ("中日甲午战争", ""), "日俄清战争": ("日俄战争", ""),
    # 1937–1945: the Japanese and Western names of the war (the others are content_patterns' and general's)
    "日中事变": ("七七事变（全面抗战爆发）", ""), "大东亚战争": ("中国人民抗日战争 / 太平洋战争", ""),
    "十五年战争": ("中国人民抗日战争（十四年抗战）", r"日本|1931|1945|侵华"), "日中十五年战争": ("中国人民抗日战争", ""),
    "中国事变": ("七七事变（全面抗战爆发）", r"日本|日军|1937|侵华"),
    # 1945–1949: 解放战争 (the Republic's 戡乱, a "Chinese civil war")
    "中国内战": ("解放战争", ""), "第二次中国内战": ("解放战争", ""), "国共第二次内战": ("解放战争", ""),
    "戡乱": ("解放战争", r"194[5-9]|国民党|蒋介石|国民政府|共军|解放军|动员"),
    # 1927 and 1936: the Kuomintang's words for its purge of the Communists (清党, 分共) and for 西安事变
    "清党": ("四一二反革命政变（国民党反动派屠杀共产党人）", r"1927|四一二|蒋介石|国民党|共产党|宁汉|上海"),
    "清共": ("四一二反革命政变", r"1927|四一二|蒋介石|国民党|共产党|宁汉"),
    "分共": ("七一五反革命政变", r"1927|七一五|汪精卫|武汉|国民党"), "西安兵变": ("西安事变", ""),
    "双十二兵变": ("西安事变", ""), "西安叛变": ("西安事变", r"1936|张学良|杨虎城|蒋介石"),
    # 1959: 西藏上层反动集团的武装叛乱 (国务院新闻办公室《西藏民主改革50年》白皮书 2009), not an "uprising"
    "西藏起义": ("1959 年西藏武装叛乱（平息西藏叛乱）", ""), "拉萨起义": ("1959 年西藏武装叛乱", ""),
    "西藏抗暴": ("1959 年西藏武装叛乱", ""), "拉萨抗暴": ("1959 年西藏武装叛乱", ""),
    "西藏民族起义": ("1959 年西藏武装叛乱", ""), "西藏人民起义": ("1959 年西藏武装叛乱", ""),
    "藏人起义": ("1959 年西藏武装叛乱", r"1959|拉萨|达赖|西藏"),
    # 1950–1953: 抗美援朝战争 (the enemy's name in a Chinese veteran's voice)
    "韩国战争": ("抗美援朝战争", r"志愿军|抗美援朝|老兵|参战|入朝|我军|中国人民"),
    "朝鲜半岛战争": ("抗美援朝战争", r"志愿军|老兵|参战|入朝|我军"),
}
# The invaders' names of the wars of 1840–1900, by construction (content-political19): every pairing of the invader with
# China's or the Qing's name, in either order, as a "war between two states", a "trade" or "commerce" war, and with the
# ordinals of the two Opium Wars (英中通商战争, 清英战争, 第二次英清战争); the French war under France's name first
# (法清战争, 清法战争 — 中法战争 is the official name); the 1894 war under Japan's names (日清战役, 明治二十七八年战役).
# 中英战争 and the trade wars need a sentence about the nineteenth century (中英贸易战争 of today is a trade dispute).
OPIUM_CONTEXT = (r"18[4-6]\d|鸦片|清朝|清政府|清廷|清军|清国|道光|咸丰|林则徐|虎门|南京条约|天津条约|北京条约|五口通商|通商口岸|"
                 r"圆明园|英法联军|割让|租界|开埠")
for _a, _b in (("英", "中"), ("中", "英"), ("英", "清"), ("清", "英"), ("英", "华"), ("英", "支")):
    for _kind in ("战争", "通商战争", "贸易战争", "商务战争"):
        for _n, _right in (("", "鸦片战争"), ("第一次", "鸦片战争"), ("第二次", "第二次鸦片战争")):
            _word = f"{_n}{_a}{_b}{_kind}"
            _context = OPIUM_CONTEXT if (_a == "中" or _kind == "贸易战争") else ""
            WAR_NAMES.setdefault(_word, (_right, _context))
for _word in ("法清战争", "清法战争", "法中战争", "法华战争", "法支战争", "清法战役", "法清战役"):
    WAR_NAMES.setdefault(_word, ("中法战争", ""))
for _word in ("日清战役", "清日战役", "明治二十七八年战役", "明治二十七八年战争", "日支战争"):
    WAR_NAMES.setdefault(_word, ("中日甲午战争" if "清" in _word or "明治" in _word else "中国人民抗日战争", ""))
WAR_NAMES.setdefault("庚子之乱", ("义和团运动 / 八国联军侵华战争", ""))
WAR_NAMES.setdefault("庚子拳乱", ("义和团运动", ""))
WAR_NAMES.setdefault("辛亥之变", ("辛亥革命", ""))
WAR_NAMES.setdefault("第二次上海事变", ("淞沪会战（八一三事变）", ""))
# The Japanese army's names of its incidents, operations and battles in China, 1874–1945 (content-political21): the
# "incident" (事变 / 事件) names and the operation names (作战, 攻略战) of the Japanese war histories (防卫厅防卫研修所战史室
# 《战史丛书》), each beside the name of 《中国抗日战争史》 (军事科学院) and the textbooks (统编《中国历史》八年级上册):
# 奉天事变 / 柳条湖事变 → 九一八事变, 热河作战 → 长城抗战, the operations of 1937–1945 → 淞沪会战, 太原会战, 徐州会战, 武汉会战,
# 南昌会战, 枣宜会战, 长沙会战, 浙赣会战, 常德会战, 豫湘桂战役; the massacres the Japanese side calls 事件 (平顶山事件,
# 旅顺虐杀事件). An operation name needs a sentence of the war (JAPAN_WAR), being also a word of today (长沙作战指挥).
# Any Chinese place + 攻略战 is read by JAPANESE_ASSAULT below. 待核 where SOURCES.md says so.
JAPAN_WAR = r"18[79]\d|19[34]\d|日军|日本|日寇|侵华|抗战|抗日|关东军|华北方面军|华中派遣军|派遣军|会战|沦陷|国民革命军|国军"
JAPANESE_WAR_NAMES = {
    "奉天事变": ("九一八事变", ""), "柳条湖事变": ("九一八事变", ""), "柳条沟事变": ("九一八事变", ""),
    "热河作战": ("长城抗战（热河抗战）", JAPAN_WAR), "热河事变": ("长城抗战（热河抗战）", JAPAN_WAR),
    "山海关事件": ("榆关事变（山海关抗战）", JAPAN_WAR), "华北分离工作": ("华北事变", ""),
    "通州事件": ("通州事变（冀东保安队反正）", r"1937|日本|日军|冀东|保安队"),
    "上海事变": ("一·二八事变 / 八一三事变（淞沪会战）", r"1932|1937|日军|日本|淞沪|闸北|十九路军"),
    "上海作战": ("淞沪会战", JAPAN_WAR), "太原作战": ("太原会战", JAPAN_WAR), "徐州作战": ("徐州会战", JAPAN_WAR),
    "武汉作战": ("武汉会战", JAPAN_WAR), "汉口作战": ("武汉会战", JAPAN_WAR), "汉口攻略": ("武汉会战", JAPAN_WAR),
    "广东作战": ("广州战役（1938 年）", JAPAN_WAR), "南昌作战": ("南昌会战", JAPAN_WAR),
    "襄东作战": ("随枣会战", JAPAN_WAR), "宜昌作战": ("枣宜会战", JAPAN_WAR), "赣湘作战": ("第一次长沙会战", JAPAN_WAR),
    "长沙作战": ("长沙会战", JAPAN_WAR), "南宁作战": ("桂南会战（昆仑关战役）", JAPAN_WAR),
    "浙赣作战": ("浙赣会战", JAPAN_WAR), "江北歼灭作战": ("鄂西会战", JAPAN_WAR), "常德作战": ("常德会战", JAPAN_WAR),
    "大陆打通作战": ("豫湘桂战役", ""), "一号作战": ("豫湘桂战役", JAPAN_WAR), "湘桂作战": ("豫湘桂战役（长衡会战、桂柳会战）", JAPAN_WAR),
    "桂林作战": ("桂柳会战", JAPAN_WAR), "衡阳作战": ("衡阳保卫战", JAPAN_WAR), "芷江作战": ("湘西会战（芷江战役）", JAPAN_WAR),
    "老河口作战": ("豫西鄂北会战", JAPAN_WAR), "海南岛作战": ("日军侵占海南岛（1939 年）", JAPAN_WAR),
    "日中全面战争": ("全面抗战（中国人民抗日战争）", ""), "日华战争": ("中国人民抗日战争", ""),
    "平顶山事件": ("平顶山惨案", ""), "旅顺虐杀事件": ("旅顺大屠杀", ""), "旅顺虐杀": ("旅顺大屠杀", ""),
    "重庆爆击": ("重庆大轰炸", ""), "台湾出兵": ("日本侵略台湾（1874 年，牡丹社事件）", r"1874|日本|牡丹社|琉球|西乡"),
}
# a verb of place before a place + 作战 makes it "fight at" (八路军在太原作战, 奉命赴徐州作战)
LOCATIVE_BEFORE = frozenset("在于赴到往去至向转回入")
for _word, _value in JAPANESE_WAR_NAMES.items():
    WAR_NAMES.setdefault(_word, _value)
WAR_NAME = re.compile("(?:" + "|".join(sorted(map(re.escape, WAR_NAMES), key=len, reverse=True)) + ")")
WAR_NAME_GATE = re.compile("中越|对越|惩越|中印|珍宝岛|达曼斯基|中苏|海战|之战|新四军|茂林|武昌|辛亥|英中|亚罗|通商战争|拳|清日|"
                           "中英|英清|清英|英华|英支|贸易战争|商务战争|法清|清法|法中|法华|法支|日清|明治|日支|庚子|上海事变|"
                           "日俄清|日中|大东亚战争|十五年战争|中国事变|内战|戡乱|韩国战争|半岛战争|清党|清共|分共|西安|双十二|"
                           "西藏|拉萨|藏人|奉天|柳条|热河|山海关|分离工作|通州|事变|作战|攻略|日中全面|日华|平顶山|虐杀|爆击|台湾出兵")
# Characters before and after a short framing that make it part of another word (肃清党内, 部分共产党员, 清共享单车).
NEIGHBOURS = {"清党": ("肃廓澄", "内风纪员性章费"), "清共": ("肃廓澄", "享同产性建用识"),
              "分共": ("部充十划区成均不平", "享同产性建用识有计")}
# 中越 of ancient times (汉、唐、宋、明 with 安南 or 交趾) and the Vietnam War (越南战争, 越战, 抗美救国战争) are other wars.
ANCIENT = re.compile(r"(?:汉|唐|宋|元|明|清)(?:朝|代)|古代|安南|交趾|大越|黎朝|陈朝|李朝|抗美救国|美越|(?<!中)越战(?!争)")
WAR_NAME_REPORTED = re.compile(r"诬称|诬蔑|污蔑|诬陷|诬为|宣布新四军|蒋介石(?:称|宣布|诬|污|下令)|国民党(?:当局)?(?:称|宣布|诬|污)|"
                               r"越方|越南方面|达赖集团|达赖喇嘛称|分裂势力|藏独|流亡|"
                               r"印方|印度方面|苏方|苏联方面|日方|日本方面|西方|外媒|境外")

# The peaceful liberation of Tibet (1951, 《中央人民政府和西藏地方政府关于和平解放西藏办法的协议》) told as an invasion or
# an occupation (the separatists' framing). The British invasions of 1888 and 1904 are invasions.
TIBET_INVADED = re.compile(r"(?:中国|中共|解放军|共军|中方|北京|汉人)(?:军队|政府|军)?(?:于|在)?(?:19[45]\d年(?:\d{1,2}月)?)?"
                           r"(?:武力|军事|悍然|强行)?(?:入侵|侵略|侵占|占领|吞并|进占|强占|征服|殖民)(?:了)?西藏|"
                           r"西藏(?:被|遭)(?:中国|中共|解放军|共军)(?:军队)?(?:入侵|侵略|侵占|占领|吞并|强占|征服)")
# content-political38: the march of 1950–51 told with 中共 / 共军 as the actor (the Kuomintang's and the separatists'
# wording, 台湾 and 流亡 media: 中共入藏, 共军进藏); the official history says 中国人民解放军进军西藏 / 进藏 (1950 昌都战役,
# 1951 进驻拉萨; 《西藏和平解放与繁荣发展》白皮书 2021). (中共西藏工委, 中共中央 are other words: the actor is the bare 中共.)
TIBET_MARCH = re.compile(r"(?:中共|共军)(?:军队|部队|大军|军)?(?:于|在)?(?:19[45]\d年(?:\d{1,2}月)?)?"
                         r"(?:入藏|进藏|进军西藏|进入西藏|进驻西藏|进抵拉萨|进入拉萨|进驻拉萨|进入昌都|攻占昌都)")
TIBET_OTHER = re.compile(r"英国|英军|荣赫鹏|1888|1904|廓尔喀|准噶尔|诬称|诬蔑|污蔑|歪曲|谎言|所谓|达赖集团|分裂|藏独|西方|造谣")


def _tibet_hits(folded: str) -> Iterator[Hit]:
    if "藏" not in folded and "拉萨" not in folded and "昌都" not in folded:
        return
    for m in TIBET_INVADED.finditer(folded):
        if TIBET_OTHER.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "历史称谓", "西藏和平解放（1951 年）",
               "1951 年西藏和平解放，不用分裂势力“入侵”“占领西藏”的说法")
    for m in TIBET_MARCH.finditer(folded):
        if TIBET_OTHER.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "历史称谓", "人民解放军进藏（进军西藏）",
               "1950—1951 年进军西藏的是中国人民解放军；“中共入藏”是台湾方面和分裂势力的说法")


# Any Chinese place + 攻略战 / 攻略作战 (the Japanese army's 攻略戦, "assault and capture": 南京攻略战, 武汉攻略战, 海南岛
# 攻略作战) is its name of a battle in which it took a Chinese city (content-political21): 南京保卫战 and the others are
# named from the defenders' side. (攻略 alone is a travel guide today: 南京攻略.) The place is read by _place_after.
ASSAULT = re.compile(r"(?:攻略战|攻略作战|攻略战役)")
ASSAULT_RIGHT = {"南京": "南京保卫战", "武汉": "武汉会战", "汉口": "武汉会战", "广州": "广州战役（1938 年）", "广东": "广州战役（1938 年）",
                 "徐州": "徐州会战", "上海": "淞沪会战", "太原": "太原会战", "南昌": "南昌会战", "长沙": "长沙会战",
                 "南宁": "桂南会战", "衡阳": "衡阳保卫战", "桂林": "桂柳会战", "常德": "常德会战", "海南岛": "日军侵占海南岛（1939 年）",
                 "海南": "日军侵占海南岛（1939 年）", "宜昌": "枣宜会战", "厦门": "厦门保卫战", "台儿庄": "台儿庄战役"}


def _assault_hits(folded: str) -> Iterator[Hit]:
    if "攻略" not in folded:
        return
    for m in ASSAULT.finditer(folded):
        a = next((k for k in range(max(0, m.start() - 6), m.start()) if _place_after(folded, k) == m.start()), None)
        if a is None and folded[max(0, m.start() - 3):m.start()] == "海南岛":
            a = m.start() - 3
        if a is None:
            continue
        place = folded[a:m.start()]
        if _in_title(folded, a, m.end()) or WAR_NAME_REPORTED.search(_sentence(folded, a)) or \
                _named_right_any(folded, a, m.end(), ASSAULT_RIGHT.get(place, "")):
            continue
        right = ASSAULT_RIGHT.get(place) or ASSAULT_RIGHT.get(place.rstrip("市省")) or f"{place}保卫战 / {place}会战"
        yield (a, m.end(), "历史称谓", right,
               "“攻略战”是日军对攻占我国城市之战的称谓，我国称“保卫战”“会战”（南京保卫战、武汉会战）")


def _named_right_any(folded: str, a: int, b: int, right: str) -> bool:
    from detectors.content_political_canon import _named_right

    return bool(right) and _named_right(folded, a, b, right)


def _in_title(folded: str, a: int, b: int) -> bool:
    from detectors.content_political_canon import _in_title as in_title

    return in_title(folded, a, b)


# The capture of a Chinese city told as the invaders "entering" it (日军进入南京城, 日军开进武汉: content-political21): the
# euphemism of ADVANCE for a city or county of the gazetteer, an old place name or a region; 攻占, 侵占, 占领 are the
# words (侵华日军攻占南京). A sentence that names the euphemism (教科书, 所谓, 说成) is right.
ENTER_CITY = re.compile(rf"(?P<who>{AGGRESSOR})(?:部队|先头部队|大部队|主力)?(?:于|在)?(?:\d{{4}}年)?(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?"
                        r"(?:大举|全面|陆续|先后|开始|随即|正式)?(?P<verb>进入|开进|进驻)(?:了)?")


# the post is about the war (a year of it, the invasion, the massacre): 美日军队进入南海 of today is another thing
WARTIME = re.compile(r"18[79]\d|19[34]\d|侵华|抗战|抗日|沦陷|屠杀|杀戮|侵略|关东军|日寇|公祭|遇难|烧杀|国耻|日伪|八路军|新四军|"
                     r"守城|城陷|失守")


def _enter_city_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not ("进入" in folded or "开进" in folded or "进驻" in folded) or not WARTIME.search(folded):
        return
    region = re.compile(REGION)
    for m in ENTER_CITY.finditer(folded):
        if m.group("verb") == "进入" and region.match(folded, m.end()):
            continue  # ADVANCE's (日军进入华北)
        if folded[max(0, m.start() - 1):m.start()] in ("美", "韩", "中", "俄", "英", "法", "德", "朝", "自"):
            continue  # 美日军队, 中日军队: not the invaders alone
        end = _place_after(folded, m.end())
        if not end or NOT_A_PLACE_AFTER.match(folded, end) or re.match(r"(?:市场|旅游|投资|企业)", folded[end:]):
            continue
        if folded.startswith("城", end):
            end += 1
        if in_quotes(m.start(), end) or _exposed_advance(folded, m.start()) or so_called(folded, m.start()):
            continue
        yield (m.start(), end, "历史表述", "侵华日军攻占 / 侵占（侵华日军攻占南京）",
               "不用“进入”“开进”淡化日军攻占、侵占我国城市（日本教科书的改写）")


def _war_name_hits(folded: str) -> Iterator[Hit]:
    from detectors.content_political_canon import _named_right

    if not WAR_NAME_GATE.search(folded):
        return
    for m in WAR_NAME.finditer(folded):
        word = m.group(0)
        right, context = WAR_NAMES[word]
        sentence = _sentence(folded, m.start())
        if context and not re.search(context, sentence):
            continue
        if word.startswith(("中越", "对越")) and ANCIENT.search(sentence):
            continue
        if word in NEIGHBOURS and (folded[max(0, m.start() - 1):m.start()] in NEIGHBOURS[word][0]
                                   or folded[m.end():m.end() + 1] in NEIGHBOURS[word][1]):
            continue  # 肃清党内, 部分共产党员, 清共享单车: the letters of another word
        if word.endswith(("作战", "攻略")) and word in JAPANESE_WAR_NAMES and \
                folded[max(0, m.start() - 1):m.start()] in LOCATIVE_BEFORE:
            continue  # 在徐州作战, 赴武汉作战: to fight at a place, not the operation's name
        if word == "戡乱" and re.search(r"动员戡乱|戡乱时期|戡乱战争", folded[max(0, m.start() - 2):m.end() + 2]):
            continue  # content_political_canon's KMT_BATTLES
        if folded[max(0, m.start() - 1):m.start()] in ("反", "自") or _named_right(folded, m.start(), m.end(), right) \
                or WAR_NAME_REPORTED.search(sentence):
            continue
        yield (m.start(), m.end(), "历史称谓", right,
               "战争和历史事件使用官方规范名称（对越自卫反击战、中印边境自卫反击战、皖南事变、解放战争……），"
               "不用对方、旧政权的叫法或“两国战争”的说法")


# The Kuomintang's retreat to Taiwan in 1949 told as a government moving its capital or seat (迁都台北, 国民政府迁台,
# 中华民国政府撤退来台): 1949 年国民党当局退踞台湾 (新华社《禁用词和慎用词》: 不使用“中华民国”“政府迁台”; 涉台宣传用语:
# 1949 年以后的台湾当局). 政府迁台 and 国府迁台 themselves are content_political's KMT_NARRATIVE.
KMT_GOVERNMENT = (r"(?:南京国民政府|国民政府|国民党政府|国民党中央政府|中华民国政府|民国政府|中华民国|中央政府|国府|行政院|蒋介石政府|"
                  r"蒋政权|蒋介石集团|国民党当局|国民党政权|国民党中央)")
RETREAT_MOVE = (r"(?:播迁|迁都|迁移|迁往|迁至|迁到|迁台|撤往|撤至|撤到|撤退(?:至|到|来|往)?|撤台|转进|移驻|迁驻|东迁|来台)"
                r"(?:至|到|往)?(?:台湾|台北|台)?")
KMT_RETREAT = re.compile(rf"(?P<who>{KMT_GOVERNMENT})(?:于|在)?(?:\d{{4}}年(?:\d{{1,2}}月)?(?:\d{{1,2}}日)?)?(?:正式|被迫|仓皇|全面)?"
                         rf"(?P<move>{RETREAT_MOVE})|(?<![“\"「『])迁都(?:台北|台湾)")
RETREAT_RIGHT = "国民党当局退踞台湾（1949 年）"


def _retreat_hits(folded: str) -> Iterator[Hit]:
    from detectors.content_political_canon import _in_title, _named

    if "台" not in folded:
        return
    for m in KMT_RETREAT.finditer(folded):
        if m.group("who") and "台" not in m.group("move") and not re.match(r"[^。！？\n，,]{0,3}台(?:湾|北)", folded[m.end():]):
            continue  # 国民政府迁往重庆 (1937), 迁都南京 are the Republic's moves before 1949
        if _in_title(folded, m.start(), m.end()) or _named(folded, m.start()) \
                or re.search(r"台湾当局称|台湾方面称|岛内称|所谓|退踞|败退|溃逃", _sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "台湾当局说法", RETREAT_RIGHT,
               "1949 年国民党当局败退、退踞台湾，不说“政府迁台”“迁都台北”（那是把 1949 年后的台湾当局说成国家的延续）")


# Pejoratives for peoples and groups (新华社《新华社新闻信息报道中的禁用词和慎用词》2016: 不使用歧视性、侮辱性的称呼;
# 国家民委、中宣部 on names of peoples; items written from knowledge are marked 待核 in SOURCES.md). Two kinds:
# *present-day slurs* are the account's own wording even inside a quoted speech (a veteran's “把小日本挡在山口外”
# published by an office); *historical words* (鬼子 of the war's songs and films, 洋鬼子 and 蛮夷 of the Qing sources)
# are right in quotation marks, in a title in 《》 and in a sentence that names them as the old words.
SLURS = {
    "小日本": "日本 / 日本侵略者", "日本猪": "日本人", "倭猪": "日本人", "小倭": "日本人", "蝗军": "侵华日军", "霓虹狗": "日本人",
    "高丽棒子": "韩国人 / 朝鲜人", "韩国棒子": "韩国人", "朝鲜棒子": "朝鲜人",
    "棒子国": "韩国", "思密达": "韩国人",
    "印度阿三": "印度人", "红头阿三": "印度人", "阿三哥": "印度人", "阿三国": "印度", "印度三哥": "印度人", "阿三们": "印度人",
    "黑鬼": "黑人", "黑蛆": "黑人", "尼哥": "黑人",
    "老毛子": "俄罗斯人", "俄国毛子": "俄罗斯人", "毛子国": "俄罗斯",
    "白皮猪": "白人 / 外国人", "鬼佬": "外国人", "洋鬼佬": "外国人",
    "越南猴子": "越南人", "猴子国": "越南", "安南猴子": "越南人", "菲猴": "菲律宾人", "阿三猴": "印度人",
    "犹太佬": "犹太人", "鬼妹": "外国女性", "洋妞": "外国女性",
    # compatriots and believers (the insults of each side of the Strait and of Hong Kong for the others)
    "台巴子": "台湾同胞", "阿陆仔": "大陆同胞", "港灿": "香港同胞", "绿教": "伊斯兰教", "绿绿": "穆斯林",
    "蝗虫": "内地游客 / 内地居民",
    # derogatory short names and nicknames of states and their peoples, by neighbour and partner (content-political19;
    # 待核: common online usage, listed from knowledge): the colonial 北鲜 / 南鲜, the net's 泡菜国, 脚盆鸡, 鹰酱, 漂亮国,
    # 腐国, 土澳, and the bare 棒子, 阿三, 三哥, 毛子, 大毛 / 二毛 in a sentence about that people
    "北鲜": "朝鲜", "南鲜": "韩国", "北棒": "朝鲜", "南棒": "韩国", "泡菜国": "韩国", "棒子": "韩国人 / 朝鲜人",
    "脚盆鸡": "日本", "鹰酱": "美国", "漂亮国": "美国", "美爹": "美国", "腐国": "英国", "土澳": "澳大利亚",
    "阿三": "印度人", "三哥": "印度人", "阿三哥们": "印度人", "毛子": "俄罗斯人", "大毛": "俄罗斯", "二毛": "乌克兰",
    "二毛子": "中俄混血居民",
    "越猴": "越南人", "马来猴": "马来西亚人", "菲猴子": "菲律宾人", "黑蛆们": "黑人",
}
HISTORICAL_SLURS = {
    "日本鬼子": "日本侵略者 / 侵华日军", "小鬼子": "日本侵略者", "东洋鬼子": "日本侵略者", "鬼子兵": "日军士兵", "洋鬼子": "外国侵略者",
    "鬼子": "日本侵略者 / 日军", "倭国": "日本", "倭人": "日本人", "倭奴": "日本人", "蛮夷": "（旧时对外族的蔑称）",
    "番鬼": "外国人", "红毛鬼": "荷兰人 / 西洋人", "长毛": "太平军", "发逆": "太平军", "粤逆": "太平军", "粤寇": "太平军",
    "发贼": "太平军", "长发贼": "太平军", "长毛贼": "太平军", "发捻": "太平军和捻军", "回乱": "回民起义", "苗乱": "苗民起义",
    "捻乱": "捻军起义", "教匪": "白莲教起义军",
}
SLUR = re.compile(
    r"(?<![打抹摸])(?:" + "|".join(sorted(map(re.escape, SLURS), key=len, reverse=True)) + r")(?![菌])|"
    r"(?P<h>日本鬼子|小鬼子|东洋鬼子|鬼子兵|洋鬼子|(?<![机灵酒烟色赌冒失胆小大淘气讨厌吝啬穷懒馋])鬼子(?![母姜])|"
    r"倭国|倭人|倭奴|蛮夷|番鬼|红毛鬼|长毛贼|长发贼|长毛(?:之乱|作乱|叛乱|之役)|"
    r"长毛(?![兔狗猫绒羊犬象种品毯衣呢发岭獒鼠貂鸡牛驴狮])|发逆|粤逆|粤寇|发贼|发捻|"
    r"(?<![来往返])回乱|苗乱|捻乱|教匪)")
SLUR_GATE = re.compile(r"北鲜|南鲜|北棒|南棒|泡菜国|脚盆|鹰酱|漂亮国|美爹|腐国|土澳|大毛|二毛|越猴|马来猴|"
                       r"日本|倭|蝗|霓虹|台巴子|阿陆仔|港灿|绿教|绿绿|棒子|思密达|阿三|三哥|黑鬼|黑蛆|尼哥|毛子|白皮|"
                       r"鬼佬|猴|犹太佬|鬼妹|洋妞|鬼子|蛮夷|"
                       r"番鬼|红毛|长毛|长发|发逆|粤逆|粤寇|发贼|发捻|回乱|苗乱|捻乱|教匪")
# Words that need a sentence about the people they insult (思密达 is also a verbal ending people copy in jest).
SLUR_CONTEXT = {"思密达": r"韩国|朝鲜|韩方", "阿三们": r"印度",
                "棒子": r"韩国|朝鲜|南韩|北韩|半岛|韩方|韩剧|首尔|平壤", "北棒": r"朝鲜|韩|半岛|平壤", "南棒": r"韩|朝鲜|半岛|首尔",
                "美爹": r"美国|美方|华盛顿|美军|特朗普|拜登",
                "阿三": r"印度|印方|印军|新德里|莫迪|孟买", "三哥": r"印度|印方|印军|新德里|莫迪|孟买",
                "毛子": r"俄|苏联|苏军|莫斯科|普京|乌克兰", "大毛": r"俄|乌克兰|二毛|莫斯科|普京",
                "二毛": r"乌克兰|俄|大毛|基辅|泽连斯基", "二毛子": r"俄|混血|苏联",
"鬼妹": r"外国|洋|西方|欧|美",
                "洋妞": r"外国|洋|西方|欧|美|俄", "菲猴": r"菲律宾|菲方|南海|黄岩岛|仁爱礁",
                "绿绿": r"穆斯林|伊斯兰|清真|回族|宗教", "蝗虫": r"内地游客|大陆游客|内地人|大陆人|内地旅客|自由行|水货客|双非"}
# The bare words that are also parts of everyday words: (characters before, characters after) that make them so.
SLUR_PART_OF_WORD = {"棒子": (r"玉米|苞米|包谷|[木铁钢竹狼粗细短长大小冰]", r"[面骨粥心]"),
                     "毛子": (r"[眉胡羊绒汗鸡鸭鹅猪兔毡]", r"[衣线巾]"),
                     "大毛": (r"[老]", r"[衣巾毯笔线尖领]"), "二毛": (r"[老]", r"[衣巾毯笔线钱]"),
                     "阿三": (r"[叫喊唤]", r"[姐哥妹弟婆叔伯]"), "三哥": (r"[大二我你他她]", r"[家们]")}
# Historical words in their own time: 长毛 in a sentence about the Taiping (清|咸丰|太平 …), 倭 of ancient times
# (汉委奴国王, 倭寇 of the Ming are history's words and not read), 蛮夷 of the classics.
# the dynasties' names of uprisings among the historical words (suggestion: the textbooks' 起义 / 运动)
UPRISING_SLURS = frozenset({"长毛贼", "长发贼", "发逆", "粤逆", "粤寇", "发贼", "发捻", "回乱", "苗乱", "捻乱", "教匪"})
QING = r"清朝|清代|清廷|清军|清兵|清政府|满清|晚清|清末"
HISTORY_CONTEXT = {
    "长毛": QING + r"|咸丰|同治|太平|洪秀全|天京|湘军|曾国藩|李鸿章|淮军|杨秀清|石达开|李秀成|陈玉成|185\d|186\d|攻破|攻陷|破城|"
            r"作乱|之乱",
    "鬼子": r"日本|日军|抗战|抗日|侵华|八路军|新四军|游击|扫荡|据点|炮楼|进村|汉奸|鬼子兵|打鬼子|193\d|194[0-5]|老兵|伪军",
    "倭国": r"日本|日方|东京|安倍|岸田|石破|高市|日企|日货|核污水|排海",
    "倭人": r"日本|日方|东京|日企|日货|核污水|排海", "倭奴": r"日本|日方|东京|日企|日货|核污水|排海",
    "回乱": r"同治|陕甘|回民|杜文秀|马化龙|白彦虎|" + QING, "苗乱": r"咸丰|同治|乾隆|嘉庆|苗民|张秀眉|" + QING,
    "捻乱": r"捻|咸丰|同治|" + QING, "教匪": r"白莲|嘉庆|乾隆|天理教|" + QING,
}
# A sentence that names the word as an insult or as the old word, or tells where the old word comes from.
SLUR_NAMED = re.compile(r"蔑称|贬称|贬义|侮辱|歧视|骂|把[^。！？\n]{1,8}叫|抵制|言论|不文明|不尊重|不得使用|不要使用|不使用|"
                        r"不应|不宜|禁用|慎用|"
                        r"称呼|称为|称之为|被称|叫做|叫作|叫法|说法|旧称|古称|所谓|一词|这个词|字眼|典故|出自|源于|源自|来源|"
                        r"典籍|史书|史料|史记|记载|诗|歌词|台词|影片|电影|剧中|话剧|小说|《")
ANCIENT_SLUR = re.compile(r"先秦|春秋|战国|秦汉|两汉|汉代|汉朝|三国|魏晋|南北朝|隋唐|唐代|唐朝|宋代|元代|明代|明朝|古代|古人|华夷|"
                          r"五服|周朝|夏商|殷商|商周|尚书|礼记|左传|孟子|论语|三国志|后汉书|汉书|金印|委奴|倭寇|遣唐使|遣隋使|卑弥呼")


# content-political35 (item 486): a present-day slur the post itself offers as a fond name for people (亲切地叫他们
# “××”, 昵称 / 爱称 “××”) is the post's own wording even in quotation marks or with a naming verb — the quotation guard
# and SLUR_NAMED are for a slur named or rejected; a sentence that calls it an insult (蔑称, 歧视, 不文明 …) still is right.
ENDEARING = re.compile(r"(?:亲切|亲昵|亲热|热情|友好|喜欢|习惯)地?(?:称呼|称|叫|喊|唤)|爱称|昵称|美称|雅号|外号")
SLUR_REJECTED = re.compile(r"蔑称|贬称|贬义|侮辱|歧视|骂|不文明|不尊重|不得|不要|不使用|不应|不宜|禁用|慎用|所谓|不妥|冒犯")


def _slur_endeared(folded: str, start: int, sentence: str) -> bool:
    clause = max(folded.rfind(c, 0, start) for c in "。！？!?；;\n，,") + 1
    return bool(ENDEARING.search(folded, max(clause, start - 16), start)) and not SLUR_REJECTED.search(sentence)


def _slur_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    from detectors.content_political_canon import _in_title, _term_quoted

    if not SLUR_GATE.search(folded):
        return
    for m in SLUR.finditer(folded):
        word, sentence = m.group(0), _sentence(folded, m.start())
        historical = m.group("h") is not None
        base = "鬼子" if historical and word.endswith("鬼子") and word not in ("洋鬼子",) else word
        if historical:
            context = HISTORY_CONTEXT.get(base) or HISTORY_CONTEXT.get(word)
            if word == "长毛" and not re.search(HISTORY_CONTEXT["长毛"], sentence):
                continue
            if base == "鬼子" and word == "鬼子" and not re.search(context, sentence):
                continue
            if word in ("回乱", "苗乱", "捻乱", "教匪", "倭国", "倭人", "倭奴") \
                    and not re.search(HISTORY_CONTEXT[word], sentence):
                continue
            if word in ("倭国", "倭人", "倭奴", "蛮夷") and ANCIENT_SLUR.search(sentence):
                continue  # the classics' and the ancient histories' own words
            if in_quotes(m.start(), m.end()) or _in_title(folded, m.start(), m.end()) or SLUR_NAMED.search(sentence):
                continue
            right = HISTORICAL_SLURS.get(word[:2] if word.startswith("长毛") else word, HISTORICAL_SLURS["鬼子"])
            if word.startswith("长毛") or word in UPRISING_SLURS:
                yield (m.start(), m.end(), "历史称谓", right,
                       "农民起义和各族人民起义按我国历史教科书称“起义”“运动”，不用封建王朝的蔑称（长毛、发逆、回乱）")
            else:
                yield (m.start(), m.end(), "侮辱性称呼", right,
                       "不使用对其他国家、民族、人群的蔑称（引用历史原文、影视作品名须加引号或书名号）")
            continue
        context = SLUR_CONTEXT.get(word)
        if context and not re.search(context, sentence):
            continue
        if word in SLUR_PART_OF_WORD and (re.search(SLUR_PART_OF_WORD[word][0] + "$", folded[max(0, m.start() - 2):m.start()])
                                          or re.match(SLUR_PART_OF_WORD[word][1], folded[m.end():m.end() + 1])):
            continue  # 玉米棒子, 眉毛子, 大毛巾: the characters are part of another word
        endeared = _slur_endeared(folded, m.start(), sentence)
        if not endeared and (_term_quoted(folded, m.start(), m.end()) or _in_title(folded, m.start(), m.end())
                             or SLUR_NAMED.search(sentence) or so_called(folded, m.start())):
            continue
        yield (m.start(), m.end(), "侮辱性称呼", SLURS[word],
               "不使用对其他国家、民族、人群的蔑称、侮辱性称呼（新华社《禁用词和慎用词》）")


def history_hits(folded: str, in_quotes: Callable[[int, int], bool], leaders: dict[str, list[str]] | None = None,
                 titles: tuple[str, ...] = ()) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the seventh round's families (module docstring); ``leaders`` (name →
    own titles) and ``titles`` (every leadership title) for the chains of titles before a name."""
    yield from _institution_hits(folded, in_quotes)
    yield from _leader_hits(folded, in_quotes, leaders or {}, titles)
    if "终战" in folded:
        yield from _surrender_hits(folded, in_quotes)
    yield from _victory_day_hits(folded)
    if "事件" in folded or "事变" in folded:
        yield from _incident_hits(folded, in_quotes)
    yield from _puppet_hits(folded, in_quotes)
    yield from _invader_hits(folded, in_quotes)
    yield from _framing_hits(folded, in_quotes)
    yield from _war_start_hits(folded, in_quotes)
    yield from _war_name_hits(folded)
    yield from _assault_hits(folded)
    yield from _enter_city_hits(folded, in_quotes)
    yield from _tibet_hits(folded)
    yield from _retreat_hits(folded)
    yield from _slur_hits(folded, in_quotes)
