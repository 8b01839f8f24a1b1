"""Seed data of the platform imitations: Shandong and Guangdong government accounts and the traps around them.

One platform-neutral list of ``SeedAccount``; each platform's imitation renders it in that platform's shapes.
Times are relative ("hours before the server started"), so the data stays fresh whenever it is served.
The demo registry (``imitations/data/demo_registry.csv``) is derived from the ``registry`` field of the same
entries (``registry_rows``), so the two never drift apart.

What is in it, per platform (see ``ROLE`` of each account):
- ``official``: registered and healthy; ``official-template``: registered, sharing an identical police
  template avatar with another genuine account (a trap for avatar-only matching);
- ``impostor-decoration`` / ``impostor-traditional`` / ``impostor-shape`` / ``impostor-sound`` /
  ``impostor-avatar``: imitations of a registered account (name decorated, traditional characters, a
  shape-alike or sound-alike character, a copied avatar with a different name);
- ``unregistered``: platform-verified government account missing from the registry;
- ``zombie``: registered, last post 30 days ago, a recent pinned post;
- ``renamed``: registered under an older name; ``closed-live``: registry says closed, account is live;
- ``gone``: registered active, deleted on the platform; ``duplicate``: a second registered account of one unit;
- ``neighbour``: a genuine look-alike of another place (济源发布), verified as its own unit;
- ``media`` / ``commercial``: verified non-government accounts with overlapping words.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SeedPost:
    age_hours: float
    text: str
    original: bool = True
    pinned: bool = False
    source: str | None = None  # name of the reposted account


@dataclass
class SeedAccount:
    platform: str
    id: str
    name: str
    description: str
    verified_type: str | None  # government | media | enterprise | personal | None
    verified_reason: str
    followers: int
    avatar: tuple[str, str]  # (template, text) for imitations.platforms.avatars.draw
    posts: list[SeedPost] = field(default_factory=list)
    gone: bool = False
    role: str = "official"
    registry: dict | None = None  # registry row fields when the account is in the demo registry
    alias: str = ""  # WeChat 微信号; Douyin sec_uid
    uid: str = ""  # Douyin numeric uid


def regular_posts(topic: str, n: int = 24, first_hours: float = 0.01, step_hours: float = 9.0,
                  pinned_age: float | None = None) -> list[SeedPost]:
    """``n`` posts, newest first, every ``step_hours``; every fifth is a repost; optionally a pinned old post."""
    posts = []
    if pinned_age is not None:
        posts.append(SeedPost(pinned_age, f"【置顶】{topic}政务服务指南", pinned=True))
    for i in range(n):
        age = first_hours + i * step_hours
        if i % 5 == 3:
            posts.append(SeedPost(age, f"转发：{topic}相关通知第{i}期", original=False, source="人民日报"))
        else:
            posts.append(SeedPost(age, f"{topic}今日动态第{n - i}期：便民服务信息发布。"))
    return posts


def zombie_posts(topic: str) -> list[SeedPost]:
    """Last ordinary post 30 days ago, but a pinned post from yesterday (must be ignored)."""
    return [SeedPost(20, f"【置顶】{topic}办事指南", pinned=True)] + [
        SeedPost(24 * (30 + 3 * i), f"{topic}旧闻第{i}期") for i in range(6)]


def repost_only_posts(topic: str) -> list[SeedPost]:
    """Active but without original posts in the last weeks (no_original)."""
    return [SeedPost(5 + 24 * i, f"转发：{topic}转载内容{i}", original=False, source="新华社") for i in range(8)] + [
        SeedPost(24 * 40, f"{topic}原创旧文")]


def _reg(unit: str, region: str, *, status: str = "active", name: str | None = None,
         competent: str = "山东省人民政府办公厅", filed: str = "2024-03-01", contact: str = "张科长 0531-00000000"):
    return {"unit": unit, "region": region, "status": status, "name": name, "competent_unit": competent,
            "filed_at": filed, "contact": contact}


GD = "广东省人民政府办公厅"


def _weibo() -> list[SeedAccount]:
    A, P = SeedAccount, regular_posts
    return [
        A("weibo", "2803301701", "山东发布", "山东省人民政府新闻办公室官方微博", "government",
          "山东省人民政府新闻办公室官方微博", 3_260_000, ("release", "山东发布"), P("山东发布"),
          registry=_reg("山东省人民政府新闻办公室", "山东省")),
        A("weibo", "1951382051", "济南发布", "济南市人民政府新闻办公室官方微博", "government",
          "济南市人民政府新闻办公室官方微博", 1_120_000, ("release", "济南发布"), P("济南发布"),
          registry=_reg("济南市人民政府新闻办公室", "山东省济南市")),
        A("weibo", "2612249974", "广东发布", "广东省人民政府新闻办公室官方微博", "government",
          "广东省人民政府新闻办公室官方微博", 2_480_000, ("release", "广东发布"), P("广东发布"),
          registry=_reg("广东省人民政府新闻办公室", "广东省", competent=GD)),
        A("weibo", "1989772524", "济南公安", "济南市公安局官方微博", "government", "济南市公安局官方微博",
          890_000, ("police", "公安"), P("济南公安"), role="official-template",
          registry=_reg("济南市公安局", "山东省济南市")),
        A("weibo", "2130826341", "青岛公安", "青岛市公安局官方微博", "government", "青岛市公安局官方微博",
          760_000, ("police", "公安"), P("青岛公安"), role="official-template",
          registry=_reg("青岛市公安局", "山东省青岛市")),
        A("weibo", "3209871102", "广州公安", "广州市公安局官方微博", "government", "广州市公安局官方微博",
          1_530_000, ("police", "公安"), P("广州公安"), role="official-template",
          registry=_reg("广州市公安局", "广东省广州市", competent=GD)),
        # impostors
        A("weibo", "7712300001", "山东发布官方", "山东省人民政府新闻办公室官方微博", None, "", 1_203,
          ("release", "山东发布"), P("山东发布", n=6), role="impostor-decoration"),
        A("weibo", "7712300002", "廣東發布", "广东省人民政府新闻办公室", None, "", 877,
          ("release", "广东发布"), P("广东发布", n=5), role="impostor-traditional"),
        A("weibo", "7712300003", "济南友布", "济南市人民政府新闻办公室", None, "", 455,
          ("release", "济南发布"), P("济南发布", n=4), role="impostor-shape"),
        A("weibo", "7712300004", "济南发部", "济南本地资讯", None, "", 2_310,
          ("plain", "济南"), P("济南资讯", n=5), role="impostor-sound"),
        A("weibo", "7712300005", "鲁政资讯", "山东省人民政府新闻办公室官方微博", None, "", 640,
          ("release", "山东发布"), P("鲁政", n=4), role="impostor-avatar"),
        # unregistered verified government account
        A("weibo", "5501234567", "潍坊生态环境", "潍坊市生态环境局官方微博", "government",
          "潍坊市生态环境局官方微博", 45_200, ("culture", "生态"), P("潍坊生态环境"), role="unregistered"),
        # zombie / no original
        A("weibo", "3301000001", "淄博文旅", "淄博市文化和旅游局官方微博", "government",
          "淄博市文化和旅游局官方微博", 210_000, ("culture", "文旅"), zombie_posts("淄博文旅"), role="zombie",
          registry=_reg("淄博市文化和旅游局", "山东省淄博市")),
        A("weibo", "3301000002", "汕头发布", "汕头市人民政府新闻办公室官方微博", "government",
          "汕头市人民政府新闻办公室官方微博", 98_000, ("release", "汕头发布"), repost_only_posts("汕头发布"),
          role="no-original", registry=_reg("汕头市人民政府新闻办公室", "广东省汕头市", competent=GD)),
        # registry mismatches
        A("weibo", "3301000003", "东营市政府发布", "东营市人民政府新闻办公室官方微博", "government",
          "东营市人民政府新闻办公室官方微博", 150_000, ("release", "东营发布"), P("东营发布"), role="renamed",
          registry=_reg("东营市人民政府新闻办公室", "山东省东营市", name="东营发布")),
        A("weibo", "3301000004", "烟台交警", "烟台市公安局交通警察支队官方微博", "government",
          "烟台市公安局交通警察支队官方微博", 330_000, ("police", "交警"), P("烟台交警"), role="closed-live",
          registry=_reg("烟台市公安局交通警察支队", "山东省烟台市", status="closed")),
        A("weibo", "3301000005", "威海发布", "威海市人民政府新闻办公室官方微博", "government",
          "威海市人民政府新闻办公室官方微博", 120_000, ("release", "威海发布"), [], gone=True, role="gone",
          registry=_reg("威海市人民政府新闻办公室", "山东省威海市")),
        # duplicate: two registered accounts of one unit
        A("weibo", "3301000006", "深圳卫健委", "深圳市卫生健康委员会官方微博", "government",
          "深圳市卫生健康委员会官方微博", 520_000, ("health", "卫健"), P("深圳卫健"), role="official",
          registry=_reg("深圳市卫生健康委员会", "广东省深圳市", competent=GD)),
        A("weibo", "3301000007", "深圳健康", "深圳市卫生健康委员会健康科普", "government",
          "深圳市卫生健康委员会", 12_000, ("health", "卫健"), P("深圳健康", n=10, step_hours=30),
          role="duplicate", registry=_reg("深圳市卫生健康委员会", "广东省深圳市", competent=GD)),
        # hard negatives
        A("weibo", "1742666164", "济源发布", "济源市人民政府新闻办公室官方微博", "government",
          "济源市人民政府新闻办公室官方微博", 300_000, ("release", "济源发布"), P("济源发布"), role="neighbour"),
        A("weibo", "1700000001", "齐鲁晚报", "齐鲁晚报官方微博", "media", "齐鲁晚报官方微博", 6_100_000,
          ("media", "齐鲁"), P("齐鲁晚报"), role="media"),
        A("weibo", "1700000002", "山东发布会议服务", "会议会展服务", "enterprise", "济南某会展服务有限公司",
          3_400, ("plain", "会展"), P("会展", n=3), role="commercial"),
    ]


def _wechat() -> list[SeedAccount]:
    A, P = SeedAccount, regular_posts
    return [
        A("wechat", "sdfb_gov", "山东发布", "山东省人民政府新闻办公室权威发布。", "government",
          "山东省人民政府新闻办公室", 0, ("release", "山东发布"), P("山东发布", n=3), alias="sdfb_gov",
          registry=_reg("山东省人民政府新闻办公室", "山东省")),
        A("wechat", "gdfb_gov", "广东发布", "广东省人民政府新闻办公室官方公众号。", "government",
          "广东省人民政府新闻办公室", 0, ("release", "广东发布"), P("广东发布", n=3), alias="gdfb_gov",
          registry=_reg("广东省人民政府新闻办公室", "广东省", competent=GD)),
        A("wechat", "jngaj_wx", "济南公安", "济南市公安局官方公众号", "government", "济南市公安局", 0,
          ("police", "公安"), P("济南公安", n=3), alias="jngaj_wx", role="official-template",
          registry=_reg("济南市公安局", "山东省济南市")),
        A("wechat", "sdfb_gf2024", "山东发布服务号", "山东省人民政府新闻办公室权威发布。", None, "", 0,
          ("release", "山东发布"), P("山东发布", n=2), alias="sdfb_gf2024", role="impostor-decoration"),
        A("wechat", "zbwl_gov", "淄博文旅", "淄博市文化和旅游局", "government", "淄博市文化和旅游局", 0,
          ("culture", "文旅"), [SeedPost(24 * 25, "淄博文旅旧文")], alias="zbwl_gov", role="zombie",
          registry=_reg("淄博市文化和旅游局", "山东省淄博市")),
        A("wechat", "fssw_gov", "佛山税务", "国家税务总局佛山市税务局", "government", "国家税务总局佛山市税务局", 0,
          ("plain", "税务"), P("佛山税务", n=2), alias="fssw_gov", role="unregistered"),
    ]


def _bilibili() -> list[SeedAccount]:
    A, P = SeedAccount, regular_posts
    return [
        A("bilibili", "1855498245", "山东发布", "山东省人民政府新闻办公室", "government",
          "山东省人民政府新闻办公室官方账号", 210_000, ("release", "山东发布"), P("山东发布", n=15),
          registry=_reg("山东省人民政府新闻办公室", "山东省")),
        A("bilibili", "1422355101", "广州公安", "广州市公安局官方账号", "government", "广州市公安局官方账号",
          380_000, ("police", "公安"),
          # the last one: a repost whose original was deleted (served as orig.type DYNAMIC_TYPE_NONE)
          P("广州公安", n=15) + [SeedPost(200, "转发动态（原动态已被删除）", original=False)],
          role="official-template",
          registry=_reg("广州市公安局", "广东省广州市", competent=GD)),
        A("bilibili", "3546700001", "山東發布", "山东省人民政府新闻办公室", None, "", 96, ("release", "山东发布"),
          P("山东发布", n=3), role="impostor-traditional"),
        A("bilibili", "3546700002", "青岛文旅", "青岛市文化和旅游局官方账号", "government",
          "青岛市文化和旅游局官方账号", 67_000, ("culture", "文旅"), zombie_posts("青岛文旅"), role="unregistered"),
        A("bilibili", "3546700003", "珠海发布", "珠海市人民政府新闻办公室", "government", "珠海市人民政府新闻办公室",
          20_000, ("release", "珠海发布"), [], gone=True, role="gone",
          registry=_reg("珠海市人民政府新闻办公室", "广东省珠海市", competent=GD)),
    ]


def _douyin() -> list[SeedAccount]:
    A, P = SeedAccount, regular_posts
    return [
        A("douyin", "MS4wLjABAAAAsdfb0001", "山东发布", "山东省人民政府新闻办公室", "government",
          "山东省人民政府新闻办公室官方账号", 1_800_000, ("release", "山东发布"), P("山东发布", n=12),
          uid="61200001", registry=_reg("山东省人民政府新闻办公室", "山东省")),
        A("douyin", "MS4wLjABAAAAjnga0002", "济南公安", "济南市公安局", "government", "济南市公安局官方账号",
          990_000, ("police", "公安"), zombie_posts("济南公安"), uid="61200002", role="zombie",
          registry=_reg("济南市公安局", "山东省济南市")),
        A("douyin", "MS4wLjABAAAAfake0003", "山东发布官方", "山东省人民政府新闻办公室", None, "", 3_100,
          ("release", "山东发布"), P("山东发布", n=3), uid="61200003", role="impostor-decoration"),
        A("douyin", "MS4wLjABAAAAdgfb0004", "东莞发布", "东莞市人民政府新闻办公室", "government",
          "东莞市人民政府新闻办公室官方账号", 410_000, ("release", "东莞发布"), P("东莞发布", n=6),
          uid="61200004", role="unregistered"),
    ]


def _kuaishou() -> list[SeedAccount]:
    A, P = SeedAccount, regular_posts
    return [
        A("kuaishou", "3xsdfb0001", "山东发布", "山东省人民政府新闻办公室", "government",
          "山东省人民政府新闻办公室官方账号", 650_000, ("release", "山东发布"), P("山东发布", n=10),
          registry=_reg("山东省人民政府新闻办公室", "山东省")),
        A("kuaishou", "3xjnfb0002", "济南發布", "济南市人民政府新闻办公室", None, "", 210,
          ("release", "济南发布"), P("济南发布", n=3), role="impostor-traditional"),
        A("kuaishou", "3xlygaj003", "临沂公安", "临沂市公安局", "government", "临沂市公安局官方账号", 88_000,
          ("police", "公安"), P("临沂公安", n=6), role="unregistered"),
    ]


def _generic() -> list[SeedAccount]:
    A, P = SeedAccount, regular_posts
    return [
        A("generic", "app-1001", "爱山东政务服务", "山东省大数据局政务服务应用", "government", "山东省大数据局", 0,
          ("release", "爱山东"), P("爱山东", n=5)),
        A("generic", "app-1002", "爱山東服务", "政务服务", None, "", 0, ("release", "爱山东"), P("爱山东", n=2),
          role="impostor-traditional"),
    ]


def default_seed() -> dict[str, list[SeedAccount]]:
    """platform → accounts (a fresh copy each call, so tests may mutate it)."""
    return {"weibo": _weibo(), "wechat": _wechat(), "bilibili": _bilibili(), "douyin": _douyin(),
            "kuaishou": _kuaishou(), "generic": _generic()}


def registry_rows(seed: dict[str, list[SeedAccount]] | None = None) -> list[dict]:
    """The demo registry (docs/ARCHITECTURE.md fields, platform as a code) derived from the seed."""
    rows = []
    for platform, accounts in (seed or default_seed()).items():
        for a in accounts:
            if not a.registry:
                continue
            r = a.registry
            url = {"weibo": f"https://m.weibo.cn/u/{a.id}", "bilibili": f"https://space.bilibili.com/{a.id}",
                   "douyin": f"https://www.douyin.com/user/{a.id}",
                   "kuaishou": f"https://www.kuaishou.com/profile/{a.id}"}.get(platform, "")
            rows.append({"unit": r["unit"], "platform": platform, "account_id": a.id, "name": r["name"] or a.name,
                         "url": url, "avatar": "", "status": r["status"], "region": r["region"],
                         "competent_unit": r["competent_unit"], "contact": r["contact"], "filed_at": r["filed_at"]})
    return rows
