"""Twenty-fifth held-out part: wrong characters in place names, formal terms and slogans, bodies and laws,
leaders' names, poems and set phrases (class typo), one of them also political."""
from _lib import P

T = "typo"
PO = "political"

POSTS = [
    P("alt_wl", "【初雪喀那斯】11月18日，布尔津县迎来入冬后的第二场大雪，喀那斯景区银装素裹。景区冬季开放时间调整为每日10:00至18:00，进山请提前查看路况，自驾车辆须配备防滑链。",
      T, [(T, "喀那斯", "喀纳斯")], note="scenic spot: 纳 written 那 (same sound)"),
    P("yl_wl", "冬日的塞里木湖，湖面开始结冰，蓝冰期预计在12月中下旬出现。#伊犁冬季游# 环湖公路部分路段已实行冬季管控，请游客听从景区工作人员引导，不要擅自上冰面。",
      T, [(T, "塞里木湖", "赛里木湖")], note="lake name: 赛 written 塞 (same sound)"),
    P("yl_wl_wb", "【那拉堤冬季滑雪季开启】新源县那拉堤景区冰雪乐园本周六开园，设有初级道、雪圈道和儿童戏雪区。景区提醒：滑雪请佩戴头盔，量力而行。",
      T, [(T, "那拉堤", "那拉提")], note="scenic spot: 提 written 堤 (same sound, similar shape)"),
    P("tlf_wl", "来吐鲁番，一定要看看坎尔井。这项古老的地下水利工程，让火洲的绿洲延续千年。冬季坎尔井民俗园正常开放，学生凭证件享受半价。#吐鲁番文旅#",
      T, [(T, "坎尔井", "坎儿井")], note="heritage name: 儿 written 尔 (same sound)"),
    P("tlf_wl", "夕阳下的交合故城，两千多年的生土建筑群静静矗立。冬季游览请注意保暖，遗址区内请沿木栈道参观，不要攀爬墙体。",
      T, [(T, "交合故城", "交河故城")], note="ancient city: 河 written 合 (same sound)"),
    P("bz_st", """巴音布鲁可湿地冬季生态巡护工作启动

11月下旬起，州生态环境局联合和静县有关部门，对巴音布鲁可湿地开展冬季巡护，重点检查违规放牧、私搭乱建和垃圾倾倒等问题。

巡护期间发现的问题将建立台账、限期整改。欢迎群众通过12369热线反映生态环境问题。""",
      T, [(T, "巴音布鲁可", "巴音布鲁克")], note="wetland name: 克 written 可 (same sound); the wrong form twice"),
    P("bz_st", """博斯藤湖流域水质持续向好

州生态环境监测站数据显示，今年1—10月，博斯藤湖主要入湖河流断面水质均达到或优于Ⅲ类，湖区水质稳中向好。下一步，我局将继续推进农业面源污染治理和入湖排污口整治。""",
      T, [(T, "博斯藤湖", "博斯腾湖")], note="lake name: 腾 written 藤 (similar shape, same sound)"),
    P("ks_wl", "从喀什出发，沿中巴公路一路向南，穿过白沙湖，抵达红旗拉甫口岸。冬季高原气温低、含氧量低，请做好防寒准备，量力而行。#喀什冬游#",
      T, [(T, "红旗拉甫", "红其拉甫")], note="border port: 其 written 旗 (same sound)"),
    P("ks_wl", "“冰山之父”幕士塔格峰在晨光中格外壮美。塔什库尔干县冬季旅游线路已经发布，欢迎大家来帕米尔高原看雪山、品酥油奶茶。",
      T, [(T, "幕士塔格峰", "慕士塔格峰")], note="mountain name: 慕 written 幕 (similar shape, same sound)"),
    P("klmy_wl", """克拉马依冬季文旅活动月启幕

12月至明年2月，全市将推出冰雪嘉年华、魔鬼城星空夜游、石油文化研学等二十余项活动。活动期间，市内部分景区对本市市民实行门票优惠，具体以各景区公告为准。""",
      T, [(T, "克拉马依", "克拉玛依")], note="city name: 玛 written 马 (same sound)"),
    P("xj_wl", "龟慈故地，库车千年。克孜尔石窟、苏巴什佛寺遗址、库车王府……跟着镜头走进阿克苏，感受丝路文明的交融。#跟着文旅厅看新疆#",
      T, [(T, "龟慈", "龟兹")], note="historical name: 兹 written 慈 (same sound in this reading)"),
    P("yl_ga", "【温馨提示】近期霍尔果思口岸出入境人员和车辆增多，请提前准备好有效证件，配合边检和公安民警检查，切勿替陌生人携带物品过关。",
      T, [(T, "霍尔果思", "霍尔果斯")], note="port name: 斯 written 思 (same sound)"),
    P("hm_yj", """冬季穿越隔壁滩，这些安全知识要记牢

1. 出发前检查车况，带足燃油、饮用水和保暖衣物；
2. 不走无人区便道，不跟随陌生车辆轨迹；
3. 遇到沙尘暴立即停车，打开双闪，关闭门窗；
4. 手机信号弱时，可拨打110或12350求助。""",
      T, [(T, "隔壁滩", "戈壁滩")], note="pinyin-input word slip: 戈壁 (gebi) typed as 隔壁"),
    P("wlmq_xw_dy", "雪后的天山天赐宛如仙境。阜康市天池景区冬季门票半价，乌鲁木齐市区有直通车往返，每天上午9点半发车。",
      T, [(T, "天山天赐", "天山天池")], note="pinyin-input word slip: 天池 (tianchi) typed as 天赐"),
    P("wlmq_xw", "【乌鲁木齐齐冬季供暖热线】全市冬季供暖期已于10月10日开始，如遇室温不达标、管道漏水等问题，可拨打12345政务服务便民热线反映。",
      T, [(T, "乌鲁木齐齐", "乌鲁木齐")], note="doubled character in the city name"),
    P("yl_ga", "#冬季交通安全# 伊犁哈萨克克自治州公安局交警支队提醒：果子沟路段冬季易结冰，途经车辆请减速慢行、保持车距，不要在桥面停车拍照。",
      T, [(T, "伊犁哈萨克克自治州", "伊犁哈萨克自治州")], note="doubled character in the prefecture's name"),
    P("xj_ga", "【平安新疆】全区公安机关深入开展冬季治安防控行动，持续巩固社会常治久安良好局面。群众发现可疑情况，请及时拨打110报警。",
      T, [(T, "常治久安", "长治久安")], note="set phrase in a formal term: 长 written 常 (same sound)"),
    P("xj_jy", """自治区“文化闰疆”校园行活动走进南疆学校

11月中旬，自治区组织文艺院团、非遗传承人走进和田、喀什的30所中小学，开展戏剧、舞蹈、书法展示和互动教学，引导学生增强文化自信。""",
      T, [(T, "文化闰疆", "文化润疆")], note="slogan: 润 written 闰 (similar shape)"),
    P("aks_nw", """富民新疆：阿克苏苹果走出产业增收路

今年全地区苹果产量预计达到百万吨以上，冷链仓储能力比去年提高两成。果农合作社负责人说，分级销售让优果卖出了好价钱。""",
      T, [(T, "富民新疆", "富民兴疆")], note="slogan: 兴疆 (xingjiang) typed as 新疆 (pinyin-input word slip)"),
    P("tlf_wj", """市卫健委“方惠聚”工作队为村民开展健康义诊

11月20日，驻村工作队联合乡卫生院在托克逊县一村开展义诊，为村民测量血压血糖、讲解冬季慢病防治知识，发放常用药品宣传册。""",
      T, [(T, "方惠聚", "访惠聚")], note="programme name: 访 written 方 (same sound)"),
    P("xj_wl_wb", "新疆是丝绸之路经济代核心区，也是向西开放的重要窗口。11月25日，中亚旅行商考察团抵达乌鲁木齐，将考察伊犁、喀什等地的旅游线路。",
      T, [(T, "丝绸之路经济代", "丝绸之路经济带")], note="formal term: 带 written 代 (same sound)"),
    P("wlmq_ga", "社区民警上门走访，和居民一起排查消防隐患。基层社会综合智力离不开每一位居民的参与。#乌鲁木齐公安#",
      T, [(T, "综合智力", "综合治理")], note="pinyin-input word slip: 治理 (zhili) typed as 智力"),
    P("alt_wl", "阿勒泰山区进入雪豹活动频繁期。布尔津县、哈巴河县联合开展保护学报宣传进牧区活动，请牧民朋友发现雪豹踪迹时及时报告，不要驱赶投喂。",
      T, [(T, "保护学报", "保护雪豹")], note="pinyin-input word slip: 雪豹 (xuebao) typed as 学报"),
    P("alt_qx", "国家林业和草园局近日发布冬季森林草原防火提示。阿勒泰地区未来一周以晴冷天气为主，林区湿度低，请牧民和游客严禁野外用火。",
      T, [(T, "国家林业和草园局", "国家林业和草原局")], note="body's name: 原 written 园 (same sound)"),
    P("ks_jy", """学习贯彻《中华人共和国国家通用语言文字法》

喀什地区各中小学本周开展“推普周”延伸活动，通过诵读比赛、书写展示等形式，推动学生讲好普通话、写好规范字。""",
      T, [(T, "中华人共和国", "中华人民共和国")], note="law's name: 民 dropped"),
    P("xj_jy", "11月24日，全区学校开展宪法宣传周系列活动。宪法是由全国人民代大会制定的国家根本法，各校将组织宪法晨读、主题班会和知识竞赛。",
      T, [(T, "全国人民代大会", "全国人民代表大会")], note="body's name: 表 dropped"),
    P("xj_yj", "国务院副总理张国靖近日就做好今冬明春安全生产和防灾减灾工作作出部署。全区应急管理系统迅速贯彻落实，开展为期一个月的隐患大排查。",
      T, [(T, "张国靖", "张国清")], note="leader's name next to his title: 清 written 靖 (similar shape)"),
    P("cj_sc", """国务院总礼李强主持召开国务院常务会议，研究部署进一步优化营商环境相关工作。昌吉州市场监管局将持续推进经营主体登记便利化改革，压缩办事时限。""",
      T, [(T, "国务院总礼", "国务院总理")], note="leader's title next to his name: 理 written 礼 (same sound)"),
    P("xj_wl_wb", "“明月出天山，沧茫云海间。”今晚，天山脚下的月亮格外明亮，你那里看到了吗？#新疆的月亮#",
      T, [(T, "沧茫云海间", "苍茫云海间")], note="poem line (Li Bai): 苍 written 沧 (similar shape, same sound)"),
    P("hm_yj", """“劝君更尽一杯酒，西出阳关无古人。”如今从哈密西行，一路都有应急救援站点。冬季出行遇险，请拨打12350应急热线，我们随时在。""",
      T, [(T, "西出阳关无古人", "西出阳关无故人")], note="poem line (Wang Wei): 故 written 古 (same sound)"),
    P("tlf_wl", "葡萄美酒夜光怀，欲饮琵琶马上催。吐鲁番葡萄沟冬季依然可以参观晾房、品尝葡萄干，欢迎来“火洲”过一个暖冬。",
      T, [(T, "葡萄美酒夜光怀", "葡萄美酒夜光杯")], note="poem line: 杯 written 怀 (similar shape)"),
    P("ks_wl", "喀什古城的土陶手艺渊远流长，老匠人在这里守了一辈子窑火。跟着镜头，看一块泥土如何变成一只彩陶罐。",
      T, [(T, "渊远流长", "源远流长")], note="idiom: 源 written 渊"),
    P("klmy_wl", """冰雪运动进社区活动如火如茶

11月以来，全市各区在公园、广场浇筑冰场十余块，组织冰壶、雪地拔河等群众性冰雪活动，吸引市民踊跃参加。""",
      T, [(T, "如火如茶", "如火如荼")], note="idiom: 荼 written 茶 (similar shape)"),
    P("xj_wj", """冬季养生，不妨试试这几道家常菜

新疆的羊肉汤、烤包子烩炙人口，但冬季饮食仍要注意清淡均衡：多吃蔬菜水果，少吃油炸烧烤；高血压、糖尿病患者要控制盐和油的摄入。""",
      T, [(T, "烩炙人口", "脍炙人口")], note="idiom: 脍 written 烩 (similar shape)"),
    P("xj_ga_dy", "全区公安机关持续推进“团结稳疆、依法治疆”，一批出类拔粹的基层民警扎根边境派出所，用坚守换来万家灯火。",
      (T, PO), [(T, "出类拔粹", "出类拔萃"), (PO, "团结稳疆、依法治疆", "依法治疆、团结稳疆")],
      note="two classes: idiom 萃 written 粹 (similar shape); the order of the strategy's formulations reversed"),
]
