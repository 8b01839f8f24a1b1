"""Politically wrong wording, twelfth round: the Party's canonical formulations written with a word of another one or
with a required word dropped, and history told in the Kuomintang's or the colonisers' words (POLITICAL_CHECKLIST.md
items 220–; sources in ``lexicons/SOURCES.md``, “规范提法的固定写法与历史称谓”).

The order of a formulation's items is ``content_political_order`` (inventory ``lexicons/ordered_formulas.txt``, which
now also lists the guiding ideologies in the Party Constitution's order and 党中央的核心、全党的核心). This module reads
what an order cannot express:

* **A guiding ideology under another kind's name.** The Party Constitution (总纲, 2022) names each guiding ideology
  with its own kind word: 马克思列宁主义, 毛泽东思想, 邓小平理论, “三个代表”重要思想, 科学发展观, 习近平新时代中国特色社会主义
  思想. The stem with another kind word (“三个代表”重要理论, 科学发展理论, 邓小平重要思想, 习近平新时代中国特色社会主义
  重要思想) misnames it. The forms the older rules already read (毛泽东理论, 邓小平思想) stay with them.
* **A slogan with another slogan's verb.** The Sixth Plenum resolution (2021) and the 20th Congress report (2022)
  fix the verb each numbered slogan takes: 深刻领悟 / 坚定拥护 / 捍卫 “两个确立”, 坚决做到 “两个维护”, 增强 / 树牢
  “四个意识”, 坚定 “四个自信”; only “两个确立” has “的决定性意义”. A slogan right after a verb that belongs only to
  another slogan (坚决做到“两个确立”, 坚定拥护“两个维护”, 坚定“四个意识”, 增强“四个自信” is not listed: it is
  used) is the formula written wrong.
* **The leader formula with a required word dropped.** 以习近平同志为核心的党中央: 同志 cannot be left out or replaced
  (以习近平为核心, 以习近平总书记为核心), 以 cannot be dropped (在习近平同志为核心的党中央坚强领导下), and the core is
  not 为首. The same holds for the earlier collectives named by their core (以毛泽东同志、邓小平同志、江泽民同志为核心);
  the central committee of 2002–2012 is 以胡锦涛同志为总书记的党中央, never 为核心.
* **History in the other side's words.** Uprisings the Party names 起义 (南昌起义, 秋收起义, 广州起义, 百色起义 …) called
  暴动 / 暴乱 / 叛乱 (the Kuomintang's words; the Party's own 1927 documents also said 暴动, so a quotation or a title
  in 《》 is not reported); the Kuomintang's names of battles (古宁头大捷 for 金门战役, 八二三炮战 for 金门炮战, 徐蚌会战
  for 淮海战役, 戡乱); its honorifics for 蒋介石 (蒋委员长, 蒋总裁, 蒋公 after any word, 领袖蒋公); the Red Army called
  bandits (剿共, 赤匪, 剿匪 of the Red Army) or said to flee (红军西窜); a city's liberation in 1948–1950 told as its
  fall (1949 年南京沦陷); the invaders' names of their wars (英中战争, 亚罗号战争, 北清事变); peasant uprisings under
  the dynasties' names (黄巾之乱, 发匪, 拳匪: the textbooks' 起义 / 运动); and colonial rule written as neutral rule
  (英治 / 葡治 / 荷治 / 西治 / 英殖 / 葡殖 before a period word: 港英统治时期, 澳葡时期 / 葡萄牙殖民统治时期, 荷据时期).
  The word itself in quotation marks, 所谓, a title in 《》 and a sentence that names the wording as someone else's
  (称为, 叫法, 台湾方面称) are not reported; a long quoted speech the account publishes (a veteran's words) is read.

Seventeenth round: **a formulation with the attribute of another** — 统筹推进“五位一体”总体布局 and 协调推进“四个全面”
战略布局 (总体 and 战略 swapped); 人民代表大会制度 the 根本政治制度 and the multi-party cooperation, regional ethnic
autonomy and grassroots self-government the 基本政治制度 (either called the other), 全心全意为人民服务 the 根本宗旨,
依法治国 the 基本方略, 社会主义制度 the 根本制度 (宪法第一条); 高质量发展 the 首要任务 (of building a modern socialist
country), 立德树人 the 根本任务, the Party's 中心任务; 发展 第一要务, 科技 第一生产力, 人才 第一资源, 创新 第一动力; the
first centenary goal 全面建成小康社会 (建党一百年) and the second 全面建成社会主义现代化强国 (新中国成立一百年), 2035 年
基本实现社会主义现代化; 对外开放 and the others 基本国策, 依法治国 not one of them; the nature of each state organ
(全国人大 最高国家权力机关, 国务院 最高国家行政机关, 人民法院 审判机关, 人民检察院 法律监督机关, 监察委员会 监察机关,
人民政协 专门协商机构: 国务院是最高国家权力机关 is wrong; content-political26 adds the 立法机关 of 全国人大 and the
congresses and the 最高军事领导机关 of 中央军委, the attribute before the organ — 我国的最高立法机关是国务院 — and another
organ's power, 国务院行使国家立法权; a true-or-false question or a question is not the post's statement). Read where
the subject and the attribute stand in one clause (是……的, 这一, ——); the right pairing is a hard negative, and
根本制度安排 said of the people's congress system is another word.

``canon_hits(folded)`` yields ``(start, end, rule, suggestion, note)`` on folded text. Every rule first
checks a literal word of its own in the text, so a post without one costs a few substring tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.content_political import _sentence, so_called

Hit = tuple[int, int, str, str, str]


def _gate(*words: str) -> re.Pattern:
    """One compiled search for a rule's literal words: a post with none of them costs one pass in C."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))

