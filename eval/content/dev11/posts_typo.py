"""Seventh held-out part: wrong characters in names, titles and formal terms (typo), and correct forms
that look like typos (hard negatives). Error forms are new (none equals, contains or is contained in a
labelled span of dev/ ... dev9/)."""
from _lib import P

T = "typo"

POSTS = [
    P("dy_xw", "#德阳# 11月24日，市委理论学习中心组召开专题学习会，深入学习贯彻习金平总书记关于文化传承发展的重要论述，"
      "研究部署三星堆—金沙遗址联合申遗相关工作。", T, [(T, "习金平", "习近平")],
      note="leader's name by sound (近→金), next to the title"),
    P("sc_jy", "四川省教育系统深入学习宣传贯彻党的二十届四中全会精神\n\n11月20日，省教育厅召开厅党组（扩大）会议，"
      "传达学习国家主习习近平在中央有关会议上的重要讲话精神，研究贯彻落实措施。会议强调，要把学习成果转化为推进"
      "教育强省建设的实际行动。", T, [(T, "国家主习", "国家主席")],
      note="title word by sound (席→习), pinyin-input slip"),
    P("pzh_xw", "【攀枝花市收听收看全国安全生产电视电话会议】11月18日，全国安全生产电视电话会议召开，国务院总理李蔷"
      "作出重要批示。我市在分会场收听收看。", T, [(T, "国务院总理李蔷", "国务院总理李强")],
      note="premier's name by sound (强→蔷)"),
    P("sc_wj", "全省卫生健康系统人大代表履职培训班举办\n\n培训班传达学习了全国人大常委会委员长赵乐继在全国人大常委会"
      "立法工作会议上的讲话精神，并就基本医疗卫生与健康促进法实施情况开展专题辅导。", T,
      [(T, "赵乐继", "赵乐际")], note="NPC chairman's name by sound (际→继)"),
    P("ls_wl", "#乐山# 汪沪宁同志在全国政协“文化遗产保护利用”专题协商会上指出，要让文物活起来。乐山大佛、峨眉山"
      "作为世界文化与自然双遗产，我们将以更高标准守护好这份珍贵遗产。", T, [(T, "汪沪宁", "王沪宁")],
      note="CPPCC chairman's surname by sound (王→汪)"),
    P("cd_wj", "全市卫生健康系统召开警示教育大会\n\n会议要求，深入学习中央政治局常委、中央书记处书记蔡启同志有关"
      "讲话精神，持之以恒正风肃纪反腐，坚决纠治医药领域不正之风。", T, [(T, "蔡启", "蔡奇")],
      note="leader's name by sound (奇→启)"),
    P("sc_yj", "全省应急管理系统传达学习全国安全生产工作会议精神\n\n会议传达了中央政治局常委、国务院副总理丁学祥在"
      "会议上的讲话要求，对岁末年初安全生产工作作出部署。", T, [(T, "丁学祥", "丁薛祥")],
      note="vice-premier's name by sound (薛→学)"),
    P("nj_ga", "【内江市公安局召开全面从严管党治警工作会】会议传达学习了中央纪委书记李锡在二十届中央纪委会议上的讲话"
      "精神，要求全体民警严守纪律规矩。", T, [(T, "李锡", "李希")],
      note="leader's name by sound (希→锡), next to his title"),
    P("dy_xw", "#德阳# 国家副主席韩振会见来华访问的外国友人代表团，其中有多位长期关注德阳重大装备制造业的企业家。", T,
      [(T, "国家副主席韩振", "国家副主席韩正")], note="vice-president's name by sound (正→振)"),
    P("sc_sc", "【全省市场监管系统贯彻落实中央经济工作会议精神】会议传达学习了中央政治局委员、国务院副总理何利峰"
      "关于扩大内需、提振消费的部署要求。", T, [(T, "何利峰", "何立峰")],
      note="vice-premier's name by sound (立→利)"),
    P("cd_sc", "成都市召开食品安全工作会议\n\n会议指出，国务院副总理张国卿在全国食品安全工作电视电话会议上的讲话，"
      "为做好岁末年初食品安全工作指明了方向。各区（市）县要层层压实“两个责任”。", T,
      [(T, "张国卿", "张国清")], note="vice-premier's name by sound (清→卿)"),
    P("ms_ny", "眉山市召开冬春农业生产暨防灾减灾工作会\n\n会议传达学习了国务院副总理刘国重在全国冬春农业生产工作会议上"
      "的讲话精神，安排部署小春作物田间管理和春耕备耕工作。", T, [(T, "刘国重", "刘国中")],
      note="vice-premier's name by sound (中→重)"),
    P("sc_jy_wb", "【全省教育系统收听收看全国教育工作会议】中央政治局委员、国务委员谌贻勤出席会议并讲话。#四川教育#", T,
      [(T, "谌贻勤", "谌贻琴")], note="state councillor's name by sound (琴→勤)"),
    P("nc_ga_wb", "【南充公安传达学习全国公安厅局长会议精神】会议传达了国务委员、公安部部长王小红的讲话精神。"
      "#南充公安#", T, [(T, "王小红", "王小洪")], note="state councillor's name by sound (洪→红)"),
    P("dy_xw", "#德阳# 省委书记王晓晖在德阳调研时强调，要加快建设世界级重大装备制造基地；省长施晓琳一同调研。", T,
      [(T, "施晓琳", "施小琳")], note="governor's name (小→晓) next to the title"),
    P("sc_wj", "全省卫生健康系统党组理论学习中心组开展专题学习\n\n会议指出，要坚持和发展中国特色社会主仪，把人民健康放在"
      "优先发展的战略位置。", T, [(T, "社会主仪", "社会主义")],
      note="formal term by sound (义→仪)"),
    P("yb_jt", "宜宾市教体局举办“青年干部读书班”\n\n读书班以学习习近平新时带中国特色社会主义思想为主线，分三个专题开展"
      "研讨交流。", T, [(T, "新时带", "新时代")], note="formal term by sound (代→带)"),
    P("dz_rs", "达州市人社局召开党组会议\n\n会议强调，要深刻领悟“两个确利”的决定性意义，增强“四个意识”、坚定“四个自信”。",
      T, [(T, "“两个确利”", "“两个确立”")], note="formal term by sound (立→利)"),
    P("zg_yj", "自贡市应急管理局党支部开展主题党日活动\n\n全体党员重温入党誓词，表示要坚决做到“两个维户”，以实际行动"
      "守护群众生命财产安全。", T, [(T, "“两个维户”", "“两个维护”")], note="formal term by sound (护→户)"),
    P("lz_wj", "泸州市卫健委开展政治理论集中学习\n\n会议要求全体干部增强“四个意实”、坚定“四个自信”、做到“两个维护”。",
      T, [(T, "“四个意实”", "“四个意识”")], note="formal term by sound (识→实)"),
    P("gy_wl", "红色广元，剑门雄关🏔️ 走进红四方面军总指挥部旧址纪念馆，坚定“四个自心”，赓续红色血脉。#广元 #红色旅游",
      T, [(T, "“四个自心”", "“四个自信”")], note="formal term by sound (信→心)"),
    P("sc_sc", "【四川省市场监管局党组传达学习党的二十届四中会全精神】#四川市场监管#", T,
      [(T, "四中会全", "四中全会")], note="transposed characters (keyboard slip)"),
    P("ls_wl", "#乐山# 嘉州古城文化展开幕，以历史文化为纽带，为实现中华民族伟大复幸凝聚文化力量。", T,
      [(T, "伟大复幸", "伟大复兴")], note="formal term by sound (兴→幸)"),
    P("sc_jy", "四川省推进民族地区教育高质量发展现场会在凉山召开\n\n会议强调，要把铸牢中华民族共通体意识贯穿民族地区"
      "教育全过程，推广普及国家通用语言文字。", T, [(T, "中华民族共通体", "中华民族共同体")],
      note="formal term by sound (同→通)"),
    P("dy_xw", "#德阳# 因地制宜发展新质生产立，德阳清洁能源装备产业集群入选国家先进制造业集群。", T,
      [(T, "新质生产立", "新质生产力")], note="formal term by sound (力→立)"),
    P("pzh_xw", "【攀枝花市人大常委会开展基层立法联系点工作调研】调研组表示，要践行全过程人民名主，让群众意见"
      "直通立法机关。", T, [(T, "全过程人民名主", "全过程人民民主")], note="formal term by sound (民→名)"),
    P("nc_ga", "新修订的治安管理处伐法已于2026年1月1日起施行，这些新变化你了解吗？#普法 #南充公安", T,
      [(T, "治安管理处伐法", "治安管理处罚法")], note="law's name by sound (罚→伐)"),
    P("cd_wj_wb", "【成都持续推进成渝地区双城经济全卫生健康协同发展】两地已实现检查检验结果互认项目187项。", T,
      [(T, "成渝地区双城经济全", "成渝地区双城经济圈")], note="strategy's name by sound (圈→全)"),
    P("sc_wj", "四川省人民政府办公亭关于印发《四川省加快推进医疗卫生服务体系建设实施方案》的通知已正式印发，现将解读"
      "如下。", T, [(T, "四川省人民政府办公亭", "四川省人民政府办公厅")], note="official body's name by sound (厅→亭)"),
    P("sc_yj_wb", "【国家消防救缓局部署岁末年初火灾防控工作】全省各级应急管理部门和消防救援队伍迅速行动。", T,
      [(T, "国家消防救缓局", "国家消防救援局")], note="body's name by shape (援→缓)"),
    P("dy_xw", "#德阳# 中共四川省妥十二届八次全会在成都举行，全会审议通过了有关决定。", T,
      [(T, "中共四川省妥", "中共四川省委")], note="body's name by shape (委→妥)"),
    P("sc_jy_wb", "【全省高校纪念中国人民抗日战争暨世界反法西斯战争胜力81周年座谈会召开】", T,
      [(T, "反法西斯战争胜力", "反法西斯战争胜利")], note="formal historical term by sound (利→力)"),
    P("nj_ga", "【内江市公安局开展纪检监查业务培训】培训围绕监督执纪“四种形态”等内容展开。", T,
      [(T, "纪检监查", "纪检监察")], note="formal term by sound (察→查)"),
    P("ms_ny", "眉山市农业农村局党组学习贯彻《中国共产党章成》\n\n党组书记领学了党章有关条款，要求全体党员以党章为根本遵循。", T,
      [(T, "《中国共产党章成》", "《中国共产党章程》")], note="document title by sound (程→成)"),
    P("gy_wl", "中国共产党第二十届中央委员会第四次全体会义精神宣讲走进剑门关景区🏯 #广元文旅", T,
      [(T, "第四次全体会义", "第四次全体会议")], note="plenum's name by sound (议→义)"),

    # ----- hard negatives: correct forms that look like typos -----
    P("cd_ga", "【郫都、邛崃两地交警联合开展冬季道路交通安全整治】重点查处酒驾醉驾、超员超载等违法行为。#平安成都#",
      hn=T, note="郫都 and 邛崃 are correct place names with rare characters"),
    P("ls_wl", "#乐山# 犍为嘉阳小火车冬季观光专列恢复运行，沿途可看茶园、煤矿遗址和芭蕉沟工业古镇。🚂", hn=T,
      note="犍为 (Qianwei) is a correct county name that looks like a misspelling"),
    P("nc_ga", "阆中古城派出所民警冬夜巡逻，守护千年古城平安🏮 #阆中 #南充公安", hn=T,
      note="阆中 is correct"),
    P("lz_wj", "珙县、筠连县家庭医生签约服务覆盖率双双超过80%\n\n记者从市卫健委获悉，两地通过“医共体”建设，"
      "推动优质医疗资源下沉到乡镇和村。", hn=T, note="珙县 and 筠连 are correct county names (Yibin) with rare characters"),
    P("ya_qx", "【荥经县、汉源县今晨出现霜冻】11月25日早晨，荥经县、汉源县部分乡镇最低气温降至-2℃，请注意防寒保暖。",
      hn=T, note="荥经 (Yingjing) is correct; 荥 is not a slip for 荣"),
    P("sc_wj", "全省卫生健康系统学习贯彻中共四川省委十二届八次全会精神\n\n会议传达学习了省委书记王晓晖在全会上的讲话精神。",
      hn=T, note="correct numbered plenum and the correct name and title of the provincial secretary"),
    P("sc_jy_wb", "【全国教育工作会议召开】中央政治局委员、国务委员谌贻琴出席会议并讲话。#四川教育#", hn=T,
      note="correct rare-character name of the state councillor"),
    P("dy_xw", "#德阳# 什邡市、绵竹市入选2026年全国农业产业强镇建设名单。", hn=T,
      note="什邡 (Shifang) is correct"),
    P("zg_yj", "自贡市召开安全生产工作会议\n\n会议传达学习了中央政治局常委、国务院副总理丁薛祥关于安全生产的重要"
      "指示精神，以及省委十二届八次全会部署。会议要求以钉钉子精神抓好各项措施落实。", hn=T,
      note="correct name and title; 钉钉子精神 is correct"),
    P("pzh_xw", "【截至11月底，攀枝花全市新建充电桩1200个】截至目前，已实现乡镇充电设施全覆盖。", hn=T,
      note="截至 is correct here (not 截止)"),
    P("ms_ny", "“东坡泡菜”入选全国名特优新农产品名录\n\n眉山市东坡区、仁寿县、彭山区、洪雅县、丹棱县、青神县"
      "共有12个产品入选。", hn=T, note="correct county names; 丹棱 and 青神 look odd but are right"),
    P("sc_sc", "【四川省市场监管局召开党组理论学习中心组会议】会议深入学习习近平新时代中国特色社会主义思想，"
      "研究贯彻党的二十届四中全会精神的具体举措。", hn=T, note="all formal terms spelled correctly"),
    P("nj_ga", "【威远、资中两地警方联合破获一起盗窃案】追回被盗电动车11辆。#内江公安#", hn=T,
      note="correct county names"),
]
