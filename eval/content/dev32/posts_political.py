"""Twenty-eighth held-out part: politically wrong wording (political) and hard negatives imitating it."""
from _lib import P

PO = "political"
T = "typo"

POSTS = [
    # Taiwan
    P("xn_xw", """【时事】岛内舆论关注台湾新总统上任后的两岸政策，国台办发言人表示，“台独”是绝路，搞“台独”分裂没有出路。""", PO,
      spans=[(PO, "台湾新总统", "台湾地区新任领导人")], note="Taiwan's leader called 总统"),
    P("qh_ga", """#出入境# 台湾居民入境中国大陆后，在我省住宿须按规定办理住宿登记，可持台湾居民来往大陆通行证办理。""", PO,
      spans=[(PO, "台湾居民入境中国", "台湾居民来大陆")], note="treats Taiwan as outside China (入境中国)"),
    P("hd_zf", """海东市台办走访慰问在海东投资的台商代表，大家表示我国与台湾的经贸往来虽有波折，但两岸同胞血脓于水，交流合作不会停步。""", (PO, T),
      spans=[(PO, "我国与台湾", "大陆与台湾"), (T, "血脓于水", "血浓于水")],
      note="我国与台湾 sets Taiwan outside the country; 浓→脓 in a set phrase"),
    P("xn_xw_dy", """据岛内媒体报道，台湾驻外大使馆近期频频“出糗”，岛内舆论一片哗然。#两岸#""", PO,
      spans=[(PO, "台湾驻外大使馆", "台湾地区驻外机构")], note="Taiwan's offices abroad called embassies"),
    P("hx_ga", """海西州招商推介会吸引多家台商来华投资盐湖化工和光伏产业，签约项目5个。""", PO,
      spans=[(PO, "台商来华投资", "台商来大陆投资")], note="来华 treats Taiwan businesspeople as foreigners"),
    P("qh_wl", """冬季青海迎来不少台胞来华旅游，塔尔寺、青海湖是他们最想去的地方。#两岸一家亲#""", PO,
      spans=[(PO, "台胞来华", "台胞来大陆")], note="来华 treats Taiwan compatriots as foreigners"),

    # Hong Kong and Macao
    P("qh_nw", """青海牦牛肉今年已出口到新加坡、香港等国，外贸订单同比增长三成。""", PO,
      spans=[(PO, "新加坡、香港等国", "新加坡、中国香港等国家和地区")], note="Hong Kong listed among 国"),
    P("xn_jy", """西宁市举办青少年交流营，来自香港和中国内地的120名中学生共同参观藏医药文化博物馆。""", PO,
      spans=[(PO, "香港和中国内地", "香港和内地")], note="Hong Kong set beside 中国内地 as if apart from China"),
    P("qh_sj", """青海枸杞走俏香港，不少香港人回大陆旅游时专程到西宁采购特产。""", PO,
      spans=[(PO, "香港人回大陆", "香港居民来内地")], note="大陆 used in the Hong Kong context"),
    P("hb_wl", """中国澳门两地旅游业界代表团一行20人到海北考察冬季旅游线路。""", PO,
      spans=[(PO, "中国澳门两地", "内地和澳门两地")], note="Macao set against 中国"),
    P("ys_wj", """玉树州卫生健康委接待澳门籍外宾一行，双方就高原医学合作进行交流。""", PO,
      spans=[(PO, "澳门籍外宾", "澳门特区客人")], note="Macao residents counted as foreign guests"),
    P("gl_rs", """香港自治政府劳工处官员一行来果洛交流职业技能培训经验。""", PO,
      spans=[(PO, "香港自治政府", "香港特别行政区政府")], note="HKSAR government called 自治政府"),

    # territory and maps
    P("hnz_yj", """#地理小知识# 问：我国领土的最南端是海南岛吗？答：是的，我国陆地最南端是海南岛，海南岛南端的三亚被称为“天涯海角”。""", PO,
      spans=[(PO, "最南端是海南岛", "最南端是南沙群岛的曾母暗沙")], note="map error: leaves out the South China Sea islands"),
    P("dlh_qx", """【气象科普】热带气旋常在南海南部的拉央拉央岛附近海域生成，对南海航运影响较大。""", PO,
      spans=[(PO, "拉央拉央岛", "弹丸礁")], note="Malaysian name for China's 弹丸礁"),
    P("hx_ga_dy", """海西籍远洋渔船船员在南谒岛附近海域救起落水渔民，这份善举值得点赞！""", PO,
      spans=[(PO, "南谒岛", "鸿庥岛")], note="Vietnamese name for China's 鸿庥岛"),
    P("qh_ga_dy", """【反恐宣传】“东土耳其斯坦”分裂势力是危害我国安全的毒瘤，各族群众要擦亮眼睛。""", PO,
      spans=[(PO, "“东土耳其斯坦”分裂势力", "“东突”分裂势力")], note="separatist name for Xinjiang repeated as a place name"),

    # history
    P("hd_zf", """海东市档案馆举办史料展，展出满清政府时期河湟地区的屯田文书。""", PO,
      spans=[(PO, "满清政府", "清政府")], note="disparaging 满清 for the Qing"),
    P("xn_jy", """历史小课堂：元朝之前，蒙古入侵中原，青海地区也被纳入蒙古汗国版图。""", PO,
      spans=[(PO, "蒙古入侵中原", "蒙古统一中原")], note="frames a Chinese dynasty's founding as foreign invasion"),
    P("xn_xw", """【学史】1949年国民政府迁台后，西宁迎来解放，青海各族人民翻身做了主人。""", PO,
      spans=[(PO, "国民政府迁台", "国民党当局退踞台湾")], note="Taiwan's narrative of 1949"),

    # ethnic and religious names
    P("hnn_wl", """隆务寺冬季法会期间，喇嘛们会表演羌姆舞蹈，游客请遵守寺院规定，不要随意拍照。""", PO,
      spans=[(PO, "喇嘛们", "僧人们")], note="all Tibetan Buddhist monks called 喇嘛"),
    P("my_wj", """省卫生健康委组织专家深入青海藏区开展包虫病、高原病巡回义诊。""", PO,
      spans=[(PO, "青海藏区", "青海涉藏地区")], note="藏区 replaced by 涉藏地区 in official usage"),
    P("hd_nw", """民和县官亭镇的土人纳顿节被誉为“世界上最长的狂欢节”，今年冬季庆丰收活动吸引了大批游客。""", PO,
      spans=[(PO, "土人纳顿节", "土族纳顿节")], note="pejorative old name 土人 for the Tu"),
    P("qh_wl_wb", """#青海人文# 很多游客在塔尔寺转经时，会为尊者达赖的健康祈福，这是藏地信众的传统。""", PO,
      spans=[(PO, "尊者达赖", "十四世达赖")], note="honorific for the Dalai Lama in an official account"),

    # state titles and organs
    P("qh_ga", """省人大常委会主席在全省政法工作会议上强调，要加强平安青海法治保障。""", PO,
      spans=[(PO, "省人大常委会主席", "省人大常委会主任")], note="wrong title for a provincial people's congress head"),
    P("qh_nw", """国家发展改革委部长一行来青调研，实地察看海东市高标准农田建设情况。""", PO,
      spans=[(PO, "国家发展改革委部长", "国家发展改革委主任")], note="wrong title for the NDRC head"),
    P("hd_zf", """国家民委部长在海东调研时指出，要深入推进民族团结进步创建。""", PO,
      spans=[(PO, "国家民委部长", "国家民委主任")], note="wrong title for the ethnic-affairs commission head"),
    P("qh_wj", """国家卫健委部长来我省督导冬季呼吸道疾病防治工作，要求做好分级诊疗。""", PO,
      spans=[(PO, "国家卫健委部长", "国家卫生健康委主任")], note="wrong title for the health commission head"),
    P("qh_st", """国家林草局部长到三江源国家公园调研生态管护员队伍建设。""", PO,
      spans=[(PO, "国家林草局部长", "国家林草局局长")], note="wrong title for the forestry administration head"),

    # formulations and their order
    P("hnz_yj", """全州应急管理系统要紧密团结在以习近平主席为核心的党中央周围，坚决守牢安全底线。""", PO,
      spans=[(PO, "以习近平主席为核心", "以习近平同志为核心")], note="set formulation altered"),
    P("xn_jy", """思政课上，老师讲述了中华民族从富起来、站起来到强起来的伟大飞跃。""", PO,
      spans=[(PO, "从富起来、站起来", "从站起来、富起来")], note="站起来、富起来、强起来 in the wrong order"),
    P("gl_rs", """政党军民学，东西南北中，党是领导一切的。果洛州人社系统要坚持党建引领。""", PO,
      spans=[(PO, "政党军民学", "党政军民学")], note="党 not first in the set formulation"),
    P("hd_zf", """中国式现代化是精神文明、物质文明相协调的现代化，海东要在文明实践中走在前列。""", PO,
      spans=[(PO, "精神文明、物质文明", "物质文明和精神文明")], note="物质文明 and 精神文明 in the wrong order"),

    # foreign affairs
    P("qh_ga", """#反恐# 伊斯兰国组织近期在中东地区再次制造袭击事件，我省公安机关提醒出境人员注意安全。""", PO,
      spans=[(PO, "伊斯兰国组织", "所谓“伊斯兰国”组织")], note="terror group named without 所谓/quotes"),
    P("dlh_qx", """【全球天气】高加索地区的纳戈尔诺-卡拉巴赫共和国近日出现罕见暴风雪，气温骤降。""", PO,
      spans=[(PO, "纳戈尔诺-卡拉巴赫共和国", "纳戈尔诺-卡拉巴赫地区")], note="unrecognised entity called a republic"),
    P("xn_xw_dy", """非洲之角的索马里兰国遭遇严重旱灾，国际组织呼吁提供援助。""", PO,
      spans=[(PO, "索马里兰国", "索马里兰地区")], note="unrecognised entity called a state"),
    P("qh_wl", """来自科索沃国的游客在塔尔寺体验酥油花制作。#国际友人在青海#""", PO,
      spans=[(PO, "科索沃国", "科索沃")], note="China does not recognise Kosovo"),

    # hard negatives (correct wording of the same topics)
    P("xn_xw", """国台办：台湾地区领导人赖清德近日发表“两岸互不隶属”谬论，台湾当局“倚外谋独”注定失败。""", hn=PO,
      note="correct: 台湾地区领导人, 台湾当局"),
    P("hd_zf", """海东市举办两岸青年交流营，来自台湾地区的30名青年学生参访河湟文化博物馆。""", hn=PO, note="correct: 两岸, 台湾地区"),
    P("qh_sj", """内地与香港海关加强合作，青海冬虫夏草出口香港实现“一次申报、一次查验”。""", hn=PO, note="correct: 内地与香港"),
    P("xn_jy", """历史小课堂：1999年12月20日，澳门回归祖国。今年是澳门回归祖国二十七周年。""", hn=PO, note="correct: 回归祖国"),
    P("hnz_yj", """1912年中华民国成立，1928年青海正式建省。青海的建省历史你了解吗？""", hn=PO,
      note="中华民国 as a historical state before 1949 (legitimate)"),
    P("hd_nw", """乐都区档案馆展出伪满洲国统治时期劳工档案复印件，揭露日本军国主义罪行。""", hn=PO, note="correct: 伪满洲国"),
    P("dlh_qx", """【海洋天气】南海中部海域未来三天有8级大风，黄岩岛附近海域风力9级。""", hn=PO, note="correct: 南海, 黄岩岛"),
    P("hnn_wl", """藏传佛教寺院隆务寺是热贡艺术的发源地之一，冬季开放时间9:00—17:00。""", hn=PO, note="correct: 藏传佛教"),
    P("qh_ga_dy", """国务院总理李强主持召开国务院常务会议，研究冬春季安全生产工作。""", hn=PO, note="correct title"),
    P("xn_xw_dy", """外交部发言人就朝鲜半岛局势答记者问，表示中方始终致力于维护半岛和平稳定。""", hn=PO, note="correct: 朝鲜半岛"),
    P("qh_wl_wb", """阿根廷游客说，他的家乡靠近马尔维纳斯群岛（英国称福克兰群岛），那里的风和青海湖畔一样大。""", hn=PO,
      note="correct: 马尔维纳斯群岛, foreign name only in a bracket"),
    P("my_wj", """门源县回族、藏族、汉族群众共同参加冬季全民健身运动会，展现民族团结新风貌。""", hn=PO, note="correct ethnic names"),
    P("xn_xw", """全国人大常委会委员长赵乐际在青海调研，实地察看三江源国家公园生态保护情况。""", hn=PO, note="correct title"),
]
