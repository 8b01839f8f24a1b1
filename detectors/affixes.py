"""What was added around a registered name: generic words are evidence of imitation, other things are not.

An impostor takes a registered name and wraps it in words that make it look *more* official or more useful
(最新济南公安, 济南公安在线客服, 真·济南公安). A genuine account that merely mentions a unit wraps it in words of its own
business, person or medium (济南公安局旁边的饭店, 老张聊广州税务, 中国平安广州), or it belongs to another place.

``explain_added(text, own_places, other_places)`` reads the added text left to right, longest word first:

- *generic*: a word from ``GENERIC_WORDS`` (channel, service and "officialness" words, and marks of novelty or
  authenticity) or a level word (省/市/县/区 …);
- *own place*: the target's own place or a place above it (山东 in 山东济南公安 when the target is 济南公安);
- *other place*: another place the registry knows, or any other division of the national list — never evidence
  (济南 in 济南历下发布 is own, 泰安 is other; 桂林 before 兴安发布 of 兴安盟 names the other 兴安, a county of 桂林);
- *owner*: a word of a business, a person or a medium (``OWNER_WORDS``): the name is somebody else's;
- *unknown*: any other character.

Since the ninth round each class is written whole from general vocabulary and word formation (``EVIDENCE_CLASSES``:
generic words with persona, feed, predicate, channel and portal-section words, and service words with service posts;
``MENTION_CLASSES``: owners with commerce and handles, columns with records, spatial relations, agentive persons).
Since the tenth round the claims only an impostor needs to make are evidence too: authority and genuineness (特许,
备案, 党政, 扩散, №1, GOV: ``AUTHORITY_WORDS``), the unit's own bodies and halls (专班, 志愿队, 议事厅: ``BODY_WORDS``)
and official roles claimed at the unit (联络员, 通讯员, 网格员: ``ROLE_WORDS``; a person verified in the role keeps the
handle, ``role_backed``); the audience of a unit (读者, 听众: ``AUDIENCE_WORDS``) is a mention. Since the eleventh
round the claims to act *for* or *as* the unit are evidence too: notices stacked in front (注意, 警惕: ``NOTICE_WORDS``),
the platforms as written in Latin letters (vx, wx: ``PLATFORM_SPELLINGS``), editions on a device (手机版, PC端:
``DEVICE_WORDS`` and ``VERSION_SUFFIXES``), which account this one is (老号, 主号: an adjective of jieba's dictionary
before 号; 原号, 原账号: a character that makes jieba's adverbs of "originally", ``FORMER_ENDINGS``; …旧账号, …老微博
with the account word taken off as a name decoration, ``names_the_account``) and agency (…代理, …代办员:
``AGENCY_WORDS``), which is a trade's name when it has an object of its own (会计代理, 企业代办). Since the twelfth
round a verb beside the name says who acts: a verb of speaking right after it has the unit as its subject (…谈发展:
``SPEAKING_VERBS``, evidence), a reader's verb right before it the unit as its object (小李读…, 每晚刷…: ``READER_VERBS``,
``reader_act``, a mention); a medium's service words are its own help desk (``medium_desk_words``). Since the
fourteenth round whole families are read by word formation: a verb before a desk ending is a desk (认领处, 领卡处:
``DESK_ENDINGS``), a verb after the name closed by an aspect particle or pointing at the account is the unit speaking
of its account (搬家了, 认这个: ``ASPECT_PARTICLES``, ``DEMONSTRATIVES``), a few characters and 通/办 ending the words are
a service brand (``BRAND_ENDINGS``), a place of the target's and 货 its product brand (``PLACE_GOODS``).
Since the nineteenth round a claim only the unit's own account makes in the added
words — which account this is (此号, 旧号), which desk of the unit (领款点, 认领处),
its account speaking (搬家了): ``Added.claims`` — outweighs a trade's word beside it
(此号接替米粉铺, 花炮专卖旧号作废): the trade's word is the disguise and counts as
unknown; and 老/阿 begin a person's name only before a character of everyday
writing (GB 2312: 老张, 阿峰), not before a rare one (老俵 is the Gan dialect's 老表).
Since the twentieth round the folks' voice (老家, 老少爷们, 咱村: ``HOMETOWN_WORDS``, ``FOLK_PRONOUNS``) is read like
the people of a place; bait (补贴直领, 到账: ``PAYOUT_VERBS``) and a service hall's window after a trade's word
(代缴窗: ``HALL_ENDINGS``) are claims too; lodging trades (民宿) are owners' words, a verb closed by 过 before the name
(打过…: ``experience_act``) a person's experience, and a noun with 迷 (考古迷) a person.
Since the twenty-first round a fee written off (罚单减免, 违章消分: ``FEE_NOUNS`` × ``WAIVER_VERBS``) is bait too; the
village's loudspeaker (村广播, 镇大喇叭) is a channel, the people of a place as a whole (…儿女, 街坊四邻, 村里人) are
read like ``PEOPLE_WORDS``; and the owner words split into a person's or a medium's (``HANDLE_OWNER_WORDS``) and a
business's (``trade_words_only``), which ``detectors.impostor`` weighs against the account's profile.
Since the twenty-second round a place, a noun and a trade's word (金华火腿铺: ``_place_goods_at``) are a local
product and its shop, not another place, and a registered name ending in a place that runs on into one (发布金华 +
火腿铺: ``place_goods_across``) is no match; 老 beginning a dictionary word for a thing (老豆腐: ``_thing_word_at``)
begins no person's name; the dialects' 额们, 我哋 are the folks' pronouns, and deadlines (过期无效: ``DEADLINE_WORDS``),
calls to forward to the family (转给爸妈) and the claim that the other accounts are false (其余均假) are generic.
Since the twenty-third round a notice's calls to its reader are read by their grammatical form, not word by word
(``_reader_call_at``): a forwarding verb with its recipients, kinship terms built from the kinship morphemes (转给老爸老妈,
发给姥姥姥爷), the tentative V一V of a one-character verb (瞧一瞧, 查一查: the account's call, not a reader's act) and a
deadline counted down (最后三天, 仅剩5天).
Since the twenty-fifth round another place followed on its side of the name by words of no class names a thing of
that place, a product or a slogan (章丘 + 大葱: ``_place_thing_at``), read as unknown words, not as the account's
place; 老 before a common noun of the dictionary is "old", not a person's name (老工人: ``_common_noun_after``); and
words added in segments parted from the name by drawn separators cost nothing (``apart_lengths``): a run of slogans
and calls beside a registered name does not dilute it.
Since the thirty-first round 老/阿 + one character + a particle of aspect or mood (阿门了, 老李呢: ``_speech_particles``)
is a phrase of speech, not a person's name.
Since the thirty-fourth round longest word first holds across the classes for divisions: a division name of the
target's province longer than the class word it begins with (云 of 云和, 新 of 新丰: ``_shadows_near_division``) is
read as that place, not as a generic word and a stray character.

The rule: a name that contains a registered name plus added words is a candidate, scored by what was added. The
score of an affixed match (``affix_match``) starts from the layer's score and loses ``UNKNOWN_PENALTY`` per unknown
character, but unknown words alone never veto a whole registered name, nor a look-alike of it beside words of an
evidence class (``UNKNOWN_FLOOR``: review); a word of a mention class (an owner, a column, another place, a spatial
relation, a person) rules the match out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from detectors import jieba_dict
from detectors.places import (
    ANYWHERE_LEVEL_WORDS,
    CAPITAL_WORDS,
    DIVISION_LEVEL_WORDS,
    LEVEL_HEADS,
    STRIPPED_CAPITAL_WORDS,
    capital_word_covers,
)

# Words an impostor adds to look official, new, useful or reachable. General vocabulary of Chinese account names,
# not taken from any evaluation set.
GENERIC_WORDS = (
    # officialness and authenticity
    "官方", "官方号", "官方账号", "官方帐号", "官微", "官博", "官网", "官号", "认证", "正版", "正式", "唯一", "权威", "真",
    "正宗", "本尊", "总号", "主号", "总站", "总台", "中国", "全国", "国家", "政务", "政府", "官",
    # novelty and ownership-by-the-reader
    "最新", "新", "新版", "今日", "每日", "天天", "实时", "即时", "我的", "我们的", "掌上", "指尖", "随身", "移动", "智慧",
    "数字", "云", "e", "i", "爱",
    # channels and forms
    "发布", "平台", "在线", "线上", "网上", "客服", "热线", "专线", "资讯", "快讯", "速递", "速报", "播报", "头条", "要闻",
    "新闻", "信息", "动态", "通知", "公告", "通报", "提醒", "之声", "之窗", "之家", "频道", "视频", "直播", "电台", "微博",
    "微信", "公众号", "服务号", "订阅号", "小程序", "客户端", "app", "号", "网", "站", "台", "中心", "服务", "服务站",
    "服务台", "服务中心", "服务平台", "服务窗", "便民", "便民服务", "办事", "办事处", "大厅", "窗口", "直通车", "通", "一点通",
    "助手", "小助手", "助理", "小助理", "咨询", "问政", "互动", "留言", "投诉", "举报", "热点", "视点", "发声", "在线服务", "24小时",
    "24h", "365", "全天", "工作室", "融媒", "融媒体", "官方平台", "官方客服", "客服中心", "综合", "矩阵", "联盟", "总部",
    "视频号", "抖音号", "快手号", "头条号", "微信号", "客服号", "发布厅", "新媒体", "宣传", "简报", "快报", "指南", "全新",
    "正牌", "官方认证", "服务热线", "热线电话", "随手拍", "百事通",
    # authenticity, once more (正规 is what 正版/正宗 say of a business)
    "正规", "真实", "原版", "官方正版",
    # promotion: words that push an account up a list or a feed
    "推荐", "置顶", "热门", "精选", "独家", "必看", "重磅", "首发", "紧急", "重要", "特别",
    # a second account of the same owner, or its operator
    "小号", "副号", "备用", "备用号", "新号", "二号", "2号", "小编", "编辑部", "运营",
    # groups gathered under the account's name
    "群", "群聊", "社群", "粉丝群", "交流群", "服务群", "互助群", "微信群", "qq群",
    # the same in Latin letters (names are lower-cased before this): novelty, officialness, greeting, channel
    "new", "hot", "top", "vip", "real", "official", "gov", "news", "live", "online", "tv", "plus", "pro", "the",
    "my", "hi", "hey", "hello",
    # what a government account publishes (政务公开: disclosure is the unit's own duty)
    "公开", "信息公开", "政务公开", "公示", "办事指引", "指引", "服务指南", "办事指南",
    # the party and the badge: 中共 before a committee's name, the platforms' blue verification mark (蓝V, 加V)
    "中共", "中国共产党", "蓝v", "加v", "v", "认证号", "官方认证号",
    # on duty and reachable (值守, 值班), asking to be followed
    "值守", "值班", "关注", "公众", "公共",
    # slogans and praise: what an advertisement or a poster says of itself (the best, honest, designated, to be
    # enjoyed, warm-hearted, for the people); general vocabulary of Chinese slogans, not taken from any evaluation set
    # (a shop's own praise, 金牌/优选/精品, stays unknown: it is neither a unit's voice nor a business's name)
    "最美", "最佳", "最强", "最好", "最全", "最快", "第一", "诚信", "守信", "放心", "安心", "省心", "舒心", "贴心", "暖心",
    "用心", "真心", "初心", "爱心", "温馨", "满意", "阳光", "文明", "和谐", "美丽", "魅力", "幸福", "指定", "官方指定",
    "授权", "官方授权", "特约", "专属", "尊享", "乐享", "畅享", "悦享", "智享", "惠享", "为民", "利民", "亲民", "暖民心",
    # groups gathered under the account's name, as its own community: fan clubs (粉丝团, 后援会); 粉丝 alone is a fan,
    # a person (``OWNER_WORDS``)
    "粉丝团", "粉丝会", "粉丝站", "粉丝圈", "粉丝俱乐部", "粉丝联盟", "粉丝之家", "粉丝营", "后援会", "后援团", "应援团",
    "铁粉群", "铁粉团",
)
# Service and transaction words: what an impostor offers to do for the reader (apply, claim, pay, book, handle on
# their behalf) — the bait of the frauds that copy government accounts (subsidy claims, paid "agency" for licences,
# live-stream sales). General vocabulary of government services (办事, 申领, 缴费 …, the names of 政务服务 items)
# and of their online forms (网办, 掌办, 直播间), not taken from any evaluation set. Strong evidence, like the words
# of ``GENERIC_WORDS``; a service outlet (代办点) is one (代办 itself is an agency word, ``AGENCY_WORDS``).
SERVICE_WORDS = (
    "代办点", "代办处", "代办网点", "代办窗口", "服务点", "服务网点", "网点", "受理点", "受理处", "受理", "办理点", "办理处",
    "办理", "申领", "申请", "申报", "申办", "补贴", "补助", "津贴", "补贴申领", "补贴发放", "领取", "发放", "兑付", "兑现",
    "缴费", "缴纳", "补缴", "缴存", "续费", "充值", "预约", "挂号", "报名", "登记", "查询", "核验", "核查", "审批", "审核",
    "办证", "换证", "补证", "退费", "退税", "退款", "理赔", "提取", "认定", "资格认定", "福利", "惠民", "惠民服务",
    "公众服务", "公共服务", "网办", "掌办", "速办", "快办", "通办", "一网通办", "好办", "帮办", "随身办", "掌上办",
    "线上办", "不见面", "直播间", "专区", "入口", "通道", "绿色通道", "办事点", "办事通",
    # the everyday items of government service those words are about (社保, 医保, 公积金, 证照, 交通违法 …)
    "社保", "医保", "公积金", "养老金", "养老保险", "医疗保险", "失业金", "低保", "户籍", "户口", "身份证", "居住证",
    "驾照", "驾驶证", "行驶证", "营业执照", "证照", "证件", "出入境", "护照", "签证", "违章", "违法处理", "罚款", "扣分",
    "年检", "年审", "个税", "退休", "生育", "就业", "创业",
    # what the reader is asked to do with a card, a code or an account to get a service (社保卡激活, 扫码登记, 绑定):
    # general vocabulary of 政务服务 (twenty-sixth round)
    "扫码", "扫一扫", "激活", "绑定", "解绑", "签到", "填报",
    # service windows and seats (专窗, 专席, 大厅 …): where a service hall receives the public, on site or online;
    # general vocabulary of 政务服务 halls (综合窗口, 受理专席, 惠农专窗 of the benefit programmes, 网上大厅)
    "窗", "专窗", "服务窗口", "综合窗口", "受理窗口", "办事窗口", "专席", "坐席", "受理专席", "服务专席", "专岗", "服务岗",
    "服务柜台", "受理台", "服务厅", "办事厅", "政务大厅", "办事大厅", "服务大厅", "线上大厅", "网上大厅", "云大厅",
    "掌上大厅", "网厅", "导办", "帮代办", "服务专线", "服务驿站", "驿站",
    # the benefit programmes those windows serve (惠农 for farmers, 惠企 for businesses …), like 惠民
    "惠农", "惠企", "惠残", "惠老", "惠军", "惠民惠农", "涉农", "助农", "农保", "新农合", "医疗救助",
    # eligibility, what every benefit programme checks first (资格审核 of 补贴, 低保, 公租房 …)
    "资格", "资格审核", "资格审查", "资格查询", "资格核验", "资格确认", "资格复核",
    # (fortieth round) the heating-season items of northern China's government service — heating (采暖, 取暖, 供暖),
    # its fees (采暖费, 取暖费, 供暖费, 供热费) and the state's clean-heating programme (北方地区冬季清洁取暖: 清洁取暖, 煤改电,
    # 煤改气) — and the subsidy by award (奖补, 以奖代补, 奖补资金; a payout noun, ``PAYOUT_NOUNS``). Not 供热 alone: the
    # heating company's trade
    "采暖", "取暖", "供暖", "采暖费", "取暖费", "供暖费", "供热费", "清洁取暖", "煤改电", "煤改气", "奖补", "以奖代补",
    "奖补资金",
)
# Column, programme, review and experience words: the name of something a medium or a person makes *about* the
# unit (盐城… 面对面 is a column, …使用心得 a user's post). They rule an affixed match out, like an owner's words.
# General vocabulary of Chinese media columns and personal posts, not taken from any evaluation set (日记, 故事, 观察
# are ``OWNER_WORDS`` already; lectures, 课堂/讲堂, are programmes units run themselves and stay unknown words).
COLUMN_WORDS = (
    "面对面", "零距离", "心得", "使用心得", "体会", "感想", "感悟", "测评", "评测", "点评", "体验", "体验官", "笔记", "随笔",
    "手记", "札记", "纪实", "故事会", "故事汇", "风云", "风云录", "回音壁", "追踪", "跟踪", "报道", "印象", "视界", "打卡",
    "游记", "攻略", "揭秘", "吐槽", "访谈", "访谈录", "夜话", "杂谈", "漫谈", "闲谈", "趣谈", "见闻", "那些事", "的一天",
    "日常", "记忆", "观察家", "研究", "学习笔记", "分享", "经验", "教程", "解说", "解读员", "评论", "评论员",
    "述评", "时评",
    # (fortieth round) the other genres of a person's record of their own life: the journal (手账, 手帐, 周记, 手札), the
    # running account (流水账), the notebook (记事本) and the photo log (plog, beside vlog): 某地12345反映手账 is a
    # resident's notes of their complaints, not the hotline
    "手账", "手帐", "周记", "手札", "流水账", "记事本", "plog",
)
# Level words of every kind of division (``detectors.places.DIVISION_LEVEL_WORDS``: the suffixes of China's division
# names, from the province down to the township), and the words naming a level by a one-character head and 级
# (省级/市级/地级 …, of ``detectors.places.LEVEL_HEADS``): written out, they add nothing but the level.
LEVEL_WORDS = (*DIVISION_LEVEL_WORDS, *(head + "级" for head in LEVEL_HEADS if len(head) == 1))
# Kin terms that make a person's nickname (酸汤妹, 表弟, 老哥, 张姐): a person's handle.
KIN_WORDS = ("哥", "姐", "叔", "妹", "弟")
# Words that say the name belongs to a business, a person or a medium.
OWNER_WORDS = (
    "公司", "集团", "有限", "店", "饭", "餐", "酒", "馆", "铺", "厂", "行", "所", "商城", "超市", "专卖", "批发", "装修",
    "搬家", "驾校", "培训", "教育科技", "旅行社", "地产", "房产", "中介", "记账", "律师", "医生", "老师", "博主",
    "达人", "主播", "粉丝", "爱好者", "观察", "日记", "故事", "生活", "吃喝", "美食", "探店", "老", "阿", *KIN_WORDS,
    "聊", "说", "看", "侃", "谈", "评", "报社", "日报", "晚报", "时报", "电视", "广播", "传媒", "杂志", "会",
    # trades of everyday services sold under a place's or a hotline's name (深圳12345家政 is a business)
    "家政", "保洁", "保姆", "月嫂", "开锁", "维修", "清洗", "回收", "租赁", "租车", "物流", "快递", "劳务", "贷款", "典当",
    "代缴", "代开", "代账", "保险",
    # the self-media's own trade words: recommending goods (种草, 安利), unboxing them (开箱; 测评 is a column word),
    # the vlogger's diary (vlog, 碎碎念) and the reposter of others' content (搬运工, 课代表): a person's account
    "种草", "安利", "开箱", "vlog", "碎碎念", "搬运工", "课代表",
)
# Words naming the people of a place, or the reader as one of them: demonyms and affectionate names for locals
# (老表 of Jiangxi and western Fujian, 老乡, 乡亲, 街坊, 老铁 of the north-east, 家人们 of live streams …) and the
# public addressed as a whole (市民, 百姓, 网友). A name that speaks to them (福建老表+…发布) is no person's or
# business's: no owner, no evidence, no penalty. General vocabulary of Chinese forms of address, not taken from any
# evaluation set. (老X begins a person's name, ``PERSON_PREFIXES``: these words are read first, longest first.)
PEOPLE_WORDS = (
    "老表", "老表们", "老乡", "老乡们", "乡亲", "乡亲们", "父老乡亲", "父老", "乡里乡亲", "乡里", "乡邻", "同乡", "老铁",
    "老铁们", "家人", "家人们", "亲人", "亲人们", "亲们", "街坊", "街坊们", "街坊邻居", "邻居", "邻里", "老街坊",
    "同胞", "侨胞", "乡贤", "游子", "市民", "居民", "村民", "百姓", "老百姓", "群众", "网友", "朋友", "朋友们",
)
# Words a medium titles a programme or a column about a unit with (…直通车, …在线, …之声): an impostor adds them as
# a channel (evidence, ``GENERIC_WORDS``), a medium as its column's name (福建12345直通车 of a news radio). On an
# account verified as a medium (``detectors.impostor``) they rule the match out, like ``COLUMN_WORDS``. General
# vocabulary of Chinese broadcast and newspaper columns, not taken from any evaluation set.
PROGRAMME_WORDS = (
    "直通车", "在线", "之声", "之窗", "热线", "直播", "直播间", "频道", "播报", "快讯", "速递", "头条", "要闻", "视点",
    "热点", "问政", "发声", "关注", "聚焦", "现场", "一线", "在路上", "进行时", "连线", "有约", "开讲", "讲堂", "课堂",
    "时间", "时刻", "视线", "视野", "前沿", "七日谈", "周刊", "专栏", "栏目", "节目", "特刊", "专题", "大家谈", "会客厅",
    "面对面", "零距离", "回音壁", "追踪", "跟踪", "报道",
    # a question-and-answer column, where a medium has the unit's staff answer its readers (…问答, …答疑, …百问)
    "问答", "答疑", "百问", "问与答", "有问必答", "释疑", "你问我答",
)
# ---- ninth round of #12: the classes of added words, each written whole from general vocabulary ----------------
# Each tuple is one class of word formation or usage, written from general knowledge of Chinese (none taken from an
# evaluation part); ``_vocabulary`` reads them with the older classes. Sources: ``detectors/data/README.md``.
#
# Persona words: the character an account speaks as (政务号的人设, an official account's mascot or helper) — a
# secretary, a butler, a helper, a loudspeaker, a chatbot, and the affectionate endings of such names (发布君, 税务
# 酱, 小编菌). An impostor adds them to look like the unit's own helpful voice: evidence, like 小助手.
PERSONA_WORDS = (
    "小秘书", "秘书", "小秘", "小管家", "管家", "小帮手", "帮手", "小帮办", "小当家", "小喇叭", "喇叭", "小灵通",
    "小百科", "百科", "小贴士", "贴士", "小卫士", "卫士", "小哨兵", "小天使", "小精灵", "小可爱", "小姐姐", "小哥哥",
    "小伙伴", "伙伴", "小使者", "使者", "小向导", "向导", "小导游", "小参谋", "参谋", "小答人", "小问答", "小蜜",
    "君", "酱", "菌", "小编君", "小编酱", "小编菌", "发言人", "新闻发言人", "专员", "客服专员", "服务专员", "机器人",
    "智能客服", "智能助手", "智能问答", "ai", "ai助手", "数字人", "虚拟人", "人工客服",
)
# Feed and marketing badges: what a feed, an aggregator or a marketer puts before a name to push it up a list or
# to promise the news first (精选, 直击, 金牌, 快报, 每日 …). A business that praises itself so still names itself by
# an owner word (店, 公司, 家政 …), which rules the match out whatever the praise; without one, the praise only
# wraps the unit's name: evidence.
FEED_WORDS = (
    "优选", "甄选", "严选", "臻选", "精选", "精品", "精华", "金牌", "王牌", "银牌", "五星", "星级", "优质", "品质",
    "直击", "聚焦", "关注", "速看", "快看", "抢先", "抢先看", "抢鲜", "先知", "早知道", "知道", "一手", "第一手",
    "第一时间", "第一现场", "前线", "热搜", "热榜", "热推", "热议", "榜单", "每周", "每月", "每周精选", "简讯", "微讯",
    "讯", "消息", "新鲜事", "鲜事", "身边事", "大小事", "必读", "推送", "订阅", "合集", "汇总", "汇编", "大全", "一览",
    "导航", "导读", "速览", "早班车", "云端", "口袋", "掌中", "身边", "微视", "微报", "微言", "官方推荐",
    "编辑推荐", "小编推荐", "强烈推荐", "力荐", "好评", "口碑",
    # times of a feed's issue (今晨, 今晚, 本周 …) and its reach (全域, 全城, 全境; 全省/全市 read as 全 + level)
    "今晨", "今早", "今晚", "今夜", "今天", "昨日", "昨天", "本周", "本月", "近日", "早安", "晚安", "早间", "午间",
    "晚间", "夜间", "全域", "全城", "全境", "全天候",
    # authenticity as a marketer says it: look for the genuine one (认准), beware of fakes (谨防假冒)
    "认准", "认准官方", "谨防假冒", "防伪", "辨真伪", "真假",
)
# Predicate phrases: the account speaking to the reader about itself (…在这里, …为您服务, 欢迎您, …上线了): the
# unit's own voice, claimed by whoever writes it. Evidence.
PREDICATE_WORDS = (
    "在这里", "在这儿", "在这", "在此", "在身边", "在您身边", "在你身边", "就在身边", "在线等", "为您服务", "为你服务",
    "为民服务", "竭诚为您服务", "服务您", "欢迎您", "欢迎你", "欢迎", "您好", "你好", "大家好", "来了", "来啦", "来喽",
    "上线了", "上线啦", "上线", "已上线", "正式上线", "开通了", "已开通", "开通", "正式开通", "等你", "等您", "陪你",
    "陪您", "伴你", "与你同行", "与您同行", "和你在一起", "有话说", "提醒您", "提醒你", "温馨提示", "提示", "请关注",
    "报到", "入驻", "已入驻", "向您报告", "告诉你", "告诉您", "帮你", "帮您", "答疑", "解答", "有问必答", "问答",
)
# Channel words: the platforms' names for an account (百家号, 企鹅号, 视频号 …) and the platforms themselves, which
# an impostor adds to say where "the official account" lives. General knowledge of Chinese content platforms.
CHANNEL_WORDS = (
    "官方号", "官方频道", "官方微博", "官方微信", "官方抖音", "官方快手", "政务号", "政务新媒体", "直播号", "抖音",
    "快手", "头条", "西瓜视频", "哔哩哔哩", "b站", "小红书", "百家号", "企鹅号", "大鱼号", "网易号", "搜狐号", "一点号",
    "澎湃号", "人民号", "强国号", "学习强国", "央视频", "小红书号", "b站号", "微博号", "公号", "官微号", "账号", "帐号",
    "总局",  # the head office, like 总号/总站 (``GENERIC_WORDS``)
    # the account an office works through (工作号, 工作群): the unit's own, by its name
    "工作号", "工作账号", "工作帐号", "工作微博", "工作微信", "工作群", "官方工作号", "政务工作号",
)
# The sections every government portal and account publishes under (信息发布, 解读回应, 办事服务, 互动交流 of
# 国办发〔2017〕47号《政府网站发展指引》, and their usual names: 政策解读, 通知公告, 工作动态, 领导信箱 …): the unit's
# own voice. Evidence. (A person who explains them is a 解读员: ``AGENT_SUFFIXES``.)
SECTION_WORDS = (
    "政策解读", "解读", "政策", "政策文件", "政策法规", "法规", "文件", "信息发布", "解读回应", "回应", "办事服务",
    "互动交流", "交流", "权威发布", "新闻发布", "工作动态", "政务动态", "通知公告", "公告公示", "政务信息", "政府信息",
    "数据发布", "政务服务", "在线办事", "意见征集", "民意征集", "征集", "建言献策", "领导信箱", "书记信箱", "局长信箱",
    "市长信箱", "县长信箱", "信箱", "投诉建议", "咨询投诉", "反馈", "答复", "政民互动", "热点回应", "辟谣", "曝光台",
)
# Service posts and windows: where a unit receives the public, on site or on line (工作站, 联络站, 公告栏 …), general
# vocabulary of 政务服务 and 基层治理 (党群服务中心, 新时代文明实践站, 网格). Service words (``SERVICE_WORDS``).
WINDOW_WORDS = (
    "工作站", "联络站", "联络点", "联络处", "服务处", "便民点", "便民站", "便民服务站", "便民服务点", "便民服务中心",
    "政务服务中心", "为民服务中心", "党群服务中心", "新时代文明实践站", "文明实践站", "公告栏", "宣传栏", "公示栏",
    "信息栏", "布告栏", "告示栏", "公告板", "留言板", "意见箱", "服务社", "福利社", "福利群", "福利站", "福利官", "服务群",
    "服务圈", "服务队", "服务团", "志愿服务", "网格", "网格化", "一站式", "一窗通办", "最多跑一次", "跑一次", "专区",
    "服务专区", "办事专区", "便民专区", "咨询台", "咨询处", "咨询点", "问询处", "导办台", "接待室", "接待处", "信访",
)
# Word formation: a one-character place noun after a service or generic word makes the place where that service is
# given (办证 + 处, 缴费 + 点, 公告 + 栏, 投诉 + 台), and so does a desk's team or post (受理 + 组, 审核 + 岗, as a service
# hall's 初审组, 收件岗 are named): the compound is read as one service word.
SERVICE_PLACE_SUFFIXES = frozenset("处站点栏窗厅角室台区屋组岗")
WINDOW_ENDING = "窗口"  # 窗 as the word for a counter is written 窗口 as often: read whole (登记窗口)
# Word formation: an agentive suffix after any word makes a person (解读员, 宣传员, 讲解员, 爱好者, 使用者): the name
# is somebody's, whatever the word before it (专员, 发言人 are persona words, read first). Not an owner word: the
# avatar rules read owners in whole names (星河守望者 is no business).
AGENT_SUFFIXES = ("员", "者")
# Spatial relations: a name that locates something *by* the unit (…局旁边, …对面, …门口) names a business or a
# place near it, not the unit. They rule the match out, like an owner word.
LOCATIVE_WORDS = (
    "旁边", "旁", "对面", "斜对面", "对过", "门口", "门前", "附近", "隔壁", "楼下", "楼上", "周边", "后门", "院内",
    "院里",
)
# Commerce: selling goods or franchises under a unit's name (同款 of a product "as used by" the unit). Owner words.
COMMERCE_WORDS = (
    "同款", "代购", "零售", "加盟", "连锁", "招商", "专柜", "门店", "网店", "微店", "厂家", "工厂", "辅导班", "培训班",
    "补习", "好物",
)
# A person's handle: following or learning from the unit (跟着…学, 跟我…), one's home and oneself with it (我家…,
# 我和…). Owner words: the account is the person's.
HANDLE_WORDS = ("跟着", "跟我", "我家", "我和", "我与", "陪我")
# Column endings: a one-character noun ending the added words that makes the name a record or a diary *about* the
# unit (办事 + 记, 夜巡 + 记, 访谈 + 录), and column words of the same kind. Column words (``COLUMN_WORDS``).
COLUMN_ENDINGS = frozenset("记录")
# Word formation: 宝 after a generic, service or section word names a tool by what it does for the reader (政策宝,
# 办事宝, 社保宝, like 支付宝): one generic word, unless 宝 begins a place (宝鸡, 宝安).
TOOL_SUFFIXES = frozenset("宝")
RECORD_WORDS = ("实录", "纪录", "记录", "散记", "杂记", "侧记", "速记", "见闻录")

# ---- tenth round of #12: claims only an impostor needs to make --------------------------------------------------
# General vocabulary of Chinese official, notice and marketing language and of the posts of government and 基层治理,
# written from general knowledge (none taken from an evaluation part). Sources: ``detectors/data/README.md``.
#
# Authority and genuineness claims: what a copy says of itself to be taken for the real account — licence and
# genuineness (特许, 正统, 如假包换), registration and verification (备案, 实名认证, 持证), the state or the party as the
# claimed owner (党政, 公家, 国字号, 红头), rank (头号, 首席, the one and only), calls to spread a notice (扩散, 速转,
# 周知, 郑重声明) and the same in Latin letters (names are lower-cased and folded first: №1 reads no1). A genuine
# mention, a business or a person has no use for them. Evidence, like 官方/正版/唯一 (``GENERIC_WORDS``). Words that
# end the names of bodies (机关, 党委) are left out: they would make a unit's abbreviation read as generic words.
AUTHORITY_WORDS = (
    # licence and genuineness
    "特许", "特批", "官方特许", "政府特许", "正统", "正品", "纯正", "真正", "真身", "原装", "官办", "官营", "公办",
    "国营", "国有", "直营", "官方直营", "直属", "嫡系", "如假包换", "假一赔十", "货真价实", "童叟无欺",
    # registration and verification
    "备案", "已备案", "官方备案", "政府备案", "备案号", "在册", "已认证", "实名", "实名认证", "官方实名", "持证",
    "持牌", "挂牌", "授牌", "监制", "官方监制", "出品", "官方出品", "主办", "承办", "主管", "审定", "核准", "许可",
    "认可", "官方认可", "白名单", "验证", "已验证", "核实", "已核实", "政府授权", "国家认证", "政府认证", "政府指定",
    # the state and the party as the claimed owner
    "党政", "党政军", "公家", "体制内", "国字号", "中字头", "红头", "红头文件",
    # X字号 (国字号, 省字号): ranked by a place's brand; the place before it is read as a place (桂 + 字号)
    "字号",
    # rank: the first, the only one
    "唯一官方", "唯一指定", "独一", "独家授权", "头号", "首席", "首家", "首选", "榜首", "全网", "全平台", "全渠道",
    "仅此一家", "独此一家", "别无分号",  # the only one: a shop's old boast, a copy's claim to be the one account
    # calls to spread a notice: urgency and reach claimed
    "扩散", "速扩", "紧急扩散", "转发", "请转发", "速转", "急转", "转扩", "互相转告", "转告", "周知", "请周知",
    "广而告之", "紧急通知", "重要通知", "最新通知", "声明", "郑重声明", "严正声明", "特别声明",
    # Latin letters: government, official, verified, genuine, first and only; the pinyin of 官方/政府/政务
    # (at most eight letters: the longest word bounds the reading of every added text, ``MAX_PLACE_LEN``)
    "govt", "govcn", "offical", "verified", "cert", "auth", "genuine", "original", "legit", "only", "sole", "first",
    "no1", "top1", "1st", "cn", "china", "prc", "guanfang", "zhengfu", "zhengwu", "guanwei", "zhengpai",
)
# The unit's own bodies and meeting places: a task force, a working group, a team or a hall of the unit (专班,
# 工作组, 志愿队, 议事厅 …), general vocabulary of government work (工作专班 and 领导小组 of a campaign, the 志愿服务队
# and 宣讲团 a unit forms, the 议事厅/恳谈室 of 基层协商). Added after a unit's name they claim a part of the unit:
# evidence. (A body's own name, 派出所 or 指挥部, is the business of ``detectors.systems``; a member of the public
# is a person, ``AGENT_SUFFIXES``.)
BODY_WORDS = (
    "专班", "工作专班", "专项工作组", "工作组", "专项组", "工作小组", "领导小组", "小组", "专案组", "督导组", "督查组",
    "巡查组", "工作队", "驻村工作队", "志愿队", "志愿服务队", "志愿者服务队", "青年志愿队", "宣传队", "宣讲队",
    "宣讲团", "突击队", "先锋队", "巡逻队", "应急队", "救援队", "党小组", "党支部", "团支部", "议事厅", "议事堂",
    "议事室", "议事会", "议事角", "协商议事厅", "恳谈室", "恳谈会", "协商室", "民情室", "会议室", "调解室",
)
# Role claims: the posts a unit appoints to speak, report or act for it (联络员, 通讯员, 信息员, 宣传员 of a unit's
# 信息报送 and 宣传 networks, 网格员 and 调解员 of 基层治理, 特约监督员, 形象大使), and its staff. Added after a unit's
# name they claim an official role *at the unit*: an unverified account that calls itself 济南公安联络员 speaks as
# the unit's liaison, a suspect to review, not a mention. A person verified in that role (the platform's
# verification names the post or the unit) is that person's own handle (``role_backed``). A member of the public
# (读者, 爱好者, 使用者, 志愿者: any other word on 员/者, ``AGENT_SUFFIXES``, and ``AUDIENCE_WORDS``) is a mention.
ROLE_WORDS = (
    "联络员", "信息联络员", "联络专员", "通讯员", "特约通讯员", "信息员", "信息报送员", "宣传员", "宣传委员", "网评员",
    "网宣员", "发布员", "宣讲员", "观察员", "特约观察员", "监督员", "特约监督员", "督导员", "督查员", "巡查员",
    "协管员", "协查员", "网格员", "专职网格员", "调解员", "人民调解员", "特派员", "指导员", "值班员", "接线员",
    "话务员", "客服员", "管理员", "办事员", "审核员", "专管员", "协理员", "安全员", "辅警", "协警", "联络人",
    "负责人", "对接人", "联系人", "代言人", "形象大使", "宣传大使", "推广大使", "公益大使", "大使", "联络官",
    "新闻官", "信息官", "宣传官", "工作人员", "内部人员",
)
# The audience of a unit or of a medium (读者, 听众, 观众, 用户, 铁粉): a person defined by following the unit. A
# mention, like an agentive person (``AGENT_SUFFIXES``); a fan club (粉丝团, 铁粉群) is the account's own group.
AUDIENCE_WORDS = ("读者", "老读者", "听众", "老听众", "观众", "老观众", "用户", "老用户", "铁粉", "老粉", "真爱粉",
                  "路人粉", "迷弟", "迷妹")
ROLE_STEM_ENDINGS = ("员", "人", "官")  # 联络员 → 联络: the post a verification names (信息联络员, 联络工作)

# ---- eleventh round of #12: claims to act for or as the unit -----------------------------------------------------
# What an impostor adds to pass for the unit's own channel, its agent or another edition of its account; general
# vocabulary of Chinese notices and of the platforms, with the word formation read from jieba's dictionary (its parts
# of speech, ``detectors.jieba_dict``). None taken from an evaluation part. Sources: ``detectors/data/README.md``.
#
# Notices: the words a notice opens with to call the reader's attention (注意, 警惕, 敬告 …), stacked in front of a
# name as a notice's heading is ("注意！提醒：…"): the unit's own voice warning its public. Evidence.
NOTICE_WORDS = (
    "注意", "请注意", "特别注意", "注意啦", "注意了", "警惕", "请警惕", "提高警惕", "警示", "警告", "敬告", "告知",
    "须知", "当心", "小心", "留意", "请留意", "提个醒", "友情提醒", "友情提示", "特别提醒", "重要提醒", "最新提醒",
    "风险提示", "安全提示", "预警", "通告", "告示", "急看", "速看", "看过来", "请看",
)
# The platforms as their users write them in Latin letters and the evasions of their names (vx and v信 for 微信,
# written so that a platform's filter does not read the word): where "the official account" is said to be. Evidence,
# like the platforms' own names (``CHANNEL_WORDS``).
PLATFORM_SPELLINGS = (
    "vx", "wx", "v信", "vx号", "wx号", "weixin", "wechat", "weibo", "douyin", "tiktok", "kuaishou", "toutiao",
    "bilibili", "xhs", "gzh",
)
# Devices and media an account is offered on (手机, 电脑, 网页, PC …). Alone they are no evidence either way (a shop
# selling phones names itself by an owner word); followed by an edition ending (``VERSION_SUFFIXES``) they make an
# edition of the account (手机版, 电脑端, PC版): evidence.
DEVICE_WORDS = ("手机", "电脑", "平板", "网页", "桌面", "pc", "web", "wap", "h5", "电视", "车载", "手表")
# Word formation: 版 (edition) or 端 (the end a service is used from) after a device word or a word of the generic
# class (官方版, 最新版, 手机版, 移动端, app端) claims an edition of the unit's own account: one generic word.
VERSION_SUFFIXES = frozenset("版端")
# Word formation: a one-character adjective or distinguishing word (jieba's parts of speech ``a`` and ``b``: 老, 新,
# 旧, 大, 主, 副, 总 …) before a word for the account (号, 账号, 帐号) says *which* account of the unit this one is
# (老号, 旧账号, 主号): a claim to be the unit's account under another name, like 新号 and 小号. One generic word.
ACCOUNT_NOUNS = ("账号", "帐号", "号")
ACCOUNT_MODIFIER_TAGS = ("a", "b")
# A one-character word that makes jieba's adverbs of "originally, formerly" (原先, 原来, 早先, 从来: two of these
# endings with the part of speech ``FORMER_TAGS``) names the account the unit had before (原号, 原账号, 从号) as 旧 does,
# whatever the part of speech of the character alone (jieba tags 原 a noun).
FORMER_ENDINGS = "先本来"
FORMER_TAGS = ("d", "t")
FORMER_MIN_ENDINGS = 2
# A name decoration (``detectors.names.DEFAULT_DECORATIONS``, ``detect.name_decorations``) is taken off a name before
# its added words are read; one that is a word for the account (ends with 号: 账号, 公众号, 订阅号; or with the
# platform's 微/博: 微博, 官微, 官博) still completes the claim of the modifier it followed (…旧账号, …老微博).
ACCOUNT_DECORATION_ENDINGS = ("号", "微", "博")
# Agency: acting on the unit's behalf (代理, 代办, 经办 — jieba's words for it) and the claims of that relationship
# (总代理, 授权代理). Right after the unit's name, or after words of the generic class, they claim to act *for* the
# unit (…代理, …总台代办员): evidence. After words of their own they name what a trade handles for its clients, as
# jieba's dictionary lists the trades (人事代理, 税务代理, 工商代理, 企业代办): an owner's words, the name is a
# business's. Followed by an agentive or outlet ending (``AGENCY_ENDINGS``: 代办员, 代理人, 代理点) they make the
# agent or its outlet; by a trade's ending (``AGENCY_TRADE_ENDINGS``: 代理商, 代理行, 代理费) a business.
AGENCY_WORDS = (
    "代理", "代办", "经办", "总代理", "官方代理", "授权代理", "指定代理", "特约代理", "全权代理", "独家代理",
    "官方代办", "指定代办",
)
AGENCY_HEADS = ("代理", "代办", "经办")  # the agency words proper, which a trade's name ends with (税务代理, 邮政代办)
AGENCY_ENDINGS = frozenset("员人处点所")
AGENCY_TRADE_ENDINGS = frozenset("商行费")

# ---- thirteenth round of #12: a case's intake and payout, version tags, a place's own brand ---------------------
# General vocabulary of 政务服务 (the steps a case goes through at a service hall, 收件 → 初审 → 复核 → 核发 …, and the
# payout of a benefit, 代领, 兑付, 补发), written from general knowledge (none taken from an evaluation part). An
# impostor names its fake desk after one (…初审组, …代领点, …收件处: with ``SERVICE_PLACE_SUFFIXES``): service words.
INTAKE_WORDS = (
    "收件", "接件", "收案", "收文", "初审", "复审", "预审", "终审", "会审", "复核", "核定", "核发", "补发", "换发", "签发",
    "代领", "补领", "领款", "领证", "取证", "发证", "制证", "结算", "报销", "返还", "退还", "赔付", "回复", "接待",
    "签收", "转办", "交办", "督办", "承办", "分办", "立案", "结案", "兑领",
)
# A version or copy tag ending the added words after the name (…002, …v2, …_1, …ii: a copy numbered like a release;
# names are folded to lower case and lose their punctuation first, so _1 and -1 reach here as 1): one to three digits
# after an optional v / ver / no / 第, or a Roman numeral up to 12 written in Latin letters (Ⅱ folds to ii). Plus, Pro
# and the like are generic words already. Only at the very end, and only after the name: a number before it or in
# the middle is another name (12345广西).
VERSION_TAG = re.compile(r"(?:v|ver|version|no|第)?\d{1,3}|x{0,1}(?:i{1,3}|iv|vi{0,3}|ix|x)")
# A place of the target's (its own name, a region or a nickname covering it: 八桂, 壮乡 for 广西) followed by one of
# these makes the place's own channel or brand: …八桂行 (a tour of the place, not a firm: 行 is otherwise an owner
# word), …八桂通, …壮乡号, …桂讯. One generic word.
PLACE_BRAND_ENDINGS = frozenset("行通号讯")

# ---- fourteenth round of #12: what an added phrase does, read by its word formation ----------------------------
# The families of the last rounds' added words (desks, claims about the account, a place's own brands) are read here
# by how their words are formed, from jieba's dictionary and its tagger, not listed: general knowledge of Chinese word
# formation, none taken from an evaluation part. Sources: ``detectors/data/README.md``.
#
# Desks named by what is done there: a verb of jieba's dictionary (two characters, ``ACT_TAGS``: 认领, 补录, 签到) or
# a one-character verb and a one-character noun (领 + 卡, 交 + 费: a verb-object phrase) before a desk ending names the
# desk where the unit does that (认领处, 补录处, 签到处, 领卡处): a service word, like the service words before
# ``SERVICE_PLACE_SUFFIXES``. A word of a class keeps its class (维修点 is a repair shop's, 打卡点 a column's).
DESK_ENDINGS = (WINDOW_ENDING, "处", "点", "组", "台", "间", "岗", "窗")
# The account speaking of itself: a verb right after the name closed by an aspect particle (…搬家了, …换号了, …改名啦,
# …回来了: jieba's tagger reads the verb, ``_tagged``) has the unit as its subject and tells of its account — the
# claim of a moved or renewed account. Evidence, like 上线了 and 来了 (``PREDICATE_WORDS``).
ASPECT_PARTICLES = frozenset("了啦喽咯")
MAX_PREDICATE = 3  # characters of the verb phrase before the particle (搬家, 换号, 换新号)
# Pointing at the account itself: a verb and a demonstrative after the name (认这个, 关注这里, 加这个): the account asks
# the reader to take this one for the unit. Evidence.
DEMONSTRATIVES = ("这个", "这里", "这儿", "这边", "这号", "此号", "本号")
_DEMONSTRATIVE_HEADS = frozenset(d[0] for d in DEMONSTRATIVES)
# Service brands: the provinces name their one-stop service apps by a few characters and 通 or 办 (浙里办, 渝快办,
# 赣服通, 皖事通, 闽政通, 黔通办), and cities and counties theirs the same way after a regional word or a slogan of
# the place (…爽爽办, …夜郎通, …山地通). One to three characters and a brand ending that end the words added after the
# name, make no dictionary word with it (交通, 普通, 举办, 承办 are words) and hold no word of a mention class: a
# service brand, one generic word.
BRAND_ENDINGS = frozenset("通办")
MAX_BRAND_STEM = 3
# A place of the target's and 货 (黔货, 川货, 鲁货: the place's goods, as the provinces' campaigns for their products
# name them, 黔货出山) make the place's own product brand, and a shop ending after it (黔货铺, 粤货馆) its product
# shop as the consumption-assistance halls of governments are named (消费帮扶馆): one generic word, not an owner's.
PLACE_GOODS = "货"
GOODS_SHOP_ENDINGS = frozenset("铺店馆仓")
# Live sales: 带货 (selling on a live stream), what units, officials and county heads do for their place's products
# (直播带货, 助农直播): the unit's own channel, a service word like 直播间.
SALES_WORDS = ("带货", "直播带货", "带货直播", "助农直播", "带货间", "带货直播间")

# ---- twelfth round of #12: who speaks in the added words ---------------------------------------------------------
# A verb beside the registered name says who acts: the name before a verb is its subject, the name after a verb its
# object. General vocabulary of Chinese verbs of speaking and of reading, written from general knowledge (none taken
# from an evaluation part); the segmenting and the urging adverbs are jieba's (``_tagged``, ``_urging``).
#
# Speaking: a verb of speaking right after the name has the unit as its subject (…谈发展, …讲政策, …聊民生, …答疑): the
# account speaks as the unit, its programme in its own voice — evidence, like 发布/播报/发声 (``GENERIC_WORDS``). Before
# the name, with a speaker before it, the same verbs are somebody's commentary (老张说…, ``COMMENTARY_VERBS``).
SPEAKING_VERBS = frozenset("说讲谈聊话评侃答")
# Reading: the verbs of a reader, a viewer or a follower — reading, watching, listening, scrolling a feed, following
# its updates, learning from it (读, 看, 听, 刷, 追, 学 …). Right before the name they make the unit their object
# (小李读…, 每晚刷…, 跟读…): the account is the reader's, about the unit — a mention, like an owner's words. Not when
# an adverb urges the reader to do it (必看, 快来看, 速读: the account's own call, ``_urging``) or when the verb ends a
# longer word of a class (快看, 速看, 请看 of ``FEED_WORDS``/``NOTICE_WORDS``: evidence).
READER_VERBS = (
    "读", "看", "听", "刷", "追", "学", "阅", "逛", "瞧", "瞅", "盯", "蹲", "翻", "品", "粉",
    "阅读", "细读", "精读", "品读", "研读", "跟读", "共读", "伴读", "收看", "观看", "围观", "收听", "浏览", "刷刷",
    "追更", "追看", "学习", "跟学", "爱看", "爱听", "爱读", "常看", "常读", "在看", "在读", "在听", "在刷",
    # forwarding what the unit posts (每天转…, 搬运…): a reader passing it on (转发 is a generic word of the feed)
    "转", "搬运",
)

# ---- twentieth round of #12: the folks' voice, the bait, the hall's windows, a person's experience --------------
# General vocabulary of Chinese forms of address, of the subsidy and payment frauds that copy government accounts,
# of service halls and of trades, written from general knowledge (none taken from an evaluation part). Sources:
# ``detectors/data/README.md``.
#
# The folks' voice: the speaker's home place (老家, 家乡, 故乡) and the men and women of a village addressed as a whole
# (老少爷们 of the Central Plains, 乡党 of Shaanxi, 老少爷儿们), and the first person plural of the north and the
# centre that takes the reader in (咱, 俺, 咱们, 俺们) with the place it calls its own (咱村, 俺县, 咱老家). Read like
# ``PEOPLE_WORDS``: no owner, no evidence, no penalty (老 of 老家 begins no person's name).
HOMETOWN_WORDS = (
    "老家", "家乡", "故乡", "故土", "乡土", "桑梓", "老家人", "家乡人", "老乡亲", "乡党", "乡党们", "老少爷们",
    "老少爷们儿", "老少爷儿们", "爷们", "爷们儿", "老少", "男女老少", "乡里人", "本地人", "家里人",
)
# The first person plural (jieba's pronouns 咱, 俺, 咱们, 俺们) and what it calls its own (咱村, 俺们县, 咱老家): the
# folks' voice above, formed by a pronoun and, optionally, a place noun or a hometown word.
# (and the same pronoun in the dialects: 额们 of the north-west — Shaanxi, Shanxi, Gansu, Ningxia —, Cantonese 我哋, the
# internet's 偶们: twenty-second round)
FOLK_PRONOUNS = ("咱们", "俺们", "额们", "我哋", "偶们", "咱", "俺")
FOLK_PLACE_NOUNS = ("村", "乡", "镇", "县", "市", "城", "屯", "寨", "庄", "这疙瘩", "这旮旯", "这儿", "这里", "这边")
# The speaker telling the reader (twenty-sixth round): a first-person pronoun, a preposition of the addressee, the
# reader and a verb of speaking — 我跟你讲, 额给你说 (额 is the north-west's 我), 俺给恁说 (恁 the Central Plains' 你), 咱跟
# 大家唠 (唠, 谝: the north-east's and Shaanxi's "chat"). The idiom is a turn of speech that puts the speaker beside the
# reader, no owner's name: read like the folks' voice (no owner, no evidence, no penalty), not as a speaker's column
# (老张说…: a named speaker stays a commentary, ``COMMENTARY_VERBS``). Built from the parts, general grammar of Chinese
# and of its northern dialects (jieba's pronouns; 额, 恁, 唠, 谝 as the dialect dictionaries give them), none taken from
# an evaluation part.
# Epithets of extent written before a place or a region (twenty-sixth round): 八百里秦川, 八百里洞庭, 千里沂蒙 — the
# customary praise of a plain, a lake or a mountain land by its size, general Chinese usage. With the target's own
# place or a region of its own after it the epithet is part of that place (``_epithet_place_at``), no unknown words.
PLACE_EPITHETS = ("八百里", "千里", "万里")
# Natural features named like a division (twenty-eighth round): a mountain, a range, a lake or a river whose name
# begins with a division's name (长白山 of 长白县, 五指山's namesake city aside: a division's own name is a division)
# is read whole as a thing of no class (unknown words), not as that division: beside a unit of another county the
# mountain ruled the match out as "another place" (长白山 + 抚松…). From jieba's dictionary (MIT: the ``ns`` words of
# 3–6 characters ending in a feature character, frequency 3 or more, as ``content_typo.landmark_names`` reads them),
# ``named_features``; none taken from an evaluation part.
NATURAL_FEATURES = frozenset("山岭峰湖江河峡潭泉池岛")
# The old part of a place (thirty-ninth round): 老 before a one-character noun of a settlement or of a town's built
# places — 老城, 老街, 老巷, 老镇, 老村, 老宅, 老屋, 老楼, 老桥, 老井, 老港, 老站 — is the adjective "old" (the old town, the
# old street: what a city's nostalgia column or a local account is called, 老城烟火, 老街记忆), not a person prefix
# (老张). The settlements are ``FOLK_PLACE_NOUNS`` of one character; the built places are general Chinese vocabulary
# (none taken from an evaluation part). Read as the natural features are (``_old_place_after``): not where the noun
# begins a longer word with what follows it (老村 + 长: 村长, 老村长 is a person; 老街 + 坊: 街坊, the neighbours).
OLD_PLACE_NOUNS = frozenset(w for w in FOLK_PLACE_NOUNS if len(w) == 1) | frozenset("街巷弄坊区宅屋院楼桥井港站渡埠")
FEATURE_MIN = 3
FEATURE_MAX = 6
FEATURE_MIN_FREQ = 3
# The people a call is addressed to (twenty-sixth round): a word for persons on 员/者 (``AGENT_SUFFIXES``: 党员, 公务员,
# 退休人员, 参保者) right before what they are told to do — scan, activate, report, register, claim, look (党员扫码报到,
# 退休人员速领, 参保者注意) — is the audience of a notice, the way a notice on a board is headed, not the person who
# owns the account (宣传员小王 is). The calls are general vocabulary of notices and of 政务服务 (``ADDRESSEE_CALLS``,
# optionally urged: ``ADDRESSEE_URGING``); evidence like ``NOTICE_WORDS``. None taken from an evaluation part.
ADDRESSEE_CALLS = ("扫码", "扫一扫", "激活", "认证", "报到", "登记", "领取", "申领", "认领", "注册", "报名", "签到", "填报",
                   "核验", "确认", "年审", "注意", "留意", "必看", "速看", "快看", "看过来", "集合", "速领", "速办",
                   "进群", "入群", "点击", "点这里", "戳这里")
ADDRESSEE_URGING = ("请", "速", "快", "赶紧", "赶快", "马上", "立即", "尽快", "务必", "须", "必须", "注意")
TELLING_SPEAKERS = (*FOLK_PRONOUNS, "我们", "我", "额", "偶", "吾", "阿拉", "伲")
TELLING_PREPOSITIONS = ("给", "跟", "和", "对", "同", "与")
TELLING_ADDRESSEES = ("你们", "您们", "大家", "各位", "大伙", "大伙儿", "你", "您", "恁", "伱", "乃")
TELLING_VERBS = ("说说", "讲讲", "聊聊", "唠唠", "谝谝", "说", "讲", "聊", "唠", "谝", "道", "念叨", "叨叨", "唠叨", "汇报")
# Bait: what the subsidy and payment frauds that copy a government account promise the reader — money paid out to
# them (补贴, 补助, 津贴, 红包 …) and its being paid straight to them (直领, 到账, 到卡, 秒到 …). A payout verb of that
# kind, or a payout noun with a verb of claiming or paying (补贴领取, 补助发放), is bait: a service word and a claim
# (``Added.claims``): no shop, person or medium pays a unit's money out, so the trade's words beside it
# (…小吃铺补贴直领) are the disguise. A payout noun alone stays a service word (``SERVICE_WORDS``).
# The recipients of a benefit (twenty-eighth round): a word for persons on 员/者 (``AGENT_SUFFIXES``) right before a
# payout noun names the benefit by those it is paid to — 生产者补贴 (the 玉米/大豆/稻谷 producer subsidies of the
# 农业农村部 and 财政部 programmes), 参保人员补助, 驾驶员补贴 — a service word of the unit, like the payout noun alone,
# not the person who owns the account (宣传员小王 still is): ``_payout_noun_at``. General vocabulary of agricultural and
# social-security benefits, none taken from an evaluation part.
PAYOUT_NOUNS = ("补贴", "补助", "津贴", "补偿", "补偿款", "补贴款", "补助金", "补贴金", "救助金", "抚恤金", "红包",
                "奖励金", "慰问金", "退税", "退费", "退款", "返现", "补发款", "养老金", "失业金", "生育金", "奖补", "奖补资金")
PAYOUT_VERBS = ("直领", "速领", "秒领", "快领", "免费领", "直接领", "直发", "速发", "秒发", "到账", "秒到账", "秒到",
                "到卡", "直达卡", "打卡到")
CLAIMING_VERBS = ("领取", "申领", "代领", "兑付", "兑现", "发放", "补发", "领", "发")
# A service hall's windows and seats (窗, 窗口, 专窗, 专席, 坐席): only a service hall receives the public at a window,
# no shop names itself so, so even a trade's word before one makes a desk of the unit (代缴 + 窗, 代开 + 窗口).
HALL_ENDINGS = ("窗口", "专窗", "专席", "坐席", "窗")
# Trades of lodging and catering, the businesses of a tourist place that name themselves after it (鄢陵民宿, …客栈,
# …农家乐): owner words, like 店, 馆, 餐 (``OWNER_WORDS``).
LODGING_WORDS = ("民宿", "客栈", "宾馆", "旅馆", "旅舍", "青旅", "农家乐", "农家院", "山庄", "度假村", "庄园", "会所",
                 "公寓", "酒店", "饭庄", "小吃", "茶楼", "茶社", "茶庄", "烧烤", "火锅", "排档", "大排档")
# A person's experience: a verb and the experiential aspect particle 过 right before the name (打过…, 去过…, 办过…)
# make the unit its object in the past — somebody telling what they did with it, a mention like a reader's verb
# (``reader_act``). The verb is jieba's (``_tagged``); not when it ends a longer word of a class (认证过 is no claim
# either way and stays unknown).
EXPERIENTIAL = "过"
# Fans: a noun and 迷 (戏迷, 球迷, 考古迷) name a person by what they love, as 者/员 do by what they do
# (``AGENT_SUFFIXES``).
FAN_SUFFIXES = ("迷",)

# ---- twenty-first round of #12: a shop named after a unit, waivers as bait, the village's loudspeaker ------------
# General vocabulary of Chinese forms of address, of the fine-and-fee frauds that copy government accounts and of
# village broadcasting, written from general knowledge (none taken from an evaluation part). Sources:
# ``detectors/data/README.md``.
#
# The words of the owner classes (``OWNER_WORDS``, ``HANDLE_WORDS``) that name a person's handle or a medium's title
# rather than a business by its trade or premises: a person (老张, 张姐, 律师, 博主), what a person does with the unit
# (聊, 看, 日记, 种草) and a medium (日报, 电视, 传媒). The rest — a shop, a firm, a trade, its goods (店, 铺, 公司, 家政,
# 同款, 民宿) — are a business's words (``trade_words_only``): a business that names itself after a unit has an
# identity of its own to show for it (a company's verification, a description of its trade), which a shop sign
# hung on a unit's name by an impostor lacks (``detectors.impostor._unbacked_shop``).
HANDLE_OWNER_WORDS = frozenset((
    "律师", "医生", "老师", "博主", "达人", "主播", "粉丝", "爱好者", "观察", "日记", "故事", "生活", "吃喝", "美食",
    "探店", "老", "阿", *KIN_WORDS, "聊", "说", "看", "侃", "谈", "评", "报社", "日报", "晚报", "时报", "电视", "广播",
    "传媒", "杂志", "会", "种草", "安利", "开箱", "vlog", "碎碎念", "搬运工", "课代表", *HANDLE_WORDS,
))
# Waivers: what the fine-and-fee frauds promise — a fine, a penalty point or a late fee written off (罚单减免, 违章消分,
# 滞纳金免除). A fee noun with a waiver verb is bait, like a payout noun with its verb (``PAYOUT_NOUNS``): no shop,
# person or medium writes a unit's fines off. The waiver verbs alone (减免, 免罚) are service words: what a unit
# announces of its own fees.
FEE_NOUNS = ("罚单", "罚款", "罚金", "违章", "违法", "扣分", "滞纳金", "欠费", "欠款", "税费", "费用", "学费", "利息",
             "逾期费", "违约金", "记分")
WAIVER_VERBS = ("减免", "全免", "免除", "豁免", "消除", "清零", "撤销", "核销", "消分", "销分", "免罚", "免扣分")
WAIVER_SERVICE_WORDS = ("减免", "免罚", "消分", "销分", "免扣分")
# The village's loudspeaker: a village, a township or a hamlet (``FOLK_PLACE_NOUNS`` of one character, and the
# village's head or gate: 村头, 村口) before a word for a broadcast (广播, 喇叭, 广播站) is the village committee's own
# channel — what an impostor borrows to sound like the unit's voice at home, not a medium's title (广播 alone is a
# radio's word, ``OWNER_WORDS``). One generic word.
VILLAGE_HEADS = ("村头", "村口", "村里", "村", "乡", "镇", "庄", "屯", "寨", "社区")

# ---- twenty-second round of #12: a place's product in a shop's name, 老 of a thing, the folks' dialect -----------
# General knowledge of Chinese word formation and of the dialects' forms of address, read with jieba's dictionary;
# none taken from an evaluation part. Sources: ``detectors/data/README.md``.
#
# A local product named after its place (金华 + 火腿, 德州 + 扒鸡, 兰州 + 拉面) and the shop that sells it (…火腿铺,
# …牛肉店, …拉面馆): a place name, a noun of jieba's dictionary right after it (one character tagged ``n``, or two
# characters of ``THING_TAGS`` seen at least ``MIN_THING_FREQ`` times) and a trade's word after that (an owner word
# that names no person or medium: ``HANDLE_OWNER_WORDS``). The place is the product's, not another place the name
# points at: the place and the noun are one word of the business (``_place_goods_at``), and the registered name
# beside them is read with a shop's words, which ``detectors.impostor`` weighs against the account's profile. A
# registered name that *ends* with its place (a reordered 发布金华) and runs on into such a product (…金华 + 火腿铺) has
# lent its place to the product: no match (``place_goods_across``).
#
# 老 and 阿 begin a person's name (老张, 阿峰), but not where they begin a longer word of the dictionary that names
# no person (老豆腐, 老字号, 老房子: three characters or more, not tagged as a person's name, ``PERSON_NAME_TAGS``, and
# not ending in a kin word or a word of a person's role): the word is a thing (``_thing_word_at``).
PERSON_NAME_TAGS = ("nr", "nrt", "nrfg")
MIN_THING_WORD = 3
#
# The folks' voice, more of it: demonyms by a nickname of the people of a province (老西儿 of Shanxi, 老陕 of
# Shaanxi, 老广 of Guangdong) and the crowd of the folks addressed (众乡亲, 众街坊): read like ``PEOPLE_WORDS``.
FOLK_NAMES = ("老西儿", "老陕", "老广", "众乡亲", "众乡亲们", "众乡邻", "众街坊", "众亲友", "众老乡")
# Deadlines: what a notice of a payout or a procedure warns of (截止, 倒计时, 逾期作废, 过期作废, 最后一天) — the urgency
# of an official notice claimed, as the payout frauds write it in brackets before the name. Evidence, like
# ``NOTICE_WORDS``.
DEADLINE_WORDS = ("截止", "即将截止", "今日截止", "倒计时", "逾期", "过期", "到期", "作废", "限时", "最后一天", "最后期限",
                  "最后机会", "名额有限", "抓紧办理", "尽快办理")
# …and a deadline with what follows it (``DEADLINE_STEMS`` × ``DEADLINE_ENDINGS``: 过期无效, 到期作废, 报名截止在即).
DEADLINE_STEMS = ("截止", "逾期", "过期", "到期", "申报截止", "领取截止", "报名截止")
DEADLINE_ENDINGS = ("倒计时", "作废", "无效", "失效", "清零", "在即")
# Calls to pass a notice on to one's family (转给爸妈, 转发给父母, 告诉家里老人): a call to spread, like 扩散, 转告
# (``AUTHORITY_WORDS``): a forwarding verb (``FORWARD_VERBS``) and a word for the family (``FAMILY_WORDS``) make one
# generic word.
FORWARD_VERBS = ("转给", "转发给", "快转给", "发给", "告诉", "转告")
FAMILY_WORDS = ("爹娘", "爸妈", "父母", "家人", "老人", "家里老人", "长辈", "亲友", "亲戚", "爷爷奶奶", "孩子", "家里人")
# The claim that every other account is false (其余均假, 他号皆假): the claim to be the one account, like
# 唯一官方 and 别无分号 (``AUTHORITY_WORDS``): a word for the others and a word for false.
OTHERS_WORDS = ("余号", "其余", "他号", "别号", "其他", "余者", "余")
FALSE_WORDS = ("皆假", "均假", "都是假的", "均为假冒", "皆为假冒", "是假的")
BROADCAST_WORDS = ("大喇叭", "小喇叭", "广播站", "广播室", "喇叭", "广播")
# The people of a place as a whole (燕赵儿女, 中华儿女: sons and daughters; 街坊四邻: the neighbours; 村里人, 城里人: the
# folks of a village, of the town): read like ``PEOPLE_WORDS``. ``FOLKS_ENDING`` after a village head or a hometown
# word of one character (村里人, 庄里人, 屯里人, 城里人) makes the folks of that place.
PEOPLE_MORE_WORDS = ("儿女", "中华儿女", "华夏儿女", "四邻", "街坊四邻", "左邻右舍", "邻里乡亲", "父老乡亲们", "老少乡亲")
FOLKS_ENDING = "里人"
FOLKS_HEADS = frozenset("村庄屯寨乡镇城")

# ---- thirty-ninth round of #12: the state's housing, inside allotments and passes, the state's fairs -------------
# General vocabulary of China's housing security, of the allotment and pass frauds that copy a government account and
# of the state-level fairs and games, written from general knowledge (the 住房和城乡建设部's categories of 保障性住房,
# the fairs the State Council approves), none taken from an evaluation part. Sources: ``detectors/data/README.md``.
#
# The housing the state allocates (公租房, 保障性租赁住房, 共有产权房, 人才公寓 …): a programme the unit runs, a
# service word — 人才公寓 is no lodging business (``LODGING_WORDS``' 公寓), the longer word is read first.
PUBLIC_HOUSING_WORDS = ("公租房", "公共租赁住房", "廉租房", "廉租住房", "经适房", "经济适用房", "共有产权房", "共有产权住房",
                        "保障房", "保障性住房", "保障性租赁住房", "保租房", "人才公寓", "人才房", "人才住房", "人才安居房",
                        "安置房", "拆迁安置房", "回迁房", "棚改房", "限价房", "限价商品房", "定向安置房")
# Inside allotments: what the housing, quota and school-place frauds promise — an allotment the public cannot have
# by the ordinary channel, claimed from inside (内部房源, 特批名额, 内部指标). A head of inside access
# (``ALLOTMENT_HEADS``) with an allotment noun (``ALLOTMENT_NOUNS``) is bait, like a payout (``PAYOUT_VERBS``): no
# shop, person or medium hands a unit's allotments out, so a trade's word beside it is the disguise.
ALLOTMENT_HEADS = ("内部", "特批", "内定", "内供", "内购", "内招")
ALLOTMENT_NOUNS = ("房源", "名额", "指标", "号源", "学位", "车位", "床位", "编制", "岗位", "渠道", "价", "房", "票")
# Passes: what a unit or an event's organiser issues to be let in (入场证, 参会证, 通行证) — claimed by a name that
# adds it, the way a payout is: bait (a ticket's seller writes 门票, left out).
PASS_WORDS = ("入场证", "入场券", "参会证", "参展证", "观展证", "通行证", "出入证", "采访证", "工作证")
# The state-level fairs and games (进博会: 中国国际进口博览会; 广交会, 服贸会, 消博会 …; 全运会, 亚运会) and the
# words they abbreviate (博览会, 交易会, 洽谈会, 运动会): an event, a generic word — not an association's 会
# (``HANDLE_OWNER_WORDS``).
EVENT_WORDS = ("博览会", "交易会", "洽谈会", "运动会", "展销会", "展览会", "进口博览会", "进博会", "广交会", "服贸会",
               "消博会", "高交会", "东博会", "西博会", "链博会", "数贸会", "文博会", "农交会", "投洽会", "厦洽会",
               "哈洽会", "津洽会", "西洽会", "华交会", "工博会", "智博会", "旅博会", "世博会", "冬奥会", "奥运会",
               "亚运会", "大运会", "全运会", "残运会", "民运会", "军运会", "少数民族运动会", "糖酒会")

# Calls to the reader read by their form rather than word by word (since the twenty-third round). A notice's heading
# calls on its reader in a few fixed shapes of Chinese grammar, whatever the words filled in:
# - forwarding to somebody: a forwarding verb, urged or not (转给, 快转给, 分享给, 转告: ``FORWARD_HEADS`` +
#   ``FORWARD_VERBS``), and the people it goes to, one or more (joined by 和, 与, 跟, 及, 、) of the family
#   (``FAMILY_WORDS``), the people of a place (``PEOPLE_WORDS``) or a kinship term made of the kinship morphemes of
#   Chinese (``KIN_MORPHEMES``: 爸, 妈, 爷, 奶, 姥 …) as they combine: one after 老 or 阿 (老爸, 阿姨), one doubled
#   (爸爸, 姥姥), two in a row (爸妈, 爹娘) — 转给老爸老妈, 发给爷爷奶奶, 转告邻居和亲戚;
# - a one-character verb of jieba's dictionary (tag v) doubled around 一 (瞧一瞧, 看一看, 查一查: the tentative
#   V一V of Chinese grammar, the hawker's and the notice's softened imperative "come and have a look"; a reader's
#   verb so doubled before the name is this call, not the reader's act, ``reader_act``). Plain doubling (看看, 刷刷)
#   is left as it was: a reader says it of himself as often;
# - a deadline counted down (``COUNTDOWN_HEADS`` + a numeral + ``TIME_UNITS``: 最后三天, 仅剩2天, 还剩12小时), the
#   urgency ``DEADLINE_WORDS`` lists in fixed words (最后一天).
# Generic evidence, like ``NOTICE_WORDS``: ``_reader_call_at``. General grammar and vocabulary of Chinese, not taken
# from any evaluation set.
FORWARD_HEADS = ("", "快", "速", "请", "赶紧", "赶快", "马上", "一定要")
FORWARD_MORE_VERBS = ("分享给", "转发给", "转给", "发给", "转告", "告诉", "推荐给", "扩散给")
KIN_MORPHEMES = frozenset("爸妈爹娘爷奶姥公婆哥姐弟妹叔姨舅姑婶伯嫂")
KIN_HEADS = frozenset("老阿")
RECIPIENT_JOINERS = ("和", "与", "跟", "及", "、", "还有")
RECIPIENT_PLURAL = "们"
COUNTDOWN_HEADS = ("最后", "仅剩", "还剩", "只剩", "剩余", "仅有", "只有", "倒数")
TIME_UNITS = ("个工作日", "个小时", "小时", "分钟", "天", "日", "周", "晚", "夜")
TENTATIVE_INFIX = "一"

UNKNOWN_PENALTY = 0.06
# What an unknown added word means. A word of no class above is no evidence either way: it is neither a word an
# impostor is known to add nor one that says whose the name is. Each of its characters costs ``UNKNOWN_PENALTY`` (a
# long unexplained text makes the registered name a smaller part of the account's name), but unknown words alone
# never veto a match: when the registered name (or its reordering, or its unit's name) is there whole, with no
# character changed, or with look-alike characters but beside words of an evidence class (generic, service, a role:
# the disguise and the claim together; without such a word a look-alike among unknown words is another name), the
# score stays at the lower edge of the "suspicious, review needed" band (the default of
# ``detect.impostor_min_score``) and the reasons say so. Only the mention classes (an owner, a column, another place,
# a spatial relation, a possessive 的, an idiom, a person) rule a match out. An account verified as another body still
# needs a near-certain name (``detectors.impostor.ORG_MIN_NAME_SCORE``), which unknown words never reach.
UNKNOWN_FLOOR = 0.60
MAX_PLACE_LEN = 8  # 内蒙古, 黔东南苗族侗族: place names are looked for up to this length


@dataclass
class Added:
    text: str
    generic: list[str] = field(default_factory=list)
    own_places: list[str] = field(default_factory=list)
    other_places: list[str] = field(default_factory=list)
    owner: list[str] = field(default_factory=list)
    unknown: str = ""
    service: list[str] = field(default_factory=list)  # service and transaction words (``SERVICE_WORDS``)
    regions: list[str] = field(default_factory=list)  # macro-regions covering the target (华东, 苏北: ``regions``)
    columns: list[str] = field(default_factory=list)  # a column's or a post's words (``COLUMN_WORDS``)
    people: list[str] = field(default_factory=list)  # the people of a place addressed (``PEOPLE_WORDS``)
    locatives: list[str] = field(default_factory=list)  # something located by the unit (``LOCATIVE_WORDS``)
    persons: list[str] = field(default_factory=list)  # a person by an agentive suffix (``AGENT_SUFFIXES``)
    roles: list[str] = field(default_factory=list)  # an official role at the unit claimed (``ROLE_WORDS``)
    agents: list[str] = field(default_factory=list)  # acting for the unit claimed (``AGENCY_WORDS``)
    # what only the unit's own account says of itself: which account this is (旧号, 此号), the desk where it serves
    # (领款点, 认领处), its account speaking (搬家了): ``_account_claim_at``, ``_desk_at``, ``_self_claim_at``
    claims: list[str] = field(default_factory=list)
    # own places or regions written with one look-alike or same-sound character (京津机 for 京津冀: ``_respelt_place_at``),
    # as "written（meant）"; each is in ``own_places`` or ``regions`` too
    respelt: list[str] = field(default_factory=list)
    # another place followed by words of no class on the same side of the name (章丘 + 大葱): a product or a slogan
    # named after that place (``_place_thing_at``), not the account's place; its characters are in ``unknown`` too
    things: list[str] = field(default_factory=list)
    # a mountain, lake or river named like a division (长白山: ``_named_feature_at``), not that division; its
    # characters are in ``unknown`` too
    features: list[str] = field(default_factory=list)

    @property
    def rules_out(self) -> bool:
        return bool(self.owner or self.other_places or self.columns or self.locatives or self.persons)

    @property
    def evidence(self) -> bool:
        """Whether any added word is of an evidence class (generic, service, a claimed role or agency)."""
        return bool(self.generic or self.service or self.roles or self.agents)


# The classes of added words, in the order ``_vocabulary`` reads them (a later class wins a word listed twice).
EVIDENCE_CLASSES = {"generic": GENERIC_WORDS + PERSONA_WORDS + FEED_WORDS + PREDICATE_WORDS + CHANNEL_WORDS
                    + SECTION_WORDS + AUTHORITY_WORDS + BODY_WORDS + NOTICE_WORDS + PLATFORM_SPELLINGS,
                    "service": SERVICE_WORDS + WINDOW_WORDS,
                    "role": ROLE_WORDS,
                    "agency": AGENCY_WORDS}
MENTION_CLASSES = {"owner": OWNER_WORDS + COMMERCE_WORDS + HANDLE_WORDS + LODGING_WORDS,
                   "column": COLUMN_WORDS + RECORD_WORDS,
                   "locative": LOCATIVE_WORDS,
                   "person": AGENT_SUFFIXES + FAN_SUFFIXES + AUDIENCE_WORDS}
LEVEL_CHARS = "".join(ANYWHERE_LEVEL_WORDS)  # ``detectors.names._strip_levels`` takes these out anywhere, added words too


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, str]:
    """Each word of every class with its class. The added text reaches ``explain_added`` with 省/市/县/区 taken out
    (``detectors.name_index.AffixIndex.find`` matches without level words), so a word holding one (专区, 市民) is
    also read in that form (专, 民) when the form is no word of another class (a one-character form only of a
    service word or a word for the people: 省心 does not make 心 a generic word); the level words themselves are not."""
    vocab = dict.fromkeys(GENERIC_WORDS, "generic")
    vocab.update((w, "generic") for w in LEVEL_WORDS)
    vocab.update((w, "generic") for w in EVIDENCE_CLASSES["generic"])
    vocab.update((w, "owner") for w in MENTION_CLASSES["owner"])
    vocab.update((w, "column") for w in MENTION_CLASSES["column"])
    vocab.update((w, "service") for w in EVIDENCE_CLASSES["service"])
    vocab.update((w, "service") for w in INTAKE_WORDS)
    vocab.update((w, "service") for w in SALES_WORDS)
    vocab.update((w, "owner") for w in LODGING_WORDS)
    vocab.update((w, "people") for w in PEOPLE_WORDS + HOMETOWN_WORDS)
    vocab.update((w, "locative") for w in LOCATIVE_WORDS)
    vocab.update((w, "person") for w in AGENT_SUFFIXES + FAN_SUFFIXES)
    vocab.update((w, "audience") for w in AUDIENCE_WORDS)
    vocab.update((w, "role") for w in ROLE_WORDS)
    vocab.update((w, "device") for w in DEVICE_WORDS if w not in vocab)  # 移动, 掌上 stay generic on their own
    vocab.update((w, "agency") for w in AGENCY_WORDS)
    vocab.update((w, "service") for w in WAIVER_SERVICE_WORDS)
    vocab.update((w, "people") for w in PEOPLE_MORE_WORDS)
    vocab.update((w, "people") for w in FOLK_NAMES)
    vocab.update((w, "generic") for w in DEADLINE_WORDS)
    vocab.update((s + e, "generic") for s in DEADLINE_STEMS for e in DEADLINE_ENDINGS)
    vocab.update((v + w, "generic") for v in FORWARD_VERBS for w in FAMILY_WORDS)
    vocab.update((o + f, "generic") for o in OTHERS_WORDS for f in FALSE_WORDS)
    vocab.update((head + FOLKS_ENDING, "people") for head in FOLKS_HEADS)
    vocab.update((head + word, "generic") for head in VILLAGE_HEADS for word in BROADCAST_WORDS)
    vocab.update((w, "service") for w in PUBLIC_HOUSING_WORDS)
    vocab.update((w, "generic") for w in EVENT_WORDS)
    levels = str.maketrans("", "", LEVEL_CHARS)
    for word, kind in list(vocab.items()):
        stripped = word.translate(levels)
        if (word not in LEVEL_WORDS and stripped != word and stripped not in vocab
                and (len(stripped) > 1 or kind in ("service", "people"))):
            vocab[stripped] = kind
    return vocab


def affix_vocabulary() -> dict[str, str]:
    """Each added word of every class with its class (``_vocabulary``), for readers outside this module."""
    return _vocabulary()


REGIONS_FILE = Path(__file__).resolve().parent / "data" / "regions.tsv"


@lru_cache(maxsize=1)
def regions() -> dict[str, frozenset[str]]:
    """Macro-regions (华东, 长三角, 珠三角 …), customary names of provinces (齐鲁, 南粤) and the customary sub-regions
    of each province (苏北, 胶东, 粤西 …), each with the divisions it covers (short forms), from
    ``detectors/data/regions.tsv`` (sources in ``detectors/data/README.md``)."""
    out: dict[str, frozenset[str]] = {}
    with REGIONS_FILE.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            region, members = line.rstrip("\n").split("\t")
            out[region] = frozenset(members.split())
    return out


@lru_cache(maxsize=1)
def region_provinces() -> dict[str, frozenset[str]]:
    """Each sub-region of ``regions`` whose members all lie in one province (关中, 陕北, 苏北, 胶东 …) → that province's
    short form (陕西, 江苏 …), read from ``divisions.tsv`` (a member names a prefecture-level division, or the province
    itself); regions across provinces (华东, 长三角, 京津冀) are left out."""
    from detectors.places import gazetteer
    gaz = gazetteer()
    out: dict[str, frozenset[str]] = {}
    for region, members in regions().items():
        provinces = set()
        for member in members:
            codes = [c for c in gaz.named(member) if gaz.divisions[c].level <= 2]
            provinces |= {gaz.divisions[c[:2] + "0000"].short for c in codes if c[:2] + "0000" in gaz.divisions}
        if len(provinces) == 1:
            out[region] = frozenset(provinces)
    return out


def region_of_province(word: str, own_places: frozenset[str]) -> bool:
    """Whether ``word`` is a customary sub-region of the target's own province that does not cover the target (关中
    before a unit of 陕北): the province's own vocabulary, a place above the unit in the loose sense an impostor uses it
    (``region_provinces``); never another place."""
    provinces = region_provinces().get(word)
    return bool(provinces) and not provinces.isdisjoint(own_places)


def region_covering(word: str, own_places: frozenset[str]) -> bool:
    """Whether ``word`` is a macro-region or sub-region that covers one of the target's own places (华东 covers 江苏,
    苏北 covers 连云港): a place of a higher level than the target, written before its name like a province."""
    members = regions().get(word)
    return bool(members) and not members.isdisjoint(own_places)


@lru_cache(maxsize=1)
def _longest_word() -> int:
    return max(map(len, _vocabulary()))


def explain_added(text: str, own_places: frozenset[str] = frozenset(),
                  other_places: frozenset[str] = frozenset(), following: str = "", name_end: int = -1,
                  place_things: bool = False) -> Added:
    """Classify the characters added around a registered name (see the module docstring). A province's one-
    character abbreviation (粤 for 广东, ``detectors.places.PROVINCE_ABBREVIATIONS``) is one of its own places.
    ``following``: the decoration taken off the name right after ``text`` (``NameForm.decorations``), read with a
    modifier at the end of ``text`` (旧 + 账号: ``ACCOUNT_DECORATION_ENDINGS``). ``name_end``: where in ``text`` the
    words added after the name begin (``len(before)`` when some follow it; -1 when none or unknown): a verb of
    speaking there has the unit as its subject (``SPEAKING_VERBS``). ``place_things``: the text stands around a
    registered name (``affix_match``): another place followed on the same side by words of no class names a thing of
    that place (``_place_thing_at``), read as unknown words, not as another place; elsewhere (a whole name read for the
    avatar rules) a place is what the name is about."""
    out = Added(text)
    own_places = own_places | _abbreviations_of(own_places)
    vocab = _vocabulary()
    regs = regions()
    nicks = _nicknames()
    longest = max(_longest_word(), MAX_PLACE_LEN)
    heads = _trade_heads()  # where the last trade's word may begin: a product needs a place and a noun before it
    last_trade = next((k for k in range(len(text) - 1, -1, -1) if text[k] in heads), -1)
    i, prev = 0, ""  # prev: the class of the word read before (an agency word's object, ``AGENCY_WORDS``)
    while i < len(text):
        if 0 <= name_end <= i and not _inside_latin_or_digits(text, i) and VERSION_TAG.fullmatch(text, i):
            out.generic.append(text[i:])  # …002, …v2, …ii: a version of the account, ending the name
            break
        account = _account_claim_at(text, i)
        if account:  # 老号, 旧账号, 此号: which account of the unit this one claims to be
            out.generic.append(account)
            out.claims.append(account)
            i, prev = i + len(account), "generic"
            continue
        folk = _folk_at(text, i)
        if folk:  # 咱村, 俺们县, 咱老家: the folks' voice (``FOLK_PRONOUNS``), no owner, no evidence
            out.people.append(folk)
            i, prev = i + len(folk), "people"
            continue
        bait = _bait_at(text, i)
        if bait:  # 补贴直领, 到账, 补助发放: the unit's money paid out to the reader (``PAYOUT_VERBS``)
            out.service.append(bait)
            out.claims.append(bait)
            i, prev = i + len(bait), "service"
            continue
        call = _reader_call_at(text, i)
        if call:  # 转给老爸老妈, 瞧一瞧, 最后三天: a notice's call to its reader, by its form
            out.generic.append(call)
            i, prev = i + len(call), "generic"
            continue
        desk = _desk_at(text, i, vocab)
        if desk:  # 认领 + 处, 领卡 + 处, 代缴 + 窗: the desk where the unit does that
            out.service.append(desk)
            out.claims.append(desk)
            i, prev = i + len(desk), "service"
            continue
        claim = _self_claim_at(text, i, name_end, vocab, own_places)
        if claim:  # 搬家了, 认这个, 爽爽办: the unit speaks of its account, points at it, names its service brand
            out.generic.append(claim)
            out.claims.append(claim)
            i, prev = i + len(claim), "generic"
            continue
        if i == name_end and _speaks_at(text, i, vocab, longest):  # …谈发展, …讲政策: the unit speaks
            out.generic.append(text[i])
            i, prev = i + 1, "generic"
            continue
        goods = _place_goods_at(text, i, own_places, other_places, vocab, longest, name_end) if i + 3 <= last_trade else ""
        if goods:  # 金华 + 火腿 (+ 铺): a product named after a place, before the shop that sells it
            out.owner.append(goods)
            i, prev = i + len(goods), "owner"
            continue
        if i == len(text) - 1 and names_the_account(following) and text[i] in _account_modifiers():
            out.generic.append(text[i] + following)  # 旧 + 账号 taken off as a decoration: the claim all the same
            i, prev = i + 1, "generic"
            continue
        epithet = _epithet_place_at(text, i, own_places, regs)
        if epithet:  # 八百里 + 秦川, 千里 + 沂蒙: a place's customary epithet of extent, the place itself
            out.regions.append(epithet)
            i, prev = i + len(epithet), "place"
            continue
        capital = _capital_word_at(text, i, own_places, name_end if name_end >= 0 else len(text), prev)
        if capital:  # 省会 + 济南公安, 山东 + 省会: the target's own capital named by its rank
            out.regions.append(capital)
            i, prev = i + len(capital), "place"
            continue
        feature = _named_feature_at(text, i, own_places)
        if feature:  # 长白 + 山: a mountain or a lake named like a division, a thing of no class, not that division
            out.features.append(feature)
            out.unknown += feature
            i, prev = i + len(feature), "unknown"
            continue
        for j in range(min(len(text), i + longest), i, -1):
            word, kind = text[i:j], "place"
            if word in own_places:
                out.own_places.append(word)
            elif word in regs and not regs[word].isdisjoint(own_places):  # ``region_covering``; 湘西 covers 怀化
                out.regions.append(word)
            elif word in regs and region_of_province(word, own_places):  # 关中 before 陕北's 子长: its province's
                out.regions.append(word)
            elif word in nicks and not nicks[word].isdisjoint(own_places):  # 壮乡 for 广西: the place's nickname
                out.regions.append(word)
            elif word in other_places:  # may hold the own places too: they were taken above
                thing = _place_thing_at(text, i, j, own_places, other_places, vocab, longest, name_end) if place_things \
                    else ""
                if thing:  # 章丘 + 大葱: that place's product or slogan, no claim about the account's place
                    out.things.append(thing)
                    out.unknown += thing
                    i, prev = i + len(thing), "unknown"
                    break
                out.other_places.append(word)
            elif word in vocab and _shadows_near_division(text, i, j, own_places):
                continue  # 云 + 和, 新 + 丰: a longer division of the target's province begins here (read below)
            elif word in vocab:
                kind = vocab[word]
                if kind in ("generic", "service") and text[j:j + 1] in SERVICE_PLACE_SUFFIXES:
                    # 办证 + 处, 公告 + 栏, 登记 + 窗口: the place where the service is given
                    if kind == "service":  # a transaction's desk (领款 + 点, 退费 + 窗), as ``_desk_at``'s
                        out.claims.append(text[i:j + (2 if text.startswith(WINDOW_ENDING, j) else 1)])
                    kind, j = "service", j + (2 if text.startswith(WINDOW_ENDING, j) else 1)
                    word = text[i:j]
                elif kind in ("generic", "service") and text[j:j + 1] in TOOL_SUFFIXES and not _division_at(text, j):
                    kind, j = "generic", j + 1  # 政策 + 宝: a tool named by what it does
                    word = text[i:j]
                elif kind in ("generic", "device") and text[j:j + 1] in VERSION_SUFFIXES:
                    kind, j = "generic", j + 1  # 手机 + 版, 移动 + 端: an edition of the account
                    word = text[i:j]
                if kind == "agency":
                    if text[j:j + 1] in AGENCY_ENDINGS:  # 代办 + 员, 代理 + 点: the agent, its outlet
                        j += 1
                    elif text[j:j + 1] in AGENCY_TRADE_ENDINGS:  # 代理 + 商: a business
                        kind, j = "trade", j + 1
                    word = text[i:j]
                    if prev not in ("", "generic", "place"):  # 企业 + 代办, 社保 + 代理: what a trade handles
                        kind = "trade"
                if kind == "generic":
                    out.generic.append(word)
                elif kind == "service":
                    out.service.append(word)
                elif kind == "column":
                    out.columns.append(word)
                elif kind == "people":
                    out.people.append(word)
                elif kind == "locative":
                    out.locatives.append(word)
                elif kind == "role":
                    out.roles.append(word)
                elif kind == "agency":
                    out.agents.append(word)
                elif kind == "device":  # 手机 without an edition ending: no class
                    out.unknown += word
                    kind = "unknown"
                elif kind == "audience":
                    out.persons.append(word)
                elif kind == "person":  # 宣传 + 员: a person; 员 alone, or beginning a word (员工), is not
                    call = _addressee_call_at(text, j) if i > 0 else ""
                    benefit = _payout_noun_at(text, j) if i > 0 and not call else ""
                    if call:  # 党员 + 扫码: the people a notice calls on, not the account's owner
                        out.generic.append(word + call)
                        kind, j = "generic", j + len(call)
                    elif benefit:  # 生产者 + 补贴: a benefit named for those it is paid to, not the account's owner
                        out.service.append(text[max(0, i - 2):j] + benefit)
                        kind, j = "service", j + len(benefit)
                    elif i > 0 and _names_an_owner(text, i, j):
                        out.persons.append(text[max(0, i - 2):j])
                    else:
                        out.unknown += word
                        kind = "unknown"
                elif kind == "trade":  # an agency word read as a trade's (above)
                    out.owner.append(word)
                elif _names_an_owner(text, i, j):
                    out.owner.append(word)
                else:
                    out.unknown += word
                    kind = "unknown"
            else:
                continue
            if kind == "place" and text[j:j + 1] in PLACE_BRAND_ENDINGS and word not in other_places:
                out.generic.append(text[j])  # 八桂 + 行, 壮乡 + 通: the place's own channel or brand
                j += 1
            elif kind == "place" and text[j:j + 1] == PLACE_GOODS and word not in other_places:
                k = j + 1 + (text[j + 1:j + 2] in GOODS_SHOP_ENDINGS)
                out.generic.append(text[j:k])  # 黔 + 货, 黔 + 货铺: the place's products, their shop
                j = k
            prev = kind
            i = j
            break
        else:
            if i == len(text) - 1 and text[i] in COLUMN_ENDINGS and i > 0:  # 办事 + 记: a record of the unit
                out.columns.append(text[i])
                i += 1
                continue
            numbered = _numbered_at(text, i)
            if numbered:  # 3号, 十二号: a numbered copy of the account or of its group
                out.generic.append(numbered)
                i, prev = i + len(numbered), "generic"
                continue
            place = _division_at(text, i)
            own = bool(place) and _is_own(place, own_places)
            # A division no registry entry names: the target's own place in another form (an ancestor), another
            # division of the target's province, or the parent of a namesake of the target's place (桂林 before
            # 兴安发布 of 兴安盟 names 桂林's 兴安县). A division elsewhere is read character by character like other
            # unknown text: thousands of everyday words (新华, 和平, 城关, 东方, 永安 …) name some division somewhere
            # in the country, and reading each as "another place" would rule out every impostor that adds one.
            thing = (_place_thing_at(text, i, i + len(place), own_places, other_places, vocab, longest, name_end)
                     if place and not own and place_things else "")
            if thing:  # as above: a neighbour's product named after a division no registry entry names
                out.things.append(thing)
                out.unknown += thing
                i, prev = i + len(thing), "unknown"
                continue
            if own or (place and _elsewhere_near(place, own_places)):
                (out.own_places if own else out.other_places).append(place)
                i, prev = i + len(place), "place"
                continue
            respelt = None if place else _respelt_place_at(text, i, own_places)
            if respelt:  # 京津机 for 京津冀, 河比 for 河北: the place disguised like the name it stands before
                word, meant, is_own = respelt
                (out.own_places if is_own else out.regions).append(word)
                out.respelt.append(f"{word}（{meant}）")
                i, prev = i + len(word), "place"
                continue
            out.unknown += text[i]
            i, prev = i + 1, "unknown"
    return out


MIN_RESPELT_PLACE = 2  # a place word this long or longer may be read with one of its characters respelt


@lru_cache(maxsize=4096)
def _places_by_length(own_places: frozenset[str]) -> dict[int, tuple[tuple[str, bool], ...]]:
    """The words that name ``own_places`` (the places themselves, the regions and the nicknames covering them: the
    words ``explain_added`` reads as the target's place), by length, each with whether it is an own place."""
    regs, nicks = regions(), _nicknames()
    words = {p: True for p in own_places if len(p) >= MIN_RESPELT_PLACE}
    for table in (regs, nicks):
        for word, covered in table.items():
            if len(word) >= MIN_RESPELT_PLACE and word not in words and not covered.isdisjoint(own_places):
                words[word] = False
    out: dict[int, list[tuple[str, bool]]] = {}
    for word, own in words.items():
        out.setdefault(len(word), []).append((word, own))
    return {n: tuple(ws) for n, ws in sorted(out.items(), reverse=True)}


def _respelt_place_at(text: str, i: int, own_places: frozenset[str]) -> tuple[str, str, bool] | None:
    """(the word as written, the place word it stands for, whether that is an own place rather than a region or
    nickname) when ``text`` at ``i`` writes one of the target's place words (``_places_by_length``, two characters or
    more) with exactly one character changed into a look-alike or same-sound one (``detectors.names.
    resemblance``: 京津机 for 京津冀, 燕召 for a province's 燕赵); None otherwise. The caller has found no word of
    any class and no real division at ``i``: the place of an impostor's prefix disguised like its name."""
    from detectors.names import resemblance
    for size, words in _places_by_length(own_places).items():
        written = text[i:i + size]
        if len(written) < size:
            continue
        for word, own in words:
            diffs = [k for k in range(size) if written[k] != word[k]]
            if len(diffs) == 1 and resemblance(written[diffs[0]], word[diffs[0]]):
                return written, word, own
    return None


def _desk_at(text: str, i: int, vocab: dict[str, str]) -> str:
    """The desk ``verb + desk ending`` starting at ``text[i]`` (``DESK_ENDINGS``): a two-character verb of jieba's
    dictionary, or a one-character verb and a one-character noun, that is no word of a class; or a trade's word of
    two characters before a service hall's window (代缴 + 窗, 代开 + 专席: ``HALL_ENDINGS``); "" when none."""
    stem = text[i:i + 2]
    if len(stem) == 2 and vocab.get(stem) == "owner":
        hall = next((e for e in HALL_ENDINGS if text.startswith(e, i + 2)), "")
        if hall and len(hall) == 1 and _begins_a_word(text, i + 2):
            return ""  # 维修 + 窗户, 清洗 + 窗帘: a house's window, not a hall's
        return stem + hall if hall else ""
    if len(stem) < 2 or stem in vocab or not any(text.startswith(e, i + 2) for e in DESK_ENDINGS):
        return ""
    _, _, verbs, single_verbs, single_nouns, _ = jieba_classes()
    if stem not in verbs and not (stem[0] in single_verbs and stem[1] in single_nouns):
        return ""
    ending = next(e for e in DESK_ENDINGS if text.startswith(e, i + 2))
    return stem + ending


def _begins_a_word(text: str, k: int) -> bool:
    """Whether ``text[k]`` begins a word of jieba's dictionary with what follows it (窗户, 窗帘 of 窗)."""
    from detectors.names import MAX_WORD_LEN, dictionary_words
    words = dictionary_words()
    return any(text[k:j] in words for j in range(k + 2, min(len(text), k + MAX_WORD_LEN) + 1))


def _place_word_at(text: str, i: int, own_places: frozenset[str], other_places: frozenset[str]) -> str:
    """The longest place name starting at ``text[i]``: a place of the registry (``other_places``, the target's own)
    or a division of the national list (``_division_at``); "" when none."""
    for j in range(min(len(text), i + MAX_PLACE_LEN), i + 1, -1):
        if text[i:j] in other_places or text[i:j] in own_places:
            return text[i:j]
    return _division_at(text, i)


def _trade_word_at(text: str, k: int, vocab: dict[str, str], longest: int) -> str:
    """The longest word of a trade starting at ``text[k]`` (an owner word naming no person or medium, ``HANDLE_OWNER_
    WORDS``: 铺, 店, 专卖, 民宿); "" when none."""
    for j in range(min(len(text), k + longest), k, -1):
        word = text[k:j]
        if vocab.get(word) == "owner" and word not in HANDLE_OWNER_WORDS:
            return word
    return ""


def _goods_noun_at(text: str, k: int, vocab: dict[str, str]) -> list[str]:
    """The nouns of jieba's dictionary that may name a product starting at ``text[k]`` (two characters of
    ``THING_TAGS`` first, then one character tagged ``n``), none a word of a class; longest first."""
    _, nouns, _, _, single_nouns, _ = jieba_classes()
    out = []
    two, one = text[k:k + 2], text[k:k + 1]
    if len(two) == 2 and two not in vocab and two in nouns:
        out.append(two)
    if one and one not in vocab and one in single_nouns:
        out.append(one)
    return out


def _place_goods_at(text: str, i: int, own_places: frozenset[str], other_places: frozenset[str],
                    vocab: dict[str, str], longest: int, name_end: int = -1) -> str:
    """A product named after a place that is not the target's, starting at ``text[i]`` and followed by a trade's word
    (金华 + 火腿 before 铺: ``_goods_noun_at``, ``_trade_word_at``): the place and the noun, one word of the business;
    "" when none. The target's own place before its goods stays its own (黔 + 货, ``PLACE_GOODS``). ``name_end``: where
    the words added after the name begin (``explain_added``); the product and its shop stand on one side of the name."""
    if len(text) - i < 4:
        return ""  # a place (2+), a noun (1+) and a trade's word (1+)
    place = _place_word_at(text, i, own_places, other_places)
    if not place or place in own_places or _is_own(place, own_places):
        return ""
    k = i + len(place)
    for noun in _goods_noun_at(text, k, vocab):
        trade = _trade_word_at(text, k + len(noun), vocab, longest)
        if trade and not (i < name_end < k + len(noun) + len(trade)):
            return place + noun
    return ""


MIN_PLACE_THING = 2  # characters of no class after another place that make the two a thing of that place


def _place_thing_at(text: str, i: int, j: int, own_places: frozenset[str], other_places: frozenset[str],
                    vocab: dict[str, str], longest: int, name_end: int = -1) -> str:
    """Another place ``text[i:j]`` and the words of no class after it on its side of the name (``name_end``, as for
    ``explain_added``), when they are ``MIN_PLACE_THING`` characters or more: the place names a thing of its own — a
    local product (章丘 + 大葱, 金华 + 火腿) or a slogan — and says nothing about whose account this is; "" when
    none. A place contradicts the target where it stands in the place of the account's own: right before the name,
    ending the added words, or before a word of a class (章丘 + 发布, a channel of 章丘) or of a government body
    (章丘 + 公安, ``detectors.systems``: another place's unit): those stay other places."""
    division = _division_at(text, i)
    if len(division) > j - i:  # the registry's 科尔沁 begins the division 科尔沁右翼前 (旗): the place is the longer
        j = i + len(division)
    if text[i:j] in own_places or _is_own(text[i:j], own_places):
        return ""
    end = name_end if 0 <= i < name_end else len(text)
    if j > end:
        return ""
    m = j
    while m < end and _plain_at(text, m, end, own_places, other_places, vocab, longest):
        m += 1
    return text[i:m] if m - j >= MIN_PLACE_THING else ""


def _plain_at(text: str, k: int, end: int, own_places: frozenset[str], other_places: frozenset[str],
              vocab: dict[str, str], longest: int) -> bool:
    """Whether ``text[k]`` begins no word of a class, no place and no government body's word before ``end``, and is a
    Chinese character (a product or a slogan is written in words, not in a version tag or a number)."""
    from detectors.names import _is_cjk
    from detectors.systems import body_words
    if not _is_cjk(text[k]):
        return False
    if any(text[k:m] in vocab for m in range(k + 1, min(end, k + longest) + 1)):
        return False
    if _place_word_at(text[:end], k, own_places, other_places):
        return False
    first = next(body_words(text[k:end]), None)
    return first is None or first.start() > 0


def place_goods_across(name: str, after: str, own_places: frozenset[str] = frozenset(),
                       other_places: frozenset[str] = frozenset()) -> str:
    """The product that a place ending the registered name as a candidate writes it (a reordered 发布金华) makes with
    the words added after it (火腿铺: 金华火腿, sold in a 铺); "" when none. The place is the product's: the registered
    name is not there."""
    if not after or not _trade_heads().intersection(after[1:]):
        return ""
    vocab = _vocabulary()
    longest = _longest_word()
    for size in range(min(len(name), MAX_PLACE_LEN), 1, -1):
        place = name[-size:]
        if not (place in own_places or place in other_places or _division_at(place, 0) == place):
            continue
        for noun in _goods_noun_at(after, 0, vocab):
            if _trade_word_at(after, len(noun), vocab, longest):
                return place + noun
    return ""


@lru_cache(maxsize=1)
def _trade_heads() -> frozenset[str]:
    """The first characters of the trades' words (``_trade_word_at``)."""
    return frozenset(w[0] for w, kind in _vocabulary().items() if kind == "owner" and w not in HANDLE_OWNER_WORDS)


@lru_cache(maxsize=1)
def _thing_words() -> frozenset[str]:
    """Words of jieba's dictionary of ``MIN_THING_WORD`` characters or more that begin with a person prefix (老, 阿)
    and name no person: not tagged as a person's name (``PERSON_NAME_TAGS``), not ending in a kin word or a role's
    character (``KIN_WORDS``, ``PERSON_ROLES``): 老豆腐, 老字号, not 老师傅, 老大哥."""
    return frozenset(w for w, _, tag in jieba_dict.entries()
                     if len(w) >= MIN_THING_WORD and w[0] in PERSON_PREFIXES and tag not in PERSON_NAME_TAGS
                     and w[-1] not in KIN_WORDS and w[-1] not in PERSON_ROLES)


def _thing_word_at(text: str, i: int) -> str:
    """The longest word of ``_thing_words`` starting at ``text[i]``; "" when none."""
    from detectors.names import MAX_WORD_LEN
    words = _thing_words()
    return next((text[i:j] for j in range(min(len(text), i + MAX_WORD_LEN + 1), i + MIN_THING_WORD - 1, -1)
                 if text[i:j] in words), "")


# Function characters: the one-character words of jieba's dictionary whose every entry is a particle (``u``, ``ul``,
# ``uj`` …: 了, 的, 着, 过), a modal particle (``y``: 么, 吗, 呢, 吧), an interjection (``e``: 哎, 嘿) or an
# onomatopoeia (``o``: 哇, 啦). No given name is written with one, so 老/阿 before one begins a phrase of speech
# (阿么了, the north-western "what's up?"; 老了), not a person's name (老张, 阿峰); a common surname
# still follows 老/阿 as a name (``_surname_at``).
FUNCTION_TAGS = ("u", "y", "e", "o")


@lru_cache(maxsize=1)
def _function_characters() -> frozenset[str]:
    """The one-character words of jieba's dictionary all of whose entries are tagged ``FUNCTION_TAGS`` (about 90)."""
    tags: dict[str, set[str]] = {}
    for word, _, tag in jieba_dict.entries():
        if len(word) == 1:
            tags.setdefault(word, set()).add(tag[:1])
    return frozenset(w for w, ts in tags.items() if ts and ts <= set(FUNCTION_TAGS))


# The particles that close a phrase of speech: aspect (jieba's ``ul`` 了, ``uz`` 着, ``ug`` 过), mood (``y``: 呢, 吗,
# 啊), interjections (``e``) and onomatopoeia (``o``), the function characters of ``_function_characters`` but the
# structural ones (的, 地, 得, 之, 等: a person's name stands before them, 阿强的店) and 吧, which is also a forum or a
# bar (阿强吧).
SPEECH_TAGS = ("ul", "uz", "ug", "y", "e", "o")


@lru_cache(maxsize=1)
def _speech_particles() -> frozenset[str]:
    """The function characters (``_function_characters``) all of whose entries are tagged ``SPEECH_TAGS``, but 吧."""
    tags: dict[str, set[str]] = {}
    for word, _, tag in jieba_dict.entries():
        if len(word) == 1:
            tags.setdefault(word, set()).add(tag)
    return frozenset(w for w, ts in tags.items() if ts and ts <= set(SPEECH_TAGS) and w != "吧")


def _cjk(ch: str) -> bool:
    return bool(ch) and "\u4e00" <= ch <= "\u9fff"


def _common_noun_after(text: str, j: int) -> str:
    """The common noun of two characters (jieba's ``n``, seen ``MIN_THING_FREQ`` times or more: 职工, 党员, 干部) that
    begins at ``text[j]``, right after a person prefix, when it names no person by kin or office (``KIN_WORDS``,
    ``PERSON_ROLES``: not 大哥, 法官) and does not begin with a common surname (``detectors.charsim.SURNAMES``:
    老王家, 老马路 stay 老王's, 老马's); "" when none. 老 + a surname (老张) is a person's name; 老 + a common
    noun is the adjective "old" before it (老工人, 老物件), whatever the noun names."""
    from detectors.charsim import SURNAMES
    word = text[j:j + 2]
    if len(word) < 2 or word[-1] in KIN_WORDS or word[-1] in PERSON_ROLES or word[0] in SURNAMES:
        return ""
    return word if word in jieba_classes().common_nouns else ""


def _folk_at(text: str, i: int) -> str:
    """The folks' first person plural starting at ``text[i]`` (``FOLK_PRONOUNS``) with the place noun or hometown
    word it calls its own, if one follows (咱村, 俺们县, 咱老家, 咱们), or the speaker telling the reader (额给你说, 我跟
    你讲: ``_telling_at``); "" when none."""
    telling = _telling_at(text, i)
    if telling:
        return telling
    pronoun = next((p for p in FOLK_PRONOUNS if text.startswith(p, i)), "")
    if not pronoun:
        return ""
    k = i + len(pronoun)
    home = next((w for w in _folk_homes() if text.startswith(w, k)), "")
    return pronoun + home


def _epithet_place_at(text: str, i: int, own_places: frozenset[str], regs: dict[str, frozenset[str]]) -> str:
    """An epithet of extent (``PLACE_EPITHETS``: 八百里, 千里) at ``text[i]`` with the target's own place or a region of
    its own (covering it, or of its province: ``region_of_province``) right after it (八百里秦川, 千里沂蒙); "" when
    none."""
    head = next((e for e in PLACE_EPITHETS if text.startswith(e, i)), "")
    if not head:
        return ""
    k = i + len(head)
    for j in range(min(len(text), k + MAX_PLACE_LEN), k, -1):
        word = text[k:j]
        if word in own_places or (word in regs and (not regs[word].isdisjoint(own_places)
                                                    or region_of_province(word, own_places))):
            return text[i:j]
    return ""


def _addressee_call_at(text: str, j: int) -> str:
    """The call to act right at ``text[j]``, after a word for persons (``ADDRESSEE_CALLS``, optionally urged first:
    请扫码, 速领); "" when none."""
    for head in ("", *ADDRESSEE_URGING):
        if text.startswith(head, j):
            call = next((c for c in _addressee_calls() if text.startswith(c, j + len(head))), "")
            if call:
                return head + call
    return ""


@lru_cache(maxsize=1)
def _addressee_calls() -> tuple[str, ...]:
    return tuple(sorted(ADDRESSEE_CALLS, key=len, reverse=True))


def _telling_at(text: str, i: int) -> str:
    """The speaker telling the reader at ``text[i]`` (``TELLING_SPEAKERS`` + ``TELLING_PREPOSITIONS`` +
    ``TELLING_ADDRESSEES`` + ``TELLING_VERBS``: 额给你说, 我跟大家聊聊); "" when none."""
    k = i
    for parts in _telling_parts():
        word = next((w for w in parts if text.startswith(w, k)), "")
        if not word:
            return ""
        k += len(word)
    return text[i:k]


@lru_cache(maxsize=1)
def _telling_parts() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(sorted(parts, key=len, reverse=True))
                 for parts in (TELLING_SPEAKERS, TELLING_PREPOSITIONS, TELLING_ADDRESSEES, TELLING_VERBS))


