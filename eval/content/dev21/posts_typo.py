"""Seventeenth held-out part: wrong characters (错字) in place and scenic names of the province, formal terms,
bodies and document titles, leaders' names, slogans and sayings; plus hard negatives that use the correct forms
where slips happen, or print a correction."""
from _lib import P

T = "typo"
HN = "typo"

POSTS = [
    # ---- typo: places and scenic spots ----
    P("cd_wl", """冬日的避署山庄，湖面结了薄冰，金山亭倒映在冰面上，游客不多，正适合慢慢逛。
本月景区接待的境外游客主要来自韩国、台湾、新加坡三个国家，景区已增设外语导览。
#承德 #冬游河北#
11月起景区执行淡季票价，周一至周五另有预约优惠名额。""",
      (T, "political"), [(T, "避署山庄", "避暑山庄"), ("political", "韩国、台湾、新加坡三个国家", "韩国、新加坡和中国台湾地区")],
      note="typo in the scenic name plus Taiwan listed among countries"),
    P("hb_wl_wb", """【塞汉坝的冬天有多美？】零下二十度的林海雪原，雾凇挂满樟子松，一眼望不到头的白。“绿色奇迹”背后，是三代塞罕坝人接续奋斗的故事。#这么近那么美周末到河北#""",
      T, [(T, "塞汉坝", "塞罕坝")], note="same-sound slip in the place name; the correct form follows in the same post"),
    P("bd_xw", """【初冬白洋殿】芦苇渐黄，水鸟南迁，雄安新区白洋淀生态环境治理持续推进，今年以来淀区水质稳定保持在Ⅲ类。市民可通过“保定发布”预约冬季湿地观鸟活动。""",
      T, [(T, "白洋殿", "白洋淀")], note="same-sound slip in the lake name in the headline"),
    P("sjz_xw", """11月21日，“重走赶考路”主题党日活动在平山县西柏波举行，来自全市机关的200余名党员参观了中共中央旧址，重温入党誓词。""",
      T, [(T, "西柏波", "西柏坡")], note="look-alike slip 波/坡 in the place name"),
    P("hb_wl", """一千四百多岁的赵洲桥，至今依然横跨在洨河之上。敞肩拱的设计，比欧洲同类桥梁早了七百多年。来河北，带孩子看看古人的智慧！#赵县 #古桥""",
      T, [(T, "赵洲桥", "赵州桥")], note="same-sound slip in the bridge's name"),
    P("qhd_wl", """“天下第一关”山海官，冬季夜游开放啦！城楼灯光秀每晚18:30、19:30两场，老龙头景区同步延长开放时间。""",
      T, [(T, "山海官", "山海关")], note="same-sound slip 官/关"),
    P("qhd_wl", """冬天的北代河也很浪漫：鸽子窝公园看日出，老虎石海上公园看海鸥，沿着海边木栈道走一走，整片海都是你的。""",
      T, [(T, "北代河", "北戴河")], note="same-sound slip 代/戴"),
    P("hb_ga", """【提醒】秦皇鸟市部分沿海路段今晨出现团雾，能见度不足100米。请途经车辆降低车速、开启雾灯，保持安全车距。""",
      T, [(T, "秦皇鸟", "秦皇岛")], note="look-alike slip 鸟/岛 in the city name"),
    P("cd_wl", """金山领长城初雪，敌楼和垛口被白雪勾出轮廓，摄影爱好者们早上六点就上山了。滦平县提醒：雪后台阶湿滑，请穿防滑鞋，量力而行。""",
      T, [(T, "金山领长城", "金山岭长城")], note="same-sound slip 领/岭"),
    P("hd_wl", """涉县蜗皇宫冬季开放时间调整为8:30—17:00。这座依山而建的古建筑群，有“华夏祖庙”之称，其“活楼”“吊庙”建筑结构独特，值得一看。""",
      T, [(T, "蜗皇宫", "娲皇宫")], note="look-alike slip 蜗/娲 in the temple name"),
    P("bd_xw_dy", """带你走进冉庄地道遗址！地道内有指挥部、休息室、陷阱和翻口，当年冀中军民就是靠它打击侵略者。周末来清苑，上一堂生动的党史课。""",
      T, [(T, "冉庄地道遗址", "冉庄地道战遗址")], note="dropped character in the site's name"),

    # ---- typo: formal terms ----
    P("sjz_xw", """市发改委介绍，今年前10个月，我市承接京津产业转移项目132个，京津翼协同发展向纵深推进。下一步将在交通一体化、生态环境联防联治、产业协作等方面持续发力。""",
      T, [(T, "京津翼协同发展", "京津冀协同发展")], note="same-sound slip 翼/冀 in the formal term"),
    P("bd_sc", """家电以旧换薪补贴申领指南

一、补贴范围：冰箱、洗衣机、电视、空调、电脑、热水器等12类家电产品；
二、补贴标准：按产品销售价格的15%给予补贴，一级能效产品另加5%；
三、申领方式：通过云闪付App“河北消费补贴”专区领取。""",
      T, [(T, "以旧换薪", "以旧换新")], note="same-sound slip 薪/新 in the policy term"),
    P("sjz_ga_wb", """【社区警务】长安区推行“警格+网格”融合，社区民警与网格员信息共享、联勤联动，网格话管理让群众身边的小事不出社区就能解决。""",
      T, [(T, "网格话管理", "网格化管理")], note="same-sound slip 话/化"),
    P("zjk_jy", """关于2027年张家口市中等职业学校招生民歌分配的通知

各县区教育和体育局：
根据省教育厅有关要求，现将我市2027年中职学校招生计划分配如下，请各地做好宣传和报名组织工作。""",
      T, [(T, "招生民歌", "招生名额")], note="pinyin word-break slip (minge): 民歌 for 名额"),
    P("ts_yj", """【防范化解重大风险】市应急管理局组织召开冬季安全防范工作会议，要求各县（市、区）修订完善低温雨雪冰冻应急院，开展一次实战化演练，确保关键时刻拉得出、用得上。""",
      T, [(T, "应急院", "应急预案")], note="pinyin word-break slip (yuan): 院 for 预案"),
    P("hb_wl_wb", """长城国家文化园（河北段）建设稳步推进：山海关、金山岭、大境门等重点段落保护修缮工程完成，沿线新建游客服务驿站36个。""",
      T, [(T, "长城国家文化园", "长城国家文化公园")], note="dropped character in the formal term"),

    # ---- typo: bodies and document titles ----
    P("hb_st", """河北省生太环境厅关于开展冬季大气污染防治专项执法检查的通知

各市（含定州、辛集市）生态环境局，雄安新区管委会公共服务局：
为做好秋冬季大气污染综合治理，决定自11月下旬起开展专项执法检查，重点检查涉气企业停限产措施落实情况。""",
      T, [(T, "河北省生太环境厅", "河北省生态环境厅")], note="same-sound slip 太/态 in the body's name"),
    P("ts_yj", """《河北省安全生产条理》明确，生产经营单位主要负责人是本单位安全生产第一责任人，对本单位的安全生产工作全面负责。冬季是事故易发期，请各企业对照条款开展自查。""",
      T, [(T, "《河北省安全生产条理》", "《河北省安全生产条例》")], note="same-sound slip 理/例 in the regulation's title"),
    P("cz_rs", """沧州市举办残疾人专场招聘会。本次招聘会由市人社局、市残联联合主办，中国残疾人联和会相关负责同志到场指导，42家企业提供岗位300余个。""",
      T, [(T, "中国残疾人联和会", "中国残疾人联合会")], note="same-sound slip 和/合"),
    P("bd_xw", """11月20日，河北省人民政政府新闻办公室召开新闻发布会，介绍全省冬季清洁取暖保障情况。今年全省新增“双代”改造12.6万户，储备天然气较去年同期增长8.3%。""",
      T, [(T, "河北省人民政政府", "河北省人民政府")], note="doubled character in the body's name"),

    # ---- typo: leaders' names and titles ----
    P("sjz_xw", """11月18日，省委书记倪岳锋在石家庄调研冬季供暖和民生保障工作。他强调，要把群众冷暖放在心上，确保群众温暖过冬。""",
      T, [(T, "倪岳锋", "倪岳峰")], note="same-sound slip in the provincial party secretary's name"),
    P("hb_jy", """11月19日，省长王正普到河北师范大学调研高校毕业生就业工作，与毕业生代表和用人单位座谈，要求多渠道开发就业岗位。""",
      T, [(T, "王正普", "王正谱")], note="same-sound slip in the governor's name"),
    P("hb_st", """中共中央政治局委员、天津市委书记陈敏耳一行来冀考察，双方就京津冀生态环境联建联防联治、永定河流域综合治理等进行座谈交流。""",
      T, [(T, "陈敏耳", "陈敏尔")], note="same-sound slip in a Politburo member's name"),
    P("hb_wj", """全国卫生健康系统对口帮扶工作交流会召开。中共中央政治局委员、重庆市委书记袁家君出席会议并讲话，河北省作交流发言。""",
      T, [(T, "袁家君", "袁家军")], note="same-sound slip 君/军 in a Politburo member's name"),
    P("lf_st", """中共中央政治局委员、中央组织部部长李甘杰在京津冀调研时指出，要加强生态环境领域干部队伍建设。""",
      T, [(T, "李甘杰", "李干杰")], note="same-sound slip 甘/干 in a Politburo member's name"),

    # ---- typo: slogans ----
    P("sjz_xw_dy", """人民城是人民建，人民城市为人民！石家庄城市更新再提速，今年改造老旧小区268个，新建口袋公园45个，你家门口变样了吗？""",
      T, [(T, "人民城是人民建", "人民城市人民建")], note="same-sound slip 是/市 in the slogan"),
    P("hs_ny", """空谈误国，实干兴帮。衡水市农业农村局召开冬季农业生产调度会，要求各县市区抓好小麦冬前管理、设施农业防寒和农产品保供稳价。""",
      T, [(T, "实干兴帮", "实干兴邦")], note="same-sound slip 帮/邦 in the slogan"),
    P("hd_ga", """撸起袖子加油于！邯郸公安“冬季攻势”第一周，全市共破获盗窃案件47起，抓获违法犯罪嫌疑人31人，为群众挽回损失60余万元。""",
      T, [(T, "撸起袖子加油于", "撸起袖子加油干")], note="look-alike slip 于/干 in the slogan"),
    P("xt_wj", """幸福都是奋斗出来得。邢台市基层医生张春梅扎根山区27年，走遍了全乡的每一个村，被村民亲切地称为“背包医生”。""",
      T, [(T, "奋斗出来得", "奋斗出来的")], note="same-sound slip 得/的 in the slogan"),

    # ---- typo: poems and sayings ----
    P("qhd_wl", """“东临竭石，以观沧海。”一千八百多年前曹操登临的碣石山，就在秦皇岛昌黎县。冬日登山，远望渤海，别有一番壮阔。""",
      T, [(T, "东临竭石", "东临碣石")], note="look-alike slip 竭/碣 in a quoted poem (the correct form follows)"),
    P("hb_wl", """“燕赵古称多感概悲歌之士。”这片土地的英雄气，藏在狼牙山的峭壁上，也藏在每一个平凡人的坚守里。#河北 #文化""",
      T, [(T, "感概悲歌", "感慨悲歌")], note="same-sound slip 概/慨 in the quoted saying"),
    P("bd_xw_dy", """风潇潇兮易水寒，壮士一去兮不复还。易县荆轲塔下，听讲解员讲述燕赵大地的千古悲歌。""",
      T, [(T, "风潇潇兮易水寒", "风萧萧兮易水寒")], note="same-sound slip 潇/萧 in the quoted line"),
    P("hd_wl", """邯郸是“成语典故之乡”，完壁归赵、负荆请罪、邯郸学步……1584条成语典故与邯郸有关。本周末成语文化节开幕，欢迎来邯郸“打卡”。""",
      T, [(T, "完壁归赵", "完璧归赵")], note="look-alike slip 壁/璧 in the idiom"),
    P("hd_wl", """黄梁一梦的故事就发生在邯郸的黄粱梦吕仙祠。冬季祠内游人较少，适合静心参观。开放时间：9:00—17:00。""",
      T, [(T, "黄梁一梦", "黄粱一梦")], note="look-alike slip 梁/粱 in the idiom (the place name next to it is right)"),

    # ---- hard negatives: correct forms where slips happen, and corrections ----
    P("cd_wl", """避暑山庄冬季开放时间调整为8:00—17:00，外八庙同步调整。冬季游园请注意保暖，湖面结冰期间严禁上冰。""",
      hn=HN, note="correct scenic name where a same-sound slip is common"),
    P("hb_wl_wb", """【更正】本账号11月20日发布的推文中，“赤城温泉”误写为“赤诚温泉”，特此更正并致歉。感谢网友指正！""",
      hn=HN, note="a correction that quotes the wrong form once; the post itself is correct"),
    P("sjz_xw", """京津冀协同发展十一年来，三地累计签署合作协议400余项，“1小时交通圈”基本形成。""",
      hn=HN, note="the formal term written correctly"),
    P("hb_jy", """河北省教育厅关于做好2027年普通高校招生体育专业考试工作的通知，全文见省教育考试院官网。考生可在规定时间内登录报名系统确认考试科目。""",
      hn=HN, note="body and document names written correctly"),
    P("qhd_wl", """“天下第一关”山海关、“万里长城入海处”老龙头、“京津后花园”北戴河——秦皇岛的冬天，一次看个够！""",
      hn=HN, note="place names written correctly, several of them in one post"),
    P("hd_wl", """邯郸成语小课堂：“邯郸学步”比喻模仿别人不成，反而丢了自己的本领；“黄粱美梦”比喻虚幻的愿望。你还知道哪些和邯郸有关的成语？""",
      hn=HN, note="idioms from the city written correctly"),
    P("bd_xw", """保定发布更正：昨日发布的《冬季供暖热线汇总》中，莲池区热线号码有误，正确号码为0312-5912xxx，特此更正。""",
      hn=HN, note="a correction post, no wrong characters"),
    P("ts_yj", """各县（市、区）应急管理局：请于11月28日前报送本辖区低温雨雪冰冻灾害应急预案修订情况及演练计划。""",
      hn=HN, note="the term a word-break slip often hits, written correctly"),
    P("zjk_jy", """张家口市2027年中等职业学校招生计划已下达，各县区招生名额详见附件。报名时间为2027年5月，请家长关注后续通知。""",
      hn=HN, note="the term a word-break slip often hits, written correctly"),
    P("hs_ny", """实干兴邦，农业强省要靠一件件实事干出来。衡水今年建成高标准农田18.6万亩，粮食总产再创新高。""",
      hn=HN, note="slogan written correctly"),
    P("lf_st", """“燕赵大地”的说法由来已久：战国时期燕国、赵国大致分布于今河北一带，河北因此简称“冀”，又称“燕赵”。""",
      hn=HN, note="names that look like slips (燕赵 / 冀) but are right"),
    P("xt_wj", """邢台市人民医院、邢台市第三医院、邢台市中医院冬季门诊时间调整公告：自12月1日起，上午门诊8:00开始。""",
      hn=HN, note="several body names written correctly"),
    P("hb_ga", """【纠错】有网友留言说本账号昨天发的“秦皇岛”写成了“秦黄岛”，小编核对后确认原文无误，是截图软件显示问题，感谢大家的细心！""",
      hn=HN, note="quotes a wrong form only as the thing that was not wrong; the post is clean"),
]
