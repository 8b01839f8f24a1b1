"""Reposts without a source (转载未注明来源), recognised from the text and from the platform flag.

A post is a repost when
* the platform flags it (``is_original: false``) — unless ``source`` is set or the text names a source;
* it reproduces at length (``MIN_OVERLAP`` characters or more, in shingles) a post of an account of another unit
  in the context (the copy is not dated before it);
* it is a document issued by another body (a title “X关于…的通知/公告/通告/意见” or a signature whose issuer is
  not the account's unit), or written in another body's first person (我部/我委/我局… not the unit's own);
* it is an outlet's item with the outlet's name cut off (本报讯, 本台消息, 本网讯; a paper's byline or dateline
  anywhere — 本报记者, 本报通讯员, 本报成都11月19日电 — on an account that is no outlet; a wire dateline opening the
  text without its agency, 11月20日电 or （北京11月20日电）: ``WIRE_DATELINE``);
* its institutional first person (我局, 我市 …) acts in, or speaks of the residents of, divisions outside the unit's
  prefecture (``voice_elsewhere``: 对芝罘区…开展检查 from Qingdao's bureau), unless the post says it went there or
  worked with a body there, compares, warns with another's case or forecasts;
* its province voice (我省, 全省) works in two or more cities of one other province (我省将在合肥、芜湖等地布局… on a
  Zhejiang account: ``province_voice_elsewhere``, short city names read too);
* its first person is of a level below the unit's (``lower_voice``: 我市, 我县 on a provincial body's account; 我县
  on a city's) or an observatory's or a broadcaster's (我台 on the account of a body that is neither);
* its only source statement names the account itself or its unit (（来源：健康安庆） on 健康安庆: ``self_credit``);
* its first person sets what only the state sets (``national_voice``: 扩大医保药品目录, 指导各省份, 在全国主要口岸设置…)
  or co-issues a document with a state body (我委联合国家中医药局印发…) on an account below the state; since
  content-repost39 also when it lays a duty on the provinces in a clause of its own (…，各省级××部门要…), commands the
  country's forces or system (部署全国消防救援队伍), organises or plans work across the whole country (在全国组织开展…,
  将于12月在全国开展…), convenes a national coordinating body's members or the country's meeting of its field
  (组织国家防灾减灾救灾委员会成员单位会商, 召开全国刑侦工作会议), issues the country's plan (《全国…规划》), names the
  state's lists or standards (公布新一批地理标志保护产品, 批准发布…项国家标准) or forecasts the country's risk or trend
  (预计12月全国自然灾害风险…); an office's and an association's first person is read after the time word of its act
  (我办日前组织…), and the short self-name 总局/总署 after a topic tag (#冰雪季 总局将…) and warning the public
  (总局提醒消费者，…);
* it names another body as its author — the headline speaker (国家卫生健康委：…, ××税务局提醒：…, 【××局】) or the
  closing signer (…（宜昌市教育局）) — and speaks in that body's first person (我委, 我局): the body's release,
  pasted (``speaking_bodies``; such a signature is the author's, not a source credit: ``signs_own_voice``);
* it reproduces another body's release in full (××厅今日发布…。全文如下);
* it opens with a state body announcing (文化和旅游部公布…名单, ××总局近日印发通知：…) and adds nothing of the unit's own —
  no first person, no place of its region (``state_announcement``, content-repost32; since content-repost33 any
  sentence of its opening — after a headline, a title line or a one-sentence lead — and the verbs of a body's own
  information: ××局数据显示, ××部预计, 国家××中心监测显示, ××部提醒，…), or speaks as 我省 on the account
  of a body of an autonomous region or a municipality, which have no province (``province_voice_absent``);
* it closes with a state body's name alone (…（××部××局）), the issuing body's signature, not a source credit, and adds
  nothing of the unit's own (``state_signature``, content-repost33);
* it opens with a provincial body's item by that body's short self-name (省局近日通报…, 省厅日前印发…) on the account of a
  unit below the province and adds nothing of the unit's own (``province_short_self``, content-repost39), or it carries
  a province's salutation to its prefectures (各市（州）××局：…, 各设区市…：) on a city's or a county's account
  (``SALUTATION``, content-repost39);
* it gives a region's headline statistics for a period (前三季度地区生产总值…，社会消费品零售总额…) on an account that is
  not the statistics authority's, naming neither the bureau nor an outlet (``statistics_release``).
A first person inside a named speaker's words (quotations, 市中心医院院长介绍，我院…) is the speaker's, not the post's;
本校, 本市 after 各学校, 各市 in its sentence is each addressee's own (``distributive``). A county-level district named
bare after 在 (我局在陈仓区…) is the first person's home ground, not a place it went to.

* its source statement names a platform, a kind of medium or a compilation where the publisher belongs (本文转载自
  微信公众号, 来源：综合: ``PLATFORM_ONLY``), like 来源：网络, a chat group of any kind (图文来自工作群, 转自家长群:
  ``CHAT_GROUP``), word of mouth (群里转的, 同事转发的) or an unnamed authority (据权威消息, 据内部人士透露:
  ``UNNAMED_AUTHORITY``; not in a rumour's rebuttal or a warning, and no longer read as 据…消息 naming a source);
* its source statement defers the source to a picture's watermark or logo (来源见水印, 出处：见视频台标) or puts a kind of
  body where a body's name belongs (转自气象部门, 来源：有关部门, 信息来源：相关单位), or it presents its material as the
  net's (一段来自网络的视频：…, ``NET_MATERIAL``; not in a rumour's rebuttal) — content-repost28;
* an editor's note presents it (编者按) and it is neither in the unit's voice nor the account's own series.
A place's release account (its government's or information office's) reports its own place's bodies: 记者从市台港澳办
获悉 there is its own news (``own_place_body``); 我办 is an office's first person, and the state's Taiwan and Hong Kong
policy (欢迎台湾青年来大陆) is a national voice.
``is_original: null`` (unknown — every Sogou-found WeChat article) is unknown, never a repost by itself.
A source is named by a 来源/转自/转载自/稿件来源/信息来源/综合自/以下文章来源于 statement, a publisher before 发布：
at the start (四川省教育考试院发布：), an outlet's reporter (人民日报记者从…获悉), an outlet's dateline
or opener (新华社北京11月17日电, 央视新闻消息, 新华社电), 据…消息/报道/电, a publisher as the headline's speaker
(【人民日报：…】; any body as speaker, 公安部刑侦局：…, when it published the copied text), 据<body>提醒/提示/公告 at
the start, 据<a body's website or account> alone before a comma (据应急管理部官网，), a body's website or account as the
opener (应急管理部网站消息，, ××微信公众号消息：), Weibo's repost credit (//@央视新闻, 转发自@…, and since content-repost28
转发@<account>：, 【转@<account>】 — not a call to share that tags friends, 转发@三位好友: ``FORWARD_ADDRESSEE``),
转载来源/转发来源, 图片来源, 图源, who provided the material
(素材提供：…, 图片提供：…; 数据来源 names a data provider only);
"阅读原文", "作者", "编辑", "原标题" and the like name no source.
Since content-attrib25 (issue #18) the attribution structures of editorial practice name a source when a publisher
fills their slot (``attribution_structure``): where the full text is (本通知全文见中国政府网, 全文请登录××官网查阅), the
publisher as the item's agent (本条信息由××发布，本号转载; ××发布，本号转发), an outlet alone in the opening brackets
(【新华社】…), and a labelled credit (（信息发布：××）, 稿源：××, （资料：××）). A platform, a kind of medium or a chat group
in any publisher slot names no one (``NO_PUBLISHER_NAME``: 据微信公众号消息, 原载于网络, （信息发布：某公众号）), and a
bracketed 据 credit without a name (（据相关媒体）, （据报道）) is a vague source.
A source is also named by a credit in a source position (``credit_named``): a name in brackets or after a dash
ending a paragraph (（人民日报）, ——××市应急管理局, （××局供稿）; not a body signing words in its own first person),
a credit line (文/图/视频/作者/供稿/出品 + name),
a publication statement (（本文刊发于…）, 原载于…, 该文发表于…), an outlet's byline (人民日报记者 张三 报道),
原文链接 with an address or naming the site (原文链接：××部政府门户网站), 来自“<publisher>” or 来自：<publisher> at the
start of a line or a bracket (来自“健康中国”的提示：, （来自：健康中国）, 原文来自：…; ——来自<publisher> as a tail credit),
a quoted publisher opening the text as the one who publishes or reminds (以下为“中国应急管理”发布的提示：, 转发“平安××”提醒：),
a reprint or authorisation statement in any common form (经…授权转载, 经授权转载自…,
本文由…授权发布, 转载已获…授权) — when the credited name can publish (an outlet by name — the list in
``detectors/data/media_outlets.txt`` — or by shape, an account, an organisation, a public body's account named by
place and field: 中国应急管理, 健康中国, 威海文旅); a person's name or a medium mentioned inside a sentence is no credit.
The first person (我局, 本中心 …) is the unit's own when it is the unit's kind — unless a headline names a body of
another place as the speaker (【郑州警方】) — or the kind of one of its sub-units (a bureau's 支队/大队) tied to it by
the post (it also speaks as the unit, or names the sub-unit as the unit's). The account's own reporting is no repost: 本台消息/本报讯 or a
reporter's byline on a media unit's account, a reporter's byline under the account's own dateline (××发布讯（记者 …）:
``own_dateline``), and 记者从<the account's own unit>获悉 (``refers_to_unit`` reads
the unit's usual short forms: 省住房城乡建设厅 for 山东省住房和城乡建设厅). A document whose issuer is the unit's own name
with one character of its field slipped (河北省生太环境厅 for 河北省生态环境厅: ``_own_name_slipped``) is the unit's own.
A headline speaker over a copied text names its publisher when it is the copied account's name or is found in the name
of the body the platform verified as running that account (应急管理部提醒：… over the text of 中国应急管理, run by
中华人民共和国应急管理部: ``OverlapIndex.runner_of``) — when the copy wrote it: the copied post's own title kept at the
head of the copy (人民日报评论：… over the commentary pasted whole) is part of the copied text and names no source
(``_copied_title``, content-repost26). A city's or a county's first person that issues a document requiring every
locality's departments of its field (我委印发…，通知要求各地卫生健康行政部门…) speaks for a higher body
(``higher_addressees``); a headline whose speaker is a division outside the unit's region (【海南：…】 on a Liaoning
body's account), over a text that names nothing of the unit's own region, is that place's news pasted
(``other_place_headline``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from detectors.places import gazetteer, placement
from detectors.textnorm import fold, is_subsequence

SHINGLE = 12  # characters per shingle
MIN_OVERLAP = 60  # characters of another unit's text reproduced verbatim (when that is half the post)
MIN_RUN = 80  # or one verbatim run this long
MIN_SHORT = 24  # a short post (under MIN_OVERLAP) is a copy when nearly all of it is another unit's text
SHORT_SHARE = 0.8
MIN_CUED = 30  # or a run this long after a cue that attributes the text to no one (据了解, 据悉)
# or most of a post made of several of another unit's sentences or list items, each kept verbatim (a condensed list:
# the items kept, the numbering and the odd item dropped); shared policy wording covers a quarter of a post at most,
# and one shared sentence is policy wording too
MIN_SHARED = 30
SHARED_SHARE = 0.6
MIN_SHARED_CLAUSES = 2
CLAUSE = re.compile(r"[^；;。！!？?]{8,}")
# …or of three of its comma-separated phrases kept verbatim (a caption condensing a warning: its dates, figures and
# advice kept, the rest dropped, a new opener added)
MIN_SHARED_PHRASES = 3
PHRASE = re.compile(r"[^，,、；;。！!？?]{8,}")
# "It is learnt": the following is someone else's information, and the cue names no one.
UNNAMED_CUE = re.compile(r"据了解|据悉|据介绍|据报道|有消息称|消息称|记者了解到|获悉")

def _media_names() -> list[str]:
    path = Path(__file__).parent / "data" / "media_outlets.txt"
    names = {fold(line.strip()) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    return sorted(names, key=len, reverse=True)


MEDIA_NAME_LIST = tuple(_media_names())
MEDIA_NAMES = "|".join(re.escape(n) for n in MEDIA_NAME_LIST)
# A news outlet by its name's shape: papers, broadcasters, news websites and apps, county media centres.
MEDIA_ENDINGS = ("日报", "晚报", "早报", "晨报", "时报", "商报", "快报", "导报", "周报", "都市报", "青年报", "法治报", "法制报",
                 "报社", "杂志社", "杂志", "周刊", "电视台", "广播电视台", "广播电台", "人民广播电台", "卫视", "融媒体中心",
                 "融媒中心", "传媒中心", "新闻中心", "新闻网", "新闻社", "通讯社", "客户端")
MEDIA_SHAPE = r"[\u4e00-\u9fff]{1,10}?(?:" + "|".join(MEDIA_ENDINGS) + ")"
# (the endings the first sessions knew, accepted after any name: …日报, …融媒体中心, …客户端)
OUTLET_ENDINGS = ("日报", "晚报", "早报", "电视台", "广播电视台", "融媒体中心", "新闻网", "客户端")
OUTLETS = (r"新华社|新华网|人民日报|人民网|央视新闻|央视网|中央广播电视总台|中新社|中新网|中国新闻网|光明日报|光明网|"
           r"经济日报|中国日报|求是|中国政府网|学习强国|澎湃新闻|大众日报|南方日报|南方\+|羊城晚报|齐鲁晚报|"
           r"\S{1,8}(?:" + "|".join(OUTLET_ENDINGS) + ")|" + MEDIA_NAMES)
# Whom a call to share tags (转发@你的家人, 转发@三位好友): readers and their friends, no publisher.
FORWARD_ADDRESSEE = (r"所有人|全体|大家|各位|你|您|好友|朋友|家人|亲友|身边|小伙伴|同事|同学|[一二两三四五六七八九十几\d]+(?:位|个|名)|"
                     r"everyone|all(?![a-z])")
# …and where an account's name belongs, a platform, a chat group or an unnamed medium names no one (转发@朋友圈：).
FORWARD_NO_NAME = (r"(?:网络|网上|互联网|朋友圈|微信公众号|微信群|公众号|微博|相关媒体|有关媒体|媒体|[^\s：:@＠]{0,6}群)"
                   r"(?:[：:】\]）)\s]|$)|某")
# Patterns that start with a literal are cheap; the outlet's dateline and opener are found from their tail
# (…11月17日电, …消息：) and the outlet is then looked for just before it (an outlet name may begin anywhere).
# (``^\s*+``: white space at a line start read possessively, as in ``WIRE_DATELINE``: only non-blank tokens
# follow it, and a post of blank lines is read without trying every split of each blank run)
SOURCE_NAMED = re.compile(
    r"(?:^|[\s（(【\[|｜丨/，,。；;—\-·•▍*!?:！？：])(?:以上内容|以下内容|上述内容|本文内容|以上信息|本文图文|本文|全文|此文|该文|稿件|信息|"
    r"文章|内容|图片|视频|素材|新闻|消息|资料|原文|参考|文字|图文|照片)?(?:综合)?"
    r"(?:来源|來源|图源|图片源|信息源|消息源|稿源|新闻源|信源|引自|转引自|援引自|转自|轉自|转载自|轉載自|综合自|本文来源于|本文转自|以下文章来源于|出处|摘自|摘编自|选自|节选自|"
    r"整理自|源自|本文来自|内容来自|以上内容来自|以下内容来自|上述内容来自|转发自|分享自|原载|原文载于|原发于|首发于|转载于|参考自|"
    r"摘录自|辑录自|编选自|编译自|采编自|消息来源|参考来源|转载来源|转发来源)(?:于)?\s*[:：@|｜丨/]?\s*\S|"
    # the text (内容, 本文 …) said to come from a publisher (内容出自“中国应急管理”公众号, 本文摘录自…); a bare 出自 is a
    # quotation's origin (这句话出自《论语》), not the post's source
    r"(?:^|[\s（(【\[|｜丨/，,。；;—\-·•▍*!?:！？：])(?:以上内容|以下内容|上述内容|本文内容|本文|全文|此文|该文|稿件|信息|文章|内容|"
    r"图文|素材|资料|文字|数据|部分内容)(?:均|主要|部分)?(?:出自|摘录自|辑录自|编选自|编译自|采编自|整理编辑自)\s*[:：]?\s*\S|"
    # the text said to come from, or to be provided by, a publisher (信息来自：中国政府网, 本推文内容由××提供, 图文由××供稿);
    # a bare 来自 is anyone's origin (来自全省的选手), so the text's own noun must stand before it
    r"(?:^|[\s（(【\[|｜丨/，,。；;—\-·•▍*!?:！？：])(?:以上内容|以下内容|上述内容|本文内容|本推文内容|本推文|本期内容|本文|全文|"
    r"(?:本文|本期|本推文|文中|文内)?(?:稿件|信息|文章|内容|图文|素材|资料|文字|数据|图片|视频|照片))(?:均|主要|部分)?(?:来自\s*[:：]?\s*[^\s，,。]|"
    r"由[^，,。！!？?\n]{2,24}?(?:提供|供稿|供图))|"
    r"\b(?:source\s*[:：@]|via\s*[:：@]?)\s*\S|"
    r"来自\S{1,12}(?:客户端|微博|公众号|网站)|"
    r"据(?:" + OUTLETS + "|" + MEDIA_SHAPE + r"|[\u4e00-\u9fff]{1,8}网|[^，。\n]{2,20}?(?:网站|客户端|公众号|微博))[^，。\n]{0,6}"
    r"(?:消息|报道|发布|(?:电|讯)(?![\u4e00-\u9fff]))|"
    # an agency's or a paper's opener without a date (新华社电, 中新网讯) at the start of the text
    r"^\s*+(?:【[^】\n]{0,40}】\s*)?[【\[（(]?(?:" + OUTLETS + r")(?:电|讯)(?![\u4e00-\u9fff])|"
    r"^\s*+[【\[]?(?:" + OUTLETS + r")(?:评论员文章|评论员|评论|社论|时评|快评|锐评|观察|视点)?[：:]|"
    # (an unnamed authority — 据权威消息, 据内部人士透露 — names no one: UNNAMED_AUTHORITY)
    r"^\s*+(?:【[^】\n]{0,40}】\s*)?据(?!权威|可靠|内部|小道|知情|业内|官方)[^，,。！!？?\n]{2,24}?(?:消息|报道|发布|通报)|"
    # …or its reminder or notice (据公安部刑侦局提醒，…): the body that published the item (not 据有关部门提醒)
    r"^\s*+(?:【[^】\n]{0,40}】\s*)?据(?!相关|有关|部分|多方|网友|网传|知情|了解|悉|权威|可靠|内部|小道|业内|官方)[^，,。！!？?\n]{2,24}?"
    r"(?:提醒|提示|公告|通告|披露|公布)[，,：:]|"
    r"[（(]\s*据(?:" + OUTLETS + r")\S{0,4}[）)]|"
    # 据 a body's website or account, alone before the comma (据应急管理部官网，…): the page the item was taken from
    r"据(?!相关|有关|部分|多家|某|网络|网上|境外|网传)[^，,。！!？?\n]{2,20}?(?:官网|官方网站|网站|客户端|公众号|官方微博|官方微信)"
    r"(?=[，,：:])|"
    # a body's website or account as the opener (应急管理部网站消息，…, 国家卫健委微信公众号消息：…)
    r"^\s*+(?:【[^】\n]{0,40}】\s*)?(?!微信(?:公众号|号)|某)[^\s，,。：:【】]{2,20}?(?:官网|官方网站|网站|客户端|微信公众号|公众号|官方微博|官方微信)"
    r"(?:消息|发布|报道)[，,：:]|"
    # (an @ at the start names the account reposted — @央视新闻 — unless it addresses the readers: @所有人, @全体成员)
    r"^\s*+[@＠](?!所有人|全体|大家|各位|everyone|all(?![a-z]))\S|//\s*@\S|"
    # Weibo's repost credit without 自 (转发@公安部刑侦局：…, 【转@健康中国】, 转载 @央视新闻): the account reposted is
    # named, as in 转发自@…; not a call to share that tags the readers' friends (转发并@三位好友, 转发@你的家人)
    r"(?:^|[\s【\[（(|｜丨，,。；;#])转(?:发|载)?[ \t\u3000]*[@＠](?!" + FORWARD_ADDRESSEE + r"|" + FORWARD_NO_NAME + r")"
    r"[^\s@＠：:，,。！!？?】\]）)]{2,30}(?:[：:】\]）)\s]|$)",
    re.IGNORECASE | re.MULTILINE)
# A headline naming the body that speaks (【中国气象局：…】): it names the source when that body published the text
# copied (another body's forecast under its own headline still hides who published it).
RUNNER_MIN = 3  # characters of a headline speaker found in the name of the body running the copied account
HEADLINE_SPEAKER = re.compile(r"^\s*【?(?P<speaker>[\u4e00-\u9fff]{2,30}?)(?:发布|消息|提醒|提示|通报|公告|通知|表示|宣布)?[：:]")
OUTLET_TAIL = re.compile(r"\d{1,2}月\d{1,2}日(?:电|讯)|(?:消息|讯|报道)(?:[，,：:\s（(]|$)")


def ends_with_outlet(text: str, endings: tuple[str, ...] = OUTLET_ENDINGS, slack: int = 0) -> bool:
    """Does ``text`` end with an outlet's name (from the list, or a name with one of ``endings``), followed by at
    most ``slack`` more characters (the place of a dateline: 新华社北京)? (str.endswith, not a regex: this runs
    on every 消息/报道/电 of every post.)"""
    for cut in range(min(slack, len(text)) + 1):
        head = text[:len(text) - cut]
        if cut and head and text[len(head):].strip() != text[len(head):]:
            break  # (the place after the outlet has no spaces)
        if head.endswith(MEDIA_NAME_LIST):
            return True
        for ending in endings:
            if head.endswith(ending) and len(head) > len(ending) and not head[-len(ending) - 1].isspace():
                return True
    return False


# A newspaper's or magazine's own byline anywhere in the text (本报记者 孙静, （本报通讯员 王林）, 文/本报评论员):
# 本报 names the paper only on the paper's own account.
# (a paper's dateline, 本报北京11月19日电, and a broadcaster's or a news site's reporter, 本台记者, 本网记者, too)
PAPER_BYLINE = re.compile(r"(?:本报|本刊)(?:讯|记者|通讯员|评论员|特约评论员|特派记者|特约记者|首席记者|全媒体记者|融媒体记者|综合消息|"
                          r"驻[\u4e00-\u9fff]{1,6}记者|[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电)|"
                          r"(?:本台|本网)(?:记者|评论员|特约评论员|通讯员)")
PAPER_UNIT = re.compile(r"报|刊|杂志|融媒体|传媒|新闻|电视|广播")
OUTLET_CUT = re.compile(r"^\s*(?:【[^】\n]{0,40}】\s*)?[【\[（(]?(?:本报讯|本台消息|本台讯|本网讯|本刊讯|本报记者|本台记者|本网记者)")
DOC_TITLE = re.compile(r"^\s*+(?:【[^】\n]*】)?\s*+(?P<issuer>[\u4e00-\u9fff、]{2,40}?)关于[^\n]{2,80}?的"
                       r"(?:通知|公告|通告|意见|决定|通报|批复|函|办法|规定|方案)(?:[（(]全文[）)])?\s*$", re.MULTILINE)
# A signature at the end of a document: the issuing body's name on one line, the date on the next.
SIGNATURE = re.compile(r"^\s*(?P<issuer>[\u4e00-\u9fff]{3,30}(?:部|委|局|厅|署|办公室|办公厅|政府|委员会|中心|院|支队|总队)|"
                       # joint issuers on one line: 人力资源社会保障部　财政部
                       r"[\u4e00-\u9fff]{2,30}(?:部|委|局|厅|署|办公厅|政府|委员会)"
                       r"(?:[ \u3000]+[\u4e00-\u9fff]{2,30}(?:部|委|局|厅|署|办公厅|政府|委员会))+)"
                       r"\s*\n\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*$", re.MULTILINE)
# A line that is a body's name alone (the joint issuers of a document, one a line, above its date).
ISSUER_LINE = re.compile(r"[\u4e00-\u9fff]{3,30}(?:部|委|局|厅|署|办公室|办公厅|政府|委员会|中心|院|支队|总队)")
FORWARDED = ("转发", "印发")
# Another body's release reproduced in full (省文化和旅游厅今日发布…。全文如下): the issuer named as the news' subject
# is no source statement; the text that follows is that body's. (转发… names the forwarding itself.)
FULL_TEXT_MARK = re.compile(r"全文如下|原文如下|以下为全文|以下是全文|全文附后|全文见下|附全文")
RELEASED_BY = re.compile(r"(?P<issuer>[\u4e00-\u9fff]{2,30}?(?:部|委|局|厅|署|办公室|办公厅|政府|委员会|中心|院|总局))"
                         r"(?:今日|今天|近日|日前|昨日|昨天|\d{1,2}月\d{1,2}日)?(?:正式|联合)?(?:发布|印发|公布|出台|下发|发出|制定)")
ISSUER_SUFFIX = re.compile(r"(?:办公厅|办公室|新闻办公室|新闻办)$")
# The time word a body's act follows (我办日前印发…, 国家林草局近日发布…, 12月3日, 3日).
ANNOUNCE_TIME = r"(?:近日|日前|近期|今天|今日|昨天|昨日|\d{1,2}月\d{1,2}日|\d{1,2}日)"
# 我局/本局, 我支队, 本中心 … (not 本部门, 本局面, 我中心城区)
# 我院 is a court's, a procuratorate's, a hospital's, an academy's or an examinations authority's voice; 我校 a
# school's, 我馆 a museum's or a library's, 我司 a company's (or a ministry department's).
# 我景区 a scenic area's (its management's) voice, 我公司 and 我集团 a company's, 我行 a bank's (not 本行业, 我行我素,
# 本行政区域). (本台 is left to OUTLET_CUT: a news office's own post says 接受了本台采访 of the station's interview.)
FIRST_PERSON = re.compile(r"(?:我|本)(部|委|局|厅|署|支队|总队|大队|中心|院|校|馆|司|景区|公司|集团|"
                          # 我所 of an institute or a station where it acts (我所科考船, 我所联合…; not 我所在, 我所有, 我所知)
                          r"所(?=科考|科研|研究|专家|职工|全体|党支部|党委|民警|干警|承担|牵头|联合|组织|开展|召开|举办|将|已|积极)|"
                          r"行(?!业|我素|动|为|程|走|驶|列|进|文|政|使|人|李|车|情|家|当|者|星)|"
                          # 我办 of an office (国务院台办, 市政府办公室) where a body acts or speaks — not 本办法, 我办理 —
                          # after the time word of its act too (我办日前组织…, 我办12月3日印发…)
                          r"办(?=" + ANNOUNCE_TIME + r"?(?:将|已|于|定于|决定|研究|联合|会同|组织|印发|召开|举行|发言人|新闻发言人|"
                          r"主任|副主任|(?:有关)?负责人|高度|坚决|始终|一直|持续|积极|认真|依法|网站|官网|[，,、]))|"
                          # 我会/本会 of an association, a society or a commission (协会, 学会, 证监会) where it acts as a
                          # body — not 我会 "I will" (我会努力, 我会将材料…, 我会在…) — after the time word of its act too
                          # (我会近日联合…, 本会昨日召开…)
                          r"会(?=" + ANNOUNCE_TIME + r"?(?:将于|定于|于\d|于[一二三四五六七八九十]|联合|会同|主办|承办|协办|举办|召开|"
                          r"会员|秘书处|秘书长|理事|常务理事|党支部|党委|党总支|全体|自成立|成立以来|成立于|章程|换届|官网|网站|发起|倡议|"
                          r"特邀|特聘|荣获|获评|被评为|入选|第[一二三四五六七八九十\d]+届)))"
                          r"(?!们|门|面|势|限|城|区|子|落|线|士|机|法|令|空|长)")
# A national administration's own short self-reference (总局印发…, 总署决定…) as a sentence subject.
# (the time words a release opens its sentences with, and the acts a body announces of itself)
SELF_TIME = r"近日|日前|近期|今年以来|目前|下一步|下步|接下来|今后|此前|同时|此外|近年来|据悉"
# (white space possessive, ``\s*+``: two runs side by side read a post of blank lines in cubic time, as
# ``WIRE_DATELINE``)
# A sentence starts at the text's start, after a stop, a bracket or a colon, or after the topic tag an account puts
# before the pasted text (#冰雪季 总局将…, #春运# 总署…: the tag is the account's, the words after it the release's).
TOPIC_TAG = r"#[^#\s，,。！!？?]{1,20}(?:#|[ \t\u3000])"
# The public a national administration warns (总局提醒消费者，…, 总署提醒出入境旅客：…, 总局提示广大纳税人，…):
# consumers and traders, travellers, taxpayers, viewers, the public at large.
WARNED_PUBLIC = (r"(?:广大|各位|社会|全国)?[\u4e00-\u9fff]{0,4}?(?:消费者|经营者|公众|群众|市民|居民|游客|旅客|乘客|人员|"
                 r"家长|考生|学生|驾驶人|驾驶员|网民|网友|用户|观众|读者|老年人|爱好者|朋友|企业|商家|纳税人|缴费人|患者)"
                 r"(?:朋友)?们?")
SHORT_SELF = re.compile(r"(?:^|[，,。！；;\n】【：:]|" + TOPIC_TAG + r")\s*+(?:" + SELF_TIME + r")?[，,]?\s*+(总局|总署)"
                        r"(?:近日|日前|近期|今天|今日|昨天|昨日|日内|\d{1,2}月\d{1,2}日)?[，,]?"
                        r"(?:将|还将|也将|将会|已|已经|随后|随即|同时|继续|持续|正|正在|进一步){0,2}"
                        r"(?:印发|依法|对|部署|召开|发布|要求|决定|联合|会同|制定|出台|开展|组织|下发|通报|公布|强调|指出|"
                        r"加强|推进|推动|聚焦|坚持|着力|深化|完善|健全|督促|指导|启动|实施|严厉|严肃|严格|研究|"
                        # …or the administration's warning as the headline (总局提醒：…, 总署提示：…), or to the public it
                        # addresses (总局提醒消费者，…)
                        r"(?:再次|特别|郑重)?(?:提醒|提示|警示|发出)(?:" + WARNED_PUBLIC + r")?[：:，,])")
# The salutation of a document addressed to the provinces (a national body's) or to a province's cities and
# departments (a provincial body's), pasted by an account of a lower level.
# A province's document addresses its prefectures by the words for them (各市（州）…, 各市（地）…, 各设区市…, 各地级市…,
# 各市州…: content-repost39) — its body's notice pasted by a city's or a county's account, whose own documents address
# its counties (各县（市、区）…) or its sections; the text may run on after the colon.
SALUTATION = re.compile(r"^\s*各省、自治区、直辖市(?P<national>[^\n]{0,80})[：:]\s*$|"
                        r"^\s*各(?:市|设区的市)[^\n]{0,40}?(?P<provincial>省政府各部门|省直各部门|省直有关部门)[^\n]{0,30}[：:]\s*$|"
                        r"^\s*(?P<prefectures>各(?:设区的?市|地级市|市[(（](?:地|州|盟)[)）]|市州|市、州|市、地))"
                        r"[^\n：:。]{0,60}?(?:局|厅|委|办|政府|部门|单位|机构)[^\n：:。]{0,40}[：:]",
                        re.MULTILINE)
NATIONAL_UNIT = re.compile(r"^(?:中共中央|国务院|全国|中华人民共和国|国家|中国)|(?:部|总局|总署)$")
# (A level character inside a common word names no division below the province: 市场监督管理局, 城市管理, 社区矫正.)
PROVINCIAL_UNIT = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,8}?(?:省|自治区)(?!.*(?:(?<!城)市(?!场)|县|(?<!社)区|州|盟))")
# A reporter's byline or opener: a media item, whose outlet must be named (unless the unit is a media outlet).
REPORTER = re.compile(r"[（(]\s*记者\s*[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*"
                      r"(?:\s*通讯员\s*[\u4e00-\u9fff]{2,4}(?:[\s、，,]+[\u4e00-\u9fff]{2,4})*)?\s*[）)]|"
                      r"^\s*(?:【[^】\n]{0,40}】\s*)?记者(?:\d{1,2}日|今天|今日|近日|日前|昨天|昨日)?(?:从|在)"
                      r"(?P<informant>[^，,。\n]{2,30}?)(?:获悉|了解到)",
                      re.MULTILINE)
MEDIA_UNIT = re.compile(r"融媒体|日报|晚报|报社|电视台|广播|新闻中心|传媒|新闻网")
# The account's own dateline (石家庄发布讯（记者 韩笑）, ××发布消息：): the account names itself as the outlet, and its
# reporter's byline is its own reporting, as 本台消息 is on a broadcaster's account. (Another outlet's dateline names
# that outlet: SOURCE_NAMED, OUTLET_TAIL.)
DATELINE = re.compile(r"^\s*(?:【[^】\n]{0,40}】\s*)?[【\[（(]?(?P<name>[^\s，,。：:【】\[\]（()）]{2,20}?)"
                      r"(?:\d{1,2}月\d{1,2}日)?(?:讯|消息|电)(?![\u4e00-\u9fff])")


def own_dateline(text: str, account: str, unit: str) -> bool:
    """Does the (folded) text open with the dateline of the account itself (its name, or its unit's)?"""
    m = DATELINE.match(text)
    if not m or not (account or unit):
        return False
    name = m.group("name")
    return (bool(account) and name == fold(account)) or (bool(unit) and refers_to_unit(name, unit))
# A wire dispatch's dateline opening the text with the agency's name cut off (11月20日电, （北京11月20日电）): 电 after a
# date is the dateline of agency copy (新华社北京11月20日电), which names its agency; without the name (SOURCE_NAMED
# reads the named ones) the copy names no source. (讯 is left out: a local paper's and an account's own dateline too.)
# (white space possessive, ``\s*+``: three runs of it side by side, each able to take what the others leave, read a post
# of blank lines in cubic time — 2,000 of them over 200 s; the same matches, as only white space follows each run)
WIRE_DATELINE = re.compile(r"^\s*+(?:【[^】\n]{0,40}】\s*+)?[【\[（(]?\s*+(?P<place>[\u4e00-\u9fff]{0,6}?)\s*+"
                           r"\d{1,2}月\d{1,2}日\s*电(?![\u4e00-\u9fff])")
# A news agency's end-of-copy mark (（完）, the wire services' convention) at the end of the text: agency copy,
# whose outlet must be named.
WIRE_END = re.compile(r"[（(]\s*完\s*[）)]\s*$")
# An editor's note introducing an article signed by its author (编者按：… 作者：李明远): someone else's article,
# and a person is no source; the account's own series is introduced without an outside author's byline.
EDITORS_NOTE = re.compile(r"^\s*(?:【[^】\n]{0,40}】\s*)?[【\[]?编者按[】\]]?\s*[：:]?", re.MULTILINE)
# An editor's note presents a text to the readers. On the account's own series or column it says so (本号推出…专栏,
# 我们邀请…) or the text speaks as the unit (我局, 我市); otherwise the note presents someone else's text, and the
# note names no source (eval/content/README.md, "What names a source").
OWN_SERIES = re.compile(r"本号|本公众号|本微信号|本栏目|本期|本系列|本刊|本平台|推出|开设|开辟|专栏|系列|栏目|策划|我们|小编")
AUTHOR_LINE = re.compile(r"^\s*(?:作者|文|撰文|撰稿)\s*[：:/|丨]\s*(?P<name>[^\n]{2,30})$", re.MULTILINE)
# A signed commentary's author note ((作者系郑州大学教授), (本文作者系特约评论员)): a newspaper's or a website's
# convention for an outside author's opinion piece; posted without the publication's name it is an unsourced repost
# (unless the author's body is the unit itself: 作者系本局干部, 作者系××市教育局干部 on that bureau's account).
AUTHOR_NOTE = re.compile(r"[（(]\s*(?:本文)?作者(?:系|为|是)(?P<who>[^（()）\n]{2,60})[）)]")
# 原标题 kept at the top of a post: the text was taken from a publisher the post does not name.
ORIGINAL_TITLE = re.compile(r"^\s*(?:【[^】\n]{0,40}】\s*)?原标题[：:]", re.MULTILINE)
# The issuing body alone on the last line of the text (a signature without a date).
# (an organisation's name: it names a place or the state, and 当局/大局/开好局 are no offices)
LAST_LINE_ISSUER = re.compile(r"(?:^|\n)\s*(?P<issuer>(?=[\u4e00-\u9fff]{0,12}(?:省|市|县|区|州|盟|旗|国家|中共|中国|国务院|全国))"
                              r"[\u4e00-\u9fff]{3,30}(?:部|委|(?<![当大全布格开好骗僵出政时])局|厅|署|办公室|办公厅|政府|委员会|"
                              r"中心|院|支队|总队|大队))\s*$")
OWN_PRONOUN_SUFFIX = {"部": ("部",), "委": ("委员会", "委"), "局": ("局",), "厅": ("厅",), "署": ("署",),
                      "支队": ("支队",), "总队": ("总队",), "大队": ("大队",), "中心": ("中心",), "院": ("院",),
                      "校": ("学校", "中学", "小学", "大学", "党校", "分校", "校"), "馆": ("馆",), "司": ("司",),
                      "公司": ("公司",), "集团": ("集团",), "行": ("银行", "分行", "支行"), "办": ("办公室", "办"),
                      "所": ("所",), "会": ("协会", "学会", "商会", "联合会", "研究会", "基金会", "促进会", "总会", "会")}
# A college or a university speaks as 我校 and as 我院 alike; any body whose name ends in 会 as 我会 (an association,
# and a commission too — 证监会, 卫生健康委员会 — whose kind is 委).
ALSO_OWN = {"院": ("学院",), "校": ("学院", "大学"), "会": ("会",)}
# A scenic area is run by a management committee or bureau (云台山风景名胜区管理局), a company by a group: their
# accounts speak as 我景区, 我公司 when the unit's name holds the body (anywhere, not only at its end).
OWN_INSIDE = {"景区": ("景区", "风景名胜区", "风景区", "旅游区", "名胜区"), "公司": ("公司", "集团"), "集团": ("集团",),
              "行": ("银行",)}
# The units inside a body of each kind that speak for themselves in its posts: a bureau's detachments and brigades
# (公安局交通警察支队, 综合行政执法支队), a department's corps (公安厅交警总队), a corps' detachments, a detachment's
# brigades. Their voice is the unit's own when the post ties them to it: it also speaks as the unit (我支队… 我局提醒)
# or names the sub-unit as the unit's (宜昌市公安局交通警察支队).
SUB_UNIT_FORMS = {"所": r"(?:派出|研究|监测|检验|检测|管理|服务|司法|财政|税务|边防|执法|保障|工商|林业|水利|农技)所"}
SUB_UNITS = {"局": ("支队", "大队", "所"), "厅": ("总队", "支队"), "总队": ("支队", "大队"), "支队": ("大队",)}
# A headline naming the body that speaks, with or without a colon: 【郑州警方】, 【××市公安局：…】, 【××发布】.
SPEAKER_HEAD = re.compile(r"^\s*【(?P<speaker>[\u4e00-\u9fff]{2,20}?)(?:[：:][^】\n]*)?】")


# A short post's own headline: 【…】 or a label before a colon (冬季用电提示：…).
SHORT_HEAD = re.compile(r"【[^】]{0,40}】|[^：:，,。！!？?\n]{2,16}[：:]")
# Topic tags (#冬季防火, #济南消费季#) are the account's own additions to a copied text.
HASHTAG = re.compile(r"#[^#\s，,。！!？?]{1,20}#?")


@dataclass(frozen=True)
class RepostHit:
    basis: str  # platform_flag / overlap / other_document / other_voice / outlet_cut
    reason: str
    copied_from: dict | None = None
    overlap: int = 0


def names_source(post: dict, folded: str | None = None) -> bool:
    if (post.get("source") or "").strip():
        return True
    return text_names_source(fold(post.get("text") or "") if folded is None else folded)


# Where a publisher's name belongs, a platform, a kind of medium or a compilation that names no publisher: the
# statement says the text was taken from elsewhere and hides from whom (eval/content/README.md, "What names a source").
PLATFORM_ONLY = (r"(?:(?:新浪|腾讯)?微博|微信(?:公众号|公众平台|群|号)?|(?:某个?|一个|其他|其它)?(?:公众号|平台|媒体|网站|客户端|app)|"
                 r"抖音|快手|今日头条|头条号?|小红书|视频号|哔哩哔哩|b站|百家号|网易号|搜狐号|企鹅号|知乎|新媒体|自媒体|"
                 r"网络平台|社交(?:媒体|平台)|短视频|外网|综合(?:报道|整理|消息|编辑)?|(?:网络|网上|媒体)综合|多方|各方)")
# Chat groups of every kind (工作群, 微信群, 家长群, 业主群, 钉钉群, QQ群, 群聊): a group is no publisher.
CHAT_GROUP = (r"(?:微信|qq|钉钉|企业微信|飞书|工作|内部|单位|部门|同事|家长|业主|班级|小区|村民|老乡|同学|校友|亲友|朋友|粉丝|"
              r"志愿者|网格|工作交流|交流|信息)?(?:群聊|群里|群)")
# A source statement that names no one: 来源：网络, 图文来源于网络, 转自朋友圈, 转载自某公众号, 据相关媒体报道.
# It says the text was taken from elsewhere, and it hides from where.
VAGUE_SOURCE = re.compile(
    r"(?:图文|图片|文字|本文|全文|文章|内容|信息|素材|视频|资料|部分图片)?(?:综合)?"
    r"(?:来源|來源|稿源|信息源|消息源|来自|源自|图源|转自|转载自|综合自|整理自|摘自|摘编自|选自|搬运自|原载|原发|(?:刊发|刊载|刊登|首发|发表)(?=于)|"
    r"(?<=[材片料容频文件据])提供)(?:于)?\s*[:：|｜丨]?\s*"
    r"(?:网络|互联网|网上|网友|朋友圈|网传|某[\u4e00-\u9fff]{0,3}(?:公众号|网站|平台|媒体|app|号|群)|相关媒体|有关媒体|各大媒体|"
    # a chat group of any kind, or a person the post does not name (图文来自工作群, 转自家长群, 来源：同事转发)
    r"(?:" + CHAT_GROUP + r")|(?:同事|朋友|亲友|群友|好友|领导)(?:转发|分享|发的|转的)?|"
    r"网络媒体|媒体|短视频平台|"
    # a kind of body where its name belongs (转自气象部门, 来源：有关部门, 信息来源：相关单位): a field's departments
    # everywhere, no one body (a place's named body — 来源：南宁市气象局 — is a name; 市气象部门 is left alone)
    r"(?:有关|相关|上级|主管|职能|业务|政府)?(?:(?![省市县区州盟旗国])[\u4e00-\u9fff]){0,4}部门|"
    r"(?:有关|相关|上级)(?:方面|单位|机构))(?:投稿|爆料|提供|拍摄|整理|分享)?"
    # (the vague word ends the statement: 来源：网络安全周组委会 names a body)
    r"(?=[^\u4e00-\u9fffa-z0-9]|$|如有|侵|仅供|版权)|"
    # a platform or a kind of medium where a publisher's name belongs (本文转载自微信公众号, 来源：微博), or a compilation
    # that names none of what it compiles (来源：综合, 综合整理): the statement ends there, at the line's or the
    # sentence's end (来源：微信公众号“健康中国” names the account)
    # (来自, 源自 and a bare 来源 need the text's noun or a colon: 收入来自平台, 来源多方 are sentences)
    r"(?:(?:图文|图片|文字|本文|全文|文章|内容|信息|素材|视频|资料)(?:来自|源自|来源于?)|(?:来源|來源|稿源)(?=\s*[:：|｜丨/]|于)|"
    r"转自|转载自|摘自|选自|搬运自|分享自|转发自|原载于?|(?:刊发|刊载|刊登|首发|发表|原发)于)"
    r"(?:于)?\s*[:：|｜丨/]?\s*(?:" + PLATFORM_ONLY + r")(?=[ \t\u3000]*(?:$|[\n\r。；;，,！!）)】\]]))|"
    r"据(?:相关|有关|多家|部分|网络)媒体(?:报道|消息)|"
    # the source deferred to a picture's watermark or logo (来源见水印, 出处：见图片水印, 图源见视频台标): the text
    # names no one, and a watermark is the publisher's mark on a picture, not the post's credit
    r"(?:来源|來源|出处|图源|稿源|信源|信息来源|消息来源|图片来源|视频来源)[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?:见|详见|参见|请见|请看|看)[ \t\u3000]*(?:图片|图中|图上|视频|画面|原图|图)?(?:中|上|里|内)?的?"
    r"(?:水印|logo|台标|角标|标识)|"
    # 据 a platform, a chat group or the net (据网络消息, 据微信公众号报道, 据工作群消息): no publisher in the slot
    # (据媒体报道 and 据网友爆料 in a sentence are a report's wording: the labelled sets call them no repost alone)
    r"据(?:(?:新浪|腾讯)?微博|微信(?:公众号|公众平台|群)?|公众号|抖音|快手|今日头条|头条号?|小红书|视频号|自媒体|"
    r"某[\u4e00-\u9fff]{0,3}(?:公众号|网站|平台|媒体|号|群)|" + CHAT_GROUP + r"|朋友圈|网络|网上|网传)(?:上|里|中)?(?:的)?"
    r"(?:消息|报道|信息|称|发布|爆料)"
    r"(?=[，,：:。)\]】\s]|$)|"
    # a 据 credit in brackets, in the source position, whose publisher's slot holds a kind of medium and no name
    # (（据相关媒体）, （据媒体报道）, （据网络消息）): a source statement that hides whose the item is. (据报道 and
    # 据媒体报道 inside a sentence are a report's wording, not a credit: the labelled sets call them no repost alone.)
    r"[(\[【][ \t\u3000]*(?:综合)?据(?:(?:相关|有关|多家|部分|网络|境外|国外|海外|外国|当地|各大|一些|有的)?媒体|网络|网上|网传)"
    r"(?:报道|消息|称|披露)?[ \t\u3000]*[)\]】]|[(\[【][ \t\u3000]*(?:综合)?据(?:报道|消息)[ \t\u3000]*[)\]】]|"
    # provided by someone unnamed (视频由网友提供, 图片由热心市民供图)
    r"由(?:热心)?(?:网友|网民|市民|群众|读者|粉丝|知情人)[\u4e00-\u9fff]{0,4}?(?:提供|供图|供稿|拍摄|投稿)|"
    # "removed on request": the author knows the text or picture is someone else's and names no one
    r"侵删|如有侵权[^。\n]{0,10}删除|"
    # the word of mouth as the text's origin (群里转的, 朋友圈看到的, 从群里看到, 同事转发的): a chat, not a publisher
    r"(?:(?:从|在)?(?:" + CHAT_GROUP + r"|朋友圈)(?:里|中)?(?:转发|转的|转来|看到|看见|收到|流传)的?|"
    r"(?:同事|朋友|亲友|群友|好友)(?:转发|转来|发来|分享)的?)(?=[，,：:。！!\s（(]|$)")
# An unnamed authority as the text's origin (据权威消息, 据可靠消息, 据内部人士透露, 据知情人士): the post reports
# someone's information and names neither the person nor the publisher. A warning that quotes such a lure (不要
# 轻信“据内部消息”) or a rumour's rebuttal reports it.
UNNAMED_AUTHORITY = re.compile(r"据(?:权威|可靠|内部|小道|知情|业内|官方)(?:人士|渠道|部门|方面|消息|信息)(?:透露|称|爆料|介绍|消息|"
                               r"显示|获悉)?(?=[，,：:\s])")
# Material presented as the net's (一段来自网络的视频：…, 这是网友拍摄… is left alone): 来源：网络 said in a relative clause,
# the material taken from the net and its publisher hidden. A rumour's rebuttal or a warning reports such material.
NET_MATERIAL = re.compile(r"(?:来自|源自|转自|取自|摘自|截取自)(?:网络|网上|互联网|朋友圈|网友|网络平台|短视频平台|自媒体)(?:上)?的"
                          r"(?:一段|一则|一条|一张|一组|一篇|几张|几段)?(?:视频|图片|照片|文章|消息|内容|图文|帖子|截图|短片|文字|"
                          r"小视频|短视频)")
RUMOUR_WORDS = re.compile(r"谣言|不实|辟谣|轻信|假消息|虚假|诈骗|骗局|造谣|传谣|核实|澄清|警惕")


# The post says it is a repost (【转】, （转）, 好文分享, 以下内容转载, 版权归原作者所有) — "转发扩散" asks readers to spread it.
DECLARED_REPOST = re.compile(r"[【\[（(]\s*转(?:载|帖|贴)?\s*[】\]）)]|^\s*转(?:载|帖)?\s*[:：]|好文(?:分享|推荐|转发|转载)|"
                             r"以下(?:内容|文章|全文)?(?:为|系)?转(?:载|自)|版权归原作者|转载(?:内容|文章)[，,]", re.MULTILINE)


def vague_source(text: str) -> str | None:
    """The (folded) text's source statement that names no source (来源：网络), or None."""
    m = VAGUE_SOURCE.search(text)
    if m:
        return m.group(0)
    m = UNNAMED_AUTHORITY.search(text) or NET_MATERIAL.search(text)
    if m and not RUMOUR_WORDS.search(text) and not any(c in "“\"「『" for c in text[max(0, m.start() - 2):m.start()]):
        return m.group(0)
    return None


# --- A source named in a source position ------------------------------------------------------------------------
# Where a text says whose it is: a credit at the end of a paragraph — （人民日报）, ——中国政府网, （××局供稿）;
# a credit line — 文/图/视频/作者/供稿/出品 followed by an outlet or a body; a publication statement —
# （本文刊发于…）, 原载于…, 该文发表于…; an outlet's byline — 人民日报记者 张三 报道. The credited name must be one
# that can publish: a news outlet (by name or shape), an account (“××发布”微信公众号, @央视新闻, ××发布) or an
# organisation (its name ends in what bodies are called). A person (作者：林峰, 文/陈晓) names no source, and a
# medium mentioned inside a sentence (接受新华社记者采访, 关注“××发布”公众号) is no credit for the text.
ACCOUNT_SHAPE = (r"[\"'‘“「『《]?[^\"'‘’“”「」『』《》\s]{2,20}[\"'’”」』》]?\s*(?:微信)?(?:公众号|微信号|视频号|官方微博|微博|"
                 r"客户端|抖音号|快手号|头条号|百家号|app|网站)|@\S{2,20}|[\u4e00-\u9fff]{2,10}发布")
ORG_SHAPE = (r"[\u4e00-\u9fff]{2,30}?(?:部|委|局|厅|署|办|办公室|办公厅|中心|站|台|所|院|队|政府|委员会|法院|检察院|协会|学会|"
             r"联合会|商会|基金会|研究会|大学|学院|学校|医院|集团|公司|银行|指挥部|领导小组|工作组|党委|党组|工委|团委|妇联|"
             r"总工会|科协|文联|作协|网)")
SOURCE_NAME = re.compile(r"(?:" + ACCOUNT_SHAPE + "|" + ORG_SHAPE + "|" + MEDIA_SHAPE + "|" + OUTLETS + r")")
MEDIA_IN_NAME = re.compile(r"(?:" + MEDIA_NAMES + "|" + MEDIA_SHAPE + r")")
# what a credit adds after the name: （××局供稿）, ——××融媒体中心出品
# a sentence in brackets (本活动由合作银行提供) or an unnamed one (某平台, 互联网, 相关部门) is no credit
NOT_A_NAME = re.compile(r"[由是的系将已请欢让把被]|^(?:某|有关|相关|网络|网友|朋友|互联网|因特网|万维网)|"
                        r"^(?:信息|新闻|政策|官方|权威|正式|统一|联合|集中|数据|消息|首次|重磅)发布$")
CREDIT_SUFFIX = re.compile(r"(?:供稿|供图|提供|出品|制作|整理|编发|发布|消息|报道|稿|讯|记者\S{0,12})$")
TAIL_CREDIT = re.compile(r"(?:^|[。！!？?…\"”)\]】])[ \t\u3000]*(?:[(\[【][ \t\u3000]*(?P<bracketed>[^()\[\]【】\n]{2,40}?)[ \t\u3000]*"
                         r"[)\]】]|[—–-]{1,2}[ \t\u3000]*(?P<dashed>[^—–\-\n]{2,40}?))[ \t\u3000]*$", re.MULTILINE)
CREDIT_LABEL = re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{1,6}[ \t\u3000]*[:：|｜丨/][ \t\u3000]*")
FROM_WORD = re.compile(r"^[ \t\u3000]*(?:来自|转自|摘自|选自|源自)[ \t\u3000]*[:：]?[ \t\u3000]*")
LINE_CREDIT = re.compile(r"^[ \t\u3000]*(?P<name>[^\s，,。：:]{3,30}?)(?:供稿|供图|出品)[ \t\u3000]*$", re.MULTILINE)
# (who provided the material is named as its source: 素材提供：公安部刑侦局, 图片提供｜新华社, 图源：人民日报, 资料：应急管理部
#网站 — the material the text was compiled from; 技术支持 is a contractor and 数据来源 a data provider, no source of the text)
# (the publishing body named by its label — 信息发布：中国应急管理, 发布单位：××局, 稿源：××日报 — is the source as much as
# 供稿单位 is; a credit in brackets ends at its closing bracket: （资料：中国气象局）)
CREDIT_LINE = re.compile(r"(?:^|[\s(\[【|/,，。；;])(?:文|图|图文|文字|视频|音频|撰稿|作者|记者|摄影|摄像|供稿|供图|出品|"
                         r"制作|来稿|素材|稿件|综合|供稿单位|来稿单位|信息提供|图源|图片源|资料|参考资料|"
                         r"(?:信息|消息|内容|稿件|文章)?发布(?:单位|机构|方|者|平台|账号)?|稿源(?:单位)?|"
                         r"(?:素材|图片|照片|资料|内容|视频|音频|图文|文字|稿件|信息)(?:提供|支持)(?:单位|方)?)"
                         r"[ \t\u3000]*[/|丨:：][ \t\u3000]*"
                         r"(?P<name>[^\n,，。；;|丨()（）\[\]【】]{2,40})", re.MULTILINE)
# A publication statement: in brackets, at the start of a line, or with the text as its subject (本文刊发于…).
PUBLISHED_IN = re.compile(
    r"(?:(?:^|[(\[【])[ \t\u3000]*(?:刊发|刊载|刊登|登载|发表|首发|原发|原刊|原载|载|转载)于|"
    r"(?:^|[\s(\[【,，。；;—])(?:本文|此文|该文|原文|全文|文章|稿件|上文|以上内容|本篇文章|本篇|此稿)(?:已|曾|原|最初|首先|最早)?"
    r"(?:(?:刊发|刊载|刊登|登载|发表|首发|原发|原刊|刊|载|转载|发布)于|原载))[ \t\u3000]*[:：]?[ \t\u3000]*\S",
    re.MULTILINE)
# A citation of the page the text appeared on, on a line of its own: 《人民日报》（2026年11月18日 第05版）, 刊于《经济日报》
# 2026年11月18日 3版, （《求是》2026年第22期）. The name in the book-title marks must be a publisher (is_source_name).
PAPER_PAGE = re.compile(r"^[ \t\u3000]*[(（\[【]?[ \t\u3000]*(?:(?:原|首|已)?(?:刊|载|刊发|刊登|刊载|发表)于)?"
                        r"《(?P<paper>[^《》\n]{2,20})》[ \t\u3000]*[(（]?[ \t\u3000]*"
                        r"(?:(?:19|20)\d\d年)?(?:\d{1,2}月\d{1,2}日[ \t\u3000]*(?:第[ \t\u3000]*)?\d{1,3}[ \t\u3000]*版|"
                        r"第[ \t\u3000]*\d{1,3}[ \t\u3000]*期)[ \t\u3000]*[)）\]】]?[ \t\u3000]*$", re.MULTILINE)
# An outlet's byline: 人民日报记者 张三 报道, （大众日报全媒体记者 李四）
BYLINE = re.compile(r"记者[\s:：]*[\u4e00-\u9fff]{2,4}(?:[\s、,，]+[\u4e00-\u9fff]{2,4}){0,3}\s*(?:报道|摄|[)\]】]|$)",
                    re.MULTILINE)
REPORTER_RANK = re.compile(r"(?:全媒体|融媒体|融媒|首席|特约|见习|驻\S{1,6})$")
# 原文链接 with an address names the copied page; so does 原文链接 naming the site or account it points at
# (（原文链接：××部政府门户网站）), when that name can publish.
ORIGINAL_LINK = re.compile(r"原文(?:链接|地址|网址)\s*[:：]?\s*https?://")
ORIGINAL_LINK_NAMED = re.compile(r"原文(?:链接|地址|网址|出处)[ \t\u3000]*[:：][ \t\u3000]*(?P<name>[^\s（()）【】\[\]，,。；;]{2,30})")
# The text said to come from a publisher named in quotation marks, at the start of a line or a bracket (来自“健康中国”的
# 提醒：…, （来自“××发布”微信公众号）): the publisher is named. (A bare 来自 in a sentence is anyone's origin: 来自全省的选手.)
FROM_COLON = re.compile(r"(?:^|[（(【\[])[ \t\u3000]*(?:原文|本文|内容|信息|文章|以下内容)?(?:转)?来自[ \t\u3000]*[:：]"
                        r"[ \t\u3000]*(?P<name>[^\s（()）【】\[\]，,。；;]{2,30})", re.MULTILINE)
FROM_QUOTED = re.compile(r"(?:^|[（(【\[])[ \t\u3000]*(?:以下内容|本文内容|以下|本文|内容|信息)?(?:转)?来自[ \t\u3000]*"
                         r"(?P<name>[“\"「『][^“”\"「」『』\n]{2,20}[”\"」』](?:微信)?(?:公众号|微信号|视频号|官方微博|微博|客户端|网站|app)?)",
                         re.MULTILINE)
# A reprint or authorisation statement, in any of its common forms: the licensor before 授权 (经人民日报授权转载,
# 本文由“健康中国”授权发布, 已获××授权) or the source after the verb (经授权转载自“健康中国”, 授权转载：××,
# 本文转载已获××授权). It names a source when the name it gives can publish (an unnamed 经授权转载 hides it).
LICENCE = re.compile(
    r"(?:经|获|已获|获得|得到|由)(?:得)?[ \t\u3000]*(?P<licensor>[^，,。；;！!\n]{2,24}?)[ \t\u3000]*(?:的)?(?:正式|独家)?授权|"
    r"授权(?:转载|转发|转自|刊发|刊登|刊载|发布|使用|推送)(?:自|于)?[ \t\u3000]*[:：|｜丨/]?[ \t\u3000]*"
    r"(?P<source>[^，,。；;！!\n]{2,30})")


def _first_name(text: str) -> str:
    """The name a statement starts with: a quoted name (“健康中国”微信公众号 → 健康中国微信公众号), else the text up to
    the first space."""
    text = text.strip()
    m = re.match(r"[\"'‘“「『《]([^\"'’”」』》]{2,20})[\"'’”」』》]\s*(\S*)", text)
    if m:
        return m.group(1) + m.group(2) if m.group(2) and not NOT_A_NAME.search(m.group(2)) else m.group(1)
    return text.split()[0] if text.split() else ""


# The state or the whole country in an account's name (中国应急管理, 健康中国, 国资小新, 共青团中央).
STATE_WORDS = ("中国", "中华", "国家", "全国", "中央")
# What follows a place in a person's description, not a body's name (济南市民王先生, 青岛网友).
PERSON_WORDS = re.compile(r"市民|村民|居民|网友|读者|游客|群众|先生|女士|同学|老师|师傅|大爷|大妈|阿姨|小朋友|一家|人$")
# …or a place with a qualifier, not a name (（北京时间）, （全国统一）, ——中华民族伟大复兴)
PLACE_QUALIFIER = re.compile(r"(?:时间|标准|通用|统一|范围|境内|境外|各地|全境|以内|以外|地区|特色|制造|人民|万岁|加油|必胜|"
                             r"复兴|梦|精神|之窗|风光|风景|美食|有约|欢迎你)$")


def place_named_body(name: str) -> bool:
    """Is ``name`` shaped like a public body's account name: a place (a division of the gazetteer, or the state)
    and at least two more characters naming a field (中国应急管理, 健康中国, 威海文旅, 平安北京)? A person's name
    (one or two characters beside a place) or a person described by place (济南市民王先生) is not."""
    if not 4 <= len(name) <= 14 or not re.fullmatch(r"[\u4e00-\u9fff]+", name) or PERSON_WORDS.search(name):
        return False
    if NOT_A_NAME.search(name) or PLACE_QUALIFIER.search(name):
        return False
    gaz = gazetteer()
    for i in range(len(name) - 1):
        piece = next((w for w in STATE_WORDS if name.startswith(w, i)), "") or gaz.name_at(name, i)
        if piece and len(name) - len(piece) >= 2 and (i == 0 or i + len(piece) == len(name)):
            return True
    return False


CREDIT_DATE = re.compile(r"(?:于)?(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日$")


NO_PUBLISHER_NAME = re.compile(r"(?:" + PLATFORM_ONLY + "|" + CHAT_GROUP + r"|朋友圈|网络|互联网|网上|网友|网传)")


def is_source_name(name: str) -> bool:
    """Can ``name`` (folded, from a credit) publish a text: an outlet, an account or an organisation?"""
    quoted = name.strip()[:1] in "“\"「『《"
    name = name.strip().strip("《》“”\"'「」").strip()
    if NO_PUBLISHER_NAME.fullmatch(name):
        return False  # a platform, a kind of medium or a chat group where the publisher's name belongs (微信公众号, 工作群)
    if MEDIA_IN_NAME.search(name):
        return True  # 人民日报记者 陈晓, 大众日报评论员
    if place_named_body(name) or (quoted and place_named_body(_first_name("“" + name))):
        return True  # (…or the account's quoted name before its kind: “中国应急管理”公众号)
    # (the name as written — 济南发布 — or without what the credit adds — 泰安市生态环境局供稿)
    # (…or without the date of its publication, 中国应急管理11月22日发布, and with the account's quoted name taken
    # apart from the account it names, 应急管理部微信公众号“中国应急管理”)
    bare = CREDIT_SUFFIX.sub("", name).strip()
    dated = CREDIT_DATE.sub("", bare).strip()
    tokens = {t.strip("《》“”\"'「」") for form in (name, bare, dated)
              for t in re.split(r"[\s、,，/·“”\"「」《》]+", form)}
    return any(len(t) >= 2 and not NOT_A_NAME.search(t) and SOURCE_NAME.fullmatch(t) for t in tokens)


# Cheap checks first (literal words, found at C speed): whether a family can match at all.
HAS_CREDIT_WORD = re.compile(r"(?:文|图|频|稿|者|影|像|品|作|材|件|合|位|供|源|持|方|料|布|构|台|号)[ \t\u3000]*[/|丨:：]")
HAS_PUBLISHED = re.compile(r"(?:刊发|刊载|刊登|登载|发表|首发|原发|原刊|刊|载|转载|发布)于|原载")


def credit_named(text: str) -> bool:
    """Does the (folded) text credit an outlet, account or body for itself (not just mention one inside)?"""
    for m in TAIL_CREDIT.finditer(text):
        name = m.group("bracketed") or m.group("dashed")
        name = FROM_WORD.sub("", name)  # (——来自中国应急管理: the credit says where from)
        name = CREDIT_LABEL.sub("", name)  # (（信息发布：××）: the label's name is judged by CREDIT_LINE, after the label)
        if is_source_name(name) and not signs_own_voice(text, name):
            return True
    if "供稿" in text or "供图" in text or "出品" in text:
        if any(is_source_name(m.group("name")) for m in LINE_CREDIT.finditer(text)):
            return True
    if HAS_CREDIT_WORD.search(text):
        if any(is_source_name(m.group("name")) for m in CREDIT_LINE.finditer(text)):
            return True
    if HAS_PUBLISHED.search(text) and PUBLISHED_IN.search(text):
        return True
    if "原文" in text and (ORIGINAL_LINK.search(text)
                         or any(is_source_name(m.group("name")) for m in ORIGINAL_LINK_NAMED.finditer(text))):
        return True
    if "来自" in text and any(is_source_name(m.group("name")) for m in (*FROM_QUOTED.finditer(text),
                                                                      *FROM_COLON.finditer(text))):
        return True
    if "》" in text and ("版" in text or "期" in text) and any(is_source_name(m.group("paper"))
                                                            for m in PAPER_PAGE.finditer(text)):
        return True
    if "授权" in text and any(is_source_name(m.group("licensor") or _first_name(m.group("source")))
                            for m in LICENCE.finditer(text)):
        return True
    if "记者" in text:
        for m in BYLINE.finditer(text):
            # (新华社发（记者 王鹏 摄）: the agency's photo credit)
            before = REPORTER_RANK.sub("", text[max(0, m.start() - 30):m.start()].rstrip(" \t\u3000([【"))
            before = before.removesuffix("发")
            if ends_with_outlet(before, MEDIA_ENDINGS):
                return True
    return False


# A body named as the publisher at the start of the text (四川省教育考试院发布：…): the post names whose release
# follows. (A reminder, ××提醒：, is said in copied texts and in the account's own lines alike: it names no source.)
ANNOUNCER = re.compile(r"^\s*(?:【[^】\n]{0,40}】[ \t\u3000]*|[【\[])?(?P<name>[^\s，,。！!？?：:【】]{3,30}?)"
                       r"(?:发布|消息)[ \t\u3000]*[:：]")
# An outlet's reporter learning from a body (人民日报记者从教育部获悉), or reporting (新华社记者报道：…): the outlet is named.
OUTLET_REPORTER = re.compile(r"(?P<before>[^\s，,。！!？?：:]{2,20}?)记者(?:\d{1,2}日|今天|今日|近日|日前|昨天|昨日)?"
                             r"(?:(?:从|在)[^，,。\n]{2,30}?(?:获悉|了解到)|(?:报道|获悉|了解到)[，,：:])")


# A publisher named in quotation marks opening the text as the one who published or reminds (以下为“中国应急管理”发布的
# 提示：, “健康中国”公众号今日发布提示：, 转发“平安××”提醒：): the item is that publisher's, and the post says so.
QUOTED_ANNOUNCER = re.compile(r"^\s*(?:【[^】\n]{0,40}】\s*)?(?:以下为|以下是|以下|转发|转载|分享)?"
                              r"[“\"「『](?P<name>[^”\"」』\n]{2,20})[”\"」』]"
                              r"(?:微信)?(?:公众号|微信号|视频号|官方微博|微博|客户端|网站|app)?"
                              r"(?:今日|今天|近日|日前|昨日|昨天)?(?:发布|提醒|提示|消息)")


def named_in_other_forms(text: str) -> bool:
    """Does the (folded) text name its source as the body that announces it, or as the outlet whose reporter
    learnt it?"""
    m = QUOTED_ANNOUNCER.match(text)
    if m and is_source_name("“" + m.group("name") + "”"):
        return True
    for m in ANNOUNCER.finditer(text):
        name = m.group("name")
        # (a body's or an outlet's name, not a headline's subject: 威海市冬季旅游线路发布：)
        if not name.startswith(("我", "本")) and (SOURCE_NAME.fullmatch(name) or MEDIA_IN_NAME.search(name)):
            return True
    if "记者" in text:
        for m in OUTLET_REPORTER.finditer(text):
            before = REPORTER_RANK.sub("", m.group("before"))
            if ends_with_outlet(before, MEDIA_ENDINGS):
                return True
    return False


# --- Attribution structures of editorial practice (issue #18) ----------------------------------------------------
# How government and media accounts say whose text they carry, beyond the 来源 line, each with a publisher's name in
# its slot (``is_source_name``: an outlet, an account, an organisation; a person, a platform or "本号" is none):
# * where the full text is: an excerpt or a summary sends the reader to the publisher that carries the whole
#   (本通知全文见中国政府网, 原文详见“健康中国”公众号, 全文请登录××官网查阅, 可登录××网站查看全文, 全文已在××发布);
# * the publisher as the agent of the item and the account as the one that reposts it (本条信息由××发布，本号转载;
#   以上内容由××首发; ××发布，本号转发);
# * the publisher alone in the opening brackets, as a wire item's credit (【新华社】…, [人民日报]…, 【央视新闻消息】…):
#   only a news outlet there — a body in the opening brackets (【××警方】) is the headline's speaker, read apart.
FULL_TEXT_AT = re.compile(
    r"(?:全文|原文|文件全文|政策原文|通知全文|公告全文|文件原文|完整版|完整内容|全部内容)"
    r"(?:请|可|敬请|已|均)?(?:见|详见|参见|参阅|请见|刊于|刊登于|载于|刊载于|登载于|发布于|公布于)[ \t\u3000]*[:：]?"
    r"[ \t\u3000]*(?P<name>[^\s，,。；;！!？?()（）【】\[\]]{2,30})|"
    r"(?:全文|原文)(?:已|已经|可|请|敬请)?(?:在|于|到|从|登录|登陆|访问|浏览|前往|进入)(?P<where>[^\s，,。；;！!？?()（）【】\[\]]{2,30}?)"
    r"(?:发布|公布|刊发|刊登|登载|公开|查看|查阅|浏览|阅读|下载|获取|(?=[，,。；;！!？?\s)）]|$))|"
    r"(?:请|可|敬请|欢迎)?(?:登录|登陆|访问|浏览|前往|进入|点击进入)[ \t\u3000]*(?P<site>[^\s，,。；;！!？?()（）【】\[\]]{2,30}?)"
    r"(?:查看|查阅|浏览|阅读|下载|获取)(?:文件)?(?:全文|原文|完整版|完整内容)")
AGENT_CREDIT = re.compile(
    r"(?:^|[\s(\[【，,。；;！!？?])(?:本条|本则|此条|该条|本篇|本文|此文|该文|以上|上述|以下)(?:信息|消息|内容|通知|文章|提示|"
    r"提醒|视频|图文|稿件|通告|公告|资讯|图片|解读)?(?:均|系|为)?由[ \t\u3000]*(?P<name>[^，,。；;！!？?\n]{2,30})"
    r"(?:首发|发布|提供|推送|编发|撰写|发出|原创|制作|出品)|"
    r"(?:^|[\s(\[【，,。；;！!？?])(?P<first>[^\s，,。；;！!？?()（）【】\[\]]{2,30})(?:首发|发布|推送|编发)[ \t\u3000]*[，,；;]?"
    r"[ \t\u3000]*(?:本号|本公众号|本平台|本微博|本账号|本站|我们|小编)(?:予以|特此|进行)?(?:转载|转发|转自|分享|推送)",
    re.MULTILINE)
HEAD_OUTLET = re.compile(r"^\s*[【\[][ \t\u3000]*@?(?P<name>[^】\]\n]{2,20}?)(?:消息|快讯|讯|电|报道|发布)?[ \t\u3000]*[】\]]")
NOT_A_PUBLISHER = re.compile(r"^(?:本|我|下|上|附|次|原|文末|文中|评论|图|链接|二维码|小程序|阅读原文)")


def attribution_structure(text: str) -> bool:
    """Does the (folded) text name its publisher in one of the attribution structures of editorial practice (where
    the full text is; the publisher as the item's agent; an outlet alone in the opening brackets)?"""
    if "全文" in text or "原文" in text or "完整" in text or "全部内容" in text:
        for m in FULL_TEXT_AT.finditer(text):
            if any(not NOT_A_PUBLISHER.match(name) and is_source_name(_site_name(name))
                   for name in _site_candidates(text, m)):
                return True
    if "由" in text or "本号" in text or "本公众号" in text or "本平台" in text or "本微博" in text or "本账号" in text \
            or "小编" in text or "我们" in text or "本站" in text:
        for m in AGENT_CREDIT.finditer(text):
            name = (m.group("name") or m.group("first")).strip()
            if not NOT_A_PUBLISHER.match(name) and is_source_name(name):
                return True
    m = HEAD_OUTLET.match(text)
    return bool(m) and is_outlet_name(m.group("name"))


SITE_WORDS = re.compile(r"(?:的)?(?:官方网站|官网|网站|门户网站|政府门户网站|微信公众号|公众号|官方微博|微博|客户端|app)$")


def _site_name(name: str) -> str:
    """The publisher in a pointer to its site (××部官网 → ××部, 工作群官网 → 工作群; 中国政府网 stays)."""
    bare = SITE_WORDS.sub("", name)
    return name if len(bare) < 2 else bare


SITE_VERB_TAIL = re.compile(r"(?:查看|查阅|浏览|阅读|下载|获取)?(?:文件)?(?:全文|原文|完整版|完整内容)?$")


def _site_candidates(text: str, m: re.Match) -> list[str]:
    """The publisher a 全文/原文 pointer names: the name the pattern found, and the whole stretch to the clause's end
    without the verb (全文请登录澜江发布官网查阅: the lazy name stops at the 发布 inside the account's name)."""
    group = next(g for g in ("name", "where", "site") if m.group(g))
    found = m.group(group)
    stretch = re.match(r"[^\s，,。；;！!？?()（）【】\[\]]{2,30}", text[m.start(group):])
    longer = SITE_VERB_TAIL.sub("", stretch.group(0)) if stretch else ""
    return [n.strip("“”\"《》") for n in (found, longer) if n]


def is_outlet_name(name: str) -> bool:
    """Is ``name`` (folded) a news outlet: one of the list (``media_outlets.txt``) or shaped like one (…日报, …电视台)?"""
    name = name.strip().strip("“”\"《》@")
    return name in MEDIA_NAME_LIST or bool(re.fullmatch(OUTLETS, name)) or bool(re.fullmatch(MEDIA_SHAPE, name))


def text_names_source(text: str) -> bool:
    """Does the (folded) text name where it was taken from? (来源：网络 names no one.)"""
    text = VAGUE_SOURCE.sub(lambda m: "\x00" * len(m.group(0)), text)
    if SOURCE_NAMED.search(text) or credit_named(text) or named_in_other_forms(text) or attribution_structure(text):
        return True
    for m in OUTLET_TAIL.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if ends_with_outlet(before, slack=6 if m.group(0)[0].isdigit() else 0):
            return True
    return False


def _core(unit: str) -> str:
    return ISSUER_SUFFIX.sub("", unit or "")


# The place an organisation's name starts with (山东省, 潍坊市, 临沂市兰山区).
# (a name ending in 州 takes its level word too: 泸州市, 贵州省, 通州区 — not 泸州 followed by 市卫生健康委员会)
PLACE = re.compile(r"^(?:中共)?((?:[\u4e00-\u9fff]{1,7}?(?:省|自治区|市|县|区|州(?:市|省|区|县)?|盟|旗))+)")
# A place's government and its information office run the place's release accounts (潍坊发布), which publish the
# documents of that place's departments as the government's own information.
GOV_PLATFORM = re.compile(r"人民政府(?:办公室|办公厅|新闻办公室)?$|新闻办公室$|新闻办$")


def _same_house(issuer: str, unit: str) -> bool:
    """Is ``issuer`` a body of the unit's own house: a department of the place whose government runs the account,
    or a body of the same place and field (省农业技术推广中心 of 省农业农村厅)?"""
    pu, pi = PLACE.match(unit), PLACE.match(issuer)
    if not pu or not pi or pu.group(1) != pi.group(1):
        return False
    if GOV_PLATFORM.search(unit):
        return True
    rest_u, rest_i = unit[pu.end():], issuer[pi.end():]
    common = 0
    while common < min(len(rest_u), len(rest_i)) and rest_u[common] == rest_i[common]:
        common += 1
    return common >= 2


# The office of a coordinating body that a department hosts (议事协调机构的办公室设在…): the place's flood-control or
# fire-prevention headquarters' office and its safety committee's office sit in its emergency-management bureau, the
# food-safety committee's office in its market regulator, and so on. The office's documents are the host's own.
HOSTED_OFFICES = (
    (re.compile(r"(?:防汛|抗旱|防台|防风|防凌|森林|草原|防灭火|防火|抗震|防震|减灾|救灾)[\u4e00-\u9fff]{0,8}指挥部(?:办公室)?$|"
                r"(?:安全生产|减灾|防灾减灾|防震减灾)委员会(?:办公室)?$|安委会?办(?:公室)?$|减灾办$|防指(?:办公室)?$"), "应急管理"),
    (re.compile(r"食品安全委员会(?:办公室)?$|食安办$"), "市场监督管理"),
    (re.compile(r"河长制办公室$|河湖长制办公室$|河长办$"), "水"),
    (re.compile(r"林长制办公室$|林长办$"), "林业"),
    (re.compile(r"禁毒委员会(?:办公室)?$|禁毒办$"), "公安"),
    (re.compile(r"爱国卫生运动委员会(?:办公室)?$|爱卫办$"), "卫生健康"),
)


def _hosted_office(issuer: str, unit: str) -> bool:
    """Is ``issuer`` (folded) the office of a coordinating body of the unit's own place that the unit hosts
    (舟山市防汛防台抗旱指挥部办公室 on 舟山市应急管理局's account)? A higher level's office (国务院安委会办公室 on a
    province's bureau) is not the unit's."""
    pu, pi = PLACE.match(unit), PLACE.match(issuer)
    if not pu or not pi or pu.group(1) != pi.group(1):
        return False
    rest = issuer[pi.end():]
    return any(pattern.search(rest) and host in unit[pu.end():] for pattern, host in HOSTED_OFFICES)


def _own_issuer(issuer: str, unit: str) -> bool:
    if not unit:
        return True  # unknown unit: cannot tell
    issuer, unit = fold(issuer), fold(unit)
    # a document the unit issues in its own first person (我厅关于…的通知 on the 厅's account)
    voice = FIRST_PERSON.fullmatch(issuer)
    if voice:
        return voice.group(1) == _unit_kind(unit)
    return (issuer == unit or _core(issuer) == _core(unit) or (len(issuer) >= 4 and unit.endswith(issuer))
            or _same_house(issuer, unit) or _hosted_office(issuer, unit) or _own_name_slipped(issuer, unit)
            or _own_place_slipped(issuer, unit))


OWN_SLIP_MIN = 4  # characters of the body's name after its place (生态环境厅): fewer, and one changed is another body


def _own_name_slipped(issuer: str, unit: str) -> bool:
    """Is ``issuer`` (folded) the unit's own name with one character of its field misspelt (河北省生太环境厅 on
    河北省生态环境厅's account)? The same place, the same length and kind of body, one character of four or more
    changed: a slip in the unit's own document (the typo rules report it), not another body's. A changed place
    (河南省…) or a short field (教育厅 / 体育厅) is another body."""
    pu, pi = PLACE.match(unit), PLACE.match(issuer)
    if not pu or not pi or pu.group(1) != pi.group(1):
        return False
    rest_u, rest_i = unit[pu.end():], issuer[pi.end():]
    return (len(rest_u) == len(rest_i) >= OWN_SLIP_MIN and rest_u[-1] == rest_i[-1]
            and sum(a != b for a, b in zip(rest_u, rest_i)) == 1)


LEVEL_CHARS = "省市县区州盟旗"


def _one_edit(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` one character apart: one changed, dropped or added?"""
    return Levenshtein.distance(a, b) == 1


def _own_place_slipped(issuer: str, unit: str) -> bool:
    """Is ``issuer`` (folded) the unit's own name with its place written in full and one character of the place's
    full name slipped (延边朝鲜自治州市场监督管理局 on 延边州市场监督管理局's account, 族 dropped; content-repost33)? The
    field after the place must be the unit's own, whole; the place as written must be no division's name (a sister
    division one character apart is a body of its own place, not a slip) and one character off the full name of the
    unit's division. A slip in the unit's own document (the typo rules report it), not another body's."""
    gaz = gazetteer()
    piece = gaz.name_at(unit, 0)
    if not piece:
        return False
    cut = len(piece) + (1 if unit[len(piece):len(piece) + 1] in tuple(LEVEL_CHARS) and piece not in gaz.full else 0)
    field = unit[cut:]
    if len(field) < OWN_SLIP_MIN or not issuer.endswith(field) or len(issuer) == len(field):
        return False
    place = issuer[:-len(field)]
    if gaz.name_at(place, 0) == place:
        return False  # a division's own name: another place's body (or the unit's, read by the other rules)
    return any(_one_edit(place, gaz.divisions[c].name) for c in gaz.named(piece))


# A place named generically (省住房城乡建设厅 in the province's own text, 市公安局, 我县…): the unit's own level.
GENERIC_PLACE = re.compile(r"^(?:本|我|全)?(?:省|自治区|市|州|盟|县|区|旗)(?![\u4e00-\u9fff]{0,1}(?:省|市|县|区))")


def refers_to_unit(mention: str, unit: str) -> bool:
    """Does ``mention`` name the account's own unit, in full or as it is commonly shortened (省住房城乡建设厅 for
    山东省住房和城乡建设厅: the place named generically or in full, characters left out, the same kind of body)?"""
    mention, unit = fold(mention).strip(), fold(unit).strip()
    if not mention or not unit:
        return False
    if _own_issuer(mention, unit):
        return True
    pu = PLACE.match(unit)
    if not pu:
        return False
    g = GENERIC_PLACE.match(mention)
    if g:
        if g.group(0)[-1] not in pu.group(1):
            return False  # 市… in a province's text is not the province
        rest = mention[g.end():]
    else:
        pm = PLACE.match(mention)
        if not pm or not pu.group(1).endswith(pm.group(1)):
            return False
        rest = mention[pm.end():]
    if len(rest) < 2:
        return False  # a place alone (本市, 山东省) or a place and one character names no body
    own = unit[pu.end():]
    # (the same kind of body: its last character, or its short form — 卫健委 for 卫生健康委员会)
    same_kind = own.endswith(rest[-1]) or (_unit_kind(rest) != "" and _unit_kind(rest) == _unit_kind(own))
    return same_kind and is_subsequence(rest, own)


def _unit_codes(unit: str) -> set[str]:
    """Every division code the unit's name places it in (``placement``'s groups, flattened)."""
    return {c for group in placement(unit) for c in group}


def own_place_body(mention: str, unit: str) -> bool:
    """Is ``mention`` a body of the unit's own place or of a place inside it — named generically at the unit's level
    (市台港澳办 on a city's account) or by a division there (厦门海关, 思明区教育局)? A place's government and its
    information office publish the information of the place's bodies as their own (``GOV_PLATFORM``); a body of a
    higher or another place (省住房城乡建设厅 on a city's account, 深圳市交通运输局 on 阳江's) is not the place's."""
    mention, unit = fold(mention).strip(), fold(unit).strip()
    pu = PLACE.match(unit)
    if not pu or not mention:
        return False
    g = GENERIC_PLACE.match(mention)
    if g:
        return g.group(0)[-1] == pu.group(1)[-1] and len(mention) - g.end() >= 2
    gaz = gazetteer()
    piece = gaz.name_at(mention, 0)
    if not piece or len(mention) - len(piece) < 2:
        return False
    own = _unit_codes(unit)
    return any(c == o or o in gaz.ancestors(c) for c in gaz.named(piece) for o in own)


def _unit_kind(unit: str) -> str:
    """The kind of body the unit is, as its first person says it (委 for 委员会, 局 for 分局)."""
    for kind, suffixes in OWN_PRONOUN_SUFFIX.items():
        if unit.endswith(suffixes):
            return kind
    return ""


def _names_sub_unit(text: str, unit: str, kind: str) -> bool:
    """Does the text name a ``kind`` (支队…) as the unit's own: the unit's name, in full or as commonly shortened,
    followed within a few characters by the kind (宜昌市公安局交通警察支队, 市公安局交警支队)?"""
    # (a 所 is a station or an institute by name: 城关派出所, 海洋研究所 — 应急避难场所 is a place)
    form = SUB_UNIT_FORMS.get(kind, kind)
    for m in re.finditer(r"[\u4e00-\u9fff]{2,30}?" + form, text):
        head = m.group(0)
        for cut in range(len(head) - len(kind), 1, -1):
            if refers_to_unit(head[:cut], unit):
                return True
    return False


def _other_place_speaker(text: str, unit: str) -> str | None:
    """The speaker a headline names (【郑州警方】) when it is a body of a place that is neither the unit's place nor
    inside it: the first person of such a post is that body's."""
    m = SPEAKER_HEAD.match(text)
    if not m:
        return None
    speaker = m.group("speaker")
    gaz = gazetteer()
    piece = gaz.name_at(speaker, 0)
    if not piece or len(speaker) - len(piece) < 2:
        return None
    own = _unit_codes(unit)
    if not own:
        return None
    if any(gaz.related(c, o) for c in gaz.named(piece) for o in own):
        return None
    return speaker


# ---- the body a post names as its speaker or signer ------------------------------------------------------------
# A release names its author in the positions editors give it: a headline speaker (【X】, 【X：…】, X：…, X提醒：…)
# or a signature closing the text ((X), ——X). A signature is the author's, not a source credit, when the text speaks
# in that body's first person (我局…（宜昌市教育局）): the body signs its own words, and the account that pastes them
# names no source. A credit says what it credits (（X供稿）, ——X出品): that names a source.
SIGNED_END = re.compile(r"(?:[（(][ \t\u3000]*(?P<bracketed>[\u4e00-\u9fff]{3,30})[ \t\u3000]*[）)]|"
                        r"[—–]{1,2}[ \t\u3000]*(?P<dashed>[\u4e00-\u9fff]{3,30}))[ \t\u3000]*$")
ORG_NAME = re.compile(ORG_SHAPE)


def _voice_kinds(text: str) -> set[str]:
    """The kinds of the institutional first person (局 for 我局 …) the (folded) text speaks in, outside quoted speech."""
    spoken = speech_spans(text)
    return {m.group(1) for m in FIRST_PERSON.finditer(text) if _outside(spoken, m)}


def signs_own_voice(text: str, name: str) -> bool:
    """Is ``name`` (a signature closing the text) a body that signs words written in its own first person (我局 …
    （宜昌市教育局）), with nothing that makes it a credit (供稿, 出品, 消息 …)?"""
    name = name.strip()
    if CREDIT_SUFFIX.search(name) or not ORG_NAME.fullmatch(name):
        return False
    kind = _unit_kind(fold(name))
    return bool(kind) and kind in _voice_kinds(text)


def speaking_bodies(text: str) -> list[str]:
    """The bodies the (folded) text names as its speaker (a headline) or its signer (a closing signature)."""
    found = []
    for pattern in (SPEAKER_HEAD, HEADLINE_SPEAKER):
        m = pattern.match(text)
        if m:
            found.append(m.group("speaker"))
    m = SIGNED_END.search(text.split("往期推荐")[0].rstrip())
    if m:
        found.append(m.group("bracketed") or m.group("dashed"))
    found = [SPEAKER_ROLE.sub("", n) for n in found]
    return [n for n in found if (ORG_NAME.fullmatch(n) or n in NATIONAL_SHORT) and not CREDIT_SUFFIX.search(n)]


# The body speaks through its press conference or its spokesperson (国家卫生健康委新闻发布会：…, 国台办发言人：…): the
# body is the speaker.
SPEAKER_ROLE = re.compile(r"(?:(?:例行|专题)?(?:新闻)?发布会|(?:例行)?记者会|(?:新闻)?发言人|(?:有关)?负责人)$")


# A national administration's short name for itself, as its releases and the press quote it (总局：…, 总署：…):
# 国家市场监督管理总局, 海关总署 … A local account posting 总局：…我局将… posts the administration's release.
NATIONAL_SHORT = ("总局", "总署")


# Quoted speech: what a named speaker says, in quotation marks or after a speech verb (市中心医院院长介绍，我院…,
# 市疾控中心负责人表示：“我中心…”). Its first person is the speaker's, and the post names who speaks: a report, not
# a pasted release. (我局有关负责人表示 is the post's own first person speaking: no speaker is named.)
QUOTED = re.compile(r"“[^“”\n]{1,300}”|\"[^\"\n]{1,300}\"|「[^「」\n]{1,300}」|『[^『』\n]{1,300}』")
SPEECH = re.compile(r"(?P<speaker>[^，,。！!？?；;：:\n“”\"]{2,40}?)(?:在接受(?:记者)?采访时|接受(?:记者)?采访时|在会上|在发布会上)?"
                    r"(?:表示|介绍|说|指出|称|强调|透露|坦言|告诉记者|提醒|解释|回应)(?:道)?[：:，,]?")
SPEECH_END = re.compile(r"[。！!？?\n]")
FIRST_PERSON_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}[，,])?(?:我|本)")


def speech_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the (folded) text spoken by a named speaker: quotations, and what follows 某某表示/介绍/说 to the
    end of its sentence when the speaker is no first person (not 我局有关负责人表示)."""
    spans = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    for m in SPEECH.finditer(text):
        speaker = m.group("speaker").strip()
        if FIRST_PERSON_HEAD.search(speaker) or "我" in speaker or speaker.startswith("本"):
            continue
        end = SPEECH_END.search(text, m.end())
        spans.append((m.end(), end.start() if end else len(text)))
    return spans


def _outside(spans: list[tuple[int, int]], m: re.Match) -> bool:
    return not any(s <= m.start() and m.end() <= e for s, e in spans)


# 本 after 各 (每) of the same kind in its sentence is each one's own (请各学校组织本校教师…, 各市要为本市候选人…,
# 每个单位要对本单位…): the addressees' first person, distributed, not the post's.
DISTRIBUTOR = r"(?:各|每一?[个所家位级])[\u4e00-\u9fff、]{0,12}?"
CLAUSE_STOP = "。！!？?；;\n"


def distributive(text: str, m: re.Match) -> bool:
    """Is the first person ``m`` (本校, 本市 …) in the (folded) ``text`` each addressee's own, after 各 + its kind?"""
    word = m.group(0)
    if not word.startswith("本"):
        return False
    a = max(text.rfind(c, 0, m.start()) for c in CLAUSE_STOP) + 1
    return re.search(DISTRIBUTOR + re.escape(word[-1]), text[a:m.start()]) is not None


def _other_voice(text: str, unit: str) -> str | None:
    """The first person of another body (我部, 本中心 …) the text speaks in, or None. The unit's own kind is its own
    voice unless a headline names a body of another place as the speaker; a sub-unit's kind (``SUB_UNITS``) is own
    when the post ties it to the unit. A first person inside a named speaker's words is that speaker's."""
    if not unit:
        return None
    unit = fold(unit)
    kind = _unit_kind(unit)
    spoken = speech_spans(text)
    found = [m.group(0) for m in FIRST_PERSON.finditer(text) if _outside(spoken, m) and not distributive(text, m)]
    if not found:
        return None
    kinds = {f[1:] for f in found}
    speaker = _other_place_speaker(text, unit) if kind in kinds else None
    if speaker:
        return f"{speaker}：{next(f for f in found if f[1:] == kind)}"
    for body in speaking_bodies(text):
        # another body named as the speaker or the signer, whose first person the text speaks in (国家卫生健康委：
        # …我委将…, 税务局提醒：…我局…, 我局提醒…（宜昌市教育局）): that body's release, pasted
        k = _unit_kind(fold(body))
        # (the unit itself, or a body inside it named after it: 市公安局交警支队 on the city police's account)
        # (…or the unit's own name shortened, 国家卫生健康委 for 国家卫生健康委员会)
        if k and k in kinds and not unit.endswith(body) \
                and not (body[:2] == unit[:2] and is_subsequence(fold(body), unit)) \
                and not any(refers_to_unit(body[:cut], unit) for cut in range(len(body), 2, -1)):
            return f"{body}：{next(f for f in found if f[1:] == k)}"
    for f in found:
        k = f[1:]
        if k == kind or unit.endswith(ALSO_OWN.get(k, ("\x00",))) or any(b in unit for b in OWN_INSIDE.get(k, ())):
            continue
        if k == "办" and any(host in unit for _, host in HOSTED_OFFICES):
            # the office of a coordinating body the unit hosts (减灾办, 防汛办, 安委办 in the emergency-management
            # bureau; 食安办 in the market regulator …) speaks as 我办 on the host's account; a national office's
            # release is told by what it does (``national_voice``: 组织国家…委员会成员单位, 在全国开展…)
            continue
        if k in SUB_UNITS.get(kind, ()) and (kind in kinds or _names_sub_unit(text, unit, k)):
            continue
        return f
    return None


# ---- the first person placed in another prefecture ---------------------------------------------------------
# An institutional first person (我局, 我市, 本区 …) speaks for a body of one place. When its own actions or its own
# residents lie in divisions outside the unit's region (对芝罘区…开展检查 from Qingdao's bureau, 东营市民 from Dezhou's
# police), the release is that other place's body's. The unit acting elsewhere says so (赴, 在, 与, 支援, 援疆 …), and
# a place followed by a body (德阳市公安局), a person's origin (…人, …籍) or an unnamed firm (…某公司) is no place of
# the voice's own work.
PLACE_VOICE = re.compile(r"(?:我|本)(?:局|委|厅|部|院|署|中心|支队|大队|市(?!场)|区(?!域|别|间|块|分)|县|州|旗)")
# the whole post about work away from home: aid, pairing, cooperation, visits
# …or comparing it with other places, warning with others' cases, or forecasting a region's weather
AWAY_POST = re.compile(r"援疆|援藏|援青|援外|援建|对口|帮扶|结对|协作|东西部|支援|驰援|交流|考察|调研|学习|签约|合作|共建|"
                       r"一体化|同城化|都市圈|联防|联控|联动|异地|跨市|跨区域|走访|"
                       r"排名|排位|位列|位居|仅次于|相比|对比|对标|比肩|借鉴|看齐|"
                       r"提醒|提示|警示|案例|以案|曝光|通报了|预报|预计|预警|"
                       # visitors from elsewhere coming to the unit's place
                       r"游客|旅客|外地|(?:来|到|前来|走进|打卡|游览)(?:我|本)(?:市|区|县|州|地)")
# a cue before the place: the unit goes, acts there, or works with it
AWAY_BEFORE = re.compile(r"(?:赴|到|去|往|至|在|于|从|自|经|与|同|和|及|跟|向|对口|帮扶|援|联合|携手|会同|走进|来到|前往|抵达|"
                         r"深入|飞赴|远赴|奔赴|窜|逃|潜|返回|回到|途经|辗转|籍贯|户籍|家住|住|系|是|为|原|位于|地处|来自|"
                         r"直达|通达|通往|开往|连接|连通|对接|联通)$")
AT_ONLY = re.compile(r"在|于")
# what follows a place that makes it no place of the voice's work: a body, a person's origin, an unnamed firm
AWAY_AFTER = re.compile(r"^(?:人(?!民)|籍|某|方面|警方|公安|政府|党委|人大|政协|法院|检察院|[\u4e00-\u9fff]{0,10}?"
                        r"(?:局|委|厅|办|中心|院|站|所|队|馆|公司|企业|学校|大学|医院|集团|银行|协会|代表团|考察团|客商|游客|籍))")


# A place's residents (烟台居民, 德阳市民): a short form is read as a place before these words too.
RESIDENTS = ("市民", "居民", "村民", "群众", "老百姓")


def _place_chains(text: str):
    """Runs of adjacent division full names in the (folded) text (广东省深圳市宝安区): (start, end, codes of the
    prefecture- and county-level names in the run, by name, the highest level a name of the run can be: 1 province,
    2 prefecture, 3 county)."""
    gaz = gazetteer()
    i, n = 0, len(text)
    chain: list = []
    while i < n - 1:
        piece = gaz.name_at(text, i, full_only=True)
        if not piece:
            short = gaz.name_at(text, i)
            if short and text.startswith(RESIDENTS, i + len(short)):
                piece = short
        if not piece or (len(piece) == 2 and piece.endswith("区")) or text[i + len(piece):i + len(piece) + 1] in ("场", "域"):
            # (城区, 郊区, 矿区 are words too; 永安市场 is a market, 东城区域 an area)
            i += 1
            continue
        if chain and chain[-1][1] != i:
            yield chain[0][0], chain[-1][1], [c for _, _, c, _ in chain if c], min(t for *_, t in chain)
            chain = []
        named = gaz.named(piece)
        chain.append((i, i + len(piece), tuple(c for c in named if gaz.divisions[c].level >= 2),
                      min((gaz.divisions[c].level for c in named), default=3)))
        i += len(piece)
    if chain:
        yield chain[0][0], chain[-1][1], [c for _, _, c, _ in chain if c], min(t for *_, t in chain)


def voice_elsewhere(text: str, unit: str) -> str | None:
    """A division outside the unit's region where the post's institutional first person acts (or whose residents
    it speaks of), or None."""
    if not unit or not PLACE_VOICE.search(text) or AWAY_POST.search(text):
        return None
    gaz = gazetteer()
    # the unit's prefecture is its region (a county's bureau names its sister counties in its own work)
    codes = _unit_codes(fold(unit))
    own = {a for c in codes for a in (c, *gaz.ancestors(c)) if gaz.divisions[a].level >= 2} or codes
    if not own:
        return None
    spoken = speech_spans(text)
    prev_end, prev_cued = -1, False
    for start, end, named, top in _place_chains(text):
        listed = text[prev_end:start] in ("、", "，", ",")  # the next item of a list shares the list's cue
        away = [codes for codes in named if not any(gaz.related(c, o) for c in codes for o in own)]
        head = re.sub(r"^.*[，,。！!？?；;：:\n]", "", text[max(0, start - 6):start])
        before = AWAY_BEFORE.search(head)
        # (我局在陈仓区…: a district named bare, without its city, is the speaker's home ground — a body working away
        # says where: 赴, 前往, or 在宝鸡市陈仓区; 在 before a city or a province is a cue still)
        if before and top >= 3 and AT_ONLY.fullmatch(before.group(0)):
            before = None
        cued = (listed and prev_cued) or bool(before) or bool(AWAY_AFTER.match(text[end:end + 12]))
        if away and not cued and not any(s <= start and end <= e for s, e in spoken):
            return text[start:end]
        prev_end, prev_cued = end, cued
    return None


# A province's voice (我省, 本省, 全省) that works in the cities of another province (我省将在合肥、芜湖等地布局… on a
# Zhejiang account): another province's release, pasted (content-political19). The cities are read by their short
# names too (合肥、芜湖 — the place chains above read full names only): two or more prefecture-level divisions of one
# province named in the province voice's sentence, none of them in the unit's province, with no cue that the unit goes
# there or works with them (赴, 与, 对口 …, or the post's AWAY_POST words).
PROVINCE_VOICE = re.compile(r"我省|本省|全省")
PROVINCE_AWAY_BEFORE = re.compile(r"(?:赴|到|去|往|前往|与|同|和|跟|向|对口|帮扶|援|联合|携手|会同|来自|对接|连接|直达|开往)$")


def province_voice_elsewhere(text: str, unit: str) -> str | None:
    """The cities of another province that a province's first person (我省) works in, or None."""
    if not unit or not PROVINCE_VOICE.search(text) or AWAY_POST.search(text):
        return None
    gaz = gazetteer()
    codes = _unit_codes(fold(unit))
    provinces = {a for c in codes for a in (c, *gaz.ancestors(c)) if gaz.divisions[a].level == 1}
    if len(provinces) != 1:
        return None
    for sentence in SENTENCE_SPLIT.findall(text):
        if not PROVINCE_VOICE.search(sentence):
            continue
        spoken = speech_spans(sentence)
        others: dict[str, list[str]] = {}
        for start, name in gaz.pieces(sentence):
            named = [c for c in gaz.named(name) if gaz.divisions[c].level == 2]
            if len(named) != 1 or len(named) != len(gaz.named(name)) or any(a <= start < b for a, b in spoken):
                continue  # (a name of several divisions, or of a county too, is no evidence)
            province = gaz.divisions[named[0]].parent
            if province in provinces:
                return None  # the unit's own province's cities: its own voice
            if PROVINCE_AWAY_BEFORE.search(sentence[max(0, start - 4):start]):
                continue
            others.setdefault(province, []).append(name)
        for names in others.values():
            if len(set(names)) >= 2:
                return "、".join(dict.fromkeys(names))
    return None


# ---- the voice of a body of a higher level ------------------------------------------------------------------
# Powers reserved to the state, which a provincial or local body announces only as a national body's news: the
# medical insurance drug list (基本医疗保险用药管理暂行办法, 2020, art. 9: set and adjusted by the national medical
# security administration; provinces may not add to it), the national essential medicines list (国家基本药物目录管理
# 办法), personal income tax rates and deductions (个人所得税法, 税收法定), the reserve requirement ratio and the loan
# prime rate (中国人民银行法). Or the voice directs the provinces (指导各省份, 要求各省（区、市）) or acts across the whole
# country (将在全国主要口岸设置…): only a national body does. The first person must set the thing itself
# (扩大医保药品目录, 专项附加扣除标准将上调), not apply, follow or
# take part in a national decision (落实, 按照, 配合, 参与 …).
NATIONAL_REMIT = (r"(?:国家)?医保(?:药品)?目录|基本医疗保险(?:药品|用药)目录|国家基本药物目录|"
                  r"个人所得税(?:税率|起征点|专项附加扣除标准)|个税(?:税率|起征点|专项附加扣除标准)|存款准备金率|贷款市场报价利率")
# The state's own lists and standards, approved, named or announced only by a national body (content-repost39): the
# national standards (标准化法 art. 10-11: the standardisation administration of the State Council approves and issues
# them), the national intangible heritage list and every other 国家级/国家重点 designation, the nationally protected
# cultural relics, the 5A scenic areas, the national model cities (森林城市, 卫生城市, 园林城市), the famous historic
# cities, the traditional villages list, the geographical-indication products (国家知识产权局). A local body applies
# for them, is listed in them or carries them out (申报, 入选, 获批, 执行: not read).
NATIONAL_LISTED = (r"国家级[\u4e00-\u9fff]{1,12}|国家重点[\u4e00-\u9fff]{1,12}|全国重点文物保护单位|"
                   r"国家(?:5A|AAAAA)级旅游景区|国家(?:森林|卫生|园林|生态园林|节水型)城市|国家历史文化名城|中国传统村落|"
                   r"(?:国家)?地理标志(?:保护)?产品")
LISTED_BATCH = r"(?:新一批|第[一二三四五六七八九十\d]+批|一批)"
NOT_ITS_OWN_ENTRY = r"(?:(?!入选|获批|获评|申报|推荐|创建|列入|我|本)[^，,；;。])"
# The provinces as a national body addresses them (各省份, 各省（区、市）, 各省、自治区、直辖市, 各省级…, 各省区市).
PROVINCES = (r"各省份|各省[(（](?:区、市|自治区、直辖市|市、区)[)）]|各省、自治区、直辖市|各省级|各省区市")
# (the bodies of a province a directive addresses, and the duty it lays on them)
PROVINCE_BODY = r"(?:部门|机构|机关|单位|厅|局|委|委员会|安委会|办公室|政府|总队|队伍)"
DUTY = r"(?:都|均|也)?(?:要|应|应当|须|必须|需|需要|务必)"
# the country's forces or system of a field (全国消防救援队伍, 全国市场监管系统, 全国铁路公安机关)
COUNTRY_FORCES = r"全国(?:各地|各级)?[^，,；;。]{0,10}?(?:队伍|系统|机构|部门|机关|力量|单位)"
# a national coordinating body (国家防灾减灾救灾委员会, 国务院安委会, 国家防汛抗旱总指挥部, …部际联席会议)
NATIONAL_COORDINATOR = r"(?:国家(?!级)|国务院|全国)[\u4e00-\u9fff]{1,20}?(?:委员会|委会|委|领导小组|指挥部|联席会议)"


def _state_bodies() -> list[str]:
    """The names of the state's and the Party centre's organs and bodies (ministries, commissions, administrations),
    every written form of three characters or more: the ``organ`` and ``body`` rows of ``lexicons/state_offices.txt``
    as ``content_political_general.offices`` reads them."""
    from detectors.content_political_general import offices
    return sorted((n for n in offices().organs if len(n) >= 3), key=len, reverse=True)


# A state body by name (教育部, 国家中医药管理局, 海关总署) or by the shape of one (国家中医药局, 国务院××办公室, a
# ministry by another short form: 人力资源社会保障部), not a local body whose name begins with the state's
# (国家税务总局西安市税务局, 国家级新区管委会, 省委宣传部: no place word inside).
NO_PLACE = r"(?:(?![省市县区州旗])[\u4e00-\u9fff])"
STATE_BODY = (r"(?:" + "|".join(re.escape(n) for n in _state_bodies()) + r"|(?:国家(?!级)|国务院)" + NO_PLACE +
              r"{1,10}?(?:总局|局|部|委|署|办公室|办)|(?![本我该各全有相两多几其])" + NO_PLACE + r"{2,10}?部(?!门))"
              r"(?![\u4e00-\u9fff]{0,8}?(?:省|市|县|区|州|分行|支行|分局))")
NATIONAL_SET = re.compile(
    # a document issued jointly with a state body (我委联合国家中医药局印发《…》, 我部会同财政部、税务总局出台…): only a
    # body of the state co-issues with one
    r"(?:联合|会同|与|同|和)" + STATE_BODY + r"(?:[、和及与]" + STATE_BODY + r")*(?:等(?:部门|单位)?)?"
    r"(?:联合|共同)?(?:印发|发布|出台|下发|制定|修订)|"
    r"(?:调整|扩大|扩容|修订|制定|出台|下调|上调|增补|新增)[^，,；;。]{0,4}?(?:" + NATIONAL_REMIT + r")(?![内外中])|"
    r"(?:" + NATIONAL_REMIT + r")(?:范围|标准)?[^，,；;。内外]{0,4}?(?:上调|下调|调整|扩大|扩容|修订|提高|降低)|"
    # the state's lists: a new batch named (公布新一批地理标志保护产品, 认定第三批国家森林城市), a list published
    # (公布国家级旅游度假区名单), national standards issued (批准发布36项推荐性国家标准) — content-repost39
    r"(?:公布|批准|认定|命名|核定|授予|评定|审定)了?" + LISTED_BATCH + NOT_ITS_OWN_ENTRY + r"{0,8}?(?:" + NATIONAL_LISTED + r")|"
    r"(?:公布|批准|认定|命名|核定|审定)了?" + NOT_ITS_OWN_ENTRY + r"{0,4}?(?:" + NATIONAL_LISTED + r")"
    + NOT_ITS_OWN_ENTRY + r"{0,10}?名[单录]|"
    r"(?:发布|印发)(?!的)了?" + NOT_ITS_OWN_ENTRY + r"{0,6}?(?:推荐性|强制性)?国家标准|"
    r"(?:指导|要求|督促|部署|组织|推动|支持|请|会同|联合|协调|调度|指挥|动员|通知)(?:" + PROVINCES + r")|"
    # …or lays a duty on them in a clause of its own (我委将…，各省级卫生健康行政部门要…; content-repost39)
    r"[，,；;：:][ \t\u3000]*(?:" + PROVINCES + r")(?:[^，,；;。]{0,16}?" + PROVINCE_BODY + r")?" + DUTY + "|"
    # commanding the country's forces or system of its field (部署全国消防救援队伍…, 要求全国市场监管系统…)
    r"(?:部署|调度|指挥|组织|动员|要求|指导|督促|统筹)" + COUNTRY_FORCES + "|"
    # convening a national coordinating body's member units (组织国家防灾减灾救灾委员会成员单位会商): its office's work
    r"(?:组织|召集|会同|联合|协调|调度)" + NATIONAL_COORDINATOR + r"(?:各|全体)?成员单位|"
    # convening the country's meeting of its field (我委召开全国冬春季传染病防控工作视频会, 我局召开全国刑侦工作会议) or
    # issuing the country's plan (印发《全国森林防火规划》) — not a meeting of national deputies or model workers
    # (召开全国人大代表座谈会) nor one on the unit's own bid for a national title (全国文明城市创建推进会)
    r"(?:召开|主持召开|组织召开)全国(?![^，,；;。]{0,12}?(?:人大|人民代表|政协|代表|委员|模范|劳模|先进|优秀|城市|示范|创建|迎检|"
    r"复审|评选|评比))[^，,；;。]{0,24}?(?:会议|会|培训班)(?![\u4e00-\u9fff])|"
    r"(?:印发|发布|出台|编制|制定)了?《全国[^》\n]{2,40}》|"
    # acting across the whole country (将在全国主要口岸设置…, 在全国范围内推行…): a national body's work
    r"(?:在|于)全国(?:范围内|范围|主要|各地|各|所有)[^，,；;。]{0,12}?(?:设置|开展|部署|推行|实施|推广|建立|开通|增设|启用|上线)|"
    # …organising it there (在全国组织开展…, 于全国统一部署…), or the voice's own plan to carry it out there
    # (我局将于12月在全国开展…, 我委决定自12月起在全国统一开展…) — not a nationwide campaign the unit took part in
    # (我局在全国开展的评比中…) nor its lead over the country (在全国率先开展)
    r"(?:在|于)全国(?:范围内)?(?:统一|集中)?(?:组织|部署)(?!的)|"
    r"^[^，,；;。]{0,4}?(?:将|决定|定于|拟|计划)[^，,；;。]{0,12}?(?:在|于)全国(?:范围内)?(?:统一|集中)?"
    r"(?:开展|启动|实施|推行|推广)(?!的)|"
    # the state's policy toward compatriots of Taiwan, Hong Kong and Macao, the mainland as the speaker's own ground
    # (欢迎台湾青年来大陆追梦, 为台胞在大陆就业创业创造条件): the voice of 国务院台办 or 港澳办; a province or a city
    # welcomes them to its own place (来闽, 来厦)
    r"欢迎(?:广大)?(?:台湾|台胞|港澳|香港|澳门)[^，,；;。]{0,10}?(?:来|到|赴)大陆|"
    # the forecast for the country's regions (我局预计…影响我国中东部地区): the national meteorological administration's; a
    # local bureau forecasts its own area (…我市气温将下降8℃ relays the national forecast for its own ground)
    # …or the country's risk, situation or trend (我局预计12月全国自然灾害风险…, 今冬全国森林火险形势…)
    r"(?:预计|预报|预测)[^。；;]{0,30}?(?:我国|全国)(?:[东西南北中]{1,4}[部方]|大部|大部分|大范围|多地|"
    r"[^，,。；;]{0,10}?(?:风险|形势|态势|趋势|疫情|流行|活动水平))"
    r"(?![^。；;]*(?:我|本|全)(?:市|省|县|区|州|盟|旗))|"
    # the country's figures published as the first person's own data (我局发布数据，全国森林面积…, 我部监测显示，我国…):
    # a body publishes the statistics of its own area, and only a national body the whole country's (content-repost33)
    r"(?:(?:发布|公布|通报)(?:的)?(?:最新)?(?:统计|监测|调查|普查)?(?:数据|结果)|(?:数据|监测|统计|调查)(?:结果)?显示)"
    r"[ \t\u3000]*[，,：:]?[ \t\u3000]*(?:截至[^，,。；;]{0,12}[，,])?(?:全国|我国)|"
    r"(?:台湾|台胞|港澳|香港|澳门)(?:同胞|青年|居民|学生|企业|台商|台企)?[^，,；;。]{0,6}?(?:来|在|到|赴)大陆"
    r"(?:就业|创业|发展|学习|求学|生活|定居|追梦|筑梦|圆梦|投资|兴业|实习)")
FOLLOWS = re.compile(r"落实|执行|贯彻|按照|根据|依据|依照|对照|配合|协助|参与|参加|转发|学习|解读|宣传|查询|了解|收到|接到")
SENTENCE_SPLIT = re.compile(r"[^。！!？?\n]+")


def national_voice(text: str, unit: str) -> str | None:
    """The power reserved to the state that a first person (我局, 我部 …) of a unit below the state exercises
    (扩大医保药品目录, 指导各省份 …), or None."""
    if not unit or NATIONAL_UNIT.search(fold(unit)):
        return None
    spoken = speech_spans(text)
    for m in SENTENCE_SPLIT.finditer(text):
        sentence = m.group(0)
        voice = FIRST_PERSON.search(sentence)
        if not voice or any(s <= m.start() + voice.start() < e for s, e in spoken):
            continue
        rest = sentence[voice.end():]  # what the first person itself does
        act = NATIONAL_SET.search(rest)
        if act and not FOLLOWS.search(rest[:act.end()]):
            return act.group(0).lstrip("，,；;：: \t\u3000")
    return None


# ---- another place as the headline's speaker ---------------------------------------------------------------
# News aggregators and wire services head a place's item with the place as its speaker (【海南：冬季旅游旺季启动】,
# 黄石市：前10月…): the place's news, as its own bodies released it. A unit's account heads its own place's and its
# sub-places' items so (【南雄：…】 on the prefecture's bureau); an item headed by a division outside the unit's region,
# whose text names nothing of the unit's own region (no cooperation, no visitors from home), is that place's news
# pasted. A state body has no region and reports every place.
PLACE_HEAD = re.compile(r"^\s*【?(?P<speaker>[\u4e00-\u9fff]{2,10})[：:]")


def other_place_headline(text: str, unit: str) -> str | None:
    """The division outside the unit's region that the (folded) text's headline names as its speaker, when the text
    names no place of the unit's own region, or None."""
    m = PLACE_HEAD.match(text)
    if not unit:
        return None
    gaz = gazetteer()
    if m:
        speaker = m.group("speaker")
        if gaz.name_at(speaker, 0) != speaker:
            return None  # (a body, a person or a topic as the speaker: read by the voice rules)
    else:
        speaker = _title_place(text)
        if not speaker:
            return None
    own = _unit_codes(fold(unit))
    if not own:
        return None
    for _, name in gaz.pieces(text):
        if any(gaz.related(c, o) for c in gaz.named(name) for o in own):
            return None  # the unit's own region named: its own news, or its work with that place
    return speaker


# (content-repost33) A title line whose subject is a division (××州中小学寒假自…开始, over 我局提醒各校…) heads that
# place's item as the speaker's colon does: over a text in an institutional first person (我局, 我市 …) it is the
# release of that place's body — read like the speaker's headline above (the unit's region named nowhere in the text).
# The division is read by its full name or by its short name with its level word (××州); a bare short name may be the
# start of another word (a river's, a company's) and is not read.
def _title_place(text: str) -> str | None:
    """The division that opens the (folded) text's title line (a short first line over a paragraph) as its subject,
    when the text below speaks in an institutional first person outside quoted speech, or None."""
    head = text.lstrip()
    first, _, rest = head.partition("\n")
    first = first.strip().lstrip("【#").strip()
    if not rest.strip() or len(first) > TITLE_MAX or re.search(r"[。！!？?：:]", first):
        return None
    gaz = gazetteer()
    piece = gaz.name_at(first, 0)
    if not piece or len(piece) < 2:
        return None
    after = first[len(piece):]
    if piece not in gaz.full:
        if not after[:1] or after[0] not in LEVEL_CHARS:
            return None  # (a bare short name may be a word's start: 新安江 is a river)
        piece, after = piece + after[0], after[1:]
    if len(after) < 2 or AWAY_AFTER.match(after) or re.match(r"[\u4e00-\u9fff]{0,3}(?:市民|居民|游客|人)", after):
        return None  # (a place's body or its people as the subject: read by the voice rules)
    spoken = speech_spans(rest)
    if not any(_outside(spoken, v) and not distributive(rest, v) for v in PLACE_VOICE.finditer(rest)):
        return None
    return piece


# ---- the addressees of a higher level ----------------------------------------------------------------------
# A document addresses the bodies one level below its issuer: a ministry's notice requires 各地卫生健康行政部门 (every
# province's and city's department of its field) or 各省份; a province's, 各市; a city's, 各县（市、区）. A city's or a
# county's body whose first person issues a document (我委印发《…通知》) that requires "every locality's" departments of
# its field posts the national body's release in the national body's words: its own kind (我委 of a city's health
# commission) is no evidence of its own voice here. A city or a county relaying a higher body's notice says so (转发,
# 落实: ``FOLLOWS``); a province, a municipality and a state body address 各地 themselves.
LOCALITIES_ADDRESSED = re.compile(r"(?:要求|明确|提出|强调|指出|部署|指导|督促)[，,：:]?[ \t\u3000]*各地(?:区)?"
                                  r"[\u4e00-\u9fff]{0,12}?(?:行政部门|主管部门|行政管理部门)")
ISSUES = re.compile(r"印发|发布|出台|下发|制定|发出")
MUNICIPALITY = re.compile(r"^(?:中共)?(?:北京|天津|上海|重庆)市")


def higher_addressees(text: str, unit: str) -> str | None:
    """The addressees of a higher level (各地卫生健康行政部门) that a city's or a county's first person requires in a
    document it says it issued, or None."""
    if not unit or "各地" not in text:
        return None
    u = fold(unit)
    if NATIONAL_UNIT.search(u) or PROVINCIAL_UNIT.search(u) or MUNICIPALITY.search(u) or not PLACE.match(u):
        return None
    addressed = LOCALITIES_ADDRESSED.search(text)
    if not addressed:
        return None
    spoken = speech_spans(text)
    for m in SENTENCE_SPLIT.finditer(text):
        voice = FIRST_PERSON.search(m.group(0))
        if not voice or any(s <= m.start() + voice.start() < e for s, e in spoken):
            continue
        rest = m.group(0)[voice.end():]
        act = ISSUES.search(rest)
        if act and not FOLLOWS.search(rest[:act.end()]):
            return addressed.group(0)
    return None


# ---- a state body's announcement retold (content-repost32) ---------------------------------------------------
# An item that opens with a state body announcing (文化和旅游部公布…名单, 国家林草局日前发布消息，…, ××总局近日印发通知：…)
# is that body's news (or its sub-body's: 公安部交管局, ××总局××中心): posted by a unit below the state, naming no
# source, and adding nothing of its own — no first person (我局将配合…, 我省…要做好衔接), no place of its own region
# (…，本市各医院已开设…) — it is the body's release or an outlet's report of it retold (eval/content/README.md: "a post
# in the voice of another body posted without a source is unsourced"). The body is read from the whole inventory of
# the state's organs (``STATE_BODY``). A headline speaker (××局提醒：…, ××部：…) is not read here: a publisher named as
# the headline's speaker names a source by the set's rule, and a bracketed headline (【××部发布…】) is the post's
# title over a report of its own (a leader's speech, a case list), read apart. Read last: a sharper reading (a cut
# outlet) names the case.
STATE_SUB_BODY = r"(?:" + NO_PLACE + r"{2,10}?(?:中心|司|局|办公室))?"
STATE_ANNOUNCES = re.compile(r"^\s*#?(?:" + ANNOUNCE_TIME + r"[，,]?\s*)?(?P<body>" + STATE_BODY + STATE_SUB_BODY + r")"
                             + ANNOUNCE_TIME + r"?(?:正式|再次|首次|联合)?"
                             r"(?P<verb>公布|发布|印发|宣布|通报|公示|下发|出台|发出|部署|启动)(?![ \t\u3000]*[：:])")
NOT_A_BODY_END = re.compile(r"(?:俱乐部|总部|本部|干部|全部|内部|外部|局部|[东西南北中]部)$")
OWN_GROUND = re.compile(r"(?:我|本|全)(?:省|市(?!场)|区(?!域|别|间|块|分)|县|州|盟|旗)")


# the staff credits (编辑：…　审核：…, 文/… 编辑/…, （责编：…）): a pen name there may be a place's (海港, 尧都)
STAFF_CREDIT = re.compile(r"(?:^|[ \t\u3000(（])(?:文|图|编辑|责编|责任编辑|审核|审校|校对|初审|复审|终审|监制|作者|撰稿|摄影|摄像|"
                          r"制作|排版|美编)[ \t\u3000]*[:：/|丨][^\n（()）]*[)）]?", re.MULTILINE)


def _without_credits(text: str) -> str:
    return STAFF_CREDIT.sub(" ", text)


# (content-repost33) The body's information retold opens a sentence of the text's opening — the first sentence after
# its headline or title line, or the sentence after a one-sentence lead (10月份经济运行总体平稳。国家统计局数据显示，…)
# — with any of the verbs a body's own information is reported by: its data (国家统计局数据显示, ××部数据中心测算,
# 国家气候中心监测显示), its forecast (国家移民管理局预计), its reminder or announcement (公安部提醒，…, ××局通报，…),
# its work across the whole country (××局将在全国推广…) — after an unnamed cue too (据悉，…, 据报道，…: no one named).
# README ("What names a source"): an information attribution that is part of the copied text (…数据显示) names no
# source; a publisher as the headline's speaker (××部：…, ××局提醒：…) does, so a verb before a colon is left alone.
# A spokesperson's or an official's words (国台办发言人表示，…) are a named speaker's, reported: speech verbs are not
# read. A relative clause (以××部发布的为准) is no statement. The body is read from the state-organ inventory
# (``STATE_BODY``), its sub-bodies (``STATE_SUB_BODY``) and the state's own centres by shape (国家××中心).
STATE_CENTRE = r"国家(?!级)" + NO_PLACE + r"{2,8}?中心"
STATE_INFO_VERB = (r"(?:最新|监测|统计|调查|抽样调查|测算)?数据显示|监测显示|统计显示|调查显示|测算|预计|预测|预报|宣布|通报|"
                   r"公布|发布|印发|提醒|提示|披露|(?:将|已|正)?(?:在|于)全国(?:范围内)?(?:推广|推行|实施|开展|部署|启动)")
UNNAMED_OPENER = r"(?:(?:据悉|据了解|据介绍|据报道)[，,]?\s*)?"
STATE_INFORMS = re.compile(UNNAMED_OPENER + r"(?:" + ANNOUNCE_TIME + r"[，,]?\s*)?(?P<body>(?:" + STATE_BODY + "|" + STATE_CENTRE + ")"
                           + STATE_SUB_BODY + r")" + ANNOUNCE_TIME + r"?(?:正式|再次|首次|联合|最新)?"
                           r"(?P<verb>" + STATE_INFO_VERB + r")(?![ \t\u3000]*[：:]|的)")
OPENING_HEAD = re.compile(r"^\s*(?:【[^】\n]{0,40}】|#[^#\n]{1,30}#)\s*")
LEAD_SENTENCE = re.compile(r"[^。！!？?\n]{2,40}[。！!？?]\s*")


def _opening_starts(text: str) -> list[int]:
    """Where the (folded) text's opening sentences start: the text itself, after its bracketed or tagged headline,
    after a title line (a short first line over a paragraph), and after a one-sentence lead following any of those."""
    starts = [0]
    m = OPENING_HEAD.match(text)
    if m:
        starts.append(m.end())
    first, _, rest = text.lstrip().partition("\n")
    if rest.strip() and len(first.strip()) <= TITLE_MAX and not re.search(r"[。！!？?]", first):
        starts.append(len(text) - len(rest.lstrip()))
    for s in list(starts):
        lead = LEAD_SENTENCE.match(text, s)
        if lead:
            starts.append(lead.end())
    return sorted(set(starts))


def _state_informant(text: str) -> str | None:
    """The state body whose announcement or information opens the (folded) text, or None."""
    m = STATE_ANNOUNCES.match(text)
    if m and not NOT_A_BODY_END.search(m.group("body")):
        return m.group("body")
    for start in _opening_starts(text):
        m = STATE_INFORMS.match(text, start)
        if m and not NOT_A_BODY_END.search(m.group("body")):
            return m.group("body")
    return None


def state_announcement(text: str, unit: str) -> str | None:
    """The state body whose announcement the (folded) text, posted by a unit below the state, retells without a
    first person of its own or a place of its own region, or None."""
    if not unit:
        return None
    u = fold(unit)
    if NATIONAL_UNIT.search(u):
        return None
    body = _state_informant(text)
    if not body:
        return None
    if refers_to_unit(body, unit) or _own_issuer(body, unit):
        return None
    return None if _adds_own(text, u) else body


# ---- a provincial body's item by its short self-name (content-repost39) -----------------------------------------
# A province's bureau or department names itself 省局/省厅 (自治区局/自治区厅) in its own releases, as a national
# administration does by 总局 (``SHORT_SELF``). Opening the text as the subject of its own information or acts
# (省局近日通报了…, 省厅日前印发…, 据悉，自治区局公布…) on the account of a unit below the province, with nothing of the
# unit's own beside it (``_adds_own``: 我局将…, 我市, a place of its region), it is that body's item retold. A body of
# the province's own level posts it as its own; an item the unit adds to is its own report.
PROVINCE_SHORT = re.compile(UNNAMED_OPENER + r"(?:" + ANNOUNCE_TIME + r"[，,]?\s*)?(?P<body>(?:省|自治区)(?:局|厅))"
                            + ANNOUNCE_TIME + r"?(?:正式|再次|首次|联合|最新)?"
                            r"(?:" + STATE_INFO_VERB + r"|召开|部署|决定|要求|开展|启动)(?![ \t\u3000]*[：:]|的)")


def _below_province(folded_unit: str) -> bool:
    """The (folded) unit is placed, every division it names is below the province's (a province's code ends in 0000)
    and it is no national body: its level from its division, not from its name's words. An unplaced unit is not."""
    codes = _unit_codes(folded_unit)
    return bool(codes) and not NATIONAL_UNIT.search(folded_unit) and not any(c.endswith("0000") for c in codes)


def province_short_self(text: str, unit: str) -> str | None:
    """The provincial body (省局, 省厅 …) whose item opens the (folded) text by its short self-name, posted by a unit
    below the province that adds nothing of its own, or None."""
    if not unit:
        return None
    u = fold(unit)
    if not _below_province(u):
        return None
    for start in _opening_starts(text):
        m = PROVINCE_SHORT.match(text, start)
        if m:
            return None if _adds_own(text, u) else m.group("body")
    return None


def _adds_own(text: str, unit: str) -> bool:
    """Does the (folded) text add something of the (folded) unit's own beside another body's item: a first person
    (我局将配合…), its own ground (我省, 本市), a place of its region? (An unplaceable unit: as if it did.)"""
    spoken = speech_spans(text)
    if any(_outside(spoken, v) for v in FIRST_PERSON.finditer(text)) \
            or any(_outside(spoken, v) for v in PLACE_VOICE.finditer(text)) or OWN_GROUND.search(text):
        return True  # the unit's own work, or its own ground, beside the news
    own = _unit_codes(unit)
    if not own:
        return True
    gaz = gazetteer()
    # the unit's own region named: its own news beside the body's
    return any(gaz.related(c, o) for _, name in gaz.pieces(text) for c in gaz.named(name) for o in own)


# ---- a state body's signature taken for a credit (content-repost33) ------------------------------------------
# A state body's name alone closing the text (…医保部门不会电话要求下载App！（公安部刑事侦查局）, ——国家药品监督管理局) is
# the signature of the body that issued the words, not a source credit: README ("What names a source"): "the issuing
# body's own title or signature on a pasted document" names no source. On the account of a unit below the state, with
# nothing of the unit's own beside it (``_adds_own``) and no other source named, it is that body's item pasted. The
# body is read from the state-organ inventory and its sub-bodies (``STATE_BODY``, ``STATE_SUB_BODY``) and the state's
# centres by shape; an outlet (（人民日报）), an account and a credit that says what it credits (（××局供稿）) stay
# credits, and so does a body of a place (the signature of a local body is read by the voice rules: ``signs_own_voice``).
STATE_SIGNER = re.compile(r"(?:" + STATE_BODY + "|" + STATE_CENTRE + ")" + STATE_SUB_BODY)


def state_signature(post: dict, text: str, unit: str) -> str | None:
    """The state body whose name alone closes the (folded) text, taken for the text's only source credit, on the
    account of a unit below the state that adds nothing of its own, or None."""
    if (post.get("source") or "").strip() or not unit or NATIONAL_UNIT.search(fold(unit)):
        return None
    body = text.split("往期推荐")[0].rstrip()
    m = SIGNED_END.search(body)
    if not m:
        return None
    name = m.group("bracketed") or m.group("dashed")
    if not STATE_SIGNER.fullmatch(name) or NOT_A_BODY_END.search(name) or is_outlet_name(name) \
            or MEDIA_IN_NAME.search(name) or CREDIT_SUFFIX.search(name):
        return None
    if refers_to_unit(name, unit) or _own_issuer(name, unit):
        return None
    if text_names_source(text[:m.start()] + text[m.end():]) or _adds_own(body[:m.start()], fold(unit)):
        return None
    return name


# ---- a province's first person where the region has none ----------------------------------------------------
# Autonomous regions (内蒙古, 广西, 西藏, 宁夏, 新疆) speak of themselves as 我区/全区 and the municipalities (北京, 天津,
# 上海, 重庆) as 我市/全市: there is no province in them. A province's first person (我省, 本省) on the account of a body
# in one of them speaks for a body of some province: that body's release, pasted (content-repost32).
PROVINCE_LESS = ("11", "12", "31", "50", "15", "45", "54", "64", "65")
OWN_PROVINCE_VOICE = re.compile(r"我省|本省")


def province_voice_absent(text: str, unit: str) -> str | None:
    """The province's first person (我省) that the (folded) text speaks in on the account of a body of an autonomous
    region or a municipality, or None."""
    if not unit or "省" not in text:
        return None
    codes = _unit_codes(fold(unit))
    if not codes or any(c[:2] not in PROVINCE_LESS for c in codes):
        return None
    spoken = speech_spans(text)
    for m in OWN_PROVINCE_VOICE.finditer(text):
        if _outside(spoken, m) and not distributive(text, m):
            return m.group(0)
    return None


# ---- a statistics release pasted ---------------------------------------------------------------------------
# A region's headline economic statistics for a period (前三季度地区生产总值…亿元，同比增长…; 居民消费价格同比上涨…) are
# published by the statistics authorities (统计法 §23: 县级以上人民政府统计机构按照国家有关规定定期公布统计资料; the
# national bureau's and its survey teams' release calendar). An account of another unit that posts two or more of
# them, with their figures, without naming the bureau or the outlet it took them from, has pasted the release. The
# indicators are the headline ones of those releases; at least one is a statistics office's own (GDP, prices,
# the surveyed unemployment rate, disposable income), not a department's sector figure.
STAT_INDICATORS = {
    "地区生产总值": r"地区生产总值|国内生产总值|(?<![a-z])gdp(?![a-z])",
    "居民消费价格": r"居民消费价格(?:指数)?|(?<![a-z])cpi(?![a-z])",
    "工业生产者出厂价格": r"工业生产者出厂价格(?:指数)?|(?<![a-z])ppi(?![a-z])",
    "城镇调查失业率": r"城镇调查失业率",
    "居民人均可支配收入": r"(?:全体|城镇|农村)?居民人均可支配收入",
    "社会消费品零售总额": r"社会消费品零售总额",
    "规模以上工业增加值": r"规模以上工业增加值|规上工业增加值",
    "固定资产投资": r"固定资产投资",
    "进出口总值": r"(?:货物贸易)?进出口总(?:额|值)|外贸进出口",
}
STAT_OFFICE_OWN = ("地区生产总值", "居民消费价格", "工业生产者出厂价格", "城镇调查失业率", "居民人均可支配收入")
STAT_FIGURE = re.compile("(?P<name>" + "|".join(f"(?:{p})" for p in STAT_INDICATORS.values()) + r")"
                         r"[^。；;\n]{0,24}?(?:\d+(?:\.\d+)?\s*(?:%|％|亿元|万亿元|元|个百分点)|(?:增长|下降|上涨|持平))")
STAT_PERIOD = re.compile(r"前三季度|上半年|下半年|[一二三四]季度|第[一二三四]季度|前[两二三]季度|全年|"
                         r"\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*月|前\d{1,2}个?月|[一二]至[一二三四五六七八九十]{1,2}月|\d{1,2}月份")
# the statistics authority or its publication named (统计局, 调查总队, 统计公报): the source is said
STAT_SOURCE = re.compile(r"统计局|统计部门|统计机构|调查总队|调查队|统计公报|统计年鉴")
STAT_UNIT = re.compile(r"统计|调查总队|调查队")


def statistics_release(text: str, unit: str) -> str | None:
    """The headline statistics (names, comma-joined) a post of a unit other than the statistics authority gives for a
    period without naming their source, or None."""
    if not unit or STAT_UNIT.search(fold(unit)) or GOV_PLATFORM.search(fold(unit)) or STAT_SOURCE.search(text):
        return None
    if not STAT_PERIOD.search(text):
        return None
    found = []
    for m in STAT_FIGURE.finditer(text):
        name = next(k for k, p in STAT_INDICATORS.items() if re.fullmatch(p, m.group("name")))
        if name not in found:
            found.append(name)
    if len(found) >= 2 and any(n in STAT_OFFICE_OWN for n in found):
        return "、".join(found)
    return None


class OverlapIndex:
    """Shingles of every post, to find long verbatim copies of another unit's text."""

    def __init__(self, posts: Iterable[dict], unit_of, name_of=None, runner_of=None):
        """``name_of(post)``: the name of the account that published ``post`` (its speaker in a headline);
        ``runner_of(post)``: the body that runs that account, as the platform verified it (中国应急管理 is run by
        中华人民共和国应急管理部: 应急管理部提醒：… over its text names the publisher too)."""
        self.unit_of = unit_of
        self.name_of = name_of or (lambda post: "")
        self.runner_of = runner_of or (lambda post: "")
        self.posts: list[dict] = []
        self.index: dict[int, list[int]] = defaultdict(list)
        for post in posts:
            text = _body(post)
            if len(text) < MIN_SHORT:
                continue
            idx = len(self.posts)
            self.posts.append(post)
            for h in {hash(text[i:i + SHINGLE]) for i in range(0, len(text) - SHINGLE + 1)}:
                self.index[h].append(idx)

    def source_of(self, post: dict) -> tuple[dict, int] | None:
        text = _body(post)
        if len(text) < MIN_SHORT:
            return None
        own = self.unit_of(post)
        # a short post's own 【headline】 is usually rewritten; what counts is whether the rest is copied
        head = SHORT_HEAD.match(text)
        rest = len(text) - (head.end() if head else 0)
        cued = bool(UNNAMED_CUE.search(text))
        hits: dict[int, list[int]] = defaultdict(list)
        for i in range(0, len(text) - SHINGLE + 1):
            for idx in self.index.get(hash(text[i:i + SHINGLE]), ()):
                hits[idx].append(i)
        best = None
        for idx, starts in hits.items():
            other = self.posts[idx]
            if other is post or self.unit_of(other) == own:
                continue
            if (other.get("created_at") or "") > (post.get("created_at") or "~"):
                continue  # the other one is the later copy
            covered, run = _covered(starts)
            # a copy has one long verbatim run, or most of the post is someone else's text; common policy
            # wording shared by two units comes in short fragments
            # (nearly all of a post, short or not, in one verbatim run: a caption that is most of a ministry post)
            short = rest >= MIN_SHORT and run >= SHORT_SHARE * rest
            condensed = (covered >= MIN_SHARED and covered >= SHARED_SHARE * len(text)
                         and (_copied_clauses(text, starts) >= MIN_SHARED_CLAUSES
                              or _copied_clauses(text, starts, PHRASE) >= MIN_SHARED_PHRASES))
            if (short or condensed or run >= MIN_RUN or (cued and run >= MIN_CUED)
                    or (covered >= MIN_OVERLAP and covered >= len(text) / 2)) and \
                    (best is None or covered > best[1]):
                best = (other, covered)
        return best


def runs_account(speaker: str, runner: str) -> bool:
    """Is the headline's ``speaker`` (folded) the body ``runner`` (folded) that runs the copied account — found in its
    name (应急管理部 in 中华人民共和国应急管理部), or its short form of the same kind (国家卫健委 for
    中华人民共和国国家卫生健康委员会: the characters in order, 委 for 委员会)?"""
    if len(speaker) < RUNNER_MIN:
        return False
    if speaker in runner:
        return True
    kind = _unit_kind(speaker)
    return bool(kind) and kind == _unit_kind(runner) and is_subsequence(speaker, runner)


def _copied_clauses(text: str, starts: list[int], clause: re.Pattern = CLAUSE) -> int:
    """How many sentences or list items (``clause``: or phrases; eight characters or more) of ``text`` lie all but
    wholly in the shingles found at ``starts``."""
    mask = bytearray(len(text))
    for s in starts:
        mask[s:s + SHINGLE] = b"\x01" * len(mask[s:s + SHINGLE])
    return sum(1 for m in clause.finditer(text) if sum(mask[m.start():m.end()]) >= 0.9 * (m.end() - m.start()))


def _covered(starts: list[int]) -> tuple[int, int]:
    """(characters covered by the matching shingles, longest contiguous run of them)."""
    total, end, run, run_start = 0, -1, 0, None
    for s in sorted(starts):
        e = s + SHINGLE
        if run_start is None or s > end:
            run_start = s
        total += e - max(s, end) if e > end else 0
        end = max(end, e)
        run = max(run, end - run_start)
    return total, run


def _body(post: dict) -> str:
    """Folded text without whitespace and punctuation variance, and without the WeChat footer."""
    text = fold(post.get("text") or "")
    cut = text.find("往期推荐")
    if cut > 0:
        text = text[:cut]
    return re.sub(r"[\s\u3000]+", "", HASHTAG.sub("", text))


def _author_is_unit(who: str, unit: str) -> bool:
    """Does an author note's affiliation (郑州大学历史学院教授 …) name the unit itself or speak as it (本局, 我院)?"""
    who = fold(who)
    if re.match(r"[我本]", who):
        return True
    if not unit:
        return False
    u = fold(unit)
    return u in who or any(refers_to_unit(who[:cut], u) for cut in range(min(len(who), 30), 2, -1))


# ---- the first person of a lower level, an observatory's, the account's own name as the source ---------------
# A provincial body has no 我市 or 我县: its releases say 我省 and name the city. A city's has no 我县 or 我旗. A post
# of the province's account in a city's or a county's first person (我市今年共接待游客…) is that place's release,
# pasted. (A municipality, 北京市…, is a province that says 我市: PROVINCIAL_UNIT reads 省 and 自治区 only; words that
# begin with the place word are no first person: 本市场, 本州岛, 我旗下.)
LOWER_VOICE = {"province": re.compile(r"(?:我|本)(?:市(?!场)|县(?!城)|州(?!岛)|盟(?!友|国|军)|旗(?!下|帜|舰|号|手|袍))"),
               "city": re.compile(r"(?:我|本)(?:县(?!城)|旗(?!下|帜|舰|号|手|袍))")}
CITY_UNIT = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,10}?(?:市|州|盟)(?![\u4e00-\u9fff]*?(?:县|旗|[^社小]区))")
# 我台 is an observatory's (气象台, 天文台) or a broadcaster's first person (我台今天06时发布寒潮蓝色预警): on the
# account of a body that is neither, the release of one. (本台 is left to OUTLET_CUT; 我台湾同胞 is no first person.)
STATION_VOICE = re.compile(r"我台(?!湾|胞|商|企|资|海|独|属|北|南|中|东)")
STATION_UNIT = re.compile(r"台$|台站|广播|电视|融媒体|传媒|新闻")
# A source statement that names the account itself (（来源：健康安庆） on 健康安庆): the statement says the text came
# from elsewhere, and the account's own name hides where.
SELF_CREDIT = re.compile(r"[（(【\[]?[ \t\u3000]*(?:来源|来自|转自|转载自|稿件来源|信息来源|文章来源|素材来源)[ \t\u3000]*[：:][ \t\u3000]*"
                         r"[“\"「『]?(?P<name>[^\s（()）【】\[\]“”\"「」『』\n，,。；;]{2,30}?)[”\"」』]?[ \t\u3000]*[）)】\]]?"
                         r"(?=[ \t\u3000]*(?:\n|$))")


def lower_voice(text: str, unit: str) -> str | None:
    """The first person of a place below the unit's level (我市 on a province's body's account), outside quoted
    speech, or None."""
    if not unit or ("我" not in text and "本" not in text):
        return None
    u = fold(unit)
    level = "province" if PROVINCIAL_UNIT.search(u) else "city" if CITY_UNIT.search(u) else ""
    if not level:
        return None
    found = list(LOWER_VOICE[level].finditer(text))
    if not found:
        return None
    spoken = speech_spans(text)
    m = next((m for m in found if _outside(spoken, m) and not distributive(text, m)), None)
    return m.group(0) if m else None


def self_credit(post: dict, text: str, account: str, unit: str) -> str | None:
    """The account's own name (or its unit's) given as the source, when nothing else in the text names one."""
    if (post.get("source") or "").strip() or not (account or unit):
        return None
    own = {fold(n) for n in (account, unit) if n}
    for m in SELF_CREDIT.finditer(text):
        if fold(m.group("name")) in own and not text_names_source(text[:m.start()] + text[m.end():]):
            return m.group("name")
    return None


# A copied post's own title kept at the head of the copy (人民日报评论：…, the commentary's title over the commentary,
# pasted whole): the title is part of the copied text, as the body's 记者从…获悉 is (eval/content/README.md, "What names
# a source": attributions that are part of the copied text name no source). The copy names its source only when it
# adds the name itself — a headline of its own (人民日报：… over a text whose title was 人民时评：…), a 来源 line,
# a credit. An outlet's dateline kept from the copied text (新华社北京11月17日电) is the attribution convention of wire
# copy and still names the outlet: only the title line is read here.
TITLE_MAX = 40  # characters of a title line
TITLE_STOP = re.compile(r"[。；;]|\d{1,2}月\d{1,2}日(?:电|讯)")


def _first_line(text: str) -> str:
    """The (folded) text's first line, without spaces (the headline of a WeChat article)."""
    return re.sub(r"[\s\u3000]+", "", text.lstrip().split("\n", 1)[0])


def _copied_title(post: dict, text: str, overlap: OverlapIndex | None) -> tuple[dict, int] | None:
    """(the copied post, characters copied) when the copy's only source statement is the copied post's own title,
    kept verbatim at its head, or None. The same line must open the copied post, as its title above its text (a
    headline the copy wrote itself differs: 人民日报人民论坛：… over a text titled 人民论坛：…)."""
    if overlap is None or (post.get("source") or "").strip():
        return None
    head = text.lstrip()
    line_end = head.find("\n")
    if line_end < 0:
        return None  # (a one-line post has no title apart from its text)
    title = _first_line(head)
    # (a title: a speaker before a colon, the line short and no sentence — a dateline opens a paragraph)
    if not (HEADLINE_SPEAKER.match(head) and len(title) <= TITLE_MAX and not TITLE_STOP.search(title)):
        return None
    if not text_names_source(head[:line_end]) or text_names_source(head[line_end:]):
        return None
    found = overlap.source_of(post)
    if not found:
        return None
    # (the headline's speaker is the publisher's own name, exactly as its account is called — 人民日报：… over 人民日报's
    # text —: a publisher named as the headline's speaker names the source, README "What names a source", even where
    # the publisher titled its own post so; a column's or an item kind's title, 人民日报评论：…, is the copied title)
    speaker = HEADLINE_SPEAKER.match(head).group("speaker")
    if speaker == fold(overlap.name_of(found[0]) or "").strip():
        return None
    copied = fold(found[0].get("text") or "").lstrip()
    return found if _first_line(copied) == title and "\n" in copied else None


def repost_hit(post: dict, unit: str, overlap: OverlapIndex | None, folded: str | None = None,
               account: str = "") -> RepostHit | None:
    """Why ``post`` is a repost that names no source, or None (``folded``: the folded text, when known; ``account``:
    the account's name, which names no source of its own posts)."""
    text = fold(post.get("text") or "") if folded is None else folded
    copied_title = None
    if names_source(post, text):
        own = self_credit(post, text, account, unit)
        if own:
            return RepostHit("self_source", f"来源写的是本账号自己（“{own}”），没有注明原作者")
        signer = state_signature(post, text, unit)
        if signer:
            return RepostHit("other_document", f"照登“{signer}”署名的内容：结尾的机构署名不是来源，也没有注明来源")
        copied_title = _copied_title(post, text, overlap)
        if copied_title is None:
            return None
    vague = vague_source(text)
    if vague:
        return RepostHit("vague_source", f"只写了“{vague}”，没有注明具体来源")
    declared = DECLARED_REPOST.search(text)
    if declared:
        return RepostHit("vague_source", f"自称转载（“{declared.group(0).strip()}”）却没有注明来源")
    if post.get("is_original") is False:
        return RepostHit("platform_flag", "平台标记为转发，正文和来源字段都没有注明来源")
    if overlap is not None:
        found = copied_title or overlap.source_of(post)
        if found:
            other, covered = found
            # (a headline kept from the copied post is that post's title, not the copy's credit: ``_copied_title``)
            m = None if copied_title else HEADLINE_SPEAKER.match(text)
            publisher = fold(overlap.name_of(other) or "")
            runner = fold(overlap.runner_of(other) or "")
            if m and publisher and (m.group("speaker") in publisher or publisher in m.group("speaker")):
                return None  # 【中国气象局：…】 over 中国气象局's own text names its publisher
            if m and runner and runs_account(m.group("speaker"), runner):
                return None  # 应急管理部提醒：… over the text of the ministry's account (中国应急管理) names it too
            return RepostHit("overlap", f"与其他单位账号的发文有约 {covered} 字相同",
                             {"platform": other["platform"], "account_id": other["account_id"],
                              "post_id": other.get("post_id"), "url": other.get("url")}, covered)
    for m in DOC_TITLE.finditer(text[:300]):
        issuer = m.group("issuer")
        # (转发××关于…的通知: the unit forwards a document and names its issuer)
        if not issuer.startswith(FORWARDED) and not _own_issuer(issuer, unit):
            return RepostHit("other_document", f"全文转发“{issuer}”的文件")
    body = text.split("往期推荐")[0]
    tail = body[-400:]
    for m in SIGNATURE.finditer(tail):
        issuer = m.group("issuer")
        # joint issuers, on one line or one a line above the date: one of them is enough
        above = [line.strip() for line in tail[:m.start("issuer")].rstrip().split("\n")[-3:]]
        joint = issuer.split() + [line for line in above if ISSUER_LINE.fullmatch(line)]
        if not any(_own_issuer(one, unit) for one in joint):
            return RepostHit("other_document", f"全文转发“{issuer}”的文件（落款）")
    m = SALUTATION.search(body[:600])
    if m and unit:
        folded_unit = fold(unit)
        if m.group("prefectures"):
            own_level = not _below_province(folded_unit)
        else:
            own_level = NATIONAL_UNIT.search(folded_unit) or (m.group("provincial")
                                                              and PROVINCIAL_UNIT.search(folded_unit))
        if not own_level:
            return RepostHit("other_document", "全文转发上级机关的文件（抬头为“" + m.group(0).strip()[:20] + "…”）")
    mark = FULL_TEXT_MARK.search(body)
    if mark:
        for m in RELEASED_BY.finditer(body[:mark.start()]):
            issuer = m.group("issuer")
            # (the match may start before the name: 今天省文化和旅游厅 — any tail that is the unit makes it own)
            if re.search(r"转发|转载|转自|来自|据|我|本", issuer) or not ORG_NAME.fullmatch(issuer) \
                    or any(refers_to_unit(issuer[i:], unit) for i in range(len(issuer) - 2)):
                continue
            return RepostHit("other_document", f"全文照登“{issuer}”发布的内容（“{mark.group(0)}”）")
    m = LAST_LINE_ISSUER.search(body.rstrip())
    if m and not _own_issuer(m.group("issuer"), unit):
        return RepostHit("other_document", f"全文转发“{m.group('issuer')}”的文件（落款）")
    voice = _other_voice(text, unit)
    if voice:
        return RepostHit("other_voice", f"以其他单位的口吻（“{voice}”）发布")
    lower = lower_voice(body, unit)
    if lower:
        return RepostHit("other_voice", f"以下级地方的口吻（“{lower}”）发布，是市县单位的通稿")
    m = STATION_VOICE.search(body)
    if m and unit and not STATION_UNIT.search(fold(unit)) and _outside(speech_spans(body), m):
        return RepostHit("other_voice", f"以气象台、广播电视台的口吻（“{m.group(0)}”）发布")
    place = voice_elsewhere(body, unit)
    if place:
        return RepostHit("other_voice", f"以第一人称发布的工作在本单位辖区以外（“{place}”），是其他地方单位的通稿")
    cities = province_voice_elsewhere(body, unit)
    if cities:
        return RepostHit("other_voice", f"以“我省”的口吻发布其他省份城市（“{cities}”）的工作，是其他省份的通稿")
    remit = national_voice(body, unit)
    if remit:
        return RepostHit("other_voice", f"以第一人称宣布只有国家部委才能决定的事项（“{remit}”），是上级单位的通稿")
    place_head = other_place_headline(body, unit)
    if place_head:
        return RepostHit("other_voice", f"标题以本单位辖区以外的地方（“{place_head}”）为发布主体，是外地的新闻稿")
    addressed = higher_addressees(body, unit)
    if addressed:
        return RepostHit("other_voice", f"以第一人称印发的文件要求“{addressed}”，是上级单位的通稿")
    province = province_voice_absent(body, unit)
    if province:
        return RepostHit("other_voice", f"以“{province}”的口吻发布，而本单位所在的自治区或直辖市不设省，是外省的通稿")
    m = SHORT_SELF.search(body)
    if m and unit and not fold(unit).endswith(m.group(1)):
        return RepostHit("other_voice", f"以其他单位的口吻（“{m.group(1)}”）发布")
    stats = statistics_release(body, unit)
    if stats:
        return RepostHit("other_document", f"照登统计部门发布的数据（{stats}），没有注明来源")
    if OUTLET_CUT.search(text) and not (unit and MEDIA_UNIT.search(fold(unit))):
        # (本台消息 on the broadcaster's or the media centre's own account is its own news)
        return RepostHit("outlet_cut", "媒体稿件（本报讯/本台消息）去掉了媒体名称")
    m = PAPER_BYLINE.search(body)
    if m and unit and not PAPER_UNIT.search(fold(unit)):
        return RepostHit("outlet_cut", f"报刊稿件（“{m.group(0)}”）没有注明报刊名称")
    m = WIRE_DATELINE.match(body)
    if m and not (unit and MEDIA_UNIT.search(fold(unit))) and not own_dateline(body, account, unit):
        return RepostHit("outlet_cut", f"通讯社电头（“{m.group(0).strip()}”）去掉了通讯社名称")
    if WIRE_END.search(body.rstrip()) and not (unit and MEDIA_UNIT.search(fold(unit))):
        return RepostHit("outlet_cut", "通讯社稿件（结尾“（完）”）去掉了媒体名称")
    if EDITORS_NOTE.search(body[:200]):
        m = AUTHOR_LINE.search(body)
        if m and not (unit and (refers_to_unit(m.group("name"), unit) or fold(unit) in m.group("name"))):
            return RepostHit("outlet_cut", f"以“编者按”和作者（“{m.group('name').strip()}”）转载文章，没有注明出处")
    if EDITORS_NOTE.search(body) and not OWN_SERIES.search(body) and not _voice_kinds(body) \
            and not PLACE_VOICE.search(body):
        return RepostHit("outlet_cut", "以“编者按”推送的文章既非本单位口吻，也没有注明出处")
    if ORIGINAL_TITLE.search(body):
        return RepostHit("outlet_cut", "保留了“原标题”却没有注明出处")
    m = AUTHOR_NOTE.search(body)
    if m and not _author_is_unit(m.group("who"), unit):
        return RepostHit("outlet_cut", f"署名评论文章（“作者系{m.group('who').strip()}”）没有注明刊发的报刊或网站")
    m = REPORTER.search(body)
    if m and unit and not MEDIA_UNIT.search(fold(unit)) and not refers_to_unit(m.group("informant") or "", unit) \
            and not (GOV_PLATFORM.search(fold(unit)) and own_place_body(m.group("informant") or "", unit)) \
            and not own_dateline(body, account, unit):
        # (记者从省住房城乡建设厅获悉 on the department's own account: its own news, written as a report; 记者从市台港澳办
        # 获悉 on the city's release account: the city's own information, which its release account publishes)
        return RepostHit("outlet_cut", "媒体记者稿件没有注明媒体名称")
    # (a signature no credit reading took for a source either; on the copied-title path it was read above, and found
    # nothing)
    signer = state_signature(post, text, unit) if copied_title is None else None
    if signer:
        return RepostHit("other_document", f"照登“{signer}”署名的内容：结尾的机构署名不是来源，也没有注明来源")
    announced = state_announcement(_without_credits(body), unit)
    if announced:
        return RepostHit("other_document", f"转述“{announced}”发布的消息，既无本单位的内容，也没有注明来源")
    provincial = province_short_self(_without_credits(body), unit)
    if provincial:
        return RepostHit("other_voice", f"以省级机关的自称（“{provincial}”）发布其消息，既无本单位的内容，也没有注明来源")
    return None
