"""Twenty-ninth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev32/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """国务院办公厅印发通知，部署做好今冬明春农民工工资支付保障工作

通知要求，各地要全面排查在建工程项目欠薪隐患，畅通欠薪线索反映渠道，对恶意欠薪行为依法严厉打击，确保农民工按时足额拿到工资、安心返乡过年。"""

G2 = """国务院印发关于进一步提升边境地区公共服务水平的意见

意见提出，加大对边境县乡教育、医疗、养老等公共服务设施的投入，完善边民补助标准动态调整机制，支持边境村发展特色种养和边贸产业，让边境群众就地过上更好生活。"""

X1 = """新华社拉萨11月18日电（记者 索朗扎西 周明远）拉萨至日喀则至吉隆铁路建设正加快推进。记者从建设单位了解到，全线重点隧道已完成掘进超过六成，建成后将结束吉隆口岸不通铁路的历史。"""

X2 = """新华社北京11月21日电 教育部近日发布通知，要求各地做好中小学寒假期间学生安全教育，重点防范溺水、冰面落水、燃气中毒和交通事故，严禁以任何形式组织学生进行有偿补课。"""

R1 = """守边护边，也是守护家园

在雪域高原的边境线上，一代代护边员接续坚守，用脚步丈量国土，以青春守护安宁。他们的故事告诉我们：每一寸土地都不容有失，每一份坚守都值得尊敬。"""

R2 = """让高原孩子同享优质教育资源

从“一块黑板一支粉笔”到智慧课堂走进乡村学校，高原教育的变化有目共睹。缩小城乡、区域教育差距，需要持续加大投入，更需要留住好老师、用好新技术。"""

C1 = """【#冬季高海拔自驾这份提醒请收好#】冬季翻越高海拔垭口前，请检查车辆防冻液、轮胎和防滑链；随车准备保暖衣物、食物和饮用水；遇大雪封山立即停车等待，不要冒险通行。"""

C2 = """【#岁末年初这几类诈骗高发#】“冒充电商客服退款”“虚假购票”“冒充熟人借钱”进入高发期。记住：凡是要求共享屏幕、转账到“安全账户”的，一律是诈骗！"""

N1 = """高原地区冬季如何预防呼吸道疾病？

冬季高原气候寒冷干燥，是流感、肺炎等呼吸道疾病高发季节。建议老年人和慢性病患者及时接种疫苗，室内注意通风和加湿，出现持续高热、呼吸困难要尽快就医。"""

N2 = """一氧化碳中毒，这些误区要避开

误区一：在炉子旁放一盆水能防中毒——不能！一氧化碳难溶于水。误区二：闻不到煤烟味就安全——一氧化碳无色无味。正确做法是保持通风、安装报警器。"""

M1 = """应急管理部提示：冬季使用取暖设备务必注意防火

电暖器应远离窗帘、床单等可燃物，不要在电暖器上烘烤衣物；使用火炉要保持通风，不要用汽油等助燃；离开家和睡觉前要关闭取暖设备电源。"""

M2 = """国务院安委会办公室部署开展冬季道路交通安全集中整治

整治聚焦冰雪路段、长下坡路段和临水临崖路段，严查超速、超员、疲劳驾驶和酒驾醉驾等违法行为，强化客运车辆动态监控，坚决遏制重特大事故。"""

PS1 = """【#警惕冒充公检法诈骗新套路#】骗子先冒充“快递员”称包裹涉嫌违禁品，再转接“警官”要求视频笔录，最后以“资金核查”为由让受害人转账。公安机关不会通过电话、视频办案，更没有“安全账户”！"""