NOT_OPENED = r"(?<![“\"「『‘])"
# A sentence that names the wording as someone else's, quotes it or rejects it.
NAMED = re.compile(r"所谓|称为|称之为|称作|叫做|叫作|称其为|称他为|尊为|尊称|誉为|被称|口中的|说成|写成|说法|叫法|称谓|用语|提法|"
                   r"措辞|不能称|不应称|应称|应为|而非|并非|改为|改成|改称|纠正|更正|错误|谬误|混淆|美化|歪曲|篡改|"
                   r"台湾方面称|台湾当局称|台方称|国民党称|国民党当局称|岛内称|叫嚣|污蔑|诬称|诬蔑")


def _named(folded: str, i: int) -> bool:
    return bool(NAMED.search(_sentence(folded, i))) or so_called(folded, i)


# A name reported by a neutral verb (本地志书称之为“洪杨之乱”) or only put in quotation marks is still the post's
# wording unless the post also gives the right name (content-political19): the words that distance the post from the
# name (所谓, 诬称, 旧称, 清廷称, 对…的蔑称 …) excuse it by themselves.
NEUTRAL_NAMING = frozenset({"称为", "称之为", "称作", "叫做", "叫作", "称其为", "称他为", "被称", "说法", "叫法", "称谓", "用语",
                            "提法", "措辞", "口中的", "说成", "写成", "尊为", "尊称", "誉为"})
DISTANCING = re.compile("|".join(a for a in NAMED.pattern.split("|") if a not in NEUTRAL_NAMING)
                        + r"|旧称|古称|旧时|蔑称|贬称|清廷称|清政府称|清朝称|清廷的|清政府的|官府称|统治者|"
                        r"对[^。！？\n]{1,10}的(?:称谓|称呼|叫法)")


def _right_core(right: str) -> str:
    """太平天国运动 → 太平天国, 中日甲午战争 → 甲午: what a post that gives the right name holds."""
    core = re.split(r"（| / ", right)[0]
    core = re.sub(r"(?:运动|起义|起义军|战争|侵华战争)$", "", core)
    return core[-2:] if core.startswith("中日") else core


def _named_right(folded: str, a: int, b: int, right: str) -> bool:
    """Named, not used: in a title in 《》, after 所谓 or in a sentence that distances the post from it, or quoted or
    reported by a neutral verb in a post that also gives the right name."""
    sentence = _sentence(folded, a)
    if _in_title(folded, a, b) or so_called(folded, a) or DISTANCING.search(sentence):
        return True
    if _term_quoted(folded, a, b) or NAMED.search(sentence):
        core = _right_core(right)
        return bool(core) and core in folded
    return False


def _in_title(folded: str, a: int, b: int) -> bool:
    """Inside 《》: a title (a 1927 document, a book) keeps its own wording."""
    o = folded.rfind("《", 0, a)
    return o >= 0 and "》" not in folded[o:a] and folded.find("》", b) >= 0


OPENERS, CLOSERS = "“\"「『‘", "”\"」』’"


def _term_quoted(folded: str, a: int, b: int) -> bool:
    """The word itself in quotation marks (“南昌暴动”, 所谓“蒋公”): named, not used. A long quoted speech that holds
    the word (a veteran's words: “蒋委员长那时候下令……”) is the account publishing it, and is read."""
    return any(c in OPENERS for c in folded[max(0, a - 2):a]) and any(c in CLOSERS for c in folded[b:b + 2])


# ---- guiding ideologies under another kind's name ----------------------------------------------------------------

Q = r"[“\"「『]?"
# 科学发展思想 is the ideology misnamed only where the sentence speaks of the guiding ideologies (邓小平科学发展思想 is a
# subject of study).
GUIDING = re.compile(r"指导思想|重要思想|理论体系|行动指南|马克思|毛泽东思想|邓小平理论|三个代表|新时代中国特色社会主义思想")
CQ = r"[”\"」』]?"
IDEOLOGY_KIND = re.compile(
    rf"{NOT_OPENED}(?P<s>{Q}三个代表{CQ})(?P<k>重要理论|理论|思想|主义|学说|重要论述)(?![体研])|"
    rf"(?<![可持续])(?P<s2>科学发展)(?P<k2>理论|重要思想|主义|学说|思想)(?![体研])|"
    rf"{NOT_OPENED}(?P<s3>毛泽东|邓小平)(?P<k3>重要思想|重要理论)|"
    rf"{NOT_OPENED}(?P<s4>习近平新时代中国特色社会主义)(?P<k4>重要思想|理论|主义|学说)(?![体研])")
IDEOLOGY_NAME = {"三个代表": "“三个代表”重要思想", "科学发展": "科学发展观", "毛泽东": "毛泽东思想", "邓小平": "邓小平理论",
                 "习近平新时代中国特色社会主义": "习近平新时代中国特色社会主义思想"}
IDEOLOGY_GATE = _gate("三个代表", "科学发展", "重要思想", "重要理论", "社会主义理论", "社会主义重要", "社会主义主义", "社会主义学说")


def _ideology_hits(folded: str) -> Iterator[Hit]:
    for m in IDEOLOGY_KIND.finditer(folded):
        stem = next(g for g in (m.group("s"), m.group("s2"), m.group("s3"), m.group("s4")) if g)
        key = stem.strip("“”\"「」『』")
        kind = m.group("k") or m.group("k2") or m.group("k3") or m.group("k4")
        if key == "科学发展" and kind == "思想":
            sentence = _sentence(folded, m.start())
            if not GUIDING.search(sentence.replace(m.group(0), "")):
                continue
        if _term_quoted(folded, m.start(), m.end()) or _named(folded, m.start()) or _in_title(folded, m.start(), m.end()):
            continue
        right = IDEOLOGY_NAME[key]
        yield (m.start(), m.end(), "指导思想名称", right,
               f"党章总纲中这一指导思想的名称是“{right}”（马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、"
               "科学发展观、习近平新时代中国特色社会主义思想）")


