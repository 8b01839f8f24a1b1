"""Twelfth held-out part: wrong characters (错敏字) in formal terms, names of bodies, documents, leaders, places
and landmarks, slogans and sayings, as real writers make them (input-method slips by sound, shape, wrong word
boundaries, dropped or doubled characters); and hard negatives that only look like such slips."""
from _lib import P

T = "typo"
POSTS = [
    P("hf_xw", "【全市干部大会召开】11月20日，合肥市召开全市领导干部大会，深入学习贯彻习近凭总书记考察安徽重要讲话精神，"
      "动员全市上下在新征程上奋勇争先。", T, [(T, "习近凭总书记", "习近平总书记")],
      note="leader's name: 平→凭 by sound (ping), next to the title"),
    P("ah_rs", "全省人社系统学习贯彻党的二十届四中全会精神专题读书班开班\n\n11月19日，省人社厅举办专题读书班。"
      "读书班强调，要深刻领会习近平总书己关于就业工作的重要论述，把稳就业摆在更加突出的位置，"
      "扎实做好高校毕业生、农民工等重点群体就业工作。", T, [(T, "习近平总书己", "习近平总书记")],
      note="title word 记→己 (same sound ji), leader's title"),
    P("aq_xw", "【国务院总理李樯来皖调研】11月下旬，国务院总理李强在安徽调研，实地考察了安庆市的石化企业和长江岸线生态修复项目。"
      "#安庆发布#", T, [(T, "国务院总理李樯", "国务院总理李强")],
      note="premier's name in the headline: 强→樯 (shape/sound slip); correct in the body"),
    P("ah_wj", "省卫生健康委传达学习全国政协主席王沪泞在全国政协专题协商会上的讲话精神\n\n"
      "11月21日，委党组召开会议，传达学习全国政协专题协商会精神，研究部署我省基层卫生健康服务能力提升工作。",
      T, [(T, "王沪泞", "王沪宁")], note="leader's name: 宁→泞 (shape, extra radical)"),
    P("ah_jt", "11月18日，全国人大常委会委员长赵勒际在合肥出席长三角交通一体化座谈会并讲话。省交通运输厅主要负责同志参加。",
      T, [(T, "赵勒际", "赵乐际")], note="leader's name: 乐→勒 by sound (le)"),
    P("hf_ga", "【蔡祺在全国公安机关视频会议上强调】坚定不移推进公安工作现代化。合肥市公安局在分会场收听收看。",
      T, [(T, "蔡祺", "蔡奇")], note="leader's name: 奇→祺 by sound (qi)"),
    P("ah_st", "生态环境部部署秋冬季大气污染防治攻坚\n\n近日，国务院副总理丁薛响出席全国秋冬季大气污染防治工作视频会议并讲话。"
      "我厅在分会场参加会议，随即研究部署我省重点区域PM2.5治理工作。", T, [(T, "丁薛响", "丁薛祥")],
      note="vice premier's name: 祥→响 by sound (xiang)"),
    P("xc_ty", "全市纪检监察干部学习中央纪委书记李喜在中央纪委全会上的工作报告精神，对照检查退役军人服务保障领域作风问题。",
      T, [(T, "李喜", "李希")], note="leader's name: 希→喜 by sound (xi), next to the title"),
    P("aq_wj", "国家副主席韩整出席第五届世界中医药传承大会开幕式并致辞。大会吸引了来自中国及港澳台地区和32个国家的800余名代表，"
      "安庆市中医医院作为分会场承办单位参与了学术交流。", (T, "political"),
      [(T, "韩整", "韩正"), ("political", "中国及港澳台地区", "我国内地及港澳台地区")],
      note="vice president's name: 正→整 by sound (zheng); and 中国 set beside 港澳台 as if they were not China"),
    P("ah_wj_wb", "【中共安徽省为召开常委会会议】会议研究部署今冬明春卫生健康重点工作，强调要守牢基层医疗服务底线。",
      T, [(T, "中共安徽省为", "中共安徽省委")], note="party committee's name: 委→为 by sound (wei)"),
    P("hf_xw_dy", "长三角一体华发展又有新进展！合肥都市圈与南京都市圈公交“一卡通”正式实现互认。#合肥 #长三角",
      T, [(T, "长三角一体华发展", "长三角一体化发展")], note="national strategy term: 化→华 by sound (hua)"),
    P("la_ny", "大别山革名老区振兴发展再添新动能\n\n11月中旬，六安市召开大别山革命老区高质量发展推进会，"
      "全市新建高标准农田18.6万亩，茶产业综合产值突破160亿元。", T, [(T, "大别山革名老区", "大别山革命老区")],
      note="formal term: 命→名 by sound (ming); the correct form also occurs"),
    P("hf_xw", "【传承小刚村精神】11月21日，我市组织新录用公务员赴凤阳县开展现场教学，重温“大包干”改革历程。",
      T, [(T, "小刚村", "小岗村")], note="landmark village: 岗→刚 by sound (gang)"),
    P("mas_st", "新安江生态补尝机制实施以来，跨省流域水质持续稳定向好\n\n今年是新安江流域上下游横向生态补偿机制试点实施的第15年，"
      "我市组织技术人员赴黄山学习交流流域共治经验。", T, [(T, "新安江生态补尝", "新安江生态补偿")],
      note="mechanism's name: 偿→尝 by sound (chang) in the headline"),
    P("hs_wl", "冬日的辉州古城，粉墙黛瓦，炊烟袅袅，欢迎来黄山看一场“徽州雪”。#黄山 #徽州古城",
      T, [(T, "辉州古城", "徽州古城")], note="place name: 徽→辉 by sound (hui); correct in the hashtag"),
    P("hs_wl_wb", "【雪后西递、红村美如画】今晨黄山市黟县迎来入冬后首场降雪，世界文化遗产地游人如织。请游客注意路面湿滑。",
      T, [(T, "西递、红村", "西递、宏村")], note="World Heritage village: 宏→红 by sound (hong)"),
    P("aq_xw", "【九花山佛教文化园区冬季开放时间调整】自12月1日起，园区开放时间调整为8:00—17:00，请游客合理安排行程。",
      T, [(T, "九花山", "九华山")], note="landmark name: 华→花 by sound (hua)"),
    P("hf_ga_dy", "环潮湖骑行注意安全！冬季湖边风大，骑行请戴好头盔，不要逆行。#合肥警方 #环巢湖",
      T, [(T, "环潮湖", "环巢湖")], note="lake's name: 巢→潮 by sound (chao); correct in the hashtag"),
    P("aq_wj", "黄霉戏进医院，让患者在“戏韵”中舒心\n\n11月20日，安庆市黄梅戏剧院走进市立医院，为住院患者和医护人员送上《天仙配》选段。",
      T, [(T, "黄霉戏", "黄梅戏")], note="opera's name: 梅→霉 by sound (mei) in the headline"),
    P("hs_wl", "徽墨歙研、宣纸湖笔，文房四宝的故事，从黄山讲起。#非遗 #黄山",
      T, [(T, "徽墨歙研", "徽墨歙砚")], note="heritage term: 砚→研 (sound and shape)"),
    P("xc_ty", "寒冬送温暖 敬老慰功臣\n\n11月19日，市退役军人事务局走访慰问泾县云岭新四君军部旧址纪念馆周边的老党员、老战士，"
      "为他们送去慰问金和御寒物资。", T, [(T, "新四君军部旧址", "新四军军部旧址")],
      note="memorial site's name: 军→君 by sound (jun)"),
    P("ah_ga", "【民警带你走进渡江战疫纪念馆】11月20日，省公安厅机关党员干部赴合肥渡江战役纪念馆开展主题党日活动。",
      T, [(T, "渡江战疫纪念馆", "渡江战役纪念馆")], note="memorial's name: 役→疫 by sound (yi); correct later"),
    P("aq_xw", "【怀宁：两弹一星元勋邓家先故居迎来研学高峰】入冬以来，每天有上千名学生走进故居，聆听科学家精神故事。",
      T, [(T, "邓家先", "邓稼先")], note="scientist's name: 稼→家 by sound (jia)"),
    P("bb_jy", "全市教育系统召开“第一意题”学习会\n\n11月18日，市教育局党组召开会议，落实“第一议题”制度，"
      "传达学习习近平总书记关于教育的重要论述，研究部署寒假前后校园安全工作。", T, [(T, "第一意题", "第一议题")],
      note="party system term: 议→意 by sound (yi) in the headline; correct in the body"),
    P("hs_yj", "黄山市应急管理局召开党组会议\n\n会议强调，凡属“三重一代”事项，必须经集体讨论决定，严格执行议事规则。"
      "会议还研究了冬春森林防火和景区安全生产工作。", T, [(T, "三重一代", "三重一大")],
      note="party rule term: 大→代 by sound (da/dai slip)"),
    P("la_ny", "林常制改革发源地再出发\n\n2017年，全国首个林长制改革示范区在我省启动。如今，六安市已建立市县乡村四级林长体系，"
      "全市森林覆盖率稳定在46%以上。", T, [(T, "林常制", "林长制")], note="reform's name: 长→常 by sound (chang)"),
    P("wh_sc", "持续优化营伤环境 我局推行“一业一证”改革\n\n自11月起，我市在便利店、药店等10个行业推行“一业一证”，"
      "企业办证材料平均压减60%。", T, [(T, "营伤环境", "营商环境")], note="formal term: 商→伤 by sound (shang)"),
    P("ah_rs", "社保卡补换、待遇认证……这些事在“皖事同办”上就能办！\n\n打开“皖事通”APP，进入“人社服务”专区，即可办理社保卡挂失、"
      "补换、养老待遇资格认证等32项业务。", T, [(T, "皖事同办", "皖事通办")],
      note="service brand: 通→同 by sound (tong); the app name is right"),
    P("cz_rs", "【案例】用人单位未与劳动者订立书面合同，劳动者可依据《劳动争义调解仲裁法》申请仲裁。滁州人社提醒：维权请保留好工资流水、考勤记录等证据。",
      T, [(T, "劳动争义调解仲裁法", "劳动争议调解仲裁法")], note="law's name: 议→义 by sound (yi)"),
    P("mas_st", "我局对一家违规排放企业立案查处\n\n经查，该企业在线监测数据异常，夜间偷排废气。"
      "我局依据《中华人民共和国大气污柒防治法》对其作出罚款28万元的行政处罚。", T,
      [(T, "大气污柒防治法", "大气污染防治法")], note="law's name: 染→柒 by shape"),
    P("aq_xw", "【长江十年禁鱼进入第六年】安庆江段今年以来共清理涉渔“三无”船舶32艘。请市民不买不吃长江野生鱼。",
      T, [(T, "长江十年禁鱼", "长江十年禁渔")], note="policy name: 渔→鱼 (sound, wrong word)"),
    P("tl_qx", "【铜陵市气象局开展《气象灾害防预条例》宣传进社区活动】11月19日，我局工作人员走进义安区，向居民讲解寒潮、暴雪防御知识。",
      T, [(T, "气象灾害防预条例", "气象灾害防御条例")], note="regulation's name: 御→预 by sound (yu)"),
    P("ah_st", "全省生态环镜厅（局）长会议召开\n\n11月20日，全省生态环境厅（局）长会议在合肥召开，会议总结今年工作，部署明年重点任务。",
      T, [(T, "生态环镜厅", "生态环境厅")], note="body's name: 境→镜 by sound/shape (jing) in the headline"),
    P("ah_jt", "【安徽省交通运疏厅发布冬季道路出行提示】受冷空气影响，沿淮和江淮之间部分高速路段可能出现团雾、结冰，请减速慢行。",
      T, [(T, "安徽省交通运疏厅", "安徽省交通运输厅")], note="own department's name: 输→疏 by sound (shu)"),
    P("ah_rs", "关于公布2026年度全省人力资缘和社会保障系统先进集体的通知\n\n各市人力资源和社会保障局：经评审，决定授予合肥市就业服务中心等30个单位“先进集体”称号。",
      T, [(T, "人力资缘和社会保障", "人力资源和社会保障")], note="department's name: 源→缘 by sound (yuan)"),
]

