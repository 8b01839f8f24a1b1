"""Generated check of the repost overlap reader: classes of edit made to a copied text, and how the copy is credited.

    python bench/overlap_coverage.py [--show]

Issue #18: a post is an unsourced repost when it reproduces, at length, a text another unit published earlier and names
no source. Copies are edited: a headline of the copier's own, the paragraphs reordered, one paragraph quoted, the
figures rewritten in Chinese numerals, words swapped for synonyms, the copier's own call appended. The articles below
are **generated for this bench** (invented units, places and figures; no labelled post) and each is put through every
edit; the copy is then read by ``detectors.content_repost.repost_hit`` with an ``OverlapIndex`` over the source and the
copy, as ``detectors.content`` reads a run. Rows:

* edits: the share of copies found (should be 1: each is a text taken from another publisher; the shingle reader finds
  a paraphrase only while runs of twelve characters survive it — the word-for-word synonym swap here leaves them);
* credits: the same verbatim copy with a credit the copier added (来源 line, its own headline naming the outlet, a
  kept wire dateline, Weibo's 转发@<the copied account>：) — the share found should be 0 — and with the copied post's
  own title naming the outlet kept at its head (``_copied_title``: the title is part of the copied text) or a call
  to share that tags friends (转发@三位好友) — found should be 1;
* controls: posts sharing only policy wording or the topic with the source — found should be 0.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.content_repost import OverlapIndex, repost_hit

SOURCE_UNIT, COPY_UNIT = "青禾日报社", "松川市文化和旅游局"
FOOTER = "\n\n往期推荐\n▶ 松川市冬季文旅活动一览\n\n编辑：林岚　审核：周远"

# Generated articles (title, paragraphs). Invented places (澜江, 北岭, 云溪) and figures.
ARTICLES = [
    ("让冬季文旅消费热起来", [
        "入冬以来，澜江市推出冰雪节、温泉季和年货集市等活动，11月接待游客268万人次，同比增长12.4%。",
        "各景区推出夜游项目，延长开放时间至晚上9点，带动周边餐饮住宿收入增长18%。",
        "下一步，澜江市将发放文旅消费券3000万元，持续释放冬季消费潜力，让游客玩得开心、住得舒心。"]),
    ("北岭完成农村公路提质改造", [
        "今年以来，北岭县完成农村公路提质改造426公里，新建安保设施1800余处，惠及群众23万人。",
        "县交通运输部门推行路长制，每条农村公路都有专人养护，路面优良率提高到86%。",
        "明年，北岭县计划再改造农村公路300公里，打通群众出行的最后一公里。"]),
    ("云溪社区食堂让老人吃得舒心", [
        "云溪街道建成社区老年食堂12个，每天为2400余名老人提供午餐，一荤两素只要8元。",
        "食堂由街道统一招标运营，食材每日公示，老人可以通过小程序提前订餐。",
        "街道还组织志愿者为行动不便的老人送餐上门，累计送餐5.6万份。"]),
]
OUTLET_TITLE = "青禾日报评论："

DIGITS = dict(zip("0123456789", "〇一二三四五六七八九"))
SYNONYMS = [("推出", "开展"), ("同比增长", "比去年同期增长"), ("下一步", "接下来"), ("持续", "不断"), ("完成", "实现"),
            ("今年以来", "年初以来"), ("群众", "老百姓"), ("每天", "每日"), ("提供", "供应"), ("计划", "打算"),
            ("组织", "发动"), ("累计", "总共"), ("延长", "推迟"), ("带动", "拉动"), ("惠及", "服务"), ("建成", "建好")]


def chinese_numbers(text: str) -> str:
    """Figures in Chinese numerals, digit by digit (268 → 二六八): the translation of numbers an editor makes."""
    return re.sub(r"\d", lambda m: DIGITS[m.group(0)], text)


def paraphrase(text: str) -> str:
    for a, b in SYNONYMS:
        text = text.replace(a, b)
    return re.sub(r"，", "；", text)


# (name, copy builder from (title, paragraphs), expected: True = a repost to find)
EDITS = [
    ("原样照搬", lambda t, ps: t + "\n\n" + "\n\n".join(ps), True),
    ("换标题", lambda t, ps: "好消息！" + t[:6] + "\n\n" + "\n\n".join(ps), True),
    ("段落重排", lambda t, ps: t + "\n\n" + "\n\n".join(reversed(ps)), True),
    ("只摘一段", lambda t, ps: "【关注】" + ps[0], True),
    ("删去一段", lambda t, ps: t + "\n\n" + "\n\n".join(ps[:2]), True),
    ("加本单位导语和号召", lambda t, ps: "松川的朋友们请看：\n\n" + "\n\n".join(ps) + "\n\n欢迎大家转发扩散！", True),
    ("数字改写为汉字", lambda t, ps: t + "\n\n" + "\n\n".join(chinese_numbers(p) for p in ps), True),
    ("一段数字改写", lambda t, ps: t + "\n\n" + "\n\n".join([chinese_numbers(ps[0])] + ps[1:]), True),
    ("同义词替换全文", lambda t, ps: t + "\n\n" + "\n\n".join(paraphrase(p) for p in ps), True),
]
CREDITS = [
    ("加来源行", lambda t, ps: t + "\n\n" + "\n\n".join(ps) + "\n\n来源：青禾日报", False),
    ("自拟标题点明媒体", lambda t, ps: "青禾日报：" + t + "\n\n" + "\n\n".join(ps), False),
    ("保留电头", lambda t, ps: "青禾日报澜江11月20日电 " + "".join(ps), False),
    # Weibo's repost credit without 自 (content-repost28): 转发@<the copied account>：…; a call to share that tags friends
    # names no one
    ("微博转发@原账号", lambda t, ps: "转发@青禾日报：" + t + "\n\n" + "\n\n".join(ps), False),
    ("标题转@原账号", lambda t, ps: "【转@青禾日报】" + t + "\n\n" + "\n\n".join(ps), False),
    ("号召转发@好友（非署名）", lambda t, ps: t + "\n\n" + "\n\n".join(ps) + "\n\n欢迎转发@三位好友", True),
    ("保留原文自带标题（含媒体名）", lambda t, ps: OUTLET_TITLE + t + "\n\n" + "\n\n".join(ps), True),
    ("保留原文自带标题＋作者", lambda t, ps: OUTLET_TITLE + t + "\n\n" + "\n\n".join(ps) + "\n\n作者：林一", True),
]
CONTROLS = [
    ("同题自写", lambda t, ps: "松川市今冬也将举办冰雪节和年货集市，具体安排请关注本号后续发布。", False),
    ("共用政策表述", lambda t, ps: "我局将持续释放冬季消费潜力。各单位要做好节日期间安全保障工作，确保群众过一个平安祥和的节日。", False),
]


def _source_text(title: str, ps: list[str], with_outlet_title: bool, dateline: bool) -> str:
    if dateline:
        return "青禾日报澜江11月20日电 " + "".join(ps)
    return (OUTLET_TITLE if with_outlet_title else "") + title + "\n\n" + "\n\n".join(ps)


def found(name: str, build, title: str, ps: list[str]) -> bool:
    """Is the copy built by ``build`` read as an unsourced repost of the generated source?"""
    with_outlet_title = name.startswith("保留原文自带标题")
    source = {"platform": "wechat", "account_id": "paper", "post_id": "1", "created_at": "2026-11-20T07:00:00+08:00",
              "text": _source_text(title, ps, with_outlet_title, name == "保留电头"), "is_original": True,
              "source": None}
    copy = {"platform": "wechat", "account_id": "bureau", "post_id": "2", "created_at": "2026-11-20T18:00:00+08:00",
            "text": build(title, ps) + FOOTER, "is_original": None, "source": None}
    units = {"paper": SOURCE_UNIT, "bureau": COPY_UNIT}
    index = OverlapIndex([source, copy], lambda p: units[p["account_id"]], lambda p: "青禾日报" if p is source else "")
    return repost_hit(copy, COPY_UNIT, index, account="松川文旅") is not None


def measure() -> list[tuple[str, str, bool, int, int]]:
    """(group, row, expected, found, total) per row."""
    rows = []
    for group, table in (("改动", EDITS), ("署名", CREDITS), ("对照", CONTROLS)):
        for name, build, expected in table:
            hits = sum(found(name, build, title, ps) for title, ps in ARTICLES)
            rows.append((group, name, expected, hits, len(ARTICLES)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description="转载重合识别的生成式检查：复制时的改动类别与署名方式（生成数据）")
    parser.add_argument("--show", action="store_true", help="列出与预期不符的行")
    args = parser.parse_args()
    print("数据为本脚本生成（虚构单位、地名与数字），不取自任何标注帖子。")
    print("| 类别 | 改动或署名 | 应判为无来源转载 | 判出 |")
    print("|---|---|---|---|")
    agree = total = 0
    for group, name, expected, hits, n in measure():
        print(f"| {group} | {name} | {'是' if expected else '否'} | {hits}/{n} |")
        good = hits if expected else n - hits
        agree += good
        total += n
        if args.show and good < n:
            print(f"    与预期不符：{n - good}/{n}")
    print(f"| 合计 | 与预期一致 | | {agree}/{total} |")


if __name__ == "__main__":
    main()
