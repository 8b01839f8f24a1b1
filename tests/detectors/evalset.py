"""A labelled evaluation set for the impostor / unregistered detectors, generated deterministically from a seed.

``build(seed=7)`` returns an ``EvalSet``:

- ``registry``: Shandong and Guangdong units (province and every prefecture city × 6 functions) on one or two
  platforms — well over 300 entries — with template-built avatars: one template per function (the SAME police
  emblem for every 公安/交警 account, a red 发布 badge with the city's name, …);
- ``accounts``: the crawled records of the registered accounts (labelled ``registered``), and candidates:
  ``impostor`` (one per name family × several targets, with avatar transforms cycling through copy, resize,
  JPEG, crop, border, padding, recolour, watermark, rotation or an unrelated avatar; plus the ``avatar_desc``
  family: a government-sounding other name with a copied avatar and description), ``hard_negative`` (genuine
  accounts of *other* places with look-alike names, the same templates, verified as their own units),
  ``commercial``/``media`` (overlapping words), and ``unregistered`` (genuine district/county accounts verified
  as units inside Shandong/Guangdong, absent from the registry);
- ``labels``: account key → {label, family, transform, target (registry key) or unit}.

Avatars are 96×96 PNG/JPEG bytes drawn with PIL and the installed Noto CJK font; their fingerprints are stored in
the records as ``avatar_hashes`` (what the crawler does), except for a few records whose avatar is written to
``base_dir`` as a relative path, to exercise that branch. Generation takes a few seconds; tests cache it.
"""

from __future__ import annotations

import glob
import io
import random
import subprocess
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

from core.avatars import avatar_hashes
from core.records import account_key

SIZE = 96
SHANDONG = ("济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州",
            "聊城", "滨州", "菏泽")
GUANGDONG = ("广州", "深圳", "珠海", "汕头", "佛山", "韶关", "湛江", "肇庆", "江门", "茂名", "惠州", "梅州", "汕尾",
             "河源", "阳江", "清远", "东莞", "中山", "潮州", "揭阳", "云浮")
# (name suffix, unit suffix, avatar template)
FUNCTIONS = (
    ("发布", "人民政府新闻办公室", "fabu"),
    ("公安", "公安局", "police"),
    ("交警", "公安局交通警察支队", "police"),
    ("卫健委", "卫生健康委员会", "health"),
    ("市场监管", "市场监督管理局", "market"),
    ("应急管理", "应急管理局", "emergency"),
)
PLATFORMS = ("weibo", "wechat", "douyin")
NAME_FAMILIES = ("decoration", "traditional", "shape", "sound", "level", "swap_drop", "latin", "hidden")
TRANSFORMS = ("copy", "resize", "jpeg", "crop", "border", "padding", "recolour", "watermark", "rotation")
# Genuine places elsewhere (outside 山东 and 广东) whose names look like ours: (place, full unit prefix, our look-alike)
LOOKALIKES = (
    ("济源", "济源市", "济南"), ("泰州", "泰州市", "泰安"), ("彬州", "彬州市", "滨州"), ("德阳", "德阳市", "德州"),
    ("临汾", "临汾市", "临沂"), ("枣阳", "枣阳市", "枣庄"), ("东阳", "东阳市", "东营"), ("镇江", "镇江市", "湛江"),
    ("韶山", "韶山市", "韶关"), ("荆门", "荆门市", "江门"), ("青海", "青海省", "青岛"), ("广西", "广西壮族自治区", "广东"),
    ("山西", "山西省", "山东"), ("深州", "深州市", "深圳"), ("徽州", "黄山市徽州区", "惠州"), ("河津", "河津市", "河源"),
    ("阳泉", "阳泉市", "阳江"), ("邢台", "邢台市", "烟台"), ("滨海", "滨海县", "滨州"), ("集宁", "乌兰察布市集宁区", "济宁"),
)
UNVERIFIED_LOOKALIKES = ("济源", "泰州", "德阳", "临汾", "东阳", "镇江", "荆门", "阳泉")
DISTRICTS = (  # genuine accounts inside our provinces that the registry lacks
    ("章丘发布", "济南市章丘区人民政府新闻办公室"), ("历下发布", "济南市历下区人民政府新闻办公室"),
    ("黄岛发布", "青岛市黄岛区人民政府新闻办公室"), ("即墨公安", "青岛市公安局即墨分局"),
    ("张店发布", "淄博市张店区人民政府新闻办公室"), ("芝罘发布", "烟台市芝罘区人民政府新闻办公室"),
    ("奎文公安", "潍坊市公安局奎文分局"), ("泰山区卫健", "泰安市泰山区卫生健康局"),
    ("天河发布", "广州市天河区人民政府新闻办公室"), ("番禺发布", "广州市番禺区人民政府新闻办公室"),
    ("南山发布", "深圳市南山区人民政府新闻办公室"), ("福田公安", "深圳市公安局福田分局"),
    ("顺德发布", "佛山市顺德区人民政府新闻办公室"), ("香洲市场监管", "珠海市香洲区市场监督管理局"),
    ("惠城应急", "惠州市惠城区应急管理局"), ("金平发布", "汕头市金平区人民政府新闻办公室"),
    ("清城交警", "清远市公安局交通警察支队清城大队"), ("蓬江发布", "江门市蓬江区人民政府新闻办公室"),
)
COMMERCIAL = ("济南美食指南", "青岛啤酒", "山东公安考试题库", "广州发布会策划", "深圳卫浴批发", "佛山家具城",
              "烟台苹果直供", "潍坊风筝节", "东莞模具网", "山东美食发布", "济南二手车", "青岛旅游攻略",
              "广州吃喝玩乐", "汕头牛肉火锅", "东营房产资讯", "日照海鲜市场", "济南发布会", "烟台发布厅", "青岛交警驾校",
              "深圳卫健康复")
