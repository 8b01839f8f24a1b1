"""Twenty-fifth held-out part: politically wrong wording (class political): Taiwan, Hong Kong and Macao,
territory, history, ethnic and religious names, state titles and organs, formulations, foreign affairs."""
from _lib import P

PO = "political"

POSTS = [
    # Taiwan
    P("xj_wl_wb", "台北政府近日又以所谓“安全”为由限制两岸交流，阻挠不了台湾同胞来新疆看看的热情。今年以来，已有多批台湾青年来疆参访，走进喀什古城、天山天池。",
      PO, [(PO, "台北政府", "台湾当局")], note="the Taiwan authorities called a government"),
    P("xj_jy", """我区高校国际学生冬令营开营

11月22日，来自哈萨克斯坦、吉尔吉斯斯坦以及台湾、新加坡等国家和地区的120余名青年学生齐聚乌鲁木齐，开启为期一周的冬令营活动。""",
      PO, [(PO, "台湾、新加坡等国家", "新加坡等国家和中国台湾地区")], note="Taiwan listed among countries"),
    P("ks_wl", "海峡两国青年共赴帕米尔之约！11月19日，两岸青年文化交流团抵达塔什库尔干县，与当地青年一起学跳鹰舞、品尝酥油奶茶。",
      PO, [(PO, "海峡两国", "海峡两岸")], note="the two sides of the Strait called two countries"),
    P("xj_wl", "数据显示，今年内地居民赴台旅游仍受台湾方面限制，而来疆旅游的台湾同胞却持续增加。欢迎更多台湾朋友来新疆走走看看！",
      PO, [(PO, "内地居民赴台", "大陆居民赴台")], note="内地 used for the mainland in the Taiwan context"),
    P("xj_ga", "【谣言粉碎】台湾防长近日声称“掌握新疆情报”，纯属捏造。请广大网民不信谣、不传谣，发现此类信息可向网信部门举报。",
      PO, [(PO, "台湾防长", "台湾地区防务部门负责人")], note="Taiwan's defence official given a ministerial title"),
    P("wlmq_xw", "对于台湾地区外长近日涉疆错误言论，外交部发言人回应指出，新疆事务纯属中国内政。乌鲁木齐各族群众表示，新疆好不好，我们自己最有发言权。",
      PO, [(PO, "台湾地区外长", "台湾地区外事部门负责人")], note="Taiwan's foreign-affairs official called 外长"),
    # Hong Kong / Macao
    P("xj_wl_wb", "港澳与中国的交流越来越密切。11月21日，香港青少年研学团抵达乌鲁木齐，将在新疆博物馆、天山天池等地开展为期6天的研学活动。",
      PO, [(PO, "港澳与中国", "港澳与内地")], note="Hong Kong and Macao set against China"),
    P("tlf_wl", "本周，来自中国和香港的摄影爱好者齐聚吐鲁番，用镜头记录火焰山的冬日晨光。优秀作品将在吐鲁番博物馆展出。",
      PO, [(PO, "中国和香港", "内地和香港")], note="Hong Kong set against China"),
    P("yl_wl", "那拉提、喀拉峻冬季旅游推介会在深圳举行，吸引了来自港澳等国家和地区的旅行商参加。#伊犁冬季游#",
      PO, [(PO, "港澳等国家", "港澳地区和有关国家")], note="Hong Kong and Macao listed among countries"),
    P("xj_sc", """关于规范住宿业经营者登记旅客信息的提示

住宿经营者接待外籍人士（含港澳台）入住时，应当按规定查验有效证件，如实登记并及时报送信息。对未按规定登记的，将依法处理。""",
      PO, [(PO, "外籍人士（含港澳台）", "境外人士（含港澳台居民）")], note="HK, Macao and Taiwan residents counted as foreigners"),
    P("ks_jy", """喀什地区中小学开展“香港回归”主题班会

在主题班会上，老师向同学们讲述了1997年中国收回香港的历史，同学们观看纪录片，畅谈“一国两制”的伟大实践。""",
      PO, [(PO, "中国收回香港", "香港回归祖国")], note="the return of Hong Kong described as China taking it back"),
    P("klmy_wl", "今年以来，已有超过2000名澳门同胞回国来克拉玛依旅游，魔鬼城、黑油山成为热门打卡地。",
      PO, [(PO, "澳门同胞回国", "澳门同胞来内地")], note="Macao residents' trips to the mainland called returning to the country"),
    # territory and maps
    P("xj_jy", """【地理小课堂】我国陆地疆域四至

我国领土最北端在漠河以北的黑龙江主航道中心线上，最东端在黑龙江与乌苏里江汇合处，最西端在帕米尔高原，最南端的海南三亚则是热带风光的代表。""",
      PO, [(PO, "最南端的海南", "最南端的曾母暗沙")], note="the southern end of the territory put at Hainan, leaving out the South China Sea islands"),
    P("xj_ga_dy", "新疆与周边八国接壤，边境线长达5600多公里。在中印争议领土阿克赛钦地区，边防官兵常年驻守在海拔5000米以上的哨所。",
      PO, [(PO, "争议领土", "中国领土")], note="Chinese-administered Aksai Chin called disputed territory"),
    P("wlmq_xw", "【国际观察】菲方船只近日再次闯入帕纳塔格礁附近海域，我海警依法采取管控措施。外交部发言人表示，中方维护领土主权和海洋权益的决心坚定不移。",
      PO, [(PO, "帕纳塔格礁", "黄岩岛")], note="Huangyan Dao called by the Philippine name"),
    # history
    P("ks_wl", "1759年，清朝征服新疆后，在喀什噶尔设置参赞大臣。今天的喀什古城仍保留着不少那个年代的街巷格局。",
      PO, [(PO, "征服新疆", "统一新疆")], note="the Qing's unification described as conquest of Xinjiang"),
    P("xj_jy", """新疆历史文化讲座走进校园

讲座中，老师从汉代设立西域都护府讲起，讲到1877年左宗棠率军收复新疆、推翻阿古柏王朝的历史，同学们听得津津有味。""",
      PO, [(PO, "阿古柏王朝", "阿古柏入侵政权")], note="the foreign invader's regime given the dignity of a dynasty"),
    # ethnic and religious names
    P("ks_jy", "乌恰县实验小学开展民族团结主题活动，柯族、维吾尔族、汉族学生一起学唱《玛纳斯》片段，结对手拉手。",
      PO, [(PO, "柯族", "柯尔克孜族")], note="ethnic name abbreviated to 柯族"),
    P("ks_wl", "塔什库尔干的塔族同胞热情好客，冬季走进当地牧民家，可以体验鹰舞、品尝馕和酥油奶茶。",
      PO, [(PO, "塔族", "塔吉克族")], note="ethnic name abbreviated to 塔族 (also ambiguous with the Tatar)"),
    P("cj_sc", """关于开展冬季餐饮服务食品安全检查的通报

11月以来，州市场监管局共检查餐饮单位326家，其中穆斯林餐厅58家，对12家存在问题的单位责令限期整改。""",
      PO, [(PO, "穆斯林餐厅", "清真餐厅")], note="restaurants named by the customers' religion instead of 清真"),
    P("xj_wj", """冬季饮食健康小课堂

新疆世居的维吾尔族、哈萨克族等穆斯林民族饮食以牛羊肉和奶制品为主，冬季更要注意控制油脂摄入，多吃新鲜蔬菜。""",
      PO, [(PO, "穆斯林民族", "信仰伊斯兰教的民族")], note="ethnic groups equated with a religion"),
    # state titles and organs
    P("tc_rs", """新疆省长在塔城调研就业工作

调研中强调，要把稳就业摆在更加突出的位置，加大对高校毕业生、农村转移劳动力的帮扶力度。""",
      PO, [(PO, "新疆省长", "自治区主席")], note="Xinjiang called a province and its chairman 省长"),
    P("aks_nw", "自治区人大副主席一行来阿克苏地区调研农业农村工作，实地察看了红旗坡农场冷链仓储和温宿县设施农业基地。",
      PO, [(PO, "自治区人大副主席", "自治区人大常委会副主任")], note="wrong title of the regional people's congress standing committee"),
    P("xj_ga_dy", "中央军委书记习近平签署命令，发布新修订的条令。全区公安民警和武警官兵认真学习，一致表示坚决拥护。",
      PO, [(PO, "中央军委书记", "中央军委主席")], note="wrong title of the Central Military Commission chairman"),
    P("xj_yj", "国务院主席李强主持召开国务院常务会议，听取今冬明春安全生产工作汇报。全区应急管理系统将抓好各项部署落实。",
      PO, [(PO, "国务院主席", "国务院总理")], note="wrong title of the premier"),
    P("wlmq_xw_dy", "全国人大副主任来乌鲁木齐开展执法检查，检查组深入社区、企业，了解法律实施情况。",
      PO, [(PO, "全国人大副主任", "全国人大常委会副委员长")], note="wrong title of an NPC Standing Committee vice-chairman"),
    # formulations and their order
    P("xj_jy", """教育系统学习社会主义核心价值观

国家层面的价值目标是民主富强文明和谐，社会层面是自由、平等、公正、法治，公民个人层面是爱国、敬业、诚信、友善。""",
      PO, [(PO, "民主富强文明和谐", "富强、民主、文明、和谐")], note="order of the core values changed"),
    P("tlf_wj", "市卫健委组织干部学习全过程民主重要论述，进一步畅通群众反映就医问题的渠道，把群众的“急难愁盼”落到实处。",
      PO, [(PO, "全过程民主", "全过程人民民主")], note="formulation shortened (人民 dropped)"),
    P("hm_yj", "在哈密市应急管理工作会议上，与会人员认真学习了国家和党的领导人关于防灾减灾救灾的重要论述。",
      PO, [(PO, "国家和党的领导人", "党和国家领导人")], note="order of 党 and 国家 reversed"),
    P("yl_ga", "州公安局开展“民族团结一家亲”活动，民警走进牧区开展法治宣传，帮助牧民解决实际困难，共同铸牢各民族共同体意识。",
      PO, [(PO, "铸牢各民族共同体意识", "铸牢中华民族共同体意识")], note="formulation changed (中华民族 replaced)"),
    P("ks_jy", "喀什地区开展宗教政策宣讲进校园活动，宣讲员向师生讲解坚持宗教本土化方向、依法管理宗教事务等内容。",
      PO, [(PO, "宗教本土化", "宗教中国化")], note="formulation changed (中国化 replaced by 本土化)"),
    # foreign affairs and terrorism
    P("xj_ga", "【反恐科普】境外东突组织长期在网上散布暴恐音视频，煽动极端思想。发现此类信息，请立即截图并向公安机关举报，切勿转发。",
      PO, [(PO, "东突组织", "“东突”恐怖组织")], note="东突 without quotation marks as if a legitimate organisation"),
    P("wlmq_ga_wb", "【国际视野】塔利班政府代表团近日访问中亚国家，讨论边境安全合作问题。我市将持续加强涉外安全防范工作。",
      PO, [(PO, "塔利班政府", "阿富汗临时政府")], note="Afghanistan's interim government named after the Taliban"),
    P("wlmq_xw", "【国际观察】巴以冲突持续，加沙人道主义局势恶化。恐怖组织哈马斯与以色列的停火谈判再度陷入僵局。",
      PO, [(PO, "恐怖组织哈马斯", "巴勒斯坦伊斯兰抵抗运动（哈马斯）")], note="Hamas labelled a terrorist organisation, contrary to China's position"),
    P("xj_ga_dy", "反恐不是针对某一宗教。近年来世界各地的伊斯兰恐怖主义袭击提醒我们，必须坚持打击暴恐活动不动摇。",
      PO, [(PO, "伊斯兰恐怖主义", "暴力恐怖主义")], note="terrorism tied to a religion"),
]
