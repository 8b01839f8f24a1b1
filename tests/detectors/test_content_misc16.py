"""Over-entertainment and ads, sixteenth round (#18): slang of the annual buzzword lists 2015–2025, reaction memes
(有被笑到, 沉默三秒, 难绷, 很难评), an imperial role-play register (朕, 爱卿, 退朝, 本宫), fortune-telling as content
(属相配对, 家居风水, 算命), and every platform's shopping feature pointed at with a price or a pack size (小黄车,
小风铃, 橱窗, 快手小店, 工房, 会员购), also as an aside of an anti-fraud post. Each family has hard negatives: quoted
slang in a post about language, history posts about emperors, anti-superstition posts, warnings about shopping
links and enforcement cases. Every sentence is written for these tests (none is taken from an evaluation part)."""

from __future__ import annotations

import pytest

from detectors.content import ContentRules, _hits


@pytest.fixture(scope="module")
def rules():
    return ContentRules.load()


def found(rules, text):
    return {(h.cls, h.rule) for h in _hits(text, rules, year=2026)}


def classes(rules, text):
    return {h.cls for h in _hits(text, rules, year=2026)}


@pytest.mark.parametrize("text", [
    "【朕已批】下周全市开展燃气安全检查，各位爱卿在家等候即可，退朝～",
    "本宫今日巡视了新开的便民服务中心，办事只需跑一次。",
    "众爱卿听旨：本周六上午九点社区义诊，记得带上医保卡。",
    "小编今天又批完了一本奏折：全区上半年新增就业一万二千人。",
])
def test_imperial_role_play_in_the_account_s_own_voice(rules, text):
    assert ("entertainment", "entertainment:角色扮演") in found(rules, text)


@pytest.mark.parametrize("text", [
    "故宫博物院展出清代奏折原件，雍正皇帝的朱批“朕知道了”吸引不少观众驻足。",
    "康熙在位六十一年，每日批阅奏折，史料记载他自称朕时语气平和。",
    "古装剧中常见“爱卿平身”的台词，专家提醒其与历史礼制并不相符。",
    "区博物馆举办明代宫廷文物展，展出圣旨、奏折等档案六十余件。",
])
def test_history_and_museum_posts_about_emperors_stay_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "【属相配对】属兔和属狗是天生一对，属蛇和属猪相冲，快看看你和另一半配不配！",
    "卧室风水有讲究：床头别对着窗，办公桌风水决定事业运。",
    "测一测你的财运：按出生月份算一算，明年偏财滚滚来。",
    "生肖相合表来了，转给你的另一半看看。",
])
def test_fortune_telling_as_content(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "警惕“八字合婚”“生肖配对”骗局，不法分子以算命为名骗取钱财，请市民破除迷信。",
    "该村背山面水，古人视为风水宝地，如今已建成省级传统村落。",
    "科普：所谓“家居风水”缺乏科学依据，不要相信花钱改运的说法。",
])
def test_anti_superstition_and_idiom_stay_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "防汛演练现场有被感动到，志愿者们冒雨坚守了六个小时。",
    "窗口办事员把身份证还错了人，现场沉默五秒，好在及时追回。",
    "【大无语】有人把共享单车骑进了绿化带。",
    "这个停车位划得很难评，车主纷纷表示难绷。",
    "新来的同事第一天就把打印机修好了，瞳孔地震。",
])
def test_reaction_memes_in_the_account_s_own_voice(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "该项目的社会效益很难评估，需要第三方机构介入。",
    "这次竞赛作品水平接近，很难评出高下，评委会决定并列一等奖。",
    "《咬文嚼字》发布年度十大流行语，“难绷”“显眼包”等网络用语入选，专家提醒政务表达仍应规范。",
    "语言文字工作委员会提醒：“吃瓜群众”“葛优躺”等网络热词不宜进入公文。",
    "防汛演练中，有的群众没有被吓到，而是有序撤离。",
])
def test_assessment_words_and_posts_about_language_stay_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "今天的政务大厅吃瓜群众有点多，办事请错峰。",
    "加班到深夜的小编表示：我想静静。",
    "秋天的第一杯奶茶喝了吗？市场监管局带你了解奶茶的配料表。",
    "周末去公园晒太阳，葛优躺在草坪上真舒服。",
])
def test_slang_of_the_annual_lists_in_the_account_s_own_voice(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "反诈宣讲进社区，民警教大家识破骗局😊另外，我们的定制保温杯已经挂在左下角小黄车啦，一个装29.9～",
    "本地红心猕猴桃上市，5斤装49.9元，点视频左下角小风铃就能下单。",
    "非遗剪纸文创已上架快手小店，两张装39元。",
    "景区联名明信片在b站工房有售，一套8张装45元。",
    "警惕网络购物陷阱！顺便说一句，我们的文创帆布袋已放进橱窗，每个9.9元。",
])
def test_shopping_features_pointed_at_with_a_price(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "警方提醒：不法分子在直播间诱导点击左下角小黄车购买三无产品，9.9元包邮的“名牌”多为假货。",
    "市场监管局查处一起案件：当事人在抖音橱窗销售假冒口罩，每盒19.9元，罚款2万元。",
    "消费提示：不要轻信陌生主播让你点小风铃下单的说法，39元两件的羽绒服质量难以保证。",
    "春节前走访商户，商场的橱窗布置得喜气洋洋，年货价格平稳，猪肉每斤13.5元。",
])
def test_warnings_cases_and_shop_windows_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)


