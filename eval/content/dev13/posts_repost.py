"""Ninth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev12/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"

G1 = """民政部办公厅关于开展2026年冬季“寒冬送温暖”专项救助行动的通知

各省、自治区、直辖市民政厅（局），新疆生产建设兵团民政局：

为切实保障流浪乞讨人员等困难群众冬季基本生活，民政部决定自2026年11月至2027年2月在全国开展“寒冬送温暖”专项救助行动。现就有关事项通知如下。

一、加强主动巡查。各地救助管理机构要会同公安、城管等部门，在寒潮、雨雪冰冻等极端天气期间加密街面巡查频次，重点巡查桥洞、地下通道、废弃房屋、火车站周边等区域，发现流浪乞讨人员及时劝导其进站接受救助。

二、做好应急救助。对不愿进站的，要发放棉衣、棉被、食品等御寒物资；对危重病人、精神障碍患者、智力残疾人等，要第一时间联系医疗机构救治。

三、畅通求助渠道。各地要公布24小时救助热线，在寒潮来临前通过广播、电视、新媒体等渠道发布救助信息，鼓励社会公众发现流浪乞讨人员后及时拨打救助热线或110报警。

四、强化源头治理。加强寻亲服务，综合运用人脸识别、DNA比对等方式帮助受助人员寻亲返乡，落实返乡后的社会救助政策，防止反复流浪。

民政部办公厅
2026年11月17日"""

G2 = """水利部办公厅关于做好2026—2027年冬春农村供水保障工作的通知

各省、自治区、直辖市水利（水务）厅（局），新疆生产建设兵团水利局：

今冬明春是农村供水保障的关键时期，部分地区可能出现持续低温冰冻和阶段性干旱，对农村供水工程安全运行带来不利影响。为切实保障农村群众饮水安全，现就有关工作通知如下。

一、全面排查供水工程隐患。11月底前，各地要对农村集中供水工程和分散供水设施开展一次全面排查，重点检查水源、输水管网、净化消毒设施和防冻保温措施，建立问题台账，限期整改。

二、做好防冻保温。对北方寒冷地区和南方高海拔山区的供水管网、水表井、入户管道，要及时采取包裹、埋深、排空等防冻措施，备足抢修物资和人员。

三、强化水质检测。县级水质检测中心要加密检测频次，春节前后对千吨万人供水工程至少开展一次全面检测，检测结果按规定向社会公开。

四、落实应急供水预案。对水源不稳定的地区，要提前储备应急水源，落实拉水送水措施，确保群众不因冰冻、干旱断水。

水利部办公厅
2026年11月19日"""

G3 = """农业农村部办公厅关于做好2026年冬季和2027年春季重大动物疫病防控工作的通知

各省、自治区、直辖市及计划单列市农业农村（农牧、畜牧兽医）厅（局、委），新疆生产建设兵团农业农村局：

冬春季是非洲猪瘟、高致病性禽流感、口蹄疫等重大动物疫病的高发季节，加之岁末年初畜禽及其产品调运频繁，防控形势复杂。为做好今冬明春防控工作，现通知如下。

一、扎实开展集中免疫。各地要在12月底前完成秋冬季集中免疫，做到应免尽免，免疫密度常年维持在90%以上，群体免疫抗体合格率常年保持在70%以上。

二、加强监测排查。以养殖场户、屠宰场、交易市场为重点，加密非洲猪瘟、禽流感等疫病监测频次，发现疑似疫情要立即报告，严禁瞒报、谎报、迟报、漏报。

三、强化调运监管。严格落实畜禽跨省调运指定通道制度，加强对运输车辆的清洗消毒和备案管理，严厉打击违规调运病死畜禽行为。

四、做好应急准备。各地要备足消毒药品、防护用品等应急物资，组织开展应急演练，一旦发生疫情，要按照“早、快、严、小”原则果断处置。