POSTS += [
    # hard negatives: correct forms that look like slips, variant names, wordplay, quoted errors
    P("hs_wl", "黄山有“五绝”：奇松、怪石、云海、温泉、冬雪。今天带你看冬雪！#黄山", hn=T,
      note="correct: 五绝 is the established phrase for Huangshan's five wonders"),
    P("aq_xw", "【天柱山，古称“皖山”】安徽简称“皖”，即源于此。冬季天柱山景区开放时间为8:00—16:30。", hn=T,
      note="correct: 皖山 is the historical name of 天柱山"),
    P("hs_wl_wb", "【歙县、黟县，你都读对了吗？】歙读shè，黟读yī。来黄山旅游，先把地名读准～", hn=T,
      note="correct rare-character place names explained"),
    P("hf_xw", "【“合肥”名称由来】《水经注》记载：“夏水暴长，施合于肥，故曰合肥。”合肥之名沿用至今。", hn=T,
      note="correct quotation; 施合于肥 is the classical text, not a slip"),
    P("ah_wj", "“健康安徽行动”2026年度监测评估结果发布\n\n全省居民健康素养水平达到33.6%，较上年提高2.1个百分点。", hn=T,
      note="correct campaign name"),
    P("bb_jy", "“淮上明珠”蚌埠，古称“珠城”。寒假来临，全市中小学将开展“读家乡、爱珠城”主题阅读活动。", hn=T,
      note="correct: 珠城 is Bengbu's nickname"),
    P("la_ny", "六安的“六”读lù，不读liù。六安瓜片、六安茶谷，欢迎大家来六安做客！", hn=T,
      note="correct reading note; no wrong character"),
    P("ah_ga", "【反诈提醒】骗子发来的链接常把“gov”写成“g0v”，把“安徽”写成“安微”，请仔细辨别，不要点击！", hn=T,
      note="deliberately quoted misspellings in an anti-fraud warning (shown as examples, in quotes)"),
    P("ah_st", "“两山”理念的安徽实践\n\n绿水青山就是金山银山。全省已创成国家生态文明建设示范区23个、“绿水青山就是金山银山”实践创新基地11个。",
      hn=T, note="correct slogan and titles"),
    P("xc_ty", "泾县云岭新四军军部旧址纪念馆冬季开放公告\n\n自12月1日起，纪念馆开放时间为9:00—16:30，周一闭馆（节假日除外）。", hn=T,
      note="correct memorial name"),
    P("tl_qx", "【“铜都”迎来今冬首场霜冻】今晨最低气温-1.8℃，农户注意做好蔬菜大棚保温。", hn=T,
      note="correct: 铜都 is Tongling's nickname"),
    P("hf_ga", "【同音不同字】“合肥警方”不是“合肥警坊”，认准我们的官方账号，谨防假冒！", hn=T,
      note="quoted wrong form shown as a warning about impostor accounts"),
    P("aq_wj", "黄梅戏：《天仙配》《女驸马》唱响百年\n\n“夫妻双双把家还”，这句唱词几乎家喻户晓。安庆市卫健委邀请戏曲演员走进社区，"
      "用黄梅调唱健康知识。", hn=T, note="correct opera titles and lyric"),
]
