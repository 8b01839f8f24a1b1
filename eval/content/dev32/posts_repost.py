"""Twenty-eighth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev31/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """国务院办公厅印发意见，部署健全县乡村三级物流配送体系

意见提出，到2028年基本实现快递服务行政村全覆盖，推动客货邮融合发展，支持利用农村客运班车代运邮件快件，降低农产品上行和消费品下行的物流成本。"""

G2 = """国务院常务会议研究部署冬春季能源保供工作

会议要求，各地要压实属地责任，提前做好煤炭、天然气储备和调度，优先保障居民取暖和民生用能，对困难群众取暖给予必要帮扶，确保群众温暖过冬。"""

X1 = """新华社西宁11月17日电（记者 韩启帆 卓玛才让）三江源国家公园管理局日前发布监测数据：园区内藏羚羊种群数量稳定增长，雪豹、白唇鹿等珍稀野生动物出现频次明显增加，生态管护员队伍已覆盖园区全部乡镇。"""

X2 = """新华社北京11月20日电 记者从国家铁路局获悉，今年1至10月全国铁路完成旅客发送量超过38亿人次，青藏铁路等高原线路冬季运输组织持续优化，重点物资运输保障有力。"""

R1 = """把“冷资源”变成“热经济”

冰雪不只是风景，也可以是产业。发展冬季旅游，既要有冰雪项目，也要有暖心服务：交通接驳要便利，住宿餐饮要明码实价，应急救援要跟得上，才能让游客来了还想再来。"""

R2 = """基层减负，减的是形式，不能减的是责任

为基层减负，不是让干部“躺平”，而是把他们从填表格、报材料、迎检查中解放出来，把更多时间和精力用在走村入户、解决群众急难愁盼上。"""

C1 = """【#入冬后这些取暖安全隐患要警惕#】使用煤炉取暖要安装烟囱并保持通风；电暖器不要覆盖衣物；不要在密闭车内开空调睡觉。一旦出现头晕、恶心等一氧化碳中毒症状，立即开窗并拨打120。"""

C2 = """【#高海拔地区自驾游出行提示#】进入海拔3000米以上地区前应充分休息，避免剧烈运动；随车携带氧气瓶、防寒衣物和常用药品；遇暴雪、结冰路段请减速慢行，及时关注路况信息。"""

N1 = """冬季流感高发，这几类人群建议尽早接种疫苗

60岁及以上老年人、6月龄至5岁儿童、慢性病患者和医务人员是流感疫苗优先接种人群。接种后仍要做好勤洗手、戴口罩、常通风，出现发热咳嗽应尽量居家休息。"""

N2 = """包虫病可防可治，牢记“四要四不要”

要给犬定期驱虫，要饭前便后洗手，要喝开水吃熟食，要定期参加筛查；不要玩耍野犬，不要生吃蔬菜，不要喝生水，不要随意丢弃病畜内脏。"""

M1 = """冬春季森林草原防火“十不准”

不准在林区草原野外吸烟，不准烧荒烧灰积肥，不准上坟烧纸焚香，不准燃放烟花爆竹，不准野炊烧烤……发现火情请立即拨打12119报警。"""

M2 = """应急管理部部署开展岁末年初安全生产重大隐患专项排查整治

排查整治聚焦矿山、危险化学品、燃气、交通运输、建筑施工等重点行业领域，对发现的重大隐患实行挂牌督办，整改不到位的一律依法从严处罚。"""

PS1 = """【#警惕冒充客服退款诈骗#】近期有不法分子冒充网购平台“客服”，以“商品质量问题”“快递丢件”为由主动提出理赔，诱导下载屏幕共享软件后盗取银行卡信息。接到此类电话请直接挂断，通过官方平台核实。"""