# ---- slogans with another slogan's verb --------------------------------------------------------------------------

# slogan → (its verbs, verbs that belong only to other slogans); from the Sixth Plenum resolution (2021-11-11) and the
# 20th Congress report (2022-10-16): 深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”;
# 坚定拥护“两个确立”、坚决做到“两个维护” (二十大报告、党章总纲 2022).
SLOGAN_VERBS = {
    "两个确立": (("深刻领悟", "领悟", "坚定拥护", "拥护", "捍卫", "坚决捍卫"),
                 ("坚决做到", "做到", "增强", "树牢", "牢固树立", "坚定")),
    "两个维护": (("坚决做到", "做到", "践行", "坚决践行"),
                 ("坚定拥护", "拥护", "深刻领悟", "领悟", "增强", "树牢", "牢固树立")),
    "四个意识": (("增强", "树牢", "牢固树立", "树立"),
                 ("坚定拥护", "深刻领悟", "领悟", "坚决做到", "做到", "坚定")),
    "四个自信": (("坚定", "增强", "坚持"),
                 ("坚定拥护", "深刻领悟", "领悟", "坚决做到", "做到", "树牢", "牢固树立")),
}
SLOGAN_RIGHT_VERB = {"两个确立": "深刻领悟 / 坚定拥护", "两个维护": "坚决做到", "四个意识": "增强 / 树牢",
                     "四个自信": "坚定"}
SLOGAN_GATE = _gate(*SLOGAN_VERBS)
_WRONG = sorted({v for _, wrong in SLOGAN_VERBS.values() for v in wrong}, key=len, reverse=True)
SLOGAN_WITH_VERB = re.compile(rf"(?P<v>{'|'.join(_WRONG)})[ \u3000]?[“\"「『]?[ \u3000]?(?P<s>两个确立|两个维护|四个意识|四个自信)"
                              r"[”\"」』]?")
# Only 两个确立 has a decisive significance (深刻领悟“两个确立”的决定性意义).
SIGNIFICANCE = re.compile(r"[“\"「『]?(?P<s>两个维护|四个意识|四个自信)[”\"」』]?的决定性意义")


def _slogan_hits(folded: str) -> Iterator[Hit]:
    for m in SLOGAN_WITH_VERB.finditer(folded):
        verb, slogan = m.group("v"), m.group("s")
        if verb not in SLOGAN_VERBS[slogan][1]:
            continue
        yield (m.start(), m.end(), "提法动词", f"{SLOGAN_RIGHT_VERB[slogan]}“{slogan}”",
               "重要提法与动词的搭配是固定的：深刻领悟“两个确立”的决定性意义、坚定拥护“两个确立”，坚决做到“两个维护”，"
               "增强“四个意识”，坚定“四个自信”（十九届六中全会决议、二十大报告）")
    for m in SIGNIFICANCE.finditer(folded) if "决定性意义" in folded else ():
        yield (m.start(), m.end(), "提法动词", "深刻领悟“两个确立”的决定性意义",
               "“决定性意义”属于“两个确立”（十九届六中全会决议：深刻领悟“两个确立”的决定性意义）")


# ---- the leader formula: 以习近平同志为核心的党中央 ------------------------------------------------------------------

CORES = "习近平|毛泽东|邓小平|江泽民"
CORE_FORMULA = re.compile(
    rf"以(?P<who>{CORES}|胡锦涛)(?P<mid>总书记|主席|同志|书记|总书记同志)?为(?P<core>核心|领导核心|首)(?=的|党中央|中央)|"
    r"(?P<who2>习近平)同志为核心的党中央")

# The two formulas of the core name the leader with their own word: 确立习近平同志党中央的核心、全党的核心地位 (两个确立,
# 同志), 维护习近平总书记党中央的核心、全党的核心地位 (两个维护, 总书记).
CORE_STATUS = re.compile(r"(?P<verb>确立|维护)习近平(?P<word>同志|总书记|主席|总书记同志)?(?:作为|为|是)?(?=党中央的核心)")
CORE_STATUS_WORD = {"确立": "同志", "维护": "总书记"}


def _core_status_hits(folded: str) -> Iterator[Hit]:
    for m in CORE_STATUS.finditer(folded):
        need = CORE_STATUS_WORD[m.group("verb")]
        if m.group("word") == need:
            continue
        right = ("确立习近平同志党中央的核心、全党的核心地位" if need == "同志"
                 else "维护习近平总书记党中央的核心、全党的核心地位")
        yield (m.start(), m.end(), "领导核心提法", right,
               "“两个确立”写作“确立习近平同志党中央的核心、全党的核心地位”，“两个维护”写作“坚决维护习近平总书记党中央的核心、"
               "全党的核心地位”（十九届六中全会决议、党章总纲 2022）")


def _core_hits(folded: str) -> Iterator[Hit]:
    for m in CORE_FORMULA.finditer(folded):
        if m.group("who2"):
            before = folded[max(0, m.start() - 3):m.start()].rstrip(" \u3000“\"「『")
            if before.endswith("以"):
                continue
            yield (m.start(), m.end(), "领导核心提法", "以习近平同志为核心的党中央",
                   "固定提法是“以习近平同志为核心的党中央”，“以”不能省略")
            continue
        who, mid, core = m.group("who"), m.group("mid") or "", m.group("core")
        if who == "胡锦涛":
            if core != "首":
                yield (m.start(), m.end(), "领导核心提法", "以胡锦涛同志为总书记的党中央",
                       "十六大至十八大的党中央称“以胡锦涛同志为总书记的党中央”，不称“为核心”")
            continue
        if mid == "同志" and core == "核心":
            continue
        if who != "习近平" and mid == "同志":
            continue  # 以毛泽东同志为首 / 为领导核心 are historical wordings of that time
        right = "以习近平同志为核心的党中央" if who == "习近平" else f"以{who}同志为核心"
        yield (m.start(), m.end(), "领导核心提法", right,
               f"固定提法是“以{who}同志为核心”：“同志”不能省略或换成职务，“核心”不能换成“为首”")


