"""Issue #12: which registry entry an impostor imitates (the target), and the name layers added for #12."""

from __future__ import annotations

from detectors import impostor
from detectors.context import DetectionContext


def reg(name, unit, account_id, platform, region="广东省"):
    return {"unit": unit, "platform": platform, "account_id": account_id, "name": name, "status": "active",
            "region": region}


def acc(name, account_id, platform="weibo", **extra):
    return {"platform": platform, "account_id": account_id, "name": name, **extra}


def run(registry, accounts):
    ctx = DetectionContext(registry=registry, accounts=accounts)
    return {f["account_id"]: f for f in impostor.detect(ctx)}


# ---- target choice ---------------------------------------------------------------------------------------------

def test_the_nearest_copied_description_picks_the_entry_among_a_units_platforms():
    # One unit, one name on three platforms; descriptions follow one template, so all pass the copy threshold.
    unit = "广东省卫生健康委员会"
    registry = [reg("健康广东", unit, "w1", "weibo"), reg("健康广东", unit, "g1", "wechat"),
                reg("健康广东", unit, "t1", "toutiao")]
    crawled = [acc("健康广东", "w1", "weibo", description="广东省卫生健康委员会官方微博。发布卫生健康政策、疾病防控和医疗服务信息。"),
               acc("健康广东", "g1", "wechat", description="广东省卫生健康委员会官方公众号。发布卫生健康政策、疾病防控和医疗服务信息。"),
               acc("健康广东", "t1", "toutiao", description="广东省卫生健康委员会官方头条号。发布卫生健康政策、疾病防控和医疗服务信息。")]
    copy = acc("健康广东在线", "x1", "bilibili", description=crawled[1]["description"])
    f = run(registry, crawled + [copy])["x1"]
    assert f["target"]["account_id"] == "g1"
    copy_t = acc("健康广东", "x2", "kuaishou", description=crawled[2]["description"])
    assert run(registry, crawled + [copy_t])["x2"]["target"]["account_id"] == "t1"
