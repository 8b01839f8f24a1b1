"""Twenty-seventh held-out part: over-entertaining or off-topic content (class entertainment) and hard negatives
that imitate it. Entertainers and people are invented."""
from _lib import P

E = "entertainment"
HN = "entertainment"

POSTS = [
    # celebrity and show gossip
    P("sy_lw_wb", "听说顶流歌手沈屿白昨晚悄悄在三亚海边求婚成功？！有网友拍到了现场烟花，小编已经激动到睡不着了！！",
      E, spans=[(E, "顶流歌手沈屿白昨晚悄悄在三亚海边求婚成功", None)], note="celebrity gossip"),
    P("hk_xw_dy", "选秀节目《椰岛星声》决赛谁会夺冠？小编押林可可，谁赞成谁反对？",
      E, spans=[(E, "小编押林可可", None)], note="talent-show gossip"),
    P("hn_lw_wb", "演员许嘉禾和唐沐沐的新剧在海南取景，剧里两人到底是不是真情侣？小编已经开始脑补了！",
      E, spans=[(E, "剧里两人到底是不是真情侣", None)], note="celebrity couple gossip"),
    P("hk_jy", "追星女孩看过来：偶像团体“夏日航线”成员周一鸣的母校就在海口，小编实名羡慕他的同班同学！",
      E, spans=[(E, "小编实名羡慕他的同班同学", None)], note="idol gossip on an education account"),

    # jokes
    P("df_qx", "气象小段子：问，东方的风为什么这么大？答，因为它要把你的烦恼都吹走呀～哈哈哈哈，今天的冷笑话你get到了吗？",
      E, spans=[(E, "今天的冷笑话你get到了吗", None)], note="joke on a weather account"),
    P("wn_yj", "今日段子：领导问我为什么上班迟到，我说台风把我吹回家了。领导说：今天没有台风。我说：心里的台风也是台风🌀",
      E, spans=[(E, "心里的台风也是台风", None)], note="joke"),
    P("hn_ga", "警察蜀黍的迷惑行为大赏第8期：出警路上被一只大鹅追了三条街，全场笑翻！",
      E, spans=[(E, "迷惑行为大赏第8期", None)], note="joke content on a police account"),

    # horoscopes and quizzes
    P("sy_lw", "12星座专属海南旅游地：白羊座冲浪日月湾、金牛座吃遍海口骑楼、双子座打卡蜈支洲……快看看你的本命景点是哪个！",
      E, spans=[(E, "12星座专属海南旅游地", None)], note="horoscope content"),
    P("hn_wj", "测一测：你的“养生段位”是青铜还是王者？做完这10道题，转发朋友圈晒晒你的结果！",
      E, spans=[(E, "养生段位”是青铜还是王者", None)], note="quiz with a repost call"),
    P("wzs_lw", "本周运势：射手座宜进山看云海，天蝎座适合进山吸氧，摩羯座记得多喝五指山红茶～",
      E, spans=[(E, "射手座宜进山看云海", None)], note="horoscope"),
    P("hk_xw", "心理测试：如果你是一颗椰子，你会选择长在海边还是长在山上？选海边的人今年一定会暴富！",
      E, spans=[(E, "选海边的人今年一定会暴富", None)], note="quiz"),

    # acting cute, self-pity
    P("hn_yj", "呜呜呜小编连续值班三天没合眼了，眼睛都睁不开了，大家能给小编点个赞打打气吗🥺",
      E, spans=[(E, "呜呜呜小编连续值班三天没合眼了", None)], note="self-pity and begging for likes"),
    P("dz_rs", "人社小编今天又被领导批评了😭心好累，想吃一顿海南粉安慰一下自己……",
      E, spans=[(E, "人社小编今天又被领导批评了", None)], note="self-pity"),
    P("ls_lw", "小陵今天去海边捡贝壳啦～是不是超可爱！😘",
      E, spans=[(E, "小陵今天去海边捡贝壳啦", None)], note="acting cute"),
    P("bt_wj", "卫健小编：人家也想放假嘛～冬天都不能出去玩，哼唧唧🙄",
      E, spans=[(E, "人家也想放假嘛", None)], note="acting cute, personal mood"),
    P("hk_ga", "本喵今日值班，谁敢在海口搞诈骗，喵喵拳伺候！🐱👊",
      E, spans=[(E, "喵喵拳伺候", None)], note="acting cute"),

    # begging for follows, likes, reposts
    P("sy_ga", "粉丝马上破62万啦！求求大家关注一下三亚公安，帮我们冲一冲！",
      E, spans=[(E, "求求大家关注一下三亚公安，帮我们冲一冲", None)], note="begging for follows"),
    P("hn_lw", "家人们，点赞过十万小编就去蜈支洲岛直播跳海！说到做到！",
      E, spans=[(E, "点赞过十万小编就去蜈支洲岛直播跳海", None)], note="begging for likes with a stunt"),
    P("wc_wj", "看到这里的朋友，请动动手指点个“在看”，让更多人知道健康文昌！求求啦，就差你这一下了",
      E, spans=[(E, "求求啦，就差你这一下了", None)], note="begging for likes"),
    P("qh_lw", "琼海文旅小号求互粉！有来必回，关注就送好运～",
      E, spans=[(E, "求互粉！有来必回", None)], note="begging for follows"),

    # follower lotteries
    P("hk_xw", "【宠粉福利】关注@海口发布 并转发本条微博，11月28日抽3位幸运儿送最新款手机一部！",
      E, spans=[(E, "抽3位幸运儿送最新款手机一部", None)], note="follower lottery"),
    P("sy_lw_wb", "转发+评论+关注，抽一位锦鲤送三亚五星酒店双人两晚住宿！11月29日开奖～",
      E, spans=[(E, "抽一位锦鲤送三亚五星酒店双人两晚住宿", None)], note="follower lottery"),
    P("hn_ga_dy", "点赞本视频并在评论区写下你最想对警察说的话，抽10个粉丝送警用同款保温杯！",
      E, spans=[(E, "抽10个粉丝送警用同款保温杯", None)], note="follower lottery"),

    # forced likes and reposts by staff
    P("dz_nw", """关于开展“儋州农业农村”公众号推文转发点赞工作的通知

局机关各科室、各下属单位：请全体干部职工每日对本号推文进行点赞、转发、点“在看”，各科室负责人于每日17:00前将截图汇总报办公室，未完成的将在月度考核中扣分。""",
      E, spans=[(E, "未完成的将在月度考核中扣分", None)], note="forced likes and reposts by staff"),
    P("wn_yj", "请局属各单位干部职工于今天下班前完成本条推文转发朋友圈任务，转发率将纳入年度绩效考评，由各单位联络员统计上报。",
      E, spans=[(E, "转发率将纳入年度绩效考评", None)], note="forced reposts by staff"),
    P("hk_jy", "各中小学：请组织全体教师和家长为本次“海口好老师”网络评选投票点赞，每校投票数将作为评优参考，请于11月27日前完成。",
      E, spans=[(E, "每校投票数将作为评优参考", None)], note="forced votes and likes by staff and parents"),

    # formal notices drowned in slang
    P("hn_sj", "宝藏级通报来咯！市场监管局这次把电暖器查了个底儿掉，不合格的统统被“安排得明明白白”，商家们可长点心吧，不然就真的凉凉了～",
      E, spans=[(E, "把电暖器查了个底儿掉", None)], note="notice drowned in slang"),
    P("ls_sj", "太燃了！陵水市场监管出手就是王炸，无证小作坊被端了个底朝天，这波操作直接拉满，懂的都懂～",
      E, spans=[(E, "出手就是王炸", None)], note="enforcement notice drowned in slang"),
    P("hn_nw", "冬季瓜菜生产技术要点来喽！干就完了！种地这件事，咱们海南农民伯伯就是最靓的仔，冲冲冲！",
      E, spans=[(E, "就是最靓的仔，冲冲冲", None)], note="notice drowned in slang"),
    P("sy_ga_dy", "酒驾？不存在的！被查到当场社死，驾照直接原地消失，这波真的会谢！",
      E, spans=[(E, "驾照直接原地消失", None)], note="warning drowned in slang"),

    # off-topic personal content
    P("ss_zf", "小编今天的午饭：清蒸马鲛鱼配椰子饭，羡慕吗？嘿嘿，就不告诉你在哪吃的～",
      E, spans=[(E, "就不告诉你在哪吃的", None)], note="editor's personal lunch post"),
    P("dz_rs", "周末追完了一部超好看的韩剧，男主帅到犯规！有没有同好来评论区一起嗑CP？",
      E, spans=[(E, "有没有同好来评论区一起嗑CP", None)], note="off-topic personal content"),
    P("df_qx", "今日份的小编自拍：站在气象观测场里吹风的我，像不像偶像剧女主？",
      E, spans=[(E, "像不像偶像剧女主", None)], note="editor's selfie"),
    P("hn_lw_wb", "世界杯预选赛看了吗？我押主队3比0！输了小编直播吃椰子壳！",
      E, spans=[(E, "输了小编直播吃椰子壳", None)], note="sports betting banter"),
    P("wzs_lw", "今天不聊文旅，聊聊小编家的猫咪“椰椰”，它刚学会了开冰箱门，谁家猫这么成精啊！",
      E, spans=[(E, "今天不聊文旅，聊聊小编家的猫咪", None)], note="off-topic pet post"),

    # hard negatives: lively but legitimate
    P("hk_xw", "今日小雪。海口的“小雪”是穿短袖吃清补凉，北方的朋友们，欢迎来海南过冬！", hn=HN, note="solar-term greeting"),
    P("sy_ga", "“您好，我是三亚公安”“您好，我是来送钱的”——骗子：？反诈中心提醒，陌生来电谈钱必有诈！", hn=HN,
      note="anti-fraud post with a meme"),
    P("hn_wj", "小编提醒：冬季温差大，老人和孩子要注意及时增减衣物，出现发热症状请及时就医。", hn=HN, note="小编提醒"),
    P("hk_jy", "为海口市第一中学获得全国中学生科技创新大赛一等奖的同学们点赞！", hn=HN, note="praise"),
    P("sy_lw", "三亚的冬天有多美？一组图告诉你：碧海蓝天、椰林树影、落日晚霞……欢迎来三亚！", hn=HN,
      note="official scenery promotion"),
    P("hk_xw_dy", "海口市2026年第四期小客车增量指标摇号结果公布，中签者可登录官方平台查询。", hn=HN, note="official lottery"),
    P("hn_ga", "“我是警察，不是骗子”——民警上门劝阻被骗群众时，常常要先证明自己是真警察。反诈路上，请多一份信任。", hn=HN,
      note="lively anti-fraud post"),
    P("wc_wj", "温馨提示：冬季也要防蚊！清除积水、翻盆倒罐，让蚊子无处安家～", hn=HN, note="温馨提示"),
    P("dz_nw", "为坚守在田间地头的农技员们点赞！他们走遍了全市16个镇，把技术送到农民家门口。", hn=HN, note="praise"),
    P("hn_yj", "应急科普小课堂：家里燃气泄漏怎么办？第一步，关阀门；第二步，开窗通风；第三步，到室外打电话报警。记住了吗？", hn=HN,
      note="lively safety quiz with answers"),
    P("qh_lw", "博鳌的冬天，和海风、咖啡、书店更配哦。冬游琼海，这份攻略请收藏！", hn=HN, note="official tourism promotion"),
    P("bt_wj", "保亭县卫健委提醒：冬季常见病多发，家庭医生团队上门随访服务照常开展，有需要请联系所在村卫生室。", hn=HN,
      note="ordinary notice"),
    P("ls_lw", "陵水冬季旅游季启动！跟着我们的镜头，去分界洲岛看海豚、去清水湾追日落。", hn=HN, note="official scenery promotion"),
]
