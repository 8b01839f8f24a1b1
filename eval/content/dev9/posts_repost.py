"""Sixth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev7/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"

G1 = """国家医保局 财政部 国家税务总局关于做好2027年城乡居民基本医疗保障有关工作的通知

各省、自治区、直辖市及新疆生产建设兵团医疗保障局、财政厅（局），国家税务总局各省、自治区、直辖市和计划单列市税务局：

为做好2027年城乡居民基本医疗保障工作，现将有关事项通知如下。

一、合理提高筹资标准。2027年城乡居民基本医疗保险人均财政补助标准新增30元，达到每人每年730元；个人缴费标准同步新增10元，达到每人每年410元。

二、持续优化参保服务。各地要推动新生儿、大中专学生、灵活就业人员等重点人群应保尽保，实现“出生即参保”“入学即参保”，鼓励连续参保，对连续参保人员按规定提高大病保险最高支付限额。

三、巩固提升待遇保障。稳定住院待遇水平，政策范围内住院费用支付比例保持在70%左右；健全门诊共济保障机制。

四、加强基金监管。持续开展打击欺诈骗保专项整治，严厉打击虚假就医、倒卖医保药品等违法违规行为。

国家医保局　财政部　国家税务总局
2026年11月16日"""

G2 = """自然资源部部署做好冬春季地质灾害防治工作

近日，自然资源部召开视频会议，部署今冬明春地质灾害防治工作。会议指出，入冬以来，南方部分地区降雨偏多，北方冻融交替，崩塌、滑坡等地质灾害风险依然存在。

会议要求，各地要紧盯汛后恢复重建、冬季施工、春季冻融等重点时段，组织开展隐患点“回头看”，对切坡建房、工程建设边坡等开展排查；要落实群测群防员责任，完善“人防+技防”监测预警体系；对在建工地、交通干线沿线和人口密集区，及时发布风险提示，必要时果断组织避险转移。"""

G3 = """教育部办公厅关于在寒假期间加强中小学生心理健康关爱工作的通知

各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局：

寒假期间学生离校时间较长，生活节奏变化较大。为切实做好学生心理健康关爱工作，现就有关事项通知如下。

一、放假前开展一次心理健康状况排查，对重点学生建立“一生一案”，明确关爱责任人。

二、指导家长合理安排孩子作息，控制电子产品使用时间，多开展亲子运动和户外活动。

三、公布心理援助热线，寒假期间保持畅通，学校心理教师定期电话回访重点学生。

四、发现学生有心理危机苗头的，要第一时间联系家长并协调专业机构干预。

教育部办公厅
2026年11月18日"""

X1 = """新华社北京11月20日电（记者 程露）生态环境部20日通报，今年1至10月，全国地级及以上城市平均空气质量优良天数比例为87.6%，同比上升1.2个百分点；细颗粒物（PM2.5）平均浓度为27微克/立方米，同比下降3.6%。生态环境部有关负责人表示，将扎实推进秋冬季大气污染综合治理攻坚，督促重点区域落实重污染天气应急减排措施。"""

X2 = """新华社广州11月21日电（记者 潘晴）广东省文化和旅游厅21日发布“冬游广东”十条精品线路，涵盖粤北冰雪、滨海温泉、侨乡碉楼、潮汕美食等主题。今年冬季，广东还将推出文旅消费惠民活动200余项，部分A级旅游景区对省外游客实行门票优惠。"""

X3 = """新华社济南11月25日电（记者 高帆）记者25日从山东省水利厅获悉，今冬明春山东将实施农田水利、农村供水、河湖治理等水利工程项目3200余个，计划完成投资420亿元。其中，新建改造农村供水工程1100余处，惠及农村人口约260万人。"""

R1 = """冬季养生，这些说法靠谱吗？

1. “冬天多喝热粥就能暖胃驱寒”？粥温度过高反而可能烫伤食管，晾到温热再喝。
2. “冬天不用防晒”？冬季紫外线依然存在，雪地和高原反射更强，户外活动仍需防晒。
3. “手脚冰凉就是肾虚”？手脚冰凉原因很多，可能与贫血、甲状腺功能减退、末梢循环差有关，别盲目进补。
4. “喝酒能御寒”？饮酒后血管扩张，人会感到一时暖和，但体温散失更快，反而容易冻伤。

科学过冬，从告别误区开始。"""

R2 = """耕地保护要“长牙齿”

耕地是粮食生产的命根子。守住18亿亩耕地红线，既要有“量”的坚守，也要有“质”的提升。

