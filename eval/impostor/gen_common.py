"""Shared machinery for the blind impostor evaluation set (both parts).

This module holds only part-neutral things: the shape of Chinese government
units and their account names, avatar drawing (distinctive designs and shared
templates), the image edits impersonators apply, id/url formats per platform,
record writers and the sanity checker.  Every word list that a tactic draws on
(added words, look-alike pairs, emoji, other places, ...) lives in the part's
own spec module (dev/spec_dev.py, dev2/spec_dev2.py, dev3/spec_dev3.py, dev4/spec_dev4.py, dev5/spec_dev5.py, dev6/spec_dev6.py, dev7/spec_dev7.py, dev8/spec_dev8.py, dev9/spec_dev9.py, dev10/spec_dev10.py, dev11/spec_dev11.py, dev12/spec_dev12.py, dev13/spec_dev13.py, dev14/spec_dev14.py, dev15/spec_dev15.py, dev16/spec_dev16.py, dev17/spec_dev17.py, dev18/spec_dev18.py, dev19/spec_dev19.py, dev20/spec_dev20.py, dev21/spec_dev21.py, dev22/spec_dev22.py, dev23/spec_dev23.py, dev24/spec_dev24.py, dev25/spec_dev25.py, dev26/spec_dev26.py, dev27/spec_dev27.py, dev28/spec_dev28.py, dev29/spec_dev29.py, dev30/spec_dev30.py, dev31/spec_dev31.py, dev32/spec_dev32.py, dev33/spec_dev33.py, dev34/spec_dev34.py, heldout/spec_heldout.py).

Built blind: written without reading the detector, its tests or its data.
Deterministic: every random choice comes from a random.Random seeded by the spec.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import os
import random
import shutil
import unicodedata
from datetime import datetime, timedelta

import numpy as np
import opencc
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps
from pypinyin import Style, lazy_pinyin

PLATFORMS = ["weibo", "wechat", "douyin", "kuaishou", "bilibili", "toutiao"]
PLATFORM_CN = {"weibo": "微博", "wechat": "公众号", "douyin": "抖音号", "kuaishou": "快手号",
               "bilibili": "B站账号", "toutiao": "头条号"}
# size (px) at which each platform serves avatars in this set (kept small on purpose)
PLATFORM_AVATAR_PX = {"weibo": 150, "wechat": 132, "douyin": 144, "kuaishou": 120,
                      "bilibili": 128, "toutiao": 120}
REG_AVATAR_PX = 144

FONT_DIR = "/usr/share/fonts/opentype/noto/"
_FONTS = {}


def font(size, kind="sans_bold"):
    path = {"sans_bold": "NotoSansCJK-Bold.ttc", "sans": "NotoSansCJK-Regular.ttc",
            "serif_bold": "NotoSerifCJK-Bold.ttc", "serif": "NotoSerifCJK-Regular.ttc"}[kind]
    key = (path, size)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(FONT_DIR + path, size, index=2)  # index 2 = SC
    return _FONTS[key]


T2S = opencc.OpenCC("t2s")
S2T = opencc.OpenCC("s2t")

# --------------------------------------------------------------------------------------
# Government units: departments and how their accounts are usually named
# {S}/{F}: place short/full (济南/济南市, 山东/山东省); {DS}/{DF}: district short/full
# --------------------------------------------------------------------------------------
DEPTS = {
    # key: (province-level unit, city-level unit, name formats, motif, usual template, topic)
    "fabu": ("{F}人民政府新闻办公室", "{F}人民政府新闻办公室", ["{S}发布"], "megaphone", "fabu_badge",
             "发布权威政务信息、新闻发布会实录和政策解读"),
    "gov": ("{F}人民政府", "{F}人民政府", ["{F}人民政府", "{S}政务"], "gate", "state_emblem",
            "政府信息公开、政务服务与政策发布"),
    "police": ("{F}公安厅", "{F}公安局", ["{S}公安", "平安{S}"], "shield", "police_emblem",
               "发布警情通报、防骗提示和户政出入境服务信息，紧急报警请拨打110"),
    "traffic": ("{F}公安厅交通警察总队", "{F}公安局交通警察支队", ["{S}交警"], "traffic_light", "police_emblem",
                "发布路况、交通管制和交通违法处理信息"),
    "cyber": ("{F}公安厅网络安全保卫总队", "{F}公安局网络安全保卫支队", ["{S}网警", "{S}网警巡查执法"], "globe",
              "police_emblem", "网络安全宣传、网络谣言辟谣和网络违法犯罪举报"),
    "health": ("{F}卫生健康委员会", "{F}卫生健康委员会", ["{S}卫健委", "健康{S}", "{S}卫健"], "cross", None,
               "发布卫生健康政策、疾病防控和医疗服务信息"),
    "market": ("{F}市场监督管理局", "{F}市场监督管理局", ["{S}市场监管", "{F}市场监督管理局"], "scales", None,
               "发布市场监管政策、消费提示和食品安全信息，投诉举报请拨打12315"),
    "emergency": ("{F}应急管理厅", "{F}应急管理局", ["{S}应急管理", "{S}应急"], "warning", None,
                  "发布安全生产、防灾减灾和应急救援信息"),
    "tax": ("国家税务总局{F}税务局", "国家税务总局{F}税务局", ["{S}税务"], "coin", None,
            "发布税收政策解读和办税服务信息，纳税服务热线12366"),
    "hrss": ("{F}人力资源和社会保障厅", "{F}人力资源和社会保障局", ["{S}人社"], "hands", None,
             "发布就业创业、社会保险和人才政策信息"),
    "edu": ("{F}教育厅", "{F}教育局", ["{S}教育", "{S}教育发布"], "book", None,
            "发布教育政策、招生考试和校园安全信息"),
    "culture": ("{F}文化和旅游厅", "{F}文化和旅游局", ["{S}文旅", "{S}文化旅游"], "pagoda", None,
                "推介文化旅游资源，发布文旅活动和出游提示"),
    "court": ("{F}高级人民法院", "{F}中级人民法院", ["{S}中院", "{F}中级人民法院"], "scales", "state_emblem",
              "发布审判执行工作动态和典型案例"),
    "procur": ("{F}人民检察院", "{F}人民检察院", ["{S}检察"], "scales", "state_emblem",
               "发布检察工作动态、典型案例和法治宣传"),
    "fire": ("{F}消防救援总队", "{F}消防救援支队", ["{S}消防"], "flame", None,
             "发布消防安全提示和灭火救援动态，火警电话119"),
    "weather": ("{F}气象局", "{F}气象局", ["{S}气象", "{S}天气"], "cloud", None,
                "发布天气预报、气象预警和防灾提示"),
    "eco": ("{F}生态环境厅", "{F}生态环境局", ["{S}生态环境", "{S}环境"], "leaf", None,
            "发布生态环境质量、环境执法和环保宣传信息"),
    "hotline": ("{F}12345政务服务便民热线", "{F}12345政务服务便民热线", ["{S}12345"], "phone", None,
                "受理咨询、求助、投诉、建议，全天候服务市民"),
    "justice": ("{F}司法厅", "{F}司法局", ["法治{S}", "{S}司法"], "scales", None,
                "普法宣传、公共法律服务和法律援助信息"),
    "medins": ("{F}医疗保障局", "{F}医疗保障局", ["{S}医保"], "cross", None,
               "发布医保政策和经办服务信息"),
    "housing": ("{F}住房和城乡建设厅", "{F}住房和城乡建设局", ["{S}住建"], "house", None,
                "发布住房保障、城乡建设和物业管理信息"),
    "transport": ("{F}交通运输厅", "{F}交通运输局", ["{S}交通运输"], "bridge", None,
                  "发布公路水路交通和出行服务信息"),
    "civil": ("{F}民政厅", "{F}民政局", ["{S}民政"], "hands", None,
              "发布社会救助、婚姻登记和养老服务信息"),
    "veterans": ("{F}退役军人事务厅", "{F}退役军人事务局", ["{S}退役军人"], "star", None,
                 "发布退役军人服务保障政策和拥军优属信息"),
    "water": ("{F}水利厅", "{F}水务局", ["{S}水务", "{S}水利"], "waves", None,
              "发布供水、防汛和水资源管理信息"),
}

DISTRICT_DEPTS = {
    "fabu_d": ("{F}{DF}人民政府", ["{DS}发布", "{S}{DS}发布", "{F}{DF}人民政府"], "megaphone", "fabu_badge",
               "发布本区政务信息和民生服务信息"),
    "police_d": ("{F}公安局{DS}分局", ["{DS}公安", "{S}{DS}公安"], "shield", "police_emblem",
                 "发布辖区警情通报和便民服务信息"),
    "market_d": ("{F}{DF}市场监督管理局", ["{DS}市场监管"], "scales", None, "发布辖区市场监管和消费维权信息"),
    "health_d": ("{F}{DF}卫生健康局", ["健康{DS}", "{DS}卫健"], "cross", None, "发布辖区卫生健康服务信息"),
    "court_d": ("{F}{DF}人民法院", ["{DS}法院"], "scales", "state_emblem", "发布审判执行动态"),
    "procur_d": ("{F}{DF}人民检察院", ["{DS}检察"], "scales", "state_emblem", "发布检察工作动态"),
    "edu_d": ("{F}{DF}教育和体育局", ["{DS}教育"], "book", None, "发布辖区教育信息"),
    "traffic_d": ("{F}公安局交通警察支队{DS}大队", ["{S}交警{DS}大队"], "traffic_light", "police_emblem",
                  "发布辖区路况和交通管理信息"),
}

VERIFY_FMT = {"weibo": "{u}官方微博", "wechat": "{u}", "douyin": "{u}官方账号", "kuaishou": "{u}官方账号",
              "bilibili": "{u}官方账号", "toutiao": "{u}官方账号"}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国志红德海鹏飞晓东雪梅宁波斌"


def fmt(s, **kw):
    out = s
    for k, v in kw.items():
        out = out.replace("{" + k + "}", v)
    return out


def segs_of(name_fmt, **kw):
    """Split a name format into its filled segments, e.g. '{S}公安' -> ['济南', '公安']."""
    parts, buf, i = [], "", 0
    while i < len(name_fmt):
        if name_fmt[i] == "{":
            j = name_fmt.index("}", i)
            if buf:
                parts.append(buf)
                buf = ""
            parts.append(kw[name_fmt[i + 1:j]])
            i = j + 1
        else:
            buf += name_fmt[i]
            i += 1
    if buf:
        parts.append(buf)
    # split digit runs from the rest ("济南12345" is already split by the placeholder)
    return [p for p in parts if p]


# --------------------------------------------------------------------------------------
# String helpers
# --------------------------------------------------------------------------------------
def lev(a, b):
    if a == b:
        return 0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def toneless(s):
    return lazy_pinyin(s, style=Style.NORMAL)


def same_sound(a, b):
    return toneless(a) == toneless(b)


def visible(s):
    return "".join(ch for ch in s if unicodedata.category(ch) not in ("Cf", "Zs", "Mn"))


# --------------------------------------------------------------------------------------
# Avatars: templates, distinctive designs, unrelated images
# --------------------------------------------------------------------------------------
def _star(d, cx, cy, r, fill, rot=-90):
    pts = []
    for k in range(10):
        rr = r if k % 2 == 0 else r * 0.4
        a = math.radians(rot + k * 36)
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=fill)


def _text_center(d, box, text, fnt, fill):
    x0, y0, x1, y1 = box
    bb = d.textbbox((0, 0), text, font=fnt)
    w, h = bb[2] - bb[0], bb[3] - bb[1]
    d.text((x0 + (x1 - x0 - w) / 2 - bb[0], y0 + (y1 - y0 - h) / 2 - bb[1]), text, font=fnt, fill=fill)


def _fit_font(d, text, max_w, start, kind="sans_bold"):
    s = start
    while s > 8:
        f = font(s, kind)
        bb = d.textbbox((0, 0), text, font=f)
        if bb[2] - bb[0] <= max_w:
            return f
        s -= 1
    return font(8, kind)


def template_police_emblem(px=REG_AVATAR_PX):
    """Shared police-style template: identical pixels for every unit that uses it."""
    S = 4 * px
    im = Image.new("RGB", (S, S), (14, 55, 140))
    d = ImageDraw.Draw(im)
    c = S / 2
    d.ellipse([c - 0.42 * S, c - 0.42 * S, c + 0.42 * S, c + 0.42 * S], fill=(226, 180, 60))
    d.ellipse([c - 0.36 * S, c - 0.36 * S, c + 0.36 * S, c + 0.36 * S], fill=(20, 70, 165))
    for k in range(24):  # laurel-like dots on the ring
        a = math.radians(k * 15)
        r = 0.39 * S
        d.ellipse([c + r * math.cos(a) - 6, c + r * math.sin(a) - 6, c + r * math.cos(a) + 6,
                   c + r * math.sin(a) + 6], fill=(250, 225, 120))
    d.polygon([(c - 0.2 * S, c - 0.17 * S), (c + 0.2 * S, c - 0.17 * S), (c + 0.2 * S, c + 0.05 * S),
               (c, c + 0.26 * S), (c - 0.2 * S, c + 0.05 * S)], fill=(200, 25, 30))
    _star(d, c, c - 0.04 * S, 0.12 * S, (250, 215, 70))
    d.rectangle([c - 0.16 * S, c + 0.12 * S, c + 0.16 * S, c + 0.15 * S], fill=(250, 215, 70))
    return im.resize((px, px), Image.LANCZOS)


def template_state_emblem(px=REG_AVATAR_PX):
    """Shared national-emblem-style badge (courts, procuratorates, governments)."""
    S = 4 * px
    im = Image.new("RGB", (S, S), (196, 18, 28))
    d = ImageDraw.Draw(im)
    c = S / 2
    gold = (245, 200, 70)
    d.ellipse([c - 0.43 * S, c - 0.43 * S, c + 0.43 * S, c + 0.43 * S], outline=gold, width=int(0.035 * S))
    _star(d, c, c - 0.2 * S, 0.09 * S, gold)
    for k, (dx, dy) in enumerate([(-0.17, -0.22), (-0.11, -0.3), (0.11, -0.3), (0.17, -0.22)]):
        _star(d, c + dx * S, c + dy * S, 0.035 * S, gold, rot=-90 + 20 * k)
    d.rectangle([c - 0.22 * S, c - 0.02 * S, c + 0.22 * S, c + 0.03 * S], fill=gold)  # gate roof
    d.rectangle([c - 0.18 * S, c + 0.03 * S, c + 0.18 * S, c + 0.16 * S], fill=gold)
    for k in range(5):
        x = c - 0.14 * S + k * 0.07 * S
        d.rectangle([x - 0.015 * S, c + 0.07 * S, x + 0.015 * S, c + 0.16 * S], fill=(196, 18, 28))
    d.rectangle([c - 0.26 * S, c + 0.16 * S, c + 0.26 * S, c + 0.2 * S], fill=gold)
    d.arc([c - 0.33 * S, c - 0.33 * S, c + 0.33 * S, c + 0.33 * S], 20, 160, fill=gold, width=int(0.03 * S))
    return im.resize((px, px), Image.LANCZOS)


def template_fabu_badge(city, px=REG_AVATAR_PX):
    """Shared red '发布' badge; only the place name differs between units."""
    S = 4 * px
    im = Image.new("RGB", (S, S), (255, 255, 255))
    d = ImageDraw.Draw(im)
    d.rounded_rectangle([0.04 * S, 0.04 * S, 0.96 * S, 0.96 * S], radius=int(0.16 * S), fill=(215, 0, 15))
    d.ellipse([0.14 * S, 0.2 * S, 0.86 * S, 0.92 * S], outline=(255, 255, 255), width=int(0.025 * S))
    _text_center(d, (0, 0.06 * S, S, 0.24 * S), city, _fit_font(d, city, 0.6 * S, int(0.13 * S)), (255, 236, 160))
    _text_center(d, (0, 0.34 * S, S, 0.78 * S), "发布", font(int(0.25 * S), "sans_bold"), (255, 255, 255))
    return im.resize((px, px), Image.LANCZOS)


TEMPLATES = {"police_emblem": template_police_emblem, "state_emblem": template_state_emblem,
             "fabu_badge": template_fabu_badge}


def _hsv(h, s, v):
    import colorsys
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, s, v)
    return (int(r * 255), int(g * 255), int(b * 255))


def _motif(d, kind, cx, cy, r, col, bg):
    if kind == "shield":
        d.polygon([(cx - r, cy - r * 0.8), (cx + r, cy - r * 0.8), (cx + r, cy + 0.1 * r), (cx, cy + r),
                   (cx - r, cy + 0.1 * r)], fill=col)
        _star(d, cx, cy - 0.1 * r, 0.45 * r, bg)
    elif kind == "megaphone":
        d.polygon([(cx - r, cy - 0.3 * r), (cx + 0.5 * r, cy - r), (cx + 0.5 * r, cy + r), (cx - r, cy + 0.3 * r)],
                  fill=col)
        d.arc([cx + 0.3 * r, cy - 0.6 * r, cx + 1.1 * r, cy + 0.6 * r], -50, 50, fill=col, width=max(2, int(r / 6)))
    elif kind == "cross":
        w = r * 0.38
        d.rectangle([cx - w, cy - r, cx + w, cy + r], fill=col)
        d.rectangle([cx - r, cy - w, cx + r, cy + w], fill=col)
    elif kind == "scales":
        d.line([cx, cy - r, cx, cy + r], fill=col, width=max(2, int(r / 6)))
        d.line([cx - r, cy - 0.6 * r, cx + r, cy - 0.6 * r], fill=col, width=max(2, int(r / 7)))
        d.pieslice([cx - 1.1 * r, cy - 0.4 * r, cx - 0.3 * r, cy + 0.4 * r], 0, 180, fill=col)
        d.pieslice([cx + 0.3 * r, cy - 0.4 * r, cx + 1.1 * r, cy + 0.4 * r], 0, 180, fill=col)
        d.rectangle([cx - 0.5 * r, cy + 0.85 * r, cx + 0.5 * r, cy + r], fill=col)
    elif kind == "warning":
        d.polygon([(cx, cy - r), (cx + r, cy + 0.8 * r), (cx - r, cy + 0.8 * r)], fill=col)
        d.rectangle([cx - 0.1 * r, cy - 0.4 * r, cx + 0.1 * r, cy + 0.3 * r], fill=bg)
        d.ellipse([cx - 0.12 * r, cy + 0.45 * r, cx + 0.12 * r, cy + 0.65 * r], fill=bg)
    elif kind == "coin":
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)
        d.rectangle([cx - 0.3 * r, cy - 0.3 * r, cx + 0.3 * r, cy + 0.3 * r], fill=bg)
    elif kind == "hands":
        d.ellipse([cx - r, cy - 0.5 * r, cx + 0.1 * r, cy + 0.6 * r], fill=col)
        d.ellipse([cx - 0.1 * r, cy - 0.5 * r, cx + r, cy + 0.6 * r], outline=col, width=max(2, int(r / 5)))
    elif kind == "book":
        d.polygon([(cx - r, cy - 0.7 * r), (cx, cy - 0.5 * r), (cx, cy + 0.8 * r), (cx - r, cy + 0.6 * r)], fill=col)
        d.polygon([(cx + r, cy - 0.7 * r), (cx + 0.05 * r, cy - 0.5 * r), (cx + 0.05 * r, cy + 0.8 * r),
                   (cx + r, cy + 0.6 * r)], fill=col)
    elif kind == "pagoda":
        for k in range(4):
            w = r * (1 - 0.2 * k)
            y = cy + r * 0.8 - k * 0.45 * r
            d.polygon([(cx - w, y), (cx + w, y), (cx + 0.7 * w, y - 0.3 * r), (cx - 0.7 * w, y - 0.3 * r)], fill=col)
        d.line([cx, cy - r, cx, cy - 0.6 * r], fill=col, width=max(2, int(r / 8)))
    elif kind == "flame":
        d.ellipse([cx - 0.7 * r, cy - 0.2 * r, cx + 0.7 * r, cy + r], fill=col)
        d.polygon([(cx - 0.7 * r, cy + 0.35 * r), (cx, cy - r), (cx + 0.7 * r, cy + 0.35 * r)], fill=col)
        d.ellipse([cx - 0.3 * r, cy + 0.2 * r, cx + 0.3 * r, cy + 0.8 * r], fill=bg)
    elif kind == "cloud":
        for dx, dy, rr in [(-0.5, 0.1, 0.45), (0, -0.2, 0.55), (0.5, 0.1, 0.45)]:
            d.ellipse([cx + dx * r - rr * r, cy + dy * r - rr * r, cx + dx * r + rr * r, cy + dy * r + rr * r],
                      fill=col)
        d.rectangle([cx - 0.9 * r, cy + 0.1 * r, cx + 0.9 * r, cy + 0.55 * r], fill=col)
    elif kind == "leaf":
        d.chord([cx - r, cy - r, cx + r, cy + r], 200, 340, fill=col)
        d.chord([cx - r, cy - 1.6 * r, cx + r, cy + 0.4 * r], 20, 160, fill=col)
        d.line([cx - 0.8 * r, cy + 0.6 * r, cx + 0.8 * r, cy - 0.6 * r], fill=bg, width=max(2, int(r / 8)))
    elif kind == "phone":
        d.rounded_rectangle([cx - 0.55 * r, cy - r, cx + 0.55 * r, cy + r], radius=int(0.2 * r), fill=col)
        d.rectangle([cx - 0.4 * r, cy - 0.75 * r, cx + 0.4 * r, cy + 0.55 * r], fill=bg)
    elif kind == "traffic_light":
        d.rounded_rectangle([cx - 0.45 * r, cy - r, cx + 0.45 * r, cy + r], radius=int(0.2 * r), fill=col)
        for k, cc in enumerate([(230, 40, 40), (250, 200, 40), (40, 190, 80)]):
            y = cy - 0.6 * r + k * 0.6 * r
            d.ellipse([cx - 0.25 * r, y - 0.25 * r, cx + 0.25 * r, y + 0.25 * r], fill=cc)
    elif kind == "globe":
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(2, int(r / 6)))
        d.ellipse([cx - 0.45 * r, cy - r, cx + 0.45 * r, cy + r], outline=col, width=max(2, int(r / 8)))
        d.line([cx - r, cy, cx + r, cy], fill=col, width=max(2, int(r / 8)))
    elif kind == "gate":
        d.rectangle([cx - r, cy - 0.3 * r, cx + r, cy - 0.1 * r], fill=col)
        d.rectangle([cx - 0.8 * r, cy - 0.1 * r, cx + 0.8 * r, cy + 0.7 * r], fill=col)
        d.rectangle([cx - 0.2 * r, cy + 0.2 * r, cx + 0.2 * r, cy + 0.7 * r], fill=bg)
        d.polygon([(cx - 1.1 * r, cy - 0.3 * r), (cx, cy - r), (cx + 1.1 * r, cy - 0.3 * r)], fill=col)
    elif kind == "house":
        d.polygon([(cx - r, cy), (cx, cy - r), (cx + r, cy)], fill=col)
        d.rectangle([cx - 0.7 * r, cy, cx + 0.7 * r, cy + 0.9 * r], fill=col)
    elif kind == "bridge":
        d.arc([cx - r, cy - 0.6 * r, cx + r, cy + 1.4 * r], 180, 360, fill=col, width=max(2, int(r / 6)))
        d.rectangle([cx - 1.1 * r, cy + 0.35 * r, cx + 1.1 * r, cy + 0.5 * r], fill=col)
    elif kind == "star":
        _star(d, cx, cy, r, col)
    elif kind == "waves":
        for k in range(3):
            y = cy - 0.5 * r + k * 0.5 * r
            d.arc([cx - r, y - 0.3 * r, cx, y + 0.3 * r], 180, 360, fill=col, width=max(2, int(r / 7)))
            d.arc([cx, y - 0.3 * r, cx + r, y + 0.3 * r], 0, 180, fill=col, width=max(2, int(r / 7)))
    else:
        d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=col)


def _landmark(d, kind, S, col, rng):
    """A simple city landmark silhouette across the lower part of the canvas."""
    y0 = S * rng.uniform(0.62, 0.72)
    if kind == "fountain":
        for k in range(5):
            x = S * (0.3 + 0.1 * k)
            h = S * (0.12 + 0.08 * (2 - abs(2 - k)))
            d.arc([x - 0.06 * S, y0 - h, x + 0.06 * S, y0 + h], 180, 360, fill=col, width=max(2, S // 60))
        d.rectangle([0.2 * S, y0, 0.8 * S, y0 + 0.04 * S], fill=col)
    elif kind == "mountain":
        d.polygon([(0, y0 + 0.1 * S), (0.3 * S, y0 - 0.25 * S), (0.5 * S, y0 - 0.05 * S), (0.7 * S, y0 - 0.35 * S),
                   (S, y0 + 0.1 * S)], fill=col)
    elif kind == "tower":
        d.polygon([(0.44 * S, y0 + 0.1 * S), (0.48 * S, y0 - 0.45 * S), (0.52 * S, y0 - 0.45 * S),
                   (0.56 * S, y0 + 0.1 * S)], fill=col)
        d.line([0.5 * S, y0 - 0.55 * S, 0.5 * S, y0 - 0.45 * S], fill=col, width=max(2, S // 80))
    elif kind == "skyline":
        x = 0.08 * S
        while x < 0.92 * S:
            w = S * rng.uniform(0.05, 0.1)
            h = S * rng.uniform(0.1, 0.4)
            d.rectangle([x, y0 - h, x + w, y0 + 0.1 * S], fill=col)
            x += w + S * 0.01
    elif kind == "pier":
        d.rectangle([0.1 * S, y0, 0.9 * S, y0 + 0.03 * S], fill=col)
        d.polygon([(0.6 * S, y0 - 0.02 * S), (0.7 * S, y0 - 0.16 * S), (0.8 * S, y0 - 0.02 * S)], fill=col)
        d.rectangle([0.63 * S, y0 - 0.02 * S, 0.77 * S, y0], fill=col)
    elif kind == "pagoda":
        _motif(d, "pagoda", 0.5 * S, y0 - 0.15 * S, 0.2 * S, col, col)
    elif kind == "bridge":
        _motif(d, "bridge", 0.5 * S, y0 - 0.1 * S, 0.35 * S, col, col)
    elif kind == "lighthouse":
        d.polygon([(0.45 * S, y0 + 0.1 * S), (0.48 * S, y0 - 0.35 * S), (0.52 * S, y0 - 0.35 * S),
                   (0.55 * S, y0 + 0.1 * S)], fill=col)
        d.pieslice([0.3 * S, y0 - 0.45 * S, 0.7 * S, y0 - 0.25 * S], 160, 200, fill=col)
    elif kind == "sun":
        d.ellipse([0.35 * S, y0 - 0.3 * S, 0.65 * S, y0], fill=col)
        d.rectangle([0, y0 - 0.02 * S, S, y0 + 0.02 * S], fill=col)
    else:  # waves
        for k in range(3):
            y = y0 + k * 0.05 * S
            for j in range(5):
                x = j * 0.22 * S
                d.arc([x, y - 0.04 * S, x + 0.22 * S, y + 0.04 * S], 180, 360, fill=col, width=max(2, S // 70))


def distinctive_avatar(short_text, motif, landmark, seed, px=REG_AVATAR_PX):
    """A unit's own design: unique colours/layout/landmark plus its short name."""
    rng = random.Random(seed)
    S = 4 * px
    h = rng.random()
    c1 = _hsv(h, rng.uniform(0.55, 0.9), rng.uniform(0.55, 0.9))
    c2 = _hsv(h + rng.uniform(0.25, 0.6), rng.uniform(0.5, 0.9), rng.uniform(0.7, 1.0))
    c3 = _hsv(h + rng.uniform(-0.1, 0.1), rng.uniform(0.05, 0.25), 0.98)
    layout = rng.choice(["ring", "diagonal", "scene", "split", "tile"])
    if rng.random() < 0.5:  # not every department of a city draws the city's landmark
        landmark = rng.choice(["fountain", "mountain", "tower", "skyline", "pier", "pagoda", "bridge", "lighthouse",
                               "sun", "waves"])
    im = Image.new("RGB", (S, S), c3)
    d = ImageDraw.Draw(im)
    if layout == "ring":
        d.rectangle([0, 0, S, S], fill=c3)
        d.ellipse([0.04 * S, 0.04 * S, 0.96 * S, 0.96 * S], fill=c1)
        d.ellipse([0.12 * S, 0.12 * S, 0.88 * S, 0.88 * S], fill=c3)
        _landmark(d, landmark, S, c2, rng)
        _motif(d, motif, 0.5 * S, 0.36 * S, 0.14 * S, c1, c3)
        _text_center(d, (0.15 * S, 0.7 * S, 0.85 * S, 0.86 * S), short_text,
                     _fit_font(d, short_text, 0.62 * S, int(0.13 * S)), c1)
    elif layout == "diagonal":
        d.polygon([(0, 0), (S, 0), (0, S)], fill=c1)
        d.polygon([(S, 0), (S, S), (0, S)], fill=c2)
        _motif(d, motif, 0.3 * S, 0.3 * S, 0.15 * S, c3, c1)
        t = short_text
        f = _fit_font(d, t, 0.8 * S, int(0.2 * S), rng.choice(["sans_bold", "serif_bold"]))
        _text_center(d, (0.1 * S, 0.5 * S, 0.9 * S, 0.85 * S), t, f, c3)
        _landmark(d, landmark, S, _hsv(h, 0.3, 0.95), rng)
    elif layout == "scene":
        top, bot = np.array(c2, float), np.array(c3, float)
        arr = np.zeros((S, S, 3))
        for y in range(S):
            arr[y, :, :] = top + (bot - top) * (y / S)
        im = Image.fromarray(arr.astype(np.uint8))
        d = ImageDraw.Draw(im)
        d.ellipse([0.65 * S, 0.08 * S, 0.85 * S, 0.28 * S], fill=_hsv(h + 0.1, 0.6, 1.0))
        _landmark(d, landmark, S, c1, rng)
        d.rectangle([0, 0.78 * S, S, S], fill=c1)
        _text_center(d, (0, 0.78 * S, S, S), short_text, _fit_font(d, short_text, 0.85 * S, int(0.15 * S)), c3)
        _motif(d, motif, 0.2 * S, 0.18 * S, 0.1 * S, c1, c2)
    elif layout == "split":
        d.rectangle([0, 0, S, 0.55 * S], fill=c1)
        d.rectangle([0, 0.55 * S, S, S], fill=c3)
        _motif(d, motif, 0.5 * S, 0.27 * S, 0.18 * S, c3, c1)
        t = short_text
        _text_center(d, (0.05 * S, 0.6 * S, 0.95 * S, 0.95 * S), t, _fit_font(d, t, 0.88 * S, int(0.2 * S)), c1)
        d.rectangle([0.1 * S, 0.55 * S, 0.9 * S, 0.57 * S], fill=c2)
    else:  # tile
        d.rectangle([0, 0, S, S], fill=c2)
        d.rounded_rectangle([0.08 * S, 0.08 * S, 0.92 * S, 0.92 * S], radius=int(0.1 * S), fill=c1)
        if len(short_text) >= 4:
            a, b = short_text[:len(short_text) // 2], short_text[len(short_text) // 2:]
            f = _fit_font(d, max(a, b, key=len), 0.7 * S, int(0.28 * S), "serif_bold")
            _text_center(d, (0, 0.16 * S, S, 0.48 * S), a, f, c3)
            _text_center(d, (0, 0.48 * S, S, 0.8 * S), b, f, c3)
        else:
            _text_center(d, (0, 0.2 * S, S, 0.75 * S), short_text,
                         _fit_font(d, short_text, 0.7 * S, int(0.3 * S), "serif_bold"), c3)
        _motif(d, motif, 0.82 * S, 0.82 * S, 0.07 * S, c2, c1)
    return im.resize((px, px), Image.LANCZOS)


def unrelated_avatar(kind, seed, px=140, text=None):
    rng = random.Random(seed)
    S = 2 * px
    h = rng.random()
    if kind == "person":  # photo-like portrait
        top = np.array(_hsv(h, 0.3, rng.uniform(0.5, 0.95)), float)
        bot = np.array(_hsv(h + 0.2, 0.4, rng.uniform(0.3, 0.8)), float)
        arr = np.zeros((S, S, 3))
        for y in range(S):
            arr[y] = top + (bot - top) * y / S
        arr += np.random.default_rng(seed % (2 ** 32)).normal(0, 6, arr.shape)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        d = ImageDraw.Draw(im)
        skin = _hsv(0.07, rng.uniform(0.25, 0.45), rng.uniform(0.75, 0.95))
        cloth = _hsv(rng.random(), 0.6, rng.uniform(0.3, 0.8))
        d.ellipse([0.2 * S, 0.7 * S, 0.8 * S, 1.3 * S], fill=cloth)
        d.ellipse([0.33 * S, 0.25 * S, 0.67 * S, 0.68 * S], fill=skin)
        d.chord([0.31 * S, 0.2 * S, 0.69 * S, 0.5 * S], 180, 360, fill=_hsv(0.08, 0.5, rng.uniform(0.1, 0.3)))
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(1.0, 2.5)))
    elif kind == "scenery":
        top = np.array(_hsv(0.58 + rng.uniform(-0.05, 0.05), 0.5, 0.95), float)
        bot = np.array(_hsv(rng.random(), 0.3, 0.95), float)
        arr = np.zeros((S, S, 3))
        for y in range(S):
            arr[y] = top + (bot - top) * y / S
        im = Image.fromarray(arr.astype(np.uint8))
        d = ImageDraw.Draw(im)
        _landmark(d, rng.choice(["mountain", "sun", "waves", "skyline"]), S, _hsv(rng.random(), 0.6, 0.5), rng)
        im = im.filter(ImageFilter.GaussianBlur(1))
    elif kind == "logo":
        bg = _hsv(h, rng.uniform(0.5, 0.9), rng.uniform(0.5, 0.9))
        im = Image.new("RGB", (S, S), bg)
        d = ImageDraw.Draw(im)
        t = text or rng.choice("新闻报晚日网视点城事民生")
        f = _fit_font(d, t, 0.8 * S, int(0.45 * S if len(t) == 1 else 0.25 * S),
                      rng.choice(["sans_bold", "serif_bold"]))
        _text_center(d, (0, 0, S, S), t, f, (255, 255, 255))
        if rng.random() < 0.5:
            d.rectangle([0, 0.85 * S, S, S], fill=_hsv(h + 0.5, 0.6, 0.9))
    elif kind == "fake_gov":  # a gov-looking badge that is not any unit's design or template
        bg = _hsv(rng.choice([0.6, 0.62, 0.0, 0.98, 0.55]), rng.uniform(0.6, 0.9), rng.uniform(0.5, 0.8))
        im = Image.new("RGB", (S, S), (255, 255, 255) if rng.random() < 0.4 else bg)
        d = ImageDraw.Draw(im)
        d.ellipse([0.08 * S, 0.08 * S, 0.92 * S, 0.92 * S], fill=bg, outline=(240, 200, 60), width=int(0.03 * S))
        _motif(d, rng.choice(["shield", "star", "scales", "cross", "megaphone", "gate"]), 0.5 * S,
               0.45 * S, 0.22 * S, (240, 200, 60), bg)
        if text:
            _text_center(d, (0.15 * S, 0.68 * S, 0.85 * S, 0.85 * S), text,
                         _fit_font(d, text, 0.6 * S, int(0.11 * S)), (255, 255, 255))
    elif kind == "cartoon":
        bg = _hsv(h, 0.35, 0.98)
        im = Image.new("RGB", (S, S), bg)
        d = ImageDraw.Draw(im)
        fc = _hsv(h + 0.5, 0.5, 0.95)
        d.ellipse([0.18 * S, 0.18 * S, 0.82 * S, 0.82 * S], fill=fc)
        d.ellipse([0.35 * S, 0.4 * S, 0.43 * S, 0.48 * S], fill=(30, 30, 30))
        d.ellipse([0.57 * S, 0.4 * S, 0.65 * S, 0.48 * S], fill=(30, 30, 30))
        d.arc([0.38 * S, 0.5 * S, 0.62 * S, 0.68 * S], 20, 160, fill=(30, 30, 30), width=int(0.02 * S))
    else:  # pattern
        bg = _hsv(h, 0.5, 0.9)
        im = Image.new("RGB", (S, S), bg)
        d = ImageDraw.Draw(im)
        for _ in range(12):
            x, y, r = rng.uniform(0, S), rng.uniform(0, S), rng.uniform(0.05, 0.2) * S
            d.ellipse([x - r, y - r, x + r, y + r], fill=_hsv(rng.random(), 0.6, 0.9))
    return im.resize((px, px), Image.LANCZOS)


