"""Twenty-ninth held-out part: commercial advertising (class ad), one ad + entertainment post, and ad hard
negatives (official consumer notices, price monitoring, public procurement, consumption-voucher schemes run by
the government). All businesses, links, tokens, ids and phone numbers are invented."""
from _lib import P

A = "ad"
E = "entertainment"
HN = "ad"

POSTS = [
    P("xz_wl", "林芝松茸干货今年品质特别好！想要的朋友点视频下方的购物袋，“雪松山珍”店里的松茸片今天第二件半价，拍两件送青稞饼一盒。",
      A, [(A, "雪松山珍", None)], note="selling via the video's shop bag, named shop, price offer"),
    P("ls_xw_dy", "今晚8点，拉萨发布直播带你逛甜茶馆，顺便给大家上链接：卓玛家酥油茶粉，直播专享价39.9元3袋，数量有限先到先得！",
      A, [(A, "直播专享价39.9元3袋", None)], note="selling livestream with price"),
    P("xz_wj", """冬季养生，藏红花怎么吃？

藏红花具有活血化瘀等功效，冬季适量食用有益健康。本号特别推荐“雪莲谷”藏红花礼盒，正品保证，微信联系xuelianggu_2026下单立减30元，全区顺丰到家。""",
      A, [(A, "xuelianggu_2026", None)], note="product promotion with WeChat ordering in a health article"),
    P("xz_jy", """寒假研学营报名开启

“高原雏鹰”冬令营面向全区小学四年级至初二学生招生，7天6晚，营费3680元/人，早鸟价3280元，12月10日前报名另送营服一套。报名请加客服微信gyc-ying88。""",
      A, [(A, "gyc-ying88", None)], note="commercial camp advertised by the education department"),
    P("cg_sj", "好消息！辖区商户“吉祥冬虫草”周年庆，全场虫草9折，满2000元送价值298元的藏香一盒，地址：北京东路88号，电话0891-6357xxx。",
      A, [(A, "吉祥冬虫草", None)], note="promotion of one named business with discounts"),
    P("rkz_zf", """日喀则特产年货节开幕

11月22日，日喀则特产年货节在上海广场开幕。即日起至12月31日，在“珠峰好物”小程序购买日喀则青稞、牦牛肉干满199元减40元，点击文末“阅读原文”直接购买。""",
      A, [(A, "“珠峰好物”小程序", None)], note="link to a commercial mini-program with coupon"),
    P("rkz_wl", "想把珠峰的日出带回家？“珠峰光影”摄影工作室推出冬季跟拍套餐，双人1280元含后期精修，主页挂着预约入口，名额有限。",
      A, [(A, "“珠峰光影”摄影工作室", None)], note="commercial photography package"),
    P("dr_wl", """定日县冬季民宿推荐

协格尔镇“雪峰客栈”冬季特惠：标间168元/晚，含早餐和氧气；连住三晚送珠峰大本营往返包车一次。预订电话：139-0892-5516，报“定日文旅”再优惠20元。""",
      A, [(A, "139-0892-5516", None)], note="promotion of one guesthouse with phone ordering"),
    P("cd_wj", "天冷关节痛？昌都本地老字号“康巴藏药坊”推出冬季泡脚药包，一盒30包只要99元，扫文末二维码进店，前100名加送艾灸贴！",
      A, [(A, "康巴藏药坊", None)], note="health-product ad with QR shop link"),
    P("cd_nw", """昌都牦牛肉冬季直供开始了

今年昌都高原牦牛肉品质优良，由“澜沧源牧业”统一分割包装，5斤装268元，10斤装498元，全国包顺丰。需要的朋友长按识别下方二维码进入商城购买。""",
      A, [(A, "澜沧源牧业", None)], note="meat sold by a named company via QR mall"),
    P("lz_wl", "林芝冬天的桃花没开，但是苹果熟了！我们跟“尼洋果园”合作，果子直接从树上摘，10斤装只要59块，评论区置顶有购买方式~",
      A, [(A, "尼洋果园", None)], note="fruit sale with purchase in pinned comment"),
    P("lz_wl_wb", "复制这段口令€nYc8Lw2q€去手机购物软件，林芝野生灵芝孢子粉限量500份，卖完即止。",
      A, [(A, "€nYc8Lw2q€", None)], note="disguised shop token"),
    P("lz_ga_dy", "今天的普法视频到这里就结束了，最后给大家推荐一款行车记录仪，我们民警自己也在用，视频左边的小袋子里能买到，现在活动价199。",
      A, [(A, "现在活动价199", None)], note="product placement with price by a police account"),
    P("by_yj", """冬季家庭应急包怎么备？

家庭应急包应包括手电筒、急救药品、保暖毯、饮用水等。本期推荐“安途”家庭应急包豪华版，原本399元，关注本号后回复“应急”可领取100元无门槛代金券。""",
      A, [(A, "回复“应急”可领取100元无门槛代金券", None)], note="emergency-kit ad with voucher"),
    P("sn_zf", """山南特色农产品走进大湾区

11月下旬，山南农产品推介会在深圳举行。本号联合“雅砻优选”为读者送福利：山南藏鸡蛋30枚装仅需45元，在“雅砻优选”公众号菜单栏“进店”即可购买，满3件包邮到家。""",
      A, [(A, "“雅砻优选”公众号菜单栏“进店”", None)], note="shop link in a government article"),
    P("sn_qx", "山南冬季紫外线强，出门一定要做好防晒！推荐大家试试我们气象站同事都在用的“高原盾”防晒霜，SPF50+，某宝搜索“高原盾官方”就能找到。",
      A, [(A, "某宝搜索“高原盾官方”", None)], note="cosmetics ad by a weather account"),
    P("nq_rs", """招聘信息｜那曲某商贸公司诚聘销售代表

那曲市雪域天路商贸有限公司诚聘销售代表10名，月薪5000元+提成。另招募线上分销合伙人，零门槛、零囤货，每单返佣15%，详询微信tianlu_hr01。""",
      A, [(A, "每单返佣15%", None)], note="recruiting online distributors (agent recruiting)"),
    P("al_xs", "阿里的朋友们注意！“神山圣湖”藏毯厂冬季清仓，手工藏毯低至5折，全国可发物流，下单联系：173-0897-2286（同微信）。",
      A, [(A, "173-0897-2286（同微信）", None)], note="factory clearance sale with phone/WeChat"),
    P("pl_sj", """普兰县边贸市场冬季特惠活动

为活跃边贸市场，普兰县边贸市场尼泊尔商品馆推出冬季特惠：铜器、披肩、手工香一律8折，购满500元送布艺挂件一个。本号读者凭截图进店再享9.5折。""",
      A, [(A, "本号读者凭截图进店再享9.5折", None)], note="shop promotion with reader discount"),
    P("xz_ga", "天气冷了，车要保养！我们推荐“雪域通”汽修连锁，出示本条微博可享冬季换防冻液68元套餐，拉萨、日喀则、林芝均有门店。",
      A, [(A, "“雪域通”汽修连锁", None)], note="car-service chain promoted by the police account"),
    P("xz_ga_dy", "反诈宣传也不忘带货！左下方袋子里的这款防诈骗来电提醒器，老人用着很方便，现在拍下便宜20块，家里有老人的赶紧安排。",
      A, [(A, "这款防诈骗来电提醒器", None)], note="selling a device in an anti-fraud video"),
    P("xz_wl_wb", "【转发抽奖+福利】关注@西藏文旅 并转发本条，抽3位送价值888元的“天空之城”酒店双人房券！酒店正在做冬季特惠，携程搜索“拉萨天空之城”预订立减150元。",
      (A, E), [(A, "携程搜索“拉萨天空之城”预订立减150元", None), (E, "关注@西藏文旅 并转发本条，抽3位", None)],
      note="hotel ad plus follower lottery"),
    P("ls_xw", "拉萨人的冬日暖胃神器！太阳岛“次仁家”牦牛火锅店开业酬宾，11月23日至30日到店消费满200元减50元，微博私聊小编领取代金券。",
      A, [(A, "“次仁家”牦牛火锅店开业酬宾", None)], note="restaurant promotion"),
    P("ls_ga", "民警蜀黍提醒：冬天开车一定要防滑！我们合作的“稳行”轮胎店冬季换雪地胎送四轮定位，抖音团购页面搜索“稳行轮胎拉萨店”。",
      A, [(A, "抖音团购页面搜索“稳行轮胎拉萨店”", None)], note="tyre shop promotion"),
    P("xz_yj", """家用燃气报警器选购指南

冬季是燃气事故高发期，建议居民安装燃气报警器。我厅联合“安居卫士”品牌推出惠民团购，原价268元，现价158元，长按二维码添加团购顾问即可下单。""",
      A, [(A, "长按二维码添加团购顾问", None)], note="government account running a brand group-buy"),
    P("cg_sj", "【消费推荐】冬季进补，城关区“格桑拉”藏式点心店推出会员充值活动：充500送80，充1000送200，详情到店咨询。",
      A, [(A, "充500送80，充1000送200", None)], note="membership top-up promotion of a named shop"),
    P("xz_lc", "林芝的野生核桃开始采收啦，今年个大饱满。@林芝丰收核桃合作社 的朋友们把最新鲜的一批留给了大家，6斤装89元，私戳合作社官号下单。",
      A, [(A, "6斤装89元，私戳合作社官号下单", None)], note="product sale via another account"),
    P("rkz_wl", "萨迦古城冬季游热度上升！推荐萨迦“藏韵”民宿，今天预订送萨迦寺讲解服务，某团/某程均可搜到，报暗号“日喀则文旅”再减30。",
      A, [(A, "报暗号“日喀则文旅”再减30", None)], note="guesthouse promotion with code word"),
    P("rkz_zf", """第三届日喀则青稞产业博览会圆满落幕

本届博览会签约项目21个，签约金额8.6亿元。会后，青稞产品线上专卖店同步上线：打开购物软件搜索“年楚青稞官方店”，青稞挂面、青稞饼干新客首单立减10元。""",
      A, [(A, "搜索“年楚青稞官方店”", None)], note="news article ending with an online-store ad"),
    P("al_xs", "【代购服务】阿里地区群众购买内地商品不方便？本号联合“天路快购”提供内地商品代买代寄服务，每单服务费只收5元，添加客服微信tlkg-ali。",
      A, [(A, "tlkg-ali", None)], note="purchasing agent service"),
    P("nq_rs", "那曲冬季羊毛制品特卖会来了！“羌塘暖”羊毛衫厂直供，羊毛衫99元两件，现场扫码进群再抽免单。地址：那曲市色尼区浙江中路。",
      A, [(A, "“羌塘暖”羊毛衫厂直供，羊毛衫99元两件", None)], note="factory sale promotion"),
    P("lz_wl", "林芝鲁朗石锅鸡到底有多香？今天我们探店“鲁朗人家”，一锅258元够四个人吃，视频里有团购券，比门店价便宜40元！",
      A, [(A, "“鲁朗人家”，一锅258元", None)], note="restaurant group-buy promotion"),
    P("xz_wj", """“藏医药养生馆”冬季体验卡限时开售

由本号推荐的藏医药养生馆推出冬季体验卡，每张299元可享藏药浴3次、推拿2次。长按识别二维码购卡，全区8家门店通用。""",
      A, [(A, "每张299元可享藏药浴3次、推拿2次", None)], note="wellness card sale"),
    P("sn_zf", "【福利】山南“泽当雪”矿泉水冬季特惠，24瓶装36元送货上门，单位采购可开发票，联系人：罗布，电话180-8993-7402。",
      A, [(A, "180-8993-7402", None)], note="water brand promotion with contact"),
    P("cd_nw", "昌都红拉山蜂蜜今年产量少，真正的高原土蜂蜜！本号小编亲测好吃，朋友圈@昌都土蜜小店 下单，2瓶起发货。",
      A, [(A, "朋友圈@昌都土蜜小店 下单", None)], note="honey sale via a WeChat shop"),
    P("ls_xw_dy", "拉萨冬季旅游季，本号联合“日光城”旅行社推出冬游拉萨3日游，含布达拉宫门票、大昭寺讲解和纳木错一日游，每人只要999元，点击主页预约！",
      A, [(A, "“日光城”旅行社推出冬游拉萨3日游", None)], note="travel agency package"),
    # --- hard negatives ---
    P("cg_sj", """城关区11月下旬农贸市场价格监测

11月下旬，城关区主要农贸市场蔬菜价格总体平稳：大白菜2.5元/斤，土豆2.8元/斤，牦牛肉（鲜）38元/斤。区市场监管局将持续开展价格巡查，严查哄抬物价行为。""",
      hn=HN, note="official price monitoring"),
    P("pl_sj", "【消费提示】购买冬虫夏草、藏红花等高价值商品，请认准正规商户，索要发票。如遇以次充好、缺斤短两，请拨打12315投诉举报。",
      hn=HN, note="consumer warning mentioning products"),
    P("xz_wl", "西藏冬游“门票免费”政策延续：今年12月1日至明年3月15日，全区A级景区门票对游客免费，部分景区实行预约制，请通过景区官方渠道预约。",
      hn=HN, note="government free-ticket scheme"),
    P("rkz_zf", """日喀则市发放冬季文旅消费券

日喀则市将于12月1日起分三批发放冬季文旅消费券，总额500万元，可在全市参与活动的景区、酒店、餐饮门店使用。消费券通过“日喀则发布”政务小程序领取，不收取任何费用。""",
      hn=HN, note="government consumption vouchers (official channel)"),
    P("al_xs", "阿里地区冬季保供：地区商务局已储备冬春季蔬菜1500吨、肉类800吨，各县平价商店冬季蔬菜价格实行限价，请群众放心选购。",
      hn=HN, note="official supply notice with prices"),
    P("cd_nw", "昌都市2026年农机购置与应用补贴资金公示：共补贴机具1326台，涉及农牧户982户，详细名单请见附件。如有异议，请于公示期内反映。",
      hn=HN, note="official subsidy list"),
    P("xz_yj", "提醒：燃气报警器请到正规商店购买，认准国家3C认证标志。近期有人冒充“燃气公司”上门推销报警器，请勿上当。",
      hn=HN, note="warning against door-to-door sales"),
    P("nq_rs", """那曲市2026年冬季专场招聘会

12月6日，那曲市冬季专场招聘会将在市人力资源市场举行，30余家用人单位提供岗位500余个，涉及餐饮、物流、建筑等行业。招聘会免费入场，求职者请携带身份证和简历。""",
      hn=HN, note="official job fair"),
    P("lz_wl", "林芝的苹果、核桃、松茸都是大自然的馈赠。想买当地特产，请到正规农贸市场或持证商户，不要轻信路边无证摊贩，保留好购物凭证。",
      hn=HN, note="local products without selling"),
    P("sn_zf", "山南市政府采购意向公开：市应急管理局拟采购应急物资一批，预算金额120万元，预计采购时间2026年12月。详见中国政府采购网西藏分网。",
      hn=HN, note="public procurement notice"),
    P("xz_wj", "【辟谣】网传“某藏药可以根治高原病”系虚假宣传。药品广告须经审批，请群众在医生指导下用药，发现违法广告请向市场监管部门举报。",
      hn=HN, note="warning against false medicine ads"),
    P("ls_xw", "拉萨市“冬游拉萨”惠民活动：冬季期间市内公交实行半价，部分景区门票减免，星级酒店执行冬季优惠价。具体名单请见拉萨市文旅局官网。",
      hn=HN, note="official tourism incentive"),
    P("ls_ga", "警惕“低价旅游团”！近期有游客报案称参加“99元游拉萨”被强制购物。请通过正规旅行社报名，签订合同，遇到强制购物请拨打12345。",
      hn=HN, note="anti-fraud warning with prices"),
]
