"""Thirteenth held-out part: wrong characters (class typo) as real writers make them, and hard negatives that
look like typos but are right. Notes give the mechanism and what was misspelt."""
from _lib import P

T = "typo"

POSTS = [
    P("hz_xw", "【学习贯彻】11月20日，市委理论学习中心组举行专题学习会，深入学习领会“八八站略”的丰富内涵和实践要求，"
      "强调要一张蓝图干到底，在推进中国式现代化中走在前、挑大梁。",
      T, [(T, "八八站略", "八八战略")], note="mechanism: same sound (站/战); target: formal term (the province's strategy)"),
    P("zj_sc", "浙江省市场鉴督管理局关于开展2026年冬季电热毯等取暖产品质量专项抽查的通告\n\n"
      "为保障冬季取暖产品质量安全，我局决定自12月1日起在全省开展电热毯、电暖器、暖手宝等产品质量专项抽查，"
      "重点检查3C认证、标识标注和温控性能。抽查结果将向社会公布。",
      T, [(T, "浙江省市场鉴督管理局", "浙江省市场监督管理局")],
      note="mechanism: same sound (鉴/监); target: body name (the account's own bureau)"),
    P("hz_ga_wb", "#平安杭州# 【民警走进社区讲反诈】近日，西湖区各派出所民警深入辖区30余个社区，结合新时代“枫桥径验”，"
      "把矛盾纠纷化解在基层、把反诈宣传送到家门口。",
      T, [(T, "枫桥径验", "枫桥经验")], note="mechanism: same sound (径/经); target: formal term"),
    P("zj_st", "推进美丽浙江建设｜践行绿水青山就是金山艮山理念20年\n\n"
      "20年来，全省累计建成美丽河湖800余条，设区市PM2.5平均浓度下降超过六成。我们将继续守护好浙江的山山水水，"
      "让生态优势持续转化为发展优势。",
      T, [(T, "金山艮山", "金山银山")], note="mechanism: similar shape (艮/银, dropped radical); target: slogan"),
    P("nb_xw", "【宁波港口集团】今年1至10月，宁波舟山山港完成货物吞吐量11.6亿吨，集装箱吞吐量突破3500万标准箱，"
      "继续保持全球第一大港地位。",
      T, [(T, "宁波舟山山港", "宁波舟山港")], note="mechanism: doubled character (山); target: place name"),
    P("zj_wl", "冬日的鸟镇，枕水人家升起袅袅炊烟，石桥倒影映在河面。这个周末，来江南水乡慢下来，听一段评弹，吃一碗羊肉面。",
      T, [(T, "鸟镇", "乌镇")], note="mechanism: similar shape (鸟/乌); target: place name (a famous water town)"),
    P("hz_wj", "杭州市卫生健康委员会关于印发《杭州市冬春季呼吸道传染病防控实施反感》的通知\n\n"
      "各区、县（市）卫生健康局，委直属各单位：现将《杭州市冬春季呼吸道传染病防控实施方案》印发给你们，请结合实际认真贯彻执行。",
      T, [(T, "实施反感", "实施方案")],
      note="mechanism: wrong word boundary (pinyin fang'an typed without the separator, read as fan gan); target: document name"),
    P("sx_rs", "【办事指南】流动人员人事单干如何转递？\n\n1. 登录“浙里办”搜索“档案转递”；\n2. 填写转出、转入机构信息；\n"
      "3. 经办机构审核通过后，采用机要通信方式转递。\n温馨提示：人事档案严禁个人自带。",
      T, [(T, "流动人员人事单干", "流动人员人事档案")],
      note="mechanism: wrong word boundary (pinyin dang'an read as dan gan); target: formal term"),
    P("wz_ga", "【雁荡山景区开展冬季安全巡查】近日，乐清警方联合景区管委会对燕荡山灵峰、大龙湫等景点开展安全巡查，"
      "排查栈道护栏、消防设施等隐患12处，已督促整改。",
      T, [(T, "燕荡山灵峰", "雁荡山灵峰")], note="mechanism: same sound (燕/雁); target: landmark name"),
    P("jx_jy", "传承红色基因｜我市中小学开展“寻访洪船精神”主题研学活动\n\n"
      "11月以来，全市120余所中小学组织学生走进南湖革命纪念馆，重温建党历史，聆听革命故事。",
      T, [(T, "洪船精神", "红船精神")], note="mechanism: same sound (洪/红); target: formal term"),
    P("hz_xw_dy", "下有苏航！冬天的西湖，断桥残雪还没来，但湖边的水杉已经红透了，这一帧你打几分？#杭州 #西湖",
      T, [(T, "下有苏航", "下有苏杭")], note="mechanism: same sound (航/杭); target: saying (上有天堂，下有苏杭)"),
    P("zj_jy", "全省中小学校长学习会召开\n\n会议传达学习了中共中央政治局常委、国务院副总理丁薛洋在全国教育工作会议上的讲话精神，"
      "强调要坚持为党育人、为国育才，在高质量发展建设共同富裕示范区中展现教育担当。",
      T, [(T, "丁薛洋", "丁薛祥")], note="mechanism: similar shape (洋/祥); target: leader's name"),
    P("qz_ny", "衢州深入学习推广“千村示范、万村正治”工程经验\n\n近日，全市乡村振兴工作推进会召开，"
      "总结各县（市、区）和美乡村建设经验，部署2027年重点任务。",
      T, [(T, "万村正治", "万村整治")], note="mechanism: same sound (正/整); target: formal term"),
    P("zj_yj", "【深化“最多跑一此”改革】企业安全生产许可证延续、变更事项全部实现网上办、掌上办，"
      "平均办理时间压缩至3个工作日。",
      T, [(T, "最多跑一此", "最多跑一次")], note="mechanism: same sound (此/次); target: slogan (a reform's name)"),
    P("tz_ty", "党的二十届四中全会精精神宣讲走进退役军人服务站\n\n"
      "11月19日，市委宣讲团成员来到椒江区退役军人服务中心，结合退役军人工作实际作专题宣讲。",
      T, [(T, "四中全会精精神", "四中全会精神")], note="mechanism: doubled character (精); target: formal term"),
    P("nb_jt", "宁波市交通输局关于S203省道部分路段封闭施工的通告\n\n"
      "因道路改造工程需要，S203省道K32+100至K35+600段自12月2日起封闭施工，请过往车辆按指示绕行。",
      T, [(T, "宁波市交通输局", "宁波市交通运输局")],
      note="mechanism: dropped character (运); target: body name (the account's own bureau)"),
    P("hu_qx", "【湖州气象】这几天莫千山最低气温已降至-2℃，山顶出现今冬首场雾凇。提醒上山游客注意防寒防滑。",
      T, [(T, "莫千山", "莫干山")], note="mechanism: similar shape (千/干); target: landmark name"),
    P("wz_wl", "楠溪江边的古村落，被称为“耕读文化活化石”。这个冬天，来南溪江边的芙蓉村住一晚吧。",
      T, [(T, "南溪江边的芙蓉村", "楠溪江边的芙蓉村")],
      note="mechanism: same sound (南/楠), dropped radical; target: place name (spelt right earlier in the post)"),
    P("zj_ga", "【全省公安机关传达学习会议精神】会议强调，要深刻领悟以习近平同志为核新的党中央对公安工作的决策部署，"
      "坚定捍卫政治安全，全力维护社会稳定。",
      T, [(T, "同志为核新", "同志为核心")], note="mechanism: same sound (新/心); target: formal term (the leadership formula)"),
    P("hz_ga", "萧山机场派出所提醒：春运临近，到肖山国际机场乘机请预留充足时间，行李中严禁夹带充电宝超规格产品。",
      T, [(T, "肖山国际机场", "萧山国际机场")],
      note="mechanism: similar shape (肖/萧, simplified too far); target: place name"),
    P("jh_sc", "【义务国际商贸城开展岁末产品质量大检查】11月以来，我局对商贸城一区至五区开展拉网式检查，"
      "抽检玩具、饰品、文具等产品216批次。",
      T, [(T, "义务国际商贸城", "义乌国际商贸城")], note="mechanism: same sound (务/乌); target: place name"),
    P("ls_st", "【生态环境】“山水林田湖沙”一体化保护修复工程通过验收\n\n"
      "项目涉及瓯江上游流域面积1200平方公里，累计修复废弃矿山46处，治理水土流失面积58平方公里。",
      T, [(T, "山水林田湖沙", "山水林田湖草沙")], note="mechanism: dropped character (草); target: formal term"),
    P("zs_yj", "舟山市防汛防台抗旱指挥部办公室关于修订海岛县防台风应急员的通知\n\n"
      "各县（区）防指：根据新修订的省级预案，现对我市海岛县防台风应急预案作相应修订，请各单位于12月15日前反馈意见。",
      T, [(T, "防台风应急员", "防台风应急预案")],
      note="mechanism: wrong word boundary (pinyin yu'an read as yuan); target: document name"),
    P("zj_wl_wb", "#诗画浙江# 欲把西湖比西子，淡妆浓沫总相宜。初冬的西湖，晴也好，雨也好，都值得一来。",
      T, [(T, "淡妆浓沫总相宜", "淡妆浓抹总相宜")], note="mechanism: same sound (沫/抹); target: saying (a famous poem line)"),
    P("hz_xw", "【良诸古城遗址公园冬季开放时间调整】自12月1日起，遗址公园开放时间调整为9:00—16:30（16:00停止入园），周一闭园。",
      T, [(T, "良诸古城遗址", "良渚古城遗址")], note="mechanism: similar shape and sound (诸/渚); target: landmark name"),
    P("nb_xw_dy", "天一搁里藏着四百多年的书香。带上孩子，来这座中国现存最古老的私家藏书楼走一走。",
      T, [(T, "天一搁", "天一阁")], note="mechanism: same sound (搁/阁); target: landmark name"),
    P("zj_st", "中共浙江省委宣传布 浙江省生态环境厅联合发布2026年度“最美生态环境守护者”名单\n\n"
      "经推荐、评审和公示，20名个人和10个集体入选。",
      T, [(T, "中共浙江省委宣传布", "中共浙江省委宣传部")], note="mechanism: same sound (布/部); target: body name"),
    P("wz_ga", "【冬季防火】宁可十防九控，不可失防万一。民警提醒：电动自行车充电请到集中充电点，不要飞线充电。",
      T, [(T, "宁可十防九控", "宁可十防九空")], note="mechanism: same sound, different tone (控/空); target: saying"),
    P("jx_jy", "我市召开中国共产主青年团工作会议\n\n会议总结了2026年全市学校共青团工作，部署了少先队和团员发展工作。",
      T, [(T, "中国共产主青年团", "中国共产主义青年团")], note="mechanism: dropped character (义); target: body name"),
    P("hz_ga_wb", "【习近乒总书记回信精神在警营引发热烈反响】全市公安民警表示，要牢记嘱托，忠诚履职，守护好百姓平安。",
      T, [(T, "习近乒", "习近平")], note="mechanism: similar shape (乒/平); target: leader's name"),
    P("zj_yj", "国务院安委会派出督导组到我省督导检查安全生产工作。督导组强调，要认真贯彻落实李强总里关于安全生产的重要批示要求，"
      "扎实开展重大事故隐患排查整治。",
      T, [(T, "李强总里", "李强总理")], note="mechanism: same sound (里/理); target: leader's title"),
    P("ls_wl", "在缙云仙都，晨雾从鼎湖峰脚下慢慢散开。这里是《晋云县志》里的“黄帝炼丹处”，也是今天的热门取景地。",
      T, [(T, "《晋云县志》", "《缙云县志》")],
      note="mechanism: same sound (晋/缙), dropped radical; target: document name (a county gazetteer)"),
    P("sx_rs", "【人才政策】诸既市出台高技能人才引进十条措施，对新引进的高级技师给予最高10万元安家补贴。",
      T, [(T, "诸既市", "诸暨市")], note="mechanism: same sound (既/暨); target: place name"),
    P("zj_ga_dy", "中央书记处书记祭奇同志在浙江调研时强调，要发扬优良作风，推动各项决策部署落地见效。全省公安机关认真学习贯彻。",
      T, [(T, "祭奇", "蔡奇")], note="mechanism: similar shape (祭/蔡); target: leader's name"),
    P("hz_wj", "【学习贯彻】国务院副总理刘国申日前在杭州调研医疗卫生工作，强调要深化以公益性为导向的公立医院改革，"
      "推动优质医疗资源扩容下沉。全市卫生健康系统认真抓好贯彻落实。",
      T, [(T, "刘国申", "刘国中")], note="mechanism: similar shape (申/中); target: leader's name"),
    # typo + political (two classes)
    P("nb_xw", "【纪念全民族抗战】宁波举行专题展览，展出抗战时期宁波各界支援前线的珍贵史料300余件。"
      "展览同时回顾了宁波在日伪统治下的苦难，以及新四军浙东游击纵对在四明山区的战斗历程。"
      "展览前言写道：1941年至1945年沦陷期间，宁波人民在汪兆铭政权的压迫下坚持斗争……",
      (T, "political"), [("political", "汪兆铭政权", "汪伪政权"), (T, "浙东游击纵对", "浙东游击纵队")],
      note="two classes: the puppet regime named by its head as if a legitimate government (historical term); "
           "the column's name with 对 for 队 (same sound, a body name)"),
    # hard negatives: look like typos but are right
    P("hz_xw", "【艮山门外 运河边的新地标】艮山门地铁站旁的运河文化公园本周开放，公园以“艮山流霞”为题，再现杭州老城门的历史风貌。",
      hn=T, note="艮山门 is a real Hangzhou gate name, not a slip for 银山"),
    P("wz_ga", "【乐清警方】雁荡山下的北雁荡派出所民警，每天徒步巡逻8公里山路。“燕子归来时，山上游客就多了。”老民警笑着说。",
      hn=T, note="燕子 is a swallow here, not a slip for 雁荡"),
    P("hz_wj", "《杭州市冬春季呼吸道传染病防控实施方案》政策解读\n\n一问：方案适用范围？答：全市各级各类医疗卫生机构。"
      "二问：重点人群有哪些？答：老年人、婴幼儿、慢性病患者和孕产妇。",
      hn=T, note="方案 spelt right; looks like the wrong-boundary post but is clean"),
    P("jh_sc", "【义乌小商品质量提升】我局联合义乌市开展小商品质量“百日攻坚”，商贸城商户主动公示检测报告3200余份。"
      "不少商户说：“这是义务，更是信誉。”",
      hn=T, note="义务 here is the word duty, quoted from a shop owner; 义乌 spelt right"),
    P("zj_wl", "莫干山的竹海，千岛湖的晨雾，普陀山的海天佛国……这个冬天，你想先去哪一个？",
      hn=T, note="all place names right (莫干山, 千岛湖, 普陀山)"),
    P("zs_yj", "【嵊泗列岛】冬季大风天气增多，嵊泗县各渔港已启动防风预案，渔船按规定回港避风。",
      hn=T, note="嵊泗 spelt right; 预案 right"),
    P("jx_jy", "“红船精神”进校园：南湖区中小学开展红色故事宣讲，学生们用情景剧再现“一大”南湖会议。",
      hn=T, note="红船精神 spelt right"),
    P("ls_wl", "缙云烧饼、缙云爽面、缙云麻糍……来缙云，吃出一整天的好心情。",
      hn=T, note="缙云 spelt right throughout"),
    P("zj_ga", "【全省公安机关学习贯彻全会精神】会议强调，要深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
      hn=T, note="formulas spelt and ordered right"),
    P("hz_ga", "萧山国际机场T4航站楼提醒：肖女士，您遗失的黑色双肩包已由机场派出所民警找回，请凭身份证到T4一楼值班室认领。",
      hn=T, note="肖 is a surname here; 萧山 spelt right"),
    P("sx_rs", "【卧薪尝胆 勇立潮头】绍兴市2026年度职业技能大赛闭幕，126名选手获“绍兴市技术能手”称号。",
      hn=T, note="卧薪尝胆 and 勇立潮头 spelt right"),
    P("tz_ty", "台州市退役军人事务局关于开展2027年元旦春节走访慰问活动的通知\n\n各县（市、区）退役军人事务局：为认真做好节日期间走访慰问工作，现将有关事项通知如下。",
      hn=T, note="body and document names right"),
    P("nb_jt", "天一阁、月湖、老外滩……宁波公交推出“书香宁波”文旅专线，途经12个景点，全程票价2元。",
      hn=T, note="天一阁 spelt right"),
]
