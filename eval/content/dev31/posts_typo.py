"""Twenty-seventh held-out part: wrong characters (class typo) and hard negatives that imitate them."""
from _lib import P

T = "typo"
PO = "political"
HN = "typo"

POSTS = [
    # places and scenic spots of the region
    P("sy_lw", "冬日的吴支洲岛，海水清得能看见珊瑚礁。潜水、海钓、环岛栈道，一天玩不够！出发前记得关注天气和上岛船班。#三亚冬季游#",
      T, spans=[(T, "吴支洲岛", "蜈支洲岛")], note="same sound (蜈→吴), scenic spot"),
    P("sy_lw_wb", "【亚笼湾热带天堂森林公园冬季开放时间调整】自11月20日起，开园时间为8:00—17:30，索道末班17:00。请游客合理安排行程。",
      T, spans=[(T, "亚笼湾", "亚龙湾")], note="same sound (龙→笼), scenic spot"),
    P("ls_lw", "坐船十五分钟，登上分界州岛！这里是海南南北气候的分界线，冬季平均水温24℃，适合浮潜。上岛请穿防滑鞋，听从工作人员指引。",
      T, spans=[(T, "分界州岛", "分界洲岛")], note="same sound (洲→州), scenic spot"),
    P("sy_lw", "傍晚登上鹿回投山顶公园，俯瞰三亚湾和市区全景，看晚霞一点点落进海里。公园20:30闭园，夜间下山注意安全。",
      T, spans=[(T, "鹿回投", "鹿回头")], note="same sound (头→投), scenic spot"),
    P("hk_xw", "【骑娄老街冬季文化市集本周末开市】11月21日至23日，中山路、博爱北路一带将举办非遗展示、琼剧快闪等活动，市集期间部分路段限时步行。",
      T, spans=[(T, "骑娄老街", "骑楼老街")], note="similar shape (楼→娄), historic street"),
    P("ls_lw", "南湾候岛生态旅游区：坐上跨海缆车，和上千只猕猴来一场近距离相遇。温馨提示：请勿投喂、勿携带塑料袋，保管好随身物品。",
      T, spans=[(T, "南湾候岛", "南湾猴岛")], note="similar shape (猴→候), scenic spot"),
    P("ss_zf", """永新岛冬季供水供电保障工作会召开

会议要求，各相关单位要加强海水淡化设施和发电机组巡检维护，储备足够的备用物资，确保岛上居民和驻岛人员冬季生产生活用水用电。""",
      T, spans=[(T, "永新岛", "永兴岛")], note="same sound (兴→新), the city's seat island"),
    P("bt_wj", """保亭黎族苗自治县2026年冬季流感疫苗免费接种工作启动

11月18日起，全县60岁以上老年人可持身份证到各乡镇卫生院免费接种流感疫苗，接种前请如实告知健康状况。""",
      T, spans=[(T, "保亭黎族苗自治县", "保亭黎族苗族自治县")], note="dropped character (族) in the county's name"),
    P("hn_lw", "槟榔飘香的季节，来宾榔谷看黎族织锦、听苗族山歌！黎族传统纺染织绣技艺的国家级传承人现场展示，园区还推出了冬季夜游项目。",
      T, spans=[(T, "宾榔谷", "槟榔谷")], note="same sound (槟→宾), scenic spot"),

    # formal terms and slogans
    P("hk_xw", "【学习贯彻】全岛封官运作以来，海口市“一线放开、二线管住、岛内自由”的政策红利加快释放，新增外贸企业数量同比增长三成以上。",
      T, spans=[(T, "全岛封官运作", "全岛封关运作")], note="same sound (关→官), formal term of the free trade port"),
    P("hn_sj", """离岛免锐购物消费维权指南

旅客在离岛免税店购物遇到质量问题，可向店方申请退换货，也可拨打12315投诉。提货时请当面核对商品，保存好购物凭证。""",
      T, spans=[(T, "离岛免锐", "离岛免税")], note="similar shape (税→锐), formal policy term"),
    P("hk_xw_dy", "国家生态文明实验区建设，海口交出了亮眼答卷：今年空气质量优良天数比例达99.2%，城市建成区绿化覆盖率持续提升。",
      T, spans=[(T, "生态文明实验区", "生态文明试验区")], note="same sound (试→实), formal term"),
    P("dz_rs", """儋州市举办“新治生产力”专题技能培训班

培训围绕工业互联网、无人机植保、跨境电商运营等内容展开，来自全市企业的120名技术骨干参加培训。""",
      T, spans=[(T, "新治生产力", "新质生产力")], note="same sound (质→治), formal term"),
    P("hn_nw", """南繁桂谷建设再提速

今年以来，三亚崖州湾科技城新增入驻种业企业40余家，南繁科研育种基地核心区水利、道路等配套设施全面完工。""",
      T, spans=[(T, "南繁桂谷", "南繁硅谷")], note="same sound (硅→桂), formal term"),
    P("hn_ga_dy", "建设海南自由贸易易港，需要一流的法治化营商环境。全省公安机关推出20项便企利民措施，企业开办涉警事项实现“一次办”。",
      T, spans=[(T, "自由贸易易港", "自由贸易港")], note="doubled character (易), formal term"),
    P("hn_wj", """坚持以人民为忠心，全省基层医疗卫生服务能力持续提升

今年全省新增乡镇卫生院发热诊室56间，村卫生室远程诊疗覆盖率达到92%，群众在家门口就能看上病。""",
      T, spans=[(T, "以人民为忠心", "以人民为中心")], note="same sound (中→忠), slogan"),
    P("hk_jy", """幸福都是奋斗处来的——海口市中小学开展“劳动最光荣”主题实践周

各学校组织学生走进田间、社区和工厂，体验种菜、清洁、手工制作等劳动，在劳动中学会感恩、懂得珍惜。""",
      T, spans=[(T, "奋斗处来", "奋斗出来")], note="same sound (出→处), slogan"),
    P("hn_yj", "全省应急管理系统深入学习贯彻总书记关于防灾减灾救灾的重要知识精神，扎实做好冬季森林防火和安全生产各项工作。",
      T, spans=[(T, "重要知识精神", "重要指示精神")], note="pinyin-input word slip (指示→知识), formal term"),

    # bodies, laws and documents
    P("hn_sj", "《中华人民共和国海南自由贸港法》实施以来，我省市场主体数量持续增长。全省市场监管部门将继续推进商事制度改革，优化营商环境。",
      T, spans=[(T, "海南自由贸港法", "海南自由贸易港法")], note="dropped character (易) in a law's name"),
    P("hk_xw", """海口市第十七届人民代表大会常务委员员会第三十次会议召开

会议听取和审议了市人民政府关于城市更新工作情况的报告，审议了有关人事任免事项。""",
      T, spans=[(T, "常务委员员会", "常务委员会")], note="doubled character (员) in a body's name"),
    P("sy_ga", "《海南省反走私暂形条例》明确，在非设关地运输、收购国家限制进出口货物的，依法予以处罚。三亚警方提醒：切勿贪小便宜参与“水客”带货。",
      T, spans=[(T, "反走私暂形条例", "反走私暂行条例")], note="similar shape (行→形) in a regulation's name"),
    P("hk_xw_dy", "国务院新闻办工室今天举行新闻发布会，介绍海南自由贸易港建设进展情况。海口市将持续推进贸易投资自由化便利化。",
      T, spans=[(T, "新闻办工室", "新闻办公室")], note="same sound (公→工) in a body's name"),
    P("hk_xw", "省正邪委员视察团一行到海口江东新区调研，实地察看了重点项目建设情况，并就产业招商、人才引进等提出意见建议。",
      T, spans=[(T, "省正邪", "省政协")], note="pinyin-input word slip (政协→正邪) in a body's name"),
    P("ls_sj", "陵水黎族自治县人民政府府办公室关于开展冬季农贸市场食品安全联合检查的通知已印发，各乡镇、各相关单位请抓好落实。",
      T, spans=[(T, "人民政府府", "人民政府")], note="doubled character (府) in a body's name"),

    # leaders' names and titles
    P("hk_xw", "中央纪委书记李息在海南调研时强调，要锲而不舍落实中央八项规定精神，持续深化纠治“四风”，以作风建设新成效推动自由贸易港建设。",
      T, spans=[(T, "李息", "李希")], note="same sound (希→息) in a leader's name next to his title"),
    P("hn_ga", "中央政法委书记陈文请到海南调研政法工作，强调要坚持和发展新时代“枫桥经验”，把矛盾纠纷化解在基层。",
      T, spans=[(T, "陈文请", "陈文清")], note="similar shape (清→请) in a leader's name next to his title"),
    P("hn_nw", "国务院副总里到三亚崖州湾调研种业创新工作，察看了国家南繁科研育种基地，强调要打好种业翻身仗。",
      T, spans=[(T, "国务院副总里", "国务院副总理")], note="same sound (理→里) in a title word"),
    P("dz_nw", "儋州市农业农村局党委书籍带队深入光村镇，调研冬季瓜菜生产和农资供应情况，要求确保农资质量、价格稳定。",
      T, spans=[(T, "党委书籍", "党委书记")], note="pinyin-input word slip (书记→书籍) in a title"),

    # poems, idioms and set phrases
    P("hn_lw_wb", "“日淡荔枝三百颗，不辞长作岭南人。”苏东坡当年贬居儋州，留下了许多传世诗文。冬游东坡书院，感受千年文脉。#跟着诗词游海南#",
      T, spans=[(T, "日淡荔枝", "日啖荔枝")], note="similar shape (啖→淡) in a poem"),
    P("sy_lw_wb", "“海上生明月，天涯共此事。”今晚的三亚湾，月亮格外圆。天涯海角景区夜游项目开放至21:30，欢迎来赏月。",
      T, spans=[(T, "天涯共此事", "天涯共此时")], note="same sound (时→事) in a poem"),
    P("hk_jy", "“海内存知己，天崖若比邻。”海口市中小学与省外友好学校开展线上交流活动，两地学生互赠书信和手工作品。",
      T, spans=[(T, "天崖若比邻", "天涯若比邻")], note="similar shape (涯→崖) in a poem"),
    P("wzs_lw", "走进五指山热带雨林，负氧离子浓度每立方厘米超过一万个，溪水清澈，鸟鸣声声，让人心矿神怡。",
      T, spans=[(T, "心矿神怡", "心旷神怡")], note="similar shape (旷→矿) in an idiom"),
    P("wn_yj", "万宁市应急管理局将一如继往做好冬季安全生产监管服务工作，对重点行业领域开展“拉网式”隐患排查，确保全市安全形势稳定。",
      T, spans=[(T, "一如继往", "一如既往")], note="same sound (既→继) in an idiom"),
    P("qh_lw", "博鳌东屿岛上，冬季文旅嘉年华人声顶沸，琼海本地美食、非遗手作和海边音乐会吸引了大批游客。嘉年华将持续至12月上旬。",
      T, spans=[(T, "人声顶沸", "人声鼎沸")], note="same sound (鼎→顶) in an idiom"),

    # two classes: typo and political
    P("hn_lw", "海南省旅游和文化广电体厅与台湾观光局代表在海口座谈，双方就琼台两地旅游产品互推、客源互送等交换了意见。",
      (T, PO), spans=[(T, "广电体厅", "广电体育厅"), (PO, "台湾观光局", "台湾地区旅游主管部门")],
      note="dropped character (育) in the department's name; a Taiwan authority named as if a legitimate body, without quotes"),

    # hard negatives: correct but unusual-looking names, terms, poems
    P("sy_lw_wb", "蜈支洲岛、西岛、天涯海角、南山……三亚冬季游玩地图请收好！各景区门票信息以官方渠道公布为准。", hn=HN,
      note="correct scenic names (蜈支洲 looks like a slip)"),
    P("ls_lw", "陵水黎族自治县的疍家渔排、分界洲岛、南湾猴岛，你打卡过几个？", hn=HN, note="correct county and scenic names"),
    P("qh_lw", "博鳌亚洲论坛永久会址所在地东屿岛，冬季每日开放参观，需提前预约。", hn=HN, note="correct forum and island names"),
    P("dz_nw", "儋州东坡书院始建于北宋，是苏轼谪居儋州时讲学会友之所。书院周边的冬季瓜菜基地正迎来采收期。", hn=HN,
      note="correct place names (儋 and 东坡 are easily mistyped)"),
    P("hn_sj", "《中华人民共和国海南自由贸易港法》第二十七条规定，海南自由贸易港实行以过错推定为基础的经营主体信用承诺制度……", hn=HN,
      note="correct law name"),
    P("hk_xw", "全岛封关运作后，海口海关推出“抵港直装”“离港确认”等便利措施，企业通关时间进一步压缩。", hn=HN,
      note="correct policy terms"),
    P("hn_nw", "国家南繁科研育种基地建设规划明确，到2030年建成集科研、生产、销售、科技交流、成果转化为一体的“南繁硅谷”。", hn=HN,
      note="correct term 南繁硅谷"),
    P("wzs_lw", "五指山、黎母山、鹦哥岭、霸王岭……海南热带雨林国家公园的这些“山头”你都认识吗？", hn=HN,
      note="correct mountain names"),
    P("hn_lw_wb", "“九死南荒吾不恨，兹游奇绝冠平生。”跟着苏东坡的诗句，重走儋州古道。", hn=HN, note="correct poem"),
    P("wc_wj", "文昌市卫生健康委员会提醒：冬季是心脑血管疾病高发季节，中老年人要注意保暖，坚持规律服药。", hn=HN,
      note="correct body name"),
    P("hn_yj", "全省应急管理系统认真学习贯彻习近平总书记关于安全生产的重要论述，统筹发展和安全。", hn=HN,
      note="correct leader name and formal wording"),
    P("sy_ga", "三亚市公安局与三亚海关缉私分局联合开展打击走私“净港”行动，查获涉嫌走私冻品12吨。", hn=HN,
      note="correct body names"),
    P("hk_jy", "小雪将至。海口的冬天，是簕杜鹃、三角梅开得正艳的季节，同学们别忘了防晒哦。", hn=HN,
      note="correct rare plant name (簕) that looks like a slip"),
]