@lru_cache(maxsize=1)
def _folk_homes() -> tuple[str, ...]:
    return tuple(sorted(FOLK_PLACE_NOUNS + HOMETOWN_WORDS, key=len, reverse=True))


@lru_cache(maxsize=1)
def _payout_forms() -> dict[str, tuple[str, ...]]:
    """The bait words (``PAYOUT_VERBS`` alone, ``PAYOUT_NOUNS`` + a payout or claiming verb, ``FEE_NOUNS`` + a waiver
    verb, ``ALLOTMENT_HEADS`` + ``ALLOTMENT_NOUNS``, ``PASS_WORDS``) by their first character, longest first."""
    verbs = PAYOUT_VERBS + CLAIMING_VERBS
    forms = set(PAYOUT_VERBS) | {n + v for n in PAYOUT_NOUNS for v in verbs}
    forms |= {n + v for n in FEE_NOUNS for v in WAIVER_VERBS}  # 罚单减免, 违章消分: a fine written off
    forms |= {h + n for h in ALLOTMENT_HEADS for n in ALLOTMENT_NOUNS}  # 内部房源, 特批名额: an allotment from inside
    forms |= set(PASS_WORDS)  # 入场证, 通行证: a pass the unit issues
    out: dict[str, list[str]] = {}
    for w in sorted(forms, key=len, reverse=True):
        out.setdefault(w[0], []).append(w)
    return {head: tuple(ws) for head, ws in out.items()}