# ---- history in the Kuomintang's and the colonisers' words -------------------------------------------------------

# Uprisings led by the Party, by the names of the Party's history (《中国共产党历史》第一卷, 2002; 中共中央党史研究室).
# Only those whose name in the Party's history is 起义 (闽西暴动, 琼崖武装总暴动, 万安暴动 keep 暴动 there).
UPRISINGS = ("南昌", "八一", "秋收", "广州", "百色", "龙州", "黄麻", "平江", "宁都", "湘南", "渭华", "海陆丰", "弋横",
             "清涧")
RIOT_GATE = _gate("暴动", "暴乱", "叛乱", "兵变", "匪乱")
UPRISING_AS_RIOT = re.compile(rf"(?P<p>{'|'.join(UPRISINGS)})(?:武装)?(?P<w>暴动|暴乱|叛乱|兵变|匪乱)")
UPRISING_CONTEXT = re.compile(r"19[23]\d|共产党|中共|红军|工农|起义|周恩来|朱德|贺龙|叶挺|毛泽东|邓小平|张太雷|彭德怀|"
                              r"八一|秋收|苏维埃|革命")
# The Kuomintang's names of battles of 1945–1958 and of its war (the Party's names in the suggestion).
KMT_BATTLES = {
    "古宁头大捷": "金门战役", "古宁头战役": "金门战役", "古宁头战斗": "金门战役", "八二三炮战": "金门炮战（炮击金门）",
    "八二三砲战": "金门炮战（炮击金门）", "九三炮战": "金门炮战（1954 年）", "徐蚌会战": "淮海战役", "辽西会战": "辽沈战役",
    "辽沈会战": "辽沈战役", "平津会战": "平津战役", "登步岛大捷": "登步岛战斗", "动员戡乱": "解放战争",
    "戡乱时期": "解放战争时期", "戡乱战争": "解放战争", "剿共": "国民党反动派“围剿”红军", "剿赤": "国民党反动派“围剿”红军",
    "赤匪": "红军", "红匪": "红军", "共党分子": "共产党人",
    # the invaders' names of their wars on China (the Party's and the textbooks' names in the suggestion)
    "英中战争": "鸦片战争", "第一次英中战争": "鸦片战争", "亚罗号战争": "第二次鸦片战争", "英法联军之役": "第二次鸦片战争",
    "北清事变": "八国联军侵华战争",
}
# (剿共 before 产 is 围剿 + 共产党: 围剿共产党领导的红军; the date of 八二三, 九三 may stand in quotation marks)
KMT_BATTLE = re.compile("(?:" + "|".join(w + ("(?![产青])" if w == "剿共" else "")
                                         for w in sorted(KMT_BATTLES, key=len, reverse=True)) + ")|"
                        r"[“\"「](?P<date>八二三|九三)[”\"」](?P<rest>[炮砲]战)")
KMT_GATE = _gate(*KMT_BATTLES, "八二三", "九三")
# The Long March told as the Red Army's flight (流窜, 西窜: the Kuomintang's words).
# The verb right after the army (and its 主力, 被迫, 一路): 红军打击流窜的土匪 is the Red Army fighting bandits.
RED_ARMY_FLEEING = re.compile(r"(?:红军|中央红军|红[一二四]方面军|工农红军)(?:主力|部队|余部)?(?:被迫|一路|仓皇|向西|向北)?"
                              r"(?P<w>流窜|西窜|北窜|南窜|东窜)")
# 剿匪 of the Red Army: the Kuomintang called its campaigns against the Red Army 剿匪; the Party writes “围剿”.
RED_BANDITS = re.compile(r"(?P<w>剿匪)")
RED_ARMY = re.compile(r"红军|红[一二三四五六七八九十]|苏区|中央苏区|红色政权|革命根据地|长征|反“?围剿")
BANDIT_CAMPAIGN_REAL = re.compile(r"解放军|人民解放军|新中国|建国初|解放后|1949|195\d|土匪|匪患|匪帮|惯匪|股匪|剿匪英雄|剿匪部队")
# The Kuomintang's honorifics for 蒋介石: 蒋委员长, 蒋总裁, 蒋公 (after any word; 蒋公子, 蒋公馆, 蒋公祠 are not).
CHIANG = re.compile(r"(?P<w>蒋委员长|蒋总裁|领袖蒋公|蒋公(?![子馆祠堤路园桥司亭庙岭山村镇乡街巷港埠渡湾塘坝正平明琰]))")
# 蒋公 and 蒋总裁 are also an elder or a company's head surnamed 蒋: only in a post about 蒋介石's time.
CHIANG_TIME = re.compile(r"介石|中正|国民党|国民政府|国府|委员长|黄埔|抗战|抗日|民国|台湾|蒋经国|宋美龄|溪口|西安事变|北伐|"
                         r"南京政府|重庆|庐山|19[1-7]\d")