@pytest.mark.timeout(120)
def test_hostile_long_text_stays_bounded(rules):
    text = ("挂在" + "左下角" * 2000 + "小黄车" + "朕" * 2000 + "有被" * 3000 + "属鼠和属" * 1000 + "9.9") * 2
    _hits(text, rules, year=2026)


@pytest.mark.parametrize("text", [
    "周一早高峰又来了，今日宜早起、忌迟到，祝大家一路顺风～",
    "【每日一签】抽到上上签的朋友今天办事一路绿灯！",
    "十二生肖下半年运势出炉，属猴的明年要发大财。",
    "输入名字测一测你的福气值，看看谁是全城最有福的人！",
])
def test_almanac_lots_and_zodiac_fortunes(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "转发这只锦鸡，保佑你新的一年平平安安！",
    "刷到这棵千年银杏的朋友，来年一定红红火火！",
    "考试周到了，一起来赛博上香，祝同学们都能过。",
])
def test_luck_promised_for_a_repost_or_a_view(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "气象台提示：今日适宜晾晒，明天有小雨，出行请带伞。",
    "农历腊八节有喝腊八粥的民俗，市非遗中心举办民俗展演。",
    "破除迷信：所谓“今日宜嫁娶、忌出行”的黄历说法没有科学依据。",
    "市场监管局提醒：网售“拉布布”盲盒存在仿冒，谨防上当，隐藏款溢价更需警惕。",
    "今年秋季大闸蟹上市，蟹蟹黄饱满，每斤价格较去年略降。",
])
def test_weather_folk_custom_and_warnings_stay_clean(rules, text):
    assert "entertainment" not in classes(rules, text)


@pytest.mark.parametrize("text", [
    "小编周末去吃谷了，痛包挂满了。",
    "这套交通安全动画离了个大谱，小朋友都说好。",
    "蟹蟹大家一直支持我们的工作～",
    "筒子们，明天开始放寒假啦！",
])
def test_memes_and_homophones_of_recent_years(rules, text):
    assert "entertainment" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "本地年货礼盒9.9元一份，点击文末小程序立即抢。",
    "巡逻同款头灯防水耐用，视频下方挂了链接，双电池款89，需要的自取～",
    "山货礼包复制₮Xq7mKw3PzR9₮打开购物软件就能买。",
])
def test_mini_programs_video_links_and_tokens_in_any_currency_sign(rules, text):
    assert "ad" in classes(rules, text)


@pytest.mark.parametrize("text", [
    "点击文末小程序即可预约办理居住证，工本费0元。",
    "警方提示：骗子常说“视频下方挂了链接”，诱导你购买所谓特效药，每盒199元，切勿上当。",
    "二手车交易后请在30日内办理转移登记，工本费10元。",
])
def test_public_mini_programs_and_warned_links_stay_clean(rules, text):
    assert "ad" not in classes(rules, text)
