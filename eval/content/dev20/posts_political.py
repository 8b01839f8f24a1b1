"""Sixteenth held-out part: politically wrong wording (Taiwan, Hong Kong/Macao, territory and maps, history,
ethnic and religious names, state titles and organs, formulations and their order, foreign affairs) and hard
negatives that are correct but look sensitive."""
from _lib import P

PO = "political"
HN = "political"

POSTS = [
    # ---- Taiwan
    P("yn_wl_wb", """【滇台文旅交流周在昆明开幕】来自中台两地的200余名文旅业者齐聚春城，围绕茶文化、民族文化和康养旅游开展交流洽谈。""",
      cls=PO, spans=((PO, "中台两地", "滇台两地（两岸）"),), note="中台 pairs China with Taiwan as two parties"),
    P("pe_ny", """普洱咖啡、茶叶企业赴台交流

据了解，台湾地区国家发展委员会近期发布的数据显示，岛内精品咖啡消费持续增长。我市企业抓住机遇，积极开拓岛内市场。""",
      cls=PO, spans=((PO, "台湾地区国家发展委员会", "台湾地区“国家发展委员会”"),), note="a Taiwan authority named as a state body without quotation marks"),
    P("yn_ga", """【辟谣】网传“防长顾立雄称解放军在云南边境集结”系谣言，请广大网民不信谣、不传谣。""",
      cls=PO, spans=((PO, "防长顾立雄", "台湾地区防务部门负责人顾立雄"),), note="Taiwan's defence chief given a state title"),
    P("km_xw", """【#国台办回应#】对于林佳龙外长近日窜访一事，国台办发言人表示，台湾是中国的一部分，任何“台独”分裂行径都注定失败。""",
      cls=PO, spans=((PO, "林佳龙外长", "台湾地区外事部门负责人林佳龙"),), note="Taiwan's foreign-affairs chief called 外交部长 without qualification"),
    P("yn_jy", """两岸青年教育交流营在昆明举办

本次交流营吸引了80余名台湾学生参加。营员们参观了西南联大旧址、云南民族村，表示回去后要向身边朋友介绍大陆的发展变化。据悉，部分台湾学生回国以后将撰写交流报告。""",
      cls=PO, spans=((PO, "台湾学生回国", "台湾学生返台"),), note="回国 for returning to Taiwan"),
    P("km_jy", """【时事课堂】有同学问：2024年岛内总统大选为什么投票率下降？老师解答：……""",
      cls=PO, spans=((PO, "岛内总统大选", "台湾地区领导人选举"),), note="Taiwan's leadership election called a presidential election"),
    P("yn_wl", """台湾游客看云南：赖清德当选总统后两岸交流遇冷，但来云南旅游的台湾同胞反而多了。""",
      cls=PO, spans=((PO, "赖清德当选总统", "赖清德当选台湾地区领导人"),), note="Taiwan's leader called 总统"),

    # ---- Hong Kong and Macao
    P("km_ga_wb", """【出入境提示】持香港公民身份证的旅客可凭有效证件在昆明长水国际机场口岸办理入境手续。""",
      cls=PO, spans=((PO, "香港公民", "香港居民"),), note="香港公民 for 香港居民 (Hong Kong permanent residents)"),
    P("yn_sc", """【滇港合作】香港当局相关部门近日到我省调研食品供港检验检疫工作。""",
      cls=PO, spans=((PO, "香港当局", "香港特区政府"),), note="香港当局 for the SAR government"),
    P("km_wl", """澳门市长率团访问昆明 双方签署文旅合作备忘录

双方将在客源互送、节庆活动、非遗展演等方面深化合作。""",
      cls=PO, spans=((PO, "澳门市长", "澳门特区行政长官"),), note="Macao has no mayor; the SAR chief executive"),
    P("bs_jy", """【国情教育】保山市中小学开展“港澳回归中国”主题班会，学生们通过观看纪录片了解“一国两制”伟大实践。""",
      cls=PO, spans=((PO, "港澳回归中国", "港澳回归祖国"),), note="回归中国 for 回归祖国"),
    P("qj_rs", """大陆香港两地职业技能互认试点启动

首批试点涵盖电工、厨师、美容美发等12个职业，持证人员可在两地执业。""",
      cls=PO, spans=((PO, "大陆香港两地", "内地与香港两地"),), note="大陆 used for the Hong Kong context (内地)"),

    # ---- territory and maps
    P("yn_jy", """【地理小课堂】世界最高峰萨加玛塔峰海拔8848.86米，位于中国与尼泊尔边界上。""",
      cls=PO, spans=((PO, "萨加玛塔峰", "珠穆朗玛峰"),), note="the mountain named with Nepal's name only"),
    P("km_xw", """【#南海#】菲方船只近日再次非法闯入埃斯科达礁附近海域，中国海警依法采取管控措施。""",
      cls=PO, spans=((PO, "埃斯科达礁", "仙宾礁"),), note="Philippine name for China's 仙宾礁"),
    P("yn_ga_dy", """海疆万里，寸土不让！菲律宾在帕格阿萨岛修建设施的行为是非法的。""",
      cls=PO, spans=((PO, "帕格阿萨岛", "中业岛"),), note="Philippine name for China's 中业岛"),
    P("dl_xw", """【民族团结】来自南蒙古的骑手与大理白族同胞共同参加三月街赛马活动。""",
      cls=PO, spans=((PO, "南蒙古", "内蒙古"),), note="separatist name for 内蒙古"),
    P("yn_jy", """【国防教育】全省中小学国防教育课件更新，新增“海洋国土”单元。（课件节选）琉球群岛的钓鱼岛自古以来就有中国渔民在此作业……""",
      cls=PO, spans=((PO, "琉球群岛的钓鱼岛", "钓鱼岛及其附属岛屿（中国台湾省的附属岛屿）"),),
      note="钓鱼岛 placed in the Ryukyu Islands"),

    # ---- history
    P("bs_jy", """滇西抗战是八年抗日战争中的重要篇章。1942年，日军侵占滇西，中国远征军和滇西各族人民奋起抗击。""",
      cls=PO, spans=((PO, "八年抗日战争", "十四年抗日战争"),), note="the war counted as eight years (official: 十四年抗战)"),
    P("km_wl", """西南联大博物馆：1937年抗日战争爆发后，北大、清华、南开三校南迁，1938年在昆明组建国立西南联合大学。""",
      cls=PO, spans=((PO, "1937年抗日战争爆发", "1937年全面抗战爆发"),), note="the war said to begin in 1937 (full-scale war began then)"),
    P("km_jy", """【历史知识】1948年11月2日，辽西会战结束，东北全境解放。""",
      cls=PO, spans=((PO, "辽西会战", "辽沈战役"),), note="Kuomintang name for the 辽沈战役"),
    P("zt_yj", """昭通扎西会议纪念馆新增“第二次国共内战”展陈单元，展示滇东北人民支援解放战争的历史。""",
      cls=PO, spans=((PO, "第二次国共内战", "解放战争"),), note="解放战争 named as a KMT–CPC civil war"),
    P("hh_qx", """【历史与气象】1979年中越边境战争期间，气象保障人员冒着炮火坚持观测……""",
      cls=PO, spans=((PO, "中越边境战争", "对越自卫反击战"),), note="对越自卫反击战 called a border war between two sides"),

    # ---- ethnic and religious names
    P("bn_ga", """【民族风情】摆夷人家的竹楼里，民警和群众围坐一起拉家常，宣传防诈骗知识。""",
      cls=PO, spans=((PO, "摆夷", "傣族"),), note="old derogatory name for the Dai"),
    P("pe_ny", """澜沧拉祜族自治县倮黑山寨的茶农，今年靠古树茶增收不少。""",
      cls=PO, spans=((PO, "倮黑", "拉祜族"),), note="old derogatory name for the Lahu"),

    # ---- state titles and organs
    P("km_xw", """【#学习进行时#】中央军委主席张又侠在全军某会议上强调……""",
      cls=PO, spans=((PO, "中央军委主席张又侠", "中央军委副主席张又侠"),), note="wrong title (he is a vice chairman)"),
    P("dl_xw", """全国政协主席李希到大理调研民族团结进步工作。""",
      cls=PO, spans=((PO, "全国政协主席李希", "中央纪委书记李希（全国政协主席为王沪宁）"),),
      note="wrong office attached to a leader"),
    P("pe_ny", """国务院常务副总理张国清在全国冬春农业生产视频会议上强调，要抓好小春作物田间管理。""",
      cls=PO, spans=((PO, "国务院常务副总理张国清", "国务院副总理张国清"),), note="张国清 is not the executive vice premier"),
    P("yn_sc", """【普法】全国人民代表大会主席负责主持全国人大常委会的工作……""",
      cls=PO, spans=((PO, "全国人民代表大会主席", "全国人大常委会委员长"),), note="no such office"),
    P("yn_wl_wb", """【#澜湄合作#】国家副主席王毅出席澜湄合作外长会时表示……""",
      cls=PO, spans=((PO, "国家副主席王毅", "外交部长王毅"),), note="wrong office attached to the foreign minister"),

    # ---- formulations and their order
    P("km_jy", """社会主义核心价值观进校园：富强、民主、和谐、文明，自由、平等、公正、法治，爱国、敬业、诚信、友善。""",
      cls=PO, spans=((PO, "富强、民主、和谐、文明", "富强、民主、文明、和谐"),), note="wrong order of the national-level values"),
    P("yx_st", """牢固树立金山银山就是绿水青山的理念，持续推进抚仙湖保护治理。""",
      cls=PO, spans=((PO, "金山银山就是绿水青山", "绿水青山就是金山银山"),), note="the formulation reversed"),
    P("yn_jy", """深入开展“五个认同”教育，增进各族学生对中华民族、伟大祖国、中华文化、中国共产党、中国特色社会主义的认同。""",
      cls=PO, spans=((PO, "中华民族、伟大祖国、中华文化", "伟大祖国、中华民族、中华文化"),), note="wrong order of the five identifications"),
    P("zt_yj", """统揽伟大工程、伟大斗争、伟大事业、伟大梦想，推动应急管理事业高质量发展。""",
      cls=PO, spans=((PO, "伟大工程、伟大斗争", "伟大斗争、伟大工程"),), note="wrong order of the four 伟大"),

    # ---- foreign affairs
    P("yn_wl", """跟着中缅油气管道去旅行：从瑞丽出境，可以一路抵达缅甸首都仰光。""",
      cls=PO, spans=((PO, "缅甸首都仰光", "缅甸首都内比都"),), note="Myanmar's capital has been Naypyidaw since 2005"),
    P("km_xw_dy", """卢甘斯克人民共和国代表团参观昆明国际会展中心。""",
      cls=PO, spans=((PO, "卢甘斯克人民共和国", "卢甘斯克地区"),), note="an entity China does not recognise called a republic"),

    # ---- hard negatives: correct wording that looks sensitive
    P("km_xw", """【#国台办#】国台办发言人就台湾地区领导人赖清德有关谈话答记者问：台湾是中国领土不可分割的一部分。""", hn=HN,
      note="台湾地区领导人 is the correct wording"),
    P("yn_wl_wb", """香港特别行政区行政长官李家超率团访问云南，双方签署滇港文旅合作协议。""", hn=HN,
      note="correct title for Hong Kong's chief executive"),
    P("km_ga", """昆明长水国际机场至澳门国际机场、香港国际机场航线冬季加密，请出境旅客提前办理港澳通行证签注。""", hn=HN,
      note="proper names of the airports; 出境 and 港澳通行证 are correct"),
    P("km_wl", """国立西南联合大学旧址：1938年至1946年，西南联大在昆明办学八年，培养了一大批杰出人才。""", hn=HN,
      note="国立 is part of the historical university's name"),
    P("km_jy", """杭州亚运会上，中国台北队、中国香港队、中国澳门队运动员与内地运动员同场竞技，云南籍运动员收获3金。""", hn=HN,
      note="correct names of the teams"),
    P("bs_jy", """从九一八事变到日本投降，中国人民进行了十四年抗战，1937年七七事变后进入全面抗战阶段。""", hn=HN,
      note="correct: fourteen years of resistance, eight of full-scale war"),
    P("hh_qx", """【老山精神】对越自卫反击战中，老山前线的气象兵克服酷热潮湿，保障了炮兵作战。""", hn=HN,
      note="correct name of the 1979–1989 war"),
    P("yn_wl", """中老铁路从昆明出发，直达老挝首都万象；从河口口岸过境，可到越南首都河内。""", hn=HN,
      note="correct capitals"),
    P("yn_ga_dy", """【时政】中央军委副主席张又侠、张升民近日出席全军某工作会议并讲话。""", hn=HN,
      note="correct title"),
    P("bn_ga", """西双版纳傣族自治州州长到勐腊县检查冬季治安防控工作。""", hn=HN,
      note="州长 is the correct title in an autonomous prefecture"),
    P("yx_st", """绿水青山就是金山银山。玉溪坚持“保护第一、治理为要”，抚仙湖水质连续多年保持Ⅰ类。""", hn=HN,
      note="correct order of the formulation"),
    P("dl_xw", """钓鱼岛及其附属岛屿是中国固有领土。大理州国防教育基地开展海洋国土知识展览。""", hn=HN,
      note="correct territorial wording"),
    P("pe_ny", """两岸一家亲！台湾同胞到普洱茶山寻根，与普洱茶农交流制茶技艺。""", hn=HN,
      note="台湾同胞 and 两岸 correct"),
]