CHIANG_REPORTED = re.compile(NAMED.pattern + r"|称呼|敬称|口称|高呼|喊|他们称|当时称|时称")
# The liberation of a city in 1948–1950 told as its fall (沦陷, 陷落, 陷共: the Kuomintang's words; the Party's is
# 解放). A fall to the Japanese (1937 南京沦陷, 沦陷区 of the occupation) is the right word and not read; 失守 is left
# alone (国民党军防线失守 tells the Kuomintang army's loss, not the city's liberation).
FALL_GATE = _gate("沦陷", "陷落", "陷共")
LIBERATION_AS_FALL = re.compile(r"(?P<w>沦陷|陷落|陷共)")
LIBERATION_YEAR = re.compile(r"194[89]年|1950年|解放军|共军|人民解放军|中共|共产党|渡江战役|三大战役|辽沈战役|淮海战役|平津战役")
FALL_TO_JAPAN = re.compile(r"日军|日寇|日本|侵华|抗战|抗日|倭|193\d|194[0-5]|伪")
# Peasant uprisings under the rulers' names: the dynasty's histories call them 乱, 贼, 匪 (黄巾之乱, 发匪, 拳匪); the
# historiography of the People's Republic (教育部统编历史教科书) names them 起义 / 运动.
UPRISING_NAMES = {"黄巾军": "黄巾起义", "黄巾": "黄巾起义", "黄巢": "黄巢起义", "方腊": "方腊起义", "红巾军": "红巾军起义",
                  "红巾": "红巾军起义", "李自成": "李自成起义", "白莲教": "白莲教起义", "太平天国": "太平天国运动",
                  "太平军": "太平天国运动", "洪杨": "太平天国运动", "义和团": "义和团运动", "捻军": "捻军起义"}
RULERS_WORDS = re.compile(rf"(?P<w>(?:{'|'.join(UPRISING_NAMES)})(?:之乱|叛乱|作乱|匪乱|之变|之祸|祸乱|暴乱|乱党|贼|匪)|"
                          r"发匪|粤匪|拳匪|拳乱|团匪|庚子拳乱|捻匪|闯贼)")
RULERS_RIGHT = {"发匪": "太平军", "粤匪": "太平军", "拳匪": "义和团", "拳乱": "义和团运动", "团匪": "义和团",
                "庚子拳乱": "义和团运动", "捻匪": "捻军", "闯贼": "李自成起义军"}
RULERS_GATE = _gate(*(f"{k}{w}" for k in UPRISING_NAMES for w in ("之", "叛", "作", "匪", "贼", "祸", "暴", "乱")), *RULERS_RIGHT)
# Colonial rule as neutral rule. 日治, 日殖, 清领, 清治 are content_political_families.COLONIAL_FRAMING's.
COLONIAL = {"英治": "港英统治时期 / 英国殖民统治时期", "英殖": "港英统治时期 / 英国殖民统治时期",
            "葡治": "澳葡时期 / 葡萄牙殖民统治时期", "葡殖": "澳葡时期 / 葡萄牙殖民统治时期",
            "荷治": "荷据时期（荷兰殖民统治时期）", "西治": "西班牙殖民统治时期"}
PERIOD = r"(?:时期|时代|期间|初期|中期|前期|后期|末期|年间|年代|以来|以前|之下|下的|时的)"
COLONIAL_GATE = _gate("英治", "英殖", "葡治", "葡殖", "荷治", "西治")
COLONIAL_NEUTRAL = re.compile(rf"(?P<w>英治|英殖|葡治|葡殖|荷治|西治){PERIOD}")
COLONIAL_PLACE = re.compile(r"香港|港英|澳门|澳葡|台湾|荷兰|西班牙|英国|葡萄牙|殖民|九龙|新界|澎湖|鸡笼|淡水|热兰遮")


def _history_hits(folded: str) -> Iterator[Hit]:
    if RIOT_GATE.search(folded):
        for m in UPRISING_AS_RIOT.finditer(folded):
            if m.group("p") == "广州" and not UPRISING_CONTEXT.search(_sentence(folded, m.start())):
                continue  # 广州 is a city: 广州暴乱 of another year is not the 1927 uprising
            if _term_quoted(folded, m.start(), m.end()) or _in_title(folded, m.start(), m.end()) or _named(folded, m.start()):
                continue
            right = "八一南昌起义" if m.group("p") == "八一" else f"{m.group('p')}起义"
            yield (m.start(), m.end(), "历史称谓", right,
                   "党领导的武装起义按党史称“起义”（南昌起义、秋收起义、广州起义、百色起义），不用国民党当局的“暴动”“暴乱”")
    if KMT_GATE.search(folded):
        for m in KMT_BATTLE.finditer(folded):
            if _term_quoted(folded, m.start(), m.end()) or _in_title(folded, m.start(), m.end()) or _named(folded, m.start()):
                continue
            word = m.group("date") + m.group("rest") if m.group("date") else m.group(0)
            yield (m.start(), m.end(), "台湾当局说法", KMT_BATTLES[word],
                   "不使用国民党、台湾当局对战役和战争的称谓（古宁头大捷、八二三炮战、徐蚌会战、戡乱、剿共）")
    if "剿匪" in folded:
        for m in RED_BANDITS.finditer(folded):
            sentence = _sentence(folded, m.start())
            if not RED_ARMY.search(sentence) or BANDIT_CAMPAIGN_REAL.search(sentence):
                continue
            if _term_quoted(folded, m.start(), m.end()) or _named(folded, m.start()):
                continue
            yield (m.start(), m.end(), "台湾当局说法", "“围剿”（国民党反动派对红军和革命根据地的“围剿”）",
                   "国民党对红军的进攻称“围剿”，不用国民党的“剿匪”")
    if "窜" in folded:
        for m in RED_ARMY_FLEEING.finditer(folded):
            if _term_quoted(folded, m.start("w"), m.end("w")) or _named(folded, m.start()):
                continue
            yield (m.start("w"), m.end("w"), "台湾当局说法", "长征 / 转移 / 突围",
                   "红军的战略转移称“长征”“转移”“突围”，不用国民党的“流窜”“西窜”")
    if "蒋" in folded:
        for m in CHIANG.finditer(folded):
            if _term_quoted(folded, m.start(), m.end()) or _in_title(folded, m.start(), m.end()):
                continue
            if CHIANG_REPORTED.search(_sentence(folded, m.start())) or so_called(folded, m.start()):
                continue
            if m.group("w") != "蒋委员长" and not CHIANG_TIME.search(folded):
                continue
            yield (m.start(), m.end(), "台湾当局说法", "蒋介石",
                   "不使用国民党、台湾当局对蒋介石的尊称（蒋公、蒋委员长、蒋总裁），直称蒋介石")
    if FALL_GATE.search(folded):
        for m in LIBERATION_AS_FALL.finditer(folded):
            sentence = _sentence(folded, m.start())
            if not LIBERATION_YEAR.search(sentence) or FALL_TO_JAPAN.search(sentence):
                continue
            if _term_quoted(folded, m.start(), m.end()) or _named(folded, m.start()):
                continue
            yield (m.start(), m.end(), "台湾当局说法", "解放",
                   "1948—1950 年人民解放军解放城市和地区称“解放”，不用国民党当局的“沦陷”“陷落”")
    if RULERS_GATE.search(folded):
        for m in RULERS_WORDS.finditer(folded):
            word = m.group("w")
            right = RULERS_RIGHT.get(word) or next(v for k, v in UPRISING_NAMES.items() if word.startswith(k))
            if _named_right(folded, m.start(), m.end(), right):
                continue
            yield (m.start(), m.end(), "历史称谓", right,
                   "农民起义按我国历史教科书称“起义”“运动”（黄巾起义、太平天国运动、义和团运动），不用封建王朝的“乱”“贼”“匪”")
    if COLONIAL_GATE.search(folded):
        for m in COLONIAL_NEUTRAL.finditer(folded):
            if not COLONIAL_PLACE.search(_sentence(folded, m.start())) and not m.group("w").endswith("殖"):
                continue
            if _term_quoted(folded, m.start(), m.end()) or _named(folded, m.start()):
                continue
            yield (m.start(), m.end(), "历史称谓", COLONIAL[m.group("w")],
                   "殖民统治时期不用“英治”“葡治”“荷治”等中性称谓，应称“港英统治时期”“澳葡时期”“荷据时期”")