MEDIA = (("大众日报", "大众日报社"), ("齐鲁晚报", "齐鲁晚报社"), ("广州日报", "广州日报社"),
         ("深圳特区报", "深圳特区报社"), ("南方都市报", "南方都市报社"), ("青岛早报", "青岛日报社"),
         ("济南时报", "济南日报报业集团"), ("珠海特区报", "珠海特区报社"))
PERSONAL_BADGES = ("知名情感博主", "生活博主", "美食视频自媒体", "")


@dataclass
class EvalSet:
    registry: list[dict]
    accounts: list[dict]
    labels: dict[str, dict]
    base_dir: Path | None = None
    files: dict[str, bytes] = field(default_factory=dict)  # relative path → bytes, written by write_files()

    def write_files(self, base_dir: Path) -> None:
        self.base_dir = Path(base_dir)
        for rel, data in self.files.items():
            p = self.base_dir / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)

    def keys(self, label: str) -> list[str]:
        return [k for k, v in self.labels.items() if v["label"] == label]


# ---- avatars ------------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def cjk_font_path() -> str | None:
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}", "Noto Sans CJK SC:bold"], capture_output=True,
                             text=True, timeout=10).stdout.strip()
        if out and Path(out).exists() and "CJK" in out:
            return out
    except (OSError, subprocess.SubprocessError):
        pass
    found = sorted(glob.glob("/usr/share/fonts/**/*CJK*.tt[cf]", recursive=True))
    return found[0] if found else None


@lru_cache(maxsize=16)
def _font(size: int):
    path = cjk_font_path()
    return ImageFont.truetype(path, size) if path else ImageFont.load_default()


def _centered(draw: ImageDraw.ImageDraw, box, text: str, size: int, fill) -> None:
    font = _font(size)
    l, t, r, b = draw.textbbox((0, 0), text, font=font)
    x0, y0, x1, y1 = box
    draw.text(((x0 + x1 - (r - l)) / 2 - l, (y0 + y1 - (b - t)) / 2 - t), text, font=font, fill=fill)