def _bait_at(text: str, i: int) -> str:
    """The bait starting at ``text[i]`` (``PAYOUT_VERBS``: 直领, 到账; or a payout noun and its verb: 补贴直领,
    补助发放; or a fee noun and a waiver verb: 罚单减免, 违章消分); "" when none."""
    return next((w for w in _payout_forms().get(text[i], ()) if text.startswith(w, i)), "")


def _payout_noun_at(text: str, j: int) -> str:
    """The payout noun right at ``text[j]`` after a word for persons (``PAYOUT_NOUNS``, longest first: 补贴款 before
    补贴); "" when none."""
    return next((n for n in _payout_nouns() if text.startswith(n, j)), "")


@lru_cache(maxsize=1)
def _payout_nouns() -> tuple[str, ...]:
    return tuple(sorted(PAYOUT_NOUNS, key=len, reverse=True))


def _reader_call_at(text: str, i: int) -> str:
    """The call to the reader starting at ``text[i]`` (see ``FORWARD_HEADS``): a forwarding verb and its recipients,
    a tentative V一V or VV of a one-character verb, or a deadline counted down; "" when none."""
    if text[i] in _call_heads():
        forward = _forward_at(text, i)
        if forward:
            return forward
        countdown = _countdown_at(text, i)
        if countdown:
            return countdown
    return text[i:i + 3] if _tentative_at(text, i) else ""