近年来，各地通过卫星遥感、“田长制”等手段加强耕地保护，违法占用耕地问题得到有效遏制。但也要看到，一些地方仍存在“占优补劣”“补充耕地质量不高”等问题。

耕地保护，没有“下不为例”。要把耕地保护责任压实到每一级、落实到每一块地，让耕地保护真正“长出牙齿”。"""

C1 = """【#市场监管总局发布年末网购消费提示#】年末电商促销集中，市场监管总局提示：1.警惕“先涨后降”“虚构原价”，下单前可对比历史价格；2.直播间购物要保存好订单截图和主播承诺，不要脱离平台私下转账；3.预售商品注意定金、尾款规则，“定金不退”条款要看清；4.发生消费纠纷可拨打12315或通过全国12315平台投诉。"""

C2 = """【#文化和旅游部提示冬季出游安全#】文化和旅游部提示，冬季出游要关注目的地天气和道路信息，参加滑雪、冰雪漂流等项目要选择有资质的经营场所，量力而行；前往温泉景区注意防滑，心脑血管疾病患者不宜长时间泡温泉；选择正规旅行社，签订书面合同，警惕“零团费”“低价游”。"""

N1 = """慢阻肺患者如何平稳过冬？这6条建议请收好

冬季气温低、空气干燥，是慢阻肺急性加重的高发季节。

1. 规律用药，不要自行停药或减量；
2. 接种流感疫苗和肺炎球菌疫苗；
3. 出门注意保暖，戴口罩，避免冷空气直接刺激呼吸道；
4. 坚持缩唇呼吸、腹式呼吸等呼吸康复训练；
5. 戒烟，远离二手烟；
6. 出现气促加重、痰量增多或颜色改变，及时就医。"""

M1 = """应急管理部发布12月份全国自然灾害风险形势

应急管理部会同自然资源部、水利部、中国气象局等部门会商研判，12月份我国自然灾害风险形势如下：

一是北方地区可能出现大范围寒潮、暴雪天气，需防范低温雨雪冰冻灾害对交通、供暖、设施农业的不利影响。

二是南方部分地区降水偏少，森林火险等级较高，需严防野外用火引发森林火灾。

三是渤海、黄海可能出现大风天气，需防范海上作业和渔船航行风险。

各地要强化监测预警和值班值守，提前预置救援力量和物资，确保群众安全温暖过冬。"""

P1 = """【警惕“征信修复”骗局！】近期，有不法分子冒充“征信修复机构”“金融顾问”，声称可以“花钱消除逾期记录”“内部渠道修改征信”，收取高额服务费后失联，甚至套取身份证、银行卡信息用于其他违法犯罪。刑侦局提醒：征信记录不存在“花钱修复”的说法，对征信信息有异议，可通过中国人民银行征信中心官方渠道免费申请更正。"""

A1 = """【霜冻蓝色预警】中央气象台11月24日06时发布霜冻蓝色预警：受冷空气影响，预计24日夜间至26日早晨，湖南南部、江西南部、广东北部、广西东北部等地的部分地区将出现霜冻。请有关地区做好设施农业、果树和露天蔬菜的防冻措施，注意防寒保暖。"""