# ---- attribute pairs: each formulation with its own attribute (content-canon17) ----------------------------------

QO, QC = r"[“\"「『]?", r"[”\"」』]?"
# one clause between a subject and its attribute (no clause stop, no other subject's 是)
GAP = r"[^，。；！？,;!?：:\n]{0,16}?"
# (subject pattern, the attribute it takes, the attributes it is confused with, the suggestion's source)
LAYOUTS = {"五位一体": "总体布局", "四个全面": "战略布局"}
LAYOUT = re.compile(rf"{QO}(?P<s>五位一体|四个全面){QC}(?:的)?(?P<w>总体布局|战略布局)")
# the Constitution and the Party's documents: 人民代表大会制度 is the 根本政治制度; the multi-party cooperation, the
# regional ethnic autonomy and the grassroots self-government are the 基本政治制度; 全心全意为人民服务 is the Party's
# 根本宗旨; 依法治国 the 基本方略; 社会主义制度 the 根本制度 (宪法第一条).
SYSTEM_SUBJECTS = (
    (r"人民代表大会制度|人大制度", "根本政治制度", ("基本政治制度",)),
    (r"(?:中国共产党领导的)?多党合作和政治协商制度|民族区域自治制度|基层群众自治制度", "基本政治制度", ("根本政治制度",)),
    (r"全心全意为人民服务", "根本宗旨", ("基本宗旨",)),
    (r"(?<!全面)依法治国", "基本方略", ("根本方略", "基本国策")),
    (r"对外开放|节约资源和保护环境|男女平等|保护耕地", "基本国策", ("根本国策",)),
    (r"公有制为主体、多种所有制经济共同发展|社会主义市场经济体制", "基本经济制度", ("根本经济制度",)),
    (r"社会主义制度", "根本制度", ("基本制度",)),
    (r"高质量发展", "首要任务", ("根本任务", "中心任务")),
    (r"立德树人", "根本任务", ("首要任务", "中心任务")),
)
SYSTEM_PATTERNS = tuple(
    (re.compile(rf"(?P<s>{subject}){QC}(?:(?:是|作为|为|就是|乃是){GAP}(?:的)?|这一|这个|这项|这个|这一)"
                rf"(?P<w>{'|'.join((own, *wrong))})(?!安排|保障|优势|基础|框架|体系|前提|遵循|载体)"),
     re.compile(rf"(?P<w>{'|'.join((own, *wrong))})(?:是|就是|——|—|:|,即|即|为){QO}(?P<s>{subject})"),
     own)
    for subject, own, wrong in SYSTEM_SUBJECTS)
