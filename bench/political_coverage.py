"""Coverage of the political-wording rules over the official usage lists, item by item, with generated paraphrases.

    python bench/political_coverage.py [--code DIR] [--show-misses 20]
    PYTHONPATH=/work/main python bench/political_coverage.py --code /work/main     # the same table against main's code

**This is generated data, written alongside the code** — not a labelled set. Each row of ``ITEMS`` is one item of the
official usage lists (新华社《新华社新闻信息报道中的禁用词和慎用词》2016 年修订版, 《关于正确使用涉台宣传用语的意见》,
the 1997 Hong Kong wording rules, the Constitution's and the organic laws' names of offices, the Basic Laws, the names
of the Party's and the state's working offices and plans, the Ministry of Foreign Affairs' wording on maps and seas —
families 10–13 added in the tenth round; families 20–24 in the twelfth session: every body of Taiwan's authorities
read whole from ``detectors/data/tw_authorities.tsv``, the leader's spouse and 行政院 as a cabinet, HK/Macao/Taiwan as
foreign, entities China does not recognise, Chinese renderings of chart names; families 25–27 in the thirteenth
session: the policy enumerations and joint issuers in their order, attribute pairs of formulations, the head title of
every State Council body and of local bodies by kind; families 35–37 in the fourteenth session: Hong Kong and Macao
as abroad (a state's symbols, consulates, passports, 港人入境中国, a border with the mainland), a border across the
Strait and the Taiwan authorities' own terms, the national organs and the head of state under wrong names;
families 45–51 in the fifteenth session: a title beside a leader's name that is not his, unrecognised
entities' state titles and country fields, one party's names of other states' disputed territories, Taiwan's
state titles with 当局 / 方面 between, heads of state across the Strait, national teams in every sport, the South
China Sea islands under each of Taiwan's counties and cities; families 52–62 in the sixteenth session: the war dated
from 1937 in every word order, the Korean and Vietnamese names of China's wars, 满洲 as a region, the Kuomintang's
names of the Party and its army, the Xinhua list's disability slurs, Japan's imperial honorifics, 最高领导人 and the
offices the Politburo lacks, Taiwan's 主委 after every short committee name, each foreign name of
``territory_names.tsv`` written as a feature's 又称, the sixteenth session's fixed formulations, 所谓 of another word;
families 63–68 in the twenty-first session: English chart names given as a feature's 英文名, any transliteration of
an English chart name, 藏南 places written in a region or town of India, the Japanese army's 攻略战 and 进入 for the
capture of a city, the titles of congresses', procuratorates' and courts' heads, 两岸首脑 / 峰会; families 69–74 in
the twenty-second session: 港澳回归中国, the old names of peoples and places and 小乘佛教, swapped halves of a fixed
statement, former capitals, border peaks by the neighbour's name and the Ryukyu groups, Taiwan's short ministers'
titles; families 75–79 in the twenty-third session: a fraudster's 声称 beside every other side's name (Latin names
capitalised), the Russian names of the eastern boundary's islands, the cross-border peoples' names abroad for China's
ethnic groups, a massacre called 事件, the X and Y of every 以 X 为 Y formulation and the numbers of every pair of
numbered formulations swapped (Crimea joins families 23 and 46); families 92–98 in the twenty-sixth session: every
central organ against every constitutional role it does not hold (宪法第三章), the local regimes of ancient China
given to Korea or Thailand, the ethnic names the identification replaced, the war's start as an event of 1937 in a
clause before the war, 香港护照 / 澳门护照, a religion's 族 in quotes no sentence rejects, the organ title one character
off beside every leader of ``leaders.txt``; families 138–146 in the thirty-fourth session: every religion against 民族, terrorism and
food, every formulation of ``formal_terms.txt`` with its defining word replaced or dropped, armed movements' labels,
a dynasty conquering a region of today, the border strategies' order and 党和国家, 所谓's scope, 海峡两国; the checklist
number of
``detectors/lexicons/POLITICAL_CHECKLIST.md`` is given), and its *complete inventory* — every office against every
foreign or historical title, every Taiwan leader's name and surname, every Chinese place a foreign name stands for
(``detectors/data/territory_names.tsv`` is read whole), every feature of China's islands, every category of foreigners
— is expanded into wrong sentences in a few carrier frames, and into right sentences that use the same words correctly
(hard negatives: 外国的首相和内阁, 朱德总司令, 日本在野党, 留学生和港澳台学生, 争议 of a referee, 依赖政府…).

It runs the content screener (``detectors.content._hits``, political class, post year 2026) on every sentence and
reports per family: wrong sentences found / total, items whose every variant is found / items, right sentences
flagged, and how many of the missed wrong sentences the typo class reports instead (a doubled 省省委, 国务院办公室 one
character from 国务院办公厅: still 错敏字, not counted as political here). A family's figure is the coverage of this
generator, not real-world recall.

``--code DIR`` puts another checkout (e.g. main) first on the import path, so the same table measures the code before
a change.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Item:
    family: str
    item: str  # what the list says, short
    wrong: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)


def _frames(span: str, frames: tuple[str, ...]) -> list[str]:
    return [f.format(span) for f in frames]


# ---- 1. offices of the state and the Party under foreign or historical titles -----------------------------------
# (office, organ prefixes that may stand before it, people who held it (public record), wrong titles)
OFFICES = (
    ("国务院总理", ("国务院", "中国", "我国"), ("李强", "李克强", "温家宝", "朱镕基", "周恩来"),
     ("首相", "内阁总理", "内阁首相", "阁揆", "政府首相")),
    ("中央军委主席", ("中央军委", "军委", "中国", "我国"), ("习近平", "胡锦涛", "江泽民", "邓小平"),
     ("总司令", "三军总司令", "武装力量总司令", "军队总司令", "最高司令官")),
    ("国家主席", ("我国",), ("习近平", "胡锦涛", "江泽民"), ("总统", "大总统")),
    ("全国人大常委会委员长", ("全国人大", "全国人大常委会", "中国", "我国"), ("赵乐际", "栗战书", "张德江"),
     ("议长", "国会议长", "众议院议长")),
    ("全国政协主席", ("全国政协", "中国", "我国"), ("王沪宁", "汪洋", "俞正声"), ("议长", "上院议长", "参议院议长")),
    ("中共中央总书记", ("中共中央", "中共", "中国共产党"), ("习近平", "胡锦涛", "江泽民"), ("党魁", "第一书记")),
    ("最高人民检察院检察长", ("最高人民检察院", "最高检"), ("应勇", "张军"), ("总检察长",)),
    ("国务院副总理", ("国务院", "中国", "我国"), ("丁薛祥", "何立峰", "刘鹤"), ("副首相",)),
    ("中央军委副主席", ("中央军委", "军委", "中国"), ("张又侠", "许其亮"), ("副总司令",)),
    ("国家副主席", ("我国",), ("韩正", "王岐山"), ("副总统",)),
    ("全国人大常委会副委员长", ("全国人大常委会", "全国人大", "中国"), (), ("副议长",)),
    ("全国政协副主席", ("全国政协", "中国"), (), ("副议长", "上院副议长")),
    ("外交部长", ("外交部", "中国", "我国"), ("王毅", "杨洁篪", "李肇星"), ("外相", "外务大臣", "国务卿")),
    ("国防部长", ("国防部", "中国", "我国"), ("董军", "魏凤和", "常万全"), ("防相", "防卫大臣", "国防大臣")),
    ("省长", ("河南省", "湖南省", "四川省"), (), ("州长", "省主席")),
)
OFFICE_FRAMES_NAMED = ("{}主持召开会议，研究部署下一阶段工作。", "会上，{}发表重要讲话。")
OFFICE_FRAMES_BARE = ("{}今天签署命令。",)


def office_items() -> list[Item]:
    out = []
    for office, organs, people, wrongs in OFFICES:
        for w in wrongs:
            item = Item("1 国家和党的职务：外国、历史称谓", f"{office}≠{w}")
            for name in people:  # (a province's head: no names, the organ says whose)
                item.wrong += _frames(f"{organs[0]}{w}{name}", OFFICE_FRAMES_NAMED[:1])
                item.wrong += _frames(f"{name}{w}", OFFICE_FRAMES_NAMED[1:])
            for org in organs:
                item.wrong += _frames(f"{org}{w}", OFFICE_FRAMES_BARE)
            item.right += _frames(f"{office}{people[0] if people else ''}", OFFICE_FRAMES_NAMED[:1])
            out.append(item)
    out.append(Item("1 国家和党的职务：外国、历史称谓", "同词在外国、历史中的正确用法", [], [
        "日本首相石破茂会见了来访的代表团。", "英国首相和内阁成员出席了仪式。", "朱德总司令率领八路军东渡黄河。",
        "美国总统和国会议长举行会谈。", "巴西总统卢拉访华，国家主席习近平同他会谈。", "韩国国会议长一行参观了展览。",
        "他曾任八路军总司令部参谋。", "习近平主席是人民军队的统帅。", "最高人民法院院长、首席大法官出席会议。",
        "美国司法部总检察长发表声明。", "日本在野党批评了内阁的预算案。", "总司令部旧址纪念馆今天开放。",
        "王毅外长会见日本外相。", "中美防长举行视频通话。", "英国外交大臣访华。", "美国国务卿布林肯访华。",
        "美国加州州长出席论坛。", "1946年，河南省主席刘茂恩到任。", "广西壮族自治区主席出席开幕式。",
        "美国副总统和众议院议长出席仪式。", "八路军副总司令彭德怀指挥百团大战。", "韩国国会副议长访华。",
    ]))
    return out


# ---- 2. organs and the party system under foreign names ---------------------------------------------------------
def body_items() -> list[Item]:
    fam = "2 国家机构与政党制度：外国称谓"
    return [
        Item(fam, "国务院≠内阁", [
            "李强内阁上任以来推出一系列稳增长措施。", "国务院内阁会议研究了有关工作。", "我国内阁成员名单公布。",
            "李克强内阁任内推进简政放权。"], [
            "日本岸田内阁宣布总辞职。", "明朝内阁首辅张居正推行改革。", "国务院常务会议研究有关工作。"]),
        Item(fam, "民主党派是参政党，不是在野党、反对党", [
            "各民主党派作为在野党，积极建言献策。", "要充分发挥民主党派的反对党作用。",
            "我国的在野党积极参政议政。", "巩固和发展爱国统一战线，发挥在野党作用。",
            "民革、民盟等在野党围绕经济社会发展建言。", "多党合作中，民主党派是反对党。",
            "坚持多党合作和政治协商，支持民主党派发挥野党作用。"], [
            "日本在野党要求首相解散众议院。", "民主党派是参政党，与中国共产党通力合作。",
            "中国共产党是执政党，各民主党派是参政党。", "韩国最大在野党共同民主党发表声明。",
            "英国反对党领袖在议会发言。"]),
        Item(fam, "中国共产党与民主党派不组成执政联盟、不联合执政", [
            "中国共产党与各民主党派组成执政联盟。", "各民主党派与中国共产党联合执政。"], [
            "德国执政联盟出现分歧。", "中国共产党领导、多党派合作，中国共产党执政、多党派参政。"]),
        Item(fam, "我国不实行多党轮流执政、两党制", [
            "我国实行多党轮流执政的政党制度。", "我国实行两党制。"], [
            "我国实行中国共产党领导的多党合作和政治协商制度，而不是西方的多党制。", "美国实行两党制。"]),
    ]


# ---- 3. foreign exonyms of places --------------------------------------------------------------------------------
def exonym_items() -> list[Item]:
    fam = "3 地名：邻国、外国、殖民称谓"
    items = [
        Item(fam, "朝鲜半岛≠韩半岛", [
            "韩半岛局势牵动人心。", "维护韩半岛和平稳定符合各方利益。", "韩国半岛的无核化进程陷入停滞。",
            "当前韩半岛形势复杂。"], [
            "朝鲜半岛局势牵动人心。", "韩国外长表示，将推动半岛无核化。", "韩国总统发表演讲。",
            "韩半岛是韩国方面的叫法，我国称朝鲜半岛。"]),
        Item(fam, "韩国、朝鲜不称南朝鲜、南韩、北韩、北朝鲜", [
            "南韩游客来我市观光。", "北韩宣布进行导弹试射。", "北朝鲜与南朝鲜举行会谈。"], [
            "韩国游客来我市观光。", "朝鲜宣布进行导弹试射。"]),
        Item(fam, "北部湾≠东京湾；台湾≠福尔摩沙；南海≠南中国海", [
            "东京湾渔场资源丰富，北海渔民出海作业。", "福尔摩沙是台湾的美丽宝岛。", "南中国海局势总体稳定。"], [
            "北部湾渔场资源丰富。", "东京湾位于日本本州岛。", "葡萄牙人称台湾为“福尔摩沙”。"]),
    ]
    tsv = ROOT / "detectors" / "data" / "territory_names.tsv"
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, name, standard, side, feature = line.split("\t")[:5]
        if kind != "zh":
            continue
        frames = ("{}是我国渔民的传统渔场。", "海警舰艇编队在{}附近海域巡航。") if feature != "s" else \
            ("我国境内的{}景区迎来旅游旺季，游客登顶、观光。",)
        items.append(Item(fam, f"{standard}≠{name}（{side}）", _frames(name, frames), []))
    return items


# ---- 4. the invasion under the invader's euphemisms -------------------------------------------------------------
PLACES = ("鄂北", "豫西", "晋东南", "浙东", "鲁南", "苏北", "湖南", "山东", "华北", "长沙", "武汉", "广州", "东北", "中国")
AGGRESSORS = ("日军", "侵华日军", "日本军队", "关东军", "日本")


def invasion_items() -> list[Item]:
    fam = "4 侵略的委婉说法（进出）"
    out = []
    for agg in AGGRESSORS:
        item = Item(fam, f"{agg}进出≠侵略", [])
        for place in PLACES:
            item.wrong.append(f"1939年，{agg}进出{place}，当地军民奋起抵抗。")
            item.wrong.append(f"{agg}大举进出{place}后，烧杀抢掠。")
        out.append(item)
    out.append(Item(fam, "进出的其他意思", [], [
        "鄂北地区进出口贸易额增长。", "车辆进出鄂北高速收费站须减速。", "日军侵略鄂北，遭到顽强抵抗。",
        "1945年苏军进入东北，对日作战。", "游客进出景区须刷身份证。", "日本企业进出中国市场更加便利。",
        "日本教科书把“侵略”改写为“进出”，篡改历史。"]))
    return out


# ---- 5. Hong Kong, Macao and Taiwan people counted in a foreign category -----------------------------------------
CATEGORIES = ("留学生", "外国留学生", "国际学生", "外籍学生", "外籍教师", "外国专家", "外籍人士", "外国游客", "外国人")
HMT = ("港澳台", "香港", "澳门", "台湾", "港澳")


def hmt_items() -> list[Item]:
    fam = "5 港澳台人员计入外国类别"
    out = []
    for cat in CATEGORIES:
        item = Item(fam, f"{cat}不含港澳台", [])
        for h in HMT:
            item.wrong.append(f"我校今年招收{cat}（含{h}学生）120人。")
            item.wrong.append(f"共接待{cat}（包括{h}地区）3000人次。")
            item.wrong.append(f"来自{h}等地的{cat}参加了活动。")
        out.append(item)
    out.append(Item(fam, "同词的正确用法", [], [
        "我校今年招收留学生和港澳台学生共120人。", "境外人员（含港澳台）须按规定登记。", "留学生参加了中秋联欢会。",
        "外资企业（含港澳台资企业）享受同等待遇。", "港澳台侨学生报名工作启动。", "我市学子赴港澳台留学人数增加。",
        "来自美国、英国等国的外国留学生参加了活动。", "外籍人士和港澳台同胞可在线预约。"]))
    return out


# ---- 6. China's territory called disputed ------------------------------------------------------------------------
LANDS = ("钓鱼岛", "黄岩岛", "南沙群岛", "西沙群岛", "美济礁", "仁爱礁", "永暑礁", "中业岛")
SEAS = ("南海", "东海")
FEATURES = ("岛礁", "岛屿", "领土", "岛")


def disputed_items() -> list[Item]:
    fam = "6 我国领土称为有争议"
    out = []
    for sea in SEAS:
        item = Item(fam, f"{sea}岛礁≠争议岛礁", [])
        for f in FEATURES:
            item.wrong.append(f"加强{sea}争议{f}的开发建设。")
            item.wrong.append(f"{sea}有争议的{f}附近出现外国船只。")
        out.append(item)
    for land in LANDS:
        out.append(Item(fam, f"{land}不是争议岛屿", [
            f"{land}是争议岛屿。", f"中外争议岛礁{land}附近海域。", f"{land}等争议岛礁周边局势。"], []))
    out.append(Item(fam, "争议的其他用法", [], [
        "中方坚持搁置争议、共同开发。", "南海争议应由直接当事方通过谈判协商解决。", "裁判的判罚引发争议。",
        "钓鱼岛是中国固有领土，不存在争议。", "日方妄图把钓鱼岛变成争议岛屿。", "这块地的归属在村里存在争议。",
        "南海争议岛礁是外媒的说法，我国对南海诸岛拥有无可争辩的主权。"]))
    return out


# ---- 7. Taiwan's leaders and authorities under a state's names --------------------------------------------------
TW_LEADERS = (("赖清德", "赖"), ("蔡英文", "蔡"), ("马英九", "马"), ("陈水扁", "扁"), ("李登辉", "李"))


def taiwan_items() -> list[Item]:
    fam = "7 台湾地区领导人、当局的国家称谓"
    out = []
    for full, short in TW_LEADERS:
        out.append(Item(fam, f"{full}当局≠政府、总统、内阁", [
            f"{full}政府推行“去中国化”，岛内民怨沸腾。", f"{short}政府上台后，台湾经济持续低迷。",
            f"{full}总统发表讲话，鼓吹“台独”。", f"{short}总统在岛内遭到批评。",
            f"{short}政府当局的所作所为损害台湾民众利益。"], [
            f"{full}当局推行“去中国化”，岛内民怨沸腾。"]))
    out.append(Item(fam, "台湾地区政权不称政府", [
        "台湾政府宣布新的防疫措施。", "民进党政府在岛内推行“去中国化”。", "台北政府宣布调整电价。"], [
        "民进党当局在岛内推行“去中国化”。", "台湾民众依赖政府补贴的情况增多。", "巴拿马总统出席会议。",
        "群众信赖政府，干部有赖政府支持。"]))
    return out


# ---- 8. the formula of the special administrative regions --------------------------------------------------------
def sar_items() -> list[Item]:
    fam = "8 特别行政区方针提法"
    return [Item(fam, "港人治港、澳人治澳、高度自治", [
        "坚持港人自治、高度自治。", "全面准确贯彻“一国两制”、澳人自治方针。", "香港实行完全自治。",
        "澳门享有完全自治权。"], [
        "坚持“一国两制”、港人治港、高度自治。", "全面准确贯彻“一国两制”、澳人治澳、高度自治的方针。",
        "民族区域自治制度是我国的基本政治制度。", "加强村民自治。", "高度自治不是完全自治。"])]


# ---- 9. other items of the Xinhua list (时政、涉港澳台、国际关系) ------------------------------------------------
def xinhua_items() -> list[Item]:
    fam = "9 新华社禁用词其他条目"
    return [
        Item(fam, "“一带一路”是倡议不是战略", ["深入推进一带一路战略。", "服务“一带一路”战略，扩大开放。",
                                            "融入一带一路发展战略。"],
             ["高质量共建“一带一路”倡议。", "推动共建“一带一路”倡议同各国发展战略对接。"]),
        Item(fam, "苏联不加“前”", ["前苏联专家曾援建这座工厂。", "这座建筑由前苏联设计。"],
             ["苏联专家曾援建这座工厂。", "前苏联地区国家代表参展。"]),
        Item(fam, "不使用“深港一体化”", ["加快推进深港一体化。", "港深一体化发展提速。"], ["深化深港合作。"]),
        Item(fam, "践行社会主义荣辱观，不用践行“八荣八耻”", ["践行八荣八耻，树立新风。", "牢记“八荣八耻”。"],
             ["践行社会主义荣辱观。"]),
        Item(fam, "内地与香港（澳门）不称内港、内澳", ["内港两地经贸往来密切。", "内澳合作不断深化。"],
             ["澳门内港码头完成改造。", "内地与香港经贸往来密切。"]),
        Item(fam, "港澳台不称国家", ["香港是一个国家。", "台湾是一个独立的国家。", "澳门作为国家参加会议。"],
             ["香港是国家的一部分。", "台湾不是一个国家，是中国的一个省。"]),
        Item(fam, "台湾地区领导人不称“中华民国总统”", ["中华民国总统赖清德发表讲话。", "台湾总统大选结果揭晓。"],
             ["台湾地区领导人选举结果揭晓。"]),
        Item(fam, "中港、中台不并列", ["中港两地合作密切。", "中台合资企业在厦门成立。"], ["两岸合资企业在厦门成立。"]),
    ]


# ---- 10. Hong Kong and Macao (1997 涉港宣传用语, the Basic Laws, the Xinhua list) --------------------------------
def hk_macao_items() -> list[Item]:
    fam = "10 港澳用语（回归、特区机构、内地）"
    return [
        Item(fam, "香港回归≠主权移交、收回主权、主权回归", [
            "1997年香港主权移交后，经济持续发展。", "中国收回香港主权，洗雪百年耻辱。", "庆祝澳门主权回归二十五周年。"], [
            "1997年7月1日，中国政府对香港恢复行使主权。", "1997年7月1日，香港特别行政区成立。",
            "庆祝澳门回归祖国25周年。"]),
        Item(fam, "香港特区政府≠香港政府、澳门政府", [
            "香港政府宣布新的防疫措施。", "澳门政府推出电子消费优惠计划。"], [
            "香港特区政府宣布新的防疫措施。", "澳门特别行政区政府推出电子消费优惠计划。"]),
        Item(fam, "对港澳称内地，不称大陆、中国", [
            "香港与大陆的经贸往来日益密切。", "大陆游客赴港旅游人数回升。", "澳门居民来大陆就业更加便利。",
            "港澳同胞到大陆投资兴业。", "香港与中国的经贸往来日益密切。"], [
            "香港与内地的经贸往来日益密切。", "内地游客赴港旅游人数回升。", "港澳台同胞来大陆（内地）投资兴业。",
            "大陆游客赴台旅游。", "中国大陆与台湾地区的贸易额增长。", "香港与新加坡的经贸往来日益密切。"]),
        Item(fam, "香港与内地≠中港；两岸三地、两岸四地", [
            "中港两地合作密切。", "两岸三地的青年齐聚一堂。", "两岸四地的学者参加研讨会。"], [
            "内地与香港合作密切。", "海峡两岸暨香港、澳门的青年齐聚一堂。"]),
        Item(fam, "港澳台人员来内地（大陆），不称来华、出国", [
            "欢迎港澳台游客来华旅游。", "香港同胞来华投资兴业。", "台湾青年来华就业创业。",
            "他出国到香港读书。"], [
            "欢迎港澳台游客来内地旅游。", "外国游客来华旅游。", "港澳台和外国游客来华旅游人数增加。",
            "他出国前在香港读书。", "出国（境）人员须按规定报批。"]),
        Item(fam, "港澳台与外国并列时称国家和地区、境外，不称国外", [
            "到香港、澳门等国外旅游。", "台湾、日本等外国的客商参展。"], [
            "到香港、澳门等境外地区旅游。", "来自日本、韩国等国家和中国台湾地区的客商参展。"]),
        Item(fam, "特区首长称行政长官，立法机关称立法会", [
            "香港市长李家超出席活动。", "香港国会通过了有关条例。", "澳门议会审议预算案。", "香港内阁会议讨论施政报告。"], [
            "香港特别行政区行政长官李家超出席活动。", "香港特区立法会通过了有关条例。", "澳门特区立法会审议预算案。",
            "香港特区行政会议讨论施政报告。"]),
        Item(fam, "特区居民称居民（基本法第三章），不称“香港公民”", ["香港公民享有选举权和被选举权。"], [
            "香港永久性居民依法享有选举权和被选举权。", "香港居民中的中国公民依法参与国家事务的管理。"]),
        Item(fam, "基本法不是特区的“宪法”", [
            "香港宪法规定了居民的基本权利。", "澳门特区宪法规定了行政长官的产生办法。"], [
            "香港基本法规定了居民的基本权利。", "宪法和香港基本法共同构成香港特别行政区的宪制基础。",
            "在香港，宪法和基本法宣传活动持续开展。"]),
    ]


# ---- 11. international affairs, ethnicity, religion, history (新华社禁用词和慎用词) --------------------------
def world_items() -> list[Item]:
    fam = "11 国际、民族宗教、历史称谓"
    return [
        Item(fam, "“伊斯兰国”加引号；伊斯兰国家不称穆斯林国家", [
            "伊斯兰国在叙利亚发动袭击。", "穆斯林国家的代表出席了会议。"], [
            "伊斯兰国家的代表出席了会议。", "所谓“伊斯兰国”极端组织在叙利亚发动袭击。", "伊斯兰国际组织召开会议。"]),
        Item(fam, "国际关系类：阿拉伯民兵、亚太经合组织峰会、人质被“斩首”", [
            "阿拉伯民兵再次袭击难民营。", "APEC峰会将于11月举行。", "亚太经合组织第三十三次领导人峰会闭幕。",
            "一名人质遭极端分子斩首。"], [
            "武装民兵再次袭击难民营。", "亚太经合组织第三十三次领导人非正式会议闭幕。", "二十国集团领导人峰会闭幕。",
            "一名人质被极端分子砍头杀害。", "秦将白起斩首数万。", "无人机实施斩首行动。"]),
        Item(fam, "蒙古国不称外蒙古", ["外蒙古的牧民赶着羊群。"], [
            "蒙古国的牧民赶着羊群。", "1945年外蒙古举行公民投票。"]),
        Item(fam, "已更名民族的旧称、旧社会的侮辱性称呼", [
            "僮族群众欢度三月三。", "崩龙族同胞载歌载舞。", "毛难族的花竹帽远近闻名。", "卡佤族木鼓舞。",
            "摆夷人家的竹楼。", "倮倮的火把节。"], [
            "壮族群众欢度三月三。", "德昂族同胞载歌载舞。", "毛南族的花竹帽远近闻名。", "佤族木鼓舞。"]),
        Item(fam, "民族宗教不混为一谈；宗教不以创始人命名", [
            "回族就是伊斯兰教徒。", "穆罕默德教的信徒。", "回教的清真寺。"], [
            "回族群众信仰伊斯兰教。", "伊斯兰教的信徒。", "学生们返回教室。"]),
        Item(fam, "不再使用“少数民族上层人士”（历史时期除外）", ["座谈会邀请了少数民族上层人士参加。"], [
            "民主改革前，少数民族上层人士占有大量土地。", "座谈会邀请了少数民族代表人士参加。"]),
        Item(fam, "十四年抗战；伪满洲国、汪伪政权；不用日本的战争称谓", [
            "艰苦卓绝的八年抗战取得胜利。", "满洲国的首都设在长春。", "大东亚战争爆发后，日军南进。", "纪念终战80周年。",
            "汪精卫政府成立于南京。"], [
            "全面抗战八年，中国军民浴血奋战。", "伪满洲国的“国都”设在长春。", "太平洋战争爆发后，日军南进。",
            "纪念中国人民抗日战争胜利80周年。", "汪伪政权成立于南京。", "足球联赛本赛季终战。"]),
        Item(fam, "历史事件不用日方、台湾当局的称谓", [
            "1937年的南京事件中，日军屠杀了大量平民。", "满洲事变后，东北沦陷。", "卢沟桥事件标志着全面抗战开始。",
            "中日战争期间，他参加了八路军。", "他参加过韩战。", "蒋总统来台后推行土地改革。", "大陆沦陷后，他随军去了台湾。"], [
            "南京大屠杀中，日军屠杀了大量平民。", "九一八事变后，东北沦陷。", "卢沟桥事变标志着全面抗战开始。",
            "甲午中日战争爆发于1894年。", "他参加过抗美援朝战争。", "1945年台湾光复。", "新中国成立后，他回到家乡。"]),
        Item(fam, "台湾日据时期不称日治时期", ["日治时期的台湾总督府。", "这座建筑建于日治时代。"], [
            "日据时期的台湾总督府旧址。", "这座建筑建于日本占据台湾时期。"]),
    ]


# ---- 12. names of the Party's and the state's bodies and documents -------------------------------------------
def organ_items() -> list[Item]:
    fam = "12 党和国家机构、文件名称"
    return [
        Item(fam, "中共××省委书记、××市委书记，不称省省委、市市委", [
            "中共河南省省委书记主持召开会议。", "郑州市市委书记调研企业。", "兰考县县委书记走访群众。"], [
            "中共河南省委书记主持召开会议。", "郑州市委书记调研企业。", "兰考县委书记走访群众。",
            "各省省委书记参加座谈会。", "全省省委组织部门负责人会议。"]),
        Item(fam, "“十一五”起为五年规划，不称计划", [
            "十四五计划的主要目标已经完成。", "编制“十五五”计划纲要。", "十三五计划期间，全市经济稳步增长。"], [
            "十四五规划的主要目标已经完成。", "编制“十五五”规划纲要。", "“十五”计划期间（2001—2005年），全市经济稳步增长。",
            "第一个五年计划于1953年开始实施。"]),
        Item(fam, "中央和省级党政机关的办事机构是办公厅", [
            "国务院办公室印发通知。", "中共中央办公室发出通知。", "河南省政府办公室印发实施意见。",
            "省委办公室主任出席会议。", "全国人大常委会办公室发布公告。"], [
            "国务院办公厅印发通知。", "国务院新闻办公室举行发布会。", "国务院台湾事务办公室发言人答记者问。",
            "开封市政府办公室印发实施意见。", "省委军民融合发展委员会办公室召开会议。", "河南省人民政府办公厅印发实施意见。"]),
        Item(fam, "监察部并入国家监委（2018），不称中央纪委监察部", ["中央纪委监察部网站发布消息。"], [
            "中央纪委国家监委网站发布消息。", "2015年，中央纪委监察部网站发布消息。"]),
    ]


# ---- 13. maps and sovereignty -----------------------------------------------------------------------------------
def map_items() -> list[Item]:
    fam = "13 地图与主权表述"
    return [
        Item(fam, "藏南不属于印度；阿克赛钦是中国领土", [
            "印度的藏南地区。", "阿鲁纳恰尔邦首府伊塔那加。", "阿克赛钦属于印度领土。"], [
            "藏南地区是中国领土。", "印方所谓“阿鲁纳恰尔邦”是在中国藏南地区非法设立的。", "中印边界东段的藏南地区。"]),
        Item(fam, "钓鱼岛及其附属岛屿；不用日方名称", ["尖阁诸岛附近海域。", "日本的钓鱼岛。"], [
            "钓鱼岛及其附属岛屿是中国固有领土。", "北京钓鱼台国宾馆。"]),
        Item(fam, "不承认日方单方面主张的东海“中间线”", [
            "中国在东海中间线中方一侧开发油气田。", "日方称中国船只越过日中中间线。"], [
            "中方从不承认日方单方面主张的所谓“中间线”。", "东海油气田开发。"]),
        Item(fam, "台湾海峡不是“国际水域”", ["台湾海峡是国际水域。", "外国军舰在台海国际水域航行。"], [
            "台湾海峡不是“国际水域”。", "所谓台湾海峡“国际水域”的说法没有法理依据。", "公海和国际水域的航行自由。"]),
        Item(fam, "分裂势力的自称不作为名称使用", ["西藏流亡政府发表声明。", "东突厥斯坦的首府乌鲁木齐。"], [
            "十四世达赖喇嘛是披着宗教外衣的政治流亡者。", "新疆自古以来就是中国领土不可分割的一部分。"]),
        Item(fam, "南海仲裁案裁决非法无效", ["根据南海仲裁案裁决，菲律宾拥有权利。"], [
            "南海仲裁案裁决是非法无效的，中国不接受、不承认。"]),
    ]


# ---- 14. the Party's canonical formulations (twelfth round) -----------------------------------------------------
# The guiding ideologies in the Party Constitution's order and with their own kind words; 党中央的核心、全党的核心;
# the verb of each numbered slogan; 以习近平同志为核心的党中央 with its required words; and every enumeration of
# ``lexicons/ordered_formulas.txt`` added in this round, written in order (right) and with its first two items swapped
# (wrong).
IDEOLOGIES = (("马克思列宁主义", None), ("毛泽东思想", ("毛泽东", ("重要思想", "理论", "主义"))),
              ("邓小平理论", ("邓小平", ("思想", "重要理论", "重要思想"))),
              ("“三个代表”重要思想", ("“三个代表”", ("重要理论", "理论", "思想"))),
              ("科学发展观", ("科学发展", ("理论", "重要思想"))),
              ("习近平新时代中国特色社会主义思想", ("习近平新时代中国特色社会主义", ("理论", "重要思想"))))
SLOGAN_VERBS = {"两个确立": ("深刻领悟", "坚定拥护"), "两个维护": ("坚决做到",), "四个意识": ("增强", "树牢"),
                "四个自信": ("坚定",)}
SLOGAN_WRONG_VERBS = {"两个确立": ("坚决做到", "增强", "树牢"), "两个维护": ("坚定拥护", "深刻领悟", "增强"),
                      "四个意识": ("坚定", "做到", "坚定拥护"), "四个自信": ("做到", "坚定拥护", "树牢")}
NEW_FORMULAS = ("十个坚持（党百年奋斗的历史经验）", "前进道路上必须牢牢把握的重大原则", "中国式现代化的本质要求",
                "党的基本路线（一个中心、两个基本点）", "四个服从", "解放思想、实事求是、与时俱进、求真务实", "干部队伍四化",
                "两个大局", "共建共治共享", "社会治理体系", "枫桥经验", "忠诚干净担当", "学思想、强党性、重实践、建新功",
                "以学铸魂、以学增智、以学正风、以学促干", "学史明理、学史增信、学史崇德、学史力行", "学党史、悟思想、办实事、开新局",
                "守初心、担使命、找差距、抓落实", "主题教育目标任务（2019）", "学纪、知纪、明纪、守纪", "初心使命", "六稳", "六保",
                "三个离不开", "交往交流交融", "碳达峰碳中和", "四有革命军人", "宣传思想工作的使命任务", "对党忠诚、个人干净、敢于担当",
                "党的指导思想", "党中央的核心、全党的核心")


def canon_items() -> list[Item]:
    fam = "14 规范提法：指导思想、核心、提法动词、领导核心"
    out = []
    names = [n for n, _ in IDEOLOGIES]
    for n, wrong in IDEOLOGIES:
        if wrong is None:
            continue
        stem, kinds = wrong
        out.append(Item(fam, f"指导思想名称：{n}", [f"全面贯彻{stem}{k}。" for k in kinds]
                        + [f"坚持以{stem}{k}为指导。" for k in kinds],
                        [f"全面贯彻{n}。", f"坚持以{n}为指导。"]))
    ordered = "、".join(names)
    out.append(Item(fam, "指导思想的顺序", [
        f"坚持以{names[i + 1]}、{names[i]}为指导。" for i in range(len(names) - 1)] + [
        "坚持以" + "、".join(names[::-1]) + "为指导。"], [
        f"坚持以{ordered}为指导。", f"学习{names[1]}和{names[2]}。", "马克思主义是我们立党立国的根本指导思想。"]))
    out.append(Item(fam, "党中央的核心、全党的核心", [
        "确立习近平同志全党的核心、党中央的核心地位。", "习近平总书记是全党的核心、党中央的核心。",
        "确立习近平党中央的核心、全党的核心地位。", "坚决维护习近平同志党中央的核心、全党的核心地位。"], [
        "坚决维护习近平总书记党中央的核心、全党的核心地位。",
        "确立习近平同志党中央的核心、全党的核心地位。", "习近平总书记是党中央的核心、全党的核心。"]))
    for slogan, wrongs in SLOGAN_WRONG_VERBS.items():
        out.append(Item(fam, f"“{slogan}”的动词", [f"全体党员要{v}“{slogan}”。" for v in wrongs]
                        + ([f"深刻领悟“{slogan}”的决定性意义。"] if slogan != "两个确立" else []),
                        [f"全体党员要{v}“{slogan}”。" for v in SLOGAN_VERBS[slogan]]))
    out.append(Item(fam, "“两个确立”“两个维护”各带自己的动词", [
        "坚定拥护“两个维护”、坚决做到“两个确立”。"], [
        "坚定拥护“两个确立”、坚决做到“两个维护”。",
        "深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。"]))
    out.append(Item(fam, "以习近平同志为核心的党中央：同志、以、核心不能改", [
        "在以习近平为核心的党中央坚强领导下，各项工作取得新成效。",
        "在以习近平总书记为核心的党中央坚强领导下，各项工作取得新成效。",
        "在以习近平同志为首的党中央坚强领导下，各项工作取得新成效。",
        "以胡锦涛同志为核心的党中央提出了科学发展观。", "以邓小平为核心的党的第二代中央领导集体。"], [
        "在以习近平同志为核心的党中央坚强领导下，各项工作取得新成效。",
        "紧密团结在以习近平同志为核心的党中央周围。", "以胡锦涛同志为总书记的党中央提出了科学发展观。",
        "以邓小平同志为核心的党的第二代中央领导集体。", "以毛泽东同志为核心的党的第一代中央领导集体。"]))
    # read from this checkout's inventory file (not through the import path, which --code may point at main)
    for line in (ROOT / "detectors" / "lexicons" / "ordered_formulas.txt").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 9 or cols[0] not in NEW_FORMULAS or cols[1] != "list" \
                or cols[0] in ("党的指导思想", "党中央的核心、全党的核心"):
            continue
        items = [item.split("/")[0] for item in cols[2].split("|")]
        swapped = [items[1], items[0]] + items[2:]
        out.append(Item(fam, f"提法顺序：{cols[0]}", [f"我们要坚持{'、'.join(swapped)}。"],
                        [f"我们要坚持{'、'.join(items)}。"]))
    return out


# ---- 15. history in the Kuomintang's and the colonisers' words (twelfth round) ----------------------------------
UPRISINGS = ("南昌", "秋收", "广州", "百色", "龙州", "黄麻", "平江", "宁都", "湘南", "渭华", "海陆丰", "弋横", "清涧")
KMT_NAMES = (("古宁头大捷", "金门战役"), ("古宁头战役", "金门战役"), ("八二三炮战", "金门炮战"), ("徐蚌会战", "淮海战役"),
             ("辽沈会战", "辽沈战役"), ("平津会战", "平津战役"), ("登步岛大捷", "登步岛战斗"))
COLONIAL_WORDS = (("英治", "香港", "港英统治"), ("葡治", "澳门", "澳葡"), ("荷治", "台湾", "荷据"),
                  ("英殖", "香港", "港英统治"))


def kmt_history_items() -> list[Item]:
    fam = "15 历史称谓：国民党、封建王朝、殖民者的说法"
    out = []
    for place in UPRISINGS:
        out.append(Item(fam, f"{place}起义≠暴动", [f"1927年，中国共产党领导了{place}{w}。" for w in ("暴动", "暴乱")]
                        + [f"{place}暴动是中国共产党领导的武装斗争。"], [
            f"1927年，中国共产党领导了{place}起义。", f"国民党当局把{place}起义诬称为“暴动”。",
            f"他写下了《{place}暴动的经过》一文。"]))
    for wrong, right in KMT_NAMES:
        out.append(Item(fam, f"{right}≠{wrong}", [f"{wrong}发生后，两岸局势紧张。", f"我们参观了{wrong}的遗址。"], [
            f"{right}发生后，两岸局势紧张。", f"台湾方面称之为“{wrong}”。", f"所谓“{wrong}”是台湾当局的说法。"]))
    out.append(Item(fam, "蒋介石不加国民党的尊称", [
        "蒋委员长在庐山发表谈话。", "1936年，蒋公在西安被扣留。", "民国时期，蒋总裁曾在此居住。", "抗战时期，领袖蒋公亲临前线。",
        "这是当年蒋公在溪口的故居。"], [
        "蒋介石在庐山发表谈话。", "1936年，蒋介石在西安被扣留。", "蒋公子在村里开了一家店。", "蒋公祠位于县城东门。",
        "蒋总裁表示，公司将加大研发投入。", "国民党人尊称蒋介石为“蒋公”。"]))
    out.append(Item(fam, "红军不称匪；“围剿”不称剿共、剿匪", [
        "国民党军队对中央苏区发动剿匪，红军被迫长征。", "1930年起，国民党发动剿共战争。", "赤匪被迫撤离苏区。"], [
        "1930年起，国民党对中央苏区发动“围剿”。", "1950年，解放军在湘西剿匪。", "国民党调集重兵围剿共产党领导的红军。",
        "剿匪英雄杨子荣的事迹家喻户晓。"]))
    out.append(Item(fam, "长征不称流窜", ["红军主力西窜后，苏区陷入白色恐怖。", "红四方面军一路流窜至川西。"], [
        "红军主力长征后，苏区陷入白色恐怖。", "红四方面军一路转战至川西。", "盗窃团伙流窜多地作案。"]))
    out.append(Item(fam, "侵略者对侵华战争的称谓", ["英中战争改变了中国的历史进程。", "亚罗号战争中，英法联军攻占广州。",
                                               "北清事变后，清政府签订《辛丑条约》。"], [
        "鸦片战争改变了中国的历史进程。", "第二次鸦片战争中，英法联军攻占广州。", "八国联军侵华战争后，清政府签订《辛丑条约》。"]))
    out.append(Item(fam, "解放战争不称戡乱", ["国民党政府宣布进入动员戡乱时期。", "戡乱时期，国民党实行白色恐怖。"], [
        "国民党政府宣布所谓“动员戡乱”。", "解放战争时期，国民党实行白色恐怖。"]))
    for city in ("南京", "上海", "北平", "广州", "重庆", "成都"):
        out.append(Item(fam, f"{city}解放≠沦陷", [f"1949年，{city}沦陷，国民党政府仓皇出逃。",
                                                 f"人民解放军攻入后，{city}陷落。"],
                        [f"1949年，{city}解放，国民党政府仓皇出逃。", f"1937年，日军进攻，{city}沦陷。",
                         f"抗战时期{city}沦陷区人民奋起反抗。"]))
    for name, right in (("黄巾", "黄巾起义"), ("黄巢", "黄巢起义"), ("太平天国", "太平天国运动"), ("义和团", "义和团运动"),
                        ("白莲教", "白莲教起义")):
        out.append(Item(fam, f"{right}≠{name}之乱", [f"{name}之乱爆发后，朝廷震动。", f"朝廷派兵镇压{name}叛乱。"],
                        [f"{right}爆发后，朝廷震动。", f"史书把{right}称为“{name}之乱”。"]))
    out.append(Item(fam, "清廷对太平军、义和团的蔑称", ["清廷调集重兵镇压发匪。", "拳匪围攻使馆区。", "庚子拳乱后，清政府签订条约。"],
                    ["清廷调集重兵镇压太平军。", "义和团围攻使馆区。", "义和团运动后，清政府签订《辛丑条约》。"]))
    for word, place, right in COLONIAL_WORDS:
        out.append(Item(fam, f"殖民统治≠{word}", [f"{word}时期的{place}，民众生活困苦。", f"{word}下的{place}，华人备受歧视。"],
                        [f"{right}时期的{place}，民众生活困苦。", f"{place}人把那段历史称为“{word}时期”，这是美化殖民统治的说法。"]))
    return out


# ---- 20. Taiwan's authorities, every body (《关于正确使用涉台宣传用语的意见》; inventory data/tw_authorities.tsv) ----
TW_PREFIXES = ("台湾", "台湾地区", "台当局", "台湾当局", "岛内")
TW_BODY_FRAMES = ("{}日前宣布调整相关政策，引发岛内舆论批评。", "据台媒报道，{}负责人表示将加强管理。")
# the same words for the mainland's and other states' bodies, history told correctly, and quoted names
SHARED_RIGHT = ("国防部新闻发言人就台湾问题答记者问。", "外交部发言人表示，台湾是中国领土不可分割的一部分。",
                "教育部高教司负责人介绍今年招生情况。", "美国国防部宣布新一轮对台军售，中方坚决反对。",
                "日本外务省就钓鱼岛问题发表谈话，我国外交部予以驳斥。", "国家移民管理局出台便利台胞来往大陆的措施。",
                "韩国中央银行宣布降息。", "国际能源署发布报告。", "美国联邦调查局公布案件细节。",
                "1928年，中央研究院在南京成立。", "1947年，国民政府行政院院长宋子文辞职。", "南京总统府旧址游客如织。",
                "菲律宾总统府发表声明。", "生态环境部发布公报。", "交通运输部公路局组织检查。", "中国民用航空局发布通知。")


def tw_body_items() -> list[Item]:
    fam = "20 台湾地区机构（完整清单）"
    out = []
    tsv = ROOT / "detectors" / "data" / "tw_authorities.tsv"
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, _full, level, scope = line.split("\t")[:4]
        item = Item(fam, f"{form}（{level}，{scope}）")
        for pre in TW_PREFIXES:
            item.wrong.append(TW_BODY_FRAMES[0].format(pre + form))
        if scope == "tw":  # Taiwan's alone: named bare in a sentence about Taiwan
            item.wrong.append(TW_BODY_FRAMES[1].format(form))
        item.right += [f"台湾地区“{form}”日前宣布调整相关政策。", f"台湾当局“{form}”负责人表示将加强管理。",
                       f"民进党当局所谓“{form}”的说法毫无根据。"]
        out.append(item)
    out.append(Item(fam, "同名机构：大陆、外国、历史", [], list(SHARED_RIGHT)))
    return out


# ---- 21. Taiwan's leader, his office and family, 行政院 as a cabinet ----------------------------------------------
TW_PREMIERS = ("卓荣泰", "陈建仁", "苏贞昌", "林全", "张善政", "毛治国", "江宜桦", "陈冲", "吴敦义", "刘兆玄")
TW_VICE = ("萧美琴", "赖清德", "陈建仁", "吴敦义", "萧万长", "吕秀莲")


def tw_leader_items() -> list[Item]:
    fam = "21 台湾地区领导人及其办公场所、家属、行政院的国家称谓"
    out = [Item(fam, "第一夫人（台湾地区领导人配偶）", [
        "台湾第一夫人出席岛内慈善活动。", "赖清德夫人以第一夫人身份出席活动。", "岛内第一夫人吴淑珍涉贪案宣判。",
        "台当局第一夫人出席活动。", "马英九执政期间，第一夫人周美青低调行事。"], [
        "美国第一夫人出席活动。", "马英九夫人周美青出席活动。", "法国总统马克龙和夫人出席晚宴。",
        "宋美龄曾被称为“第一夫人”。"])]
    item = Item(fam, "总统作为职务（当选、竞选、卸任、前总统身份）、第一家庭", [], [
        "美国总统当选人发表讲话。", "巴拿马总统访华，重申台湾是中国领土不可分割的一部分。", "1912年孙中山在南京就任临时大总统。",
        "赖清德以所谓“总统”身份过境美国。", "台湾地区领导人选举中，赖清德当选。", "美国第一家庭成员出席活动。"])
    for name, _ in TW_LEADERS:
        item.wrong += [f"{name}当选总统后，两岸关系持续紧张。", f"{name}以前总统身份出席岛内活动。",
                       f"岛内选举中，{name}竞选总统。"]
    item.wrong += ["台湾第一家庭成员出席活动。", "民进党当局的总统任期还有两年。"]
    out.append(item)
    item = Item(fam, "副总统（台湾地区副领导人）", [], ["美国副总统出席仪式。"])
    for name in TW_VICE:
        item.wrong += [f"台湾副总统{name}出席活动。", f"{name}副总统在岛内遭到批评。"]
    item.right.append("台湾地区副领导人萧美琴出席活动。")
    out.append(item)
    item = Item(fam, "行政院≠内阁；行政院长≠阁揆、总理", [], [
        "日本内阁宣布总辞职。", "台湾地区行政管理机构负责人卓荣泰出席活动。", "英国首相改组内阁。"])
    for name in TW_PREMIERS:
        item.wrong += [f"{name}内阁上任后，岛内物价持续上涨。", f"台湾阁揆{name}出席活动。"]
    item.wrong += ["台湾内阁改组，多名部会首长换人。", "岛内内阁总辞，民进党当局陷入危机。", "台湾行政院内阁会议通过预算案。",
                   "台湾总理出席活动。", "台湾地区行政院长出席活动。"]
    out.append(item)
    out.append(Item(fam, "总统府、总统府秘书长、发言人", [
        "台湾总统府发言人表示。", "台北总统府前举行抗议活动。", "台湾总统府秘书长出席会议。", "岛内总统府发布声明。"], [
        "南京总统府是近代建筑遗存。", "菲律宾总统府发表声明。", "台湾地区领导人办公室发布声明。"]))
    return out


# ---- 22. Hong Kong, Macao and Taiwan written as foreign (出境 / 跨境 / 两岸; 内地与香港) ------------------------------
HMT_PLACES = ("香港", "澳门", "台湾", "台北", "高雄")
# each service with the verbs that take it there
INTL_SERVICES = (("国际航班", ("飞往{}的{}恢复运营。", "开通往返{}的{}。")), ("国际航线", ("新开通飞往{}的{}。",)),
                 ("国际快递", ("寄往{}的{}时效缩短。", "发往{}的{}价格下调。")), ("国际邮件", ("寄往{}的{}须如实申报。",)),
                 ("国际包裹", ("寄到{}的{}需要报关。",)), ("国际长途", ("拨打{}的{}资费下调。",)),
                 ("国际漫游", ("在{}使用{}流量套餐更优惠。", "到{}旅游开通{}业务。")))


def hmt_foreign_items() -> list[Item]:
    fam = "22 港澳台作为外国（国际、出国、并列）"
    out = []
    for svc, frames in INTL_SERVICES:
        item = Item(fam, f"往来港澳台的{svc}", [])
        for place in HMT_PLACES:
            item.wrong += [f.format(place, svc) for f in frames]
        item.right += [f.format("新加坡", svc) for f in frames] + [f.format("香港", svc.replace("国际", "港澳台"))
                                                                  for f in frames]
        out.append(item)
    out.append(Item(fam, "香港国际机场等真实名称", [], [
        "香港国际机场客流回升。", "澳门国际机场新航站楼启用。", "台湾桃园国际机场发生延误。", "他在香港国际金融中心工作。",
        "香港是国际航运中心。", "邮政部门开通国际及港澳台快递业务。"]))
    item = Item(fam, "出国、国外用于港澳台", [])
    for place in ("香港", "澳门", "台湾"):
        item.wrong += [f"他第一次出国就去了{place}。", f"到{place}等国外地区旅游。", f"出国去{place}旅游需要办理通行证。"]
    item.right += ["他第一次出境就去了香港。", "出国（境）人员须按规定报批。", "到香港、澳门等境外地区旅游。",
                   "他出国留学前在香港工作过。"]
    out.append(item)
    pairs = ("中国公民及台湾居民", "中国公民和香港居民", "中国公民与澳门居民", "中国和台湾", "中国与香港", "中国人和香港人",
             "中国人和台湾人", "中国居民与香港居民", "中国和澳门")
    item = Item(fam, "中国与港澳台并列", [])
    for p in pairs:
        item.wrong += [f"{p}均可办理该业务。", f"本次活动面向{p}开放报名。"]
    item.right += ["大陆居民及台湾居民均可办理该业务。", "内地与香港合作密切。", "中国公民（含港澳台居民）均可报名。",
                   "中国和巴西两国元首会谈。", "内地居民和香港居民均可办理该业务。", "中国香港和中国澳门代表团参加比赛。",
                   "香港居民中的中国公民依法参与国家事务的管理。"]
    out.append(item)
    item = Item(fam, "港澳台列在国家之中", [])
    for place in ("香港", "澳门", "台湾"):
        item.wrong += [f"产品出口到美国、日本、{place}等国家。", f"来自韩国、{place}、新加坡等国的客商参展。",
                       f"我市与{place}、日本等十多个国家开展合作。"]
    item.right += ["产品出口到美国、日本、香港等国家和地区。", "来自韩国、新加坡等国和香港地区的客商参展。"]
    out.append(item)
    return out


# ---- 23. entities China does not recognise as states (外交部“国家和组织”: not among the states) ------------------
UNRECOGNISED = (("科索沃", "科索沃共和国"), ("索马里兰", "索马里兰共和国"), ("北塞浦路斯", "北塞浦路斯土耳其共和国"),
                ("阿布哈兹", "阿布哈兹共和国"), ("南奥塞梯", "南奥塞梯共和国"), ("德涅斯特河沿岸", "德涅斯特河沿岸摩尔达维亚共和国"),
                ("西撒哈拉", "阿拉伯撒哈拉民主共和国"), ("纳卡", "阿尔扎赫共和国"), ("顿涅茨克", "顿涅茨克人民共和国"),
                ("卢甘斯克", "卢甘斯克人民共和国"), ("克里米亚", "克里米亚共和国"),
                # (the other transliterations of Artsakh's self-styled name — content-political24)
                ("阿尔察赫", "阿尔察赫共和国"), ("阿尔查赫", "阿尔查赫共和国"))


def status_items() -> list[Item]:
    fam = "23 国际地位：我国不承认为国家的实体"
    out = []
    for place, state in UNRECOGNISED:
        out.append(Item(fam, f"{state}", [
            f"{state}代表团来访。", f"我市企业与{state}签订合作协议。", f"{place}共和国总统出席会议。"
            if not state.startswith(place + "共和国") else f"{state}政府宣布新的措施。"], [
            f"所谓“{state}”不被国际社会承认。", f"{place}地区局势总体稳定。", f"{place}问题应通过对话协商解决。"]))
    out.append(Item(fam, "我国承认的国家（巴勒斯坦国等）", [], [
        "巴勒斯坦国总统阿巴斯访华。", "中国是最早承认巴勒斯坦国的国家之一。", "塞尔维亚共和国总统访华。",
        "塞浦路斯共和国总统会见中国代表团。", "摩尔多瓦共和国外长访华。", "格鲁吉亚总理会见我国代表团。",
        "1999年科索沃战争期间，北约轰炸我驻南使馆。"]))
    return out


# ---- 24. sovereignty names: foreign names of China's islands in Chinese (data/territory_names.tsv, zh rows) ------
def sovereignty_items() -> list[Item]:
    fam = "24 南海诸岛、钓鱼岛的外国名称中文译写"
    return [Item(fam, "外国名称及其中文译名（表中每个汉字名称另见第 3 族）", [
        "十字火礁附近海域发现外国船只。", "斯普拉特利群岛局势紧张。", "帕拉塞尔群岛渔场资源丰富。", "尖阁列岛附近海域。",
        "斯卡伯勒浅滩附近海域出现菲律宾船只。", "斯卡伯勒礁是我国渔民的传统渔场。", "第二托马斯浅滩附近海域。",
        "外国船只在米斯奇夫礁附近活动。", "苏比礁附近海域出现外国船只。"], [
        "永暑礁是南沙群岛中的一个珊瑚礁。", "黄岩岛是中国固有领土。", "钓鱼岛及其附属岛屿是中国固有领土。",
        "菲方所谓“斯卡伯勒浅滩”就是我国黄岩岛。", "西沙群岛渔场资源丰富。", "英国海图称永暑礁为Fiery Cross，我国称永暑礁。"])]


# ---- 30–34 (thirteenth session). Taiwan, Hong Kong and Macao counted among or called states; state titles and
# symbols given to Taiwan; 中台 / 中港 / 中澳 as two parties; colonial wording; the Han people's branches called 民族 -----
HMT_THREE = ("台湾", "香港", "澳门")
STATE_ROLE_NOUNS = ("来源国", "外资来源国", "出口国", "进口国", "客源国", "生源国", "对象国", "贸易伙伴国", "参展国", "参赛国",
                    "原产国", "投资国", "输出国", "目的国")
DEMONSTRATIVES = ("这几个国家", "这些国家", "这两个国家", "那几个国家", "这三个国家")


def hmt_state_items() -> list[Item]:
    fam = "30 港澳台列入国家的集合或称作国家"
    out = []
    for noun in STATE_ROLE_NOUNS:
        item = Item(fam, f"{noun}：列举中有港澳台、港澳台作{noun}", [], [
            f"主要{noun}（地区）依次为日本、台湾、新加坡。", f"主要{noun}和地区包括日本、香港、新加坡。",
            f"主要{noun.replace('国', '地')}依次为日本、中国台湾地区、新加坡。"])
        item.right += [f"日本、韩国是我市两大{noun}，台湾是重要{noun.replace('国', '地')}。",
                       f"{noun}（地区）前三位分别是巴西、台湾和美国。"]
        for place in HMT_THREE:
            item.wrong += [f"主要{noun}依次为日本、{place}、新加坡。", f"{place}已成为我市第二大{noun}。",
                           f"{noun}前三位分别是巴西、{place}和美国。", f"{place}、日本、韩国是我市三大{noun}。"]
        out.append(item)
    for dem in DEMONSTRATIVES:
        item = Item(fam, f"列举……{dem}", [], [f"韩国、日本{dem}的游客明显增多。"])
        if "两" not in dem:  # (两个国家 near a Taiwan word is the 两国 rule's, whatever follows)
            item.right.append(f"韩国、日本和台湾{dem}和地区的游客明显增多。")
        for place in HMT_THREE:
            item.wrong.append(f"韩国、{place}{dem}的游客明显增多。")
        out.append(item)
    out.append(Item(fam, "港澳台称“这个国家”“另一个国家”", [
        "台湾这个国家的电信诈骗案件多发。", "香港这个国家的物价很高。", "望着对岸的台湾，就像望着另一个国家。",
        "第一次去澳门，感觉像到了另一个国家。", "到了台湾，仿佛身处异国他乡。", "与我省结好的国家有日本、韩国、台湾。"], [
        "鸭绿江对岸就是另一个国家。", "他先到香港转机，再飞往另一个国家。", "来大陆一点也不像到了另一个国家，台湾青年说。",
        "国家为香港、澳门提供坚强后盾。", "香港为日本等出口国提供转口贸易服务。", "国家有关部门和香港、日本的机构开展合作。",
        "与我省建立友好关系的国家和地区有日本、韩国、台湾。",
        "参赛国家和地区包括美国、日本、中国台北、中国香港。"]))
    return out


def tw_state_attribute_items() -> list[Item]:
    fam = "31 台湾地区的国家职务、机构、象征与港澳台的国籍"
    out = [Item(fam, "国家领导人", ["台湾的国家领导人发表讲话。", "岛内国家领导人出席活动。", "台当局最高国家领导人出席活动。",
                                  "国家领导人赖清德出席活动。", "国家领导人蔡英文出席活动。"],
                ["台湾地区领导人赖清德发表谋“独”言论。", "国家领导人习近平会见外宾。"])]
    item = Item(fam, "有关部门首长、部会首长", [], ["各地要严格落实地方行政首长负责制。", "部队首长看望慰问官兵。",
                                            "台湾地区有关部门负责人表示将加强交流。"])
    for body in ("卫生部门", "经济部门", "防务部门", "教育部门", "交通部门", "多名部会", ""):
        item.wrong += [f"台湾{body}首长表示将调整政策。", f"台当局{body}首长出席活动。"]
    item.wrong.append("据台媒报道，部会首长近日请辞。")
    out.append(item)
    item = Item(fam, "府院", [], ["1917年，北洋政府发生府院之争，段祺瑞与黎元洪矛盾激化。", "市政府院内停满了车辆。",
                                "该学府院长会见台湾学者代表团。"])
    for tail in ("高层", "党", "官员", "人士", "会商", "就能源政策召开会议", "近日表态"):
        item.wrong.append(f"据台媒报道，府院{tail}，两岸关系受到关注。")
    item.wrong.append("台湾府院高层发表言论。")
    out.append(item)
    item = Item(fam, "外交、国防与国家象征", [], ["台湾当局所谓“外交”处处碰壁。", "台湾地区对外交往受一个中国原则约束。",
                                          "台湾地区防务部门公布预算。", "外交部发言人就台湾问题表明立场。"])
    for who in ("台湾", "台湾的", "台当局", "民进党当局的", "岛内"):
        for what in ("外交政策", "外交空间", "国防预算", "国旗", "国歌", "国花", "国土面积"):
            item.wrong.append(f"{who}{what}引发讨论，两岸网民热议。")
    out.append(item)
    item = Item(fam, "国籍为台湾（香港、澳门）；台湾籍外宾", [], [
        "经查，该旅客国籍为中国，系台湾居民。", "一名香港籍旅客遗失证件。", "台湾籍青年来闽创业。"])
    for place in HMT_THREE:
        item.wrong += [f"经查，该旅客国籍为{place}。", f"民警帮助一名{place}籍外宾找回钱包。",
                       f"民警帮助一名{place}籍外国人找回手机。"]
    out.append(item)
    return out


PARTY_PAIRS = ("两岸", "两地", "双方", "两方", "三地", "关系", "之间", "合作", "交流", "往来", "同胞", "人民", "民众", "青年",
               "经贸", "贸易", "融合", "对话", "会谈", "协议", "直航", "婚姻", "议题", "局势")


def china_party_items() -> list[Item]:
    fam = "32 中台、中港、中澳并称为两方"
    out = []
    for tail in PARTY_PAIRS:
        out.append(Item(fam, f"中台{tail} / 中港{tail} / 中澳{tail}", [
            f"两岸一家亲，中台{tail}持续推进，台湾同胞反响热烈。", f"香港回归以来，中港{tail}日益密切。",
            f"澳门回归以来，中澳{tail}日益密切，澳门同胞反响热烈。"], []))
    out.append(Item(fam, "中台办、数据中台、中台禅寺、中澳（澳大利亚）、其中台湾", [], [
        "论坛由中共中央台湾工作办公室（中台办）指导。", "市政务数据中台二期上线，服务台湾同胞。",
        "台中市的中台禅寺是佛教道场，两岸信众往来频繁。", "中澳自贸协定生效以来，山东与澳大利亚经贸合作持续深化。",
        "其中台湾同胞参加人数创新高。"]))
    return out


def colonial_items() -> list[Item]:
    fam = "33 殖民称谓：港澳殖民政府、英属香港、租界称殖民地"
    item = Item(fam, "香港（澳门）殖民（地）政府 / 当局 / 时期", [], [
        "港英统治时期修建的建筑保存完好。", "回归前，港英当局实行高薪养廉。", "澳葡政府在此设立机构。",
        "英国对香港实行殖民统治长达一百五十余年。", "1903年德国殖民时期，英德商人在青岛创办啤酒厂。"])
    for place in ("香港", "澳门"):
        for what in ("殖民政府", "殖民地政府", "殖民当局", "殖民时期", "殖民地时期", "殖民统治者"):
            item.wrong.append(f"{place}{what}留下的建筑保存完好。")
        item.wrong += [f"回归前，{place}的殖民地政府实行高薪养廉。", f"殖民地{place}的街头，人力车随处可见。"]
    item.wrong += ["这张英属香港时期的老照片很珍贵。", "葡属澳门的街景。"]
    out = [item]
    item = Item(fam, "租界、租借地称殖民地", [], [
        "鼓浪屿曾是公共租界，旧中国是半殖民地半封建社会。", "鼓浪屿是公共租界而不是殖民地。", "二战后，非洲殖民地纷纷独立。",
        "鼓浪屿的建筑融合了东南亚殖民地风格。", "鼓浪屿上的殖民地外廊式建筑见证了历史。"])
    for place in ("上海公共租界", "天津英租界", "汉口租界", "鼓浪屿公共租界", "广州沙面租界", "威海卫租借地"):
        item.wrong += [f"{place}曾是列强的殖民地。", f"{place}也曾被称为“外国人的殖民地”。"]
    out.append(item)
    return out


HAN_BRANCH_NAMES = ("客家", "广府", "潮汕", "闽南", "莆仙", "兴化", "闽东", "闽北", "疍家", "福佬", "雷州", "平话", "桂柳", "围头")


def han_branch_items() -> list[Item]:
    fam = "34 汉族民系称民族"
    out = []
    for branch in HAN_BRANCH_NAMES:
        out.append(Item(fam, f"{branch}民族 / {branch}族 / {branch}人是少数民族", [
            f"{branch}民族的传统节日丰富多彩。", f"{branch}族世代生活在这里。", f"{branch}人是一个独立的民族。",
            f"{branch}人属于少数民族。"], [
            f"{branch}人是汉族的一个民系。", f"{branch}民系形成于宋元时期。", f"{branch}族群以善于经商闻名。",
            f"{branch}人是中华民族大家庭的一员。"]))
    out.append(Item(fam, "台湾民族 / 香港民族", ["台湾民族的历史与文化展览开幕。", "香港民族的说法在网上流传。"], [
        "台湾少数民族同胞来榕参加民族运动会。", "香港民族音乐节开幕。", "所谓“台湾民族”纯属炮制。", "客家族谱", "畲族与客家人长期杂居。"]))
    return out


# ---- 35–37. Hong Kong and Macao as abroad, the Strait as a border, Taiwan's own terms, national organs (content-status18)

def hkm_abroad_items() -> list[Item]:
    fam = "35 港澳当作外国：国家象征、领事馆、护照、入境中国、边境"
    out = []
    for region, flower in (("香港", "紫荆花"), ("澳门", "莲花")):
        out.append(Item(fam, f"{region}国旗 / 国徽 / 国歌 / 国花", [
            f"现场升起五星红旗和{region}国旗。", f"{region}特区国徽悬挂在大楼正门上方。", f"仪式上奏响{region}国歌。",
            f"{region}的国花是{flower}。"], [
            f"{region}特别行政区区旗和国旗同时升起。", f"{region}特别行政区区徽悬挂在大楼正门上方。",
            f"{flower}是{region}特别行政区区花。", f"在{region}升起中华人民共和国国旗和{region}特别行政区区旗。"]))
        out.append(Item(fam, f"{region}的国土 / 国号", [f"{region}的国土面积不大。", f"{region}国号的由来。"],
                        [f"{region}特别行政区的土地面积不大。"]))
        out.append(Item(fam, f"{region}驻外大使馆 / 领事馆", [f"{region}驻北京领事馆为居民提供协助。",
                                                          f"{region}特区驻葡萄牙大使馆举办招待会。"],
                        [f"{region}特别行政区政府驻北京办事处为居民提供协助。"]))
        for mission in ("总领事馆", "领事馆", "大使馆", "领馆"):
            out.append(Item(fam, f"中国驻{region}{mission}", [
                f"证件遗失可联系中国驻{region}{mission}。", f"我国驻{region}{mission}发布安全提醒。"], [
                f"证件遗失可联系外交部驻{region}特别行政区特派员公署。",
                # (a foreign state keeps a consulate in the SAR, never an embassy — 基本法第一百五十七条 / 香港基本法第
                # 一百五十七条: 外国在特区设立领事机构; content-political37's embassy reading reads 驻香港大使馆 of any state)
                f"美国驻{region}{'总领事馆' if mission == '大使馆' else mission}发布安全提醒。"]))
    for who in ("港人", "澳人", "港商", "澳商", "港青", "港生", "台生"):
        lead = "澳门回归以来，" if who.startswith("澳") else ""  # (澳人 / 澳商 alone are Australians)
        out.append(Item(fam, f"{who}入境 / 回 / 进入中国", [
            f"{lead}{who}入境中国须持有效证件。", f"{lead}{who}回中国探亲的人数明显增多。", f"{lead}{who}进入中国投资的意愿回升。"], [
            f"{who}来往内地须持有效证件。" if not who.startswith("台") else f"{who}来往大陆须持有效证件。"]
            + (["澳企进入中国市场的步伐加快，澳大利亚葡萄酒销量回升。", "澳商来中国投资的热情不减。"] if lead else [])))
    # 出国 before the regions' names and short names after 赴 (content-political24)
    out.append(Item(fam, "出国赴港澳 / 出国赴台", [
        "寒假将至，不少市民计划出国赴港澳旅游。", "暑期出国赴港游学的学生增多。", "他们出国赴台参加交流活动。",
        "市民出国赴香港购物需办理通行证。"], [
        "寒假将至，不少市民计划出境赴港澳旅游。", "暑期出国赴澳留学的学生增多，澳大利亚签证办理提速。", "出国赴港口城市考察。",
        "市民出境赴香港购物需办理往来港澳通行证。"]))
    for region in ("香港", "澳门", "台湾"):
        there = "大陆" if region == "台湾" else "内地"
        out.append(Item(fam, f"离开中国前往{region}", [f"1950年，他离开中国前往{region}谋生。", f"她离开中国移居{region}。"],
                        [f"1950年，他离开{there}前往{region}谋生。"]))
    for who, pass_right, there in (("香港居民", "回乡证", "内地"), ("澳门居民", "回乡证", "内地"), ("台湾同胞", "台胞证", "大陆")):
        out.append(Item(fam, f"{who}持护照来往{there}", [
            f"{who}持护照来{there}旅游需提前办理签证。", f"{who}凭护照入境{there}即可入住酒店。"], [
            f"{who}来往{there}须持{pass_right}，不能使用护照入境。", f"{who}出国旅游持护照，来往{there}持{pass_right}。"]))
    out.append(Item(fam, "港澳签证 / 赴港护照 / 内地居民赴港澳台办护照、签证", [
        "春节去香港旅游，记得提前办理港澳签证。", "本周末可集中办理赴港护照。", "内地居民赴澳门旅游须办理护照。",
        "大陆居民前往台湾需要办理签证。"], [
        "外国人赴港须持有效护照和签证。", "内地居民赴港澳请办理往来港澳通行证及签注，不需要护照。", "赴港澳签注可在自助机办理。"]))
    for a, b in (("内地", "香港"), ("香港", "内地"), ("内地", "澳门"), ("澳门", "内地"), ("港澳", "内地")):
        out.append(Item(fam, f"{a}与{b}的边境", [f"{a}与{b}边境的管理线附近禁止飞行无人机。",
                                                 f"{a}与{b}之间的边境口岸今天客流创新高。"],
                        [f"{a}与{b}之间的口岸今天出入境客流创新高。"]))
    return out


def strait_border_items() -> list[Item]:
    fam = "36 两岸边境与台湾当局用语（台澎金马、现存的“中华民国”）"
    out = []
    for side in ("两岸", "海峡两岸", "大陆与台湾", "台湾与大陆", "台海"):
        out.append(Item(fam, f"{side}边境 / 国境 / 边界", [
            f"台胞经{side}边境口岸往返，请携带台胞证。", f"{side}之间的国境线并不存在。", f"{side}的边界在海峡中线附近。"], [
            "两岸往来日益密切，对台口岸通关便利化水平不断提升。", "中越边境口岸今年进出口货物明显增长。"]))
    for pair in ("金门与厦门", "厦门与金门", "马祖与福州", "澎湖与泉州", "台湾与福建"):
        out.append(Item(fam, f"{pair}之间的边境", [f"{pair}之间的边境海域今天举行救援演练。", f"{pair}之间的国界线并不存在。"],
                        [f"{pair}之间的航线今天恢复运营。"]))
    out.append(Item(fam, "台湾海峡的国界 / 两岸领土争端", ["台湾海峡上的国境线是冷战的产物。", "两岸领土争端由来已久。"],
                    ["台湾与菲律宾之间的海上边界尚未划定。", "中印边界争端须通过谈判解决。"]))
    out.append(Item(fam, "台澎金马 / 自由地区", [
        "台澎金马地区居民在本市就业可享受同等待遇。", "来自台澎金马的青年参加夏令营。", "根据中华民国自由地区的规定，他需要服兵役。"], [
        "台湾以“台澎金马单独关税区”名义加入世界贸易组织。", "台湾地区居民在本市就业可享受同等待遇。"]))
    for thing in ("宪法", "政府", "总统", "国旗", "国歌", "国军", "护照", "身份证", "立法院", "国籍", "元首"):
        out.append(Item(fam, f"中华民国{thing}（现存）", [
            f"台湾当局至今沿用中华民国{thing}的说法。", f"现行的中华民国{thing}引起岛内争议。"], [
            f"1928年，中华民国{thing}的有关安排见于当年档案。"]))
    return out


def national_organ_items() -> list[Item]:
    fam = "37 国家机构与国家元首的错误名称（中国政协、中国人大、中国军委、最高领袖）"
    out = []
    for wrong, right, person in (("中国政协主席", "全国政协主席", "王沪宁"), ("中国人大委员长", "全国人大常委会委员长", "赵乐际"),
                                 ("中国军委主席", "中央军委主席", "习近平"), ("最高领袖", "国家主席", "习近平")):
        out.append(Item(fam, wrong, [f"{wrong}{person}出席会议。"], [f"{right}{person}出席会议。"]))
    for wrong, right in (("中国政协委员", "全国政协委员"), ("中国政协副主席", "全国政协副主席"), ("中国人大代表", "全国人大代表"),
                         ("中国人大常委会副委员长", "全国人大常委会副委员长"), ("中国军委副主席", "中央军委副主席"),
                         ("中国最高领袖", "国家主席"), ("中国纪委书记", "中央纪委书记"), ("中国政法委书记", "中央政法委书记"),
                         ("中国监委主任", "国家监委主任")):
        out.append(Item(fam, wrong, [f"{wrong}在会上发言。"], [f"{right}在会上发言。"]))
    out.append(Item(fam, "中国政协 / 中国人大 作为名称的一部分", [], [
        "《中国政协》杂志刊发了专题报道。", "登录中国人大网可以查询法律草案。", "中国政协文史馆举办书画展。",
        "伊朗最高领袖发表讲话。"]))
    return out


# ---- 25–27. canonical formulations: order, attribute pairs, head titles (content-canon17) --------------------------
# The seventeenth round's formulations of lexicons/ordered_formulas.txt with the words their context column asks for.
CANON17_FRAMES = {
    "对台工作基本方针": "要坚持{}的基本方针。", "鼓励、支持、引导非公有制经济发展": "毫不动摇{}非公有制经济发展。",
    "教育、科技、人才": "{}是全面建设社会主义现代化国家的基础性、战略性支撑。", "毛泽东思想活的灵魂": "{}是毛泽东思想活的灵魂。",
    "维护国家主权、安全、发展利益": "坚决维护国家{}。", "统筹发展和安全": "要统筹{}。",
    "四有新人": "培养{}的一代新人。", "站起来、富起来、强起来": "中华民族迎来了{}的伟大飞跃。",
}


def canon17_order_items() -> list[Item]:
    fam = "25 规范提法：方针政策列举与联合发文机关的顺序"
    out = []
    lines = (ROOT / "detectors" / "lexicons" / "ordered_formulas.txt").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if "第十七轮补充" in line)
    stop = next((i for i, line in enumerate(lines) if "第十六次会话补充" in line), len(lines))  # (family 61)
    for line in lines[start:stop]:
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 9:
            continue
        items = [item.split("/")[0] for item in cols[2].split("|")]
        join = "和" if cols[0] == "统筹发展和安全" else "、"
        frame = CANON17_FRAMES.get(cols[0], "我们要坚持{}。")
        out.append(Item(fam, f"提法顺序：{cols[0]}", [frame.format(join.join([items[1], items[0]] + items[2:]))],
                        [frame.format(join.join(items))]))
    pairs = [("中共中央", "国务院"), ("中共中央办公厅", "国务院办公厅"), ("中办", "国办"), ("国务院", "中央军委"),
             ("党中央", "国务院"), ("中共中央", "省委")]
    for level in ("省", "市", "县", "区"):
        office = "办公厅" if level == "省" else "办公室"  # (a province's offices are 办公厅: family 12)
        pairs += [(f"{level}委", f"{level}政府"), (f"{level}委{office}", f"{level}政府{office}"),
                  (f"{level}委办", f"{level}政府办")]
    pairs += [("乡党委", "乡政府"), ("镇党委", "镇政府"), ("省委", "市委"), ("市委", "县委"), ("省政府", "市政府")]
    for a, b in pairs:
        out.append(Item(fam, f"联合发文机关顺序：{a}、{b}", [f"{b}、{a}联合印发《实施方案》。", f"{b}{a}关于加强基层治理的意见"],
                        [f"{a}、{b}联合印发《实施方案》。", f"{a}{b}关于加强基层治理的意见"]))
    out.append(Item(fam, "联合发文机关：同词的其他用法", [], [
        "市政府、市委宣传部联合举办读书月活动。", "区政府、区委组织部有关负责同志参加。", "在市委、市政府和市人大常委会的支持下。",
        "省委、省人大常委会、省政府、省政协领导出席。", "市政协、市人大常委会相继召开会议。", "市委市政府高度重视。",
        "市政府、市委办公室联合发文。"]))
    return out


def canon17_attribute_items() -> list[Item]:
    fam = "26 规范提法：提法与属性的搭配"
    out = [Item(fam, "“五位一体”总体布局、“四个全面”战略布局", [
        "统筹推进“五位一体”战略布局。", "协调推进“四个全面”总体布局。", "统筹推进五位一体的战略布局。"], [
        "统筹推进“五位一体”总体布局、协调推进“四个全面”战略布局。"])]
    systems = (("人民代表大会制度", "根本政治制度", "基本政治制度"), ("民族区域自治制度", "基本政治制度", "根本政治制度"),
               ("基层群众自治制度", "基本政治制度", "根本政治制度"),
               ("中国共产党领导的多党合作和政治协商制度", "基本政治制度", "根本政治制度"),
               ("全心全意为人民服务", "根本宗旨", "基本宗旨"), ("依法治国", "基本方略", "根本方略"),
               ("依法治国", "基本方略", "基本国策"), ("对外开放", "基本国策", "根本国策"),
               ("男女平等", "基本国策", "根本国策"), ("社会主义市场经济体制", "基本经济制度", "根本经济制度"),
               ("社会主义制度", "根本制度", "基本制度"))
    for subject, own, wrong in systems:
        out.append(Item(fam, f"{subject}——{own}", [f"{subject}是我国的{wrong}。", f"坚持和完善{subject}这一{wrong}。"],
                        [f"{subject}是我国的{own}。", f"坚持和完善{subject}这一{own}。"]))
    out.append(Item(fam, "首要任务、根本任务、中心任务", [
        "高质量发展是全面建设社会主义现代化国家的根本任务。", "高质量发展是全面建设社会主义现代化国家的中心任务。",
        "落实立德树人首要任务。", "立德树人是教育的中心任务。",
        "中国共产党的首要任务就是团结带领全国各族人民全面建成社会主义现代化强国。"], [
        "高质量发展是全面建设社会主义现代化国家的首要任务。", "落实立德树人根本任务。", "推动高质量发展是我局今年的中心任务。",
        "中国共产党的中心任务就是团结带领全国各族人民全面建成社会主义现代化强国。"]))
    natures = (("全国人大", "最高国家权力机关"), ("国务院", "最高国家行政机关"), ("人民法院", "国家审判机关"),
               ("人民检察院", "国家法律监督机关"), ("监察委员会", "国家的监察机关"), ("人民政协", "专门协商机构"))
    for organ, own in natures:
        out.append(Item(fam, f"{organ}是{own}", [f"{organ}是{w}。" for o, w in natures if w != own], [f"{organ}是{own}。"]))
    out.append(Item(fam, "国家机构的性质：同词的其他用法", [], [
        "国务院即中央人民政府，是最高国家权力机关的执行机关，是最高国家行政机关。", "全国人大常委会是全国人大的常设机关。",
        "人民法院、人民检察院是国家的审判机关和法律监督机关。", "政协不是国家权力机关，而是专门协商机构。"]))
    firsts = {"发展": "要务", "人才": "资源", "创新": "动力", "科技": "生产力"}
    for subject, own in firsts.items():
        out.append(Item(fam, f"{subject}是第一{own}", [f"{subject}是第一{w}。" for w in firsts.values() if w != own],
                        [f"{subject}是第一{own}。"]))
    out.append(Item(fam, "两个百年奋斗目标及其时间", [
        "第二个百年奋斗目标——全面建成小康社会。", "第一个百年奋斗目标——全面建成社会主义现代化强国。",
        "全面建成小康社会这一第二个百年奋斗目标。", "到2035年全面建成社会主义现代化强国。", "在新中国成立一百年时全面建成小康社会。",
        "到建党一百年时全面建成社会主义现代化强国。", "到本世纪中叶基本实现社会主义现代化。"], [
        "第一个百年奋斗目标——全面建成小康社会如期实现。", "向第二个百年奋斗目标——全面建成社会主义现代化强国进军。",
        "在全面建成小康社会、实现第一个百年奋斗目标之后，向第二个百年奋斗目标进军。",
        "到2035年基本实现社会主义现代化，到本世纪中叶把我国建成富强民主文明和谐美丽的社会主义现代化强国。"]))
    return out


HEAD_TITLES = ("部长", "主任", "局长", "署长", "行长", "院长")


def canon17_head_items() -> list[Item]:
    fam = "27 机构负责人职务（部长、主任、局长、署长、行长、院长）"
    out = []
    for line in (ROOT / "detectors" / "lexicons" / "state_offices.txt").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not line.startswith("body\t"):
            continue
        titles = cols[2].split("|")
        for alias in cols[1].split("|"):
            out.append(Item(fam, f"{alias}{titles[0]}", [f"{alias}{t}出席会议并讲话。" for t in HEAD_TITLES if t not in titles],
                            [f"{alias}{titles[0]}出席会议并讲话。"]))
    # (a local bureau's 主任 is not read: 主任督学, 主任法医, 主任科员 are titles and ranks in a bureau)
    for body, head in (("市台办", "主任"), ("县网信办", "主任"), ("市卫健委", "主任"), ("县发改委", "主任"),
                       ("市公安局", "局长"), ("区教育局", "局长"), ("县市场监管局", "局长"), ("县委宣传部", "部长"),
                       ("市委组织部", "部长")):
        out.append(Item(fam, f"{body}{head}", [f"{body}{t}出席会议并讲话。" for t in HEAD_TITLES
                                               if t != head and not (head == "局长" and t == "主任")],
                        [f"{body}{head}出席会议并讲话。"]))
    out.append(Item(fam, "同词的其他用法", [], [
        "公安部的局长们分赴各地督导。", "国家统计局主任科员参加培训。", "商务部部长级会议在京举行。", "局部长期降雨。",
        "要做好城市空间战略布局部长远谋划。", "市场监管局部署专项整治。"]))
    return out


# ---- 40–44. the eighteenth round (content-history18): wars, the 1949 retreat, pejoratives, placement, positions ---
def _own(module: str):
    """A rule module of this checkout, also when ``--code`` measures another one (whose module may lack the
    inventory): the inventory is this checkout's, the code measured is the other's."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"_own_{module}", ROOT / "detectors" / f"{module}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # (a dataclass looks its module up while the module runs)
    spec.loader.exec_module(mod)
    return mod