def template_avatar(template: str, label: str = "") -> Image.Image:
    """Government-style avatars; the same template (and for police the very same image) for many units."""
    img = Image.new("RGB", (SIZE, SIZE), (255, 255, 255))
    d = ImageDraw.Draw(img)
    if template == "police":  # one emblem for every police account
        d.rectangle((0, 0, SIZE, SIZE), fill=(18, 44, 110))
        d.polygon([(48, 10), (80, 22), (74, 66), (48, 86), (22, 66), (16, 22)], fill=(214, 170, 40))
        d.polygon([(48, 24), (53, 40), (70, 40), (56, 50), (61, 66), (48, 56), (35, 66), (40, 50), (26, 40),
                   (43, 40)], fill=(200, 20, 20))
    elif template == "fabu":  # red badge: place name + 发布
        d.rounded_rectangle((4, 4, 92, 92), radius=14, fill=(200, 16, 30))
        _centered(d, (4, 8, 92, 44), label, 24, (255, 230, 160))
        d.rectangle((14, 50, 82, 84), fill=(255, 255, 255))
        _centered(d, (14, 50, 82, 84), "发布", 24, (200, 16, 30))
    elif template == "health":
        d.ellipse((6, 6, 90, 90), fill=(0, 140, 90))
        d.rectangle((40, 18, 56, 78), fill=(255, 255, 255))
        d.rectangle((18, 40, 78, 56), fill=(255, 255, 255))
        _centered(d, (30, 78, 66, 92), label[:2], 11, (0, 90, 60))
    elif template == "market":
        d.rectangle((0, 0, SIZE, SIZE), fill=(20, 90, 180))
        d.ellipse((16, 10, 80, 74), outline=(255, 255, 255), width=5)
        _centered(d, (0, 72, SIZE, 94), "市场监管", 15, (255, 255, 255))
    elif template == "emergency":
        d.rectangle((0, 0, SIZE, SIZE), fill=(240, 120, 20))
        d.polygon([(48, 10), (88, 80), (8, 80)], fill=(255, 255, 255))
        _centered(d, (28, 38, 68, 76), "应急", 16, (240, 120, 20))
    elif template == "media":
        d.rectangle((0, 0, SIZE, SIZE), fill=(30, 30, 30))
        _centered(d, (0, 20, SIZE, 76), label[:2], 34, (255, 255, 255))
    else:  # personal/commercial: random-ish shapes seeded by the label
        rng = random.Random(label)
        d.rectangle((0, 0, SIZE, SIZE), fill=tuple(rng.randrange(256) for _ in range(3)))
        for _ in range(5):
            x, y = rng.randrange(70), rng.randrange(70)
            d.ellipse((x, y, x + rng.randrange(15, 50), y + rng.randrange(15, 50)),
                      fill=tuple(rng.randrange(256) for _ in range(3)))
    return img


def transform_avatar(img: Image.Image, transform: str, rng: random.Random) -> Image.Image:
    if transform == "copy":
        return img.copy()
    if transform == "resize":
        return img.resize((rng.choice((64, 72, 160)),) * 2, Image.LANCZOS)
    if transform == "jpeg":
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=rng.choice((30, 45)))
        return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
    if transform == "crop":
        m = rng.choice((8, 10, 12))
        return img.crop((m, m, SIZE - m, SIZE - m)).resize((SIZE, SIZE))
    if transform == "border":
        return ImageOps.expand(img, border=rng.choice((6, 10)), fill=rng.choice(((255, 255, 255), (0, 0, 0))))
    if transform == "padding":
        canvas = Image.new("RGB", (SIZE + 40, SIZE), (255, 255, 255))
        canvas.paste(img, (20, 0))
        return canvas
    if transform == "recolour":
        r, g, b = img.split()
        return Image.merge("RGB", (b, g, r))
    if transform == "watermark":
        out = img.copy()
        d = ImageDraw.Draw(out)
        _centered(d, (50, 78, 96, 96), "转载", 12, (255, 255, 255))
        return out
    if transform == "rotation":
        return img.rotate(rng.choice((-7, 6)), resample=Image.BILINEAR, fillcolor=(255, 255, 255))
    raise ValueError(transform)


def png_bytes(img: Image.Image) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# ---- name families ------------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _common_chars() -> list[str]:
    out = []
    for hi in range(0xB0, 0xD8):  # GB2312 level-1 characters (the 3755 most common)
        for lo in range(0xA1, 0xFF):
            try:
                out.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return out


@lru_cache(maxsize=1)
def _homophones() -> dict[str, list[str]]:
    from pypinyin import Style, pinyin
    by_reading: dict[str, list[str]] = {}
    for ch in _common_chars():
        r = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
        by_reading.setdefault(r, []).append(ch)
    return by_reading


@lru_cache(maxsize=1)
def _s2t():
    from opencc import OpenCC
    return OpenCC("s2t")


def _replace(name: str, i: int, ch: str) -> str:
    return name[:i] + ch + name[i + 1:]


