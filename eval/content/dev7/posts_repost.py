"""Fifth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev6/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"

G1 = """民政部 财政部关于做好2026—2027年冬春困难群众基本生活保障工作的通知

各省、自治区、直辖市民政厅（局）、财政厅（局），新疆生产建设兵团民政局、财政局：

为切实保障好冬春期间困难群众基本生活，现就有关工作通知如下。

一、及时足额发放救助金。各地要确保最低生活保障金、特困人员救助供养金按时足额发放，不得拖欠、截留。

二、加强临时救助。对因寒潮、冰冻等遭遇临时性生活困难的家庭，要简化审批程序，发挥乡镇（街道）临时救助备用金作用，做到“先救助、后补手续”。

三、开展走访排查。组织乡镇（街道）干部、村（社区）工作人员和社会工作者，对分散供养特困人员、独居老人、留守儿童等开展走访探视，防止冻伤、冻饿等问题发生。

四、强化资金监管。严禁挤占挪用、虚报冒领救助资金。

民政部　财政部
2026年11月17日"""

G2 = """八部门联合印发意见 加强退役军人就业创业服务

近日，退役军人事务部、人力资源社会保障部等八部门联合印发《关于加强退役军人就业创业服务的意见》，从拓宽就业渠道、扶持自主创业、提升职业技能等方面提出16条措施。

意见明确，鼓励机关事业单位拿出一定数量岗位定向招录退役军人；对招用退役军人的企业，按规定落实税收优惠；退役军人自主创业的，可申请最高30万元创业担保贷款并享受贴息。

意见要求，各级退役军人服务中心（站）要建立就业服务台账，做到“一人一档、一人一策”。"""

X1 = """新华社北京11月19日电（记者 白阳）司法部19日发布数据，今年1至10月，全国法律援助机构共组织办理法律援助案件118万余件，提供法律咨询1200余万人次，其中为农民工讨薪提供法律援助案件21万余件。司法部有关负责人表示，将进一步扩大法律援助覆盖面，推动法律援助向“应援尽援、应援优援”转变。"""

X2 = """新华社广州11月20日电（记者 黄浩）记者20日从广东边检总站获悉，“港车北上”政策实施以来，经港珠澳大桥珠海公路口岸入出境的香港单牌车已超过500万辆次。今年以来，日均通关量较去年同期增长约三成。边检部门表示，将持续优化查验流程，推动粤港澳大湾区人员往来更加便捷。"""

X3 = """新华社济南11月22日电（记者 王凯）山东省市场监管局22日通报，今年以来全省共查办虚假广告案件1630件，罚没款4100余万元，其中涉及保健食品、医疗美容、直播带货的案件占比超过六成。下一步，山东将重点整治网络直播中虚构原价、夸大功效等违法行为。"""

R1 = """人民日报评论：把体育课上足上好，让孩子们“动”起来

课间十分钟，操场上热闹起来了吗？体育课，有没有被“借”走？

近年来，各地落实每天综合体育活动时间不低于2小时的要求，不少学校把课间延长到15分钟，孩子们走出教室、跑起来、笑起来。但也要看到，一些地方仍存在“安全顾虑大于锻炼需求”的现象，课间“圈养”、体育课“放羊”的情况时有发生。

让孩子们“动”起来，既要学校敢担当，也需要家长理解、社会支持。一张一弛，方是育人之道。"""

R2 = """寒假将至，这份儿童居家安全清单请收好

1. 电源插座安装保护盖，不让孩子触碰电器内部；
2. 药品、消毒液、洗涤剂放在孩子够不着的地方；
3. 窗户安装限位器，阳台不要堆放可攀爬的杂物；
4. 不让孩子独自使用燃气灶、取暖器；
5. 教会孩子拨打110、119、120，记住家长电话。

转给身边有孩子的家长！"""

C1 = """【#最高法发布涉老年人诈骗典型案例#】最高人民法院今天发布一批涉老年人诈骗犯罪典型案例，涉及以“免费体检”“保健讲座”“以房养老”等为幌子实施诈骗。最高法提醒，老年人要警惕“高回报”“包治百病”等宣传，遇到推销先核实，大额转账前多与子女商量。"""

C2 = """【#市场监管总局抽查电热毯#发现18批次不合格】市场监管总局今天公布电热毯产品质量国家监督抽查结果，共抽查120家企业生产的120批次产品，发现18批次不合格，主要问题为温升超标、结构不合理。市场监管总局提醒，购买电热毯要查看3C标志，使用时不要折叠，不要与其他取暖器同时使用。"""