@lru_cache(maxsize=1)
def _call_heads() -> frozenset[str]:
    """The first characters of the forwarding verbs and the countdowns' heads: one set look-up per character."""
    return frozenset(w[0] for w in (*_forward_verbs(), *COUNTDOWN_HEADS))


def _tentative_at(text: str, i: int) -> bool:
    """Whether a one-character verb of jieba's dictionary doubled around 一 starts at ``text[i]`` (瞧一瞧, 查一查)."""
    ch = text[i:i + 1]
    return bool(ch) and text[i + 1:i + 2] == TENTATIVE_INFIX and text[i + 2:i + 3] == ch and ch in jieba_classes().single_verbs


@lru_cache(maxsize=1)
def _forward_verbs() -> tuple[str, ...]:
    verbs = {h + v for h in FORWARD_HEADS for v in (*FORWARD_VERBS, *FORWARD_MORE_VERBS)}
    return tuple(sorted(verbs, key=len, reverse=True))


@lru_cache(maxsize=1)
def _recipient_words() -> tuple[str, ...]:
    return tuple(sorted(set(FAMILY_WORDS + PEOPLE_WORDS + PEOPLE_MORE_WORDS), key=len, reverse=True))


def _kin_term_at(text: str, i: int) -> int:
    """The length of the kinship term starting at ``text[i]`` (老爸, 阿姨, 爸爸, 爸妈; ``KIN_MORPHEMES``), 0 when none."""
    a, b = text[i:i + 1], text[i + 1:i + 2]
    if b in KIN_MORPHEMES and (a in KIN_HEADS or a in KIN_MORPHEMES):
        return 2
    return 0