农业农村部办公厅
2026年11月18日"""

X1_BODY = """记者18日从湖南省交通运输厅获悉，随着平江至益阳高速公路益阳段等3个项目建成通车，湖南高速公路通车里程突破8000公里，达到8036公里。今年以来，湖南完成交通固定资产投资超过900亿元，新改建农村公路4300余公里，新增通客车的较大人口规模自然村（组）612个，“出门水泥路、抬脚上客车”在三湘大地越来越普遍。"""
X1 = "新华社长沙11月18日电（记者 曹灵）" + X1_BODY

X2_BODY = """记者20日从张家界市文化旅游广电体育局获悉，今年1至10月，张家界接待入境游客186.4万人次，同比增长42.7%，其中韩国、马来西亚、泰国游客位居前三。随着240小时过境免签政策落地和张家界荷花国际机场国际航线加密，“免签游”“周末游”成为入境游新亮点，天门山、武陵源核心景区外语导览、境外银行卡支付等服务已实现全覆盖。"""
X2 = "新华社张家界11月20日电（记者 向芸）" + X2_BODY

X3_BODY = """财政部21日发布数据显示，1至10月，全国一般公共预算收入18.36万亿元，同比增长1.2%；全国一般公共预算支出23.07万亿元，同比增长3.1%。其中，社会保障和就业、教育、卫生健康支出分别增长5.4%、4.2%和3.8%，民生领域支出得到有力保障。"""
X3 = "新华社北京11月21日电（记者 韩佳诺）" + X3_BODY

R1_BODY = """楼道里堆满杂物、路灯坏了没人修、停车位不够天天吵……这些看似鸡毛蒜皮的小事，关乎群众最直接的获得感。基层治理，既要“大写意”，更要“工笔画”。

下足“绣花功夫”，首先要沉下去。干部多走一走楼栋，多敲一敲门，才能把问题找准、把需求摸清。一些地方推行“楼栋长”“网格员”制度，让小事不出网格、大事不出社区，就是有益探索。

下足“绣花功夫”，还要用巧劲。用好议事会、恳谈会，让居民自己的事自己商量着办；用好数字化手段，让群众“动动手指”就能反映问题、查询进度。

针尖上见功夫，细微处见真情。把群众的每一件小事当成大事来办，基层治理才会更有温度、更有成效。"""
R1 = "人民论坛：基层治理要多下“绣花功夫”\n\n作者：唐一鸣\n\n" + R1_BODY

R2_BODY = """寒假临近，不少家长开始为孩子物色研学营、冬令营。记者调查发现，部分研学产品存在“只游不学”、虚假宣传、资质不全等问题。选择时请注意：

1. 查资质。选择具有合法经营资质的旅行社或教育机构，签订正式合同，明确行程、费用、退费条款。
2. 看内容。警惕“名校游”“名师讲座”等噱头，重点了解课程设计、带队老师资质和师生配比。
3. 问安全。确认机构是否为学生购买意外险，住宿、交通、餐饮是否符合安全标准，是否配备随队安全员。
4. 留凭证。保存好宣传资料、聊天记录和付款凭证，一旦发生纠纷，可向当地教育、文旅、市场监管部门或12315投诉。"""
R2 = "寒假研学游，这份“避坑”指南请收好\n\n" + R2_BODY

C1_BODY = """国家移民管理局今天发布数据，今年1至10月，全国各口岸适用240小时过境免签政策入境外国人达612.7万人次，同比增长53.6%。目前，过境免签政策已覆盖55个国家人员、65个口岸，停留区域扩大至24个省份。国家移民管理局提醒，入境外国人要在规定区域内停留，如需前往停留区域外，应依法办理签证。"""
C1 = "【#国家移民管理局：前10月240小时过境免签入境外国人同比增长超五成#】" + C1_BODY

C2_BODY = """市场监管总局今天召开新闻发布会介绍，今年以来全国市场监管部门共查处虚假违法广告案件3.1万件，罚没款5.8亿元。其中，涉及医疗、药品、保健食品的“神医”“神药”类广告案件占比超过三成。市场监管总局提醒，保健食品不是药物，不能代替药物治疗疾病；凡是宣称“根治”“包治”“无效退款”的，都涉嫌违法。"""
C2 = "【#市场监管总局：今年以来查处虚假违法广告案件3.1万件#】" + C2_BODY + "#警惕神医神药广告#"

N1_BODY = """入冬以来，呼吸道合胞病毒（RSV）感染进入高发期。呼吸道合胞病毒是导致2岁以下婴幼儿下呼吸道感染的主要病原体之一，早产儿、有先天性心脏病或慢性肺病的婴幼儿更易发展为重症。