N1 = """冬季警惕低温烫伤！暖宝宝、电热毯这样用

低温烫伤是指皮肤长时间接触高于体温的低热物体造成的烫伤。接触70℃的物体持续1分钟、接触60℃的物体持续5分钟以上，就可能造成烫伤。

预防要点：
1. 暖宝宝不要直接贴在皮肤上，睡觉时不要使用；
2. 电热毯睡前预热，入睡后关闭；
3. 糖尿病患者、老年人、婴幼儿对温度感觉迟钝，更要注意；
4. 一旦烫伤，立即用流动冷水冲洗15—30分钟，不要挑破水疱，及时就医。"""

M1 = """冰面不是路！冬季冰上活动安全提示

进入冬季，河湖陆续结冰，但冰层厚度不均，初冰期和融冰期尤其危险。

1. 不在未经开放的天然冰面上滑冰、钓鱼、行走；
2. 到正规冰场参加冰上运动；
3. 发现有人落水，立即拨打110、119，利用竹竿、绳索等施救，不要手拉手下冰施救；
4. 如果自己落水，不要慌乱扑腾，双臂伸展趴在冰面上，慢慢向来时的方向移动。"""

P1 = """【警惕“ETC认证失效”诈骗短信！】近期，有不法分子群发“您的ETC认证已失效，请点击链接重新认证，逾期将停用”的短信，诱导车主点击钓鱼链接，填写银行卡号、密码和验证码，随后盗刷资金。警方提示：ETC相关业务请通过发卡机构官方App或客服电话办理，不点击短信中的陌生链接，任何索要验证码的都是诈骗！"""

W1 = """【大风蓝色预警】中央气象台11月21日06时发布大风蓝色预警：受冷空气影响，预计21日08时至22日08时，渤海、渤海海峡、黄海大部、东海北部将有6～7级、阵风8～9级的偏北风；山东半岛、辽东半岛沿海地区有5～6级风。请海上作业船只回港避风，沿海地区注意防范大风对设施农业、户外作业的不利影响。"""

