"""Tenth held-out part: over-entertainment (卖萌, memes, gossip, fortune-telling, follower lotteries, begging
for and forcing likes/shares) in official accounts (class entertainment), and warm but proper hard negatives.
Slang and phrasings are new (none is a span of dev/ ... dev13/)."""
from _lib import P

E = "entertainment"
A = "ad"

POSTS = [
    P("nc_ga", """本喵今天也在认真站岗哦～🐱派出所的“编外辅警”橘座又来巡逻了，喵喵喵，谁敢在辖区干坏事，本喵第一个不答应！""",
      E, spans=[(E, "本喵今天也在认真站岗哦"), (E, "本喵第一个不答应")], note="卖萌 in the first person of a cat"),
    P("px_qx", """【朕已阅】明日起冷空气抵达萍乡，气温骤降8℃。众爱卿速速添衣，退朝～""",
      E, spans=[(E, "朕已阅"), (E, "众爱卿速速添衣，退朝")], note="a weather notice in a mock-emperor meme"),
    P("gz_ga", """大爷把捡到的钱包送到派出所，还坚持不留名，民警追出去硬塞了一面锦旗给他😂你人还怪好嘞！""",
      E, spans=[(E, "你人还怪好嘞")], note="meme slang in a police caption"),
    P("jx_sc", """【这很难评】有商家把“鲜榨果汁”写成“鲜炸果汁”，消费者问是不是油炸的？网友：难绷。""",
      E, spans=[(E, "这很难评"), (E, "网友：难绷")], note="meme slang as a headline; no regulatory content"),
    P("jj_wj", """周一早上的医生办公室：全员活人微死状态😵‍💫但病人一来，瞬间满血复活，这就是医生的活人感吧～""",
      E, spans=[(E, "全员活人微死状态"), (E, "这就是医生的活人感吧")], note="slang about staff moods"),
    P("jx_wl", """小孩哥在滕王阁门口即兴朗诵《滕王阁序》，全场掌声雷动！这位小孩哥你们认识吗？快来认领～""",
      E, spans=[(E, "这位小孩哥你们认识吗？快来认领")], note="meme label and a call to find a child; entertainment"),
    P("sr_xw", """【大无语事件】小编今天出门忘带工牌，被门卫大爷拦在门外半小时，最后靠背出“上饶发布”的口号才放行……""",
      E, spans=[(E, "【大无语事件】"), (E, "被门卫大爷拦在门外半小时")], note="the editor's private anecdote as a meme"),
    P("nc_ga_dy", """有人在交警面前表演“我的车技你礼貌吗”🙃结果……懂的都懂。点赞过5万，下期让交警大队长亲自教科目二！""",
      E, spans=[(E, "我的车技你礼貌吗"), (E, "点赞过5万，下期让交警大队长亲自教科目二")], note="meme and like-begging in a traffic video"),
    P("gz_ga_wb", """警犬“闪电”和训导员贴贴的一天🐕今天它表现超棒，奖励一根大鸡腿！想看它和训导员贴贴的扣1～""",
      E, spans=[(E, "警犬“闪电”和训导员贴贴的一天"), (E, "想看它和训导员贴贴的扣1")], note="卖萌 and comment-begging"),
    P("jdz_wl", """好嗨哟～瓷都的夜晚嗨起来了！陶溪川的DJ今晚直接把气氛炸穿🎧 你们站曼波还是站哈气？评论区见！""",
      E, spans=[(E, "好嗨哟～瓷都的夜晚嗨起来了"), (E, "你们站曼波还是站哈气")], note="memes; off-topic poll"),
    P("jx_yj", """关于进一步做好本号宣传推广工作的通知

各处室、各直属单位：

为扩大我厅政务新媒体影响力，请各党支部按人头落实点赞转发，每人每天对本号推文点赞、点“推荐”不少于2篇，完成情况纳入本月作风效能评议。

厅办公室
2026年11月24日""",
      E, spans=[(E, "请各党支部按人头落实点赞转发"), (E, "完成情况纳入本月作风效能评议")], note="forced likes by staff, tied to appraisal"),
    P("ja_xw", """【请各网格员注意】即日起，每名网格员带动100户居民关注“吉安发布”，关注截图于每周五前交所在社区，社区汇总后报市委网信办。""",
      E, spans=[(E, "每名网格员带动100户居民关注"), (E, "关注截图于每周五前交所在社区")], note="forced follows with screenshots"),
    P("fz_jy", """各位班主任：请在家长群发起“打卡接龙”，提醒家长转发本文至朋友圈，转发后截图回复“已完成+孩子姓名”，今晚8点前各班完成情况报年级组。""",
      E, spans=[(E, "请在家长群发起“打卡接龙”"), (E, "转发后截图回复“已完成+孩子姓名”")], note="forced reposts by parents via teachers"),
    P("gz_ga", """本条视频点赞量计入各派出所年度宣传考核，请全体民辅警即刻点赞、评论、分享至本人微信朋友圈。""",
      E, spans=[(E, "本条视频点赞量计入各派出所年度宣传考核"), (E, "请全体民辅警即刻点赞、评论、分享至本人微信朋友圈")], note="forced likes and shares of staff"),
    P("jj_wj", """“九江好医生”网络投票进行中！

请全市各医疗卫生单位职工每天投满三次，投票截图交科室，科室汇总后报院办，投票情况将在全市卫健系统通报。""",
      E, spans=[(E, "每天投满三次，投票截图交科室"), (E, "投票情况将在全市卫健系统通报")], note="forced voting"),
    P("yt_xw", """请各单位在本条微博下统一评论“鹰潭加油，我为鹰潭点赞”，评论截图于今日17时前报送市委宣传部新媒体科，逾期视为未完成。""",
      E, spans=[(E, "统一评论“鹰潭加油，我为鹰潭点赞”"), (E, "逾期视为未完成")], note="forced uniform comments"),
    P("jdz_wl", """听说某当红小生今天在景德镇陶溪川逛街，还买了一只小茶杯☕有人偶遇到了吗？求生图！""",
      E, spans=[(E, "某当红小生今天在景德镇陶溪川逛街"), (E, "求生图")], note="celebrity gossip"),
    P("jx_jy_wb", """【今晚的选秀决赛你们看了吗】我们江西妹子冲进前三啦！她的“高音”简直绝了，赶紧去给她投票打call，冲冲冲！""",
      E, spans=[(E, "今晚的选秀决赛你们看了吗"), (E, "赶紧去给她投票打call")], note="talent-show gossip and vote-begging"),
    P("xy_sc", """【紫微斗数看2027】明年属马的朋友财运亨通，属鼠的朋友注意破财，属兔的朋友桃花朵朵开～你是哪个属相？""",
      E, spans=[(E, "紫微斗数看2027"), (E, "属兔的朋友桃花朵朵开")], note="fortune-telling"),
    P("sr_sc", """年底了，办公室摆什么能招财？小编整理了风水摆件招财指南：门口放发财树，财位放貔貅，千万别对着门放镜子！""",
      E, spans=[(E, "风水摆件招财指南"), (E, "财位放貔貅")], note="feng shui"),
    P("jx_wj_wb", """【看面相知健康？】额头饱满的人心脏好，耳垂大的人长寿，鼻梁挺的人肺活量大……你信吗？评论区晒出你的面相！""",
      E, spans=[(E, "评论区晒出你的面相"), (E, "耳垂大的人长寿")], note="physiognomy in a health account"),
    P("ja_ny", """【属相配对大全】属牛和属鼠是天生一对，属虎和属猴相冲……快@你的另一半看看你们配不配！""",
      E, spans=[(E, "【属相配对大全】"), (E, "属虎和属猴相冲")], note="zodiac matching"),
    P("jx_ga", """关注+私信“暖冬”，周五抽6位送警营定制羽绒手套🧤不关注抽不到哦～""",
      E, spans=[(E, "关注+私信“暖冬”，周五抽6位送警营定制羽绒手套")], note="follower lottery"),
    P("sr_xw", """测一测：你是哪一碗江西粉？A.南昌拌粉 B.上饶灯盏粿 C.赣州鱼饼 D.萍乡炒粉。选好了来评论区对暗号～""",
      E, spans=[(E, "测一测：你是哪一碗江西粉"), (E, "选好了来评论区对暗号")], note="personality quiz"),
    P("yc_rs", """家银们，城乡居民医保缴费倒计时啦！错过就要等一年，速速安排上～手慢哭唧唧哦😭""",
      E, spans=[(E, "家银们，城乡居民医保缴费倒计时啦"), (E, "手慢哭唧唧哦")], note="a formal notice drowned in slang"),
    P("gz_wl", """求求给孩子点个关注吧😭孩子想涨粉想疯了，就差2000粉丝破百万，家人们帮帮孩子！""",
      E, spans=[(E, "求求给孩子点个关注吧"), (E, "孩子想涨粉想疯了")], note="begging for follows"),
    P("jx_jy", """小编已经熬成熊猫眼了

为了赶出这期寒假安全提示，小编连续加了三个通宵🐼你们忍心不点赞吗？不点赞小编就蹲在墙角画圈圈……""",
      E, spans=[(E, "小编已经熬成熊猫眼了"), (E, "不点赞小编就蹲在墙角画圈圈")], note="卖惨 and like-begging"),
    P("nc_ga_dy", """辅警小哥跳了一段刀马刀马，所长看了直接笑出猪叫🤣下期想看谁跳，评论区点名！""",
      E, spans=[(E, "辅警小哥跳了一段刀马刀马"), (E, "所长看了直接笑出猪叫")], note="dance meme by staff"),
    P("jx_wl", """今天的心情：不想上班，只想去婺源晒太阳☀️有没有一起请假的？那咋了！#江西文旅#""",
      E, spans=[(E, "不想上班，只想去婺源晒太阳"), (E, "有没有一起请假的？那咋了")], note="personal mood and meme"),
    P("px_qx", """今晚开黑，谁带小编上王者？天气预报已经发完了，剩下的时间交给峡谷🎮""",
      E, spans=[(E, "今晚开黑，谁带小编上王者")], note="gaming chatter"),
    P("jj_yj", """冬天的第一杯热奶茶，你们喝了吗？☕小编已经喝了三杯了，今日份快乐全靠它。评论区晒晒你的奶茶～""",
      E, spans=[(E, "冬天的第一杯热奶茶，你们喝了吗"), (E, "评论区晒晒你的奶茶")], note="off-topic chatter"),
    P("gz_ga_wb", """今天巡逻遇到一对新人拍婚纱照，民警小哥被拉去当伴郎，这cp感拉满了家人们！蹲一个后续～""",
      E, spans=[(E, "这cp感拉满了家人们"), (E, "蹲一个后续")], note="gossipy slang"),
    P("jx_yj_wb", """今天消防演练有被笑到😂新来的小王把灭火器拿反了，全场沉默三秒……""",
      E, spans=[(E, "今天消防演练有被笑到"), (E, "全场沉默三秒")], note="mocking staff for laughs"),
    P("jj_wj", """小编今天摸鱼被领导抓到了，罚写三千字检讨😭有没有宝子帮我写？""",
      E, spans=[(E, "小编今天摸鱼被领导抓到了"), (E, "罚写三千字检讨")], note="the editor's private mood"),
    P("fz_jy", """今天也是努力搬砖的一天🧱教育局的小伙伴们周末都在加班写材料，谁懂，真的会栓住人……""",
      E, spans=[(E, "今天也是努力搬砖的一天"), (E, "真的会栓住人")], note="complaining in slang"),

    # ---- entertainment + ad
    P("jdz_wl", """点赞过万，抽3位宝子送“瓷都窑事”手绘茶杯！🎁没抽中的也别哭，茶杯同款在主页小店，今天下单立减20～""",
      (E, A), spans=[(E, "点赞过万，抽3位宝子送“瓷都窑事”手绘茶杯"), (A, "茶杯同款在主页小店，今天下单立减20")],
      note="a like lottery that is also a shop ad"),

    # ---- hard negatives: warm but proper
    P("px_qx", """【大雪节气】今日大雪。“大雪纷飞兆丰年”，萍乡未来三天以多云为主，早晚气温低，请注意防寒保暖，出行注意路面结冰。""",
      hn=E, note="solar-term greeting with a forecast"),
    P("nc_ga", """再见了，老伙计。服役9年的警犬“雷霆”今天光荣退役，它参与搜捕30余次、搜爆安检200余次。训导员说：“你守护了城市，以后换我守护你。”""",
      hn=E, note="a warm farewell to a police dog; no meme or begging"),
    P("sr_xw", """寒风中，凌晨4点的上饶街头，环卫工人已经开始清扫。向每一位城市美容师致敬！市城管局提醒市民：文明出行，不乱扔垃圾。""",
      hn=E, note="thanks to workers with a civic reminder"),
    P("yt_xw", """冬至到了，鹰潭社区志愿者为独居老人送去热腾腾的饺子🥟“吃了饺子不冻耳朵”，祝大家冬至安康！""",
      hn=E, note="holiday greeting with a volunteer story"),
    P("gz_ga", """反诈情景剧来了！民警自编自演，还原“冒充客服退款”诈骗全过程。记住：客服不会让你开屏幕共享！""",
      hn=E, note="anti-fraud skit; lively but on topic"),
    P("jx_wl", """庐山下雪了❄️今晨，庐山迎来今冬初雪，含鄱口、如琴湖银装素裹。上山游客请注意：山路结冰，请服从景区管控，务必安全出行。#冬游江西#""",
      hn=E, note="official scenery promotion with a safety notice"),
    P("fz_jy", """抚州市中小学冬季校园体育节开幕，跳绳、拔河、踢毽子……孩子们在寒风中挥洒汗水。每天锻炼一小时，健康成长一辈子！""",
      hn=E, note="a school event report"),
    P("jx_yj_wb", """消防员冬训实录：零下2℃，水带结冰、手套湿透，他们依然坚持训练。致敬最可爱的人！""",
      hn=E, note="training report with a customary tribute"),
    P("ja_xw", """百岁老兵罗大爷今天过生日，社区干部和志愿者为他送上生日蛋糕和鲜花。老人说：“共产党好，现在的日子好。”""",
      hn=E, note="a warm community story"),
    P("jj_wj", """小编提醒：降温了，老人和孩子要注意保暖，出门戴好帽子、围巾。心脑血管疾病患者清晨不宜外出锻炼。""",
      hn=E, note="小编提醒 is fine in a health tip"),
    P("yc_rs", """寒冬送岗位，温暖进万家！宜春市“春风行动”专场招聘会12月6日在市人力资源市场举行，180家企业提供岗位5000余个，欢迎求职者参加。""",
      hn=E, note="lively headline for a job fair"),
    P("nc_ga_dy", """“小朋友，过马路要走斑马线哦！”交警叔叔走进幼儿园，用儿歌教孩子们认识交通信号灯🚦""",
      hn=E, note="child-friendly safety education"),
    P("jx_jy_wb", """【为他们点赞】江西学子在全国大学生数学建模竞赛中获一等奖12项。祝贺！也感谢指导老师们的辛勤付出。""",
      hn=E, note="praise (为…点赞) is proper"),
]
