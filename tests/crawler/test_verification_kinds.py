"""Which kind of body a verification text names (``crawler.platforms.base.classify_verification``).

The kind is read from the head noun at the end of the organisation's name (``core.bodies``), never from a character
anywhere in the text: a restaurant (…餐厅), a hotel's hall, a rural-life blogger (乡村…博主), 委托 / 署名 / 结局 /
布局 words and a 局长 nickname are not government; a township's 广播电视站, a housing fund's branch, a court's
派出法庭, 街道 bodies, an armed-forces department and the mass organisations by their full names are. Every example
here is invented for the test (no evaluation string), except the first table: the verification strings of the real
platform captures in ``tests/fixtures/real`` (see its SOURCES.md), which must keep the type they had.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from core.bodies import government_body, government_kind, names_government_body, verification_names
from crawler.platforms.base import classify_verification

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"

# Every verification text of the real captures (weibo verified_reason, bilibili official_verify.desc /
# official.title, douyin enterprise_verify_reason / custom_verify, the Sogou 认证 line of wechat), with the type the
# regex classifier gave it before the head-noun reading; none names a government body.
REAL_CAPTURED = {
    "bilibili创始人（站长）": "other",
    "bilibili董事长兼CEO": "other",
    "《山东商报》社": "other",
    "冯大辉": "other",
    "北京云天共业教育科技有限公司": "enterprise",
    "北京新东方迅程网络科技股份有限公司": "enterprise",
    "原神官方微博": "other",
    "嘉行传媒签约演员": "media",
    "四川省电化教育馆(四川教育电视台)": "media",
    "大连沙河口科苑文化培训学校": "other",
    "天津市南开区晟嘉培训中心": "other",
    "广州卓越教育培训中心": "other",
    "新浪网技术(中国)有限公司": "enterprise",
    "洛天依官方账号": "other",
    "深圳市腾讯计算机系统有限公司": "enterprise",
    "游戏解说UP主": "other",
    "郑州新东方培训学校": "other",
}

_FIELDS = {"verified_reason", "enterprise_verify_reason", "custom_verify", "verify_info"}
_PARENT_FIELDS = {"official_verify": ("desc",), "official": ("title", "desc"), "verifiedDetail": ("description",)}


def _captured_verification_texts() -> set[str]:
    found: set[str] = set()

    def walk(node, parent=None):
        if isinstance(node, dict):
            for key, value in node.items():
                if isinstance(value, str) and value.strip() and (
                        key in _FIELDS or key in _PARENT_FIELDS.get(parent, ())):
                    found.add(value.strip())
                walk(value, key)
        elif isinstance(node, list):
            for value in node:
                walk(value, parent)

    for path in sorted(REAL.rglob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    for path in sorted(REAL.rglob("*.html")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for m in re.finditer(r"认证(?:</[^>]+>)?[：:]\s*(?:</?[^>]+>\s*)*([^<\n]+)", text):
            found.add(m.group(1).strip())
    return found


def test_every_real_captured_verification_text_is_in_the_table():
    """A new capture's verification text must be added to ``REAL_CAPTURED`` with the type a person reads in it."""
    assert _captured_verification_texts() == set(REAL_CAPTURED)


@pytest.mark.parametrize("text,expected", sorted(REAL_CAPTURED.items()))
def test_real_captured_verification_texts_keep_their_type(text, expected):
    assert classify_verification(text) == expected


