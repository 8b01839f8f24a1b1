"""Tenth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev13/); attribution phrasings and copy mechanics differ from theirs."""
from _lib import P

U = "unsourced_repost"
HN = "unsourced_repost"

D1 = """国务院安委会办公室关于开展岁末年初安全生产重大事故隐患专项排查整治的通知

各省、自治区、直辖市及新疆生产建设兵团安全生产委员会，国务院安委会各成员单位：

岁末年初是生产经营活动集中、人员流动密集的时期，也是各类事故易发多发的时段。为有效防范遏制重特大事故，国务院安委会决定自2026年11月下旬至2027年3月底，在全国开展岁末年初安全生产重大事故隐患专项排查整治。现将有关事项通知如下。

一、聚焦重点行业领域。紧盯燃气、危险化学品、矿山、交通运输、建筑施工、消防等行业领域，以人员密集场所、“九小场所”、在建工地为重点，全面排查重大事故隐患。

二、压实企业主体责任。督促企业主要负责人带队开展自查自改，建立隐患清单和整改台账，做到责任、措施、资金、时限和预案“五落实”。

三、强化执法检查。各地要组织开展“四不两直”明查暗访，对发现的重大事故隐患挂牌督办，对拒不整改的依法依规严肃处理，典型案例公开曝光。

四、加强应急值守。严格落实领导带班和24小时值班制度，遇到雨雪冰冻等极端天气，提前发布预警，及时转移受威胁人员。

国务院安委会办公室
2026年11月17日"""

D2 = """应急管理部 国家消防救援局部署开展今冬明春火灾防控工作

近日，应急管理部、国家消防救援局召开视频会议，部署今冬明春火灾防控工作。

会议指出，冬春季节天干物燥，用火用电用气量大幅增加，加之年末岁初各类活动集中，火灾风险明显上升。各地要坚持关口前移、预防为主，集中开展电动自行车、高层建筑、大型商业综合体、老旧小区、养老机构和文物古建筑等重点场所火灾隐患排查。

会议要求，要持续推进电动自行车全链条安全整治，严查楼道停放、入户充电、“飞线”充电等行为；要针对农村自建房、城中村、群租房等薄弱环节，组织消防站、专职消防队开展入户走访，帮助群众查改隐患；要借助广播、短视频、村村响等渠道，常态化推送火灾警示案例和逃生自救常识。

会议强调，各级消防救援队伍要严格落实执勤备战，针对寒冷天气做好车辆装备防冻和水源保障，确保接警即出、快速处置。"""

D3 = """轮状病毒进入高发季，宝宝腹泻别慌，这样护理

每年秋冬季节是轮状病毒感染的高发期，6个月至2岁的婴幼儿最易感染。感染后常先出现发热、呕吐，随后出现水样或蛋花汤样大便，一天可达十余次。

护理要点：
1. 预防脱水是关键。可在医生指导下口服补液盐，少量多次喂服；母乳喂养的宝宝继续母乳喂养。
2. 不要随意使用止泻药和抗生素。轮状病毒腹泻有自限性，抗生素对病毒无效，滥用反而可能破坏肠道菌群。
3. 注意臀部护理。每次便后用温水清洗，保持干爽，预防红臀。
4. 出现以下情况要及时就医：精神萎靡、尿量明显减少、哭时无泪、口唇干燥，或者大便带血、持续高热。

预防方面，接种轮状病毒疫苗是有效手段。家长要勤洗手，宝宝的奶瓶、餐具、玩具要定期消毒，看护人之间避免交叉传播。"""

D4 = """国家卫生健康委办公厅关于做好2026—2027年冬春季重点传染病防治工作的通知

各省、自治区、直辖市及新疆生产建设兵团卫生健康委：

今冬明春，流感、新冠、呼吸道合胞病毒、肺炎支原体、诺如病毒等多种病原体可能交替或共同流行。为切实保障人民群众身体健康，现就做好有关工作通知如下。

一、加强监测预警。各地要充分发挥哨点医院和网络直报系统作用，密切跟踪病原谱变化，及时研判发布风险提示。

二、做好医疗服务保障。二级以上综合医院要根据就诊需求动态增加发热门诊、儿科门诊诊室和医护人员，延长服务时间；基层医疗卫生机构要储备常用药品，做好分级诊疗和双向转诊。

三、推进重点人群疫苗接种。加大老年人、慢性病患者、儿童等重点人群流感疫苗接种服务力度，合理设置临时接种点，方便群众就近接种。

四、强化重点机构防控。指导养老机构、托育机构、学校等落实晨午检、通风消毒和因病缺勤追踪等措施，发现聚集性疫情及时规范处置。

国家卫生健康委办公厅
2026年11月18日"""

