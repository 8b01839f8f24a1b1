"""Politically wrong wording, sixteenth session (content-political20; POLITICAL_CHECKLIST.md items 375–; sources in
``lexicons/SOURCES.md``, “第十六次会话”): the other sides' names of wars, regions, the Party and its army, the
discriminatory names of the guidance, and the honorifics of a foreign monarchy, each read from a complete list.

* **The enemy's or a foreign state's name of a war fought by China** — the Korean name of the War to Resist US
  Aggression and Aid Korea by its date (6·25战争, 六二五战争, 6.25动乱 in any separator: 朝鲜战争 / 抗美援朝战争) and the
  Vietnamese name of the 1979 war (北部边界战争, 北方边界战争: 对越自卫反击战). The Japanese names (日清战争, 满洲事变,
  日华事变, 日中战争, 南京事件) and the other enemy names are ``content_political_history.WAR_NAMES`` and its incident
  rules. Quotation marks do not make the name right (“6·25战争”爆发后，志愿军…): a title in 《》, a sentence that
  reports it as the other side's (韩国称之为…, 所谓) or a post that also gives the right name does.
* **The colonisers' name of North-East China as a region** — 满洲 followed by a word of geography (满洲地区, 满洲一带,
  满洲大地, 满洲平原, 满洲三省): 东北地区. 伪满洲国, 满洲里 (a city), 满洲八旗 and the Qing's 满洲 (a people's old name)
  are other words; the sentences about the invasion are ``content_political_history.MANCHURIA``.
* **The Kuomintang's names of the Communist Party and its army** — 共军, 奸匪 (the Kuomintang's words of 1927–1949;
  the Party's army was 红军, 八路军, 新四军, 人民解放军) and the cold-war names of the People's Republic (共产中国,
  赤色中国); 共匪, 匪区, 朱毛匪 are ``content_political.KMT_NARRATIVE``. The word in quotation marks, after 所谓, in a
  title, or in a sentence that reports the other side's wording (国民党称, 敌人称, 胡宗南的电报) is right; 国共军队,
  总共军费 and 全市共军转干部 are other words.
* **Discriminatory names of persons with disabilities** (新华社《新华社新闻信息报道中的禁用词和慎用词》2016: “对有身体
  伤疾的人士不使用‘残废人’‘独眼龙’‘瞎子’‘聋子’‘傻子’‘呆子’‘弱智’等蔑称，而应使用‘残疾人’‘盲人’‘聋人’‘智力障碍者’等
  词汇”; with 瘸子, 跛子, 哑巴 of the same kind, and 残废军人 for the 伤残军人 of the 1988 regulations) — outside
  idioms and folk sayings (瞎子摸象, 聋子的耳朵, 哑巴亏, 书呆子, 傻子瓜子 is a brand), quotation marks, titles and
  sentences that name the word as one not to use.
* **The honorifics of Japan's imperial house** — 天皇陛下, 皇后陛下, 上皇陛下, 皇太子殿下, 今上天皇: Chinese usage
  names the monarch by title (日本天皇, 德仁天皇); the Japanese honorifics are reproduced only in quotation marks or in
  a sentence about the militarists who used them (日军士兵高呼…).

``usage_hits(folded)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.content_political import _sentence, so_called
from detectors.content_political_canon import _in_title, _named_right

HAN = "\u4e00-\u9fff"
Hit = tuple[int, int, str, str, str]
NOT_OPENED = r"(?<![“\"「『‘])"
NOT_CLOSED = r"(?![”\"」』’])"

# ---- wars under the other side's names ------------------------------------------------------------------------

DOT = r"[·・.．\-－•]?"
KOREAN_NAME = re.compile(rf"(?:6|六){DOT}(?:25|二五)(?:战争|战役|动乱|事变)")
# (韩国称之为, 韩方所称: the Korean side's word reported as theirs)
KOREAN_REPORTED = re.compile(r"(?:韩国|韩方|南朝鲜|韩国人|韩国政府|韩媒|韩国媒体|韩国国内)[^。！？\n]{0,8}?(?:称|所称|叫|说法|叫法)")
VIETNAMESE_NAME = re.compile(r"北(?:部|方)边界(?:战争|保卫战)")
VIETNAMESE_CONTEXT = re.compile(r"1979|七九年|越南|越军|对越|广西|云南|老山|者阴山|法卡山|凉山|高平|老街")
VIETNAMESE_REPORTED = re.compile(r"越南(?:方面|官方|政府|媒体|国内)?[^。！？\n]{0,8}?(?:称|所称|叫|说法|叫法)|越方")


def _war_hits(folded: str) -> Iterator[Hit]:
    if "二五" in folded or "25" in folded:
        for m in KOREAN_NAME.finditer(folded):
            if folded[max(0, m.start() - 1):m.start()].isdigit() or _named_right(folded, m.start(), m.end(), "抗美援朝战争") \
                    or KOREAN_REPORTED.search(_sentence(folded, m.start())):
                continue
            yield (m.start(), m.end(), "历史称谓", "抗美援朝战争（朝鲜战争）",
                   "“6·25战争”是韩国对朝鲜战争的称呼；我国称抗美援朝战争（战争本身称朝鲜战争）")
    if "边界" in folded:
        for m in VIETNAMESE_NAME.finditer(folded):
            sentence = _sentence(folded, m.start())
            if not VIETNAMESE_CONTEXT.search(sentence) or VIETNAMESE_REPORTED.search(sentence) \
                    or _named_right(folded, m.start(), m.end(), "对越自卫反击战"):
                continue
            yield (m.start(), m.end(), "历史称谓", "对越自卫反击战", "“北部边界战争”是越南对 1979 年战争的称呼；我国称对越自卫反击战")


# ---- 满洲 as the name of North-East China -------------------------------------------------------------------------

MANCHURIA_REGION = re.compile(NOT_OPENED + r"(?<![伪南北外内])满洲(?P<geo>地区|一带|大地|平原|全境|各地|境内|腹地|地域|三省|东三省|"
                              r"南部|北部|东部|西部|市场|区域|地方)" + NOT_CLOSED)
MANCHURIA_NAMED = re.compile(r"所谓|称为|称之为|称作|叫做|叫作|旧称|日本称|日本人称|日本人所称|西方称|俄国称|殖民者称|外国人称|"
                             r"殖民者|说法|叫法|称谓|伪满|日伪")


def _region_hits(folded: str) -> Iterator[Hit]:
    for m in MANCHURIA_REGION.finditer(folded) if "满洲" in folded else ():
        if MANCHURIA_NAMED.search(_sentence(folded, m.start())) or so_called(folded, m.start()) \
                or _in_title(folded, m.start(), m.end()):
            continue
        yield (m.start(), m.end(), "领土称谓", "东北地区（中国东北）", "“满洲”是殖民时期外国对中国东北的称呼，应称东北地区")


# ---- the Kuomintang's names of the Party and its army ----------------------------------------------------------

# The characters that start a word of 军 after 共 = "in all" (军转干部, 军属, 军费 …; content_political_names.PLA_TW too).
AFTER_JUN = "事费龄训工区械需品转人属嫂烈休地营校医企民分史官装衔乐歌旗种团师长港"
KMT_WORDS = {"共军": "人民解放军 / 红军 / 八路军、新四军（按时期）", "奸匪": "共产党 / 人民军队",
             "共产中国": "中国 / 中华人民共和国", "赤色中国": "中国 / 中华人民共和国"}
# 共 is also "in all" before a word of 军 (全市共军转干部 120 人, 共军属 30 户, 总共军费): 共军 is read only when the next
# character starts no such word. (共党 and 毛共 are left out: 共 + 党员 / 党支部 / 党群 …, 羊毛共计, are far more common.)
KMT_WORD = re.compile(NOT_OPENED + r"(?:(?<![国公总一合])共军(?![队舰机车" + AFTER_JUN + r"])|奸匪|共产中国|赤色中国)" + NOT_CLOSED)
KMT_REPORTED = re.compile(r"所谓|国民党(?:当局|反动派|军队|军|方面|政府)?[^。！？\n]{0,6}?(?:称|所称|叫|诬|污)|"
                          r"蒋介石[^。！？\n]{0,4}?(?:称|诬|污)|敌人[^。！？\n]{0,4}?称|敌方|诬称|诬蔑|污蔑|蔑称|电报|电文|密电|报纸称|台湾当局|台媒|岛内|称为|称之为|"
                          r"叫做|说法|叫法|称谓|用语|反共|西方媒体|外媒")


def _kmt_hits(folded: str) -> Iterator[Hit]:
    if not any(w in folded for w in ("共军", "奸匪", "共产中国", "赤色中国")):
        return
    for m in KMT_WORD.finditer(folded):
        if KMT_REPORTED.search(_sentence(folded, m.start())) or so_called(folded, m.start()) \
                or _in_title(folded, m.start(), m.end()):
            continue
        yield (m.start(), m.end(), "历史称谓", KMT_WORDS[m.group(0)],
               "“共军”“奸匪”等是国民党当局（及冷战时期外国）对中国共产党和人民军队的称呼，不使用")


# ---- discriminatory names of persons with disabilities (新华社 2016) ----------------------------------------------

# word → (right word, characters that may not stand before it, words after it that make an idiom or another word)
DISABILITY = {
    "残废人": ("残疾人", "", ""), "残废者": ("残疾人", "", ""), "残废儿童": ("残疾儿童", "", ""),
    "残废军人": ("伤残军人 / 残疾军人", "", ""),
    # (黑瞎子 is the Asiatic black bear in the north-east, and 黑瞎子岛 the island's standard name)
    "瞎子": ("盲人 / 视力残疾人", "当成作装眼黑", r"摸象|点灯|过河|算命|都知道|也知道|也看得|阿炳"),
    "聋子": ("聋人 / 听力残疾人", "当成作装", r"的耳朵|耳朵"),
    "哑巴": ("言语残疾人 / 聋哑人", "吃装当", r"亏|吃黄连|吃饺子|英语|哑铃"),
    "傻子": ("智力障碍者", "当成作装", r"瓜子|精神|似的|一样|才|都"),
    "呆子": ("智力障碍者", "书", r"气"),
    "弱智": ("智力障碍者", "", r"化|吧|问题|游戏|操作|言论|广告|行为|设计"),
    "独眼龙": ("一只眼有残疾的人", "", ""),
    "瘸子": ("肢体残疾人", "", ""), "跛子": ("肢体残疾人", "", ""),
}
DISABILITY_WORD = re.compile(NOT_OPENED + "(?:" + "|".join(sorted(DISABILITY, key=len, reverse=True)) + ")" + NOT_CLOSED)
DISABILITY_NAMED = re.compile(r"所谓|蔑称|歧视|侮辱|不尊重|不文明|不使用|不得使用|不要使用|不应使用|不能使用|不宜使用|避免使用|禁用|"
                              r"不称|不要称|不能称|改称|应称|规范用语|称为|称之为|叫做|叫作|骂|绰号|外号|诨号|俗语|俗话|歇后语|谚语|"
                              r"成语|民间|老话|戏称|自嘲")
# (残废军人 of the regulations before 1988 and 独眼龙 as the Tang general 李克用's byname are history)
DISABILITY_HISTORY = {"残废军人": re.compile(r"19[4-8]\d|革命残废军人证|抚恤条例|历史|当年|档案|旧证|老证"),
                      "独眼龙": re.compile(r"李克用|唐|五代|沙陀|晋王|刘伯承|军神")}


def _disability_hits(folded: str) -> Iterator[Hit]:
    for m in DISABILITY_WORD.finditer(folded):
        word = m.group(0)
        right, not_before, idiom = DISABILITY[word]
        if not_before and folded[max(0, m.start() - 1):m.start()] in not_before and m.start() > 0:
            continue
        if idiom and re.match(idiom, folded[m.end():m.end() + 4]):
            continue
        sentence = _sentence(folded, m.start())
        if DISABILITY_NAMED.search(sentence) or (word in DISABILITY_HISTORY and DISABILITY_HISTORY[word].search(sentence)) \
                or _in_title(folded, m.start(), m.end()):
            continue
        yield (m.start(), m.end(), "歧视性称呼", right,
               "对残疾人不使用“残废人”“瞎子”“聋子”“傻子”“弱智”等蔑称（新华社《禁用词和慎用词》），应称残疾人、盲人、聋人、"
               "智力障碍者")


# ---- honorifics of Japan's imperial house ------------------------------------------------------------------------

IMPERIAL = re.compile(NOT_OPENED + r"(?:日本)?(?P<w>(?:天皇皇后|天皇|皇后|上皇后|上皇|太上天皇)(?:两)?陛下|"
                      r"(?:皇太子|皇嗣|秋筱宫|亲王|内亲王)(?:妃)?殿下|今上天皇|今上陛下)" + NOT_CLOSED)
IMPERIAL_REPORTED = re.compile(r"所谓|军国主义|侵华|日军|日寇|皇军|神风|特攻|效忠|万岁|高呼|喊着|口号|右翼|靖国|称为|称之为|敬称|尊称|"
                               r"日语|日文|日方称|日本人称|日本媒体|日媒|电影|电视剧|剧中|台词")


JAPAN = re.compile(r"日本|日方|东京|天皇|皇室|皇居|宫内厅|德仁|雅子|明仁|美智子|爱子|悠仁")


def _imperial_hits(folded: str) -> Iterator[Hit]:
    if "陛下" not in folded and "殿下" not in folded and "今上" not in folded:
        return
    for m in IMPERIAL.finditer(folded):
        sentence = _sentence(folded, m.start())
        if IMPERIAL_REPORTED.search(sentence) or _in_title(folded, m.start(), m.end()):
            continue
        w = m.group("w")
        if w.startswith(("皇后", "亲王", "内亲王")) and not JAPAN.search(sentence):
            continue  # another monarchy's queen or prince (英国菲利普亲王殿下): Japan's alone are read
        right = "日本天皇（德仁天皇）" if w.startswith(("天皇", "今上")) else f"日本{re.sub(r'(?:两)?(?:陛下|殿下)$', '', w)}"
        yield (m.start(), m.end(), "外国君主敬称", right,
               "我国用语称日本天皇、皇后、皇太子的职衔或姓名，不用日本皇室的敬称“陛下”“殿下”“今上”")


def usage_hits(folded: str) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the sixteenth session's families (module docstring). Each family reads
    quotation marks its own way (a quoted Korean name of the war is still read), so no shared quote test is taken."""
    yield from _war_hits(folded)
    yield from _region_hits(folded)
    yield from _kmt_hits(folded)
    yield from _disability_hits(folded)
    yield from _imperial_hits(folded)
