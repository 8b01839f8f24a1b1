"""Twenty-seventh held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev30/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """国务院常务会议审议通过《关于加快发展银发经济增进老年人福祉的若干措施》

会议指出，要围绕老年人“急难愁盼”问题，扩大社区助餐、助浴、助医服务供给，推进适老化改造，规范发展老年旅居市场，让老年人老有所养、老有所乐。"""

G2 = """跨省异地就医直接结算服务再扩围：门诊慢特病相关治疗费用纳入结算范围

参保人员在就医地发生的高血压、糖尿病、恶性肿瘤门诊放化疗等门诊慢特病费用，可按规定直接结算，不用再先垫付后回参保地报销。"""

X1 = """新华社海口11月18日电（记者 周楚航 黎思雨）冬季瓜菜大规模上市在即，海南各地田间地头一派繁忙。今年全省冬季瓜菜种植面积预计超过280万亩，辣椒、豇豆、苦瓜等品种将陆续通过“绿色通道”运往全国各地。"""

X2 = """新华社北京11月21日电 记者从交通运输部获悉，今年以来全国港口货物吞吐量保持增长，沿海港口集装箱航线网络进一步加密，水路运输对稳外贸的支撑作用持续增强。"""

R1 = """让“候鸟”老人住得安心、过得舒心

每到冬季，大批北方老人南下过冬。旅居地既要算好“经济账”，也要算好“服务账”：医疗衔接要顺畅，住房租赁要规范，社区活动要开放，让“异乡”也有家的温度。"""

R2 = """年终岁尾，安全生产这根弦绷得再紧也不为过

越是临近年底，越容易出现赶工期、抢进度的情况。企业要把安全投入做实，监管部门要把隐患排查做细，决不能让“带病作业”酿成事故。"""

C1 = """【#台风季后学校复课安全检查清单#】教室门窗是否牢固？校舍是否有渗漏、裂缝？配电箱是否进水？操场树木是否存在倒伏风险？开学前请逐项排查，确保师生安全返校。"""

C2 = """【#冬季自驾出游这份安全提示请收好#】出发前检查轮胎和刹车；长途驾驶每2小时休息一次；遇团雾天气开启雾灯、降低车速，保持安全车距，切勿在高速公路上停车拍照。"""

N1 = """秋冬季儿童支原体肺炎高发，家长要注意什么？

如果孩子持续发热超过3天、咳嗽加重或出现呼吸急促，应及时到正规医疗机构就诊，不要自行服用抗生素。平时注意开窗通风，避免带孩子到人群密集场所。"""

N2 = """登革热是通过伊蚊叮咬传播的急性传染病

防蚊灭蚊是关键：清除家中积水容器，翻盆倒罐；外出时穿长袖衣裤、涂抹驱蚊剂。出现高热、头痛、关节痛、皮疹等症状，应及时就医并告知医生旅居史。"""

M1 = """岁末年初安全防范十项提醒

一、不在楼道、安全出口堆放杂物；二、电动自行车不进楼入户；三、使用燃气时保持通风；四、不私拉乱接电线；五、外出前关闭电源气源……安全无小事，人人都是第一责任人。"""

P1 = """【#警方提示#】“低价二手房源”“内部特价房”？小心是诈骗！近期有人冒充房产中介，以缴纳“看房押金”“锁房定金”为由要求转账，得手后立即拉黑。买房租房请通过正规渠道，当面核验房源。"""

CM1 = """【#南海中北部海域大风预报#】受冷空气影响，11月23日至25日，南海中北部海域将有7～8级、阵风9级的东北风，并伴有4～5米的大浪。请过往船只注意航行安全。"""

CM2 = """【#冬季晨练注意天气变化#】冬季早晨气温低、湿度大，易出现雾和霾。建议晨练时间推迟至太阳出来后，雾天减少户外运动，老年人和心脑血管疾病患者尤其要注意保暖。"""

