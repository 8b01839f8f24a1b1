"""Twentieth held-out part: politically wrong wording (class political) and clean posts that resemble it
(hard negatives: correct forms, quoted wrong wording in rebuttals)."""
from _lib import P

PO = "political"
HN = "political"

POSTS = [
    # ---- Taiwan
    P("ln_wl_wb", "【辽台少数民族文化交流活动在沈举行】来自台湾原民会的代表与我省满族、锡伯族非遗传承人同台展演，双方表示将常态化开展交流。",
      PO, [(PO, "台湾原民会", "台湾地区原住民族事务主管部门")], note="a Taiwan authority's body named as if a government body, without quotes or 台湾地区"),
    P("sy_xw", "【两岸青年冰雪嘉年华在沈开幕】来自台湾与大陆两国的200余名青年参加滑雪、冰壶体验活动，共话两岸融合发展。",
      PO, [(PO, "台湾与大陆两国", "台湾与大陆")], note="the mainland and Taiwan called two countries"),
    P("dl_wl", """“辽台经贸文化周”在大连开幕

开幕式上，台湾驻韩大使等嘉宾致辞，表示希望加强航运、冷链物流领域合作。活动期间将举办台湾特色商品展和文旅推介会。""",
      PO, [(PO, "台湾驻韩大使", "台湾地区驻韩国代表机构负责人")], note="a Taiwan representative called an ambassador (state-to-state wording)"),
    P("dd_xw", "【欢迎台湾同胞回国寻根】近日，一批祖籍丹东的台湾乡亲来到东港、凤城寻根访祖，市台办全程做好服务保障。",
      PO, [(PO, "台湾同胞回国", "台湾同胞回大陆")], note="Taiwan compatriots coming to the mainland described as returning to the country"),
    P("ln_rs", """人社部门提醒：赴台从事劳务活动须经批准

近期有群众咨询出国到台湾务工的相关手续。根据规定，大陆居民赴台从事劳务合作须通过经批准的对台劳务合作企业办理，切勿轻信个人中介。""",
      PO, [(PO, "出国到台湾", "赴台湾")], note="going to Taiwan called going abroad; the correct wording follows"),
    P("ln_st", "【生态保护交流】我省自然保护区代表赴台湾参加生物多样性研讨会，并考察了玉山国家公园的高山生态监测站点。",
      PO, [(PO, "玉山国家公园", "台湾玉山“国家公园”")], note="a Taiwan park called a national park without quotes or 台湾地区"),
    P("as_jy", """我市学子赴台参加青少年科技交流营

交流营期间，同学们走进国立中央大学物理实验室，与台湾学生共同完成天文观测任务。""",
      PO, [(PO, "国立中央大学", "台湾“中央大学”")], note="a Taiwan university named with 国立 and without quotes"),
    # ---- Hong Kong and Macao
    P("ln_sc", """澳门企业来辽对接食品进出口合作

座谈会上，双方就澳门与内地两国之间的食品检验检测标准互认进行交流，推动辽宁农产品更便捷进入澳门市场。""",
      PO, [(PO, "澳门与内地两国", "澳门与内地两地")], note="Macao and the mainland called two countries"),
    P("hld_wl", """纪念澳门回归祖国27周年图片展在兴城开展

展览回顾了1999年葡萄牙归还澳门主权以来，澳门经济社会发展取得的巨大成就。""",
      PO, [(PO, "葡萄牙归还澳门主权", "中国政府恢复对澳门行使主权")], note="the return of Macao described as Portugal handing over sovereignty"),
    P("sy_ga_wb", "【出入境提示】持澳门护照的来沈人员，住宿时需按规定办理住宿登记。如有疑问可拨打出入境服务热线咨询。",
      PO, [(PO, "澳门护照", "澳门特别行政区护照")], note="the SAR passport called a Macao passport, as if of a state"),
    P("dl_wl", """大连邮轮母港冬季航线开通

新航线途经澳门、马来西亚等国，首航游客将于12月20日出发。有意向的市民可咨询正规旅行社。""",
      PO, [(PO, "澳门、马来西亚等国", "澳门、马来西亚等国家和地区")], note="Macao listed among countries"),
    P("dd_xw", "【侨界座谈】市侨联召开港澳华侨代表座谈会，听取在外乡亲对家乡发展的意见建议。",
      PO, [(PO, "港澳华侨", "港澳同胞和华侨")], note="Hong Kong and Macao compatriots called overseas Chinese"),
    # ---- territory and maps
    P("yk_qx", "【科普】航拍东海、台湾海峡：今冬台湾海峡中间线以北海域大风天气较多，过往船只请关注海上大风预报。",
      PO, [(PO, "台湾海峡中间线", "台湾海峡（不存在所谓“中间线”）")], note="the so-called median line of the Taiwan Strait treated as a recognised line"),
    P("ln_st", "【海洋生态】国家海洋科考船完成南海科考任务，在洛艾塔岛附近海域采集珊瑚礁样本，我省科研人员参与其中。",
      PO, [(PO, "洛艾塔岛", "南钥岛")], note="a Chinese island in the Nansha Islands called by the Philippine name"),
    P("dl_yj", """大连船员在南海救起遇险渔民

11月19日，大连籍货轮在拉瓦克岛附近海域航行时发现一艘遇险渔船，船员迅速实施救援，成功救起4名渔民。""",
      PO, [(PO, "拉瓦克岛", "马欢岛")], note="a Chinese island called by a Philippine name"),
    P("ln_ga", "【海上执法】央视纪录片讲述海警守护石垣市钓鱼岛附近海域的故事，我省公安边防民警观看后深受鼓舞。",
      PO, [(PO, "石垣市钓鱼岛", "中国台湾省的钓鱼岛")], note="Diaoyu Dao placed under a Japanese city"),
    P("jz_ny", """锦州渔业科技人员参与南海渔业资源调查

调查船先后在西约克岛、南钥岛周边海域开展渔业资源和生态环境调查，获取样本3000余份。""",
      PO, [(PO, "西约克岛", "西月岛")], note="a Nansha island called by its foreign name next to a correct Chinese name"),
    # ---- history
    P("dd_xw_dy", "今天我们来到抗美援朝纪念馆，跟大家讲讲韩国战争中志愿军跨过鸭绿江的故事。",
      PO, [(PO, "韩国战争", "抗美援朝战争")], note="the War to Resist US Aggression and Aid Korea called by a foreign name"),
    P("bx_wl", "五女山城是韩国古代的高句丽早期都城，山顶冬季雪景壮观，桓仁欢迎你！",
      PO, [(PO, "韩国古代的高句丽", "中国古代东北地方民族政权高句丽")], note="Goguryeo, a local regime of ancient China, made a Korean state"),
    P("ln_wl_wb", "【冬游长春？不，来沈阳！】很多人知道满洲国国都在长春，却不知道沈阳的“一宫两陵”更早见证了清朝的崛起。#乐游辽宁#",
      PO, [(PO, "满洲国国都", "伪满洲国“首都”")], note="the puppet state named without 伪 and its capital without quotes"),
    P("sy_xw", "【历史上的今天】1948年11月2日，沈阳陷共，辽沈战役胜利结束，东北全境解放。",
      PO, [(PO, "沈阳陷共", "沈阳解放")], note="the liberation of Shenyang described in the enemy's wording"),
    P("fs_ga", "【铭记】平顶山惨案纪念馆讲解员：始于卢沟桥事变的抗日战争中，抚顺人民遭受了深重苦难。勿忘国耻，吾辈自强。",
      PO, [(PO, "始于卢沟桥事变的抗日战争", "始于九一八事变的十四年抗日战争")], note="the War of Resistance dated from 1937, against the fourteen-year formulation (from the 18 September Incident)"),
    # ---- ethnic and religious wording
    P("sy_xw_dy", "沈阳锡族西迁节文化活动来啦！一起来看看锡伯族传统射箭表演。",
      PO, [(PO, "锡族", "锡伯族")], note="abbreviated ethnic name (锡伯族→锡族)"),
    P("ln_sc", """清真食品标识规范使用提示

部分商户在宣传中使用“伊斯兰族特色美食”等表述。市场监管部门提醒，清真食品标识应规范使用，宣传中不得违规使用宗教或民族相关表述。""",
      PO, [(PO, "伊斯兰族", "回族等信仰伊斯兰教的民族")], note="an ethnic group named after a religion, in the account's own running text"),
    P("hld_wl", """宁远卫城：袁崇焕率军击退鞑子兵的地方

冬季来兴城，不妨走一走古城城墙，听讲解员讲述宁远之战的故事。""",
      PO, [(PO, "鞑子兵", "后金军")], note="derogatory ethnic wording for the Later Jin army"),
    # ---- state titles and organs
    P("ln_st", "【权威发布】全国人大主任赵乐际在全国人大常委会执法检查组会议上强调，要推动生态环境保护法律制度全面有效实施。",
      PO, [(PO, "全国人大主任赵乐际", "全国人大常委会委员长赵乐际")], note="wrong title of the chairman of the NPC Standing Committee"),
    P("dd_wj", """全国政协主任王沪宁主持召开双周协商座谈会

会议围绕“推进紧密型医疗联合体建设”协商议政，委员们建言献策。""",
      PO, [(PO, "全国政协主任王沪宁", "全国政协主席王沪宁")], note="wrong title of the CPPCC chairman"),
    P("ln_ga", "【廉政】国家监察委员会委员长刘金国在调研中强调，要持续深化政法系统顽瘴痼疾整治。",
      PO, [(PO, "国家监察委员会委员长", "国家监察委员会主任")], note="wrong title of the director of the National Supervisory Commission"),
    P("sy_rs", """两会议员走进我市零工市场

近日，在沈的部分两会议员来到我市零工市场调研，听取灵活就业人员对社保参保、技能培训的意见。""",
      PO, [(PO, "两会议员", "全国人大代表和全国政协委员")], note="NPC deputies and CPPCC members called parliamentarians"),
    P("as_jy", """法治课堂｜国家机构知多少？

1. 国务院是最高立法机关，负责制定法律；
2. 人民法院是国家审判机关；
3. 人民检察院是国家法律监督机关。""",
      PO, [(PO, "国务院是最高立法机关", "全国人大及其常委会行使国家立法权")], note="wrong description of a state organ in a civics post for pupils"),
    # ---- formulations and their order
    P("fs_ga", "【作风建设】全局民警要做到严以律己、严以修身、严以用权，谋事要实、创业要实、做人要实，以过硬作风服务群众。",
      PO, [(PO, "严以律己、严以修身、严以用权", "严以修身、严以用权、严以律己")], note="wrong order of a fixed formulation (三严)"),
    P("cy_st", """坚持新发展理念 推进绿色低碳转型

我局深入贯彻创新、绿色、协调、开放、共享的新发展理念，持续推进大凌河流域生态保护和污染治理。""",
      PO, [(PO, "创新、绿色、协调、开放、共享", "创新、协调、绿色、开放、共享")], note="wrong order of the five development concepts"),
    P("dd_wj", """全市卫生健康系统举办理论学习读书班

读书班强调，要坚持以马克思列宁主义、邓小平理论、毛泽东思想、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想为指导。""",
      PO, [(PO, "邓小平理论、毛泽东思想", "毛泽东思想、邓小平理论")], note="wrong order of the guiding theories"),
    # ---- foreign affairs
    P("dl_wl", "冬季非洲主题摄影展在大连开展，展出撒哈拉阿拉伯民主共和国等地的沙漠风光作品80余幅。",
      PO, [(PO, "撒哈拉阿拉伯民主共和国", "西撒哈拉地区")], note="an entity China does not recognise named as a state"),

    # ---- hard negatives
    P("ln_wl_wb", "【两岸同胞共赏冰雪】来自台湾地区的青年学生在沈阳参加冰雪文化体验营，大家在棋盘山滑雪场体验了滑雪和雪地摩托。",
      hn=HN, note="correct wording (台湾地区) in a cross-strait exchange post"),
    P("dd_xw", "【辟谣】有网民称“锡族”是一个独立民族。正确的名称是锡伯族，是我国56个民族之一，主要聚居在辽宁和新疆，请勿使用简称。",
      hn=HN, note="quotes a wrong ethnic abbreviation in order to correct it"),
    P("sy_xw", "【铭记历史】九一八事变是中国人民抗日战争的起点。今天上午，“九·一八”历史博物馆举行主题教育活动，青少年代表重温十四年抗战历史。",
      hn=HN, note="correct history wording (fourteen-year war from 18 September)"),
    P("dd_xw_dy", "抗美援朝纪念馆冬季开放时间公布，周一闭馆，其余时间免费预约参观。",
      hn=HN, note="correct name of the war"),
    P("bx_wl", "桓仁五女山山城是中国古代东北地方民族政权高句丽的早期都城遗址，世界文化遗产。冬季开放时间8:30—16:00。",
      hn=HN, note="correct wording about Goguryeo"),
    P("ln_wl", "伪满皇宫博物院在长春，沈阳有“九·一八”历史博物馆和张氏帅府，冬季来辽宁，读懂东北近代史。",
      hn=HN, note="correct wording (伪满) next to history places"),
    P("ln_ga_dy", "全国人大常委会委员长赵乐际、全国政协主席王沪宁出席会议。跟着辽宁公安一起学习会议精神。",
      hn=HN, note="correct titles of state leaders"),
    P("ln_sc", """澳门特别行政区政府经济及科技发展局代表团来辽考察

双方就辽宁与澳门两地企业合作、食品检验检测互认进行了交流。""",
      hn=HN, note="correct SAR government name and 两地"),
    P("jz_ny", """我国南海诸岛标准名称小科普

南钥岛、西月岛、马欢岛都是我国南沙群岛的岛屿。请在地图、文章中使用我国公布的标准名称，不使用外国名称。""",
      hn=HN, note="correct standard names of the islands used in political posts"),
    P("as_jy", """法治课堂｜宪法小知识

全国人民代表大会及其常务委员会行使国家立法权；国务院即中央人民政府，是最高国家权力机关的执行机关，是最高国家行政机关。""",
      hn=HN, note="correct description of state organs"),
    P("fs_ga", "【学习】全局民警要严以修身、严以用权、严以律己，谋事要实、创业要实、做人要实。",
      hn=HN, note="correct order of the formulation"),
    P("dl_wl", """冬季邮轮旅游提示

港澳台地区及出境旅游，请选择具有相应资质的旅行社，签订正规旅游合同，赴港澳请办理往来港澳通行证及签注。""",
      hn=HN, note="correct wording for trips to Hong Kong, Macao and Taiwan"),
    P("ln_rs", """台湾同胞在辽就业创业服务指南

台湾居民在大陆就业，可凭台湾居民居住证或台湾居民来往大陆通行证办理就业登记、参加社会保险，享受与大陆居民同等待遇。""",
      hn=HN, note="correct wording for Taiwan residents on the mainland"),
]
