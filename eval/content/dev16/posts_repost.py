"""Twelfth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev15/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国务院办公厅关于健全基层应急广播体系的意见

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

应急广播是突发事件预警信息发布的重要渠道。为进一步健全基层应急广播体系，经国务院同意，现提出如下意见。

一、扩大覆盖范围。到2028年，全国行政村应急广播覆盖率达到100%，自然灾害易发多发地区实现“村村响、户户通”。

二、提升发布效率。完善预警信息与应急广播平台对接机制，确保红色预警信息10分钟内通过应急广播直达村组。

三、加强运行维护。明确县级应急广播主管部门和乡镇运维责任，每季度至少开展一次播发测试。

四、强化保障措施。各地要将应急广播运维经费纳入财政预算，加强基层播音员队伍培训。"""

G2 = """商务部等7部门关于开展2027年全国网上年货节活动的通知

各省、自治区、直辖市及计划单列市、新疆生产建设兵团商务主管部门：

为丰富节日消费供给，更好满足群众年货消费需求，商务部、中央网信办、工业和信息化部等7部门决定于2027年1月10日至2月20日开展全国网上年货节活动。

一、突出地方特色。组织地方特色农产品、老字号、非遗产品上线销售，推动“线上+线下”融合。

二、规范市场秩序。严厉打击虚假宣传、先涨后降、刷单炒信等违法行为，畅通消费者投诉渠道。

三、做好物流保障。引导快递企业春节期间不打烊，保障偏远地区年货配送。"""

X1 = """新华社合肥11月18日电（记者 陶逸）记者18日从安徽省经济和信息化厅获悉，今年1至10月，安徽新能源汽车产量达142.6万辆，同比增长38.5%，继续位居全国前列。目前，安徽已集聚新能源汽车整车企业12家、核心零部件企业1200余家，形成从电池、电机、电控到整车制造的完整产业链。"""

X2 = """新华社黄山11月21日电（记者 汪晗）受冷空气影响，黄山风景区21日迎来今冬首场雾凇。光明顶、西海大峡谷等景点银装素裹，吸引大批游客和摄影爱好者。景区提醒，冬季山上气温低、路面易结冰，游客应穿防滑鞋，按指定线路游览。"""

X3 = """新华社北京11月22日电（记者 乔雯）记者22日从中国国家铁路集团有限公司获悉，2027年春运自1月23日开始，至3月3日结束，共40天。铁路部门预计春运期间发送旅客5.3亿人次，将在12306网站和App推出候补购票、学生预约购票等服务，并加开夜间高铁列车。"""

R1 = """人民观点：让就业服务更贴心、更精准

就业是最基本的民生。年末岁初，既是高校毕业生求职的关键期，也是农民工返乡的集中期。

就业服务要“贴心”，就要把岗位送到群众身边。多地推出“家门口就业服务站”，把招聘会办到社区、村口，让求职者少跑腿。

就业服务要“精准”，就要摸清需求、对接供需。用好大数据，为每一名求职者画像，为每一家企业找人，才能实现高质量充分就业。"""

R2 = """冬季泡脚，这些讲究要知道

1. 水温不宜过高，40℃左右为宜，糖尿病患者更要注意防烫伤；
2. 时间不宜过长，15至20分钟即可；
3. 饭后半小时内不宜泡脚，以免影响消化；
4. 下肢静脉曲张、皮肤破损者不宜泡脚；
5. 泡完及时擦干，注意保暖。

天冷了，把这份提醒转给家里的长辈吧。"""

C1 = """【#国家消防救援局：今冬以来电动自行车火灾同比下降#】国家消防救援局今天介绍，今年10月以来，全国电动自行车火灾起数同比下降17.2%。消防部门提醒：严禁电动自行车进楼入户、飞线充电，充电时间不宜超过8小时，不要购买改装电池。"""

C2 = """【#人社部：技能人才评价新规明年起施行#】人力资源社会保障部今天发布消息，《职业技能等级认定管理办法》将于2027年1月1日起施行。办法明确，企业可自主开展技能等级认定，认定结果全国通用，取得证书的人员可按规定享受职业技能提升补贴。"""

N1 = """冬季手脚冰凉，是不是病？

天一冷，不少人手脚冰凉，尤其是女性和老年人。多数情况下，这与末梢血液循环较差有关，属于正常现象。

但如果手脚冰凉伴有麻木、刺痛、皮肤颜色改变，或者单侧肢体明显发凉，要警惕周围血管疾病、甲状腺功能减退等问题，应及时就医。

日常可以这样做：适当运动，促进血液循环；注意手脚保暖；饮食均衡，不要过度节食。"""