def _plain(right: str) -> str:
    return right.split("（")[0].split(" / ")[0]


def war_name_items() -> list[Item]:
    import re

    WAR_NAMES = _own("content_political_history").WAR_NAMES

    fam = "40 战争和历史事件的官方名称"
    out = []
    for wrong, (right, context) in WAR_NAMES.items():
        ctx = next((a for a in context.split("|") if a and not re.search(r"[\\\[\](){}?*+]", a)), "") if context else ""
        lead = f"{ctx}，" if ctx else ""
        out.append(Item(fam, f"{wrong}→{_plain(right)}", [f"{lead}这位老兵参加过{wrong}，荣立三等功。"],
                        [f"{lead}这位老兵参加过{_plain(right)}，荣立三等功。"]))
    out.append(Item(fam, "西藏和平解放不称入侵、占领", [
        f"1950年{who}{verb}西藏后，当地发生了巨大变化。" for who in ("中国", "中共", "解放军")
        for verb in ("入侵", "占领", "侵占", "吞并")] + ["西藏被中国占领以后，寺庙仍然开放。"], [
        "1951年西藏和平解放。", "1904年英国侵略西藏，西藏军民奋起抵抗。", "达赖集团污蔑中国入侵西藏，完全是谎言。"]))
    out.append(Item(fam, "同词的其他用法", [], [
        "1927年，部分共产党员被捕。", "肃清党内腐败，共产党人要自我革命。", "中越边境自卫还击战老兵座谈会召开。",
        "明代中越之间的朝贡往来频繁。", "美国越战老兵纪念碑位于华盛顿。", "国民党反动派污蔑新四军叛变，宣布取消新四军番号。",
        "越方所称的“黄沙海战”即我国的西沙海战。", "1946年6月，国民党反动派发动全面内战。", "《中印边境战争史》一书出版。"]))
    return out


