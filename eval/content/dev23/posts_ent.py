"""Nineteenth held-out part: entertainment and off-topic content (class entertainment) and hard negatives.

Celebrity and show gossip, jokes, horoscopes and quizzes, 卖萌/卖惨, begging for follows and likes, follower
lotteries, forced likes and reposts by staff, formal notices drowned in slang. Entertainers, shows and dramas
are invented."""
from _lib import P

E = "entertainment"
HN = "entertainment"

POSTS = [
    # ---- celebrity and show gossip (no span: the whole post is the problem)
    P("lz_xw", "听说顶流歌手祁沐阳和女演员苏晚棠被拍到在兰州同吃一碗牛肉面？两人工作室均未回应，你们怎么看？评论区聊聊～",
      E, [], note="celebrity dating gossip, no span"),
    P("pl_xw", "综艺《向往的山野》第三季收官，嘉宾林屿深最后一期哭成泪人，网友：这才是真性情！你最喜欢哪位嘉宾？",
      E, [], note="variety-show gossip, no span"),
    P("gs_wl_wb", "古装剧《河西月》男主陆星野被曝片酬过亿，剧组回应称不实。不过话说回来，这剧你们追了吗？",
      E, [], note="drama and pay gossip, no span"),
    P("ts_wl", "昨晚的选秀直播看了吗？天水妹子秦小满一路晋级全国十强！据说她和导师有点小矛盾，家人们快去投票！",
      E, [(E, "家人们快去投票", None)], note="talent-show gossip and vote begging"),
    P("zy_wl", "偶像男团ST7成员周嘉言生日应援，粉丝包下了张掖某商场大屏。小编也去凑了个热闹，哥哥太帅了啊啊啊！",
      E, [(E, "哥哥太帅了啊啊啊", None)], note="idol fandom content"),
    # ---- jokes
    P("by_qx", "今日冷笑话：为什么白银的冬天特别冷？因为“银”子都被冻住了，哈哈哈哈。好了，小编自己先笑为敬🤣",
      E, [(E, "小编自己先笑为敬", None)], note="pun joke unrelated to weather service"),
    P("gs_ny", "段子时间：农民伯伯问土豆：“你为什么这么圆？”土豆说：“因为我在定西吃得好呀！”🥔 转给你身边最圆的朋友～",
      E, [(E, "转给你身边最圆的朋友", None)], note="joke and mocking share request"),
    P("jyg_yj", "周五快乐！给大家讲个笑话：消防员的口头禅是什么？“这事儿我门儿清……啊不，我火儿清！”😂 好吧，不好笑，我自罚三杯。",
      E, [(E, "我自罚三杯", None)], note="joke on a safety account"),
    P("lz_ga_wb", "老板说今天不讲反诈，讲个相声段子：“你这个人怎么回事？”“我就是那个回事儿！”哈哈，笑到邻居来敲门～",
      E, [(E, "笑到邻居来敲门", None)], note="off-topic comedy"),
    # ---- horoscopes and quizzes
    P("gs_wj", "十二星座冬季养生指南：白羊座注意睡眠，金牛座少吃甜食，双子座适合运动……看看你的星座要注意什么？",
      E, [], note="horoscope content on a health account, no span"),
    P("ww_jy", "测一测：你是哪种性格的老师？A.温柔型 B.严厉型 C.幽默型 D.佛系型。选好后看答案，准到离谱！",
      E, [(E, "准到离谱", None)], note="personality quiz"),
    P("pl_wj", "【心理测试】如果你走进一片森林，第一眼看到的是：A.小鹿 B.蘑菇 C.木屋 D.河流？评论区揭晓你的隐藏人格！",
      E, [(E, "你的隐藏人格", None)], note="psychology quiz"),
    P("gs_jy", "生肖运势来啦：属兔的同学本月考试运爆棚，属龙的同学注意桃花运～你属什么？",
      E, [(E, "考试运爆棚", None)], note="zodiac fortune on an education account"),
    # ---- 卖萌 / 卖惨
    P("gs_ga", "呜呜呜，加班到凌晨三点的警察蜀黍也想要抱抱嘛～大家给我们点个小红心好不好嘛🥺",
      E, [(E, "警察蜀黍也想要抱抱嘛", None), (E, "点个小红心好不好嘛", None)], note="卖萌 and like begging"),
    P("qy_ga", "小编今天又被领导骂了，好惨一小编，求安慰求抱抱😢 谁来心疼一下我……",
      E, [(E, "好惨一小编", None), (E, "求安慰求抱抱", None)], note="卖惨"),
    P("gs_yj", "人家是应急小可爱呀，才不是冷冰冰的机关号呢～么么哒💕",
      E, [(E, "人家是应急小可爱呀", None), (E, "么么哒💕", None)], note="卖萌"),
    P("zy_st", "环保小编碎碎念：今天去河边采样摔了一跤，裤子全湿透，又冷又饿，小编已经冻成一根冰溜子了😭",
      E, [(E, "小编已经冻成一根冰溜子了", None)], note="卖惨 personal mood"),
    P("ts_sc", "检查了一天的市场，小编两条腿已经离家出走了，心态崩成渣渣，求个摸摸头～",
      E, [(E, "两条腿已经离家出走了", None), (E, "求个摸摸头", None)], note="卖惨 in slang"),
    # ---- begging for follows and likes
    P("lz_ga", "粉丝破150万啦！离200万还差一点点，求求大家动动小手关注我们吧，点赞过万我们局长就跳舞！",
      E, [(E, "点赞过万我们局长就跳舞", None), (E, "求求大家动动小手关注我们吧", None)], note="follow and like begging"),
    P("jq_wl", "这条视频如果能上热门，小编就去鸣沙山滑沙十次！拜托拜托，双击支持一下🙏",
      E, [(E, "拜托拜托，双击支持一下", None)], note="like begging"),
    P("pl_xw_dy", "家人们，给平凉点个赞吧！点赞数决定我们下期去哪儿拍，评论区留下你们的家乡！",
      E, [(E, "点赞数决定我们下期去哪儿拍", None)], note="engagement begging"),
    P("by_qx", "关注白银气象，天天好心情！还没关注的快点关注，不然小编要哭给你们看了😭",
      E, [(E, "不然小编要哭给你们看了", None)], note="follow begging with 卖惨"),
    # ---- follower lotteries
    P("gs_wl_wb", "【宠粉福利】关注@如意甘肃 并转发本条微博，12月1日抽3位幸运粉丝送最新款蓝牙耳机！",
      E, [(E, "抽3位幸运粉丝送最新款蓝牙耳机", None)], note="follower lottery with commercial prizes"),
    P("lz_ga_wb", "转发抽奖🎁 评论区说出你心目中最好吃的兰州美食，抽5位粉丝送网红零食大礼包！",
      E, [(E, "抽5位粉丝送网红零食大礼包", None)], note="follower lottery"),
    P("gs_ga_dy", "粉丝节快乐！在评论区打出“甘肃公安666”，随机抽取10位粉丝送警察小熊玩偶～",
      E, [(E, "甘肃公安666", None), (E, "随机抽取10位粉丝送警察小熊玩偶", None)], note="follower lottery"),
    # ---- forced likes and reposts by staff
    P("dx_rs", "【通知】请局属各单位、各科室全体干部职工于今日17:00前对本条推文完成点赞、在看、转发，各单位截图报人事科汇总，纳入年度考核。",
      E, [(E, "完成点赞、在看、转发", None), (E, "截图报人事科汇总，纳入年度考核", None)], note="forced likes and reposts by staff (single-item veto)"),
    P("ww_jy", "各学校：请组织全体教师、学生家长为“武威教育”视频号作品投票点赞，每人每天至少3次，学校排名将通报。",
      E, [(E, "每人每天至少3次，学校排名将通报", None)], note="forced voting and likes"),
    P("qy_ny", "请各乡镇农业站工作人员务必转发本文至个人朋友圈，并保留48小时，下周一前上报转发截图。",
      E, [(E, "保留48小时，下周一前上报转发截图", None)], note="forced reposts"),
    # ---- notices drowned in slang
    P("gs_jy", "各位寒假预备役注意啦！寒假放假时间官宣：1月16日开始放，2月24日返校～这波假期直接拿捏了，谁还没个假期呢🤪",
      E, [(E, "各位寒假预备役注意啦", None), (E, "这波假期直接拿捏了", None)], note="notice drowned in slang"),
    P("pl_wj", "流感疫苗接种通知：宇宙无敌的接种点来咯！12月起各社区都能打，冲就完事儿了，不打的都是小垃圾（狗头）",
      E, [(E, "宇宙无敌的接种点来咯", None), (E, "不打的都是小垃圾（狗头）", None)], note="notice drowned in slang and mocking"),
    P("jyg_yj", "停水通知：明天全城停水啦，还不囤水的朋友怕不是要原地干涸，赶紧支棱起来吧～",
      E, [(E, "怕不是要原地干涸", None), (E, "赶紧支棱起来吧", None)], note="notice drowned in slang"),
    P("ts_wl", "伏羲庙开放时间调整，冬季下午5点就关门啦，这谁顶得住哇！想去的小伙伴们抓紧，晚了只能看大门～",
      E, [(E, "这谁顶得住哇", None), (E, "晚了只能看大门", None)], note="notice drowned in slang"),
    P("lz_ga", "交警叔叔提醒：下雪天开车别浪，浪就翻车，翻车就社死，家人们稳住我们能赢！",
      E, [(E, "浪就翻车，翻车就社死", None), (E, "家人们稳住我们能赢", None)], note="notice drowned in slang"),
    # ---- personal opinions and moods
    P("gs_wj", "小编心情不好，今天不想说话，就发一张窗外的雪吧，你们自己体会。",
      E, [(E, "今天不想说话", None)], note="personal mood post"),
    P("lx_wl", "说实话，我觉得临夏的手抓比兰州的好吃一百倍，兰州的朋友不服来辩！🤭",
      E, [(E, "不服来辩", None)], note="personal opinion provoking quarrel"),

    # ---- hard negatives (13)
    P("by_qx", "今日小雪节气。小雪至，冬意浓。白银市区今晨最低气温-9℃，请注意保暖，出行注意路面结冰。",
      hn=HN, note="solar-term post with a weather warning"),
    P("gs_ga", "骗子：“你好，我是客服，你的快递丢了要理赔。”民警：“停！先挂电话，再拨官方客服核实。”反诈小剧场，转给家人看看。",
      hn=HN, note="anti-fraud sketch using a lively dialogue"),
    P("lz_ga", "警犬“雪球”今年3岁，已参与搜救任务23次。冬季训练中，它在雪地里精准找到模拟被困人员。为雪球点赞！",
      hn=HN, note="police dog's work, praise for real service"),
    P("gs_wl", "冬天的甘肃有多美？敦煌的雪、张掖的丹霞、甘南的草原，每一帧都是壁纸！冬季文旅活动请看主页公告。",
      hn=HN, note="lively official promotion of scenery"),
    P("pl_xw", "为平凉的环卫工人点赞！降雪后，全市2000余名环卫工人连夜清扫主干道积雪，保障市民出行。",
      hn=HN, note="praise for public service"),
    P("dx_rs", "“就业是最大的民生”。小编提醒：定西市冬季招聘会12月2日开幕，岗位信息已在公众号发布，求职者别错过！",
      hn=HN, note="小编提醒 with a real service notice"),
    P("jyg_yj", "温馨提示：冬季使用燃气热水器洗澡，时间不宜过长，务必保持通风。安全无小事，一起守护家人平安。",
      hn=HN, note="温馨提示 safety notice"),
    P("gs_jy", "寒假放假时间公布：全省中小学1月16日起放假，2月24日开学。同学们，假期也要注意安全哦！",
      hn=HN, note="lively but proper school notice"),
    P("lz_xw", "兰州市小客车指标第11期摇号结果公布，本期共有2.3万人参与，中签率约4%。结果可登录官网查询。",
      hn=HN, note="official lottery (摇号), not a follower lottery"),
    P("ts_wl", "麦积山下，初雪已至。今天的天水，满城都是“国画”。文旅局提醒游客注意防寒防滑。",
      hn=HN, note="lively scenery post with a safety reminder"),
    P("qy_ga", "【警察蜀黍说安全】冬季骑电动车：戴头盔、不超速、不载人。请遵守交通规则。",
      hn=HN, note="internet-style nickname in a legitimate safety message"),
    P("zy_st", "张掖湿地迎来今冬第一批灰鹤，上千只灰鹤在黑河畔翩翩起舞，场面壮观。请市民观鸟时保持距离，不投喂、不惊扰。",
      hn=HN, note="lively nature post with a protection reminder"),
    P("pl_wj", "冬季养生小知识：早睡晚起，必待日光。多吃萝卜白菜，少吃辛辣刺激。健康平凉祝您冬安！",
      hn=HN, note="lively health tips"),
]
