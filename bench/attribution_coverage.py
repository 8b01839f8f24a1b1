"""Generated check of the repost attribution reader: attribution structures × publishers, with unattributed controls.

    python bench/attribution_coverage.py [--show]

Issue #18: an attribution is a *named publisher* (an outlet, an account, an organisation) in an *attributing
structure*. The structures below are written from how Chinese government and media posts attribute what they carry
(editorial practice: the 来源 line, the outlet's dateline and opener, 据…消息, the credit in brackets or after a dash,
a labelled credit, where the full text is, the publisher as the item's agent, an outlet alone in the opening
brackets, a publication or reprint statement), not from any labelled post. Each structure is filled with publishers
of three kinds — real outlets, real accounts and bodies, and invented ones of the same shapes (so that a list of
names cannot pass the check alone) — and with fillers that name no publisher (a person, a platform, a chat group,
the account itself, an unnamed medium, nothing). Lines that name no source by the set's rules (阅读原文, 作者：…,
编辑：…, 原标题, 本报讯, （完）, an information attribution inside the copied text) are controls too.

For each structure: the share of publishers read as named (should be 1) and the share of controls read as named
(should be 0), by ``detectors.content_repost.text_names_source`` on a neutral post carrying the structure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from detectors.content_repost import repost_hit, text_names_source
from detectors.textnorm import fold

BODY = "今冬以来，全市共排查各类安全隐患1200余处，已督促整改到位，提醒市民注意用火用电安全。"
HEADLINE = "【冬季安全提醒】"

# Publishers: real outlets, real accounts and bodies; invented ones of the same shapes.
OUTLETS = {"real": ["新华社", "人民日报", "央视新闻", "中国新闻网", "光明日报", "经济日报"],
           "invented": ["青禾日报", "澜江晚报", "云岭广播电视台", "松川融媒体中心", "北岭新闻网"]}
BODIES = {"real": ["中国应急管理", "健康中国", "公安部刑侦局", "国家统计局", "应急管理部", "中国政府网"],
          "invented": ["平安松川", "健康澜江", "松川市应急管理局", "溪南县人民政府", "北岭市文化和旅游局", "澜江发布"]}
# Fillers that name no publisher.
NO_PUBLISHER = ["网络", "微信公众号", "朋友圈", "工作群", "相关媒体", "某公众号"]

# (structure, template, who may fill it: "any" publisher, or "outlet" only — a dateline, an opener, the opening
# brackets are an outlet's)
STRUCTURES = [
    ("来源行", "{body}\n来源：{p}", "any"),
    ("括注来源", "{body}（来源：{p}）", "any"),
    ("转自", "{body}\n转自{p}", "any"),
    ("转载自", "{body}\n本文转载自{p}", "any"),
    ("电头", "{p}北京12月1日电 {body}", "outlet"),
    ("消息头", "{p}消息，{body}", "outlet"),
    ("据…消息", "据{p}消息，{body}", "any"),
    ("据…报道", "据{p}报道，{body}", "outlet"),
    ("括注署名", "{body}（{p}）", "any"),
    ("破折号署名", "{body}\n——{p}", "any"),
    ("标注：信息发布", "{body}\n（信息发布：{p}）", "any"),
    ("标注：资料", "{body}（资料：{p}）", "any"),
    ("标注：供稿单位", "{body}\n供稿单位：{p}", "any"),
    ("标注：稿源", "{body}\n稿源：{p}", "any"),
    ("全文见", "{headline}{body}\n本通知全文见{p}。", "any"),
    ("全文请登录…查阅", "{headline}{body}\n全文请登录{p}官网查阅。", "any"),
    ("原文可在…查看", "{headline}{body}\n原文可在{p}查看。", "any"),
    ("由…发布，本号转载", "{headline}{body}本条信息由{p}发布，本号转载。", "any"),
    ("…发布，本号转发", "{headline}{body}\n{p}发布，本号转发。", "any"),
    ("开头方括号媒体", "【{p}】{body}", "outlet"),
    ("原载于", "{body}\n原载于{p}", "any"),
    ("经…授权转载", "{body}\n经{p}授权转载", "any"),
    # Weibo's repost credit without 自 (content-repost28): the account reposted, named after 转发@/转@/转载 @
    ("转发@", "转发@{p}：{body}", "any"),
    ("方括号转@", "【转@{p}】{body}", "any"),
    ("转载 @", "转载 @{p}：{body}", "any"),
]
# Lines that name no source by the set's rules, on a post that carries nothing else.
CONTROL_LINES = [
    ("阅读原文", "{headline}{body}\n阅读原文"),
    ("作者", "{headline}{body}\n作者：张明远"),
    ("编辑/审核", "{headline}{body}\n编辑：李华　审核：王强"),
    ("原标题", "原标题：冬季安全提醒\n{body}"),
    ("本报讯", "本报讯 {body}"),
    ("（完）", "{body}（完）"),
    ("记者从…获悉", "记者从市应急管理局获悉，{body}"),
    ("全文见附件", "{headline}{body}\n全文见附件。"),
    ("详见本号", "{headline}{body}\n全文见本号次条推送。"),
    ("本号转载（无名）", "{headline}{body}本条信息由本号转载。"),
    ("开头方括号标题", "【{p}】{body}"),  # a body in the opening brackets is the headline's speaker, not a credit
    ("由…主办", "{headline}本次活动由{p}主办。{body}"),
    # a call to share that tags the readers' friends is no credit (content-repost28)
    ("转发并@好友", "{headline}{body}欢迎转发@三位好友，一起守护平安。"),
    ("转发@家人", "{headline}转发@你的家人：{body}"),
]


# An outlet's item with the outlet's name cut off (content-rest27): a marker that only an outlet's copy carries, on a
# neutral post of a body that is no outlet, should read as a repost without a source (``repost_hit`` basis
# outlet_cut); the same marker with the outlet named, or a plain date, or the marker on an outlet's own account, should
# not. Dates and places are varied so that no one string passes.
DATES = ["1月5日", "3月18日", "7月2日", "11月20日", "12月31日"]
PLACES = ["", "北京", "哈尔滨", "松川"]
CUT_MARKERS = [
    ("电头（通讯社名去掉）", "{d}电 {body}"),
    ("括注电头（通讯社名去掉）", "（{pl}{d}电）{body}"),
    ("地名电头（通讯社名去掉）", "{pl}{d}电 {body}"),
    ("本报讯", "本报讯 {body}"),
    ("（完）", "{body}（完）"),
]
CUT_CONTROLS = [
    ("电头（通讯社名在）", "新华社{pl}{d}电 {body}"),
    ("日期开头", "{d}，{body}"),
    ("电开头的词", "{d}电力抢修队完成线路检修，全市供电恢复正常。"),
    ("文末电头", "{body}{d}电"),
]
CUT_UNIT, CUT_ACCOUNT = "松川市应急管理局", "松川应急"
MEDIA_UNIT, MEDIA_ACCOUNT = "松川县融媒体中心", "松川融媒"


# A source statement whose slot holds no publisher in a form the earlier tables do not vary (content-repost28, issue
# #18): the source deferred to a picture's watermark or logo, a kind of body where its name belongs (转自气象部门,
# 来源：有关部门), material presented as the net's in a relative clause (一段来自网络的视频：…). On a neutral post of a
# body that is no outlet each should read as a vague source (``repost_hit`` basis vague_source); the controls — a
# named body in the same slot, a list "见图" that is no source statement, a rumour's rebuttal that reports the net's
# video, a department inside a sentence, a portal's name that begins like one — should not read as any repost.
DEPTS = ["气象部门", "公安部门", "有关部门", "相关部门", "交通运输部门", "上级部门", "主管部门"]
NAMED_BODIES = ["松川市气象局", "国家统计局", "中国气象局", "澜江市公安局", "应急管理部"]
MATERIALS = ["视频", "图片", "文章", "短视频"]
VAGUE_FORMS = [
    ("来源见水印", "{body}（来源见水印）", [""]),
    ("来源：见图片水印", "{body}\n来源：见图片水印", [""]),
    ("出处见视频台标", "{body}\n出处见视频台标", [""]),
    ("图片来源见水印", "{body}\n图片来源见水印", [""]),
    ("转自…部门", "{body}（以上内容转自{x}）", DEPTS),
    ("来源：…部门", "{body}\n来源：{x}", DEPTS),
    ("信息来源：有关方面/单位", "{body}\n信息来源：{x}", ["有关方面", "相关单位", "有关单位"]),
    ("来自网络的…", "一段来自网络的{x}：{body}", MATERIALS),
    ("转自网上的…", "这是转自网上的{x}，{body}", MATERIALS),
]
VAGUE_CONTROLS = [
    ("来源：具名机构", "{body}\n来源：{x}", NAMED_BODIES),
    ("转自具名机构", "{body}（以上内容转自{x}）", NAMED_BODIES),
    ("名单见图", "{body}具体名单见图。", [""]),
    ("辟谣：来自网络的视频", "近日，一段来自网络的{x}称某地发生重大事故。经核实，该{x}系谣言，请勿转发。", MATERIALS),
    ("句中的部门", "{body}全市{x}将加强值守。", DEPTS),
    ("门户网站", "{body}\n来源：教育部门户网站", [""]),
]


def _vague(text: str) -> str | None:
    post = {"platform": "wechat", "account_id": "a", "post_id": "1", "text": text, "is_original": None, "source": None}
    hit = repost_hit(post, CUT_UNIT, None, account=CUT_ACCOUNT)
    return hit.basis if hit else None


def measure_vague() -> dict[str, tuple[int, int]]:
    """Per form: posts read as a vague source (forms: should be all) or as any repost (controls: should be none)."""
    rows = {}
    for name, template, fillers in VAGUE_FORMS:
        texts = [template.format(body=BODY, x=x) for x in fillers]
        rows[name] = (sum(_vague(t) == "vague_source" for t in texts), len(texts))
    for name, template, fillers in VAGUE_CONTROLS:
        texts = [template.format(body=BODY, x=x) for x in fillers]
        rows["对照：" + name] = (sum(_vague(t) is not None for t in texts), len(texts))
    return rows


def _cut(text: str, unit: str = CUT_UNIT, account: str = CUT_ACCOUNT) -> bool:
    post = {"platform": "wechat", "account_id": "a", "post_id": "1", "text": text, "is_original": None, "source": None}
    hit = repost_hit(post, unit, None, account=account)
    return hit is not None and hit.basis == "outlet_cut"


def measure_cut() -> dict[str, tuple[int, int]]:
    """Per marker: posts read as an outlet's item with its name cut off, over the dates and places (markers: should be
    all; controls and the markers on an outlet's own account: should be none)."""
    rows = {}
    for name, template in CUT_MARKERS + CUT_CONTROLS:
        texts = {template.format(d=d, pl=pl, body=BODY) for d in DATES for pl in PLACES}
        rows[name] = (sum(_cut(t) for t in texts), len(texts))
        if (name, template) in CUT_MARKERS:
            rows[name + "（媒体自己的账号）"] = (sum(_cut(t, MEDIA_UNIT, MEDIA_ACCOUNT) for t in texts), len(texts))
    return rows