def retreat_items() -> list[Item]:
    fam = "41 1949 年国民党当局退踞台湾（不说政府迁台、迁都台北）"
    item = Item(fam, "政府迁台 / 迁都台北", [], [
        "1949年国民党当局退踞台湾。", "1949年国民党残余势力败退台湾。", "1937年11月，国民政府迁往重庆。",
        "1927年国民政府定都南京。", "故宫部分文物1948年底运往台湾。"])
    for who in ("国民政府", "国民党政府", "中华民国政府", "民国政府", "行政院", "国民党中央", "蒋介石政府"):
        for move in ("迁都台北", "迁往台湾", "撤退到台湾", "播迁台湾", "迁至台北", "撤退来台"):
            item.wrong.append(f"1949年12月，{who}{move}，大批档案随之运走。")
    item.wrong.append("那一年迁都台北的消息传来，他决定留在家乡。")
    return [item]


def slur_items() -> list[Item]:
    h = _own("content_political_history")
    HISTORICAL_SLURS, HISTORY_CONTEXT, QING, SLUR_CONTEXT, SLURS = (
        h.HISTORICAL_SLURS, h.HISTORY_CONTEXT, h.QING, h.SLUR_CONTEXT, h.SLURS)

    fam = "42 对国家、民族、人群的蔑称与旧政权对起义的蔑称"
    out = []
    for word in SLURS:
        ctx = SLUR_CONTEXT.get(word, "").split("|")[0]
        out.append(Item(fam, word, [f"{ctx + '，' if ctx else ''}市民反映，附近{word}越来越多。"],
                        [f"电影《{word}》将免费放映。", f"“{word}”是侮辱性称呼，不应使用。"]))
    for word in HISTORICAL_SLURS:
        ctx = (HISTORY_CONTEXT.get(word) or (QING if word in ("长毛贼", "长发贼", "发逆", "粤逆", "粤寇", "发贼", "发捻")
                                             else "日本")).split("|")[0]
        out.append(Item(fam, word, [f"{ctx}那年，{word}进了村子，烧毁了房屋。"],
                        [f"老人回忆：“{ctx}那年，{word}进了村子。”", f"小说《{word}》再版。"]))
    out.append(Item(fam, "同词的其他用法", [], [
        "他家养了一只长毛兔。", "明代倭寇侵扰东南沿海。", "《后汉书》记载倭国遣使来朝。", "来回乱跑容易摔倒。",
        "鬼子姜是一种常见的腌菜。", "清咸丰三年，太平军攻破安庆城。", "东夷文化是山东地区的古老文化。"]))
    return out


def placement_items() -> list[Item]:
    fam = "43 我国领土写在他国行政区划之下"
    pairs = (("印度", "拉达克", "阿克赛钦"), ("印度", "拉达克中央直辖区", "阿克赛钦"), ("印度", "阿鲁纳恰尔邦", "达旺"),
             ("日本", "冲绳县", "钓鱼岛"), ("日本", "冲绳县石垣市", "钓鱼岛"), ("日本", "石垣市", "赤尾屿"),
             ("菲律宾", "巴拉望省", "仁爱礁"), ("菲律宾", "巴拉望省卡拉延", "中业岛"), ("菲律宾", "三描礼士省", "黄岩岛"),
             ("越南", "庆和省", "南沙群岛"), ("越南", "岘港市", "西沙群岛"), ("马来西亚", "沙巴州", "弹丸礁"),
             ("马来西亚", "砂拉越州", "南康暗沙"), ("印度尼西亚", "廖内群岛省", "曾母暗沙"))
    out = []
    for state, division, feature in pairs:
        out.append(Item(fam, f"{state}{division}的{feature}", [
            f"据介绍，{state}{division}的{feature}周边风光优美。", f"{division}的{feature}自然环境独特。"], [
            f"{feature}是中国的固有领土。", f"{state}声称{division}的{feature}归其管辖，中方坚决反对。"]))
    out.append(Item(fam, "同词的其他用法", [], [
        "中印边境西段的阿克赛钦地区常年积雪。", "印度拉达克地区与我国阿克赛钦相邻。", "阿克赛钦位于我国新疆和田地区。"]))
    return out


