"""Eighteenth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev21/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

G1 = """国务院常务会议：加快推动制造业数字化转型

会议指出，推进新型工业化，关键在于推动数字技术与实体经济深度融合。要分行业制定数字化转型路线图，支持中小企业“上云用数赋智”，加快工业互联网平台在重点产业链推广应用，到2027年底规模以上工业企业关键工序数控化率达到70%以上。"""

G2 = """国务院办公厅关于做好2027年元旦春节期间有关工作的通知（摘要）

一、保障重要民生商品供应。各地要抓好粮油肉蛋奶果蔬等供应，保持价格基本稳定。
二、做好困难群众帮扶救助。对低保对象、特困人员等及时足额发放救助金。
三、保障农民工工资按时足额支付。开展欠薪问题专项整治，确保农民工安心返乡过年。
四、加强安全生产和应急值守。严格落实24小时值班和领导带班制度。"""

X1 = """新华社太原11月19日电（记者 晋林 柳溪）记者从山西省文物局获悉，我国首个石窟寺数字档案标准体系日前在大同发布。该体系涵盖三维扫描、色彩采集、病害记录等12类数据规范，云冈石窟45个主要洞窟已全部完成高精度数字化采集，数据总量超过500TB。"""

X2 = """新华社北京11月21日电 国家能源局21日表示，入冬以来全国煤炭日均产量保持在1300万吨以上，统调电厂存煤可用天数超过28天，主要产煤省区将按照合同足额兑现电煤供应，全力保障群众温暖过冬。"""

R1 = """人民日报评论：让老年人在数字时代不掉队

打车要用APP，挂号要扫码，缴费要在线……数字化在带来便利的同时，也让一些老年人感到“无所适从”。

适老化改造不能一改了之，既要保留线下渠道和人工服务，也要在APP界面设计、操作流程上多为老年人着想。让每一位老人都能共享数字红利，是社会文明进步的应有之义。"""

R2 = """冬季取暖“六不要”，请转给家人

1. 不要在密闭房间使用炭火盆取暖；
2. 不要把电暖器放在床边、窗帘旁；
3. 不要用电热毯时折叠或压重物；
4. 不要把烟道堵塞或随意改动；
5. 不要在燃气热水器附近堆放杂物；
6. 不要让老人独自在家长时间烤火。"""

C1 = """【#寒潮来袭这些防护要点请收好#】①尽量减少外出，老人和孩子注意头部、手脚保暖；②驾车出行注意路面结冰，减速慢行；③农户及时加固大棚，做好畜禽防寒；④燃煤取暖务必保持通风，谨防一氧化碳中毒。转发提醒！"""

C2 = """【#元旦假期全国铁路预计发送旅客4800万人次#】记者从国铁集团获悉，元旦假期全国铁路预计发送旅客4800万人次，日均1600万人次。铁路部门将加开旅客列车800余列，12306将同步推出候补购票提醒服务。"""

N1 = """冬季儿童呼吸道疾病问答

问：孩子发烧了，一定要去大医院吗？
答：不一定。体温38.5℃以下、精神状态好的，可在家观察或到社区卫生服务中心就诊；持续高热、精神差、呼吸急促的，应及时到儿科门诊就诊。

问：需要给孩子用抗生素吗？
答：大部分呼吸道感染由病毒引起，抗生素无效，须在医生指导下使用。"""

N2 = """一氧化碳中毒，这些症状要警惕

头痛、头晕、恶心、乏力，严重时意识模糊甚至昏迷。发现有人中毒，要立即打开门窗通风，将中毒者转移到空气新鲜处，并拨打120。家中使用燃煤、燃气取暖的，建议安装一氧化碳报警器。"""

M1 = """燃气安全“十不要”

不要在燃气设施附近堆放易燃物；不要私自改装、拆除燃气管道；不要使用过期胶管；不要用明火查漏；燃气泄漏时不要开关电器……发现燃气泄漏，请在室外安全处拨打燃气公司抢修电话。"""

M2 = """应急管理部发布11月上中旬全国自然灾害情况

11月上中旬，我国自然灾害以寒潮、雨雪冰冻、森林火灾为主。受两次寒潮过程影响，北方地区出现大范围降温，华北、东北部分地区出现暴雪。各地共紧急转移安置群众1.3万人次。"""

P1 = """【警惕“电商客服退款”诈骗新变种】近期，骗子冒充电商平台客服，谎称“商品质量问题可双倍赔偿”，诱导受害人下载“屏幕共享”软件，进而获取银行卡验证码。公安机关提醒：正规平台退款原路返回，绝不会要求共享屏幕、提供验证码！"""

Q1 = """【#中央气象台发布寒潮蓝色预警#】预计11月24日至27日，受强冷空气影响，我国中东部地区气温将下降8～12℃，局地降温14℃以上，内蒙古中东部、华北北部等地有小到中雪，局地大雪。请公众关注天气预报，做好防寒保暖。"""

