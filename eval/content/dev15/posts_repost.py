"""Eleventh held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev14/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国家发展改革委 国家能源局关于做好2026—2027年冬季民生用能保障工作的通知

各省、自治区、直辖市及新疆生产建设兵团发展改革委、能源局：

今冬明春，受气温偏低、经济回升等因素影响，全国能源需求将保持较快增长，局部地区、个别时段供需偏紧。为切实保障人民群众温暖过冬，现就有关事项通知如下。

一、压实保供责任。各地要落实属地责任，制定民生用能保障方案，确保居民生活、供暖、公共服务等民生用能需求。

二、加强煤电油气运调度。督促发电企业足额储煤，燃气企业落实合同气量，严禁“压民保非”。

三、做好应急准备。完善有序用电、用气方案，坚持“先生活后生产”原则，遇极端天气及时启动应急响应。

四、强化价格监管。严厉打击囤积居奇、哄抬价格等违法行为，维护市场秩序。"""

X1 = """新华社福州11月18日电（记者 林凡）记者18日从福建省海洋与渔业局获悉，今年1至10月，福建水产品总产量达712万吨，同比增长3.4%，其中海水养殖产量518万吨。大黄鱼、鲍鱼、海带、紫菜等特色品种产量继续保持全国首位。福建正加快推进深远海养殖，全省已建成深远海养殖平台27个。"""

X2 = """新华社厦门11月20日电（记者 陈旺）第二十届海峡两岸图书交易会20日在厦门开幕。本届交易会展出两岸图书20余万种，设置两岸出版成果展、闽台古籍展等展区，来自台湾的120余家出版机构参展。交易会期间还将举办两岸阅读分享会、青年编辑交流会等活动。"""

X3 = """新华社北京11月19日电（记者 周圆）交通运输部19日介绍，截至10月底，全国农村公路总里程达465万公里，具备条件的乡镇和建制村已全部通硬化路、通客车。交通运输部将持续推进“四好农村路”高质量发展，今冬明春重点开展农村公路安全隐患排查整治。"""

R1 = """今日谈：守护好孩子的假期“安全线”

寒假将至，孩子们即将迎来自由支配的时间。玩水、玩火、用电、出行，哪一样都马虎不得。

守护孩子安全，家庭是第一道防线。家长要多陪伴、多提醒，把安全知识讲在前头；学校要上好假前安全课；社区要排查河塘、工地等危险区域，设置警示标志。只有家校社同向发力，孩子们才能过一个平安快乐的假期。"""

R2 = """冬季用电暖器，这6个误区要避开

1. 电暖器上烘烤衣物——极易引发火灾；
2. 与大功率电器共用一个插排——容易过载；
3. 离床、沙发太近——至少保持1米距离；
4. 人走了不关——外出和睡前要断电；
5. 用了多年不检修——老化线路隐患大；
6. 放在浴室使用——非防水型电暖器不能在潮湿环境中使用。

转给家人，温暖过冬，安全第一！"""

C1 = """【#国家医保局：2027年起门诊慢特病跨省直接结算再扩围#】国家医保局今天发布消息，自2027年1月1日起，门诊慢特病跨省直接结算病种由10种增加到15种，新增慢性心力衰竭、类风湿关节炎等5个病种。参保人可通过国家医保服务平台APP办理异地就医备案。"""

C2 = """【#国家林草局：全国进入冬季森林防火紧要期#】国家林草局今天发布提示，随着气温下降、降水减少，全国进入冬季森林防火紧要期。进山入林严禁携带火种，严禁野外吸烟、上坟烧纸、燃放烟花爆竹。发现火情请立即拨打12119报警。"""

N1 = """冬季儿童鼻出血怎么办？家长记住这几步

冬季空气干燥，儿童鼻出血较为常见。遇到孩子流鼻血，家长不要慌：

1. 让孩子坐下，身体稍向前倾，不要仰头，避免血液流入咽喉；
2. 用拇指和食指捏住鼻翼两侧，持续按压10至15分钟；
3. 可用冷毛巾敷额头或鼻梁；
4. 如按压20分钟仍出血不止，或反复出血，应及时就医。

预防方面，保持室内湿度，提醒孩子不要抠鼻子，多喝水、多吃蔬菜水果。"""

