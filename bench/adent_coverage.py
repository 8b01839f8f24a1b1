"""Coverage of the ad and over-entertainment *readings* on generated posts: does a reading hold whatever the words?

    python bench/adent_coverage.py [--code DIR] [--show-misses 10]
    python bench/adent_coverage.py --code /work/main     # the same table against main's code

**This is generated data, written alongside the code** — not a labelled set, and no eval string. An ad is read as an
offer (a price, a discount, a gift, a group-buy threshold, a draw that needs a purchase) + a channel to act (a link at a
corner of the video, a shop to read more in, a quoted platform to order on, online order and mail, a shop's address,
an activity code, a group to join, a code copied into a shopping app) + an object (a product or a named shop). The
generator crosses every object with every offer and every channel in one carrier sentence, and wraps the same offer
in a consumer warning that names an impostor and says not to trust or order (a warning quoting an offer is no ad).
Over-entertainment is read by register (kaomoji in a cute sentence, the editor's private state, cute self-pity) and by
topic (a drama poll, a fan's diary, a quiz that foretells luck, a jesting threat to those who do not follow); the
negatives are lively proper posts of the same shape (a reminder after a colon, a mental-health service, a screening).

It runs ``detectors.content._hits`` on every sentence and prints per reading: sentences reported in the class /
total, and for the negatives sentences reported (the lower the better). A figure is the coverage of this generator,
not real-world recall; ``bench/content_quality.py`` measures the labelled parts.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

OBJECTS = ["“雪乡酱园”酱菜", "“林间商行”冻梨", "一款车载保温杯", "“松塔烧烤”羊肉串", "“北疆茶坊”红茶"]
OFFERS = ["全场享受半价", "两件合并结算再省一半", "每套88元、满30套成团", "晒出购物小票可参与抽奖",
          "购买享会员补贴价199元", "满2袋即赠1袋", "19块9两个"]
CHANNELS = ["链接挂在视频左下角", "详见官方商城", "在“鲜达”平台下单", "线上可拍可邮", "门店在中央大街",
            "活动码：XS2027", "加群“冬日拼单团”参与拼单", "复制#Ab12Cd34#打开某宝直达活动页"]
WARNINGS = ["【提醒】近期有人冒充市场监管部门推销{obj}，声称{offer}，{chan}，这些都不是官方行为，请勿轻信。",
            "【警方提示】有人在短视频平台冒充民警推销{obj}，称{offer}，{chan}，请勿下单。"]

FACES = ["(｡•́︿•̀｡)", "(๑•̀ㅂ•́)و✧", "(・ω・)", "(≧∇≦)", "(^_^)"]
CUTE = ["本小{animal}今天营业啦{face} 林子里的松果都被我藏起来了，谁找到算谁的～",
        "小{animal}今天的心情是 {face} 因为没人给我留言，你们是不是不爱我了？"]
ANIMALS = ["松鼠", "狐狸", "企鹅", "雪兔"]
EDITOR_STATES = ["周五啦，搬砖的小编已经饿扁了！", "比赛又输了，小编看得血压都上来了。",
                 "下午只想喝奶茶，小编已经是一条咸鱼了～", "零下四十度，小编的眉毛已经集体罢工。",
                 "我们值班一整夜，手都冻裂了，也没人心疼一下，好委屈……"]
TOPICS = ["投票时间：你最喜欢哪部{season}电视剧？评论区告诉我！", "小编来分享我的追星日常：抢到了偶像的签名专辑！",
          "心理小测试：{season}走进森林先看到什么？选松鼠的人今年会有意外之财，评论区对答案！",
          "刷到这条的都是有缘人，不关注就走的都会被雪人追着跑哦！"]
SEASONS = ["冬季", "夏日", "古装", "年代"]
PROPER = ["零下三十度，小编提醒大家：路面已冻成冰面，非必要不出门。",
          "心理健康测试：本周起各社区提供免费心理评估，选择线上方式的人会收到短信。",
          "本次电视剧展映共十部作品，市民可在文化馆预约观看。",
          "寒潮来袭，请大家注意保暖，出门记得戴好帽子和手套～",
          "{season}消费提示：购买年货请认准正规渠道，谨防低价陷阱。"]


def cases():
    """(reading, expected class or None for a negative, sentence)."""
    for obj, offer, chan in itertools.product(OBJECTS, OFFERS, CHANNELS):
        yield "广告：要约+渠道+对象", "ad", f"{obj}{offer}，{chan}。"
    for tpl, obj, offer, chan in itertools.product(WARNINGS, OBJECTS[:2], OFFERS, CHANNELS):
        yield "广告负例：警示引用的要约", None, tpl.format(obj=obj, offer=offer, chan=chan)
    for tpl, animal, face in itertools.product(CUTE, ANIMALS, FACES):
        yield "娱乐化：颜文字与卖萌", "entertainment", tpl.format(animal=animal, face=face)
    for text in EDITOR_STATES:
        yield "娱乐化：小编私人状态与卖惨", "entertainment", text
    for tpl, season in itertools.product(TOPICS, SEASONS):
        yield "娱乐化：追剧、追星、测试、要挟关注", "entertainment", tpl.format(season=season)
    for tpl, season in itertools.product(PROPER, SEASONS):
        yield "娱乐化负例：生动的正常政务帖", None, tpl.format(season=season)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--code", type=Path, default=ROOT, help="checkout whose detectors are measured (default: this one)")
    ap.add_argument("--show-misses", type=int, default=0)
    args = ap.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from detectors.content import ContentRules, _hits

    rules = ContentRules.load(ime=None)
    table: dict[str, list[int]] = {}
    misses: dict[str, list[str]] = {}
    for reading, cls, text in dict.fromkeys(cases()):
        found = {h.cls for h in _hits(text, rules)}
        row = table.setdefault(reading, [0, 0])
        row[1] += 1
        if cls is None:
            bad = bool(found & {"ad", "entertainment"})
            row[0] += bad
            if bad:
                misses.setdefault(reading, []).append(text)
        else:
            row[0] += cls in found
            if cls not in found:
                misses.setdefault(reading, []).append(text)
    print("生成数据（非标注集），检验读法的覆盖：")
    print("| 读法 | 报出 / 总数 |")
    print("|---|---|")
    for reading, (hit, total) in table.items():
        print(f"| {reading} | {hit}/{total} |")
    for reading, texts in misses.items():
        for text in texts[:args.show_misses]:
            print(f"[{reading}] {text}")


if __name__ == "__main__":
    main()
