"""Thirty-first held-out part: entertainment and off-topic content on government accounts (celebrity gossip,
jokes, horoscopes and quizzes, 卖萌/卖惨, begging for follows, follower lotteries, forced likes by staff, formal
notices drowned in slang) and lively but legitimate posts built to look like it. Entertainers are invented."""
from _lib import P

EN = "entertainment"
HN = "entertainment"

POSTS = [
    P("yc_xw", "【热议】有网友在沙湖拍到顶流歌手顾星遥和一位神秘女生并肩看日落！两人到底是什么关系？"
      "评论区大胆猜～",
      cls=EN, spans=[(EN, "顶流歌手顾星遥和一位神秘女生并肩看日落")], note="celebrity gossip"),
    P("nx_wl", "今日份快乐：小编在沙坡头滑沙，结果一头栽进沙堆，吃了满嘴沙子🤣 同事笑了一下午，"
      "你们说我是不是史上最惨小编？",
      cls=EN, spans=[(EN, "你们说我是不是史上最惨小编")], note="卖惨/personal clowning"),
    P("wz_ga", "【周末星运】白羊座财运爆棚，金牛座小心桃花劫，双子座宜主动出击～"
      "转发这条微博，好运连连！",
      cls=EN, spans=[(EN, "金牛座小心桃花劫")], note="horoscope"),
    P("nx_jy", """心理测试：你是哪种性格的老师？

请在下面四种颜色中选一个你最喜欢的：A.红色 B.蓝色 C.绿色 D.紫色。选好了吗？答案在文末揭晓，测完记得分享到朋友圈，看看你的同事选了什么！""",
      cls=EN, spans=[(EN, "测完记得分享到朋友圈，看看你的同事选了什么")], note="personality quiz"),
    P("yc_ga", "呜哇～今天是我们警犬“黑豆”的生日，它说想要100万个赞当生日礼物🐶 各位哥哥姐姐不给赞它就不吃饭哦～",
      cls=EN, spans=[(EN, "不给赞它就不吃饭哦")], note="卖萌 begging for likes"),
    P("szs_wl", "粉丝破20万就抽奖！关注+转发+评论，抽3位粉丝送星海湖周边玩偶，还差2000个粉丝，"
      "快喊你的朋友来关注我们！",
      cls=EN, spans=[(EN, "还差2000个粉丝，快喊你的朋友来关注我们")], note="follower lottery and begging"),
    P("xx_zf", """关于转发区政府推文的通知

各社区、各部门：请于今天18:00前组织全体工作人员对本号今日推文进行点赞、在看和转发，并将截图发送至工作群，区政府办将通报未完成的单位。""",
      cls=EN, spans=[(EN, "组织全体工作人员对本号今日推文进行点赞、在看和转发")], note="forced likes by staff"),
    P("gy_wl", "宝子们！六盘山初雪美到离谱，氛围感拉满！这波冬季景区开放时间调整直接拿捏，"
      "速速安排起来，谁去谁知道～",
      cls=EN, spans=[(EN, "这波冬季景区开放时间调整直接拿捏")], note="notice drowned in slang"),
    P("nx_ga_dy", "今天给大家表演一个绝活：警察叔叔一秒变装！点赞过万就穿熊猫服上岗🐼 说到做到！",
      cls=EN, spans=[(EN, "点赞过万就穿熊猫服上岗")], note="stunt for likes"),
    P("wz_zf", """周末电视剧推荐

最近大火的古装剧《沙海长歌》大结局了，男主林屿川的演技太好了！小编已经哭成泪人，你们看了吗？剧中有几场戏在宁夏取景，快去二刷吧！""",
      cls=EN, spans=[(EN, "小编已经哭成泪人，你们看了吗")], note="TV drama fandom"),
    P("zw_qx", "今天天气太冷了，小编不想上班，只想窝在被窝里刷剧😪 有没有和我一样的？举个手让我看看～",
      cls=EN, spans=[(EN, "小编不想上班，只想窝在被窝里刷剧")], note="personal emotions"),
    P("yc_sj", """冷笑话时间

问：银川的羊为什么不怕冷？
答：因为它们都穿着“羊”绒衫！
哈哈哈，今天的冷笑话你打几分？评论区接龙，看谁的笑话更冷！""",
      cls=EN, spans=[(EN, "今天的冷笑话你打几分")], note="jokes"),
    P("pl_wj", "医生也追星！我们科室的护士小姐姐都在为选秀节目《追光少年团》里的平罗小伙投票，"
      "大家也帮忙投一票吧，投票链接在评论区！",
      cls=EN, spans=[(EN, "都在为选秀节目《追光少年团》里的平罗小伙投票")], note="talent show voting"),
    P("wz_ga_dy", "刷到这条视频的人，明年一定暴富！不信你点个赞试试😎 #好运 #暴富",
      cls=EN, spans=[(EN, "刷到这条视频的人，明年一定暴富")], note="chain-luck bait"),
    P("nx_wl_wb", "【投票】宁夏最好吃的美食是什么？A.手抓羊肉 B.羊杂碎 C.蒿子面 D.烩小吃 投票最多的选项，"
      "小编下周就吃十顿！哈哈哈，说到做到～",
      cls=EN, spans=[(EN, "小编下周就吃十顿")], note="frivolous poll"),
    P("gy_jy", """今日份摸鱼

小编今天午休偷看综艺笑出了声，被领导逮个正着😅 你们工作时开小差被抓过吗？留言说说你的“社死”经历！""",
      cls=EN, spans=[(EN, "你们工作时开小差被抓过吗")], note="personal off-topic"),
    P("jy_zf", """县政府办关于开展“我为家乡点赞”活动的通知

请各乡镇、各部门全体干部职工在本周内每天登录抖音为“泾源发布”账号的视频点赞、评论不少于5次，活动情况纳入年度考核。""",
      cls=EN, spans=[(EN, "每天登录抖音为“泾源发布”账号的视频点赞、评论不少于5次")], note="forced likes by staff"),
    P("yc_xw_dy", "银川小编的日常：早上挤公交，中午吃凉皮，晚上加班写稿😭 家人们，给我一点鼓励吧，"
      "点个关注就是对我最大的安慰！",
      cls=EN, spans=[(EN, "点个关注就是对我最大的安慰")], note="卖惨 begging for follows"),
    P("ych_nw", """滩羊也有星座？

白羊座的滩羊最活泼，金牛座的滩羊最能吃……测测你家的羊是什么星座？把羊出生日期发在评论区，小编帮你算！""",
      cls=EN, spans=[(EN, "测测你家的羊是什么星座")], note="horoscope joke"),
    P("nx_yj", """应急小编的碎碎念

这周连着值了三个夜班，困到怀疑人生，想要一杯奶茶续命🥤 看在小编这么辛苦的份上，大家给我们点个“在看”呗～""",
      cls=EN, spans=[(EN, "看在小编这么辛苦的份上，大家给我们点个“在看”呗")], note="卖惨 for interactions"),
    P("szs_wl", "据说今天在星海湖许愿特别灵！小编许了一个暴富的愿望，你们许了什么？评论区见，"
      "点赞最多的愿望小编帮你去湖边再许一遍～",
      cls=EN, spans=[(EN, "点赞最多的愿望小编帮你去湖边再许一遍")], note="frivolous wish game"),
    P("yc_ga", "今天出警遇到一只超可爱的橘猫，赖在警车上不肯走，我们只好给它拍了一百张照片😻 "
      "猫猫这么可爱，真的不关注一下我们吗？",
      cls=EN, spans=[(EN, "猫猫这么可爱，真的不关注一下我们吗")], note="卖萌 begging follows"),
    P("wz_zf", """世界杯预选赛观赛指南

今晚国足迎战强敌，你们觉得能赢几个球？小编押2:1！评论区留下你的比分预测，猜中的朋友小编请喝早茶！""",
      cls=EN, spans=[(EN, "猜中的朋友小编请喝早茶")], note="sports betting-style prediction"),
    P("zw_wl", "偶像组合“星河少年”成员周屿白在沙坡头拍新专辑封面被偶遇啦！饭圈女孩们快来认领，"
      "他穿的同款羽绒服链接求扒～",
      cls=EN, spans=[(EN, "饭圈女孩们快来认领")], note="celebrity fandom"),
    P("nx_mw", """关于组织干部职工参与“石榴籽”视频点赞的通知

请委机关各处室、各直属单位于11月28日前组织干部职工对我委视频号发布的民族团结主题视频逐条点赞转发，每人至少转发3个朋友圈，并由各单位统计上报。""",
      cls=EN, spans=[(EN, "每人至少转发3个朋友圈，并由各单位统计上报")], note="forced likes and reposts by staff"),
    P("nx_wj", """测一测：你的身体年龄是多少岁？

回答下面10个问题，就能算出你的“身体年龄”！小编测出来是65岁😱 你们测出来多少？截图晒出来，比比谁最年轻！""",
      cls=EN, spans=[(EN, "小编测出来是65岁😱 你们测出来多少")], note="frivolous quiz"),
    P("qtx_yj", "本号今年的粉丝目标是5000，现在还差800人，求求大家帮帮忙，转给身边的亲朋好友关注一下吧🙏",
      cls=EN, spans=[(EN, "求求大家帮帮忙，转给身边的亲朋好友关注一下吧")], note="begging for follows"),
    P("yn_zf", """冬至前的“饺子大赛”看谁包得丑

小编代表办公室参加单位饺子大赛，包出来的饺子一个比一个丑，被同事笑称“饺子刺客”😂 下面是丑照九宫格，你们猜猜哪个是小编的作品？""",
      cls=EN, spans=[(EN, "被同事笑称“饺子刺客”")], note="staff fun off-topic"),
    P("gy_wl", """转发抽奖｜送出10份六盘山周边

关注本号并将本文转发到朋友圈集满30个赞，截图发送后台，即可参与抽奖，送出六盘山熊猫玩偶10个！""",
      cls=EN, spans=[(EN, "将本文转发到朋友圈集满30个赞")], note="follower lottery"),
    P("yc_sj", "双十一剁手了吗？小编买了8件羽绒服，现在吃土中……你们买了什么？晒出来看看谁是真正的“剁手党”！",
      cls=EN, spans=[(EN, "小编买了8件羽绒服，现在吃土中")], note="personal shopping chatter"),
    P("xx_zf", """看完这部电影，我哭了

周末和家人看了院线新片《风起贺兰》，主演顾星遥的表演太戳泪点了！影片中的宁夏风光也太美了吧，强烈推荐大家去影院打卡！""",
      cls=EN, spans=[(EN, "主演顾星遥的表演太戳泪点了")], note="film and star promotion off-topic"),
    P("nx_ga", "【互动】如果你是警察，你最想抓哪种坏人？A.偷电动车的 B.骗老人钱的 C.插队的 D.偷吃我零食的同事😂 "
      "选D的请站出来！",
      cls=EN, spans=[(EN, "D.偷吃我零食的同事😂")], note="joke poll"),
    P("pl_wj", "今天是我们科室小护士的生日，大家一起唱生日歌、吃蛋糕🎂 祝小仙女永远十八岁，越来越美！",
      cls=EN, spans=[(EN, "祝小仙女永远十八岁，越来越美")], note="staff birthday off-topic"),
    P("wz_ga", "【吐槽大会】今天同事把警帽戴反了出门，被路边大爷笑了一路🤣 大家有没有遇到过这种尴尬事？评论区吐槽！",
      cls=EN, spans=[(EN, "今天同事把警帽戴反了出门")], note="staff jokes"),
    P("zw_wl_wb", "小编失眠了，凌晨三点爬起来写这条微博……谁能告诉我，为什么周一来得这么快？😭 #打工人#",
      cls=EN, spans=[(EN, "凌晨三点爬起来写这条微博")], note="personal emotions"),

    # --- hard negatives: lively but legitimate ---
    P("nx_wl", "今日小雪❄️ 宁夏的冬天从一场雪开始，手抓羊肉配上一碗热腾腾的羊杂碎，暖身又暖心。#二十四节气 #小雪",
      hn=HN, note="solar-term greeting"),
    P("yc_ga", "注意啦注意啦！骗子又换新招了：冒充快递客服说“包裹丢了要理赔”，让你开屏幕共享。记住：屏幕共享=把钱包交出去！"
      "#反诈", hn=HN, note="anti-fraud post using slang"),
    P("wz_zf", """为他们点赞！吴忠6名“最美志愿者”受表彰

他们中有坚持十年义务理发的退休职工，有守护黄河岸线的巡河志愿者。向他们致敬！""",
      hn=HN, note="official praise"),
    P("yc_xw", "【摇号公告】银川市2026年第四期公共租赁住房摇号结果已公布，请申请家庭登录市住房保障中心网站查询。",
      hn=HN, note="official lottery"),
    P("yc_ga", "认识一下我们的新同事——警犬“追风”！它今年两岁，主攻搜爆，已经参加了3次大型活动安保任务。"
      "有它在，大家更安心。", hn=HN, note="police dog introduction, work-related"),
    P("nx_jy", """温馨提示：寒假放假时间定了

全区中小学寒假时间为2027年1月17日至2月21日。小编提醒：假期请家长看护好孩子，注意防溺水、防煤烟中毒、防交通事故。""",
      hn=HN, note="小编提醒 in a work notice"),
    P("zw_qx", "【天气】冷空气“快递”已签收📦 今天夜间起我市气温下降6～8℃，明晨最低气温-12℃，"
      "请大家及时添衣，注意防寒保暖。", hn=HN, note="playful weather forecast"),
    P("nx_ga", "【有奖答题】“12·2”全国交通安全日知识答题活动开始啦！答对10题即可获得电子证书，"
      "一起学习交通安全知识。", hn=HN, note="official knowledge quiz"),
    P("gy_wl", """非遗过大年｜固原剪纸体验活动报名

12月起每周六上午在市非遗展示馆举办剪纸体验活动，由非遗传承人现场教学，免费参加，每场限30人。""",
      hn=HN, note="public cultural activity"),
    P("szs_wl", "星海湖的候鸟又来了！今年监测到的越冬候鸟有2万多只，其中有国家一级保护动物黑鹳。"
      "观鸟请保持距离，不要惊扰它们🦢", hn=HN, note="cute but on-topic nature post"),
    P("yn_zf", """永宁县举办庆祝农民丰收节文艺汇演

演出由县文化馆组织，包括花儿演唱、秧歌和快板等节目，展现了农民群众的丰收喜悦。""",
      hn=HN, note="official cultural event"),
    P("wz_ga_dy", "这届年轻人的反诈神曲来了🎵 我们民警自编自唱的《别转账》，听完记住三不：不听、不信、不转账！",
      hn=HN, note="anti-fraud song"),
    P("nx_wj", """岁末致敬每一位医疗志愿者

一年来，全区医疗志愿者深入乡村开展义诊2000余场，服务群众30万人次。感谢你们，辛苦了！""",
      hn=HN, note="official thanks"),
]