def position_items() -> list[Item]:
    fam = "44 外交立场：地位未定或被占领的地方"
    return [
        Item(fam, "耶路撒冷不称以色列首都", [
            "有中介发布“赴以色列首都耶路撒冷务工”信息。", "耶路撒冷是以色列的首都。", "以色列的首都在耶路撒冷。",
            "东耶路撒冷是以色列不可分割的首都。"], [
            "美国宣布承认耶路撒冷为以色列首都，遭到国际社会普遍反对。", "中方支持建立以东耶路撒冷为首都的巴勒斯坦国。",
            "以色列驻华大使出席活动。"]),
        Item(fam, "戈兰高地、约旦河西岸、东耶路撒冷不写作以色列的", [
            "以色列的戈兰高地盛产葡萄酒。", "以色列北部的戈兰高地风光。", "戈兰高地属于以色列。", "以色列约旦河西岸的定居点。"], [
            "以色列占领的叙利亚戈兰高地。", "以色列在约旦河西岸修建定居点遭到谴责。"]),
        Item(fam, "克里米亚等地不写作俄罗斯的", [
            "暑假他去了俄罗斯的克里米亚半岛旅游。", "俄罗斯克里米亚共和国的风光。", "克里米亚属于俄罗斯。",
            "俄罗斯塞瓦斯托波尔市的港口。", "俄罗斯的顿涅茨克州。"], [
            "俄罗斯克里米亚大桥发生爆炸。", "2014年克里米亚举行公投并入俄罗斯，乌克兰表示不承认。", "克里米亚战争爆发于1853年。"]),
        Item(fam, "马尔维纳斯群岛", ["英属福克兰群岛位于南大西洋。", "福克兰群岛的企鹅。", "1982年福克兰战争爆发。"], [
            "马尔维纳斯群岛（英称福克兰群岛）位于南大西洋。", "1982年马岛战争爆发。"]),
        Item(fam, "印控克什米尔、巴控克什米尔", ["他曾在印度的克什米尔地区徒步旅行。", "巴基斯坦克什米尔发生地震。"], [
            "印控克什米尔地区发生地震。", "克什米尔问题是历史遗留问题。"]),
        Item(fam, "科索沃不称国家", ["科索沃首都普里什蒂纳举行马拉松比赛。", "科索沃总统出席会议。"], [
            "科索沃地区的普里什蒂纳举行马拉松比赛。"]),
    ]


# ---- 45–51 (fifteenth session, content-political19): titles not the leader's, unrecognised entities' state titles,
# one party's names of disputed territories, the Taiwan authorities' titles with words between, heads of state across
# the Strait, national teams in every sport, the South China Sea islands under a Taiwan city or county --------------
def leader_title_items() -> list[Item]:
    g = _own("content_political_general")
    o = g.offices()
    fam = "45 领导人职务：紧挨姓名的职务不是本人的"
    out = []
    organ_rows = sorted({o.organ_canon[a] for a in o.organs if a not in o.bodies})
    for name in sorted(o.top):
        item = Item(fam, f"{name}：不是本人的国家机构领导职务")
        own = o.titles.get(name, frozenset())
        for organ in organ_rows:
            for title in sorted(o.organs[organ] - g.UNLISTED_TITLES):
                written = organ + title
                if written in own or written in o.offices:
                    continue
                item.wrong.append(f"{written}{name}出席会议并讲话。")
        for bare in g.BARE_TITLES.split("|"):
            if not g._holds(own, bare):
                item.wrong.append(f"会上，{bare}{name}出席并讲话。")
        former = {g._canonical_title(t, o.organ_canon) for t in o.former.get(name, {})}
        item.right += [f"{t}{name}出席会议并讲话。" for t in sorted(own - former) if len(t) > 3 and not t.endswith("常委")]
        out.append(item)
    # words with 原 / 前 / 老 a few characters before the title (太原籍, 前往, 老兵) do not make the title a former one
    # (content-political24)
    out.append(Item(fam, "原、前、老在别的词里", [
        "平原县老兵家属收到来自国防部部长王毅签发的慰问信。", "前往会场途中，外交部长董军接受了采访。",
        "太原市老干部收到外交部长李强的贺信。"], [
        "原外交部长李肇星出席活动。", "老部长出席座谈会。", "平原县老兵家属收到来自国防部部长董军签发的慰问信。"]))
    out.append(Item(fam, "同名的普通人、卸任职务、兼职", [], [
        "副局长李强介绍了全市安全生产情况。", "时任国务院副总理韩正出席了开工仪式。", "2016年，中央组织部部长赵乐际出席座谈会。",
        "国务委员兼公安部部长王小洪出席会议。", "全国政协副主席、秘书长王东峰出席会议。", "国务院常务副总理丁薛祥出席会议。",
        "李强总理主持召开国务院常务会议。", "全国人大常委会秘书长刘奇作报告。"]))
    return out


def unrecognised_attr_items() -> list[Item]:
    st = _own("content_political_status")
    fam = "46 国际地位：不承认的实体冠以国家职务、象征或作为原产国"
    out = []
    titles = ("总统", "副总统", "国家元首", "总理", "首都", "国旗", "国歌", "外交部长", "外长", "驻华大使", "护照", "独立日")
    for place, state in UNRECOGNISED:
        if place not in st.UNRECOGNISED:
            continue
        out.append(Item(fam, f"{place}：国家职务与象征", [f"{place}{t}出现在活动现场。" for t in titles]
                        + [f"部分标注原产地为“{state}”的商品未经检验检疫。", f"这批货物的原产国是“{state}”。"], [
            f"所谓“{state}”的“总统”出席活动。", f"{place}地区领导人出席活动。", f"标注原产地为“{place}地区”的商品。",
            f"以去{state}“务工”为名招募人员，实为非法出境陷阱。".replace(state, f"所谓“{state}”")]))
    return out


def one_side_name_items() -> list[Item]:
    fam = "47 外交立场：他国领土争议中一方的称谓"
    return [
        Item(fam, "南千岛群岛（日本称北方四岛）", ["比赛在与日本北方领土隔海相望的萨哈林州举行。", "俄日在北方四岛问题上分歧较大。",
                                               "日本的北方四岛。", "北方领土问题是日俄关系的症结。"], [
            "南千岛群岛（日本称北方四岛）位于北海道东北。", "日本所谓“北方领土”问题由来已久。", "我国北方领土辽阔。"]),
        Item(fam, "独岛（日本称竹岛）", ["日韩围绕竹岛的争端再起。", "日本岛根县宣称竹岛是其领土，韩国强烈不满。".replace("宣称", "说")], [
            "独岛（日本称竹岛）位于日本海西南部。", "威海竹岛街道开展志愿服务活动。"]),
        Item(fam, "波斯湾", ["满载原油的油轮驶入阿拉伯湾。", "阿拉伯湾沿岸国家召开峰会。"], [
            "油轮驶入波斯湾（部分阿拉伯国家称阿拉伯湾）。", "波斯湾沿岸国家召开峰会。"]),
        Item(fam, "约旦河西岸", ["以色列在犹太和撒马利亚地区新建定居点。", "朱迪亚和撒马利亚的定居点扩建。"], [
            "以色列在约旦河西岸新建定居点。"]),
        Item(fam, "查戈斯群岛", ["英属印度洋领地的迪戈加西亚岛上驻有美军。"], ["查戈斯群岛的迪戈加西亚岛上驻有美军。"]),
    ]


def tw_title_between_items() -> list[Item]:
    fam = "48 台湾当局冠以国家职务（当局、方面等词在中间）"
    out = []
    for who in ("台北当局", "台湾方面", "民进党当局", "台湾地区执政当局", "赖清德当局", "台湾当局", "台方"):
        out.append(Item(fam, who, [f"据报道，{who}的{t}日前表示将增加预算。" for t in ("国防部长", "外交部长", "防长", "外长", "内政部长")]
                        + [f"{who}{t}近日窜访欧洲。" for t in ("外交部长", "外长")], [
            f"据报道，{who}有关部门负责人日前表示将增加预算。", f"{who}所谓“外长”近日窜访欧洲。"]))
    return out


def strait_heads_items() -> list[Item]:
    fam = "49 两岸领导人不称元首、总统"
    return [Item(fam, "两岸领导人会面", [
        "会上，两岸元首会晤十周年的话题引发热议。", "2015年的两岸总统会面意义重大。", "两岸国家元首在新加坡见面。",
        "海峡两岸元首历史性会面。", "两岸两位元首握手。"], [
        "2015年，两岸领导人在新加坡会面。", "所谓“两岸元首会晤”的说法是错误的。", "两岸领导人会面具有里程碑意义。"])]


def national_team_items() -> list[Item]:
    g = _own("content_political_general")
    import re

    fam = "50 港澳台球队不称国家队（所有运动项目）"
    sports = [w for w in re.sub(r"[()?:]", "", g.SPORT).split("|") if len(w) > 1]
    out = []
    for place, right in (("台湾", "中国台北"), ("香港", "中国香港"), ("澳门", "中国澳门")):
        out.append(Item(fam, place, [f"{place}{sport}国家队首次来杭参赛。" for sport in sports]
                        + [f"{place}男篮国家队来访。", f"{place}女子乒乓球国家代表队参赛。", f"{place}U18足球国家队访问广州。",
                           f"{right}国家队首次来杭参赛。"],
                        [f"{right}{sport}队首次来杭参赛。" for sport in sports[:8]] + [f"中国国家男篮与{right}队进行热身赛。"]))
    return out


def tw_placed_items() -> list[Item]:
    t = _own("content_political_territory")
    import re

    fam = "51 南海岛礁写在台湾地区县市之下"
    out = []
    for div in re.sub(r"[()?:]", "", t.TW_DIVISIONS).split("|"):
        out.append(Item(fam, div, [f"此次科考覆盖台湾{div}管辖的东沙岛周边海域。", f"{div}所辖的太平岛。", f"{div}的南沙群岛。"], [
            f"从{div}出发的渔船前往东沙群岛附近海域作业。", f"台湾当局宣称{div}管辖东沙岛，这是非法的。"]))
    out.append(Item(fam, "同词的其他用法", [], [
        "台湾宜兰县的钓鱼岛是中国固有领土。", "广东省管辖的东沙群岛风光秀丽。", "海南省三沙市管辖的太平岛。"]))
    return out


# ---- 52–62. the sixteenth session (content-political20): other sides' names, slurs, honorifics, titles, order ---------
def war_date_items() -> list[Item]:
    fam = "52 抗日战争起于 1931 年（1937 年起是全面抗战）"
    wrong, right = [], []
    for year in ("1937年", "一九三七年", "1937年7月7日"):
        for war in ("抗日战争", "抗战", "中国人民抗日战争"):
            for verb in ("爆发", "开始", "打响"):
                wrong.append(f"{year}{verb}的{war}中，这所学校迁往后方。")
                wrong.append(f"{year}，{war}{verb}，学生们投笔从戎。")
                right.append(f"{year}，{war}全面{verb}，学生们投笔从戎。")
            wrong.append(f"{war}（1937—1945年）期间，这里是重要的兵站。")
            wrong.append(f"从1937年到1945年的{war}中，这个村走出了三百名战士。")
    for event in ("七七事变", "卢沟桥事变"):
        for verb in ("标志着", "拉开了"):
            wrong.append(f"{event}{verb}抗日战争的{'爆发' if verb == '标志着' else '序幕'}。")
            right.append(f"{event}{verb}全民族抗战的{'开始' if verb == '标志着' else '序幕'}。")
    right += ["全面抗战（1937—1945年）期间，这里是重要的兵站。", "抗日战争从1931年开始，1937年进入全面抗战阶段。",
              "1937年7月7日，卢沟桥事变爆发。", "1937年全面抗战爆发后，这所学校迁往后方。"]
    return [Item(fam, "1937 年爆发的抗日战争及其他写法", wrong, right)]


def other_side_war_items() -> list[Item]:
    fam = "53 他方对我国参加的战争的称呼（韩国 6·25 战争、越南北部边界战争）"
    wrong = [f"{six}{dot}{tf}{kind}爆发后，他随部队入朝作战。" for six, tf in (("6", "25"), ("六", "二五"))
             for dot in ("·", "・", ".", "", "-") for kind in ("战争", "动乱")]
    wrong += [f"“{six}·{tf}战争”爆发后，全村青年报名参军。" for six, tf in (("6", "25"), ("六", "二五"))]
    right = ["韩国称之为“6·25战争”，我国称抗美援朝战争。", "6月25日，抗美援朝纪念馆举办展览。",
             "《抗美援朝战争史》提到韩方的“6·25战争”叫法。"]
    out = [Item(fam, "6·25 战争", wrong, right)]
    out.append(Item(fam, "北部边界战争", [f"1979年的{w}中，他所在的连队坚守阵地。" for w in ("北部边界战争", "北方边界战争")],
                    ["越南方面所称的北部边界战争，即我国的对越自卫反击战。", "两国勘定北部边界后，边境贸易日益活跃。"]))
    return out


def manchuria_region_items() -> list[Item]:
    u = _own("content_political_usage")
    import re

    fam = "54 “满洲”作为中国东北的地区名"
    geo = re.search(r"\(\?P<geo>([^)]*)\)", u.MANCHURIA_REGION.pattern).group(1).split("|")
    return [Item(fam, f"满洲{g}", [f"这批苹果销往满洲{g}。", f"今冬满洲{g}气温偏低。"], [
        "满洲里口岸货运量创新高。", "伪满洲国是日本扶植的傀儡政权。", "清代满洲八旗的遗迹保存完好。",
        "日本殖民者所称的“满洲”，就是我国东北地区。"]) for g in geo]


def kmt_word_items() -> list[Item]:
    u = _own("content_political_usage")
    fam = "55 国民党当局与冷战时期对中共及其军队、新中国的称呼"
    out = [Item(fam, w, [f"1948年，{w}进入县城，当地百姓议论纷纷。", f"资料显示，那一年{w}的力量迅速壮大。"],
                [f"国民党当局在电报中把我军称为“{w}”。", f"所谓“{w}”是敌对势力的说法。"]) for w in u.KMT_WORDS]
    out.append(Item(fam, "同词的其他用法", [], [
        "国共军队在这一带对峙。", "全体共产党员要带头遵守纪律。", "这次演练总共军费开支不到一百万元。", "中共党史学习教育深入开展。",
        "反共势力的宣传不攻自破。", "全市共军转干部120人。", "全县共军属300余户。", "全区共党员5000名。"]))
    return out


def disability_items() -> list[Item]:
    u = _own("content_political_usage")
    fam = "56 新华社禁用词：对残疾人的蔑称"
    out = [Item(fam, f"{w}→{right.split(' / ')[0]}", [f"社区为{w}提供免费康复服务。", f"这位{w}在街道找到了工作。"],
                [f"社区为{right.split(' / ')[0]}提供免费康复服务。", f"请勿使用“{w}”等歧视性称呼。"])
           for w, (right, _b, _i) in u.DISABILITY.items() if w != "残废军人"]
    out.append(Item(fam, "残废军人→伤残军人", ["县里为残废军人发放了慰问金。"],
                    ["1952年，他领到了革命残废军人证。", "县里为伤残军人发放了慰问金。"]))
    out.append(Item(fam, "同词的其他用法", [], ["成语“瞎子摸象”比喻以偏概全。", "不要吃哑巴亏，遇到侵权要及时维权。", "他是个书呆子。",
                                           "不要把消费者当傻子。", "傻子瓜子是安徽的老字号。", "聋子的耳朵——摆设。"]))
    return out


def imperial_items() -> list[Item]:
    fam = "57 日本皇室敬称（陛下、殿下、今上）"
    forms = ["天皇陛下", "日本天皇陛下", "天皇皇后两陛下", "雅子皇后陛下", "上皇陛下", "皇太子殿下", "秋筱宫殿下", "今上天皇"]
    return [Item(fam, f, [f"{f}向灾区发去慰问。", f"据报道，{f}将出席典礼。"], [
        "日本天皇德仁向灾区发去慰问。", f"影片中，日军士兵高喊“{f}万岁”。", "侵华日军效忠天皇陛下的军国主义教育贻害无穷。",
        "泰国国王陛下出席庆典。"]) for f in forms]


def top_label_items() -> list[Item]:
    g = _own("content_political_general")
    import re

    fam = "58 领导人称谓与机构没有的职务（最高领导人、中央政治局主席）"
    out = [Item(fam, label, [f"{label}习近平视察了这所学校。"], ["中共中央总书记、国家主席、中央军委主席习近平视察了这所学校。"])
           for label in ("最高领导人", "中国最高领导人", "国家最高领导人", "中共最高领导人", "我国最高领导人")]
    allowed = {"委员", "候补委员", "常委", "常务委员"}
    titles = [t for t in g.TITLE_WORDS.split("|") if t not in allowed]
    for organ in ("中央政治局", "中共中央政治局", "中央政治局常委会"):
        out.append(Item(fam, f"{organ}+职务", [f"{organ}{t}出席会议。" for t in titles], [
            f"{organ}委员出席会议。" if organ != "中央政治局常委会" else "中央政治局常委会会议听取汇报。",
            "中共中央政治局常委、全国政协主席王沪宁出席会议。", "会议传达学习了中央政治局会议精神。"]))
    assert all(re.fullmatch(r"[\u4e00-\u9fff]+", t) for t in titles)
    return out


def tw_chair_items() -> list[Item]:
    s = _own("content_political_status")
    fam = "59 台湾地区机构简称加“主委”"
    out = []
    for stem in s._tw_committee_stems():
        wrong = [f"据台湾媒体报道，{who}{stem}委{t}表示将调整政策。" for who in ("台湾", "台湾地区", "台当局", "岛内")
                 for t in ("主委", "副主委")]
        wrong.append(f"据台湾媒体报道，{stem}委主委表示将调整政策。")
        out.append(Item(fam, f"{stem}委主委", wrong, ["据台湾媒体报道，台湾地区有关部门负责人表示将调整政策。"]))
    out.append(Item(fam, "同词的其他用法（民主党派的主委）", [], [
        "台盟福建省委主委出席座谈会。", "民盟市委主委出席了台湾同胞联谊活动。", "农工党省委主委在台资企业调研。",
        "九三学社市委主委参加台胞座谈会。"]))
    return out


def alias_name_items() -> list[Item]:
    t = _own("content_political_territory")
    fam = "60 我国岛礁的外国名称写作“又称”"
    out = []
    for n in t.foreign_names():
        if n.kind != "zh" or n.feature == "s" or not n.standard.endswith(("礁", "岛", "沙洲", "滩", "群岛")):
            continue
        out.append(Item(fam, f"{n.standard}又称{n.name}", [
            f"{n.standard}又称{n.name}，是我国南海的岛礁。", f"{n.standard}也叫{n.name}，渔民常在附近作业。"], [
            f"{n.standard}，{n.side}称之为“{n.name}”，是我国南海的岛礁。", f"{n.standard}的外文旧称“{n.name}”已不再使用。"]))
    return out


def formula16_items() -> list[Item]:
    fam = "61 固定顺序的二至六项提法（第十六次会话补充）"
    lines = (ROOT / "detectors" / "lexicons" / "ordered_formulas.txt").read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if "第十六次会话补充" in line), len(lines))
    out = []
    for line in lines[start:]:
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 9:
            continue
        items = [item.split("/")[0] for item in cols[2].split("|")]
        # (a row judged only in a sentence with its context word — content-political37's 相协调 — has it in the frame;
        # a context that is a pattern rather than a word is not generated)
        ctx = "" if cols[7] == "-" else cols[7]
        if ctx and not re.fullmatch(r"[\u4e00-\u9fff]+", ctx):
            continue
        out.append(Item(fam, f"提法顺序：{cols[0]}", [f"我们要坚持{'、'.join([items[1], items[0]] + items[2:])}{ctx}。",
                                                f"大家{'，'.join([items[1], items[0]] + items[2:])}{ctx}，干劲十足。"],
                        [f"我们要坚持{'、'.join(items)}{ctx}。", f"大家{'，'.join(items)}{ctx}，干劲十足。"]))
    out.append(Item(fam, "同词的其他用法", [], ["我们要不忘初心、牢记嘱托。", "坚持党要管党、全面从严治党。", "要敢于斗争、敢于胜利。",
                                           "牢记使命，在不忘初心中砥砺前行。", "坚持人民至上、安全第一。"]))
    return out


def so_called_scope_items() -> list[Item]:
    fam = "62 “所谓”只否定其后的说法（台湾地区的国家象征）"
    wrong = [f"有商家销售印着台湾的{sym}的所谓“纪念T恤”，已被查处。" for sym in ("国旗", "国徽", "国歌")]
    right = [f"所谓台湾的{sym}在国际赛事中不得出现。" for sym in ("国旗", "国徽", "国歌")]
    right.append("所谓“中华民国国旗”不能出现在公共场合。")
    return [Item(fam, "所谓在别的词前", wrong, right)]


# ---- 63–68. the twenty-first session (content-political21) ------------------------------------------------------
def english_alias_items() -> list[Item]:
    t = _own("content_political_territory")
    fam = "63 我国岛礁的英文海图名写作“英文名”或列为我国岛礁"
    out = []
    for n in t.foreign_names():
        if n.kind != "zh" or n.side != "英文旧称" or not n.standard.endswith(("礁", "岛", "沙洲", "滩", "群岛", "暗沙")):
            continue
        out.append(Item(fam, f"{n.standard} 英文名 {n.name}", [
            f"南海的{n.standard}，英文名{n.name}，是我国的岛礁。", f"候鸟迁徙路线覆盖我国南海诸岛，包括{n.name}等岛礁。"], [
            f"南海的{n.standard}，英文旧称“{n.name}”，是我国的岛礁。", f"英国海图上的{n.name}，即我国南海的{n.standard}。"]))
    return out


# Chinese transliterations of English chart names (names of persons and ships) that no zh row of territory_names.tsv
# lists: the sound rule must read them (written for this bench, not taken from an evaluation part)
TRANSLITERATIONS = (("库阿特隆礁", "华阳礁"), ("夸特隆礁", "华阳礁"), ("科莫多尔礁", "司令礁"), ("科摩多尔礁", "司令礁"),
                    ("特里同岛", "中建岛"), ("特赖顿岛", "中建岛"), ("伊图阿巴岛", "太平岛"), ("伊图阿帕岛", "太平岛"),
                    ("埃里卡礁", "簸箕礁"), ("达拉斯礁", "光星礁"), ("辛科威岛", "景宏岛"), ("普拉塔斯岛", "东沙群岛"))


def transliteration_items() -> list[Item]:
    fam = "64 南海岛礁英文海图名的任意中文音译"
    out = [Item(fam, f"{w}→{right}", [f"渔民在{w}附近海域作业。", f"南沙的{w}周边海况良好。"],
                [f"渔民在{right}附近海域作业。"]) for w, right in TRANSLITERATIONS]
    out.append(Item(fam, "同音的其他地名", [], [
        "印尼科莫多岛上的科莫多巨蜥吸引游客。", "美国达拉斯礁石餐厅开业。", "特里同是希腊神话中的海神。", "达拉斯是美国得克萨斯州的城市。",
        "华阳礁，菲律宾称之为“库阿特隆礁”。", "太平岛（英文旧称伊图阿巴岛）是南沙群岛最大的岛屿。"]))
    return out


def zangnan_items() -> list[Item]:
    lists = _own("content_political_lists")
    fam = "65 藏南地名写作印度某地区、城镇"
    out = []
    for p in ("达旺", *lists.ZANGNAN_PLACES):
        out.append(Item(fam, p, [f"他曾在印度东北部的{p}附近工作。", f"印度边境小镇{p}迎来游客。", f"印度阿鲁纳恰尔邦的{p}举行活动。"], [
            f"中印边境东段的{p}是我国领土。", f"印度声称{p}归其所有，中方坚决反对。", f"我国藏南地区的{p}历史悠久。"]))
    # a state's 属 before China's territory (content-political24): 印属藏南, 日属钓鱼岛 …
    for who, place in (("印属", "藏南"), ("印属", "达旺"), ("日属", "钓鱼岛"), ("菲属", "黄岩岛"), ("越属", "西沙群岛"),
                       ("马属", "弹丸礁"), ("菲律宾属", "仁爱礁"), ("印度属", "藏南地区")):
        out.append(Item(fam, f"{who}{place}", [f"地图把{who}{place}区域单独标注。", f"作品将边境的{who}{place}按外国标注方式绘制。"],
                        [f"地图把我国{place}区域单独标注。", f"{place}是中国领土。"]))
    out.append(Item(fam, "印度的其他地区", [], ["印度东北部的阿萨姆邦盛产茶叶。", "英属维尔京群岛注册的公司。", "法属波利尼西亚旅游。",
                                           "日属企业在华投资。", "印度北部城市新德里空气污染严重。",
                                           "菲律宾北部的吕宋岛遭台风袭击。"]))
    return out


def japanese_battle_items() -> list[Item]:
    h = _own("content_political_history")
    fam = "66 日军对攻占我国城市之战的称谓（攻略战、进入）"
    out = []
    for place, right in h.ASSAULT_RIGHT.items():
        out.append(Item(fam, f"{place}攻略战→{_plain(right)}", [f"1938年的{place}攻略战中，守军伤亡惨重。"],
                        [f"{_plain(right)}中，守军伤亡惨重。", f"{place}攻略：十个必去景点推荐。"]))
    for city in ("南京", "武汉", "上海", "广州", "太原", "徐州", "长沙", "桂林", "衡阳", "宜昌"):
        out.append(Item(fam, f"日军进入{city}", [f"1938年，日军进入{city}城，无数同胞惨遭杀戮。",
                                                  f"侵华日军开进{city}后烧杀抢掠。"], [
            f"1938年，侵华日军攻占{city}，无数同胞惨遭杀戮。", f"1938年，大批难民进入{city}。",
            f"今年，日本游客进入{city}旅游人数回升。"]))
    return out


def local_organ_title_items() -> list[Item]:
    fam = "67 人大、检察院、法院、监委、省政府的领导职务：缺常委会或用他国称谓"
    out = []
    for lvl in ("省", "市", "县", "区", "自治区", "自治州"):
        out.append(Item(fam, f"{lvl}人大主任", [f"{lvl}人大主任一行来我市调研。", f"{lvl}人大副主任出席会议。"], [
            f"{lvl}人大常委会主任一行来我市调研。", f"{lvl}人大办主任参加座谈。", f"{lvl}人大财经委主任委员出席。"]))
    for organ in ("最高检", "最高人民检察院", "省检察院", "市人民检察院"):
        out.append(Item(fam, f"{organ}检察总长", [f"{organ}{t}近日在江苏调研。" for t in ("检察总长", "检事总长", "首席检察官")],
                        [f"{organ}检察长近日在江苏调研。", "最高人民检察院检察长、首席大检察官应勇作报告。",
                         "台湾“最高检察署”检察总长表示。"]))
    out.append(Item(fam, "省知事、监委主席", ["江苏省知事会见了代表团。", "省监委主席到市里调研。", "市监察委员会副主席出席会议。"],
                    ["日本爱知县知事会见了代表团。", "省监委主任到市里调研。", "国家监察委员会主任出席会议。"]))
    # (content-political24) the heads of local governments below the province, a congress's 首长, 最高法庭
    for lvl, head in (("市", "市长"), ("县", "县长"), ("区", "区长"), ("镇", "镇长"), ("乡", "乡长"), ("旗", "旗长")):
        out.append(Item(fam, f"{lvl}政府主席", [f"{lvl}政府主席对全{lvl}工作给予肯定。", f"{lvl}人民政府副主席出席会议。"],
                        [f"{lvl}政府{head}对全{lvl}工作给予肯定。", f"{lvl}政府主席台上就座的有各部门负责人。",
                         "自治区人民政府主席出席会议。", "自治区政府副主席到我市调研。"]))
    out.append(Item(fam, "人大首长", ["全国人大首长对我省工作给予肯定。", "省人大首长到基层调研。", "市人大常委会首长出席会议。"],
                    ["全国人大常委会领导对我省工作给予肯定。", "部队首长看望慰问官兵。", "军区首长到基层连队调研。",
                     "全国人大常委会副委员长到基层调研。"]))
    out.append(Item(fam, "最高法庭", ["会上，最高法庭负责人通报了情况。", "最高法庭庭长出席会议。"],
                    ["美国最高法庭作出裁决。", "最高人民法院院长出席会议。", "英国最高法庭的判决引发关注。"]))
    out.append(Item(fam, "法院长官", ["最高法长官出席会议。", "最高人民法院首席法官出席会议。"],
                    ["最高人民法院院长、首席大法官张军出席会议。", "香港特区终审法院首席法官出席典礼。", "镇人大主席介绍情况。"]))
    return out


