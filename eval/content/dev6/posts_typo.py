"""Fourth held-out part: wrong characters in formal terms, bodies, laws and leaders' names (class typo), and
hard negatives with correct but unusual formal terms. Error forms are new (none equals, contains or is contained
in a typo span of dev/ ... dev5/)."""
from _lib import P

T = "typo"

POSTS = [
    P("ly_ga", "【学习宣传】全市公安机关召开专题会议，深入学习贯彻席近平总书记关于公安工作的重要指示精神，"
      "研究部署岁末年初社会治安稳定工作。",
      T, [(T, "席近平总书记", "习近平总书记")], note="席 for 习 (sound/pinyin) in the leader's name, next to the title"),
    P("sd_mz", "全省民政系统深入学习贯彻习近平总书记记关于民政工作的重要指示，扎实做好困难群众冬季生活保障。",
      T, [(T, "习近平总书记记", "习近平总书记")], note="doubled 记 after the leader's name and title"),
    P("sg_wb", "#韶关发布#市委常委会召开会议，传达学习国务院总里李强在全国冬季安全生产电视电话会议上的讲话精神。",
      T, [(T, "国务院总里", "国务院总理")], note="里 for 理 in the Premier's title"),
    P("cz_wb", "【潮州】11月19日，全市各级干部收看全国人大常委会委员长赵乐迹在宪法宣传周座谈会上的讲话。",
      T, [(T, "赵乐迹", "赵乐际")], note="迹 for 际 (sound) in the leader's name"),
    P("hz_jy", "菏泽市教育局组织全市教育系统党员干部收看全国政协主席王护宁出席的有关活动报道，"
      "并结合实际开展专题学习研讨。",
      T, [(T, "王护宁", "王沪宁")], note="护 for 沪 (sound) in the leader's name"),
    P("gd_jt", "【交通安全】中共中央政治局常委、国务院副总理丁薛翔近日在部署冬季交通安全工作时强调，"
      "要压实各方责任，坚决遏制重特大事故发生。",
      T, [(T, "丁薛翔", "丁薛祥")], note="翔 for 祥 (sound) in the leader's name"),
    P("wf_sc", "潍坊市市场监管局专题学习中央纪委书记李溪在二十届中央纪委有关会议上的讲话精神，"
      "推动全面从严治党向纵深发展。",
      T, [(T, "李溪", "李希")], note="溪 for 希 (sound) in the leader's name"),
    P("zh_ga", "【平安珠海】公安部部长王晓洪近日在全国公安机关视频会议上要求，深入推进夏季治安打击整治“百日行动”成果巩固，"
      "全力维护社会大局稳定。珠海公安将坚决抓好贯彻落实。",
      T, [(T, "王晓洪", "王小洪")], note="晓 for 小 (sound) in the minister's name"),
    P("sd_zj_wb", "国务院副总理张国庆在调研保障性住房建设时强调，加快构建房地产发展新模式。全省住建系统认真学习领会。",
      T, [(T, "国务院副总理张国庆", "国务院副总理张国清")],
      note="pinyin slip 清→庆 in the Vice Premier's name (张国清); labelled with the title"),
    P("yf_wb", "【学习】国务院副总理何力峰出席有关会议并讲话。云浮市组织收看学习。",
      T, [(T, "何力峰", "何立峰")], note="力 for 立 (sound) in the leader's name"),
    P("dg_jy", "东莞市教育系统召开大会，传达学习党的二十届四中权会精神，研究推进教育强市建设。",
      T, [(T, "二十届四中权会", "二十届四中全会")], note="权 for 全 (sound) in the plenum name"),
    P("gd_jy_wb", "深刻领悟“两个却立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。"
      "全省教育系统持续深化理论武装。",
      T, [(T, "“两个却立”", "“两个确立”")], note="却 for 确 (sound) in a fixed political formula"),
    P("ta_ga", "泰安公安开展“主体教育”回头看，民警们表示，要把学习成果转化为为民服务的实际行动。",
      T, [(T, "“主体教育”", "“主题教育”")], note="主体 for 主题 (sound)"),
    P("qd_wl", "青岛文旅系统召开会议，坚持以习近平新时代中国特涩社会主义思想为指导，推动文旅深度融合。",
      T, [(T, "中国特涩社会主义", "中国特色社会主义")], note="涩 for 色 (sound/shape)"),
    P("sd_mz", "#民政为民#坚持把实现共同富余作为民政工作的重要着力点，织密扎牢民生保障网。",
      T, [(T, "共同富余", "共同富裕")], note="余 for 裕 (sound) in a formal term"),
    P("yf_wx", """云浮：奋力推进“白千万工程”走深走实

11月20日，云浮市召开推进会，总结今年以来“百县千镇万村高质量发展工程”进展，部署下一阶段工作。

会议指出，今年以来，全市坚持把“白千万工程”作为推动城乡区域协调发展的重要抓手，新兴县、罗定市典型镇建设取得明显成效，
农村人居环境持续改善，一批特色产业集聚区加快成形。

会议要求，要聚焦县域经济、镇域功能、乡村振兴三个方面持续用力，确保各项目标任务按时完成。""",
      T, [(T, "“白千万工程”", "“百千万工程”")], note="白 for 百 (sound) twice in the name of the provincial programme"),
    P("cz_wb", "【潮州】积极融入越港澳大湾区建设，潮州与深圳签订新一轮对口合作协议，共建产业园区。",
      T, [(T, "越港澳大湾区", "粤港澳大湾区")], note="越 for 粤 (sound) in a formal term"),
    P("zh_ga", "横琴粤澳深度合做区公安分局11月21日揭牌，将为合作区建设提供更有力的安全保障。",
      T, [(T, "横琴粤澳深度合做区", "横琴粤澳深度合作区")], note="做 for 作 (sound) in the zone's formal name"),
    P("dy_wj", """东营市卫生健康委召开党组会议

11月18日，市卫生健康委召开党组会议，传达学习中夹农村工作会议精神和省委有关会议精神。会议强调，要持续推进紧密型县域医共体建设，
提升乡镇卫生院和村卫生室服务能力，让群众在家门口看得上病、看得好病。""",
      T, [(T, "中夹农村工作会议", "中央农村工作会议")], note="夹 for 央 (shape)"),
    P("ly_ga_dy", "临沂公安提醒：《中华人民共和国反电信网络炸骗法》已施行，出租出借银行卡、电话卡属违法行为！",
      T, [(T, "反电信网络炸骗法", "反电信网络诈骗法")], note="炸 for 诈 (pinyin slip) in a law's name"),
    P("hz_jy", "12月4日是国家宪法曰。菏泽市各中小学开展“宪法晨读”活动，引导学生尊法学法守法用法。",
      T, [(T, "国家宪法曰", "国家宪法日")], note="曰 for 日 (shape)"),
    P("wh_sc", """《中华人民共和国食品案全法》宣传进社区

11月22日，威海市市场监管局在环翠区开展食品安全法宣传活动，工作人员向居民讲解如何识别“三无”食品、如何查看食品标签，
并现场开展快检演示。下一步，市市场监管局将持续推进食品安全宣传“五进”活动。""",
      T, [(T, "食品案全法", "食品安全法")], note="案 for 安 (sound) in a law's name"),
    P("gd_jy", "广东省教育厅召开会议传达学习《中华人民共和国未成年人报护法》相关配套规定，部署中小学校园安全工作。",
      T, [(T, "未成年人报护法", "未成年人保护法")], note="报 for 保 (sound) in a law's name"),
    P("sd_zj_wb", "贯彻落实住房和成乡建设部部署，全省开展城镇燃气安全专项排查整治。",
      T, [(T, "住房和成乡建设部", "住房和城乡建设部")], note="成 for 城 (sound) in a ministry's name"),
    P("sg_wb", "韶关市退伍军人事务局开展元旦春节走访慰问，为重点优抚对象送去节日问候。",
      T, [(T, "退伍军人事务局", "退役军人事务局")], note="退伍 for 退役 in the official body's name"),
    P("jm_ga", "江门公安深入学习贯彻总体国家按全观，全力防范化解各类风险隐患。",
      T, [(T, "总体国家按全观", "总体国家安全观")], note="按 for 安 (pinyin slip)"),
    P("wf_sc", "潍坊市市场监管局召开会议，传达学习中共中央治局会议精神，研究部署岁末年初市场监管工作。",
      T, [(T, "中共中央治局", "中共中央政治局")], note="dropped 政 in the Politburo's name"),
    P("ly_ga", "临沂市公安局召开党风廉政建没工作会议，以案为鉴、以案促改。",
      T, [(T, "党风廉政建没", "党风廉政建设")], note="没 for 设 (shape)"),
    P("qd_wl", "青岛市文化和旅游局党组传达学习全国人民表大会常务委员会有关决定，部署文旅市场依法治理工作。",
      T, [(T, "全国人民表大会", "全国人民代表大会")], note="dropped 代 in the NPC's name"),
    P("fs_sc", """佛山市场监管：加快培育新质生厂力 助推制造业当家

11月24日，佛山市市场监管局召开座谈会，听取家电、陶瓷、装备制造企业对质量基础设施建设的意见建议。

会议提出，要以标准、计量、认证认可、检验检测为支撑，助力企业培育新质生厂力，打造一批“佛山标准”“佛山品牌”。""",
      T, [(T, "新质生厂力", "新质生产力")], note="厂 for 产 (sound) twice in a formal term"),
    P("yf_wb", "坚定不移推进中国式现代代化云浮实践，全市重点项目完成年度投资计划的92%。",
      T, [(T, "中国式现代代化", "中国式现代化")], note="doubled 代 in a formal term"),
    P("dg_jy", "东莞教育系统深入学习中国工产党章程，开展主题党日活动。",
      T, [(T, "中国工产党", "中国共产党")], note="工 for 共 (sound) in the Party's name"),
    P("sd_mz", "山东省民政厅传达学习中共中央总书计、国家主席、中央军委主席习近平重要讲话精神。",
      T, [(T, "中共中央总书计", "中共中央总书记")], note="计 for 记 in the leader's title before the name"),
    P("zz_wl", "枣庄文旅学习铸牢中华民族共同体意试，推动各民族交往交流交融。",
      T, [(T, "中华民族共同体意试", "中华民族共同体意识")], note="试 for 识 (sound)"),

    # hard negatives: correct but unusual formal terms, sessions, rare characters
    P("sd_mz", "省民政厅召开会议，传达学习中共中央政治局委员、国务委员谌贻琴在全国养老服务工作会议上的讲话精神。",
      hn=T, note="谌贻琴 is the correct (rare-character) name; 国务委员 is a correct title"),
    P("dg_jy", "东莞市教育局党组理论学习中心组专题学习习近平文化思想和习近平关于教育的重要论述。",
      hn=T, note="习近平文化思想 is a correct, newer formal term"),
    P("hz_jy", "学习运用“千万工程”经验，菏泽市推动农村中小学校园环境整治提升。",
      hn=T, note="“千万工程” is correct (Zhejiang's programme), unlike 百千万工程 it is not Guangdong's"),
    P("ly_ga", "坚持和发展新时代“枫桥经验”，临沂公安推动矛盾纠纷多元化解，全市“一站式”矛调中心实现县乡全覆盖。",
      hn=T, note="新时代“枫桥经验” is correct"),
    P("sd_zj", """山东省住建厅传达学习十四届全国人大常委会第十九次会议精神

11月21日，省住房城乡建设厅召开党组会议，传达学习十四届全国人大常委会第十九次会议有关精神，
研究贯彻落实措施。会议要求，全省住建系统要严格依法行政，做好城市更新、物业管理等领域立法调研。""",
      hn=T, note="numbered NPC Standing Committee session, correctly written"),
    P("gd_jy_wb", "坚持“两个结合”，特别是“第二个结合”，推动中华优秀传统文化进校园、进课堂。",
      hn=T, note="“第二个结合” is a correct formal term"),
    P("zh_ga", "全国人大常委会法制工作委员会发言人介绍了治安管理处罚法修订有关情况。珠海公安将认真做好宣传解读。",
      hn=T, note="法制工作委员会 is the correct name (not 法治); the law name is correct"),
    P("wf_sc", "“四下基层”是党的优良传统。潍坊市市场监管局局长带队接访，现场解决企业反映问题6件。",
      hn=T, note="“四下基层” is a correct term"),
    P("yf_wx", """云浮市召开党委（党组）理论学习中心组学习会

会议专题学习习近平生态文明思想，强调要践行“绿水青山就是金山银山”理念，
守护好西江流域生态环境，推动石材产业绿色转型。""",
      hn=T, note="习近平生态文明思想 and the slogan are written correctly"),
    P("cz_wb", "【潮州】中共潮州市委十五届十次全体会议召开。", hn=T,
      note="a local plenum with unusual numbering, correctly written"),
    P("ta_ga", "泰安公安学习贯彻二十届中央纪委五次全会精神，持续深化全面从严治警。", hn=T,
      note="a numbered plenum of the CCDI, correctly written; 从严治警 is a correct phrase"),
    P("dy_wj", "东营市疾病预防控制局挂牌成立。按照机构改革方案，市卫生健康委员会不再保留疾病预防控制相关职责中的行政管理职能。",
      hn=T, note="疾病预防控制局 is a correct new body's name"),
    P("gd_jt", "国家铁路局、中国国家铁路集团有限公司分别发布春运有关安排。广东交通将做好衔接。",
      hn=T, note="two similar official names, both correct"),
]
