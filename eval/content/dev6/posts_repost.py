"""Fourth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev5/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"

G1 = """国务院办公厅关于做好今冬明春森林草原防灭火工作的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

今冬明春是森林草原火灾易发多发期。为切实做好防灭火工作，保障人民群众生命财产安全，经国务院同意，现就有关事项通知如下。

一、压实防火责任。各地要严格落实地方行政首长负责制，把责任落实到山头地块、具体人员。

二、严管野外火源。加强元旦、春节、元宵等重点时段巡山护林，严禁上坟烧纸、燃放烟花爆竹等野外用火行为。

三、强化隐患整治。重点排查林区输配电线路、林区内企业、景区等火灾隐患，做到发现一处、整改一处。

四、做好扑救准备。科学布防扑火力量，落实“打早、打小、打了”要求，严禁组织群众、老人、学生参与扑火。

国务院办公厅
2026年11月17日"""

G2 = """新生儿出生即可参保！2027年1月1日起全面推行

国家医保局近日印发通知，自2027年1月1日起，全面推行新生儿出生即参保。新生儿出生后，监护人可凭出生医学证明，
通过国家医保服务平台App、“医保码”等渠道在线办理参保登记，无需提供户口簿。

通知明确，新生儿出生后90天内参保并缴费的，自出生之日起享受居民医保待遇；出生当年的个人缴费，可由监护人的职工医保个人账户支付。"""

X1 = """新华社北京11月21日电（记者 韩硕）记者21日从交通运输部获悉，今年1至10月，全国新改建农村公路12.6万公里，
实施农村公路危旧桥梁改造5300余座，建制村通客车率保持100%。交通运输部表示，将持续推进“四好农村路”高质量发展，
加快补齐农村交通基础设施短板。"""

X2 = """新华社济南11月23日电（记者 刘晴）随着气温下降，黄河三角洲国家级自然保护区迎来越冬候鸟迁徙高峰。保护区监测数据显示，
目前区内候鸟数量已超过40万只，其中包括东方白鹳、黑嘴鸥等国家一级保护鸟类。近年来，当地持续开展退养还滩、
生态补水，湿地生态系统质量稳步提升。"""

X3 = """【新华社广州11月24日电】广东省通信管理局24日发布消息，截至10月底，广东累计建成5G基站40.2万个，
5G用户超过1.2亿户，珠三角地区实现5G网络连续覆盖，粤东西北地区县城以上区域及重点乡镇实现5G全覆盖。"""

R1 = """人民日报评论：冬季供暖，多些“温度”少些“误差”

入冬以来，北方多地陆续开始集中供暖。室温达不达标、报修是否及时、收费是否合理，牵动着千家万户。

供暖是民生实事，容不得“误差”。供热企业要提前检修管网、备足燃料，确保“热得起来”；主管部门要畅通投诉渠道，
对室温不达标的及时督办，确保“热得稳定”。对困难群众，要落实好取暖补贴，不让一户群众挨冻。

一室之暖，见证民生之重。"""

R2 = """12月起，2027年度个税专项附加扣除开始确认

2027年度个人所得税专项附加扣除信息确认将于12月1日开始。纳税人可通过个人所得税App，对2027年度继续享受的子女教育、
继续教育、大病医疗、住房贷款利息、住房租金、赡养老人、3岁以下婴幼儿照护等专项附加扣除信息进行确认。

提醒：未在12月31日前确认的，2027年1月起将暂停扣除，待确认后再行办理。"""

C1 = """【#医保码全国通用#看病买药更方便】国家医保局介绍，目前医保码已在全国所有统筹地区上线，激活用户超过11亿。
参保人在全国定点医药机构就医购药时，可出示医保码完成身份认证和结算，无需携带实体卡。"""

C2 = """【#电子驾驶证全国推行#换证补证不用跑】公安部交通管理局介绍，电子驾驶证已在全国全面推行，申领人数超过5亿。
驾驶人可通过“交管12123”App申领，电子驾驶证与纸质驾驶证具有同等效力，可在全国范围内使用。"""

N1 = """孩子咳嗽不停？支原体肺炎家庭护理要点