N2 = """流感用药这些问题，一次说清

问：得了流感一定要吃抗病毒药吗？
答：高危人群和重症倾向患者应尽早在医生指导下使用抗病毒药物，发病48小时内用药效果最好。

问：抗病毒药能预防流感吗？
答：不能替代疫苗。接种流感疫苗是预防流感最有效的手段。

问：能同时吃几种感冒药吗？
答：不建议。多种复方感冒药可能含有相同成分，叠加服用容易过量。"""

M1 = """应急管理部部署开展冬季渔船和沿海水域安全生产专项检查

近日，应急管理部会同农业农村部、交通运输部召开视频会议，部署开展冬季渔船和沿海水域安全生产专项检查。会议指出，冬季海上大风天气多发，渔船“三无”、脱编、超员等问题仍然存在。

会议要求，各地要在国家防灾减灾救灾委员会统筹下，逐船逐港开展检查，严禁大风天气冒险出海；加强渔港值守，落实“船不出港、人不上船”；对检查中发现的重大隐患，实行闭环整改。"""

M2 = """寒潮来袭，户外作业要注意这些

1. 高空作业遇6级以上大风必须停止；
2. 道路结冰时，工地运输车辆减速慢行，做好防滑措施；
3. 室内取暖严禁使用明火，防止一氧化碳中毒；
4. 户外工作人员做好防寒保暖，合理安排轮换休息；
5. 极端低温天气，停止露天作业。"""

P1 = """【警惕“航班取消改签”诈骗！】临近元旦和春运，骗子冒充航空公司客服，发送“您的航班因机械故障取消，可办理改签并获赔偿”短信，诱导添加“客服”联系方式、下载会议软件共享屏幕，进而转走银行卡资金。提醒：航班变动请以航空公司官方APP和客服电话为准，改签不需要向个人账户转账。"""

K1 = """【海上大风橙色预警】中央气象台11月24日06时发布海上大风橙色预警：受强冷空气影响，预计24日08时至25日08时，台湾海峡、东海南部、巴士海峡将有8～9级、阵风10～11级的东北风。请相关海域船舶回港避风，注意航行和作业安全。"""