def name_variant(name: str, family: str, rng: random.Random) -> str | None:
    """An impostor's version of ``name`` in one family, or None when the family cannot apply."""
    from pypinyin import Style, lazy_pinyin, pinyin

    from detectors.names import shape_neighbours
    common = set(_common_chars())
    if family == "decoration":
        return rng.choice((name + "官方", name + "官微", "【官方】" + name, name + "V", name + "✅", name + "2025",
                           "官方" + name + "微博"))
    if family == "traditional":
        out = _s2t().convert(name)
        return out if out != name else None
    if family == "shape":
        options = [(i, c) for i, ch in enumerate(name) for c in sorted(shape_neighbours(ch)) if c in common]
        if not options:
            return None
        i, c = rng.choice(options)
        return _replace(name, i, c)
    if family == "sound":
        options = []
        for i, ch in enumerate(name):
            r = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True)[0][0]
            options += [(i, c) for c in _homophones().get(r, []) if c != ch]
        if not options:
            return None
        i, c = rng.choice(options)
        return _replace(name, i, c)
    if family == "level":
        return name[:2] + rng.choice(("市", "省" if name[:2] in ("山东", "广东") else "市")) + name[2:]
    if family == "swap_drop":
        if rng.random() < 0.5 and len(name) >= 4:
            i = rng.randrange(len(name) - 1)
            return name[:i] + name[i + 1] + name[i] + name[i + 2:]
        i = rng.randrange(len(name))
        return name[:i] + name[i + 1:] if len(name) >= 4 else None
    if family == "latin":
        place, rest = name[:2], name[2:]
        style = rng.randrange(3)
        if style == 0:
            return "".join(lazy_pinyin(name))
        if style == 1:
            return "".join(p[0] for p in lazy_pinyin(place)).upper() + rest
        return "".join(lazy_pinyin(place)) + rest
    if family == "hidden":
        i = rng.randrange(1, len(name))
        return rng.choice((name[:i] + "\u200d" + name[i:], name + "🔥", name[:i] + "\u200b" + name[i:],
                           "\u202e" + name[::-1], name[:i] + " · " + name[i:]))
    raise ValueError(family)


# ---- the set ------------------------------------------------------------------------------------------------

def _province_unit(prov: str, suffix: str) -> str:
    if suffix == "公安局":
        return f"{prov}省公安厅"
    if suffix == "公安局交通警察支队":
        return f"{prov}省公安厅交通管理局"
    if suffix == "人民政府新闻办公室":
        return f"{prov}省人民政府新闻办公室"
    return f"{prov}省{suffix.replace('局', '厅') if suffix.endswith('局') else suffix}"


def _description(name: str, unit: str, rng: random.Random) -> str:
    topic = rng.choice(("权威信息发布", "政务公开与便民服务", "政策解读与民生服务", "公共服务与互动交流"))
    return f"{unit}官方账号。{name}是{unit}的{topic}平台，热线电话 {rng.randrange(2000000, 9999999)}。"