一、有哪些表现？
多数患儿表现为发热、流涕、咳嗽等感冒样症状，部分会出现喘息、呼吸急促、吃奶差，严重时可出现呼吸困难、口唇发紫。

二、什么时候要就医？
孩子出现呼吸明显加快、胸廓凹陷、吃奶量减少一半以上、精神萎靡或持续高热时，要及时就医。

三、怎么预防？
家人勤洗手，咳嗽打喷嚏时遮住口鼻；家中有人感冒时，尽量避免近距离接触婴幼儿；少带婴幼儿去人员密集场所；保持室内通风。"""
N1 = "呼吸道合胞病毒进入高发期，婴幼儿家长要知道这几点\n\n" + N1_BODY

M1_BODY = """入冬后，电动自行车火灾进入易发期。据统计，电动自行车火灾约八成发生在充电过程中。请牢记：

五要：要使用原装充电器；要在室外集中充电场所充电；要在充满后及时断电；要定期检查电池和线路；要购买符合强制性国家标准的产品。

五不要：不要在楼道、门厅、疏散通道停放充电；不要“飞线”充电；不要将电池带回家中充电；不要私自改装、更换大容量电池；不要长时间、过夜充电。

发现电动自行车起火，要立即远离并拨打119报警，切勿贸然扑救。"""
M1 = "电动自行车充电，牢记“五要五不要”\n\n" + M1_BODY

P1_BODY = """近期，有不法分子混入学校家长群，将头像、昵称改成与班主任一致，以收取“资料费”“补课费”“校服费”为由，在群内发布收款二维码。有的家长未核实便扫码付款，造成损失。警方提示：学校收费有正规渠道，凡是群内突然要求扫码转账的，一定要私下电话联系老师本人核实！"""
P1 = "【警惕冒充老师在家长群收费！】" + P1_BODY + "#反诈#"

A1_BODY = """中央气象台11月24日06时发布冰冻蓝色预警：受冷暖空气共同影响，预计24日夜间至26日，贵州中东部、湖南西部和南部、江西西北部等地的部分地区将出现冻雨或冰粒天气，局地电线积冰直径可达8～12毫米。请相关地区注意防范冻雨对交通、电力和农业生产的不利影响。"""
A1 = "#冻雨# 【冰冻蓝色预警】" + A1_BODY


POSTS = [
    # ---- source documents (unregistered accounts; clean originals) ----
    P("gov_wx", G1, key="g1", when="11-17 16:20"),
    P("gov_wx", G2, key="g2", when="11-19 17:05"),
    P("gov_wx", G3, key="g3", when="11-18 15:40"),
    P("xh_wb", X1, key="x1", when="11-18 10:12"),
    P("xh_wb", X2, key="x2", when="11-20 11:36"),
    P("xh_wb", X3, key="x3", when="11-21 16:02"),
    P("rmrb_wx", R1, key="r1", when="11-19 07:58"),
    P("rmrb_wx", R2, key="r2", when="11-21 20:30"),
    P("cctv_wb", C1, key="c1", when="11-20 15:18"),
    P("cctv_wb", C2, key="c2", when="11-18 14:47"),
    P("nhc_wx", N1, key="n1", when="11-17 19:10"),
    P("mem_wx", M1, key="m1", when="11-22 18:25"),
    P("mps_wb", P1, key="p1", when="11-19 12:03"),
    P("cma_wb", A1, key="a1", when="11-24 06:21"),

    # ---- unsourced copies of the documents ----
    P("ld_xw", "【民政部办公厅关于开展2026年冬季“寒冬送温暖”专项救助行动的通知】为切实保障流浪乞讨人员等困难群众冬季基本生活，民政部决定自2026年11月至2027年2月在全国开展“寒冬送温暖”专项救助行动。一、加强主动巡查。各地救助管理机构要会同公安、城管等部门，在寒潮、雨雪冰冻等极端天气期间加密街面巡查频次，重点巡查桥洞、地下通道、废弃房屋、火车站周边等区域，发现流浪乞讨人员及时劝导其进站接受救助。二、做好应急救助。对不愿进站的，要发放棉衣、棉被、食品等御寒物资……",
      U, copy="g1", orig=True, note="the ministry's notice pasted on Weibo under its own title; the issuing body's title names no source"),
    P("xt_xw", "#农村供水# 【做好2026—2027年冬春农村供水保障工作】今冬明春是农村供水保障的关键时期，部分地区可能出现持续低温冰冻和阶段性干旱，对农村供水工程安全运行带来不利影响。11月底前，各地要对农村集中供水工程和分散供水设施开展一次全面排查，重点检查水源、输水管网、净化消毒设施和防冻保温措施，建立问题台账，限期整改。县级水质检测中心要加密检测频次，春节前后对千吨万人供水工程至少开展一次全面检测。对水源不稳定的地区，要提前储备应急水源，落实拉水送水措施，确保群众不因冰冻、干旱断水。",
      U, copy="g2", orig=True, note="sentences of the ministry's notice stitched together under a new headline, no source named"),
    P("cd_ny", G3 + "\n\n阅读原文",
      U, copy="g3", note="the ministry's notice pasted whole; 阅读原文 alone names no source"),
    P("xt_xw", "【湖南高速公路通车里程突破8000公里】" + X1_BODY,
      U, copy="x1", orig=True, note="wire story with its dateline cut off; 记者…获悉 is part of the copied text"),
    P("zjj_wl", "今年1至10月，张家界接待入境游客186.4万人次，同比增长42.7%，其中韩国、马来西亚、泰国游客位居前三。随着240小时过境免签政策落地和张家界荷花国际机场国际航线加密，“免签游”“周末游”成为入境游新亮点，天门山、武陵源核心景区外语导览、境外银行卡支付等服务已实现全覆盖。#张家界 #入境游",
      U, copy="x2", orig=True, note="wire story used as a video caption without the dateline or any source"),
    P("ld_xw", "【前10月全国一般公共预算收入18.36万亿元】" + X3_BODY + "#财政数据#",
      U, copy="x3", orig=True, note="wire story without its dateline"),
    P("yiy_rs", "基层治理要多下“绣花功夫”\n\n作者：唐一鸣\n\n" + R1_BODY,
      U, copy="r1", note="newspaper commentary pasted with the author's byline only; 作者 names no publisher"),
    P("hn_jy", R2 + "\n\n（完）",
      U, copy="r2", note="newspaper service piece pasted whole; 记者调查发现 and （完） name no outlet"),
    P("hn_jy_wb", "【寒假研学游“避坑”指南】记者调查发现，部分研学产品存在“只游不学”、虚假宣传、资质不全等问题。1. 查资质。选择具有合法经营资质的旅行社或教育机构，签订正式合同，明确行程、费用、退费条款。2. 看内容。警惕“名校游”“名师讲座”等噱头。3. 问安全。确认机构是否为学生购买意外险。4. 留凭证。保存好宣传资料、聊天记录和付款凭证。",
      U, copy="r2", orig=True, note="trimmed copy of the newspaper piece; no source"),
    P("hn_ga", "【过境免签入境外国人前10月同比增长超五成】" + C1_BODY,
      U, copy="c1", orig=True, note="TV news item re-posted under a new headline, no source"),
    P("hn_wl", "📢好消息！" + C1_BODY.replace("今天发布数据，", "发布数据，") + " 欢迎外国朋友来湖南！",
      U, copy="c1", orig=True, note="TV news item pasted into a video caption with 今天 dropped; no source"),
    P("hn_sc", C2.replace("#警惕神医神药广告#", "") + "#湖南市场监管#",
      U, copy="c2", orig=True, note="TV news item pasted verbatim with the account's own hashtag"),
    P("sy_sc", "【查处虚假违法广告案件3.1万件】今年以来全国市场监管部门共查处虚假违法广告案件3.1万件，罚没款5.8亿元。其中，涉及医疗、药品、保健食品的“神医”“神药”类广告案件占比超过三成。保健食品不是药物，不能代替药物治疗疾病；凡是宣称“根治”“包治”“无效退款”的，都涉嫌违法。",
      U, copy="c2", orig=True, note="trimmed copy of the TV news item, no source"),
    P("xt_sc", "全国市场监管部门今年查处虚假违法广告案件3.1万件\n\n" + C2_BODY + "\n\n编辑：童欣",
      U, copy="c2", note="TV news item as a WeChat article; only an editor credit"),
    P("zhz_wj", N1 + "\n\n图文编辑：刘畅　审核：陈墨",
      U, copy="n1", orig=True, note="the commission's health guide pasted whole; the account even marks it 原创 (is_original true); credits name no source"),
    P("hn_wj_wb", "【呼吸道合胞病毒进入高发期】" + N1_BODY.split("\n\n")[0] + "孩子出现呼吸明显加快、胸廓凹陷、吃奶量减少一半以上、精神萎靡或持续高热时，要及时就医。",
      U, copy="n1", orig=True, note="opening and one answer of the commission's guide, no source"),
    P("hn_yj", M1 + "\n\n阅读原文",
      U, copy="m1", note="the ministry's safety card pasted whole; 阅读原文 alone names no source"),
    P("yy_yj", M1 + "\n\n来源：网络　如有侵权请联系删除",
      U, copy="m1", note="a 来源 line that names no publisher (网络) does not name a source"),
    P("cs_ga", P1 + "#长沙警事#",
      U, copy="p1", orig=True, note="the bureau's alert pasted verbatim with a local hashtag"),
    P("hh_ga", "家长们注意！" + P1_BODY + "#怀化公安 #反诈",
      U, copy="p1", orig=True, note="the bureau's alert used as a video caption, no source"),
    P("cs_ga_dy", "开学季、期末季骗子最爱混进家长群！" + P1_BODY,
      U, copy="p1", orig=True, note="the bureau's alert used as a video caption, no source"),
    P("yz_qx", "#冻雨# 【冰冻蓝色预警】" + A1_BODY.split("：", 1)[1] + "#永州天气#",
      U, copy="a1", orig=True, note="national warning pasted with the issuing observatory's opening cut, so it reads as the city bureau's own warning"),
    P("hn_yj_wb", "【冰冻蓝色预警】" + A1_BODY.split("：", 1)[1] + "请注意出行安全，关注临近预报。",
      U, copy="a1", orig=True, note="national warning pasted without its issuer line, plus one added sentence; no source"),

    # ---- sourced copies (clean; hard negatives) ----
    P("xt_xw", "#寒冬送温暖# 【民政部部署开展“寒冬送温暖”专项救助行动】民政部决定自2026年11月至2027年2月在全国开展“寒冬送温暖”专项救助行动，要求在寒潮、雨雪冰冻等极端天气期间加密街面巡查频次，对不愿进站的流浪乞讨人员发放棉衣、棉被、食品等御寒物资。湘潭市救助管理站24小时救助热线：0731-5822xxxx。（信源：中国政府网）",
      copy="g1", hn=U, orig=True, note="信源 line names the government website"),
    P("ld_xw", X1 + "（新华社）",
      copy="x1", hn=U, orig=True, note="keeps the wire dateline and adds （新华社）"),
    P("hn_wl", "湖南入境游又有新数据！" + X2_BODY + "\n内容来自新华社报道",
      copy="x2", hn=U, orig=True, note="names the agency in a closing line"),
    P("xt_xw", "人民日报人民论坛：基层治理要多下“绣花功夫”。" + R1_BODY.split("\n\n")[0] + "针尖上见功夫，细微处见真情。把群众的每一件小事当成大事来办，基层治理才会更有温度、更有成效。",
      copy="r1", hn=U, orig=True, note="publisher named as the speaker of the headline"),
    P("cz_jy", R2 + "\n\n本文转载自人民日报微信公众号，版权归原作者所有",
      copy="r2", hn=U, note="closing line names the newspaper's account"),
    P("hh_ga_wb", "转发微博", copy="c1", hn=U, orig=False, src="央视新闻",
      note="platform repost; the source field names the original account"),
    P("cs_sc", C2_BODY + "\n\n（内容来源：央视新闻微博）",
      copy="c2", hn=U, note="内容来源 names the TV news account"),
    P("hn_wj", "本文转自国家卫生健康委员会官方公众号“健康中国”\n\n" + N1,
      copy="n1", hn=U, note="opening line names the commission's account"),
    P("hn_yj_wb", "【电动自行车充电，牢记“五要五不要”】入冬后，电动自行车火灾进入易发期。五要：要使用原装充电器；要在室外集中充电场所充电；要在充满后及时断电。五不要：不要在楼道、门厅、疏散通道停放充电；不要“飞线”充电；不要将电池带回家中充电。（应急管理部微信公众号“中国应急管理”11月22日发布）",
      copy="m1", hn=U, orig=True, note="closing bracket names the ministry's account and date"),
    P("hn_jy_wb", "各位家长请注意！" + P1_BODY + "——以上提示来自公安部刑侦局官方微博",
      copy="p1", hn=U, orig=True, note="closing line names the bureau's Weibo"),
    P("xx_wl", "转发微博 湘西的朋友们注意出行安全，前往矮寨、德夯等景区请提前关注路况。", copy="a1", hn=U,
      orig=False, src="中国气象局", note="platform repost with a comment; the source field names the original account"),
    P("ld_xw", "【水利部部署冬春农村供水保障】据中国政府网，水利部办公厅近日印发通知，要求11月底前对农村集中供水工程和分散供水设施开展一次全面排查，做好防冻保温，春节前后对千吨万人供水工程至少开展一次全面检测。娄底市各县市区水利部门已启动排查。",
      copy="g2", hn=U, orig=True, note="据中国政府网 names the government website"),

    # ---- other unsourced reposts (no original in the file) ----
    P("hn_jy", """教育部部署做好2027年全国硕士研究生招生考试安全工作

