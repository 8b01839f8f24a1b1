"""Fourth held-out part: commercial ads (class ad) and hard negatives (ads quoted in enforcement cases, price
monitoring, official consumption vouchers, scam warnings). Shops, platforms, links, token disguises and
private-traffic wording are new (no span equals, contains or is contained in an ad span of dev/ ... dev5/)."""
from _lib import P

A = "ad"

POSTS = [
    P("zz_wl", "台儿庄古城冬夜灯会今晚开幕！古城同款花灯已经挂车，库存不多拍完即下架，家人们冲～",
      A, [(A, "古城同款花灯已经挂车", None), (A, "库存不多拍完即下架", None)],
      note="selling a product from the tourism account's video (挂车 = product card attached)"),
    P("hy_wl", "万绿湖冬季最美！今晚8点开播，主播带大家逛湖边农家，客家娘酒、霸王花干货开价就是福利价，倒数三秒开抢。",
      A, [(A, "今晚8点开播", None), (A, "开价就是福利价，倒数三秒开抢", None)], note="livestream selling announced by a tourism account"),
    P("qd_wl", "【青岛文旅】冬季海鲜季来啦！“蓝海渔港”海鲜大咖礼盒，复制这串口令打开🍑宝：$Nv5tKe8Wq3Ja$ 即可带走。",
      A, [(A, "“蓝海渔港”海鲜大咖礼盒", None), (A, "复制这串口令打开🍑宝：$Nv5tKe8Wq3Ja$", None)],
      note="shop token with a dollar-sign disguise and a peach emoji for 淘"),
    P("wh_sc_wb", "威海海参哪家强？今天给大家推荐“海韵堂”即食海参，拼夕夕搜“海韵堂官方”就能找到，五人成团每盒省60。",
      A, [(A, "拼夕夕搜“海韵堂官方”", None), (A, "五人成团每盒省60", None)],
      note="a supervisor recommends one business and its group-buy price"),
    P("sd_mz", "【冬日暖心】关爱老人从一双好鞋开始，“步安康”防滑老人鞋民政粉丝专享链接：https://s.tb.cn/c.Xw7Pz3kQ",
      A, [(A, "“步安康”防滑老人鞋", None), (A, "https://s.tb.cn/c.Xw7Pz3kQ", None)],
      note="product link under a welfare topic"),
    P("ly_ga_dy", "民警同款执勤保温杯，很多网友私信问在哪买，已放在视频号小店，搜“临警严选”就能看到～",
      A, [(A, "已放在视频号小店，搜“临警严选”", None)], note="police account selling merchandise"),
    P("ta_ga", "泰山冬季登山装备清单：冰爪、登山杖、暖宝宝。需要的朋友评论区回“上山”，小助手把链接甩给你。",
      A, [(A, "评论区回“上山”，小助手把链接甩给你", None)], note="private link delivery in comments"),
    P("fs_sc", """佛山家电“以旧换新”补贴政策解读

一、补贴范围：冰箱、洗衣机、电视、空调、电脑、热水器等。
二、补贴标准：一级能效产品按售价的20%给予补贴，每件最高2000元。
三、申领方式：通过云闪付App“广东消费补贴”专区申领。

另外，小编亲测“顺德美居电器城”本周末还有厂家直补，到店报“佛山市场监管”额外再减300，
加店长微x：sd_meiju2026 可预约上门量尺。""",
      A, [(A, "“顺德美居电器城”本周末还有厂家直补", None), (A, "到店报“佛山市场监管”额外再减300", None),
          (A, "加店长微x：sd_meiju2026", None)],
      note="official subsidy notice (clean part) followed by a promotion of one shop with a private contact"),
    P("dy_wj", """冬季进补，这些误区要注意

冬季是进补的好时节，但进补要因人而异，盲目进补反而伤身。

1.不是人人都需要进补。身体健康的人只要饮食均衡即可。
2.进补不等于吃保健品。保健品不能代替药物治疗疾病。
3.慢性病患者进补前应咨询医生。

本期合作推荐：黄河口“滩羊坊”羊肉汤料包，扫文末二维码进“健康东营福利社”小程序，新人立享首件1元。""",
      A, [(A, "本期合作推荐：黄河口“滩羊坊”羊肉汤料包", None), (A, "扫文末二维码进“健康东营福利社”小程序", None),
          (A, "新人立享首件1元", None)],
      note="health article ending in a sponsored product and a mini-program shop"),
    P("hz_jy", """寒假作业怎么写？这份规划请收好

寒假即将到来，科学规划作业时间，能让孩子过一个充实的假期。建议每天固定学习2小时，劳逸结合。

★寒假托管好去处：“启航学堂”牡丹区校区寒假全托班开始报名，每天上午作业辅导、下午兴趣课，
28天仅收2580元，前15名再送教辅一套！咨询请加企鹅群：628104371""",
      A, [(A, "“启航学堂”牡丹区校区寒假全托班开始报名", None), (A, "28天仅收2580元", None),
          (A, "咨询请加企鹅群：628104371", None)],
      note="an education bureau promoting a private tutoring business (also against 双减)"),
    P("gd_jy_wb", "考研倒计时！“粤研岛”考研冲刺营今天开团，两人同行立省400，上链接👉https://wxaurl.cn/kQ3vT8pLm2a",
      A, [(A, "“粤研岛”考研冲刺营今天开团", None), (A, "https://wxaurl.cn/kQ3vT8pLm2a", None)],
      note="commercial course with a mini-program short link"),
    P("sg_wb", "#韶关好物#丹霞山脚下的“仁化白毛茶”正当时，韶关发布联合“丹霞茶仓”开启年终囤货节，满2斤立省88。",
      A, [(A, "联合“丹霞茶仓”开启年终囤货节", None), (A, "满2斤立省88", None)], note="joint promotion with one shop"),
    P("cz_wb", "潮州单丛茶冬茶上市！想入手的朋友可以戳闲鱼“凤凰单丛老周家”，同村茶农直供，收到不满意包退。",
      A, [(A, "戳闲鱼“凤凰单丛老周家”", None), (A, "收到不满意包退", None)], note="second-hand platform shop named"),
    P("yf_wb", "罗定稻米节｜“罗定贡米”5公斤装到手价52，得物App搜“罗定米仓”即可下单，顺丰包邮。",
      A, [(A, "到手价52", None), (A, "得物App搜“罗定米仓”即可下单", None)], note="price plus platform shop"),
    P("zh_ga_dy", "看完反诈视频，给家里老人配一台防诈手机吧～“守护者”老人机主页左边小店直达，今天下单送话费卡。",
      A, [(A, "“守护者”老人机主页左边小店直达", None), (A, "今天下单送话费卡", None)],
      note="anti-fraud video used to sell a phone"),
    P("jm_ga", "江门公安提醒：电动车头盔要戴好！推荐一款3C认证的“骑安”头盔，点我头像进橱窗，爆款直降不等人。",
      A, [(A, "推荐一款3C认证的“骑安”头盔", None), (A, "点我头像进橱窗", None)], note="product shop window"),
    P("wf_sc", "潍坊风筝节冠军同款风筝开始预订！私域群内部价，扫码入群：https://weixin.qq.com/g/AQYAAKx9r3m",
      A, [(A, "冠军同款风筝开始预订", None), (A, "私域群内部价", None), (A, "https://weixin.qq.com/g/AQYAAKx9r3m", None)],
      note="group-chat (private traffic) selling by the market regulator itself"),
    P("sd_zj_wb", "冬季取暖季，“暖立方”壁挂炉以旧换新送安装，抖音商城搜同名旗舰店，本周下单加赠三年延保。",
      A, [(A, "抖音商城搜同名旗舰店", None), (A, "本周下单加赠三年延保", None)], note="housing department promoting a boiler brand"),
    P("gd_jt", "春运回家，选“粤途”网约车！新用户注册领188元大礼包，邀请码：GDJT2027",
      A, [(A, "新用户注册领188元大礼包", None), (A, "邀请码：GDJT2027", None)],
      note="a referral/invitation code promotes one ride-hailing business"),
    P("dg_jy", "东莞家长看过来！“思维格子”编程课年末大促，报满48课时加送一台学习平板，名额有限速速私戳～",
      A, [(A, "“思维格子”编程课年末大促", None), (A, "报满48课时加送一台学习平板", None)], note="course promotion"),
    P("qd_wl", "来青岛吃海鲜就去“老码头渔家”！大众点评必吃榜，饿了么/美团都有，团购券下单就是6.6折。",
      A, [(A, "就去“老码头渔家”", None), (A, "团购券下单就是6.6折", None)], note="promotion of one restaurant"),
    P("zz_wl", "枣庄辣子鸡地道风味，现招县级分销，宝妈上班族都能接单，1件起批一手货源。",
      A, [(A, "现招县级分销", None), (A, "1件起批一手货源", None)], note="agent/distributor recruiting"),
    P("hy_wl", "河源客家米酒代理招募中～每月保底分红，一部手机就能卖货，有意向的小伙伴后台私聊我。",
      A, [(A, "河源客家米酒代理招募中", None), (A, "每月保底分红，一部手机就能卖货", None)], note="agent recruiting"),
    P("ly_ga", "临沂商城“鲁南快运”年末寄件特惠！今天起关注本号并私信“物流”，送价值50元的寄件券，限前300名。",
      A, [(A, "临沂商城“鲁南快运”年末寄件特惠", None), (A, "私信“物流”，送价值50元的寄件券", None)],
      note="a police account promoting one courier company and giving away its coupons"),
    P("zj_wj", """冬季护眼小知识

冬季室内干燥，长时间看屏幕容易干眼。建议每用眼40分钟休息5分钟，多眨眼，保持室内湿度。

温馨福利：本号联合“明瞳视光中心”推出学生验光季卡，原价399，卫健粉丝价199，
点击“阅读原文”跳转购买页面。""",
      A, [(A, "本号联合“明瞳视光中心”推出学生验光季卡", None), (A, "原价399，卫健粉丝价199", None)],
      note="health tip followed by a paid card of one optician"),
    P("wh_sc", """“威海好品”冬季集市开市啦

11月28日至30日，“威海好品”冬季集市在威海公园举办，40余家本地企业参展。

集市特别推出“秒杀时段”：每天10点、15点两轮整点秒杀，鲍鱼9元一只，海带礼盒19元两盒，
扫描海报二维码加入“好品团购群”，群里每晚9点团长接龙！""",
      A, [(A, "每天10点、15点两轮整点秒杀", None), (A, "鲍鱼9元一只", None), (A, "扫描海报二维码加入“好品团购群”", None),
          (A, "群里每晚9点团长接龙", None)],
      note="a market event is fine, but the post sells goods with flash sales and group buying"),
    P("gd_jy", """2027年普通高校招生考试报名即将开始

一、报名时间：11月25日至12月5日。
二、报名方式：考生登录“广东省普通高考报名系统”进行网上报名。
三、注意事项：考生须如实填写个人信息。

【高考志愿填报】“志愿通”一对一规划服务现已开放预约，VIP全程陪跑3980元，长按识别图中企微即可锁定名额。""",
      A, [(A, "“志愿通”一对一规划服务现已开放预约", None), (A, "VIP全程陪跑3980元", None),
          (A, "长按识别图中企微即可锁定名额", None)], note="official notice followed by a paid service ad"),
    P("yf_wx", """新兴县“禅乡好物”年货节开幕

11月22日，“禅乡好物”年货节在新兴县开幕，凉果、排米粉、茶叶等特色产品集中亮相。

年货节期间，直播基地每晚8点连线带货，新兴凉果三斤装直播间炸场价39.9，关注“禅乡优选”抖音号下单即发货。""",
      A, [(A, "新兴凉果三斤装直播间炸场价39.9", None), (A, "关注“禅乡优选”抖音号下单即发货", None)],
      note="a news item turns into livestream selling"),
    P("sg_wb", "韶关南雄板鸭预售开启！认准“珠玑巷老字号”，盒马、京东到家均有售，年前订更划算！",
      A, [(A, "认准“珠玑巷老字号”", None), (A, "盒马、京东到家均有售", None)], note="brand promotion with platforms"),
    P("ta_ga", "泰山红枫季门票特惠：通过“泰游记”小程序购票，老用户回购再打8.8折，链接 https://tinyurl.com/ty8kQ2m",
      A, [(A, "通过“泰游记”小程序购票，老用户回购再打8.8折", None), (A, "https://tinyurl.com/ty8kQ2m", None)],
      note="a third-party ticket seller promoted by a police account, with a short link"),
    P("hz_jy", "菏泽牡丹籽油礼盒开团啦，全市教职工专享内购价，扫码接龙，满50单由供应商统一配送到学校。",
      A, [(A, "菏泽牡丹籽油礼盒开团啦", None), (A, "全市教职工专享内购价，扫码接龙", None)],
      note="group buying organised through the education bureau"),
    P("jm_ga", "开平碉楼旁的“侨乡民宿”老板是我们的辅警家属，房间干净价格实惠，双床房周末只要198，订房打电话139xxxx2231。",
      A, [(A, "“侨乡民宿”", None), (A, "双床房周末只要198，订房打电话139xxxx2231", None)], note="promotion of one guesthouse"),
    P("cz_wb", "潮州牛肉丸哪家最正？小编私心推荐“阿城牛肉丸”，同城跑腿半小时送到，首单立减15元还送辣酱。",
      A, [(A, "小编私心推荐“阿城牛肉丸”", None), (A, "首单立减15元还送辣酱", None)], note="promotion of one shop"),

    P("gd_jy_wb", "期末复习资料包整理好了！长按复制「Kq7Wm2Zp9Lx」打开tb，搜“学霸错题本”旗舰店，资料包加错题本套装只要29.9，"
      "另有打印版直发：https://is.gd/Ry7kQp",
      A, [(A, "长按复制「Kq7Wm2Zp9Lx」打开tb", None), (A, "资料包加错题本套装只要29.9", None), (A, "https://is.gd/Ry7kQp", None)],
      note="shop token in corner brackets, tb for 淘宝, a price and a short link"),

    # hard negatives
    P("wf_sc", "【价格监测】11月第4周潍坊市区主要农产品价格：猪肉（精瘦肉）26.8元/斤，鸡蛋4.2元/斤，大白菜0.9元/斤，"
      "与上周基本持平。", hn=A, note="prices in a price-monitoring notice"),
    P("ly_ga", "【案件通报】犯罪嫌疑人以“一部手机在家就能赚钱，每单返佣20%”为诱饵发展下线，临沂警方已打掉该传销团伙，"
      "抓获8人。请广大群众提高警惕。", hn=A, note="an ad quoted in a police case report"),
    P("zh_ga", "【反诈】“刷单返利”“投资理财高回报”“低价代购”……这些话术都是骗！接到陌生人发来的“优惠链接”，千万不要点击！",
      hn=A, note="ad wording quoted in an anti-fraud warning"),
    P("fs_sc", """佛山市市场监管局查处一批违法广告案件

近日，市市场监管局公布5起违法广告典型案例：

1.某医疗美容诊所在微信朋友圈发布“无痕祛斑、永不反弹”等虚假宣传广告，被罚款5万元。
2.某食品公司在直播间宣称普通食品“降血糖”，被罚款8万元。
3.某教育机构宣传“保过”“不过全额退费”，被责令停止发布并罚款3万元。

市市场监管局提醒，消费者发现违法广告可拨打12315投诉举报。""",
      hn=A, note="ad claims quoted in enforcement cases"),
    P("yf_wb", "【消费券】云浮市第二批“暖冬消费券”将于12月1日10时在云闪付App发放，满200减50，先到先得，领完即止。",
      hn=A, note="official consumption vouchers issued by the government, not promoting one business"),
    P("sd_zj", """山东省公共租赁住房摇号配租公告

根据《山东省公共租赁住房管理办法》，济南市第八批公共租赁住房配租摇号将于12月3日举行。

一、房源：共计620套，租金为市场租金的70%。
二、摇号方式：通过电脑随机摇号，全程公证、直播。
三、查询：申请人可登录“山东住建”小程序查询结果。""",
      hn=A, note="official allocation lottery; rent and mini-program are official"),
    P("wh_sc", """预付式消费风险提示

近期，我局接到多起关于健身房、美容院“跑路”的投诉。提醒广大消费者：

1.对“充5000送3000”“终身会员卡”等大额充值优惠要保持理性。
2.签订书面合同，保留付款凭证。
3.发现问题及时拨打12315投诉。""",
      hn=A, note="promotional wording quoted in a consumer warning"),
    P("hy_wl", "河源“万绿湖杯”全国摄影大展征稿启动，一等奖奖金1万元，投稿邮箱：hywl_photo@163.com，截止日期2027年3月31日。",
      hn=A, note="an official contest with prizes, not an ad"),
    P("zz_wl", "台儿庄古城冬季门票：成人票100元，60岁以上老人、学生凭证半价，1.2米以下儿童免费。官方购票请认准“台儿庄古城”官网。",
      hn=A, note="official ticket prices of a state-run site"),
    P("gd_jt", "【提醒】广东省内高速公路ETC用户春运期间通行费9.5折优惠政策延续实施，请车主通过“粤通卡”官方渠道办理。",
      hn=A, note="official toll discount"),
    P("dg_jy", "东莞市教育局提醒家长：警惕“升学内部名额”“保录重点”等虚假招生宣传，请以教育部门官方发布为准。",
      hn=A, note="ad wording quoted in a warning"),
    P("qd_wl", "【青岛文旅】青岛市文旅惠民季：全市22家A级景区冬季门票半价，具体名单见图。", hn=A,
      note="official price discount across many scenic spots, not one business"),
    P("sg_wb", "#韶关发布#韶关市举办农产品产销对接会，37家企业与粤港澳大湾区采购商签约，金额1.8亿元。", hn=A,
      note="business news with figures, no selling"),
]
