"""Fifteenth held-out part: wrong characters (class typo) and hard negatives that look like typos but are right.
Mechanism and object are given at the start of each note: sound (same or near sound, pinyin input), shape,
boundary (pinyin syllable boundary read wrongly by the input method), dropped, doubled."""
from _lib import P

T = "typo"
HN = "typo"

POSTS = [
    P("nj_wl", """冬游南京｜紫金山下，赴一场梅与松的约会

入冬后的钟山风景区游人渐少，正是静心游览的好时候。从中山凌博爱坊拾级而上，392级台阶两侧雪松苍翠；走累了，可到明孝陵神道看石象路的银杏落叶。

温馨提示：中山陵陵寝每周一闭馆维护（法定节假日除外），请通过“中山陵园风景区”小程序提前预约。""",
      cls=T, spans=((T, "中山凌", "中山陵"),), note="sound; place: landmark name 中山陵 (陵→凌); the right form appears later in the same post"),
    P("nj_xw_dy", "夜游秦怀河，灯影桨声里的金陵冬夜✨ 夫子庙—白鹭洲段画舫12月起冬季时刻表调整，末班21:30。#南京 #夜游",
      cls=T, spans=((T, "秦怀河", "秦淮河"),), note="sound; place: river name 秦淮河 (淮→怀)"),
    P("sz_xw", "【拙正园冬季开放时间调整】12月1日至次年2月底，拙正园开放时间调整为7:30—17:00，17:00停止入园。游客请通过“苏州园林”官方平台实名预约，现场不售票。",
      cls=T, spans=((T, "拙正园", "拙政园"),), note="sound; place: garden name 拙政园 (政→正), twice"),
    P("yz_xw", "【廋西湖冬季夜游暂停公告】因设施维护，廋西湖景区夜游项目自12月2日起暂停，白天游览不受影响，恢复时间另行通知。",
      cls=T, spans=((T, "廋西湖", "瘦西湖"),), note="shape; place: 瘦西湖 (瘦→廋)"),
    P("yz_xw", "“故人西辞黄鹤楼，烟花三月下杨州。”千百年来，扬州以诗入城。11月28日起，“诗词里的扬州”主题展在扬州中国大运河博物馆开展，免费预约参观。",
      cls=T, spans=((T, "烟花三月下杨州", "烟花三月下扬州"),), note="shape/sound; saying: Li Bai's line, 扬→杨"),
    P("js_wl_wb", "【一首诗游江苏】“京口瓜州一水间，钟山只隔数重山。春风又绿江南案，明月何时照我还。”王安石的这首《泊船瓜洲》，写尽了镇江、扬州隔江相望的风景。本周起，西津渡、瓜洲古渡推出冬季诗词研学线路。",
      cls=T, spans=((T, "京口瓜州一水间", "京口瓜洲一水间"), (T, "春风又绿江南案", "春风又绿江南岸")),
      note="sound (洲→州, 岸→案); saying/poem: Wang Anshi's 泊船瓜洲; the title keeps 瓜洲 right"),
    P("js_wl", "二十四桥名月夜，玉人何处教吹箫🌙 冬夜的扬州，也有诗里的温柔。#水韵江苏 #扬州",
      cls=T, spans=((T, "二十四桥名月夜", "二十四桥明月夜"),), note="sound; poem line of Du Mu (明→名)"),
    P("sz_xw_dy", "先天下之优而忧，后天下之乐而乐。走进苏州文庙，寻访范仲淹创办的府学旧址📚 #苏州 #古城",
      cls=T, spans=((T, "先天下之优而忧", "先天下之忧而忧"),), note="sound/shape; saying of Fan Zhongyan (忧→优)"),
    P("ha_ny", """洪择湖螃蟹冬季管护技术要点

一、水草管理。入冬后及时清理腐烂水草，保持水质清新。
二、增氧管理。阴雨天气开启增氧设备，防止缺氧。
三、防寒管理。适当加深水位至1.2米以上。

淮安市农业农村局渔业技术指导站""",
      cls=T, spans=((T, "洪择湖", "洪泽湖"),), note="sound/shape; place: lake name 洪泽湖 (泽→择)"),
    P("yc_st", """大丰糜鹿国家级自然保护区迎来越冬候鸟高峰

近日，大丰糜鹿国家级自然保护区及周边湿地监测到白鹤、东方白鹳等珍稀鸟类。保护区野生麋鹿种群已超过8000头。我局将会同林业部门加强巡护，严厉打击非法捕猎。""",
      cls=T, spans=((T, "大丰糜鹿", "大丰麋鹿"),), note="shape; place/term: 麋鹿 (麋→糜) in the reserve's name; the right 麋鹿 appears once"),
    P("xz_wl", "雎宁县古邳镇，千年下邳古城遗址就在脚下🏯 周末去看看！#徐州文旅",
      cls=T, spans=((T, "雎宁县", "睢宁县"),), note="shape; place: county name 睢宁 (睢→雎)"),
    P("cz_rs", """漂阳市2026年冬季专场招聘会12月5日举行

漂阳市人力资源市场将于12月5日举办冬季专场招聘会，预计120余家企业提供岗位3000余个，涉及动力电池、智能制造、文旅等行业。求职者请携带身份证及个人简历参加。""",
      cls=T, spans=((T, "漂阳市", "溧阳市"),), note="shape; place: county-level city 溧阳 (溧→漂)"),
    P("nt_yj", "【安全提示】冬季壕河游船停航检修期间，请市民不要在壕河沿岸冰面或湿滑驳岸逗留，注意安全。",
      cls=T, spans=((T, "壕河", "濠河"),), note="shape/sound; place: Nantong's 濠河 (濠→壕)"),
    P("js_wl_wb", "【周思来纪念馆冬季开放时间】淮安周思来纪念馆12月起每日9:00—16:30开放，16:00停止入馆，周一闭馆（节假日除外）。",
      cls=T, spans=((T, "周思来", "周恩来"),), note="shape; leader (historical) name in a landmark name: 周恩来 (恩→思)"),
    P("nj_xw", "【省委书记信长兴调研南京都市圈建设】11月21日，省委书记信长兴在南京调研都市圈建设时强调，要深化宁镇扬一体化，推动交通、产业、公共服务同城化。",
      cls=T, spans=((T, "信长兴", "信长星"),), note="sound; leader: provincial party secretary's name (星→兴), twice"),
    P("js_sc", "【省长许坤林主持召开省政府常务会议】会议研究部署冬季市场保供稳价和食品安全工作，要求全力保障群众“菜篮子”“米袋子”供应。",
      cls=T, spans=((T, "许坤林", "许昆林"),), note="sound; leader: governor's name (昆→坤)"),
    P("sz_xw", "【苏州持续推进“一件事一次半”】今年以来，我市“一件事一次半”已覆盖企业开办、不动产登记等46个事项，平均办理时限压缩60%以上。",
      cls=T, spans=((T, "一件事一次半", "一件事一次办"),), note="sound; slogan/term: 一件事一次办 (办→半)"),
    P("sz_xw", "【外交部长王艺将出席在苏州举行的国际论坛】据悉，王艺外长将出席本月下旬在苏州举办的“中国—东盟合作论坛”开幕式并致辞。",
      cls=T, spans=((T, "王艺", "王毅"),), note="sound; leader: foreign minister's name (毅→艺)"),
    P("js_jy", """中共江苏省委办工厅 江苏省人民政府办公厅印发《关于推进中小学科学教育提质的实施意见》

近日，中共江苏省委办工厅、江苏省人民政府办公厅印发《关于推进中小学科学教育提质的实施意见》，要求到2027年，全省中小学科学类课程开齐开足，每所学校至少配备1名专职科学教师。""",
      cls=T, spans=((T, "中共江苏省委办工厅", "中共江苏省委办公厅"),), note="sound/shape; body: 省委办公厅 (公→工), twice; 省政府办公厅 right"),
    P("js_rs", """关于公布江苏省人名政府2026年度省级技能大师工作室名单的通知

经专家评审、社会公示，江苏省人名政府确定南京、苏州等地52个工作室为2026年度省级技能大师工作室，每个给予一次性补助资金10万元。""",
      cls=T, spans=((T, "江苏省人名政府", "江苏省人民政府"),), note="sound; body: 江苏省人民政府 (民→名), twice"),
    P("cz_rs", "根据人力资源社会保幛部、财政部有关规定，2026年失业保险稳岗反还政策延续实施，符合条件的企业无需申请，“免申即享”。",
      cls=T, spans=((T, "人力资源社会保幛部", "人力资源社会保障部"), (T, "稳岗反还", "稳岗返还")),
      note="shape (障→幛) in a ministry name; sound (返→反) in a policy term"),
    P("js_sc", "【国家发展该革委等部门部署冬季保供稳价】国家发展该革委会同有关部门部署做好今冬明春重要民生商品保供稳价工作，我省将加强价格监测，严厉打击囤积居奇、哄抬价格等行为。",
      cls=T, spans=((T, "国家发展该革委", "国家发展改革委"),), note="sound; body: 国家发展改革委 (改→该), twice"),
    P("js_sc", "《江苏省优化营商坏境条例》实施三周年，全省经营主体总量突破1500万户。我局将持续落实“双随机、一公开”监管，让经营主体安心发展。",
      cls=T, spans=((T, "优化营商坏境条例", "优化营商环境条例"),), note="shape; document: regulation name (环→坏)"),
    P("nt_yj", """全市开展冬季消防安全专项检查

11月以来，我局会同消防救援部门依据《中华人民共和国消访法》，对全市商场、宾馆、养老机构等人员密集场所开展专项检查，发现隐患312处，已全部督促整改。下一步，我们将深入开展安全生产治本功坚三年行动，贯彻落实落实各项防范措施。""",
      cls=T, spans=((T, "中华人民共和国消访法", "中华人民共和国消防法"), (T, "治本功坚", "治本攻坚"), (T, "贯彻落实落实", "贯彻落实")),
      note="sound (防→访) in a law name; sound (攻→功) in a campaign name; doubled 落实"),
    P("sz_xw", "【苏州市2027年政府公作报告意见征集】即日起至12月15日，市政府面向社会公开征集对2027年政府公作报告的意见建议，可通过“苏州发布”留言。",
      cls=T, spans=((T, "政府公作报告", "政府工作报告"),), note="shape/sound; document: 政府工作报告 (工→公), twice"),
    P("js_ga", "【全省公安机关学习贯彻二十届中央纪委五此全会精神】近日，省公安厅召开党委会，传达学习二十届中央纪委五此全会精神，研究部署全省公安机关党风廉政建设工作。",
      cls=T, spans=((T, "五此全会", "五次全会"),), note="sound; term: meeting name (次→此), twice"),
    P("wx_jy", """深入推进义务教育优质均恒发展

首西安，要提高政治站位，把义务教育优质均衡发展作为教育强市建设的基础工程；其次，要补齐短板，加快薄弱学校改造；再次，要坚持五育并举，促进学生全面发展。""",
      cls=T, spans=((T, "优质均恒", "优质均衡"), (T, "首西安", "首先")),
      note="shape/sound (衡→恒) in a policy term; boundary: 首先 xian typed as 西安 (xi'an)"),
    P("js_jy", """全省教育系统专题学习会召开

会议强调，要以建设教育强省为目标，为建设社会主义现代强国贡献教育力量，坚持守证创新，统筹推进学籍单干电子化管理等基础工作。

会议还回顾了邓晓平同志关于“教育要面向现代化，面向世界，面向未来”的重要论述。""",
      cls=T, spans=((T, "社会主义现代强国", "社会主义现代化强国"), (T, "守证创新", "守正创新"), (T, "学籍单干", "学籍档案"), (T, "邓晓平", "邓小平")),
      note="dropped 化 in a formulation; sound (正→证) in a slogan; boundary (dang'an read dan'gan) in 学籍档案; sound in a leader's name (小→晓)"),
    P("zj_wj", "【镇江在全省率西安实现检查检验结果互认全覆盖】11月起，我市二级以上公立医院在全省率西安实现136项检查检验结果互认全覆盖，群众就医少跑腿、少花钱。",
      cls=T, spans=((T, "率西安", "率先"),), note="boundary: 率先 xian typed as 西安 (xi'an), twice"),
    P("sz_sc", "【明厨亮照提升行动】我市推进餐饮单位“明厨亮照”提质扩面，目前全市已有2.6万家餐饮单位实现后厨直播，消费者扫码即可查看。",
      cls=T, spans=((T, "明厨亮照", "明厨亮灶"),), note="sound; term: 明厨亮灶 (灶→照), twice"),
    P("js_rs", """个税专项付加扣除确认开始了

2027年度个人所得税专项付加扣除信息确认将于12月1日开始。纳税人可通过个人所得税App确认子女教育、继续教育、大病医疗、住房贷款利息、住房租金、赡养老人、3岁以下婴幼儿照护等扣除信息。

功成不必再我，功成必定有我。人社干部要当好服务群众的“店小二”。""",
      cls=T, spans=((T, "专项付加扣除", "专项附加扣除"), (T, "功成不必再我", "功成不必在我")),
      note="sound (附→付) in a tax term, twice; sound (在→再) in a saying"),
    P("nj_xw", "【经济大省要勇挑大粱】南京将锚定“走在前、做示范”，在推进中国式现代化中勇挑大粱，加快建设具有全球影响力的产业科技创新中心主承载区。",
      cls=T, spans=((T, "勇挑大粱", "勇挑大梁"),), note="shape; slogan: 勇挑大梁 (梁→粱), twice"),
    P("ha_ny", "【新时代文明践中心走进田间】我市各地新时代文明践中心组织农技志愿者走进田间地头，开展小麦冬前管理技术培训210场次。",
      cls=T, spans=((T, "新时代文明践中心", "新时代文明实践中心"),), note="dropped 实; term: 新时代文明实践中心, twice"),
    P("nj_xw_dy", "江苏省城市足球联塞南京主场最后一轮开票啦⚽ 理性观赛，文明出行！#苏超",
      cls=T, spans=((T, "江苏省城市足球联塞", "江苏省城市足球联赛"),), note="sound/shape; name of an official league (赛→塞)"),

    # ---- hard negatives: right forms that look like slips ----
    P("sz_xw", "【甪直古镇冬季游】甪直古镇保圣寺唐代塑壁罗汉冬季每日开放。“甪”读lù，这个字你读对了吗？",
      hn=HN, note="甪直 is the right name (rare character), not 角直"),
    P("sz_sc", "【浒墅关市场监管分局开展年货市场专项检查】“浒”在这里读xǔ。分局对辖区内12家农贸市场开展检查，未发现问题。",
      hn=HN, note="浒墅关 is right (浒 read xǔ)"),
    P("yz_xw", "【邗江区新增3所公办幼儿园】2027年春学期起，邗江区新增公办学位900个，报名通知将于12月中旬发布。",
      hn=HN, note="邗江 is right (not 邢江)"),
    P("xz_qx", "【徐州天气】今天夜里到明天：睢宁、邳州、新沂多云转阴，沛县、丰县有雾，最低气温零下2℃。请注意防寒保暖。",
      hn=HN, note="睢宁, 邳州 are right place names"),
    P("js_wl", "瓜洲古渡，千年运河在这里汇入长江⛵ 冬日的瓜洲，安静又温柔。#水韵江苏",
      hn=HN, note="瓜洲 (with 洲) is right"),
    P("wx_ga", "【鼋头渚景区周边交通管制】12月1日起，鼋头渚景区周边道路实行冬季临时交通管制，请市民合理安排出行。",
      hn=HN, note="鼋头渚 is right (rare characters)"),
    P("yc_st", "【麋鹿“回家”40周年】1986年，39头麋鹿从英国回到大丰，如今种群已超过8000头。麋鹿俗称“四不像”。",
      hn=HN, note="麋鹿 is right (not 糜鹿)"),
    P("ha_ny", "【盱眙龙虾稻田综合种养技术培训】12月3日，市农业农村局在盱眙县举办稻虾综合种养技术培训，200余名种养户参加。",
      hn=HN, note="盱眙 is right (rare characters)"),
    P("js_rs", "【提醒】2026年度职业技能补贴申领截至12月31日，逾期不再受理。申领人有权利查询办理进度，经办机构不得滥用权力设置额外条件。",
      hn=HN, note="截至/权利/权力 all used correctly"),
    P("nj_xw", "【省委书记信长星、省长许昆林会见来宁客商】11月22日，省委书记信长星、省长许昆林在南京会见参加世界智能制造大会的中外企业家代表。",
      hn=HN, note="leaders' names spelt right (星, 昆)"),
    P("nt_yj", "【如东县栟茶镇开展危化品运输车辆专项检查】“栟”读bēn。本次检查共出动执法人员36人次，检查车辆41台次。",
      hn=HN, note="栟茶 is a right place name (rare character)"),
    P("cz_rs", "【溧阳、金坛两地联合举办招聘会】12月6日，溧阳市和金坛区人社部门在溧阳联合举办“人才夜市”专场招聘活动。",
      hn=HN, note="溧阳 is right (not 漂阳)"),
    P("wx_jy", "【首批“西安—无锡”教育交流项目启动】11月26日，无锡市与陕西省西安市签订基础教育交流合作协议，首批20名校长将互派挂职。",
      hn=HN, note="西安 here is the city, not a boundary slip for 先"),
]
