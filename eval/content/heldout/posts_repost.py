"""Thirty-first held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev34/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """冬春农民工工资支付保障专项行动启动

国务院办公厅日前印发通知，部署开展冬春农民工工资支付保障专项行动。通知要求，以工程建设领域和劳动密集型加工制造业为重点，全面排查欠薪隐患，对恶意欠薪行为依法从严查处，确保农民工按时足额拿到工资、安心返乡过年。"""

G2 = """城镇燃气安全管理将有新规

国务院常务会议近日审议通过《城镇燃气安全管理条例（草案）》。草案明确燃气经营企业的安全主体责任，要求对老旧管网、用户端设施定期检查，餐饮等行业用户必须安装可燃气体报警装置，并加大对违法违规行为的处罚力度。"""

X1 = """新华社银川11月18日电（记者 马思远 杨若溪）宁夏贺兰山东麓的酿酒葡萄园里，工人们正忙着将葡萄藤压倒埋土，为葡萄越冬做准备。目前，贺兰山东麓酿酒葡萄种植面积超过60万亩，年产葡萄酒1.6亿瓶，带动13万人就业。"""

X2 = """新华社北京11月21日电 第十四届全国人民代表大会常务委员会第十九次会议21日表决通过关于修改《中华人民共和国国家通用语言文字法》的决定，修改后的法律将于明年3月1日起施行。"""

R1 = """让留守老人过一个暖冬

入冬以后，农村留守老人的取暖、就医、吃饭问题格外牵动人心。检修一次炉具、送上一袋煤、多一次上门探访，都是实实在在的温暖。基层干部多走几步路，老人们心里就多一分踏实。"""

R2 = """为基层减负，就是为干事创业松绑

表格少填一张、会议少开一场、检查少来一次，基层干部就能多一些时间走村入户。整治形式主义为基层减负，关键在于持之以恒，防止问题改头换面、反弹回潮。"""

C1 = """【#冬季用电取暖安全提示#】使用电暖器、电热毯要注意：不要在电暖器上烘烤衣物；电热毯不要折叠使用，人离开时及时断电；不要私拉电线给电动车充电。发现电器冒烟、有焦糊味，立即断电！"""

C2 = """【#冬季驾车出行安全#】路面结冰时要降低车速、加大车距，避免急刹车和急转方向；遇到团雾要开启雾灯和示廓灯，不要停在行车道上。出发前检查轮胎、防冻液和灯光。"""

N1 = """冬季谨防一氧化碳中毒

一氧化碳无色无味，不易察觉。冬季使用煤炉、燃气热水器取暖洗浴时，务必保持通风，烟道要定期检查；一旦出现头痛、头晕、恶心等症状，应立即打开门窗，迅速离开现场并及时就医。"""

M1 = """燃气用户冬季安全“五查”

查软管是否老化开裂，查接口是否松动漏气，查报警器是否正常工作，查阀门是否灵活好用，查烟道是否畅通。闻到燃气味，不要开关电器、不要动明火，立即关阀开窗并到室外拨打报警电话。"""

M2 = """应急管理部部署今冬明春安全防范工作

应急管理部近日召开视频调度会，部署今冬明春森林草原防灭火、冰雪灾害防范和安全生产工作，要求各地落实领导干部值班带班制度，强化重点时段和重点部位巡查检查。"""

PS1 = """【#收到“ETC认证失效”短信别点#】近期有不法分子群发“您的ETC认证已失效，请点击链接重新认证”的短信，诱导车主填写银行卡号和验证码。官方不会以短信链接方式要求认证，切勿点击！"""

PS2 = """【#“客服”说要退款先核实#】骗子冒充电商客服，以“商品质量问题”“快递丢失”为由提出双倍理赔，诱导下载会议软件、开启屏幕共享。凡是要求屏幕共享、转账验证的“客服”，都是骗子！"""