M1 = """岁末年初，“九小场所”消防安全自查清单

小商店、小餐饮、小旅馆、小歌舞娱乐场所、小网吧、小美容洗浴场所、小生产加工企业、小学校或幼儿园、小医院，统称“九小场所”。

自查要点：
1. 是否存在住人情况，人员住宿与经营场所是否有效分隔；
2. 电气线路是否老化，是否私拉乱接；
3. 安全出口、疏散通道是否畅通；
4. 是否配备灭火器并会正确使用；
5. 是否在室内为电动自行车充电。"""

P1 = """【#公安部刑侦局提醒# 警惕“免费领鸡蛋”保健品会销骗局】近期，有不法分子以“免费领鸡蛋”“免费体检”为诱饵，吸引老年人参加所谓“健康讲座”，再以“专家义诊”名义高价推销保健品，甚至诱导老人投资“养老项目”。请子女多关心父母，提醒老人：天上不会掉馅饼，保健品不能代替药品。"""

W1 = """【#今冬首场大范围雨雪过程来袭#】中国气象局今天发布消息，受强冷空气影响，11月24日至27日，我国中东部地区将自北向南出现今冬首场大范围雨雪天气，黄淮、江淮等地部分地区有中到大雪，局地暴雪，气温下降8至12℃。请公众关注临近预报，注意交通安全和设施农业防护。"""

W2 = """【中国气象局发布12月全国气候趋势预测】预计12月全国大部地区气温接近常年同期，但冷空气活动频繁，降温过程多。江淮、江南北部等地降水偏多，需防范低温雨雪冰冻天气对交通运输、能源供应和设施农业的不利影响。"""

POSTS = [
    P("gov_wx", G1, key="G1"),
    P("gov_wx", G2, key="G2"),
    P("xh_wb", X1, key="X1"),
    P("xh_wb", X2, key="X2"),
    P("xh_wb", X3, key="X3"),
    P("rmrb_wx", R1, key="R1"),
    P("rmrb_wx", R2, key="R2"),
    P("cctv_wb", C1, key="C1"),
    P("cctv_wb", C2, key="C2"),
    P("nhc_wx", N1, key="N1"),
    P("mem_wx", M1, key="M1"),
    P("mps_wb", P1, key="P1"),
    P("cma_wb", W1, key="W1"),
    P("cma_wb", W2, key="W2"),
]

b = lambda s: s.split("\n\n", 1)[1]  # body without the title