秋冬季是肺炎支原体感染的高发季节。儿童感染后，多表现为发热、咳嗽，咳嗽较为剧烈，部分患儿病程较长。

家庭护理要注意：
1.保持室内空气流通，每天开窗通风2至3次；
2.多饮水，饮食清淡，保证充足睡眠；
3.遵医嘱规范用药，不要自行使用抗生素；
4.如出现持续高热、精神差、呼吸急促等情况，要及时就医。"""

M1 = """进山入林，这“十不准”要牢记

1.不准在林区吸烟；2.不准上坟烧纸；3.不准燃放烟花爆竹；4.不准烧荒烧秸秆；5.不准野炊烧烤；
6.不准点孔明灯；7.不准烧火取暖；8.不准携带火种进山；9.不准让儿童玩火；10.不准焚烧垃圾。

发现森林火情，请立即拨打12119森林火警电话。"""

P1 = """【警惕“虚假征兵”诈骗！】近期，有不法分子冒充部队招兵人员，以“内部指标”“保证入伍”“免体检”为名，
要求缴纳“报名费”“政审费”“保证金”。刑侦局提醒：征兵工作全程免费，不存在任何“内部指标”，报名请登录“全国征兵网”。"""

W1 = """【道路结冰黄色预警】中央气象台11月26日06时发布道路结冰黄色预警：预计26日夜间至27日白天，山东中北部、河北南部、
河南北部等地部分地区有道路结冰。请驾驶人员减速慢行，注意交通安全。"""

POSTS = [
    # source documents (clean originals of unregistered accounts)
    P("gov_wx", G1, key="g1", note="source document (State Council notice) copied below"),
    P("gov_wx", G2, key="g2", note="source document (newborn insurance) copied below"),
    P("xh_wb", X1, key="x1", note="source document (Xinhua, rural roads)"),
    P("xh_wb", X2, key="x2", note="source document (Xinhua, Yellow River delta birds)"),
    P("xh_wb", X3, key="x3", note="source document (Xinhua, Guangdong 5G)"),
    P("rmrb_wx", R1, key="r1", note="source document (People's Daily commentary)"),
    P("rmrb_wx", R2, key="r2", note="source document (People's Daily, tax deductions)"),
    P("cctv_wb", C1, key="c1", note="source document (CCTV News, medical insurance code)"),
    P("cctv_wb", C2, key="c2", note="source document (CCTV News, electronic driving licence)"),
    P("nhc_wx", N1, key="n1", note="source document (NHC, mycoplasma care)"),
    P("mem_wx", M1, key="m1", note="source document (MEM, forest fire rules)"),
    P("mps_wb", P1, key="p1", note="source document (MPS CID, fake conscription scam)"),
    P("cma_wb", W1, key="w1", note="source document (CMA, road icing warning)"),

    # unsourced copies
    P("yf_wx", G1.replace("国务院办公厅\n2026", "国务院办公庭\n2026"), (U, "typo"), [("typo", "国务院办公庭", "国务院办公厅")],
      copy="g1", note="whole State Council notice pasted; the issuing body's title and signature do not name a source; "
                      "the signature was mistyped in the copy (庭 for 厅, sound)"),
    P("sg_wb", "【转发】" + G1.split("\n\n")[0] + "\n" + "\n".join(G1.split("\n\n")[3:7]), U, copy="g1", orig=False,
      note="platform-flagged repost (is_original false) without source field; 【转发】 names nobody"),
    P("hy_wl", "今冬明春森林防火要点：" + G1.split("\n\n")[4] + G1.split("\n\n")[5], U, copy="g1",
      note="two paragraphs of the notice pasted as the video caption, no source"),
    P("zj_wj", G2, U, copy="g2", orig=True, note="a WeChat copy that falsely claims 原创; no source"),
    P("dy_wj", "好消息！" + G2.split("\n\n")[1].replace("国家医保局近日印发通知，", "") + "\n\n" + G2.split("\n\n")[2],
      U, copy="g2", note="partial rewrite: the attribution sentence was cut; no source"),
    P("sd_zj_wb", X1.replace("新华社北京11月21日电（记者 韩硕）", ""), U, copy="x1",
      note="Xinhua dateline and credit stripped; rest pasted"),
    P("gd_jt", "【农村公路】" + X1.split("）", 1)[1], U, copy="x1",
      note="dateline cut, headline tag added; 记者…获悉 is part of the copied text and names no source"),
    P("sd_mz", X2.replace("新华社济南11月23日电（记者 刘晴）", "").replace("近年来，当地", "近年来，东营"), U, copy="x2",
      note="dateline stripped and one word changed"),
    P("qd_wl", "#黄河口观鸟#" + X2.split("）", 1)[1][:80] + "……冬季观鸟正当时！", U, copy="x2",
      note="first sentences pasted without the dateline"),
    P("cz_wb", X3.replace("【新华社广州11月24日电】", "【广东5G】"), U, copy="x3",
      note="dateline replaced by the account's own tag"),
    P("dg_jy", X3.replace("【新华社广州11月24日电】", ""), U, copy="x3", orig=False,
      note="platform repost flag without source field; dateline removed"),
    P("sd_zj", R1.replace("人民日报评论：", "") + "\n\n（完）", U, copy="r1",
      note="commentary pasted with the outlet's name cut from the title; （完） names nobody"),
    P("wh_sc", "原标题：" + R1.split("\n")[0].replace("人民日报评论：", "") + "\n\n" + R1.split("\n\n", 1)[1], U, copy="r1",
      note="原标题 given, outlet name cut; no source"),
    P("yf_wb", R2.split("\n\n")[0] + "\n" + R2.split("\n\n")[1][:90] + "……", U, copy="r2",
      note="partial copy on Weibo, no source"),
    P("fs_sc", R2 + "\n\n编辑：冯锦　审核：陈朗", U, copy="r2", note="whole article pasted; editor credits do not name a source"),
    P("gd_jy_wb", R2.replace("12月起，", "【提醒】12月起，"), U, copy="r2", note="pasted with a tag, no source"),
    P("zh_ga", C2, U, copy="c2", note="CCTV post pasted verbatim with its hashtag title; no source"),
    P("ta_ga", "电子驾驶证怎么领？" + C2.split("】", 1)[1], U, copy="c2", note="video caption pasting the CCTV text"),
    P("jm_ga", C2.replace("公安部交通管理局介绍，", "").replace("【#电子驾驶证全国推行#换证补证不用跑】", ""), U, copy="c2",
      note="attribution to the ministry and title cut; rest pasted"),
    P("zj_wj", C1.split("】")[1], U, copy="c1", note="CCTV text pasted without its title and without source"),
    P("hz_jy", N1, U, copy="n1", note="NHC article pasted whole"),
    P("dy_wj", N1.replace("孩子咳嗽不停？", "家长必看！"), U, copy="n1", note="title reworded, body pasted, no source"),
    P("ly_ga_dy", M1.split("\n\n")[1], U, copy="m1", note="the ten rules pasted as a caption"),
    P("zz_wl", "进山赏雪别忘了：" + M1.split("\n\n")[1].replace("\n", ""), U, copy="m1", note="pasted with a lead-in"),
    P("ly_ga", P1, U, copy="p1", note="MPS CID warning pasted; '刑侦局提醒' names another body's voice but not as the source of the text"),
    P("wf_sc", P1.replace("刑侦局提醒", "警方提醒"), U, copy="p1", orig=False, note="platform repost flag, source field empty, attribution changed"),
    P("sg_wb", W1.replace("【道路结冰黄色预警】", "【注意！道路结冰】"), U, copy="w1", note="CMA warning pasted with a new title"),
    P("wh_sc_wb", W1, U, copy="w1", note="CMA warning pasted verbatim"),
    # unsourced, other publishers' voices (no original in the file)
    P("sd_mz", """我部部署开展2026年冬季救助帮扶工作

