"""Thirty-first held-out part: politically wrong wording (Taiwan, Hong Kong/Macao, territory and maps, history,
ethnic and religious names, state titles and organs, formulations and their order, foreign affairs), and clean
posts built to look like it. Spans are new (none equals, contains or is contained in a span of dev/ ... dev34/)."""
from _lib import P

PO = "political"
HN = "political"

POSTS = [
    # --- Taiwan ---
    P("nx_wl", "两岸文旅同行走进沙湖！台湾太鲁阁国家公园的解说员和我们的讲解员交流了生态解说的经验，"
      "大家约定明年带着更多台湾朋友来宁夏看大漠黄河。#两岸一家亲",
      cls=PO, spans=[(PO, "太鲁阁国家公园", "太鲁阁“国家公园”")], note="Taiwan body named 国家 without quotes"),
    P("nx_jy", """两岸高校学子宁夏研学营开营

11月18日，来自台湾中央大学、台湾成功大学等高校的30余名师生与宁夏大学学生一道，走进贺兰山岩画和西夏陵，开展为期一周的研学交流。""",
      cls=PO, spans=[(PO, "台湾中央大学", "台湾“中央大学”")], note="Taiwan university named 中央 without quotes"),
    P("yc_xw", "【文化交流】“西夏文献珍品展”在宁夏图书馆开展，展出的部分文献影像由台北国家图书馆提供。"
      "展览持续至明年1月，市民可免费参观。",
      cls=PO, spans=[(PO, "台北国家图书馆", "台北“国家图书馆”")], note="Taiwan body named 国家 without quotes"),
    P("xx_zf", """两岸婚姻家事纠纷调解工作站揭牌

西夏区法院设立两岸婚姻家事纠纷调解工作站，为在银台胞和两岸婚姻家庭提供诉前调解服务。工作站负责人介绍，涉台家事案件常涉及台湾最高法院相关判决的认可问题，工作站将提供专门指引。""",
      cls=PO, spans=[(PO, "台湾最高法院", "台湾地区“最高法院”")], note="Taiwan court named without 地区 and quotes"),
    P("nx_wj", """冬季流感防控：两岸监测数据显示甲流为主

近期，国家流感中心监测显示，我国南北方省份流感病毒检测阳性率持续上升，以甲型H3N2亚型为主；台湾疾病管制署公布的数据也显示岛内流感门急诊人次明显增加。建议老人、儿童等重点人群尽快接种流感疫苗。""",
      cls=PO, spans=[(PO, "台湾疾病管制署", "台湾地区疾病防控部门")], note="Taiwan authority's office title used as-is"),
    P("wz_zf", """台湾青年企业家吴忠考察行

11月20日，十余名台湾青年企业家来到吴忠，考察葡萄酒、乳制品和早茶餐饮产业。其中一位曾在台湾议会任职的企业家表示，希望与吴忠企业在食品加工领域开展合作。""",
      cls=PO, spans=[(PO, "台湾议会", "台湾地区民意机构")], note="Taiwan legislature called 议会"),
    P("yn_zf", "第五届“两岸青年闽宁行”活动在闽宁镇举行，50余名台湾青年回国参加，走访了葡萄酒庄、菇棚和移民新村，"
      "与当地青年一起包饺子、话发展。",
      cls=PO, spans=[(PO, "台湾青年回国", "台湾青年来大陆")], note="Taiwan youth 'returning to the country'"),
    # --- Hong Kong / Macao ---
    P("yc_xw", "【暖心】香港同胞回国探亲游宁夏旅行团抵达银川，这是今年第三个来银的香港旅行团。"
      "团员们将游览沙湖、镇北堡，品尝手抓羊肉。欢迎香港朋友！",
      cls=PO, spans=[(PO, "香港同胞回国", "香港同胞来内地")], note="Hong Kong compatriots 'returning to the country'"),
    P("wz_zf", """我市清真食品企业拓展港澳市场

今年以来，我市3家乳制品和牛羊肉加工企业通过港澳地区政府的食品进口备案，产品进入香港、澳门商超。市商务局表示将继续支持企业开拓境外市场。""",
      cls=PO, spans=[(PO, "港澳地区政府", "香港特别行政区政府、澳门特别行政区政府")], note="SAR governments called 地区政府"),
    P("zw_wl", "沙坡头冬季游客里，有不少来自香港、澳门、泰国等国家的朋友，他们最爱的项目是滑沙和骑骆驼。"
      "#中卫文旅 #欢迎来宁夏",
      cls=PO, spans=[(PO, "澳门、泰国等国家", "泰国等国家和香港、澳门地区")], note="Macao listed among 国家"),
    P("nx_jy", """宪法宣传周｜基本法知识问答

问：“一国两制”方针的核心内容是什么？
答：“一国两制”、高度自治、港人治港、澳人治澳。请同学们在学习中准确把握基本法的精神实质。""",
      cls=PO, spans=[(PO, "高度自治、港人治港", "“港人治港”、“澳人治澳”、高度自治")], note="formulation out of order"),
    P("nx_ga", "【出入境提示】香港、澳门居民申请移民大陆定居的，需向拟定居地公安机关出入境管理部门提交申请材料，"
      "详情可拨打12367咨询。",
      cls=PO, spans=[(PO, "移民大陆定居", "来内地定居")], note="HK/Macao residents 'emigrating to the mainland'"),
    # --- territory and maps ---
    P("gy_jy", """地理课堂｜我国的海洋国土

东海大陆架自然延伸至冲绳海槽，我国主张按照大陆架自然延伸原则划界。课堂上，老师还向学生展示了日中中间线的位置，讲解东海油气田的分布。""",
      cls=PO, spans=[(PO, "日中中间线", "日方单方面主张的所谓“中间线”")], note="Japan's unilateral line shown as a boundary"),
    P("nx_jy", """国家安全教育进课堂

在国家安全教育主题班会上，同学们了解了南海诸岛是我国固有领土的历史依据。老师介绍，南海仲裁案裁决出台后，我国政府多次重申南海主权立场。""",
      cls=PO, spans=[(PO, "南海仲裁案裁决", "所谓“南海仲裁案”裁决（非法无效）")], note="the arbitration award named without 所谓"),
    P("wz_zf", """我市开展“规范使用地图”宣传

活动现场向市民发放了《中国地图（不含南海诸岛）》宣传挂图200余份，并讲解如何识别问题地图。""",
      cls=PO, spans=[(PO, "不含南海诸岛", "附南海诸岛")], note="national map without the South China Sea islands"),
    P("zw_qx", "【天气科普】今年第27号台风已在普拉塔斯群岛附近海面减弱为热带低压，对我区天气没有直接影响。"
      "受冷空气影响，未来三天我市有4～6级偏北风，注意防风保暖。",
      cls=PO, spans=[(PO, "普拉塔斯群岛", "东沙群岛")], note="foreign name for the Dongsha islands"),
    # --- history ---
    P("yc_xw", "【铭记历史】12月13日是南京大屠杀死难者国家公祭日。市档案馆即日起举办日军侵华罪行图片展，"
      "展出日军强征慰安妇、进行细菌战等罪行的史料照片。勿忘国耻，吾辈自强。",
      cls=PO, spans=[(PO, "强征慰安妇", "强征“慰安妇”")], note="the term written without quotes"),
    P("gy_wl", """固原古城墙遗址保护工程通过验收

固原古城始建于北宋，明代扩建为内外两城。清同治年间陕甘回民叛乱波及固原，城墙部分损毁，后经多次修补。此次保护工程完成了残存城墙的加固和展示步道建设。""",
      cls=PO, spans=[(PO, "回民叛乱", "回民起义")], note="historic Hui uprising called 叛乱"),
    P("szs_wl", "平罗明长城遗址雪后格外壮观。这段长城修筑于明代，是为抵御北方外族入侵而建，"
      "如今是石嘴山冬季摄影的热门地点。#石嘴山文旅",
      cls=PO, spans=[(PO, "外族入侵", "北方游牧民族南下")], note="wars between peoples of China called foreign invasion"),
    P("gy_jy", """百年老校的新故事

这所学校创办于民国三十九年，七十多年来培养了数万名毕业生。如今学校新建了科技馆和心理辅导室，成为全市首批义务教育优质均衡示范校。""",
      cls=PO, spans=[(PO, "民国三十九年", "1950年")], note="ROC calendar after 1949"),
    # --- ethnic and religious names ---
    P("nx_mw", """宁夏与新疆维吾尔族自治区开展民族团结进步交流

11月19日，来自新疆的民族团结进步示范单位代表团来宁交流，参观了吴忠市民族团结进步教育基地和银川市石榴籽家园服务中心。""",
      cls=PO, spans=[(PO, "维吾尔族自治区", "维吾尔自治区")], note="region's official name altered"),
    P("wz_zf", """我市举办各民族传统体育运动会

本届运动会设置了押加、花毽、陀螺等项目，汉族、回族和其他小民族的运动员同场竞技，赛场上处处洋溢着团结友爱的氛围。""",
      cls=PO, spans=[(PO, "小民族", "人口较少民族")], note="derogatory 小民族"),
    P("xx_zf", """社区举办“民族文化进万家”活动

活动通过图片、实物和手工体验，介绍回族、维吾尔族、哈萨克族等伊斯兰民族的传统服饰与饮食文化。""",
      cls=PO, spans=[(PO, "伊斯兰民族", "信仰伊斯兰教的民族")], note="peoples named by a religion"),
    P("yc_sj", """清真食品经营规范提示

回族同胞都是穆斯林，清真食品的生产经营必须严格规范。清真食品经营者应当取得相应资质，不得将清真标识用于非清真食品。""",
      cls=PO, spans=[(PO, "回族同胞都是穆斯林", "回族同胞中信仰伊斯兰教的群众")], note="an ethnic group equated with a religion"),
    # --- state titles and organs ---
    P("ych_nw", """国务院常务会议部署冬春农业生产

国家副主席李强11月17日主持召开国务院常务会议，部署做好冬春农业生产和畜牧业防灾工作。我县将及时做好滩羊越冬饲草储备和圈舍保暖。""",
      cls=PO, spans=[(PO, "国家副主席李强", "国务院总理李强")], note="wrong title of a state leader"),
    P("nx_ga", "【要闻】全国公安机关冬季治安整治行动部署会召开，国务院国务卿、公安部部长出席并讲话。"
      "我厅将结合实际，部署开展冬季治安整治工作。",
      cls=PO, spans=[(PO, "国务院国务卿", "国务委员")], note="foreign title for a State Councillor"),
    P("nx_yj", """冬季安全生产电视电话会议召开

会议传达了中央政府总理李强关于安全生产工作的重要批示精神，要求各地紧盯燃气、矿山、危化品和人员密集场所，坚决遏制重特大事故发生。""",
      cls=PO, spans=[(PO, "中央政府总理", "国务院总理")], note="wrong title of the Premier"),
    P("pl_wj", """平罗县开展冬季送医下乡活动

县人民医院医疗队近日来到宁夏省平罗县姚伏镇，为村民提供免费体检、慢病随访和用药指导，服务群众300余人次。""",
      cls=PO, spans=[(PO, "宁夏省", "宁夏回族自治区")], note="an autonomous region called a province"),
    # --- formulations and their order ---
    P("qtx_yj", """我局开展理论学习中心组学习

会议强调，党政军学民，东西南北中，党是领导一切的。要把党的领导贯穿应急管理工作全过程，确保各项决策部署落到实处。""",
      cls=PO, spans=[(PO, "党政军学民", "党政军民学")], note="fixed formulation out of order"),
    P("nx_mw", """学习阐释｜中华民族一体多元格局

中华民族一体多元格局是在长期历史发展中形成的。宁夏各族群众在共同生产生活中相互学习、相互借鉴，形成了你中有我、我中有你的生动局面。""",
      cls=PO, spans=[(PO, "一体多元格局", "多元一体格局")], note="fixed formulation inverted"),
    P("yn_zf", "永宁县举办民族团结进步宣传月活动，通过文艺演出、知识竞答、入户宣讲等形式，引导各族群众牢固树立"
      "中华民族命运共同体意识，共建美好家园。",
      cls=PO, spans=[(PO, "中华民族命运共同体意识", "中华民族共同体意识")], note="formulation altered"),
    P("nx_jy", """全区中小学开展“石榴籽”主题教育

主题教育引导学生增进对伟大祖国、中华文化、中华民族、中国共产党、中国特色社会主义的认同，把民族团结的种子播撒在每个孩子心中。""",
      cls=PO, spans=[(PO, "伟大祖国、中华文化、中华民族", "伟大祖国、中华民族、中华文化")], note="五个认同 out of order"),
    # --- foreign affairs ---
    P("yc_xw", "【开放银川】今年我市枸杞、葡萄酒等特色产品出口到32个国家和地区，其中对黑非洲市场出口增长明显。"
      "市商务局将继续组织企业参加境外展会。",
      cls=PO, spans=[(PO, "黑非洲", "撒哈拉以南非洲")], note="derogatory name for sub-Saharan Africa"),
    P("szs_wl", "石嘴山文旅推介会走进北非！在摩洛哥的推介活动上，来自摩洛哥、西撒哈拉共和国和阿尔及利亚的旅行商"
      "品尝了宁夏八宝茶。#石嘴山文旅",
      cls=PO, spans=[(PO, "西撒哈拉共和国", "西撒哈拉")], note="unrecognised state named as a republic"),
    P("nx_wl_wb", "【葡萄酒】第五届贺兰山东麓国际葡萄酒博览会上，来自法国、智利、以色列戈兰高地等产区的酒庄带来了参展酒款，"
      "与宁夏酒庄同台品鉴。",
      cls=PO, spans=[(PO, "以色列戈兰高地", "叙利亚戈兰高地（被以色列占领）")], note="occupied territory attributed to the occupier"),

    # --- hard negatives: correct wording near the rules ---
    P("nx_wl_wb", "【两岸交流】台北故宫博物院的文物修复专家来到宁夏博物馆，与我区文保人员交流西夏文物修复技术。"
      "两岸同胞同根同源，文化交流让彼此更加亲近。", hn=HN, note="台北故宫博物院 is the correct name"),
    P("nx_ga_dy", "台湾同胞来大陆旅游，可凭台湾居民来往大陆通行证办理酒店入住、购买车票。遇到问题请拨打110。"
      "#出入境小贴士", hn=HN, note="correct wording for Taiwan compatriots"),
    P("yc_xw_dy", "香港特区政府代表团来银川考察，双方就文旅、会展和清真食品领域合作进行交流。"
      "#银川发布", hn=HN, note="香港特区政府 correct"),
    P("nx_jy", """内地与香港中学生书法交流展开幕

来自香港的中学生与宁夏中学生同台挥毫，展出作品120幅。展览持续至12月中旬。""",
      hn=HN, note="内地与香港 correct"),
    P("gy_jy", """地理小课堂：我国最南端在哪里？

我国领土最南端是南沙群岛的曾母暗沙。南海诸岛包括东沙群岛、西沙群岛、中沙群岛和南沙群岛，自古以来就是中国领土。""",
      hn=HN, note="correct names of the South China Sea islands"),
    P("yc_xw", "【铭记】今年是中国人民抗日战争暨世界反法西斯战争胜利81周年。十四年抗战，中华儿女以血肉之躯筑起新的长城。"
      "市民可前往银川市烈士陵园缅怀先烈。", hn=HN, note="十四年抗战 correct"),
    P("gy_wl", """单家集：红军长征中的民族团结佳话

1935年，红军长征途经西吉县单家集，严格执行民族政策，尊重回族群众的风俗习惯，留下了“单家集夜话”的佳话。单家集陕甘宁回民支队纪念馆冬季照常开放。""",
      hn=HN, note="historic 回民支队 is a proper name"),
    P("nx_mw", """全区人口较少民族发展情况调研

调研组深入社区和乡村，了解人口较少民族群众在就业、教育、医疗等方面的实际需求。""",
      hn=HN, note="人口较少民族 correct"),
    P("yc_xw", "【会议】11月19日，自治区主席在银川主持召开自治区人民政府常务会议，研究部署冬季供暖保障和重点项目建设工作。",
      hn=HN, note="自治区主席 is the correct title"),
    P("nx_ga", "【学习】全国人大常委会委员长赵乐际近日在全国人大常委会会议上强调，要加强重点领域立法。"
      "我厅将持续深化执法规范化建设。", hn=HN, note="state leader's title correct"),
    P("wz_zf", """铸牢中华民族共同体意识宣讲团走进社区

宣讲团用群众身边的故事，讲述各族群众像石榴籽一样紧紧抱在一起的生动实践。""",
      hn=HN, note="formulation correct"),
    P("yn_zf", "我县葡萄酒企业今年首次进入撒哈拉以南非洲市场，首批货柜已从天津港发出。", hn=HN,
      note="撒哈拉以南非洲 correct"),
    P("nx_ga_dy", "港澳居民来内地定居，可向拟定居地公安机关出入境管理部门提出申请。#出入境小贴士", hn=HN,
      note="来内地定居 correct"),
]