近日，教育部召开2027年全国硕士研究生招生考试安全工作视频会议。会议要求，各地要严格落实考试安全责任制，加强试卷保密、考点管理和考生身份核验，严厉打击考试作弊和“助考”违法犯罪行为。

我部将会同公安、工业和信息化、市场监管等部门，开展净化考试环境专项行动，严查销售作弊器材、发布虚假“考题”等违法行为。考试期间，我部将启动考试安全工作应急机制，确保考试平稳顺利。""",
      U, note="a ministry's release in its own voice (我部) pasted without naming the ministry's site as source"),
    P("hn_wj", """国家卫生健康委：冬春季要做好医疗机构感染防控工作

为做好冬春季医疗机构感染防控工作，我委近日印发通知，要求各级各类医疗机构加强预检分诊，落实首诊负责制，重点做好发热门诊、儿科门诊、急诊等区域的感染防控；严格执行手卫生和环境清洁消毒制度；加强医务人员培训，提高呼吸道传染病早期识别和规范处置能力。

我委将适时组织开展专项检查，对感染防控措施落实不到位的医疗机构依法依规处理。""",
      U, note="the national commission's release in its own voice (我委), no source"),
    P("xt_xw", "本报讯（记者 冯琳 通讯员 谭雪）11月21日，记者从湘潭经开区获悉，区内一家新能源装备企业的智能化生产线正式投产，年产风电齿轮箱2000台，预计年产值可达15亿元。该项目从签约到投产仅用时14个月，是全市今年投产的最大单体工业项目。",
      U, note="a newspaper item pasted with 本报讯 but no outlet name"),
    P("ld_xw", "【娄底这个小山村火了】冬日的梅山龙宫景区银装素裹，游客纷纷打卡拍照，周边村民开起了农家乐、卖起了腊肉，一个冬天能增收好几万元。“以前冬天是淡季，现在比夏天还忙。”村民刘大姐说。\n\n图文来源于网络",
      U, note="图文来源于网络 names no publisher"),
    P("cs_sc", """市场监管总局关于开展2026年岁末年初计量专项监督检查的公告