def default_avatar(platform):
    tint = {"weibo": (236, 236, 236), "wechat": (220, 225, 220), "douyin": (40, 40, 48),
            "kuaishou": (240, 232, 225), "bilibili": (230, 236, 245), "toutiao": (238, 238, 238)}[platform]
    S = 240
    im = Image.new("RGB", (S, S), tint)
    d = ImageDraw.Draw(im)
    fg = (180, 180, 186) if sum(tint) > 300 else (110, 110, 120)
    d.ellipse([0.33 * S, 0.2 * S, 0.67 * S, 0.54 * S], fill=fg)
    d.ellipse([0.16 * S, 0.6 * S, 0.84 * S, 1.2 * S], fill=fg)
    return im.resize((120, 120), Image.LANCZOS)


# --------------------------------------------------------------------------------------
# Image edits an impersonator (or a platform) applies to a copied avatar
# --------------------------------------------------------------------------------------
EDITS = ["copy", "resize", "jpeg", "crop", "border", "recolour", "rotate", "watermark", "screenshot"]


def apply_edit(img, edit, rng, P, out_px):
    """Return (image, fmt, quality, detail).  P: the part's edit parameters."""
    img = img.convert("RGB")
    if edit == "copy":
        return img, "PNG", None, "byte-identical copy"
    if edit == "resize":
        s = rng.choice(P["resize_px"])
        if rng.random() < 0.4:  # down then up: visibly softer
            small = max(24, s // rng.choice([2, 3]))
            img = img.resize((small, small), Image.BILINEAR).resize((s, s), Image.BICUBIC)
            return img, "JPEG", 90, f"down to {small}px then up to {s}px"
        return img.resize((s, s), rng.choice([Image.BILINEAR, Image.BICUBIC, Image.LANCZOS])), "JPEG", 90, f"{s}px"
    if edit == "jpeg":
        q = rng.randint(*P["jpeg_q"])
        img = img.resize((out_px, out_px), Image.LANCZOS)
        if rng.random() < 0.5:  # recompressed twice
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=q + 10)
            img = Image.open(io.BytesIO(buf.getvalue())).convert("RGB")
            return img, "JPEG", q, f"double JPEG q{q + 10}/q{q}"
        return img, "JPEG", q, f"JPEG q{q}"
    if edit == "crop":
        w, h = img.size
        lo, hi = P["crop_frac"]
        l, t, r, b = (rng.uniform(lo, hi) * w for _ in range(4))
        if rng.random() < 0.5:  # keep it roughly centred
            r, b = l, t
        img = img.crop((int(l), int(t), int(w - r), int(h - b))).resize((out_px, out_px), Image.LANCZOS)
        return img, "JPEG", 88, f"crop l{l/w:.2f} t{t/h:.2f} r{r/w:.2f} b{b/h:.2f}"
    if edit == "border":
        style = rng.choice(P["border_styles"])
        w, h = img.size
        if style in P.get("border_funcs", {}):  # part-specific frame styles live in the part's spec
            img, detail = P["border_funcs"][style](img, rng, P)
            return img.resize((out_px, out_px), Image.LANCZOS), "JPEG", 88, detail
        if style == "circle":  # platform-style circular mask on a flat background
            bg = rng.choice(P["border_colours"])
            mask = Image.new("L", (w, h), 0)
            ImageDraw.Draw(mask).ellipse([0, 0, w - 1, h - 1], fill=255)
            out = Image.new("RGB", (w, h), bg)
            out.paste(img, (0, 0), mask)
            img = out
        else:
            frac = rng.uniform(*P["border_frac"])
            pad = int(w * frac)
            col = rng.choice(P["border_colours"])
            img = ImageOps.expand(img, border=pad, fill=col)
            if style == "double":
                img = ImageOps.expand(img, border=max(2, pad // 3), fill=rng.choice(P["border_colours"]))
        img = img.resize((out_px, out_px), Image.LANCZOS)
        return img, "JPEG", 88, f"border {style}"
    if edit == "recolour":
        mode = rng.choice(P["recolour_modes"])
        if mode == "hue":
            hsv = np.array(img.convert("HSV"), dtype=np.int16)
            shift = rng.randint(*P["hue_shift"])
            hsv[..., 0] = (hsv[..., 0] + shift) % 256
            img = Image.fromarray(hsv.astype(np.uint8), "HSV").convert("RGB")
            detail = f"hue +{shift}/256"
        elif mode == "gray":
            img = ImageOps.grayscale(img).convert("RGB")
            detail = "grayscale"
        elif mode in P.get("recolour_funcs", {}):  # part-specific filters live in the part's spec
            img, detail = P["recolour_funcs"][mode](img, rng)
        else:  # bright
            f = rng.uniform(0.68, 0.85) if rng.random() < 0.5 else rng.uniform(1.15, 1.35)
            img = ImageEnhance.Brightness(img).enhance(f)
            detail = f"brightness x{f:.2f}"
        return img.resize((out_px, out_px), Image.LANCZOS), "JPEG", 88, detail
    if edit == "rotate":
        ang = rng.uniform(*P["rotate_deg"]) * rng.choice([-1, 1])
        w, h = img.size
        fill = img.getpixel((1, 1))
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
        if rng.random() < 0.5:
            z = 0.06
            img = img.crop((int(w * z), int(h * z), int(w * (1 - z)), int(h * (1 - z))))
        return img.resize((out_px, out_px), Image.LANCZOS), "JPEG", 88, f"rotate {ang:.1f} deg"
    if edit == "watermark":
        S = 3 * out_px
        img = img.resize((S, S), Image.LANCZOS).convert("RGBA")
        layer = Image.new("RGBA", (S, S), (0, 0, 0, 0))
        d = ImageDraw.Draw(layer)
        text = rng.choice(P["watermark_texts"])
        pos = rng.choice(["corner", "band", "diagonal"])
        alpha = rng.randint(*P["watermark_alpha"])
        if pos == "corner":
            f = _fit_font(d, text, 0.45 * S, int(0.12 * S))
            bb = d.textbbox((0, 0), text, font=f)
            x, y = S - (bb[2] - bb[0]) - 0.05 * S, S - (bb[3] - bb[1]) - 0.08 * S
            d.rounded_rectangle([x - 0.02 * S, y - 0.01 * S, x + bb[2] - bb[0] + 0.02 * S, y + bb[3] + 0.02 * S],
                                radius=int(0.02 * S), fill=(200, 0, 0, alpha))
            d.text((x - bb[0], y), text, font=f, fill=(255, 255, 255, 255))
        elif pos == "band":
            d.rectangle([0, 0.8 * S, S, S], fill=(0, 0, 0, alpha))
            _text_center(d, (0, 0.8 * S, S, S), text, _fit_font(d, text, 0.9 * S, int(0.13 * S)),
                         (255, 255, 255, 255))
        else:
            t = Image.new("RGBA", (S, S), (0, 0, 0, 0))
            td = ImageDraw.Draw(t)
            _text_center(td, (0, 0, S, S), text, _fit_font(td, text, 0.9 * S, int(0.2 * S)),
                         (255, 255, 255, alpha))
            layer = t.rotate(30, resample=Image.BICUBIC)
        img = Image.alpha_composite(img, layer).convert("RGB")
        return img.resize((out_px, out_px), Image.LANCZOS), "JPEG", 88, f"watermark '{text}' {pos}"
    if edit == "screenshot":
        style = rng.choice(P["screenshot_styles"])
        if style in P.get("screenshot_funcs", {}):  # part-specific screen layouts live in the part's spec
            img, detail = P["screenshot_funcs"][style](img, rng, P, out_px)
            return img, "JPEG", 80, detail
        S = 3 * out_px
        canvas = Image.new("RGB", (S, S), (248, 248, 248) if style != "dark" else (25, 25, 28))
        d = ImageDraw.Draw(canvas)
        frac = rng.uniform(*P["screenshot_scale"])
        a = int(S * frac)
        x0 = int((S - a) * rng.uniform(0.3, 0.7))
        y0 = int((S - a) * rng.uniform(0.45, 0.8))
        d.rectangle([0, 0, S, int(0.07 * S)], fill=(20, 20, 20) if style != "light" else (230, 230, 230))
        for k in range(3):  # UI text lines
            yy = min(S - 6, y0 + a + int(0.03 * S) + k * int(0.035 * S))
            d.rectangle([x0, yy, x0 + int(a * rng.uniform(0.5, 1.0)), yy + int(0.015 * S)],
                        fill=(200, 200, 200) if style != "dark" else (80, 80, 80))
        canvas.paste(img.resize((a, a), Image.BILINEAR), (x0, y0))
        d.rectangle([x0 - 2, y0 - 2, x0 + a + 1, y0 + a + 1], outline=(180, 180, 180), width=2)
        canvas = canvas.filter(ImageFilter.GaussianBlur(0.6))
        return canvas.resize((out_px, out_px), Image.BILINEAR), "JPEG", 80, f"screenshot {style} scale {frac:.2f}"
    raise ValueError(edit)


def save_img(img, path, fmt_, quality=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if fmt_ == "PNG":
        img.save(path, "PNG", optimize=True)
    else:
        img.save(path, "JPEG", quality=quality or 85, optimize=True)


# --------------------------------------------------------------------------------------
# Platform ids and urls
# --------------------------------------------------------------------------------------
B62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
URLSAFE = B62 + "-_"


class Ids:
    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def new(self, platform):
        r = self.rng
        while True:
            if platform == "weibo":
                aid = str(r.choice([1, 2, 3, 5, 6, 7])) + "".join(r.choice("0123456789") for _ in range(9))
            elif platform == "wechat":
                aid = "gh_" + "".join(r.choice("0123456789abcdef") for _ in range(12))
            elif platform == "douyin":
                aid = "MS4wLjABAAAA" + "".join(r.choice(URLSAFE) for _ in range(43))
            elif platform == "kuaishou":
                aid = "3x" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(13))
            elif platform == "bilibili":
                aid = str(r.randint(10 ** 6, 3 * 10 ** 9))
            else:
                aid = str(r.randint(10 ** 9, 10 ** 11))
            if (platform, aid) not in self.used:
                self.used.add((platform, aid))
                return aid


def url_of(platform, aid, rng):
    if platform == "weibo":
        return f"https://weibo.com/u/{aid}"
    if platform == "wechat":
        import base64
        biz = base64.b64encode(str(rng.randint(10 ** 9, 4 * 10 ** 9)).encode()).decode()
        return f"https://mp.weixin.qq.com/mp/profile_ext?action=home&__biz={biz}#wechat_redirect"
    if platform == "douyin":
        return f"https://www.douyin.com/user/{aid}"
    if platform == "kuaishou":
        return f"https://www.kuaishou.com/profile/{aid}"
    if platform == "bilibili":
        return f"https://space.bilibili.com/{aid}"
    return f"https://www.toutiao.com/c/user/{aid}/"


DEFAULT_AVATAR_URL = {
    "weibo": "https://tvax1.sinaimg.cn/default/images/default_avatar_male_180.gif",
    "wechat": "https://mmbiz.qpic.cn/mmbiz_png/default_head/0",
    "douyin": "https://p3-pc.douyinpic.com/aweme/100x100/aweme-avatar/default_avatar.jpeg",
    "kuaishou": "https://static.yximgs.com/s1/i/def/head_u.png",
    "bilibili": "https://i0.hdslb.com/bfs/face/member/noface.jpg",
    "toutiao": "https://p3.toutiaoimg.com/img/user-avatar/default~300x300.image",
}


def avatar_url_of(platform, rng):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return {
        "weibo": f"https://tvax{rng.randint(1, 4)}.sinaimg.cn/crop.0.0.180.180.180/{h[:22]}ly8h.jpg",
        "wechat": f"https://wx.qlogo.cn/mmhead/Q3auHgzwzM{h}/0",
        "douyin": f"https://p3-pc.douyinpic.com/aweme/100x100/aweme-avatar/tos-cn-avt-0015_{h}.jpeg",
        "kuaishou": f"https://p2.a.yximgs.com/uhead/AB/2024/{h[:2]}/{h[2:4]}/{h}_s.jpg",
        "bilibili": f"https://i{rng.randint(0, 2)}.hdslb.com/bfs/face/{h}.jpg",
        "toutiao": f"https://p3.toutiaoimg.com/img/user-avatar/{h}~300x300.image",
    }[platform]


# --------------------------------------------------------------------------------------
# The builder
# --------------------------------------------------------------------------------------
class Builder:
    """Builds one part (registry.csv, accounts.jsonl, labels.jsonl, avatars/) from a spec module."""

    def __init__(self, spec, out_dir):
        self.V = spec
        self.out = out_dir
        self.rng = random.Random(spec.SEED)
        self.ids = Ids(random.Random(spec.SEED + 1))
        self.units = []       # registered units
        self.rows = []        # registry rows (dicts)
        self.accounts = []    # (account dict, label dict)
        self.names_taken = {}  # (platform, name) -> label, for all account lines
        self.reg_names = set()
        self.unit_avatar = {}  # uid -> PIL image (registry design)
        self.crawl_day = datetime.fromisoformat(spec.CRAWL_DAY + "T00:00:00+08:00")
        self.avatar_cache = {}
        self.thumbs = []  # thumbnails of distinctive registry designs drawn so far

    # ---------- registry ----------
    def add_unit(self, level, dept, place, ovr=None):
        """place: dict with S, F, province, prov_short, city_S, city_F, area, landmark, nick (+DS/DF)."""
        ovr = ovr or {}
        r = self.rng
        if level == "district":
            unit_fmt, name_fmts, motif, tpl, topic = DISTRICT_DEPTS[dept]
        else:
            pu, cu, name_fmts, motif, tpl, topic = DEPTS[dept]
            unit_fmt = pu if level == "province" else cu
        kw = {k: place[k] for k in ("S", "F", "DS", "DF") if k in place}
        unit = ovr.get("unit") or fmt(unit_fmt, **kw)
        ni = ovr.get("name_idx", 0)
        base_fmt = name_fmts[ni]
        plats = ovr.get("platforms")
        if not plats:
            plats = [p for p, pr in [("weibo", 0.75), ("wechat", 0.85), ("douyin", 0.45), ("toutiao", 0.2),
                                     ("kuaishou", 0.12), ("bilibili", 0.05)] if r.random() < pr]
            if level == "district":
                plats = [p for p in plats if p in ("weibo", "wechat", "douyin", "toutiao")]
            if len(plats) < 2:
                plats = ["weibo", "wechat"] if "wechat" not in plats else ["wechat", "douyin"]
        names = {}
        for p in plats:
            nf = ovr.get("names", {}).get(p, base_fmt)
            names[p] = nf
        avatar_kind = ovr.get("avatar")
        if not avatar_kind:
            avatar_kind = tpl if (tpl and r.random() < 0.55) else "distinctive"
        uid = len(self.units) + 1
        if level == "province":
            region, competent = place["F"], place["F"] + "人民政府办公厅"
        elif level == "city":
            region, competent = place["province"] + place["F"], place["F"] + "人民政府办公室"
        else:
            region = place["province"] + place["F"] + place["DF"]
            competent = place["F"] + place["DF"] + "人民政府办公室"
        u = dict(uid=uid, unit=unit, level=level, dept=dept, place=place, region=region, competent=competent,
                 motif=motif, topic=topic, avatar_kind=avatar_kind, accounts=[])
        short = fmt(base_fmt, **kw) if "{" in base_fmt else base_fmt
        if avatar_kind == "distinctive":
            # a unit's own design must not look like another unit's own design: re-draw until it is far enough
            for attempt in range(40):
                img = distinctive_avatar(ovr.get("avatar_text", short if len(short) <= 6 else short[:6]),
                                         motif, place.get("landmark", "waves"),
                                         seed=self.V.SEED * 1000 + uid + 100000 * attempt)
                th = np.asarray(img.convert("RGB").resize((24, 24), Image.BILINEAR), float).ravel()
                if all(np.sqrt(((th - o) ** 2).mean()) >= 32 for o in self.thumbs):
                    break
            self.thumbs.append(th)
        elif avatar_kind == "fabu_badge":
            img = template_fabu_badge(place.get("DS", place["S"]))
        else:
            img = TEMPLATES[avatar_kind]()
        self.unit_avatar[uid] = img
        apath = f"avatars/reg-{uid:04d}.png"
        save_img(img.quantize(colors=192, method=Image.MEDIANCUT, dither=Image.NONE), os.path.join(self.out, apath),
                 "PNG")
        with Image.open(os.path.join(self.out, apath)) as im:  # edits start from the registry file's pixels
            self.unit_avatar[uid] = im.convert("RGB")
        for p in plats:
            nf = names[p]
            name = fmt(nf, **kw) if "{" in nf else nf
            segs = segs_of(nf, **kw) if "{" in nf else [nf]
            aid = self.ids.new(p)
            row = dict(unit=unit, platform=p, account_id=aid, name=name, url=url_of(p, aid, r), avatar=apath,
                       status="active", region=region, competent_unit=competent,
                       contact=self.contact(place.get("area", "010")),
                       filed_at=(datetime(2019, 3, 1) + timedelta(days=r.randint(0, 1850))).strftime("%Y-%m-%d"))
            acc = dict(row=row, segs=segs, unit=u)
            u["accounts"].append(acc)
            self.rows.append(row)
            self.reg_names.add(name)
        self.units.append(u)
        return u

    def contact(self, area):
        r = self.rng
        nm = r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2])))
        return f"{nm} {area}-{r.randint(5, 8)}{r.randint(1000000, 9999999)}"

    # ---------- account records ----------
    def when(self, lo_days, hi_days):
        r = self.rng
        t = self.crawl_day + timedelta(hours=r.uniform(8, 20)) - timedelta(days=r.uniform(lo_days, hi_days))
        return t.replace(microsecond=0)

    def add_account(self, platform, name, label, avatar, *, account_id=None, url=None, verified=False,
                    verified_type=None, verified_reason="", description="", followers=0, posts=0,
                    last_post_days=(0, 30), **lab):
        aid = account_id or self.ids.new(platform)
        if (platform, name) in self.names_taken and label != "registered":
            raise ValueError(f"name clash {platform} {name}")
        self.names_taken[(platform, name)] = label
        crawled = self.crawl_day + timedelta(hours=self.rng.uniform(1, 23))
        crawled = crawled.replace(microsecond=0)
        last_post = self.when(*last_post_days)
        if last_post > crawled:
            last_post = crawled - timedelta(hours=self.rng.uniform(1, 6))
        last_post = last_post.replace(microsecond=0)
        acc = {
            "platform": platform, "account_id": aid, "name": name,
            "url": url or url_of(platform, aid, self.rng), "avatar": avatar,
            "avatar_url": DEFAULT_AVATAR_URL[platform] if avatar.startswith("avatars/default-")
            else avatar_url_of(platform, self.rng), "verified": bool(verified),
            "verified_type": verified_type if verified else (verified_type if verified_type else None),
            "verified_reason": verified_reason or "", "description": description,
            "followers": int(followers), "posts_count": int(posts),
            "last_post_at": last_post.isoformat(), "crawled_at": crawled.isoformat(), "crawl_status": "ok",
        }
        lab_out = {"platform": platform, "account_id": aid, "label": label, "tactics": lab.pop("tactics", []),
                   "avatar_edit": lab.pop("avatar_edit", "unrelated"), "family": lab.pop("family", None),
                   "target": lab.pop("target", None), "unit": lab.pop("unit", None), "note": lab.pop("note", "")}
        lab_out.update(lab)
        self.accounts.append((acc, lab_out))
        return acc

    def cand_avatar_path(self, platform, key):
        h = hashlib.sha1(f"{self.V.SEED}:{platform}:{key}".encode()).hexdigest()[:12]
        return h

    def write_avatar(self, img, platform, key, fmt_="JPEG", q=85):
        h = self.cand_avatar_path(platform, key)
        rel = f"avatars/{h}.{'png' if fmt_ == 'PNG' else 'jpg'}"
        save_img(img, os.path.join(self.out, rel), fmt_, q)
        return rel

    def default_avatar_path(self, platform):
        rel = f"avatars/default-{platform}.png"
        full = os.path.join(self.out, rel)
        if not os.path.exists(full):
            save_img(default_avatar(platform), full, "PNG")
        return rel

    def derived_avatar(self, uid, platform, key, edit):
        """Avatar derived from registered unit uid's design by `edit`; returns (path, detail)."""
        src = self.unit_avatar[uid]
        px = PLATFORM_AVATAR_PX[platform]
        if edit == "copy":
            h = self.cand_avatar_path(platform, key)
            rel = f"avatars/{h}.png"
            shutil.copyfile(os.path.join(self.out, f"avatars/reg-{uid:04d}.png"), os.path.join(self.out, rel))
            return rel, "byte-identical copy of the registry avatar"
        img, f_, q, detail = apply_edit(src, edit, self.rng, self.V.EDIT_PARAMS, px)
        return self.write_avatar(img, platform, key, f_, q), detail

    def platform_copy(self, img, platform, key, q=None):
        """How a platform serves an uploaded avatar: resized + JPEG."""
        px = PLATFORM_AVATAR_PX[platform]
        return self.write_avatar(img.resize((px, px), Image.LANCZOS), platform, key, "JPEG",
                                 q or self.rng.randint(78, 90))

    # ---------- writing ----------
    def write(self):
        order = list(range(len(self.accounts)))
        random.Random(self.V.SEED + 7).shuffle(order)
        with open(os.path.join(self.out, "registry.csv"), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=["unit", "platform", "account_id", "name", "url", "avatar", "status",
                                              "region", "competent_unit", "contact", "filed_at"])
            w.writeheader()
            for row in self.rows:
                w.writerow(row)
        with open(os.path.join(self.out, "accounts.jsonl"), "w", encoding="utf-8") as fa, \
                open(os.path.join(self.out, "labels.jsonl"), "w", encoding="utf-8") as fl:
            for i in order:
                acc, lab = self.accounts[i]
                fa.write(json.dumps(acc, ensure_ascii=False) + "\n")
                fl.write(json.dumps(lab, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------------------
# Sanity checks (used by both parts and by check_set.py)
# --------------------------------------------------------------------------------------
ACC_FIELDS = ["platform", "account_id", "name", "url", "avatar", "avatar_url", "verified", "verified_type",
              "verified_reason", "description", "followers", "posts_count", "last_post_at", "crawled_at",
              "crawl_status"]
LABELS = {"impostor", "registered", "hard_negative", "unregistered"}
AVATAR_EDITS = set(EDITS) | {"none", "unrelated"}
FAMILIES = {"other_place_char", "other_place_sound", "template_avatar", "media_mention", "personal_mention",
            "commercial"}


def check_part(d):
    errs = []
    with open(os.path.join(d, "registry.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    hdr = "unit,platform,account_id,name,url,avatar,status,region,competent_unit,contact,filed_at".split(",")
    with open(os.path.join(d, "registry.csv"), encoding="utf-8") as f:
        if f.readline().strip() != ",".join(hdr):
            errs.append("registry header")
    reg = {}
    for i, r in enumerate(rows):
        k = (r["platform"], r["account_id"])
        if k in reg:
            errs.append(f"dup registry {k}")
        reg[k] = r
        if r["platform"] not in PLATFORMS or r["status"] != "active":
            errs.append(f"registry row {i} platform/status")
        datetime.strptime(r["filed_at"], "%Y-%m-%d")
        p = os.path.join(d, r["avatar"])
        try:
            Image.open(p).verify()
        except Exception as e:  # noqa
            errs.append(f"registry avatar {p}: {e}")
    accs = [json.loads(l) for l in open(os.path.join(d, "accounts.jsonl"), encoding="utf-8")]
    labs = [json.loads(l) for l in open(os.path.join(d, "labels.jsonl"), encoding="utf-8")]
    if len(accs) != len(labs):
        errs.append("accounts/labels length")
    seen = set()
    opened = {}
    for a, l in zip(accs, labs):
        k = (a["platform"], a["account_id"])
        if k in seen:
            errs.append(f"dup account {k}")
        seen.add(k)
        if (l["platform"], l["account_id"]) != k:
            errs.append(f"label mismatch {k}")
        if set(ACC_FIELDS) - set(a):
            errs.append(f"missing fields {k}: {set(ACC_FIELDS) - set(a)}")
        if not isinstance(a["verified"], bool) or not isinstance(a["followers"], int) \
                or not isinstance(a["posts_count"], int):
            errs.append(f"types {k}")
        if a["verified_type"] not in (None, "government", "media", "enterprise", "personal", "other"):
            errs.append(f"verified_type {k}")
        for t in ("last_post_at", "crawled_at"):
            dt = datetime.fromisoformat(a[t])
            if dt.utcoffset() != timedelta(hours=8):
                errs.append(f"tz {k}")
        p = os.path.join(d, a["avatar"])
        if p not in opened:
            try:
                with Image.open(p) as im:
                    im.load()
                    opened[p] = im.size
            except Exception as e:  # noqa
                errs.append(f"avatar {p}: {e}")
        lab = l["label"]
        if lab not in LABELS:
            errs.append(f"label {k}")
        if l["avatar_edit"] not in AVATAR_EDITS:
            errs.append(f"avatar_edit {k} {l['avatar_edit']}")
        if lab == "registered":
            if k not in reg:
                errs.append(f"registered not in registry {k}")
        elif k in reg:
            errs.append(f"non-registered label but in registry {k}")
        if lab == "impostor":
            t = l.get("target") or {}
            if (t.get("platform"), t.get("account_id")) not in reg:
                errs.append(f"impostor target not in registry {k}")
            if not l["tactics"]:
                errs.append(f"impostor without tactics {k}")
            if a["name"] in {r["name"] for r in rows} and "new_platform" not in l["tactics"]:
                errs.append(f"impostor has a registered name without new_platform {k}")
            if a["verified_type"] == "government":
                errs.append(f"impostor verified as government {k}")
        if lab == "hard_negative" and l.get("family") not in FAMILIES:
            errs.append(f"hard negative family {k}")
        if lab == "unregistered":
            if not (a["verified"] and a["verified_type"] == "government" and l.get("unit")):
                errs.append(f"unregistered not verified government {k}")
    missing = set(reg) - seen
    if missing:
        errs.append(f"{len(missing)} registry rows without a crawled record")
    return errs, rows, accs, labs


# --------------------------------------------------------------------------------------
# Part builder: registry, registered records, unregistered, hard negatives, impostors
# --------------------------------------------------------------------------------------
FN = {"fabu": "发布", "gov": "政务", "police": "公安", "traffic": "交警", "cyber": "网警", "health": "卫健",
      "market": "市场监管", "emergency": "应急管理", "tax": "税务", "hrss": "人社", "edu": "教育", "culture": "文旅",
      "court": "法院", "procur": "检察", "fire": "消防", "weather": "气象", "eco": "生态环境", "hotline": "12345",
      "justice": "司法", "medins": "医保", "housing": "住建", "transport": "交通", "civil": "民政",
      "veterans": "退役军人", "water": "水务", "fabu_d": "发布", "police_d": "公安", "market_d": "市场监管",
      "health_d": "卫健", "court_d": "法院", "procur_d": "检察", "edu_d": "教育", "traffic_d": "交警"}
PROMINENT = {"police", "fabu", "health", "market", "tax", "traffic", "hotline", "hrss"}
COUNTY_FIX = [("卫生健康委员会", "卫生健康局"), ("消防救援支队", "消防救援大队"), ("交通警察支队", "交通警察大队"),
              ("中级人民法院", "人民法院"), ("网络安全保卫支队", "网络安全保卫大队")]
TACTIC_ORDER = ["reorder", "level_prefix", "fullwidth", "lookalike_char", "same_sound", "traditional", "prefix",
                "suffix", "emoji_brackets", "spacing", "zero_width", "new_platform", "avatar_only"]


def _fw(s, mode, extra=None):
    if extra and mode in extra:  # part-specific digit forms live in the part's spec
        return extra[mode](s)
    out = []
    for ch in s:
        o = ord(ch)
        if mode == "full" and 0x21 <= o <= 0x7E:
            out.append(chr(o + 0xFEE0))
        elif mode == "mixed" and 0x21 <= o <= 0x7E and random.Random(o + len(out)).random() < 0.5:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


class NameState:
    def __init__(self, s, bounds):
        self.s = s
        self.bounds = set(bounds)  # segment boundaries inside s

    def prepend(self, t):
        self.bounds = {b + len(t) for b in self.bounds} | {len(t)}
        self.s = t + self.s

    def append(self, t):
        self.bounds.add(len(self.s))
        self.s = self.s + t

    def insert(self, pos, t):
        self.bounds = {b + len(t) if b >= pos else b for b in self.bounds}
        self.s = self.s[:pos] + t + self.s[pos:]


def _bounds(segs):
    out, k = [], 0
    for sg in segs[:-1]:
        k += len(sg)
        out.append(k)
    return out


def build_part(V, out_dir):
    for f in ("registry.csv", "accounts.jsonl", "labels.jsonl"):
        if os.path.exists(os.path.join(out_dir, f)):
            os.remove(os.path.join(out_dir, f))
    if os.path.isdir(os.path.join(out_dir, "avatars")):
        shutil.rmtree(os.path.join(out_dir, "avatars"))
    os.makedirs(os.path.join(out_dir, "avatars"))
    B = Builder(V, out_dir)
    r = B.rng
    # ---------------- registry ----------------
    places = {}
    for P in V.PROVINCES:
        place = dict(S=P["S"], F=P["F"], province=P["F"], prov_short=P["S"], area=P["area"],
                     landmark=P["landmark"], nick=P["nick"])
        places[P["S"]] = place
        for d in P["depts"]:
            key, ovr = (d, {}) if isinstance(d, str) else d
            B.add_unit("province", key, place, ovr)
    for C in V.CITIES:
        place = dict(S=C["S"], F=C["F"], province=C["province"], prov_short=C["province"][:2], area=C["area"],
                     landmark=C["landmark"], nick=C["nick"])
        places[C["S"]] = place
        for d in C["depts"]:
            key, ovr = (d, {}) if isinstance(d, str) else d
            B.add_unit("city", key, place, ovr)
        for D in C.get("districts", []):
            dplace = dict(place, DS=D["DS"], DF=D["DF"])
            for d in D["depts"]:
                key, ovr = (d, {}) if isinstance(d, str) else d
                B.add_unit("district", key, dplace, ovr)
    B.places = places
    reg_units = {u["unit"] for u in B.units}

    # ---------------- registered accounts as crawled ----------------
    for u in B.units:
        for acc in u["accounts"]:
            row = acc["row"]
            p = row["platform"]
            name = row["name"]
            note = []
            acc["desc"] = f"{u['unit']}官方{PLATFORM_CN[p]}。{u['topic']}。"
            if r.random() < V.RENAME_SHARE:
                new = V.rename(name, u, acc, r)
                if new and new != name and (p, new) not in B.names_taken and new not in B.reg_names:
                    note.append(f"platform name changed after filing: registry '{name}' -> crawled '{new}'")
                    name = new
            x = r.random()
            tpl = u["avatar_kind"] if u["avatar_kind"] != "distinctive" else None
            if x < 0.04 and not tpl:
                img = distinctive_avatar(name[:4], u["motif"], u["place"].get("landmark", "waves"),
                                         seed=V.SEED * 7 + u["uid"] * 13 + PLATFORMS.index(p))
                apath, edit, src = B.platform_copy(img, p, ("reg-new", row["account_id"])), "unrelated", "own"
                note.append("avatar redesigned after filing (registry still has the old one)")
            elif x < 0.16:
                apath, _ = B.derived_avatar(u["uid"], p, ("reg", row["account_id"]), "copy")
                edit, src = "copy", "registry"
            else:
                apath = B.platform_copy(B.unit_avatar[u["uid"]], p, ("reg", row["account_id"]))
                edit, src = "jpeg", "registry"
            verified = r.random() < 0.93
            if not verified:
                note.append("registered but not platform-verified")
            lvl = {"province": (1e5, 5e6), "city": (1e4, 1.5e6), "district": (2e3, 2e5)}[u["level"]]
            B.add_account(p, name, "registered", apath, account_id=row["account_id"], url=row["url"],
                          verified=verified, verified_type="government" if verified else None,
                          verified_reason=VERIFY_FMT[p].format(u=u["unit"]) if verified else "",
                          description=acc["desc"], followers=int(math.exp(r.uniform(*map(math.log, lvl)))),
                          posts=r.randint(300, 40000), last_post_days=(0, 6),
                          unit=u["unit"], avatar_edit=edit, avatar_source=src,
                          avatar_template=tpl, registry_name=row["name"], note="; ".join(note))

    genuine_names = set(B.reg_names) | {n for (_, n), lab in B.names_taken.items() if lab == "registered"}

    def gov_account(label, p, name, unit, topic, avatar_path, lab):
        genuine_names.add(name)
        return B.add_account(p, name, label, avatar_path, verified=True, verified_type="government",
                             verified_reason=VERIFY_FMT[p].format(u=unit),
                             description=f"{unit}官方{PLATFORM_CN[p]}。{topic}。",
                             followers=int(math.exp(r.uniform(math.log(2000), math.log(9e5)))),
                             posts=r.randint(200, 30000), last_post_days=(0, 10), unit=unit, **lab)

    def own_avatar(kind_tpl, place_text, short, motif, landmark, p, key):
        if kind_tpl and r.random() < 0.6:
            img = template_fabu_badge(place_text) if kind_tpl == "fabu_badge" else TEMPLATES[kind_tpl]()
            return B.platform_copy(img, p, key), "jpeg", f"template:{kind_tpl}"
        base = int(hashlib.md5(str(key).encode()).hexdigest()[:8], 16)
        for attempt in range(40):  # genuine accounts of other units have their own, different designs
            img = distinctive_avatar(short[:6], motif, landmark, seed=base + 7919 * attempt)
            th = np.asarray(img.convert("RGB").resize((24, 24), Image.BILINEAR), float).ravel()
            if all(np.sqrt(((th - o) ** 2).mean()) >= 32 for o in B.thumbs):
                break
        return B.platform_copy(img, p, key), "unrelated", "own"

    def near_registered(name):
        best = min(B.rows, key=lambda row: lev(name, row["name"]))
        return best, lev(name, best["name"])

    # ---------------- unregistered genuine government accounts ----------------
    unreg_specs = []
    for (S, DS, DF, depts) in V.UNREG_DISTRICTS:
        for d in depts:
            key, ni = (d, 0) if isinstance(d, str) else d
            unreg_specs.append(("district", key, dict(places[S], DS=DS, DF=DF), ni))
    for (S, key, ni) in V.UNREG_CITY:
        unreg_specs.append(("province" if places[S]["province"] == places[S]["F"] else "city", key, places[S], ni))
    for level, key, place, ni in unreg_specs:
        if level == "district":
            unit_fmt, nfs, motif, tpl, topic = DISTRICT_DEPTS[key]
        else:
            pu, cu, nfs, motif, tpl, topic = DEPTS[key]
            unit_fmt = pu if level == "province" else cu
        kw = {k: place[k] for k in ("S", "F", "DS", "DF") if k in place}
        unit = fmt(unit_fmt, **kw)
        if unit in reg_units:
            raise ValueError(f"unregistered spec names a registered unit: {unit}")
        name = fmt(nfs[min(ni, len(nfs) - 1)], **kw)
        plats = r.sample(["weibo", "wechat", "douyin", "toutiao", "kuaishou"], r.choice([1, 1, 2]))
        for p in plats:
            if (p, name) in B.names_taken:
                continue
            key_ = ("unreg", p, name)
            ap, edit, src = own_avatar(tpl, place.get("DS", place["S"]), name, motif, place.get("landmark", "waves"),
                                       p, key_)
            best, dist = near_registered(name)
            note = "genuine unit missing from the registry"
            near = dist <= 1 or (dist <= 2 and len(name) >= 6)
            if near:
                note += f"; name {dist} edit(s) from registered '{best['name']}' ({best['unit']})"
            gov_account("unregistered", p, name, unit, topic, ap,
                        dict(avatar_edit=edit, avatar_source=src, note=note,
                             near={"platform": best["platform"], "account_id": best["account_id"],
                                   "name": best["name"]} if near else None))
    # same unit, platform never filed
    cands = [(u, p) for u in B.units for p in PLATFORMS if p not in {a["row"]["platform"] for a in u["accounts"]}]
    r.shuffle(cands)
    n = 0
    B.same_unit_slots = set()
    for u, p in cands:
        if n >= V.N_UNREG_SAME_UNIT:
            break
        if u["uid"] in {x[0] for x in B.same_unit_slots}:
            continue
        base = u["accounts"][0]
        name = base["row"]["name"]
        if (p, name) in B.names_taken:
            continue
        ap = B.platform_copy(B.unit_avatar[u["uid"]], p, ("unreg-same", p, u["uid"]))
        gov_account("unregistered", p, name, u["unit"], u["topic"], ap,
                     dict(avatar_edit="jpeg", avatar_source="registry",
                          note=f"same unit as registered '{name}' ({base['row']['platform']}); this platform's "
                               f"account was never filed -> unregistered, not impostor",
                          near={"platform": base["row"]["platform"], "account_id": base["row"]["account_id"],
                                "name": name}))
        B.same_unit_slots.add((u["uid"], p))
        n += 1

    # ---------------- hard negatives ----------------
    def other_place_pool(entries, family):
        pool = []
        for e in entries:
            lvl = "province" if e.get("level") == "province" else "city"
            for u in B.units:
                if u["level"] != lvl or u["place"]["S"] != e["reg"] or u["dept"] not in DEPTS:
                    continue
                if e.get("depts") and u["dept"] not in e["depts"]:
                    continue
                for acc in r.sample(u["accounts"], min(2, len(u["accounts"]))):
                    name = acc["row"]["name"].replace(e["reg"], e["S"])
                    pu, cu, nfs, motif, tpl, topic = DEPTS[u["dept"]]
                    unit = e.get("units", {}).get(u["dept"]) or fmt(pu if lvl == "province" else cu, F=e["F"],
                                                                    S=e["S"])
                    if e.get("level") == "county":
                        for a_, b_ in COUNTY_FIX:
                            unit = unit.replace(a_, b_)
                    pool.append((e, u, acc, name, unit, motif, tpl, topic))
        # spread over entries
        by = {}
        for item in pool:
            by.setdefault(item[0]["S"], []).append(item)
        for v in by.values():
            r.shuffle(v)
        out = []
        while any(by.values()):
            for k in list(by):
                if by[k]:
                    out.append(by[k].pop())
        return out

    for family, entries, n_want in [("other_place_char", V.OTHER_PLACES_CHAR, V.N_OTHER_CHAR),
                                    ("other_place_sound", V.OTHER_PLACES_SOUND, V.N_OTHER_SOUND)]:
        made = 0
        for e, u, acc, name, unit, motif, tpl, topic in other_place_pool(entries, family):
            if made >= n_want:
                break
            p = acc["row"]["platform"]
            if (p, name) in B.names_taken or name in B.reg_names:
                continue
            use_tpl = u["avatar_kind"] if u["avatar_kind"] != "distinctive" else None
            ap, edit, src = own_avatar(use_tpl, e["S"], name, motif, e.get("landmark", "waves"), p, ("hn", p, name))
            d = lev(name, acc["row"]["name"])
            gov_account("hard_negative", p, name, unit, topic, ap,
                        dict(family=family, avatar_edit=edit, avatar_source=src,
                             near={"platform": acc["row"]["platform"], "account_id": acc["row"]["account_id"],
                                   "name": acc["row"]["name"]},
                             note=f"genuine account of {unit} ({e['province']}), {d} edit(s) from registered "
                                  f"'{acc['row']['name']}'" + ("; same toneless pinyin" if same_sound(
                                      name, acc["row"]["name"]) else "")))
            made += 1
        B.__dict__.setdefault("made", {})[family] = made

    made = 0
    for (S, F, prov, dept) in V.TEMPLATE_NEGS:
        if made >= V.N_TEMPLATE:
            break
        pu, cu, nfs, motif, tpl, topic = DEPTS[dept]
        name = fmt(nfs[0], S=S, F=F)
        unit = fmt(cu, S=S, F=F)
        best, dist = near_registered(name)
        if dist < 2 or any(row["name"] in name for row in B.rows):
            print(f"  [template neg skipped: {name} too close to {best['name']}]")
            continue
        p = r.choice(["weibo", "wechat", "douyin", "weibo", "toutiao"])
        if (p, name) in B.names_taken:
            continue
        img = template_fabu_badge(S) if tpl == "fabu_badge" else TEMPLATES[tpl]()
        ap = B.platform_copy(img, p, ("tpl", p, name))
        same_tpl = [u for u in B.units if u["avatar_kind"] == tpl]
        gov_account("hard_negative", p, name, unit, topic, ap,
                    dict(family="template_avatar", avatar_edit="jpeg", avatar_source=f"template:{tpl}",
                         note=f"genuine account of {unit} ({prov}); avatar is the shared {tpl} template also used "
                              f"by {len(same_tpl)} registered unit(s); name not close to any registered name"))
        made += 1
    B.made["template_avatar"] = made

    for family, items in [("media_mention", V.MEDIA), ("personal_mention", V.PERSONAL), ("commercial", V.COMMERCIAL)]:
        for it in items:
            p = it["platform"]
            name = it["name"]
            if (p, name) in B.names_taken or name in B.reg_names:
                raise ValueError(f"{family} name clash {name}")
            kind = it.get("avatar", {"media_mention": "logo", "personal_mention": "person",
                                     "commercial": "logo"}[family])
            if kind == "default":
                ap = B.default_avatar_path(p)
            else:
                text = it.get("logo_text") or (name[:2] if kind == "logo" else None)
                img = unrelated_avatar(kind, px=PLATFORM_AVATAR_PX[p], text=text,
                                       seed=int(hashlib.md5(f"{V.SEED}{name}{p}".encode()).hexdigest()[:8], 16))
                ap = B.write_avatar(img, p, ("hn-m", p, name), "JPEG", 85)
            vt = it.get("vtype")
            fol = {"media_mention": (5e4, 8e6), "personal_mention": (50, 3e5), "commercial": (50, 5e4)}[family]
            contained = [row["name"] for row in B.rows if row["name"] in name]
            note = it.get("note", "")
            if contained:
                note = (note + "; " if note else "") + f"name contains registered name '{contained[0]}'"
            genuine_names.add(name)
            B.add_account(p, name, "hard_negative", ap, verified=bool(vt), verified_type=vt,
                          verified_reason=it.get("reason", ""), description=it.get("desc", ""),
                          followers=int(math.exp(r.uniform(*map(math.log, fol)))), posts=r.randint(20, 20000),
                          last_post_days=(0, 40), family=family,
                          avatar_edit="none" if kind == "default" else "unrelated", avatar_source=kind,
                          unit=it.get("unit"), note=note)

    # ---------------- impostors ----------------
    per_target = {}
    forbidden = set(V.FORBIDDEN_IN_IMPOSTOR_NAMES)

    def level_forms(u, acc):
        name, pl = acc["row"]["name"], u["place"]
        out = []
        extra = getattr(V, "LEVEL_FORM_FUNCS", None)
        for form in V.LEVEL_FORMS:
            if extra and form in extra:  # part-specific level forms live in the part's spec
                out.extend((n_, form) for n_ in extra[form](u, acc))
                continue
            if u["level"] == "province":
                if form in ("prov_full", "unit_name") and pl["S"] in name and pl["F"] not in name:
                    out.append((name.replace(pl["S"], pl["F"], 1) if form == "prov_full" else u["unit"], form))
                continue
            if u["level"] == "city":
                if form == "prov_prefix" and name.startswith(pl["S"]):
                    out.append((pl["prov_short"] + name, form))
                elif form == "prov_full_prefix" and (name.startswith(pl["S"]) or name.startswith("平安")):
                    out.append((pl["province"] + name, form))
                elif form == "city_full" and name.startswith(pl["S"]) and not name.startswith(pl["F"]):
                    out.append((pl["F"] + name[len(pl["S"]):], form))
                elif form == "unit_name":
                    out.append((u["unit"], form))
                elif form == "prov_unit":
                    out.append((pl["province"] + u["unit"] if not u["unit"].startswith("国家") else
                                u["unit"].replace(pl["F"], pl["province"] + pl["F"]), form))
            else:
                DS, S = pl["DS"], pl["S"]
                if form == "district_city" and name.startswith(DS):
                    out.append((S + name, form))
                elif form == "district_city_full" and name.startswith(DS):
                    out.append((pl["F"] + pl["DF"] + name[len(DS):], form))
                elif form == "district_drop_city" and name.startswith(S + DS):
                    out.append((name[len(S):], form))
                elif form == "prov_prefix" and (name.startswith(DS) or name.startswith(S)):
                    out.append((pl["prov_short"] + name, form))
                elif form == "prov_full_prefix" and (name.startswith(DS) or name.startswith(pl["F"])):
                    out.append((pl["province"] + name, form))
                elif form == "unit_name":
                    out.append((u["unit"], form))
        return [(n_, f_) for n_, f_ in out if n_ != name]

    def avatar_only_names(u):
        pl = u["place"]
        pats = V.AVATAR_ONLY_NAMES.get(u["dept"], []) + V.AVATAR_ONLY_NAMES["generic"]
        kw = dict(S=pl.get("DS", pl["S"]) if u["level"] == "district" else pl["S"], nick=pl.get("nick") or pl["S"])
        res = []
        for pat in pats:
            nm = fmt(pat, **kw)
            if all(lev(nm, row["name"]) / max(len(nm), len(row["name"])) > 0.5 and row["name"] not in nm
                   and nm not in row["name"] for row in B.rows):
                res.append(nm)
        return res

    def ok_target(acc, tactics):
        u = acc["unit"]
        name = acc["row"]["name"]
        for t in tactics:
            if t == "fullwidth" and not any(ord(c) < 128 and c.isalnum() for c in name):
                return False
            if t == "reorder" and len(acc["segs"]) < 2:
                return False
            if t == "lookalike_char" and not any(c in V.LOOKALIKE for c in name):
                return False
            if t == "same_sound" and not any(c in V.SAME_SOUND for c in name):
                return False
            if t == "traditional" and S2T.convert(name) == name:
                return False
            if t == "level_prefix" and not level_forms(u, acc):
                return False
            if t == "new_platform" and len({a["row"]["platform"] for a in u["accounts"]}) >= 6:
                return False
            if t == "avatar_only" and (u["avatar_kind"] != "distinctive" or not avatar_only_names(u)):
                return False
        return True

    def weight(acc):
        u = acc["unit"]
        w = 3.0 if u["dept"] in PROMINENT else 1.0
        w *= {"province": 2.0, "city": 1.5, "district": 1.0}[u["level"]]
        return w / (1 + per_target.get(acc["row"]["account_id"], 0)) ** 2

    all_accs = [a for u in B.units for a in u["accounts"]]
    from collections import Counter
    pair_use = Counter()

    def diversity(acc, tactics):
        f = 1.0
        name = acc["row"]["name"]
        for t, table in (("lookalike_char", V.LOOKALIKE), ("same_sound", V.SAME_SOUND)):
            if t in tactics:
                fresh = sum(1 for c in set(name) if c in table and any(pair_use[(c, x)] == 0 for x in table[c]))
                f *= 1 + 10 * fresh
        return f

    def make_name(acc, tactics):
        u = acc["unit"]
        row = acc["row"]
        notes = []
        if "avatar_only" in tactics:
            nm = r.choice(avatar_only_names(u))
            return nm, [f"avatar-only: government-sounding name '{nm}' not close to any registered name"]
        if "reorder" in tactics:
            segs = list(acc["segs"])
            for _ in range(5):
                if len(segs) == 2:
                    new = [segs[1], segs[0]]
                else:
                    new = r.choice([segs[1:] + segs[:1], segs[-1:] + segs[:-1], [segs[1], segs[0]] + segs[2:]])
                if "".join(new) != row["name"]:
                    break
            st = NameState("".join(new), _bounds(new))
            notes.append(f"reorder {'|'.join(segs)} -> {'|'.join(new)}")
        elif "level_prefix" in tactics:
            nm, form = r.choice(level_forms(u, acc))
            st = NameState(nm, [])
            notes.append(f"level form '{form}'")
        else:
            st = NameState(row["name"], _bounds(acc["segs"]))
        if "fullwidth" in tactics:
            mode = r.choice(V.FULLWIDTH_MODES)
            new = _fw(st.s, mode, getattr(V, "FULLWIDTH_FUNCS", None))
            if new == st.s:
                return None, None
            st.s = new
            notes.append(f"fullwidth ({mode})")
        if "lookalike_char" in tactics:
            pos = [i for i, c in enumerate(st.s) if c in V.LOOKALIKE]
            if not pos:
                return None, None
            # spread over as many different pairs as possible
            i = r.choices(pos, weights=[1.0 / (1 + min(pair_use[(st.s[j], x)] for x in V.LOOKALIKE[st.s[j]])) ** 2
                                        for j in pos])[0]
            rep = min(V.LOOKALIKE[st.s[i]], key=lambda x: (pair_use[(st.s[i], x)], r.random()))
            pair_use[(st.s[i], rep)] += 1
            notes.append(f"lookalike {st.s[i]}->{rep} (U+{ord(rep):04X})")
            st.s = st.s[:i] + rep + st.s[i + 1:]
        if "same_sound" in tactics:
            pos = [i for i, c in enumerate(st.s) if c in V.SAME_SOUND]
            if not pos:
                return None, None
            i = r.choices(pos, weights=[1.0 / (1 + min(pair_use[(st.s[j], x)] for x in V.SAME_SOUND[st.s[j]])) ** 2
                                        for j in pos])[0]
            rep = min(V.SAME_SOUND[st.s[i]], key=lambda x: (pair_use[(st.s[i], x)], r.random()))
            pair_use[(st.s[i], rep)] += 1
            exact = same_sound(st.s[i], rep)
            notes.append(f"same sound {st.s[i]}->{rep}" + ("" if exact else " (near sound)"))
            st.s = st.s[:i] + rep + st.s[i + 1:]
        if "traditional" in tactics:
            mode = r.choice(V.TRAD_MODES)
            tfun = getattr(V, "TRAD_FUNCS", None)
            if tfun and mode in tfun:  # part-specific traditional-form modes live in the part's spec
                new = tfun[mode](st.s, u, r)
                if not new:
                    return None, None
            elif mode == "full":
                new = S2T.convert(st.s)
            else:
                idx = [i for i, c in enumerate(st.s) if S2T.convert(c) != c]
                if mode == "place":
                    pl = u["place"].get("DS", u["place"]["S"])
                    k = st.s.find(pl)
                    idx = [i for i in idx if k >= 0 and k <= i < k + len(pl)] or idx
                if not idx:
                    return None, None
                i = r.choice(idx)
                new = st.s[:i] + S2T.convert(st.s[i]) + st.s[i + 1:]
            if new == st.s or len(new) != len(st.s):
                return None, None
            notes.append(f"traditional ({mode})")
            st.s = new
        if "prefix" in tactics:
            w = "".join(r.sample(V.PREFIXES, r.choice([1, 1, 1, 2])))
            st.prepend(w)
            notes.append(f"prefix +{w}")
        if "suffix" in tactics:
            k = r.choice([1, 1, 2])
            w = "".join(r.sample(V.SUFFIXES, k))
            st.append(w)
            notes.append(f"suffix +{w}")
        if "emoji_brackets" in tactics:
            mode = r.choice(["emoji_before", "emoji_after", "wrap", "wrap", "emoji_wrap"])
            e = r.choice(V.EMOJI)
            a, b = r.choice(V.BRACKETS)
            if mode == "emoji_before":
                st.prepend(e)
            elif mode == "emoji_after":
                st.append(e)
            elif mode == "wrap":
                st.prepend(a)
                st.append(b)
            else:
                st.prepend(a)
                st.append(b)
                st.prepend(e)
            notes.append(f"{mode} {e if 'emoji' in mode else ''}{a + b if 'wrap' in mode else ''}")
        if "spacing" in tactics:
            sp = r.choice(V.SPACES)
            inner = [b for b in st.bounds if 0 < b < len(st.s)]
            if inner and r.random() < 0.65:
                pos = r.choice(inner)
            else:
                pos = r.randint(1, len(st.s) - 1)
            st.insert(pos, sp * (2 if r.random() < V.DOUBLE_SPACE_P else 1))
            if r.random() < 0.25:  # a second gap elsewhere
                st.insert(r.randint(1, len(st.s) - 1), r.choice(V.SPACES))
            notes.append(f"spacing U+{ord(sp):04X}")
        if "zero_width" in tactics:
            z = r.choice(V.ZERO_WIDTH)
            for _ in range(r.choice([1, 1, 2])):
                st.insert(r.randint(0 if r.random() < 0.15 else 1, len(st.s)), z)
            notes.append(f"zero-width U+{ord(z):04X}")
        return st.s, notes

    def pick_avatar(acc, tactics, p, key):
        u = acc["unit"]
        x = r.random()
        src_kind = u["avatar_kind"]
        if "avatar_only" in tactics or x < V.P_IMPOSTOR_DERIVED:
            edit = r.choice(EDITS)
            ap, detail = B.derived_avatar(u["uid"], p, key, edit)
            return ap, edit, ("target" if src_kind == "distinctive" else f"template:{src_kind}"), detail
        if x < V.P_IMPOSTOR_DERIVED + V.P_IMPOSTOR_DEFAULT:
            return B.default_avatar_path(p), "none", "default", "platform default avatar"
        kind = r.choice(V.IMPOSTOR_UNRELATED_KINDS)
        text = None
        if kind == "fake_gov" and r.random() < 0.6:
            text = u["place"].get("DS", u["place"]["S"]) + FN.get(u["dept"], "")
        img = unrelated_avatar(kind, seed=int(hashlib.md5(str(key).encode()).hexdigest()[:8], 16),
                               px=PLATFORM_AVATAR_PX[p], text=text)
        return B.write_avatar(img, p, key, "JPEG", r.randint(70, 90)), "unrelated", kind, f"own {kind} image"

    counts = {}
    for tactics, n_want in V.IMPOSTOR_PLAN:
        tactics = tuple(sorted(tactics, key=TACTIC_ORDER.index))
        pool = [a for a in all_accs if ok_target(a, tactics)]
        if not pool:
            print(f"  [no targets for {tactics}]")
            continue
        made, tries = 0, 0
        while made < n_want and tries < n_want * 60:
            tries += 1
            acc = r.choices(pool, weights=[weight(a) * diversity(a, tactics) for a in pool])[0]
            if per_target.get(acc["row"]["account_id"], 0) >= V.MAX_PER_TARGET:
                continue
            u, row = acc["unit"], acc["row"]
            if "new_platform" in tactics:
                have = {a["row"]["platform"] for a in u["accounts"]}
                missing = [p for p in PLATFORMS if p not in have and (u["uid"], p) not in B.same_unit_slots]
                if not missing:
                    continue
                p = r.choices(missing, weights=[{"weibo": 3, "douyin": 3, "kuaishou": 3, "toutiao": 2,
                                                 "bilibili": 1, "wechat": 2}[m] for m in missing])[0]
            else:
                p = row["platform"]
            if tactics == ("new_platform",):
                name, notes = row["name"], [f"exact registered name copied to {p}, where the unit has no account"]
            else:
                name, notes = make_name(acc, tactics)
                if not name:
                    continue
                if "new_platform" in tactics:
                    notes.append(f"on {p}, where the unit has no registered account")
            if (p, name) in B.names_taken or name in genuine_names and tactics != ("new_platform",):
                continue
            if tactics != ("new_platform",) and name in B.reg_names:
                continue
            if any(f in visible(name) for f in forbidden):
                continue
            if name.strip() != name and not any(t in tactics for t in ("spacing", "zero_width")):
                continue
            key = ("imp", p, name)
            ap, edit, src, adetail = pick_avatar(acc, tactics, p, key)
            vr = r.random()
            if vr < V.P_IMPOSTOR_VERIFIED:
                vt, reason = r.choice(V.IMPOSTOR_VERIFIED)
                verified, reason = True, fmt(reason, S=u["place"]["S"])
            else:
                verified, vt, reason = False, None, ""
            dr = r.random()
            fn = FN.get(u["dept"], "")
            if dr < 0.3:
                desc = acc.get("desc", "")
            elif dr < 0.85:
                desc = fmt(r.choice(V.IMPOSTOR_DESCS), S=u["place"].get("DS", u["place"]["S"]), fn=fn, name=name,
                           wx="".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(3)) + str(r.randint(1000, 99999)),
                           qq=str(r.randint(10 ** 7, 10 ** 10)))
            else:
                desc = ""
            f_ = r.random()
            followers = r.randint(0, 3000) if f_ < 0.72 else (r.randint(3000, 60000) if f_ < 0.95 else
                                                             r.randint(60000, 400000))
            B.add_account(p, name, "impostor", ap, verified=verified, verified_type=vt, verified_reason=reason,
                          description=desc, followers=followers, posts=r.randint(0, 1500), last_post_days=(0, 240),
                          tactics=list(tactics), avatar_edit=edit,
                          target={"platform": row["platform"], "account_id": row["account_id"]},
                          target_name=row["name"], target_unit=u["unit"], avatar_source=src,
                          note="; ".join(notes + [f"avatar: {adetail}"]))
            per_target[row["account_id"]] = per_target.get(row["account_id"], 0) + 1
            made += 1
        counts[tactics] = made
        if made < n_want:
            print(f"  [only {made}/{n_want} for {tactics}]")
    B.write()
    return B


def counts_of(part_dir):
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(part_dir, "labels.jsonl"), encoding="utf-8")]
    rows = list(csv.DictReader(open(os.path.join(part_dir, "registry.csv"), encoding="utf-8", newline="")))
    c = dict(label=Counter(l["label"] for l in labs),
             tactic_single=Counter(l["tactics"][0] for l in labs if l["label"] == "impostor" and len(l["tactics"]) == 1),
             tactic_combo=Counter("+".join(l["tactics"]) for l in labs
                                  if l["label"] == "impostor" and len(l["tactics"]) > 1),
             tactic_any=Counter(t for l in labs if l["label"] == "impostor" for t in l["tactics"]),
             family=Counter(l["family"] for l in labs if l["label"] == "hard_negative"),
             avatar_edit_impostor=Counter(l["avatar_edit"] for l in labs if l["label"] == "impostor"),
             avatar_edit_all=Counter(l["avatar_edit"] for l in labs),
             registry_rows=len(rows), registry_units=len({r_["unit"] for r_ in rows}),
             registry_platforms=Counter(r_["platform"] for r_ in rows),
             registry_templates=Counter(l.get("avatar_template") or "distinctive" for l in labs
                                        if l["label"] == "registered"),
             unreg_near=sum(1 for l in labs if l["label"] == "unregistered" and l.get("near")))
    size = 0
    for root, _, files in os.walk(part_dir):
        for f in files:
            size += os.path.getsize(os.path.join(root, f))
    c["bytes"] = size
    c["n_avatar_files"] = len(os.listdir(os.path.join(part_dir, "avatars")))
    return c


def counts_markdown(c):
    def tab(title, counter):
        lines = [f"| {title} | n |", "|---|---|"]
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            lines.append(f"| {k} | {v} |")
        return "\n".join(lines)
    parts = [
        f"Registry: {c['registry_rows']} rows, {c['registry_units']} units; "
        f"platforms {dict(c['registry_platforms'])}.",
        f"Registry avatar designs by registered account (template vs distinctive): "
        f"{dict(c['registry_templates'])}.",
        f"Files: {c['n_avatar_files']} avatar images, {c['bytes'] / 1e6:.2f} MB in total.", "",
        tab("label", c["label"]), "", tab("impostor tactic (single)", c["tactic_single"]), "",
        tab("impostor tactic (combined)", c["tactic_combo"]), "",
        tab("tactic (any impostor carrying it)", c["tactic_any"]), "",
        tab("hard-negative family", c["family"]), "",
        tab("impostor avatar_edit", c["avatar_edit_impostor"]), "",
        f"Unregistered accounts whose name is close to a registered name (1 edit; 2 edits for names of 6+ "
        f"characters; the label line carries `near`): {c['unreg_near']}.",
    ]
    return "\n".join(parts)
