"""Rule 4-5 (avatar layers), which of a unit's entries an avatar copy imitates: a unit uses one avatar on several
platforms, but each entry has its own description; when the suspect copies one of them, that one is the target —
the nearest copy, not whichever passes the copy threshold first (templates put several over it)."""

from __future__ import annotations

from core.avatars import avatar_hashes
from tests.detectors.evalset import png_bytes
from tests.detectors.test_avatar_only import GREEN, PURPLE, _badge, acc, layout, reg, run

WEIBO = "济南市公安局官方微博。发布警情通报、防骗提示和户政出入境服务信息，紧急报警请拨打110。"
TOUTIAO = "济南市公安局官方头条号。发布警情通报、防骗提示和户政出入境服务信息，紧急报警请拨打110。"
WECHAT = "济南市公安局官方公众号。发布警情通报、防骗提示和户政出入境服务信息，紧急报警请拨打110。"


def world():
    jinan = avatar_hashes(png_bytes(layout(label="济南公安", **PURPLE)))
    registry = [reg("济南公安", "济南市公安局", "w", "山东省济南市", "weibo", avatar_hashes=jinan),
                reg("济南公安", "济南市公安局", "c", "山东省济南市", "wechat", avatar_hashes=jinan),
                reg("济南公安", "济南市公安局", "t", "山东省济南市", "toutiao", avatar_hashes=jinan),
                reg("泰安公安", "泰安市公安局", "x", "山东省泰安市",
                    avatar_hashes=avatar_hashes(png_bytes(layout(label="泰安公安", **GREEN)))),
                reg("滨州发布", "滨州市人民政府新闻办公室", "y", "山东省滨州市",
                    avatar_hashes=avatar_hashes(png_bytes(_badge())))]
    officials = [acc("济南公安", "w", "weibo", description=WEIBO), acc("济南公安", "c", "wechat", description=WECHAT),
                 acc("济南公安", "t", "toutiao", description=TOUTIAO)]
    return registry, officials, jinan


def test_avatar_only_copy_targets_the_entry_whose_description_it_copies():
    registry, officials, jinan = world()
    for description, target in ((TOUTIAO, "t"), (WECHAT, "c"), (WEIBO, "w")):
        found = run(registry, officials + [acc("泉城生活圈", "s", "bilibili", avatar_hashes=jinan,
                                               description=description)])
        assert found["s"]["evidence"]["layer"] == "avatar", description
        assert found["s"]["target"]["account_id"] == target, description


def test_avatar_and_description_copy_targets_the_entry_whose_description_it_copies():
    registry, officials, jinan = world()
    for description, target in ((TOUTIAO, "t"), (WECHAT, "c"), (WEIBO, "w")):
        found = run(registry, officials + [acc("泉城警民服务", "s", "bilibili", avatar_hashes=jinan,
                                               description=description)])
        assert found["s"]["evidence"]["layer"] == "avatar+description", description
        assert found["s"]["target"]["account_id"] == target, description