CM1 = """【#今冬气候趋势预测#】预计今冬我国大部地区气温接近常年同期到偏高，但阶段性气温变化大，冷空气活动频繁；北方部分地区降水偏多，需防范低温雨雪冰冻灾害对交通、能源供应的不利影响。"""

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
    P("mem_wx", M1, key="m1"),
    P("mem_wx", M2, key="m2"),
    P("mps_wb", PS1, key="ps1"),
    P("mps_wb", PS2, key="ps2"),
    P("cma_wb", CM1, key="cm1"),

    # copies without a source (unsourced_repost)
    P("wz_zf", G1, cls=U, copy="g1", note="verbatim copy of a State Council document, no source"),
    P("qtx_yj", G2, cls=U, copy="g2", note="verbatim copy, no source"),
    P("yc_xw", X1.replace("新华社银川11月18日电（记者 马思远 杨若溪）", "【贺兰山东麓】"), cls=U, copy="x1", orig=True,
      note="news copy with the dateline removed, pasted as a Weibo original"),
    P("nx_mw", X2.replace("新华社北京11月21日电 第十四届全国人民代表大会", "第十四界全国人民代表大会"), cls=(U, T), copy="x2",
      spans=[(T, "第十四界全国人民代表大会", "第十四届全国人民代表大会")],
      note="news copy with dateline removed and a retyping slip (届→界, same sound)"),
    P("pl_wj", R1, cls=U, copy="r1", note="commentary copied without source"),
    P("jy_zf", R2, cls=U, copy="r2", note="commentary copied without source"),
    P("zw_qx", C1, cls=U, copy="c1", orig=True, note="pasted as a Weibo original"),
    P("wz_ga_dy", C2.replace("【#冬季驾车出行安全#】", ""), cls=U, copy="c2", note="caption copied without source"),
    P("nx_wj", N1, cls=U, copy="n1", note="copied from the national health account without source"),
    P("nx_yj", M1, cls=U, copy="m1", note="copied without source"),
    P("yc_ga", PS1.replace("【#收到“ETC认证失效”短信别点#】", "收到“ETC认证失效”短信别点！"), cls=U, copy="ps1",
      note="caption copied without source"),
    P("wz_ga", PS2, cls=U, copy="ps2", orig=True, note="pasted as a Weibo original"),

    # copies naming their source (clean)
    P("xx_zf", G1 + "\n\n来源：中国政府网", copy="g1", hn=HN, note="source named at the end"),
    P("nx_wl_wb", "//转发微博：葡萄藤埋土越冬，来年再酿好酒。", copy="x1", orig=False, src="新华社", hn=HN,
      note="platform repost with source field"),
    P("gy_jy", X2, copy="x2", hn=HN, note="dateline of the outlet kept"),
    P("wz_ga", "冬季用电取暖，这些细节别忽视。", copy="c1", orig=False, src="央视新闻", hn=HN,
      note="platform repost with source field"),
    P("pl_wj", N1 + "\n\n本文来源：健康中国", copy="n1", hn=HN, note="source named"),
    P("qtx_yj", "转自：中国应急管理\n\n" + M2, copy="m2", hn=HN, note="source named at the top"),
    P("nx_ga", "提高警惕，谨防“客服退款”骗局！", copy="ps2", orig=False, src="公安部刑侦局", hn=HN,
      note="platform repost with source field"),
    P("zw_qx", "今冬气候趋势预测出炉，我市将密切关注冷空气过程。", copy="cm1", orig=False, src="中国气象局", hn=HN,
      note="platform repost with source field"),

    # other unsourced reposts (text of another publisher, no source named)
    P("yc_xw", """【通知】自治区人民政府决定，自12月1日起在全区开展冬季大气污染防治专项行动，重点整治散煤燃烧、工业企业超标排放和建筑工地扬尘。各市、县（区）人民政府要于11月底前制定实施方案并报自治区生态环境厅备案。

宁夏回族自治区人民政府办公厅
2026年11月20日""",
      cls=U, note="regional government notice pasted with its signature, no source"),
    P("wz_zf", """记者从自治区发展改革委获悉，今年以来全区新能源装机规模突破5000万千瓦，占电力总装机的比重超过六成。下一步，我区将加快建设“沙戈荒”大型风电光伏基地，推动绿电外送和就地消纳。""",
      cls=U, note="news text with 记者从…获悉, outlet not named"),
    P("gy_jy", """关于做好2027年寒假期间中小学生安全工作的通知

各省、自治区、直辖市教育厅（教委）：为切实保障广大中小学生度过一个安全、健康、快乐的寒假，我部要求各地提前部署，加强防溺水、防火灾、防煤气中毒和交通安全教育。""",
      cls=U, note="Ministry of Education notice in its own voice (我部), no source"),
    P("nx_wj", """在今天下午举行的新闻发布会上，国家疾控局有关负责人介绍，当前我国已进入流感高发季节，南北方省份流感病毒阳性率持续上升。专家建议，60岁以上老人、慢性病患者和儿童等重点人群尽快接种流感疫苗。""",
      cls=U, note="press-conference news copied, outlet not named"),
    P("yc_ga", "我支队提醒：今冬石嘴山市区部分路段实施交通管制，大武口区朝阳街、世纪大道晚高峰期间禁止大型货车通行，"
      "请驾驶员合理规划路线。#交通出行",
      cls=U, note="another city's traffic police post (我支队 of Shizuishan) copied without source"),
    P("szs_wl", """初冬的沙湖

文／林知秋

湖面上的芦苇已经枯黄，沙丘在阳光下泛着金色。我沿着栈道慢慢走，看见几只白鹭从水面掠过，远处的贺兰山顶已经覆上了薄雪……""",
      cls=U, note="travel essay of another author copied, only an author credit"),
    P("nx_jy", """教育部有关负责人就《中小学生课外读物进校园管理办法》修订答记者问

问：此次修订的主要背景是什么？
答：近年来，课外读物数量快速增长，进校园渠道更加多样。我们在广泛调研的基础上，对管理办法进行了修订，进一步压实学校主体责任。""",
      cls=U, note="ministry Q&A copied without source"),
    P("yn_zf", """闽宁镇：菇棚里的“致富经”

（记者 马文静）寒冬时节，闽宁镇的双孢菇大棚里温暖如春。合作社负责人介绍，今年菇棚亩均收益超过5万元，带动200多名群众就近务工。

（完）""",
      cls=U, note="news story copied with journalist credit and （完）, outlet not named"),
    P("jy_zf", """关于做好全市冬季森林草原防火工作的通知

各县（区）人民政府：为切实做好今冬明春森林草原防火工作，我市决定自即日起进入森林草原防火紧要期，六盘山、云雾山等重点林区实行封山管理。

固原市人民政府办公室""",
      cls=U, note="city government notice (我市, Guyuan) pasted by a county account without source"),
    P("xx_zf", """我厅将于12月开展全区住宅小区电动自行车充电设施专项检查，重点检查集中充电设施建设、消防通道占用和“飞线”充电等问题，对发现的问题实行清单化管理、限期整改。""",
      cls=U, note="regional housing department text (我厅) copied by a district account"),
    P("ych_nw", """我部近日印发《关于做好今冬明春畜牧业防灾减灾工作的通知》，要求各地加强饲草料储备，做好棚圈加固和保温，及时发布低温雨雪预警，确保畜禽安全越冬。""",
      cls=U, note="Ministry of Agriculture text (我部) copied without source"),
    P("zw_wl", "我厅联合各市推出“冬游宁夏·温暖相约”系列活动，12月至次年2月全区A级景区推出门票优惠，"
      "具体优惠政策以各景区公告为准。",
      cls=U, note="regional culture and tourism department text (我厅) copied by a city account"),
    P("nx_ga", "【通告】公安部决定，自12月1日起在全国范围内开展打击整治养老诈骗专项行动“回头看”，"
      "我部将会同有关部门对涉养老领域突出问题开展集中整治。",
      cls=U, note="Ministry of Public Security text (我部) copied without source"),
    P("wz_ga", "本报讯 近日，吴忠市公安局利通区分局成功破获一起利用虚拟货币跨境洗钱案，抓获犯罪嫌疑人11名，"
      "涉案金额3000余万元。",
      cls=U, note="newspaper item (本报讯) copied, outlet not named"),
    P("nx_mw", """记者从国家民委获悉，第十二批全国民族团结进步示范区示范单位命名工作已经完成，全国共有600余个集体入选。其中，宁夏有8个集体入选。""",
      cls=U, note="news copy with 记者从…获悉, outlet not named"),
    P("pl_wj", """本报讯（记者 刘晓东）日前，平罗县人民医院与自治区人民医院签订医联体合作协议，自治区专家将每周到平罗坐诊，群众在家门口就能看上专家号。""",
      cls=U, note="newspaper item copied, outlet not named"),
    P("gy_wl", """原标题：须弥山下，千年佛光

须弥山石窟始凿于北魏，历经西魏、北周、隋唐各代的开凿和修葺，现存石窟162座。石窟群依山开凿，绵延两公里，是我国十大石窟之一。""",
      cls=U, note="magazine article copied; 原标题 does not name a source"),
    P("qtx_yj", """本报讯 近日，青铜峡市组织开展冬季危化品运输车辆专项检查，共检查车辆56台次，查处超载、未按规定路线行驶等违法行为7起。""",
      cls=U, note="newspaper item copied, outlet not named"),
    P("yc_sj", """总局近日部署开展冬季食品安全专项检查，重点检查农村集体聚餐、校园食堂和冷链食品，要求各地市场监管部门加大抽检力度，依法查处违法违规行为。""",
      cls=U, note="SAMR text (总局) copied without source"),
    P("nx_wl_wb", """文化和旅游部办公厅关于做好2026年冬季旅游安全工作的通知

各省、自治区、直辖市文化和旅游厅（局）：入冬以来，冰雪旅游、温泉旅游等产品持续升温，为做好冬季旅游安全工作，现就有关事项通知如下……

文化和旅游部办公厅
2026年11月19日""",
      cls=U, note="ministry notice with its signature pasted, no source"),
    P("yc_xw_dy", "据了解，今年全国共有26个省份启动供暖，北方地区集中供暖面积达到170亿平方米。"
      "供暖期间，各地将加强对老旧小区的供热保障。（完）",
      cls=U, note="national news caption copied with （完）, outlet not named"),
    P("wz_zf", """编者按：近日，一篇关于吴忠早茶的文章在网上引发关注，现转发如下，与读者分享。

走进吴忠的早茶店，一碗热腾腾的牛肉拉面、一笼鲜香的蒸饺，再配上一杯盖碗茶，这就是吴忠人一天的开始。本报记者在多家早茶店走访发现……""",
      cls=U, note="article of a newspaper reposted (转发如下) without naming it"),
    P("gy_jy", """我县教体局近日组织全县中小学开展冬季消防安全演练，3.2万名师生参加。演练中，学生在老师指挥下有序撤离，全程用时不到3分钟。

（西吉县教育体育局）""",
      cls=U, note="another county bureau's post (我县, Xiji) copied; its own signature is not a source"),
    P("nx_yj", """我部近日印发《关于加强冬季矿山安全生产工作的通知》，要求各地严格落实矿山企业主要负责人带班下井制度，严防冬季瓦斯爆炸、透水等事故。""",
      cls=U, note="Ministry of Emergency Management text (我部) copied without source"),

    # hard negatives: own voice or source named
    P("yc_xw", "【宁夏日报】银川市今年新增城市绿地300公顷，人均公园绿地面积达到16平方米。\n\n来源：宁夏日报",
      hn=HN, note="source named"),
    P("wz_zf", """以下文章来源于宁夏发布

自治区召开冬季供暖保障工作会议

会议要求，各地要落实供热企业主体责任，确保居民室温不低于18℃，对群众反映的供暖问题24小时内响应。""",
      hn=HN, note="WeChat banner names the source"),
    P("nx_wj", """我委关于开展冬季医疗机构安全生产大检查的通知

各市、县（区）卫生健康局，委属各单位：为切实做好冬季医疗机构安全生产工作，我委决定自即日起至12月31日开展安全生产大检查。""",
      hn=HN, note="the commission's own notice (我委)"),
    P("gy_jy", """我局开展寒假前校园安全隐患排查

我局近日组织5个督导组，对全市中小学校舍、食堂、取暖设施进行全面排查，共发现问题23个，已全部整改到位。""",
      hn=HN, note="the bureau's own post (我局)"),
    P("nx_ga", "据央视新闻报道，公安部近日部署开展冬季道路交通安全整治行动。我厅将结合全区实际，"
      "加强重点路段巡逻管控。", hn=HN, note="据…报道 names the source"),
]
