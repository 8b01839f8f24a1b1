"""Ninth held-out part: commercial ads in government accounts (class ad) and hard negatives that quote prices,
offers and sales talk in enforcement, price-monitoring and consumer-warning posts."""
from _lib import P

A = "ad"

POSTS = [
    P("hn_wl", "湘西腊肉、浏阳蒸菜、湘潭槟榔芋……年货节开啦🧧 点视频左下方的小推车，湖湘年货礼盒券后79元，今晚8点前下单还送擂茶一包🎁 #湖南文旅 #年货节",
      A, spans=[(A, "点视频左下方的小推车"), (A, "湖湘年货礼盒券后79元")], note="live-commerce cart and coupon price in a culture-and-tourism account"),
    P("hy_wl", "冬天就想来一口衡东土菜🌶️ 南岳素斋、渣江米粉、衡阳鱼头……我们整理了30家好店！想要优惠的朋友进粉丝群，粉丝群每晚八点发满100减15券，进群方式看主页简介～ #衡阳美食",
      A, spans=[(A, "粉丝群每晚八点发满100减15券")], note="coupon drops in a fan group"),
    P("zjj_wl", "武陵源溪布街旁的“云栖半山”民宿，推开窗就是云海☁️ 观景房冬季只要268一晚，订房找前台小覃：0744-56xxxx1，说是在文旅号上看到的，房费八八折～",
      A, spans=[(A, "观景房冬季只要268一晚"), (A, "说是在文旅号上看到的，房费八八折")], note="one named guesthouse with price, phone and an account-specific discount"),
    P("hn_sc", "【年货采购有保障】岁末年初，市场监管部门持续加强年货市场监管。本期合作伙伴“岳麓鲜生”年货礼包已上线，坚果、腊味、茶油一站购齐，点击直达：https://pro.m.jd.com/mall/active/4Xq8kTz2Lm/index.html #放心消费在湖南#",
      A, spans=[(A, "https://pro.m.jd.com/mall/active/4Xq8kTz2Lm/index.html"), (A, "本期合作伙伴“岳麓鲜生”年货礼包已上线")], note="a partner brand's shop link in a regulator's post"),
    P("cs_sc", """冬季进补，这些食品安全知识要知道

天气转冷，不少市民开始囤腊味、炖汤进补。购买腊肉腊肠要选择正规渠道，查看标签标识；食用菌、中药材等干货要注意保质期和储存条件。

🎁为回馈读者，我们联合本地优质商家推出冬季年货专区，点击文末卡片进入“星城惠选”小程序，首单立减12元，腊味礼盒低至58元。""",
      A, spans=[(A, "进入“星城惠选”小程序，首单立减12元"), (A, "腊味礼盒低至58元")], note="a mini-shop with a first-order discount appended to a food-safety article"),
    P("zhz_wj", """冬季养生正当时

冬季是进补的好时节，中医讲究“冬令进补，来年打虎”。但进补要因人而异，体质不同，方法不同，建议在医生指导下进行。

📢本地老字号“炎帝养元”膏方礼盒冬季特惠，第二瓶半价，名额有限，咨询热线0731-2233xxxx。""",
      A, spans=[(A, "“炎帝养元”膏方礼盒冬季特惠，第二瓶半价")], note="one brand's tonic promotion under a health article"),
    P("yy_yj", """高层住宅火灾，如何逃生？

一旦发生火灾，要用湿毛巾捂住口鼻，沿疏散楼梯向下逃生，切勿乘坐电梯。家中可常备消防过滤式自救呼吸器。

🛒应急小课堂福利：消防过滤式自救呼吸器两只装96元，扫码付款后填写收货地址，三个工作日内发货。""",
      A, spans=[(A, "消防过滤式自救呼吸器两只装96元"), (A, "扫码付款后填写收货地址")], note="QR-code selling of safety kit in an emergency-management account"),
    P("cd_ny", """石门柑橘丰收季

眼下，石门县20余万亩柑橘进入采摘旺季，果农们忙着采摘、分拣、装箱。今年石门柑橘个大汁多，糖度普遍在12度以上。

🍊想尝鲜的朋友看这里：石门柑橘10斤装到手42元，点小程序“沅澧农鲜”下单，产地直发。""",
      A, spans=[(A, "石门柑橘10斤装到手42元"), (A, "点小程序“沅澧农鲜”下单")], note="selling fruit through a named mini-shop in an agriculture bureau account"),
    P("yiy_rs", """益阳市2026年冬季职业技能培训开班

为帮助劳动者提升技能，市人社局组织开展冬季职业技能培训。

📣另外推荐：合作机构“益职优学”电工证、焊工证速成班火热招生，学费1880元含考试费，报名电话0737-6xxxx88。""",
      A, spans=[(A, "“益职优学”电工证、焊工证速成班火热招生"), (A, "学费1880元含考试费")], note="a private training school's fee and phone number in a human-resources bureau account"),
    P("cz_jy", """寒假将至，致全市中小学生家长的一封信

寒假即将到来，请家长们督促孩子合理安排作息，注意用火用电安全、交通安全和防溺水安全。

另：“郴学堂”寒假作业辅导班开始报名，每生每天60元，可在班级家长群接龙。""",
      A, spans=[(A, "“郴学堂”寒假作业辅导班开始报名，每生每天60元")], note="a private tutoring class priced in an education bureau's letter to parents"),
    P("yz_qx", "【今冬家中温湿度怎么看？】冬季室内湿度宜保持在40%～60%。不少粉丝问我们用的什么温湿度计，气象局同款温湿度计在这里👉https://a.m.tmall.com/i685213904417.htm",
      A, spans=[(A, "https://a.m.tmall.com/i685213904417.htm"), (A, "气象局同款温湿度计在这里")], note="a shop link for the bureau's 'same model' instrument"),
    P("hh_ga", "夜间出门一定要带好照明工具🔦 所里巡逻用的这款强光手电，防水耐摔，视频底部挂了链接，三节电池款69，需要的自取～ #怀化公安",
      A, spans=[(A, "视频底部挂了链接，三节电池款69")], note="selling a torch through a video link in a police account"),
    P("sy_sc", "【邵阳年味】邵东“老宝庆”猪血丸子，传统柴火烟熏，2斤装38元包邮，微-信：bq_laobaoqing 下单，年前最后一批！",
      A, spans=[(A, "2斤装38元包邮"), (A, "微-信：bq_laobaoqing")], note="one shop's price and WeChat id in a regulator's account"),
    P("ld_xw", "【资江畔的新家】位于娄星区资江边的“资江壹号院”三期即将交房，小区配套幼儿园、社区食堂一应俱全。年末特价房单价4680元/㎡起，售楼部电话0738-83xxxx6。",
      A, spans=[(A, "年末特价房单价4680元/㎡起"), (A, "售楼部电话0738-83xxxx6")], note="real-estate promotion with price and sales phone"),
    P("xx_wl", "凤凰古城的夜，沱江两岸灯火辉煌✨ 想住江景房的朋友，同程搜“沱江边上”民宿，连订两晚减50，推开窗就是吊脚楼！",
      A, spans=[(A, "同程搜“沱江边上”民宿，连订两晚减50")], note="a named guesthouse on a travel platform with a discount"),
    P("xt_sc", """湘莲：湘潭的一张名片

湘潭是“中国湘莲之乡”，湘潭湘莲颗粒饱满、粉糯清香，是国家地理标志保护产品。

🪷年货推荐：精选湘莲500g装29.8元，关注“莲乡鲜品”视频号下单，顺丰包邮。""",
      A, spans=[(A, "精选湘莲500g装29.8元"), (A, "关注“莲乡鲜品”视频号下单")], note="selling lotus seeds through a named video-channel shop"),
    P("hn_wj_wb", "【好消息】九价HPV疫苗无需排队，代约费200元，长沙、株洲、湘潭均可预约，需要的朋友私信小助理～",
      A, spans=[(A, "九价HPV疫苗无需排队，代约费200元")], note="paid vaccine-booking service advertised (and illegal) in a health commission account"),
    P("hn_yj_wb", "【家庭应急物资储备清单】手电筒、应急手摇收音机、急救包、饮用水……你家备齐了吗？小编同款手摇收音机，下单链接：https://item.taobao.com/item.htm?id=786251093374",
      A, spans=[(A, "https://item.taobao.com/item.htm?id=786251093374")], note="a shop link appended to an emergency checklist"),
    P("hn_jy_wb", "【期末复习攻略】离期末考试还有一个月，如何高效复习？错题回顾、知识梳理、限时训练……另外，“湘学通”在线1对1辅导现已开课，每课时89元，前50名家长加送诊断测评一次。",
      A, spans=[(A, "“湘学通”在线1对1辅导现已开课，每课时89元")], note="a private tutoring platform's price in an education department account"),
    P("hh_ga_wb", "【警营开放日合作单位】感谢“沅江鱼馆”对本次警营开放日活动的支持！即日起至12月31日，在该店消费满200送黔阳冰糖橙一箱，欢迎新老顾客光临。",
      A, spans=[(A, "消费满200送黔阳冰糖橙一箱")], note="a sponsor restaurant's promotion"),
    P("cs_ga_dy", "入室盗窃多发季，门锁选对很重要🔐 我们实测了这款C级锁芯指纹锁，撬不开、猫眼也打不开！指纹锁今晚直播间899，拍下送上门安装～ #长沙警事",
      A, spans=[(A, "指纹锁今晚直播间899，拍下送上门安装")], note="a lock sold in the police account's live stream"),
    P("hn_ga", "【驾驶证增驾看过来】想增驾摩托车驾照的朋友注意啦！合作驾校推出冬季班，摩托车增驾2280元全包，不过免费补考，名额有限先到先得。",
      A, spans=[(A, "摩托车增驾2280元全包，不过免费补考")], note="a driving school's package price in a police account"),
    P("hn_wj", """陪诊服务，让就医不再孤单

对于独居老人、行动不便的患者来说，一个人去医院看病往往很难。

🩺“湘雅优护”陪诊服务单次199元，专业陪诊师全程陪同挂号、检查、取药，长按识别陪诊服务码即可预约。""",
      A, spans=[(A, "“湘雅优护”陪诊服务单次199元"), (A, "长按识别陪诊服务码即可预约")], note="a private escort service's price and booking code"),
    P("hn_yj", """冬季家庭防火，这些要点请牢记

冬季取暖用电增多，要注意电器不超负荷使用，电暖器远离可燃物，人走断电。

——本期推文由“安湘消防科技”支持——
家用自动灭火贴12片装仅需59元，贴在配电箱、插线板旁，遇火自动喷发。""",
      A, spans=[(A, "本期推文由“安湘消防科技”支持"), (A, "家用自动灭火贴12片装仅需59元")], note="sponsored tweet with a product price"),
    P("hn_jy", """寒假研学怎么选？

寒假将至，研学旅行成为不少家庭的选择。

🌟本号推荐：“行走的课堂”北京名校冬令营，7天6晚4380元，含往返高铁、食宿、名校参观，扫描下方二维码报名。""",
      A, spans=[(A, "7天6晚4380元")], note="a commercial winter camp advertised in the education department account"),
    P("xt_xw", "【周末逛起来】“潭州汇”商场周年庆本周六开启，满800返160购物卡，另有餐饮五折、电影票9.9元抢。#湘潭#",
      A, spans=[(A, "满800返160购物卡"), (A, "电影票9.9元抢")], note="one mall's promotion"),
    P("cs_ga", "【车辆业务小知识】二手车交易后要及时办理转移登记。嫌麻烦？合作车务公司过户解押一条龙，电话微信同号173xxxx0452。",
      A, spans=[(A, "过户解押一条龙，电话微信同号173xxxx0452")], note="a private vehicle-services agent's contact in a police account"),
    P("yiy_rs", """冬季招聘会信息汇总

本周益阳市共举办招聘会3场，提供岗位2600余个。

💼求职更快一步：“资阳快聘”会员月卡29.9元，岗位优先推送、简历置顶，扫码开通。""",
      A, spans=[(A, "“资阳快聘”会员月卡29.9元")], note="a paid job-app membership in a human-resources bureau account"),
    P("cd_ny", """常德米粉：一碗粉里的乡愁

常德米粉历史悠久，圆粉柔韧爽滑，牛肉码子香辣入味。

🍜今晚7点半视频号直播，常德牛肉粉礼盒1.99元秒杀前100单，点击预约直播！""",
      A, spans=[(A, "常德牛肉粉礼盒1.99元秒杀前100单")], note="a flash sale in the bureau's live stream"),
    P("zjj_wl", "大峡谷玻璃桥+天门山索道联票限时特惠🎫 复制〖ZJ8wKq2Mv5〗打开抖音，领取专属优惠～",
      A, spans=[(A, "〖ZJ8wKq2Mv5〗")], note="a shop token in a culture-and-tourism account"),
    P("hy_wl", "衡阳特产大集合🎁 南岳云雾茶、常宁无核柑、耒阳油茶……一键下单直达：https://h5.m.jd.com/pb/018/Tq7Xk2Pm",
      A, spans=[(A, "https://h5.m.jd.com/pb/018/Tq7Xk2Pm")], note="shop link in a tourism account"),
    P("ld_xw", "【娄底好物】新化红茶、冷水江三尖农庄腊肉……“娄底优品”网店年终大促，下单时输入优惠码LD1126减30元！",
      A, spans=[(A, "输入优惠码LD1126减30元")], note="a named shop's coupon code"),
    P("xx_wl", "凤凰姜糖、保靖黄金茶、湘西腊肉🧡 年货礼盒复制₭Pd4Rt8Nz2₭到🍑宝就能买～",
      A, spans=[(A, "₭Pd4Rt8Nz2₭")], note="a disguised Taobao token"),
    P("hn_wl", "今晚8点湖南文旅直播间不见不散📺 张家界大峡谷玻璃桥门票+索道套票直降60，还有凤凰古城夜游船票限量抢～",
      A, spans=[(A, "玻璃桥门票+索道套票直降60")], note="ticket sales in the department's live stream"),
    P("cz_jy", """保护视力，从一盏好台灯开始

冬季白天短，孩子在灯下学习时间长，选一盏合格的护眼台灯很重要。

👉应广大家长要求，我们联系了厂家，护眼台灯团购价159元，在班级群接龙登记，统一配送到学校。""",
      A, spans=[(A, "护眼台灯团购价159元")], note="group-buying organised through school class groups"),
    P("yz_qx", "【暖冬福利】寒潮来了，你家的暖手宝准备好了吗？评论区说出你的暖冬心愿，周五抽3位送暖手宝🎁 同款暖手宝在“潇湘暖居”网店，搜店名领券立减10元！",
      (A, "entertainment"), spans=[(A, "同款暖手宝在“潇湘暖居”网店，搜店名领券立减10元"), ("entertainment", "评论区说出你的暖冬心愿，周五抽3位送暖手宝")],
      note="a follower lottery in a weather account, plus a shop promotion for the prize"),

    # ---- hard negatives: prices and offers quoted in enforcement, monitoring and warnings ----
    P("hn_sc", "【典型案例】某网店在直播间宣称“原价399元，今日秒杀99元”，经查该商品此前从未以399元销售，构成虚构原价的价格欺诈行为，当地市场监管部门依法对其罚款5万元。提醒：先涨后降、虚构原价都是违法的！",
      hn=A, note="sales talk quoted in an enforcement case"),
    P("cs_sc", """预付式消费风险提示

近期，我局接到多起美容美发、健身场馆预付卡投诉。有的商家以“充3000送1500”“办卡即送10次护理”为噱头吸引消费者办卡，随后关门跑路。

提醒消费者：不要一次性大额充值，要签订书面合同，保存好付款凭证。""",
      hn=A, note="promotion slogans quoted in a consumer warning"),
    P("sy_sc", "【本周邵阳市区主要农产品价格】猪肉（后腿肉）每斤13.6元，环比下降1.4%；鸡蛋每斤4.8元，持平；大白菜每斤1.5元，上涨7.1%；菜籽油每升15.2元，持平。#价格监测#",
      hn=A, note="public price monitoring"),
    P("xt_sc", """警惕！这些保健食品宣传是违法的

近期，我局在检查中发现，个别门店宣称其销售的保健食品“包治百病”“三个疗程根治高血压”，还以“扫码领取免费鸡蛋”“听课送米面油”吸引老年人。

保健食品不是药物，不能代替药物治疗疾病。发现违法宣传，请拨打12315举报。""",
      hn=A, note="illegal sales claims and giveaways quoted in a warning"),
    P("hn_ga", "【“动动手指，日赚500”？骗局！】近期，有骗子在社交平台发布“在家兼职，动动手指，日赚500”“先返佣金再做任务”等信息，诱导受害人下载陌生App刷单，前期小额返利，后期以“卡单”为由要求大额充值。凡是刷单返利，都是诈骗！#湖南公安#",
      hn=A, note="fraud bait quoted in an anti-fraud post"),
    P("cs_ga", "【低价手机是诱饵】11月20日，岳麓公安分局破获一起网络诈骗案。犯罪嫌疑人在直播间以“全新手机1999元，下单即送耳机”为诱饵，骗取定金后拉黑受害人，涉案金额12万余元。警方提示：网购请选择正规平台，不要私下转账。",
      hn=A, note="bait price quoted in a case report"),
    P("hh_ga", "“免费体检”“免费领鸡蛋”“听讲座送礼品”……这些都是保健品会销骗局的套路⚠️ 家里有老人的一定要提醒他们！#怀化公安 #防骗",
      hn=A, note="sales bait quoted in an anti-fraud video caption"),
    P("zhz_wj", """好消息！一批集采药品降价落地

近日，第十一批国家组织药品集中带量采购中选结果在株洲落地执行。其中，一种常用降压药每片从1.8元降至0.12元，一种降糖药每盒从56元降至7.9元。

市民可在公立医疗机构和部分定点零售药店购买。""",
      hn=A, note="drug prices announced after public procurement"),
    P("yiy_rs", """2026年益阳市职业技能培训补贴标准公布

取得初级工（五级）证书的，每人补贴1000元；中级工（四级）1500元；高级工（三级）2000元。补贴资金直接发放至个人社保卡银行账户，无需缴纳任何费用，谨防以“代办补贴”为名的诈骗。""",
      hn=A, note="public subsidy amounts"),
    P("hn_wl", "湖南文旅惠民消费券第三期明天10点开抢🎫 通过“湖南文旅”官方平台领取，可用于全省A级景区门票、剧院演出，每人限领一张。#湖南文旅",
      hn=A, note="government-issued consumption vouchers through the official platform"),
    P("zjj_wl", "冬季旅游优惠政策来了❄️ 12月1日至明年2月底，武陵源核心景区门票实行冬季价，60周岁以上老人、现役军人、残疾人凭有效证件免票。#张家界",
      hn=A, note="official ticket policy"),
    P("cd_ny", """农资打假：这些“神种子”“神化肥”别信

冬春农资购销旺季即将到来。我局提醒广大农户，警惕“亩产翻番”“买一袋送一袋”“包治百虫”等夸大宣传，购买农资要到正规门店，索要发票，保留包装。发现假劣农资，请拨打12316举报。""",
      hn=A, note="fake-farm-input sales claims quoted in a warning"),
    P("hn_wj", """医疗广告“三不信”

不信“三天根治”“无效退款”的承诺，不信“祖传秘方”“神医坐诊”的噱头，不信“限时特价”“免费体检”的诱惑。看病请到正规医疗机构。""",
      hn=A, note="illegal medical-ad slogans quoted in a warning"),
]