为保护消费者合法权益，总局决定于2026年12月至2027年2月在全国开展岁末年初计量专项监督检查。检查重点为集贸市场、超市使用的电子计价秤，加油站使用的燃油加油机，以及定量包装商品的净含量。

总局将组织各地对检查中发现的计量违法行为依法从严查处，典型案例予以曝光。""",
      U, note="the national administration's notice in its own voice (总局), no source"),
    P("hh_ga_wb", "【我大队开展冬季道路交通安全“进村入户”宣传】近日，我大队民警深入矮寨镇、德夯村等地，向群众发放冬季出行安全提示卡，讲解冰雪路面驾驶注意事项，重点提醒农村群众“不坐超员车、不乘农用车、不骑电动车载人超限”。下一步，我大队将持续加强重点路段巡查。",
      U, note="another county's traffic police brigade post (我大队, places outside this city) pasted as is"),
    P("yiy_rs", """原标题：人社部答记者问：灵活就业人员如何参加职工基本养老保险？

问：灵活就业人员可以在哪里参保？
答：灵活就业人员可以在就业地参加职工基本养老保险，不受户籍限制。参保人可通过国家社会保险公共服务平台、电子社保卡或当地社保经办机构办理。

问：缴费基数怎么确定？
答：灵活就业人员可在本省规定的缴费基数上下限范围内自主选择缴费基数，按月、按季或按年缴费。""",
      U, note="a ministry Q&A pasted with only 原标题, which names no source"),
    P("zhz_wj", """冬天手脚冰凉是怎么回事？医生告诉你

