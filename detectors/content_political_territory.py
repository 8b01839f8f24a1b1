"""Politically wrong wording, seventh round: territory, sovereignty and names (POLITICAL_CHECKLIST.md items 151–159;
sources in ``detectors/lexicons/SOURCES.md``).

Each family is a mechanism for a *kind* of wording, so that a writer who words it differently is still caught:

* **Other sides' names of Chinese territory** (``data/territory_names.tsv``) — the Philippine, Malaysian,
  Vietnamese, Indonesian, Japanese and Indian names of Chinese islands, reefs, seas and land, and the English chart
  names. A Filipino or Malay name is matched by its *sound*: any run of transliteration characters before a feature
  word (礁, 岛, 浅滩, 沙洲 …) whose pinyin is close to the name (潘加尼班礁, 帕那尼班礁, 班加尼班礁 all read
  "panganiban"), and in Latin letters (Ayungin Shoal). The standard names are those of 中国地名委员会 (1983) and
  the 2012 white paper on the Diaoyu Islands. A sentence that reports the name as the other side's (菲方所谓、菲方
  称、日方称、又称、命名), or quotation marks around it, is right.
* **Shared mountains and rivers** (feature ``s`` of the data file) — the neighbour's name of a mountain or river on
  the border (白头山 for 长白山, 萨加玛塔峰 for 珠穆朗玛峰, 豆满江 for 图们江) where the post speaks of the Chinese
  side (``SHARED_CONTEXT``) and the sentence does not speak of the neighbour (``SIDE_COUNTRY``), where the name is the
  neighbour's own; old English renderings (额菲尔士峰) always.
* **Chinese territory framed as disputed** — 有争议的钓鱼岛, 钓鱼岛等争议岛屿, 藏南这一争议地区, 南沙群岛主权存在争议
  (外交部: 钓鱼岛及其附属岛屿是中国固有领土，中方对南沙群岛拥有无可争辩的主权). 南海争议 / 钓鱼岛争端 name a
  dispute, not the territory's status, and are not reported (content_political_guidance's reading); "不存在争议",
  "所谓争议", a claim reported as a claim are right.
* **The Strait's "median line" as a real line** — 海峡中线, 台海中间线, 越过中线 in a sentence about the Strait
  (国台办、国防部: 台湾是中国领土不可分割的一部分，根本不存在所谓“海峡中线”). Only 所谓 or quotation marks are right.
* **Hong Kong, Macao or Taiwan inside a list of countries** — an enumeration ending in 等国 / 等国家 / 等亚洲国家 /
  等 20 多个国家 with any of them among its items (主要来自香港、日本等国), and 包括香港在内的多个国家
  (新华社禁用词: 与国家并列时称“国家和地区”). 国家和地区, 国家（地区） are right.
* **"From China" said to Hong Kong or Macao** — in a sentence about Hong Kong or Macao, something coming 来自中国 /
  从中国, or 中国 giving or sending to them (来自中国的大熊猫, 中国赠送给香港的): 来自内地 / 中央政府赠送.
* **Taiwan presented as a state** — the Republic's flag (青天白日满地红旗) shown as Taiwan's today, and "两岸是国与国
  关系" (李登辉's 两国论) said as a fact.
* **Ethnic-region and separatist names** — 藏区 after a region name ending in 西 (川西藏区, 滇西藏区), which the older
  rule reads as 西藏 + 区 (2021 起称“涉藏地区”); “东突” without quotation marks (国务院新闻办公室《“东突”恐怖势力难逃
  罪责》2002 always quotes it); old insulting names 回子们, 番子, 缠回 (新华社禁用词: 不使用旧社会流传的侮辱性称呼).

Ninth round: 韩半岛 / 韩国半岛 for the Korean Peninsula (朝鲜半岛), and the islands of a Chinese sea named disputed
as a kind (南海争议岛礁, 中日争议岛屿; 争议海域 and 搁置争议 are China's own words for sea areas).

Eighteenth round (checklist items 345–346): **China's territory placed in a division of the claimant state**
(印度拉达克的阿克赛钦, 菲律宾巴拉望省的仁爱礁: any division between the state and the feature, or the division alone),
and **foreign-policy positions** (``POSITIONS``: Jerusalem as Israel's capital, the Golan and the West Bank as Israel's,
Crimea and the regions annexed in 2022 as Russia's, 福克兰群岛 for 马尔维纳斯群岛, Kashmir as India's or Pakistan's,
Kosovo's capital or president) unless the sentence reports the act or the claim.

``territory_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text (the convention of
``statehood_hits``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pypinyin import lazy_pinyin
from rapidfuzz import fuzz

from detectors.content_political import REJECTS, _sentence, countries, so_called

NAMES_FILE = Path(__file__).resolve().parent / "data" / "territory_names.tsv"
HAN = "\u4e00-\u9fff"
Hit = tuple[int, int, str, str, str]
CLAUSE_ENDS = "。！？!?；;\n，,：:(（)）"

# ---- other sides' names of Chinese territory -----------------------------------------------------------------

# Feature words of Chinese place names of islands and seas, longest first.
FEATURE = r"(?:群礁|环礁|暗沙|暗礁|浅滩|沙洲|群岛|岛群|列岛|诸岛|列屿|岛屿|岛|礁|滩|屿)"
# Characters Chinese writers use to transliterate foreign names (the syllable table of 新华社《世界人名翻译大辞典》 and
# GB/T 17693《外语地名汉字译写导则》, the common ones); the interpunct and the hyphen join the parts of a name.
TRANSLIT = ("阿埃艾爱安昂奥巴拜班邦宝保鲍贝本比彼宾波伯博布查达戴丹当道德登迪蒂第丁东杜顿多厄恩尔法凡范方菲斐费芬丰夫弗福"
            "富盖甘冈高戈格根古瓜圭哈海汉豪赫亨洪胡华怀霍基吉加佳贾杰金津卡凯坎康考柯科可克肯孔库夸奎昆拉腊莱兰朗劳勒"
            "雷蕾黎里丽利莉连列林琳留柳龙隆卢鲁路伦罗洛吕马玛迈麦曼芒毛梅门蒙孟米密敏明摩莫墨默姆穆纳娜乃奈南楠瑙内"
            "妮尼涅宁纽努诺欧帕派潘庞佩彭皮平珀普奇齐恰乔切钦琼丘屈萨塞赛桑瑟森沙莎尚绍舍申什施史斯松苏索塔泰坦汤"
            "唐陶特滕提廷通图托瓦万旺威韦维温文翁沃乌伍武西希锡席夏谢辛欣休雅亚延扬央耶伊因英尤于约云扎泽詹兹佐刹"
            "那诺若茹柯")
TRANSLIT_RUN = re.compile(rf"[{TRANSLIT}·\-]{{2,12}}(?={FEATURE})")
SOUND_MIN = 85  # rapidfuzz ratio (0..100) of the pinyin key to the name's key from which a transliteration matches
# Lone-consonant syllables of transliterations (斯 s, 克 k, 特 t …) and vowels written otherwise in pinyin.
LONE = {"si": "s", "ke": "k", "te": "t", "de": "d", "mu": "m", "ge": "g", "le": "l", "fu": "f", "pu": "p", "bu": "b",
        "zi": "z", "ci": "ts"}
O_VOWEL = {"ke": "ko", "ge": "go", "he": "ho", "le": "lo", "de": "do", "te": "to", "me": "mo", "ne": "no"}
# The sea: where an ordinary-looking name (生存岛) is an other side's name of a feature.
SEA_CONTEXT = re.compile(r"南海|南沙|西沙|中沙|东沙|黄岩|岛礁|海域|海警|渔船|渔民|巡航|菲律宾|越南|马来西亚|印尼|钓鱼岛|东海|"
                         r"领海|主权|舰|船员|海上")
SIDES = (r"(?:菲方|菲律宾|越方|越南|马方|马来西亚|印尼|日方|日本|印方|印度|俄方|俄罗斯|俄国|苏方|苏联|美方|美国|英方|西方|外方|"
         r"对方|他国|外国)")
# A sentence that names the other side's name as theirs, or corrects it.
# Words about the act (非法滞留, 挑衅) do not report the name: only words about naming, or a correction, do.
REPORTED = re.compile(r"所谓|妄称|谎称|声称|宣称|错误|不承认|非法命名|擅自命名|称之为|称其为|称为|称作|叫作|叫做|命名|更名|改名|"
                      r"名为|又称|又名|别称|旧称|原名|"
                      rf"{SIDES}[{HAN}]{{0,6}}?(?:称|所称|叫)|叫法|说法|即我国|"
                      rf"我国(?:的)?[{HAN}]{{2,5}}(?:礁|岛|滩|沙洲|群岛)|"
                      r"译名|音译|英文名|英文名称|外文名|地名委员会|标准地名|规范地名|更正|纠正|应为|应称")
LATIN_FEATURE = r"(?:islands?|islets?|isla|reefs?|shoals?|cays?|banks?|atolls?|group|sea)"
# Words before a name: Malay pulau / terumbu / beting, Spanish isla / bajo, Vietnamese đảo / đá / bãi / quần đảo
# (matched with their diacritics too, through _latin_pattern), English cay.
LATIN_BEFORE_WORDS = ("pulau", "terumbu", "beting", "isla", "bajo", "quan dao", "dao", "da", "bai", "cay")
ACCENTED = {"a": "aàáảãạăằắẳẵặâầấẩẫậ", "e": "eèéẻẽẹêềếểễệ", "i": "iìíỉĩị", "o": "oòóỏõọôồốổỗộơờớởỡợ",
            "u": "uùúủũụưừứửữự", "y": "yỳýỷỹỵ", "d": "dđ"}


@dataclass(frozen=True)
class ForeignName:
    kind: str  # sound / latin / zh
    name: str
    standard: str
    side: str
    feature: str  # y / c / n


@lru_cache(maxsize=1)
def foreign_names() -> tuple[ForeignName, ...]:
    """The entries of ``data/territory_names.tsv``."""
    out = []
    for line in NAMES_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, standard, side, feature = (c.strip() for c in line.split("\t"))
        out.append(ForeignName(kind, name, standard, side, feature))
    return tuple(out)


def _latin_key(name: str) -> str:
    """A Latin name as Chinese transliteration hears it: c/qu → k, r → l, v → b, z → s, no spaces."""
    s = unicodedata.normalize("NFKD", name.lower())
    s = "".join(c for c in s if c.isascii() and c.isalpha())
    s = re.sub(r"c(?=[eiy])", "s", s)
    for a, b in (("qu", "k"), ("ph", "f"), ("ck", "k"), ("c", "k"), ("r", "l"), ("v", "b"), ("z", "s"), ("ng", "n")):
        s = s.replace(a, b)
    return re.sub(r"(.)\1", r"\1", s)


def _syllable(s: str, variant: str) -> str:
    """One pinyin syllable as a transliteration sounds (金 jin → gin, 加 jia → ga, 埃 ai → e); ``variant`` strip: 斯 →
    s, 克 → k; o: 科 ke → ko."""
    if variant == "o" and s in O_VOWEL:
        return O_VOWEL[s]
    if variant == "strip" and s in LONE:
        return LONE[s]
    for a, b in (("zh", "j"), ("x", "s"), ("q", "k"), ("j", "g"), ("sh", "s"), ("ch", "ch")):
        if s.startswith(a):
            s = b + s[len(a):]
            break
    s = s.replace("gia", "ga").replace("uo", "o").replace("ei", "e").replace("ou", "o")
    return {"ai": "e", "yi": "i", "wu": "u", "er": "l"}.get(s, s)


def _pinyin_keys(chars: str) -> list[str]:
    syllables = lazy_pinyin(chars)
    return [_latin_key("".join(_syllable(p, v) for p in syllables)) for v in ("", "strip", "o")]


@lru_cache(maxsize=1)
def _sound_keys() -> tuple[tuple[str, ForeignName], ...]:
    return tuple((_latin_key(n.name), n) for n in foreign_names() if n.kind == "sound")


def _latin_pattern(name: str) -> str:
    parts = []
    for word in name.split():
        parts.append("".join(f"[{ACCENTED[c]}]" if c in ACCENTED else re.escape(c) for c in word))
    return r"[\s\-]?".join(parts)


@lru_cache(maxsize=1)
def _literal_patterns() -> tuple[re.Pattern, re.Pattern, tuple[ForeignName, ...]]:
    """One pattern for the names in Chinese characters, one for those in Latin letters (group ``n<i>`` is entry
    ``i``), and the entries."""
    names = foreign_names()
    zh, latin = [], []
    for i, n in enumerate(names):
        if n.kind == "zh":
            zh.append(rf"(?P<n{i}>{re.escape(n.name)}(?:{FEATURE})?)")
            continue
        core = _latin_pattern(n.name)
        if n.feature == "y":
            before = "(?:" + "|".join(_latin_pattern(w) for w in LATIN_BEFORE_WORDS) + ")"
            latin.append(rf"(?P<n{i}>(?<![a-z]){before}\s+{core}(?![a-z])|(?<![a-z]){core}\s*{LATIN_FEATURE}(?![a-z]))")
        else:
            latin.append(rf"(?P<n{i}>(?<![a-z]){core}(?:\s*{LATIN_FEATURE})?(?![a-z]))")
    # a look-ahead on the names' first characters lets the scan skip every other position before trying the alternation
    # (content-political25: the alternation grew by the chart names translated by meaning)
    firsts = "".join(sorted({n.name[0] for n in names if n.kind == "zh"}))
    return re.compile(f"(?=[{re.escape(firsts)}])(?:{'|'.join(zh)})"), re.compile("|".join(latin)), names


# Pinyin's d / t, b / p, g / k differ by aspiration, not by voice: a transliteration writes an English t with 都 as often
# as with 图 (Itu Aba: 伊图阿巴, 伊都阿巴), so keys are compared with the pairs merged (content-political21).
DEVOICE = str.maketrans("dbg", "tpk")


def _sound_match(run: str) -> tuple[int, ForeignName, bool] | None:
    """The offset in ``run`` where a transliteration of a listed name starts, the name, and whether the sound is the
    same (the run ends before a feature word; the name is its tail)."""
    best: tuple[float, int, ForeignName] | None = None
    keys = _sound_keys()
    for i in range(len(run) - 1):
        tail = run[i:].strip("·-")
        if len(tail) < 2:
            continue
        for cand in _pinyin_keys(tail.replace("·", "").replace("-", "")):
            for key, name in keys:
                if len(key) < 4 or abs(len(key) - len(cand)) > 3:
                    continue
                score = fuzz.ratio(cand.translate(DEVOICE), key.translate(DEVOICE))
                if score >= SOUND_MIN and (len(key) >= 6 or score == 100) and (best is None or score > best[0]):
                    best = (score, i, name)
    return None if best is None else (best[1], best[2], best[0] == 100)


# Shared mountains and rivers (feature s): where a post speaks of the Chinese side, and the words of the neighbour's
# side, in whose sentences its own name is right.
SHARED_CONTEXT = {"长白山": re.compile(r"长白|天池|吉林|延边|延吉|安图|抚松|二道白河|东北|长春|火山|景区|滑雪|冰雪|林海|雪乡"),
                  "珠穆朗玛峰": re.compile(r"珠峰|西藏|日喀则|定日|绒布|登山|攀登|峰顶|登顶|海拔|喜马拉雅|最高峰|北坡|中国一侧|我国一侧"),
                  "图们江": re.compile(r"图们|珲春|延边|延吉|吉林|龙井|和龙|防川|口岸|界河|出海")}
SIDE_COUNTRY = {"朝韩方": re.compile(r"朝鲜|韩国|朝方|韩方|平壤|首尔|三池渊|两江道"),
                "尼方": re.compile(r"尼泊尔|尼方|加德满都")}


# The border itself (位于中国与尼泊尔边界上, 中朝界河) names the neighbour without speaking of its side: a mountain named only
# by the neighbour's name on the border is still named by the foreign name (content-political22).
SHARED_BORDER = re.compile(r"中(?:国)?(?:与|和|同|、)?(?:尼泊尔|尼|朝鲜|朝)(?:两国)?(?:的)?(?:边界|边境|交界|国界|界河|界山)|"
                           r"(?:尼泊尔|朝鲜)(?:与|和|同)中国(?:的)?(?:边界|边境|交界|国界|界河|界山)")


def _chinese_side(folded: str, a: int, n: ForeignName) -> bool:
    context, side = SHARED_CONTEXT.get(n.standard), SIDE_COUNTRY.get(n.side)
    if context is None or not context.search(folded):
        return False
    return side is None or not side.search(SHARED_BORDER.sub("", _sentence(folded, a)))


def _reported(folded: str, a: int, b: int, in_quotes: Callable[[int, int], bool]) -> bool:
    return in_quotes(a, b) or so_called(folded, a) or bool(REPORTED.search(_sentence(folded, a)))


# A foreign name of China's own feature given as its other name (赤瓜礁又称约翰逊南礁, 永兴岛也叫伍迪岛) is the post's
# own wording, not a report (content-political20, checklist 381): 又称, 又名, 别称, 也叫 count as reporting only when
# the sentence says whose name it is (菲律宾称, 英文名, 越方 … — REPORTED's other words).
#
# A claim (声称, 宣称, 谎称) reports the name only when it is a claim about the land: whose claim it is (日方声称, a side)
# or what it claims (主权, 领土, 属于 …) is in the sentence (content-political23). A fraudster's claim of a trip
# (不法分子声称组织前往尖阁诸岛“考察”) is the post's own wording of the place.
NAME_REPORTED = re.compile(REPORTED.pattern.replace("名为|又称|又名|别称|", "名为|").replace("谎称|声称|宣称|", "")
                           .replace(rf"我国(?:的)?[{HAN}]{{2,5}}(?:礁|岛|滩|沙洲|群岛)|", "") + r"|英文|外文|英语")
CLAIM = re.compile(r"谎称|声称|宣称")
CLAIM_ABOUT_LAND = re.compile(rf"{SIDES}|主权|领土|领海|属于|归属|所属|管辖|实际控制|控制权|命名|其固有|划入|列入|纳入")
# The feature's own standard name given with the foreign one (菲方所称的阿云金礁即我国仁爱礁) reports it; any other Chinese
# feature after 我国 does not (content-political21: 我国南海诸岛，包括伊图阿巴岛 lists the foreign name as a feature of ours,
# which REPORTED's 我国 + any island word read as a correction).
OUR_NAME = r"(?:即|就是|也就是|即为|系|是|为)?(?:我国|中国)(?:的)?"
# A foreign chart name given as the feature's "English name" (华阳礁，英文名库阿特隆礁) is the post's own wording, like
# 又称: China's English name of a feature is its standard name in pinyin (中国地名委员会; 联合国第三届地名标准化会议 1977
# 决议: 汉语拼音为中国地名罗马字母拼写的国际标准 — Huayang Jiao); only a sentence that says whose name it is (菲方称, 西方
# 海图, 英国海图) or calls it old (英文旧称, 曾称) reports it.
ENGLISH_ALIAS = r"(?:其|它的|它|的)?(?:英文|英语|外文)(?:名|名称|名字|叫|称|叫作|叫做)(?:为|是|叫|作)?[：:]?"
ENGLISH_ALIAS_REPORTED = re.compile(rf"{SIDES}|外国|国外|国际上|海图|旧称|旧名|曾称|曾用|所谓|殖民|不再|非法")


ALIAS_WORD = r"(?:又称|又名|别称|别名|也叫|也称|亦称|又叫|另称|俗称|或称)"
ALIAS_SIDE = re.compile(rf"{SIDES}|英文|外文|外国|国外|国际上|西方")


def _name_reported(folded: str, a: int, b: int, in_quotes: Callable[[int, int], bool], n: ForeignName) -> bool:
    before = folded[max(0, a - len(n.standard) - 8):a]
    standards = "|".join(re.escape(s.strip()) for s in n.standard.split("/"))
    if re.search(rf"(?:{standards})[，,]?{ALIAS_WORD}[“\"「『]?$", before) and not ALIAS_SIDE.search(before):
        return False  # 赤瓜礁又称约翰逊南礁: the standard name's "other name" is the foreign one
    sentence = _sentence(folded, a)
    wide = folded[max(0, a - len(n.standard) - 12):a]
    if re.search(rf"(?:{standards})[，,（(]?{ENGLISH_ALIAS}[“\"「『]?$", wide) and not ENGLISH_ALIAS_REPORTED.search(sentence):
        return False  # 华阳礁，英文名库阿特隆礁: the chart name given as the feature's own English name
    if re.search(rf"{OUR_NAME}(?:{standards})", sentence):
        return True
    if CLAIM.search(sentence) and CLAIM_ABOUT_LAND.search(sentence.replace(folded[a:b], "")):  # (西菲律宾海 names 菲律宾)
        return True
    return in_quotes(a, b) or so_called(folded, a) or bool(NAME_REPORTED.search(sentence))


def _name_hit(a: int, b: int, n: ForeignName) -> Hit:
    return (a, b, "领土称谓", n.standard,
            f"使用{n.side}对我国领土或海域的称谓（应使用我国标准名称“{n.standard}”）")


def _foreign_name_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    zh, latin, names = _literal_patterns()
    for pattern in (zh, latin) if re.search("[a-z]", folded) else (zh,):
        for m in pattern.finditer(folded):
            n = names[int(m.lastgroup[1:])]
            if n.feature == "c" and not SEA_CONTEXT.search(folded):
                continue
            if m.group(0).endswith("礁") and folded.startswith(("石", "盘", "坪", "体"), m.end()):
                continue  # 在南海发现礁石: 礁石 / 礁盘 are rocks and reef flats, not a chart name translated by meaning
            if n.feature == "s" and not _chinese_side(folded, m.start(), n):
                continue
            if not _name_reported(folded, m.start(), m.end(), in_quotes, n):
                yield _name_hit(m.start(), m.end(), n)
    for m in TRANSLIT_RUN.finditer(folded):
        found = _sound_match(m.group(0))
        if found is None:
            continue
        i, n, exact = found
        a = m.start() + i
        feature = re.match(FEATURE, folded[m.end():])
        b = m.end() + (feature.end() if feature else 0)
        if folded.startswith(("礁石", "岛国", "岛链"), m.end()):
            continue  # 达拉斯礁石餐厅: 礁石 is a rock, not a reef's name
        island = feature is not None and feature.group(0) in ("岛", "群岛", "岛屿", "列岛", "诸岛", "屿")
        if island and n.side == "英文旧称" and re.search(r"(?:礁|暗沙|滩)$", n.standard.split(" / ")[0]):
            continue  # a chart's reef or shoal name before 岛 is another place (科莫多岛 is not Commodore Reef); the
            # claimants' own names may call a reef they built on an island (马来西亚拉央拉央岛)
        if island and not (exact and len(n.name) >= 6) and not SEA_CONTEXT.search(folded):
            continue  # an island's name near a listed name's sound: only where the post speaks of the sea
        if not _name_reported(folded, a, b, in_quotes, n):
            yield _name_hit(a, b, n)


# ---- Chinese territory framed as disputed ---------------------------------------------------------------------

CN_LAND = (r"(?:钓鱼岛(?:及其附属岛屿)?|赤尾屿|黄尾屿|黄岩岛|南海诸岛|南沙群岛|西沙群岛|中沙群岛|东沙群岛|南沙|西沙|美济礁|仁爱礁|"
           r"永暑礁|渚碧礁|仙宾礁|铁线礁|中业岛|藏南(?:地区)?|阿克赛钦|达旺)")
DISPUTED_AREA = r"(?:有)?争议(?:的)?(?:岛屿|岛礁|领土|地区|海域|区域|地带|领海|岛|礁)"
DISPUTED = re.compile(
    rf"{CN_LAND}[^。；;!?！？\n，,]{{0,6}}?(?:等|这一|这个|这些|一带|等地)(?:的)?{DISPUTED_AREA}|"
    rf"{CN_LAND}(?:是|为|属于|作为|成为)(?:一个|一块|一处)?(?:中[日菲越印](?:之间|两国)?)?(?:的)?{DISPUTED_AREA}|"
    rf"(?:有|存在|存有)?争议(?:的)?(?:岛屿|岛礁|领土|地区|海域)?[^。；;!?！？\n，,]{{0,3}}?{CN_LAND}|"
    rf"{CN_LAND}(?:的)?(?:主权|归属|领土主权)(?:问题)?(?:尚|仍|仍然|至今|一直)?(?:存在|有|存有|尚有)(?:争议|分歧)|"
    rf"{CN_LAND}(?:的)?(?:主权|归属)(?:尚|仍|仍然|至今|一直)?(?:未定|待定|不明|未决)|"
    # the islands of a Chinese sea, or of China and a neighbour, called disputed as a kind (南海争议岛礁, 中菲争议岛屿);
    # a sea area may be disputed (争议海域, 搁置争议、共同开发), land is not
    rf"(?:南海|东海|中[日菲越印马](?:之间)?)(?:的|地区)?(?:有|存在)?争议(?:的)?(?:岛礁|岛屿|领土|群岛|诸岛|岛|礁)")
DISPUTED_REJECTED = re.compile(REJECTS.pattern + r"|不存在|无可争辩|毋庸置疑|不容置疑|不容争辩|固有领土|炒作|挑起|企图|妄图|声称|"
                               r"宣称|主张|日方|菲方|越方|印方|美方|否认|歪曲")


def _disputed_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in DISPUTED.finditer(folded) if ("争议" in folded or "未定" in folded or "待定" in folded) else ():
        if in_quotes(m.start(), m.end()) or DISPUTED_REJECTED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "岛礁归属", "我国固有领土（主权无可争辩）",
               "把我国领土称为“争议岛屿”“争议地区”或“主权未定”")

# The peninsula is 朝鲜半岛 in Chinese usage (新华社: 朝鲜半岛, 半岛无核化); 韩半岛 (한반도) is the Republic of Korea's
# name for it. A post that names the name as Korea's (韩方称, 韩国所称) is right.
KOREAN_PENINSULA = re.compile(r"(?<![“\"「『])韩(?:国)?半岛(?![”\"」』])")


def _peninsula_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in KOREAN_PENINSULA.finditer(folded) if "半岛" in folded else ():
        if not _reported(folded, m.start(), m.end(), in_quotes) and \
                not re.search(r"韩方|韩国方面|韩国人|韩国所称|叫法|说法|称为|称之为", _sentence(folded, m.start())):
            yield m.start(), m.end(), "地名称谓", "朝鲜半岛", "朝鲜半岛不使用韩国方面的称谓“韩半岛”"


# ---- the Strait's "median line" -------------------------------------------------------------------------------

STRAIT = r"(?:台湾海峡|台海|海峡|两岸)"
MEDIAN = re.compile(rf"(?<![“\"「『])(?P<strait>{STRAIT})?(?:的)?(?P<line>中间线|中线)(?![”\"」』])")
STRAIT_CONTEXT = re.compile(r"台海|台湾海峡|海峡|台湾|台岛|岛内|两岸|解放军|战机|军机|舰|东部战区|巡航|演习|演训|台当局|民进党")
CROSSING = frozenset({"越过", "跨越", "逾越", "穿越", "飞越", "靠近", "逼近", "突破", "跨过"})
MEDIAN_OTHER = re.compile(r"球场|足球|篮球|马路|道路|公路|车道|跑道|南水北调|中线工程|干渠|输水|调水|中线高速|巡线|中线距离|"
                          r"前锋|后卫|中场|线路|地铁|高铁|航线|公交|面积|三角形|几何|纸")
MEDIAN_REJECTED = re.compile(REJECTS.pattern + r"|不存在|根本没有|从来没有|从未|不承认|不认可|不是|自行划设|单方面|臆造|编造|虚构|"
                             r"杜撰|美军|美方|美国")


def _median_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in MEDIAN.finditer(folded) if ("中线" in folded or "中间线" in folded) else ():
        sentence = _sentence(folded, m.start())
        if not m.group("strait"):
            # a bare 中间线 in a sentence about the Strait; a bare 中线 only when crossed (越过中线)
            crossed = folded[max(0, m.start() - 2):m.start()] in CROSSING
            if not STRAIT_CONTEXT.search(sentence) or (m.group("line") == "中线" and not crossed):
                continue
        if MEDIAN_OTHER.search(sentence) or in_quotes(m.start(), m.end()) or so_called(folded, m.start()):
            continue
        if MEDIAN_REJECTED.search(sentence):
            continue
        yield (m.start(), m.end(), "台湾:海峡中线", "台湾海峡（不承认所谓“海峡中线”，必须用时加“所谓”和引号）",
               "把所谓“海峡中线”当作真实存在的界线")


# ---- Hong Kong, Macao or Taiwan inside a list of countries ----------------------------------------------------

NUM = r"(?:\d+|[一二两三四五六七八九十百几数]+)(?:多|余)?个?"
REGION_ADJ = (r"(?:亚洲|东南亚|东亚|南亚|欧洲|欧美|西方|周边|邻近|发达|沿线|一带一路沿线|友好|海外|外国|境外|其他|其它|主要|重点|"
              r"客源|新兴|东盟)")
# (等邻国 / 等邻邦: a neighbour is another state, so 和地区 does not right it — 日本、台湾等邻国和地区 makes Taiwan a
# neighbour of China; content-political38)
AMONG = re.compile(rf"(?:等|各)(?:{NUM})?(?:(?:{REGION_ADJ}){{0,2}}(?P<state>国家|国)(?!(?:家)?(?:和|及|与|或|、|/|\(|（)?(?:地区|境外))"
                   r"(?![内际营企有民度情产货籍策旗歌徽庆土界门])|(?P<neighbour>邻国|邻邦))")
INCLUDING = re.compile(rf"包括(?P<who>(?:中国)?(?:香港|澳门|台湾)(?:地区)?)在内的(?:{NUM})?(?:{REGION_ADJ}){{0,2}}(?:国家|国)"
                       r"(?!(?:家)?(?:和|及|与|或|、|/|\(|（)?地区)")
LIST_SEP = re.compile(r"[、和与及]|以及")
LIST_LEAD = re.compile(r"据|来自|包括|包含|例如|比如|诸如|其中|分别|涉及|遍及|覆盖|销往|远销|出口到|出口至|出口|进口自|引进|"
                       r"邀请|吸引了|吸引|如|有|是|为|由|从|自|向|与|同|和|到|至|赴|往")
HMT_ITEM = re.compile(r"(?:中国)?(?P<who>香港|澳门|台湾)(?:地区|特区|特别行政区)?$")


def _among_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not ("香港" in folded or "澳门" in folded or "台湾" in folded):
        return
    states = countries()
    for m in AMONG.finditer(folded):
        a = max(folded.rfind(c, 0, m.start()) for c in CLAUSE_ENDS) + 1
        head = folded[a:m.start()]
        lead = list(LIST_LEAD.finditer(head))
        items = [s for s in LIST_SEP.split(head) if s]
        if lead:  # the items after the last word that introduces the list
            tail = head[lead[-1].end():] if LIST_SEP.search(head[lead[-1].end():]) else head
            items = [s for s in LIST_SEP.split(tail) if s]
        hmt = [s for s in items if HMT_ITEM.search(s) and len(s) <= 8]
        others = [s for s in items if s not in hmt and any(s.endswith(c) for c in states if c != "中国")]
        if not hmt or not others or in_quotes(m.start(), m.end()) or so_called(folded, a):
            continue
        if re.search(r"不能|不应|不得|错误|纠正|更正", _sentence(folded, m.start())):
            continue
        start = a + head.find(items[0])
        while start < m.start() and not ("\u4e00" <= folded[start] <= "\u9fff"):
            start += 1  # 【新加坡、香港等国家: the list starts at its first name
        yield start, m.end(), "港澳台:国家", "……国家和地区", "把香港、澳门、台湾列在国家之中（应称“国家和地区”）"
    for m in INCLUDING.finditer(folded):
        if not in_quotes(m.start(), m.end()):
            yield m.start(), m.end(), "港澳台:国家", "……国家和地区", "把香港、澳门、台湾列在国家之中（应称“国家和地区”）"


# ---- "from China" said to Hong Kong or Macao -------------------------------------------------------------------

HKM_CONTEXT = re.compile(r"香港|澳门|港澳|赴港|来港|抵港|在港|赴澳|来澳|抵澳|在澳|港府|澳府|特区政府|特别行政区")
NOT_MAINLAND_HEAD = (rf"(?!内地|大陆|香港|澳门|台湾|各地|各省|其他|其它|境内|中央|政府|国家|[{HAN}]{{0,8}}?"
                     r"(?:省|市|县|馆|院|大学|中心|公司|集团|银行|协会|学会|队|基金会|研究所|委员会))")
FROM_CHINA = re.compile(rf"(?P<w>来自|源自|产自|运自|引进自|从)中国{NOT_MAINLAND_HEAD}")
CHINA_GIVES = re.compile(rf"(?<![“\"「『])中国(?!内地|大陆|中央|政府)[{HAN}]{{0,3}}?(?:赠送|赠予|赠给|送给|捐赠|输送|供应)"
                         r"(?:给)?(?:香港|澳门)|中国(?:向|给)(?:香港|澳门)(?:特区)?(?:赠送|捐赠|输送|供应|提供)")


def _from_china_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "中国" not in folded or not HKM_CONTEXT.search(folded):
        return
    states = [c for c in countries() if c != "中国" and len(c) >= 2]
    for pattern in (FROM_CHINA, CHINA_GIVES):
        for m in pattern.finditer(folded):
            sentence = _sentence(folded, m.start())
            if not HKM_CONTEXT.search(sentence) or any(c in sentence for c in states):
                continue
            if in_quotes(m.start(), m.end()) or re.search(r"所谓|错误|不能说|不应|不宜|纠正|更正", sentence):
                continue
            end = m.end()
            tail = re.match(rf"(?:的)?[{HAN}]{{1,4}}?(?=[，,。；;！!？?\s]|$|来到|运抵|落户|抵达|入住)", folded[end:])
            if m.re is FROM_CHINA and tail:
                end += tail.end()
            yield (m.start(), end, "中国与港澳", "来自内地 / 中央政府赠送（香港、澳门就在中国）",
                   "对香港、澳门说“来自中国”“中国赠送”，好像它们不在中国")


# ---- ethnic-region and separatist names -------------------------------------------------------------------------

# 川西藏区: the older rule leaves 西 + 藏区 alone (西藏 + 区); after a region's short name it is 川西 + 藏区.
WEST_TIBETAN_AREA = re.compile(r"(?<=[川滇甘青康])西(?:北|南)?藏区(?!域|间)")
EAST_TURK = re.compile(r"(?<![“\"「『])东突(?!厥|破|击|然|发|出|起|围|进|袭)(?![”\"」』])")
# 回子 alone is also 收回 / 撤回 / 驳回 + 子公司, 子女 …: only as a person (老回子, 回子们).
OLD_INSULTS = re.compile(r"(?:老|小)回子|(?<![收撤驳退返召挽找赎拿取寄带送打转来往这那一几每哪两三个])回子们|"
                         r"(?<![东西南北吐三几])番子(?!们?的?(?:事|次))|缠回|黑番|生番|熟番")
INSULT_RIGHT = {"老回子": "回族群众", "小回子": "回族群众", "回子们": "回族群众", "番子": "藏族群众", "缠回": "维吾尔族",
                "黑番": "藏族群众",
                "生番": "台湾少数民族（高山族）", "熟番": "台湾少数民族（高山族）"}
INSULT_HISTORY = re.compile(r"古代|清代|清朝|明代|明朝|历史上|史书|史料|文献|记载|旧称|旧时|旧社会|侮辱|蔑称|贬称|东厂|锦衣卫|称为|称作|"
                            r"叫做|曾被|清政府|荷兰|荷据")


def _ethnic_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in WEST_TIBETAN_AREA.finditer(folded) if "藏区" in folded else ():
        if not in_quotes(m.start(), m.end()):
            a = m.start() - 1
            yield a, m.end(), "涉藏", "涉藏地区 / 涉藏州县（如四川涉藏地区）", "应称“涉藏地区”（2021 年起不再使用“藏区”）"
    for m in EAST_TURK.finditer(folded) if "东突" in folded else ():
        if not so_called(folded, m.start()):
            yield m.start(), m.end(), "分裂主张:引号", "“东突”", "“东突”是分裂势力的名称，必须加引号使用"
    for m in OLD_INSULTS.finditer(folded):
        if not in_quotes(m.start(), m.end()) and not INSULT_HISTORY.search(_sentence(folded, m.start())):
            yield (m.start(), m.end(), "民族宗教", INSULT_RIGHT[m.group(0)],
                   "对各民族不得使用旧社会流传的侮辱性称呼或已废止的旧称")


# ---- Taiwan presented as a state: its flag, and "state-to-state" relations ---------------------------------------

# The flag of the Republic of China (青天白日满地红旗) shown as Taiwan's today; before 1949 (北伐, 抗战, 国民政府) it is
# history. 李登辉's 1999 "special state-to-state relations" (两国论), said as a fact: 两岸关系不是国与国关系
# (《反分裂国家法》第二条; 《关于正确使用涉台宣传用语的意见》).
ROC_FLAG = re.compile(r"(?<![“\"「『])青天白日(?:满地红)?旗(?![”\"」』])")
FLAG_HISTORY = re.compile(r"19[0-4]\d|民国时期|国民政府|国民革命军|北伐|抗战|抗日|辛亥|黄埔|旧址|博物馆|纪念馆|展品|文物|历史|当年|南京")
STATE_TO_STATE = re.compile(r"两岸(?:之间)?(?:关系)?(?:是|为|属于|系|定位为|定位成)?(?:一种)?(?:特殊的)?国与国(?:之间)?(?:的)?(?:关系)?")
STATE_TO_STATE_REJECTED = re.compile(REJECTS.pattern + r"|两国论|不是|并非|而非|从来不是|绝非|荒谬|否定|批驳|李登辉")


def _taiwan_state_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    for m in ROC_FLAG.finditer(folded) if "青天白日" in folded else ():
        if not so_called(folded, m.start()) and not FLAG_HISTORY.search(_sentence(folded, m.start())):
            yield m.start(), m.end(), "中华民国", "台湾地区使用的旗帜（必须用时加引号）", "把“青天白日满地红旗”当作现存国家的旗帜"
    for m in STATE_TO_STATE.finditer(folded) if "国与国" in folded else ():
        if not in_quotes(m.start(), m.end()) and not STATE_TO_STATE_REJECTED.search(_sentence(folded, m.start())):
            yield m.start(), m.end(), "两岸:两国", "两岸关系（不是国与国关系）", "把两岸关系说成“国与国”关系"


# ---- eighteenth round: China's territory placed in another state's divisions; foreign-policy positions ----------

# China's territory placed in a division of the state that claims it (印度拉达克的阿克赛钦, 日本冲绳县石垣市的钓鱼岛,
# 菲律宾巴拉望省的仁爱礁, 越南庆和省的南沙群岛): the claimant's own administrative map (外交部: 阿克赛钦 is in 新疆和田
# 地区, 钓鱼岛 in 台湾省宜兰县, 南海诸岛 in 海南省三沙市). Complete by construction: a claimant state, then any of its
# divisions (a name ending in 邦, 县, 省, 州, 市, 中央直辖区, or one of the claimants' divisions named without a
# suffix), then a Chinese feature of content_political_lists.CN_FEATURES. The older rules read the claimant and the
# feature side by side (印度阿克赛钦, 印度的藏南); this one reads the division between, and the division alone.
CLAIMANT_STATES = r"(?:印度|日本|菲律宾|越南|马来西亚|文莱|印度尼西亚|印尼|不丹)"
# Japan's island groups of the Ryukyu arc (琉球群岛 / 西南诸岛 / 南西诸岛, 先岛群岛, 宫古列岛) are where Japan places 钓鱼岛
# (the 2012 white paper: 钓鱼岛 are islands affiliated to Taiwan, not part of the Ryukyus; content-political22).
CLAIMANT_DIVISIONS = (r"(?:拉达克|查谟和克什米尔|查谟|克什米尔|喜马偕尔|北阿坎德|阿鲁纳恰尔|冲绳|石垣|八重山|与那国|巴拉望|卡拉延|"
                      r"卡拉扬|琉球|西南诸岛|南西诸岛|先岛|宫古|三描礼士|庆和|岘港|沙巴|砂拉越|纳土纳|廖内)")
DIVISION_SUFFIX = r"(?:中央直辖区|直辖区|联邦直辖区|邦|县|省|州|市|郡|岛群|群岛|诸岛|列岛|地区|区)"
PLACED_ABROAD = re.compile(
    rf"(?P<who>{CLAIMANT_STATES}(?:的)?(?:(?:{CLAIMANT_DIVISIONS}|[{HAN}]{{1,6}}?)"
    rf"{DIVISION_SUFFIX}{{0,2}}|{CLAIMANT_DIVISIONS})|{CLAIMANT_DIVISIONS}{DIVISION_SUFFIX}{{0,2}})"
    rf"(?:的|所辖的?|辖下的?|管辖的?|境内的?)?(?P<what>{{features}})")
PLACED_GATE = re.compile(f"{CLAIMANT_STATES}|{CLAIMANT_DIVISIONS}")
# an India–China wording between (中印边境的, 与中国交界的) is no placement; 争端 / 冲突 after the feature name a dispute
NOT_PLACED = re.compile(r"中|与|和|同|跟|边境|边界|交界|接壤|争|实际控制线|对面|附近|一侧|北部|以北|东侧|西侧")


@lru_cache(maxsize=1)
def _placed_abroad() -> re.Pattern:
    from detectors.content_political_lists import CN_FEATURES

    return re.compile(PLACED_ABROAD.pattern.replace("{features}", CN_FEATURES))


def _placed_abroad_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    from detectors.content_political_lists import CLAIM_AS_CLAIM

    if not PLACED_GATE.search(folded):
        return
    for m in _placed_abroad().finditer(folded):
        who = m.group("who")
        if len(who) <= 4 and re.fullmatch(CLAIMANT_STATES + "(?:的)?", who):
            continue  # the state alone before the feature: the older rules' (ATTRIBUTED, CLAIMED)
        if NOT_PLACED.search(re.sub(rf"^{CLAIMANT_STATES}|{CLAIMANT_DIVISIONS}|(?:中央|联邦)?直辖区", "", who)) or \
                re.match(r"(?:争端|争议|问题|对峙|冲突|事件|仲裁|之争|海战|之战|战役)", folded[m.end():]):
            continue
        if CLAIM_AS_CLAIM.search(_sentence(folded, m.start())) or _reported(folded, m.start(), m.end(), in_quotes):
            continue
        yield (m.start(), m.end(), "岛礁归属", f"我国{m.group('what')}",
               "把我国领土写在他国行政区划之下（阿克赛钦属新疆和田地区，钓鱼岛属台湾省，南海诸岛属海南省三沙市）")


# China's territory placed in a part of the claimant state named by its compass point or as one of its towns (印度东北部的
# 达旺, 印度北部的阿克赛钦, 菲律宾西部的仁爱礁, 印度边境小镇达旺; content-political21): PLACED_ABROAD reads a division
# between the state and the feature, the older rules the state alone; this reads a region of the state (东北部, 东北地区,
# 北方 …) or a word for one of its towns (小镇, 小城, 重镇 …) between. The mainland places these features in 西藏自治区,
# 新疆和田地区, 台湾省, 海南省三沙市. A sentence that reports the claim, or a word of the border between (中印边境) is right.
COMPASS_PART = (r"(?:东北部|西北部|东南部|西南部|北部|南部|东部|西部|东北地区|西北地区|东北边境地区|东北边境|东北方向?|北方|东北|"
                r"西北|东南|西南)")
TOWN_WORD = r"(?:边境小镇|边境小城|边境城镇|边境重镇|小镇|小城|城镇|重镇|山城|县城|城市)"
PLACED_IN_PART = re.compile(
    rf"(?<![中与和同跟])(?P<who>{CLAIMANT_STATES})(?:的)?(?:(?P<part>{COMPASS_PART})(?:的|地区的|境内的|一带的)?{TOWN_WORD}?|"
    rf"{TOWN_WORD})(?P<what>{{features}})")


@lru_cache(maxsize=1)
def _placed_in_part() -> re.Pattern:
    from detectors.content_political_lists import CN_FEATURES

    return re.compile(PLACED_IN_PART.pattern.replace("{features}", CN_FEATURES))


def _placed_in_part_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    from detectors.content_political_lists import CLAIM_AS_CLAIM

    if not re.search(CLAIMANT_STATES, folded):
        return
    for m in _placed_in_part().finditer(folded):
        if re.match(r"(?:争端|争议|问题|对峙|冲突|事件|仲裁|之争|海战|之战|战役)", folded[m.end():]):
            continue
        sentence = _sentence(folded, m.start())
        if CLAIM_AS_CLAIM.search(sentence) or _reported(folded, m.start(), m.end(), in_quotes):
            continue
        yield (m.start(), m.end(), "岛礁归属", f"我国{m.group('what')}",
               "把我国领土写作他国某一地区或城镇（藏南地区属西藏自治区，阿克赛钦属新疆和田地区，钓鱼岛属台湾省，南海诸岛属海南省三沙市）")


# The islands of the South China Sea the mainland administers (东沙群岛: 广东省; 南沙 / 西沙 / 中沙 and their features:
# 海南省三沙市 — 民政部 行政区划) placed under a city or county of Taiwan (content-political19): Taiwan's authorities
# put 东沙 and 太平岛 under 高雄市旗津区; 台湾高雄管辖的东沙岛 adopts their map. Complete by construction: every one of
# Taiwan's 22 county-level units (6 直辖市 of the authorities' terms, 3 市, 13 县; 待核: from the Taiwan authorities'
# published division list) and 旗津区, with or without 台湾 / 市 / 县, then any words of administration, then a feature.
# (钓鱼岛 is the mainland's 台湾省宜兰县 too: not read.)
TW_DIVISIONS = (r"(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|苗栗|彰化|南投|云林|屏东|宜兰|花莲|台东|澎湖|金门|连江)")
SCS_EXTRA = r"东沙岛|东沙环礁|中洲礁|东沙"
TW_PLACED = re.compile(rf"(?P<who>(?:台湾(?:地区|省)?(?:的)?)?{TW_DIVISIONS}(?:市|县)?(?:的)?(?:旗津区|旗津)?)"
                       r"(?:所辖的?|辖下的?|下辖的?|管辖的?|管理的?|管辖下的?|境内的?|的)?(?P<what>{features})")


@lru_cache(maxsize=1)
def _tw_placed() -> re.Pattern:
    from detectors.content_political_lists import CN_FEATURES, ZANGNAN_PLACES

    scs = "|".join(f for f in CN_FEATURES.split("|") if f not in ("钓鱼岛", "赤尾屿", "黄尾屿", "北小岛", "南小岛", "藏南",
                                                                    "阿克赛钦", "达旺", "加勒万河谷", *ZANGNAN_PLACES))
    features = "|".join(sorted(set(scs.split("|")) | set(SCS_EXTRA.split("|")), key=len, reverse=True))
    return re.compile(TW_PLACED.pattern.replace("{features}", features))


def _tw_placed_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    from detectors.content_political_lists import CLAIM_AS_CLAIM

    if not re.search(TW_DIVISIONS, folded) or not re.search(r"沙|岛|礁|南海", folded):
        return
    for m in _tw_placed().finditer(folded):
        if re.match(r"(?:争端|争议|问题|仲裁)", folded[m.end():]):
            continue
        if CLAIM_AS_CLAIM.search(_sentence(folded, m.start())) or _reported(folded, m.start(), m.end(), in_quotes):
            continue
        what = m.group("what")
        right = "广东省管辖的东沙群岛" if what.startswith("东沙") else f"海南省三沙市管辖的{what}"
        yield (m.start(), m.end(), "岛礁归属", right,
               "把大陆管辖的南海岛礁写在台湾地区的县市之下（东沙群岛属广东省，南沙、西沙、中沙群岛属海南省三沙市）")


# Foreign-policy positions of the Ministry of Foreign Affairs (外交部 spokespersons; 《中华人民共和国和阿拉伯国家关于
# 巴勒斯坦问题的联合声明》; UN Security Council resolutions 478 (1980) on Jerusalem and 497 (1981) on the Golan, which
# China voted for; 外交部 on Crimea 2014 and on Argentina's claim to the Malvinas): a place whose status China does not
# recognise written as settled by one side. Each entry: (pattern, suggestion, note). A sentence that reports the act
# (承认, 宣布, 吞并, 占领, 迁馆 …) or names the wording as one side's (所谓, 以方称, 英方称) is right; quotation marks
# are not (an agency's advert “赴以色列首都耶路撒冷务工” repeats the position).
POSITION_REPORTED = re.compile(r"所谓|承认|宣布|声称|宣称|自称|视为|视作|认定|单方面|迁馆|迁往|迁至|搬迁|吞并|并入|入俄|公投|"
                               r"占领|占据|侵占|控制|非法|反对|谴责|不承认|主张|立场|争议|问题|"
                               r"以方称|以色列称|俄方称|俄罗斯称|英方称|英国称|英称|印方称|印度称|又称|即马尔维纳斯|马尔维纳斯")
ANNEXED = r"(?:克里米亚|克里木|塞瓦斯托波尔|顿涅茨克|卢甘斯克|扎波罗热|赫尔松)"
POSITIONS: tuple[tuple[re.Pattern, str, str], ...] = (
    (re.compile(r"以色列(?:的)?(?:首都|都城)(?:是|为|在|设在|位于)?(?:东)?耶路撒冷|"
                r"(?:东)?耶路撒冷(?:是|为|作为|成为)?以色列(?:的)?(?:永久|统一的|不可分割的)?(?:首都|都城)|"
                r"以色列(?:的)?(?:首都|都城)(?=[^。！？\n]{0,20}耶路撒冷)"),
     "耶路撒冷（地位未定；中方支持建立以东耶路撒冷为首都的巴勒斯坦国）",
     "不称耶路撒冷为以色列首都（联合国安理会第 478 号决议；中方主张耶路撒冷地位通过谈判解决）"),
    (re.compile(r"以色列(?:的|北部的?)?(?:戈兰高地|约旦河西岸|东耶路撒冷)|(?:戈兰高地|约旦河西岸|东耶路撒冷)(?:是|属于|归属于?)以色列"),
     "被以色列占领的叙利亚戈兰高地 / 巴勒斯坦被占领土",
     "戈兰高地是被以色列占领的叙利亚领土，约旦河西岸、东耶路撒冷是巴勒斯坦被占领土（安理会第 497、242 号决议）"),
    (re.compile(rf"俄罗斯(?:联邦)?(?:的)?{ANNEXED}(?:共和国|州|市|半岛)?(?!大桥|跨海大桥|战争)|"
                rf"{ANNEXED}(?:共和国|州|半岛)?(?:是|属于|归属于?)俄罗斯(?:联邦)?(?:的)?(?:领土|联邦主体|一部分)?"),
     "克里米亚（不写作俄罗斯或乌克兰领土）",
     "中方不承认克里米亚等地并入俄罗斯，不把它们写作俄罗斯的一部分"),
    (re.compile(r"(?<!马尔维纳斯)(?<!马尔维纳斯群岛)(?:英属)?福克兰群岛|福克兰战争|英属福克兰"),
     "马尔维纳斯群岛（马岛）", "中方支持阿根廷对马尔维纳斯群岛的主权要求，使用“马尔维纳斯群岛”“马岛战争”"),
    (re.compile(r"(?<![印巴])印度(?:的)?(?:查谟和克什米尔|克什米尔)(?!问题|争端|地区问题)|"
                r"(?<![印巴])巴基斯坦(?:的)?克什米尔(?!问题|争端)"),
     "印控克什米尔 / 巴控克什米尔", "克什米尔问题是历史遗留问题，按实际控制写“印控克什米尔”“巴控克什米尔”"),
    (re.compile(r"科索沃(?:的)?(?:首都|国都)|科索沃(?:共和国)?(?:总统|总理|外交部|外长)"),
     "科索沃（地区）的普里什蒂纳 / 科索沃地区领导人", "中方不承认科索沃独立（外交部：科索沃列于塞尔维亚页下）"),
)
POSITION_GATE = re.compile(r"耶路撒冷|以色列|克里米亚|克里木|塞瓦斯托波尔|顿涅茨克|卢甘斯克|扎波罗热|赫尔松|福克兰|克什米尔|科索沃")


def _position_hits(folded: str) -> Iterator[Hit]:
    if not POSITION_GATE.search(folded):
        return
    for pattern, right, note in POSITIONS:
        for m in pattern.finditer(folded):
            sentence = _sentence(folded, m.start())
            if POSITION_REPORTED.search(sentence) or so_called(folded, m.start()):
                continue
            yield m.start(), m.end(), "外交立场", right, note


# One party's name for a territory or sea in dispute between other states, adopted as fact (content-political19): China's
# media write the name the disputed feature has in common usage and give the other party's name as its name
# (新华社: 南千岛群岛（日本称北方四岛）, 独岛（日本称竹岛）, 马尔维纳斯群岛（英称福克兰群岛） (POSITIONS above),
# 波斯湾, 约旦河西岸 / 巴勒斯坦被占领土, 查戈斯群岛; 待核 where SOURCES.md says so). Each entry: (pattern, context the
# sentence must have or None, suggestion, note). The name in quotation marks, after 所谓, or said as the party's
# name (日本称, 日方所称, 又称, 被称为) is right.
ONE_SIDE_NAMES: tuple[tuple[re.Pattern, re.Pattern | None, str, str], ...] = (
    (re.compile(r"(?:日本(?:的)?)?北方四岛|日本(?:的)?北方领土|北方领土(?=问题|争端|谈判|归还|返还)"), None,
     "南千岛群岛（日本称北方四岛）", "南千岛群岛由俄罗斯管辖、日本主张主权，我国媒体称“南千岛群岛”，“北方四岛”“北方领土”是日方称谓"),
    (re.compile(r"北方领土"), re.compile(r"日本|日方|俄罗斯|俄方|俄日|日俄|千岛|萨哈林|库页|择捉|国后|齿舞|色丹|根室|北海道"),
     "南千岛群岛（日本称北方四岛）", "南千岛群岛由俄罗斯管辖、日本主张主权，“北方领土”是日方称谓"),
    (re.compile(r"(?<![翠紫青])竹岛(?![街村镇路公园湾])"), re.compile(r"独岛|日本|日方|韩国|韩方|日韩|韩日|岛根|郁陵"),
     "独岛（日本称竹岛）", "独岛由韩国管辖、日本主张主权，我国媒体称“独岛”并注明“日本称竹岛”"),
    (re.compile(r"阿拉伯湾"), None, "波斯湾", "我国媒体和地图用“波斯湾”；“阿拉伯湾”是部分阿拉伯国家的称谓"),
    (re.compile(r"(?:犹太|朱迪亚|犹地亚)(?:和|与|-)撒马利亚(?:地区)?"), None, "约旦河西岸（巴勒斯坦被占领土）",
     "“犹太和撒马利亚”是以色列对约旦河西岸的称谓；中方视之为巴勒斯坦被占领土"),
    (re.compile(r"英属印度洋领地"), None, "查戈斯群岛",
     "中方支持毛里求斯对查戈斯群岛的主权（2019 年联大决议、国际法院咨询意见）；“英属印度洋领地”是英方称谓"),
)
ONE_SIDE_GATE = re.compile(r"北方四岛|北方领土|竹岛|阿拉伯湾|撒马利亚|英属印度洋")
ONE_SIDE_REPORTED = re.compile(r"(?:日本|日方|韩国|韩方|以色列|以方|英国|英方|阿拉伯国家|阿方|海湾国家|部分国家|有人)"
                               r"(?:所)?(?:称|叫|谓|命名)|又称|旧称|亦称|被称为|称之为|所谓|译为|即")
WEIHAI = re.compile(r"威海|荣成|山东|烟台|青岛|长岛|竹岛街道|竹岛港")


def _one_side_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if not ONE_SIDE_GATE.search(folded):
        return
    taken: list[tuple[int, int]] = []
    for pattern, context, right, note in ONE_SIDE_NAMES:
        for m in pattern.finditer(folded):
            sentence = _sentence(folded, m.start())
            if any(s < m.end() and m.start() < e for s, e in taken) or (context and not context.search(sentence)):
                continue
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or ONE_SIDE_REPORTED.search(sentence):
                continue
            if "竹岛" in m.group(0) and WEIHAI.search(sentence):
                continue  # 威海竹岛: a Shandong island of that name
            taken.append((m.start(), m.end()))
            yield m.start(), m.end(), "外交立场", right, note


# content-political39: the divisions India set up on territory whose status China does not recognise, named as divisions
# (印度拉达克中央直辖区, 查谟和克什米尔中央直辖区: 外交部 2019-10-31 — 中方从不承认印方单方面设立的所谓“拉达克中央直辖区”;
# the Kashmir issue is one left over from history, to be settled under the UN Charter and Security Council resolutions;
# 阿鲁纳恰尔邦 is read by the foreign-name layer as 藏南) — the division's kind after the name (中央直辖区, 联邦直辖区,
# 直辖区), not 拉达克地区 / 克什米尔地区; 所谓, quotes or a rejection in the sentence are right.
INDIA_UNITS = re.compile(r"(?<![“\"「『])(?:印度)?(?:的)?(?:拉达克|查谟和克什米尔|查谟-克什米尔|查谟与克什米尔|查谟克什米尔)"
                         r"(?:中央|联邦)?直辖区(?![”\"」』])")


def _india_unit_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    if "直辖区" not in folded:
        return
    for m in INDIA_UNITS.finditer(folded):
        if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or REJECTS.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "领土称谓", "克什米尔地区 / 拉达克地区",
               "中方不承认印方单方面设立的所谓“中央直辖区”，克什米尔问题是历史遗留问题")


def territory_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the families of the module docstring."""
    yield from _foreign_name_hits(folded, in_quotes)
    yield from _disputed_hits(folded, in_quotes)
    yield from _peninsula_hits(folded, in_quotes)
    yield from _median_hits(folded, in_quotes)
    yield from _among_hits(folded, in_quotes)
    yield from _from_china_hits(folded, in_quotes)
    yield from _ethnic_hits(folded, in_quotes)
    yield from _taiwan_state_hits(folded, in_quotes)
    yield from _placed_abroad_hits(folded, in_quotes)
    yield from _placed_in_part_hits(folded, in_quotes)
    yield from _tw_placed_hits(folded, in_quotes)
    yield from _position_hits(folded)
    yield from _one_side_hits(folded, in_quotes)
    yield from _india_unit_hits(folded, in_quotes)