def _forward_at(text: str, i: int) -> str:
    """A forwarding verb at ``text[i]`` with the people it goes to (转给老爸老妈, 告诉邻居和亲戚); "" when none."""
    verb = next((v for v in _forward_verbs() if text.startswith(v, i)), "")
    if not verb:
        return ""
    j = end = i + len(verb)
    while j < len(text):
        word = next((w for w in _recipient_words() if text.startswith(w, j)), "")
        k = j + len(word) if word else j + _kin_term_at(text, j)
        if k == j:
            break
        k += text.startswith(RECIPIENT_PLURAL, k)
        end = k
        joiner = next((w for w in RECIPIENT_JOINERS if text.startswith(w, k)), "")
        j = k + len(joiner)
    return text[i:end] if end > i + len(verb) else ""


def _countdown_at(text: str, i: int) -> str:
    """A deadline counted down at ``text[i]`` (最后三天, 仅剩2天, 还剩12小时); "" when none."""
    head = next((h for h in COUNTDOWN_HEADS if text.startswith(h, i)), "")
    if not head:
        return ""
    j = i + len(head)
    k = j
    while k < len(text) and text[k] in NUMERALS:
        k += 1
    if k == j:
        return ""
    unit = next((u for u in TIME_UNITS if text.startswith(u, k)), "")
    return text[i:k + len(unit)] if unit else ""