SYSTEM_GATE = _gate("政治制度", "宗旨", "方略", "根本制度", "基本制度", "任务", "国策", "经济制度")
# The nature of each state organ (宪法第五十七、五十八、八十五、九十六、一百零五、一百二十三、一百二十七、一百三十四条;
# 《中国人民政治协商会议章程》总纲): 全国人大 the highest organ of state power, its standing committee the permanent body,
# 国务院 the highest organ of state administration and the executive body of the highest organ of state power, local
# people's congresses and governments the local organs of power and of administration, 人民法院 the judicial organs,
# 人民检察院 the legal supervision organs, 监察委员会 the supervisory organs, 人民政协 the specialised consultative body.
ORGAN_KINDS = (
    ("常设", r"(?:最高国家权力机关|全国人大|全国人民代表大会|本级人民代表大会|人民代表大会)的常设机关"),
    ("执行", r"(?:最高|地方)?(?:各级)?国家权力机关的执行机关"),
    ("权力", r"(?:最高|地方)?(?:各级)?国家(?:的)?权力机关|国家最高权力机关"),
    ("行政", r"(?:最高|地方)?(?:各级)?国家(?:的)?行政机关|国家最高行政机关"),
    ("审判", r"(?:最高)?(?:国家(?:的)?)?审判机关"),
    ("监督", r"(?:国家(?:的)?)?法律监督机关|(?:最高)?检察机关"),
    ("监察", r"(?:国家(?:的)?)?监察机关"),
    ("协商", r"专门协商机构"),
    # content-political26: the legislature (宪法第五十八条: 全国人大和全国人大常委会行使国家立法权; local congresses and
    # their standing committees make local regulations) and the military commission (第九十三条)
    ("立法", r"(?:最高|国家最高)?(?:国家(?:的)?)?立法(?:机关|机构)"),
    ("军事", r"(?:最高|国家最高)?军事(?:领导)?机关"),
)
ORGAN_OWN = (
    (r"全国人民代表大会常务委员会|全国人大常委会|人大常委会", ("常设", "权力", "立法")),
    (r"全国人民代表大会|全国人大|(?:地方各级|各级|省|市|县|区)?人民代表大会|(?:省|市|县|区)人大", ("权力", "立法")),
    (r"中央军事委员会|中央军委", ("军事",)),
    (r"国务院|中央人民政府|(?:地方各级|各级|省|市|县|区)人民政府", ("行政", "执行")),
    (r"(?:最高|地方各级|各级)?人民法院", ("审判",)),
    (r"(?:最高|地方各级|各级)?人民检察院", ("监督",)),
    (r"(?:国家|各级)?监察委员会|(?:国家)?监委", ("监察",)),
    (r"(?:中国)?人民政协|(?:全国)?政协", ("协商",)),
)
_ORGAN_ATTR = "|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(ORGAN_KINDS))
ORGAN_NATURE = re.compile(
    rf"(?<![、和与及])(?P<s>{'|'.join(f'(?P<o{i}>{p})' for i, (p, _) in enumerate(ORGAN_OWN))}){QC}(?:是|就是|作为)"
    rf"(?:我国的|我国|国家的)?(?P<gap>[^，。；！？,;!?：:\n、]{{0,10}}?)(?:的)?(?:{_ORGAN_ATTR})")
# …the same pairing the other way round (我国的最高立法机关是国务院) and a power of another organ (国务院行使国家立法权:
# 宪法第五十八、一百二十八、一百三十四、一百二十七条 — 人民法院 审判权, 人民检察院 检察权, 监察委员会 监察权), content-political26
_ORGAN_SUBJECT = "|".join(f"(?P<o{i}>{p})" for i, (p, _) in enumerate(ORGAN_OWN))
ORGAN_NATURE_BACK = re.compile(rf"(?<![、和与及的])(?:我国的|我国|国家的)?(?:{_ORGAN_ATTR}){QC}(?:是|就是|为)(?P<s>{_ORGAN_SUBJECT})"
                               r"(?!及其|和|与|、)")
ORGAN_POWER = re.compile(rf"(?<![、和与及])(?P<s>{_ORGAN_SUBJECT})(?:依法|依照法律规定|独立|依法独立)?(?:行使|享有)"
                         r"(?:国家|最高)?(?:的)?(?P<p>立法|审判|检察|监察)权")
POWER_KIND = {"立法": "立法", "审判": "审判", "检察": "监督", "监察": "监察"}
# a true-or-false question, a question, a misconception named as such: the statement is not the post's
ORGAN_ASKED = re.compile(r"判断|对吗|是否|吗[？?]?$|吗[？?]|[×✗✘？?]|误以为|以为|不是|并非|而是")
ORGAN_GATE = _gate("机关", "协商机构", "行使", "享有")
# 立德树人根本任务 and 高质量发展这个首要任务 stand also without 是 (落实立德树人根本任务); 高质量发展 as 中心 / 根本任务 is read
# only where the sentence says of what (现代化国家): 推动高质量发展这一中心工作 is a unit's own priority.
TASK_CLAIM = re.compile(r"现代化国家|现代化建设|现代化强国")
DIRECT_TASK = re.compile(r"(?P<s>立德树人){QC}(?P<w>首要任务|中心任务)".replace("{QC}", QC))
# the Party's 中心任务 (二十大报告): 团结带领全国各族人民全面建成社会主义现代化强国……
PARTY_TASK = re.compile(r"(?:党|中国共产党)的(?P<w>首要任务|根本任务)(?:就)?是团结带领")
# 发展是第一要务, 人才是第一资源, 创新是第一动力, 科技是第一生产力 (二十大报告: 科技是第一生产力、人才是第一资源、
# 创新是第一动力; 十六大报告、党章: 发展是党执政兴国的第一要务).
FIRSTS = {"发展": "要务", "人才": "资源", "创新": "动力", "科技": "生产力", "科学技术": "生产力"}
FIRST = re.compile(rf"(?P<s>科学技术|发展|人才|创新|科技){QC}是{GAP}第一(?P<w>要务|资源|动力|生产力)")
# the two centenary goals (十八大报告, 十九大报告, 二十大报告): the first (建党一百年) 全面建成小康社会, the second (新中国
# 成立一百年) 全面建成社会主义现代化强国; the two stages after 2020: 2035 年基本实现社会主义现代化, 本世纪中叶建成现代化强国.
WELL_OFF = r"全面建成小康社会|全面建设小康社会"
BUILT = r"(?:全面)?建成(?:富强民主文明和谐美丽的)?社会主义现代化强国"
STRONG = BUILT + r"|全面建设社会主义现代化国家"
GOAL = re.compile(rf"第(?P<n>一|二)个百年(?:奋斗)?目标{QC}(?:——|—|－|:|,即|即|是|就是|\(|（)?{QO}"
                  rf"(?:到[^,。;]{{0,12}}?[,]?)?(?P<c>{WELL_OFF}|{STRONG})|"
                  rf"(?P<c2>{WELL_OFF}|{STRONG}){QC}(?:的|这一|这个|、实现|,实现|即|——)第(?P<n2>一|二)个百年(?:奋斗)?目标")
GOAL_YEAR = re.compile(rf"(?P<y>(?:建党|中国共产党成立|党成立)(?:一百|100)(?:周)?年|新中国成立(?:一百|100)(?:周)?年|2035年|"
                       rf"本世纪中叶)(?:时|的时候)?[,]?(?:我国)?(?:要|将)?(?P<c>{WELL_OFF}|{BUILT}|基本实现社会主义现代化)")