def publishers(kind: str) -> list[tuple[str, str]]:
    """(origin, name) of the publishers that may fill a structure of ``kind``."""
    found = [(origin, n) for origin, names in OUTLETS.items() for n in names]
    if kind == "any":
        found += [(origin, n) for origin, names in BODIES.items() for n in names]
    return found


def names(template: str, p: str) -> bool:
    return text_names_source(fold(template.format(body=BODY, headline=HEADLINE, p=p)))


def measure() -> dict[str, dict]:
    """Per structure: publishers read as named (real, invented) and controls read as named."""
    rows: dict[str, dict] = {}
    for name, template, kind in STRUCTURES:
        pubs = publishers(kind)
        real = [p for origin, p in pubs if origin == "real"]
        invented = [p for origin, p in pubs if origin == "invented"]
        rows[name] = {"real": (sum(names(template, p) for p in real), len(real)),
                      "invented": (sum(names(template, p) for p in invented), len(invented)),
                      "controls": (sum(names(template, p) for p in NO_PUBLISHER), len(NO_PUBLISHER)),
                      "missed": [p for p in real + invented if not names(template, p)],
                      "false": [p for p in NO_PUBLISHER if names(template, p)]}
    for name, template in CONTROL_LINES:
        fillers = ([p for _, ps in BODIES.items() for p in ps if "{p}" in template] if "{p}" in template else ["-"])
        if name == "开头方括号标题":
            fillers = ["松川市应急管理局", "公安部刑侦局", "冬季安全提醒", "郑州警方"]
        hits = [p for p in fillers if names(template, p)]
        rows["对照：" + name] = {"real": (0, 0), "invented": (0, 0), "controls": (len(hits), len(fillers)),
                                "missed": [], "false": hits}
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description="转载来源识别的生成式检查：归属结构 × 发布者，附无来源对照")
    parser.add_argument("--show", action="store_true", help="列出未识别的发布者和误认的对照")
    args = parser.parse_args()
    rows = measure()
    print("| 结构 | 真实发布者识别 | 虚构发布者识别 | 对照误认为有来源 |")
    print("|---|---|---|---|")
    total = [0, 0, 0, 0, 0, 0]
    for name, row in rows.items():
        cells = []
        for i, key in enumerate(("real", "invented", "controls")):
            got, n = row[key]
            total[2 * i] += got
            total[2 * i + 1] += n
            cells.append(f"{got}/{n}" if n else "—")
        print(f"| {name} | " + " | ".join(cells) + " |")
        if args.show and (row["missed"] or row["false"]):
            print(f"    未识别：{'、'.join(row['missed']) or '无'}；误认：{'、'.join(row['false']) or '无'}")
    print(f"| 合计 | {total[0]}/{total[1]} | {total[2]}/{total[3]} | {total[4]}/{total[5]} |")
    print()
    print("| 去掉媒体名的稿件标记（非媒体单位的中性帖子） | 读作转载未注明来源 |")
    print("|---|---|")
    for name, (got, n) in measure_cut().items():
        print(f"| {name} | {got}/{n} |")
    print()
    print("| 来源位置没有发布者（非媒体单位的中性帖子） | 读作来源不明（对照：读作任何转载） |")
    print("|---|---|")
    for name, (got, n) in measure_vague().items():
        print(f"| {name} | {got}/{n} |")


if __name__ == "__main__":
    main()
