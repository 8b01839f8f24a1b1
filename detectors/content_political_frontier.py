"""Politically wrong wording, content-political38 (POLITICAL_CHECKLIST.md items 523–526): the frontier and the
relations of states, each read over its whole inventory.

* **A mission of a state China has no diplomatic relations with** (``NO_RELATIONS``) — 外交部《中华人民共和国与各国建立
  外交关系日期简表》 lists the states China has relations with; the UN members missing from it are Bhutan (which has
  relations with no permanent member of the Security Council) and the states that keep "relations" with the Taiwan
  authorities (危地马拉, 巴拉圭, 伯利兹, 海地, 圣基茨和尼维斯, 圣文森特和格林纳丁斯, 圣卢西亚, 马绍尔群岛, 帕劳, 图瓦卢,
  埃斯瓦蒂尼; and the Holy See, 梵蒂冈 / 教廷; as of 2025 — a state that establishes relations leaves the list). Such a
  state has no embassy or consulate in China, nor China one there: 不丹驻华大使馆, 巴拉圭驻上海总领事馆, 中国驻帕劳大使馆
  are wrong (Bhutan's visas are handled through its missions elsewhere, e.g. 不丹驻印度使馆). A sentence that says there is
  none (没有, 未建交, 无外交关系 …) is right.
* **A border peak assigned to the neighbour** — the boundary treaties put the summits of the peaks on the border on the
  line (《中华人民共和国和尼泊尔王国边界条约》1961: 珠穆朗玛峰, 卓奥友峰, 洛子峰, 马卡鲁峰; 《中华人民共和国政府和巴基斯坦
  政府关于中国新疆和由巴基斯坦实际控制其防务的各个地区相接壤的边界的协定》1963: 乔戈里峰), and the peaks inside Tibet and
  Xinjiang are wholly China's (希夏邦马峰, 南迦巴瓦峰, 冈仁波齐, 慕士塔格峰, 公格尔峰). 珠峰峰顶属于尼泊尔, 乔戈里峰在巴基斯坦
  境内 are wrong; 珠峰南坡在尼泊尔境内 (a slope, not the peak), 位于中尼边界 and 珠峰在尼泊尔一侧叫萨加玛塔峰 (the side
  of the peak a neighbour sees, with its name there) are right.
* **A map drawn by the line of actual control or another side's line** — 《地图管理条例》 and the standard maps of 自然资源部
  draw the eastern sector of the China–India boundary by China's claimed line (the traditional customary line), not
  the line of actual control or the McMahon line: 按实际控制线绘制, 以麦克马洪线为界画 are wrong; a post warning
  against it (问题地图, 错误, 不得, 禁止 …) is right.
* **A foreign invasion of China called an expedition** — the invasions of the official history (the British of
  Tibet 1888 and 1903–04, the Anglo-French of 1856–60, the Eight-Power Allied Forces 1900, the Japanese army; 《西藏的
  主权归属与人权状况》白皮书 1992: 英国两次武装侵略西藏) told in the invader's word 远征 (the British "Tibet Expedition"
  1903–04, "China Expedition"): 英军远征西藏, 八国联军远征北京, 英国对西藏的远征. 中国远征军 (1942) is China's own army.

``frontier_hits(folded, in_quotes)`` yields ``(start, end, rule, suggestion, note)`` on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from detectors.content_political import REJECTS, _sentence, _sentence_bounds, so_called

Hit = tuple[int, int, str, str, str]

NO_RELATIONS = ("不丹", "危地马拉", "巴拉圭", "伯利兹", "海地", "圣基茨和尼维斯", "圣文森特和格林纳丁斯", "圣卢西亚", "马绍尔群岛",
                "帕劳", "图瓦卢", "埃斯瓦蒂尼", "梵蒂冈", "教廷")
# (斯威士兰, its name before 2018, is the renamed-state rule's: content_political_states)
_NR = "|".join(sorted(NO_RELATIONS, key=len, reverse=True))
MISSION = r"(?:大使馆|使馆|总领事馆|领事馆|领馆|大使|总领事|领事|代办处)"
# the state's mission in China (驻华, 驻中国, 驻北京, 驻成都) or China's in the state (中国驻不丹, 我国驻巴拉圭)
IN_CHINA = r"(?:华|中国|我国|北京|京|上海|广州|成都|重庆|拉萨|昆明|西安|武汉|沈阳|青岛|厦门|南宁|香港|澳门)(?:特区|特别行政区)?"
MISSIONS = re.compile(rf"(?P<s1>{_NR})(?:王国|共和国|国)?驻{IN_CHINA}{MISSION}|"
                      rf"(?:中国|我国|中华人民共和国)驻(?P<s2>{_NR}){MISSION}")
NO_MISSION = re.compile(r"没有|未建交|尚未建交|无外交关系|没有外交关系|未建立外交关系|不存在|并无|无邦交|未设|没设|不设|"
                        r"所谓|台湾|台北|驻台")

BORDER_PEAKS = r"(?:珠穆朗玛峰|珠峰|卓奥友峰|洛子峰|马卡鲁峰|乔戈里峰|希夏邦马峰|南迦巴瓦峰|冈仁波齐峰?|慕士塔格峰?|公格尔峰)"
NEIGHBOURS = r"(?:尼泊尔|巴基斯坦|印度|不丹|缅甸)"
PEAK_GIVEN = re.compile(rf"{BORDER_PEAKS}(?:的)?(?:峰顶|顶峰|主峰|山顶|峰巅|整座山|全部|整体)?(?:完全|全部|整个|其实|实际上)?"
                        rf"(?:属于|归属于?|归|是|位于|在|坐落在|坐落于)(?P<who>{NEIGHBOURS})"
                        rf"(?!与|和|同|跟|、|两国|边境|边界|交界|之间|一侧|那侧|那边|方面)(?:境内|领土|的领土|所有|的)?")
PEAK_RIGHT = re.compile(r"南坡|南侧|北坡一侧|不属于|并非|不是|所谓|谣言|误传|错误|澄清|辟谣|边界线|中尼边界|中巴边界")

MAP_LINE = re.compile(r"(?:按|以|沿|依|按照|根据|依照|沿着)(?:中印)?(?:边界)?(?:的)?(?:“)?(?:实际控制线|实控线|麦克马洪线|印方主张线|"
                      r"印度主张线|印方实控线)(?:”)?(?:为界)?(?:来|进行)?(?:绘制|画|绘出|标绘|标注|标示|划定|为界|作为国界|作为边界)")
MAP_RIGHT = re.compile(r"问题地图|错误|不得|禁止|严禁|不能|不应|不可|违规|违法|整改|不是|并非|非法|所谓|纠正|更正")

INVADERS = (r"(?:英军|英国|英印军|英印|英方|荣赫鹏|英法联军|八国联军|联军|日军|日本|沙俄|俄军|法军|美军|德军|葡萄牙|葡军|"
            r"帝国主义|列强)")
CN_TARGETS = (r"(?:西藏|拉萨|江孜|亚东|帕里|岗巴|隆吐山|日喀则|中国|北京|天津|大沽|广州|虎门|定海|舟山|圆明园|华北|东北|台湾|"
              r"澎湖|旅顺|大连|威海|山东|青岛|胶州湾|南京|上海|福州|厦门|宁波)")
EXPEDITION = re.compile(rf"(?P<who>{INVADERS})(?:的)?(?:武装|军队|军)?(?:远征|远征军)(?:到|至|于)?(?P<t>{CN_TARGETS})|"
                        rf"(?P<who2>{INVADERS})(?:对|向)(?P<t2>{CN_TARGETS})(?:的)?(?:武装)?远征")


def frontier_hits(folded: str, in_quotes: Callable[[int, int], bool]) -> Iterator[Hit]:
    """(start, end, rule, suggestion, note) of the families above."""
    if "驻" in folded:
        for m in MISSIONS.finditer(folded):
            state = m.group("s1") or m.group("s2")
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()) or NO_MISSION.search(_sentence(folded, m.start())):
                continue
            right = "不丹驻印度等国使馆（中国与不丹未建交）" if state == "不丹" else f"（中国与{state}没有外交关系，没有互设使领馆）"
            yield (m.start(), m.end(), "外交关系", right,
                   f"中国与{state}没有外交关系，不存在互设的使领馆（外交部《中华人民共和国与各国建立外交关系日期简表》）")
    if "峰" in folded or "珠" in folded:
        for m in PEAK_GIVEN.finditer(folded):
            if in_quotes(m.start(), m.end()) or PEAK_RIGHT.search(_sentence(folded, m.start())):
                continue
            yield (m.start(), m.end(), "领土与边界", "边界线通过峰顶（中尼、中巴边界条约）",
                   f"边界上的山峰峰顶由边界线通过，境内山峰属于中国，不写作属于{m.group('who')}")
    if "线" in folded:
        for m in MAP_LINE.finditer(folded):
            s0, s1 = _sentence_bounds(folded, m.start())
            if in_quotes(m.start(), m.end()) or MAP_RIGHT.search(folded[s0:s1]) or REJECTS.search(folded[s0:s1]):
                continue
            yield (m.start(), m.end(), "地图与主权", "按我国主张国界线绘制",
                   "中印边界东段按我国主张的传统习惯线绘制（《地图管理条例》、自然资源部标准地图），不按实际控制线或“麦克马洪线”")
    if "远征" in folded:
        for m in EXPEDITION.finditer(folded):
            if in_quotes(m.start(), m.end()) or so_called(folded, m.start()):
                continue
            yield (m.start(), m.end(), "历史称谓", "侵略（武装侵略）",
                   "外国对中国的武装入侵称“侵略”，不用侵略者的“远征”说法（如 1904 年英国武装侵略西藏）")