YEAR_GOAL = {"建党": "全面建成小康社会", "新中国": "全面建成社会主义现代化强国", "2035": "基本实现社会主义现代化",
             "本世纪": "全面建成社会主义现代化强国"}


def _goal_kind(content: str) -> str:
    if "小康" in content:
        return "全面建成小康社会"
    if "基本实现" in content:
        return "基本实现社会主义现代化"
    return "全面建成社会主义现代化强国"


def _attribute_hits(folded: str) -> Iterator[Hit]:
    if "布局" in folded:
        for m in LAYOUT.finditer(folded):
            own = LAYOUTS[m.group("s")]
            if m.group("w") != own and not _named(folded, m.start()):
                yield (m.start(), m.end(), "提法搭配", f"“{m.group('s')}”{own}",
                       "“五位一体”是总体布局，“四个全面”是战略布局（十八大以来党的文献：统筹推进“五位一体”总体布局、"
                       "协调推进“四个全面”战略布局）")
    if SYSTEM_GATE.search(folded):
        for forward, backward, own in SYSTEM_PATTERNS:
            for m in (*forward.finditer(folded), *backward.finditer(folded)):
                if m.group("w") == own or _named(folded, m.start()):
                    continue
                if own == "首要任务" and not TASK_CLAIM.search(_sentence(folded, m.start())):
                    continue
                yield (m.start(), m.end(), "提法搭配", f"{m.group('s')}——{own}",
                       f"“{m.group('s')}”对应的提法是“{own}”，不是“{m.group('w')}”（宪法、党章和党的代表大会报告的表述）")
        for m in DIRECT_TASK.finditer(folded):
            if not _named(folded, m.start()):
                yield (m.start(), m.end(), "提法搭配", "立德树人根本任务", "立德树人是教育的根本任务（二十大报告、《教育法》）")
        for m in PARTY_TASK.finditer(folded):
            yield (m.start(), m.end(), "提法搭配", "中国共产党的中心任务",
                   "二十大报告：从现在起，中国共产党的中心任务就是团结带领全国各族人民全面建成社会主义现代化强国……")
    if ORGAN_GATE.search(folded):
        for m in (*ORGAN_NATURE.finditer(folded), *ORGAN_NATURE_BACK.finditer(folded), *ORGAN_POWER.finditer(folded)):
            own = next(kinds for i, (_, kinds) in enumerate(ORGAN_OWN) if m.group(f"o{i}"))
            kind = POWER_KIND[m.group("p")] if "p" in m.groupdict() else \
                next(k for i, (k, _) in enumerate(ORGAN_KINDS) if m.group(f"k{i}"))
            if kind in own or _named(folded, m.start()) or "组成" in (m.groupdict().get("gap") or ""):
                continue
            if ORGAN_ASKED.search(_sentence(folded, m.start())):
                continue  # 判断题：国务院是最高立法机关（×）; 国务院是立法机关吗？ (content-political26)
            yield (m.start(), m.end(), "提法搭配", f"{m.group('s')}的性质（宪法）",
                   "宪法对国家机构性质的表述：全国人大是最高国家权力机关，国务院是最高国家行政机关，人民法院是国家审判机关，"
                   "人民检察院是国家法律监督机关，监察委员会是国家的监察机关；全国人大及其常委会行使国家立法权，"
                   "中央军委领导全国武装力量；人民政协是专门协商机构（政协章程）")
    if "第一" in folded:
        for m in FIRST.finditer(folded):
            subject, what = m.group("s"), m.group("w")
            if FIRSTS[subject] != what and not _named(folded, m.start()):
                yield (m.start(), m.end(), "提法搭配", f"{subject}是第一{FIRSTS[subject]}",
                       "发展是第一要务，科技是第一生产力，人才是第一资源，创新是第一动力（党章、二十大报告）")
    if "百年" in folded:
        for m in GOAL.finditer(folded):
            n, content = m.group("n") or m.group("n2"), m.group("c") or m.group("c2")
            right = "全面建成小康社会" if n == "一" else "全面建成社会主义现代化强国"
            if ("小康" in content) != (n == "一") and not _named(folded, m.start()):
                yield (m.start(), m.end(), "提法搭配", f"第{n}个百年奋斗目标——{right}",
                       "第一个百年奋斗目标是在建党一百年时全面建成小康社会，第二个百年奋斗目标是在新中国成立一百年时"
                       "全面建成社会主义现代化强国（十九大报告、二十大报告）")
    if "百年" in folded or "2035" in folded or "一百" in folded or "本世纪中叶" in folded:
        for m in GOAL_YEAR.finditer(folded):
            year = next(k for k in YEAR_GOAL if k in m.group("y")) if not m.group("y").startswith(("建党", "中国共产党", "党成立")) \
                else "建党"
            right = YEAR_GOAL[year]
            if _goal_kind(m.group("c")) != right and not _named(folded, m.start()):
                yield (m.start(), m.end(), "提法搭配", f"{m.group('y')}{right}",
                       "建党一百年全面建成小康社会，2035 年基本实现社会主义现代化，本世纪中叶（新中国成立一百年）"
                       "全面建成社会主义现代化强国（十九大报告、二十大报告）")


def canon_hits(folded: str) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the twelfth round's families (module docstring)."""
    if IDEOLOGY_GATE.search(folded):
        yield from _ideology_hits(folded)
    if SLOGAN_GATE.search(folded):
        yield from _slogan_hits(folded)
    if "核心" in folded or "为首" in folded:
        yield from _core_hits(folded)
    if "党中央的核心" in folded:
        yield from _core_status_hits(folded)
    yield from _history_hits(folded)
    yield from _attribute_hits(folded)
