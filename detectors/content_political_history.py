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


def _war_start_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in WAR_FROM_1937.finditer(folded) if "1937" in folded else ():
        sentence = _sentence(folded, m.start())
        if not re.search(r"全面抗战|全民族抗战|十四年|1931|九一八", sentence) and not in_quotes(m.start(), m.end()) \
                and not _exposed(folded, m.start(), NAMED_AS):
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
        yield (m.start(), m.end(), "机构名称:已更名", RENAMED_RIGHT[m.lastgroup],
               "使用 2018—2019 年机构改革前的地方机构名称")


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
