"""Seventh held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev9/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"

G1 = """交通运输部等五部门关于做好2027年综合运输春运工作的通知

各省、自治区、直辖市、新疆生产建设兵团交通运输厅（局、委），各地区铁路监督管理局，民航各地区管理局，各省、自治区、直辖市邮政管理局，国铁集团各铁路局集团公司：

2027年春运自1月22日开始，至3月2日结束，共40天。为切实做好春运工作，现就有关事项通知如下。

一、强化运力统筹。铁路部门要科学编制春运运行图，最大限度增开夜间高铁和普速旅客列车；民航部门要加密热门航线航班；道路运输要做好农村客运“最后一公里”衔接。

二、突出重点群体服务。为农民工、学生、老年人、残疾人等旅客开辟绿色通道，保留人工售票窗口和现金支付方式，做好重点旅客预约服务。

三、全力保障安全。严格落实“两客一危”车辆动态监控，严查超员、超速、疲劳驾驶；加强雨雪冰冻、团雾等恶劣天气应对，确保旅客平安出行。

四、做好寄递保障。春节期间主要寄递企业要保持基本服务不停歇，合理安排快递小哥休息轮换。

交通运输部　国家铁路局　中国民用航空局　国家邮政局　中国国家铁路集团有限公司
2026年11月17日"""

G2 = """国务院办公厅关于印发《全民健身计划（2026—2030年）》的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

《全民健身计划（2026—2030年）》已经国务院同意，现印发给你们，请认真贯彻执行。

到2030年，经常参加体育锻炼人数比例达到40%以上，县（市、区）、乡镇（街道）、行政村（社区）三级公共健身设施和社区15分钟健身圈实现全覆盖，每千人拥有社会体育指导员2.5名以上。

计划提出，推动公共体育场馆免费或低收费开放，鼓励学校体育场地在课余时间和节假日向社会开放；实施青少年体育活动促进计划，保障中小学生每天校内外各1小时体育活动时间；推广工间操，支持机关企事业单位建设职工健身场所。

国务院办公厅
2026年11月18日"""

X1 = """新华社成都11月19日电（记者 张梦洁）记者19日从四川省统计局获悉，前三季度四川实现地区生产总值49856亿元，按不变价格计算，同比增长5.8%。其中，规模以上工业增加值同比增长6.4%，电子信息、装备制造、先进材料等优势产业增势较好；社会消费品零售总额同比增长5.1%，网上零售额增长9.7%。"""

X2 = """新华社北京11月24日电（记者 魏弘毅）国家医保局24日介绍，自2027年1月1日起，门诊慢特病跨省直接结算病种将由目前的5种扩大到10种，新增慢性阻塞性肺疾病、类风湿关节炎、帕金森病、精神分裂症、系统性红斑狼疮。参保人办理跨省异地就医备案后，可在就医地开通相应病种门诊慢特病结算的定点医药机构直接结算。"""

X3 = """新华社雅安11月22日电（记者 谢佼）记者从大熊猫国家公园四川省管理局获悉，今年以来，四川片区红外相机累计拍摄到野生大熊猫影像1260余次，较去年同期增加约15%；雪豹、川金丝猴、林麝等伴生动物影像也明显增多。目前，大熊猫国家公园四川片区已修复大熊猫栖息地4.3万公顷，建成生态廊道11条。"""

R1 = """年底购票高峰来了，这些防骗要点请转给爸妈

1. 只认官方渠道。买火车票认准铁路12306网站和App，机票通过航空公司官网或正规平台购买，不要相信“加价抢票”“内部票源”。
2. “航班取消”先核实。接到“航班取消、退改签赔偿”的电话或短信，务必拨打航空公司官方客服电话核实，不点陌生链接。
3. 不给验证码。任何人以“退款”“理赔”为由索要银行卡验证码，都是诈骗。
4. 遇到可疑情况，拨打96110咨询或报警。"""

R2 = """【短评】让“一件事一次办”再快一点

新生儿出生，过去要跑医院、派出所、医保、社保好几个地方，如今手机上一次申请就能办好出生医学证明、户口登记、医保参保等事项。从“群众跑腿”到“数据跑路”，变的是流程，不变的是为民初心。