POSTS = [
    # source documents
    P("gov_wx", G1, key="g1", note="source document (new)"),
    P("xh_wb", X1, key="x1", note="source document (new)"),
    P("xh_wb", X2, key="x2", note="source document (new)"),
    P("xh_wb", X3, key="x3", note="source document (new)"),
    P("rmrb_wx", R1, key="r1", note="source document (new)"),
    P("rmrb_wx", R2, key="r2", note="source document (new)"),
    P("cctv_wb", C1, key="c1", note="source document (new)"),
    P("cctv_wb", C2, key="c2", note="source document (new)"),
    P("nhc_wx", N1, key="n1", note="source document (new)"),
    P("nhc_wx", N2, key="n2", note="source document (new)"),
    P("mem_wx", M1, key="m1", note="source document (new)"),
    P("mem_wx", M2, key="m2", note="source document (new)"),
    P("mps_wb", P1, key="p1", note="source document (new)"),
    P("cma_wb", K1, key="k1", note="source document (new)"),

    # unsourced copies
    P("fj_yj", G1 + "\n\n来源：综合", U, copy="g1", note="pasted document; 来源：综合 names no source"),
    P("fz_sc", G1.split("\n\n一、")[0] + "\n\n作者：佚名", U, copy="g1", note="opening of the document; 作者 alone"),
    P("nd_hy", X1.replace("新华社福州11月18日电", "本报讯"), U, copy="x1", note="the agency's dateline replaced by 本报讯, which names no outlet"),
    P("nd_xw", X1.split("）", 1)[1], U, copy="x1", note="dateline cut off, pasted as own news"),
    P("xm_xw", X2.split("）", 1)[1] + " #海峡两岸图书交易会#", U, copy="x2", note="dateline cut off"),
    P("xm_xw_dy", "第二十届海峡两岸图书交易会开幕啦！" + X2.split("）", 1)[1][:80], U, copy="x2", note="opening copied without naming the agency"),
    P("sm_rs", X3.split("）", 1)[1], U, copy="x3", note="dateline cut off"),
    P("fj_jy", R1 + "\n\n点击“阅读原文”查看更多", U, copy="r1", note="commentary pasted; 阅读原文 names no source"),
    P("fj_jy_wb", "【守护好孩子的假期“安全线”】" + R1.split("\n\n", 2)[2].replace("\n\n", ""), U, copy="r1", note="commentary body pasted on Weibo"),
    P("fj_yj", R2 + "\n\n本文转载自微信公众号", U, copy="r2", note="names the platform only, not the publisher"),
    P("zz_yj", R2 + "\n\n转载请注明出处", U, copy="r2", note="boilerplate names nothing"),
    P("fj_wj_wb", C1.replace("国家医保局今天发布消息，", ""), U, copy="c1", note="bulletin pasted, attribution to the publishing outlet absent"),
    P("sm_wj", C1.split("】", 1)[1], U, copy="c1", note="bulletin body pasted"),
    P("np_ny", C2.split("】", 1)[1] + "\n\n（本文综合整理）", U, copy="c2", note="综合整理 names no source"),
    P("zz_wj", N1 + "\n\n来源：微信公众号", U, copy="n1", note="platform only"),
    P("fj_wj", N1, U, copy="n1", orig=True, note="pasted whole and marked original"),
    P("sm_wj", N2 + "\n\n图文：网络", U, copy="n2", note="网络 names no source"),
    P("nd_hy", M1.replace("国家防灾减灾救灾委员会", "国家防灾减灾就灾委员会"), (U, "typo"),
      [("typo", "国家防灾减灾就灾委员会", "国家防灾减灾救灾委员会")], copy="m1",
      note="two classes: pasted ministry release without source, and 救→就 (sound jiu) in the commission's name"),
    P("zz_yj", M1.split("\n\n", 1)[1] + "\n\n编辑：林朵　审核：柯望", U, copy="m1", note="credits only"),
    P("fj_yj", M2, U, copy="m2", note="tips pasted"),
    P("fz_ga", P1.replace("【警惕“航班取消改签”诈骗！】", "【提醒】"), U, copy="p1", note="warning pasted, header changed"),
    P("qz_ga", "临近元旦，注意这种骗局！" + P1.split("】", 1)[1], U, copy="p1", orig=True, note="pasted"),
    P("fj_ga_dy", P1.split("】", 1)[1][:90] + "……", U, copy="p1", note="voice-over text copied"),
    P("nd_xw", K1.split("】", 1)[1], U, copy="k1", note="warning pasted without naming the issuing office's account"),
    P("xm_xw", "【海上大风预警】" + K1.split("】", 1)[1].replace("中央气象台11月24日06时发布海上大风橙色预警：", ""), U, copy="k1",
      note="issuer's line removed"),

    # unsourced reposts of documents not in the file (another body's voice)
    P("fz_sc", """市场监管总局办公厅关于开展岁末年初特种设备安全隐患排查整治的通知

各省、自治区、直辖市和新疆生产建设兵团市场监管局（厅、委）：

为切实做好岁末年初特种设备安全工作，总局决定即日起至2027年3月底，在全国开展特种设备安全隐患排查整治。各地要聚焦电梯、气瓶、锅炉、大型游乐设施等重点设备，督促使用单位落实主体责任。

市场监管总局办公厅
2026年11月20日""", U, note="another body's document pasted; its own signature is not a source line"),
    P("fj_jy", """教育部：2027年全国硕士研究生招生考试考生须知

一、考生应按时参加考试，提前熟悉考点交通路线；
二、严禁携带手机、智能手表等电子设备进入考场；
三、我部将会同有关部门严厉打击考试作弊行为。

教育部高校学生司""", U, note="in the ministry's voice (我部)"),
    P("ly_ty", """我部联合人力资源社会保障部等部门出台措施，支持退役军人到基层就业创业：对吸纳退役军人就业的企业，按规定享受税收优惠；对自主创业的退役军人，提供创业担保贷款。""",
      U, note="退役军人事务部's voice pasted by a city bureau"),
    P("fj_wj", """国家疾控局提醒：当前全国流感活动处于上升期，以甲型H3N2亚型为主。建议老年人、慢性病患者、孕妇等重点人群尽快接种流感疫苗。

原标题：流感进入流行季，重点人群尽快接种""", U, note="原标题 does not name a source"),
    P("pt_sc", """总局近日公布2026年第三批产品质量国家监督抽查结果，共抽查电吹风、儿童玩具、电热水壶等18种产品2650批次，发现不合格产品187批次。""",
      U, note="市场监管总局's voice (总局)"),
    P("xm_xw", """我办发言人表示，欢迎台湾青年来大陆追梦、筑梦、圆梦，我们将持续优化台湾青年来大陆就业创业环境。""",
      U, note="the Taiwan Affairs Office's voice (我办)"),
    P("fz_ga_dy", """公安部交管局提醒：元旦假期出行，高速公路易发生拥堵，请大家错峰出行，遇拥堵不要占用应急车道。来源：朋友圈""",
      U, note="来源：朋友圈 names no publisher"),
    P("sm_rs", """【人社部：2027年起个人养老金制度全面实施】我部将持续扩大个人养老金参加范围，丰富产品供给。""",
      U, note="人社部's voice"),
    P("np_ny", """农业农村部近日印发通知，部署今冬明春农业生产工作。通知要求，各地要抓好冬小麦田间管理，防范低温冻害，确保越冬安全。

【编者按】冬季农业生产事关明年粮食丰收，转给身边的农户朋友。""", U, note="编者按 names no source"),
    P("zz_wj", """国家卫生健康委新闻发布会：我委将推动二级以上医院全面开设儿科门诊，2027年底前实现每个县至少有1家医疗机构提供24小时儿科服务。""",
      U, note="我委 of the national commission"),

    P("qz_xw", """【前10月全国快递业务量同比增长15%】我局数据显示，1至10月全国快递服务企业业务量累计完成1620亿件，同比增长15.1%。""",
      U, note="the postal bureau's voice (我局) pasted by a city account"),

    # hard negatives: copies that name their source in ways real editors do
    P("fz_sc", G1 + "\n\n来源丨中国政府网", hn=HN, copy="g1", note="来源丨 names the source"),
    P("nd_hy", X1.split("）", 1)[1] + "（据新华社电）", hn=HN, copy="x1", note="据新华社电 at the end"),
    P("xm_xw", X2 + " //@新华社", hn=HN, copy="x2", orig=False, src="新华社", note="dateline kept, platform repost with source field"),
    P("sm_rs", X3, hn=HN, copy="x3", note="the agency's dateline is kept"),
    P("fj_jy", "人民日报今日谈：" + R1, hn=HN, copy="r1", note="publisher named as the speaker of the headline"),
    P("fj_yj", R2 + "\n\n内容源自“人民日报”公众号", hn=HN, copy="r2", note="源自 names the source"),
    P("fj_wj_wb", "//@央视新闻:" + C1, hn=HN, copy="c1", orig=False, src="央视新闻", note="Weibo repost chain names the outlet and the source field is set"),
    P("np_ny", C2.split("】", 1)[1] + "\n\n图文：央视新闻", hn=HN, copy="c2", note="credit line names an outlet"),
    P("zz_wj", N1 + "\n\n资料来源：国家卫生健康委员会“健康中国”公众号", hn=HN, copy="n1", note="资料来源 names the source"),
    P("zz_yj", "本文经“中国应急管理”授权发布\n\n" + M1, hn=HN, copy="m1", note="authorised republication names the source"),
    P("qz_ga", "据公安部刑侦局提醒，" + P1.split("】", 1)[1], hn=HN, copy="p1", note="据…提醒 names the source"),
    P("nd_xw", K1 + "\n出处：中国气象局官方微博", hn=HN, copy="k1", note="出处 names the source"),
    P("fj_wj", N2 + "\n\n本文来自国家卫生健康委员会官方公众号“健康中国”", hn=HN, copy="n2", note="来自…公众号 names the source"),
]
