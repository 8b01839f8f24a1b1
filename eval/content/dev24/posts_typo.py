"""Twentieth held-out part: wrong characters in formal terms, names of places, bodies, documents and leaders,
slogans, poems and sayings (class typo), and clean posts with the correct forms (hard negatives)."""
from _lib import P

T = "typo"
HN = "typo"

POSTS = [
    # ---- places and scenic spots
    P("ln_wl", "冬日限定的红墙金瓦！沈阳古宫迎来今冬第一场雪，大政殿、十王亭银装素裹，冬季开放时间调整为9:00—16:30，提前一天在线预约即可参观。#乐游辽宁#",
      T, [(T, "沈阳古宫", "沈阳故宫")], note="same-sound slip (故→古) in the name of the Shenyang Palace Museum"),
    P("dl_wl", """冬游大连｜金石摊的海，冬天更安静

入冬后的金石滩国家旅游度假区少了喧嚣，多了几分辽阔。清晨可以在玫瑰园观海，中午去地质博物馆看十亿年前的海底岩层，傍晚沿滨海步道看落日。

温馨提示：冬季海边风大，请注意保暖，不要攀爬礁石。""",
      T, [(T, "金石摊", "金石滩")], note="same-sound slip (滩→摊) in a scenic name; the correct form appears later in the same post"),
    P("dl_wl", """棒锤岛宾馆周边海域冬季观鸥时间公布

每年12月至次年2月，大批海鸥聚集在滨海路沿线。市文化和旅游局提醒游客：请勿投喂含盐、油炸食品，观鸥时与海鸥保持距离，注意脚下湿滑。""",
      T, [(T, "棒锤岛", "棒棰岛")], note="same-sound, look-alike slip (棰→锤) in a Dalian place name"),
    P("pj_wl", "芦苇收割季，盘锦红海潍的碱蓬草已经褪去红装，但冬天的苇海也别有味道！冰上捕鱼、稻田画冰雪乐园12月中旬陆续开放，欢迎来盘锦过冬天～",
      T, [(T, "红海潍", "红海滩")], note="look-alike slip (滩→潍) in the scenic name"),
    P("hld_wl", """兴成古城冬季夜游开放啦

即日起至明年2月底，每周五至周日晚17:00—21:00开放古城墙夜游线路，文庙、督师府、钟鼓楼将点亮灯光。

兴城古城是我国保存最完整的明代卫城之一，夜游请走指定线路，注意防寒防滑。""",
      T, [(T, "兴成古城", "兴城古城")], note="same-sound slip (城→成) in the title; the body has the correct form"),
    P("ln_wl_wb", "【北镇医巫驴山：雪后松涛】北镇医巫闾山国家级自然保护区雪后景色宜人，大芦花、望海寺等景点冬季正常开放，进山请走规定游览步道，严禁携带火种。#乐游辽宁#",
      T, [(T, "医巫驴山", "医巫闾山")], note="same-sound slip (闾→驴) in the mountain's name; the correct form appears in the next phrase"),
    P("dd_xw", "【鸭禄江畔的冬天】随着气温下降，鸭绿江断桥景区、河口景区进入冬季运营。丹东市文旅部门提醒：江边风大，请勿翻越护栏，拍照注意安全。",
      T, [(T, "鸭禄江", "鸭绿江")], note="same-sound slip (绿 lù→禄) in the river's name at the head of a post"),
    P("hld_wl", """“葫芦鸟之夜”冬季文艺演出周末开演

本周六晚19:00，市群众艺术馆将举办冬季惠民演出，京剧、评剧、二人转轮番登场，免费领票入场，每人限领2张。""",
      T, [(T, "葫芦鸟", "葫芦岛")], note="look-alike slip (岛→鸟) in the city name"),
    P("jz_ny", """笔驾山下的设施农业：冬季大棚管理要点

锦州市农业农村局农技专家提醒：
1. 降温前加固棚膜，夜间加盖保温被；
2. 雪后及时清扫棚面积雪，防止压塌；
3. 晴天中午适当通风排湿，减少病害发生。""",
      T, [(T, "笔驾山", "笔架山")], note="same-sound slip (架→驾) in the name of a Jinzhou scenic spot"),
    P("ln_wl_wb", "【新宾赫图拉城：满洲族的发祥地】冬季的赫图阿拉城银装素裹，汗宫大衙门、正白旗衙门等复原建筑在雪中格外庄重，是了解满族历史文化的好去处。#乐游辽宁#",
      [T, "political"], [(T, "赫图拉城", "赫图阿拉城"), ("political", "满洲族", "满族")],
      note="dropped character (阿) in the name of the old city, and a wrong ethnic name in the same headline"),
    # ---- formal terms
    P("ln_sc", """全省市场监管系统部署冬季专项行动

会议要求，要深入落实建设全国统一大市厂部署，清理妨碍公平竞争的地方性规定，严查不正当竞争和价格违法行为，持续优化经营主体发展环境。""",
      T, [(T, "全国统一大市厂", "全国统一大市场")], note="same-sound slip (场→厂) in a formal term"),
    P("as_jy", """关于做好2027年普通高校招生考生档案整理工作的通知

各县（市）区教育局：

请于12月10日前完成本地区考生单干的审核整理，确保考生信息真实准确、材料齐全。对档案材料有疑问的，及时与市招生考试办公室联系。""",
      T, [(T, "考生单干", "考生档案")], note="pinyin word-break slip (dang'an typed as dan'gan) in a formal term; the correct form appears elsewhere in the post"),
    P("as_jy", """市教育局开展“师德师风”主题教育活动

活动以培育和践行社会主义核心价值值观为主线，组织全市中小学教师开展师德承诺、典型宣讲和案例警示教育，引导广大教师做学生锤炼品格、学习知识、创新思维、奉献祖国的引路人。""",
      T, [(T, "社会主义核心价值值观", "社会主义核心价值观")], note="doubled character (值) in a formal term"),
    P("ln_rs", """全省人社系统学习贯彻全会精神

会议强调，要以就业为民生之本，深刻把握中国式代化的本质要求，健全高质量充分就业促进机制，兜牢民生底线。""",
      T, [(T, "中国式代化", "中国式现代化")], note="dropped character (现) in a formal term"),
    P("dl_yj", """我局召开冬季海上安全工作调度会

会议审议了《大连市冬季海上安全应急保障反感》，要求各涉海区市县严格落实渔船进出港报告制度，大风预警期间船舶一律回港避风。""",
      T, [(T, "保障反感", "保障方案")], note="pinyin word-break slip (fang'an typed as fan'gan) in a document name"),
    P("fs_ga", "【表彰】近日，抚顺市公安局召开年度表彰大会，对一批西安进典型进行表彰。希望受表彰的集体和个人珍惜荣誉，为建设更高水平的平安抚顺再立新功。",
      T, [(T, "西安进典型", "先进典型")], note="pinyin word-break slip (xian typed as xi'an) in a formal term"),
    P("ln_ga", "【退疫军人就业专场招聘会本周五举行】省公安厅联合省退役军人事务厅举办辅警岗位专场招聘，面向退役军人提供岗位300余个，现场可办理报名。",
      T, [(T, "退疫军人", "退役军人")], note="same-sound slip (役→疫) in a formal term; the correct form appears next to it"),
    # ---- bodies and documents
    P("ln_st", "【通报】辽宁省人民政腑办公厅日前印发《辽宁省冬春季大气污染防治攻坚行动方案》，明确12项重点任务，确保全省空气质量持续改善。",
      T, [(T, "辽宁省人民政腑", "辽宁省人民政府")], note="look-alike slip (府→腑) in the name of the provincial government"),
    P("jz_ny", """2026年锦州市粮食总产量再创新高

据国家统计居辽宁调查总队发布的数据，今年我市粮食播种面积稳定在600万亩以上，玉米、水稻单产均有提高。""",
      T, [(T, "国家统计居", "国家统计局")], note="look-alike slip (局→居) in the name of a national body"),
    P("cy_st", """学法用法｜《中华人民共和国黑土地保护发》要点解读

一、黑土地保护应当坚持统筹规划、因地制宜、用养结合、近期目标与远期目标结合的原则。
二、禁止盗挖、滥挖和非法买卖黑土。
三、县级以上人民政府应当建立健全黑土地质量监测网络。""",
      T, [(T, "黑土地保护发", "黑土地保护法")], note="same-sound slip (法→发) in the title of a law"),
    P("ln_wj", """关于开展冬季医疗机构安全生产检查的通知

辽宁省卫生健康委员汇决定，自即日起至12月31日，在全省开展医疗机构冬季消防、用电、用氧和危化品安全检查，检查结果纳入年度考核。""",
      T, [(T, "辽宁省卫生健康委员汇", "辽宁省卫生健康委员会")], note="same-sound slip (会→汇) in the issuing body's own name"),
    P("sy_ga_wb", "【检警协作】沈阳市人民检查院与市公安局联合召开电信网络诈骗犯罪案件办理座谈会，就证据标准、资金查控等问题达成共识。",
      T, [(T, "沈阳市人民检查院", "沈阳市人民检察院")], note="same-sound slip (察→查) in the name of the procuratorate"),
    # ---- leaders
    P("sy_xw", "【省委书记郝朋在沈阳调研】调研中强调，要坚定不移推动高质量发展，加快建设现代化产业体系，奋力打好打赢新时代“辽沈战役”。",
      T, [(T, "郝朋", "郝鹏")], note="look-alike/same-sound slip (鹏→朋) in the provincial party secretary's name next to his title"),
    P("dd_xw", "【省长王新玮到丹东检查冬季安全生产工作】要求压紧压实各方责任，全面排查燃气、供暖、交通等领域风险隐患，确保人民群众温暖安全过冬。",
      T, [(T, "王新玮", "王新伟")], note="same-sound slip (伟→玮) in the governor's name next to his title"),
    P("ln_sc", """国务院副总理何立蜂出席全国质量大会

会议强调，要坚持以质量为先，全面提升产品、工程和服务质量，为推动高质量发展提供坚实支撑。""",
      T, [(T, "何立蜂", "何立峰")], note="same-sound, look-alike slip (峰→蜂) in a vice premier's name next to his title"),
    P("ln_rs", """国务院副总理张国倾调研高校毕业生就业工作

调研强调，要拓宽市场化社会化就业渠道，加强困难毕业生帮扶，确保就业大局稳定。""",
      T, [(T, "张国倾", "张国清")], note="same-sound slip (清→倾) in a vice premier's name next to his title"),
    P("ln_ga", "【学习】国务委员、公安部部长王小虹在全国公安机关视频会上强调，要全力做好岁末年初社会治安防控工作，坚决维护社会大局持续安全稳定。",
      T, [(T, "王小虹", "王小洪")], note="same-sound slip (洪→虹) in a state councillor's name next to his title"),
    # ---- slogans
    P("sy_rs", """坚持发展是第一要物，全力稳就业促增收

我局将围绕重点产业链用工需求，开展“春风行动”“民营企业招聘月”等系列活动，为企业和求职者搭建对接平台。""",
      T, [(T, "第一要物", "第一要务")], note="same-sound slip (务→物) in a slogan"),
    P("as_jy", """致全市高三学子：只争朝夕，不负韶花

距离2027年高考还有不到200天。请同学们合理安排作息，劳逸结合，冬季注意防寒保暖，以最好的状态迎接挑战。""",
      T, [(T, "不负韶花", "不负韶华")], note="same-sound slip (华→花) in a slogan"),
    P("fs_ga", "【初心】江山就是人民，人民就是江山。抚顺公安将始终坚持人民至上，把群众的操心事、烦心事、揪心事当成自己的事来办。#江山就是人名#",
      T, [(T, "江山就是人名", "江山就是人民")], note="same-sound slip (民→名) in the hashtag repeating a slogan quoted correctly before it"),
    P("ln_st", "【全力打好打赢新时代“辽沈战疫”】全省生态环境系统以蓝天、碧水、净土保卫战为抓手，持续改善生态环境质量，为全面振兴新突破贡献力量。",
      T, [(T, "辽沈战疫", "辽沈战役")], note="same-sound slip (役→疫) in the provincial slogan"),
    # ---- poems, sayings, idioms
    P("ln_rs", """厉精图治谋发展，凝心聚力稳就业

今年以来，全省城镇新增就业45万人，城镇调查失业率保持在合理区间，为稳增长稳预期打下坚实基础。""",
      T, [(T, "厉精图治", "励精图治")], note="look-alike/same-sound slip (励→厉) in an idiom"),
    P("dl_yj", """冬季燃气安全隐患排查迫在眉捷

我局提醒：使用燃气时保持通风，离家前检查阀门，发现燃气泄漏，立即关闭阀门、打开门窗，到室外拨打燃气公司抢修电话，切勿在室内开关电器或使用明火。""",
      T, [(T, "迫在眉捷", "迫在眉睫")], note="look-alike slip (睫→捷) in an idiom"),
    P("dl_wl", """“海上升明月，天涯共此时”——星海湾冬季赏月指南

农历十五前后，星海湾大桥与海上明月同框，是拍摄的好时机。观景请在指定区域，夜间海边温度低，请注意保暖。""",
      T, [(T, "海上升明月", "海上生明月")], note="same-sound slip (生→升) in a line of Tang poetry"),
    P("hld_wl", """绥中碣石：“秋风萧瑟，洪波勇起”

曹操当年东临碣石的诗句，让绥中海滨的姜女石遗址声名远扬。冬季遗址公园正常开放，游客可参观秦汉行宫遗址展示区。""",
      T, [(T, "洪波勇起", "洪波涌起")], note="same-sound slip (涌→勇) in a line of classical poetry"),
    P("ln_sc", """破除默守成规，推动标准化工作改革创新

座谈会上，企业代表建议加快团体标准、企业标准培育，用高标准引领产业升级。""",
      T, [(T, "默守成规", "墨守成规")], note="same-sound slip (墨→默) in an idiom"),

    # ---- hard negatives: the correct forms where slips happen
    P("ln_wl", "沈阳故宫“盛京雪韵”冬季特展开幕，展出清代宫廷冬季服饰、手炉、暖砚等文物120余件，即日起至明年3月，凭门票免费参观。",
      hn=HN, note="correct name of the Shenyang Palace Museum"),
    P("dl_wl", """金石滩、棒棰岛、老虎滩：大连冬季海滨游线路推荐

冬季海边人少景美，推荐“金石滩地质公园—棒棰岛—老虎滩海洋公园”一日游线路。请关注海况预警，大风天气不要前往海边。""",
      hn=HN, note="correct forms of the scenic names used in typo posts"),
    P("pj_wl", "红海滩的冬天也很美！湿地里的丹顶鹤越冬群已经到达，观鸟请远距离观察，不要惊扰鸟类。#盘锦文旅#",
      hn=HN, note="correct scenic name"),
    P("hld_wl", """兴城古城、九门口长城、葫芦岛博物馆冬季开放时间

兴城古城：8:30—16:30（夜游线路周五至周日开放）
九门口长城：8:00—16:00
葫芦岛博物馆：9:00—16:30（周一闭馆）""",
      hn=HN, note="correct names of places where slips happen"),
    P("dd_xw_dy", "鸭绿江上的第一场雪来啦！今天带大家云游鸭绿江断桥，看看雪中的老桥。",
      hn=HN, note="correct river name"),
    P("jz_ny", """锦州笔架山潮汐天桥冬季通行提示

冬季潮汐时间变化大，上岛前请查看当日潮汐时刻表，务必在退潮时段往返，避免被潮水围困。""",
      hn=HN, note="correct scenic name"),
    P("sy_xw", "【省委书记郝鹏、省长王新伟会见来辽客商】双方就深化产业合作、扩大对外开放等进行交流。",
      hn=HN, note="correct names and titles of provincial leaders"),
    P("ln_rs", """国务院副总理张国清、何立峰分别出席有关会议

新华社消息，会议对做好岁末年初就业、物价、能源保供等工作作出部署。""",
      hn=HN, note="correct names and titles of vice premiers; names its source"),
    P("as_jy", """再接再厉，鞍山教育又获佳绩

在全省中小学生科技创新大赛中，我市学生获一等奖12项、二等奖23项。希望获奖同学再接再厉，在科学探索的道路上走得更远。""",
      hn=HN, note="correct idiom (再接再厉, often miswritten)"),
    P("ln_sc", """市场监管总局：全国统一大市场建设取得积极进展

据国家市场监督管理总局消息，今年以来累计清理妨碍统一市场和公平竞争的政策措施4000余件。""",
      hn=HN, note="correct formal terms and body names; attributed"),
    P("dl_yj", """我局印发冬季安全生产工作方案

方案明确，各地区要按部就班推进隐患排查整治“回头看”，对发现的问题实行清单管理、闭环整改。""",
      hn=HN, note="correct forms of words that are often slipped (方案, 按部就班)"),
    P("ln_st", "【学习贯彻】全省生态环境系统深入践行习近平生态文明思想，坚持绿水青山就是金山银山，奋力打好打赢新时代“辽沈战役”生态环境保护攻坚战。",
      hn=HN, note="correct forms of slogans and the provincial slogan"),
    P("sy_ga", "沈阳市人民检察院和我局联合开展反诈宣传进社区，民警和检察官面对面为居民讲解养老诈骗的常见套路。",
      hn=HN, note="correct name of the procuratorate next to the police"),
]
