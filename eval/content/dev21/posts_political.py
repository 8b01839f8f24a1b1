"""Seventeenth held-out part: politically wrong wording (政治性表述) -- Taiwan, Hong Kong/Macao, territory and
maps, history, ethnic and religious names, state titles and bodies, ordered formulas, foreign affairs -- and
hard negatives with the correct wording or quoting wrong wording to refute it."""
from _lib import P

PO = "political"
HN = "political"

POSTS = [
    # ---- Taiwan ----
    P("hb_jy", """我省高校与国立台湾科技大学联合举办的“冀台青年智能制造工作坊”于11月20日在河北工业大学开营，两岸60余名青年学子参加。""",
      PO, [(PO, "国立台湾科技大学", "台湾科技大学")], note="Taiwan university named with 国立"),
    P("hb_wj", """据台湾的国民健康署统计，岛内成人吸烟率已降至一成左右。我省控烟工作也在持续推进，公共场所全面禁烟条例实施以来……""",
      PO, [(PO, "台湾的国民健康署", "台湾地区卫生健康主管部门")], note="Taiwan authority's office named as a state body"),
    P("sjz_xw", """【冀台经贸交流会在石家庄举办】来自台湾的40余家企业参展。有台商表示，自赖清德就任总统以来，岛内经济形势不明朗，更看好大陆市场。""",
      PO, [(PO, "赖清德就任总统", "赖清德就任台湾地区领导人")], note="Taiwan leader called 总统"),
    P("hb_wl_wb", """“冀台文化周”闭幕。活动期间，海峡两岸两个国家的非遗传承人同台展示剪纸、皮影和陶艺技艺，现场观众超过两万人次。""",
      PO, [(PO, "海峡两岸两个国家", "海峡两岸")], note="the two sides called two countries"),
    P("hs_ny", """衡水农业代表团赴台交流期间，与台湾的农业部长就设施农业、农产品冷链物流等话题交换了意见。""",
      PO, [(PO, "台湾的农业部长", "台湾地区农业主管部门负责人")], note="Taiwan official's title as a minister of a state"),
    P("bd_xw", """保定学院台湾籍教师林老师在课堂上讲起家乡的选举文化。她说，台湾民选总统制度实行以来……（课堂实录节选）""",
      PO, [(PO, "台湾民选总统", "台湾地区领导人选举")], note="Taiwan leader called 总统"),

    # ---- Hong Kong / Macao ----
    P("hd_wl", """邯郸市代表团赴澳门参加文旅推介会。今年是澳门回归大陆27周年，两地文化交流日益密切。""",
      PO, [(PO, "澳门回归大陆", "澳门回归祖国")], note="Macao returned to 'the mainland' instead of the motherland"),
    P("hb_jy", """冀港青少年交流营开营。营员们表示，通过交流，香港人和中国人之间的距离更近了。""",
      PO, [(PO, "香港人和中国人", "香港同胞和内地同胞")], note="Hong Kong people opposed to Chinese people"),
    P("ts_wl", """唐山皮影戏专场演出在唐山大剧院上演，特邀港澳外宾及驻华使节现场观看。""",
      PO, [(PO, "港澳外宾", "港澳嘉宾")], note="Hong Kong and Macao guests called foreign guests"),
    P("cz_rs", """沧州籍务工人员赴澳门务工须知：往返中国和澳门请持有效的往来港澳通行证及签注，并通过正规劳务派遣机构办理。""",
      PO, [(PO, "往返中国和澳门", "往返内地和澳门")], note="Macao set against China"),
    P("sjz_ga_wb", """【出入境提醒】寒假将至，计划赴港旅游的市民请提前办理赴港签证，可通过“移民局”App预约。""",
      PO, [(PO, "赴港签证", "赴港签注")], note="an endorsement for Hong Kong called a visa"),

    # ---- territory and maps ----
    P("zjk_jy", """【小学生国防知识竞赛题】我国南沙群岛的加文礁上建有灯塔，为过往船只提供导航服务。（ ）
A. 正确 B. 错误""",
      PO, [(PO, "加文礁", "南薰礁")], note="a South China Sea reef under its foreign name"),
    P("hb_jy", """“海洋强国”主题展在河北科技馆开展，展区用沙盘还原了南沙群岛休斯礁等岛礁的地貌和珊瑚生态。""",
      PO, [(PO, "休斯礁", "东门礁")], note="a South China Sea reef under its foreign name"),
    P("zjk_qx", """【海洋气象】受冷空气影响，南海南部卢康尼亚浅滩附近海域将有7到8级大风，请过往船只注意避让。""",
      PO, [(PO, "卢康尼亚浅滩", "南康暗沙")], note="a Chinese shoal under its foreign name"),
    P("hb_wl", """冰雪之旅从河北出发，一路向北！黑龙江抚远的大乌苏里岛，是“华夏东极”，也是看中国第一缕阳光的地方。""",
      PO, [(PO, "大乌苏里岛", "黑瞎子岛")], note="a Chinese island under the Russian name"),
    P("hb_ga", """【反诈提醒】近期有不法分子冒充“海外科考机构”招募志愿者，声称组织前往Senkaku群岛“考察”，并收取高额报名费。请勿轻信！""",
      PO, [(PO, "Senkaku", "钓鱼岛")], note="Diaoyu Islands under the Japanese name"),

    # ---- history ----
    P("bd_xw", """1937年日军进驻华北后，冀中人民奋起抗争，在平原上挖掘地道、开展游击战，书写了可歌可泣的抗战篇章。""",
      PO, [(PO, "日军进驻华北", "日军侵占华北")], note="invasion softened to 'stationing'"),
    P("ts_wl", """潘家峪事件发生于1941年1月25日，日军在丰润县潘家峪村杀害村民1230人。今天，我们在潘家峪惨案纪念馆缅怀遇难同胞。""",
      PO, [(PO, "潘家峪事件", "潘家峪惨案")], note="massacre called an 'incident'"),
    P("sjz_xw", """西柏坡纪念馆新展厅开放，展出国共战争时期党中央在西柏坡指挥三大战役的珍贵文物400余件。""",
      PO, [(PO, "国共战争", "解放战争")], note="War of Liberation called a KMT-CPC war"),
    P("lf_st", """廊坊“九龙松”古树见证了庚子拳乱时期的历史风云，如今被列为一级保护古树，设立了围栏和标识牌。""",
      PO, [(PO, "庚子拳乱", "义和团运动")], note="the Boxer Movement under the Qing court's term"),
    P("hd_wl", """广府古城城墙修筑于明代，清咸丰年间为抵御粤匪之乱曾加高加固，现为全国重点文物保护单位。""",
      PO, [(PO, "粤匪之乱", "太平天国运动")], note="Taiping movement under the Qing court's term"),

    # ---- ethnic and religious names ----
    P("cz_rs", """沧州市举办少数民族群众就业专场招聘会，清真教餐饮企业、清真食品加工企业等提供岗位200余个。""",
      PO, [(PO, "清真教", "伊斯兰教")], note="Islam under an obsolete name"),
    P("zjk_jy", """张家口市民族团结进步教育进校园活动中，来自撒族、东乡族、保安族的学生代表分享了家乡的节日习俗。""",
      PO, [(PO, "撒族", "撒拉族")], note="ethnic group's name shortened"),
    P("cd_wl", """承德民族风情体验季开幕，满族、蒙古族、高丽族的传统服饰展示成为一大亮点。""",
      PO, [(PO, "高丽族", "朝鲜族")], note="ethnic group under a wrong name"),

    # ---- state titles and organs ----
    P("hb_sc", """李强首相在国务院常务会议上强调，要加大消费品以旧换新支持力度。省市场监管局将严厉打击以旧换新中的价格欺诈行为。""",
      PO, [(PO, "李强首相", "李强总理")], note="the Premier called prime minister"),
    P("hb_st", """11月下旬，赵乐际议长率全国人大常委会执法检查组来冀，检查大气污染防治法实施情况。""",
      PO, [(PO, "赵乐际议长", "赵乐际委员长")], note="NPC Standing Committee chairman called speaker"),
    P("ts_wl", """全国政协议长在唐山调研时指出，要推动文化和旅游深度融合，讲好中国故事。""",
      PO, [(PO, "全国政协议长", "全国政协主席")], note="CPPCC chairman called speaker"),
    P("hb_wl_wb", """韩正副总统会见出席“长城对话”的外方嘉宾，金山岭长城作为主会场迎来各国友人。""",
      PO, [(PO, "韩正副总统", "韩正副主席")], note="the Vice President of the PRC called 副总统"),
    P("bd_xw_dy", """河北省议会审议通过《保定市古城保护条例》，这是我市首部古城保护方面的地方性法规。""",
      PO, [(PO, "河北省议会", "河北省人大常委会")], note="the provincial people's congress called a parliament"),

    # ---- formulations and their order ----
    P("xt_wj", """全市卫生健康系统深入学习“十个坚持、十四个明确”，推动党的创新理论入脑入心。""",
      PO, [(PO, "十个坚持、十四个明确", "十个明确、十四个坚持")], note="numbers of the formulation swapped"),
    P("hb_ga", """总体国家安全观要求以政治安全为宗旨、以人民安全为根本、以经济安全为基础。全省公安机关将坚决维护国家政治安全和社会大局稳定。""",
      PO, [(PO, "以政治安全为宗旨", "以人民安全为宗旨")], note="the elements of the formulation swapped"),
    P("zjk_jy", """思政课上，老师带同学们回顾：第一个百年奋斗目标——全面建成社会主义现代化强国，这一目标已经如期实现，我们正在向新的征程迈进……""",
      PO, [(PO, "第一个百年奋斗目标——全面建成社会主义现代化强国", "第一个百年奋斗目标——全面建成小康社会")],
      note="the first centenary goal given the content of the second"),
    P("hb_sc", """坚持依法治国、党的领导、人民当家作主有机统一，是社会主义民主政治的本质特征。""",
      PO, [(PO, "依法治国、党的领导、人民当家作主", "党的领导、人民当家作主、依法治国")], note="order of the formulation changed"),

    # ---- foreign affairs ----
    P("ts_wl", """唐山陶瓷亮相国际博览会，吸引了来自俄罗斯、克里米亚共和国、白俄罗斯等国家和地区的采购商。""",
      PO, [(PO, "克里米亚共和国", "克里米亚")], note="an annexed territory listed as a republic"),
    P("hb_wl_wb", """来自英属福克兰群岛的摄影师在塞罕坝拍下了冬日雾凇，作品入选国际摄影展。""",
      PO, [(PO, "英属福克兰群岛", "马尔维纳斯群岛（福克兰群岛）")], note="disputed islands named as a British possession"),

    # ---- hard negatives ----
    P("sjz_xw", """第十七届海峡两岸（石家庄）经贸交流会开幕，来自台湾地区的120余家企业参展。台湾同胞表示，两岸同胞一家亲，合作空间广阔。""",
      hn=HN, note="Taiwan named correctly"),
    P("hb_wl_wb", """中国台北队在亚洲冬季两项锦标赛（崇礼站）中获得女子接力第四名。""",
      hn=HN, note="the correct sports name for Taiwan's team"),
    P("hb_jy", """香港特别行政区政府教育局代表团来冀交流，双方就职业教育合作签署备忘录。""",
      hn=HN, note="Hong Kong SAR government named correctly"),
    P("hb_ga", """【辟谣】网传“某地图将藏南标为外国领土是官方版本”系谣言。标准地图请以自然资源部发布的为准，使用“问题地图”违法。""",
      hn=HN, note="refutes a wrong map claim; no wrong wording of its own"),
    P("zjk_jy", """南海诸岛主权属于中国。南海诸岛包括东沙群岛、西沙群岛、中沙群岛和南沙群岛，曾母暗沙是我国领土最南端。""",
      hn=HN, note="South China Sea islands named correctly"),
    P("ts_wl", """今年是中国人民抗日战争暨世界反法西斯战争胜利81周年。唐山冀东烈士陵园开展“铭记历史 缅怀先烈”主题活动。""",
      hn=HN, note="the war and the anniversary named correctly"),
    P("cd_wl", """承德是满族、蒙古族、朝鲜族、回族等多民族聚居的地区，各民族像石榴籽一样紧紧抱在一起。""",
      hn=HN, note="ethnic groups named correctly"),
    P("hb_st", """国务院总理李强主持召开国务院常务会议，研究部署进一步加强生态环境保护工作。""",
      hn=HN, note="the Premier's title correct"),
    P("bd_xw", """【评论】有境外媒体把港澳居民称作“外国人”，这种说法是错误的。港澳同胞是中国公民，来内地持港澳居民来往内地通行证。""",
      hn=HN, note="quotes wrong wording in order to refute it"),
    P("hd_ga", """增强“四个意识”、坚定“四个自信”、做到“两个维护”，邯郸公安召开全警政治轮训动员会。""",
      hn=HN, note="ordered formulations in the right order"),
    P("hs_ny", """台湾省的台南、高雄等地也是重要的热带水果产区。衡水市设施农业学习交流会邀请台湾同胞分享大棚种植经验。""",
      hn=HN, note="Taiwan as a province, named correctly"),
    P("hb_wj", """澳门特别行政区卫生局与我省卫生健康委签署中医药合作协议，今年是澳门回归祖国27周年。""",
      hn=HN, note="Macao named correctly"),
    P("sjz_ga_wb", """赴港澳旅游请提前办理往来港澳通行证及签注。港澳居民来石家庄可持港澳居民来往内地通行证办理住宿登记。""",
      hn=HN, note="Hong Kong/Macao travel documents named correctly"),
]