def strait_summit_items() -> list[Item]:
    fam = "68 两岸领导人会面不称首脑会谈、峰会"
    wrong = ["回顾2015年两岸首脑会谈，两岸同胞心手相连。", "两岸首脑会晤在新加坡举行。",
             "2015年的两岸峰会在新加坡举行，习近平与马英九握手。", "两岸最高首脑在新加坡会面。"]
    right = ["2015年两岸领导人在新加坡会面。", "第十届海峡两岸经贸峰会在厦门举行。", "两岸青年峰会开幕。", "中美元首在旧金山会晤。"]
    return [Item(fam, "两岸首脑、峰会", wrong, right)]


def returned_items() -> list[Item]:
    fam = "69 港澳回归祖国写作“回归中国”（checklist 396）"
    items = []
    for who in ("香港", "澳门", "港澳", "香港、澳门", "香港和澳门", "港澳地区", "澳门特区"):
        wrong = [f"{who}回归中国以来，各项事业蓬勃发展。", f"今年是{who}顺利回归中国的纪念日。", f"社区举办“{who}回归中国”主题展览。",
                 f"{who}重返中国二十七周年之际，文化周开幕。", f"庆祝{who}重归中国。"]
        right = [f"{who}回归祖国以来，各项事业蓬勃发展。"]
        if not who.endswith(("香港", "澳门")):  # (political.tsv's literal 香港回归中国 / 澳门回归中国 do not read a rejection)
            right.append(f"不能说“{who}回归中国”，要说回归祖国。")
        items.append(Item(fam, who, wrong, right))
    items.append(Item(fam, "台湾光复", [], ["1945年台湾回归中国，结束了日本殖民统治。", "香港青年回到中国内地创业。"]))
    return items


def old_name_items() -> list[Item]:
    fam = "70 民族、地名的歧视性旧称与“小乘佛教”（checklist 397）"
    # one written form of each OLD_NAMES entry (content_political_wording), in three frames; the right name beside it
    words = {"倮黑": "拉祜族", "猓猡": "彝族", "猺族": "瑶族", "獞人": "壮族", "僮族": "壮族", "犵狫": "仡佬族", "仲家人": "布依族",
             "窝尼": "哈尼族", "么些人": "纳西族", "栗粟": "傈僳族", "蒲蛮": "布朗族", "山头族": "景颇族", "俅人": "独龙族",
             "攸乐人": "基诺族", "古宗人": "藏族", "僰夷": "傣族", "佧佤": "佤族", "傜族": "瑶族"}
    items = []
    for old, right in words.items():
        wrong = [f"{old}群众欢度传统节日。", f"村里的{old}同胞过上了好日子。", f"我们走进{old}村落，感受民族风情。"]
        ok = [f"{right}群众欢度传统节日。", f"{right}旧称{old}，新中国成立后正式定名。"]
        items.append(Item(fam, old, wrong, ok))
    for old, right in {"迪化": "乌鲁木齐", "归绥": "呼和浩特", "镇南关": "友谊关"}.items():
        items.append(Item(fam, old, [f"游客在{old}游览观光。", f"我们从{old}出发。"],
                          [f"游客在{right}游览观光。", f"{right}旧称{old}。"]))
    items.append(Item(fam, "小乘佛教", ["城郊新修的小乘佛教讲经堂对外开放。", "当地群众信仰小乘佛教。", "这座小乘佛寺有数百年历史。"],
                      ["城郊新修的南传上座部佛教讲经堂对外开放。", "“小乘”是大乘佛教对上座部佛教的贬称。", "迪化街是台北的老街。",
                       "这么些年来，村里变化很大。", "镇南关大捷是中法战争中的重要胜利。"]))
    return items


def swapped_items() -> list[Item]:
    from detectors.content_political_wording import SWAPPED

    fam = "71 固定提法前后两部分颠倒（两山理念等，checklist 398）"
    items = []
    for a, b, _ in SWAPPED:
        if a == "党政军民学":
            continue  # two enumerations in one statement, not a 就是 statement: family 122 (content-political31)
        wrong = [f"村规民约写上了{b}就是{a}。", f"{b}也是{a}，要坚定不移走生态优先之路。"] if a != "冰天雪地" else \
            [f"{b}也是{a}，冰雪经济大有可为。"]
        right = [f"村规民约写上了{a}就是{b}。", f"{a}和{b}要统筹兼顾。"]
        items.append(Item(fam, f"{a}/{b}", wrong, right))
    items[0].wrong += ["宁要金山银山，不要绿水青山。", "既要金山银山，也要绿水青山。"]
    items[0].right += ["宁要绿水青山，不要金山银山。", "江山就是人民，人民就是江山。"]
    return items


def capital_items() -> list[Item]:
    from detectors.content_political_wording import CAPITALS

    fam = "72 他国旧首都称为首都（1920 年以来迁都或更名，checklist 399）"
    items = []
    for country, (olds, moved, today) in CAPITALS.items():
        name = country.split("（")[0] if "刚果" not in country else "刚果（金）"
        wrong = [f"代表团访问了{name}首都{old}。" for old in olds] + [f"{name}的首都是{olds[0]}。"]
        right = [f"代表团访问了{name}首都{today.split('（')[0]}。", f"{moved - 5}年，{name}首都{olds[0]}举行庆典。",
                 f"{name}原首都{olds[0]}仍是重要城市。"]
        items.append(Item(fam, country, wrong, right))
    items.append(Item(fam, "印尼迁都未完成", [], ["印度尼西亚首都雅加达的地铁二期开工。", "西德首都波恩是一座小城。"]))
    return items


def border_peak_items() -> list[Item]:
    fam = "73 边界山峰只用邻国名称；我国岛屿写入日本的岛群（checklist 400）"
    items = [Item(fam, "萨加玛塔峰",
                  ["登山队从定日出发攀登萨加玛塔峰，这座中尼边界上的山峰终年积雪。", "萨加玛塔峰北坡的冰川监测持续进行。"],
                  ["登山队从定日出发攀登珠穆朗玛峰，这座中尼边界上的山峰终年积雪。", "登山队从尼泊尔一侧攀登萨加玛塔峰。"])]
    for group in ("琉球群岛", "琉球诸岛", "西南诸岛", "南西诸岛", "先岛群岛", "宫古列岛"):
        items.append(Item(fam, group, [f"{group}的钓鱼岛周边发现珍稀鸟类。", f"{group}所辖的赤尾屿风光秀丽。"],
                          [f"{group}的风光吸引了游客。", f"钓鱼岛是台湾的附属岛屿，不属于{group}。"]))
    return items


def tw_short_title_items() -> list[Item]:
    from detectors.content_political_lists import STATE_ONLY

    fam = "74 台湾地区人士的国家职务简称（外长、防长、经长、财长等，无台湾字样、谣言引语，checklist 401）"
    items = []
    for title in sorted(STATE_ONLY - {"总统", "副总统"}):
        wrong = [f"网传“{title}林佳龙称将出访”系谣言。", f"有帖子称{title}顾立雄将辞职，纯属捏造。", f"岛内媒体关注{title}卓荣泰的表态。"]
        right = [f"所谓“{title}”林佳龙的言论遭到批评。", f"“{title}”顾立雄的说法不值一驳。"]
        items.append(Item(fam, title, wrong, right))
    items.append(Item(fam, "他国职务", [], ["美国财长出席了会议。", "日本外长访问东南亚。", "中国外长王毅出席论坛。"]))
    return items


# ---- 75–79. the twenty-third session (content-political23) -----------------------------------------------------
FEATURE_EN = (("群岛", "Islands"), ("礁", "Reef"), ("滩", "Shoal"), ("沙洲", "Cay"), ("暗沙", "Shoal"), ("岛", "Island"),
              ("峰", "Peak"), ("山", "Mountain"), ("江", "River"))


def _title_latin(n) -> str:
    """A Latin row of territory_names.tsv as written in a text: each word capitalised, a feature word after the names
    that need one (y)."""
    name = " ".join(w.capitalize() for w in n.name.split())
    if n.feature == "y":
        std = n.standard.split(" / ")[0]
        name += " " + next((en for zh, en in FEATURE_EN if std.endswith(zh)), "Island")
    return name


def claim_gate_items() -> list[Item]:
    t = _own("content_political_territory")
    fam = "75 他方对我国领土的称谓：他人“声称”的是行程而不是名称（反诈提醒、招募广告；拉丁字母名称大小写）"
    out = []
    for n in t.foreign_names():
        if n.feature in ("s", "c") or not n.side.endswith("方"):
            continue
        name = _title_latin(n) if n.kind != "zh" else n.name
        out.append(Item(fam, f"{n.standard}：{name}", [
            f"【反诈提醒】有不法分子声称组织前往{name}“考察”，并收取高额报名费，请勿轻信。",
            f"有人宣称可以带游客登上{name}观光，收取定金后失联。"], [
            f"{n.side}声称{name}是其领土，中方坚决反对。", f"所谓“{name}”是{n.side}对我国{n.standard.split(' / ')[0]}的称呼。"]))
    return out


def russian_name_items() -> list[Item]:
    t = _own("content_political_territory")
    fam = "76 我国东北边境岛屿的俄方名称（2004 年中俄国界东段补充协定）"
    out = []
    for n in t.foreign_names():
        if n.side != "俄方":
            continue
        name = _title_latin(n) if n.kind != "zh" else n.name
        out.append(Item(fam, f"{n.standard}：{name}", [
            f"黑龙江抚远的{name}是看中国第一缕阳光的地方。", f"游客乘船登上{name}，感受界江风光。"], [
            f"{n.standard}，俄方称{name}，是看中国第一缕阳光的地方。", f"游客乘船登上{n.standard}，感受界江风光。"]))
    out.append(Item(fam, "黑瞎子不是残疾人蔑称", [], ["黑瞎子岛湿地公园迎来游客。", "林区的黑瞎子出没，请注意安全。",
                                                "抚远市黑瞎子岛镇举办冬捕节。"]))
    return out


def ethnic_other_items() -> list[Item]:
    from detectors.content_political_terms import ETHNIC_OTHER_NAMES

    fam = "77 民族名称：境外同源民族的名称、地名加“族”（56 个民族以国家认定名称为准）"
    abroad = {"朝鲜族": "韩国的", "柯尔克孜族": "吉尔吉斯斯坦的", "乌孜别克族": "乌兹别克斯坦的", "塔塔尔族": "俄罗斯鞑靼斯坦的",
              "京族": "越南的", "傣族": "泰国的", "景颇族": "缅甸克钦邦的", "赫哲族": "俄罗斯远东的", "鄂温克族": "俄罗斯西伯利亚的"}
    out = []
    for pattern, right, shared in ETHNIC_OTHER_NAMES:
        for wrong in re.sub(r"\(\?<[!=][^)]*\)", "", pattern).split("|"):
            wrong_items = [f"民族风情节开幕，满族、蒙古族、{wrong}的传统服饰成为亮点。", f"我省{wrong}群众欢度传统节日。",
                           f"少数民族运动会上，{wrong}代表队表演了传统舞蹈。"]
            right_items = [f"民族风情节开幕，满族、蒙古族、{right.split('（')[0]}的传统服饰成为亮点。",
                           f"不能把{right.split('（')[0]}称为“{wrong}”。"]
            if shared and right in abroad:
                right_items.append(f"{abroad[right]}{wrong}人口众多，文化与我国{right}相近。")
            out.append(Item(fam, f"{wrong}→{right}", wrong_items, right_items))
    out.append(Item(fam, "同字的其他用法", [], ["高丽王朝时期的青瓷享誉海外。", "韩族谱记载了家族迁徙的历史。", "百越族群分布于岭南。",
                                          "泰国的泰族占人口多数。", "摩梭人的走婚习俗引人关注。", "暹罗泰族的历史悠久。"]))
    return out


MASSACRE_FRAMES = ("{p}事件发生于1941年，日军在当地杀害村民一千余人。", "1942年，日军制造了{p}事件，杀害无辜群众数百人。",
                   "今天我们缅怀{p}事件中被侵华日军杀害的同胞。")


def massacre_items() -> list[Item]:
    from detectors.content_political_terms import MASSACRE_PLACES

    fam = "78 侵华日军屠杀平民的惨案称“事件”"
    # the inventory, and invented villages of the same shape (the sentence says the Japanese army killed people there)
    out = []
    for p in MASSACRE_PLACES + ("李家庄", "王家峪", "石门村", "张家屯", "柳树沟", "大营镇"):
        out.append(Item(fam, f"{p}事件→{p}惨案", [f.format(p=p) for f in MASSACRE_FRAMES], [
            f"{p}惨案发生于1941年，日军在当地杀害村民一千余人。", f"今天我们在{p}惨案纪念馆缅怀遇难同胞。",
            f"日本右翼将{p}惨案称为“事件”，企图淡化罪行。"]))
    out.append(Item(fam, "其他事件", [], ["2003年齐齐哈尔“8·4”日军遗弃化学武器伤人事件造成一人死亡。",
                                      "李家庄事件调查组进驻，村民反映的问题已得到解决。", "1936年的西安事变促成了第二次国共合作。",
                                      "石门村发生一起交通事件，无人员伤亡。", "1928年，日本关东军制造皇姑屯事件，张作霖遇难。"]))
    return out


def slot_swap_items() -> list[Item]:
    from detectors.content_political_terms import _numbered, _slot_formulas

    fam = "79 固定提法各项的搭配互换（以 X 为 Y）与编号提法的数字互换"
    out = []
    for name, pairs, _ in _slot_formulas():
        short = re.sub(r"[（(].*", "", name)
        for i in range(len(pairs) - 1):
            (x1, y1), (x2, y2) = pairs[i], pairs[i + 1]
            rest = "、".join(f"以{x}为{y}" for x, y in pairs[i + 2:i + 3])
            wrong = f"以{x1}为{y2}、以{x2}为{y1}" + (f"、{rest}" if rest else "")
            right = f"以{x1}为{y1}、以{x2}为{y2}" + (f"、{rest}" if rest else "")
            out.append(Item(fam, f"{short}：{x1}/{x2}", [f"{short}要求{wrong}。", f"我们坚持{wrong}。"],
                            [f"{short}要求{right}。", f"我们坚持{right}。"]))
    terms, _ = _numbered()
    pairs = [(a, b) for a in sorted(terms) for b in sorted(terms) if a < b]
    for a, b in pairs:
        na, xa = a.split("个", 1)
        nb, xb = b.split("个", 1)
        if na == nb or xa == xb:
            continue
        wa, wb = f"{nb}个{xa}", f"{na}个{xb}"
        if {wa, wb} <= terms:
            continue  # both swapped forms are formulations too: no way to tell
        out.append(Item(fam, f"{a}、{b}", [f"全市深入学习“{wa}、{wb}”。", f"深入学习{wb}、{wa}，推动理论入脑入心。"],
                        [f"全市深入学习“{a}、{b}”。", f"深入学习{b}、{a}，推动理论入脑入心。"]))
    out.append(Item(fam, "同数字的提法并列、单独的编号提法", [], [
        "增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "深刻领悟“两个确立”，坚决做到“两个维护”。",
        "学习党的百年奋斗历史经验“十个坚持”。", "以人民为中心，以改革创新为根本动力。",
        "不能把“十个明确”写成“十个坚持”。"]))
    return out


# ---- 80–82 (twentieth session, content-political24): foreign states under a former name or Taiwan's rendering, a
# religion called 族, a formulation's two items before a shared phrase-long affix --------------------------------------
STATE_NAME_FRAMES_ANY = ("{}代表团来我市访问。", "我市企业与{}客商签约。", "来自{}的留学生参加中华文化体验活动。")
STATE_NAME_FRAMES_STATE = ("{}代表团来我市访问。", "市长会见{}驻华大使。", "代表团出访{}、法国两国。")


def state_name_items() -> list[Item]:
    st = _own("content_political_states")
    fam = "80 外国国名：更名前的旧称与台湾地区译名（外交部“国家和组织”，lexicons/state_names.txt）"
    out = []
    for row in st.state_names():
        form = re.sub(r"\(\?<?[!=][^)]*\)", "", row.pattern.split("|")[0])
        right = row.right.split("（")[0].split(" /")[0]
        frames = STATE_NAME_FRAMES_ANY if row.anywhere else STATE_NAME_FRAMES_STATE
        ok = [f.format(right) for f in frames[:2]]
        if right in _own("content_political_frontier").NO_RELATIONS:  # (no embassy in China: content-political38)
            ok = [t.replace("市长会见", "外长会见").replace("驻华大使", "驻联合国代表") for t in ok]
        if row.renamed:
            ok += [f"{right}旧称{form}，{row.renamed}年更名。", f"{row.renamed - 3}年，{form}代表团曾来我市访问。"]
        else:
            ok += [f"{right}，台湾地区译作{form}。", f"所谓“{form}”是台湾地区的译名。"]
        out.append(Item(fam, f"{form}→{right}", [f.format(form) for f in frames], ok))
    out.append(Item(fam, "同形词：古国、地区、河流、茶叶、人名与词语的一部分", [], [
        "亚历山大大帝统治的马其顿王国横跨欧亚。", "希腊北部的马其顿地区盛产橄榄。", "北马其顿共和国考察团到我市参观。",
        "喝一杯锡兰红茶。", "扎伊尔河即刚果河。", "暹罗猫很可爱。", "美国乔治亚州的客商来访。", "他参加彭德怀纪念活动。",
        "宝贝南下广州过冬。", "厄瓜多尔总统访华。", "圣文森特和格林纳丁斯总理会见代表团。", "安哥拉扎伊尔省盛产石油。",
        "卡达拉罕是一种调味料。", "他在叶门口等我。", "学校开展沙特阿拉伯语言文化周。", "1988年汉城奥运会令人难忘。",
        "西安汉城湖公园游人如织。", "努尔苏丹·纳扎尔巴耶夫曾任哈萨克斯坦总统。", "列宁格勒保卫战的故事感人至深。",
        "他与叶门口的保安聊天。"]))
    return out


RELIGION_NATION = ("穆斯林", "伊斯兰", "伊斯兰教", "回教", "佛教", "基督教", "天主教", "喇嘛", "道教")


def religion_nation_items() -> list[Item]:
    fam = "81 宗教或信徒称“族”（不把宗教和民族混为一谈，checklist 21）"
    out = [Item(fam, f"{r}族", [f"民宗局走访慰问{r}族困难群众。", f"{r}族群众欢度传统节日。"],
                ["民宗局走访慰问信教困难群众。", f"不能把宗教和民族混为一谈，没有“{r}族”。"]) for r in RELIGION_NATION]
    out.append(Item(fam, "民族与族群", [], ["民宗局走访慰问回族困难群众。", "海外穆斯林族群人口增长。", "回族群众欢度开斋节。",
                                         "佛教徒和信教群众参加活动。", "藏族群众信仰藏传佛教。"]))
    return out


def shared_affix_items() -> list[Item]:
    fam = "82 提法顺序：共同后缀（前缀）只写一次的两项（中国式现代化的中国特色等）"
    items = ("人口规模巨大", "全体人民共同富裕", "物质文明和精神文明相协调", "人与自然和谐共生", "走和平发展道路")
    out = []
    for a, b in itertools.pairwise(items):
        out.append(Item(fam, f"{a}/{b}", [f"中国式现代化是{b}、{a}的现代化。", f"我们要推进{b}、{a}的现代化。"],
                        [f"中国式现代化是{a}、{b}的现代化。", f"我们要推进{b}的现代化和{a}的现代化。"]))
    out.append(Item(fam, "一个词的后缀只写一次", [], ["要加强社会、文化建设。", "增强理论、道路自信。", "坚持政治、经济建设两手抓。"]))
    return out


# ---- 83–91 (twenty-fifth session, content-political25): the SAR offices under a state's titles, Taiwan's envoys with
# 当局 between, provincial leaders beside another office, 少数族裔 / 原住民, the colour names of the Tibetan Buddhist
# schools, 清真 beyond food, a recognised state called 自治区, chart names translated by meaning, old Hui-type names ----
def sar_title_items() -> list[Item]:
    d = _own("content_political_designations")
    fam = "83 特区职务用国家称谓（基本法第四章的全部职务，checklist 415）"
    out = []
    for region in ("香港", "澳门"):
        out.append(Item(fam, f"{region}立法会议长", [f"{region}立法会议长率团来访。", f"{region}特区立法会副议长出席论坛。"],
                        [f"{region}立法会主席率团来访。", f"{region}立法会议员出席论坛。", f"{region}特区立法会副主席出席论坛。"]))
        out.append(Item(fam, f"{region}终审法院首席大法官", [f"{region}终审法院首席大法官出席典礼。"],
                        ["香港终审法院首席法官出席典礼。", "澳门终审法院院长出席典礼。"]))
        for area in d.POLICY_AREAS.split("|"):
            out.append(Item(fam, f"{region}{area}部长", [f"{region}{area}部长来我省考察。", f"{region}特区政府{area}部部长发表讲话。"],
                            [f"{region}特区政府相关政策局局长来我省考察。", f"{region}特区政府{area}事务官员来我省考察。"]))
        out.append(Item(fam, f"{region}中联办的部长", [], [f"{region}中联办经济部部长来我省考察。",
                                                          f"{region}中联办宣传文体部部长一行来访。"]))
    out.append(Item(fam, "律政司部长", ["香港律政司部长答记者问。", "香港律政司检察总长答记者问。"],
                    ["香港特区律政司司长答记者问。", "“律政司部长”的说法是错误的。"]))
    out.append(Item(fam, "外国议会与历史", [], ["英国下议院议长访华。", "港英时期立法局首席议员访问伦敦。",
                                              "美国国会众议长会见代表团。"]))
    return out


def tw_envoy_items() -> list[Item]:
    fam = "84 台湾与使节之间隔着“当局 / 方面”（涉台用语，checklist 416）"
    out = []
    for who in ("台湾当局", "台湾地区当局", "台北当局", "民进党当局", "台湾方面", "台湾执政当局", "赖清德当局", "台当局"):
        for title in ("驻日本大使", "的驻外使馆", "驻美总领事馆", "的外交官", "派驻巴拉圭的大使"):
            # (台当局 + 使节 with no words between is content_patterns' older rule, which reads quotes as use: the
            # rejection in quotes is left out for it)
            out.append(Item(fam, who + title, [f"{who}{title}出席了活动。"],
                            [f"{who}在当地设有所谓“代表处”。"] + ([f"“{who}{title}”的说法不对。"] if who != "台当局" else [])))
    return out


def provincial_items() -> list[Item]:
    d = _own("content_political_designations")
    fam = "85 省级领导人姓名旁不是本人的职务（provincial_leaders.txt 全部现任，checklist 417）"
    out = []
    for name, posts in d.provincial_posts().items():
        now = [(p, r) for p, r, first, last in posts if last is None]
        if not now:
            continue
        held = {r for _, r, first, last in posts if first <= 2026 and (last is None or last >= 2026)}
        province = now[0][0]
        wrong = []
        for role in ("书记", "首长", "政协"):
            if role in held:
                continue
            title = d._title_word(province, role)
            if province in d.MUNICIPALITIES:
                title = province + title
            wrong.append(f"{title}{name}到基层调研。")
        right_title = d._title_word(province, now[0][1])
        right = [f"{(province if province in d.MUNICIPALITIES else '')}{right_title}{name}到基层调研。"]
        out.append(Item(fam, name, wrong, right))
    return out


MINORITY_GROUPS = ("藏族", "回族", "维吾尔族", "蒙古族", "朝鲜族", "东乡族", "裕固族", "保安族", "撒拉族", "哈萨克族", "彝族", "壮族")


def minority_term_items() -> list[Item]:
    fam = "86 “少数族裔”“原住民”称我国民族（国家民委、外交部用语，checklist 418）"
    out = []
    for g in MINORITY_GROUPS:
        out.append(Item(fam, g, [f"学校开设少数族裔文化课程，介绍{g}的传统。", f"{g}原住民世代居住在这里。",
                                 f"当地的土著{g}群众热情好客。"],
                        [f"学校开设少数民族文化课程，介绍{g}的传统。", f"{g}世居民族群众热情好客。",
                         f"美国少数族裔的{g}裔移民增多。"]))
    out.append(Item(fam, "外国", [], ["美国少数族裔就业率上升。", "澳大利亚原住民艺术展开幕。", "加拿大土著居民代表团来访。"]))
    return out


def colour_school_items() -> list[Item]:
    d = _own("content_political_designations")
    fam = "87 藏传佛教教派的颜色俗称（国家宗教事务局、中国佛教协会，checklist 419）"
    out = []
    for colour, school in d.COLOUR_SCHOOLS.items():
        out.append(Item(fam, colour, [f"这座{colour}寺院有数百年历史。", f"{colour}僧人在寺内诵经。", f"{colour}的创始人生平展开展。"],
                        [f"这座{school}寺院有数百年历史。", f"{school}（俗称{colour}）的寺院有数百年历史。",
                         f"{colour[0]}教授讲解唐卡艺术。"]))
    return out


def halal_items() -> list[Item]:
    d = _own("content_political_designations")
    fam = "88 “清真”用于食品以外（清真泛化，checklist 420）"
    out = []
    goods = d.HALAL_GOODS.pattern.split("(?P<g>")[1].rstrip(")").replace("\n", "").replace("\\", "")
    for g in goods.split("|"):
        out.append(Item(fam, g, [f"市场上出现了清真{g}。", f"这家企业推出清真{g}。"],
                        [f"整治清真泛化，清理清真{g}等违规标识。", f"市场上出现了{g}。"]))
    out.append(Item(fam, "食品与清真寺", [], ["清真寺是文物保护单位。", "清真牛肉面是兰州的名片。", "清真食品企业通过认证。"]))
    return out


def demoted_state_items() -> list[Item]:
    fam = "89 我国承认的国家称“自治区”（外交部“国家和组织”，checklist 421）"
    out = [Item(fam, "巴勒斯坦", ["我市向巴勒斯坦自治区捐赠物资。", "巴勒斯坦自治地区的留学生来访。"],
                ["我市向巴勒斯坦捐赠物资。", "巴勒斯坦国驻华大使来访。", "1994年巴勒斯坦自治区成立。"])]
    out.append(Item(fam, "内蒙古自治区", [], ["内蒙古自治区人民政府召开常务会议。", "内蒙古自治区主席主持会议。"]))
    for state in ("叙利亚", "伊拉克", "也门", "黎巴嫩", "约旦", "索马里", "南苏丹"):
        out.append(Item(fam, state, [f"我市向{state}自治区捐赠物资。"],
                        [f"我市向{state}捐赠物资。", f"{state}库尔德自治区首府来访。" if state in ("伊拉克", "叙利亚") else
                         f"{state}政府代表团来访。"]))
    return out


def meaning_name_items() -> list[Item]:
    t = _own("content_political_territory")
    fam = "90 南海岛礁英文海图名的意译（发现礁、孟买礁……，territory_names.tsv 第二十五次会话一节，checklist 422）"
    text = (ROOT / "detectors" / "data" / "territory_names.tsv").read_text(encoding="utf-8").split("content-political25")[1]
    names = {line.split("\t")[1] for line in text.splitlines() if line.startswith("zh\t")}
    out = []
    for n in t.foreign_names():
        if n.kind == "zh" and n.name in names:
            out.append(Item(fam, n.name, [f"海军官兵在南海{n.name}附近巡逻。", f"渔民常在南海{n.name}一带作业。"],
                            [f"海军官兵在南海{n.standard}附近巡逻。", f"{n.standard}的英文旧称译作“{n.name}”。"]))
    out.append(Item(fam, "礁石", [], ["渔民在南海发现礁石附近有沉船。", "潜水员在西沙发现礁盘上的珊瑚。"]))
    return out


def hui_name_items() -> list[Item]:
    fam = "91 按“回”归类的民族旧称（东乡回、撒拉回、保安回、缠回，checklist 423）"
    words = {"东乡回": "东乡族", "撒拉回": "撒拉族", "保安回": "保安族", "缠回": "维吾尔族", "缠头回": "维吾尔族"}
    out = []
    for old, right in words.items():
        out.append(Item(fam, old, [f"{old}群众欢度传统节日。", f"{old}的传统手艺入选非遗名录。"],
                        [f"{right}群众欢度传统节日。", f"{right}旧称{old}，新中国成立后正式定名。"]))
    out.append(Item(fam, "动词“回”", [], ["他从东乡回兰州过年。", "小区保安回到岗位上。", "她到撒拉回访老乡。"]))
    return out


# ---- 92–98 (twenty-sixth session, content-political26): an organ given another organ's constitutional role, a local
# regime of ancient China given to a foreign state, the ethnic names the identification replaced, the war's start as an
# event of 1937 in any clause, the regions' passports as a state's, a religion's 族 in quotes, a leader's organ title one
# character off --------------------------------------------------------------------------------------------------------
# each constitutional role (宪法第三章) as the Constitution words it, and the kinds of organ that hold it
ORGAN_ROLES = (("最高国家权力机关", {"npc", "npcsc"}), ("国家立法机关", {"npc", "npcsc", "lpc"}),
               ("最高国家行政机关", {"gov"}), ("地方国家行政机关", {"gov", "lgov"}), ("地方国家权力机关", {"npc", "npcsc", "lpc"}),
               ("最高军事领导机关", {"cmc"}), ("国家的审判机关", {"spc", "court"}), ("国家的法律监督机关", {"spp", "proc"}),
               ("国家的监察机关", {"nsc"}), ("专门协商机构", {"cppcc"}))