def _self_claim_at(text: str, i: int, name_end: int, vocab: dict[str, str],
                   own_places: frozenset[str] = frozenset()) -> str:
    """What the account says of itself in the words added after the name, starting at ``text[i]``: a verb closed by
    an aspect particle (搬家了: ``ASPECT_PARTICLES``), a verb pointing at the account (认这个: ``DEMONSTRATIVES``) or a
    service brand ending the words (爽爽办, 夜郎通: ``BRAND_ENDINGS``); "" when none."""
    from detectors.names import _is_cjk

    if name_end < 0 or i < name_end or not _is_cjk(text[i]):
        return ""
    for k in range(i + 1, min(len(text), i + MAX_PREDICATE + 1)):
        if text[k] in ASPECT_PARTICLES:  # tagged with the particle, which tells the verb (换号了: 换号 is a verb)
            tokens = _tagged(text[i:k + 1])
            if (len(tokens) >= 2 and tokens[0][1].startswith("v") and tokens[-1][0] == text[k]
                    and all(_is_cjk(c) for c in text[i:k])):
                return text[i:k + 1]
            break
        demonstrative = next((d for d in DEMONSTRATIVES if text.startswith(d, k)), "")
        if demonstrative and text[i:k] not in vocab:
            tokens = _tagged(text[i:k])
            if len(tokens) == 1 and tokens[0][1].startswith("v"):
                return text[i:k] + demonstrative
            break
    stem = text[i:-1]
    if (text[-1:] in BRAND_ENDINGS and 1 <= len(stem) <= MAX_BRAND_STEM and all(_is_cjk(c) for c in stem)
            and not _brand_is_a_word(stem, text[-1], own_places)):
        return text[i:]
    return ""


def _brand_is_a_word(stem: str, ending: str, own_places: frozenset[str]) -> bool:
    """Whether ``stem + ending`` is read as words rather than a brand: its last characters make a dictionary word
    with the ending (交通, 普通, 举办) or the stem holds a word of a mention class (搬家通 is a business's). A place of
    the target's before the ending is its own brand, read as the place and its ending (``PLACE_BRAND_ENDINGS``)."""
    from detectors.names import dictionary_words
    words = dictionary_words()
    if any(stem[k:] + ending in words for k in range(len(stem))):
        return True
    added = explain_added(stem, own_places)
    return bool(added.rules_out or added.people or added.own_places or added.regions)


def _inside_latin_or_digits(text: str, i: int) -> bool:
    """Whether ``text[i]`` continues a run of ASCII letters or digits (the 345 of 12345 is no tag of its own)."""
    return i > 0 and text[i - 1].isascii() and text[i - 1].isalnum()


@lru_cache(maxsize=1)
def _nicknames() -> dict[str, frozenset[str]]:
    """Nickname → the place names it stands for (``detectors.places.nicknames``: 壮乡 → 广西 …)."""
    from detectors.places import nicknames
    return {nick: frozenset(forms) for nick, forms in nicknames().items()}


def _speaks_at(text: str, i: int, vocab: dict[str, str], longest: int) -> bool:
    """Whether a verb of speaking (``SPEAKING_VERBS``) stands at ``text[i]`` on its own, not beginning a longer word of
    a class (评论, 评测 are a column's: read as such)."""
    return text[i] in SPEAKING_VERBS and not any(text[i:j] in vocab for j in range(i + 2, min(len(text), i + longest) + 1))


def person_words(text: str) -> list[str]:
    """The words of ``text`` that name a person (``KIN_WORDS``, the person prefixes 老/阿, an agentive person or an
    audience: 酸汤妹, 老王, 解说员, 读者) — a person's handle, not a business's or a medium's."""
    added = explain_added(text)
    return [w for w in added.owner if w in KIN_WORDS or w in PERSON_PREFIXES] + added.persons


def trade_words_only(text: str, own_places: frozenset[str] = frozenset(),
                     other_places: frozenset[str] = frozenset()) -> list[str]:
    """The owner words of the text added around a registered name when every one of them is a business's — a shop,
    a firm, a trade or its goods (驴肉火烧店: 店; 搬家公司: 搬家, 公司), none a person's handle or a medium's title
    (``HANDLE_OWNER_WORDS``) — and no other mention class is there (another place, a column, a spatial relation, a
    person); [] otherwise. What ``detectors.impostor._unbacked_shop`` weighs against the account's profile."""
    added = explain_added(text, own_places, other_places)
    if not added.owner or added.other_places or added.columns or added.locatives or added.persons:
        return []
    if any(w in HANDLE_OWNER_WORDS for w in added.owner):
        return []
    return list(added.owner)


def reader_act(before: str) -> str:
    """The verb of a reader (``READER_VERBS``) that the words added before a registered name end with, making the
    unit its object (小李读…, 每晚刷…): somebody else's account about the unit; "" when none. Not when the verb ends a
    longer word of a class (快看, 速看, 请看: the account's own call to the reader), the tentative V一V (瞧一瞧) or
    an adverb or adjective urges it (必读, 快来看: jieba's parts of speech, ``_urging``). So does any verb of jieba's
    closed by the experiential particle 过 (打过…, 去过…: ``EXPERIENTIAL``, ``experience_act``): a person telling what
    they did with the unit."""
    experience = experience_act(before)
    if experience:
        return experience
    if not before or before[-1] not in _reader_verb_endings():
        return ""
    verb = next((v for v in _reader_verbs_longest_first() if before.endswith(v)), "")
    if not verb:
        return ""
    vocab, start = _vocabulary(), len(before) - len(verb)
    if any(before[k:] in vocab for k in range(max(0, len(before) - _longest_word()), start)):
        return ""  # 快看, 请看, 必看: a longer word of a class ends there
    if len(verb) == 1 and start >= 2 and _tentative_at(before, start - 2):
        return ""  # 瞧一瞧, 看一看: the tentative imperative, the account's call to its reader (``_reader_call_at``)
    lead = before[max(0, start - TAG_REACH):start]
    if lead:
        pos, previous = 0, None
        for token, tag in _tagged(lead + verb):  # the word before the one the verb begins or ends (快 of 快+来看)
            if pos + len(token) > len(lead):
                break
            pos, previous = pos + len(token), (token, tag)
        if previous is not None and _urging(*previous):
            return ""
    return verb


def experience_act(before: str) -> str:
    """The verb and the experiential particle 过 that the words added before a registered name end with (打过…, 去过…,
    找过…: ``EXPERIENTIAL``), the verb a verb of jieba's tagger and no word of a class (认证过 stays unknown); ""
    when none."""
    if len(before) < 2 or before[-1] != EXPERIENTIAL:
        return ""
    tokens = _tagged(before[-TAG_REACH:])
    if not tokens:
        return ""
    last, tag = tokens[-1]
    if last == EXPERIENTIAL and len(tokens) >= 2:  # 打 + 过 tagged apart: the verb is the token before
        verb, tag = tokens[-2]
        last = verb + EXPERIENTIAL
    else:
        verb = last[:-1]
    if not tag.startswith("v") or not verb or len(last) > 4:
        return ""
    vocab = _vocabulary()
    if any(before[k:-1] in vocab for k in range(max(0, len(before) - 1 - _longest_word()), len(before) - 1)):
        return ""  # 认证过, 发布过: a word of a class before 过
    return last


@lru_cache(maxsize=1)
def _reader_verb_endings() -> frozenset[str]:
    return frozenset(v[-1] for v in READER_VERBS)


@lru_cache(maxsize=1)
def _reader_verbs_longest_first() -> tuple[str, ...]:
    return tuple(sorted(READER_VERBS, key=len, reverse=True))


def _account_claim_at(text: str, i: int) -> str:
    """The claim ``modifier + account word`` (老号, 旧账号, 主号: ``ACCOUNT_NOUNS`` after a one-character adjective or
    distinguishing word of jieba's dictionary), or a demonstrative naming the account (此号, 本号, 这个号:
    ``DEMONSTRATIVES`` ending in an account word, or before one), starting at ``text[i]``; "" when none."""
    for demonstrative in (DEMONSTRATIVES if text[i] in _DEMONSTRATIVE_HEADS else ()):
        if text.startswith(demonstrative, i):
            if demonstrative.endswith(ACCOUNT_NOUNS):
                return demonstrative
            noun = next((n for n in ACCOUNT_NOUNS if text.startswith(n, i + len(demonstrative))), "")
            if noun:
                return demonstrative + noun
    rest = text[i + 1:i + 1 + max(map(len, ACCOUNT_NOUNS))]
    noun = next((n for n in ACCOUNT_NOUNS if rest.startswith(n)), "")
    if not noun or text[i] not in _account_modifiers():
        return ""
    return text[i:i + 1 + len(noun)]


def names_the_account(decoration: str) -> bool:
    """Whether a decoration taken off a name is a word for the account (``ACCOUNT_DECORATION_ENDINGS``)."""
    return bool(decoration) and decoration.endswith(ACCOUNT_DECORATION_ENDINGS)


def _account_modifiers() -> frozenset[str]:
    """The one-character adjectives and distinguishing words of jieba's dictionary (老, 新, 旧, 大, 小, 主, 副, 总 …:
    parts of speech ``ACCOUNT_MODIFIER_TAGS``), and the characters that make its adverbs of "originally" (原, 从:
    ``FORMER_ENDINGS``); ``jieba_classes``."""
    return jieba_classes().modifiers


NUMERALS = frozenset("0123456789零〇一二三四五六七八九十两")
NUMBERED = "号"  # N号: the Nth account (2号, 3号粉丝团), a numbered copy like 小号 or 备用号


def _numbered_at(text: str, i: int) -> str:
    """The ordinal ``N号`` (digits or Chinese numerals, then 号) starting at ``text[i]``; "" when none."""
    j = i
    while j < len(text) and text[j] in NUMERALS:
        j += 1
    return text[i:j + 1] if j > i and text[j:j + 1] == NUMBERED else ""


# the first characters of the rank words (``CAPITAL_WORDS``) and of their stripped forms (会, 城)
_CAPITAL_HEADS = frozenset(w[0] for w in CAPITAL_WORDS) | frozenset(STRIPPED_CAPITAL_WORDS)


def _capital_word_at(text: str, i: int, own_places: frozenset[str], name_at: int, prev: str) -> str:
    """The rank word (省会, 省城, 首府, 首都: ``detectors.places.CAPITAL_WORDS``) at ``text[i]`` when it names a capital
    among the target's own places (``detectors.places.capital_word_covers``); "" otherwise (省会 before a unit of
    another city stays 省 + 会). Names are read with 省 taken out anywhere (``detectors.names._strip_levels``), so 省会
    and 省城 right before the registered name (``name_at``: where it begins) arrive as 会 and 城 alone: read so when
    nothing or a place of the target comes before them (``prev``: the class of the word read before), not after other
    characters they make a word with (商会, 工会)."""
    if text[i] not in _CAPITAL_HEADS:  # most positions: one set look-up
        return ""
    word = text[i:i + 2]
    if word in CAPITAL_WORDS:
        return word if capital_word_covers(word, own_places) else ""
    word = STRIPPED_CAPITAL_WORDS.get(text[i], "")
    return (text[i] if word and i + 1 == name_at and prev in ("", "place") and capital_word_covers(word, own_places)
            else "")


def _named_feature_at(text: str, i: int, own_places: frozenset[str]) -> str:
    """The natural feature starting at ``text[i]`` whose name begins with a division's name but is no division (长白山
    of 长白县, ``named_features``), when no own place of the target begins there; "" when none."""
    words = named_features().get(text[i:i + 2])
    if not words:
        return ""
    word = next((w for w in words if text.startswith(w, i)), "")
    if not word or any(word.startswith(p) for p in own_places):
        return ""
    return word


@lru_cache(maxsize=1)
def named_features() -> dict[str, tuple[str, ...]]:
    """The natural features of jieba's dictionary (MIT; part of speech ``ns``, ``FEATURE_MIN``–``FEATURE_MAX``
    characters ending in a feature word, ``NATURAL_FEATURES``, frequency ``FEATURE_MIN_FREQ`` or more) whose name
    begins with a division's name and is longer than it but is no division itself (长白山 of 长白县, 泰山 is one:
    泰山区), by their first two characters, longest first."""
    from detectors.places import gazetteer
    gaz = gazetteer()
    out: dict[str, set[str]] = {}
    for word, freq, pos in jieba_dict.entries():
        if (pos != "ns" or not FEATURE_MIN <= len(word) <= FEATURE_MAX or word[-1] not in NATURAL_FEATURES
                or freq < FEATURE_MIN_FREQ):
            continue
        head = gaz.name_at(word, 0, common_words=True)
        if head and len(head) < len(word) and word not in gaz.full and word not in gaz.short:
            out.setdefault(word[:2], set()).add(word)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in out.items()}


def _division_at(text: str, i: int) -> str:
    """The longest division name (full or short form, two characters or more, not an everyday word) starting at
    ``text[i]``, from the national division list (``detectors.places``); "" when none."""
    from detectors.places import gazetteer
    return gazetteer().name_at(text, i)


def _is_own(word: str, own_places: frozenset[str]) -> bool:
    """Whether the division name ``word`` is one of the target's own places in another form: its full name (江苏省
    for 江苏, 锡林郭勒盟 for 锡林郭勒) or its short form (兴安 for 兴安盟)."""
    from detectors.places import gazetteer
    gaz = gazetteer()
    codes = gaz.named(word)
    return any(gaz.divisions[c].short in own_places or gaz.divisions[c].name in own_places for c in codes)


def _shadows_near_division(text: str, i: int, j: int, own_places: frozenset[str]) -> bool:
    """Whether the class word ``text[i:j]`` is only the beginning of a longer division name (not an everyday word,
    ``_division_at``) that is the target's own place in another form (``_is_own``) or lies in the target's own
    province or its namesake's (``_elsewhere_near``): 云 of 云和, 新 of 新丰 in a province that has 云和县 or 新丰县.
    Longest word first holds across the classes: the division is read as the place it is, not as a generic word and a
    stray character (thirty-fourth round). A division named nowhere near the target stays unknown text, like the
    other divisions ``explain_added`` reads character by character."""
    place = _division_at(text, i)
    return len(place) > j - i and (_is_own(place, own_places) or _elsewhere_near(place, own_places))


def _elsewhere_near(word: str, own_places: frozenset[str]) -> bool:
    """Whether the division name ``word`` names a division of the target's own province, or an ancestor of a division
    named like one of the target's own places (桂林 for 兴安: 兴安县 is in 桂林): a prefix that points at another
    place the reader of the name would take for the target's neighbour or namesake."""
    from detectors.places import gazetteer
    gaz = gazetteer()
    codes = set(gaz.named(word))
    provinces = {c[:2] for place in own_places for c in gaz.named(place) if not gaz.divisions[c].parent}
    return any(c[:2] in provinces for c in codes) or any(codes & _ancestors_of_named(place) for place in own_places)


@lru_cache(maxsize=4096)
def _ancestors_of_named(place: str) -> frozenset[str]:
    """Codes of the ancestors of every division whose name or short form is ``place``."""
    from detectors.places import gazetteer
    gaz = gazetteer()
    return frozenset(a for c in gaz.named(place) for a in gaz.ancestors(c))


def _abbreviations_of(places: frozenset[str]) -> frozenset[str]:
    from detectors.places import PROVINCE_ABBREVIATIONS
    return frozenset(a for p in places for a in PROVINCE_ABBREVIATIONS.get(p, ()))