POSTS = [
    # source documents (clean originals of unregistered accounts)
    P("gov_wx", G1, key="g1"),
    P("gov_wx", G2, key="g2"),
    P("xh_wb", X1, key="x1"),
    P("xh_wb", X2, key="x2"),
    P("rmrb_wx", R1, key="r1"),
    P("rmrb_wx", R2, key="r2"),
    P("cctv_wb", C1, key="c1"),
    P("cctv_wb", C2, key="c2"),
    P("nhc_wx", N1, key="n1"),
    P("nhc_wx", N2, key="n2"),
    P("mem_wx", M1, key="m1"),
    P("mps_wb", P1, key="p1"),
    P("cma_wb", CM1, key="cm1"),
    P("cma_wb", CM2, key="cm2"),

    # copies without naming the source (12)
    P("hn_wj", G2 + "\n\n有需要的参保人员可以了解一下。", U, copy="g2",
      note="pasted State Council item, nothing names the source"),
    P("hn_nw", X1.split("）", 1)[1], U, copy="x1",
      note="agency copy with the dateline cut off; the remaining text names no outlet"),
    P("hk_xw", "【转】" + X2.replace("新华社北京11月21日电 ", ""), U, copy="x2", orig=True,
      note="Weibo paste of an agency item with the dateline removed; 【转】 names nobody"),
    P("ss_zf", R1, U, copy="r1", orig=True,
      note="commentary pasted whole; the WeChat copy falsely claims 原创"),
    P("wn_yj", R2 + "\n\n（原标题：年终岁尾，安全生产这根弦绷得再紧也不为过）", U, copy="r2",
      note="commentary pasted; 原标题 does not name a source"),
    P("hk_jy", C1.replace("【#台风季后学校复课安全检查清单#】", "各学校请注意：") , U, copy="c1",
      note="pasted broadcaster item with its hashtag swapped for an address; no source named"),
    P("hk_ga", "冬季自驾出游安全提示来了👇出发前检查轮胎和刹车；长途驾驶每2小时休息一次；遇团雾天气开启雾灯、降低车速，保持安全车距，切勿在高速公路上停车拍照。", U,
      copy="c2", note="broadcaster item pasted into a video caption, no source named"),
    P("bt_wj", N1 + "\n\n文字：保亭县卫生健康委员会", U, copy="n1",
      note="pasted commission article; a 文字 credit to itself does not name the source"),
    P("wc_wj", N2.replace("翻盆倒罐", "翻盆到罐") + "\n\n文昌市卫生健康委员会\n2026年11月24日", (U, T), copy="n2",
      spans=[(T, "翻盆到罐", "翻盆倒罐")],
      note="pasted commission article signed as its own; also a wrong character in a set phrase (倒→到, same sound)"),
    P("wn_yj", "【安全提醒】" + M1, U, copy="m1", orig=True,
      note="ministry list pasted under the bureau's own heading; no source named"),
    P("sy_ga", P1.replace("【#警方提示#】", "【三亚公安提醒】"), U, copy="p1", orig=True,
      note="police-bureau item pasted under the account's own bracket; no source named"),
    P("df_qx", CM1, U, copy="cm1", orig=True,
      note="national forecast pasted on Weibo without naming the source"),

    # copies that name their source (clean; hard negatives of unsourced_repost) (8)
    P("hk_xw_dy", "国务院常务会议：加快发展银发经济，扩大社区助餐、助浴、助医服务供给，推进适老化改造。\n来源：中国政府网", hn=HN,
      copy="g1", note="summary with a 来源 line"),
    P("hn_nw", "以下文章来源于新华社\n\n" + X1, hn=HN, copy="x1", note="WeChat 以下文章来源于 banner and the dateline"),
    P("hn_yj", R2 + "\n\n稿件来源丨人民日报评论", hn=HN, copy="r2", note="稿件来源 line"),
    P("hn_ga_dy", "冬季自驾出游，这份安全提示请收好！出发前检查轮胎和刹车，遇团雾开启雾灯、降低车速。（信息来源：央视新闻）", hn=HN,
      copy="c2", note="信息来源 names the broadcaster"),
    P("bt_wj", "据“健康中国”微信公众号消息，秋冬季儿童支原体肺炎高发，孩子持续发热超过3天、咳嗽加重或出现呼吸急促，应及时到正规医疗机构就诊，不要自行服用抗生素。",
      hn=HN, copy="n1", note="据…消息 attributes the item"),
    P("ls_sj", "本文转载自“中国应急管理”微信公众号\n\n" + M1, hn=HN, copy="m1", note="转载自 line"),
    P("sy_ga_dy", "警方提示：“内部特价房”“锁房定金”都是骗局！买房租房请走正规渠道。", hn=HN, copy="p1", orig=False,
      src="公安部刑侦局", note="platform repost with its source field set"),
    P("df_qx", "中国气象局：11月23日至25日南海中北部海域有7～8级、阵风9级东北风，伴有4～5米大浪，过往船只注意航行安全。", hn=HN, copy="cm1",
      orig=True, note="the publisher named as the headline's speaker"),

    # other unsourced reposts (24): another body's voice, outlet articles without their outlet
    P("dz_rs", """2027年起个人养老金缴费上限调整

我部近日会同财政部印发通知，明确个人养老金制度参加人每年缴费上限调整，参加人可以在上限内按月、分次或者按年度缴纳。""", U,
      note="ministry's 我部 voice posted without a source"),
    P("hn_sj", """总局发布冬季电暖器产品质量抽查结果

总局组织对电暖器、电热毯等产品开展质量国家监督抽查，共抽查420家企业生产的480批次产品，发现不合格产品37批次，已责成属地市场监管部门依法处理。""", U,
      note="national administration's 总局 voice, no source"),
    P("ls_sj", """网购年货谨防“低价陷阱”

记者从市场监管总局获悉，岁末年初网购需求旺盛，消费者应选择正规平台，保存好聊天记录和付款凭证，遇到纠纷及时拨打12315投诉。""", U,
      note="agency-style article; 记者从…获悉 is part of the copied text, no outlet named"),
    P("hn_wj", """我委召开全国冬春季传染病防控工作视频会

会议要求，各地卫生健康行政部门要加强发热门诊、儿科门诊力量配备，做好流感、呼吸道合胞病毒等疫情监测预警。""", U,
      note="national commission's 我委 voice reposted without source"),
    P("wc_wj", """本报讯 记者日前从省疾控部门获悉，今年全省登革热本地病例较往年明显减少，爱国卫生运动和社区灭蚊行动成效显著。

（完）""", U, note="newspaper item; 本报讯 without the paper's name and （完） do not name a source"),
    P("hk_jy", """教育部部署2027年全国硕士研究生招生考试安全工作

教育部日前印发通知，要求各地各校压实考试安全责任，严防试题泄密，严厉打击组织考试作弊、替考等违法犯罪行为。

作者：孙嘉禾　编辑：李晓川""", U, note="article with credits of another paper's staff, no source"),
    P("dz_nw", """编者按：冬季瓜菜生产进入关键期，怎样种出“好价钱”？来看专家支招。

农业农村部专家指导组建议，冬种瓜菜要注意防寒保温、合理密植，推广水肥一体化和绿色防控技术，减少化学农药使用。""", U,
      note="编者按 of another publication, no source named"),
    P("hn_ga", "#公安部发布# 我部决定自即日起在全国范围内开展打击整治养老诈骗专项行动“回头看”，严打以提供养老服务、投资养老产业等为名实施的诈骗犯罪。", U,
      note="ministry voice 我部 on a provincial account"),
    P("sy_ga", "【提醒】我支队民警在海口市龙昆南路查获一起酒驾，驾驶人血液酒精含量达128mg/100ml，已涉嫌危险驾驶罪。", U,
      note="another city's traffic detachment voice (我支队, Haikou) on a Sanya account"),
    P("hk_ga", "多部门联合发布：冬季电动自行车充电安全须知。电池组老化鼓包要及时更换，充电时间一般不超过8小时，严禁私自改装、加装电池。", U,
      note="pasted joint notice of other bodies, no source named"),
    P("hn_yj", "我局提醒各地消防救援队伍：入户宣传时要劝导独居老人家庭安装独立式感烟火灾探测报警器，定期检查电池电量，一旦报警立即排查火源。", U,
      note="national bureau's reminder pasted without source"),
    P("wn_yj", """国家防总办公室部署冬季森林草原防灭火工作

国家防总办公室要求，各地要严格野外火源管控，加强重点时段巡护值守，对违规用火行为“零容忍”，确保森林草原火情“打早、打小、打了”。""", U,
      note="national headquarters notice pasted"),
    P("ss_zf", """南海区域海洋观测能力不断提升

近年来，我局在南海海域布设的浮标、岸基观测站数量持续增加，实现了重点海域观测数据的实时传输，为海上航行和渔业生产提供了有力保障。""", U,
      note="another bureau's 我局 voice (a national marine bureau), no source"),
    P("df_qx", "我台今天10时发布寒潮蓝色预警：受强冷空气影响，11月27日至29日我国中东部地区自北向南将有6～8℃降温，江南、华南北部部分地区降温超过10℃。", U,
      note="national observatory's 我台 voice posted by a city bureau"),
    P("hn_lw", "国内旅游抽样调查显示，今年前三季度国内出游人次同比增长，冬季“南下避寒游”热度攀升，三亚、西双版纳、北海等地搜索量居前。#冬季旅游#", U,
      note="survey item pasted without the publisher"),
    P("sy_lw_wb", """三亚市区部分道路施工期间交通管制的通告

因城市道路改造需要，我大队决定于11月20日至12月20日对迎宾路部分路段实施交通管制，请过往车辆按指示绕行。

三亚市公安局交通警察支队第一大队""", U, note="another body's notice (traffic brigade) pasted by the tourism bureau, no source"),
    P("hk_xw", "全国铁路今日起实行新运行图，海南环岛高铁增开部分列车，海口至三亚最快1小时32分可达。国铁集团表示，将根据客流变化动态调整运力。", U,
      orig=True, note="railway group item pasted without source"),
    P("dz_rs", """2027年度全国专业技术人员职业资格考试工作计划发布

人力资源社会保障部人事考试中心近日公布了明年考试计划安排，考生可登录中国人事考试网查看。以下为部分考试时间：
一级建造师：9月
注册会计师：8月""", U, note="national exam-centre item pasted without source"),
    P("qh_lw", "我部将于元旦前后启动今年全国“村晚”示范展示活动，主会场和分会场将设在乡村，让农民成为舞台主角。", U,
      note="the ministry's 我部 voice on a city account, no source"),
    P("hn_nw", """农业农村部办公厅关于做好冬春农业生产工作的通知

各省、自治区、直辖市农业农村（农牧）厅（局、委）：为做好今冬明春农业生产工作，现就有关事项通知如下……""", U,
      note="the issuing body's own title on a pasted document does not name a source"),
    P("hk_jy", "我校附属医院专家提醒：寒假临近，学生要注意用眼卫生，连续看屏幕40分钟应休息远眺，保证每天户外活动2小时。", U,
      note="a university's 我校 voice pasted by the education bureau"),
    P("ls_lw", "在这里，看见“海上村庄”的烟火气。疍家渔排上，渔民们晾晒鱼干、修补渔网，海风里飘着咸鲜味……（本期作者：林海潮）", U,
      note="another publication's feature with its author credit, no source"),
    P("wzs_lw", "全国首条热带雨林国家公园科普步道年内开通，沿途设置50余处科普标识，游客可在专业讲解员带领下认识雨林植物。", U,
      note="national-park administration's news pasted as a video caption"),
    P("sy_lw_wb", "来自远方的客人：今冬首批越冬候鸟黑脸琵鹭已抵达海南，观鸟爱好者可前往东寨港等湿地观测，请保持距离、不要投喂惊扰。", U,
      note="pasted conservation bureau item; 来自 without a publisher does not name a source"),

    # hard negatives: the unit's own voice or a named source (5)
    P("hk_ga", "我局反诈中心提醒：近期冒充“客服退款”诈骗高发，凡是要求共享屏幕、下载会议软件的都是诈骗！", hn=HN, orig=None,
      note="the bureau's own voice (我局), nothing copied"),
    P("ss_zf", "据《海南日报》报道，永兴岛海水淡化厂扩建工程近日完工，日供水能力进一步提高，岛上居民用水更有保障。", hn=HN,
      note="据…报道 attributes the item"),
    P("hn_lw_wb", "//@海南省旅游和文化广电体育厅: 冬季出游高峰，请游客合理安排行程。", hn=HN, orig=False, src="海南省旅游和文化广电体育厅",
      note="platform retweet of the unit's own post with the source field set"),
    P("dz_nw", "我局组织农技人员深入那大镇、木棠镇田间地头，指导农户做好冬季瓜菜病虫害防治，发放技术资料2000余份。", hn=HN, orig=None,
      note="the bureau's own work in its own voice"),
    P("hn_sj", "来自人民日报客户端：市场监管总局部署开展岁末年初食品安全专项检查，重点检查冷链食品、节令食品。", hn=HN,
      note="来自…客户端 names the source"),
]
