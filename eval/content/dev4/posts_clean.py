"""dev4 (blind tuning part): clean posts (notices, services, news, lively but legitimate posts) and hard negatives
built to look like a bad class."""
from _lib import P

POSTS = [
    # --- plain clean ---
    P("dy_wb", "#东营天气# 受冷空气影响，11月26日至27日我市将出现4至6级偏北风，最低气温-4℃，请注意防寒保暖，"
      "设施农业做好保温措施。", note="weather notice"),
    P("dy_wb", "【东营市2026年冬季清洁取暖补贴开始申报】符合条件的农村居民可于12月15日前向所在村（社区）提交申请，"
      "补贴标准按户核定。详情咨询当地乡镇（街道）。", note="service notice"),
    P("rz_wx", "日照市12月1日起调整部分公交线路\n\n为方便市民出行，自12月1日起，日照公交3路、15路、K2路部分站点调整，"
      "新增“奎山体育中心”站。具体线路请查询“日照公交”App。", note="transport notice"),
    P("rz_wx", "日照港2026年货物吞吐量突破6亿吨\n\n11月24日，日照港年货物吞吐量突破6亿吨，较去年提前23天。今年以来，"
      "日照港新开通集装箱航线8条，铁矿石、原油等大宗商品接卸能力持续提升。", note="economic news"),
    P("hz_wb", "【菏泽市2026年下半年中小学教师资格认定工作开始】申请人可于12月5日前登录中国教师资格网提交申请，"
      "现场确认时间另行通知。", note="service notice"),
    P("hz_wb", "#菏泽牡丹# 冬季牡丹催花进入关键期，曹州牡丹园的技术人员正在温室内精心管护，预计春节前后将有"
      "20余万盆年宵牡丹上市。", note="local industry news"),
    P("wf_wx", "潍坊北站改扩建工程完成主体施工\n\n11月20日，潍坊北站改扩建工程站房主体结构完工。工程完工后，车站将新增站台2座、"
      "到发线4条，预计2027年6月投入使用。", note="infrastructure news"),
    P("wf_wx", "关于潍坊市2027年度城乡居民基本医疗保险集中参保缴费的通告\n\n2027年度城乡居民医保集中缴费期为2026年9月1日至"
      "12月31日，个人缴费标准为每人每年400元。参保人可通过“爱山东”App、银行网点等渠道缴费。\n\n潍坊市医疗保障局\n"
      "潍坊市税务局", note="the unit's own joint notice"),
    P("jn_ga", "#济南公安# 11月23日，历下区一商场内一名老人突发疾病，巡逻民警迅速实施救助并联系120，老人已脱离危险。"
      "为民警的及时救助点赞！", note="police news, praise"),
    P("jn_ga", "#济南公安# 【交通管制通告】因泉城路地下管网施工，11月28日22时至11月29日6时，泉城路（县西巷至舜井街段）"
      "实行全封闭交通管制，请过往车辆提前绕行。", note="traffic control notice"),
    P("jn_ga_dy", "民警提醒：冬季电动车充电，一定不要“飞线”充电、入户充电！楼道充电起火，几分钟就能蔓延整栋楼。#济南公安 #消防安全",
      note="safety reminder"),
    P("sd_ny", "山东小麦冬前管理技术意见\n\n一、因苗管理。对旺长麦田，及时镇压控旺；对弱苗麦田，适时追施速效氮肥。\n"
      "二、适时冬灌。日平均气温稳定在3℃左右时开始浇越冬水。\n三、防控病虫草害。抓住冬前有利时机开展化学除草。\n\n"
      "山东省农业技术推广中心", note="technical guidance"),
    P("sd_yb", "异地就医直接结算，这些问题您问我答\n\n问：长期在外地居住，怎么办理备案？\n答：可通过国家医保服务平台App或"
      "“山东医保”小程序在线办理，即时生效。\n\n问：临时外出就医需要备案吗？\n答：需要，可线上办理临时外出就医备案。",
      note="Q&A service"),
    P("yt_ga", "烟台公安提醒：冬季雾天行车，请开启雾灯，保持安全车距，减速慢行。平安回家，是最好的礼物。#烟台公安",
      note="road safety"),
    P("zb_wl", "#淄博文旅# 11月22日起，齐文化博物院推出“齐国故城考古成果展”，展期三个月，凭身份证免费预约参观。",
      note="exhibition notice"),
    P("zb_wl_dy", "冬日的淄博原山，雾凇挂满枝头，宛如童话世界。欢迎大家来淄博看雪景！#淄博文旅 #冬游山东",
      note="official tourism promotion"),
    P("sd_qx", "#山东气象# 【寒潮预警解除】山东省气象台11月27日10时解除寒潮蓝色预警。预计未来三天全省以晴到少云天气为主，"
      "气温逐渐回升。", note="weather"),
    P("sd_qx", "#山东气象# 今天是“小雪”后第一个周末，全省大部天气晴好，早晚温差大，大家出行注意添衣。", note="weather"),
    P("jn_jy", "济南市2026—2027学年中小学寒假时间确定\n\n全市中小学寒假时间为2027年1月23日至2月21日，共30天。"
      "各学校不得以任何形式提前放假或推迟放假，不得组织学生集体补课。", note="education notice"),
    P("jn_jy", "关于公布济南市2026年义务教育优质均衡发展典型案例的通知\n\n经各区县推荐、专家评审，确定历下区“集团化办学”等"
      "12个案例为2026年义务教育优质均衡发展典型案例，现予公布。\n\n济南市教育局\n2026年11月21日", note="own notice"),
    P("jy_wb", "【揭阳潮汕机场冬春航季航班计划发布】自10月26日起，揭阳潮汕机场执行新航季航班计划，新增至西宁、银川等航线，"
      "通航城市达52个。", note="transport news"),
    P("jy_wb", "【揭阳市开展冬季消防安全检查】11月以来，全市共检查“三小”场所2310家，督促整改隐患3126处。", note="safety news"),
    P("yjx_wx", "阳江港集装箱航线新开通\n\n11月19日，阳江港至越南海防港集装箱直航航线正式开通，每周一班，单程航行约48小时，"
      "将进一步降低本地企业物流成本。", note="economic news"),
    P("sz_ga", "#深圳公安# 【警情通报】11月25日14时许，福田区某小区发生一起纠纷，一男子持械伤人。警方迅速到场将嫌疑人"
      "控制，伤者已送医救治，无生命危险。案件正在进一步侦办中。", note="police bulletin"),
    P("sz_ga", "#深圳公安# 出入境业务“全市通办”再升级：自12月1日起，港澳通行证签注可在全市任一出入境自助机办理。",
      note="service notice"),
    P("sz_ga_dy", "深夜，一名走失老人被民警护送回家。家属说：“谢谢你们，让我们安心了。”#深圳公安 #守护", note="police story"),
    P("gz_wl", "广州非遗街区冬季活动来了\n\n12月起，永庆坊、北京路等非遗街区将推出广绣、醒狮、粤剧等非遗展演活动，"
      "市民游客可免费参与。活动详情可关注“广州文旅”公众号。", note="cultural events"),
    P("gd_scjg", "广东省市场监管局发布冬季食品安全消费提示\n\n一、选购火锅食材要到正规商超；二、自制腊味要注意卫生；"
      "三、谨慎采食野生菌；四、发现问题可拨打12315投诉举报。", note="consumer tip"),
    P("gd_scjg", "广东省2026年第四季度产品质量监督抽查结果公布\n\n本次共抽查电热毯、儿童服装、电动自行车充电器等15种产品"
      "860批次，发现不合格产品52批次，已责令相关企业整改。", note="inspection results"),
    P("dg_ga", "东莞公安：11月以来，全市共破获盗窃案件312宗，抓获嫌疑人206名，为群众挽回损失460余万元。#东莞公安",
      note="police results"),
    P("gd_ny", "#广东农业农村# 全省冬种马铃薯面积达85万亩，惠州、湛江等地冬种工作有序推进，农技人员下田指导防寒防冻。",
      note="agriculture news"),
    P("fs_jy", "佛山市2027年中考政策解读\n\n2027年佛山中考总分保持不变，体育与健康科目考试采取“过程性评价+统一考试”方式。"
      "具体方案以市教育局正式文件为准。", note="policy explainer"),
    P("fs_jy", "佛山市新建学校启用一览\n\n2026年秋季学期，全市新建、改扩建中小学、幼儿园32所，新增学位2.6万个。", note="education news"),
    P("swx_wb", "【汕尾市2026年民生实事进展】截至11月底，全市十件民生实事已完成8件，其余2件正按计划推进。", note="government work"),
    P("mm_wl", "冬天的放鸡岛，海水依然清澈，欢迎来茂名看海！#茂名文旅 #冬游广东", note="tourism promotion"),
    P("gd_yj", "广东省冬春森林防灭火工作部署会召开\n\n会议要求，各地要严格落实森林防火责任制，加强野外用火管控，"
      "清明、春节等重点时段要实行最严格的火源管理。", note="work meeting"),
    P("gd_yj", "有限空间作业安全提示\n\n有限空间作业必须严格执行“先通风、再检测、后作业”的原则，严禁盲目施救。"
      "企业要配备必要的防护装备和应急救援设备。", note="safety tip"),
    P("dy_wb", "#东营就业# 东营市2026年冬季专场招聘会将于12月6日在市人力资源市场举行，120余家企业提供岗位3000余个。",
      note="job fair notice"),
    P("wf_wx", "寿光蔬菜价格指数周报\n\n本周寿光蔬菜价格指数为128.6点，环比上涨3.2%。其中，黄瓜、西红柿价格小幅上涨，"
      "白菜、萝卜价格保持稳定。", note="price monitoring"),
    P("jy_wb", "【揭阳市区部分路段停水通知】因供水管网改造，11月29日9时至18时，榕城区新兴路、进贤门大道部分路段停水，"
      "请用户提前做好储水准备。", note="utility notice"),
    P("yt_ga", "烟台公安特警在冬训中进行冰雪环境下的战术训练，练就过硬本领，守护万家平安。#烟台公安 #警营风采", note="police training"),
    P("sd_yb", "2027年度城乡居民医保集中缴费即将截止\n\n城乡居民医保集中缴费将于12月31日截止，请尚未缴费的参保居民抓紧缴费，"
      "以免影响明年待遇享受。", note="reminder"),

    P("hz_wb", "【菏泽市2027年度机关事业单位公开招聘计划公布】全市计划招聘工作人员1260名，报名时间为12月10日至14日，"
      "详见菏泽市人力资源和社会保障局网站公告。", note="recruitment notice"),
    P("dy_wb", "#黄河口生态# 今冬首批东方白鹳抵达黄河三角洲国家级自然保护区越冬，保护区监测到的越冬鸟类已超过30万只。",
      note="ecology news"),
    P("rz_wx", "日照市新增城市书房12处\n\n11月以来，日照市新建成城市书房12处，均实行24小时开放、免费借阅。"
      "市民可通过“日照图书馆”小程序查询书房位置。", note="public service news"),
    P("wf_wx", "潍坊市新增普惠托育机构名单公布\n\n经审核，潍坊市新增普惠托育机构23家，新增托位1800个。名单详见市卫生健康委网站。"
      "\n\n潍坊市卫生健康委员会", note="public list"),
    P("jn_ga", "#济南公安# 【寻人启事】11月26日，一名8岁男孩在天桥区某公园附近与家人走失，身穿蓝色羽绒服。如有线索请拨打110。",
      note="missing-person appeal"),
    P("sd_ny", "山东省2026年高标准农田建设任务全面完成\n\n今年全省新建和改造提升高标准农田480万亩，累计建成高标准农田"
      "6800万亩以上，为粮食稳产增产打下坚实基础。", note="agriculture news"),
    P("sd_yb", "门诊慢特病待遇申请流程\n\n第一步：携带相关病历资料到定点医疗机构申请；第二步：医疗机构鉴定；第三步："
      "结果公示并享受待遇。也可通过“山东医保”小程序在线申请。", note="service guide"),
    P("jn_jy", "济南市中小学心理健康月活动启动\n\n活动期间，各学校将开展心理健康主题班会、心理剧展演等活动，"
      "市心理健康教育服务热线0531-8xxx全天开通。", note="education activity"),
    P("jy_wb", "【揭阳市城区空气质量持续改善】1至11月，揭阳市区空气质量优良天数比例为97.3%，PM2.5平均浓度同比下降6.1%。",
      note="environment data"),
    P("yjx_wx", "海陵岛冬季旅游安全提示\n\n冬季海边风大浪急，游客请勿在未开放海域下海游泳，听从景区工作人员指引。",
      note="tourism safety"),
    P("gz_wl", "广州公共文化设施元旦开放时间\n\n2027年元旦期间，广州图书馆、广州博物馆、广州美术馆正常开放，"
      "广州大剧院有新年音乐会演出。", note="opening hours"),
    P("gd_scjg", "广东省个体工商户分型分类培育工作推进会召开\n\n会议提出，全省将新认定“名特优新”个体工商户5000户，"
      "在融资、培训等方面给予支持。", note="work meeting"),
    P("swx_wb", "【汕尾市区部分路段施工封闭】11月28日至12月10日，汕尾大道香洲段进行道路改造，实行半幅封闭施工，请绕行。",
      note="road notice"),
    P("gd_yj", "广东省自然灾害综合风险普查成果发布\n\n成果涵盖地震、地质、气象、水旱、海洋、森林火灾六大类灾害风险，"
      "将为防灾减灾规划提供基础数据。", note="official data"),
    P("fs_jy", "佛山市中小学体育“大课间”展示活动举行\n\n活动现场，来自全市的36所学校展示了广府醒狮、咏春拳等特色大课间项目。",
      note="school sports"),
    P("dg_ga", "东莞公安交警：元旦前后酒驾醉驾整治行动将持续开展，喝酒不开车，开车不喝酒！#东莞公安", note="enforcement notice"),

    # --- hard negatives: typo (correct formal terms and names, near the error forms) ---
    P("dy_wb", "#学习贯彻四中全会精神# 东营市委宣讲团深入企业、社区、农村开展宣讲，推动党的二十届四中全会精神深入人心。",
      hn="typo", note="correct plenum name"),
    P("hz_wb", "【12月4日是国家宪法日】今年是第13个国家宪法日，让我们一起学习宪法、尊崇宪法、维护宪法权威。",
      hn="typo", note="correct 国家宪法日"),
    P("wf_wx", "潍坊市召开“十五五”规划纲要编制工作推进会\n\n会议要求，高质量编制好“十五五”规划纲要，确保“十五五”开好局。",
      hn="typo", note="correct 十五五规划"),
    P("jn_ga", "#济南公安# 全市公安机关深入学习贯彻习近平总书记重要指示精神，坚持人民至上，全力维护社会大局稳定。",
      hn="typo", note="correct leader name and formulations"),
    P("gd_yj", "国务院总理李强主持召开国务院常务会议，研究部署安全生产工作。省应急管理厅迅速传达学习会议精神。",
      hn="typo", note="correct leader name and title"),
    P("jn_jy", "济南市2027年特岗教师招聘公告\n\n根据“农村义务教育阶段学校教师特设岗位计划”，我市拟招聘特岗教师120名，"
      "服务期3年。", hn="typo", note="特设岗位 is the correct name of the scheme"),
    P("sd_ny", "全省农业农村系统深入学习贯彻习近平新时代中国特色社会主义思想，扎实推进乡村全面振兴，加快建设农业强省。",
      hn="typo", note="correct formal terms"),
    P("gz_wl", "广州文旅系统坚持以社会主义核心价值观引领文化建设，铸牢中华民族共同体意识，推动中华优秀传统文化创造性转化。",
      hn="typo", note="correct formal terms"),
    P("fs_jy", "佛山市教育局召开“学习新思想 做好接班人”推进会\n\n会议强调，要为党育人、为国育才，在推进中华民族伟大复兴中贡献力量。",
      hn="typo", note="correct formal terms"),
    P("yjx_wx", "中国人民政治协商会议阳江市委员会召开常委会议\n\n会议围绕海洋经济发展建言资政，凝聚共识。", hn="typo",
      note="correct full name of the CPPCC"),
    P("sz_ga", "#深圳公安# 全警深入践行全过程人民民主，深化“民意5+”机制，今年共收集群众意见建议1.2万条，办结率99.6%。",
      hn="typo", note="correct formal term"),
    P("swx_wb", "【全国人大常委会委员长赵乐际在广东调研】调研期间，赵乐际委员长来到汕尾，考察基层立法联系点工作。",
      hn="typo", note="correct leader name and title"),
    P("rz_wx", "日照市人大常委会召开会议\n\n会议听取审议了市政府关于海洋生态环境保护工作情况的报告，坚持好、完善好、"
      "运行好人民代表大会制度。", hn="typo", note="correct formal terms"),

    # --- hard negatives: political (correct wording in the same contexts) ---
    P("hz_wb", "#两岸交流# 鲁台经贸洽谈会在菏泽举行，两岸企业家共话融合发展。台湾同胞对菏泽营商环境给予积极评价。",
      hn="political", note="correct Taiwan wording"),
    P("swx_wb", "【汕台青年交流营开营】18名台湾青年来大陆参加交流营，走进红海湾，体验海陆丰文化。", hn="political",
      note="大陆 is right for Taiwan"),
    P("fs_jy", "佛山市与香港教育交流\n\n越来越多香港学生到内地升学，我市已有108所学校与香港中小学缔结姊妹学校。",
      hn="political", note="内地 is right for Hong Kong"),
    P("gz_wl", "澳门回归祖国27周年图片展在广州开展，展出珍贵图片160余幅，回顾澳门回归以来的发展成就。", hn="political",
      note="correct wording (回归祖国)"),
    P("dy_wb", "#东营体育# 全国青年射击锦标赛落幕，东营运动员获得女子10米气步枪铜牌。中国台北队选手也参加了本次邀请赛。",
      hn="political", note="中国台北 is right"),
    P("yjx_wx", "阳江渔船冬季安全生产提示\n\n据气象部门预报，西沙群岛附近海域未来三天将有7至8级大风，请相关渔船及时回港避风。",
      hn="political", note="correct name of the islands"),
    P("hz_wb", "【纪念中国人民抗日战争暨世界反法西斯战争胜利81周年】市档案馆推出“十四年抗战中的菏泽”档案展。",
      hn="political", note="correct periodisation"),
    P("jn_jy", "红色研学线路发布\n\n“白山黑水忆英烈”线路带领学生参观伪满皇宫博物院、东北抗联纪念馆，了解抗联将士的英勇斗争。",
      hn="political", note="伪满 with its prefix"),
    P("dy_wb", "#国际视野# 全国人大代表团访问欧洲，与多国议会就经贸合作交流。法国国民议会议长会见了代表团。",
      hn="political", note="议会/议长 for a foreign parliament is right"),
    P("hz_wb", "【#时政#】国家主席习近平同法国总统马克龙通电话，双方表示两国要加强各领域合作。", hn="political",
      note="总统/两国 for a foreign state are right"),
    P("jy_wb", "【揭阳市宗教场所冬季安全检查】检查组先后来到佛教寺院、伊斯兰教清真寺、天主教堂等场所，督促落实消防安全责任。",
      hn="political", note="correct religion names"),
    P("dg_ga", "东莞公安提醒：台湾同胞来莞投资办事，可到出入境窗口咨询台胞证相关业务；外籍人士可办理居留许可。#东莞公安",
      hn="political", note="correct wording"),
    P("sd_ny", "山东援藏干部助力高原农牧业发展\n\n近年来，我省对口支援日喀则市，并通过技术合作帮助四省涉藏州县发展特色农牧业。",
      hn="political", note="correct official wording"),
    P("zb_wl", "#淄博文旅# 今冬不少香港、澳门游客专程来周村古商城打卡，也有不少内地游客从淄博出发赴澳门旅游。",
      hn="political", note="内地 is right for Macao"),

    # --- hard negatives: ad (prices, platforms, QR codes in legitimate contexts) ---
    P("jn_ga", "#济南公安# 【警惕“淘口令”诈骗】有骗子发送带有“￥”符号的口令，称复制打开即可领取退款，实为钓鱼链接。"
      "请勿点击来历不明的链接！", hn="ad", note="anti-fraud warning quoting a token format"),
    P("sz_ga", "#深圳公安# 刷单返利就是诈骗！“垫付小额、返现高额、拉你进群做任务”都是骗子套路，切勿相信！",
      hn="ad", note="anti-fraud, names ad-like wording"),
    P("gd_scjg", "“双12”消费提示\n\n商家“先涨价后打折”、“满减套路”、直播间“限时秒杀”虚假宣传等行为涉嫌违法，"
      "消费者遇到可拨打12315投诉举报。", hn="ad", note="consumer warning about promotions"),
    P("wf_wx", "寿光蔬菜价格：大白菜每斤0.85元，黄瓜每斤3.2元\n\n据市发展改革委价格监测，本周主要蔬菜价格总体平稳。",
      hn="ad", note="official price monitoring"),
    P("sd_yb", "扫码即可办理！医保电子凭证激活指南\n\n打开微信扫描下方二维码，进入“山东医保”小程序，按提示激活医保电子凭证即可。",
      hn="ad", note="QR code for a public service"),
    P("dy_wb", "#东营消费券# 东营市第二批“惠享东营”政府消费券12月1日10时开抢，满200元减50元，可在全市参与活动的商超使用。"
      "领取渠道：“爱山东·东营”App。", hn="ad", note="government consumer vouchers (no single business)"),
    P("gd_ny", "#广东农业农村# 2026年广东荔枝产销对接会在茂名举行，现场签约金额达12.6亿元。", hn="ad",
      note="trade fair news, no call to buy"),
    P("jy_wb", "【揭阳家电以旧换新国家补贴继续实施】购买一级能效家电可享受最高20%的补贴，单件最高2000元。具体参与商家名单"
      "请查看市商务局官网。", hn="ad", note="government subsidy scheme"),
    P("zb_wl_dy", "淄博八大局便民市场冬季营业时间调整为8:00—18:00，大家错峰前往，注意文明排队哦！#淄博文旅",
      hn="ad", note="market opening hours, no promotion"),
    P("gz_wl", "广州博物馆新展开幕\n\n票价：免费（需预约）。预约方式：关注“广州博物馆”微信公众号，点击“预约参观”。",
      hn="ad", note="free booking, public museum"),
    P("sz_ga_dy", "民警直播讲反诈！今晚8点，深圳公安直播间，反诈民警在线答疑，教你识别各类骗局。#深圳公安 #反诈",
      hn="ad", note="a livestream with no selling"),
    P("fs_jy", "佛山市2027年公办幼儿园招生报名指南\n\n报名时间：2027年5月；报名方式：登录“佛山教育”小程序在线报名。"
      "公办幼儿园保教费按物价部门核定标准收取。", hn="ad", note="public admission, fees"),
    P("yt_ga", "烟台公安提醒：网上购物认准正规平台，收到“低价代购”“内部优惠”信息要警惕，谨防被骗。#烟台公安",
      hn="ad", note="anti-fraud mention of 代购"),
    P("yjx_wx", "阳江刀剪产业集群发展纪实\n\n目前，全市刀剪企业超过1500家，年产值超300亿元，产品远销130多个国家和地区。",
      hn="ad", note="industry news without selling"),

    # --- hard negatives: entertainment (lively but legitimate) ---
    P("sd_qx", "#山东气象# 今日大雪节气。大雪时节，天气寒冷，大家注意防寒保暖，出行注意交通安全。", hn="entertainment",
      note="solar term greeting"),
    P("jn_ga_dy", "骗子：您好，我是快递客服……民警：你再编？反诈小剧场，看完记得提醒家人不要轻信陌生来电！#济南公安 #反诈",
      hn="entertainment", note="anti-fraud skit"),
    P("yt_ga", "为烟台公安蓬莱分局民警点赞！寒夜里跳入冰冷海水救起落水群众，好样的！#烟台公安", hn="entertainment",
      note="praise"),
    P("gz_wl", "2027年广州迎春花市摊位摇号结果公布\n\n本次共有2860户商户参与摇号，摇中摊位412个，中签率约14.4%。请中签商户于12月15日前办理确认手续。",
      hn="entertainment", note="official lottery (摇号)"),
    P("zb_wl", "#淄博文旅# 小编提醒：周末来淄博吃烧烤的朋友，请文明排队、理性消费，遇到问题可拨打12345。", hn="entertainment",
      note="小编提醒"),
    P("sz_ga_dy", "这只小猫卡在了车底，民警花了半小时才把它救出来。生命无小事，为每一次守护点赞！#深圳公安", hn="entertainment",
      note="rescue story, legitimate"),
    P("mm_wl", "茂名年例，热闹非凡！飘色、舞龙、粤剧轮番上演，这是茂名人最隆重的节日。#茂名文旅 #非遗", hn="entertainment",
      note="official promotion of local heritage"),
    P("hz_wb", "【菏泽市“村晚”海选开始】即日起至12月20日，全市各村（社区）可报送节目参加2027年菏泽“村晚”海选。",
      hn="entertainment", note="official cultural event"),
    P("dg_ga", "“我的钱被骗了，呜呜……”东莞一名学生刷单被骗，民警半小时内帮他止付成功。提醒大家：刷单就是诈骗！#东莞公安",
      hn="entertainment", note="anti-fraud story quoting a victim"),
    P("jn_jy", "温馨提示｜寒假安全“六不要”\n\n不要私自下河游泳滑冰、不要玩火、不要燃放劣质烟花……祝同学们度过一个平安、"
      "快乐的寒假！", hn="entertainment", note="温馨提示"),
    P("gd_yj", "你知道吗？家里的燃气报警器也要定期“体检”。不妨现在就去看看，你家的报警器亮着绿灯吗？", hn="entertainment",
      note="engaging safety tip"),
    P("swx_wb", "【第十五届全国运动会汕尾赛区工作总结会召开】会议对赛区工作中表现突出的集体和个人予以表彰。", hn="entertainment",
      note="sports event, government work"),
    P("dy_wb", "#东营发布# 今天是冬至，记得吃饺子！祝大家冬至安康，阖家团圆。", hn="entertainment", note="festival greeting"),
    P("rz_wx", "万平口冬季观鸟指南\n\n每年冬季，数万只候鸟在日照海滨越冬。观鸟时请保持距离、不要投喂、不要惊扰。",
      hn="entertainment", note="official nature promotion"),
]
