"""Sixteenth held-out part: wrong characters (typo) in formal terms, bodies and documents, leaders' names,
slogans, sayings and poems, and place and landmark names of the province; and hard negatives that are correct
but look wrong (rare place characters, literary words, quoted couplets)."""
from _lib import P

T = "typo"
HN = "typo"

POSTS = [
    # ---- leaders' names and titles
    P("yn_jy", """全省教育系统召开理论学习中心组（扩大）学习会

11月20日，省委教育工委、省教育厅召开理论学习中心组（扩大）学习会，深入学习贯彻习近平同忐关于教育的重要论述，研究部署加快建设教育强省各项工作。会议强调，要坚持立德树人根本任务，推动全省各级各类教育高质量发展。""",
      cls=T, spans=((T, "习近平同忐", "习近平同志"),), note="志→忐 (shape) after the leader's name"),
    P("km_xw", """【#昆明这一年#】国务院总理李强今年考察云南时强调，要主动服务和融入国家重大战略，建设面向南亚东南亚的区域性国际中心城市。昆明牢记嘱托，今年中老铁路昆明段客货运量再创新高。李强总礼的殷殷嘱托，化作全市上下的实干行动。""",
      cls=T, spans=((T, "李强总礼", "李强总理"),), note="理→礼 (same sound) in the premier's title"),
    P("dl_xw", """【大理州人大常委会传达学习全国人大常委会会议精神】11月21日，州人大常委会召开党组会议，传达学习全国人大常委会委员长赵乐计在十四届全国人大常委会第十九次会议闭幕会上的讲话精神，研究贯彻落实意见。""",
      cls=T, spans=((T, "赵乐计", "赵乐际"),), note="际→计 (same sound) in the NPC chairman's name"),
    P("pe_ny", """全省冬春农业生产暨高标准农田建设现场会在普洱召开

近日，国务院副总理张囯清在有关会议上对冬春农业生产作出部署。我市迅速贯彻落实，组织农技人员深入茶区、咖啡园和粮食主产区开展技术指导，全力抓好冬种扩种和茶园冬季管护。""",
      cls=T, spans=((T, "张囯清", "张国清"),), note="国→囯 (variant shape) in a vice premier's name"),
    P("yn_sc", """【全省市场监管系统传达学习全国市场监管工作会议精神】会议传达了国务院副总理何丽峰关于做好市场监管工作的批示要求，强调要持续优化营商环境，深入开展民生领域“铁拳”行动，守牢食品药品安全底线。""",
      cls=T, spans=((T, "何丽峰", "何立峰"),), note="立→丽 (same sound) in a vice premier's name"),

    # ---- bodies and documents
    P("km_xw", """中共云南省萎召开全体会议，研究部署明年经济工作。昆明将认真贯彻落实全会精神，奋力谱写中国式现代化昆明篇章。""",
      cls=T, spans=((T, "中共云南省萎", "中共云南省委"),), note="委→萎 (shape) in the provincial party committee's name"),
    P("yn_jy", """关于公布第二批全省民族团结进步教育示范学校名单的通知

根据省委统战部、云南省民族宗教事物委员会、省教育厅联合开展的评选工作，经学校申报、州市推荐、专家评审和公示，确定昆明市第十中学等120所学校为第二批全省民族团结进步教育示范学校。""",
      cls=T, spans=((T, "民族宗教事物委员会", "民族宗教事务委员会"),), note="务→物 (same sound) in a provincial body's name"),
    P("cx_wj", """楚雄州开展《中华人民共和国民族区域自制法》宣传进医院活动

为进一步深化民族团结进步示范州建设，州卫生健康委组织全州各级医疗机构开展法律法规学习宣传，在门诊大厅、住院部设置双语宣传栏，向各族群众普及法律知识。""",
      cls=T, spans=((T, "民族区域自制法", "民族区域自治法"),), note="治→制 (same sound) in a law's title"),
    P("bn_ga", """【守好祖国南大门】《中华人民共和国陆地国届法》施行以来，边境派出所民警常态化走进村寨，向边民宣讲守边护边、依法通关知识，提醒大家不走便道、不带“三非”人员，发现可疑情况及时报警。""",
      cls=T, spans=((T, "陆地国届法", "陆地国界法"),), note="界→届 (same sound) in a law's title"),
    P("dl_xw", """【新修订《云南省大理白族自治州洱海保护管理条列》明年施行】条例进一步明确了洱海保护范围和管控要求，对流域内农业面源污染防治、入湖河道管理、湖滨带生态修复作出规定。""",
      cls=T, spans=((T, "洱海保护管理条列", "洱海保护管理条例"),), note="例→列 (shape and near sound) in a regulation's title"),

    # ---- places and landmarks
    P("km_xw_dy", """颠池边的海鸥又回来啦！今年第一批红嘴鸥已经抵达海埂大坝，欢迎大家文明观鸥，投喂请使用专用鸥粮。""",
      cls=T, spans=((T, "颠池", "滇池"),), note="滇→颠 (same sound) in the lake's name"),
    P("yn_wl", """冬日暖阳正好，来西双板纳感受热带雨林的温度！望天树空中走廊、野象谷、告庄星光夜市，还有千年小乘佛教古寺西双版纳总佛寺……一年四季都是好时节。""",
      cls=(T, "political"), spans=((T, "西双板纳", "西双版纳"), ("political", "小乘佛教", "南传上座部佛教")),
      note="版→板 (shape, near sound) in the prefecture's name; and the derogatory 小乘佛教 for the Theravada "
           "Buddhism of the Dai (official wording 南传上座部佛教)"),
    P("lj_wl", """玉笼雪山冬季游览攻略来啦！冰川公园索道每天8:30开放，建议提前在官方平台预约；甘海子、蓝月谷一线可乘景区环保车。高海拔地区请量力而行。""",
      cls=T, spans=((T, "玉笼雪山", "玉龙雪山"),), note="龙→笼 (same sound) in the mountain's name"),
    P("yn_wl_wb", """【#普达错国家公园#冬季开放公告】即日起至明年2月，普达错国家公园属都湖片区正常开放，碧塔海片区实行生态保护性关闭。请游客提前预约，不要进入未开放区域。""",
      cls=T, spans=((T, "普达错国家公园", "普达措国家公园"),), note="措→错 (same sound) in the national park's name; the hashtag repeats it"),
    P("bs_jy", """保山市开展“走进高黎供山”中小学生研学活动

11月22日，来自隆阳区、腾冲市的200余名中小学生走进百花岭，跟随保护区工作人员观察白眉长臂猿栖息地，认识珍稀植物，在研学中感受生物多样性保护的意义。""",
      cls=T, spans=((T, "高黎供山", "高黎贡山"),), note="贡→供 (same sound) in the mountain's name"),
    P("pe_ny", """兰沧江畔的咖啡红了！11月以来，我市各咖啡主产区进入鲜果采摘高峰，农业农村部门组织专家深入基地，指导咖农精细化采摘和初加工，提高精品率。""",
      cls=T, spans=((T, "兰沧江", "澜沧江"),), note="澜→兰 (same sound, radical dropped) in the river's name"),
    P("km_wl", """冬游老昆明：金马壁鸡坊夜景

金马坊、碧鸡坊夜间亮灯时间调整为18:30至23:00。相传“金碧交辉”奇景要六十年一遇，夕阳余晖与月光同时照射两坊，倒影相向而行。欢迎市民游客到南屏街、金碧路一带逛街打卡。""",
      cls=T, spans=((T, "金马壁鸡坊", "金马碧鸡坊"),), note="碧→壁 (same sound) in the landmark's name"),
    P("dl_wl", """苍山脚下，崇圣寺三搭在夕阳中熠熠生辉。千年古塔，见证大理的沧桑变迁，等你来打卡。""",
      cls=T, spans=((T, "崇圣寺三搭", "崇圣寺三塔"),), note="塔→搭 (shape, near sound) in the landmark's name"),

    # ---- sayings and poems
    P("dl_xw_dy", """苍山不墨千秋画，洱海无弦万古情。冬日的大理，等你来赴一场风花雪月之约。""",
      cls=T, spans=((T, "洱海无弦万古情", "洱海无弦万古琴"),), note="琴→情 (near sound) in the well-known couplet"),
    P("zt_yj", """重温红色记忆 凝聚奋进力量

“金沙水拍云涯暖，大渡桥横铁索寒。”红军长征途经昭通，留下了扎西会议等光辉足迹。近日，局机关党支部组织党员赴扎西会议纪念馆开展主题党日活动。""",
      cls=T, spans=((T, "金沙水拍云涯暖", "金沙水拍云崖暖"),), note="崖→涯 (same sound, shape) in a line of 七律·长征"),
    P("km_jy", """“四季无寒暑，一雨变成冬。”这两天昆明降温明显，请各学校做好防寒保暖工作，家长朋友记得给孩子添衣。""",
      cls=T, spans=((T, "一雨变成冬", "一雨便成冬"),), note="便→变 (same sound) in the local saying"),
    P("hh_qx", """【哈尼梯田冬日云海】“为有牺牲多壮志，敢叫日月换新天”，一代代哈尼人开垦的元阳梯田，今冬迎来最佳观赏期。未来三天，我州多云海天气，适合拍摄。""",
      cls=T, spans=((T, "敢叫日月换新天", "敢教日月换新天"),), note="教→叫 (same sound) in a line of 七律·到韶山"),

    # ---- slogans and formal terms
    P("km_xw", """昆明加快建设面向南亚东南亚幅射中心的核心区，今年1—10月对南亚东南亚进出口额同比增长14.6%。""",
      cls=T, spans=((T, "东南亚幅射中心", "东南亚辐射中心"),), note="辐→幅 (shape, same sound) in the provincial positioning"),
    P("yx_st", """争当生态文明建设牌头兵 抚仙湖水质持续保持Ⅰ类

今年以来，我市深入推进“湖泊革命”，抚仙湖水质稳定保持Ⅰ类，星云湖、杞麓湖水质持续改善。""",
      cls=T, spans=((T, "生态文明建设牌头兵", "生态文明建设排头兵"),), note="排→牌 (same sound) in the provincial positioning"),
    P("qj_rs", """曲靖市2026年绿色能源产业专场招聘会举行

为助力打好“绿色能源排”，市人社局联合光伏、新能源电池企业举办专场招聘会，提供岗位2300余个。""",
      cls=T, spans=((T, "绿色能源排", "绿色能源牌"),), note="牌→排 (shape) in the provincial slogan"),
    P("yn_wl_wb", """【有一种叫云南的生话】雪山、雨林、古城、梯田，还有一碗热乎乎的过桥米线。这个冬天，来云南过你想要的生活。""",
      cls=T, spans=((T, "有一种叫云南的生话", "有一种叫云南的生活"),), note="活→话 (shape) in the tourism slogan"),
    P("bn_ga", """【禁毒防爱 你我同行】12月1日是世界艾滋病日。州公安局禁毒支队走进校园，为学生们上了一堂禁毒防艾教育课。""",
      cls=T, spans=((T, "禁毒防爱", "禁毒防艾"),), note="艾→爱 (same sound) in the slogan; the correct form also appears"),
    P("pe_ny", """因地治宜发展林下经济 普洱农户“增收有道”

近年来，我市引导农户在思茅松林下种植中药材、养殖林下鸡，带动2万余户农户增收。""",
      cls=T, spans=((T, "因地治宜", "因地制宜"),), note="制→治 (same sound) in a set phrase"),
    P("zt_yj", """昭通市防止规模性反贫监测帮扶工作推进会召开

会议要求，要健全监测帮扶机制，对因灾、因病等存在返贫致贫风险的农户做到早发现、早干预、早帮扶。""",
      cls=T, spans=((T, "防止规模性反贫", "防止规模性返贫"),), note="返→反 (same sound) in a formal term; the correct form also appears"),
    P("bs_jy", """庚续红色血脉 传承滇西抗战精神——保山市中小学生走进滇西抗战纪念馆""",
      cls=T, spans=((T, "庚续", "赓续"),), note="赓→庚 (same sound, shape) in a formal word"),
    P("yn_yj", """关于报送安全生产整改反感的通知

各州（市）应急管理局：请于12月10日前报送本地区安全生产专项整治整改方案及工作台账，整改反感须明确责任单位和时限。""",
      cls=T, spans=((T, "整改反感", "整改方案"),), note="fang'an typed without the apostrophe: 方案→反感 (word boundary)"),
    P("cx_wj", """为65岁及以上老年人建立健康单干 楚雄州老年人健康体检工作进展顺利

截至11月底，全州已为32万余名老年人免费体检并建立或更新居民健康档案。""",
      cls=T, spans=((T, "健康单干", "健康档案"),), note="dang'an typed without the apostrophe: 档案→单干 (word boundary); correct form later"),
    P("dl_xw", """【大理州获评全国民族团结结进步示范州】多年来，全州各族群众像石榴籽一样紧紧抱在一起。""",
      cls=T, spans=((T, "民族团结结进步", "民族团结进步"),), note="doubled character 结"),
    P("bn_ga", """西双版纳傣族治州公安局召开冬季治安防控工作部署会，要求全警聚焦口岸、景区、夜市等重点部位，加强巡逻防控。""",
      cls=T, spans=((T, "西双版纳傣族治州", "西双版纳傣族自治州"),), note="dropped 自 in the prefecture's (and the unit's) name"),
    P("km_jy", """【#昆明教育#】全市中小学开展“中华民族伟复兴”主题读书活动，引导青少年厚植家国情怀。""",
      cls=T, spans=((T, "中华民族伟复兴", "中华民族伟大复兴"),), note="dropped 大 in a formal term"),

    # ---- hard negatives: correct, but look like typos
    P("km_xw", """呈贡区、嵩明县、寻甸回族彝族自治县今冬明春重点项目集中开工，总投资126亿元。""", hn=HN,
      note="correct rare place characters (呈贡, 嵩明, 寻甸)"),
    P("yn_ga", """【平安边关】勐海、勐腊边境派出所开展冬季边境管控专项行动，畹町、磨憨口岸通关秩序良好。""", hn=HN,
      note="correct: 勐 (not 猛), 畹町, 磨憨"),
    P("km_wl", """“五百里滇池，奔来眼底，披襟岸帻，喜茫茫空阔无边。”大观楼长联，被誉为“古今第一长联”。冬日来大观公园，读长联、看海鸥。""", hn=HN,
      note="the couplet is quoted correctly, including the rare 帻"),
    P("dl_wl", """苍山不墨千秋画，洱海无弦万古琴。漾濞、巍山、剑川……大理的每一个县，都藏着一段故事。""", hn=HN,
      note="couplet correct; 漾濞 (rare 濞) correct"),
    P("yn_jy", """全省教育系统踔厉奋发、笃行不怠，赓续红色血脉，为建设教育强省贡献力量。""", hn=HN,
      note="literary words 踔厉, 笃行不怠, 赓续 written correctly"),
    P("km_xw", """擘画发展新蓝图 昆明“十五五”时期首批重大项目清单发布，涉及产业、交通、民生等领域项目120个。""", hn=HN, note="擘画 correct (not 孽画/擎画)"),
    P("lj_wl", """泸沽湖畔的摩梭人家，迎来冬日里的猪槽船和格姆女神山倒影。宁蒗彝族自治县欢迎你。""", hn=HN,
      note="泸沽湖, 摩梭, 宁蒗 correct"),
    P("hh_qx", """【天气】未来三天，蒙自、个旧、弥勒、泸西以多云为主，屏边、河口有小雨，最低气温5～8℃。""", hn=HN,
      note="correct county names, some of which look like misspellings (个旧, 屏边)"),
    P("yn_sc", """国务院副总理刘国中、国务委员谌贻琴近日分别在全国冬春农业生产会议和全国老龄工作会议上作出部署。我局迅速传达学习，结合市场监管职能抓好农资和养老服务领域监管。""", hn=HN,
      note="leaders' names and titles correct, including rare 谌贻琴"),
    P("zt_yj", """鲁甸、巧家、彝良、镇雄、威信、盐津、绥江、水富……昭通各县（市、区）防灾减灾宣传周活动全面开展。""", hn=HN,
      note="correct county names"),
    P("bs_jy", """保山市腾冲市和顺镇中心学校获评全国文明校园。和顺侨乡、滇西抗战、极边第一城，是当地最生动的思政课教材。""", hn=HN,
      note="腾冲, 和顺 and the nickname 极边第一城 correct"),
    P("km_ga_wb", """【昆明警方】盘龙江、宝象河沿线夜间巡逻常态化，请市民夜跑注意安全。""", hn=HN,
      note="correct river names (盘龙江, 宝象河)"),
    P("cx_wj", """楚雄州元谋县、禄丰市、牟定县、南华县、姚安县、大姚县、永仁县、武定县……家庭医生签约服务覆盖全部乡镇。""", hn=HN,
      note="correct county names including 牟定, 禄丰"),
]
