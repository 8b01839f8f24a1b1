"""Nineteenth held-out part: wrong characters (class typo) and hard negatives that imitate them.

Mechanisms: same sound (IME), similar shape, pinyin word boundary, dropped or doubled character.
Objects: places and scenic spots of Gansu, formal terms, bodies and documents, leaders' names, slogans,
poems, sayings and idioms."""
from _lib import P

T = "typo"
HN = "typo"

POSTS = [
    # ---- places and scenic spots (10)
    P("jq_wl", "冬日的漠高窟，游客少了，壁画更静了。12月1日起执行淡季开放时间，应急参观票每日限量发售，请提前在官方平台预约。#酒泉文旅#",
      T, [(T, "漠高窟", "莫高窟")], note="same sound (漠/莫); scenic spot"),
    P("ts_wl", """冬季到麦机山石窟参观须知

一、11月21日起，麦积山景区实行冬季开放时间8:30—17:00；
二、特级洞窟需另行预约，每批次不超过8人；
三、栈道结冰时将临时关闭部分区域，请听从工作人员指挥。""",
      T, [(T, "麦机山石窟", "麦积山石窟")], note="same sound (机/积); scenic spot; the correct form follows in item one"),
    P("pl_xw", "【初雪崆桐山】11月19日，平凉迎来今冬首场降雪，崆桐山银装素裹、云海翻涌。景区提醒：雪后山道湿滑，请穿防滑鞋，沿指定线路游览。",
      T, [(T, "崆桐山", "崆峒山")], note="same sound (桐/峒); scenic spot"),
    P("gs_wl", "站在嘉裕关城楼上看落日，长城的最西端就在脚下。冬季门票半价活动进行中，持本人有效证件即可享受。#如意甘肃#",
      T, [(T, "嘉裕关", "嘉峪关")], note="same sound (裕/峪); scenic spot"),
    P("zy_wl", "雪落七彩丹峡，红黄相间的山丘盖上一层白纱，是张掖冬天限定的风景。观景台已全部开放，景区环线车每30分钟一班。",
      T, [(T, "七彩丹峡", "七彩丹霞")], note="same sound (峡/霞); scenic spot"),
    P("lx_wl", """【临夏—甘南冬游线路推荐】

第一天：八坊十三巷—临夏砖雕博物馆；
第二天：经夏河县参观拉卜愣寺，感受藏族传统建筑艺术；
第三天：桑科草原—甘加秘境。

冬季高原气温低，请备好防寒衣物。""",
      T, [(T, "拉卜愣寺", "拉卜楞寺")], note="similar shape (愣/楞); scenic spot"),
    P("zy_st", "11月24日，市生态环境局联合林草部门对祈连山国家公园张掖片区开展冬季巡护，重点检查违规放牧、非法采挖等问题，共巡查点位36个。",
      T, [(T, "祈连山", "祁连山")], note="same sound and similar shape (祈/祁); place"),
    P("qy_ga", "11月22日，庆阳市公安局组织新入警民警到南粱革命纪念馆开展入警宣誓和革命传统教育，重温陕甘边革命根据地的光辉历史。",
      T, [(T, "南粱革命纪念馆", "南梁革命纪念馆")], note="same sound and similar shape (粱/梁); memorial place"),
    P("gs_wl_wb", "甘南的冬天不只有草原，还有治力关的雾凇和冰瀑。赤壁幽谷冬季步道已完成防滑改造，周末有免费讲解。#如意甘肃#",
      T, [(T, "治力关", "冶力关")], note="similar shape (治/冶); scenic spot"),
    P("ts_sc", "【提醒】近期接到多起夭水市民反映网购羊皮手套与描述不符的投诉，请保留订单截图和聊天记录，通过12315平台投诉。",
      T, [(T, "夭水市", "天水市")], note="similar shape (夭/天); place"),
    # ---- formal terms (7)
    P("zy_st", "张掖市召开碳达锋碳中和工作推进会，通报光伏、风电新增装机情况，要求各县区年底前完成重点行业碳排放核算。",
      T, [(T, "碳达锋", "碳达峰")], note="same sound (锋/峰); formal term"),
    P("qy_ny", "庆阳依托“东数西箅”国家枢纽节点建设，推动智慧农业平台上线运行，全市已有126个规模养殖场接入环境监测数据。",
      T, [(T, "东数西箅", "东数西算")], note="similar shape (箅/算); formal term"),
    P("dx_rs", "定西市推进以县城为重要载体的新型城镇华建设，今年以来新增城镇就业1.8万人，农村劳动力转移就业52.6万人。",
      T, [(T, "新型城镇华", "新型城镇化")], note="same sound (华/化); formal term"),
    P("jyg_yj", "11月25日，我局邀请卫国戌边英雄事迹报告团成员走进应急救援队，讲述边防一线故事，激励队员忠诚履职、苦练本领。",
      T, [(T, "卫国戌边", "卫国戍边")], note="similar shape (戌/戍); formal term"),
    P("gs_ga", "“党员西安锋岗”亮身份、作表率。冬季交通安全整治中，全省各交警大队设立党员突击队126支，坚守一线保畅通。",
      T, [(T, "党员西安锋岗", "党员先锋岗")], note="pinyin word boundary (xian'an 西安 for xian 先); formal term"),
    P("ww_jy", "武威市坚持教育优西安发展，今年新改扩建幼儿园14所、新增学位3200个，乡村学校冬季取暖设施全部完成检修。",
      T, [(T, "优西安发展", "优先发展")], note="pinyin word boundary (xian'an 西安 for xian 先); formal term"),
    P("pl_wj", """电子病历单干调阅服务上线啦

11月20日起，全市二级以上公立医院实现检查检验结果和电子病历档案互通共享，患者在“健康平凉”公众号授权后即可调阅本人就诊记录。""",
      T, [(T, "病历单干", "病历档案")], note="pinyin word boundary (dang'an 档案 typed as dan gan 单干); formal term; the correct form occurs later"),
    # ---- bodies and documents (5)
    P("gs_wj", "近日，甘肃省卫生健康委原会印发《关于加强冬春季医疗服务保障工作的通知》，要求各医疗机构优化门诊流程、延长儿科服务时间。",
      T, [(T, "甘肃省卫生健康委原会", "甘肃省卫生健康委员会")], note="same sound (原/员); body"),
    P("gs_ny", "《中华人民共和国粮食安全保法》施行以来，全省压实耕地保护和粮食安全责任，今年粮食总产量再创新高。",
      T, [(T, "粮食安全保法", "粮食安全保障法")], note="dropped character (障); law title"),
    P("zy_st", "甘肃省林业和草源局、张掖市生态环境局联合开展黑河湿地越冬候鸟监测，本次共记录鸟类42种、1.6万余只。",
      T, [(T, "甘肃省林业和草源局", "甘肃省林业和草原局")], note="same sound (源/原); body"),
    P("jq_wl", "航天主题研学路线发布：从酒泉市区出发，参观洒泉卫星发射中心历史陈列馆、东风航天城，感受航天精神。需提前7天预约。",
      T, [(T, "洒泉卫星发射中心", "酒泉卫星发射中心")], note="similar shape (洒/酒); body"),
    P("gs_wj", "甘肃省疾病预防控制制中心提示：近期流感进入高发期，60岁以上老人、慢性病患者和儿童是重点接种人群。",
      T, [(T, "疾病预防控制制中心", "疾病预防控制中心")], note="doubled character (制); body"),
    # ---- leaders' names (5)
    P("lz_xw", "11月20日，省委书记胡昌生在兰州调研冬季供暖保障工作，强调要把温暖送到千家万户，确保群众温暖过冬。",
      T, [(T, "胡昌生", "胡昌升")], note="same sound (生/升); provincial leader's name next to his title"),
    P("gs_yj", "省长任振河主持召开全省安全生产电视电话会议，部署岁末年初安全防范工作，要求紧盯矿山、危化品、燃气等重点行业领域。",
      T, [(T, "任振河", "任振鹤")], note="same sound (河/鹤); provincial leader's name next to his title"),
    P("pl_xw", "平凉市委理论学习中心组专题学习习晋平总书记关于黄河流域生态保护的重要论述，研究部署泾河流域综合治理工作。",
      T, [(T, "习晋平", "习近平")], note="same sound (晋/近); the General Secretary's name next to his title (most serious)"),
    P("zy_st", "生态环境部部长黄润球在张掖调研时指出，要持续推进祁连山生态保护修复，巩固生态环境问题整改成效。",
      T, [(T, "黄润球", "黄润秋")], note="same sound (球/秋); minister's name next to his title"),
    P("lz_xw", "住房城乡建设部部长倪宏来兰调研城市更新和老旧小区改造工作，实地察看了七里河区两个改造项目。",
      T, [(T, "倪宏", "倪虹")], note="same sound (宏/虹); minister's name next to her title"),
    # ---- slogans (4)
    P("gs_wl", "交响思路，如意甘肃。冬季文旅消费季今天启动，全省80余家A级景区推出门票优惠、冰雪体验和非遗展演活动。",
      T, [(T, "交响思路", "交响丝路")], note="same sound (思/丝); the province's tourism slogan"),
    P("dx_rs", "空谈悟国，实干兴邦。定西人社系统开展“岁末冲刺”行动，走访用工企业、上门送政策，确保全年就业目标如期完成。",
      T, [(T, "空谈悟国", "空谈误国")], note="same sound (悟/误); slogan"),
    P("by_qx", "守护母亲河，让黄河成为造福人民的幸福和。白银市气象局开展黄河流域生态气象监测，发布冬季凌汛气象服务专报。",
      T, [(T, "造福人民的幸福和", "造福人民的幸福河")], note="same sound (和/河); slogan"),
    P("lz_ga", "有困难找警查！11月23日，一名老人在西关十字走失，巡警接报后20分钟找到老人，平安送回家中。",
      T, [(T, "有困难找警查", "有困难找警察")], note="same sound (查/察); slogan"),
    # ---- poems, sayings, idioms (5)
    P("jq_wl", "“羌笛何须怨杨柳，春风不渡玉门关。”跟着唐诗去玉门关，冬季遗址区免费讲解每天两场。",
      T, [(T, "春风不渡", "春风不度")], note="same sound (渡/度); poem"),
    P("gs_wl_wb", "黄河远上白云间，一片孤城万刃山。今天带你读懂《凉州词》里的甘肃。#如意甘肃# #跟着诗词游甘肃#",
      T, [(T, "万刃山", "万仞山")], note="same sound (刃/仞); poem"),
    P("zy_wl", "大漠孤烟直，长河落日园。冬日的黑河湿地，傍晚时分就是这首诗的样子。",
      T, [(T, "长河落日园", "长河落日圆")], note="same sound (园/圆); poem"),
    P("ww_jy", "立德树人是教育的根本任务，必须一以惯之抓好思政课建设。武威市本月举办中小学思政课教学展示活动。",
      T, [(T, "一以惯之", "一以贯之")], note="same sound (惯/贯); idiom"),
    # ---- typo + political (1)
    P("gs_jy", "兰州大学举办陇台青年交流营，两岸三地60余名青年学生参观甘肃简牍博物馆，体验敦煌壁画临摹。在敦煌研究院，同学们一起吟诵“葡萄美酒夜光悲，欲饮琵琶马上催”，感受河西走廊的千年文脉。",
      (T, "political"), [(T, "夜光悲", "夜光杯"), ("political", "两岸三地", "两岸暨香港")],
      note="same sound (悲/杯), poem; political: 两岸三地 instead of 两岸暨香港 (typo and political)"),

    # ---- hard negatives (13)
    P("jq_wl", "莫高窟数字展示中心冬季场次调整：每日9:30—16:30，每场球幕电影约20分钟。洞窟实行分时预约，请勿轻信非官方代订。",
      hn=HN, note="correct 莫高窟 where the same-sound slip happens"),
    P("ts_wl", "麦积山石窟第127窟、第133窟冬季开放日公布。麦积山是丝绸之路上的重要石窟寺，素有“东方雕塑陈列馆”之称。",
      hn=HN, note="correct 麦积山 twice"),
    P("pl_xw_dy", "崆峒山的雪，比想象中还美。平凉冬季旅游“一票通”已上线，崆峒山、王母宫、南石窟寺三地通用。",
      hn=HN, note="correct 崆峒山 twice"),
    P("lx_wl", "拉卜楞寺冬季参观提醒：寺院内请勿大声喧哗，拍照前请征得同意；冶力关、扎尕那等景区冬季路段注意防滑。",
      hn=HN, note="correct 拉卜楞寺 and 冶力关 (the rare characters are right)"),
    P("zy_st", "祁连山北麓生态保护修复项目通过验收。项目累计治理退化草原8.6万亩，完成矿山生态修复1200亩。",
      hn=HN, note="correct 祁连山"),
    P("lz_xw", "11月26日，省委书记胡昌升、省长任振鹤在兰州会见来甘考察的企业家代表团，双方就新能源装备制造合作深入交流。",
      hn=HN, note="correct names of the provincial leaders"),
    P("gs_wl_wb", "“羌笛何须怨杨柳，春风不度玉门关。”注意，是“度”不是“渡”，这里是“越过”的意思。一起来读王之涣的《凉州词》。",
      hn=HN, note="correct 春风不度, explaining the common slip (the wrong character appears alone, not as a wrong phrase)"),
    P("qy_ny", "东数西算工程庆阳数据中心集群已投运标准机架2.6万架，算力服务正在向农业、气象等领域延伸。",
      hn=HN, note="correct 东数西算"),
    P("zy_st", "张掖市扎实推进碳达峰碳中和工作，今年新增光伏装机38万千瓦，全市新能源装机占比超过七成。",
      hn=HN, note="correct 碳达峰碳中和"),
    P("gs_jy", "笃行不怠，踔厉前行。2027届全省高校毕业生就业促进周活动启动，提供岗位2.3万个。",
      hn=HN, note="correct 笃行不怠"),
    P("pl_wj", "平凉市疾病预防控制中心提醒：冬季是诺如病毒感染高发季节，请勤洗手、吃熟食、喝开水。",
      hn=HN, note="correct 疾病预防控制中心"),
    P("jyg_yj", "嘉峪关关城景区冬季消防检查完成。嘉峪关市应急管理局对关城内木结构建筑逐一排查，整改隐患11处。",
      hn=HN, note="correct 嘉峪关 twice"),
    P("ts_sc", "天水市市场监督管理局开展冬季特种设备安全检查，重点检查天水市区商场电梯、锅炉和压力容器。",
      hn=HN, note="correct 天水市 twice"),
]