# (text, expected type): the classes of error the bare-character regex made, and what must stay as it was.
CASES = [
    # restaurants and halls: a 厅 that ends 餐厅, 宴会厅, 营业厅, 音乐厅 is no provincial department
    ("湘味小馆餐厅", "enterprise"), ("蜀香园餐厅官方账号", "enterprise"), ("锦绣大酒店宴会厅", "enterprise"),
    ("中国移动城东营业厅", "enterprise"), ("星海音乐厅", "other"), ("云上展厅", "other"), ("老街歌舞厅", "other"),
    ("某某省公安厅", "government"), ("某省教育厅官方微博", "government"), ("某某省人民政府办公厅", "government"),
    # bloggers and rural life: 乡 anywhere is no township
    ("乡村美食博主", "other"), ("回乡创业的养蜂人", "other"), ("家乡味道分享达人", "other"), ("水乡古镇旅拍摄影师", "other"),
    ("某某县某某乡人民政府", "government"), ("某某乡人民政府官方账号", "government"),
    # 委托 / 署名 / 结局 / 布局 words, and 委 / 署 / 局 / 办 ending everyday words
    ("委托代理服务", "other"), ("署名作家", "other"), ("影视剧结局解说", "other"), ("空间布局设计师", "other"),
    ("饭局", "other"), ("歌唱比赛评委", "other"), ("赛事主办", "other"), ("项目部署", "other"), ("棋局", "other"),
    ("某县卫健委", "government"), ("某市发改委官方账号", "government"), ("中共某某县委", "government"),
    ("某县委办", "government"), ("某市行政公署", "government"), ("海关总署", "government"),
    # nicknames: 局长, 厅长 and a made-up 局 of a blogger
    ("美食局长", "other"), ("快乐局长的日常", "other"), ("某市公安局副局长", "other"), ("吃货研究局", "other"),
    ("某区公安分局退休干部", "other"), ("某县交警大队协管员", "other"),
    # department bureaus by their function word
    ("济南市公安局官方账号", "government"), ("某县文化和旅游局", "government"), ("某区大数据局", "government"),
    ("某县乡村振兴局", "government"), ("某市机关事务管理局", "government"), ("某县退役军人事务局", "government"),
    ("国家税务总局某市税务局", "government"), ("国家税务总局", "government"), ("某市生态环境局某某分局", "government"),
    ("某某市公安局某某分局", "government"), ("某县医保局", "government"), ("中华人民共和国水利部", "government"),
    # township stations: 广播电视站 of a township is the township's, not a broadcaster
    ("某某县某某镇广播电视站", "government"), ("某镇广播电视站官方账号", "government"), ("某某镇文化站", "government"),
    ("某县某某镇退役军人服务站", "government"), ("某县某某镇应急管理站", "government"),
    ("某某县某某街道党群服务中心", "government"), ("某某镇司法所", "government"),
    ("某某县广播电视台", "media"), ("某某广播电台", "media"), ("城东加油站", "other"), ("某某驾校学员服务站", "other"),
    # a township's post is read by its place's shape, not where the kind ends a word of its own (车站, 球队)
    ("某某县某某镇综合文化服务中心", "government"), ("某某县某某镇汽车站", "other"), ("某某县某某镇足球队", "other"),
    ("某县人民政府机关党支部", "government"),
    # a housing provident fund's branch (…管理中心 …管理部) is the centre's
    ("某市住房公积金管理中心某某管理部", "government"), ("某市住房公积金管理中心", "government"),
    ("某某物业管理部", "other"),
    # courts' branch tribunals
    ("某县人民法院某某派出法庭", "government"), ("某县人民法院某某人民法庭", "government"),
    ("某县人民法院某某法庭", "government"), ("模拟法庭", "other"), ("某某大学模拟法庭", "other"),
    # 街道 bodies, and 街道 words that name none
    ("某某区某某街道办事处", "government"), ("某某街道党工委", "government"), ("某某街道综合行政执法队", "government"),
    ("网红街道打卡", "other"), ("街道美食探店", "enterprise"),
    # armed-forces departments
    ("某县人民武装部", "government"), ("某县人武部官方账号", "government"), ("某某镇人民武装部", "government"),
    # mass organisations by their full names, and associations that are none
    ("某县总工会", "government"), ("某县妇女联合会", "government"), ("某市科学技术协会", "government"),
    ("某县残疾人联合会", "government"), ("某市文学艺术界联合会", "government"), ("某县红十字会", "government"),
    ("某县工商业联合会", "government"), ("共青团中央官方账号", "government"), ("某市归国华侨联合会", "government"),
    ("某县餐饮行业协会", "other"), ("某某校友联谊会", "other"), ("某某返乡青年创业促进会", "other"),
    ("某某科技有限公司工会", "enterprise"), ("某某大学团委", "other"), ("某某业主委员会", "other"),
    # police, fire and enforcement teams; other teams are somebody's
    ("某市公安局交通警察支队", "government"), ("某县消防救援大队", "government"), ("某县交警大队", "government"),
    ("某某公安", "government"), ("某某交警", "government"), ("某某篮球队", "other"), ("某某蓝天救援队", "other"),
    # a department's short name stands for its body, but no branch is read after it (a tax agent's firm)
    ("某某税务师事务所", "other"), ("某某消防器材站", "other"),
    # media units of a government stay government; media stay media
    ("某某县融媒体中心", "government"), ("某某省人民政府新闻办公室官方微博", "government"),
    ("某县广播电视台融媒体中心", "government"), ("某某晚报官方微博", "media"), ("某某日报社党委", "media"),
    # enterprises whose names hold a level word or a 店 of a place
    ("小店区人民政府官方账号", "government"), ("瓦房店市公安局", "government"), ("某某镇便利店", "enterprise"),
    ("瓦房店市某某酒店有限公司", "enterprise"), ("某某市公安局小店分局", "government"),
    ("张店区某某贸易有限公司", "enterprise"),
    # whole bodies, and the state's own
    ("国务院客户端", "other"), ("国务院", "government"), ("某市人民代表大会常务委员会", "government"),
    ("中国人民政治协商会议某某县委员会", "government"), ("某县人大代表", "other"), ("某市政协委员", "other"),
    ("", None), ("知名博主", "other"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_verification_text_kind(text, expected):
    assert classify_verification(text) == expected


def test_the_kind_is_read_at_the_end_of_the_name():
    assert government_kind("济南市公安局") == "局"
    assert government_kind("某县人民法院某某派出法庭") == "派出法庭"
    assert government_kind("某市住房公积金管理中心某某管理部") == "部"
    assert government_kind("某市公安局局长") is None  # a person's title ends the name
    assert government_kind("湘味餐厅") is None
    assert government_body("某镇广播电视站") and not government_body("某某电视台广播电视站记者")


def test_verification_wrappers_are_taken_off():
    assert list(verification_names("认证信息：济南市公安局官方微博")) == ["济南市公安局"]
    assert list(verification_names("某市公安局官方政务账号")) == ["某市公安局"]
    assert list(verification_names("某县融媒体中心（某县广播电视台）")) == ["某县融媒体中心", "某县广播电视台"]
    assert names_government_body("某某美食达人，某县公安局") and not names_government_body("某某美食达人")