def build(seed: int = 7, per_family: int = 14, avatar_desc: int = 18, file_avatars: int = 12) -> EvalSet:
    rng = random.Random(seed)
    registry: list[dict] = []
    accounts: list[dict] = []
    labels: dict[str, dict] = {}
    files: dict[str, bytes] = {}
    avatar_cache: dict[tuple[str, str], Image.Image] = {}
    hash_cache: dict[tuple, dict] = {}

    def avatar(template: str, label: str) -> Image.Image:
        key = (template, label if template in ("fabu", "health", "media", "own") else "")
        if key not in avatar_cache:
            avatar_cache[key] = template_avatar(template, label)
        return avatar_cache[key]

    def hashes(img: Image.Image, cache_key: tuple) -> dict:
        if cache_key not in hash_cache:
            hash_cache[cache_key] = avatar_hashes(png_bytes(img))
        return hash_cache[cache_key]

    counter = [0]

    def new_id(prefix: str) -> str:
        counter[0] += 1
        return f"{prefix}{100000 + counter[0] * 7919 % 900000}"

    def add_account(record: dict, label: dict, img: Image.Image | None, cache_key: tuple) -> None:
        key = account_key(record["platform"], record["account_id"])
        if img is not None:
            if file_avatars and label["label"] in ("impostor", "registered") and len(files) < file_avatars \
                    and rng.random() < 0.05:
                rel = f"avatars/{record['platform']}_{record['account_id']}.png"
                files[rel] = png_bytes(img)
                record["avatar"] = rel
            else:
                record["avatar_hashes"] = hashes(img, cache_key)
                record["avatar"] = f"https://img.example.invalid/{record['account_id']}.png"
        accounts.append(record)
        labels[key] = label

    # Registry + crawled records of the registered accounts.
    units = []
    for prov, cities in (("山东", SHANDONG), ("广东", GUANGDONG)):
        for fn_name, fn_unit, template in FUNCTIONS:
            units.append((prov + fn_name, _province_unit(prov, fn_unit), template, prov, f"{prov}省"))
        for city in cities:
            for fn_name, fn_unit, template in FUNCTIONS:
                units.append((city + fn_name, f"{city}市{fn_unit}", template, city, f"{prov}省{city}市"))
    official_by_name: dict[str, list[dict]] = {}
    for name, unit, template, place, region in units:
        platforms = rng.sample(PLATFORMS, rng.choice((1, 2)))
        for platform in sorted(platforms):
            entry = {"unit": unit, "platform": platform, "account_id": new_id("r"), "name": name,
                     "url": "", "avatar": "", "status": "active", "region": region,
                     "competent_unit": f"{region}人民政府办公室", "contact": "", "filed_at": "2023-05-01",
                     "_template": template, "_place": place}
            registry.append(entry)
            img = avatar(template, place)
            record = {"platform": platform, "account_id": entry["account_id"], "name": name,
                      "verified": True, "verified_type": "government", "verified_reason": f"{unit}官方账号",
                      "description": _description(name, unit, rng), "followers": rng.randrange(1000, 900000)}
            add_account(record, {"label": "registered", "family": None, "transform": None,
                                 "target": account_key(platform, entry["account_id"])}, img,
                        (template, place))
            official_by_name.setdefault(name, []).append(entry)
    registry_cores = _registry_cores(registry)
    crawled = {account_key(a["platform"], a["account_id"]): a for a in accounts}

    # Impostors: every name family against several targets, avatars cycling through the transforms.
    transform_cycle = list(TRANSFORMS) + ["own"]
    t = 0
    for family in NAME_FAMILIES:
        made = 0
        tries = 0
        while made < per_family and tries < per_family * 30:
            tries += 1
            entry = rng.choice(registry)
            variant = name_variant(entry["name"], family, rng)
            core = _core(variant) if variant else ""
            if not core or (core in registry_cores and core != _core(entry["name"])):
                continue
            transform = transform_cycle[t % len(transform_cycle)]
            t += 1
            platform = rng.choice((entry["platform"], rng.choice(PLATFORMS)))
            img, ckey = _impostor_avatar(entry, transform, avatar, rng, t)
            badge = rng.random()
            record = {"platform": platform, "account_id": new_id("x"), "name": variant,
                      "verified": badge < 0.3, "verified_type": "personal" if badge < 0.15 else None,
                      "verified_reason": rng.choice(PERSONAL_BADGES) if badge < 0.15 else "",
                      "description": rng.choice(("", "分享本地资讯", crawled[account_key(entry["platform"],
                                                 entry["account_id"])]["description"])),
                      "followers": rng.randrange(0, 5000)}
            add_account(record, {"label": "impostor", "family": family, "transform": transform,
                                 "target": account_key(entry["platform"], entry["account_id"])}, img, ckey)
            made += 1

    # The avatar + description family: another, government-sounding name; copied avatar and description.
    for k in range(avatar_desc):
        entry = rng.choice([e for e in registry if e["_template"] != "police"] if k % 2 else registry)
        transform = TRANSFORMS[k % len(TRANSFORMS)]
        name = entry["_place"] + rng.choice(("政务资讯", "民生服务", "便民服务中心", "政务通", "城市服务"))
        if _core(name) in registry_cores:
            continue
        img, ckey = _impostor_avatar(entry, transform, avatar, rng, 1000 + k)
        official = crawled[account_key(entry["platform"], entry["account_id"])]
        record = {"platform": entry["platform"], "account_id": new_id("x"), "name": name, "verified": False,
                  "verified_type": None, "verified_reason": "", "description": official["description"],
                  "followers": rng.randrange(0, 3000)}
        add_account(record, {"label": "impostor", "family": "avatar_desc", "transform": transform,
                             "target": account_key(entry["platform"], entry["account_id"])}, img, ckey)

    # Hard negatives: genuine look-alike places elsewhere, same templates, verified as their own units.
    for place, unit_prefix, ours in LOOKALIKES:
        for fn_name, fn_unit, template in (FUNCTIONS[0], FUNCTIONS[1], FUNCTIONS[2]):
            unit = unit_prefix + (fn_unit if not unit_prefix.endswith("区") else fn_unit.replace("支队", "大队"))
            record = {"platform": rng.choice(PLATFORMS), "account_id": new_id("h"), "name": place + fn_name,
                      "verified": True, "verified_type": "government" if rng.random() < 0.7 else None,
                      "verified_reason": rng.choice(("{}官方账号", "{}", "认证信息：{}")).format(unit),
                      "description": f"{unit}官方账号，发布{place}权威信息。", "followers": rng.randrange(1000, 500000)}
            add_account(record, {"label": "hard_negative", "family": "lookalike", "transform": None,
                                 "unit": unit, "like": ours}, avatar(template, place), (template, place))

    # Genuine but *unverified* look-alikes (not every real account has verification): only a name one
    # unrelated character away and the same template avatar — that must not be enough.
    for place, unit_prefix, ours in LOOKALIKES:
        if place not in UNVERIFIED_LOOKALIKES:
            continue
        unit = unit_prefix + FUNCTIONS[0][1]
        record = {"platform": rng.choice(PLATFORMS), "account_id": new_id("h"), "name": place + FUNCTIONS[0][0],
                  "verified": False, "verified_type": None, "verified_reason": "",
                  "description": f"{unit}，发布{place}本地权威信息。", "followers": rng.randrange(100, 50000)}
        add_account(record, {"label": "hard_negative", "family": "lookalike_unverified", "transform": None,
                             "unit": unit, "like": ours}, avatar("fabu", place), ("fabu", place))

    # Commercial and media accounts with overlapping words.
    for name in COMMERCIAL:
        verified = rng.random() < 0.4
        record = {"platform": rng.choice(PLATFORMS), "account_id": new_id("c"), "name": name, "verified": verified,
                  "verified_type": "enterprise" if verified else None,
                  "verified_reason": f"{name[:2]}{rng.choice(('宏达', '鑫源', '好运来'))}商贸有限公司" if verified else "",
                  "description": f"{name}，欢迎关注。", "followers": rng.randrange(0, 90000)}
        add_account(record, {"label": "commercial", "family": "commercial", "transform": None}, avatar("own", name),
                    ("own", name))
    for name, org in MEDIA:
        record = {"platform": rng.choice(PLATFORMS), "account_id": new_id("m"), "name": name, "verified": True,
                  "verified_type": "media", "verified_reason": f"{org}官方微博",
                  "description": f"{name}官方账号。", "followers": rng.randrange(10000, 9000000)}
        add_account(record, {"label": "media", "family": "media", "transform": None}, avatar("media", name),
                    ("media", name))

    # Unregistered genuine accounts inside our provinces.
    for name, unit in DISTRICTS:
        template = ("police" if "公安" in name or "交警" in name else "fabu" if "发布" in name else
                    "health" if "卫健" in name else "market" if "市场" in name else "emergency")
        record = {"platform": rng.choice(PLATFORMS), "account_id": new_id("u"), "name": name, "verified": True,
                  "verified_type": "government" if rng.random() < 0.6 else None,
                  "verified_reason": f"{unit}官方账号" if rng.random() < 0.5 else unit,
                  "description": f"{unit}官方账号。", "followers": rng.randrange(1000, 300000)}
        add_account(record, {"label": "unregistered", "family": "district", "transform": None, "unit": unit},
                    avatar(template, name[:2]), (template, name[:2]))

    # Second accounts of registered units on the same platform (duplicates; genuine, so never impostors).
    for entry in rng.sample(registry, 6):
        name = entry["name"] + rng.choice(("服务", "发布厅", "在线", ""))
        record = {"platform": entry["platform"], "account_id": new_id("d"), "name": name, "verified": True,
                  "verified_type": "government", "verified_reason": entry["unit"], "description": "",
                  "followers": rng.randrange(10, 3000)}
        add_account(record, {"label": "duplicate", "family": "second_account", "transform": None,
                             "unit": entry["unit"], "target": account_key(entry["platform"], entry["account_id"])},
                    avatar(entry["_template"], entry["_place"]), (entry["_template"], entry["_place"]))

    for entry in registry:
        entry.pop("_template")
        entry.pop("_place")
    return EvalSet(registry=registry, accounts=accounts, labels=labels, files=files)


