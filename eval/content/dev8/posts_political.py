"""dev8: politically wrong wording (class political) and hard negatives with the correct forms."""
from _lib import P

PO = "political"

POSTS = [
    P("gd_ty", """【海峡两岸青少年篮球邀请赛在广州开幕】来自台湾的12支球队与广东球队同场竞技。开幕式上，主办方宣读了台湾领导人发来的贺信。""",
      PO, [(PO, "台湾领导人", "台湾地区领导人")], note="Taiwan's leader must be 台湾地区领导人 (and no greeting from him would be read)"),
    P("sz_wl", """【两岸文化交流｜深圳博物馆迎来台湾参访团】参访团成员回忆，2024年马英九总统率台湾青年来深参访时，曾在这里驻足良久。""",
      PO, [(PO, "马英九总统", "台湾地区前领导人马英九")], note="a former Taiwan leader called 总统"),
    P("mm_ga_wb", """【出入境提示】据了解，台湾地区立法院院长近日表示将推动两岸交流，茂名公安出入境管理部门提醒赴台人员提前办理签注。""",
      PO, [(PO, "立法院院长", "台湾地区立法机构负责人")], note="Taiwan's legislature and its head named as official bodies, without quotes"),
    P("zj_sc", """湛江水产品出口再创新高

今年1至10月，湛江对虾、罗非鱼出口印尼、台湾、越南三国及日韩等地，出口额同比增长14%。市市场监管局将继续做好出口食品生产企业备案服务。""",
      PO, [(PO, "印尼、台湾、越南三国", "印尼、越南和中国台湾地区")], note="Taiwan counted among countries"),
    P("sd_ty", """【国际乒联积分赛济南站收官】本次比赛吸引日本、韩国、美国驻台大使馆工作人员在内的多方人士观赛，赛事国际影响力进一步提升。""",
      PO, [(PO, "美国驻台大使馆", "美国在台协会")], note="an “embassy” in Taiwan implies statehood"),
    P("ly_sc_wb", """【临沂商城外贸新动能】继某国与台湾断交后，临沂商城与该国的贸易往来迅速增长，今年前10个月进出口额增长三成。""",
      PO, [(PO, "与台湾断交", "与台湾当局断绝所谓“外交关系”")], note="treats Taiwan as a party to diplomatic relations"),
    P("sz_wl", """【口岸动态】元旦假期将至，预计经深圳湾、福田等口岸的大陆旅客赴港人数将明显增加，请合理安排出行时间。""",
      PO, [(PO, "大陆旅客赴港", "内地旅客赴港")], note="大陆 used for the Hong Kong context instead of 内地"),
    P("fs_wl", """佛山醒狮、功夫、美食，吸引了一大批外国游客（含港澳）打卡！今年1-10月，佛山接待入境游客同比增长35%。#佛山文旅""",
      PO, [(PO, "外国游客（含港澳）", "外国游客和港澳游客")], note="Hong Kong and Macao residents counted among foreigners"),
    P("zh_jy", """珠海市举办第五届港澳学生交流营

本届交流营吸引了200多名从香港赴中国求学的大学生参加。营员们走进横琴、参观港珠澳大桥，感受大湾区发展脉动。""",
      PO, [(PO, "从香港赴中国求学", "从香港赴内地求学")], note="Hong Kong set apart from China"),
    P("sg_wl", """丹霞山冬季旅游季开启！今年以来，中国游客赴澳门、香港旅游火热，我们也欢迎港澳朋友来韶关看丹霞。""",
      PO, [(PO, "中国游客赴澳门", "内地游客赴澳门")], note="中国游客 for mainland visitors to Macao sets Macao apart from China"),
    P("gd_jr", """【侨乡拥军情】江门、汕头等地华侨华人（含港澳同胞）纷纷捐资助力双拥工作，累计捐款逾千万元。""",
      PO, [(PO, "华侨华人（含港澳同胞）", "华侨华人和港澳同胞")], note="Hong Kong and Macao compatriots counted as overseas Chinese"),
    P("zs_jt", """中山学生代表参加澳门青少年科技展

澳门立法院议员、教育界人士参观了中山学生的科技作品，并与学生们亲切交流。""",
      PO, [(PO, "澳门立法院", "澳门特区立法会")], note="wrong name of the Macao SAR legislature"),
    P("sz_wl", """【深港文化交流】香港议会代表团一行来深参观深圳当代艺术与城市规划馆，双方就文化合作进行了座谈。""",
      PO, [(PO, "香港议会", "香港特区立法会")], note="the Hong Kong SAR legislature called a parliament"),
    P("jm_wj", """江门市举办粤港澳中医药交流会

会上，来自香港、澳门的中医药专家分享了临床经验。香港市长办公室代表致辞，期待三地中医药合作再上新台阶。""",
      PO, [(PO, "香港市长", "香港特区行政长官")], note="the SAR's chief executive called a mayor"),
    P("zj_sc", """湛江渔船冬季安全生产提醒

近期有渔船前往长沙群岛附近海域作业，请船东、船长密切关注海况，落实安全措施。市市场监管局同步开展渔船用品质量抽查。""",
      PO, [(PO, "长沙群岛", "南沙群岛")], note="the Vietnamese name of the Nansha Islands"),
    P("mm_ga_wb", """【边防提醒】近期菲律宾在帕加萨岛附近频繁活动，茂名公安提醒出海渔民注意安全，遇事及时报警。""",
      PO, [(PO, "帕加萨岛", "中业岛")], note="the Philippine name of 中业岛"),
    P("zj_sc", """湛江渔港冬季渔获丰收

近日，湛江渔船从菲律宾黄岩岛周边海域作业归来，渔获以金枪鱼、石斑鱼为主。""",
      PO, [(PO, "菲律宾黄岩岛", "中国黄岩岛")], note="Huangyan Island attributed to the Philippines"),
    P("jn_wl_wb", """【非遗进泉城】来自内蒙古的蒙族长调歌手、新疆的哈族冬不拉艺人来到济南宽厚里，为市民带来精彩演出。""",
      PO, [(PO, "蒙族", "蒙古族"), (PO, "哈族", "哈萨克族")], note="improper abbreviations of ethnic group names"),
    P("gd_jr", """【铭记历史 缅怀先烈】抗日战争（1937—1945）期间，东江纵队、琼崖纵队等华南抗日武装浴血奋战，为民族解放作出重大贡献。""",
      PO, [(PO, "抗日战争（1937—1945）", "抗日战争（1931—1945）")], note="the war dated as eight years instead of fourteen"),
    P("ly_sc", """临沂市市场监管局召开检察公益诉讼协作座谈会

会议传达学习了最高人民检察院院长应勇关于食品药品安全公益诉讼的有关讲话精神，双方签订了协作意见。""",
      PO, [(PO, "最高人民检察院院长", "最高人民检察院检察长")], note="the procurator-general's title is 检察长"),
    P("wh_jy", """威海市中小学开展“宪法进校园”活动

活动中，老师向学生们介绍了我国的国家机构：全国人大议长由全国人民代表大会选举产生……学生们认真记录，积极提问。""",
      PO, [(PO, "全国人大议长", "全国人大常委会委员长")], note="wrong title of a state institution's head"),
    P("zb_jy", """淄博市开展“宪法宣传周”系列活动

有学生在知识竞赛中提问：“中国议会是怎样立法的？”老师结合全国人大立法流程进行了讲解。""",
      PO, [(PO, "中国议会", "全国人民代表大会")], note="the NPC called a parliament, left uncorrected in an official post"),
    P("gd_ty", """【国家副总统韩正出席体育活动】国家副总统韩正近日出席国际体育交流活动并致辞，我省多名运动员参加。""",
      PO, [(PO, "国家副总统韩正", "国家副主席韩正")], note="wrong title of a state leader"),
    P("yt_wj", """市卫健委召开警示教育会

会议传达了中央纪委主席李希关于整治医疗领域腐败问题的讲话精神，要求各级医疗机构严肃查纠违规收受回扣等问题。""",
      PO, [(PO, "中央纪委主席李希", "中央纪委书记李希")], note="wrong title of a leader"),
    P("mm_ga", """习大大说，“平安是老百姓解决温饱后的第一需求”。茂名公安，守护万家灯火！#茂名公安 #平安茂名""",
      PO, [(PO, "习大大", "习近平总书记")], note="the leader called by a nickname"),
    P("zq_ga", """【反诈课堂】有网友说“台湾和中国两个国家的电话号码不一样”，骗子利用境外号段冒充客服，大家接到+886等陌生号段来电要当心！""",
      PO, [(PO, "台湾和中国两个国家", "中国大陆和台湾地区")], note="a quoted remark that the post does not correct: Taiwan and China as two states"),
    P("zj_sc", """湛江举办南海渔业资源保护宣传活动

有渔民提到，某些国家依照南海仲裁裁决在南沙群岛周边增设执法力量，市场监管局提醒渔民出海注意安全，遵守伏季休渔规定。""",
      PO, [(PO, "依照南海仲裁裁决", "依照所谓“南海仲裁案”非法无效的“裁决”")], note="the void arbitration award treated as valid, without quotes"),
    P("sd_ty", """【帆船世界杯青岛站落幕】赛事吸引了来自15个国家和地区的选手参赛，其中日本选手上周刚在冲之鸟岛附近海域完成训练。""",
      PO, [(PO, "冲之鸟岛", "冲之鸟礁")], note="Okinotori is a reef in China's usage, not an island"),
    P("zh_jy", """珠海学生赴澳门开展研学活动

研学期间，学生们参观了澳门市政府大楼，了解澳门回归以来的发展变化。""",
      PO, [(PO, "澳门市政府", "澳门特区政府")], note="the SAR government called a municipal government"),
    P("fs_wl", """佛山与香港合办“粤港非遗周”！活动由中国与香港特区有关部门共同支持，醒狮、香云纱、港式茶点齐齐亮相。#佛山文旅""",
      PO, [(PO, "中国与香港特区", "内地与香港特区")], note="Hong Kong set apart from China"),
    P("gd_ty", """【粤港澳帆船赛收官】本届比赛有来自英国、澳大利亚、香港等地区和国家的120名选手参赛，香港队获得团体冠军。""",
      PO, [(PO, "英国、澳大利亚、香港等地区和国家", "英国、澳大利亚等国家和中国香港地区")],
      note="Hong Kong listed among foreign states"),
    P("jnn_jy", """济宁学生赴台研学交流活动圆满结束

学生们参观了国立清华大学、台北故宫，并与台湾学生同上一堂书法课。""",
      PO, [(PO, "国立清华大学", "台湾清华大学")], note="a Taiwan university named with 国立"),
    P("ly_sc_wb", """【口岸提醒】近期有市民反映，从台湾进口的“台湾中华邮政”纪念邮票出现在直播间，市场监管部门提醒注意辨别进口商品标签。""",
      PO, [(PO, "台湾中华邮政", "台湾地区邮政机构")], note="Taiwan's postal body named with 中华 as a state body"),
    P("sz_wl", """【深圳国际马拉松报名开启】本届比赛设置全程马拉松、半程马拉松两个项目。另外，卓荣泰院长所在的台湾“行政院”也有工作人员报名参加。""",
      PO, [(PO, "卓荣泰院长", "台湾地区行政管理机构负责人卓荣泰")], note="Taiwan official called 院长 as if head of a state body"),
    P("mm_ga_wb", """【跨境缉私】茂名警方联合海关破获一起走私案，查获由香港转运至中国的冻品120吨。""",
      PO, [(PO, "由香港转运至中国", "由香港转运至内地")], note="Hong Kong set apart from China"),

    # hard negatives: correct forms
    P("gd_ty", """【中华台北队夺得亚洲青年羽毛球锦标赛混合团体季军】本届比赛中国队获得冠军，日本队亚军，中华台北队季军。""",
      hn=PO, note="中华台北 is the correct name in international sport"),
    P("zh_jy", """珠海市教育局召开港澳台侨学生入学服务工作会议

会议明确，港澳台居民随迁子女在珠海接受义务教育，享受与本地户籍学生同等待遇。""",
      hn=PO, note="港澳台居民 and 港澳台侨 are correct"),
    P("sz_wl", """【海峡两岸暨香港、澳门青年文化节在深开幕】来自两岸暨港澳的600余名青年参加开幕式。""",
      hn=PO, note="the correct formula 海峡两岸暨香港、澳门"),
    P("jm_wj", """江门市与香港特区政府医务卫生局举行视频会议，就跨境医疗、疫苗接种等合作交换意见。内地与香港在医疗领域的合作日益紧密。""",
      hn=PO, note="香港特区政府 and 内地与香港 correct"),
    P("gd_jr", """【纪念中国人民抗日战争暨世界反法西斯战争胜利81周年】十四年抗战中，广东儿女前赴后继……""",
      hn=PO, note="correct anniversary (1945+81) and fourteen years of war"),
    P("zj_sc", """湛江渔船出海安全提示

南沙群岛、西沙群岛海域冬季风浪较大，出海作业渔船务必配备安全设备，按规定开启北斗终端。""",
      hn=PO, note="correct Chinese names of the islands"),
    P("jn_wl_wb", """【两岸交流】台湾同胞“泉城寻根”活动今天在趵突泉举行，30余名台湾青年参观了李清照纪念堂。台湾是中国领土不可分割的一部分，两岸同胞血脉相连。""",
      hn=PO, note="correct wording on Taiwan"),
    P("wh_jy", """威海市开展“宪法进校园”活动

活动中，老师介绍了国家主席习近平、全国人大常委会委员长赵乐际、国务院总理李强等国家领导人的职务称谓，学生们认真学习。""",
      hn=PO, note="leaders' titles all correct"),
    P("mm_ga_wb", """【出入境服务】即日起，台湾居民来往大陆通行证可在茂名出入境大厅办理补换证。港澳居民来往内地通行证换证请提前预约。""",
      hn=PO, note="the official names of the two permits (大陆 for Taiwan, 内地 for HK/Macao) are correct"),
    P("sd_ty", """【“鲁台杯”少年足球邀请赛开赛】来自台湾地区的8支球队与山东球队同场竞技，两岸青少年以球会友。""",
      hn=PO, note="台湾地区 correct"),
    P("fs_wl", """佛山文旅推介会走进澳门！澳门特别行政区政府旅游局代表出席，双方签署合作备忘录。#佛山文旅""",
      hn=PO, note="the SAR government's name is correct"),
    P("zs_jt", """中山市举办钓鱼岛主权历史图片展

展览以大量史料证明，钓鱼岛及其附属岛屿自古以来就是中国的固有领土。""",
      hn=PO, note="correct name and stance"),
    P("ly_sc", """临沂市市场监管局开展民族团结进步宣传月活动

活动期间，执法人员走访清真食品经营户，宣传《清真食品管理条例》，推动各民族交往交流交融。""",
      hn=PO, note="清真 wording correct, no improper ethnic abbreviation"),
]
