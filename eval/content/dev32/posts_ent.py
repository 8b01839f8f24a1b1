"""Twenty-eighth held-out part: over-entertainment and off-topic content (entertainment) and hard negatives imitating
it. Entertainers and people other than state leaders are invented."""
from _lib import P

E = "entertainment"

POSTS = [
    # celebrity and show gossip
    P("xn_xw", """吃瓜！顶流小生林予川和女演员苏瑾被拍到同框，有网友在西宁曾家寨偶遇两人一起吃炕锅羊肉，你们觉得般配吗？""", E,
      spans=[(E, "顶流小生林予川和女演员苏瑾被拍到同框")], note="celebrity romance gossip"),
    P("qh_wl_wb", """#综艺# 《奔跑吧少年》最新一期嘉宾排名出炉，周屿白又双叒叕垫底了，乐得我直拍大腿哈哈哈哈""", E,
      spans=[(E, "周屿白又双叒叕垫底了")], note="variety-show chatter"),
    P("hd_zf", """歌手阿朗新专辑今天上线，据说有一首歌写的是河湟谷地，小编单曲循环了一下午，粉丝们赶紧去音乐平台给他刷播放量！""", E,
      spans=[(E, "粉丝们赶紧去音乐平台给他刷播放量")], note="urging fans to push a singer's plays"),
    P("gem_wl", """演员顾念北私服机场照曝光，网友：这身冲锋衣是在格尔木买的吧？哈哈哈评论区说说你最爱的男明星～""", E,
      spans=[(E, "评论区说说你最爱的男明星")], note="celebrity chatter"),
    P("xn_xw_dy", """选秀节目《星光少年团》总决赛投票倒计时！我们西宁的小伙子马骁排名第七，大家快去帮他投票冲进前五！""", E,
      spans=[(E, "大家快去帮他投票冲进前五")], note="asking followers to vote in a talent show"),

    # jokes, horoscopes, quizzes
    P("qh_ga", """【周五段子】某同学问：为什么青海的羊都这么淡定？答：因为它们每天都在“高原反思”。哈哈哈，冷不冷？""", E,
      spans=[(E, "为什么青海的羊都这么淡定")], note="joke"),
    P("dlh_qx", """下周星座运势来啦！白羊座桃花运爆棚，摩羯座要注意破财，天蝎座宜多喝热水～你是什么星座？""", E,
      spans=[(E, "白羊座桃花运爆棚")], note="horoscope in a weather account"),
    P("hnz_yj", """心理测试：如果你在草原上迷路了，你会先找A帐篷 B马匹 C水源 D信号？选好后翻到文末揭晓你是哪种性格的人！""", E,
      spans=[(E, "选好后翻到文末揭晓你是哪种性格的人")], note="personality quiz"),
    P("xn_jy", """今日冷笑话：数学老师的孩子叫什么？答：小数点。哈哈哈哈老师们都笑了吗？""", E,
      spans=[(E, "数学老师的孩子叫什么")], note="joke"),
    P("qh_st", """测一测：你是青海湖里的哪种鱼？回复1～4获取答案，测完记得晒结果哦！""", E,
      spans=[(E, "你是青海湖里的哪种鱼")], note="quiz"),
    P("gem_wl_wb", """今日份塔罗占卜：抽到“星星”牌的朋友，本周会有意外之财！快来评论区抽一张～""", E,
      spans=[(E, "今日份塔罗占卜")], note="tarot fortune-telling"),

    # 卖萌 / 卖惨
    P("qh_ga_dy", """警察蜀黍今天值班好冷呀，手都冻成胡萝卜了，呜呜呜，宝宝们能给我点个赞暖暖吗🥺""", E,
      spans=[(E, "手都冻成胡萝卜了，呜呜呜")], note="卖惨 and begging for likes"),
    P("hb_wl", """小编加班到凌晨三点，头发都快掉光了，没有功劳也有苦劳吧，求求大家给个三连～""", E,
      spans=[(E, "头发都快掉光了")], note="卖惨 and begging for engagement"),
    P("hx_ga", """海西警花今天又被领导批评了，心情down到谷底，需要你们的抱抱才能好起来(｡•́︿•̀｡)""", E,
      spans=[(E, "需要你们的抱抱才能好起来")], note="卖萌 in a police account"),
    P("xn_ga", """西宁公安的小可爱们，人家今天萌萌哒值班中，你们想看警犬“元宝”跳舞吗？点赞过万就安排！""", E,
      spans=[(E, "点赞过万就安排")], note="卖萌 and like threshold"),
    P("ys_wj", """心碎了一地，小编熬夜写的推文阅读量才几十，是我写得不好吗？你们不爱我了吗？""", E,
      spans=[(E, "你们不爱我了吗")], note="卖惨 about read counts"),

    # begging for follows, likes; follower lotteries
    P("qh_wl", """关注@青海文旅 并转发本条视频，抽10位幸运粉丝送iPhone 17！截止11月28日，开奖见评论区。""", E,
      spans=[(E, "抽10位幸运粉丝送iPhone 17")], note="follower lottery"),
    P("xn_xw", """粉丝破百万倒计时！还差2万，快叫上你的亲朋好友来关注西宁发布吧！破百万抽奖送大礼！""", E,
      spans=[(E, "快叫上你的亲朋好友来关注西宁发布吧")], note="begging for follows with lottery"),
    P("jz_sj", """新号报到！尖扎县市场监管局公众号上线啦，拜托大家动动手指点关注、点在看，你们的支持就是小编最大的动力～""", E,
      spans=[(E, "拜托大家动动手指点关注")], note="begging for follows"),
    P("gl_rs", """转发本文到朋友圈集满30个赞，截图发后台，即可参与抽奖，奖品为果洛特产牦牛肉干一袋！""", E,
      spans=[(E, "转发本文到朋友圈集满30个赞")], note="likes-collecting lottery"),
    P("hnn_wl", """评论区留言你最想去的黄南景点，点赞最高的前5位送热贡唐卡书签，快来盖楼吧！""", E,
      spans=[(E, "点赞最高的前5位送热贡唐卡书签")], note="comment-and-like lottery"),
    P("hd_nw", """双击屏幕666！喜欢海东农业农村的宝子们点点关注不迷路，下期更精彩！""", E,
      spans=[(E, "点点关注不迷路")], note="begging for follows"),

    # forced likes and reposts by staff
    P("hz_yj", """【通知】请局属各单位全体干部职工于今日18:00前为本公众号最新推文点赞、点在看并转发朋友圈，各股室负责人截图汇总后报办公室，逾期未完成的单位年终评比扣分。""", E,
      spans=[(E, "逾期未完成的单位年终评比扣分")], note="forced likes/reposts by staff"),
    P("my_wj", """各卫生院、村卫生室：请组织本单位全体人员关注“健康门源”公众号并转发本周三篇推文，12月1日前将截图报卫健局，完成情况与绩效奖金挂钩。""", E,
      spans=[(E, "完成情况与绩效奖金挂钩")], note="forced follows/reposts tied to bonuses"),
    P("hnz_yj", """请各县应急管理局督促干部职工为我局视频号作品点赞评论，每人不少于5条评论，完成情况每日通报排名。""", E,
      spans=[(E, "每人不少于5条评论")], note="forced comments by staff"),
    P("xn_jy", """温馨提醒各学校：请动员全体教师和家长为“西宁教育”参评作品投票，每人每天可投3票，投票情况将作为评优参考。""", E,
      spans=[(E, "投票情况将作为评优参考")], note="forced voting by teachers and parents"),

    # formal notices drowned in slang
    P("qh_sj", """省市场监管局新规来了！冬季燃气具抽检结果直接拉满，不合格的统统下架，这波操作稳稳的，老铁们赶紧安排上！""", E,
      spans=[(E, "老铁们赶紧安排上")], note="formal notice drowned in slang"),
    P("hd_zf", """海东市政府常务会议开完啦！会议精神简单说就是：搞钱、搞项目、搞民生，冲冲冲！丧气的日子翻篇啦～""", E,
      spans=[(E, "丧气的日子翻篇啦")], note="government meeting described in slang"),
    P("gl_rs", """果洛人社提醒：养老保险缴费ddl快到了！不交的话后果你懂的，别等到退休才拍大腿后悔，到时候哭都来不及～""", E,
      spans=[(E, "别等到退休才拍大腿后悔")], note="formal reminder drowned in slang"),
    P("qh_wj", """【重磅】健康青海官宣：冬季流感来袭，这波属于是王炸了！咱就是说，打疫苗这事儿，冲就完事儿了，把流感按在地上摩擦！""", E,
      spans=[(E, "把流感按在地上摩擦")], note="health notice drowned in slang"),

    # off-topic content
    P("hx_ga_dy", """今天分享一道家常菜：青椒炒土豆丝，先把土豆切丝泡水，热锅凉油，大火快炒，出锅前放点醋，巨好吃！""", E,
      spans=[(E, "今天分享一道家常菜")], note="off-topic recipe in a police account"),
    P("gem_wl", """我家猫主子今天又拆家了，沙发被抓得稀烂，你们家的猫也这样吗？晒出你的猫！""", E,
      spans=[(E, "晒出你的猫")], note="pet chatter"),
    P("qh_nw", """今晚世界杯预选赛，你们支持哪个队？小编赌一包辣条，中国队必胜！""", E,
      spans=[(E, "小编赌一包辣条")], note="sports betting chatter"),
    P("xn_xw_dy", """来跟小编一起跳这段“科目三”！手部动作要甩起来，今天跳不会不许睡觉哈哈哈""", E,
      spans=[(E, "跳这段“科目三”")], note="dance trend video"),
    P("qh_ga", """今天是小编的生日，祝我自己生日快乐！你们会给我送什么礼物呀？评论区告诉我～""", E,
      spans=[(E, "祝我自己生日快乐")], note="personal post in a police account"),

    # hard negatives (lively but legitimate)
    P("qh_ga", """【反诈】“我是秦始皇，打钱”的段子笑笑就好，现实中冒充“领导”“熟人”借钱的，一律先打电话核实！""", hn=E,
      note="anti-fraud post using a meme"),
    P("dlh_qx", """今日小雪节气。小雪时节，气温下降，德令哈夜间最低-15℃，请注意添衣保暖，出行注意路面结冰。""", hn=E,
      note="solar-term greeting with weather"),
    P("xn_xw", """为坚守岗位的环卫工人点赞！凌晨4点，他们已在雪中清扫西宁主干道，让市民安全出行。""", hn=E,
      note="praise (为…点赞)"),
    P("hz_yj", """小编提醒：天冷了，煤炉取暖一定要装烟囱、勤通风！一氧化碳无色无味，千万不能大意。""", hn=E,
      note="小编提醒 safety tip"),
    P("qh_wl", """冬游青海，这里有雪山、冰湖、雾凇和温暖的土火锅。青海冬季旅游线路已发布，欢迎来大美青海！""", hn=E,
      note="official promotion of scenery and food"),
    P("xn_ga", """西宁市小客车号牌摇号结果公布，本期共配置号牌3000个，中签者请于30日内办理。""", hn=E,
      note="official lottery (摇号)"),
    P("hb_wl", """海北州举办第十届冬季牦牛文化节，赛牦牛、摔跤、射箭等民俗活动精彩纷呈。""", hn=E,
      note="official cultural event"),
    P("xn_jy", """寒假将至，教育局提醒各位家长：多陪孩子读书、运动，少刷短视频，让孩子度过一个健康快乐的假期。""", hn=E,
      note="legit parenting reminder"),
    P("ys_wj", """温馨提示：高原冬季早晚温差大，心脑血管疾病患者早晨起床要“慢”，先坐起30秒再下床。""", hn=E,
      note="温馨提示 health tip"),
    P("gem_wl_wb", """格尔木市全民健身冬季长跑比赛报名开始，设5公里和10公里两个组别，欢迎市民参加。""", hn=E,
      note="official sports event"),
    P("qh_ga_dy", """警犬“雷霆”退役啦！服役8年，参与搜救任务120余次。感谢你，老伙计！#致敬警犬#""", hn=E,
      note="police dog retirement (work-related)"),
    P("hnz_yj", """应急科普：雪崩来了怎么办？不要往山下跑，要向两侧跑；被埋时双手护住口鼻，留出呼吸空间。""", hn=E,
      note="safety explainer in plain language"),
    P("xn_xw_dy", """西宁冬日第一场雪，北山寺、湟水河畔银装素裹，市民纷纷出门赏雪。""", hn=E,
      note="city scenery post"),
]