# One-character verbs of a person's commentary (老张看…, 阿强说…): somebody's own column only after a speaker.
COMMENTARY_VERBS = frozenset("看说聊侃谈评")
PERSON_PREFIXES = frozenset("老阿")  # 老X, 阿X: these begin a person's name, so they own the word they begin
SERVICE_SUFFIX = "通"  # X通 names a service tool after its domain (便民通, 政务通): X is not the owner's business


def added_reason(before: str, after: str, added: Added) -> str:
    """A finding's reason for the words added around a name: 前加“…”，后加“…”, then what they are (``_added_kinds``
    of ``added``, their classification) in brackets."""
    words = [f"前加“{before}”"] * bool(before) + [f"后加“{after}”"] * bool(after)
    kinds = _added_kinds(added)
    return "，".join(words) + ("（" + "；".join(kinds) + "）" if kinds else "")


def _added_kinds(added: Added) -> list[str]:
    """What the added characters are, for a finding's reasons: generic words, own places, other characters."""
    kinds = []
    if added.generic:
        kinds.append("通用词 " + "、".join(dict.fromkeys(added.generic)))
    if added.service:
        kinds.append("办事或交易用语 " + "、".join(dict.fromkeys(added.service)))
    if added.own_places:
        kinds.append("本地或上级地名 " + "、".join(dict.fromkeys(added.own_places)))
    if added.regions:
        kinds.append("包含该地的上级区域名 " + "、".join(dict.fromkeys(added.regions)))
    if added.respelt:
        kinds.append("地名用形近或同音字改写 " + "、".join(dict.fromkeys(added.respelt)))
    if added.people:
        kinds.append("对当地人的称呼（不表示个人账号） " + "、".join(dict.fromkeys(added.people)))
    if added.roles:
        kinds.append("自称该单位的职务、岗位或工作人员 " + "、".join(dict.fromkeys(added.roles)))
    if added.agents:
        kinds.append("自称代该单位办事（代理、代办） " + "、".join(dict.fromkeys(added.agents)))
    if added.things:
        kinds.append("以别处地名起头的物产或口号（不说明账号属于哪里，按类别不明计） " + "、".join(dict.fromkeys(added.things)))
    if added.features:
        kinds.append("以地名起头的山川湖河名（不是该地，按类别不明计） " + "、".join(dict.fromkeys(added.features)))
    programmes = programme_words(added.text)
    if programmes:
        kinds.append("栏目或节目用语（媒体认证账号以此为栏目名时不计） " + "、".join(programmes))
    if added.unknown:
        kinds.append(f"其他字 {len(added.unknown)} 个（每个扣 {UNKNOWN_PENALTY}）")
    return kinds


def programme_words(text: str) -> list[str]:
    """The words of ``PROGRAMME_WORDS`` in ``text`` (added words), longest first, none inside another found."""
    found: list[str] = []
    for w in _programmes_longest_first():
        if w in text and not any(w in f for f in found):
            found.append(w)
    return found


def medium_desk_words(added: str) -> list[str]:
    """What a medium names its own programme or help desk with in ``added`` (words added around a registered name):
    programme words (``programme_words``: …直通车, …在线) and the words of a service offered to its audience
    (``SERVICE_WORDS``, ``WINDOW_WORDS``: …受理点, …服务窗口 of a newspaper's or a station's help desk that takes
    readers' requests to the unit). On an account verified as a medium they are the outlet's column or desk about
    the unit, not a claim to be it (``detectors.impostor``).

    Thirty-third round: a verb of speaking (``SPEAKING_VERBS``) standing on its own at either end of the added words
    (…说, …谈发展, 聊…) is the programme in the unit's voice that ``PROGRAMME_WORDS`` name with 发声 and 有话说 — a
    medium's column that has the unit's staff speak (…税务说: experts explaining tax policy), as evidence on any
    other account (``SPEAKING_VERBS``)."""
    vocab = affix_vocabulary()
    longest = _longest_word()
    spoken = [added[i] for i in dict.fromkeys((0, len(added) - 1))
              if added and _speaks_at(added, i, vocab, longest)]
    return list(dict.fromkeys(programme_words(added) + explain_added(added).service + spoken))


@lru_cache(maxsize=1)
def _programmes_longest_first() -> tuple[str, ...]:
    return tuple(sorted(PROGRAMME_WORDS, key=len, reverse=True))


POSSESSIVE = "的"


def possessive_mention(after: str, own_places: frozenset[str] = frozenset(),
                       other_places: frozenset[str] = frozenset()) -> str:
    """The noun phrase a registered name is the possessor of (济南公安 + 的热心粉: a fan *of* the unit), when the
    added text after the name starts with the possessive 的 and goes on with words that are not all generic or
    service words: the name is mentioned, not used as the account's own (济南公安的官方号 still claims to be it);
    "" when not."""
    if not after.startswith(POSSESSIVE) or len(after) == len(POSSESSIVE):
        return ""
    rest = explain_added(after[len(POSSESSIVE):], own_places, other_places)
    if rest.unknown or rest.owner or rest.columns or rest.people or rest.other_places or rest.locatives or rest.persons:
        return after
    return ""


def role_stem(role: str) -> str:
    """The post a role word names, without its agentive ending (联络员 → 联络, 新闻官 → 新闻; 形象大使 stays)."""
    return role[:-1] if role.endswith(ROLE_STEM_ENDINGS) and len(role) > 2 else role


def role_backed(added_text: str, verified_reason: str | None, registered_name: str, unit: str | None) -> list[str]:
    """The roles claimed in ``added_text`` (``ROLE_WORDS``) that an account's verification backs: its verification
    text names the post (宣传员 by a 消防安全宣传志愿者, 讲解员 by a 景区讲解员) or the unit itself (a member of its
    staff). Such an account is that person's own handle, not a claim; [] when nothing is backed."""
    from detectors.government import unit_key
    reason = unit_key(verified_reason)
    if not reason:
        return []
    roles = explain_added(added_text).roles
    names_unit = bool(registered_name and unit_key(registered_name) in reason) or bool(
        unit and unit_key(unit) in reason)
    return [r for r in roles if names_unit or role_stem(r) in reason]


def _names_an_owner(text: str, i: int, j: int) -> bool:
    """Whether the owner word ``text[i:j]`` is used as one here, read by words rather than characters: not when
    it is the domain of a service tool (…美食通: ``SERVICE_SUFFIX`` ends the text right after it); a one-character
    one not when it begins a dictionary word with what follows (行 in 在行动, unlike 车行; but 老 and 阿 begin a
    person's name); none when it ends a government body's name (所 of 派出所, 会 of 管委会, not of 事务所); a
    commentary verb (老张看, 我说, 看…学政策) not after an adverb urging the reader (必看, 快来看; jieba's parts of
    speech, read only then)."""
    if text[j:] == SERVICE_SUFFIX:
        return False
    if any(len(s) > j - i and text[:j].endswith(s) for s in _body_endings(text[j - 1])):
        return False  # the end of a government body's name (派出所, 管委会), not a business's or a person's
    if j - i > 1:
        return True
    ch = text[i]
    if ch in PERSON_PREFIXES and _outside_everyday_writing(text[j:j + 1]):
        return False  # 老俵 (the Gan dialect's 老表), not 老 + a surname or a given name: names are written in GB 2312
    if ch in PERSON_PREFIXES and i > 0 and not _surname_at(text, j) and _ends_word_before(text, i):
        return False  # 养老, 敬老: 老 ends a word with what stands before it and no surname follows: it begins no name
    if ch in PERSON_PREFIXES and _thing_word_at(text, i):
        return False  # 老豆腐, 老字号: 老 begins the word for a thing, not a person's name
    if ch in PERSON_PREFIXES and _common_noun_after(text, j):
        return False  # 老工人, 老物件: 老 is "old" before a common noun (the old ones of a group), not a person's name
    if ch in PERSON_PREFIXES and text[j:j + 1] in _function_characters() and not _surname_at(text, j):
        return False  # 阿么了, 老了: a particle or an interjection after 老/阿, a phrase of speech, not a person's name
    if ch in PERSON_PREFIXES and _cjk(text[j:j + 1]) and text[j + 1:j + 2] in _speech_particles():
        return False  # 阿门了, 老李呢: a particle of aspect or mood right after 老/阿 + one character closes a phrase
        # of speech (a greeting, a call), not a person's name: a name is followed by a word, 的 or nothing
    if ch in PERSON_PREFIXES and _feature_after(text, j):
        return False  # 老爷山, 阿里山: 老/阿 begins the name of a mountain, lake or river, not a person's name
    if ch == "老" and _old_place_after(text, j):
        return False  # 老城, 老街: "old" before the noun of a settlement or a built place, not a person's name
    if ch not in PERSON_PREFIXES:
        from detectors.names import MAX_WORD_LEN, dictionary_words
        words = dictionary_words()
        if any(text[i:k] in words for k in range(i + 2, min(len(text), i + MAX_WORD_LEN) + 1)):
            return False
    if ch not in COMMENTARY_VERBS:
        return True
    lo = max(0, i - TAG_REACH)  # the words around the verb: a whole name when it is of any real length
    text, i = text[lo:i + TAG_REACH], i - lo  # (hostile names of 10⁵ characters are not tagged whole, once per verb)
    tokens = _tagged(text)
    pos = 0
    for k, (token, _) in enumerate(tokens):
        if pos <= i < pos + len(token):
            before = tokens[k - 1] if k else (_tagged(text[:i])[-1] if i > pos else None)
            return before is None or not _urging(*before)  # 看… alone is somebody's column, as 老张看…
        pos += len(token)
    return True


def _old_place_after(text: str, j: int) -> bool:
    """Whether a one-character noun of a settlement or a built place (``OLD_PLACE_NOUNS``) stands at ``text[j]``,
    right after 老, beginning no dictionary word with what follows it (老城 + 烟火, not 老村 + 长: 村长 is a word, 老村长 a
    person) and no common surname (老张 stays a person's name): 老 is then "old" (老城, 老街), the old part of a place."""
    from detectors.names import MAX_WORD_LEN, dictionary_words
    if text[j:j + 1] not in OLD_PLACE_NOUNS or _surname_at(text, j):
        return False
    words = dictionary_words()
    return not any(text[j:m] in words for m in range(j + 2, min(len(text), j + MAX_WORD_LEN) + 1))


def _feature_after(text: str, j: int) -> bool:
    """Whether a natural feature's character (``NATURAL_FEATURES``) follows the one character after 老/阿 at
    ``text[j]`` and begins no dictionary word with what follows it (老爷 + 山, 老君 + 山, 阿里 + 山: a mountain named
    so; not 阿峰 + 山货, a word of its own), and no common surname stands at ``text[j]`` (老张 + 山… stays a person's
    name). Chinese features are named so, a person word or a sobriquet before 山, 岭, 河 … (a mountain's 老爷 is its
    deity); no list of them is kept: the shape is read."""
    from detectors.names import MAX_WORD_LEN, dictionary_words
    k = j + 1
    if text[k:k + 1] not in NATURAL_FEATURES or _surname_at(text, j):
        return False
    words = dictionary_words()
    return not any(text[k:m] in words for m in range(k + 2, min(len(text), k + MAX_WORD_LEN) + 1))


def _surname_at(text: str, j: int) -> bool:
    """Whether a common surname (``detectors.charsim.SURNAMES``) stands at ``text[j]`` (老 + 李: a person whatever
    word 老 may end with the character before it, 局长 + 老李)."""
    from detectors.charsim import SURNAMES
    return text[j:j + 1] in SURNAMES


def _ends_word_before(text: str, i: int) -> bool:
    """Whether ``text[i]`` ends a word begun before it as jieba segments the words around it (牧民/养老/补缴, not
    局长/老李: 长老 is a dictionary word too, but the segmenting keeps 局长 whole). Tagged only when a dictionary word
    ends there at all."""
    from detectors.names import MAX_WORD_LEN, dictionary_words
    words = dictionary_words()
    if not any(text[k:i + 1] in words for k in range(max(0, i - MAX_WORD_LEN + 1), i)):
        return False
    lo = max(0, i - TAG_REACH)
    pos = lo
    for token, _ in _tagged(text[lo:i + TAG_REACH]):
        if pos <= i < pos + len(token):
            return pos < i
        pos += len(token)
    return False


def _outside_everyday_writing(ch: str) -> bool:
    """Whether ``ch`` is a Chinese character outside GB 2312 (the 6,763 characters of everyday simplified writing, in
    which surnames and given names are written: 老张, 阿峰)."""
    from detectors.names import outside_gb2312
    return bool(ch) and outside_gb2312(ch)


TAG_REACH = 32  # characters on each side of a commentary verb that jieba tags (platform names are ≤ 30)


@lru_cache(maxsize=256)
def _body_endings(last: str) -> tuple[str, ...]:
    """The endings of government bodies' names (``detectors.government.GOV_SUFFIXES``) that end in ``last``."""
    from detectors.government import GOV_SUFFIXES
    return tuple(s for s in GOV_SUFFIXES if s.endswith(last))


def _urging(word: str, tag: str) -> bool:
    """An adverb or adjective (必, 务必, 快), or a one-character bound morpheme (速), before a commentary verb:
    the name urges the reader to look, it does not name a speaker."""
    return tag[:1] in ("d", "a") or (len(word) == 1 and tag == "ng")


@lru_cache(maxsize=4096)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part of speech) of ``text`` by jieba (its dictionary loaded on first use, only when an added text
    holds an owner word)."""
    import logging

    import jieba
    import jieba.posseg
    jieba.setLogLevel(logging.ERROR)
    return tuple((w.word, w.flag) for w in jieba.posseg.cut(text))


PERSON_ROLES = frozenset("官员师者")  # a word ending in one of these names a person by office or trade (检察官, 税务师)


def _completes_a_person(name: str, after: str) -> bool:
    """Whether the first added characters finish a word begun inside the registered name that names a person
    (广东检察 + 官小陈: 检察官, a prosecutor), unless the added text starts with a longer generic word (济南交警 +
    官方: 官方, not 警官). The added characters are then no affix: the name is somebody's, as 老张聊广州税务 is."""
    from detectors.names import dictionary_words
    if not after or not name:
        return False
    words, generic = dictionary_words(), _generic_edges()[0]
    longest_generic = max((j for j in range(1, min(len(after), _longest_word()) + 1) if after[:j] in generic),
                          default=0)
    for j in (1, 2):
        if j > len(after) or j < longest_generic or after[j - 1] not in PERSON_ROLES:
            continue
        if any(name[-i:] + after[:j] in words for i in range(1, min(len(name), 3) + 1)):
            return True
    return False


def completes_a_trade(name: str, after: str) -> str:
    """The trade that the registered name's last word and an agency word right after it make in jieba's dictionary
    (兰州税务 + 代理: 税务代理, a tax agent's trade; 邮政 + 代办): the name is that trade's, not an agent claimed by the
    unit; "" when none. The agency words are one relation written three ways (代理, 代办, 经办: to act for a client),
    so a trade the dictionary spells with one of them is the same trade with another (税务代理 in the dictionary:
    税务代办 and 税务经办 are the tax agent's trade too, a business's 代办所 after 甘肃税务 as much as a 代理所)."""
    from detectors.names import MAX_WORD_LEN, dictionary_words
    agency = next((w for w in AGENCY_HEADS if after.startswith(w)), "")
    if not agency or not name:
        return ""
    words = dictionary_words()
    for i in range(1, min(len(name), MAX_WORD_LEN - len(agency)) + 1):
        if any(name[-i:] + head in words for head in AGENCY_HEADS):
            return name[-i:] + agency
    return ""


MIN_IDIOM = 4  # idioms (成语) of at least this many characters


@lru_cache(maxsize=1)
def idioms() -> frozenset[str]:
    """The idioms (成语, part of speech ``i``) of jieba's dictionary (``detectors.jieba_dict``; about 25k), read once."""
    return frozenset(w for w, _, tag in jieba_dict.entries() if tag == "i" and len(w) >= MIN_IDIOM)


def heads_an_idiom(name: str, before: str, after: str) -> str:
    """The idiom that the registered name only begins or ends, with at least two added characters finishing it
    (江苏气象 + 万千: 气象万千; 风调雨顺 of an added 风调 before 雨顺…): the name is read as part of a phrase of
    the language there, not as the unit's name; "" when none."""
    if not name or not (before or after):
        return ""
    words = idioms()
    for j in range(2, min(len(after), MIN_IDIOM + 2) + 1):
        for i in range(1, min(len(name), MIN_IDIOM + 2 - j) + 1):
            if i + j >= MIN_IDIOM and name[-i:] + after[:j] in words:
                return name[-i:] + after[:j]
    for j in range(2, min(len(before), MIN_IDIOM + 2) + 1):
        for i in range(1, min(len(name), MIN_IDIOM + 2 - j) + 1):
            if i + j >= MIN_IDIOM and before[-j:] + name[:i] in words:
                return before[-j:] + name[:i]
    return ""


# "former": the registered name with its place written by a former name of that very division, level word and all
# (郧县发布 for 郧阳发布: ``detectors.name_index._former_forms``), which no other unit's account writes; above "name",
# so 宜宾县发布 points at 叙州区 (宜宾县 until 2018) rather than at 宜宾市 with its level word dropped.
# "level": the registered name with the abbreviation it writes its place by (土右旗 of 土默特右旗) at another level word,
# none, or written out in full (``detectors.name_index._level_forms``): as a whole name one level word away (the
# ``level`` layer of ``detectors.names``)
# "namesake": a provincial unit's registered name with its province written by a former name that is today another
# place's short form (松江公安 for 黑龙江公安: the 松江省 of 1945-1954, today Shanghai's 松江区;
# ``detectors.name_index._namesake_forms``): that place's own accounts write it too, so it is for review, under
# ``detectors.impostor.ORG_MIN_NAME_SCORE`` (an account verified as a body stays its own), and the match carries the
# namesake (``NameMatch.namesake``) for the account's own text to place it there (``detectors.impostor``)
AFFIX_SCORES = {"name": 0.88, "unit": 0.86, "town": 0.85, "reorder": 0.82, "office": 0.82, "short": 0.84,
                "former": 0.9, "level": 0.85, "namesake": 0.78}
SUBSTITUTION_PENALTY = 0.04
MIN_AFFIX_SCORE = 0.40  # below this an affixed match is not kept as a candidate at all


SHORT_NAME = 4  # a registered name this short allows one look-alike substitution, or two that both break words
DOUBLE_SHORT_PENALTY = 0.08  # half of such a name changed: review needed (0.88 - 2 * 0.04 - 0.08 = 0.72)


def changed_positions(text: str, changed: list[tuple[str, str, str]]) -> list[int]:
    """Where ``text`` (a registered name as a candidate writes it) holds a substituted character of ``changed``
    ((written, registered, how) triples)."""
    return [k for k, ch in enumerate(text) if any(ch == a for a, _, _ in changed)]


def changes_break_words(text: str, changed: list[tuple[str, str, str]]) -> bool:
    """Whether every substituted character of ``text`` breaks the word it stands in (``detectors.names.breaks_word``):
    a change that makes a word of its own (重情 for 重庆, 汉川 for 汶川) writes another name, not a disguise of this one."""
    from detectors.names import breaks_word
    return all(breaks_word(text, k) for k in changed_positions(text, changed))


def _both_broken(text: str, changed: list[tuple[str, str, str]]) -> bool:
    """Whether every substituted character of ``text`` makes no dictionary word with its neighbours (菜州供安: 菜州
    and 供安 are no words). Two different characters that still form words are another name (开封文旅), two that
    break the words they stand in are a disguise of the registered name (``detectors.names.breaks_word``)."""
    from detectors.names import _is_cjk
    positions = changed_positions(text, changed)
    return (len(positions) == len(changed) and all(_is_cjk(text[k]) for k in positions)
            and changes_break_words(text, changed))


def ruled_out_reason(variant, before: str, after: str, own_places: frozenset[str],
                     other_places: frozenset[str], following: str = "") -> str:
    """Why the words added around a registered name rule an affixed match out, in Chinese ("" when they do not):
    for ``govwatch detect explain``. ``following``: as for ``explain_added``."""
    added = explain_added(before + after, own_places, other_places, following if after else "",
                          len(before) if after else -1, place_things=True)
    why = []
    if added.owner:
        why.append("商家、个人或媒体用词 " + "、".join(dict.fromkeys(added.owner)))
    if added.columns:
        why.append("栏目、评测或心得用词 " + "、".join(dict.fromkeys(added.columns)))
    if added.other_places:
        why.append("其他地名 " + "、".join(dict.fromkeys(added.other_places)))
    if added.locatives:
        why.append("方位用语（名称指的是该单位旁边的别的地方） " + "、".join(dict.fromkeys(added.locatives)))
    if added.persons:
        why.append("指人的词（“员”“者”结尾） " + "、".join(dict.fromkeys(added.persons)))
    verb = reader_act(before)
    if verb:
        why.append(f"名称前是读者的动作“{verb}”（名称是它的宾语：读者或关注者的账号）")
    if possessive_mention(after, own_places, other_places):
        why.append(f"“的”字结构（“{variant.text}{after}”）：名称只是被提及，账号是别人的")
    idiom = heads_an_idiom(variant.text, before, after)
    if idiom:
        why.append(f"备案名称只是成语“{idiom}”的一部分")
    if _completes_a_person(variant.text, after):
        why.append("所加的字与名称组成指人的词")
    trade = completes_a_trade(variant.text, after)
    if trade:
        why.append(f"所加的字与名称组成行业名称“{trade}”（代办、代理业务）")
    goods = place_goods_across(variant.text, after, own_places, other_places)
    if goods:
        why.append(f"名称末尾的地名与所加的字组成以地名起头的土特产“{goods}”（后接商家用词）：地名是产品的，不是名称的")
    return "；".join(why)


