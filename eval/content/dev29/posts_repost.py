"""Twenty-fifth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev28/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """国务院办公厅印发通知部署2027年春节假期旅游服务保障

通知要求，各地要加强景区流量管理和预约服务，做好冰雪旅游安全防护，规范旅游市场价格秩序，严厉打击“不合理低价游”等违法违规行为，让游客玩得安心、放心。"""

G2 = """国务院常务会议研究进一步扩大消费的若干措施

会议指出，要加力推进以旧换新，扩大养老、托育、家政等服务消费，优化消费环境，持续释放内需潜力。会议还研究了其他事项。"""

X1 = """新华社乌鲁木齐11月20日电（记者 艾力 张航）入冬以来，新疆各地冰雪旅游持续升温。阿勒泰、伊犁等地雪场陆续开板，今冬全区预计接待冰雪游客人次同比增长两成以上。"""

X2 = """新华社北京11月21日电 记者从国家铁路局获悉，今冬明春铁路部门将加强对高寒地区线路的防寒整治，确保冬季铁路运输安全畅通。"""

R1 = """冬天里的一碗热饭，暖的是人心

在许多城市的街头，“爱心驿站”为环卫工人、快递小哥送上一口热饭、一杯热水。这些微小的善意汇聚起来，就是一座城市最动人的温度。"""

R2 = """天冷了，这些取暖误区别再犯

用燃气灶烤火、门窗紧闭烧煤炉、电暖器上烘衣服……这些做法都可能引发一氧化碳中毒或火灾。请大家科学取暖，安全过冬。"""

C1 = """【#寒潮蓝色预警#】中央气象台11月22日06时发布寒潮蓝色预警，新疆北部、内蒙古中西部等地气温将下降8℃至12℃，局地降温超过14℃，并伴有大风和降雪。"""

C2 = """【#警惕冬季取暖类骗局#】近期有不法分子打着“低价煤炭”“暖气补贴”旗号，诱导老年人扫码缴费。请牢记：政府补贴不会要求先交钱，遇到可疑情况及时拨打96110咨询。"""

N1 = """冬季流感高发，这些人群建议尽早接种疫苗

60岁以上老年人、6月龄至5岁儿童、慢性病患者、医务人员等重点人群，建议在流行季前尽早接种流感疫苗。接种后仍要注意勤洗手、常通风、戴口罩。"""

N2 = """国家疾病预防控制局提醒：一氧化碳中毒高发季要当心

冬季使用煤炉、燃气热水器要保持室内通风，安装一氧化碳报警器。出现头痛、头晕、恶心等症状，应立即开窗通风，迅速离开现场并及时就医。"""

M1 = """应急管理部部署今冬明春安全防范工作

应急管理部要求，各地要紧盯燃气、消防、建筑施工、道路交通等重点领域，扎实开展隐患排查整治，坚决防范遏制重特大事故发生。"""

M2 = """冰雪天气出行安全提示

1. 尽量减少不必要的外出，选择公共交通出行；
2. 步行时穿防滑鞋，避免在结冰路面上奔跑；
3. 驾车要低速慢行，严禁急刹车、急转弯；
4. 远离广告牌、临时搭建物和大树。"""

P1 = """【#刑侦局提醒#】“冒充老师”诈骗又来了！骗子盗用家长群里老师的头像和昵称，以收取“寒假资料费”“研学报名费”为由要求家长转账。凡是在群里收费的，务必先电话向老师本人核实！"""