“一件事一次办”好不好，群众说了算。接下来，既要把更多高频事项纳入进来，也要盯住“最后一公里”：有的系统还不互通，有的窗口还在要重复材料，有的老年人还不会在手机上操作。把这些堵点一个个打通，改革才能真正落到群众心坎上。"""

C1 = """【#教育部启动2027届高校毕业生就业促进行动#】教育部近日启动2027届全国普通高校毕业生就业创业促进行动。2027届高校毕业生预计1260万人。行动包括：开展“访企拓岗”专项行动，高校书记校长带头走访用人单位；举办“24365校园招聘服务”线上专场招聘；加强困难群体毕业生就业帮扶，实施“一人一档”“一生一策”。"""

C2 = """【#市场监管总局发布儿童羽绒服质量抽查结果#】市场监管总局今天公布儿童羽绒服产品质量国家监督抽查结果，共抽查312批次产品，发现27批次不合格，不合格项目主要为含绒量、充绒量和绒子含量。市场监管总局提示，选购时注意查看吊牌上的含绒量、充绒量标注，不要贪图低价。"""

N1 = """冬季皮肤干痒难耐？这份护理指南请收好

入冬后空气干燥，不少人皮肤干燥、脱屑、瘙痒，老年人尤其明显。

1. 洗澡别太勤、水别太烫。水温以37℃至40℃为宜，每次不超过15分钟，少用碱性强的香皂。
2. 洗完3分钟内涂保湿霜。趁皮肤微湿时涂抹，锁水效果更好。
3. 别用手抓。越抓越痒，还可能抓破皮肤引起感染。
4. 瘙痒持续两周以上、影响睡眠，或伴有皮疹、黄疸等表现，要及时到皮肤科就诊，排除糖尿病、肝肾疾病等原因。"""

M1 = """“小太阳”“电暖桌”这样用才安全——冬季取暖电器防火指南

每年冬季，因取暖电器使用不当引发的火灾时有发生。

一、选购有3C认证的产品，不买“三无”电暖器。
二、取暖器与窗帘、被褥、沙发等可燃物保持1米以上距离，不要在取暖器上烘烤衣物。
三、电暖桌、电热毯不要长时间通电，人离开或睡觉前要断电。
四、大功率取暖器单独使用一个插座，不与其他电器共用插排。
五、发现电线发热、插头发黑，立即停止使用。"""

P1 = """【警惕“高薪海外务工”陷阱！】近期，有不法分子在短视频平台发布“海外高薪招聘”“月入3万包吃住”等信息，以“免费办签证”“先出境后交费”为诱饵，将求职者骗至境外从事电信网络诈骗，甚至限制人身自由。公安机关提醒：出境务工请通过有资质的对外劳务合作企业，警惕“高薪、轻松、免费出境”的招聘信息。"""

W1 = """【大雾橙色预警】中央气象台11月22日06时发布大雾橙色预警：预计22日早晨至上午，四川盆地中东部、重庆西部、贵州北部等地有大雾，其中四川遂宁、南充、广安、内江等地部分地区有能见度低于200米的强浓雾，局地低于50米。请注意防范大雾对交通运输的不利影响。"""