天一冷，有些人就手脚冰凉，晚上睡觉半天都暖不过来。这是怎么回事？

专家介绍，手脚冰凉多与末梢血液循环较差有关，常见于女性、老年人以及久坐少动的人群。如果同时伴有手指发白发紫、麻木刺痛，可能与雷诺现象、糖尿病周围神经病变等疾病有关，应及时就医。

日常可以通过适当运动、温水泡脚、注意保暖等方法改善。

本文转自网络，如有侵权请联系删除""",
      U, note="本文转自网络 names no source"),
    P("hn_sc", """市场监管总局关于2026年电动自行车产品质量国家监督抽查情况的通告

近期，市场监管总局组织开展了电动自行车产品质量国家监督抽查，共抽查312家企业生产的320批次产品，发现27批次产品不合格，不合格发现率为8.4%。不合格项目主要涉及整车质量、最高设计车速、蓄电池防篡改等。

对抽查发现的不合格产品，总局已责成相关省级市场监管部门依法处理。

阅读原文""",
      U, orig=True, note="the national administration's bulletin pasted under its own title; 阅读原文 alone names no source"),
    P("cz_jy", """教育部办公厅关于做好2027年寒假期间中小学生校外培训治理工作的通知

各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：

寒假是校外培训违规行为易发多发期。各地要坚持“双减”工作方向不动摇，聚焦学科类培训隐形变异问题开展专项治理，严查以“家政服务”“住家教师”“高端游学”等名义违规开展学科类培训的行为；加强预收费监管，防范“退费难”“卷钱跑路”等风险。

