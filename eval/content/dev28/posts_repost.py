"""Twenty-fourth held-out part: new source documents of unregistered accounts, copies of them (sourced and
unsourced), other unsourced reposts (class unsourced_repost) and hard negatives. The documents are new (none
is a document of dev/ ... dev27/)."""
from _lib import P

U = "unsourced_repost"
T = "typo"
HN = "unsourced_repost"

G1 = """国务院办公厅关于做好2027年元旦春节期间保障农民工工资支付工作的通知要点

各地要在春节前集中开展欠薪问题排查，对政府投资工程项目拖欠工资问题实行挂牌督办，畅通线上线下维权渠道，确保农民工按时足额拿到工资回家过年。"""

G2 = """国务院新闻办公室举行发布会介绍今冬明春重要民生商品保供稳价情况

有关部门负责人表示，今年粮食再获丰收，猪肉、蔬菜等供应充足，将适时投放储备，加强价格监测预警，确保节日期间市场供应平稳有序。"""

X1 = """新华社贵阳11月17日电（记者 石林 黔川）贵州“村超”“村BA”等乡村体育赛事持续带动文旅消费，今年前10个月全省乡村旅游接待游客同比增长一成以上，一批村寨走上了“体育+文旅”的致富路。"""

X2 = """新华社北京11月18日电 记者从交通运输部获悉，2027年春运将于1月下旬开始，为期40天。铁路部门将加大中西部地区运力投放，民航将增开热门航线班次。"""

R1 = """人民日报：让“冷门”县城也能留住年轻人

县城是城乡融合的关键纽带。让年轻人愿意留下来，既要有岗位，也要有好的教育、医疗和文化生活。

多下一些“绣花功夫”，县城才能成为年轻人安身立业的好去处。"""

R2 = """冬季用电安全，这5件事一定要做

1. 大功率电器不要共用一个插座；
2. 电热毯不要折叠使用；
3. 外出、睡前关闭取暖设备电源；
4. 电动自行车不进楼道、不入户；
5. 发现电线老化及时请电工更换。"""

C1 = """【#今冬首场寒潮来袭#】中央气象台11月19日发布寒潮预警，受强冷空气影响，西南地区东部气温将下降8℃至10℃，贵州、湖南西部等地有冻雨。请提前做好防寒防冻准备。"""

C2 = """【#拒绝非法集资#】以“养老项目”“投资分红”为名，承诺高额回报，吸引老年人“投钱入股”的，都要高度警惕！遇到此类情况，请及时向当地金融监管部门或公安机关反映。"""

N1 = """诺如病毒感染高发季，做好这几点

1. 饭前便后用肥皂和流动水洗手；
2. 生吃瓜果要洗净，贝类海鲜要煮熟；
3. 患者呕吐物要及时用含氯消毒剂处理；
4. 出现呕吐、腹泻要及时就医，患病期间不要制作食物。"""

N2 = """老年人冬季健康“四防”

防跌倒：雨雪天少出门，浴室加装扶手；
防感冒：适时增减衣物，按时接种疫苗；
防心脑血管意外：清晨不宜剧烈运动；
防烫伤：使用热水袋、电暖器要注意温度。"""

M1 = """冬季火灾防范“十不要”

不要卧床吸烟；不要在楼道堆放杂物；不要私拉乱接电线；不要用汽油、酒精引火；不要让儿童玩火；不要离人做饭……

牢记火警电话119，发现火情及时报警。"""

P1 = """【#公安部刑侦局提醒#】有人冒充“电商平台客服”，称你误开了“会员自动扣费”服务，要你在“屏幕共享”状态下操作取消。记住：凡是要求屏幕共享、提供验证码的，都是诈骗！"""

Q1 = """【#冻雨是什么#】冻雨是过冷雨滴落到温度低于0℃的物体上立即冻结而成的。冻雨会造成道路结冰、电线覆冰，出行要特别注意安全。"""

Q2 = """【#今年冬季气候趋势预测#】国家气候中心预测，今冬我国大部地区气温接近常年同期到偏高，但阶段性强降温过程仍较多，南方地区需防范低温雨雪冰冻天气。"""

DOCS = [
    P("gov_wx", G1, key="G1"), P("gov_wx", G2, key="G2"),
    P("xh_wb", X1, key="X1"), P("xh_wb", X2, key="X2"),
    P("rmrb_wx", R1, key="R1"), P("rmrb_wx", R2, key="R2"),
    P("cctv_wb", C1, key="C1"), P("cctv_wb", C2, key="C2"),
    P("nhc_wx", N1, key="N1"), P("nhc_wx", N2, key="N2"),
    P("mem_wx", M1, key="M1"),
    P("mps_wb", P1, key="P1"),
    P("cma_wb", Q1, key="Q1"), P("cma_wb", Q2, key="Q2"),
]

