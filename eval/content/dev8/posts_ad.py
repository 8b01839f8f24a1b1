"""dev8: commercial advertising on government accounts (class ad) and hard negatives (enforcement cases and
public programmes that quote or look like ads)."""
from _lib import P

A = "ad"

POSTS = [
    P("qd_nw", """【冬储大白菜上市】胶州大白菜迎来收获季，今年亩产比去年提高一成。

想吃正宗胶州白菜的朋友，打开Dou音搜索“胶北菜园子”，直播间每晚7点半开播，10斤一箱运费全免！""",
      A, [(A, "打开Dou音搜索“胶北菜园子”", None), (A, "10斤一箱运费全免", None)], note="sends readers to a named seller's livestream"),
    P("yt_wj", """冬季手脚冰凉？可能是这些原因

1. 末梢循环差；2. 贫血；3. 甲状腺功能减退……建议及时就医明确病因。

小编最近入手的“暖芯”石墨烯护膝真心好用，同事们都在抢，复制€Tg7Rw2Mx5Kq€打开tao宝即可拿到内部价。""",
      A, [(A, "“暖芯”石墨烯护膝", None), (A, "复制€Tg7Rw2Mx5Kq€打开tao宝", None)], note="disguised product recommendation with a disguised Taobao token"),
    P("jn_wl", """泉水人家的冬天有多美？跟着镜头走进曲水亭街～☕ 视频里的围炉煮茶小院叫“泉畔茶舍”，现在团购双人围炉套餐只需98，点左下角小房子图标就能抢！""",
      A, [(A, "团购双人围炉套餐只需98", None), (A, "点左下角小房子图标就能抢", None)], note="Douyin group-buy of one named teahouse"),
    P("ly_sc", """临沂市场监管提醒：选购羽绒服看这几点

1. 看标签：含绒量不低于50%才能叫羽绒服；2. 看充绒量；3. 拍打检查是否钻绒。

本期合作商家：临沂“北纬羽绒”工厂店，凭本推文到店满500元立减80元，地址：兰山区批发城四区3号。""",
      A, [(A, "本期合作商家：临沂“北纬羽绒”工厂店", None), (A, "凭本推文到店满500元立减80元", None)], note="a consumer tip turned into a shop promotion"),
    P("ta_yj", """【家庭应急包怎么备？】手电筒、口哨、急救药品、饮用水、保暖毯……家中常备不慌张。

我们精选的十二件套家庭应急包，薇芯：tayj_anquan09，备注“泰安应急”享团购价128元一套。""",
      A, [(A, "薇芯：tayj_anquan09", None), (A, "备注“泰安应急”享团购价128元一套", None)], note="private-traffic WeChat id and a group price"),
    P("lc_wj", """【冬季进补，别盲目】进补要因人而异，慢性病患者要遵医嘱。

“东昌堂”阿胶红枣膏，三盒装原价399，今天下单只要199，还送定制礼袋，点击文末小程序即可购买。""",
      A, [(A, "三盒装原价399，今天下单只要199", None), (A, "点击文末小程序即可购买", None)], note="sells a tonic via a mini-program"),
    P("zb_jy", """寒假将至，孩子的时间怎么安排？

淄博市教育局提醒：合理安排作息，每天户外活动不少于2小时。

另：淄博“博思优学”寒假思维营火热报名中，扣扣：2710459836，老生续报立享75折。""",
      A, [(A, "淄博“博思优学”寒假思维营火热报名中", None), (A, "扣扣：2710459836", None), (A, "老生续报立享75折", None)],
      note="an education bureau advertising an off-campus training course"),
    P("mm_ga", """冬天骑电动车一定要戴头盔！茂名交警提醒大家安全出行～视频里民警戴的这款保暖头盔，右下角小蓝袋里就有，今天拍立减30！""",
      A, [(A, "右下角小蓝袋里就有，今天拍立减30", None)], note="police video with a shopping bag link"),
    P("fs_wl", """顺德双皮奶、伦教糕、均安蒸猪……佛山的冬天是吃出来的！今晚8点，佛山文旅联合“大良老字号”开启直播，1号链接姜撞奶礼盒9.9元秒，先到先得哦～""",
      A, [(A, "1号链接姜撞奶礼盒9.9元秒", None)], note="selling livestream with a named brand"),
    P("sz_wl", """【深圳周末好去处】大鹏所城古韵悠长，较场尾海滩风光正好。推荐入住“海屿时光”民宿，海景大床房周末只要388元/晚，预订请戳 https://m.dianping.com/shop/Hq5Xt8Pk 。""",
      A, [(A, "海景大床房周末只要388元/晚", None), (A, "https://m.dianping.com/shop/Hq5Xt8Pk", None)], note="promotes a named homestay with a booking link"),
    P("zh_jy", """家长们，寒假“护眼”要做好！

长时间看屏幕容易导致近视加深，建议每用眼20分钟远眺20秒。

本号联合“瞳安视光”推出学生护眼套餐：扫码添加视光顾问领取免费验光券，角膜塑形镜首副直降1500元。""",
      A, [(A, "本号联合“瞳安视光”推出学生护眼套餐", None), (A, "角膜塑形镜首副直降1500元", None)], note="co-branded optical shop promotion"),
    P("gd_ty", """【冬季跑步注意事项】热身要充分，衣物要分层，补水要及时。

我省运动员同款跑鞋已上架“岭南体育”京东自营店，https://item.jd.com/100097734120.html ，双十二前下单再减50。""",
      A, [(A, "https://item.jd.com/100097734120.html", None), (A, "双十二前下单再减50", None)], note="shop link in a sports bureau post"),
    P("jm_wj", """江门卫健提醒：流感高发季，65岁以上老人建议尽早接种流感疫苗。

“侨康”体检中心冬季特惠：中老年全面体检套餐898元，两人同行第二人半价，预约电话0750-3688xxx。""",
      A, [(A, "中老年全面体检套餐898元，两人同行第二人半价", None)], note="private health-check centre discount"),
    P("zj_sc", """湛江生蚝正当季！

市市场监管局提醒：购买水产品请认准正规市场，保留票据。

“蚝情万丈”海鲜档口推出团购：20只装生蚝到手69元，顺丰冷链直达，下单加wechat：zjhaoqing_77。""",
      A, [(A, "20只装生蚝到手69元", None), (A, "下单加wechat：zjhaoqing_77", None)], note="seller's group-buy and WeChat id"),
    P("sg_wl", """丹霞山的冬日日出，你见过吗？🌄 想住在山脚下看日出的朋友，可以看看“丹霞云栖”酒店，抖音团购含双早只要299，锁定视频下方POI标签下单～""",
      A, [(A, "抖音团购含双早只要299", None), (A, "锁定视频下方POI标签下单", None)], note="hotel group-buy via location tag"),
    P("hz_sc", """【罗浮山下好物】惠州梅干菜、罗浮山百草油都是惠州人的心头好。年货节期间，扫描海报上的二维码进入“惠购优选”社群，每晚8点整点抢购，群内价低至五折。""",
      A, [(A, "扫描海报上的二维码进入“惠购优选”社群", None), (A, "每晚8点整点抢购，群内价低至五折", None)], note="QR code into a private selling group"),
    P("gd_jr", """【关爱退役军人】广东某知名家电品牌向退役军人推出专属福利：凭退役军人优待证购买空调、冰箱，可在国补基础上再享9折，详情咨询品牌客服热线400-860-xxxx。""",
      A, [(A, "凭退役军人优待证购买空调、冰箱，可在国补基础上再享9折", None)], note="promotes one brand's discount"),
    P("wf_wl", """潍坊风筝，飞向世界！🪁 想带一只回家？“鸢都老张”手工沙燕风筝直播间今晚7点开播，拍二号链接送放飞线轴，数量有限先到先得！""",
      A, [(A, "“鸢都老张”手工沙燕风筝直播间今晚7点开播", None), (A, "拍二号链接送放飞线轴", None)], note="livestream selling of a named shop"),
    P("jn_wl_wb", """【冬游泉城】#济南冬季旅游# 趵突泉冬日“云蒸雾润”美景等你来看！推荐“泉城礼物”文创店同款趵突泉冰箱贴，拼多多搜店名下单 https://mobile.yangkeduo.com/goods2.html?goods_id=593011284736""",
      A, [(A, "拼多多搜店名下单", None), (A, "https://mobile.yangkeduo.com/goods2.html?goods_id=593011284736", None)], note="Pinduoduo link for a named shop"),
    P("yt_wj", """【通知】烟台市2026年适龄妇女“两癌”免费筛查工作进入收尾阶段，尚未筛查的请尽快到居住地社区卫生服务中心预约。

友情推荐：“佳怡”医美冬季焕肤节，水光针首次体验价399，长按识别下方企业微信预约。""",
      A, [(A, "水光针首次体验价399", None), (A, "长按识别下方企业微信预约", None)], note="medical-aesthetics ad appended to a public notice"),
    P("jnn_jy", """【家长必读】如何帮助孩子平稳度过期末？

1. 规律作息；2. 营养均衡；3. 适度运动；4. 多倾听少比较。

推荐一款很多老师都在用的“学伴”AI学习机，双12活动期间立省600元，点击阅读原文进入官方旗舰店。""",
      A, [(A, "“学伴”AI学习机，双12活动期间立省600元", None), (A, "点击阅读原文进入官方旗舰店", None)], note="product recommendation with a store link"),
    P("dy_sc", """【东营黄河口大闸蟹进入尾季】想吃的抓紧了～“河口蟹太太”粉丝群每周二、五接龙，公蟹4两装8只158元，加群请私信小编。""",
      A, [(A, "公蟹4两装8只158元", None), (A, "加群请私信小编", None)], note="group-chain selling via private messages"),
    P("zs_jt", """中山市青少年游泳培训季开始了！

“海豚湾”游泳馆寒假游泳班，10节课仅售680元，报名即送泳镜泳帽，Q群：613842077。""",
      A, [(A, "10节课仅售680元", None), (A, "Q群：613842077", None)], note="commercial swimming course with a QQ group"),
    P("zq_ga", """【反诈提醒】冬天到了，大家注意防范“低价羽绒服”诈骗！另外给大家安利一下我们所里辅警小哥开的土特产店，肇庆裹蒸粽一斤装25元，在小绿书搜“端州裹蒸阿明”就能找到～""",
      A, [(A, "肇庆裹蒸粽一斤装25元", None), (A, "在小绿书搜“端州裹蒸阿明”", None)], note="police account promoting a staff member's shop"),
    P("ly_sc_wb", """【冬季取暖注意安全】使用电暖器不要覆盖衣物。推荐“暖阳”牌油汀取暖器，京享价289，https://u.jd.com/Pq3Xz8v 点链接领券再减20。""",
      A, [(A, "https://u.jd.com/Pq3Xz8v", None), (A, "京享价289", None)], note="product link in a safety tip"),
    P("wh_jy", """威海市中小学寒假安全提示

……（略）

温馨提示：威海“启帆”研学推出寒假海洋研学营，5天4晚2980元，早鸟报名立减300，报名通道：https://wxaurl.cn/Vt4Kp9Qm7s""",
      A, [(A, "5天4晚2980元，早鸟报名立减300", None), (A, "https://wxaurl.cn/Vt4Kp9Qm7s", None)], note="commercial study tour in a bureau notice"),
    P("sd_ty", """【冰雪运动季】#山东冬季全民健身# 滑雪季来啦！“泰山之巅”滑雪场雪票限时129元畅滑，携程搜“泰山之巅滑雪”下单，学生凭证再减20元。""",
      A, [(A, "雪票限时129元畅滑", None), (A, "携程搜“泰山之巅滑雪”下单", None)], note="ticket promotion of one ski resort"),
    P("mm_ga_wb", """【警营开放日】感谢“粤西车管家”汽修连锁对本次活动的大力支持！凭本条微博截图到店保养立减100元，全市12家门店通用。""",
      A, [(A, "凭本条微博截图到店保养立减100元", None), (A, "感谢“粤西车管家”汽修连锁对本次活动的大力支持", None)], note="sponsor promotion with a discount"),
    P("qd_nw", """【崂山茶 冬藏香】崂山绿茶以“豆香浓郁”著称。“巨峰茶园”崂山茶礼盒250克装现价168元，长按复制¥Lm9Qd4Ws2Tp¥，打开淘宝即可领取30元券。""",
      A, [(A, "长按复制¥Lm9Qd4Ws2Tp¥", None), (A, "现价168元", None)], note="Taobao token for a named tea garden"),
    P("lc_wj", """【招募】聊城“康养云”健康管理师火热招募中！在家就能做，一部手机月入8000+，宝妈、退休人员均可，零基础带教，详询徽信：lcky_6606。""",
      A, [(A, "一部手机月入8000+", None), (A, "徽信：lcky_6606", None)], note="agent/distributor recruiting"),
    P("zj_sc", """【湛江菠萝熟了】徐闻菠萝“菠萝的海”开采啦🍍 果园直发，8斤装59.9元，点击https://k.youzan.com/Gt8Ws3Lq 下单，满两箱再减10元。""",
      A, [(A, "8斤装59.9元", None), (A, "https://k.youzan.com/Gt8Ws3Lq", None)], note="Youzan shop link"),
    P("sg_wl", """乳源瑶绣、南雄板鸭、仁化白毛茶……韶关好物太多啦！评论区敲“韶关好物”，客服小姐姐把专属优惠链接私发给你～""",
      A, [(A, "评论区敲“韶关好物”，客服小姐姐把专属优惠链接私发给你", None)], note="comment-keyword link distribution"),
    P("hz_sc", """【双12购物节】惠州“金凤凰”珠宝周年庆：黄金每克优惠60元，满1万元送足金转运珠，仅限12月12日当天！""",
      A, [(A, "黄金每克优惠60元，满1万元送足金转运珠", None)], note="a regulator's account promoting one jeweller"),
    P("fs_wl", """佛山南海“桂城夜市”开市啦！推荐一家必吃的“阿强猪脚姜”，报“佛山文旅”暗号送糖水一碗，人均不到30～""",
      A, [(A, "报“佛山文旅”暗号送糖水一碗", None)], note="one eatery promoted with a code word"),
    P("zh_jy", """【珠海教育 · 资讯】

寒假英语提升怎么选？“新思维国际英语”珠海校区寒假班开放报名，外教小班课，前30名报名享免费试听+教材礼包，报名热线0756-2233xxx。""",
      A, [(A, "前30名报名享免费试听+教材礼包", None), (A, "“新思维国际英语”珠海校区寒假班开放报名", None)], note="training-school ad"),
    P("gd_jr", """【退役军人创业项目推介】“兵哥哥烧烤”加盟项目正在招募合伙人：总部统一配送，加盟费仅需2.98万，退役军人再减5000元，加盟咨询：+🌏 bgg_jiameng。""",
      A, [(A, "加盟费仅需2.98万，退役军人再减5000元", None), (A, "+🌏 bgg_jiameng", None)], note="franchise recruiting with a disguised WeChat id"),

    # hard negatives
    P("ly_sc", """临沂市市场监管局公布一批虚假广告典型案例

案例一：某商贸公司在直播间宣称其销售的羽绒服“含绒量95%”“全网最低价”，经抽检含绒量仅为62%。执法人员依据《中华人民共和国广告法》对其罚款3万元。

案例二：某养生馆通过微信群发布“包治颈椎病”“一次见效”等宣传，被责令停止发布并罚款2万元。""",
      hn=A, note="enforcement cases quoting the ads' wording"),
    P("hz_sc", """【警惕“低价团购”陷阱】近期有不法商家以“9.9元抢购品牌羽绒服”为名，诱导消费者添加微信、进群付款后拉黑。惠州市场监管提醒：网购请选择正规平台，遇到纠纷拨打12315。""",
      hn=A, note="consumer warning quoting a scam's ad"),
    P("jn_wl", """济南冬季文旅消费券第三批今天10点开抢！共发放500万元，可在全市120余家A级景区、星级酒店使用，满200减50。领取方式：“泉城文旅”官方小程序。""",
      hn=A, note="government consumption vouchers, not a commercial ad"),
    P("zj_sc", """【以旧换新政策解读】2026年湛江家电以旧换新补贴继续实施：购买一级能效家电按售价15%补贴，单件最高2000元。消费者可在参与活动的门店购买时直接享受立减，名单见市商务局官网。""",
      hn=A, note="public subsidy programme; no shop promoted"),
    P("qd_nw", """【青岛农产品区域公用品牌推介】崂山茶、胶州大白菜、平度马家沟芹菜、莱西大花生……青岛“地理标志”农产品家族再添新成员。""",
      hn=A, note="official promotion of regional brands, no seller or price"),
    P("zq_ga", """【反诈】骗子常用话术曝光：“扫码加群领取免费鸡蛋”“直播间下单返现”“刷单日入300”。看到这些，立即远离！有疑问请拨打96110。""",
      hn=A, note="anti-fraud post quoting scam ad phrases"),
    P("sd_ty", """【山东省体育消费券发放】省体育局联合银联发放1000万元体育消费券，可用于全省3000余家体育场馆、健身房，满100减30。""",
      hn=A, note="government sports vouchers"),
    P("yt_wj", """【扫码关注】扫描下方二维码，关注“健康烟台”公众号，可在线预约挂号、查询检查报告。""",
      hn=A, note="QR code for the account's own public service"),
    P("dy_sc", """【召回】某品牌电热毯因温控器存在故障可能引发火灾，生产企业将召回2025年1月至2026年3月生产的该型号产品1.2万件，消费者可联系企业免费更换。""",
      hn=A, note="product recall notice names a product but advertises nothing"),
    P("wf_wl", """潍坊杨家埠年画，入选国家级非遗！木版年画制作技艺体验课在杨家埠民间艺术大观园免费开放，提前在官方公众号预约即可参加。""",
      hn=A, note="free public heritage activity"),
    P("zs_jt", """中山市全民健身场馆冬季免费开放时段公布

全市42所学校体育场地将于寒假期间向社会免费开放，市民可通过“中山体育”小程序预约，每人每次限约2小时。""",
      hn=A, note="free public service booked via an official mini-program"),
    P("jm_wj", """【江门惠民保2027年度参保开始】由市医保局、市卫健局指导的“江门惠民保”开始参保，每人每年69元，可与基本医保衔接报销。参保渠道：粤省事、江门医保公众号。""",
      hn=A, note="a government-guided supplementary health insurance scheme, not a private ad (borderline: price named, but a public programme)"),
    P("lc_wj", """【义诊通知】11月22日上午，聊城市人民医院专家团队将在东昌府区古楼街道社区卫生服务中心开展免费义诊，提供血压、血糖测量等服务。""",
      hn=A, note="free clinic, not an ad"),
    P("mm_ga_wb", """【案件通报】茂名警方破获一起网络直播虚假宣传案，涉案主播以“警方推荐”“公安专供”为噱头销售劣质行车记录仪，涉案金额80余万元。警方提醒：公安机关从未授权任何商家使用警方名义宣传产品。""",
      hn=A, note="enforcement case quoting ad claims"),
]