D5_BODY = """记者19日从江西省农业农村厅获悉，今年江西粮食总产量达到443.6亿斤，连续13年稳定在430亿斤以上。全省累计建成高标准农田3100万亩，水稻机插秧率提高到62%，早稻订单收购实现“应收尽收”。今冬江西计划完成油菜种植面积1700万亩以上，目前冬种进度已过八成。"""
D5 = "新华社南昌11月19日电（记者 付玉婷）" + D5_BODY

D6_BODY = """记者21日从国家市场监督管理总局获悉，今年以来全国市场监管部门围绕直播电商、预付式消费、民生计量等领域，共查办各类消费侵权案件11.2万件，为消费者挽回经济损失8.9亿元。下一步，市场监管总局将聚焦年末促销季，重点整治虚构原价、先涨后降、“刷单炒信”等违法行为。"""
D6 = "新华社北京11月21日电（记者 严赋憬）" + D6_BODY

D7 = """评论员观察：把“民生小事”办成群众心里的“大事”

楼道灯坏了多久有人修？孩子放学后谁来看管？老人看病挂号难不难？这些看似琐碎的“小事”，直接关系群众的获得感。

近年来，不少地方把“接诉即办”“民生微实事”当作改进作风的抓手，从群众最急最忧最盼的事情做起，用一件件具体实事赢得民心。实践证明，只要把群众的“问题清单”变成干部的“履职清单”，就能把很多“老大难”问题化解在基层。

办好民生小事，关键在真心。要防止“只听汇报不看现场”，防止“办了就算、不问效果”，多到群众中走一走、问一问，把群众满意不满意作为检验工作的标尺。"""

D8 = """【#市场监管总局约谈多家电商平台#：年末大促不得“先涨后降”】据市场监管总局消息，总局近日召开行政指导会，约谈多家主要电商平台，要求在年末促销活动中严格落实明码标价规定，不得虚构原价、虚假折扣，不得设置复杂优惠规则误导消费者，不得利用算法对消费者实施不合理差别待遇。总局提示，消费者发现价格违法行为可拨打12315投诉举报。"""

D9 = """【#教育部等五部门部署加强中小学生寒假网络安全防护#】教育部等五部门近日联合印发通知，要求各地各校在寒假前开展一次网络安全专题教育，提醒学生不轻信“免费领皮肤”“低价卖账号”等信息，不向陌生人透露家庭住址和父母银行卡信息；指导家长合理设置未成年人模式，控制上网时长；严厉打击利用网络游戏、短视频平台诱导未成年人充值打赏等行为。"""

D10 = """【警惕“游戏账号交易”诈骗！寒假将至家长多留心】寒假临近，未成年人上网时间增多，骗子盯上了孩子们的游戏账号。常见套路：1.在游戏内或社交平台发布“低价出售稀有装备”“高价收购账号”信息，诱导到非官方平台交易；2.以“账号被冻结需解冻”“交易需缴纳保证金”为由，让孩子扫描付款码或用父母手机转账；3.冒充游戏客服，索要验证码。提醒：游戏交易请走官方渠道，凡是要求私下转账、索要验证码的都是诈骗！"""

D11 = """【警惕冒充“电力公司”退费诈骗！】近期，有不法分子冒充供电公司工作人员，以“电费多缴可退费”“电表升级需补缴”等为由拨打电话，诱导群众下载“会议软件”开启屏幕共享，进而盗取银行卡信息和验证码。警方提示：供电公司不会通过电话要求下载任何软件或共享屏幕，电费问题请拨打95598或到营业厅核实。"""

D12 = """【大风黄色预警】中央气象台11月23日06时发布大风黄色预警：受强冷空气影响，预计23日08时至24日08时，江汉、江淮、江南大部及华南北部将有4～6级偏北风，阵风7～8级；鄱阳湖、洞庭湖、太湖等湖面及长江中下游江面风力可达6～7级，阵风8～9级。请注意防范大风对高空作业、水上作业和交通出行的不利影响。"""

D13_BODY = """赣南脐橙19日起进入集中采摘上市期。记者从赣州市果业发展中心了解到，今年赣州脐橙种植面积稳定在190万亩左右，预计产量170万吨，冷链物流和产地初加工能力进一步提升，“果园到餐桌”最快48小时可达全国主要城市。"""
D13 = "新华社赣州11月19日电（记者 邬慧颖）" + D13_BODY

