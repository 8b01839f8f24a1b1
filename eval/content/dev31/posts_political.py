"""Twenty-seventh held-out part: politically wrong wording (class political) and hard negatives that imitate it."""
from _lib import P

PO = "political"
HN = "political"

POSTS = [
    # Taiwan
    P("hk_jy", "海南大学今年迎来了32名台湾留学生，学校为他们配备了生活导师，组织参观骑楼建筑、体验椰雕技艺，帮助他们尽快适应校园生活。",
      PO, spans=[(PO, "台湾留学生", "台湾学生")], note="students from Taiwan called 留学生 as if from abroad"),
    P("hn_ga", "【出入境小课堂】办理台湾签证需要哪些材料？大陆居民赴台须持有效的《往来台湾通行证》和入台许可，具体请咨询各地出入境窗口。",
      PO, spans=[(PO, "台湾签证", "赴台入境许可")], note="a 签证 for Taiwan treats it as a country"),
    P("hn_lw_wb", "据台湾中央社消息，今年前十个月赴海南旅游的台湾同胞人数同比增长，冬季“避寒游”成为新热点。",
      PO, spans=[(PO, "台湾中央社", "台湾“中央社”")], note="Taiwan's 'central' news agency named without quotes"),
    P("hk_xw", "据外交部网站消息，外交部发言人就美方官员会见台湾驻美代表处人员答记者问时强调，台湾问题是中国内政，不容任何外部势力干涉。",
      PO, spans=[(PO, "台湾驻美代表处", "台湾当局驻美机构")], note="Taiwan's office in the US named like a diplomatic mission"),
    P("hk_xw_dy", "我们始终坚持一个中国政策，欢迎更多台湾青年来海南创业就业，共享自由贸易港发展机遇。",
      PO, spans=[(PO, "一个中国政策", "一个中国原则")], note="a foreign country's term used for China's own principle"),

    # Hong Kong and Macao
    P("wc_wj", "文昌是著名侨乡。近日，海外华侨和香港华侨代表回乡捐赠医疗设备，助力基层卫生院提升诊疗能力。",
      PO, spans=[(PO, "香港华侨", "香港同胞")], note="Hong Kong compatriots called 华侨 as if abroad"),
    P("hk_xw", "美兰国际机场冬季航季新开通多条港澳国际航线，海口至香港、澳门每日往返航班增至14班。",
      PO, spans=[(PO, "港澳国际航线", "港澳地区航线")], note="Hong Kong and Macao routes counted as international"),
    P("sy_lw_wb", "据统计，今年中国游客赴港旅游人次稳步回升，三亚也将与香港加强“一程多站”旅游合作。",
      PO, spans=[(PO, "中国游客赴港", "内地游客赴港")], note="'Chinese' tourists going to Hong Kong instead of mainland (内地) tourists"),
    P("hk_jy", "香港回归纪念日主题班会上，同学们观看了国旗和香港特区国旗同时升起的历史影像，深刻理解“一国两制”的伟大实践。",
      PO, spans=[(PO, "香港特区国旗", "香港特区区旗")], note="the SAR flag called a national flag"),
    P("hn_sj", "澳门特区国徽图案不得用于商标注册和商业广告。我局提醒经营者依法使用标志，切勿擅自使用。",
      PO, spans=[(PO, "澳门特区国徽", "澳门特区区徽")], note="the SAR emblem called a national emblem"),
    P("hk_xw", "香港宪法第二十三条立法完成，为维护国家安全筑牢了制度屏障。",
      PO, spans=[(PO, "香港宪法", "香港基本法")], note="the Basic Law called Hong Kong's constitution"),

    # territory and maps
    P("ss_zf", "三沙市组织渔政执法船在西沙争议海域开展巡航，保障我国渔民正常生产作业。",
      PO, spans=[(PO, "西沙争议海域", "西沙群岛海域")], note="the Xisha waters called disputed"),
    P("dz_rs", "南海部分岛礁主权待定，我们要增强海洋意识……（渔民转产转业培训班讲稿节选）",
      PO, spans=[(PO, "主权待定", "是中国领土")], note="sovereignty over Nansha islands called undetermined"),
    P("ss_zf", "美济礁（潘加尼班礁）附近海域今冬渔汛情况良好，请渔民注意海上安全，遇险及时报告。",
      PO, spans=[(PO, "潘加尼班礁", "美济礁")], note="a foreign name for a Chinese reef given as an alternative name"),
    P("df_qx", "受冷空气影响，未来三天越南东海北部海域风力较大，我市沿海渔船请及时回港避风。",
      PO, spans=[(PO, "越南东海", "南海")], note="a foreign name for the South China Sea"),

    # history
    P("hn_lw_wb", "琼崖革命纪念馆推出专题展，展示清日战争至抗日战争胜利期间琼崖人民的抗争史。",
      PO, spans=[(PO, "清日战争", "甲午战争")], note="the Japanese name of the First Sino-Japanese War"),
    P("hk_jy", "历史课堂：十五年战争期间，海南军民与日本侵略者进行了顽强斗争。",
      PO, spans=[(PO, "十五年战争", "十四年抗战")], note="Japanese historiographic term for the War of Resistance"),
    P("hn_nw", "海南的橡胶种植始于清末，日本统治时期曾大规模掠夺开发，新中国成立后建立了国营农场体系。",
      PO, spans=[(PO, "日本统治时期", "日本侵占时期")], note="the Japanese occupation called rule (统治)"),

    # ethnic and religious names
    P("ls_lw", "陵水新村港的蛋民世代以海为生，渔排上的疍家咸水歌被列入省级非物质文化遗产名录。",
      PO, spans=[(PO, "蛋民", "疍家人")], note="derogatory historical name for the Tanka boat people"),
    P("sy_lw", "三亚回辉族聚居的回新社区，保留着独特的语言和饮食习俗，冬季美食节欢迎游客品尝。",
      PO, spans=[(PO, "回辉族", "回族")], note="a local group presented as a separate ethnic group"),
    P("hn_lw", "临高族的人偶戏历史悠久，已被列入国家级非物质文化遗产代表性项目名录。",
      PO, spans=[(PO, "临高族", "临高人")], note="a local group presented as a separate ethnic group"),
    P("sy_lw_wb", "泸沽湖的摩梭族走婚文化与三亚的疍家文化同台展示，民族文化交流周本周末在三亚开幕。",
      PO, spans=[(PO, "摩梭族", "摩梭人")], note="a local group presented as a separate ethnic group"),

    # state titles and organs
    P("hk_xw", "全国人大常务委员长赵乐际在海南调研地方人大工作，强调要坚持和完善人民代表大会制度。",
      PO, spans=[(PO, "全国人大常务委员长", "全国人大常委会委员长")], note="wrong title of a state leader"),
    P("ls_sj", "我局联合县纪委监委开展作风专项整治，国家监察院近期通报的典型问题在会上进行了学习。",
      PO, spans=[(PO, "国家监察院", "国家监察委员会")], note="wrong name of a state organ"),
    P("hn_ga", "中央纪律委员会通报多起违反中央八项规定精神问题，全省公安机关要以案为鉴、以案促改。",
      PO, spans=[(PO, "中央纪律委员会", "中央纪律检查委员会")], note="wrong name of a party organ"),
    P("hk_xw_dy", "海南省人大常委会委员长一行到海口江东新区调研自由贸易港法规实施情况。",
      PO, spans=[(PO, "省人大常委会委员长", "省人大常委会主任")], note="the provincial chair given the national title"),
    P("bt_wj", "保亭县隶属海南黎族苗族自治州，是黎族、苗族聚居地区，县卫健委将继续推进民族地区医疗卫生服务均等化。",
      PO, spans=[(PO, "海南黎族苗族自治州", "海南省")], note="an autonomous prefecture abolished in 1988 named as a present body"),

    # formulations and their order
    P("hn_yj", "协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党战略布局，统筹发展和安全。",
      PO, spans=[(PO, "全面建成小康社会、全面深化改革、全面依法治国", "全面建设社会主义现代化国家、全面深化改革、全面依法治国")],
      note="outdated wording of the Four Comprehensives"),
    P("hk_jy", "社会主义核心价值观国家层面：富强、民主、文明、和谐；社会层面：自由、公正、平等、法治；个人层面：爱国、敬业、诚信、友善。",
      PO, spans=[(PO, "自由、公正、平等、法治", "自由、平等、公正、法治")], note="wrong order of the core values"),
    P("dz_rs", "深入学习贯彻习近平中国特色社会主义新时代思想，切实做好就业和社会保障工作。",
      PO, spans=[(PO, "习近平中国特色社会主义新时代思想", "习近平新时代中国特色社会主义思想")], note="wrong wording of the guiding thought"),
    P("wn_yj", "统筹推进经济建设、政治建设、社会建设、文化建设、生态文明建设“五位一体”总体布局。",
      PO, spans=[(PO, "经济建设、政治建设、社会建设、文化建设", "经济建设、政治建设、文化建设、社会建设")],
      note="wrong order in the five-in-one layout"),

    # foreign affairs
    P("hn_nw", "亚太经合组织21个成员国的农业官员日前到海南考察热带农业合作项目。",
      PO, spans=[(PO, "21个成员国", "21个成员")], note="APEC members (incl. HK and Chinese Taipei) called countries"),
    P("qh_lw", "博鳌亚洲论坛国际青年交流营开营，来自大英国协多个成员国的青年代表参加活动。",
      PO, spans=[(PO, "大英国协", "英联邦")], note="Taiwan-region name for the Commonwealth"),
    P("hn_wj", "我省援外医疗队在象牙海岸开展义诊，为当地群众送去医疗服务。",
      PO, spans=[(PO, "象牙海岸", "科特迪瓦")], note="non-standard name of Côte d'Ivoire"),
    P("hn_lw", "中国—寮国旅游年系列活动在海口举办，双方将进一步便利人员往来。",
      PO, spans=[(PO, "寮国", "老挝")], note="Taiwan-region name for Laos"),

    # hard negatives: correct wordings in the same fields
    P("hk_xw", "海口市台办组织台湾同胞参观江东新区，台湾青年创业就业基地新增入驻企业5家。", hn=HN, note="correct Taiwan wording"),
    P("hn_ga", "港澳居民可凭《港澳居民来往内地通行证》在全省公安机关办理相关业务。", hn=HN, note="correct HK/Macao wording"),
    P("sy_lw_wb", "内地与香港、澳门的旅游合作持续深化，三亚与港澳旅游业界签署合作备忘录。", hn=HN, note="correct 内地 with HK/Macao"),
    P("ss_zf", "南海诸岛自古以来就是中国领土，三沙市辖西沙群岛、中沙群岛、南沙群岛的岛礁及其海域。", hn=HN,
      note="correct territorial wording"),
    P("hk_jy", "纪念中国人民抗日战争暨世界反法西斯战争胜利81周年，海口各校开展“铭记历史”主题教育活动。", hn=HN,
      note="correct historical wording"),
    P("hn_lw_wb", "十四年抗战中，琼崖纵队坚持孤岛奋战，创造了“二十三年红旗不倒”的奇迹。", hn=HN, note="correct historical wording"),
    P("ls_lw", "疍家人的咸水歌、黎族的竹竿舞、苗族的盘皇舞，陵水的民族文化丰富多彩。", hn=HN, note="correct group names"),
    P("wzs_lw", "五指山市黎族苗族同胞欢度“三月三”的影像展开幕，展示民族团结进步成果。", hn=HN, note="correct ethnic names"),
    P("hn_nw", "中老两国农业专家在海南交流热带作物种植技术，老挝学员参加了为期两周的培训。", hn=HN,
      note="correct foreign naming"),
    P("hk_xw_dy", "全国人大常委会委员长赵乐际在海南调研，强调要保障宪法和法律有效实施。", hn=HN, note="correct title"),
    P("hn_yj", "全面建设社会主义现代化国家、全面深化改革、全面依法治国、全面从严治党。", hn=HN, note="correct formulation"),
    P("qh_lw", "博鳌亚洲论坛吸引了来自亚洲及其他大洲国家和地区的嘉宾，其中包括中国香港、中国澳门的代表。", hn=HN,
      note="correct 国家和地区 with the SARs"),
    P("sy_ga", "中国台北代表队参加在三亚举行的国际沙滩排球巡回赛，三亚公安提前做好赛事安保。", hn=HN,
      note="correct sports naming for Taiwan"),
]