COPIES_BAD = [
    P("bj_rs", G1, U, copy="G1", note="copy of a State Council notice without naming the source"),
    P("gz_sc", G2, U, copy="G2", note="copy of a press-conference summary without a source"),
    P("qdn_wl", X1.replace("新华社贵阳11月17日电（记者 石林 黔川）", ""), U, copy="X1",
      note="Xinhua dateline cut off; no source named"),
    P("gy_xw_dy", X2.replace("新华社北京11月18日电 ", ""), U, copy="X2", note="Xinhua dateline cut off"),
    P("lps_xw", R1.replace("人民日报：", ""), U, copy="R1", note="People's Daily commentary with its name cut"),
    P("zy_yj", R2, U, copy="R2", note="copied safety list without a source"),
    P("bj_qx", C1, U, copy="C1", note="CCTV weather item pasted without a source"),
    P("gz_ga", C2, U, orig=True, copy="C2", note="CCTV item pasted as a Weibo original, no source"),
    P("tr_wj", N1, U, copy="N1", note="NHC health list copied without a source"),
    P("qn_jy", M1, U, copy="M1", note="emergency ministry list copied without a source"),
    P("as_ga", P1, U, orig=True, copy="P1", note="police-bureau item pasted as original"),
    P("gz_st", Q2, U, orig=True, copy="Q2", note="climate outlook pasted as original"),
]

COPIES_OK = [
    P("gy_xw", "【#乡村体育带火文旅#】" + X1, copy="X1", hn=HN, note="keeps the Xinhua dateline"),
    P("tr_wj", N2 + "\n\n来源：健康中国", copy="N2", hn=HN, note="来源 line"),
    P("gz_wj", "以下文章来源于健康中国\n\n" + N1, copy="N1", hn=HN, note="以下文章来源于 banner"),
    P("zy_yj", M1 + "\n\n（转自：中国应急管理）", copy="M1", hn=HN, note="转自 in brackets"),
    P("gy_ga_wb", "转发提醒！", src="公安部刑侦局", orig=False, copy="P1", hn=HN,
      note="platform repost with the source field set"),
    P("bj_qx", "据中国气象局消息，" + Q1.split("】", 1)[1], copy="Q1", hn=HN, note="据…消息 attribution"),
    P("gz_jy", "人民日报：让“冷门”县城也能留住年轻人\n\n" + R1.split("\n\n", 1)[1], copy="R1", hn=HN,
      note="publisher named as the headline's speaker"),
    P("qn_nw", G2 + "\n\n稿件来源：中国政府网", copy="G2", hn=HN, note="稿件来源 line"),
]