POSTS = [
    # --- source documents (clean originals of unregistered accounts) ---
    P("gov_wx", G1, key="G1", note="source document (new)"),
    P("gov_wx", G2, key="G2", note="source document (new)"),
    P("xh_wb", X1, key="X1", note="source document (new)"),
    P("xh_wb", X2, key="X2", note="source document (new)"),
    P("rmrb_wx", R1, key="R1", note="source document (new)"),
    P("rmrb_wx", R2, key="R2", note="source document (new)"),
    P("cctv_wb", C1, key="C1", note="source document (new)"),
    P("cctv_wb", C2, key="C2", note="source document (new)"),
    P("nhc_wx", N1, key="N1", note="source document (new)"),
    P("nhc_wx", N2, key="N2", note="source document (new)"),
    P("mem_wx", M1, key="M1", note="source document (new)"),
    P("mem_wx", M2, key="M2", note="source document (new)"),
    P("mps_wb", P1, key="P1", note="source document (new)"),
    P("cma_wb", Q1, key="Q1", note="source document (new)"),

    # --- unsourced copies of source documents ---
    P("ty_xw", G1.replace("国务院常务会议：", "【关注】国务院常务会议："), U, copy="G1", orig=True,
      note="Weibo paste of 中国政府网's article, no source named; platform reports it as original"),
    P("jz_xw", G1.replace("新型工业化", "新型工业华"), (U, "typo"), [("typo", "新型工业华", "新型工业化")], copy="G1",
      note="unsourced copy of 中国政府网's article, with a same-sound slip (化→华) introduced in copying"),
    P("jc_rs", G2, U, copy="G2", note="pasted State Council notice; the issuing body's title is not a source"),
    P("yc_ny", "划重点！" + G2, U, copy="G2", note="pasted notice with an added opener, no source"),
    P("dt_wl", X1.replace("新华社太原11月19日电（记者 晋林 柳溪）", ""), U, copy="X1",
      note="Xinhua dateline stripped; 记者从…获悉 is part of the copied text, not attribution"),
    P("sx_wl_wb", X1.replace("新华社太原11月19日电（记者 晋林 柳溪）", "【好消息】"), U, copy="X1", orig=True,
      note="Weibo paste with the dateline replaced by a header"),
    P("sx_yj", X2.replace("新华社北京11月21日电 ", ""), U, copy="X2", note="dateline removed, no source"),
    P("dt_yj", "入冬保供有底气！" + X2.replace("新华社北京11月21日电 ", ""), U, copy="X2",
      note="dateline removed, own header added"),
    P("yq_jy", R1.replace("人民日报评论：", ""), U, copy="R1", note="People's Daily commentary with its label removed"),
    P("cz_wj", R1.replace("人民日报评论：", "【观点】"), U, copy="R1", orig=True,
      note="WeChat copy that falsely claims 原创"),
    P("sx_wj", R2, U, copy="R2", note="pasted list, no source"),
    P("cz_ga", R2.replace("，请转给家人", "，长治公安提醒您"), U, copy="R2", note="pasted list under the account's own header"),
    P("ll_qx", C1, U, copy="C1", orig=True, note="Weibo paste of 央视新闻's post, no source"),
    P("sx_ga_dy", C1.replace("转发提醒！", "#山西公安提醒#"), U, copy="C1", note="Douyin caption copied without source"),
    P("ty_xw_dy", C2, U, copy="C2", note="Douyin caption pasted from 央视新闻"),
    P("jz_xw_dy", C2.replace("记者从国铁集团获悉，", ""), U, copy="C2", note="pasted, the 获悉 clause trimmed"),
    P("cz_wj", N1, U, copy="N1", note="pasted Q&A of 健康中国, no source"),
    P("sx_jy", "家长必看！" + N1, U, copy="N1", note="pasted Q&A with an opener, no source"),
    P("dt_yj", N2, U, copy="N2", note="pasted, no source"),
    P("sx_wj", N2.replace("一氧化碳中毒，这些症状要警惕", "【健康科普】一氧化碳中毒早识别"), U, copy="N2",
      note="pasted under a new title, no source"),
    P("ty_xw", M1, U, copy="M1", orig=True, note="Weibo paste of 中国应急管理's list"),
    P("dt_yj", M2, U, copy="M2", note="another body's report pasted without source"),
    P("ty_ga_wb", P1, U, copy="P1", orig=False,
      note="platform-flagged repost (is_original false) but no source field and no attribution in the text"),
    P("cz_ga", P1.replace("公安机关提醒", "长治公安提醒"), U, copy="P1", orig=True, note="pasted, signature changed"),
    P("ll_qx", Q1.replace("【#中央气象台发布寒潮蓝色预警#】", "【寒潮预警】"), U, copy="Q1", orig=True,
      note="the forecaster's header removed, pasted as own post"),

    # --- other unsourced reposts (no original in the file) ---
    P("sx_jy", """教育部：2027年全国硕士研究生招生考试初试将于12月20日至21日举行。我部要求各地各校严格落实考试安全工作责任制，严厉打击考试作弊等违法违规行为。""",
      U, note="in the ministry's voice (我部) posted without source"),
    P("cz_wj", """国家卫生健康委：今冬明春我委将组织开展呼吸道疾病防治专项行动，指导各地增加儿科门诊号源，延长夜间门诊时间，全国二级以上综合医院原则上均要开设儿科门诊。""",
      U, note="in the commission's voice (我委) without source"),
    P("jz_sc", """市场监管总局近日发布2026年电动自行车产品质量国家监督抽查结果，共抽查了320家企业生产的320批次产品，发现46批次不合格。总局将督促地方依法处理。""",
      U, note="the administration's own report (总局) without source"),
    P("ty_ga", """我支队在冬季交通安全整治中查处酒驾醉驾违法行为136起，其中醉驾42起。我支队提醒广大驾驶人：喝酒不开车，开车不喝酒。""",
      U, note="another city's traffic police (我支队) text posted without source; a photo credit only"),
    P("sx_ga", """本报讯 11月22日，记者从公安部获悉，今年以来全国公安机关共侦破电信网络诈骗案件27万余起，打掉涉诈团伙1.2万个。""",
      U, note="本报讯 without the outlet's name; 记者从…获悉 is part of the copied text"),
    P("yc_xw", """【运城发布】商务部等部门联合发布通知，决定自12月1日起在全国开展年货节活动，活动将持续至2027年春节，鼓励各地组织老字号、地方特产进商超、进社区。（完）""",
      U, note="a national news item ending in （完） without source"),
    P("lf_wl", """文化和旅游部日前公布第三批国家级旅游休闲街区名单，全国共有58个街区入选。名单的公布将进一步推动旅游休闲街区高质量发展。（责编：尧都）""",
      U, note="national news with an editor credit only"),
    P("sz_st", """生态环境部：截至10月底，全国地级及以上城市PM2.5平均浓度为27.6微克/立方米，同比下降3.5%；优良天数比例为87.2%。我部将持续深入推进秋冬季大气污染防治攻坚。""",
      U, note="in the ministry's voice (我部) without source"),
    P("jc_rs", """人力资源社会保障部近日印发通知，部署开展2027年春风行动暨就业援助月专项活动，活动期间将举办各类招聘会1.5万场，我部要求各地加大对就业困难人员的帮扶力度。""",
      U, note="in the ministry's voice without source"),
    P("yq_jy", """原标题：寒假将至，这份安全提示请家长收好

1.防溺水：冬季不到结冰的河面、水库滑冰；2.防火灾：不玩火、不燃放违规烟花；3.防交通事故：不在马路上追逐打闹；4.防网络沉迷：合理安排上网时间。""",
      U, note="原标题 does not name a source"),
    P("ty_xw_dy", """据了解，今年以来，全国共建成投运公共充电桩72万个，累计达到450万个，高速公路服务区充电设施覆盖率达到98%。#新能源汽车#""",
      U, note="national news pasted without naming where it came from"),

    # --- hard negatives: copies that name their source ---
    P("ty_xw", "【转发】" + G1 + "\n\n本文转发自“中国政府网”微信公众号", copy="G1", hn=HN,
      note="copy naming its source (本文转发自)"),
    P("sx_sc", "辑自中国政府网：\n" + G2, copy="G2", hn=HN, note="copy naming its source (辑自)"),
    P("jz_xw", X1 + " 分享自@新华社", copy="X1", hn=HN, orig=False, src="新华社",
      note="platform repost with source field, also named in the text"),
    P("yc_xw", X2, copy="X2", hn=HN, orig=False, src="新华社",
      note="a platform repost whose source field is set; Xinhua dateline kept"),
    P("yq_jy", R1 + "\n\n节选自人民日报", copy="R1", hn=HN, note="copy naming its source (节选自)"),
    P("cz_wj", "【信源：人民日报】" + R2, copy="R2", hn=HN, note="copy naming its source (信源)"),
    P("cz_ga", C1 + "（央视新闻）", copy="C1", hn=HN, orig=False, src="央视新闻",
      note="platform repost with source field"),
    P("ty_xw", C2 + "（消息源：央视新闻）", copy="C2", hn=HN, note="copy naming its source (消息源)"),
    P("cz_wj", N1 + "\n\n内容提供：国家卫生健康委员会“健康中国”公众号", copy="N1", hn=HN,
      note="copy naming its source (内容提供)"),
    P("sx_yj", "供稿：中国应急管理\n\n" + M1, copy="M1", hn=HN, note="copy naming its source (供稿)"),
    P("dt_yj", "据应急管理部官方公众号发布，" + M2, copy="M2", hn=HN, note="据…发布 attributes the item"),
    P("ty_ga_wb", "【权威提醒】" + P1 + " 图文：公安部刑侦局", copy="P1", hn=HN,
      note="copy naming its source (图文：)"),
    P("ll_qx", Q1 + "（资料：中国气象局）", copy="Q1", hn=HN, note="copy naming its source (资料：)"),
]