CM1 = """【#青藏高原将迎较强降雪天气#】11月23日至25日，西藏东部、青海南部和川西高原有中到大雪，局地暴雪，并伴有4～6级偏北风，气温下降6～8℃。请注意防范雪灾和道路结冰。"""

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
    P("mps_wb", PS1, key="ps1"),
    P("cma_wb", CM1, key="cm1"),

    # --- unsourced copies (12) ---
    P("nq_rs", G1, U, copy="g1", note="State Council notice pasted without naming where it was taken from"),
    P("al_xs", G2 + "\n\n阿里地区将结合实际抓好贯彻落实。", U, copy="g2",
      note="pasted document plus one local line; no source named"),
    P("rkz_zf", X1.split("）", 1)[1], U, copy="x1", note="news agency item with its dateline cut off"),
    P("xz_jy", X2.replace("新华社北京11月21日电 ", ""), U, copy="x2", note="agency dateline removed, text pasted"),
    P("al_xs", R1, U, copy="r1", note="newspaper commentary pasted without source"),
    P("xz_jy", R2 + "\n\n（编辑：格桑）", U, copy="r2", note="commentary pasted; only an editor credit"),
    P("xz_ga", C1.replace("【#冬季高海拔自驾这份提醒请收好#】", "【冬季高海拔自驾提醒】"), U, copy="c1", orig=True,
      note="broadcaster's item pasted as an original Weibo post"),
    P("lz_ga", C2, U, copy="c2", orig=True, note="broadcaster's item pasted as an original Weibo post"),
    P("cd_wj", N1, U, copy="n1", note="NHC article pasted without source"),
    P("by_yj", M1, U, copy="m1", orig=True, note="pasted ministry notice falsely marked original"),
    P("ls_ga", PS1.replace("【#警惕冒充公检法诈骗新套路#】", ""), U, copy="ps1", note="criminal-investigation bureau's item pasted on Douyin"),
    P("sn_qx", CM1, U, copy="cm1", orig=True, note="national weather item pasted as original"),

    # --- sourced copies (8, clean) ---
    P("xz_yj", M2 + "\n\n来源：中国应急管理微信公众号", copy="m2", hn=HN, note="来源 line"),
    P("cd_wj", "以下文章来源于健康中国\n\n" + N2, copy="n2", hn=HN, note="WeChat 以下文章来源于 banner"),
    P("ls_xw", X1, copy="x1", hn=HN, orig=False, src="新华社", note="platform repost with source field set"),
    P("sn_zf", X2, copy="x2", hn=HN, note="agency dateline kept"),
    P("lz_ga_dy", "据公安部刑侦局消息，" + PS1.split("】", 1)[1], copy="ps1", hn=HN, note="据…消息 attribution"),
    P("rkz_zf", "【转载】" + G1 + "\n\n转载自：中国政府网", copy="g1", hn=HN, note="转载自 line"),
    P("rkz_zf", "人民日报评论：" + R1, copy="r1", hn=HN, note="publisher as the headline's speaker"),
    P("xz_lc", CM1 + "（稿件来源：中国气象局）", copy="cm1", hn=HN, orig=True, note="稿件来源 bracket"),

    # --- other unsourced reposts (24) ---
    P("xz_wj", """我委部署开展冬春季传染病防控工作

为做好冬春季传染病防控，我委近日印发通知，要求各省（区、市）卫生健康行政部门加强发热门诊建设，强化多病共防，做好重点人群疫苗接种，统筹医疗资源保障群众就医需求。""",
      U, note="in the voice of the national commission (我委 with 各省（区、市）), no source"),
    P("xz_ga", "我部近日部署全国公安机关开展冬季治安重点整治，坚决打击盗窃、诈骗、涉枪涉爆等突出违法犯罪，全力维护岁末年初社会治安稳定。",
      U, orig=True, note="in the voice of the Ministry of Public Security (我部), no source"),
    P("xz_lc", "近日，我局联合财政部印发通知，安排中央财政林业草原资金56亿元，支持各省（区、市）开展国土绿化、草原生态修复和野生动植物保护。",
      U, orig=True, note="in the voice of the national forestry administration (我局 with 财政部), no source"),
    P("xz_yj", """应急管理部 国家消防救援局关于加强冬春火灾防控工作的通知

各省、自治区、直辖市应急管理厅（局）、消防救援总队：
冬春季节天干物燥，用火用电用气增多，火灾风险加大。为切实做好冬春火灾防控工作，现通知如下：一、全面排查整治火灾隐患……""",
      U, note="national notice pasted in full without source"),
    P("cg_sj", "国家市场监督管理总局近日通报了2026年第四季度电暖器产品质量国家监督抽查结果，共抽查312批次，不合格43批次，总局已责令相关企业整改。",
      U, note="总局 notice pasted, no source"),
    P("ls_xw_dy", "冰城供暖季正式开始！我市今冬集中供暖面积达到3.2亿平方米，较去年新增900万平方米。哈尔滨市民如遇暖气不热，可拨打我市供热服务热线。",
      U, note="another city's notice in its own voice (我市, Harbin), no source"),
    P("xz_jy", """教育部办公厅关于做好2027届高校毕业生就业创业工作的通知

各省、自治区、直辖市教育厅（教委），各部属高等学校：为做好2027届高校毕业生就业创业工作，现就有关事项通知如下……""",
      U, note="ministry notice pasted, no source"),
    P("sn_zf", """全国冬季清洁取暖工作推进会召开

会议指出，今年北方地区清洁取暖率已超过80%，要继续推进农村地区“煤改电”“煤改气”，确保群众温暖过冬。会议要求，各地要加强燃气安全管理，做好设施运行维护。""",
      U, note="national meeting report pasted, no source"),
    P("xz_wl_wb", "文化和旅游部近日公布第五批国家级夜间文化和旅游消费集聚区名单，全国共有62个项目入选。记者从文旅部获悉，名单将实行动态管理。",
      U, orig=True, note="copied news item (记者…获悉 is part of the copy), no source"),
    P("cd_nw", """农业农村部部署冬春农业生产工作

农业农村部日前召开会议，部署冬春农业生产工作。会议强调，要抓好冬小麦田间管理，做好畜禽越冬防寒，加强动物疫病防控，确保“菜篮子”产品稳定供应。""",
      U, note="ministry news pasted, no source"),
    P("dr_wl", """边境旅游证件办理再提速

即日起，各地出入境管理机构办理边境旅游证件实行“即来即办”，边境地区居民办理出入境证件可享受绿色通道。

国家移民管理局相关负责人表示，将持续推出便民利企举措。""",
      U, note="copied national item (the body is named only as the issuer), no source"),
    P("nq_rs", "人力资源社会保障部、财政部日前联合印发通知，自2027年1月1日起，城乡居民基础养老金最低标准提高20元。我部将会同有关部门抓好落实。",
      U, note="ministry voice (我部), no source"),
    P("al_xs", "我县近日完成2026年边民补助发放工作，共向1800余户边民发放补助资金3200余万元，切实增强了边境群众获得感。（完）",
      U, note="another county's item in its own voice, pasted with （完）"),
    P("lz_wl", "今年国庆假期，全国国内旅游出行8.8亿人次，国内游客出游花费8800亿元。文化和旅游部数据中心测算显示，冬季旅游热度持续走高。",
      U, note="copied national figures, no source"),
    P("ls_ga", """我局召开全国刑侦工作会议

会议要求，全国刑侦部门要始终保持对电信网络诈骗、侵犯公民个人信息等犯罪的高压严打态势，全力追赃挽损，切实维护人民群众财产安全。""",
      U, note="voice of a national bureau, pasted on Douyin, no source"),
    P("xz_ga_dy", "我部近日修订《公安机关办理行政案件程序规定》，一图读懂修改要点：本次修改共涉及32个条款，自2027年1月1日起施行。",
      U, note="in the voice of the ministry (我部), no source"),
    P("rkz_wl", "国家文物局公布第四批全国革命文物保护利用片区分县名单，全国共有436个县入选。据了解，各片区将统筹推进革命文物保护和红色旅游发展。",
      U, note="national announcement copied, no source"),
    P("cg_sj", """关于开展2026年冬季燃气具产品质量专项抽查的通知

各市（地）市场监督管理局：为加强冬季燃气具产品质量监管，自治区局决定在全区开展专项抽查，现将有关事项通知如下……""",
      U, note="regional bureau's notice pasted by a district unit, no source"),
    P("by_yj", """自然资源部发布地质灾害气象风险预警

自然资源部与中国气象局11月24日联合发布地质灾害气象风险预警：预计未来24小时，西藏东南部局地发生地质灾害的风险较高（黄色预警）。""",
      U, note="national warning pasted, no source"),
    P("lz_ga_dy", "我总队近日组织全区消防救援队伍，在川藏公路沿线开展冬季救援演练，提高了冰雪路段事故救援处置能力。",
      U, note="voice of another (regional fire-rescue) unit (我总队), no source"),
    P("sn_qx", "我台11月26日06时发布寒潮蓝色预警：受寒潮影响，预计26日至28日我国中东部地区气温将下降8～12℃，局地降温14℃以上。",
      U, orig=True, note="the national observatory's warning in its own voice (我台), no source"),
    P("xz_wj", "国家疾控局近日发布12月全国传染病风险评估，预计流感活动水平将继续上升，诺如病毒感染聚集性疫情报告数将增多。",
      U, note="copied risk assessment, no source"),
    P("ls_xw", "我省今年新增高标准农田380万亩，粮食总产量连续11年稳定在650亿斤以上。",
      U, orig=True, note="another province's figures in its voice (我省), no source"),
    P("xz_yj", """国务院安委会办公室部署岁末年初安全生产工作

会议强调，要深入开展安全生产治本攻坚，严防重特大事故发生。国务院国有资产管理委员会有关负责同志出席会议，对中央企业安全生产提出要求。""",
      (U, T), [(T, "国务院国有资产管理委员会", "国务院国有资产监督管理委员会")],
      note="national meeting report pasted without source; a body's name with a dropped word"),

    # --- hard negatives (5 more): the unit's own notices, or sourced ---
    P("xz_yj", "自治区应急管理厅提醒：我厅已启动冬春季森林草原防灭火工作机制，各地市要严格落实24小时值班制度。",
      hn=HN, note="own notice in own voice (我厅)"),
    P("cd_wj", "我委联合昌都市人民医院开展冬季义诊进乡村活动，将覆盖全市11个县（区）的138个乡镇。",
      hn=HN, note="own voice (我委 of the city commission)"),
    P("ls_xw", "据央视新闻报道，西藏冬季旅游热度持续攀升，拉萨入选“冬季热门旅游目的地”。拉萨，欢迎你！",
      hn=HN, note="据…报道 attribution"),
    P("xz_wj", "【转自健康中国】冬季室内取暖要通风，使用燃气热水器要安装烟道，发现有人中毒立即开窗通风并拨打120。",
      hn=HN, note="转自 bracket"),
    P("sn_zf", "综合自新华网、西藏日报：今年以来，山南市接待游客超过900万人次，旅游收入同比增长12%。",
      hn=HN, note="综合自 line"),
]
