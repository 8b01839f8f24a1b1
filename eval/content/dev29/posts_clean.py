"""Twenty-fifth held-out part: clean posts, ordinary and hard negatives (clean posts built to resemble the
typo, political, ad and entertainment classes; those of the unsourced class are in posts_repost.py)."""
from _lib import P

HT = "typo"
HP = "political"
HA = "ad"
HE = "entertainment"

POSTS = [
    # hard negatives: correct forms of names and terms an editor often gets wrong
    P("alt_wl", "喀纳斯湖畔的禾木村迎来冬季第一批摄影爱好者。清晨的炊烟和木屋，是冬日阿勒泰最动人的画面。景区提醒：进村请走指定道路，不要惊扰牧民的牛羊。",
      hn=HT, note="喀纳斯 and 禾木 written correctly"),
    P("yl_wl_wb", "赛里木湖冬季蓝冰观赏季预计12月下旬开启，那拉提、喀拉峻景区同步推出冬季游线路。出行前请关注道路管制信息。",
      hn=HT, note="赛里木湖, 那拉提 correct"),
    P("tlf_wl", "坎儿井、交河故城、高昌故城……吐鲁番的每一处遗址都藏着千年故事。冬季门票政策已发布，详见吐鲁番文旅官网。",
      hn=HT, note="坎儿井, 交河故城 correct"),
    P("ks_wl", "慕士塔格峰下的卡拉库里湖，冬日里像一面镜子。从喀什市区出发，沿中巴公路约3小时车程可达，途经红其拉甫方向请提前办理边防证。",
      hn=HT, note="慕士塔格峰, 红其拉甫 correct"),
    P("xj_wl_wb", "龟兹乐舞、克孜尔石窟壁画、库车大馕……走进阿克苏，读懂西域文明的千年交融。#跟着文旅厅看新疆#",
      hn=HT, note="龟兹 (read qiuci) written correctly"),
    P("yl_ga", "霍尔果斯口岸今冬出入境客流持续增长。霍尔果斯边境管理大队提醒：过境旅客请如实申报随身物品，不要替他人携带不明物品。",
      hn=HT, note="霍尔果斯 correct"),
    P("bz_st", """博斯腾湖冬季候鸟监测结果出炉

监测显示，今冬在博斯腾湖越冬的大天鹅等候鸟数量较去年同期增加，巴音布鲁克湿地生态环境持续改善。""",
      hn=HT, note="博斯腾湖, 巴音布鲁克 correct"),
    P("klmy_wl", """克拉玛依冬季群众冰雪运动如火如荼

截至11月底，全市已浇筑冰场15块，冰壶、冰球体验活动持续开展，吸引了大批市民和游客参与。""",
      hn=HT, note="克拉玛依, 如火如荼 correct"),
    P("hm_yj", "冬季穿越戈壁滩、沙漠公路，一定要提前检查车况、带足物资。哈密市应急管理局提醒：遇险请拨打110或12350。",
      hn=HT, note="戈壁滩 correct"),
    P("xj_ga", "社会大局持续稳定，长治久安基础不断夯实。全区公安机关将持续深化平安新疆建设，守护各族群众安居乐业。",
      hn=HT, note="长治久安 correct"),
    P("xj_jy", """自治区“文化润疆”进校园活动圆满收官

本学期，活动走进全区200余所中小学，开展非遗展演、书法教学和经典诵读，覆盖学生十余万人次。""",
      hn=HT, note="文化润疆 correct"),
    P("tlf_wj", "“访惠聚”驻村工作队和乡卫生院医生一起入户随访，为行动不便的老人送医送药，讲解冬季防病知识。",
      hn=HT, note="访惠聚 correct"),
    P("xj_wj", """冬季饮食指南

新疆的抓饭、烤包子脍炙人口，冬季食用时注意荤素搭配、适量进食。老年人和慢性病患者应少盐少油，多喝温水。""",
      hn=HT, note="脍炙人口 correct"),

    # hard negatives: correct wording in sensitive areas
    P("xj_wl", "今年来疆旅游的台湾同胞持续增加。欢迎更多台湾同胞来新疆看雪山、品美食，感受大美新疆的魅力！",
      hn=HP, note="Taiwan compatriots named correctly"),
    P("xj_jy", """两岸青年新疆行活动启动

11月23日，海峡两岸青年交流营在乌鲁木齐开营，来自台湾地区和祖国大陆的60余名青年将走访喀什、伊犁等地。""",
      hn=HP, note="海峡两岸, 台湾地区 and 祖国大陆 correct"),
    P("wlmq_xw", "香港特别行政区政府代表团近日来乌鲁木齐考察，双方就内地与香港在文旅、商贸等领域深化合作进行交流。",
      hn=HP, note="香港特别行政区政府 and 内地与香港 correct"),
    P("ks_jy", "喀什地区中小学开展“香港回归祖国”主题教育，学生们通过手抄报、演讲等形式，了解“一国两制”的伟大实践。",
      hn=HP, note="香港回归祖国 correct"),
    P("xj_sc", "住宿经营者接待境外人士（含港澳台居民）入住时，应当查验有效证件并如实登记。",
      hn=HP, note="境外人士（含港澳台居民） correct"),
    P("xj_ga_dy", "守护祖国西部边境，我们的民警常年驻守在高原。阿克赛钦地区是中国领土，边防官兵在这里守护着每一寸国土。",
      hn=HP, note="Aksai Chin stated as Chinese territory"),
    P("xj_ga", "【反恐科普】“东突”恐怖组织长期在网上散布暴恐音视频。发现此类信息，请立即向公安机关举报，切勿转发传播。",
      hn=HP, note="“东突” in quotation marks"),
    P("ks_jy", "乌恰县实验小学开展民族团结活动，柯尔克孜族、维吾尔族、汉族学生一起学唱民歌，共同铸牢中华民族共同体意识。",
      hn=HP, note="柯尔克孜族 and 铸牢中华民族共同体意识 correct"),
    P("cj_sc", "冬季餐饮服务食品安全检查中，州市场监管局共检查餐饮单位326家，其中清真餐厅58家。",
      hn=HP, note="清真餐厅 correct"),
    P("tc_rs", "自治区主席在塔城调研时强调，要把稳就业摆在更加突出的位置，加大对高校毕业生的帮扶力度。",
      hn=HP, note="自治区主席 correct"),
    P("wlmq_xw_dy", "全国人大常委会副委员长率执法检查组来乌鲁木齐，检查组深入社区、企业，了解法律实施情况。",
      hn=HP, note="全国人大常委会副委员长 correct"),
    P("xj_jy", "依法治疆、团结稳疆、文化润疆、富民兴疆、长期建疆——自治区教育系统深入学习新时代党的治疆方略。",
      hn=HP, note="the formulations in the correct order"),
    P("wlmq_ga_wb", "【国际视野】阿富汗临时政府代表团近日访问中亚国家，讨论边境安全合作。",
      hn=HP, note="阿富汗临时政府 correct"),

    # hard negatives: legitimate official promotion, prices and links that are not advertising
    P("wlmq_xw", "【消费券来了】乌鲁木齐市冬季消费券第二轮将于11月28日10时发放，市民可通过“乌鲁木齐政务服务”APP领取，用于餐饮、文旅、商超消费。",
      hn=HA, note="government consumption vouchers through an official app"),
    P("aks_nw", """阿克苏地区苹果价格监测周报

本周全地区冰糖心苹果产地收购价每公斤4.2—5.6元，较上周略有上涨。请果农根据市场行情合理安排销售，谨防压价收购。""",
      hn=HA, note="price monitoring, not a call to buy"),
    P("tc_rs", """塔城地区冬季专场招聘会下周举行

11月30日上午10时，地区人力资源市场将举办冬季专场招聘会，60余家企业提供岗位800余个。求职者请携带身份证和简历入场，免费参会。""",
      hn=HA, note="public job fair, not commercial recruiting"),
    P("xj_sc", "【警惕】近期有人冒充市场监管部门，以“商品质量问题理赔”为由，诱导消费者扫码下载APP并转账。市场监管部门不会通过电话要求转账，消费纠纷请拨打12315。",
      hn=HA, note="anti-fraud warning that mentions scanning codes"),
    P("tlf_wl", "好消息！12月1日至明年2月28日，吐鲁番市国有A级景区对全国游客实行门票半价优惠，具体以各景区公告为准。",
      hn=HA, note="official ticket-price policy of state-owned scenic spots"),
    P("cj_sc", "昌吉州第十届冬季农副产品展销会将于12月5日至8日在州会展中心举办，全州200余家企业参展。展销会免费入场。",
      hn=HA, note="an official fair, no single business promoted"),
    P("klmy_wl", "克拉玛依市冬季文化惠民演出门票免费预约通道已开启，请通过本公众号菜单栏“惠民演出”进行预约。",
      hn=HA, note="free tickets of a public programme through the official menu"),
    P("alt_wl", "阿勒泰地区冰雪旅游惠民政策：12月1日起，地区内三大国有雪场对本地居民滑雪票实行7折优惠，凭身份证购买。",
      hn=HA, note="public discount policy of state-owned resorts, no shop link"),
    P("hm_yj", "燃气报警器怎么选？请认准具有3C认证标志的产品，安装在燃气灶、热水器附近，定期检查电池。不要相信上门推销人员的“强制安装”说法。",
      hn=HA, note="advice on choosing a product class, no brand or link"),
    P("wlmq_ga", "冬季防盗提醒：出门前锁好门窗，车内不放贵重物品。如果家里还在用老式锁芯，建议更换为符合国家标准的防盗锁。",
      hn=HA, note="safety advice without a brand"),
    P("ks_wl", "喀什古城冬季非遗市集本周末开市，英吉沙小刀、土陶、花帽等非遗传承人现场展示技艺，市民游客可免费参观体验。",
      hn=HA, note="official heritage fair, no selling call"),
    P("xj_wl", "“新疆有礼”文创产品设计大赛获奖名单公布，20件作品获奖，将在自治区博物馆展出一个月，欢迎市民前来观展。",
      hn=HA, note="official design contest, no shop"),
    P("bz_st", "12369环保举报热线、“巴州生态环境”公众号留言均可受理生态环境问题投诉。我局对查实的问题将依法处理并反馈。",
      hn=HA, note="official complaint channels, not a shop"),

    # hard negatives: lively but legitimate posts
    P("xj_wl_wb", "今日小雪。雪落天山，万物静好。新疆各地已进入冰雪季，出门记得多穿一件，愿你冬日温暖。❄️",
      hn=HE, note="solar-term greeting"),
    P("xj_ga", "“您好，这里是公安局，您涉嫌……” 打住！真警察不会打电话让您转账到“安全账户”。这个梗，您记住了吗？",
      hn=HE, note="anti-fraud post using a meme"),
    P("wlmq_ga", "警犬“雪球”今天顺利通过年度考核，在搜爆科目中取得满分！为我们的四条腿战友点赞！",
      hn=HE, note="praise of a police dog's work (为…点赞), no begging"),
    P("tlf_wj", "小编提醒：天气干燥，多喝水、多吃水果，室内注意通风。家里有老人孩子的，一定要注意保暖哦～",
      hn=HE, note="小编提醒 in a friendly tone"),
    P("yl_wl", "这是伊犁河谷的冬天：雾凇、骏马、炊烟。欢迎来伊犁过一个有诗意的冬天！#伊犁冬季游#",
      hn=HE, note="official promotion of local scenery"),
    P("alt_wl", "2026—2027雪季阿勒泰国际滑雪邀请赛开幕，来自12个国家和地区的运动员同场竞技。为每一位追雪人加油！",
      hn=HE, note="official sports event news"),
    P("klmy_wl", "克拉玛依市公租房摇号结果公示：本次共有320户家庭参与摇号，摇中150户，名单见附件，公示期7天。",
      hn=HE, note="official lottery (摇号)"),
    P("ks_jy", "为坚守在帕米尔高原的乡村教师点赞！塔什库尔干县的小学教师古丽坚守讲台20年，被评为“自治区优秀教师”。",
      hn=HE, note="praise of a teacher"),
    P("wlmq_xw_dy", "乌鲁木齐第一场大雪，清雪工人凌晨4点就上岗了。一夜之间，主干道全部畅通。致敬城市守护者！",
      hn=HE, note="praise of sanitation workers"),
    P("hm_yj", "冬季防火顺口溜：出门断电关燃气，电暖别把衣服烘；楼道不堆杂物间，电车不进楼和门。记住这几句，平安过一冬！",
      hn=HE, note="rhyme used to teach fire safety"),
    P("xj_yj", "【冷知识】零下30℃泼出去的热水会瞬间变成冰雾，但千万别在人多的地方尝试，小心烫伤！安全第一～",
      hn=HE, note="lively science tip with a safety message"),
    P("tc_rs", "恭喜！塔城地区今年新增城镇就业1.2万人，超额完成年度目标。感谢每一位奋斗者，为你们点赞！",
      hn=HE, note="official figures with praise"),
    P("aks_nw", "果农阿不都热合曼今年的苹果卖出了好价钱，他笑着说：“今年的日子，比苹果还甜！”",
      hn=HE, note="light human story about the unit's work"),

    # ordinary clean posts
    P("xj_ga", "【警情通报】11月21日，乌鲁木齐市公安局破获一起网络赌博案，抓获犯罪嫌疑人8名，冻结涉案资金200余万元。案件正在进一步侦办中。",
      note="police report"),
    P("xj_ga_dy", "冬季驾车上路，记住“慢、稳、让”三字诀。遇到冰雪路面，请提前减速，保持车距，不要急刹车。",
      note="traffic safety"),
    P("xj_wl", "新疆冬季旅游十大精品线路发布：涵盖冰雪运动、温泉康养、民俗体验等主题，带你玩转冬日新疆。",
      note="tourism information"),
    P("xj_wj", """自治区流感疫苗接种点查询

全区共设置流感疫苗接种门诊1300余个，居民可就近前往社区卫生服务中心、乡镇卫生院接种。接种前请携带身份证件，并如实告知健康状况。""",
      note="health service notice"),
    P("xj_wj", """冬季如何预防一氧化碳中毒？

1. 使用燃气热水器时保持通风；
2. 不在密闭房间内使用炭火取暖；
3. 出现头晕、恶心症状立即开窗并就医。""",
      note="health tips"),
    P("xj_sc", """自治区市场监管局发布冬季食品安全消费提示

选购干果时注意查看包装标识和保质期，不购买来源不明、无标签的散装食品。食用野生菌类要格外谨慎。""",
      note="consumer advice"),
    P("xj_sc", "自治区市场监管局开展冬季电动自行车及充电器质量专项检查，截至目前共检查经营单位540家，下架不合格产品120余件。",
      note="inspection report"),
    P("xj_jy", """关于做好2026年冬季中小学校园安全工作的通知

各地州市教育局：入冬以来气温持续下降，请各地各校加强校舍、取暖设施安全检查，做好冰雪天气学生上下学安全管理。""",
      note="official notice"),
    P("xj_jy", "自治区2027年普通高校招生考试报名工作将于12月1日开始，考生可登录自治区教育考试院网站报名，报名截止时间为12月15日。",
      note="exam registration notice"),
    P("xj_yj", "受冷空气影响，11月27日至29日我区北疆大部将出现降温降雪天气，请各地做好防寒防冻和道路除雪准备。",
      note="weather alert"),
    P("xj_yj", "自治区应急管理厅召开今冬明春安全生产工作推进会，部署燃气、消防、矿山等重点领域隐患排查整治工作。",
      note="work news"),
    P("wlmq_xw", "乌鲁木齐市新开通5条冬季公交专线，覆盖米东区、头屯河区多个大型居住区，早晚高峰发车间隔缩短至8分钟。",
      note="transport news"),
    P("wlmq_xw", "【便民】乌鲁木齐市政务服务中心冬季办公时间调整为：上午9:30—13:30，下午15:30—19:30，周六上午照常办理。",
      note="service notice"),
    P("wlmq_xw_dy", "乌鲁木齐冬季供暖质量监督检查持续进行，截至目前共受理群众供暖诉求1200余件，办结率98%。",
      note="work news"),
    P("wlmq_ga", "民警提醒：冬季车辆停放要远离排水井盖和树木，积雪较厚时及时清理车顶，防止积雪滑落影响视线。",
      note="safety tip"),
    P("wlmq_ga_wb", "【警方提示】近期我市已进入冬季，请广大驾驶人出行前检查车辆防冻液、轮胎和灯光，雪天行车降低车速。",
      note="police tip"),
    P("klmy_wl", """克拉玛依市博物馆冬季开放公告

冬季开放时间为每周二至周日10:00—18:00（17:30停止入馆），周一闭馆。参观实行免费预约，请提前一天在线预约。""",
      note="museum notice"),
    P("tlf_wl", "吐鲁番博物馆“丝路遗珍”特展开幕，展出文物200余件，展期至明年3月。",
      note="museum news"),
    P("tlf_wj", """吐鲁番市冬季义诊活动安排

12月上旬，市人民医院将组织专家分别到高昌区、鄯善县、托克逊县开展义诊，重点为老年人提供慢病筛查服务。""",
      note="health service notice"),
    P("hm_yj", """哈密市应急管理局开展冬季燃气安全检查

11月以来，我局联合住建、市场监管等部门对全市餐饮场所燃气使用情况开展检查，共排查隐患86处，已督促整改完成72处。""",
      note="inspection report in own voice"),
    P("cj_sc", """昌吉州市场监管局发布冬季特种设备安全提示

冬季锅炉、压力容器使用频繁，使用单位要落实日常巡检，持证上岗，发现异常立即停用并报告。""",
      note="safety notice"),
    P("yl_wl", "伊犁冬季冰雪旅游推介会在乌鲁木齐举行，推出冰雪观光、民俗体验等8条冬季旅游线路。",
      note="tourism news"),
    P("yl_ga", "【平安伊犁】伊犁州公安局开展冬季“暖警护牧”行动，民警走进牧区为牧民讲解防火、防骗知识。",
      note="police work news"),
    P("yl_ga", "果子沟路段今晨有降雪，交警已在现场疏导交通，请途经车辆减速慢行、保持车距。",
      note="traffic information"),
    P("aks_nw", """阿克苏地区果园冬季管理技术要点

1. 及时清园，清除病枝落叶；
2. 树干涂白，预防冻害和病虫害；
3. 冬灌要适时适量，避免积水结冰。""",
      note="agricultural advice"),
    P("ks_wl", "喀什古城冬季夜游项目今晚开放，古城开城仪式、手鼓表演等活动每晚7点准时开始。",
      note="tourism news"),
    P("ks_jy", """喀什地区中小学冬季作息时间调整的通知

自12月1日起，全地区中小学上午到校时间推迟至10:30，放学时间相应调整。请家长合理安排孩子作息。""",
      note="school notice"),
    P("bz_st", """巴州生态环境局发布10月环境空气质量状况

10月全州环境空气质量优良天数比例为88.7%，主要污染物为PM10。进入采暖季后，我局将加强燃煤锅炉和扬尘污染监管。""",
      note="environmental report"),
    P("alt_wl", "阿勒泰市将军山滑雪场夜场今冬开放，夜场时间为18:00至22:00，请滑雪爱好者注意防寒保暖。",
      note="tourism information"),
    P("alt_qx", "【天气预报】未来三天阿勒泰地区多云转小雪，最低气温-28℃，请注意防寒保暖，牧区做好牲畜防寒工作。",
      note="weather forecast"),
    P("alt_qx", "阿勒泰地区气象局11月26日16时发布寒潮黄色预警：预计27日至29日，全地区气温下降10℃以上，伴有5至6级偏北风。",
      note="weather alert"),
    P("tc_rs", """2027年度城乡居民基本养老保险缴费开始

塔城地区城乡居民可通过“新疆智慧人社”APP、银行柜台或社区（村）代办点缴费，缴费档次自主选择。""",
      note="social-insurance notice"),
    P("xj_wl_wb", "自治区文化和旅游厅发布冬季旅游安全提示：自驾游客出行前请查询道路信息，冰雪景区游玩请服从管理，不去未开发区域。",
      note="safety notice"),
    P("xj_ga", "全区公安机关开展冬季交通安全集中整治行动，重点查处酒驾醉驾、超员超速等交通违法行为。",
      note="police news"),
    P("wlmq_xw", "乌鲁木齐市2026年冬季清雪保畅工作全面启动，全市投入清雪车辆1600余台，确保雪停路通。",
      note="city work news"),
    P("xj_wj", "自治区卫生健康委提醒：冬季是心脑血管疾病高发季节，中老年人晨练不宜过早，出现胸闷胸痛要及时就医。",
      note="health advice"),
    P("xj_jy", "自治区教育厅发布寒假通知：全区中小学寒假时间为2027年1月17日至3月1日，各地可根据实际情况微调。",
      note="holiday notice"),
    P("klmy_wl", "克拉玛依市图书馆冬季阅读季启动，推出亲子共读、读书分享会等20余场活动，欢迎市民参加。",
      note="culture news"),
    P("tlf_wl", "吐鲁番冬季葡萄埋藤工作基本完成，葡萄沟景区冬季开放时间调整为10:00—18:00。",
      note="tourism and agriculture news"),
    P("hm_yj", "哈密市应急管理局提醒：冬季使用燃煤取暖的居民要安装烟囱和风斗，睡前检查炉火，严防一氧化碳中毒。",
      note="safety tip"),
    P("cj_sc", "昌吉州市场监管局公布第三季度食品安全抽检结果：共抽检样品1820批次，合格率98.6%，不合格产品已依法处置。",
      note="inspection report"),
    P("yl_wl", "伊宁市喀赞其民俗旅游区冬季活动开始，游客可体验马车观光、民俗手工等项目。",
      note="tourism news"),
    P("ks_wl", "喀什地区冬季旅游推介会在广州举行，推出冬季古城游、帕米尔高原游等精品线路。",
      note="tourism news"),
    P("aks_nw", "阿克苏地区今年棉花采收基本结束，机采率超过95%，籽棉收购价格总体平稳。",
      note="agriculture news"),
    P("bz_st", "巴州开展冬季燃煤锅炉专项检查，共检查锅炉210台，督促整改问题35个。",
      note="inspection news"),
    P("ks_jy", "喀什地区教育局组织开展冬季校园消防演练，全地区中小学共3000余场次，参与师生50余万人次。",
      note="school safety news"),
    P("xj_sc", "自治区市场监管局提醒：购买取暖器请选择正规渠道，查看3C认证标志，使用时远离可燃物。",
      note="consumer advice"),
    P("xj_yj", "全区应急管理系统开展冬季应急救援演练，检验雪灾、冰冻等灾害应对能力。",
      note="work news"),
    P("wlmq_ga_wb", "【寻物启事】11月24日，一名市民在友好路公交站遗失黑色双肩包，内有证件和笔记本电脑。拾到者请联系辖区派出所。",
      note="lost-property notice"),
    P("alt_qx", "今年初雪比常年偏早5天，阿勒泰地区气象局提醒：牧区转场请关注天气预报，提前做好防灾准备。",
      note="weather information"),
    P("xj_ga_dy", "民警在零下25℃的执勤点坚守岗位，为过往群众测温、指路、送热水。",
      note="police work"),
]