POSTS = [
    # --- source documents (unregistered accounts) ---
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

    # --- unsourced copies of the documents ---
    P("gd_mz", G1, cls=U, copy="G1",
      note="the ministries' joint notice pasted in full, with their signature block, and no source named"),
    P("gd_mz", "【冬春救助】" + G1.split("\n\n", 2)[2].replace("民政部　财政部\n2026年11月17日", ""), cls=U, copy="G1",
      note="body of the two ministries' notice, title and signature dropped, under the account's own tag; no source"),
    P("sd_ty", G2, cls=U, copy="G2",
      note="the government-site article on the eight departments' opinion pasted verbatim; no source named"),
    P("sd_ty", "退役军人朋友们注意！16条措施来了\n\n" + G2.split("\n\n", 1)[1], cls=U, copy="G2",
      note="new headline over the pasted article body; no source field and no attribution"),
    P("sd_sf", X1.replace("新华社北京11月19日电（记者 白阳）", ""), cls=U, copy="X1",
      note="wire copy with the agency dateline cut off, posted as the account's own text"),
    P("gd_sf", "#法律援助# " + X1.replace("新华社北京11月19日电（记者 白阳）", "").replace("司法部19日发布数据，", "最新数据显示，"),
      cls=U, copy="X1", note="wire copy, dateline removed and the first clause reworded; the rest verbatim"),
    P("hz_ga", X2.replace("新华社广州11月20日电（记者 黄浩）", ""), cls=U, copy="X2",
      note="pasted wire copy without its dateline; nothing names the agency"),
    P("zs_sc", X3.replace("新华社济南11月22日电（记者 王凯）", "【山东：前10月查办虚假广告案件1630件】"), cls=U, copy="X3",
      note="another province's wire item pasted with a bracket headline in place of the dateline"),
    P("sd_sc", X3.replace("新华社济南11月22日电（记者 王凯）", "").replace("山东省市场监管局22日通报", "11月22日通报"),
      cls=U, copy="X3", note="the unit's own figures, but the text is the agency's item word for word, dateline"
      " removed; the copy does not say where it was taken from"),
    P("wf_jy", R1.replace("人民日报评论：", ""), cls=U, copy="R1",
      note="the newspaper's commentary pasted whole with the column name cut from its heading; no source"),
    P("gz_jy", R1.split("\n\n", 1)[1], cls=U, copy="R1",
      note="commentary body pasted without its heading; nothing names the newspaper"),
    P("dz_jy", R2, cls=U, copy="R2",
      note="the newspaper's safety list pasted verbatim, ending and all; no source"),
    P("gz_jy_wb", "【寒假儿童居家安全清单】" + R2.split("\n\n", 1)[1].replace("\n", ""), cls=U, copy="R2",
      note="list flattened into one Weibo post under a new bracket title; no source"),
    P("lc_ga", C1, cls=U, copy="C1",
      note="the broadcaster's Weibo text copied as an original post (is_original true), no repost source",
      orig=True),
    P("gd_sf", C1.replace("【#最高法发布涉老年人诈骗典型案例#】", "【守好老人的钱袋子】"), cls=U, copy="C1",
      note="broadcaster's post with the hashtag headline swapped for the account's own; no source"),
    P("yt_sc_wb", C2, cls=U, copy="C2",
      note="the broadcaster's item pasted as an original Weibo post", orig=True),
    P("sw_sc", "电热毯怎么选？看这篇就够了\n\n" + C2.replace("【#市场监管总局抽查电热毯#发现18批次不合格】", ""),
      cls=U, copy="C2", note="broadcaster's item pasted under a WeChat headline; no source"),
    P("bz_wj", N1, cls=U, copy="N1",
      note="the national health commission's article pasted whole; no 来源 line, no banner"),
    P("mm_wj", N1.replace("冬季警惕低温烫伤！暖宝宝、电热毯这样用", "暖宝宝贴一晚，竟然烫伤了？"), cls=U, copy="N1",
      note="the commission's article under a new clickbait title; body verbatim, no source"),
    P("sz_wj_wb", "【低温烫伤怎么防？】" + N1.split("预防要点：", 1)[1].replace("\n", ""), cls=U, copy="N1",
      note="the tips part of the commission's article pasted into a Weibo post; no source"),
    P("wh_wl", M1.replace("\n\n", "\n"), cls=U, copy="M1",
      note="the emergency ministry's ice-safety tips pasted verbatim; no source"),
    P("dz_jy", "【寒假安全】" + M1, cls=U, copy="M1",
      note="the emergency ministry's article pasted behind a tag; no source"),
    P("jn_ga", "ETC认证失效？是骗子！\n" + P1, cls=U, copy="P1",
      note="video caption is the criminal-investigation bureau's Weibo text pasted; no source, no repost field"),
    P("hz_ga_dy", P1.replace("警方提示", "惠州警方提示"), cls=U, copy="P1",
      note="the bureau's text pasted with the account's city put in; passing the bureau's wording off as local"),
    P("rz_wl", W1 + "\n出海游玩的朋友请关注天气，注意安全。", cls=U, copy="W1",
      note="the national weather warning pasted into the caption with one line added; no source"),

    # --- unsourced reposts of items not in the file (voice of another body, pasted agency copy) ---
    P("sd_sf", "司法部近日印发通知，我部将于12月在全国开展“宪法进万家”集中宣传活动，组织律师、公证员、人民调解员深入社区、"
      "乡村、企业和学校开展宪法宣传。各地司法行政机关要结合实际，精心组织，确保活动取得实效。", cls=U,
      note="text in the ministry's own voice (我部) posted by the provincial department without naming where it came from"),
    P("mm_wj", "国家卫生健康委：我委近日印发《关于做好2026—2027年冬春季呼吸道传染病防治工作的通知》，要求各地加强监测预警，"
      "做好医疗资源准备，重点关注老年人、婴幼儿、慢性病患者等人群，及时发布健康提示。", cls=U,
      note="commission's own release (我委) pasted; the headline speaker is the body, not the publisher of the text"),
    P("lc_ga_dy", "【郑州警方】近日，我局成功打掉一个冒充“电商客服”实施诈骗的犯罪团伙，抓获犯罪嫌疑人23名，涉案金额600余万元。"
      "警方提醒：接到自称客服要求退款、理赔的电话，务必通过官方平台核实。", cls=U,
      note="another city's police release (我局) pasted as a Douyin caption; 【郑州警方】 is the speaker, not a source line"),
    P("gz_jy_wb", "教育部近日印发通知，要求各地严格落实义务教育阶段学生作业管理规定，小学一、二年级不布置书面家庭作业，"
      "三至六年级书面作业平均完成时间不超过60分钟，初中不超过90分钟。我部将适时开展专项督导。", cls=U,
      note="ministry's text (我部) posted as the city bureau's own Weibo post"),
    P("sz_wj", "国家医保局：2027年居民医保集中缴费期延长至明年2月底\n\n近日，国家医保局办公室印发通知，要求各地合理确定2027年度"
      "城乡居民基本医疗保险集中缴费期，原则上延长至2027年2月28日。我局将指导各地做好参保动员，对困难群众参保给予分类资助。",
      cls=U, note="national bureau's release (我局) pasted into the city commission's WeChat without a source"),
    P("yt_sc", "近日，市场监管总局发布《关于加强冬季燃气具产品质量安全监管的通知》，要求各地对燃气热水器、燃气灶具、"
      "燃气用具连接用软管等重点产品开展专项抽查。总局将对抽查发现的问题企业依法严肃查处，并及时向社会公布。", cls=U,
      note="administration's release (总局 as speaker) pasted by the city bureau; nothing says where it was taken from"),
    P("jy_ga", "北京时间11月24日，国家移民管理局发布消息，自2026年12月1日起，外国人入境可通过“移民局12367”App预先申报，"
      "我局将在全国主要口岸设置快捷通道。", cls=U,
      note="national administration's notice (我局 is the national body) pasted into a city police caption"),
    P("mz_wl", "我厅近日公布第三批省级旅游度假区名单，共6家入选。下一步，我厅将指导各地完善度假区公共服务设施，"
      "推动度假区提质升级。", cls=U,
      note="the provincial department's release (我厅) posted by the city bureau as its own caption; no source"),
    P("sw_sc", "本报讯（记者 陈思）近日，汕尾市市场监管部门联合渔政部门在城区各海鲜市场开展冬季水产品质量安全专项检查，"
      "共检查经营户136户，抽检样品52批次，全部合格。", cls=U,
      note="a newspaper's report (本报讯 with a reporter credit) pasted without naming the paper; 本报讯 names nothing"),
    P("bz_wj", "近期诺如病毒进入季节性流行期。本中心监测数据显示，近一周全国报告的聚集性疫情中，托幼机构和中小学占比超过七成。"
      "本中心提醒：勤洗手，生熟分开，患者呕吐物要用含氯消毒剂处理。", cls=U,
      note="the national CDC's text in its own voice (本中心) posted by the city commission with no source"),
    # --- hard negatives: copies that name their source, in new ways ---
    P("gd_mz", "素材来源：民政部、财政部\n\n" + G1, copy="G1", hn=U,
      note="素材来源 line before the pasted notice names the issuing ministries; sourced"),
    P("sd_ty", G2 + "\n\n本文转载于中国政府网", copy="G2", hn=U,
      note="本文转载于 names the government website at the end; sourced"),
    P("gd_sf", "转发自@新华社：" + X1, copy="X1", hn=U,
      note="转发自@新华社 plus the dateline kept; sourced"),
    P("hz_ga", X2, copy="X2", hn=U, orig=False, src="新华社",
      note="a platform repost: the source field is set, the text is the agency's own with its dateline"),
    P("wf_jy", R1 + "\n\n刊载于《人民日报》2026年11月21日第5版", copy="R1", hn=U,
      note="刊载于 with the paper's name and page; sourced"),
    P("gz_jy", "来源｜人民日报微信公众号\n\n" + R2, copy="R2", hn=U,
      note="来源｜ with a vertical bar names the newspaper's account; sourced"),
    P("zs_sc", C2 + "\n（图文来源：央视新闻）", copy="C2", hn=U,
      note="图文来源 names the broadcaster for the whole item; sourced"),
    P("bz_wj", "经授权转载自“健康中国”\n\n" + N1, copy="N1", hn=U,
      note="经授权转载自 names the commission's account; sourced"),
    P("wh_wl", M1.replace("\n\n", "\n") + "\n——中国应急管理", copy="M1", hn=U,
      note="closing dash line with the ministry's account name, the way many pasted items end; names the publisher"),
    P("jn_ga", P1, copy="P1", hn=U, orig=False, src="公安部刑侦局",
      note="Douyin caption of a reposted clip; the platform's source field names the bureau"),
    P("rz_wl", W1, copy="W1", hn=U, orig=False, src="中国气象局",
      note="platform repost with its source field set to the weather service"),
    P("sz_wj_wb", "据人民日报消息，" + R2.split("\n\n", 1)[1].replace("\n", ""), copy="R2", hn=U,
      note="据人民日报消息 attributes the item; sourced"),
    P("jy_ga", "参考来源：公安部刑侦局官方微博。" + P1.replace("【警惕“ETC认证失效”诈骗短信！】", ""), copy="P1", hn=U,
      note="参考来源 names the bureau's Weibo account; sourced"),
    P("lc_ga", "我支队近日在全市开展冬季道路交通安全集中整治，查处酒驾醉驾违法行为47起，超员超载违法行为112起。"
      "我局提醒：雨雪冰冻天气出行请减速慢行，保持安全车距。", hn=U,
      note="the unit's own release in its own voice (我支队, 我局 = 聊城市公安局 and its traffic detachment); not a repost"),
]