CM1 = """【#冬季天气展望#】今年12月，预计我国北方大部地区气温接近常年同期到偏低，新疆北部降水偏多，需防范降雪和低温冰冻天气对交通、设施农业和畜牧业的不利影响。"""

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
    P("mem_wx", M2, key="m2"),
    P("mps_wb", P1, key="p1"),
    P("cma_wb", CM1, key="cm1"),

    # unsourced copies
    P("tc_rs", G1 + "\n\n塔城地区各旅游景区将认真抓好落实。", U, copy="g1",
      note="document of the State Council office pasted without naming where it was taken from"),
    P("cj_sc", G2, U, copy="g2", note="State Council meeting report pasted without a source"),
    P("xj_wl_wb", X1.split("）", 1)[1] + " #新疆冰雪游#", U, copy="x1",
      note="Xinhua dispatch with its dateline removed; nothing names the source"),
    P("yl_wl_wb", "【铁路部门加强高寒地区线路防寒整治】" + X2.split("电 ", 1)[1], U, copy="x2",
      note="Xinhua dispatch with its dateline removed (记者从…获悉 is part of the copied text)"),
    P("ks_jy", "原标题：" + R1, U, copy="r1",
      note="People's Daily commentary pasted; 原标题 does not name a source"),
    P("hm_yj", R2 + "\n\n（完）", U, copy="r2", note="People's Daily article pasted; （完） does not name a source"),
    P("wlmq_ga_wb", C1, U, copy="c1", orig=True,
      note="CCTV weather alert pasted as an original Weibo post, no source"),
    P("xj_ga", C2, U, copy="c2", orig=True, note="CCTV anti-fraud post pasted as an original Weibo post, no source"),
    P("tlf_wj", N1 + "\n\n编辑：热依拉　审核：王强", U, copy="n1",
      note="NHC article pasted; editor credits do not name a source"),
    P("xj_wj", N2.replace("国家疾病预防控制局", "国家疾病预防控治局"), (U, T), [(T, "国家疾病预防控治局", "国家疾病预防控制局")],
      copy="n2", note="two classes: NHC article pasted without a source, and the body's name mistyped (制 written 治)"),
    P("xj_yj", M1, U, copy="m1", orig=True,
      note="article in the ministry's voice pasted as an original Weibo post, no source"),
    P("wlmq_ga", "冒充老师诈骗又来了！" + P1.split("又来了！", 1)[1], U, copy="p1",
      note="the criminal investigation bureau's warning pasted into a video caption without a source"),

    # sourced copies (clean; hard negatives of the unsourced class)
    P("xj_sc", G1 + "\n\n来源：中国政府网", copy="g1", hn=HN, note="copy naming its source (来源 line)"),
    P("wlmq_xw", X1, copy="x1", hn=HN, note="copy keeping the Xinhua dateline"),
    P("xj_jy", "以下文章来源于人民日报\n\n" + R1, copy="r1", hn=HN, note="WeChat 以下文章来源于 banner names the source"),
    P("wlmq_xw_dy", "据央视新闻报道，" + C1.split("】", 1)[1] + "乌鲁木齐市民请注意防寒保暖。", copy="c1", hn=HN,
      note="据…报道 attributes the item"),
    P("xj_wj", N1 + "\n\n信息来源：国家卫生健康委员会", copy="n1", hn=HN, note="信息来源 line names the source"),
    P("hm_yj", "本文转自“中国应急管理”微信公众号\n\n" + M2, copy="m2", hn=HN, note="转自 line names the source"),
    P("yl_ga", "转发提醒：家长们注意！//" + P1, copy="p1", hn=HN, orig=False, src="公安部刑侦局",
      note="platform repost whose source field is set"),
    P("alt_qx", "阿勒泰地区今冬降雪或偏多，请牧民做好转场和棚圈加固准备。//" + CM1, copy="cm1", hn=HN, orig=False,
      src="中国气象局", note="platform repost whose source field is set"),

    # other unsourced reposts (voice of another body, pasted news, nothing naming a source)
    P("xj_sc", """市场监管总局关于开展冬季电热毯产品质量专项抽查的通告

为保障消费者使用安全，总局决定于12月组织开展电热毯产品质量国家监督抽查，重点检查温度控制、绝缘性能和标识标注等项目。""",
      U, note="notice in the voice of the State Administration (总局), posted without a source"),
    P("xj_jy", """教育部：寒假期间严禁组织学生集体补课

我部要求，各地要严格落实寒假“双减”要求，不得组织中小学生集体补课，切实保障学生休息时间，鼓励学生参加体育锻炼和社会实践。""",
      U, note="text in the ministry's voice (我部) without a source"),
    P("tc_rs", """人社部部署开展2027年春风行动

我部将联合有关部门于春节后开展春风行动，为农村劳动力、就业困难人员提供岗位信息、职业指导和技能培训等服务。""",
      U, note="text in the ministry's voice (我部) without a source"),
    P("aks_nw", """农业农村部发布冬季畜禽防疫技术指导意见

记者从农业农村部获悉，我部近日印发冬季畜禽疫病防控技术指导意见，要求各地做好圈舍保暖、消毒和免疫工作，防范重大动物疫病发生。""",
      U, note="news in the ministry's voice; 记者从…获悉 is part of the copied text, no source named"),
    P("bz_st", """生态环境部通报10月全国地表水水质状况

我部监测数据显示，10月全国地表水Ⅰ—Ⅲ类水质断面比例同比上升，劣Ⅴ类断面比例同比下降。""",
      U, note="report in the ministry's voice without a source"),
    P("xj_wj", """国家卫健委：做好冬季医疗服务保障

我委要求各级医疗机构优化门诊流程，延长儿科、呼吸科服务时间，加强基层医疗卫生机构药品储备。""",
      U, note="text in the commission's voice (我委) without a source"),
    P("cj_sc", """本网讯 国家市场监督管理总局近日公布一批价格违法典型案例，涉及虚构原价、先提价后打折等行为。总局表示，将持续加大价格监管执法力度。""",
      U, note="pasted news; 本网讯 without an outlet's name does not name a source"),
    P("xj_yj", "【冬季防火】我局提醒：今冬以来全国已发生多起电动车入户充电引发的火灾。国家消防救援局将联合相关部门开展专项整治。",
      U, orig=True, note="pasted text of the national fire agency (我局 here is that agency, not the Xinjiang department)"),
    P("wlmq_xw", "哈尔滨冰雪大世界将于12月中旬开园，今年园区面积进一步扩大，新增超长冰滑梯等项目。我市将加开公交专线方便游客往返。——编者按：本文转载时有删节",
      U, note="another city's text (我市 is Harbin) marked as a repost but naming no source"),
    P("ks_jy", """【转】寒假安全教育“六不准”

不准私自下河滑冰，不准燃放违规烟花爆竹，不准进入网吧，不准与陌生人接触，不准乘坐无牌无证车辆，不准玩火用电。""",
      U, note="marked as a repost (【转】) without naming where from"),
    P("hm_yj", """某市消防支队：冬季火灾警示

我支队辖区近期连续发生因电暖器烘烤衣物引发的火灾，造成财产损失。支队提醒市民：电暖器周围不要堆放可燃物。""",
      U, note="another city's fire brigade (我支队) text posted without a source"),
    P("tlf_wj", """权威解读：冬季心脑血管疾病如何预防

专家介绍，冬季气温骤降易导致血管收缩、血压升高。中老年人要注意保暖，坚持服药，出现胸痛、言语不清等症状要立即就医。

文字：张莉　责编：王悦""",
      U, note="pasted article; 文字/责编 credits do not name a source"),
    P("wlmq_ga", "全国公安机关今年以来共破获电信网络诈骗案件数万起，我部将持续保持严打高压态势。",
      U, note="text in the ministry's voice (我部) posted without a source"),
    P("xj_ga", """公安部交管局提示：冬季高速公路出行注意事项

我局提醒，遇团雾、降雪天气要开启雾灯、降低车速，保持安全车距，切勿在应急车道停车。""",
      U, note="text in the traffic bureau's voice (我局) posted without a source"),
    P("klmy_wl", """文化和旅游部：推出冬季旅游精品线路

我部日前推出100条冬季旅游精品线路，涵盖冰雪运动、温泉康养、民俗体验等主题，新疆多条线路入选。""",
      U, note="text in the ministry's voice without a source"),
    P("xj_wl", "文旅部发布冬季冰雪旅游线路，新疆阿勒泰、伊犁两条线路入选！我部鼓励各地创新冰雪旅游产品，丰富冬季文旅消费。",
      U, note="text in the ministry's voice (我部) posted without a source"),
    P("alt_wl", "国家体育总局冬季运动管理中心：今冬雪季将举办全国大众冰雪季系列活动百余场，总局将加强赛事安全监管。",
      U, note="text in the General Administration's voice posted without a source"),
    P("yl_wl", "#冬季旅游# 据不完全统计，今年以来全国冰雪旅游人次持续增长，我部将推动冰雪旅游高质量发展……（全文见链接）",
      U, note="pasted summary in the ministry's voice; no source named"),
    P("ks_wl", "【转载】中国这些最美冬季目的地，你去过几个？北有漠河，西有喀纳斯，南有三亚……冬天就该出去走走！",
      U, note="marked 【转载】 but naming no source"),
    P("tc_rs", """通知转发

各县（市）人社局：现将《人力资源社会保障部办公厅关于做好2027年元旦春节期间根治欠薪工作的通知》转发给你们，请认真贯彻执行。

根据部里要求，我部将于春节前开展专项督查。""",
      U, note="forwarding notice with text in the ministry's voice (我部); the document's own title is not a source"),
    P("aks_nw", "据悉，我省今年冬小麦播种面积稳中有增，苗情总体偏好。省农业农村厅将组织专家分片包干开展冬前田间管理指导。",
      U, orig=True, note="another province's text (我省; Xinjiang is not a province) pasted without a source"),
    P("cj_sc", "网上看到的食品安全小常识十条，建议收藏！1. 不买无标签食品；2. 生熟分开；3. 剩菜要彻底加热……",
      U, note="a list found online, posted without naming who published it"),
    P("wlmq_ga_wb", "【扩散】我支队近日破获一起利用虚假二手车平台诈骗案，抓获犯罪嫌疑人5名。提醒市民购买二手车务必通过正规渠道。",
      U, orig=True, note="another police unit's text (我支队) pasted without a source"),
    P("xj_ga_dy", "某省公安厅：我厅近日部署全省冬季社会治安整治行动，全省公安机关将严打盗抢骗等多发性犯罪……（原文较长，此为节选）",
      U, note="another province's department text (我厅…全省) pasted without a source"),

    # unit's own voice and other hard negatives of the unsourced class
    P("xj_yj", "【应急提醒】我厅提醒：11月26日起全疆多地将出现降温降雪天气，请各地州市应急管理部门加强值班值守，做好防范应对准备。",
      hn=HN, note="the unit's own notice (我厅 is the Xinjiang department)"),
    P("tc_rs", """塔城地区人社局关于开展冬季农民工工资支付专项检查的通知

我局决定于12月1日至明年1月31日开展专项检查，重点检查工程建设领域工资支付情况。""",
      hn=HN, note="the unit's own notice in its own voice; unknown originality flag"),
    P("bz_st", "数据显示，今年1—10月巴州环境空气质量优良天数比例为86.3%，同比上升2.1个百分点。（图片来源：巴州生态环境局）",
      hn=HN, note="the unit's own figures; 图片来源 on an original"),
    P("klmy_wl", """克拉玛依市冬季文化惠民演出安排

本周五晚7点半，市文化艺术中心将上演歌舞剧《戈壁花开》，市民可通过“克拉玛依文旅”公众号预约免费门票。

编辑：陈曦""",
      hn=HN, note="the unit's own programme notice with editor credit"),
    P("yl_ga", "据新华社报道，公安部近日部署开展冬季道路交通安全整治。伊犁州公安局交警支队将加强重点路段巡查，严查超速、超员等违法行为。",
      hn=HN, note="据新华社报道 attributes the national item; the rest is the unit's own"),
]