POSTS += [
    # ---- unsourced copies ----
    P("hs_yj", G1, U, copy="G1", note="State Council document pasted whole; the issuing body's title names no source"),
    P("tl_qx", "【健全基层应急广播体系】" + b(b(G1)).replace("\n\n", ""), U, copy="G1",
      note="document body pasted under a new bracket headline, no source"),
    P("wh_sc", "2027年全国网上年货节要来了！\n\n" + b(b(G2)) + "\n\n内容整理自网络，仅供参考。", U, copy="G2",
      note="notice pasted; 整理自网络 names no source"),
    P("bz_sc", G2.replace("商务部等7部门关于开展", "关于开展"), U, copy="G2",
      note="notice pasted with the issuers cut from its title"),
    P("hf_xw", "【安徽新能源汽车产量继续位居全国前列】" + X1.split("）", 1)[1].replace("记者18日从", "18日从"), U, copy="X1",
      note="Xinhua dispatch pasted with the dateline and reporter cut"),
    P("aq_xw", "#安徽新能源汽车#" + X1.split("）", 1)[1], U, copy="X1", orig=True,
      note="Weibo paste after a hashtag, platform reports it as original"),
    P("ah_jt", "记者从有关方面获悉，" + X1.split("获悉，", 1)[1], U, copy="X1",
      note="dispatch reworded at the start only; 有关方面 names no source"),
    P("hs_wl_wb", "【今冬首场雾凇来了】" + X2.split("受冷空气影响，", 1)[1], U, copy="X2",
      note="Xinhua dispatch pasted without dateline"),
    P("ah_wl", "黄山今冬首场雾凇来啦！" + X2.split("）", 1)[1] + " #黄山 #雾凇", U, copy="X2",
      note="Douyin caption pasting the dispatch"),
    P("ah_jt", "【2027年春运时间定了】" + X3.split("获悉，", 1)[1], U, copy="X3",
      note="dispatch pasted, dateline and attribution cut"),
    P("cz_rs", "春运时间表出炉！" + X3.split("获悉，", 1)[1] + "（本号综合整理）", U, copy="X3",
      note="本号综合整理 claims the work and names no source"),
    P("ah_rs", R1.replace("人民观点：", "") + "\n\n文字：方晔　审核：聂远", U, copy="R1",
      note="commentary pasted under the account's own credits (credits name no source)"),
    P("cz_rs", "让就业服务更贴心、更精准\n\n" + b(R1).replace("高质量充分就业", "高质量充分就叶"), (U, "typo"),
      [("typo", "高质量充分就叶", "高质量充分就业")], copy="R1",
      note="commentary pasted without source; and 业→叶 by sound in a policy term"),
    P("aq_wj", R2 + "\n\n（来源：健康安庆）", U, copy="R2",
      note="the account names itself as 来源: the original is not named"),
    P("ah_wj", R2, U, copy="R2", orig=True, note="pasted list; the WeChat copy falsely claims 原创"),
    P("hf_ga", "【今冬电动自行车火灾同比下降】" + C1.split("今天介绍，", 1)[1], U, copy="C1",
      note="CCTV item pasted without the topic tag and without source"),
    P("hs_yj", "电动自行车火灾防范提醒\n\n" + C1.split("#】", 1)[1], U, copy="C1",
      note="pasted; the speaker (国家消防救援局) is part of the copied text, no outlet named"),
    P("ah_rs", "技能人才评价新规明年起施行\n\n" + C2.split("#】", 1)[1] + "\n\n点击阅读原文了解更多。", U, copy="C2",
      note="pasted; 阅读原文 names no source"),
    P("aq_wj", "冬季手脚冰凉是病吗？\n\n" + b(N1), U, copy="N1", note="health article pasted with a new title"),
    P("ah_wj_wb", "【冬季手脚冰凉，是不是病？】" + b(N1).replace("\n\n", ""), U, copy="N1", note="pasted into a Weibo post"),
    P("mas_st", M1 + "\n\n编者按：岁末年初是火灾多发期，请各类场所对照自查。", U, copy="M1",
      note="pasted with an 编者按 (names no source)"),
    P("hs_yj", "“九小场所”消防安全自查清单\n\n" + b(M1), U, copy="M1", note="pasted under a shortened title"),
    P("fy_ga", "警惕“免费领鸡蛋”骗局！" + P1.split("】", 1)[1] + " #阜阳公安", U, copy="P1",
      note="Douyin caption pasting the item"),
    P("ah_ga", "【警惕保健品会销骗局】" + P1.split("】", 1)[1] + "（完）", U, copy="P1",
      note="pasted with （完）, no source"),
    P("tl_qx", "【今冬首场大范围雨雪过程来袭】" + W1.split("发布消息，", 1)[1], U, copy="W1",
      note="weather item pasted without its issuer's name"),
    # ---- sourced copies (clean) ----
    P("hf_ga", C1.split("#】", 1)[1] + "（引自央视新闻）", copy="C1", hn=HN,
      note="names its source (引自央视新闻)"),
    P("ah_wj_wb", "健康中国：" + N1.replace("\n\n", "", 1).replace("\n\n", ""), copy="N1", hn=HN,
      note="publisher named as the headline's speaker"),
    P("la_ny", W2.split("】", 1)[1] + "\n\n消息源：中国气象局", copy="W2", hn=HN, note="names its source (消息源)"),
    P("tl_qx", W2, copy="W2", orig=False, src="@中国气象局", hn=HN, note="platform repost with source field set"),
    P("ah_rs", R1, copy="R1", orig=False, src="人民日报", hn=HN, note="WeChat reprint flagged with source"),
    P("hf_ga_dy", P1.split("】", 1)[1] + " 内容出自公安部刑侦局官方微博 #合肥警方", copy="P1", hn=HN,
      note="names its source (出自)"),
    P("bz_sc", G2 + "\n\n本文源自中国政府网", copy="G2", hn=HN, note="names its source (源自)"),
    P("hs_wl_wb", X2, copy="X2", hn=HN, note="keeps the Xinhua dateline"),
    P("ah_jt", W1.split("】", 1)[1] + "（刊于中国气象局官方微博）", copy="W1", note="names its source (刊于)"),
    P("aq_xw", X3 + " #春运#", copy="X3", note="keeps the Xinhua dateline"),
    P("aq_wj", "【转发自@健康中国】" + N1, copy="N1", orig=False, src="健康中国", note="platform reprint naming its source"),
    P("cz_rs", C2.split("#】", 1)[1] + "——据央视新闻微博", copy="C2", note="据…attribution naming the outlet"),
    P("mas_st", M1 + "\n\n本文由“中国应急管理”公众号授权转载", copy="M1", note="names its source (授权转载)"),
]

