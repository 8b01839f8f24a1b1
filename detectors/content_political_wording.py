"""Politically wrong wording, twenty-second session (content-political22; POLITICAL_CHECKLIST.md items 396–401;
sources in ``lexicons/SOURCES.md``, “第二十二次会话”): the return of Hong Kong and Macao told as a return to "China",
the old names of peoples, places and a school of Buddhism that the 1951 directive and the later renamings retired,
the halves of a fixed statement swapped, and a country's former capital named as its capital. Each family reads a
complete list.

* **Hong Kong and Macao "returned to China"** — 香港、澳门 (港澳, 香港和澳门, 港澳地区 …) 回归中国 / 回归到中国 / 回到中国:
  the 1997 Hong Kong wording rules and the usage of every central document say 回归祖国 (the return is to the
  motherland; "to China" reads as if Hong Kong had been outside China). ``lexicons/political.tsv`` holds the two
  literal phrases; this reads any subject of the two regions and any words between (先后, 顺利, 相继). 台湾回归中国 of
  1945 is another history (台湾光复) and is not read; 所谓, a rejection or a sentence that names the wording is right.
* **Old names of peoples, places and a school of Buddhism** (``OLD_NAMES``) — the names the 政务院《关于处理带有歧视
  或侮辱少数民族性质的称谓、地名、碑碣、匾联的指示》(1951-05-16) retired, and the names the ethnic identification and
  later State Council approvals replaced (彝族 for 倮倮 / 猓猡, 拉祜族 for 倮黑, 瑶族 for 猺, 壮族 for 獞 / 僮, 仡佬族 for
  犵狫, 布依族 for 仲家, 哈尼族 for 窝尼, 纳西族 for 么些, 景颇族 for 山头, 布朗族 for 蒲蛮, 独龙族 for 俅人, 基诺族
  for 攸乐, 傣族 for 僰夷, 佤族 for 佧佤; 乌鲁木齐 for 迪化 (1954), 呼和浩特 for 归绥 (1954), 友谊关 for 镇南关
  (1965)); and 小乘佛教, the Mahayana polemical name of Theravada Buddhism (国家宗教事务局 and the Buddhist Association
  of China: 南传上座部佛教 / 南传佛教). The existing ``content_political_guidance.ETHNIC_INSULT`` holds 倮倮, 摆夷, 卡佤
  and the other names first listed; this adds the rest of the list. A sentence that names the word as an old or
  insulting name (旧称, 史称, 改称, 蔑称, 解放前 …), a year before the renaming, or a title in 《》 is right.
* **The halves of a fixed statement swapped** (``SWAPPED``) — 绿水青山就是金山银山 (习近平 2005-08-15 in 安吉余村;
  2013-09-07 at Nazarbayev University: 既要绿水青山，也要金山银山；宁要绿水青山，不要金山银山), 冰天雪地也是金山银山
  (2016-03-07), 保护生态环境就是保护生产力、改善生态环境就是发展生产力 (2013-05-24): written with the halves the other
  way round (金山银山就是绿水青山, 宁要金山银山，不要绿水青山) the statement says something else; and (content-political31)
  党政军民学，东西南北中 with its two enumerations in the other order. The 1951 directive's 番僧 / 番民, 鞑子 and 回回 as
  a people's name join ``OLD_NAMES`` in the same session. The enumerations
  (党政军民学, 不忘初心、牢记使命) are ``content_political_order``; 江山就是人民、人民就是江山 runs both ways and is
  not listed.
* **A former capital named as a country's capital** (``CAPITALS``) — <country>首都<old capital> (缅甸首都仰光,
  尼日利亚首都拉各斯, 巴西首都里约热内卢 …) for every capital moved or renamed since 1920 (Wikipedia "List of former
  national capitals", "Capital relocation"; the current capitals are those of 外交部《国家和组织》country pages —
  compiled from general knowledge in a session without network access, 待核 in SOURCES.md).
  Indonesia's move to Nusantara is pending (Jakarta is the capital until the presidential decree) and is not read.
  A sentence with a year before the move, 原 / 旧 / 曾 / 当时 / 迁都, is history and is right.

``wording_hits(folded)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.content_political import _sentence, so_called
from detectors.content_political_canon import _in_title

Hit = tuple[int, int, str, str, str]

# ---- Hong Kong and Macao returned "to China" ---------------------------------------------------------------------

HKM = r"(?:香港|澳门|港澳|港、澳)(?:地区|特区|特别行政区)?"
HKM_SUBJECT = rf"{HKM}(?:(?:[、和与及]|以及){HKM})?"
RETURNED_CHINA = re.compile(
    rf"(?P<who>{HKM_SUBJECT})(?:的)?(?:先后|相继|顺利|成功|和平|正式|都|均|已|已经|终于|分别|于[0-9]{{4}}年)?"
    r"(?:回归|回到|重回|重返|重归)(?:到|于)?(?P<cn>中国)(?!共产党|人民银行|人民解放军|特色)")
RETURNED_NAMED = re.compile(r"所谓|不说|不称|不能说|不应|不宜|不要|而非|而不是|不是|应为|应称|应说|改为|错误|说法|表述")


def _returned_hits(folded: str) -> Iterator[Hit]:
    if "中国" not in folded or not re.search(r"香港|澳门|港澳|港、澳", folded):
        return
    for m in RETURNED_CHINA.finditer(folded):
        if so_called(folded, m.start()) or RETURNED_NAMED.search(_sentence(folded, m.start())):
            continue
        yield (m.start(), m.end(), "港澳回归", m.group(0)[:m.start("cn") - m.start()].replace("回到", "回归").replace("重返", "回归")
               .replace("重归", "回归").replace("重回", "回归") + "祖国",
               "香港、澳门回归的是祖国：称“回归祖国”，不称“回归中国”（涉港澳宣传用语）")


# ---- Taiwan "returning" to the motherland as a thing to come -----------------------------------------------------
# (content-political39) Taiwan has been part of China's territory throughout (the 1943 Cairo Declaration and 1945
# Potsdam Proclamation, its 光复 on 1945-10-25); what is to come is the motherland's complete reunification (《反分裂国家法》,
# 《台湾问题与新时代中国统一事业》白皮书 2022: 实现祖国完全统一, 两岸统一). Taiwan's "return" (回归, 回到, 重回, 重返 to the
# motherland, China, the mainland or its embrace) said of the future reads as if Taiwan were outside China now; the
# 1945 return (光复, 抗战胜利, 日本投降, a year before 1950, 周年 of it) is history and is right.
TW_RETURN = re.compile(
    r"(?<![“\"「『])(?P<who>台湾(?:地区|岛)?|宝岛)(?:的)?(?:早日|尽快|最终|终将|必将|必然|一定(?:会|要|能)?|终究|迟早|能够|重新|再次|"
    r"和平|顺利)?(?:回归|回到|重回|重返|重归)(?:到)?(?:祖国大陆|祖国怀抱|祖国|中国|大陆)")
TW_RETURN_HISTORY = re.compile(r"光复|抗战|抗日|日本投降|日军投降|日本战败|开罗宣言|波茨坦|日据|日占|殖民统治|割让|马关|甲午|受降|"
                               r"周年|纪念|(?<!\d)1[89]\d\d年|一九[一二三四][〇零一二三四五六七八九]年|当年|彼时|历史")


def _tw_return_hits(folded: str) -> Iterator[Hit]:
    if "台湾" not in folded and "宝岛" not in folded:
        return
    for m in TW_RETURN.finditer(folded):
        sentence = _sentence(folded, m.start())
        if so_called(folded, m.start()) or RETURNED_NAMED.search(sentence) or TW_RETURN_HISTORY.search(sentence):
            continue
        yield (m.start(), m.end(), "台湾回归", "实现祖国完全统一 / 两岸统一",
               "台湾从来是中国领土的一部分：未来是实现祖国完全统一，不是台湾“回归”")


# ---- old names of peoples, places and a school of Buddhism ----------------------------------------------------------

# pattern → (right name, kind). Lookarounds keep ordinary words out (这么些, 书僮, 启迪化学, 农民家族).
OLD_NAMES: tuple[tuple[str, str, str], ...] = (
    (r"倮黑|猓黑", "拉祜族", "民族"),
    (r"猓猡|猡猡|倮罗|猓罗", "彝族", "民族"),
    (r"猺|傜", "瑶族", "民族"),
    (r"獞|(?<![书家小童琴剑奴])僮(?=人|族|家|民|胞)", "壮族", "民族"),
    (r"犵狫|犵", "仡佬族", "民族"),
    (r"狆家|狆人|狆|仲家(?=族|人|话|语)", "布依族", "民族"),
    (r"窝尼|(?<!燕)窝泥|斡泥", "哈尼族", "民族"),
    (r"(?<![这那怎什多要])(?:么些|摩些)(?=人|族|文|语|古乐|象形)", "纳西族", "民族"),
    (r"栗粟", "傈僳族", "民族"),
    (r"蒲蛮|蒲满(?=人|族)", "布朗族", "民族"),
    (r"山头族", "景颇族", "民族"),
    (r"俅(?=人|族|子|江)", "独龙族", "民族"),
    (r"攸乐(?=人|族)", "基诺族", "民族"),
    (r"古宗(?=人|族)", "藏族", "民族"),
    (r"僰夷", "傣族", "民族"),
    (r"佧佤", "佤族", "民族"),
    # content-political25: the Muslim peoples the Qing and the Republic filed under 回 by place or dress, named in the
    # ethnic identification of the 1950s (国家民委《中国少数民族》 and the groups' 简史): 东乡族 for 东乡回 / 蒙古回回,
    # 撒拉族 for 撒拉回, 保安族 for 保安回, 维吾尔族 for 缠回 / 缠头回. 从东乡回兰州 (returning from 东乡) is a verb:
    # after a word of place or motion, or before one of arrival, it is not read.
    (r"(?<![从自由到去往在回返离向])东乡回(?![来去到家乡返程兰临县城村镇州市族民])", "东乡族", "民族"),
    (r"(?<![从自由到去往在回返离向])撒拉回(?![来去到家乡返程族民])", "撒拉族", "民族"),
    (r"(?<![从自由到去往在回返离向])保安回(?![来去到家乡返程族民处])", "保安族", "民族"),
    (r"缠头回|缠回(?=[人民部子众])", "维吾尔族", "民族"),
    # content-political26: the names the ethnic identification replaced by the groups' own names (国家民委《中国少数民族》
    # and the groups' 简史: 满族 for 满洲族, 达斡尔族 for 达呼尔, 鄂温克族 for 索伦 (1958, with 通古斯 and 雅库特 —
    # 通古斯 is also the language family's name and is not read), 俄罗斯族 for 归化族, 维吾尔族 for 畏兀儿 / 畏吾尔 as a
    # people's name, 赫哲族 for 黑斤); 满洲族谱, 满洲族群 are not the people's name
    (r"满洲族(?!谱|群(?!众))", "满族", "民族"),
    (r"达呼尔(?=族|人)", "达斡尔族", "民族"),
    (r"索伦(?=族)", "鄂温克族", "民族"),
    (r"(?<![俄国])归化族", "俄罗斯族", "民族"),
    (r"(?:畏兀儿|畏吾尔|畏吾儿|畏兀尔)(?=族)", "维吾尔（维吾尔族）", "民族"),
    (r"黑斤(?=族|人)", "赫哲族", "民族"),
    (r"(?<!启)迪化(?![街学剂])", "乌鲁木齐", "地名"),
    (r"归绥", "呼和浩特", "地名"),
    (r"镇南关(?!大捷|起义|之战|战役)", "友谊关", "地名"),
    (r"小乘(?:佛教|佛法|教|寺院|寺|佛寺|僧侣|僧人)", "南传上座部佛教（南传佛教）", "宗教"),
    # content-political31: the other names the 1951 directive retired (国家民委《中国少数民族》): 番 for the Tibetan
    # peoples and their monks (番僧, 番民, 番人); 回回 and 鞑子 are read by content_political_guidance.ETHNIC_INSULT
    (r"番僧|番民|番人(?![参])", "藏族群众 / 藏传佛教僧人", "民族"),
)
OLD_NAME = re.compile("|".join(f"(?P<o{i}>{p})" for i, (p, _, _) in enumerate(OLD_NAMES)))
OLD_NAME_GATE = re.compile(r"[倮猓猡猺傜獞僮犵狆仲窝斡么摩栗蒲山俅攸古僰佧迪绥镇乘回满呼索归畏斤番]")
# a sentence that names the word as old or insulting, or tells the history before the renaming
OLD_NAME_NAMED = re.compile(r"旧称|古称|史称|曾称|曾被|曾经被|原称|原名|旧名|旧时|改称|更名|改名|正名|称为|称作|叫做|叫作|被称|"
                            r"蔑称|贬称|歧视|侮辱|所谓|旧社会|解放前|新中国成立前|民国|清代|清朝|明代|明朝|元代|唐代|宋代|古代|"
                            r"历史上|史书|史料|文献|记载|民族识别|更正|不再使用|不使用|废止|废除|19[0-6][0-9]|18[0-9]{2}|"
                            r"大乘与小乘|大乘和小乘|小乘和大乘|小乘与大乘")
OLD_NOTE = {"民族": "不使用旧社会流传的带有歧视、侮辱性质的民族旧称（政务院 1951 年《关于处理带有歧视或侮辱少数民族性质的称谓、"
                  "地名、碑碣、匾联的指示》及其后民族名称的更正）",
            "地名": "带有民族歧视或殖民色彩的旧地名已经更改（政务院 1951 年指示；国务院批准的更名），不再使用",
            "宗教": "“小乘”是大乘佛教对上座部佛教的贬称，应称“南传上座部佛教”或“南传佛教”"}


def _old_name_hits(folded: str) -> Iterator[Hit]:
    if not OLD_NAME_GATE.search(folded):
        return
    for m in OLD_NAME.finditer(folded):
        right, kind = OLD_NAMES[int(m.lastgroup[1:])][1:]
        if OLD_NAME_NAMED.search(_sentence(folded, m.start())) or so_called(folded, m.start()) \
                or _in_title(folded, m.start(), m.end()):
            continue
        yield m.start(), m.end(), "民族宗教" if kind != "地名" else "地名", right, OLD_NOTE[kind]


# ---- fixed statements with their halves swapped -----------------------------------------------------------------------

# (first half, second half, the links of the statement): the wrong wording is second + link + first.
SWAPPED: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("绿水青山", "金山银山", ("{b}(?:就是|即是|便是|也就是|也是|是|等于|即){a}", "宁要{b}[，,、]?(?:也)?不要{a}",
                             "既要{b}[，,、]?(?:也|更|还)要{a}")),
    ("冰天雪地", "金山银山", ("{b}(?:也是|就是|是){a}",)),
    ("保护生态环境", "保护生产力", ("{b}(?:就是|即是|也就是|也是|是){a}",)),
    ("改善生态环境", "发展生产力", ("{b}(?:就是|即是|也就是|也是|是){a}",)),
    # content-political31: 党政军民学，东西南北中，党是领导一切的 (十九大报告 2017; 党章总纲 2017/2022): the two
    # enumerations of lexicons/ordered_formulas.txt, whose own order is read there, in their statement's order
    ("党政军民学", "东西南北中", ("{b}[，,、]?{a}",)),
)
SWAPPED_PATTERNS = tuple((re.compile("|".join(link.format(a=a, b=b) for link in links)), a, b) for a, b, links in SWAPPED)


def _swapped_hits(folded: str) -> Iterator[Hit]:
    if "金山银山" not in folded and "生产力" not in folded and "党政军民学" not in folded:
        return
    for pattern, a, b in SWAPPED_PATTERNS:
        for m in pattern.finditer(folded):
            if so_called(folded, m.start()) or re.search(r"而不是|而非|不能说成|不是说", _sentence(folded, m.start())):
                continue
            right = m.group(0).replace(a, "\0").replace(b, a).replace("\0", b)
            yield (m.start(), m.end(), "提法顺序", right,
                   f"固定提法的前后两部分不能颠倒（“{a}”在前，“{b}”在后），颠倒后意思改变")


# ---- a country's former capital named as its capital ---------------------------------------------------------------

# country (its written forms) → (the former capitals, the year of the move or renaming, the capital today)
CAPITALS: dict[str, tuple[tuple[str, ...], int, str]] = {
    "缅甸": (("仰光",), 2005, "内比都"),
    "尼日利亚": (("拉各斯",), 1991, "阿布贾"),
    "哈萨克斯坦": (("阿拉木图", "努尔苏丹", "阿克莫拉"), 1997, "阿斯塔纳"),
    "巴西": (("里约热内卢", "里约"), 1960, "巴西利亚"),
    "坦桑尼亚": (("达累斯萨拉姆",), 1996, "多多马"),
    "科特迪瓦": (("阿比让",), 1983, "亚穆苏克罗"),
    "巴基斯坦": (("卡拉奇", "拉瓦尔品第"), 1959, "伊斯兰堡"),
    "马拉维": (("松巴", "布兰太尔"), 1975, "利隆圭"),
    "伯利兹": (("伯利兹城",), 1970, "贝尔莫潘"),
    "德国": (("波恩",), 1990, "柏林"),
    "菲律宾": (("奎松城", "奎松"), 1976, "马尼拉"),
    "越南": (("西贡",), 1976, "河内"),
    "帕劳": (("科罗尔",), 2006, "恩吉鲁穆德（梅莱凯奥克州）"),
    "密克罗尼西亚联邦": (("科洛尼亚",), 1989, "帕利基尔"),
    "土耳其": (("伊斯坦布尔",), 1923, "安卡拉"),
    "吉尔吉斯斯坦": (("伏龙芝",), 1991, "比什凯克"),
    "津巴布韦": (("索尔兹伯里",), 1982, "哈拉雷"),
    "莫桑比克": (("洛伦索马贵斯", "洛伦索-马贵斯"), 1976, "马普托"),
    "刚果（金）": (("利奥波德维尔",), 1966, "金沙萨"),
    "乍得": (("拉密堡",), 1973, "恩贾梅纳"),
    "塔吉克斯坦": (("斯大林纳巴德",), 1961, "杜尚别"),
    "蒙古国": (("库伦",), 1924, "乌兰巴托"),
}
COUNTRY_FORMS = {"刚果（金）": r"刚果[（(]金[)）]|刚果民主共和国|民主刚果", "蒙古国": r"蒙古国|蒙古",
                 "德国": r"(?<![西东])德国|德意志联邦共和国", "越南": r"(?<![南北])越南"}
CAPITAL = re.compile("|".join(
    rf"(?P<c{i}>(?:{COUNTRY_FORMS.get(country, re.escape(country))})(?:的)?(?:首都|国都)(?:是|为|设在|位于|[：:]|——)?"
    rf"(?:{'|'.join(sorted(olds, key=len, reverse=True))}))"
    for i, (country, (olds, _, _)) in enumerate(CAPITALS.items())))
CAPITALS_BY_INDEX = list(CAPITALS.items())
CAPITAL_HISTORY = re.compile(r"原首都|原来|原为|原是|原先|旧首都|旧时|前首都|曾是|曾为|曾经|曾作为|当时|"
                             r"那时|昔日|过去|迁都|迁往|迁至|迁到|搬迁|更名|改名|改称|故都|旧都|时期|年代|"
                             r"殖民|独立前|独立时|统一前|所谓|不是|而非|并非|已不是|不再是")
YEAR = re.compile(r"(1[89][0-9]{2}|20[0-9]{2})年")


def _capital_hits(folded: str) -> Iterator[Hit]:
    if "首都" not in folded and "国都" not in folded:
        return
    for m in CAPITAL.finditer(folded):
        country, (_, moved, today) = CAPITALS_BY_INDEX[int(m.lastgroup[1:])]
        sentence = _sentence(folded, m.start())
        if CAPITAL_HISTORY.search(sentence) or any(int(y) < moved for y in YEAR.findall(sentence)):
            continue
        yield (m.start(), m.end(), "过时事实", f"{country.split('（')[0]}首都{today}",
               f"{country}已于 {moved} 年迁都（或首都更名），现首都为{today}（外交部国家概况）")


def wording_hits(folded: str) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the twenty-second session's families (module docstring)."""
    yield from _returned_hits(folded)
    yield from _tw_return_hits(folded)
    yield from _old_name_hits(folded)
    yield from _swapped_hits(folded)
    yield from _capital_hits(folded)