OTHER_BAD = [
    P("gz_wj", "加快推进紧密型县域医共体建设\n\n我委近日印发通知，要求到2027年底，紧密型县域医共体基本实现全覆盖，推动优质医疗资源下沉，让群众在县域内看好病。",
      U, note="another body's voice (我委) without a source"),
    P("qdn_sc", "市场监管总局发布2026年第四批食品抽检情况\n\n总局近日组织抽检食用农产品、肉制品等12大类食品2860批次，检出不合格样品31批次，已责成有关省级市场监管部门依法处置。",
      U, note="another body's release (总局) without a source"),
    P("gz_jy", "严禁中小学寒假违规补课\n\n我部近日印发通知，要求各地加强寒假期间校外培训监管，严禁在职教师有偿补课，确保学生过一个安全、健康、快乐的寒假。",
      U, note="another body's voice (我部) without a source"),
    P("zy_wl", "文化和旅游部公布第五批国家级旅游休闲街区名单\n\n经各省推荐、专家评审，共有60个街区入选。这些街区文化主题鲜明、业态丰富，已成为群众休闲消费的重要场所。",
      U, note="ministry release pasted without a source"),
    P("bj_rs", "2027年起养老保险全国统筹继续深化\n\n人力资源社会保障部有关负责人日前表示，将进一步完善基本养老保险全国统筹制度，推进经办服务全国一体化。",
      U, note="ministry news pasted without a source"),
    P("gy_ga", "【转给家人】近期有骗子冒充“医保局工作人员”，称你的医保卡被盗刷要“冻结”，诱导下载陌生App。医保部门不会电话要求下载App！（公安部刑事侦查局）",
      U, note="another body's warning pasted without a source"),
    P("tr_st", "今冬明春重点区域大气污染防治攻坚行动启动\n\n我部将组织开展专项督导，聚焦燃煤锅炉、工业炉窑和柴油货车，推动重点区域空气质量持续改善。",
      U, note="another body's voice (我部) without a source"),
    P("qn_nw", "农业农村部部署冬春农业生产\n\n部里要求各地抓好小麦、油菜冬季田间管理，做好设施农业防寒保温，切实保障元旦春节期间“菜篮子”产品供应。",
      U, note="ministry item pasted without a source"),
    P("gz_st", "【#全国碳市场扩围#】全国碳排放权交易市场今年新纳入钢铁、水泥、铝冶炼行业，覆盖排放量将超过80亿吨。专家表示，这将有力推动重点行业绿色低碳转型。",
      U, orig=True, note="national news item pasted as an original"),
    P("as_wl", "国家文物局公布2026年度全国十大考古新发现初评结果，多个西南地区项目入围。专家认为，这些发现对研究中华文明多元一体格局具有重要意义。",
      U, note="national news pasted without a source"),
    P("lps_xw_dy", "10月份国民经济运行总体平稳。国家统计局数据显示，全国规模以上工业增加值同比增长5.6%，社会消费品零售总额同比增长4.1%。",
      U, note="national statistics news without a source"),
    P("qxn_ly", "我国森林覆盖率提高到25%以上\n\n我局日前发布数据，全国森林面积持续增长，草原综合植被盖度稳定在50%以上，荒漠化和沙化土地面积持续“双减少”。",
      U, note="another body's voice (我局, national) without a source"),
    P("gz_sc", "网购药品要认准“互联网药品信息服务资格证书”，切勿购买来源不明的“特效药”“进口药”。（国家药品监督管理局）",
      U, note="another regulator's warning without a source"),
    P("zy_yj", "应急管理部、国家消防救援局部署冬春火灾防控工作\n\n我部要求，聚焦高层建筑、大型商业综合体、老旧小区等场所，全面排查整治火灾隐患。",
      U, note="another body's voice (我部) without a source"),
    P("qn_jy", "黔东南州中小学寒假自2027年1月17日开始\n\n我局提醒各校做好假期安全教育，严格落实“一校一案”，家长要履行好监护责任。",
      U, note="another prefecture's bureau's notice (我局) posted by a different prefecture without a source"),
    P("tr_wj", "遵义市新增3家二级甲等医院\n\n近日，我局组织专家对申报医院进行评审，3家县级医院顺利通过二级甲等医院评审。",
      U, note="another city's bureau's voice without a source"),
    P("gy_xw", "【#数字经济再提速#】工业和信息化部数据显示，我国5G基站总数已超过480万个，千兆宽带用户突破2亿户。",
      U, orig=True, note="national news pasted as original"),
    P("bj_qx", "国家气候中心监测显示，今年以来全国平均气温较常年偏高0.8℃，为有完整气象观测记录以来同期第二高。",
      U, orig=True, note="another body's release pasted as original"),
    P("lps_xw", "最高人民法院发布涉农民工工资典型案例\n\n最高法日前发布6件典型案例，涉及拒不支付劳动报酬罪、工程款拖欠等，明确对恶意欠薪行为依法从严惩处。",
      U, orig=True, note="court release pasted without a source"),
    P("as_ga", "【#冬季驾驶安全#】雨雪冰冻天气行车，要降低车速、加大跟车距离，不要急刹车、急转向。（公安部交通管理局）",
      U, orig=True, note="another body's tips pasted without a source"),
    P("gz_wj", "2027年度居民医保个人缴费标准公布\n\n我局会同财政部、国家税务总局印发通知，明确城乡居民医保人均财政补助标准和个人缴费标准。",
      U, note="another body's voice (我局, national) without a source"),
    P("qdn_wl", "文化和旅游部数据中心测算，今年国庆假期全国国内出游人次和出游总花费同比均实现增长，乡村游、非遗游热度上升。",
      U, note="national data item without a source"),
    P("gz_ga_dy", "国家移民管理局预计，2027年春节期间口岸出入境人员将达日均190万人次，请旅客合理安排行程。",
      U, note="another body's release without a source"),
    # unsourced_repost + typo
    P("gz_jy", "推动构建人类命运共用体\n\n我部发言人在例行记者会上表示，中方愿同各方一道，践行全球发展倡议、全球安全倡议、全球文明倡议。",
      (U, T), [(T, "人类命运共用体", "人类命运共同体")],
      note="two classes: another body's voice (我部) without a source, and 同→用 in a formal term"),
]

OTHER_OK = [
    P("gz_ga", "【警方提示】我厅近日部署开展冬季道路交通安全整治，全省公安交管部门将加强对“两客一危”车辆、农村面包车的检查。",
      hn=HN, note="the unit's own voice (我厅)"),
    P("zy_yj", "遵义市应急管理局关于开展冬季安全生产大检查的通知\n\n各县（市、区）应急管理局：为切实做好冬季安全生产工作，我局决定开展安全生产大检查，现将有关事项通知如下……",
      hn=HN, note="the unit's own notice in its own voice"),
    P("gz_wl_wb", "【#贵州文旅#】新华社消息，贵州“村超”入选年度乡村文旅典型案例。", hn=HN,
      note="新华社消息 attribution"),
    P("as_wl", "转发：央视新闻关注安顺屯堡文化保护传承", src="央视新闻", orig=False, hn=HN,
      note="platform repost with source set"),
    P("gy_ga", "（来源：贵州省公安厅）全省公安机关冬季治安巡逻防控工作全面启动，警力见警率明显提升。", hn=HN,
      note="来源 in brackets naming the provincial department"),
]

POSTS = DOCS + COPIES_BAD + COPIES_OK + OTHER_BAD + OTHER_OK