近日，我部印发通知，部署各地民政部门做好今冬明春困难群众救助帮扶工作。通知要求，各地要加大主动发现力度，
及时将符合条件的困难群众纳入救助范围，确保困难群众安全温暖过冬。""",
      U, note="a ministry's text in its own voice (我部) posted by a provincial department without source"),
    P("gd_jy", """国家教材委员会办公室关于开展2027年春季学期教材质量检查的通知

各省级教育行政部门：为进一步加强教材管理，我办定于2027年春季学期开学前开展教材质量专项检查，请各地认真组织自查。""",
      U, note="another body's notice in its own voice (我办) pasted without source"),
    P("zh_ga_dy", "我支队交警在青兰高速开展冬季道路交通安全检查，查处超员、疲劳驾驶等违法行为32起。", U,
      note="another city's 支队 (青兰高速 is not in Zhuhai) in its own voice, posted without source"),
    P("hy_wl", "本网讯 11月22日，全国红色旅游工作座谈会在井冈山召开，会议总结推广各地红色旅游发展经验。", U,
      note="本网讯 without the outlet's name; not the account's own news"),
    P("dg_jy", "【通知】我厅决定于2027年1月在全省开展中小学校园食品安全专项检查，请各地级以上市教育局认真做好迎检准备。", U,
      note="the provincial department's notice in its own voice (我厅) posted by a city bureau without source"),

    # hard negatives: properly sourced copies with new attribution phrasings
    P("sg_wb", X1, copy="x1", src="新华社", orig=False, hn=U, note="platform repost with the source field set"),
    P("yf_wx", "本文原载于《人民日报》11月22日第5版\n\n" + R1, copy="r1", hn=U, note="原载于 names the source"),
    P("dy_wj", N1 + "\n\n选自“健康中国”微信公众号", copy="n1", hn=U, note="选自 names the source"),
    P("zj_wj", "据新华社电 " + X3.replace("【新华社广州11月24日电】", ""), copy="x3", hn=U, note="据新华社电 names the source"),
    P("dy_wj", X2, copy="x2", hn=U, note="Xinhua dateline kept: names the source"),
    P("ta_ga", M1 + "\n（资料来源：中国应急管理）", copy="m1", hn=U, note="资料来源 names the source"),
    P("jm_ga", P1 + "（转引自公安部刑侦局官方微博）", copy="p1", hn=U, note="转引自 names the source"),
    P("fs_sc", G1 + "\n\n（本文刊发于中国政府网）", copy="g1", hn=U, note="刊发于 names the source"),
    P("yf_wb", "央视新闻：" + C1, copy="c1", hn=U, note="publisher named as the headline's speaker"),
    P("hz_jy", R2 + "\n\n（人民日报）", copy="r2", hn=U, note="bracketed outlet name at the end names the source"),
    P("ly_ga", C2, copy="c2", src="央视新闻", orig=False, hn=U, note="platform repost with source field set"),
    P("zz_wl", "枣庄市文化和旅游局关于开展冬季文旅市场安全检查的通知：局属各单位，为切实做好冬季文旅市场安全工作，"
      "我局决定自即日起开展为期一个月的安全检查……", hn=U, note="the unit's own notice in its own voice (我局)"),
    P("ly_ga", "我支队民警在兰山区开展冬季交通安全宣传，发放资料2000余份。（临沂市公安局交通警察支队）", hn=U,
      note="the police bureau's own traffic unit; own news"),
]
