"""dev4 (blind tuning part): entertainment / off-topic content: celebrity and show gossip, jokes, horoscopes and
quizzes, acting cute / self-pity, begging for follows and likes, follower lotteries, forced likes/reposts by staff,
formal notices drowned in internet slang."""
from _lib import P

E = "entertainment"

POSTS = [
    P("dy_wb", "#跨年晚会官宣阵容# 今年几大卫视的跨年晚会阵容都出来了，你最期待哪位顶流？小编先押一票给某当红偶像组合，"
      "听说彩排时主唱还和队友闹了点小别扭……", E, [], note="celebrity gossip, unrelated to government work"),
    P("hz_wb", "#某女星离婚# 吃瓜吃到撑！今天热搜被某影后离婚刷屏了，网友扒出两人早在去年就分居，你们怎么看？",
      E, [], note="celebrity divorce gossip"),
    P("swx_wb", "【星座看过来】本周幸运星座是天秤座和双鱼座，财运亨通；摩羯座本周注意水逆，不宜表白。", E, [],
      note="horoscope"),
    P("jy_wb", "测一测：你是潮汕哪道小吃？选A牛肉丸，选B粿条，选C蚝烙……评论区晒出你的答案，看看你的隐藏性格！",
      E, [(E, "看看你的隐藏性格", None)], note="personality quiz"),
    P("zb_wl", "#淄博文旅# 家人们，小编今天又被领导骂了，呜哇哇哇，因为粉丝涨得太慢了😭 求求宝子们点个关注安慰一下吧！",
      E, [(E, "呜哇哇哇", None), (E, "求求宝子们点个关注安慰一下吧", None)], note="self-pity and begging for follows"),
    P("zb_wl_dy", "小编穿玩偶服在八大局跳舞，跳到腿软，咱就是说一整个爱住了！点赞过5万小编就去挑战周村古商城快闪！#淄博文旅",
      E, [(E, "咱就是说一整个爱住了", None), (E, "点赞过5万小编就去挑战", None)], note="over-entertaining, begging likes"),
    P("sd_qx", "#山东气象# 今天降温，气象小编冷到瑞思拜，xswl，出门直接被风吹成了表情包。大家也别忘了添衣哦～",
      E, [(E, "瑞思拜", None), (E, "xswl", None), (E, "出门直接被风吹成了表情包", None)], note="weather notice drowned in slang"),
    P("jn_ga", "#济南公安# 辖区派出所的警犬“大黄”今天过生日啦！它最喜欢的明星是某流量小生，大家猜猜是谁？"
      "猜对的揪3位送警犬同款磨牙玩具～",
      E, [(E, "它最喜欢的明星是某流量小生", None), (E, "猜对的揪3位送警犬同款磨牙玩具", None)], note="cute gossip and lottery"),
    P("jn_ga_dy", "警察蜀黍今天不讲反诈，来跳一段最近超火的挖呀挖手势舞！夺笋啊，同事笑到停不下来～#济南公安",
      E, [(E, "来跳一段最近超火的挖呀挖手势舞", None), (E, "夺笋啊", None)], note="dance video, slang"),
    P("yt_ga", "烟台公安粉丝破百万倒计时！转发这条视频并@三位好友，12月6日抽10位老铁送警营纪念水杯！#烟台公安",
      E, [(E, "转发这条视频并@三位好友", None), (E, "抽10位老铁送警营纪念水杯", None)], note="follower lottery"),
    P("rz_wx", "关于全市机关干部参与“最美日照人”网络投票的通知\n\n各区县、各部门：\n\n请各单位组织全体干部职工每天登录本公众号"
      "为候选人投票，每人每日至少投满10票，各单位每日17时前将截图汇总报市委宣传部，投票情况将适时通报。",
      E, [(E, "每人每日至少投满10票", None), (E, "各单位每日17时前将截图汇总报市委宣传部", None)],
      note="forced voting/likes by staff"),
    P("wf_wx", "紧急通知：请市直各部门务必于今天下班前完成本条推文的“点赞+在看+分享”，并由各支部书记在“政务宣传群”内"
      "逐一核对人员名单，未完成的人员名单报市委办公室。",
      E, [(E, "务必于今天下班前完成本条推文的“点赞+在看+分享”", None),
          (E, "未完成的人员名单报市委办公室", None)], note="forced likes (single-item veto)"),
    P("sd_ny", "通知\n\n为扩大“齐鲁农品”短视频大赛影响力，请厅机关各处室、各直属单位组织职工为我厅参赛作品点赞，"
      "每人每天点赞不少于3次，点赞数将纳入处室年度目标考核。",
      E, [(E, "每人每天点赞不少于3次", None), (E, "点赞数将纳入处室年度目标考核", None)], note="forced likes tied to appraisal"),
    P("jn_jy", "关于做好教育系统宣传作品推广的通知\n\n各中小学校：请组织全体教职工及学生家长关注本公众号并转发本文至家长群，"
      "各校转发量排名将于周五通报。",
      E, [(E, "组织全体教职工及学生家长关注本公众号并转发本文至家长群", None), (E, "各校转发量排名将于周五通报", None)],
      note="forced follows/reposts by staff and parents"),
    P("sd_yb", "医保小编的碎碎念\n\n这周加班加到头秃了，医保小编是个小趴菜，已经累成狗，需要你们的小心心续命❤️\n\n"
      "最后，求各位大佬点个在看，这对小编真的很重要！",
      E, [(E, "小趴菜", None), (E, "需要你们的小心心续命", None), (E, "求各位大佬点个在看", None)],
      note="self-pity, begging"),
    P("jy_wb", "揭阳发布粉丝福利来啦！关注本号+评论区留下你最爱的揭阳美食，12月8日抽取6位粉丝送价值666元的美食大礼包！",
      E, [(E, "抽取6位粉丝送价值666元的美食大礼包", None)], note="follower lottery"),
    P("yjx_wx", "来玩个小游戏！\n\n看下图，你能找出几个隐藏的“阳”字？找全的都是天才！评论区晒答案，前10名答对的小编送你一个大大的么么哒～",
      E, [(E, "前10名答对的小编送你一个大大的么么哒", None)], note="quiz and acting cute"),
    P("sz_ga", "#深圳公安# 刚看完某选秀节目总决赛，冠军实至名归！小编作为老粉丝哭成了泪人，i了i了，这届选手杀疯了！",
      E, [(E, "i了i了", None), (E, "这届选手杀疯了", None)], note="talent-show gossip"),
    P("sz_ga_dy", "深圳公安帅气警官合集来了！哪个是你的菜？点赞最多的警官下期出镜跳舞，小姐姐们冲呀～#深圳公安",
      E, [(E, "哪个是你的菜", None), (E, "点赞最多的警官下期出镜跳舞", None)], note="over-entertaining, looks"),
    P("gz_wl", "今日运势｜12生肖冬至前运程\n\n属鼠：贵人相助，适合出行。属牛：财运小旺，宜投资。属虎：桃花旺盛……\n\n"
      "转发本文，好运加倍！",
      E, [(E, "转发本文，好运加倍", None)], note="zodiac fortune-telling"),
    P("gd_scjg", "市场监管的小伙伴们年底冲业绩，u1s1，真的是卷麻了……今天就放个假，给大家分享几张办公室猫主子的美照，"
      "吸猫解压～",
      E, [(E, "u1s1", None), (E, "卷麻了", None), (E, "吸猫解压", None)], note="off-topic, slang"),
    P("dg_ga", "东莞公安今天给大家整个活：民警模仿某顶流歌手唱《孤勇者》，一开口就是高音，老铁们评论区打分！#东莞公安",
      E, [(E, "民警模仿某顶流歌手", None), (E, "老铁们评论区打分", None)], note="over-entertaining"),
    P("gd_ny", "#广东农业农村# 周末来点轻松的：为什么菠萝不能当警察？因为它会“凤梨”（奉理）……哈哈哈，妈耶，小编自己先笑了。",
      E, [(E, "妈耶", None)], note="joke unrelated to work"),
    P("fs_jy", "【家长群都在转】测一测你家孩子是“学霸型”还是“学渣型”？10道题揭晓，测完记得转发给其他家长！",
      E, [(E, "测一测你家孩子是“学霸型”还是“学渣型”", None)], note="quiz"),
    P("swx_wb", "【汕尾发布通知】明天市民服务中心停电检修暂停办件，各位小可爱们酱紫安排一下哈，别白跑一趟，么么～",
      E, [(E, "各位小可爱们酱紫安排一下哈", None), (E, "么么～", None)], note="formal notice drowned in slang"),
    P("mm_wl", "茂名文旅小编今天cosplay荔枝精灵，遥遥领先！你们觉得像不像？不像的话我就哭给你们看！#茂名文旅",
      E, [(E, "遥遥领先", None), (E, "不像的话我就哭给你们看", None)], note="acting cute"),
    P("gd_yj", "通知\n\n为配合“安全生产月”短视频展播，请全省应急系统干部职工下载抖音并关注“广东应急管理”，"
      "各地市务必确保关注人数不少于在编人数的2倍，12月10日前报送截图。",
      E, [(E, "务必确保关注人数不少于在编人数的2倍", None)], note="forced follows with quota"),
    P("dy_wb", "#东营发布# 周末八卦时间：听说某热播剧男女主角在东营取景时传出绯闻，剧组还在黄河口吃了大闸蟹，"
      "你们磕不磕这对CP？",
      E, [(E, "你们磕不磕这对CP", None)], note="celebrity gossip"),
    P("hz_wb", "【扩散】菏泽发布粉丝过百万，小编决定请大家喝奶茶！转发+关注，抽100位送奶茶券！求转求赞，拜托拜托～",
      E, [(E, "抽100位送奶茶券", None), (E, "求转求赞，拜托拜托", None)], note="lottery, begging"),
    P("jn_ga", "#济南公安# 今日份警营日常：食堂阿姨做了红烧肉，民警们干饭人干饭魂，吃饱了才有力气上班呀～大家中午吃的啥？",
      E, [(E, "干饭人干饭魂", None)], note="off-topic daily life"),
    P("zb_wl", "#淄博文旅# 听说今年流行特种兵式旅游？淄博表示已经准备好了！小编昨晚熬夜追了某综艺，嘉宾里竟然有我本命！"
      "激动到原地转圈！",
      E, [(E, "嘉宾里竟然有我本命", None), (E, "激动到原地转圈", None)], note="variety-show fandom"),
    P("sd_qx", "#山东气象# 12星座冬季穿衣指南：白羊座适合红色羽绒服，金牛座适合驼色大衣，双子座……快看看你的幸运色！",
      E, [(E, "12星座冬季穿衣指南", None)], note="horoscope wrapped as weather tips"),
    P("wf_wx", "潍坊小编的周末vlog\n\n今天带大家看看小编的家，我的猫叫“风筝”，它今天又拆家了，气到上头……"
      "你们的猫主子最近有什么沙雕操作？",
      E, [(E, "气到上头", None), (E, "沙雕操作", None)], note="personal life, off-topic"),
    P("yt_ga", "烟台警察蜀黍答网友问：“警察叔叔有对象吗？”今天统一回复：还没有！有意者请私信，包分配～#烟台公安",
      E, [(E, "有意者请私信，包分配", None)], note="dating joke, over-entertaining"),
]