POSTS = [
    # ---- source documents (clean originals of unregistered accounts)
    P("gov_wx", G1, key="G1", when="11-16 17:40"),
    P("gov_wx", G2, key="G2"),
    P("gov_wx", G3, key="G3", when="11-18 18:05"),
    P("xh_wb", X1, key="X1"),
    P("xh_wb", X2, key="X2"),
    P("xh_wb", X3, key="X3"),
    P("rmrb_wx", R1, key="R1", when="11-17 07:30"),
    P("rmrb_wx", R2, key="R2", when="11-19 21:10"),
    P("cctv_wb", C1, key="C1", when="11-18 12:20"),
    P("cctv_wb", C2, key="C2", when="11-20 15:45"),
    P("nhc_wx", N1, key="N1", when="11-17 19:00"),
    P("mem_wx", M1, key="M1", when="11-21 18:30"),
    P("mps_wb", P1, key="P1", when="11-19 10:15"),
    P("cma_wb", A1, key="A1"),

    # ---- unsourced copies of the documents
    P("gd_yb", "重磅！2027年城乡居民医保筹资标准定了\n\n" + G1.split("\n\n", 2)[2],
      U, copy="G1", note="the three-ministry notice pasted below a new title, with its address line dropped; no source named"),
    P("gd_yb_wb", "【2027年居民医保个人缴费标准确定】2027年城乡居民基本医疗保险人均财政补助标准新增30元，达到每人每年730元；"
      "个人缴费标准同步新增10元，达到每人每年410元。各地要推动新生儿、大中专学生、灵活就业人员等重点人群应保尽保，实现“出生即参保”“入学即参保”，"
      "鼓励连续参保，对连续参保人员按规定提高大病保险最高支付限额。", U, copy="G1",
      note="two paragraphs of the notice lifted verbatim into a Weibo post; no source"),
    P("sd_zr", "【冬春季地质灾害防治工作部署】入冬以来，南方部分地区降雨偏多，北方冻融交替，崩塌、滑坡等地质灾害风险依然存在。"
      "各地要紧盯汛后恢复重建、冬季施工、春季冻融等重点时段，组织开展隐患点“回头看”，对切坡建房、工程建设边坡等开展排查；"
      "要落实群测群防员责任，完善“人防+技防”监测预警体系。", U, copy="G2",
      note="the ministry's meeting report pasted without naming the ministry's site; reads like the department's own deployment"),
    P("jm_jy", "寒假将至，请家长关注孩子心理健康\n\n寒假期间学生离校时间较长，生活节奏变化较大。为切实做好学生心理健康关爱工作，现就有关事项通知如下。\n\n"
      + G3.split("现就有关事项通知如下。\n\n", 1)[1].rsplit("\n\n教育部办公厅", 1)[0], U, copy="G3",
      note="MOE general office notice pasted under a new title, signature dropped; no source"),
    P("zz_jy", G3, U, copy="G3", orig=True,
      note="the whole MOE notice, signature included, published as an article marked original; the issuer's own signature does not name where it was taken from"),
    P("gd_st", "全国空气质量持续改善！1—10月优良天数比例87.6%\n\n生态环境部20日通报，今年1至10月，全国地级及以上城市平均空气质量优良天数比例为87.6%，"
      "同比上升1.2个百分点；细颗粒物（PM2.5）平均浓度为27微克/立方米，同比下降3.6%。生态环境部有关负责人表示，将扎实推进秋冬季大气污染综合治理攻坚，"
      "督促重点区域落实重污染天气应急减排措施。\n\n（完）", U, copy="X1",
      note="wire copy with the Xinhua dateline cut off and （完） kept; no source named"),
    P("gd_wl", "冬游广东十条精品线路来啦！涵盖粤北冰雪、滨海温泉、侨乡碉楼、潮汕美食等主题。今年冬季，广东还将推出文旅消费惠民活动200余项，"
      "部分A级旅游景区对省外游客实行门票优惠。#冬游广东#", U, copy="X2",
      note="the Xinhua item reworded only at the opening and otherwise pasted; no source named"),
    P("zh_wl", "广东省文化和旅游厅21日发布“冬游广东”十条精品线路，涵盖粤北冰雪、滨海温泉、侨乡碉楼、潮汕美食等主题。今年冬季，"
      "广东还将推出文旅消费惠民活动200余项，部分A级旅游景区对省外游客实行门票优惠。珠海的你，准备好了吗？", U, copy="X2",
      note="Xinhua copy without its dateline plus one line of its own; no source"),
    P("dg_wl", "（记者 潘晴）广东省文化和旅游厅21日发布“冬游广东”十条精品线路，涵盖粤北冰雪、滨海温泉、侨乡碉楼、潮汕美食等主题。"
      "今年冬季，广东还将推出文旅消费惠民活动200余项。", U, copy="X2",
      note="reporter credit kept but the outlet's dateline cut; a credit does not name the source"),
    P("sd_sl", "今冬明春全省实施水利工程项目3200余个\n\n今冬明春山东将实施农田水利、农村供水、河湖治理等水利工程项目3200余个，"
      "计划完成投资420亿元。其中，新建改造农村供水工程1100余处，惠及农村人口约260万人。", U, copy="X3",
      note="the Xinhua report about the department itself, pasted without its dateline; no source named"),
    P("jn_wj", "冬天多喝热粥暖胃？手脚冰凉是肾虚？这些冬季养生说法靠谱吗\n\n" + R1.split("\n\n", 1)[1], U, copy="R1",
      note="People's Daily rumour list pasted whole under a new title; no source"),
    P("fs_wj", R1, U, copy="R1", note="verbatim copy of the People's Daily list; nothing names the paper"),
    P("sd_zr", "耕地保护，没有“下不为例”！守住18亿亩耕地红线，既要有“量”的坚守，也要有“质”的提升。近年来，各地通过卫星遥感、“田长制”等手段加强耕地保护，"
      "违法占用耕地问题得到有效遏制。要把耕地保护责任压实到每一级、落实到每一块地。", U, copy="R2",
      note="sentences of the People's Daily commentary stitched together; no source"),
    P("st_sc", "年末网购消费提示：1.警惕“先涨后降”“虚构原价”，下单前可对比历史价格；2.直播间购物要保存好订单截图和主播承诺，不要脱离平台私下转账；"
      "3.预售商品注意定金、尾款规则，“定金不退”条款要看清；4.发生消费纠纷可拨打12315或通过全国12315平台投诉。", U, copy="C1",
      note="the CCTV tips pasted with the topic tag removed; no source"),
    P("zb_sc", "【年末网购，这4点要注意】市场监管总局提示：1.警惕“先涨后降”“虚构原价”，下单前可对比历史价格；2.直播间购物要保存好订单截图和主播承诺，"
      "不要脱离平台私下转账；3.预售商品注意定金、尾款规则；4.发生消费纠纷可拨打12315投诉。", U, copy="C1",
      note="CCTV item copied; naming the authority whose advice it is (市场监管总局提示) is part of the copied text, not a source"),
    P("hez_sc", "年末网购消费提示\n\n年末电商促销集中，请广大消费者注意：\n\n1.警惕“先涨后降”“虚构原价”，下单前可对比历史价格；\n"
      "2.直播间购物要保存好订单截图和主播承诺，不要脱离平台私下转账；\n3.预售商品注意定金、尾款规则，“定金不退”条款要看清；\n"
      "4.发生消费纠纷可拨打12315或通过全国12315平台投诉。", U, copy="C1",
      note="CCTV tips turned into a WeChat article in the bureau's own voice; no source"),
    P("ly_wl", "冬季出游要关注目的地天气和道路信息，参加滑雪、冰雪漂流等项目要选择有资质的经营场所，量力而行；前往温泉景区注意防滑，"
      "心脑血管疾病患者不宜长时间泡温泉；选择正规旅行社，签订书面合同，警惕“零团费”“低价游”。#临沂冬游#", U, copy="C2",
      note="CCTV item pasted as a video caption; no source"),
    P("sg_wj", "慢阻肺患者冬季注意事项\n\n" + N1.split("\n\n", 1)[1], U, copy="N1",
      note="NHC article pasted under a new title; no source"),
    P("jn_wj_wb", "冬季是慢阻肺急性加重的高发季节。1.规律用药，不要自行停药或减量；2.接种流感疫苗和肺炎球菌疫苗；3.出门注意保暖，戴口罩；"
      "4.坚持缩唇呼吸、腹式呼吸等呼吸康复训练；5.戒烟，远离二手烟；6.出现气促加重、痰量增多或颜色改变，及时就医。", U, copy="N1",
      note="NHC list squeezed into one Weibo post; no source"),
    P("qd_yj", "12月份自然灾害风险形势研判\n\n" + M1.split("\n\n", 1)[1], U, copy="M1",
      note="the ministry's national outlook pasted as if the city bureau's own; no source"),
    P("qd_yj_wb", "【12月份自然灾害风险提示】北方地区可能出现大范围寒潮、暴雪天气，需防范低温雨雪冰冻灾害对交通、供暖、设施农业的不利影响；"
      "渤海、黄海可能出现大风天气，需防范海上作业和渔船航行风险。各地要强化监测预警和值班值守，确保群众安全温暖过冬。", U, copy="M1",
      note="two items of the ministry's outlook pasted; no source"),
    P("dz_ga", "【“征信修复”就是骗局！】近期，有不法分子冒充“征信修复机构”“金融顾问”，声称可以“花钱消除逾期记录”“内部渠道修改征信”，"
      "收取高额服务费后失联，甚至套取身份证、银行卡信息用于其他违法犯罪。征信记录不存在“花钱修复”的说法，对征信信息有异议，"
      "可通过中国人民银行征信中心官方渠道免费申请更正。", U, copy="P1",
      note="the CID warning pasted with 刑侦局提醒 removed; no source"),
    P("qy_ga", P1, U, copy="P1", note="verbatim copy of the CID post; its 刑侦局提醒 is part of the copied text, not a source line"),
    P("bz_ga", "警惕“征信修复”骗局！有不法分子冒充“征信修复机构”“金融顾问”，声称可以“花钱消除逾期记录”“内部渠道修改征信”，收取高额服务费后失联。"
      "征信记录不存在“花钱修复”的说法！", U, copy="P1", note="CID text as a video caption; no source"),
    P("qy_ga_dy", "霜冻预警：预计24日夜间至26日早晨，湖南南部、江西南部、广东北部、广西东北部等地的部分地区将出现霜冻。请做好设施农业、果树和露天蔬菜的防冻措施，"
      "注意防寒保暖。", U, copy="A1", note="CMA warning pasted without naming the National Meteorological Centre; no source"),

    # ---- copies that name their source (clean, hard negatives)
    P("gd_yb", "转发：2027年城乡居民医保筹资标准公布\n\n（文章转自中国政府网微信公众号）\n\n" + G1, copy="G1", hn=U,
      note="the notice copied with a bracketed line naming 中国政府网 as where it was taken from"),
    P("sd_zr", "#地质灾害防治# 自然资源部部署做好冬春季地质灾害防治工作。各地要紧盯汛后恢复重建、冬季施工、春季冻融等重点时段，组织开展隐患点“回头看”。"
      "全省各级自然资源部门要抓好落实。\n出处：中国政府网", copy="G2", hn=U, note="copy with an 出处 line naming the site"),
    P("gd_st", "转自新华社：1至10月全国空气质量优良天数比例87.6%\n\n" + X1, copy="X1", hn=U,
      note="copy keeps the Xinhua dateline and names Xinhua in the title"),
    P("dy_wl", "冬季出游安全提示来了！冬季出游要关注目的地天气和道路信息，参加滑雪、冰雪漂流等项目要选择有资质的经营场所，量力而行；"
      "前往温泉景区注意防滑。黄河口的冬天一样精彩，出游请注意安全～\n信源｜央视新闻", copy="C2", hn=U,
      note="copy with a 信源 line naming 央视新闻"),
    P("sd_sl", "新华社：今冬明春山东将实施水利工程项目3200余个\n\n" + X3 + "\n\n全省水利系统将加快项目前期工作，确保按期开工。", copy="X3", hn=U,
      note="headline names Xinhua as the speaker and the dateline is kept; one line of the department's own added"),
    P("sg_wj", N1 + "\n\n本文选自“健康中国”微信公众号", copy="N1", hn=U, note="copy ends with a line naming the NHC account it was selected from"),
    P("qd_yj", "（内容转载自“中国应急管理”微信公众号）\n\n" + M1, copy="M1", hn=U,
      note="copy opens with a bracketed line naming the ministry's account"),
    P("dz_ga_dy", "年底了，“征信修复”骗局又冒头了！有人声称可以“花钱消除逾期记录”，收取高额服务费后失联。征信记录不存在“花钱修复”的说法！"
      "via@公安部刑侦局", copy="P1", hn=U, note="copy with a via@ tag naming the CID account"),
    P("zj_ga", "【警惕“征信修复”骗局】近期，有不法分子冒充“征信修复机构”“金融顾问”，声称可以“内部渠道修改征信”，收取高额服务费后失联。"
      "（原文刊发于公安部刑侦局官方微博）", copy="P1", hn=U, note="copy closes with a bracket naming the CID's Weibo as the original"),
    P("fs_wj", "【冬季养生误区】“喝酒能御寒”？饮酒后血管扩张，人会感到一时暖和，但体温散失更快，反而容易冻伤。“冬天不用防晒”？冬季紫外线依然存在。"
      "\n本文转引自人民日报微信公众号，有删节", copy="R1", hn=U, note="partial copy naming the People's Daily account"),
    P("zb_sc", "//转发微博", src="央视新闻", orig=False, copy="C1", hn=U,
      note="platform retweet of the CCTV post; the source field names it"),
    P("sg_wj", "韶关今明两天有霜冻，注意防寒\n\n中央气象台11月24日06时发布霜冻蓝色预警：预计24日夜间至26日早晨，广东北部等地的部分地区将出现霜冻。"
      "\n\n我市乐昌、仁化、南雄等地海拔较高的山区最低气温可降至0℃以下，请老人、儿童和慢性病患者注意保暖，心脑血管疾病患者外出晨练时间适当推迟。"
      "\n\n源自：中国气象局官方微博", copy="A1", hn=U, note="partial copy with a 源自 line naming CMA's Weibo, plus local health advice"),
    P("jm_jy", "寒假心理关爱，这份通知家长要知道\n\n近日，教育部办公厅印发通知，要求寒假期间加强中小学生心理健康关爱工作。我局将指导各校放假前开展一次心理健康状况排查，"
      "对重点学生建立“一生一案”，公布寒假心理援助热线（江门市中小学生心理援助热线：0750-3503xxx），心理教师定期电话回访。\n\n家长朋友们，孩子有任何情绪困扰，欢迎拨打热线。",
      hn=U, note="the bureau's own write-up of the national notice in its own voice (我局将指导…), with local details; not a copy"),

    # ---- other unsourced reposts (no original in the file)
    P("jm_jy", "我部部署2027年寒假中小学生安全工作\n\n近日，我部召开视频会议，部署2027年寒假中小学生安全工作。会议要求，各地要在放假前开展一次安全隐患大排查，"
      "重点做好防溺水、防火灾、防交通事故、防煤气中毒等安全教育，督促家长切实履行监护职责。", U,
      note="a Ministry of Education release in its own voice (我部) posted by the city bureau without a source"),
    P("fs_wj", "近日，我委联合国家中医药局印发通知，要求各级医疗机构做好冬季呼吸道传染病诊疗工作，二级以上综合医院要开足开好发热门诊，"
      "基层医疗卫生机构要储备足量常用药品。", U, note="an NHC release in the commission's voice (我委) pasted by a city bureau; no source"),
    P("dz_ga", "日前，我局刑侦大队成功破获一起跨省电信网络诈骗案，抓获犯罪嫌疑人12名。经查，该团伙以“刷单返利”为名，诱骗东营市民在虚假APP上投资，"
      "涉案金额400余万元。目前，案件正在进一步侦办中。", U,
      note="another city's police release (victims are that city's residents, 我局 is Dongying police) pasted by Dezhou police without a source"),
    P("zb_sc", "我厅近日在全省部署开展冬季燃气具质量安全专项整治，重点检查燃气灶具、热水器、连接软管等产品，对无3C认证、不符合标准的产品依法查处。", U,
      note="the provincial department's release (我厅) pasted by a city bureau; no source"),
    P("qy_ga", "我厅提醒：冬季进山要严防野外用火，严禁携带火种进入林区，上坟祭祖请采用献花、植树等文明方式。发现火情请立即拨打12119。", U,
      note="the provincial emergency department's advice in its own voice (我厅), posted by city police without a source"),
    P("jm_jy", "2027年广东省普通高考报名将于12月1日开始\n\n我院提醒：2027年我省普通高考报名时间为12月1日至10日，考生须在规定时间内登录广东省教育考试院考生服务平台完成网上报名、缴费。"
      "逾期不再补报。", U, note="the provincial examinations authority's notice in its voice (我院) pasted by the city bureau; no source"),
    P("gd_yb_wb", "我局有关负责人表示，2027年将进一步扩大医保药品目录范围，将更多创新药、罕见病用药纳入报销，同时推动集采药品进基层、进村卫生室。", U,
      note="a national NHSA statement in 我局 voice posted by the provincial bureau; no source"),
    P("zz_jy", "让孩子在劳动中成长\n\n本报记者 孙静\n\n“以前孩子在家连袜子都不洗，现在会做三个菜了。”说起孩子的变化，家长王女士笑着说。近年来，"
      "各地中小学把劳动教育纳入课表，学校开辟劳动实践基地，孩子们种菜、养花、学做饭，在劳动中体会到了成长的快乐。", U,
      note="a newspaper feature (本报记者) pasted without naming the paper; 本报 does not name it"),
    P("dy_wl", "记者从文化和旅游部获悉，今年国庆中秋假期，全国国内出游8.1亿人次，国内游客出游总花费7800亿元，按可比口径分别同比增长6.3%和7.1%。", U,
      note="agency wire copy about national tourism figures pasted with its dateline cut; 记者从…获悉 is part of the copied text"),
    P("gd_st", "近日，我部印发《关于进一步加强入河排污口监督管理的通知》，要求2027年底前完成长江、黄河、珠江等重点流域入河排污口排查整治。"
      "各地生态环境部门要建立排污口台账，实行“一口一策”。", U,
      note="a Ministry of Ecology and Environment release (我部) posted without a source"),
    P("qd_yj_wb", "11月22日，我局联合市消防救援支队对芝罘区、莱山区12家商业综合体开展消防安全联合检查，发现隐患46处，当场整改31处。下一步，我市将持续开展冬季火灾防控专项行动。", U,
      note="another city's release pasted (芝罘区、莱山区 are Yantai districts, so 我局/我市 is Yantai's bureau); no source"),
]