ORGAN_POWERS = (("立法权", {"npc", "npcsc"}), ("审判权", {"spc", "court"}), ("检察权", {"spp", "proc"}), ("监察权", {"nsc"}))
STATE_ORGANS = {"npc": "全国人民代表大会", "npcsc": "全国人大常委会", "gov": "国务院", "cmc": "中央军事委员会",
                "nsc": "国家监察委员会", "spc": "最高人民法院", "court": "人民法院", "spp": "最高人民检察院",
                "proc": "人民检察院", "cppcc": "全国政协", "lpc": "地方各级人民代表大会", "lgov": "地方各级人民政府"}


def organ_role_items() -> list[Item]:
    fam = "92 国家机构的宪法地位与职权给了别的机构（宪法第三章，checklist 424）"
    out = []
    for role, holders in ORGAN_ROLES:
        item = Item(fam, role, [], [])
        for kind, organ in STATE_ORGANS.items():
            if kind in holders:
                item.right.append(f"{organ}是{role}。")
            elif not (kind in ("lpc", "lgov") and role.startswith("最高")):
                # (a local organ called the highest of its own kind is a matter of level, not of the organ's nature)
                item.wrong += [f"{organ}是{role}。", f"我国的{role}是{organ}。"]
        out.append(item)
    for power, holders in ORGAN_POWERS:
        item = Item(fam, f"行使{power}", [], [])
        for kind, organ in STATE_ORGANS.items():
            if (kind in ("lpc", "lgov", "cmc", "cppcc") and power != "立法权") or kind == "lpc":
                continue  # (the local organs', the commission's and the CPPCC's powers are other words; a local
                # congress makes 地方性法规 — 国家立法权 of it is a matter of level)
            (item.right if kind in holders else item.wrong).append(f"{organ}依法行使国家{power}。")
        out.append(item)
    out.append(Item(fam, "接着说另一机构的地位、批驳、判断题", [], [
        "国务院是最高国家权力机关的执行机关，是最高国家行政机关。", "全国人大常委会是全国人大的常设机关。",
        "地方各级人民政府是地方各级国家权力机关的执行机关。", "国务院不是立法机关，全国人大及其常委会行使国家立法权。",
        "判断题：国务院是最高立法机关。（×）", "有人误以为国务院是最高立法机关。",
        "国务院是最高立法机关吗？", "全国人大及其常委会是国家立法机关。", "国家监察委员会是最高监察机关。"]))
    return out


def ancient_regime_items() -> list[Item]:
    r = _own("content_political_regimes")
    fam = "93 我国古代地方政权归于外国（高句丽、渤海国、夫余、南诏，checklist 425）"
    out = []
    claims = {"高句丽": ("韩国", "朝鲜", "韩民族"), "渤海国": ("韩国", "朝鲜"), "夫余国": ("韩国",), "南诏国": ("泰国", "泰族")}
    for regime, states in claims.items():
        item = Item(fam, regime, [], [f"{regime}是{r.REGIMES[0 if regime != '南诏国' else 1][2]}。",
                                      f"{states[0]}游客到桓仁参观{regime}遗址。", f"{states[0]}学者主张{regime}属于本国历史，这是错误的。",
                                      f"所谓“{states[0]}古代的{regime}”是对历史的歪曲。"])
        for st in states:
            item.wrong += [f"{st}古代的{regime}留下了许多遗迹。", f"{regime}是{st}古代国家。", f"古代{st}的{regime}都城遗址。",
                           f"{regime}属于{st}历史。"]
        out.append(item)
    out.append(Item(fam, "朝鲜半岛的古代国家", [], ["高丽王朝是朝鲜半岛古代国家。", "韩国古代的新罗、百济留下了许多遗迹。",
                                               "高句丽与朝鲜半岛南部的新罗、百济并存。", "朝鲜族群众到五女山参观高句丽遗址。"]))
    return out


def renamed_people_items() -> list[Item]:
    fam = "94 民族识别更正前的民族旧称（满洲族、达呼尔、索伦、归化族、畏兀儿、黑斤，checklist 426）"
    words = {"满洲族": "满族", "达呼尔族": "达斡尔族", "索伦族": "鄂温克族", "归化族": "俄罗斯族", "畏兀儿族": "维吾尔族",
             "畏吾尔族": "维吾尔族", "黑斤人": "赫哲族"}
    out = []
    for old, right in words.items():
        out.append(Item(fam, old, [f"{old}群众欢度传统节日。", f"这里是{old}的发祥地，民俗风情浓郁。"],
                        [f"{right}群众欢度传统节日。", f"{right}旧称{old}，新中国成立后正式定名。"]))
    out.append(Item(fam, "同字的其他词", [], ["他翻阅了满洲族谱的影印本。", "清代满洲八旗驻防各地。", "索伦湖畔景色宜人。"]))
    return out


def war_start_items() -> list[Item]:
    fam = "95 抗日战争的开端写成 1937 年的事件（任何句式，checklist 427）"
    starts = ("卢沟桥事变", "七七事变", "1937年", "1937年7月7日")
    wars = ("抗日战争", "抗战", "中国人民抗日战争")
    out = []
    for st in starts:
        item = Item(fam, st, [], [f"始于{st}的全面抗战，是中华民族全民族抗战的开始。",
                                  f"始于九一八事变的十四年抗日战争，{st}后进入全面抗战。"])
        for w in wars:
            item.wrong += [f"始于{st}的{w}中，当地人民遭受了深重苦难。", f"以{st}为开端的{w}历时八年。",
                           f"从{st}开始的{w}，至1945年胜利结束。"]
            if "事变" in st:
                item.wrong += [f"{w}始于{st}。", f"{w}从{st}开始，历时八年。"]
        out.append(item)
    return out


def sar_passport_items() -> list[Item]:
    fam = "96 特区护照写成“香港护照”“澳门护照”（基本法第一百五十四条、第一百三十九条，checklist 428）"
    out = []
    for region in ("香港", "澳门"):
        out.append(Item(fam, region, [f"持{region}护照的来访人员须办理住宿登记。", f"{region}护照免签的国家和地区增至一百多个。",
                                      f"{region}居民护照遗失后可向入境事务部门申请补发。"],
                        [f"持{region}特区护照的来访人员须办理住宿登记。", f"{region}特别行政区护照免签的国家和地区增加。",
                         f"“{region}护照”的说法不规范，应称{region}特区护照。", f"内地居民赴{region}不需要护照，凭往来港澳通行证。"]))
    return out


def quoted_religion_items() -> list[Item]:
    fam = "97 引号中的“宗教族”（引号不等于批驳，checklist 430，补全第 410 条）"
    out = []
    for r in ("伊斯兰", "穆斯林", "佛教", "基督教"):
        out.append(Item(fam, r, [f"部分商户在宣传中使用“{r}族特色美食”等表述。", f"店招上写着“{r}族风味”。"],
                        [f"“{r}族”的说法是错误的，宗教不是民族。", f"不能把宗教和民族混为一谈，没有“{r}族”。"]))
    return out


def leader_title_slip_items() -> list[Item]:
    fam = "98 领导人姓名前本机构职务错一字（全国政协主任：错字层与机构职务规则同一改正，checklist 429）"
    swap = {"主席": "主任", "主任": "主席", "副主席": "副主任", "副主任": "副主席"}
    organs = ("全国政协", "中央军委", "国家监委", "国家监察委员会")
    out = []
    for line in (ROOT / "detectors" / "lexicons" / "leaders.txt").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) != 2:
            continue
        name = cols[0]
        for title in cols[1].split("|"):
            organ = next((o for o in organs if title.startswith(o)), None)
            rest = title[len(organ):] if organ else ""
            if organ and rest in swap:
                out.append(Item(fam, f"{name} {title}", [f"{organ}{swap[rest]}{name}主持召开会议。"],
                                [f"{title}{name}主持召开会议。"]))
    return out


# ---- 99–100. the twenty-seventh session (content-political27): typed readings — a region given a state's attribute,
# one of China's peoples given a tribe's or an indigenous people's attribute -------------------------------------------

# The State Council's ministries (国务院组成部门, 2023 机构改革) and the 14 部 of Taiwan's 行政院 (2023): the field of each,
# written before 部 / 部长. An inventory of its own, not the rule's field list.
STATE_COUNCIL_MINISTRY_FIELDS = ("外交", "国防", "教育", "科学技术", "科技", "工业和信息化", "工信", "公安", "国家安全", "民政",
                                 "司法", "财政", "人力资源和社会保障", "人社", "自然资源", "生态环境", "住房和城乡建设", "住建",
                                 "交通运输", "水利", "农业农村", "商务", "文化和旅游", "退役军人事务", "应急管理")
TAIWAN_MINISTRY_FIELDS = ("内政", "外交", "国防", "财政", "教育", "法务", "经济", "交通", "劳动", "卫生福利", "环境", "文化",
                          "数位发展", "农业")
REGION_FORMS = {"台湾": "tw", "台湾地区": "tw", "台湾当局": "tw", "香港": "sar", "澳门": "sar", "香港特区": "sar",
                "澳门特别行政区": "sar"}
REGION_FRAMES = ("{s}有关人员出席了交流活动。", "据{s}近日发布的消息，相关措施将作调整。", "论坛上，来自{s}的代表作了发言。")


def region_state_items() -> list[Item]:
    fam = ("99 地区被给予主权国家的属性：台湾、港澳 × 任一领域的部 / 部长、移民局、奥委会、国会、内阁、央行、自治区、港澳称省"
           "（checklist 431）")
    out = []
    fields = sorted(set(STATE_COUNCIL_MINISTRY_FIELDS) | set(TAIWAN_MINISTRY_FIELDS), key=len)
    bodies = ("移民局", "移民署", "国家移民管理局", "奥委会", "奥林匹克委员会", "国会", "内阁", "中央银行", "自治区")
    for region, kind in REGION_FORMS.items():
        attributes = [f"{f}部" for f in fields] + [f"{f}部长" for f in fields] + list(bodies) + (["省"] if kind == "sar" else [])
        for attribute in attributes:
            out.append(Item(fam, f"{region} {attribute}", [fr.format(s=f"{region}{attribute}") for fr in REGION_FRAMES]
                            + [f"{region}的{attribute}有关人员出席了交流活动。"], []))
    right = []
    # (台湾 + 国防 / 外交 / 国家安全 is wrong whatever follows — 台湾地区防务部门, 对外事务部门 —, 数位发展 and 卫生福利 are the
    # authorities' own terms, 文化部 and 农业部 the renamed 文化和旅游部 and 农业农村部: those fields have no right sentence
    # here; a quoted 所谓“台湾财政部” is family 20's, whose rule reads it)
    for f in (f for f in fields if f not in ("国防", "外交", "国家安全", "数位发展", "卫生福利", "文化", "农业")):
        right += [f"台湾地区{f}主管部门负责人出席了交流活动。", f"国务院{f}部长赴台湾考察。" if f in STATE_COUNCIL_MINISTRY_FIELDS
                  else f"台湾地区{f}事务主管部门发布消息。", f"台湾{f}部门发布的消息引起关注。",
                  f"{f}部与香港特区政府签署合作协议。", f"台湾{f}部分领域受到影响。"]
    right += ["中华台北奥委会派出队伍参赛。", "中国香港奥委会派出代表团参赛。", "中国澳门奥委会派出队伍参赛。",
              "香港特区入境事务处办理签注效率很高。", "台湾省是中国领土不可分割的一部分。", "美国驻香港总领事馆发布通知。",
              "香港特区政府教育局局长出席活动。", "香港特区政府财政司司长发表预算案。", "国务院台湾事务办公室发言人答记者问。",
              "香港国安法实施以来社会稳定。", "省港杯足球赛在香港举行。", "港澳台侨务工作会议召开。", "新疆维吾尔自治区代表团赴香港交流。",
              "香港中文大学体育部举办比赛。", "他在台湾经济部门工作过。", "香港立法会议员来访。", "台湾地区立法机构选举结果公布。"]
    out.append(Item(fam, "正确说法与同词的其他用法", [], right))
    return out


TRIBE_ATTRIBUTES = ("部落", "部族", "酋长", "土著", "原住民")