CM1 = """【#青藏高原东部将有较强降雪#】11月22日至24日，受较强冷空气影响，青海东部、西藏东部和川西高原将出现中到大雪，局地暴雪，气温下降8～10℃。请注意防范道路结冰对交通的不利影响。"""

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
    P("mps_wb", PS1, key="p1"),
    P("cma_wb", CM1, key="cm1"),

    # unsourced copies (12)
    P("hd_zf", G1, U, copy="g1", note="government-site document pasted whole, no source named"),
    P("qh_sj", G2.replace("冬春季能源保供工作", "冬春季能源保供工作（全文）"), U, copy="g2",
      note="State Council meeting item pasted with a suffix, no source"),
    P("xn_xw", X1.replace("新华社西宁11月17日电（记者 韩启帆 卓玛才让）", ""), U, copy="x1",
      note="Xinhua dateline and bylines cut off, rest pasted"),
    P("qh_wl_wb", "#三江源# " + X1.split("）", 1)[1], U, copy="x1",
      note="Xinhua story without its dateline, posted as own Weibo text"),
    P("ys_wj", R1, U, copy="r1", note="People's Daily commentary pasted whole without source"),
    P("hz_yj", R2.replace("基层减负，", "【学习】基层减负，"), U, copy="r2",
      note="commentary pasted with a prefix, no source named"),
    P("xn_ga", C1.replace("【#入冬后这些取暖安全隐患要警惕#】", "入冬后这些取暖安全隐患要警惕！"), U, copy="c1",
      note="CCTV News tips pasted under own name"),
    P("qh_ga", C2, U, copy="c2", note="CCTV News Weibo text pasted as own post (no retweet, no source)"),
    P("my_wj", N1, U, copy="n1", note="health-commission text pasted without 来源"),
    P("hnz_yj", M1 + "\n\n海南州应急管理局提醒广大群众自觉遵守。", U, copy="m1",
      note="ministry list pasted; own sentence added, no source named"),
    P("hd_zf", PS1.replace("【#警惕冒充客服退款诈骗#】", "【提醒】"), U, copy="p1",
      note="criminal-investigation bureau warning pasted without source"),
    P("dlh_qx", CM1.replace("西藏东部", "西藏东布").replace("气温下降8～10℃", "气温下降8～10℃，请合理安排出行"),
      (U, T), copy="cm1", spans=[(T, "西藏东布", "西藏东部")],
      note="CMA forecast pasted without source; 部 mistyped as 布 in the copy"),

    # sourced copies (hard negatives, 8)
    P("hd_nw", "来源：中国政府网\n\n" + G1, copy="g1", hn=HN, note="来源 line above the pasted document"),
    P("hx_ga", "新华社电 " + X2.split("电 ", 1)[1], copy="x2", hn=HN,
      note="keeps a Xinhua opener (新华社电)"),
    P("gl_rs", "以下文章来源于人民日报\n\n" + R2, copy="r2", hn=HN, note="WeChat 以下文章来源于 banner"),
    P("xn_xw_dy", C1, orig=False, src="央视新闻", copy="c1", hn=HN,
      note="platform repost with source field set; text names nothing"),
    P("qh_wj", N2 + "\n\n（本文转载自“健康中国”微信公众号）", copy="n2", hn=HN, note="转载自 line at the end"),
    P("hnz_yj", "据应急管理部网站消息，" + M2.split("\n\n", 1)[1], copy="m2", hn=HN,
      note="据…消息 attribution"),
    P("hx_ga_dy", "转自公安部刑侦局：" + PS1, copy="p1", hn=HN, note="转自 opener"),
    P("xn_jy", "央视新闻消息，" + C2.split("】", 1)[1] + "\n\n西宁市教育局提醒：寒假外出请家长提前规划路线。",
      copy="c2", hn=HN, note="央视新闻消息 opener"),

    # unsourced reposts without the original in the file (24)
    P("qh_nw", """农业农村部：今冬明春重点抓好五项工作

一是抓好冬小麦田间管理；二是稳定“菜篮子”产品供给；三是做好动物疫病防控；四是抓好农资储备；五是推进高标准农田建设。我部将会同有关部门加强调度指导。""", U,
      note="in the ministry's voice (我部), no source"),
    P("qh_sj", """市场监管总局发布2026年第三批儿童用品质量抽查结果

本次共抽查儿童服装、玩具、文具等产品812批次，发现不合格产品47批次。总局已责成相关省级市场监管部门依法处理，并督促企业召回问题产品。""", U,
      note="in the administration's voice (总局), no source"),
    P("qh_wj", """国家卫生健康委：关于做好冬季呼吸道疾病防治工作的通知要点

各地要加强发热门诊、儿科门诊力量配置，延长服务时间；二级以上医院要做好分时段预约；基层医疗卫生机构要配齐常用药品。我委将适时开展督导。""", U,
      note="in the commission's voice (我委), no source"),
    P("xn_jy", """教育部：中小学寒假不得组织集体补课

我部要求各地严格执行义务教育阶段学生寒假作业总量要求，不得违规组织学生集中补课，鼓励学校指导学生开展体育锻炼和家务劳动。""", U,
      note="in the ministry's voice (我部), no source"),
    P("hd_zf", """寒潮来袭！这份防寒指南请收好

中央气象台预计，未来三天我国中东部大部地区气温将先后下降8至12℃。专家提醒：老人和儿童要注意添衣保暖，心脑血管疾病患者要坚持服药，出门注意防滑。""", U,
      note="national weather news pasted without source"),
    P("gl_rs", """人社部明确：新就业形态劳动者可在就业地参加职工养老保险

日前，人力资源社会保障部印发通知，取消灵活就业人员在就业地参保的户籍限制。记者从人社部获悉，相关经办服务将于明年一季度全面上线。""", U,
      note="copied news item; 记者从…获悉 is part of the copied text, not a source"),
    P("xn_ga", """成都市公安局成华区分局：我局近日破获一起网络刷单诈骗案，抓获犯罪嫌疑人6名，冻结涉案资金120余万元。警方提醒：凡是要求先垫付资金的刷单都是诈骗！""", U,
      note="another city's police statement (我局 of 成都) pasted without source"),
    P("hx_ga", """【#交警提示#】我支队将于11月20日起在G6京藏高速公路北京段开展冬季交通安全专项整治，重点查处超速、疲劳驾驶等违法行为。""", U,
      note="another region's traffic police (我支队, Beijing section) pasted"),
    P("qh_st", """生态环境部通报10月全国环境空气质量状况

10月，全国339个地级及以上城市平均空气质量优良天数比例为88.6%，同比上升1.9个百分点。我部将持续推进秋冬季大气污染综合治理攻坚行动。""", U,
      note="in the ministry's voice (我部), no source"),
    P("qh_st", """#生态文明# 为什么说“山水林田湖草沙”是一个生命共同体？因为山是骨架，水是血脉，林草是毛发，田是肌肤，沙是屏障……任何一环受损，都会牵一发而动全身。

（作者系中国科学院西北高原生物研究所研究员 祁晓川）""", U,
      note="explainer by an outside author pasted; the author credit names no source"),
    P("hb_wl", """冬天的青海湖有多美？湖面冰封如镜，鸟岛上的斑头雁已经南飞，只剩下大天鹅在湖边悠闲觅食。远处的雪山映着朝霞，像一幅画。（图文来自网络）""", U,
      note="图文来自网络 names no source"),
    P("gem_wl", """敦煌鸣沙山月牙泉景区冬季开放时间调整公告：自11月16日起，景区开放时间调整为8:00—18:00，骆驼骑行项目暂停。我景区冬季门票实行半价优惠。""", U,
      note="another province's scenic-area notice (我景区) pasted"),
    P("jz_sj", """关于开展2026年度食品生产企业风险分级评定工作的通知

各市（州）市场监管局：为落实食品安全主体责任，我局决定在全省开展食品生产企业风险分级评定工作。请于12月10日前报送评定结果。
四川省市场监督管理局""", U,
      note="another province's bureau notice (signature is not a source) pasted"),
    P("my_wj", """国家疾控局：今年以来诺如病毒感染性腹泻暴发疫情多发于学校和托幼机构。疾控专家提示，诺如病毒传染性强，患者呕吐物要用含氯消毒剂处理，患病儿童症状消失72小时后再返校。""", U,
      note="national CDC item pasted without source"),
    P("ys_wj", """全国首个高原医学数据库建成

记者从中国医学科学院获悉，覆盖海拔2500米以上地区的高原医学数据库已建成，收录各类病例数据30余万份，将为高原病诊疗提供支撑。""", U,
      note="news item copied; 记者从…获悉 is part of the copied text"),
    P("hz_yj", """燃气泄漏怎么办？记住“一关二开三不四撤”

一关：关闭燃气阀门；二开：打开门窗通风；三不：不开关电器、不使用明火、不拨打电话；四撤：迅速撤离到室外安全地带再报警。

文：应急小安　编辑：刘洋""", U,
      note="copied safety explainer; 文/编辑 credits do not name the source"),
    P("qh_ga_dy", """这是一段来自广州的监控视频：一名男子醉酒后在地铁站台徘徊，值班民警发现后第一时间上前劝导，将其护送至安全区域。为广州民警点赞！#暖心瞬间#""", U,
      note="another city's video and text reposted without naming where it came from"),
    P("xn_xw_dy", """最新通报！杭州亚运场馆群冬季向市民免费开放，开放时段为每周二至周日9:00至21:00，市民可通过官方小程序预约。""", U,
      note="another city's announcement pasted without source"),
    P("hnz_yj", """原标题：冬季取暖季，这些火灾隐患要排查

冬季是火灾高发季节。数据显示，今年10月全国共接报火灾3.2万起，其中居住场所火灾占比超过四成。消防部门提醒，电动自行车严禁在室内充电。""", U,
      note="原标题 is not a source; copied item"),
    P("hd_nw", """农业农村部畜牧兽医局：今冬明春动物防疫工作要做到“三个到位”——免疫到位、监测到位、消毒到位。我局将组织开展专项督导。""", U,
      note="in the bureau's voice (我局 of the ministry), no source"),
    P("gem_wl_wb", """#旅游# 记者从文化和旅游部获悉，全国文旅市场冬季数据出炉：冰雪旅游热度同比上涨42%，“南方游客北上看雪”成为新趋势，哈尔滨、长白山、阿勒泰位居热门目的地前三。""", U,
      note="national tourism data pasted without source"),
    P("hx_ga_dy", """家长注意！这种“网红玩具”已致多名儿童受伤。某地消防救援支队日前通报，一名8岁男孩误食磁力珠导致肠穿孔。请家长检查孩子的玩具。（完）""", U,
      note="（完） does not name a source; copied item"),
    P("dlh_qx", """【科普】为什么冬天会出现“冰雹”？其实冬季出现的多是霰，也叫雪丸、软雹，是白色不透明的小冰粒，常在下雪前出现，与夏季冰雹成因不同。我们中央气象台的预报员提醒，霰出现时路面易湿滑，请注意出行安全。""", U,
      note="explainer in the voice of the national weather centre (我们中央气象台), no source"),
    P("xn_jy", """编者按：近日，一篇题为《孩子的寒假不该被补习班填满》的文章引发热议。

“寒假是孩子认识世界的窗口，不该成为第三学期。”文章作者、某中学教师写道，家长应当给孩子留出阅读、运动和陪伴家人的时间。""", U,
      note="编者按 does not name a source; copied article"),

    # hard negatives that name a source or are own-voice (5)
    P("qh_ga", "据青海日报报道，全省公安机关“百日行动”期间共破获电信网络诈骗案件1200余起，为群众挽回损失3800余万元。", hn=HN,
      note="据…报道 attribution of a summary"),
    P("xn_xw", """【西宁发布】我市今冬供暖工作全面启动。截至11月18日，全市集中供热面积达1.1亿平方米，热源单位运行平稳。供暖问题可拨打12345热线反映。""", hn=HN,
      note="own-voice notice (我市)"),
    P("hd_zf", """转载自青海省人民政府网：《青海省推进县域商业体系建设实施方案》日前印发，提出到2027年实现县县有物流配送中心、乡乡有快递服务站。""", hn=HN,
      note="转载自 line names the source"),
    P("hb_wl", """我局联合祁连县开展冬季旅游服务质量检查，对卓尔山景区周边12家民宿、8家餐饮店逐一检查，督促明码标价、规范服务。""", hn=HN,
      note="own-voice inspection report (我局)"),
    P("qh_st", """信息来源：青海省生态环境监测中心
11月全省环境空气质量优良天数比例为97.3%，8个市州政府所在地城市空气质量均达到国家二级标准。""", orig=None, hn=HN,
      note="信息来源 line names the source"),
]