POSTS = [
    # ----- source documents -----
    P("gov_wx", G1, key="g1"),
    P("gov_wx", G2, key="g2"),
    P("xh_wb", X1, key="x1"),
    P("xh_wb", X2, key="x2"),
    P("xh_wb", X3, key="x3"),
    P("rmrb_wx", R1, key="r1"),
    P("rmrb_wx", R2, key="r2"),
    P("cctv_wb", C1, key="c1"),
    P("cctv_wb", C2, key="c2"),
    P("nhc_wx", N1, key="n1"),
    P("mem_wx", M1, key="m1"),
    P("mps_wb", P1, key="p1"),
    P("cma_wb", W1, key="w1"),

    # ----- unsourced copies of the documents -----
    P("sc_yj", G1.replace("交通运输部等五部门关于", "权威发布｜五部门关于"), U, copy="g1",
      note="the whole notice pasted under a new headline prefix; the issuing bodies' signature names no source"),
    P("dz_rs", "春运时间定了！\n\n" + G1.split("\n\n", 3)[3].rsplit("\n\n", 1)[0], U, copy="g1",
      note="the body of the five-ministry notice under a new title, signature dropped; nothing names the source"),
    P("yb_jt", "到2030年，经常参加体育锻炼人数比例达到40%以上！\n\n" + G2.split("\n\n", 2)[2]
      + "\n\n（宜宾教体 整理）", U, copy="g2",
      note="pasted notice; 整理 by the account itself is not a source"),
    P("dy_xw", "【前三季度四川GDP同比增长5.8%】" + X1.split("）", 1)[1], U, copy="x1",
      note="Xinhua dateline cut off, text pasted verbatim under a bracket headline"),
    P("pzh_xw", "#四川经济# 记者19日从四川省统计局获悉，前三季度四川实现地区生产总值49856亿元，按不变价格计算，"
      "同比增长5.8%。其中，规模以上工业增加值同比增长6.4%，电子信息、装备制造、先进材料等优势产业增势较好。"
      "（记者 张梦洁）", U, copy="x1",
      note="wire copy without its dateline; the reporter credit does not name the agency"),
    P("lz_wj", "好消息！门诊慢特病跨省直接结算病种扩大到10种\n\n" + X2.split("）", 1)[1]
      + "\n\n原标题：门诊慢特病跨省直接结算病种明年扩至10种", U, copy="x2",
      note="原标题 is not a source; the dateline was removed"),
    P("cd_wj_wb", "【明年起，这5种门诊慢特病也能跨省直接结算】" + X2.split("介绍，", 1)[1][:118], U, copy="x2",
      note="Weibo paste of the wire text without the dateline"),
    P("ls_wl", "#大熊猫国家公园# 今年以来，四川片区红外相机累计拍摄到野生大熊猫影像1260余次，较去年同期增加约15%；"
      "雪豹、川金丝猴、林麝等伴生动物影像也明显增多。目前，大熊猫国家公园四川片区已修复大熊猫栖息地4.3万公顷，"
      "建成生态廊道11条。🐼", U, copy="x3",
      note="wire copy pasted with an emoji; the agency is nowhere named"),
    P("gy_wl", "好消息🐼 记者从大熊猫国家公园四川省管理局获悉，今年以来，四川片区红外相机累计拍摄到野生大熊猫影像1260余次，"
      "较去年同期增加约15%！雪豹、川金丝猴、林麝也常来“打卡”。#大熊猫 #广元", U, copy="x3",
      note="Douyin caption made of the wire text; 记者从…获悉 is part of the copied text, not a source"),
    P("nj_ga", "【年底购票高峰来了，这些防骗要点请转给爸妈】1. 只认官方渠道。买火车票认准铁路12306网站和App，"
      "不要相信“加价抢票”“内部票源”。2. “航班取消”先核实，不点陌生链接。3. 不给验证码。任何人以“退款”"
      "“理赔”为由索要银行卡验证码，都是诈骗。4. 遇到可疑情况，拨打96110咨询或报警。", U, copy="r1",
      note="the newspaper's list pasted as the police account's own post"),
    P("dy_xw", "#德阳# 【让“一件事一次办”再快一点】" + R2.split("\n\n", 1)[1].replace("\n\n", "")[:160] + "……",
      U, copy="r2", note="the commentary pasted as the account's own text"),
    P("dz_rs", "2027届高校毕业生预计1260万人！教育部启动就业创业促进行动\n\n教育部近日启动2027届全国普通高校毕业生"
      "就业创业促进行动。2027届高校毕业生预计1260万人。行动包括：开展“访企拓岗”专项行动，高校书记校长带头走访"
      "用人单位；举办“24365校园招聘服务”线上专场招聘；加强困难群体毕业生就业帮扶，实施“一人一档”“一生一策”。"
      "\n\n达州人社将持续关注，敬请留意。", U, copy="c1",
      note="the TV news item pasted with one own closing line"),
    P("sn_sc", "【儿童羽绒服抽查：27批次不合格】" + C2.split("】", 1)[1], U, copy="c2",
      note="pasted with the topic tag replaced; 市场监管总局今天公布 is the copied text's own attribution"),
    P("cd_wj", N1.replace("这份护理指南请收好", "医生教你这样做"), U, copy="n1",
      note="whole article pasted with a changed title; no source line"),
    P("lz_wj", "天冷皮肤痒，别再用热水烫了！\n\n" + N1.split("\n\n", 2)[2] + "\n\n编辑：先敏　审核：伍凯", U, copy="n1",
      note="pasted; 编辑/审核 credits are not a source"),
    P("zg_yj", M1 + "\n\n（完）", U, copy="m1",
      note="verbatim copy; （完） is not a source"),
    P("sc_yj_wb", "【“小太阳”“电暖桌”这样用才安全】一、选购有3C认证的产品，不买“三无”电暖器。二、取暖器与窗帘、被褥、"
      "沙发等可燃物保持1米以上距离，不要在取暖器上烘烤衣物。三、电暖桌、电热毯不要长时间通电，人离开或睡觉前要断电。"
      "四、大功率取暖器单独使用一个插座。", U, copy="m1",
      note="Weibo condensation copied verbatim from the ministry's article"),
    P("cd_ga", "【警惕“高薪海外务工”陷阱！】近期，有不法分子在短视频平台发布“海外高薪招聘”“月入3万包吃住”等信息，"
      "以“免费办签证”“先出境后交费”为诱饵，将求职者骗至境外从事电信网络诈骗，甚至限制人身自由。平安成都提醒：出境务工"
      "请通过有资质的对外劳务合作企业，警惕“高薪、轻松、免费出境”的招聘信息。", U, copy="p1",
      note="copied, with 公安机关提醒 changed to the account's own name"),
    P("nc_ga_wb", P1.replace("【警惕“高薪海外务工”陷阱！】", "扩散提醒！"), U, copy="p1", orig=True,
      note="pasted as an original Weibo post (platform reports it as original)"),
    P("nc_ga", "月入3万包吃住？免费办签证？这种招聘千万别信！不法分子以“免费办签证”“先出境后交费”为诱饵，"
      "将求职者骗至境外从事电信网络诈骗，甚至限制人身自由。出境务工请通过有资质的对外劳务合作企业。", U, copy="p1",
      note="Douyin caption lifted from the bureau's text without naming it"),
    P("ya_qx", "【大雾橙色预警】" + W1.split("】", 1)[1].replace("中央气象台11月22日06时发布大雾橙色预警：", ""),
      U, copy="w1", note="the national warning pasted without saying who issued it (the issuing observatory was cut)"),
    P("sc_jy", "关于全民健身，国家最新部署来了\n\n" + G2.split("\n\n", 3)[3].rsplit("\n\n", 1)[0]
      + "\n\n请各地教育部门和学校认真落实。", U, copy="g2",
      note="the notice's text pasted under a new headline, issuer and signature dropped"),
    P("ms_ny", "#前三季度经济数据# 前三季度四川实现地区生产总值49856亿元，同比增长5.8%；社会消费品零售总额同比增长5.1%，"
      "网上零售额增长9.7%。", U, copy="x1", orig=None,
      note="short paste of the wire figures, nothing names the agency or the statistics bureau's release"),

    P("sc_yj_wb", "【注意防范大雾】预计22日早晨至上午，四川盆地中东部、重庆西部、贵州北部等地有大雾，其中四川遂宁、南充、"
      "广安、内江等地部分地区有能见度低于200米的强浓雾，局地低于50米。请注意防范大雾对交通运输的不利影响。", U,
      copy="w1", note="the national observatory's warning text pasted without naming who issued it"),
    P("ms_ny", "本报讯（记者 李婷）记者从省农业农村厅获悉，今年全省晚熟柑橘种植面积达430万亩，预计产量突破520万吨。"
      "眉山、资阳、内江等地不知火、春见等品种陆续上市，产地价格较去年同期略有上涨。", U,
      note="newspaper copy pasted by a bureau; 本报讯 without the paper's name names no source"),

    # ----- unsourced reposts in another body's voice (no original in the file) -----
    P("yb_jt", "教育部：严禁以任何形式公布考试成绩和排名\n\n近日，我部印发通知，要求各地中小学期末考试结束后，不得以任何"
      "形式公布学生考试成绩和排名，不得按考试成绩给学生调整座位、编排班级。考试成绩实行等级评价，由教师通过家校沟通"
      "平台单独告知学生本人及家长。\n\n我部将把落实情况纳入义务教育质量评价。", U,
      note="the ministry's own text (我部) posted by a city bureau without naming where it came from"),
    P("lz_wj", "国家疾控局提醒：冬春季诺如病毒进入高发期\n\n我局提醒，诺如病毒传染性强，学校、托幼机构、养老机构等集体单位"
      "要落实晨午检制度，发现呕吐、腹泻病例及时隔离并规范消毒；呕吐物要用含氯消毒剂覆盖30分钟后再清理。", U,
      note="national CDC administration's notice in its own voice (我局) pasted by a city commission"),
    P("nj_ga", "【成都交警：12月1日起这些路段实施临时交通管制】因地铁施工需要，我支队决定自12月1日起，对蜀都大道"
      "部分路段实施临时交通管制，请过往车辆提前绕行。给您出行带来的不便，敬请谅解。", U,
      note="another city's traffic police notice (我支队) posted by the Neijiang police without naming it"),
    P("sc_sc", "总局：年底前完成电动自行车充电器专项抽查。我局将组织各地对电商平台和实体市场销售的电动自行车充电器开展"
      "全覆盖抽查，对不合格产品一律责令下架，依法查处生产销售企业。", U,
      note="the national administration's text (总局/我局) posted without saying it was taken from it"),
    P("pzh_xw", "省政府新闻办昨日举行新闻发布会。我厅有关负责人介绍，今冬明春全省将新建改造农村公路3000公里，"
      "实施危旧桥梁改造200座，年底前实现具备条件的建制村通客车率100%。", U,
      note="a provincial department's release (我厅) pasted by a city news office"),
    P("dy_xw", "人社部：2027年起个人养老金领取条件放宽\n\n我部有关司局负责人表示，参加人患重大疾病、领取失业保险金"
      "达到一定条件或者领取最低生活保障的，可以申请提前领取个人养老金。具体办法将于近期公布。", U,
      note="national ministry's voice (我部), no source named"),
    P("sc_wj", "关于做好冬春季血液供应保障工作的通知\n\n各市（州）卫生健康委：\n\n入冬以来，部分地区临床用血需求增加。"
      "为保障群众用血需求，现将有关事项通知如下：一、各地要组织开展团体无偿献血活动；二、加强血液库存监测，"
      "库存低于7天用量时及时启动应急预案。\n\n国家卫生健康委办公厅\n2026年11月20日", U,
      note="a national office's notice with its own signature pasted by the provincial commission; the signature is not a source"),
    P("cd_sc", "关于开展岁末年初预付式消费专项整治的公告\n\n为维护消费者合法权益，本局决定自即日起至2027年2月底，在全省"
      "开展预付式消费专项整治，重点整治美容美发、健身、教育培训等行业“办卡容易退卡难”问题。\n\n四川省市场监督管理局"
      "\n2026年11月21日", U,
      note="the provincial bureau's announcement (本局, signed) posted by the city bureau without a source"),
    P("ms_ny", "农业农村部部署冬春农业生产\n\n会议要求，要抓好小麦、油菜冬前管理，做好越冬作物防冻保苗；抓好设施蔬菜"
      "生产和畜禽水产冬季养殖管理，确保元旦春节期间“菜篮子”产品稳定供应。我部将派出工作组分片包省开展技术指导。",
      U, note="ministry text (我部) reposted without naming its origin"),
    P("sc_jy_wb", "【高校毕业生就业“百日冲刺”启动】我委联合市人力社保局启动2027届高校毕业生就业“百日冲刺”行动，"
      "将在主城都市区和渝东北、渝东南举办线上线下招聘会200场。#就业#", U, orig=True,
      note="the Chongqing education commission's text (我委, 市人力社保局, 渝东北) pasted by Sichuan education's Weibo "
           "as its own post, without a source"),

    # ----- hard negatives: copies that name their source (new phrasings) -----
    P("pzh_xw", "//@央视新闻: 【#教育部启动2027届高校毕业生就业促进行动#】" + C1.split("】", 1)[1][:60] + "……",
      hn=U, copy="c1", note="Weibo forward chain //@央视新闻 names the source"),
    P("sc_jy_wb", "转发这条！" + C1, hn=U, copy="c1", orig=False, src="央视新闻",
      note="platform repost with source field set"),
    P("sc_wj", "跨省就医更方便！明年起门诊慢特病跨省直接结算病种扩至10种\n\n" + X2
      + "\n\n（文章转载于新华社客户端）", hn=U, copy="x2",
      note="names the wire agency: 转载于 line and the kept dateline"),
    P("ms_ny", X1 + "\n\n#四川经济#", hn=U, copy="x1", orig=True,
      note="the Xinhua dateline 新华社成都…电 is kept; it names the source"),
    P("cd_sc", "【儿童羽绒服抽查结果出炉】" + C2.split("】", 1)[1] + "（消息源：央视新闻）", hn=U, copy="c2",
      note="消息源 names the source"),
    P("sc_yj", "冬季取暖电器防火指南\n\n内容出自“中国应急管理”公众号\n\n" + M1.split("\n\n", 1)[1], hn=U, copy="m1",
      note="内容出自 names the ministry's account"),
    P("nc_ga_wb", "【年底购票防骗要点】" + R1.split("\n\n", 1)[1].replace("\n", "") + "（选自人民日报微信公众号）",
      hn=U, copy="r1", note="选自 names the newspaper"),
    P("cd_wj_wb", "人民日报微评：【让“一件事一次办”再快一点】" + R2.split("\n\n", 2)[2][:90] + "……", hn=U, copy="r2",
      note="the publisher is named as the speaker of the headline"),
    P("nj_ga", P1, hn=U, copy="p1", orig=False, src="公安部刑侦局",
      note="platform repost, source field set; the text itself names nothing"),

    # ----- hard negatives: own texts that look like pasted copies -----
    P("zg_yj", "自贡市应急管理局关于做好2026年自贡恐龙灯会期间安全保障工作的通知\n\n各区（县）应急管理局，各有关单位：\n\n"
      "第33届自贡国际恐龙灯会即将开幕。为确保灯会期间安全稳定，现将有关事项通知如下：\n\n一、压实灯组搭建、用电"
      "和人员密集场所安全责任；二、我局将会同消防救援、公安等部门开展联合检查；三、严格落实24小时值班值守制度。\n\n"
      "自贡市应急管理局\n2026年11月23日", hn=U,
      note="the unit's own notice (我局, its own signature), not taken from anyone"),
    P("ya_qx", "【雅安市气象台大雾黄色预警】雅安市气象台11月22日07时发布大雾黄色预警：预计未来6小时内，名山区、"
      "雨城区部分地区将出现能见度小于500米的浓雾，请注意防范。", hn=U,
      note="the account's own observatory's warning (different issuer and level from the national one)"),
    P("dz_rs", "一图读懂《全民健身计划（2026—2030年）》\n\n近日，国务院办公厅印发《全民健身计划（2026—2030年）》。"
      "我们梳理了与职工相关的三个要点：一是推广工间操；二是支持单位建设职工健身场所；三是公共体育场馆免费或低收费开放。"
      "达州各级工会和用人单位可据此安排职工健身活动。", hn=U,
      note="own summary of a named document, in the account's own words; not a pasted copy"),
    P("dy_xw", "德阳市统计局数据显示，前三季度全市实现地区生产总值2330亿元，同比增长6.1%，高于全省0.3个百分点。"
      "#德阳经济#", hn=U,
      note="local figures in the account's own words; …数据显示 here is the city's own release"),
]