def people_tribe_items() -> list[Item]:
    fam = ("100 我国的民族被给予部落、土著的属性：56 个民族（全称、词干、词干 + 人，单说或列举）× 部落 / 部族 / 酋长 / 土著 / 原住民"
           "（checklist 432）")
    rows = [line.strip() for line in (ROOT / "detectors" / "data" / "ethnic_groups.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    names = [r.split()[0] for r in rows if r.split()[0] != "高山族"]
    plain_stems = {"蒙古", "朝鲜", "俄罗斯", "保安", "东乡", "塔吉克", "哈萨克", "乌孜别克"}  # a state's name or a common word
    out = []
    for name in names:
        stem = name[:-1] if len(name) >= 3 and name[:-1] not in plain_stems else None
        forms = [name] + ([stem, f"{stem}人"] if stem else [])
        wrong = []
        for form in forms:
            for attribute in TRIBE_ATTRIBUTES:
                wrong.append(f"如今{form}{attribute}依然保留着传统的生活方式。")
                if attribute in ("土著", "原住民"):
                    wrong.append(f"这里是{form}等{attribute}民族的家园。")
        other = "鄂温克族" if name != "鄂温克族" else "赫哲族"
        wrong += [f"这里是{forms[-1]}、{other}等土著民族世代生活的地方。"]
        out.append(Item(fam, name, wrong, [f"{name}世居在这里，保留着传统的生活方式。", f"古代{name}部落的遗址在这里发现。",
                                           f"{name}同胞欢度传统节日。", f"把{name}称为“土著”是错误的说法。"]))
    out.append(Item(fam, "外国的部落与同词的其他用法", [], [
        "美洲印第安部落保留地对外开放。", "澳大利亚土著居民的艺术展在京开幕。", "博客又称部落格。", "非洲某国部落酋长率团来访。",
        "古代鲜卑部落在此游牧。", "清代赫哲人的生活以渔猎为主。"]))
    return out


# the dissolved states (外交部 国家和组织), each with a place of today's successor state
DISSOLVED_STATES = {"苏联": "布拉戈维申斯克", "南斯拉夫": "贝尔格莱德", "捷克斯洛伐克": "布拉迪斯拉发", "民主德国": "莱比锡"}
PRESENT_FRAMES = ("站在江边，对岸的{s}城市{c}清晰可见，两地交流日趋活跃。", "如今，我市与{s}的经贸往来日益密切。",
                  "目前{s}游客来我市旅游的人数持续增长。", "近年来，{s}{c}与我市的合作不断深化。")
PAST_FRAMES = ("上世纪50年代，我市与{s}城市{c}开展了边境贸易；如今，两地的合作更加紧密。",
               "{s}解体后，当地的经济受到冲击，如今已逐步恢复。",
               "1950年代，{s}专家援建了这座工厂，如今它仍在生产。", "如今{s}已经不复存在。", "目前前{s}地区的局势总体稳定。",
               "这部反映{s}时期生活的电影如今在我市上映。")


def dissolved_state_items() -> list[Item]:
    fam = "101 已解体的国家被给予现在：苏联、南斯拉夫、捷克斯洛伐克、民主德国 × 现在时的句子（如今、目前、日趋、近年来；checklist 433）"
    return [Item(fam, state, [fr.format(s=state, c=city) for fr in PRESENT_FRAMES],
                 [fr.format(s=state, c=city) for fr in PAST_FRAMES]) for state, city in DISSOLVED_STATES.items()]


# ---- 102–103. the twenty-eighth session (content-political28): China's own territory given a disputed area's
# attribute; a quoted Taiwan body or one after 所谓 is the right use -------------------------------------------------

def _own_territory() -> list[str]:
    """The standard names of data/territory_names.tsv that name land (islands, reefs, shoals, regions) — an inventory
    read here on its own, not through the rule."""
    out = set()
    for line in (ROOT / "detectors" / "data" / "territory_names.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            for name in line.split("\t")[2].split("/"):
                name = name.strip()
                if name.endswith(("岛", "礁", "屿", "沙", "滩", "洲", "地区", "石", "群岛", "群礁")):
                    out.add(name)
    return sorted(out)


DISPUTE_FRAMES = ("{n}是争议地区，渔民作业须注意安全。", "海警船在{n}一带的争议区开展执法巡查。", "{n}的主权存在争议。",
                  "有争议的{n}附近出现外国船只。", "{n}归属未定，各方应保持克制。", "{n}等争端地区局势总体平稳。")
UNDISPUTED_FRAMES = ("{n}是中国固有领土，不存在争议。", "所谓“争议地区”{n}自古以来就是中国领土。", "外方妄称{n}是争议地区，我方严正驳斥。",
                     "中方在{n}问题上的立场是一贯的。", "我国对{n}拥有无可争辩的主权。", "{n}附近海域天气晴好，渔船有序作业。")


def territory_dispute_items() -> list[Item]:
    fam = "102 我国领土被给予争议地区的属性：领土名称表的每个岛礁、地区 × 争议地区 / 争议区 / 争端地区 / 有争议 / 主权未定（checklist 434）"
    out = [Item(fam, n, [fr.format(n=n) for fr in DISPUTE_FRAMES], [fr.format(n=n) for fr in UNDISPUTED_FRAMES])
           for n in _own_territory()]
    out.append(Item(fam, "争议的其他用法", [], [
        "南海有关争议应由直接当事方协商解决。", "这是一起有争议的判罚。", "珠穆朗玛峰的高度曾存在争议。",
        "中菲在仁爱礁问题上存在分歧。", "永兴岛有争议的建设项目已暂停。"]))
    return out


TW_QUOTED_BODIES = ("外交部", "国防部", "财政部", "教育部", "内政部", "经济部", "法务部", "交通部", "劳动部", "文化部", "农业部",
                    "卫生福利部", "数位发展部", "环境部")


def tw_quoted_body_items() -> list[Item]:
    fam = "103 台湾地区机构名称加引号或“所谓”是正确用法（台湾:机构规则同样读引号与所谓，checklist 435）"
    return [Item(fam, body, [f"台湾{body}近日发布报告。", f"台湾{body}长发表谈话。"],
                 [f"民进党当局所谓“台湾{body}”近日发布报告。", f"所谓台湾{body}近日发布报告。", f"“台湾{body}”近日发布报告。",
                  f"所谓“台湾{body}长”发表谈话。"]) for body in TW_QUOTED_BODIES]



def people_name_items() -> list[Item]:
    fam = "104 民族名称变形：词干 + 民族（维吾尔民族、土家民族）、“族”重复（苗族族同胞），56 个民族生成（checklist 436）"
    rows = [line.strip() for line in (ROOT / "detectors" / "data" / "ethnic_groups.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    names = [r.split()[0] for r in rows]
    plain_stems = {"蒙古", "朝鲜", "俄罗斯", "保安", "东乡", "高山", "塔吉克", "哈萨克", "乌孜别克"}  # a state's name or a common word
    out = []
    for name in names:
        stem = name[:-1] if len(name) >= 3 and name[:-1] not in plain_stems else None
        wrong = [f"{name}族同胞欢度传统节日。", f"这里是{name}族聚居区。"]
        if stem:
            wrong += [f"{stem}民族同胞欢度传统节日。", f"{stem}民族的传统文化源远流长。"]
        out.append(Item(fam, name, wrong, [f"{name}同胞欢度传统节日。", f"{name}民族服饰展示吸引了游客。",
                                           f"{name}族人聚在一起过节。", f"各民族同胞和{name}群众共庆佳节。"]))
    out.append(Item(fam, "民族的其他用法", [], ["铸牢中华民族共同体意识。", "少数民族同胞欢度节日。", "汉民族共同语是普通话的基础。",
                                           "藏民族优秀传统文化得到保护。", "“维吾尔民族”的说法不规范，应称维吾尔族。"]))
    return out


# ---- 105–112. the twenty-ninth session (content-political29): more typed readings over whole inventories ------------

def _province_levels() -> list[tuple[str, str]]:
    """(short name, full name) of every province-level region of data/divisions.tsv but Taiwan and the SARs."""
    out = []
    for line in (ROOT / "detectors" / "data" / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) < 2 or not cols[0].endswith("0000") or cols[1] in ("台湾省", "香港特别行政区", "澳门特别行政区"):
            continue
        name = cols[1]
        short = re.sub(r"(?:壮族|回族|维吾尔)?自治区$|省$|市$", "", name)
        out.append((short, name))
    return out


def division_kind_items() -> list[Item]:
    fam = ("105 省级行政区被给予不是它的区划类别：自治区、直辖市 × 省（省政府、省委、省长），省、直辖市 × 自治区，"
           "按行政区划代码全表（checklist 437）")
    out = []
    for short, name in _province_levels():
        wrong_kind = "自治区" if name.endswith("省") else "省"
        wrong = [f"{short}{wrong_kind}政府督查组来我市检查工作。", f"{short}{wrong_kind}的农产品销往全国。"]
        if wrong_kind == "省":
            wrong += [f"{short}省委召开专题会议。"]
        out.append(Item(fam, f"{short}{wrong_kind}", wrong, [
            f"{name}人民政府督查组来我市检查工作。", f"{short}等省级行政区的农产品销往全国。", f"“{short}{wrong_kind}”的说法是错误的。",
            f"民国时期{short}的行政区划几经变化。"]))
    out.append(Item(fam, "旧的区划类别写成历史与“省”的其他用法", [], [
        "1950年，新疆省人民政府成立。", "民国时期的宁夏省会设在银川。", "1957年的广西省档案已经整理完毕。", "在北京省钱又省力的出行方式。",
        "内蒙古省级机关开展节能行动。", "北京、河北等省市联合开展执法。"]))
    return out


EVENT_STEMS = {"九一八": "九一八事变", "七七": "七七事变", "卢沟桥": "卢沟桥事变", "一·二八": "一·二八事变", "八一三": "八一三事变",
               "西安": "西安事变", "皖南": "皖南事变", "华北": "华北事变", "榆关": "榆关事变", "通州": "通州事变", "福建": "福建事变",
               "两广": "两广事变", "马日": "马日事变", "四一二": "四一二反革命政变", "七一五": "七一五反革命政变"}
EVENT_WRONG = ("事件", "冲突", "事故", "纠纷", "摩擦", "争端", "风波")


def event_type_items() -> list[Item]:
    fam = ("106 近代史事件被给予不是它的类别词：名称以事变、政变结尾的事件 × 事件 / 冲突 / 事故 / 纠纷 / 摩擦 / 争端 / 风波；"
           "中日事变（checklist 438）")
    out = []
    for stem, right in EVENT_STEMS.items():
        wrong = [f"纪念馆讲述了1930年代{stem}{w}的历史。" for w in EVENT_WRONG]
        out.append(Item(fam, stem, wrong, [f"纪念馆讲述了{right}的历史。", f"所谓“{stem}事件”，实为{right}。",
                                           f"日方称为“{stem}事件”的，就是{right}。"]))
    out.append(Item(fam, "两国名称 + 事变", ["中日事变期间，当地百姓深受其害。", "华日事变爆发后，学校西迁。"],
                    ["全民族抗战从七七事变开始。", "日方所谓“支那事变”就是全面侵华战争。"]))
    out.append(Item(fam, "今天的同名地点", [], ["西安事件频发的路段已整改。", "福建冲突调解中心成立一周年。", "通州事故现场已清理。"]))
    return out


MAP_WORDS = ("地图", "示意图", "配图", "本图")
MAP_VERBS = ("未含", "没有标注", "漏绘了", "未包括", "缺少")
MAP_PARTS = ("南海诸岛", "钓鱼岛", "台湾岛", "藏南地区", "阿克赛钦", "南海断续线", "赤尾屿", "黄岩岛")


def map_omission_items() -> list[Item]:
    fam = ("107 地图缺漏我国领土：地图 / 示意图 / 配图 / 本图 × 未含 / 没有标注 / 漏绘 / 未包括 / 缺少 × 南海诸岛、钓鱼岛、台湾岛、"
           "藏南……（checklist 439）")
    out = []
    for part in MAP_PARTS:
        wrong = [f"这幅{m}{v}{part}，仅示意地形。" for m in MAP_WORDS for v in MAP_VERBS]
        out.append(Item(fam, part, wrong, [f"地图上不得漏绘{part}。", f"未含{part}的地图属于问题地图。", f"中国地图完整绘出了{part}。"]))
    out.append(Item(fam, "统计脚注与附图", [], ["图中统计数据未包括台湾省。", "全国数据不含香港、澳门和台湾。",
                                         "本图南海诸岛见右下角附图。"]))
    return out


def own_foreign_items() -> list[Item]:
    fam = "108 外国被说成我国 / 我省的：我国 / 我省 / 祖国 × 外交部国家名单的每个国家（checklist 440）"
    rows = [line for line in (ROOT / "detectors" / "lexicons" / "countries.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    # (斯威士兰 is the state's old name, read by its own rule wherever it stands: 埃斯瓦蒂尼 since 2018)
    states = sorted({n for r in rows for n in r.split()} - {"中国", "蒙古", "斯威士兰"})
    out = [Item(fam, st, [f"欢迎各位来到我国{st}。", f"我省{st}等地的游客持续增加。"],
                [f"我市{st}游客增长较快。", f"我国和{st}友好往来。", f"我省{st}留学生参加了活动。"]) for st in states if len(st) >= 2]
    out.append(Item(fam, "同形的民族与地理名称", [], ["我国朝鲜族同胞欢度节日。", "我国蒙古族群众喜迎那达慕。",
                                           "我国蒙古高原的气候干燥。"]))
    return out


def family_name_items() -> list[Item]:
    fam = "109 民族口语称呼“×家”加“族”：壮、瑶、侗、水、彝、傣、畲、羌、佤、怒 × 家族 + 村寨、同胞……（checklist 441）"
    out = []
    for stem in "壮瑶侗水彝傣畲羌佤怒":
        out.append(Item(fam, f"{stem}家族", [f"{stem}家族村寨举办文化节。", f"{stem}家族同胞欢度节日。"],
                        [f"{stem}家儿女唱起了山歌。", f"{stem}族群众欢度节日。"]))
    out.append(Item(fam, "家族的其他用法", [], ["补水家族的新品上市了。", "土家族群众欢度节日。", "苗家族谱记载了迁徙经过。",
                                         "黎家族人聚会。"]))
    return out


TW_STATE_SYMBOLS = ("宪法", "国旗", "国歌", "国徽", "国号", "国籍", "首都", "元首")


def tw_symbol_items() -> list[Item]:
    fam = "110 台湾被给予国家的宪法与象征：宪法、国旗、国歌、国徽、国号、国籍、首都、元首（checklist 442）"
    out = [Item(fam, sym, [f"台湾{sym}相关内容引起关注。", f"台湾地区的{sym}相关内容引起关注。", f"台湾当局{sym}相关内容引起关注。"],
                # (the quoted name whole — 所谓“台湾国旗” — is still flagged by political.tsv's own rows: left for the next round)
                [f"台湾地区“{sym}”相关内容引起关注。", f"台湾当局所谓的“{sym}”相关内容引起关注。"]) for sym in TW_STATE_SYMBOLS]
    out.append(Item(fam, "港澳与宪法", [], ["香港的宪法和基本法教育不断加强。", "国家宪法日，香港各界举行活动。",
                                       "依照台湾地区有关规定，选举每四年举行一次。"]))
    return out


OTHER_HEAD_TITLES = ("总法官", "首席法官", "总检察官", "首席检察官", "检察总长", "总检察长", "首相", "总统", "总长")


def other_head_title_items() -> list[Item]:
    fam = ("111 机构被给予其他制度的首长职务：state_offices.txt 的每个 organ 行 × 总法官、首席法官、总检察官、检察总长、首相、"
           "总统、总长（checklist 443）")
    out = []
    for line in (ROOT / "detectors" / "lexicons" / "state_offices.txt").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not line.startswith("organ\t") or len(cols) < 3:
            continue
        organ, titles = cols[1].split("|")[0], set(cols[2].split("|"))
        wrong = [f"{organ}{t}出席了会议。" for t in OTHER_HEAD_TITLES if t not in titles]
        out.append(Item(fam, organ, wrong, [f"{organ}{t}出席了会议。" for t in sorted(titles)][:3]))
    return out


def compressed_formula_items() -> list[Item]:
    fam = "112 提法的压缩写法（项内省去“的”）与“三个代表”“四个不摘”的顺序（checklist 444）"
    three = ("代表先进生产力发展要求", "代表先进文化前进方向", "代表最广大人民根本利益")
    four = ("摘帽不摘责任", "摘帽不摘政策", "摘帽不摘帮扶", "摘帽不摘监管")
    wrong, right = [], []
    for order in itertools.permutations(range(3)):
        (right if list(order) == sorted(order) else wrong).append("党始终" + "、".join(three[i] for i in order) + "。")
    for order in itertools.permutations(range(4)):
        if order[2:] == (2, 3):
            (right if list(order) == sorted(order) else wrong).append("坚持" + "、".join(four[i] for i in order) + "。")
    return [Item(fam, "三个代表 / 四个不摘", wrong, right)]


# ---- content-political31 (checklist 445–457) ----------------------------------------------------------------------

def fused_head_items() -> list[Item]:
    fam = ("113 委员会的名称把“会”换成首长的“长”（国家监察委员长）：state_offices.txt 每个以委员会结尾、首长不是委员长的 "
           "organ / body 写法；"
           "最高法院、最高检察院冠“国家”“中央”（checklist 445、446）")
    out = []
    for line in (ROOT / "detectors" / "lexicons" / "state_offices.txt").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if not line.startswith(("organ\t", "body\t")) or len(cols) < 3 or "委员长" in cols[2].split("|"):
            continue
        head = cols[2].split("|")[0]
        for form in cols[1].split("|"):
            if form.endswith("委员会"):
                out.append(Item(fam, form, [f"{form[:-1]}长出席了会议。", f"{form[:-1]}长在会上讲话。"],
                                [f"{form}{head}出席了会议。", f"{form}委员出席了会议。"]))
    for wrong, right in (("国家检察院", "最高人民检察院"), ("中央检察院", "最高人民检察院"), ("国家法院", "最高人民法院"),
                         ("中央法院", "最高人民法院"), ("国家人民法院", "最高人民法院"), ("国家人民检察院", "最高人民检察院")):
        out.append(Item(fam, wrong, [f"{wrong}发布了典型案例。"], [f"{right}发布了典型案例。", f"法国{wrong}作出了裁决。"]))
    out.append(Item(fam, "全国法院与全国检察机关", [], ["全国法院系统开展集中执行。", "全国检察机关部署专项监督。",
                                              "全国人民代表大会常务委员会委员长主持会议。"]))
    return out


def renamed_merged_items() -> list[Item]:
    fam = ("114 外国国名的旧称与已并入他国的旧国名：蒙古人民共和国（1992）、缅甸联邦（2011）、锡金王国 / 锡金（1975 并入印度）"
           "（checklist 447）")
    rows = (("蒙古人民共和国", "蒙古国", 1992), ("缅甸联邦", "缅甸联邦共和国", 2011), ("锡金王国", "印度锡金邦", 1975))
    out = [Item(fam, old, [f"代表团访问了{old}。", f"{old}的风光吸引了游客。"],
                [f"代表团访问了{new}。", f"{year - 10}年，代表团访问了{old}。", f"{old}是{new}的旧称。"]) for old, new, year in rows]
    out.append(Item(fam, "锡金（国家才有的词前）", ["锡金政府发布了旅游公告。", "代表团出访锡金。"],
                    ["锡金邦政府发布了旅游公告。", "锡金的茶园吸引了游客。"]))
    return out


def old_name_more_items() -> list[Item]:
    fam = "115 政务院 1951 年指示废止的其他旧称：番僧、番民、番人、鞑子，回回作民族名称（checklist 448）"
    out = [Item(fam, old, [f"这里的{old}世代放牧。", f"{old}聚居的村庄通了公路。"],
                [f"史书记载，当时称为{old}。", f"“{old}”是旧社会的蔑称。"]) for old in ("番僧", "番民", "番人", "鞑子")]
    out.append(Item(fam, "回回", ["回回群众欢度开斋节。", "回回村新建了卫生室。", "社区里回回聚居。"],
                    ["他回回都第一个到岗。", "元代回回炮威力巨大。", "史书记载，当时称回族为回回。", "回回历是元代的历法。"]))
    return out


def nation_religion_items() -> list[Item]:
    fam = "116 民族被当作宗教：data/ethnic_groups.txt 的 56 个民族 × 教（回族教）（checklist 449）"
    names = [line.strip() for line in (ROOT / "detectors" / "data" / "ethnic_groups.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return [Item(fam, n, [f"关于{n}教的讲座在社区举行。", f"尊重{n}教的饮食禁忌。"],
                 [f"{n}教师扎根基层三十年。", f"{n}教育事业发展迅速。", f"不能把宗教称为“{n}教”。"]) for n in names]


def compatriot_short_items() -> list[Item]:
    fam = "117 港澳台同胞的简称被算作外国人：港籍 / 台籍 × 外宾、外国人……；外籍 / 外国 × 港人、台胞、同胞、居民（checklist 450）"
    out = []
    for who in ("港籍", "台籍", "香港籍", "台湾籍"):
        out.append(Item(fam, who, [f"论坛邀请了{who}外宾。", f"{who}外国专家参加了研讨。", f"{who}外国人参观了展览。"],
                        [f"{who}人士参加了研讨。", f"{who}人士和外籍人士分别登记。"]))
    for who in ("港人", "台胞", "港澳同胞", "台湾同胞", "香港居民", "澳门居民"):
        out.append(Item(fam, who, [f"全市外籍{who}创办企业20家。"], [f"全市{who}和外籍人士创办企业20家。"]))
    out.append(Item(fam, "澳籍（澳大利亚籍）", [], ["澳籍外宾参观了牧场。", "澳籍外国专家参加了研讨。"]))
    return out


def strait_two_states_items() -> list[Item]:
    fam = "118 台海两岸称两国（checklist 451）"
    return [Item(fam, "台海", ["台海两国的渔民常年往来。", "台海两个国家的渔民常年往来。"],
                 ["台海两岸的渔民常年往来。", "台海局势与中美两国关系密切相关。", "台海局势牵动中日两国。"])]


def tw_institution_items() -> list[Item]:
    fam = ("119 台湾被给予奥运代表团、以国家名义的故宫博物院与中央研究院（中华台北奥运代表团、台北故宫博物院、台湾“中央研究院”）"
           "（checklist 452）")
    out = []
    for attr in ("奥运代表团", "奥运会代表团", "奥运会代表队", "故宫博物院", "故宫", "中央研究院", "中研院"):
        wrong = [f"台湾{attr}发布了消息。", f"台湾地区的{attr}发布了消息。"]
        if attr.startswith(("故宫", "中")):
            wrong.append(f"学者赴台湾{attr}交流。")
        out.append(Item(fam, attr, wrong, [f"台湾地区“{attr}”发布了消息。", f"所谓台湾{attr}发布了消息。"]))
    # (中华台北 outside a team's name is read by its own rule, checklist 68: not a right sentence here)
    out.append(Item(fam, "正确名称", [], ["展览在台北故宫博物院举行。", "台湾同胞参观了北京故宫博物院。", "台湾“中央研究院”发布报告。"]))
    return out


def island_short_state_items() -> list[Item]:
    fam = ("120 四大群岛的简称 × 争议；省级行政区（data/divisions.tsv 全部简称与港澳）× 国（西藏国）（checklist 453、454）")
    out = [Item(fam, f"{g}争议", [f"考察船在{g}争议海域作业。", f"{g}是有争议的岛礁。"],
                [f"考察船在{g}群岛海域作业。", f"所谓“{g}争议海域”是别国炒作。"]) for g in ("南沙", "西沙", "中沙", "东沙")]
    shorts = []
    for line in (ROOT / "detectors" / "data" / "divisions.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0].endswith("0000") and not line.startswith("#") and cols[1] != "台湾省":
            name = cols[1]
            short = re.sub(r"(?:壮族|回族|维吾尔)?自治区$|省$|市$|特别行政区$", "", name)
            if short != name:
                shorts.append(short)
    for short in sorted(set(shorts) | {"香港", "澳门"}):
        out.append(Item(fam, f"{short}国", [f"有商家销售印有“{short}国”字样的商品。", f"境外组织自称{short}国政府。"],
                        [f"所谓“{short}国”是分裂势力的捏造。", f"{short}国际旅游节开幕。", f"{short}国民经济持续增长。"]))
    return out


def quoted_map_title_items() -> list[Item]:
    fam = "121 引号里的地图名称本身缺漏领土（“中国地图（不含台湾）”）（checklist 455）"
    return [Item(fam, part, [f"课件里的“中国地图（未含{part}）”可以下载。", f"教室挂着“中国地图（不含{part}）”。"],
                 [f"“不含{part}”的地图属于问题地图。", f"所谓“中国地图（不含{part}）”已被下架。"])
            for part in ("台湾", "南海诸岛", "钓鱼岛", "台湾岛", "藏南地区")]


def halves_items() -> list[Item]:
    fam = "122 党政军民学、东西南北中两部分颠倒（checklist 456）"
    return [Item(fam, "党政军民学，东西南北中", ["东西南北中，党政军民学，党是领导一切的。", "东西南北中、党政军民学，党是领导一切的。"],
                 ["党政军民学，东西南北中，党是领导一切的。"])]


def dynasty_invasion_items() -> list[Item]:
    fam = "123 中国历史上的王朝、政权被说成“入侵”中国：元、清、辽、金、西夏 × 入侵 / 侵略 / 侵占 × 中原 / 中国 / 关内（checklist 457）"
    out = []
    for d in ("元朝", "元军", "清朝", "清军", "满清", "辽军", "金兵", "西夏"):
        out.append(Item(fam, d, [f"{d}{v}{o}以后，这里设立了驿站。" for v in ("入侵", "侵略", "侵占") for o in ("中原", "中国", "关内")],
                        # (满清 is itself a wording the Xinhua list retires: no right sentence with it)
                        [] if d == "满清" else [f"有人把{d}南下说成“入侵中原”，这是错误的。", f"{d}南下以后，这里设立了驿站。"]))
    out.append(Item(fam, "外国入侵", [], ["日军入侵中国东北。", "英军侵略中国沿海。", "清军入关后定都北京。"]))
    return out


# ---- 124–135: content-political33 — relations read over whole inventories (checklist 458–470) -----------------------

def tw_diplomacy_items() -> list[Item]:
    fam = "124 台湾与外国（简称对、全称）× 外交 / 邦交 / 建交 / 断交 / 复交（checklist 458）"
    STATE_ABBR = _own("content_political_relations").STATE_ABBR
    rels = ("外交", "邦交", "建交", "断交", "复交", "外交关系")
    out = []
    for c in STATE_ABBR:
        out.append(Item(fam, f"{c}台 / 台{c}",
                        [f"有人鼓吹{p}{r}，妄图谋“独”。" for p in (f"{c}台", f"台{c}") for r in rels],
                        [f"有人鼓吹{p}所谓“{r}”，妄图谋“独”。" for p in (f"{c}台",) for r in ("外交", "邦交")]
                        + [f"{c}台经贸往来增加。"]))
    for state in ("日本", "美国", "巴拉圭", "梵蒂冈", "危地马拉", "英国"):
        out.append(Item(fam, f"台湾与{state}",
                        [f"台湾与{state}的{r}受到关注。" for r in rels] + [f"台湾当局和{state}{r}。" for r in ("建交", "断交")],
                        [f"台湾与{state}的所谓“外交关系”受到关注。", f"中国与{state}建交。"]))
    return out


def hmt_abroad_items() -> list[Item]:
    fam = "125 往来港澳台称“出国”“出访”（checklist 459）"
    out = []
    for dest in ("赴台", "赴港", "赴澳", "赴港澳", "赴台湾", "赴香港", "赴澳门", "前往台湾", "前往香港", "到澳门", "去台湾"):
        out.append(Item(fam, dest, [f"一批青年{dest}出国研学。", f"代表团{dest}出访交流。"],
                        [f"办理{dest}、出国手续。", f"一批青年{dest}研学交流。"]))
    out.append(Item(fam, "出国到", [f"他们出国到{d}参观。" for d in ("台湾", "香港", "澳门")], ["他们出国到日本参观。"]))
    return out


def title_order_items() -> list[Item]:
    fam = "126 领导人职务的顺序：党内职务在前，国家主席在军委主席前（checklist 460）"
    party = ("中共中央总书记", "总书记", "中共中央政治局常委", "中央政治局委员", "中央书记处书记")
    state = ("国家主席", "国家副主席", "国务院总理", "国务院副总理", "国务委员", "全国人大常委会委员长", "全国政协主席",
             "中央军委副主席", "全国人大常委会副委员长", "全国政协副主席")
    out = []
    for s_ in state:
        out.append(Item(fam, s_, [f"{s_}、{p}张某某出席会议。" for p in party],
                        [f"{p}、{s_}张某某出席会议。" for p in party]))
    out.append(Item(fam, "军委主席在国家主席前", ["中共中央总书记、中央军委主席、国家主席习近平签署命令。"],
                    ["中共中央总书记、国家主席、中央军委主席习近平签署命令。"]))
    return out


def conflict_name_items() -> list[Item]:
    fam = "127 当前的地区冲突称“战争”（外交部称谓：乌克兰危机、巴以冲突、黎以冲突、以伊冲突、印巴冲突、泰柬边境冲突；checklist 461）"
    CONFLICTS = _own("content_political_relations").CONFLICTS
    out = []
    for pair in CONFLICTS:
        out.append(Item(fam, pair, [f"受{pair}战争影响，油价波动。", f"{pair}大战牵动各方。"],
                        [f"受{pair}冲突影响，油价波动。", f"西方媒体所谓的“{pair}战争”说法并不准确。"]))
    out.append(Item(fam, "印巴历史", [], ["1971年第三次印巴战争结束。", "第一次中东战争爆发。"]))
    return out


def sar_head_items() -> list[Item]:
    fam = "128 特别行政区首长称“特区首长”“特区首脑”（checklist 462）"
    out = []
    for sar in ("香港特区", "澳门特区", "香港特别行政区", "澳门特别行政区", "香港特区政府", "澳门特区政府"):
        out.append(Item(fam, sar, [f"{sar}{t}率团来访。" for t in ("首长", "首脑", "最高首长")],
                        [f"行政长官是{sar}的首长。", f"{sar.replace('政府', '')}行政长官率团来访。",
                         f"{sar}政府的首长是行政长官。"]))
    return out


def stem_slur_items() -> list[Item]:
    fam = "129 民族单字词干 + 蛮 / 子（政务院 1951 年指示；checklist 463）"
    out = []
    for stem in _own("content_political_relations")._one_char_stems():
        out.append(Item(fam, stem, [f"戏里唱的是征伐{stem}蛮的故事。", f"跟着{stem}子姑娘学绣花。"],
                        [f"跟着{stem}族姑娘学绣花。", f"旧时对{stem}族有“{stem}蛮”等蔑称，今天不再使用。"]))
    out.append(Item(fam, "苗子（幼苗）", [], ["苗圃培育了一批好苗子。", "树苗蛮多的。", "学界所说的苗蛮集团。"]))
    return out


def mainland_map_items() -> list[Item]:
    fam = "130 国家地图称“中国大陆地图”（checklist 464）"
    return [Item(fam, w, [f"教室张贴的中国大陆{w}已更换。"], [f"教室张贴的中国{w}已更换。"])
            for w in ("地图", "全图", "版图", "政区图", "行政区划图")]


def period_name_items() -> list[Item]:
    fam = "131 三年困难时期称“三年自然灾害”“三年大饥荒”（checklist 465）"
    return [Item(fam, w, [f"在{w}期间，气象工作者坚持观测。", f"{w}时期的历史资料。"],
                 ["在三年困难时期，气象工作者坚持观测。", f"“{w}”的说法已改称三年困难时期。"])
            for w in ("三年自然灾害", "三年大饥荒")]


def country_including_items() -> list[Item]:
    fam = "132 “国家”之下含港澳台：境外国家（含港澳台）（checklist 466）"
    out = []
    for cls in ("境外国家", "外国国家", "其他国家", "周边国家", "有关国家"):
        out.append(Item(fam, cls, [f"{cls}（含{h}）人员须提前报备。" for h in ("港澳台", "香港", "台湾", "澳门")],
                        [f"{cls}和地区（含{h}）人员须提前报备。" for h in ("港澳台", "香港")]))
    return out


def member_count_items() -> list[Item]:
    fam = "133 成员含港澳台的国际组织以“国家”计数（checklist 467）"
    out = []
    for body in ("APEC", "亚太经合组织", "WTO", "世贸组织", "世界贸易组织", "亚洲开发银行"):
        out.append(Item(fam, body, [f"{body}21个国家的代表参观展示中心。", f"{body}成员国代表参观展示中心。"],
                        [f"{body}21个成员经济体的代表参观展示中心。", f"{body}164个国家和地区的代表参观展示中心。"]))
    return out


def compound_foreign_items() -> list[Item]:
    fam = "134 “港澳台”紧接外籍 / 外国人员（checklist 468）"
    out = []
    for hmt in ("港澳台", "台港澳"):
        out.append(Item(fam, hmt, [f"向{hmt}{w}发放安全提示卡。" for w in ("外籍人员", "外籍人士", "外国人", "外国游客", "外籍专家")],
                        [f"向{hmt}及外籍人员发放安全提示卡。", f"向{hmt}和外国游客发放安全提示卡。", "香港外籍人士参加活动。"]))
    return out


def generated_nonorgan_items() -> list[Item]:
    fam = "135 “国家”冠党中央机构、机构简称与首长职务连写（国家中央军委、最高检察长；checklist 469）"
    o = _own("content_political_general").offices()
    out = []
    for alias, right in sorted(o.nonorgans.items()):
        if alias.startswith("国家中央") or (alias.endswith("长") and not alias.endswith("委员长") and not alias.endswith("院长")):
            out.append(Item(fam, alias, [f"{alias}日前作出部署。"], [f"{right}日前作出部署。"]))
    out.append(Item(fam, "中央和国家机关", [], ["中央和国家机关工委召开会议。", "外交部长王毅会见来宾。"]))
    return out


def bare_renamed_items() -> list[Item]:
    fam = "136 已更名的地方机构名须是一个具体机构（县环保局）；单说“环保局”是日常用语（checklist 470）"
    out = []
    for old in ("环保局", "国土局", "物价局", "人事局"):
        out.append(Item(fam, old, [f"县{old}开展执法检查。", f"铜仁{old}开展执法检查。", f"我市{old}开展执法检查。"],
                        [f"今日份摸鱼：{old}的猫又睡着了。", f"原县{old}办公楼改造完成。"]))
    return out



def tw_state_term_items() -> list[Item]:
    fam = "137 political.tsv 中给台湾国家属性的词条：前有“所谓”是正确用法，只加引号仍报（checklist 471）"
    out = []
    for term in ("台湾国旗", "台湾国歌", "台湾首都", "台湾国", "台湾总统", "台湾政府"):
        out.append(Item(fam, term, [f"活动现场竟出现{term}字样。", f"昨日推文提到“{term}”。"],
                        [f"活动现场竟出现所谓“{term}”字样。", f"活动现场竟出现所谓{term}字样。"]))
    out.append(Item(fam, "台湾国民党", ["展板竟写着所谓“台湾国民党”。"], []))
    return out


# ---- 138–146: content-political34 — religions, formulations, movements, conquest, 所谓's scope (checklist 472–480) --

def _faiths() -> list[str]:
    return _own("content_political_faiths").FAITHS.split("|")


def faith_people_items() -> list[Item]:
    fam = "138 宗教或信徒 + “民族”：宗教不是民族（checklist 472）"
    out = []
    for f in _faiths():
        # (回教, 喇嘛教 are themselves retired names — Xinhua list — so no right sentence uses them)
        retired = f in ("回教", "喇嘛教")
        out.append(Item(fam, f, [f"这里居住着多个{f}民族，生活习俗各有特点。"],
                        [] if retired else [f"这里居住着多个民族，{f}在当地有悠久历史。", f"“{f}民族”的说法混淆了宗教和民族。"]))
    out.append(Item(fam, "民族宗教工作", [], ["伊斯兰教民族宗教工作会议召开。", "信仰伊斯兰教的民族有十个。"]))
    return out


def faith_terror_items() -> list[Item]:
    fam = "139 宗教或信徒 + 恐怖主义 / 极端主义：不把恐怖主义同特定宗教挂钩（checklist 473）"
    out = []
    terror = _own("content_political_faiths").TERROR.split("|")
    for f in _faiths():
        out.append(Item(fam, f, [f"警方通报了一起{f}{t}案件。" for t in terror[:3] + ["极端主义"]],
                        [] if f in ("回教", "喇嘛教") else [f"反对把恐怖主义同{f}挂钩。", "警方通报了一起暴力恐怖主义案件。"]))
    out.append(Item(fam, "伊斯兰国", [], ["国际社会打击“伊斯兰国”恐怖组织。", "打击宗教极端主义。"]))
    return out


def faith_food_items() -> list[Item]:
    fam = "140 以宗教或信徒命名清真食品和餐饮（checklist 474）"
    out = []
    foods = _own("content_political_faiths").FOOD.split("|")
    for f in ("穆斯林", "伊斯兰", "伊斯兰教", "回教"):
        out.append(Item(fam, f, [f"检查组抽查了3家{f}{food}。" for food in foods[:8]],
                        [f"检查组抽查了3家清真{food}。" for food in foods[:4]] + ([] if f == "回教" else [f"{f}群众过节。"])))
    return out


def formula_slot_items() -> list[Item]:
    fam = "141 规范提法的关键词被替换或省略：中华民族 → 各民族、中国化 → 本土化、省去“人民”（formal_terms.txt 全表；checklist 475）"
    variants = _own("content_political_faiths").formula_variants()
    out = []
    for wrong, right in sorted(variants.items()):
        out.append(Item(fam, wrong, [f"全体干部认真学习{wrong}的重要内容。"],
                        [f"全体干部认真学习{right}的重要内容。", f"“{wrong}”的说法不规范，应为“{right}”。"]))
    out.append(Item(fam, "正确用法", [], ["促进各民族交往交流交融。", "最高法院发布典型案例。", "全国人民代表大会开幕。",
                                       "各民族共同团结奋斗、共同繁荣发展。", "人民代表大会制度。"]))
    return out


def movement_items() -> list[Item]:
    fam = "142 我国不列为恐怖组织的武装派别称“恐怖组织”，阿富汗临时政府称“塔利班政府”（checklist 476）"
    out = []
    for name in ("哈马斯", "真主党", "胡塞武装"):
        out.append(Item(fam, name, [f"恐怖组织{name}宣布停火。", f"{name}恐怖组织宣布停火。"],
                        [f"{name}宣布停火。", f"以色列称{name}为恐怖组织。", f"美国将{name}列为恐怖组织。"]))
    out.append(Item(fam, "塔利班", ["塔利班政府代表团访问中亚。", "塔利班政权宣布新规定。"],
                    ["阿富汗临时政府代表团访问中亚。", "阿富汗塔利班发言人表示。"]))
    return out


def dynasty_conquest_items() -> list[Item]:
    fam = "143 中国历史上的王朝 × 征服 / 吞并 / 入侵 × 今天的省级行政区（checklist 477）"
    regions = ("新疆", "西藏", "云南", "台湾", "四川", "内蒙古", "青海", "西域")
    out = []
    for d in ("清朝", "清军", "元朝", "元军", "金军", "辽国"):
        out.append(Item(fam, d, [f"{d}{v}{r}以后，设立了驻防机构。" for v in ("征服", "吞并") for r in regions],
                        [f"{d}统一{r}以后，设立了驻防机构。" for r in regions[:3]]))
    out.append(Item(fam, "外国入侵", [], ["阿古柏入侵新疆。", "清朝征服准噶尔部的说法见于旧史书。", "英军入侵西藏。"]))
    return out


def order_more_items() -> list[Item]:
    fam = "144 边疆治理方略的顺序与“党和国家”“党和政府”的先后（checklist 478）"
    out = [Item(fam, "治疆方略", ["持续推进团结稳疆、依法治疆。", "坚持文化润疆、依法治疆、团结稳疆。"],
                ["持续推进依法治疆、团结稳疆。", "坚持依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆。"]),
           Item(fam, "治藏方略", ["坚持富民兴藏、依法治藏、长期建藏。"], ["坚持依法治藏、富民兴藏、长期建藏。"])]
    for noun in ("领导人", "机构", "事业", "关怀"):
        out.append(Item(fam, f"党和国家{noun}", [f"认真学习了国家和党的{noun}。", f"感谢政府和党的{noun}。"],
                        [f"认真学习了党和国家{noun}。", f"感谢党和政府的{noun}。"]))
    return out


def so_called_other_items() -> list[Item]:
    fam = "145 “所谓”只管它后面带引号的词：同一句里别的错误说法照报（checklist 479）"
    out = []
    for wrong in ("台北政府", "台湾国防部", "中华民国政府"):
        out.append(Item(fam, wrong, [f"{wrong}近日又以所谓“安全”为由限制两岸交流。"],
                        [f"所谓“{wrong}”近日又限制两岸交流。", "台湾当局近日又以所谓“安全”为由限制两岸交流。"]))
    return out


def strait_sea_items() -> list[Item]:
    fam = "146 “海峡”单说指台湾海峡：海峡两国（checklist 480）"
    return [Item(fam, "海峡两国", ["海峡两国青年共赴帕米尔之约。", "海峡两国同胞血浓于水。"],
                 ["海峡两岸青年共赴帕米尔之约。", "英吉利海峡两国合作修建隧道。"])]


# ---- 147–152. content-political36: this session's structural readings over whole inventories ---------------------------


def numbered_count_items() -> list[Item]:
    """147: every numbered formulation of ordered_formulas.txt of three items or more (N个 / N项 … in its name, items
    without an inner 、; a two-item formulation with one item written is not an enumeration)
    written with its label and one member left out, and with the label's numeral one more than its count; the full
    enumeration is right."""
    from detectors.content_political_counts import LABEL, _number
    from detectors.content_political_order import inventory

    fam = "147 编号提法的项数与列举不符：缺项、标签数字不符（checklist 498）"
    out, seen = [], set()
    for v in inventory().versions:
        m = LABEL.match(v.name + "：")
        if not m or _number(m.group("num")) != len(v.items) or v.name in seen or any("、" in i for i in v.items) \
                or len(v.items) < 3:
            continue
        seen.add(v.name)
        digits = "一二三四五六七八九十"
        more = digits[len(v.items)] if len(v.items) < 10 else None
        wrong = [f"会议要求牢记“{v.name}”：{'、'.join(v.items[:-1])}。"]
        if more:
            wrong.append(f"会议要求牢记“{more}{v.name[len(m.group('num')):]}”：{'、'.join(v.items)}。")
        out.append(Item(fam, v.name, wrong, [f"会议要求牢记“{v.name}”：{'、'.join(v.items)}。",
                                              f"会议要求牢记“{v.name}”，{'、'.join(v.items[:-1])}等方面都有进展。"]))
    return out


def organ_variant_items() -> list[Item]:
    """148: every organ name generated with one element changed (kind word swapped, an inner word dropped, a standing
    committee fused with its head's title); the right name of each is right."""
    from detectors.content_political_general import offices

    fam = "148 中央机构名称改了一个成分：机构类别词、中间一个词、常委会与职务连写（checklist 500）"
    o = offices()
    out = []
    for form, right in sorted(o.nonorgans.items()):
        if not re.search(r"(院|局|署|部|厅|委员会|委员长|常委长)$", form) or form.startswith("国家中央"):
            continue
        organ = re.sub(r"(委员长|副委员长)$", "", right) if right.endswith("委员长") and not form.endswith("委员会") else right
        out.append(Item(fam, form, [f"{form}近日通报了一批典型问题。"], [f"{organ}近日通报了一批典型问题。"]))
    return out


def branch_group_items() -> list[Item]:
    fam = "149 民族识别归入某一民族的族群称“族”，疍家人的旧蔑称（checklist 501）"
    groups = ("临高", "回辉", "疍家", "克木", "图瓦", "艾努", "嘉绒", "布芒")
    out = [Item(fam, f"{g}族", [f"{g}族的传统技艺被列入非遗名录。", f"当地{g}族群众欢度节日。"],
                [f"{g}人的传统技艺被列入非遗名录。"]) for g in groups]
    out.append(Item(fam, "蛋民", ["港湾里的蛋民世代以打鱼为生。"], ["港湾里的疍家人世代以打鱼为生。", "鸡蛋民生价格保持稳定。"]))
    return out


def hmt_form_items() -> list[Item]:
    fam = "150 港澳台的简称与合称、单个地区的留学生、组织成员国的计数（checklist 502、503）"
    out = []
    for short in ("港", "港澳", "港澳台", "台"):
        out.append(Item(fam, f"中国游客赴{short}", [f"今年中国游客赴{short}旅游人次稳步回升。"],
                        [f"今年内地游客赴{short}旅游人次稳步回升。" if short != "台" else "今年大陆游客赴台旅游人次回升。"]))
    for region in ("香港", "澳门", "港澳", "台湾"):
        for what in ("航线", "航班"):
            out.append(Item(fam, f"{region}国际{what}", [f"机场新开通多条{region}国际{what}。"],
                            [f"机场新开通多条{region}地区{what}。"]))
    for region in ("香港", "澳门", "台湾"):
        out.append(Item(fam, f"{region}留学生", [f"学校今年迎来了20名{region}留学生。"],
                        [f"学校今年迎来了20名{region}学生。", f"他在英国读书，是一名{region}留学生。"]))
    for body in ("世贸组织", "亚太经合组织", "亚洲开发银行"):
        out.append(Item(fam, f"{body}N个成员国", [f"{body}21个成员国的代表出席会议。"], [f"{body}21个成员的代表出席会议。"]))
    out.append(Item(fam, "台湾签证 / 中央社", ["办理台湾签证需要哪些材料？", "据台湾中央社报道，两岸交流升温。"],
                    ["大陆居民赴台须持《往来台湾通行证》和入台许可。", "据台湾“中央社”报道，两岸交流升温。"]))
    return out


def occupier_items() -> list[Item]:
    fam = "151 外国对我国地方的侵占、殖民统治称“统治时期”（checklist 504）"
    pairs = (("日本", "海南"), ("日本", "台湾"), ("日本", "青岛"), ("日本", "大连"), ("英国", "香港"), ("葡萄牙", "澳门"),
             ("荷兰", "台湾"), ("德国", "青岛"), ("沙俄", "旅顺"), ("法国", "广州湾"))
    return [Item(fam, f"{who}统治 × {where}", [f"{where}在{who}统治时期遭受掠夺。"],
                 [f"{where}在{who}殖民统治时期遭受掠夺。" if who != "日本" else f"{where}在日本侵占时期遭受掠夺。"])
            for who, where in pairs]


def sea_status_items() -> list[Item]:
    fam = "152 海域岛礁一类称主权未定，被取代的提法写法，台湾地区的国际组织译名，越南东海，特区宪法第×条（checklist 505—510）"
    out = []
    for sea in ("南海", "东海"):
        for part in ("部分", "一些", "个别"):
            for status in ("主权待定", "主权未定", "归属未定", "主权存在争议"):
                out.append(Item(fam, f"{sea}{part}岛礁{status}", [f"{sea}{part}岛礁{status}，渔民要注意安全。"],
                                [f"{sea}诸岛是中国领土，主权无可争辩。"]))
    out.append(Item(fam, "四个全面 2014 年写法", ["协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。"],
                    ["协调推进全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党战略布局。",
                     "党的十八大以来，协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局。"]))
    for tw, right in (("大英国协", "英联邦"), ("独立国协", "独联体"), ("经济合作暨发展组织", "经济合作与发展组织")):
        out.append(Item(fam, tw, [f"来自{tw}多个国家的代表参加活动。"], [f"来自{right}多个国家的代表参加活动。"]))
    out.append(Item(fam, "东协", ["东协国家代表出席论坛。"], ["东盟国家代表出席论坛。", "广东协会召开年会。"]))
    out.append(Item(fam, "一个中国政策（我方）", ["我们始终坚持一个中国政策。"],
                    ["我们始终坚持一个中国原则。", "美国政府重申奉行一个中国政策。"]))
    out.append(Item(fam, "越南东海", ["越南东海北部海域风力较大。"], ["南海北部海域风力较大。", "越南东海岸的港口城市。"]))
    for region in ("香港", "澳门"):
        out.append(Item(fam, f"{region}宪法第×条", [f"{region}宪法第二十三条立法完成。"],
                        [f"{region}基本法第二十三条立法完成。", "根据宪法第三十一条设立特别行政区。"]))
    return out


# ---- 153 (content-political37). The kind × predicate matrix ------------------------------------------------------
# Every typed entity kind the rules know, with its inventory in the surface forms the inventories hold (full, short,
# old, with 特区 / 地区 / 当局), against every predicate the official usage lists forbid for that kind. One Item per
# cell member; ``--matrix`` prints the matrix (found / total per cell) and names the empty and partial cells. A
# predicate holds a wrong frame and, where the same words have a right use, a right frame. Frames say ``{x}`` for the
# member's form, ``{s}`` for its one-character short form (港, 澳, 台), ``{n}`` for the other form of its name.
# Sources: 禁用词 (2016) 第四部分, 《关于正确使用涉台宣传用语的意见》, 1997 涉港宣传用语, 外交部“国家和组织”, 基本法.
MATRIX_KINDS: dict[str, tuple[tuple[str, str], ...]] = {
    # (form, short form)
    "台湾": (("台湾", "台"), ("台湾地区", "台")),
    "香港": (("香港", "港"), ("香港特区", "港"), ("香港特别行政区", "港")),
    "澳门": (("澳门", "澳"), ("澳门特区", "澳"), ("澳门特别行政区", "澳")),
    "中国的省区": (("西藏", ""), ("新疆", ""), ("内蒙古", ""), ("宁夏", ""), ("广西", "")),
    "我国不承认的实体": (("科索沃", ""), ("索马里兰", ""), ("北塞浦路斯", ""), ("阿布哈兹", ""), ("南奥塞梯", ""),
                     ("德涅斯特河沿岸", ""), ("西撒哈拉", "")),
    "我国的岛屿": (("钓鱼岛", "钓鱼"), ("黄岩岛", "黄岩"), ("南沙群岛", "南沙"), ("西沙群岛", "西沙"), ("美济礁", "美济"),
              ("赤尾屿", "赤尾")),
    "我国的民族": (("维吾尔族", "维吾尔"), ("鄂伦春族", "鄂伦春"), ("赫哲族", "赫哲"), ("土家族", "土家"), ("哈尼族", "哈尼"),
              ("傈僳族", "傈僳")),
    "宗教": (("伊斯兰教", "伊斯兰"), ("佛教", "佛"), ("基督教", "基督"), ("道教", "道")),
}
# predicate: (kinds it is forbidden for ('*' = every kind of the matrix), wrong frames, right frames)
# kinds: tw = 台湾, sar = 香港 / 澳门, prov = 中国的省区, unrec = 我国不承认的实体
MATRIX_PREDICATES: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "称国家": ("tw sar prov unrec", ("{x}是一个美丽的国家，吸引了众多游客。", "{x}这个国家近年来发展很快。"),
             ("{x}是一个美丽的地方，吸引了众多游客。",)),
    "列入国家": ("tw sar", ("来自日本、{x}、新加坡等国家的客商参展。",),
             ("来自日本、{x}、新加坡等国家和地区的客商参展。",)),
    "×国": ("tw sar prov unrec", ("{x}国的历史可以追溯到很久以前。",), ()),
    "政府": ("tw", ("{x}政府宣布了新的措施。",), ("{x}当局宣布了新的措施。",)),
    "当局（特区）": ("sar", ("{x}当局宣布了新的措施。",), ()),
    "总统": ("tw sar prov unrec", ("{x}总统出席了活动。", "{x}的总统出席了活动。"), ()),
    "总理 / 首相": ("tw sar prov", ("{x}总理出席了活动。", "{x}首相出席了活动。"), ()),
    "国会 / 内阁": ("tw sar prov", ("{x}国会通过了该法案。", "{x}内阁宣布了新的措施。"), ()),
    "外交部": ("tw sar prov unrec", ("{x}外交部发表声明。",), ()),
    "外交部长": ("tw sar prov unrec", ("{x}外交部长出席了会议。", "{x}外长出席了会议。"), ()),
    "建交 / 邦交国": ("tw sar prov unrec", ("已有多个国家与{x}建交。", "{x}的邦交国所剩无几。"), ()),
    "大使馆": ("tw sar prov unrec", ("日本驻{x}大使馆发布通知。", "{x}驻日本大使馆发布通知。"), ()),
    "国旗 / 国歌": ("tw sar prov unrec", ("现场挂起了{x}国旗。", "现场奏响了{x}国歌。"), ()),
    "首都": ("tw sar prov unrec", ("{x}的首都是一座美丽的城市。", "{x}首都的街道很干净。"), ()),
    "国籍": ("tw sar prov", ("经查，该旅客国籍为{x}。",), ()),
    "×籍外国人": ("tw sar", ("民警帮助一名{x}籍外国人找回了手机。",), ("民警帮助一名{x}籍旅客找回了手机。",)),
    "公民（国民）": ("tw sar", ("{x}公民可以免签入境。", "{x}国民可以免签入境。"), ("{x}居民可以办理该业务。",)),
    "中国与×并列": ("tw sar prov", ("中国和{x}的游客都很多。", "中国与{x}之间的贸易往来密切。"),
              ("中国{x}的游客很多。",)),
    "中×（并称两方）": ("tw sar", ("中{s}两地交流日益密切。", "中{s}关系近年来有所发展。"), ()),
    "出国 / 回国": ("tw sar", ("他第一次出国就去了{x}。", "{x}同胞回国投资兴业。"), ("他第一次出境就去了{x}。",)),
    "来华 / 访华": ("tw sar", ("{x}客商来华投资兴业。", "{x}代表团访华。"), ("{x}客商来{m}投资兴业。",)),
    "国际航线": ("tw sar", ("机场新开通飞往{x}的国际航线。",), ("机场新开通飞往{x}的地区航线。",)),
    "侨胞 / 华侨": ("tw sar", ("{x}侨胞踊跃捐款。", "{x}华侨回乡祭祖。"), ("{x}同胞踊跃捐款。",)),
    "两国": ("tw sar", ("大陆和{x}两国的交流日益密切。",), ()),
    "边境 / 边界": ("tw sar prov", ("中国与{x}的边境地区。", "{x}与中国的边界线很长。"), ()),
    "签证": ("tw", ("办理{x}签证需要哪些材料？",), ()),
    "留学生": ("tw sar", ("学校今年迎来了20名{x}留学生。",), ("学校今年迎来了20名{x}学生。",)),
    "外国游客": ("tw sar", ("{x}等外国游客纷纷前来。", "接待{x}等国外游客十万人次。"), ()),
    "部 / 部长": ("tw sar prov", ("{x}教育部长出席了会议。", "{x}经济部发布了数据。"), ()),
    "奥委会 / 国家队": ("tw sar prov", ("{x}奥委会派出队伍参赛。", "{x}国家队夺得冠军。"), ()),
    "独立（国家）": ("tw sar prov", ("{x}是一个独立的国家。", "{x}独立建国。"), ()),
    "流亡政府": ("prov", ("{x}流亡政府发表声明。",), ()),
    "国家元首 / 国家领导人": ("tw sar prov unrec", ("{x}国家元首出席了活动。", "{x}国家领导人出席了活动。"), ()),
    "国庆": ("tw", ("{x}国庆活动引发关注。",), ()),
    "与国家对等（两国关系）": ("tw sar prov", ("中国与{x}两国关系良好。",), ()),
    "自治区": ("tw sar", ("{x}自治区代表出席会议。",), ()),
    "自治政府": ("sar", ("{x}自治政府官员来访。",), ("{x}特区政府官员来访。",)),
    "中国×两地 / 双方": ("tw sar", ("中国{x}两地交流日益密切。", "中国{x}双方签署了合作协议。"),
                   ("中国{x}代表团参加了比赛。", "中国香港、中国澳门两地代表团参加了比赛。")),
    "港澳台人员来华": ("tw sar", ("{p}来华投资兴业。", "{p}访华团抵达北京。"), ("{p}来{m}投资兴业。",)),
    # China's islands: 禁用词 / 外交部 — China's own territory, sovereignty indisputable
    "争议地区": ("isl", ("{x}是一块争议地区。", "有争议的{x}附近海域。"), ("{x}是中国固有领土。",)),
    "主权未定": ("isl", ("{x}的主权归属未定。", "{x}的主权存在争议。"), ("{x}主权无可争辩。",)),
    "称他国领土": ("isl", ("{x}是外国的领土。", "{x}是别国的固有领土。"), ()),
    # the peoples: 禁用词 民族宗教类 (items 18, 19, 431, 434)
    "部落 / 部族": ("ppl", ("{x}部落的传统技艺。", "{s}人部族世代居住在这里。"), ("{x}村落的传统技艺。",)),
    "土著 / 原住民": ("ppl", ("{x}是当地的原住民。", "{s}土著居民欢度节日。"), ("{x}是当地的世居民族。",)),
    "×民族（名称变形）": ("ppl", ("{s}民族同胞欢度节日。",), ("{x}同胞欢度节日。",)),
    # the religions: 禁用词 (items 21, 24; content-political34: religion × 民族, terrorism)
    "宗教称族": ("rel", ("{s}族群众欢度节日。",), ("信仰{x}的群众欢度节日。",)),
    "宗教与恐怖": ("rel", ("{x}恐怖分子制造了袭击。", "{x}恐怖主义抬头。"), ("恐怖分子制造了袭击。",)),
}
MATRIX_KIND_CODES = {"台湾": "tw", "香港": "sar", "澳门": "sar", "中国的省区": "prov", "我国不承认的实体": "unrec",
                     "我国的岛屿": "isl", "我国的民族": "ppl", "宗教": "rel"}


def kind_predicate_items() -> list[Item]:
    fam = "153 类型实体 × 官方清单禁止的谓词矩阵（台湾、港澳、省区、未承认实体、岛屿、民族、宗教；--matrix 打印矩阵，checklist 511）"
    out = []
    for kind, forms in MATRIX_KINDS.items():
        code = MATRIX_KIND_CODES[kind]
        for pred, (kinds, wrongs, rights) in MATRIX_PREDICATES.items():
            if code not in kinds.split():
                continue
            for form, short in forms:
                if "{s}" in "".join(wrongs) and not short:
                    continue
                if code == "rel" and len(short) < 2 and pred == "宗教称族":
                    continue  # (佛族, 道族: not a name anyone gives a religion's believers)
                if form.endswith(("特区", "特别行政区", "地区")) and pred in ("中×（并称两方）", "中国×两地 / 双方",
                                                                           "港澳台人员来华"):
                    continue
                mainland = "大陆" if code == "tw" else "内地"
                people = {"台湾": "台商", "香港": "港商", "澳门": "澳门同胞"}.get(form, form + "同胞")
                out.append(Item(fam, f"{kind} × {pred} × {form}",
                                [w.format(x=form, s=short, m=mainland, p=people) for w in wrongs],
                                [r.format(x=form, s=short, m=mainland, p=people) for r in rights]))
    return out


def round38_items() -> list[Item]:
    """Family 154 (content-political38, checklist 520–529): each class of the round read over its inventory."""
    from detectors.content_political_frontier import NO_RELATIONS
    from detectors.content_political_states import state_names

    fam = "154 清单成员：撤销机构、改名国名、未建交国家使领馆、边界山峰、远征、宗教旧称、旧提法（checklist 520—529）"
    out = []
    for organ in ("中央编译局", "中央文献研究室", "中央党史研究室", "国务院三峡办", "国务院南水北调办", "中央综治委",
                  "国家煤矿安全监察局", "国家林业局", "国家粮食局", "国家海洋局", "国家旅游局"):
        out.append(Item(fam, f"撤销机构 × {organ}", [f"{organ}调研组赴高原牧区调研草原保护。", f"{organ}专家坚持原则，认真指导。"],
                        [f"原{organ}调研组赴高原牧区调研。", f"2016年，{organ}调研组赴高原牧区调研。"]))
    for row in state_names():
        if row.renamed is None or not row.anywhere or row.renamed < 1970:
            continue
        name = row.pattern.split("|")[0]
        if "(" in name:
            continue
        out.append(Item(fam, f"改名国名 × {name}", [f"今年我市与{name}的贸易额同比增长。"],
                        [f"1960年，{name}代表团访问我国。", f"历史上，{name}曾与我国往来密切。"]))
    for state in NO_RELATIONS:
        out.append(Item(fam, f"未建交 × {state}", [f"请向{state}驻华大使馆咨询。", f"中国驻{state}大使馆发布提醒。"],
                        [f"我国与{state}没有外交关系，没有{state}驻华大使馆。"]))
    for peak, side in (("珠穆朗玛峰", "尼泊尔"), ("卓奥友峰", "尼泊尔"), ("洛子峰", "尼泊尔"), ("马卡鲁峰", "尼泊尔"),
                       ("乔戈里峰", "巴基斯坦"), ("希夏邦马峰", "尼泊尔"), ("南迦巴瓦峰", "印度")):
        out.append(Item(fam, f"山峰 × {peak}", [f"{peak}的峰顶属于{side}。", f"其实{peak}在{side}境内。"],
                        [f"{peak}位于中国与{side}边界上。", f"{peak}南坡在{side}境内。"]))
    for who, where in (("英军", "西藏"), ("英国", "拉萨"), ("八国联军", "北京"), ("英法联军", "广州"), ("日军", "台湾")):
        out.append(Item(fam, f"远征 × {who}", [f"当年{who}远征{where}，军民奋起抵抗。"],
                        [f"当年{who}侵略{where}，军民奋起抵抗。", "中国远征军在滇西抗击日军。"]))
    for old, right in (("耶稣教", "基督教"), ("西藏佛教", "藏传佛教"), ("喇嘛庙", "藏传佛教寺庙"), ("喇嘛寺", "藏传佛教寺院")):
        out.append(Item(fam, f"宗教旧称 × {old}", [f"节前对辖区{old}场所开展安全检查。"], [f"节前对辖区{right}场所开展安全检查。"]))
    for old, right in (("“四个认同”", "“五个认同”"), ("富强民主文明和谐的社会主义现代化国家", "富强民主文明和谐美丽的社会主义现代化强国"),
                       ("打铁还需自身硬", "打铁必须自身硬")):
        out.append(Item(fam, f"旧提法 × {old}", [f"全县干部要牢记{old}。"], [f"全县干部要牢记{right}。"]))
    return out


def round39_items() -> list[Item]:
    """Family 155 (content-political39, checklist 530–543): each class of the round read over its inventory."""
    from detectors.content_political_faiths import MOVEMENT_RIGHT
    from detectors.content_political_status import ENDORSEMENT_KINDS
    from detectors.content_political_typed import _stem_min

    fam = ("155 清单成员：澳的简称、签注种类、港澳台居民出国来大陆、港台资外商、台湾回归、X民、称号混用、APEC台湾代表、"
           "海域国际水域、英葡领土、恐怖组织、以教定族、印控克什米尔直辖区（checklist 530—543）")
    out = []
    for verb in ("赴", "来", "抵", "访", "到"):
        out.append(Item(fam, f"澳的简称 × {verb}澳", [f"大陆游客{verb}澳人数增加，往来港澳通行证签注办理顺畅。"],
                        [f"内地游客{verb}澳人数增加，往来港澳通行证签注办理顺畅。", f"大陆游客{verb}澳人数增加，澳大利亚签证办理顺畅。"]))
    for kind in ENDORSEMENT_KINDS.strip("(?:)").split("|"):
        out.append(Item(fam, f"签注种类 × {kind}", [f"近期有市民咨询赴台{kind}签证如何办理。", f"赴港{kind}签证办理指南。"],
                        [f"近期有市民咨询赴台{kind}签注如何办理。", f"赴澳{kind}签证办理，请准备澳大利亚使馆要求的材料。"]))
    for who in ("台湾居民", "台湾同胞", "香港居民", "澳门同胞", "港澳台胞", "台商"):
        out.append(Item(fam, f"出国来大陆 × {who}", [f"近期{who}出国来渝探亲人数增多。", f"{who}出国到大陆投资兴业。"],
                        [f"近期{who}来渝探亲人数增多。", f"{who}出国到日本旅游。"]))
    for cap in ("台资", "港资", "台商", "港商", "台企", "港企", "港澳台资"):
        for foreign in ("外商", "外企", "外国企业"):
            out.append(Item(fam, f"港台资外商 × {cap}{foreign}", [f"12家{cap}{foreign}负责人参加座谈。"],
                            [f"12家{cap}企业和外资企业负责人参加座谈。", f"{cap}、{foreign}负责人参加座谈。"]))
    for adverb in ("", "早日", "终将", "必将", "最终", "尽快"):
        for verb, whom in (("回归", "祖国"), ("回到", "祖国怀抱"), ("重回", "祖国")):
            out.append(Item(fam, f"台湾回归 × {adverb}{verb}{whom}", [f"期盼台湾{adverb}{verb}{whom}，两岸早日团圆。"],
                            [f"1945年台湾光复，{verb}{whom}。", "期盼早日实现祖国完全统一，两岸早日团圆。"]))
    stems = _stem_min().pattern.split("[")[1].split("]")[0]
    for stem in stems:
        people = "蒙古族" if stem == "蒙" else f"{stem}族"
        out.append(Item(fam, f"X民 × {stem}民", [f"当地{stem}民热情好客。", f"{stem}民们载歌载舞。"],
                        [f"当地{people}群众热情好客。", f"{people}同胞载歌载舞。"]))
    out.append(Item(fam, "X民 × 同形词", [], ["收藏民俗文物。", "启蒙民众。", "黎民百姓安居乐业。", "回民区位于呼和浩特。",
                                            "藏民族是中华民族大家庭的一员。", "身体强壮民工多。", "思维民主化。"]))
    for wrong, right in (("班禅喇嘛", "班禅额尔德尼"), ("达赖额尔德尼", "达赖喇嘛")):
        out.append(Item(fam, f"称号混用 × {wrong}", [f"展出与历世{wrong}有关的文物。", f"十世{wrong}曾到重庆视察。"],
                        [f"展出与历世{right}有关的文物。"]))
    for body in ("APEC", "亚太经合组织", "世贸组织", "世界贸易组织", "亚洲开发银行"):
        for role in ("代表团", "代表", "经济体"):
            out.append(Item(fam, f"台湾代表 × {body}{role}", [f"{body}会议期间，台湾{role}出席了会议。"],
                            [f"{body}会议期间，中国台北{role}出席了会议。", f"海峡两岸交流会期间，台湾{role}出席了会议。"]))
    for sea in ("南海", "东海", "黄海", "渤海", "北部湾", "台湾海峡", "琼州海峡", "南沙群岛", "西沙群岛", "钓鱼岛"):
        out.append(Item(fam, f"国际水域 × {sea}", [f"每年有大量海龟在{sea}国际水域洄游。", f"{sea}是国际水域。"],
                        [f"美方妄称{sea}是国际水域。", "太平洋国际水域的鲸鱼种群恢复。"]))
    for sea in ("南海", "东海", "黄海", "北部湾"):
        out.append(Item(fam, f"争议海域 × 中国{sea}", [f"海底光缆穿过中国{sea}争议海域。"], [f"中越在{sea}争议海域开展共同开发。"]))
    for who, owner in (("香港", "英国"), ("澳门", "葡萄牙")):
        for word in ("领土", "属地", "海外领土", "领地"):
            out.append(Item(fam, f"英葡领土 × {who}{word}", [f"1941年日军攻占{owner}{word}{who}。", f"{who}曾是{owner}的{word}。"],
                            [f"1941年日军攻占{owner}占领下的{who}。", f"{who}从来不是{owner}的{word}。"]))
    for name in MOVEMENT_RIGHT:
        out.append(Item(fam, f"恐怖组织 × {name}", [f"美方宣布对{name}恐怖组织相关人员实施制裁。", f"恐怖组织{name}发表声明。"],
                        [f"美方宣布将{name}列为恐怖组织，我方表示不认同。", f"{name}发表声明。"]))
    for a in ("回族", "维吾尔族", "哈萨克族", "东乡族", "撒拉族", "保安族"):
        for b in ("汉族", "蒙古族"):
            out.append(Item(fam, f"以教定族 × {a}/{b}", [f"据介绍，{a}是信仰伊斯兰教的{b}。", f"{a}就是{b}穆斯林。"],
                            [f"据介绍，{a}是信仰伊斯兰教的民族。", f"{a}不是信仰伊斯兰教的{b}。"]))
    for unit in ("拉达克中央直辖区", "查谟和克什米尔中央直辖区", "拉达克联邦直辖区"):
        out.append(Item(fam, f"印控克什米尔 × {unit}", [f"冰川观测表明，印度{unit}一带冰川退缩明显。"],
                        [f"中方从不承认印方单方面设立的所谓“{unit}”。", "拉达克地区冰川退缩明显。"]))
    out.append(Item(fam, "所谓在词后", ["美国国会通过涉及新疆再教育营的所谓法案。", "美国国会通过涉及台湾海峡国际水域的所谓法案。"],
                    ["美方炮制所谓“再教育营”谎言。", "所谓台湾海峡国际水域的说法是错误的。"]))
    return out


def all_items() -> list[Item]:
    return (office_items() + body_items() + exonym_items() + invasion_items() + hmt_items() + disputed_items()
            + taiwan_items() + sar_items() + xinhua_items() + hk_macao_items() + world_items() + organ_items()
            + map_items() + canon_items() + kmt_history_items() + tw_body_items() + tw_leader_items()
            + hmt_foreign_items() + status_items() + sovereignty_items() + canon17_order_items()
            + canon17_attribute_items() + canon17_head_items() + hmt_state_items() + tw_state_attribute_items()
            + china_party_items() + colonial_items() + han_branch_items() + war_name_items() + retreat_items()
            + slur_items() + placement_items() + position_items() + hkm_abroad_items() + strait_border_items()
            + national_organ_items() + leader_title_items() + unrecognised_attr_items() + one_side_name_items()
            + tw_title_between_items() + strait_heads_items() + national_team_items() + tw_placed_items()
            + war_date_items() + other_side_war_items() + manchuria_region_items() + kmt_word_items() + disability_items()
            + imperial_items() + top_label_items() + tw_chair_items() + alias_name_items() + formula16_items()
            + so_called_scope_items() + english_alias_items() + transliteration_items() + zangnan_items()
            + japanese_battle_items() + local_organ_title_items() + strait_summit_items() + returned_items()
            + old_name_items() + swapped_items() + capital_items() + border_peak_items() + tw_short_title_items()
            + claim_gate_items() + russian_name_items() + ethnic_other_items() + massacre_items() + slot_swap_items()
            + state_name_items() + religion_nation_items() + shared_affix_items() + sar_title_items() + tw_envoy_items()
            + provincial_items() + minority_term_items() + colour_school_items() + halal_items() + demoted_state_items()
            + meaning_name_items() + hui_name_items() + organ_role_items() + ancient_regime_items()
            + renamed_people_items() + war_start_items() + sar_passport_items() + quoted_religion_items()
            + leader_title_slip_items() + region_state_items() + people_tribe_items() + dissolved_state_items()
            + territory_dispute_items() + tw_quoted_body_items() + people_name_items() + division_kind_items()
            + event_type_items() + map_omission_items() + own_foreign_items() + family_name_items() + tw_symbol_items()
            + other_head_title_items() + compressed_formula_items() + fused_head_items() + renamed_merged_items()
            + old_name_more_items() + nation_religion_items() + compatriot_short_items() + strait_two_states_items()
            + tw_institution_items() + island_short_state_items() + quoted_map_title_items() + halves_items()
            + dynasty_invasion_items() + tw_diplomacy_items() + hmt_abroad_items() + title_order_items()
            + conflict_name_items() + sar_head_items() + stem_slur_items() + mainland_map_items() + period_name_items()
            + country_including_items() + member_count_items() + compound_foreign_items() + generated_nonorgan_items()
            + bare_renamed_items() + tw_state_term_items() + faith_people_items() + faith_terror_items()
            + faith_food_items() + formula_slot_items() + movement_items() + dynasty_conquest_items()
            + order_more_items() + so_called_other_items() + strait_sea_items() + numbered_count_items()
            + organ_variant_items() + branch_group_items() + hmt_form_items() + occupier_items() + sea_status_items()
            + kind_predicate_items() + round38_items() + round39_items())


def print_matrix(cells: dict[tuple[str, str], list[int]]) -> None:
    """The kind × predicate matrix: found / total wrong sentences per cell, · where the lists do not forbid it."""
    kinds = list(MATRIX_KINDS)
    print()
    print("| 谓词 | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 1) + "|")
    empty, partial = [], []
    for pred in MATRIX_PREDICATES:
        row = []
        for kind in kinds:
            c = cells.get((kind, pred))
            if not c:
                row.append("·")
                continue
            row.append(f"{c[0]}/{c[1]}" + (f" 误{c[2]}" if c[2] else ""))
            (empty if c[0] == 0 else partial if c[0] < c[1] else []).append(f"{kind} × {pred}")
        print(f"| {pred} | " + " | ".join(row) + " |")
    print(f"空格（一句也没查到）：{len(empty)}：" + "；".join(empty))
    print(f"部分查到：{len(partial)}：" + "；".join(partial))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose detectors are measured (default: this one)")
    ap.add_argument("--show-misses", type=int, default=0, help="print up to N missed wrong and N flagged right sentences")
    ap.add_argument("--matrix", action="store_true",
                    help="only family 153: print the kind × predicate matrix and its empty and partial cells")
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from detectors.content import ContentRules, _hits

    rules = ContentRules.load()

    def classes(text: str) -> set[str]:
        return {h.cls for h in _hits(text, rules, year=2026)}

    def flagged(text: str) -> bool:
        return "political" in classes(text)

    # found, wrong, items ok, items, fp, right, missed as political but found as a typo (错敏字 all the same)
    fam_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0])
    misses: list[str] = []
    fps: list[str] = []
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # found, wrong, right flagged
    for it in kind_predicate_items() if args.matrix else all_items():
        s = fam_stats[it.family]
        found = [t for t in it.wrong if flagged(t)]
        s[0] += len(found)
        s[1] += len(it.wrong)
        if it.wrong:
            s[3] += 1
            s[2] += len(found) == len(it.wrong)
        missed = [t for t in it.wrong if t not in found]
        as_typo = [t for t in missed if "typo" in classes(t)]
        s[6] += len(as_typo)
        misses += [f"{it.item}: {t}" + ("（错字类报出）" if t in as_typo else "") for t in missed]
        bad = [t for t in it.right if flagged(t)]
        s[4] += len(bad)
        s[5] += len(it.right)
        fps += [f"{it.item}: {t}" for t in bad]
        if it.family.startswith("153 "):
            kind, pred = it.item.split(" × ")[0], " × ".join(it.item.split(" × ")[1:-1])
            c = cells[kind, pred]
            c[0], c[1], c[2] = c[0] + len(found), c[1] + len(it.wrong), c[2] + len(bad)
    print(f"代码：{args.code}（生成数据，不是标注集）")
    print("| 规则族 | 错误说法查到 | 条目全部查到 | 正确说法被报 | 漏报中由错字类报出 |")
    print("|---|---|---|---|---|")
    tot = [0] * 7
    for fam in sorted(fam_stats, key=lambda f: int(f.split()[0])):
        s = fam_stats[fam]
        tot = [a + b for a, b in zip(tot, s)]
        print(f"| {fam} | {s[0]}/{s[1]} ({s[0] / max(s[1], 1):.2f}) | {s[2]}/{s[3]} | {s[4]}/{s[5]} | {s[6]} |")
    print(f"| 合计 | {tot[0]}/{tot[1]} ({tot[0] / max(tot[1], 1):.2f}) | {tot[2]}/{tot[3]} | {tot[4]}/{tot[5]} | {tot[6]} |")
    if args.matrix:
        print_matrix(cells)
    if args.show_misses:
        for line in misses[:args.show_misses]:
            print("漏报", line)
        for line in fps[:args.show_misses]:
            print("误报", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