教育部办公厅
2026年11月20日

（完）""",
      U, note="a ministry notice pasted with its signature and （完）; neither names a source"),
    P("cd_ny", """农业农村部就冬季油菜田间管理答问

问：今冬油菜苗情如何？
答：从各地调度情况看，今年冬油菜播种面积稳中有增，大部分地区苗情好于常年。

问：下一步田间管理要注意什么？
答：我部已组织专家制定冬季田间管理技术意见，重点是清沟排渍、防冻保苗、适时追施腊肥，对旺长田块可喷施多效唑控旺。我部将派出指导组深入主产省开展技术指导。""",
      U, note="the national ministry's Q&A in its own voice (我部), no source"),
    P("xx_wl", "（记者 向婷婷）11月22日，凤凰古城冬季夜游季正式启动。今年夜游季推出“沱江灯影”“苗鼓迎宾”等8项夜间演艺活动，古城内商户延长营业时间至23时，并开通夜游专线公交3条。",
      U, orig=True, note="a news item pasted with only a reporter credit"),
    P("xt_xw", "【台湾地区民众赴大陆交流意愿持续上升】据岛内民调机构最新调查，超过六成受访台湾民众支持扩大两岸交流合作，对赖政府持续阻挠两岸人员往来表示不满。分析人士指出，两岸同胞血浓于水，交流合作是大势所趋、人心所向。",
      (U, "political"), spans=[("political", "赖政府", "赖清德当局")],
      note="commentary pasted from elsewhere without a source; it also calls the Taiwan authorities a 政府"),
]