D14 = """国务院办公厅关于进一步做好高校毕业生等青年就业创业工作的通知

各省、自治区、直辖市人民政府，国务院各部委、各直属机构：

2027届高校毕业生规模预计继续增加。为做好高校毕业生等青年就业创业工作，经国务院同意，现就有关事项通知如下。

一、拓宽市场化就业渠道。对招用应届高校毕业生并签订1年以上劳动合同的中小微企业，按规定给予一次性扩岗补助。鼓励国有企业在完成年度招聘计划基础上，适当扩大高校毕业生招聘规模。

二、稳定公共部门岗位规模。统筹用好各类事业单位空缺编制，适当提高面向高校毕业生的招聘比例；继续实施“三支一扶”计划、大学生志愿服务西部计划等基层服务项目。

三、强化困难青年帮扶。对离校未就业高校毕业生和失业青年，提供“1次政策宣介、1次职业指导、3次岗位推荐、1次技能培训或就业见习”服务。

国务院办公厅
2026年11月20日"""

POSTS = [
    # ---- source documents (clean originals of unregistered accounts)
    P("gov_wx", D1, key="d1", note="source document (国务院安委办 notice)"),
    P("mem_wx", D2, key="d2", note="source document (应急管理部 meeting report)"),
    P("nhc_wx", D3, key="d3", note="source document (health article)"),
    P("nhc_wx", D4, key="d4", note="source document (国家卫健委办公厅 notice)"),
    P("xh_wb", D5, key="d5", note="source document (Xinhua dateline item)"),
    P("xh_wb", D6, key="d6", note="source document (Xinhua dateline item)"),
    P("rmrb_wx", D7, key="d7", note="source document (commentary)"),
    P("cctv_wb", D8, key="d8", note="source document (CCTV news item)"),
    P("cctv_wb", D9, key="d9", note="source document (CCTV news item)"),
    P("mps_wb", D10, key="d10", note="source document (anti-fraud alert)"),
    P("mps_wb", D11, key="d11", note="source document (anti-fraud alert)"),
    P("cma_wb", D12, key="d12", note="source document (weather warning)"),
    P("xh_wb", D13, key="d13", note="source document (Xinhua dateline item)"),
    P("gov_wx", D14, key="d14", note="source document (国务院办公厅 notice)"),

    # ---- unsourced copies of the documents
    P("jx_yj", D1, U, copy="d1", note="the State Council safety office's notice pasted whole; its own heading and signature name no source"),
    P("jj_yj", "转发！岁末年初安全生产重大事故隐患专项排查整治来了\n\n" + D1.split("\n\n", 2)[2],
      U, copy="d1", note="notice body pasted under the account's own headline; no source line"),
    P("jx_yj_wb", "【岁末年初开展安全生产重大事故隐患专项排查整治】" + D1.split("\n\n")[3] + D1.split("\n\n")[5] + "（完）",
      U, copy="d1", note="two paragraphs of the notice as a Weibo post; （完） names no source"),
    P("jx_yj", D2 + "\n\n作者：宣教处", U, copy="d2",
      note="the ministry's meeting report pasted whole; a 作者 line naming the account's own office names no source"),
    P("jj_yj", "今冬明春火灾防控工作全面部署\n\n" + D2.split("\n\n", 1)[1] + "\n\n点击“阅读原文”查看更多消防安全知识",
      U, copy="d2", note="report pasted under a new headline; 阅读原文 names no source"),
    P("jx_wj", D3 + "\n\n版权归原作者所有", U, copy="d3",
      note="health article pasted whole; 版权归原作者所有 names no source"),
    P("jx_wj_wb", "【秋冬季宝宝腹泻要警惕轮状病毒】" + D3.split("\n\n")[1] + D3.split("\n\n")[3][:60] + "……",
      U, copy="d3", note="opening of the article as a Weibo post, no source"),
    P("jx_wj", D4, U, copy="d4", note="the commission's notice pasted whole as the account's own article"),
    P("jj_wj", D4.split("\n\n", 2)[2].rsplit("\n\n", 2)[0] + "\n\n本文综合整理", U, copy="d4",
      note="the notice's four measures pasted; 综合整理 names no source"),
    P("ja_ny", "南昌11月19日电（记者 付玉婷）" + D5_BODY, U, copy="d5",
      note="Xinhua item pasted with the outlet's name cut from the dateline; the bare place-date dateline and reporter credit name no source"),
    P("ja_xw", "【江西粮食总产量连续13年稳定在430亿斤以上】" + D5_BODY, U, copy="d5",
      note="Xinhua item pasted without its dateline, no source"),
    P("jx_sc", "【年末促销季，这些违法行为要重点整治】" + D6_BODY, U, copy="d6",
      note="Xinhua item pasted without dateline, no source"),
    P("nc_sc", "消费侵权案件查办情况通报\n\n" + D6_BODY + "\n\n转载请注明出处", U, copy="d6",
      note="Xinhua item pasted; 转载请注明出处 names no source"),
    P("sr_xw", D7.split("\n\n", 1)[1], U, copy="d7",
      note="the commentary's body pasted as the account's own text"),
    P("xy_sc", D8, U, copy="d8", note="CCTV item pasted verbatim, no source (the 据市场监管总局消息 inside is part of the copied text)"),
    P("jx_jy_wb", D9, U, copy="d9", note="CCTV item pasted verbatim, no source"),
    P("fz_jy", "寒假网络安全，家长这样做\n\n" + D9.split("】", 1)[1] + "\n\n文字：宣传科", U, copy="d9",
      note="CCTV item pasted; a 文字 credit names no source"),
    P("gz_ga_wb", D10, U, copy="d10", note="the bureau's alert pasted verbatim, no source"),
    P("nc_ga", D10.split("】", 1)[1], U, copy="d10", note="the alert's body pasted, no source"),
    P("jx_ga", D11, U, copy="d11", note="the bureau's alert pasted verbatim, no source"),
    P("px_qx", D12, U, copy="d12", note="the national warning pasted verbatim as the city station's post, no source"),
    P("gz_wl", "赣南脐橙进入集中采摘上市期！" + D13_BODY, U, copy="d13",
      note="Xinhua item pasted into a video caption without its dateline, no source"),
    P("yc_rs", D14, U, copy="d14", note="the State Council office's notice pasted whole, no source"),

    # ---- copies that name their source (clean, hard negatives)
    P("jx_yj_wb", "【国务院安委办部署岁末年初安全生产重大事故隐患专项排查整治】" + D1.split("\n\n")[2][:90]
      + "……（信息来自：中国政府网）", copy="d1", hn=HN, note="names the source in a 信息来自 bracket"),
    P("jj_yj", "据中国政府网消息，国务院安委会办公室日前印发通知，部署开展岁末年初安全生产重大事故隐患专项排查整治。\n\n"
      + D1.split("\n\n")[3] + "\n\n" + D1.split("\n\n")[4], copy="d1", hn=HN,
      note="据…消息 attributes the item to 中国政府网"),
    P("jx_wj", "本文转载于“健康中国”微信公众号\n\n" + D3, copy="d3", hn=HN,
      note="转载于 line names the source"),
    P("jx_wj_wb", "【国家卫生健康委部署今冬明春重点传染病防治】" + D4.split("\n\n")[2] + D4.split("\n\n")[5]
      + "（以上内容来自健康中国微信公众号）", copy="d4", hn=HN, note="a 来自 bracket names the source"),
    P("gz_ga_wb", "接到这类电话直接挂断！//@公安部刑侦局：" + D11, copy="d11", hn=HN, orig=False, src="公安部刑侦局",
      note="platform repost; the source field and //@ name the source"),
    P("ja_ny", D5 + "\n\n稿源：新华社", copy="d5", hn=HN, note="keeps the Xinhua dateline and adds 稿源"),
    P("jx_sc", D6_BODY + "（内容出处：新华社）", copy="d6", hn=HN, note="内容出处 names the source"),
    P("fz_jy", "原载2026年11月21日《人民日报》第5版\n\n" + D7, copy="d7", hn=HN,
      note="原载 line names the newspaper"),
    P("nc_sc", D8.split("】", 1)[1] + "\n\n（本文经央视新闻授权发布）", copy="d8", hn=HN,
      note="授权发布 line names the source"),
    P("jx_jy", "文章选自央视新闻\n\n" + D9.split("】", 1)[1], copy="d9", hn=HN, note="选自 names the source"),
    P("nc_ga_dy", "寒假前家长必看！内容引自公安部刑侦局官方微博：" + D10.split("】", 1)[1], copy="d10", hn=HN,
      note="引自 names the source"),
    P("yt_xw", D11 + "\n出处｜公安部刑侦局", copy="d11", hn=HN, note="出处 line names the source"),
    P("yc_rs", "本推文内容由中国政府网提供\n\n" + D14, copy="d14", hn=HN, note="由…提供 names the source"),

    # ---- other unsourced reposts (no document in the file)
    P("yc_rs", """人社部：2027年起城乡居民基础养老金最低标准再提高

我部近日会同财政部印发通知，明确自2027年1月1日起，城乡居民基本养老保险全国基础养老金最低标准每人每月再提高20元。各地要在12月底前完成系统参数调整，确保提标资金按时足额发放到位。""",
      U, note="the ministry's announcement in its own voice (我部) pasted by a city bureau, no source"),
    P("jx_jy", """教育部：2027年全国硕士研究生招生考试12月20日开考

我部日前发布公告，2027年全国硕士研究生招生考试初试时间为12月20日至21日。考生须于12月10日至19日登录“中国研究生招生信息网”下载打印准考证。各地教育行政部门要加强考点标准化建设，严厉打击考试舞弊。

作者：高教处""", U, note="the ministry's notice in its voice (我部) pasted; 作者 line names no source"),
    P("jx_ga", """南昌11月22日讯 22日凌晨，沪昆高速昌傅段发生一起多车追尾事故，造成2人受伤。事故原因正在进一步调查中。交警提醒：雨雾天气行车请降低车速，保持安全车距。（记者 陶然）""",
      U, note="a newspaper's dateline item (place-date 讯 without the outlet's name, reporter credit) pasted; names no source"),
    P("gz_ga", """我支队近日在南康区破获一起利用“跑分”平台为电诈团伙洗钱案件，抓获犯罪嫌疑人9名，冻结涉案资金300余万元。目前，案件正在进一步侦办中。""",
      U, note="another detachment's case report in its voice (我支队) posted by the city bureau's Douyin caption, no source"),
    P("sr_xw", """原标题：《婺源篁岭晒秋入选全球最佳旅游乡村推荐案例》

联合国旅游组织近日公布2026年“最佳旅游乡村”推荐名单，婺源篁岭村名列其中。篁岭以“晒秋”民俗闻名，近年来接待游客年均超过200万人次。

阅读原文""", U, note="news pasted with 原标题 and 阅读原文, which name no source"),
    P("jj_wj", """本报讯 近日，九江市第一人民医院成功为一名92岁高龄患者实施经导管主动脉瓣置换术，术后第三天患者即可下床活动。该院心内科团队介绍，微创介入手术为高龄、高危患者带来了新希望。

来自网络，侵删""", U, note="newspaper item (本报讯 without the outlet) pasted; 来自网络 names no source"),
    P("jx_wl", "国家文物局近日公布第二批国家考古遗址公园评估结果，樟树吴城遗址被评为优秀等次。（记者 周敏）#江西文旅#",
      U, note="a news item with a reporter credit pasted as a caption, no source"),
    P("ja_xw", """【井冈山至吉安城际快速路全线贯通】我委近日组织对井冈山至吉安城际快速路进行交工验收。该项目全长86公里，设计时速100公里，通车后两地车程将由1小时40分钟缩短至1小时以内。""",
      U, note="the provincial commission's item in its own voice (我委) posted by the city press office, no source"),
    P("px_qx", """【11月全国气候特征】今年11月全国平均气温较常年同期偏高1.1℃，降水量偏少两成。我局预计，12月上旬还将有两次较强冷空气过程影响我国中东部地区。""",
      U, note="the national administration's summary in its voice (我局 meaning the national bureau) pasted by a city station, no source"),
    P("jdz_wl", """景德镇陶瓷大学与故宫博物院共建古陶瓷研究联合实验室揭牌。双方将围绕明清御窑瓷器开展科技考古、修复保护等研究。

编辑：小瓷""", U, note="university news pasted with only an editor credit, no source"),
    P("xy_sc", "【总局发布：10月全国市场主体新增情况】10月全国新设经营主体228万户，同比增长6.4%。其中，新设个体工商户150万户。总局将持续优化准入服务。",
      U, note="the national administration's figures in its voice (总局) pasted, no source"),
    P("fz_jy", """临川一中学子在第41届全国中学生物理竞赛中斩获3金2银

近日，第41届全国中学生物理竞赛决赛成绩揭晓，临川一中5名学生全部获奖。

图片来自网络，内容整理自网络""", U, note="school news pasted; 整理自网络 and a picture credit name no source"),
    P("yt_xw", """【龙虎山景区冬季门票优惠】本景区自12月1日至次年2月28日实行冬季门票优惠，门票由150元调整为120元，竹筏漂流价格不变。请广大游客错峰出行。""",
      U, note="the scenic area's notice in its own voice (本景区) pasted by the city press office, no source"),

    # ---- one more hard negative: the unit's own notice in its own voice (unknown flag, not a repost)
    P("jx_yj", """我厅关于开展全省冬春森林防灭火督导检查的通知

各设区市应急管理局：

为压实冬春森林防灭火责任，我厅决定自12月1日起派出6个督导组，对各设区市开展为期20天的督导检查。请各地提前做好准备，如实报送自查情况。

江西省应急管理厅
2026年11月25日""", note="the department's own notice in its own voice (我厅), unknown flag; not a repost"),
]