POSTS += [
    # ---- other unsourced reposts: another body's voice, no source ----
    P("cz_rs", "我部近日印发《关于做好2027年春节前后农民工就业服务工作的通知》，要求各地组织开展“春风行动”，"
      "为返乡农民工提供岗位信息、职业指导和技能培训。", U, note="voice of the ministry (我部) posted by a city bureau, no source"),
    P("bz_sc", "总局提醒：年末网购要警惕“低价引流、高价收割”，对于明显低于市场价的商品要多留心眼，保存好购物凭证。",
      U, note="voice of the national administration (总局提醒), no source"),
    P("aq_wj", "我委近日印发《基层医疗卫生机构冬季呼吸道疾病诊疗方案》，要求乡镇卫生院和社区卫生服务中心做好常见病、多发病诊疗。",
      U, note="voice of the national commission (我委), no source"),
    P("hf_xw", "本台记者从合肥市交通运输局获悉，合肥地铁8号线二期将于12月底开通初期运营。",
      U, note="a broadcaster's copy (本台记者) without its name"),
    P("aq_xw", "本报讯 安庆市首个“零碳社区”日前在大观区建成，社区屋顶光伏年发电量可达40万千瓦时。",
      U, note="本报讯 without the newspaper's name"),
    P("ah_wl", "我市今年共接待游客8600万人次，同比增长12%，其中外地游客占比超过六成。#安徽文旅",
      U, note="a city's voice (我市) posted by the provincial account, no source"),
    P("la_ny", "我县霍山石斛种植面积达到1.2万亩，产业综合产值突破60亿元。\n\n（记者 沈茗）",
      U, note="a county's voice with a reporter credit; names no outlet"),
    P("ah_jt", "我台今天06时发布寒潮蓝色预警：受强冷空气影响，预计24日至26日江淮地区气温下降8至10℃，"
      "请注意防寒保暖。", U, note="the national observatory's voice (我台) on a city account, no source"),
    P("hs_yj", "我厅近日部署开展冬春森林草原防灭火专项检查，重点检查景区、林区的火源管控和扑火队伍备勤情况。",
      U, note="a provincial department's voice (我厅) on a city bureau account, no source"),
    P("ah_ga_dy", "我支队民警在高速公路上成功救助一名走失老人，并将其安全送回家中。#安徽公安",
      U, note="another body's voice (我支队) on the provincial account, no source"),
    P("xc_ty", "我部联合财政部印发通知，2027年起提高部分优抚对象抚恤和生活补助标准，平均提高幅度为5%。",
      U, note="the ministry's voice (我部) on a city bureau account, no source"),
    # ---- hard negatives: own voice, unknown originality flag ----
    P("wh_sc", "我局开展岁末年初食品安全专项检查\n\n11月下旬，我局组织执法人员对全市大型商超、农贸市场开展专项检查，"
      "共检查经营主体326家，责令整改21家。", hn=HN, orig=None, note="the unit's own notice in its own voice"),
    P("hs_yj", "我局召开冬春森林防灭火工作部署会\n\n会议要求各区县严格落实火源管控，加强巡山护林。", hn=HN, orig=None,
      note="own voice (我局), own meeting"),
    P("ah_st", "我厅通报2026年10月全省空气质量状况\n\n10月，全省PM2.5平均浓度为28微克/立方米，同比下降6.7%。", hn=HN, orig=None,
      note="own voice (我厅), own data"),
    P("bb_jy", "我局部署寒假前校园安全检查\n\n11月20日，我局召开会议，部署开展寒假前校园安全大检查，重点排查消防、食品和校舍安全。",
      hn=HN, orig=None, note="own voice (我局)"),
    P("la_ny", "我局组织农技人员开展冬季茶园管护技术指导\n\n11月以来，我局组织20余名农技人员深入金寨、霍山等地茶园，现场指导冬季修剪、施肥。",
      hn=HN, orig=None, note="own voice (我局)"),
]