def _written_length(variant, registered_name: str) -> int:
    """The length of a registered name as it is written, level characters included, for a candidate that holds it
    whole (kind "name"): matching strips 省/市/县/区 on both sides, and 柳市治理 (the town of 柳市) is matched as 柳治理,
    but it is a name of four characters all the same, and two of them changed are half of it (``SHORT_NAME``), not
    two of three. ``len(variant.text)`` for every other kind."""
    from detectors.names import _strip_levels
    if variant.kind != "name" or not registered_name:
        return len(variant.text)
    return len(variant.text) + len(registered_name) - len(_strip_levels(registered_name))


def _same_unit_text(text: str, changed: list[tuple[str, str, str]], unit: str | None) -> bool:
    """Whether ``text`` (a candidate's part, level words removed) spells the unit's full name itself."""
    from detectors.government import unit_key
    from detectors.names import _strip_levels
    for a, b, _ in changed:
        text = text.replace(a, b)
    return text == _strip_levels(unit_key(unit))


HIDDEN_CATEGORIES = ("Mn", "Me", "Cf", "Cc", "Co", "Cn")  # marks, format, control, private and unassigned code points


@lru_cache(maxsize=4096)
def _separates(ch: str) -> bool:
    """Whether ``ch`` is a visible separator of a name's segments (⎸, ｜, 丨, 【, ·, an emoji, a space): a character
    that reading a name drops (``detectors.names``: not a radical or a number it reads as a character) and that is
    drawn. Marks hidden inside words (combining marks, zero-width, format and tag characters) separate nothing."""
    import unicodedata

    from detectors.names import _CJK_STROKES, _clean
    if _CJK_STROKES.fullmatch(ch):
        return True  # a stroke written between characters as spacing (河㇀北): dropped before anything else is read
    return unicodedata.category(ch) not in HIDDEN_CATEGORIES and not _clean(ch)[0]


def apart_lengths(raw_name: str, before: str, text: str, after: str) -> tuple[int, int]:
    """How many characters of ``before`` (from its start) and of ``after`` (from its end) stand in segments of the
    name of their own, parted from the registered name ``text`` by a separator (``_separates``: 咋回事⎸曲阜发布,
    【…】富裕发布⎸…): (0, 0) when none do, or when the segments read one by one (level words taken out as
    ``detectors.name_index.AffixIndex.find`` takes them) do not make ``before + text + after`` exactly (a decoration
    taken off, a word read across a separator)."""
    if not raw_name or not (before or after):
        return 0, 0
    from detectors.names import _strip_levels
    segments = [seg for seg in map(_strip_levels, name_segments(raw_name)) if seg]
    if len(segments) < 2 or "".join(segments) != before + text + after:
        return 0, 0
    return _whole_segments(segments, len(before)), _whole_segments(segments[::-1], len(after))


def has_separator(raw_name: str) -> bool:
    """Whether a name holds a separator of segments (``_separates``): a name without one is one segment
    (``name_segments``), which callers that want two or more can tell without reading it."""
    return any(map(_separates, raw_name))


def name_segments(raw_name: str) -> list[str]:
    """The segments of a name parted by separators (``_separates``), each read (``detectors.names``: cleaned, level
    words kept); the one segment of a name without separators; empty ones left out."""
    from detectors.names import _clean
    if not has_separator(raw_name):
        return [seg for seg in [_clean(raw_name)[0]] if seg]
    parts, part = [], []
    for ch in raw_name:
        if _separates(ch):
            parts.append("".join(part))
            part = []
        else:
            part.append(ch)
    parts.append("".join(part))
    return [seg for seg in (_clean(p)[0] for p in parts if p) if seg]


def _whole_segments(segments: list[str], room: int) -> int:
    """The characters of the leading whole ``segments`` that fit in ``room``."""
    taken = 0
    for seg in segments:
        if taken + len(seg) > room:
            break
        taken += len(seg)
    return taken


def affix_match(variant, before: str, after: str, changed: list[tuple[str, str, str]], registered_name: str,
                unit: str | None, own_places: frozenset[str], other_places: frozenset[str], following: str = "",
                owner_disguise: str = "", disguised: str = "", apart: tuple[int, int] = (0, 0),
                claimed_scam: str = ""):
    """The ``NameMatch`` of a candidate that contains a registered name (or its reordering or unit) plus words.
    ``following``: the decoration taken off the candidate's name right after ``after`` (``explain_added``).
    ``owner_disguise``: why words of a business, a person or a medium (小店, 旗舰店, 直营) are the account's disguise,
    not its owner (in Chinese, for the reason; empty when they are not): its description runs a
    government-impersonation scam (``detectors.profile_claims``), or the name writes the registered name with
    look-alike or same-sound characters or hides characters in it. They then count as unknown words instead of ruling
    the match out (every other class of mention still does).
    ``disguised``: why the name disguises the registered name twice over (in Chinese; empty when it does not): a
    look-alike or same-sound character that breaks its word *and* characters hidden in the name or a word split by a
    symbol (``detectors.impostor.double_disguise``). Each alone is a weak edit; together they are a combination no
    business or person writing its own name makes, so unknown words around it do not veto the match either: it is
    floored at ``UNKNOWN_FLOOR`` for review, as a look-alike beside words of an evidence class is.
    ``apart``: how many characters of ``before`` (from its start) and of ``after`` (from its end) stand in segments of
    the name of their own (``apart_lengths``): a phrase parted from the registered name by a separator is a slogan or a
    call beside the name, not a word of it, and its unknown words cost nothing — however many such phrases the name
    strings together, the registered name is there as cleanly as alone (咋回事⎸这事儿⎸曲附发布⎸…); every class of mention in
    them still rules the match out.
    ``claimed_scam`` (thirty-third round): why every class of mention gives way, not only an owner's words (in Chinese;
    empty when it does not): the account's description runs a government-impersonation scam *and* introduces the
    account as this very unit (``detectors.impostor._disguised_pairs``). Another place, a column's, a locative's or a
    person's words rule a match out because the account may be that other place's, that column's or that person's,
    about the unit; a description that claims the unit and then asks for deposits, bank accounts or a private chat
    says whose account it pretends to be. Those words count as unknown words, and the match is floored for review."""
    from detectors.names import NameMatch, breaks_word
    double = (len(changed) == 2 and SHORT_NAME in (len(variant.text), _written_length(variant, registered_name))
              and _both_broken(variant.text, changed))
    if len(changed) > (2 if len(variant.text) > SHORT_NAME or double else 1):
        return None
    if any(how == "part" and not all(breaks_word(variant.text, k) for k, ch in enumerate(variant.text) if ch == a)
           for a, _, how in changed):
        return None  # one component swapped is a look-alike only where it breaks a word (公安 → 兮安, not 河南)
    if variant.kind == "short" and not changes_break_words(variant.text, changed):
        return None  # as for an abbreviation of the full name: 纹川新闻办 for 汶川's, but 汉川 is a city of its own
    added = explain_added(before + after, own_places, other_places, following if after else "",
                          len(before) if after else -1, place_things=True)
    disguise = ""
    if claimed_scam and added.rules_out:
        mentions = [*added.owner, *added.columns, *added.other_places, *added.locatives, *added.persons]
        disguise, owner_disguise = "".join(dict.fromkeys(mentions)), claimed_scam
        disguised = disguised or claimed_scam
        added = replace(added, owner=[], columns=[], other_places=[], locatives=[], persons=[],
                        unknown=added.unknown + disguise)
    elif claimed_scam:
        return None  # nothing gave way: the match was read without it already
    elif owner_disguise and added.owner and not (added.other_places or added.columns or added.locatives
                                               or added.persons):
        disguise = "".join(added.owner)
        added = replace(added, owner=[], unknown=added.unknown + disguise)
    elif owner_disguise and not disguised:
        return None  # only the words of an owner give way to the scam; the match was read without it already
    elif added.owner and added.claims and not (added.other_places or added.columns or added.locatives
                                               or added.persons):
        # 此号接替米粉铺, 花炮专卖旧号作废, 领款点瓷都好物: the added words say which account of the unit this is or
        # which desk of it, what no shop, person or medium says of itself; its trade words are the disguise
        disguise = "".join(added.owner)
        owner_disguise = "所加词语同时声称是该单位的账号或办事点（" + "、".join(dict.fromkeys(added.claims)) + "）"
        added = replace(added, owner=[], unknown=added.unknown + disguise)
    if (added.rules_out or reader_act(before) or _completes_a_person(variant.text, after)
            or heads_an_idiom(variant.text, before, after)
            or possessive_mention(after, own_places, other_places) or completes_a_trade(variant.text, after)
            or place_goods_across(variant.text, after, own_places, other_places)):
        return None
    unknown = added.unknown
    inner_before, inner_after = before[apart[0]:], after[:len(after) - apart[1]]
    if any(apart) and added.unknown and not disguise:  # only the unknown words in the name's own segment cost
        unknown = explain_added(inner_before + inner_after, own_places, other_places,
                                following if inner_after else "", len(inner_before) if inner_after else -1,
                                place_things=True).unknown
    score = AFFIX_SCORES[variant.kind] - SUBSTITUTION_PENALTY * len(changed) - UNKNOWN_PENALTY * len(unknown)
    # the whole name with only unknown words around it, or a look-alike of it beside words of an evidence class
    # (正牌…圄镇发布… with words of no class besides): unknown words do not veto it, it is for review. A level word is
    # of one (generic) whether or not the place before it is read as the unit's own: 乌盟 before a look-alike of a
    # banner's name, read as its league, keeps the evidence its 盟 gave
    levelled = [p for p in added.own_places if p.endswith(LEVEL_WORDS)]
    floored = score < UNKNOWN_FLOOR and (not changed or added.evidence or bool(disguised) or bool(levelled))
    if floored:
        score = UNKNOWN_FLOOR
    if double:
        score -= DOUBLE_SHORT_PENALTY
    if score < MIN_AFFIX_SCORE:
        return None
    reasons = []
    if variant.kind == "reorder":
        reasons.append(f"名称调换了“{registered_name}”的前后两部分（“{variant.text}”）")
    elif variant.kind == "unit":
        reasons.append(f"名称使用了备案单位全称“{unit}”" + ("" if _same_unit_text(variant.text, changed, unit)
                                                          else f"（另一写法“{variant.text}”）"))
    elif variant.kind == "office":
        reasons.append(f"名称使用了备案单位“{unit}”的另一名称（“{variant.text}”：一个机构两块牌子，或运营该账号的机构），"
                       f"备案账号为“{registered_name}”")
    elif variant.kind == "short":
        reasons.append(f"名称使用了备案单位“{unit}”名称的通行简称（“{variant.text}”，不计级别词），备案账号为“{registered_name}”")
    elif variant.kind == "town":
        reasons.append(f"名称包含备案名称“{registered_name}”，乡镇（街道）名换了写法（“{variant.text}”）")
    elif variant.kind == "level":
        reasons.append(f"名称把备案名称“{registered_name}”里简写的地名换了写法（去掉级别词为“{variant.text}”：级别词换成"
                       "别的、去掉，或写出全称）")
    elif variant.kind == "former":
        reasons.append(f"名称以该地旧名代替今名写出备案名称“{registered_name}”（去掉级别词为“{variant.text}”；旧名据民政部"
                       "历年行政区划代码）")
    elif variant.kind == "namesake":
        reasons.append(f"名称以该省撤并前的旧省名代替今名写出备案名称“{registered_name}”（去掉级别词为“{variant.text}”）；"
                       "这一旧名今天也是别处的地名，按待复核计")
    else:
        reasons.append(f"名称包含备案名称“{registered_name}”")
    for a, b, how in changed:
        reasons.append(f"形近字替换：{b}→{a}" if how == "shape" else f"形近字替换（只换了一个部件或只差一笔）：{b}→{a}"
                       if how == "part" else f"同音字替换：{b}→{a}")
    if before or after:
        reasons.append(added_reason(before, after, added))
    if len(unknown) < len(added.unknown):
        parted = [w for w in (before[:apart[0]], after[len(after) - apart[1]:]) if w]
        reasons.append(f"所加词语中“{'”“'.join(parted)}”用分隔符与名称隔开、单独成段（口号或招呼语，不是名称的一部分）："
                       f"其中类别不明的字不扣分")
    if disguise and claimed_scam:
        reasons.append(f"所加词语（{disguise}）像别处、栏目、商家或个人的名称，但{claimed_scam}：这些词是伪装，按类别不明计")
    elif disguise:
        reasons.append(f"所加词语（{disguise}）像商家、个人或媒体的名称，但{owner_disguise}：这些词是伪装，按类别不明计")
    if floored:
        reasons.append(f"所加词语类别不明，但名称含完整的备案名称：按待复核计（{UNKNOWN_FLOOR}）" if not changed else
                       f"所加词语部分类别不明，但含仿冒常用词、名称只换了形近或同音字：按待复核计（{UNKNOWN_FLOOR}）"
                       if added.evidence else
                       f"所加词语类别不明，但{disguised}：两种伪装叠加，按待复核计（{UNKNOWN_FLOOR}）" if disguised else
                       f"所加词语部分类别不明，但含带级别词的本地地名（{'、'.join(levelled)}）、名称只换了形近或同音字：按待复核计"
                       f"（{UNKNOWN_FLOOR}）")
    layer = variant.kind if variant.kind not in ("name", "town", "former", "level", "namesake") else "affix"
    return NameMatch(layer, round(score, 3), reasons, added=before + after, unknown=len(added.unknown),
                     namesake=getattr(variant, "namesake", ()),
                     respelt=bool(changed) and changes_break_words(variant.text, changed))


# ---- generic words peeled off, then the whole-name layers -------------------------------------------------------

MAX_PEELED_WORDS = 2  # generic words peeled from each end of a candidate name
MIN_PEELED_CORE = 3  # what is left must have at least this many characters
PEELED_LAYERS = ("shape", "sound", "level", "swap", "pinyin")  # one change, not a drop, insertion or edit


@lru_cache(maxsize=1)
def _generic_edges() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    words = frozenset(w for w in EVIDENCE_CLASSES["generic"] if w)
    return words, frozenset(w[0] for w in words), frozenset(w[-1] for w in words), max(map(len, words))


def peel_generic(core: str) -> list[tuple[str, str, str]]:
    """(before, inner, after) for each way of peeling up to ``MAX_PEELED_WORDS`` generic words off each end of
    ``core`` (longest word first), leaving at least ``MIN_PEELED_CORE`` characters; nothing peeled is not listed.

    An impostor who changes a character of a registered name *and* wraps it in official-looking words
    (权威山东消坊, 正版杨江公安) is found by comparing what is inside the wrapping with the registry, whole name
    against whole name, even when the changed character is one that registered names use elsewhere."""
    words, firsts, lasts, longest = _generic_edges()
    if not core or (core[0] not in firsts and core[-1] not in lasts):
        return []
    starts = [0]
    while len(starts) <= MAX_PEELED_WORDS and core[starts[-1]:starts[-1] + 1] in firsts:
        i = starts[-1]
        for j in range(min(len(core), i + longest), i, -1):
            if core[i:j] in words:
                starts.append(j)
                break
        else:
            break
    ends = [len(core)]
    while len(ends) <= MAX_PEELED_WORDS and ends[-1] > 0 and core[ends[-1] - 1] in lasts:
        j = ends[-1]
        for i in range(max(0, j - longest), j):
            if core[i:j] in words:
                ends.append(i)
                break
        else:
            break
    out = []
    for s in starts:
        for e in ends:
            if (s, e) != (0, len(core)) and e - s >= MIN_PEELED_CORE:
                out.append((core[:s], core[s:e], core[e:]))
    return out


def peeled_match(match, before: str, after: str, registered_name: str):
    """The ``NameMatch`` of a candidate whose name, with generic words peeled off, imitates a registered name by
    one change (``match``, a whole-name layer of ``PEELED_LAYERS``); None for other layers."""
    from detectors.names import NameMatch
    if match is None or match.layer not in PEELED_LAYERS:
        return None
    score = min(match.score, AFFIX_SCORES["name"]) - SUBSTITUTION_PENALTY
    added = explain_added(before + after)
    words = []
    if before:
        words.append(f"前加“{before}”")
    if after:
        words.append(f"后加“{after}”")
    reasons = [f"名称去掉通用词后与备案名称“{registered_name}”相近", *match.reasons,
               "，".join(words) + "（通用词 " + "、".join(dict.fromkeys(added.generic)) + "）"]
    return NameMatch("affix", round(score, 3), reasons, added=before + after, unknown=0)


# ---- abbreviations of the unit's full name ----------------------------------------------------------------------

ABBREVIATION_SCORE = 0.78  # "likely": a unit's own way of shortening its name, used by an account not on file


def abbreviation_match(before: str, place: str, tail: str, registered_name: str, unit: str | None,
                       own_places: frozenset[str], other_places: frozenset[str]):
    """The ``NameMatch`` of a candidate that abbreviates the target unit's full name (``detectors.name_index.
    UnitAbbreviations``): the place, then ``tail`` (characters of the rest of the unit's name, in order). Words
    before the place are scored like any added words; another place or an owner word rules the match out."""
    from detectors.names import NameMatch
    if not explain_added(tail).unknown:
        return None  # only generic words kept (临沂政务服务): a kind of service, not this unit's name
    added = explain_added(before, own_places, other_places)
    if added.rules_out or reader_act(before):
        return None
    score = ABBREVIATION_SCORE - UNKNOWN_PENALTY * len(added.unknown)
    if score < MIN_AFFIX_SCORE:
        return None
    reasons = [f"名称“{place}{tail}”是备案单位“{unit}”的简称写法（按原顺序取全称中的字），备案账号为“{registered_name}”"]
    if before:
        reasons.append(added_reason(before, "", added))
    return NameMatch("abbrev", round(score, 3), reasons, added=before, unknown=len(added.unknown))


def place_peeled_match(match, place: str, registered_name: str):
    """The ``NameMatch`` of a candidate that puts a place of the target above its name (the province or city, a
    different-level form) and changes one character of the rest (山东·寿光帀场监管, 枣庄滕州公宴): ``match`` is the
    rest against the registered name, a one-change layer of ``PEELED_LAYERS`` or a broken word."""
    from detectors.names import NameMatch
    if match is None or match.layer not in PEELED_LAYERS + ("broken",):
        return None
    score = min(match.score, AFFIX_SCORES["name"]) - SUBSTITUTION_PENALTY
    reasons = [f"名称前加了备案账号所在的上级地名“{place}”，其余部分与备案名称“{registered_name}”相近", *match.reasons]
    return NameMatch("affix", round(score, 3), reasons, added=place, unknown=0)


# ---- a look-alike that names a thing of the place -------------------------------------------------------------

MIN_THING_FREQ = 10  # jieba lists rare compounds at its floor frequencies (2, 3); a word seen more often is vocabulary
THING_TAGS = ("n", "nr", "nz", "ng")  # jieba's nouns, not places (ns) or organisations (nt): things, trades, people
ACT_TAGS = ("v", "vn")  # jieba's verbs
COMMON_NOUN_TAG = "n"  # jieba's common nouns: not a person's name (nr), a proper name (nz) or a bound morpheme (ng)


class JiebaClasses(NamedTuple):
    """The word classes the added-word rules read from jieba's dictionary (``jieba_classes``)."""

    modifiers: frozenset  # one-character account modifiers (``_account_modifiers``)
    nouns: object  # two-character nouns seen at least ``MIN_THING_FREQ`` times (a ``names._WordSet``)
    verbs: object  # two-character verbs, likewise
    single_verbs: frozenset  # one-character verbs
    single_nouns: frozenset  # one-character common nouns
    common_nouns: object  # two-character common nouns (jieba's ``n``), likewise


@lru_cache(maxsize=1)
def jieba_classes() -> JiebaClasses:
    """What the added-word rules read from jieba's dictionary, in one pass over it, once, on first need (an added
    text holding an account word, or a look-alike pair of place + two characters): the account modifiers
    (``_account_modifiers``), then the two-character nouns and verbs seen at least ``MIN_THING_FREQ`` times
    (``names_a_thing``; ``detectors.names._WordSet``, hashes only)."""
    from detectors.names import _WordSet
    modifiers, nouns, verbs, singles, former, common = set(), [], [], set(), Counter(), []
    single_verbs, single_nouns = set(), set()
    for word, freq, tag in jieba_dict.entries():
        if len(word) == 1:
            singles.add(word)
            if tag in ACCOUNT_MODIFIER_TAGS:
                modifiers.add(word)
            elif tag == "v":
                single_verbs.add(word)
            elif tag == "n":
                single_nouns.add(word)
        elif len(word) == 2 and word[1] in FORMER_ENDINGS and tag in FORMER_TAGS:
            former[word[0]] += 1
        if len(word) == 2 and freq >= MIN_THING_FREQ:
            if tag in THING_TAGS:
                nouns.append(word)
                if tag == COMMON_NOUN_TAG:
                    common.append(word)
            elif tag in ACT_TAGS:
                verbs.append(word)
    modifiers |= {c for c, n in former.items() if n >= FORMER_MIN_ENDINGS and c in singles}
    return JiebaClasses(frozenset(modifiers), _WordSet(nouns), _WordSet(verbs), frozenset(single_verbs),
                        frozenset(single_nouns), _WordSet(common))


def names_a_thing(written: str, registered: str) -> bool:
    """Whether ``written`` (what a candidate writes after the target's own place) turns ``registered`` (what the
    registered name writes there) from a verb of the unit's work into a noun of the dictionary by one character:
    隆昌发布 → 隆昌夏布. A name of the form place + verb (发布: the place publishes) speaks as the unit; place + a
    noun that is no verb (夏布, ramie cloth) names a thing of that place — a local product, a trade — and one
    character is all that tells the two apart. A disguise of a noun (公安 → 公案) keeps a noun in a noun's place and
    is not read so; the caller also checks that no registered name uses the word (a government word, 平安)."""
    if len(written) != 2 or len(registered) != 2 or sum(a != b for a, b in zip(written, registered)) != 1:
        return False
    _, nouns, verbs, _, _, _ = jieba_classes()
    return registered in verbs and written in nouns and written not in verbs
