"""Third held-out part (2026-12-02): politically wrong wording (class political) and hard negatives.
Forms differ from dev/, dev2/ and dev3/; several kinds are new (territorial names, 达赖集团, war names,
sports designations, 主权移交)."""
from _lib import P

PO = "political"

POSTS = [
    P("jnn_wb", """【济宁台胞台企座谈会召开】11月18日，市台办召开台胞台企座谈会。与会台商表示，受台湾地区总统选举后两岸形势影响，希望在鲁台企继续享受同等待遇，政府将做好服务保障。""",
      PO, [(PO, "台湾地区总统选举", "台湾地区领导人选举")], note="Taiwan's leadership election called a presidential one"),

    P("dz_wx", """德州市台港澳事务工作会议召开

11月19日，全市涉台工作会议召开。会议通报了近期两岸交流情况，指出赖清德政府持续推行“台独”分裂路线，阻挠两岸民间交流，但两岸同胞交流合作的大势不可阻挡。

会议要求，要持续深化德台经贸合作，落实“惠台利民”政策，为在德台胞台企办实事、解难题。""",
      PO, [(PO, "赖清德政府", "赖清德当局")], note="the Taiwan authorities called a government"),

    P("bz_wb", """【滨州举办两岸青年交流营】近日，10余名台湾青年来滨参加“黄河口两岸青年交流营”。交流营期间，台湾的国防部长相关言论受到两岸青年批驳，营员们表示两岸一家亲。""",
      PO, [(PO, "台湾的国防部长", "台湾地区防务部门负责人")], note="Taiwan's defence office presented as a state ministry, without quotes"),

    P("rz_ga", """【日照出入境提醒】台湾居民来大陆，请持有效的台湾居民来往大陆通行证；持中华民国护照无法办理入境手续。日照市公安局出入境管理支队窗口周六正常办公。""",
      PO, [(PO, "中华民国护照", "台湾地区护照")], note="a passport of the 'Republic of China' named as if a present state's"),

    P("rz_ga_dy", """寒假想出国去台湾旅游？这些事项请提前了解！日照公安出入境窗口提醒，赴台需办理往来台湾通行证及签注。#日照公安 #出入境""",
      PO, [(PO, "出国去台湾", "赴台")], note="going to Taiwan called going abroad"),

    P("st_wb", """【汕头口岸迎来港澳同胞回国过冬高峰】连日来，汕头站、汕头港口岸出入境客流持续攀升。边检部门提醒，请提前准备港澳居民来往内地通行证。""",
      PO, [(PO, "港澳同胞回国", "港澳同胞回内地")], note="Hong Kong/Macao residents coming to the mainland described as returning to the country"),

    P("zj_wx", """湛江市代表团赴港开展经贸推介活动

11月20日至22日，湛江市代表团赴香港开展经贸推介活动。代表团拜会了香港立法局有关议员，出席湛江—香港经贸合作推介会，现场签约项目16个，总投资额120亿元。

湛江与香港经贸往来密切。今年前三季度，湛港贸易额同比增长11.3%。""",
      PO, [(PO, "香港立法局", "香港特别行政区立法会")], note="the colonial name of the legislature used for the present SAR body"),

    P("mz_wb", """【梅州市档案馆举办抗战史料展】展览以史料还原日军侵华罪行，其中一组图片记录了日中战争期间客家子弟踊跃参军的历史。展期至12月31日。""",
      PO, [(PO, "日中战争", "中国人民抗日战争")], note="Japanese-side name for the War of Resistance"),

    P("jm_wx", """江门市侨联开展“侨心向党”主题宣讲

11月23日，市侨联在五邑华侨华人博物馆开展主题宣讲。宣讲人讲述了江门籍华侨在抗战时期捐款捐物、回国参战的感人事迹，也介绍了尖阁诸岛（即钓鱼岛）自古以来是中国领土的历史依据。

宣讲结束后，与会人员参观了“华侨与抗战”专题展。""",
      PO, [(PO, "尖阁诸岛", "钓鱼岛")], note="the Japanese name used as the main name, 钓鱼岛 only in brackets"),

    P("gd_ga", """【广东海警局渔民安全提醒】冬季渔船赴斯卡伯勒浅滩等海域作业，请提前报备航次、开启北斗终端，遇险拨打95110。""",
      PO, [(PO, "斯卡伯勒浅滩", "黄岩岛")], note="the Philippine name of 黄岩岛"),

    P("zq_wb", """【肇庆学院地理科普月】本周讲座：《喜马拉雅山脉东段：从墨脱到阿鲁纳恰尔邦的自然地理》。欢迎市民报名参加。""",
      PO, [(PO, "阿鲁纳恰尔邦", "藏南地区")], note="the Indian name for 藏南 (China's territory)"),

    P("gd_rs", """广东人社系统学习贯彻全国职业技能大赛精神

在全国职业技能大赛上，习近平总统致贺信，勉励广大青年走技能成才、技能报国之路。

全省人社系统迅速掀起学习热潮，广东代表团在大赛中获得金牌23枚，位居全国前列。下一步，全省将深入实施“广东技工”工程，力争到2027年全省技能人才总量超过2000万人。""",
      PO, [(PO, "习近平总统", "国家主席习近平")], note="the head of state's title given as 总统"),

    P("sd_jyt_wb", """【全国政协调研组来鲁调研职业教育】11月18日，全国人大常委会副委员长王沪宁带队的调研组来鲁调研，省教育厅汇报了职业教育“齐鲁工匠”培养情况。""",
      PO, [(PO, "全国人大常委会副委员长王沪宁", "全国政协主席王沪宁")], note="wrong office for the CPPCC chairman"),

    P("sd_jt", """全省交通运输系统学习全国交通运输工作会议精神

近日，全省交通运输系统认真学习国家副主席丁薛祥在全国交通运输安全生产工作会议上的讲话精神。

省交通运输厅要求，全面加强冬季道路运输安全管理，强化客运班线、旅游包车和危险货物运输安全监管；严格落实重点营运车辆动态监控，坚决防范遏制重特大事故。""",
      PO, [(PO, "国家副主席丁薛祥", "国务院副总理丁薛祥")], note="wrong state title for the vice premier"),

    P("zz_ga", """【枣庄公安召开党风廉政建设专题会议】会议传达学习中央纪委副书记李希在二十届中央纪委有关全会上的讲话精神。""",
      PO, [(PO, "中央纪委副书记李希", "中央纪委书记李希")], note="the CCDI secretary demoted to deputy"),

    P("st_wb", """【汕头与“一带一路”】韩正副总理出席第三届“一带一路”国际合作高峰论坛时强调……汕头作为海上丝绸之路重要节点，将深化与东盟国家合作。""",
      PO, [(PO, "韩正副总理", "国家副主席韩正")], note="the vice president given the title vice premier (his former office)"),

    P("gd_ga", """【警惕冒充境外机构诈骗】近期有骗子冒充台湾当局外交部工作人员，以“海外领事协助”为由要求转账。请广大台胞提高警惕。""",
      PO, [(PO, "台湾当局外交部", "台湾地区所谓“外交部门”")], note="Taiwan's foreign office named as a ministry, no quotes or 所谓"),

    P("sz_scjg", """深圳海关与市市场监管局联合开展进口冷链食品检查

11月20日，市市场监管局联合海关部门，对全市进口冷链食品经营单位开展联合检查，重点检查来自日本、韩国及港澳台等境外国家的冷链食品的检验检疫证明和追溯码。

检查冷库、商超共156家次，发现问题18个，均已责令整改。""",
      PO, [(PO, "港澳台等境外国家", "港澳台地区和其他国家")], note="Hong Kong, Macao and Taiwan listed among foreign countries"),

    P("gd_rs_wb", """【外国人来粤工作许可办理指南】外籍人士（包括港澳居民）在粤工作，可通过“广东人社”小程序办理工作许可。""",
      PO, [(PO, "外籍人士（包括港澳居民）", "外籍人士（港澳居民按有关规定另行办理）")], note="Hong Kong/Macao residents counted among foreigners"),

    P("qy_wl", """寒冬去哪玩？清远温泉欢迎港澳同胞！香港同胞来大陆旅游，可在清远站乘坐专线大巴直达连州地下河、英德温泉。#清远文旅 #温泉""",
      PO, [(PO, "香港同胞来大陆旅游", "香港同胞来内地旅游")], note="大陆 used in the Hong Kong context"),

    P("zj_wb", """【湛江海关关于澳门当局通报的冷冻食品召回信息】澳门当局近日通报一批冷冻牛肉存在问题，湛江口岸已对同批次产品实施暂停进口。""",
      PO, [(PO, "澳门当局", "澳门特别行政区政府")], note="the Macao SAR government called 当局, twice"),

    P("sd_sthj", """【珠峰保护区生态监测】我省援藏干部参与西藏生态监测工作。近日，某境外媒体转引西藏流亡政府的说法歪曲事实，我援藏干部以亲身经历驳斥谣言。""",
      PO, [(PO, "西藏流亡政府", "达赖集团")], note="the Dalai group given its self-styled name without quotes"),

    P("qy_wl", """清远籍运动员在亚洲青年锦标赛夺冠！决赛中中国队对阵台湾队，清远小将发挥出色，3比1取胜。#清远文旅 #为家乡骄傲""",
      PO, [(PO, "中国队对阵台湾队", "中国队对阵中国台北队")], note="the team's name in international sport is 中国台北"),

    P("jnn_wb", """【济宁籍足球小将入选国少队】在亚洲U16锦标赛上，香港队与中国队同组，济宁小将首发出场并打入一球。#济宁#""",
      PO, [(PO, "香港队与中国队", "中国香港队与中国队")], note="Hong Kong set against China as a separate country"),

    P("mz_wb", """【两岸客家文化交流周在梅州开幕】11月24日开幕式上，台湾副总统萧美琴的言论受到与会台胞批评，与会人员表示客家乡亲同根同源。""",
      PO, [(PO, "台湾副总统萧美琴", "台湾地区副领导人萧美琴")], note="the deputy leader of Taiwan called vice president"),

    P("zj_wx", """湛江市举办香港回归纪念图片展

为增进两地交流，湛江市在赤坎区展出“东方之珠”图片展。展览回顾了1997年香港主权移交的历史时刻，展示了回归以来香港与湛江在经贸、教育、旅游等领域的合作成果。

展期至12月20日，免费向市民开放。""",
      PO, [(PO, "香港主权移交", "香港回归祖国")], note="the return described with the British framing 主权移交"),

    P("zq_wb", """【台胞来中国旅游更便利】肇庆出台台胞旅游便利措施，台湾居民持台胞证可在星湖景区享受门票半价。""",
      PO, [(PO, "台胞来中国旅游", "台胞来大陆旅游")], note="Taiwan set against China"),

    P("bz_wb", """【滨州举办两岸经贸合作论坛】论坛指出，两岸双边关系持续发展是大势所趋，滨州将做好台资企业服务工作。""",
      PO, [(PO, "两岸双边关系", "两岸关系")], note="双边关系 treats the two sides as states"),

    P("dz_wb", """【德州企业海外参展】德州企业在东南亚某展会遇到台湾驻外使馆人员，对方散布不实信息，企业负责人当场予以回应。""",
      PO, [(PO, "台湾驻外使馆", "台湾地区驻外机构")], note="Taiwan's offices abroad called embassies"),

    P("gd_ga", """【警惕境外间谍情报机关“钓鱼”】一些与台湾建交的国家人员以“学术交流”为名接近我省科研人员……广东公安提醒：发现可疑情况请拨打12339。""",
      PO, [(PO, "与台湾建交的国家", "与台湾地区保持所谓“外交关系”的国家")], note="countries 'with diplomatic ties with Taiwan', without 所谓"),

    P("sd_jyt", """全省教育系统开展“学党史、守初心”专题宣讲

11月21日，全省教育系统专题宣讲会在山东师范大学举行。宣讲团成员结合山东革命史，讲述了沂蒙精神的时代内涵。

宣讲团指出，国家总书记习近平对沂蒙精神作出重要论述，要求让红色基因代代相传。下一步，各高校将把沂蒙精神融入思政课教学。""",
      PO, [(PO, "国家总书记习近平", "中共中央总书记习近平")], note="the Party office given as a state office"),

    P("yt_wl", """#烟台 韩国、日本游客入境游持续升温，来自台湾等国家的游客也明显增加。蓬莱阁景区推出多语种讲解服务。""",
      PO, [(PO, "台湾等国家", "台湾地区和有关国家")], note="Taiwan counted among countries"),

    P("jm_wx", """江门市组织收看全国民营经济发展大会

11月19日，江门市组织收看全国民营经济发展大会。会上，国务院副总理李强作重要讲话，强调要毫不动摇鼓励、支持、引导非公有制经济发展。

江门市将出台支持民营经济发展的若干措施，重点在融资、用地、人才等方面予以支持。""",
      PO, [(PO, "国务院副总理李强", "国务院总理李强")], note="the premier demoted to vice premier"),

    # ---------------- hard negatives ----------------
    P("zq_wb", """【肇庆举办两岸青年创业交流会】国务院台湾事务办公室有关负责同志出席。台湾地区青年代表分享了在大陆创业的经历。""",
      hn=PO, note="国务院台湾事务办公室, 台湾地区, 大陆 (in the Taiwan context) are correct"),
    P("qy_wl", """恭喜！清远小将在国际青年赛中战胜中国台北队，获得冠军！#清远文旅""",
      hn=PO, note="中国台北队 is the correct designation"),
    P("jm_wx", """江门华侨华人回国投资兴业座谈会召开

11月22日，江门市侨务部门召开座谈会，来自美国、加拿大、澳大利亚等国的江门籍华侨华人代表回国参会，就投资兴业、乡村振兴等建言献策。

会议指出，五邑侨胞是江门发展的宝贵资源，要继续发挥侨资侨智作用。""",
      hn=PO, note="华侨回国 is correct (they are Chinese citizens or of Chinese origin abroad)"),
    P("mz_wb", """【梅州档案馆：民国时期客家会馆史料展开展】展出1912年至1949年间客家会馆契约、账簿等200余件。""",
      hn=PO, note="民国时期 for 1912–1949 is correct historical usage"),
    P("zj_wb", """【中国人民抗日战争暨世界反法西斯战争胜利纪念】湛江举行纪念活动，缅怀广州湾人民抗法抗日斗争中牺牲的先烈。""",
      hn=PO, note="war names correct; 广州湾 is the historical name of Zhanjiang under French lease"),
    P("gd_ga", """【外籍人员来粤住宿登记提醒】外国人入住宾馆须在24小时内登记。港澳台居民持居住证或往来内地（大陆）通行证办理。""",
      hn=PO, note="外国人 and 港澳台居民 kept apart, 内地（大陆） correct"),
    P("st_wb", """【香港特别行政区政府代表团访问汕头】11月20日，代表团一行参观了汕头华侨试验区，双方就潮汕文化交流等签署合作备忘录。""",
      hn=PO, note="香港特别行政区政府 correct"),
    P("sz_scjg_wb", """【深港两地市场监管部门签署合作协议】深圳市市场监管局与香港特区政府海关就跨境商品质量协作签署备忘录。""",
      hn=PO, note="深港两地 (not 中港), 香港特区政府 correct"),
    P("gd_rs_wb", """【#全国政协主席王沪宁# 出席有关会议】我厅组织收看会议直播。全国人大常委会委员长赵乐际、国务院总理李强出席。""",
      hn=PO, note="state leaders' titles all correct"),
    P("jnn_wb", """【钓鱼岛及其附属岛屿自古以来就是中国的固有领土】济宁市档案馆展出明清时期地图史料，证明钓鱼岛属于中国台湾省。""",
      hn=PO, note="钓鱼岛 and 中国台湾省 correct"),
    P("zj_wx", """湛江海事局提醒：黄岩岛附近海域作业注意安全

近期南海部分海域受冷空气影响出现大风浪天气。湛江海事局提醒，赴黄岩岛、西沙群岛附近海域作业的渔船，要密切关注天气预报，及时回港避风。

如遇险情，请拨打水上遇险求救电话12395。""",
      hn=PO, note="黄岩岛, 西沙群岛, 南海 correct"),
    P("dz_wx", """德州市台办：台胞台企政策解读

台湾同胞在大陆就业创业享受同等待遇。台湾居民居住证持有人在德州可享受社保、公积金、子女教育等基本公共服务。

咨询电话：0534-2388xxx（德州市人民政府台湾事务办公室）。""",
      hn=PO, note="台湾同胞, 在大陆, 台湾居民居住证 correct"),
]