def _core(name: str) -> str:
    from detectors.names import normalize_name
    return normalize_name(name)


def _registry_cores(registry: list[dict]) -> set[str]:
    return {_core(e["name"]) for e in registry}


def _impostor_avatar(entry: dict, transform: str, avatar, rng: random.Random, salt: int):
    if transform == "own":
        label = f"own-{salt}"
        return avatar("own", label), ("own", label)
    base = avatar(entry["_template"], entry["_place"])
    img = transform_avatar(base, transform, rng)
    return img, ("t", entry["_template"], entry["_place"], transform, salt)


# ---- running and scoring ------------------------------------------------------------------------------------

def run_detectors(es: EvalSet, cfg=None) -> dict[str, list[dict]]:
    """Findings of the impostor, unregistered and duplicate detectors on the set, by kind."""
    from detectors import duplicate, impostor, unregistered
    from detectors.context import DetectionContext
    ctx = DetectionContext(registry=es.registry, accounts=es.accounts, cfg=cfg, base_dir=es.base_dir)
    return {"impostor": list(impostor.detect(ctx)), "unregistered": list(unregistered.detect(ctx)),
            "duplicate": list(duplicate.detect(ctx))}


def evaluate(es: EvalSet, findings: dict[str, list[dict]]) -> dict:
    """Precision/recall of impostor findings overall, per name family and per avatar transform."""
    flagged = {account_key(f["platform"], f["account_id"]): f for f in findings["impostor"]}
    unreg = {account_key(f["platform"], f["account_id"]): f for f in findings["unregistered"]}
    impostors = es.keys("impostor")
    unit_of = {account_key(e["platform"], e["account_id"]): e["unit"] for e in es.registry}
    tp = [k for k in impostors if k in flagged and flagged[k]["target"] and unit_of[es.labels[k]["target"]] ==
          unit_of.get(account_key(flagged[k]["target"]["platform"], flagged[k]["target"]["account_id"]))]
    tp_any = [k for k in impostors if k in flagged]
    fp = [k for k in flagged if es.labels.get(k, {}).get("label") != "impostor"]

    def pr(keys_subset: list[str]) -> dict:
        hit = [k for k in keys_subset if k in flagged]
        return {"n": len(keys_subset), "found": len(hit), "recall": len(hit) / len(keys_subset) if keys_subset else 1.0}

    by_family: dict[str, dict] = {}
    by_transform: dict[str, dict] = {}
    for key in impostors:
        lab = es.labels[key]
        by_family.setdefault(lab["family"], []).append(key)
        by_transform.setdefault(lab["transform"], []).append(key)
    hard = es.keys("hard_negative") + es.keys("commercial") + es.keys("media")
    unregistered = es.keys("unregistered")
    return {
        "impostors": len(impostors),
        "flagged": len(flagged),
        "precision": len(tp_any) / len(flagged) if flagged else 1.0,
        "recall": len(tp_any) / len(impostors) if impostors else 1.0,
        "right_target": len(tp) / len(tp_any) if tp_any else 1.0,  # the flagged target is the imitated unit
        "false_positives": fp,
        "registered_flagged": [k for k in es.keys("registered") if k in flagged],
        "hard_negatives": len(hard),
        "hard_negatives_flagged": [k for k in hard if k in flagged],
        "unregistered": len(unregistered),
        "unregistered_reported": [k for k in unregistered if k in unreg],
        "unregistered_as_impostor": [k for k in unregistered if k in flagged],
        "unregistered_false": [k for k in unreg
                               if es.labels.get(k, {}).get("label") not in ("unregistered", "duplicate")],
        "duplicates": len(es.keys("duplicate")),
        "duplicates_reported": [k for k in es.keys("duplicate") if any(
            account_key(a["platform"], a["account_id"]) == k for f in findings["duplicate"]
            for a in f["evidence"]["accounts"])],
        "duplicates_as_impostor": [k for k in es.keys("duplicate") if k in flagged],
        "missed": [k for k in impostors if k not in flagged],
        "by_family": {k: pr(v) for k, v in sorted(by_family.items())},
        "by_transform": {k: pr(v) for k, v in sorted(by_transform.items())},
    }
