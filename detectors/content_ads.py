"""Commercial ads by the policy's own definition (000 §2.2, 001 §3.5: 不得刊登商业广告或链接商业广告页面).

A post is an ad when **something is offered for sale** (a sale price, a discount, a coupon, a gift for buying, a
new product on the shelf, a commission for resellers) **and a channel to buy it or reach the seller is given** (a
shop icon or link, a selling livestream, a token to copy, private traffic: 加V, 私信, 评论区扣 1, 进群; a QR code
to order or join; a booking number; following the business's account to claim; visiting the shop). Either half
alone is no ad: a price in a price-monitoring notice has no channel, a 扫码预约 for vaccination offers nothing
for sale.

Not ads even with both halves: the words quoted in a law-enforcement case or a consumer/anti-fraud warning, and
public offers (government vouchers, subsidies, procurement, auctions, government-guided insurance) — but a
platform's own subsidy (百亿补贴) is its promotion, and a product sold as what a public scheme leaves out (医保报销之外)
is no public offer. The account's own commercial partner (本号合作健身房“…”) is one named business, and recommending it
is the account's own promotion, which a warning elsewhere in the post does not cover.

The markers are patterns of *mechanisms* (an icon named by its shape, a quantity followed by a price, a number of
items for a discount), not of particular shops, products or platforms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.charsim import fuzzy_readings, shape_similar

NUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)"
CN = r"[一二两三四五六七八九十]"
# (no 克: 每500克14.2元 is how price monitoring quotes a price, not a quantity on sale)
UNIT = r"(?:件|斤|盒|箱|瓶|只|袋|套|份|副|杯|个|双|张|位|人|晚|天|次|节|课时|节课|堂|期|次卡|罐|包|条|支|片|桌|枚|颗|根|笔|单|寸)"

# Units of goods (a gift of more of the same: 两瓶起拍再送一瓶; not 次, 天: 献血三次再送一次体检 is a public reward)
GOODS = r"(?:件|斤|盒|箱|瓶|袋|套|份|杯|罐|包|支|桶|提|听|双)"

# Shopping and delivery platforms, and the disguises their names take (某宝, tb).
PLATFORM = (r"(?:淘宝|淘寳|天猫|京东|拼多多|抖音|快手|小红书|美团|大众点评|饿了么|闲鱼|得物|唯品会|微店|有赞|携程|飞猪|去哪儿|同程|"
            r"盒马|1688|苏宁|当当|某宝|某东|某多多|某音|某团|某书|某猫|视频号|小商店|抖店|商城小程序|小程序商城|"
            r"多多买菜|美团优选|兴盛优选|淘菜菜|叮咚买菜|朴朴|京东到家|美团闪购|快团团|群接龙|"
            r"抖音商城|快手小店|b站会员购|会员购|淘特|点淘|京喜|转转|山姆|顺丰同城|uu跑腿|闪送|达达|跑腿app|"
            r"tao宝|淘bao|桃宝|拼夕夕|狗东|猫超|小红薯|小绿书|某红书|某绿书|咸鱼|薯店|红薯店|小红书店|(?<![a-z])(?:tb|jd|pdd|taobao|xhs|dy|ks)(?![a-z]))")

# Something is offered for sale (kind, pattern).
OFFER = [
    ("售价", re.compile(
        r"(?:到手价?|专属价|专享价|特价|秒杀价|优惠价|券后价?|现价|会员价|新人价|拼团价|折扣价|活动价|福利价|开业价|"
        r"尝鲜价|体验价|预售价|团购价|限时价|直播价|粉丝价|内购价|出厂价|批发价|惊爆价|早鸟价|全包价|原价|一口价|特惠价?|"
        r"良心价|亲民价|实惠价|公道价|厚道价|超值价|补贴价|"
        r"(?:早鸟|预售|团购|特价|优惠|单人|双人|亲子)票)"
        r"[^。\n，,；;]{0,6}\d+(?:\.\d+)?(?!\d)|"
        # 只需 3 个工作日 is no price: these need a currency or a decimal
        r"(?:每月|每年|每天|每晚)仅\s*\d+(?:\.\d+)?\s*元|仅\s*\d+\.\d{1,2}\s*元|"
        r"(?:只要|只需|仅需|仅售|只卖|仅卖|只售|才)[^。\n，,；;\d]{0,4}(?:\d+(?:\.\d+)?\s*(?:元|块|米(?![\u4e00-\u9fff]))|\d+\.\d{1,2}|"
        r"\d+(?![\d.%\u4e00-\u9fff]))|"
        # a sold quantity with its price: 8节课880元, 2瓶装59元, 一盒48元
        r"(?:\d+|[一两二三四五六七八九十单])" + UNIT + r"(?:装)?[^。\n，,；;\d送赠值奖]{0,4}\d+(?:\.\d+)?元|"
        r"(?<![\d.薪资贴励])\d+(?:\.\d+)?元起(?!步)|"  # (月薪6000元起 is a wage, not a price)
        # a bundle: 双人房含早餐388元, 门票+雪具128元
        r"(?:双人|单人|三人|四人|家庭|亲子|情侣)[\u4e00-\u9fff]{0,3}?(?:套餐|餐|票|券|房|游|卡|装)[^。\n，,；;]{0,8}\d+(?:\.\d+)?元|"
        # a card or a group-buy deal with its price (年卡699元, 抖音团购…19.9元): public venues' cards are PUBLIC_OFFER
        r"(?:年卡|季卡|月卡|次卡|会员卡|储值卡|团购(?:券|套餐|价)?)(?!链接|入口)[^。\n，,；;]{0,8}?\d+(?:\.\d+)?\s*元|"
        # only the materials or the cost charged for a service (仅收材料费): a trader's pitch for the work
        r"(?:仅|只)(?:收|需付?|要|付)(?:材料|耗材|配件|零件)(?:费|钱|成本)|"
        r"\+[^。\n，,；;+]{1,10}\d+(?:\.\d+)?元|"
        r"\d+(?:\.\d+)?元(?:秒杀|抢购|到手|包邮|起购|起订|抢|/(?:位|份|斤|盒|件|套|瓶|箱))|"
        # a packed weight or a jar with its price (250克礼罐168元; not 每500克14.2元, how monitoring quotes prices)
        r"(?<![\d每])\d+(?:g|克|kg|千克|斤|公斤|ml|毫升)(?:礼罐|罐|礼盒|盒|袋|瓶|包|听)[^。\n，,；;\d]{0,2}\d+(?:\.\d+)?元|"
        r"定金\s*\d+(?:元)?\s*抵\s*\d+|(?:认筹金|诚意金|意向金|订金|定金)[^。\n，,；;]{0,2}抵[^。\n，,；;]{0,4}\d|"
        r"(?:交|付)\s*\d+(?:\.\d+)?\s*万?元?\s*(?:认筹金|诚意金|意向金|订金)|(?:付|交)\s*\d*元?定金|首付(?:低至|仅需?|只要|只需)?\s*\d+(?:\.\d+)?\s*(?:万|成)|"
        # a price at cost (只收成本费): no number, but a sales pitch
        r"只收成本(?:费|价)|(?:按|享|给)成本价|"
        # a price in Chinese numerals (只要四十九, 仅需九块九)
        r"(?:只要|只需|仅需|仅售|到手价?)\s*[一二两三四五六七八九十百千]{1,5}(?:块|元)[一二三四五六七八九]?|"
        r"(?:只要|只需|仅需|仅售|到手价?)\s*[一二两三四五六七八九十百千]{2,5}(?=[,，。!！\s]|$)|"
        r"比[^。\n，,；;]{1,10}还(?:便宜|划算|实惠)|比(?:市场价|市场|门市价|原价|超市)(?:低|便宜|优惠|省)\s*\d+|[¥￥]\s*\d+(?:\.\d+)?(?![a-z0-9]*[¥￥])|"
        r"白菜价|骨折价|跳楼价|地板价|宠粉价|惊喜价|秘密价|心动价|炸裂价|破价|亏本(?:价|甩卖|清仓)|捡漏|薅羊毛|包邮|"
        r"史低|全网最低|(?:立|直)省\s*(?:\d+|[一二两三四五六七八九十百千]+)\s*(?:元|块)?|"
        # a price named without a number for those who ask (报暗号享出厂价), a time-limited price (限时298元)
        r"(?:享|按|给|拿到|给到)(?:出厂|工厂|厂家|厂|内购|员工|批发|成本|底|团购|粉丝|福利|会员|秒杀|直播间?)价|"
        r"限时(?:特惠|优惠|抢购|秒杀)?\s*\d+(?:\.\d+)?\s*(?:元|块)|"
        # an all-in price, a first month's or first lesson's price (98元全包, 首月1999元)
        r"\d+(?:\.\d+)?\s*元(?:全包|包干|包安装|包上门)|(?:首月|首年|首单|首节|首课)\s*(?:仅|只要)?\s*\d+(?:\.\d+)?\s*元|"
        # colloquial prices: 9块9, 1分钱试用
        r"(?<!\d)\d{1,4}块\d(?![\d万])|(?:\d+|[一两])分钱(?:试用|购|抢|秒杀|体验|包邮|领)|"
        # a weight or count with a decimal price and no currency (一袋5斤39.9, 一盒28.8)
        r"(?:\d+|[一两二三四五六七八九十])" + UNIT + r"(?:装)?\s*\d+\.\d{1,2}(?![\d%])|"
        # a packed weight or a gift box with its price (500g装69元, 礼盒装188元)
        r"\d+(?:g|克|kg|千克|ml|毫升|l|升)装[^。\n，,；;\d]{0,4}\d+(?:\.\d+)?元|"
        r"(?:礼盒|套装|组合|家庭装|整箱)装?[^。\n，,；;\d]{0,2}\d+(?:\.\d+)?元|"
        r"(?:福利|专属|直播|粉丝|内购|秒杀|团购|特惠|内部|员工|拼团|宠粉|群内)价(?![格值位差])|"
        r"(?:每|一)" + UNIT + r"(?:立|直|可|能|就|再)?省\s*\d+(?:\.\d+)?(?![\d%])|"
        # a first item for a token price (首件1元)
        r"首件\s*(?:仅|只要)?\s*\d+(?:\.\d+)?\s*元|(?<![\d.])\d+(?:\.\d+)?元(?:拍|抢|包|享)(?![受有])|"
        # a unit or total price in ten-thousands with 起 (单价4.2万起: a flat on sale; a statistic has no 起)
        r"(?:单价|总价|均价|售价|报价|价格)\s*(?:仅|只要|低至)?\s*\d+(?:\.\d+)?\s*万元?(?:/㎡|/平米?)?起|"
        # a deal waiting inside the seller's own channel (群内有优惠, 直播间更便宜)
        r"(?:群内|群里|进群|直播间|店内|店里|橱窗)[^。\n，,]{0,2}(?:有|享|更|另有|还有)?(?:优惠|福利|特价|折扣|惊喜价|更便宜|更划算)")),
    # a price per head, item, night or month (2999元/人, 3980元/颗): public fees are quoted so too (see PUBLIC_FEE)
    ("计价", re.compile(r"\d+(?:\.\d+)?\s*元\s*/\s*(?:人|颗|颗牙|次|晚|间|间夜|节|课时|㎡|平米|平方米|月|年|季|季度|半年|期|学期|周|天)"
                        r"(?![\u4e00-\u9fff])|"
                        # …or per unit of service written out (每平米98元; not 每斤, how price monitoring quotes)
                        r"每(?:平米|平方米|平方|平|㎡|位|晚|间|节|课时|颗|天|日|小时)\s*(?:仅|只要|只需)?\s*\d+(?:\.\d+)?\s*元")),
    ("折扣", re.compile(
        r"(?:" + NUM + r")" + UNIT + r"\s*(?:\d(?:\.\d)?|" + CN + r")折|"
        r"(?:享|打|低至|最低|全场|全店|再享|立享|限时|直降至?)[^。\n，,；;\d]{0,4}(?:\d{1,2}(?:\.\d)?|" + CN + r"{1,2})折|"
        # a discount written as such anywhere (双12五折, 9.5折; not 折扣, 七折八扣, 折旧), half price on tickets or dishes
        r"(?<![\d.])\d(?:\.\d)?折(?![旧叠扣线页纸射])|(?<![一二三四五六七八九十])[二三四五六七八九]折(?![旧叠扣线页纸射])|"
        r"(?:门票|票|套餐|课程|学费|房费|菜品|第二份|第二杯|全场|会员)半价|"
        # half off said in words (享受半价锅底, 两件再省一半): a shop's deal; public fares' halves are PUBLIC_OFFER
        r"(?:享受?|立享|可享|均享|一律|全店)半价|(?:再|立|直接|能|可)省一半|"
        # a group-buy threshold (满50套成团, 三人拼单): the deal closes when enough buyers join
        r"满\s*(?:\d+|[一二两三四五六七八九十百]+)\s*(?:" + UNIT[3:-1] + r")\s*(?:即|就|才)?成团|参与拼单|拼单(?:价|购买|下单)|"
        # a discount on a named service (住宿八折, 菜品7折)
        r"(?:住宿|房费|菜品|餐费|全单|商品|药品|课程|学费|服务费|安装费|工时费|消费)[^。\n，,；;\d]{0,2}"
        r"(?:\d{1,2}(?:\.\d)?|" + CN + r"{1,2})折|"
        # nights or items for the price of fewer (连住三晚只付两晚, 住两晚送一晚, 充一年送两月)
        r"(?:连住|住|订|买|吃|充|办|报)(?:" + NUM + r")(?:晚|天|月|年|次|节|份|件|个|期)(?:只|仅)?(?:付|收|送|赠)"
        r"(?:" + NUM + r")(?:晚|天|月|年|次|节|份|件|个|期)|"
        r"\d(?:\.\d)?折(?:起|优惠|特惠|促销|清仓|秒杀)|"
        r"第二" + UNIT + r"(?:半价|免费|[0零]元|\d+(?:\.\d+)?元|\d折)|"
        r"拍(?:" + NUM + r")发(?:" + NUM + r")|买(?:" + NUM + r")\S?(?:送|赠)(?:" + NUM + r")|(?:立|即|再)返\s*\d+|"
        r"(?:前|首)\s*\d+\s*(?:名|单|位|组)[^。\n，,]{0,8}(?:免单|半价|特价|折|立减)|免单|"
        # 满 18 周岁即可 is an age: a threshold in money or items
        r"满\s*\d+(?:\.\d+)?\s*元\s*(?:减|送|赠|返|可参加|抽|享|即)|满\s*\d+\s*(?:减|送|赠|返)\s*\d|"
        r"满\s*\d+\s*" + UNIT + r"\s*(?:再|即|可|就|加|还|多)?(?:减|送|赠|打|享)|"
        r"(?:立|直|再|各|即)减\s*\d+|(?:最高|最多|可|即|立|直接)抵(?:扣)?\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*元|直降\s*\d+(?:\.\d+)?\s*(?:万?元|块|(?![\d.%％万]))|让利\s*\d+(?:\.\d+)?\s*万?元|(?:\d+|[两二三四五六七八九十])人(?:同报|成团|拼团|团购)")),
    ("优惠券", re.compile(
        r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)元[^。\n，,]{0,6}(?:券|红包)|无门槛(?:券|红包|\d|使用)|(?:优惠|代金|抵用|抵扣|折扣|满减|现金|电子|新人|新客|新户|店铺)券|"
        r"(?:领|抢)[^。\n，,；;]{0,4}券|抢券|神券|券后|付邮|仅需(?:支付)?运费|试用装|立减金|膨胀金|购物金|"
        # a shop's red packet (public ones are 消费券, 数字人民币红包: see PUBLIC_OFFER)
        r"(?:专属|新人|新客|进店|下单|购物|无门槛|店铺)红包|"
        # a discount sent as a link or reserved for the one who asks (专属优惠链接, 内部折扣; not 优惠政策; 优惠码 is a 口令)
        r"优惠链接|(?:专属|专享|内部|独家|隐藏)(?:优惠|折扣)(?!政策|措施|条件|待遇|服务|码)")),
    ("买赠", re.compile(
        r"(?:下单|购买|续报|续费|办卡|充值|到店|进店|拍下|预订|预定|订房|入住|订购|团购)[^。\n，,]{0,3}(?:即|就|再|加|立|还)?"
        r"(?:送|赠|返现|返\d)|拍下(?:立|即)享|"
        # a numbered listing of a livestream or a shop bought with a gift (拍2号链接送…, 拍三号宝贝减…)
        r"(?:拍|买|下单|抢)(?:\d+|[一二两三四五六七八九十])号(?:链接|商品|宝贝|款)?[^。\n，,]{0,3}(?:即|就|再|加|立|还)?"
        r"(?:送|赠|返|减|享)|"
        # a present collected by coming to the shop or showing the post (到店出示此视频领小礼品)
        r"(?:到店|进店|来店|出示)[^。\n]{0,10}(?:领|送|赠|得)(?:取)?(?:一份)?(?:小)?(?:礼品|礼物|好礼|赠品|礼包|纪念品)|"
        r"积分翻倍|双倍积分|返现|[0零]元(?:购|抢)|"
        # a draw or a gift that needs a purchase (晒出购酒小票参与抽奖, 凭购物凭证领): a sales promotion, not a lottery
        r"(?:晒|晒出|凭|出示|上传|拍下)[^。\n，,]{0,4}(?:购物|购买|消费|购[\u4e00-\u9fff])(?:小票|凭证|发票|订单)|"
        # more of the same for a quantity bought (两瓶起拍再送一瓶, 订三箱加送一箱), a gift for signing up together
        r"(?:" + NUM + r")" + GOODS + r"(?:起拍|起购|起订|起)?[^。\n，,；;]{0,3}(?:再|加|多|另)送(?:" + NUM + r")" + GOODS + r"|"
        r"(?:\d+|[两二三四五六七八九十])人(?:同办|同报|同购|同行|结伴)[^。\n，,；;]{0,2}(?:即|就|再|可|各)?(?:送|赠|减|享|打)|"
        r"(?:存|存入|存满|开户|办卡|购[\u4e00-\u9fff]?)\s*(?:\d+(?:\.\d+)?\s*万?元?)?[^。\n，,]{0,2}(?:即|就|再|加)(?:送|赠)|"
        r"(?:存|存入|存满)\s*\d+(?:\.\d+)?\s*万?元?(?:送|赠)|"
        # a gift for coming to the shop (进店报“…”就送), for signing up (新办…，送价值88元的…), for bringing a customer
        r"(?:到店|进店|来店|到门店)[^。\n“”\"「」『』]{0,14}(?:免费)?(?:即|就|再|可|都)?(?:送|赠)|"
        # (a new firm's free seal, 新开办企业免费赠送印章, is a public service: the product is named)
        r"(?:新用户|新客户?|新会员)[^。\n；;]{0,10}?(?:即|就|再|加|立)?(?:送|赠)|"
        r"(?:新用户|新客户?|新会员|新人)[^。\n；;]{0,6}?(?:注册|下单|首单|首购)?[^。\n；;]{0,2}(?:即|就|立)?领[^。\n；;]{0,6}"
        r"(?:\d+(?:\.\d+)?\s*元|礼包|红包|券)|(?:新人|新客|新用户)(?:立享|专享|首单|首件)|"
        # a gift for a visit, a viewing or a test drive; more for regular customers
        r"(?:预约看房|看房|试驾|到访|来访|到场)[^。\n，,]{0,4}(?:即|就|再)(?:送|赠)|"
        r"(?:店内|店里|本店|门店)(?:再|另|加|还)(?:送|赠)|"
        r"(?:老顾客|老客户|老客|回头客|老学员)[^。\n，,]{0,4}(?:多送|再送|加送|再减|优惠|享)|"
        r"(?:新办|办理?|开通|开立|申办|注册|激活)[^。\n，,；;]{0,4}(?:etc|信用卡|会员卡?|储蓄卡|银行卡|宽带|套餐|手机卡|号卡|vip)"
        r"[^。\n；;]{0,6}?(?:即|就|再|加|立)?(?:送|赠)|"
        # a deal for the account's own followers (本号粉丝专享): public offers are for everyone entitled
        r"(?:本号|我们的|咱们的)?(?:粉丝|读者|观众)(?:专享|专属|特惠|福利价|优惠)|"
        r"(?:推荐|邀请|介绍)[^。\n；;]{0,10}(?:新用户|新客户?|好友|朋友)[^。\n；;]{0,8}(?:双方各|各得|各送|各奖|即送|就送|返)")),
    # a free first taste or a gift for the first comers: public events give them too, so they need a seller's channel
    ("引流", re.compile(
        # likes collected for a free item (集满38个赞免费领…): the business's promotion, redeemed in its shop
        r"(?:集满?|攒够?|集齐)\s*\d+\s*个?赞(?=[^。\n]{0,30}(?:领|送|换|得|享|兑))|"
        r"免费(?:试听|试学|试用|试吃|试驾|体验)|[0零]元(?:体验|试听|试学)|首(?:节|次|单|课|月|件)(?:免费|半价|\d+(?:\.\d+)?元)|"
        r"(?:前|首)\s*\d+\s*(?:名|单|位|组)[^。\n，,]{0,8}(?:送|赠|返|享)|(?:报名|签约)[^。\n，,]{0,3}(?:即|就|再|加|立)?(?:送|赠|返)|"
        r"免息|[0零](?:利息|首付)|分期付款|首付分期|分期(?:免息|[0零]首付)")),
    # buying second-hand goods from the public for cash is a trade too
    # a gift of a stated value claimed through a seller's channel (领取价值199元的体检套餐)
    ("赠品", re.compile(r"(?:领取?|免费领|送你|赠送?你)(?:一[张份个套])?价值\s*\d+(?:\.\d+)?\s*元")),
    # a group-buy deal on offer (查看…团购详情, 团购套餐): a platform's deal of a business, sold with a token or a link
    ("团购", re.compile(r"团购(?:详情|套餐|券|优惠|福利|秒杀)")),
    # a financial product sold on its return (public warnings against illegal fund-raising quote the same words)
    ("理财", re.compile(r"保本保息|稳赚不赔|年化收益(?:率)?\s*(?:高达|达|超)?\s*\d+(?:\.\d+)?\s*%|高收益|高回报|躺着收益")),
    # a deal for those who say a password at the counter (报“好物汕头”就送): offer and channel in one
    # (the word 暗号 before or after the quoted word: 报暗号“…”, 报“…”暗号; a remark on a friend request, 备注“…”享团购价)
    ("暗号", re.compile(r"(?:报|说出?|喊出?|备注)(?:暗号|口令)?\s*[“\"「『][^”\"」』\n]{1,12}[”\"」』]\s*(?:暗号|口令)?"
                      r"[，,]?\s*(?:即|就|可|再|立|都)?"
                      r"(?:送|赠|享|减|打|免|领|优惠)|"
                      # …or the account's or the editor's name (订房报我名字打九折)
                      r"(?:报|说|提)(?:我|小编|本号|我们|咱们)(?:的)?(?:名字|名号|账号|号名)[^。\n，,]{0,2}(?:即|就|可|再|立|都)?"
                      r"(?:送|赠|享|减|打|免|领|优惠)")),
    # a service free of charge for its fees (工时费全免, 免安装费): a shop's pitch, weak without a seller's channel
    ("免费服务", re.compile(r"(?:工时费|安装费|上门费|运费|配送费|服务费|检测费|设计费|手工费)(?:全免|免收|全包|减半)|"
                            r"免(?:工时|安装|上门|运|配送|设计|手工)费|(?:检测|上门|安装|设计|量房|测量|评估)免费")),
    # a named business's price per weight or item: price monitoring quotes 每斤 too (counted beside one business)
    # a price judged in the seller's words (良心价, 价格实惠, 性价比超高): counts only beside one business the post names
    # (“××工厂店”…良心价), an endorsement of that business; many businesses named, or none, are a survey or a tip
    ("价评", re.compile(r"(?:良心|亲民|实惠|公道|厚道|超值|划算|美丽)价(?:格|位)?(?![值差])|"
                        r"价格(?:很|超|非常|特别|十分|相当|也|还)?(?:实惠|公道|亲民|美丽|良心|划算|感人|便宜)|"
                        r"物美价廉|价廉物美|性价比(?:超|很|极|非常|特别|相当)?高|性价比(?:之王|天花板|拉满|爆表)|闭眼入|"
                        r"(?:值得|推荐|放心)(?:大家)?(?:购买|入手|选购|去买)")),
    ("标价", re.compile(r"每(?:斤|公斤|千克|只|个|份|碗|杯|位|组|台|次|小时|盒|箱|瓶|袋|套|件)\s*(?:仅|只要|只需)?\s*\d+(?:\.\d+)?\s*元|"
                        r"\d+(?:\.\d+)?\s*元(?:一|每)(?:只|个|份|斤|盒|箱|瓶|位|碗|杯|串|根)")),
    # goods sold through a private channel (团购请进群, 订购私信): the purchase verb says something is on sale
    ("订购", re.compile(r"(?:团购|订购|购买|下单|拼团|要货|订货|批发|代购)[^。\n，,]{0,2}(?:请|可|就|直接|需|的)?[^。\n]{0,10}?"
                        r"(?:进群|加群|入群|私信|私聊|加(?:我)?微信|加v|接龙|滴滴我|私我)")),
    ("回收", re.compile(r"高价回收|当场打款|(?:现金|上门|高价)收购|(?:二手车|旧车|黄金|旧手机|烟酒|名酒|购物卡)收购|"
                        r"现金(?:秒结|结算|回收)|当场结(?:算|清)|回收[^。\n，,]{0,6}(?:高价|现金)|"
                        r"(?:黄金|白银|名酒|烟酒|购物卡|礼品卡|二手车|二手手机|奢侈品)回收|回收价[^。\n，,]{0,8}高于")),
    ("分销", re.compile(
        # a franchise offered for nothing or with the head office's help (0元加盟, 总部带店30天)
        r"[0零]元加盟|免(?:收)?加盟费|加盟费(?:全免|减免|仅需?|只要)|总部(?:带店|扶持开店|包装修|统一配送|全程扶持)|"
        r"提成|佣金|返佣|分佣|帮卖|分销|带货员|推广员|一件代发|(?:无需|不用|不需|无须|[0零])(?:囤货|压货|押金)|一键开团|"
        r"(?:招募|招收|招)[^。\n]{0,8}(?:代理|团长|合伙人|帮卖|推手|宝妈)|代购|包过|开团|拼团|团购价|协议班|不过(?:全额)?退(?:费|款)|保过")),
    # a side job at home (needs a seller's channel; 兼职 and 时间自由 are how public job boards and volunteer calls talk)
    ("副业", re.compile(r"(?:在家|居家)(?:就能|也能|即可|轻松|可)(?:做|赚|干|操作)|手机(?:就能)?(?:操作|做)|一部手机就能|"
                        r"收入稳定|轻松月入|日结|日薪\s*\d|无经验可带|宝妈(?:学生)?优先|"
                        r"(?:日入|日赚|一天(?:就能|能|轻松)?赚|每天(?:就能|能|轻松)?赚)\s*\d+|动动手指|(?:睡了|躺着|在家)也能赚|"
                        r"一部手机(?:开店|创业|赚钱)|打字员|点赞员|刷单|手工活|计件(?:结算|工资)|"
                        r"(?:高薪|急招)[^。\n，,]{0,6}兼职|兼职[^。\n，,]{0,6}(?:高薪|日结|在家)")),
    # a paid course sold on its results (押题, 通过率98%): schools' and public training's notices give no such promise
    ("课程", re.compile(r"押题|冲刺班|提分班|密训|(?:通过率|上岸率|提分率|录取率)\s*(?:高达|超)?\s*\d+(?:\.\d+)?%|"
                        r"付费(?:课程|专栏|社群)|知识星球|私教课|陪跑|录播课|系统课|试听课|速成班|"
                        r"(?:\d+|[一二三四五六七八九十])天(?:拿证|包过|速成)|包(?:拿证|就业|分配|推荐工作)|学费分期")),
    # a loan sold to the public (a subsidised public loan, 贴息 or 创业担保, is a public offer)
    # (the family of 网贷 and credit repair: a credit record said to be no obstacle — 征信花, 黑户, 逾期也能贷 —, a
    # record "repaired", a rate per day or month in ten-thousandths or 厘, a limit to test, approval in seconds; see
    # lexicons/SOURCES.md: 银保监会、人民银行关于防范“征信修复”和“代理退保”风险的提示)
    ("贷款", re.compile(r"(?:征信|信用)(?:花|差|不好|有问题|有逾期|黑)?[^。\n，,]{0,4}(?:也能|也可以?|照样|都能|均可)"
                        r"(?:贷|借|下款|放款)|"
                        r"(?:逾期|负债高|查询多|白户|黑户)[^。\n，,]{0,4}(?:也能|也可以?|照样|都能|均可)(?:贷|借|下款|放款)|"
                        r"征信(?:修复|洗白|优化|铲单)|(?:修复|洗白|优化)征信|(?:消除|删除|撤销)(?:不良|逾期)(?:记录|征信)|"
                        # (a rate alone is a statistic, 发生率为万分之三; 当天审批, 当天到账 are said of public services)
                        r"(?:日息|月息|日利率|月利率)[^。\n，,]{0,4}(?:万分之|千分之|\d)|"
                        r"(?:最快|最短)(?:当天|当日|\d+分钟|\d+小时)(?:放款|下款)|"
                        r"无抵押|免抵押|日息|(?:秒|当天|当日|\d+分钟)(?:到账|放款|下款)|下款快|放款快|"
                        r"黑户|征信花|秒批|(?:利息|月息|日息|利率)低至|低至\s*\d(?:\.\d)?厘|\d(?:\.\d)?厘(?:息|利息)|(?:免费)?测额度|查额度|年化(?:利率)?\s*\d+(?:\.\d+)?\s*%\s*起|凭身份证(?:即可|就能)?(?:借|贷|下款)")),
    # a product recommended by the account (种草): with a place to buy it, it is promotion
    ("推荐", re.compile(r"好物(?:分享|推荐|清单)|种草|安利|想要同款|同款(?:链接|在这|戳)|自营|福利多多|宠粉福利|"
                        # a product recommended by the account (推荐一款净化器): with a place to buy it, promotion
                        r"(?:推荐|力荐|安利)(?:一款|这款|几款|一个好用的|一件)|"
                        r"合作推荐|商业合作|推广合作|(?:民警|警官|局长|小编|主任|书记)(?:推荐|力荐|亲测)的?|"
                        # those who want to buy are asked to step forward (想要购买的扣1)
                        r"(?:想要|需要|想|要)(?:购买|买|入手|同款|订购)的|"
                        r"(?:想要|需要|想买|要买)的(?:家人们|朋友|宝子|宝宝|姐妹|亲|小伙伴|朋友们|老铁)|"
                        r"(?:想|要)入手|"
                        # those who would buy, whoever they are (想买正宗的朋友, 想要的家长)
                        r"(?:想|要)(?:买|要|入手|尝尝?|试试|购买|订购)[^。\n，,！!]{0,6}的(?:朋友|家长|家人|宝子|宝妈|姐妹|亲|老铁|小伙伴|人|粉丝|市民|读者)|"
                        # the editor's own use of a product (小编最近在喝的这款, 小编私藏的, 小编自用)
                        r"(?:小编|本编|我|博主)(?:最近|一直|自己|平时|家里)?(?:都)?(?:在用|在喝|在吃|自用|私藏|亲测|回购|爱用|常用|囤了|种草)|"
                        r"这款[^。\n，,]{0,12}(?:真的|超级|超|太|巨|绝|yyds)|"
                        # advertising slogans of a gift or a must-have (送礼有面子, 年货首选, 居家必备)
                        r"(?:送礼|年货|过年|居家|出行|家庭|办公室|宝宝|孩子|冬季|夏季)(?:首选|必备|必囤|佳品|神器|有面子|不二之选)|"
                        r"闭眼入|必囤|必买|回购|同款(?=[\u4e00-\u9fff]{1,6}(?:[，,。！!～~]|$))|[\u4e00-\u9fff]{2}同款[\u4e00-\u9fff]{1,5}|"
                        r"(?:在|去)哪(?:里|儿)?(?:能|可以)?买|哪里(?:能|可以)?买到?|怎么买|认准[“\"「『]|"
                        r"(?:收到|不满意)[^。\n，,]{0,4}包(?:退|换)|假一(?:赔|罚)\S|七天无理由")),
    # a paid errand service (帮办代办 of the government is public: needs a seller's channel)
    ("代办", re.compile(r"(?:号|票|门票|车票|机票|专家号|挂号|床位|名额|位置|座位)[^。\n，,]{0,2}(?:代挂|代订|代抢|代购|代约|代排)|"
                        r"代(?:挂|抢)(?:专家)?号|代(?:抢|订)(?:门|车|机)?票|代排队|"
                        r"代办|一条龙服务|包办|全程代理|代开|代考|代写|代刷|刷单|发票代开")),
    ("上新", re.compile(
        # (not 开售, 预售, 限量: train tickets, pre-sold flats and commemorative coins are public business)
        r"上新|新品(?:上市|首发|到店)|限定款|限量款|联名款|(?:今晚|今天|即日|限时)?上架|开抢|现货|(?:限定|新款)礼盒|礼盒(?:装)?上线|"
        r"秒杀|抢购|手慢无|特惠|清仓|售完即止|欲购从速|限量(?:抢|秒|发售|款)|新店开业|开业酬宾|周年庆|店庆|"
        r"加盟|副业|日赚|月入\d|躺赚|限时抢|(?:名额|库存)仅剩|仅剩\d+(?:个|份|名|件|套)|大促|钜惠|巨惠|"
        # goods shipped to the buyer (当天发货, 一箱起发), a special price
        r"(?:当天|当日|次日|下单|付款后|24小时内?)(?:即)?发货|(?:下单|付款|拍下)(?:后)?\d{1,2}小时内(?:即)?发货|"
        r"(?:直发|发往|包邮)全国|(?:[一两\d]+)(?:箱|件|斤|盒)起(?:发|订|售)|"
        r"(?:冬季|年终|年底|周末|限时)?特价(?![格值])|旺铺(?:招租|出租|转让)|(?:前|首)[一二两三四五六\d]+个?月免租|团购更优惠|"
        r"(?:店|馆|超市|商城|门店|酒店|餐厅)(?:新)?开业|"
        r"(?:厂家|工厂|源头|产地|果园|基地|茶农|果农|农户|渔民|自家)(?:直销|直供|直发)|"
        r"(?:开始|开启|正式|火热)(?:预订|预售|抢购|团购|接单)|(?:预订|预售|抢购|团购)(?:开启|开始|进行中|火热进行)|"
        r"(?:已|已经)?(?:放|挂|上)(?:在|到|进)(?:了)?[^。\n，,]{0,6}(?:小店|店铺|橱窗|商城|购物车)|"
        r"库存(?:不多|有限|紧张|告急)|(?:拍|卖|抢)完即?(?:下架|恢复原价|涨价)|爆款|不等人|速速|更划算|"
        r"(?:囤货|年货|购物|团购)节|大礼包|一手货源|\d+件起批|起批价?")),
]

# A channel to buy or to reach the seller (kind, pattern).
CHANNEL = [
    ("店铺入口", re.compile(
        # an icon named by its shape or colour (小黄车, 小风车, 小房子…) or just tapped as an icon
        r"小[黄蓝红绿橙粉]?(?:车|风车|房子|铃铛|购物袋)|小[黄蓝红绿橙粉紫](?:条|框|卡片|按钮|标签|图标)|"
        # (a shopping bag or basket by its colour: 小蓝袋, 小黄篮子; an icon in a corner of the screen: 右下角小蓝袋)
        r"小[黄蓝红绿橙粉紫白](?:袋|袋子|篮|篮子|提袋|手提袋|包包|购物篮)|"
        r"(?:左|右)下角[^。\n，,]{0,2}小[黄蓝红绿橙粉紫白]?[\u4e00-\u9fff]{1,2}(?:里|中|上)?(?:就有|有售|有卖|有链接|有同款|下单|购买|抢)|"
        r"(?:视频|屏幕|画面)(?:左|右)?(?:下方|下面|底部|左下角|右下角)[^。\n]{0,2}小[\u4e00-\u9fff]{1,3}|"
        r"(?:主页|橱窗|头像)[^。\n，,]{0,4}(?:小店|店铺|商品)|小店直达|(?:已经?|已)?挂(?:了)?(?:小黄)?车(?![间辆厢站队])|挂链接|"
        r"(?:戳|搜|点进|进)" + PLATFORM + r"|"
        + PLATFORM + r"(?:、" + PLATFORM + r")*(?:等平台)?(?:均|都|也)?(?:有售|在售|有卖|可买|能买|上架)|"
        r"(?:进|进入|打开|搜|搜索)[^。\n，,]{0,2}[“\"「『][^”\"」』\n]{1,12}[”\"」』](?:小程序|小店|店铺|商城|旗舰店|直播间)|"
        r"搜[“\"「『][^”\"」』\n]{1,12}[”\"」』](?:就能|即可|就可以|可)(?:看到|找到|买到|购买|下单)|"
        # an order placed in an online shop and shipped (拍下就发, 拍下即发货, 拍下备注口味): the listing is the channel
        r"拍下(?:就|即|秒|立即|马上|当天|后)?发(?:货)?(?=[，,。！!~～\s]|$)|拍下(?:备注|付款|即可|请备注)|"
        # goods delivered by a courier or errand runner within the hour (同城跑腿半小时送到)
        r"(?:同城|跑腿|外卖|闪送)[^。\n，,]{0,8}送(?:到|达|货)|"
        r"阅读原文[^。\n]{0,6}(?:直达|进入|会场|购买|下单|抢|领|报名|预订)|(?:直达|进入)(?:主)?会场|图标[^。\n]{0,4}(?:点|戳)|(?:点|戳|点击)[^。\n]{0,6}图标|"
        r"(?:戳|点|点击|点开)(?:视频|屏幕|画面)?(?:左|右)(?:下|上)角|"
        r"购物袋|购物车|橱窗|商品卡|团购(?:链接|入口|券)|(?:左|右)下角[^。\n]{0,6}"
        r"(?:团购|购买|下单|链接|抢|领|预订|预约|订)|(?:下方|置顶|评论区|主页)(?:链接|小程序|卡片)|"
        r"(?:点|戳|点击|点进|进去)[^。\n]{0,10}(?:就能|即可|可以|马上|去|直接)?(?:买|购买|下单|抢购|团购|拍下|领券|抢券|预订)|"
        r"(?:打开|打開|咑閞|去|到|上)[^。\n，,]{0,6}" + PLATFORM + r"|" + PLATFORM +
        r"(?:app)?(?:上)?(?:搜索?|团购|下单|购买|预订|小店|店铺|旗舰店|商城|直播间)|"
        r"(?:即可|就能|立即|马上|赶紧|快来|速来)(?:下单|购买|抢购|预订|订购|抢)|"
        r"(?:\d+|[一二三四五六七八九十])号链接|(?:链接|购买方式|联系方式)(?:放|挂|在|见)[^。\n]{0,6}(?:评论|主页|简介|置顶|左下角|右下角|下方|底部)|"
        # a shop named as where to read more or buy (详见官方商城), an order placed on a named platform (在“…”平台下单)
        r"(?:详见|详情见|见|详询)(?:官方|品牌|官网)?(?:商城|旗舰店|网店|小店|店铺)|"
        r"在[“\"「『][^”\"」』\n]{1,12}[”\"」』](?:平台|app|小程序|商城|网店|小店)?(?:上)?(?:下单|购买|订购|预订|抢购)|"
        # goods bought online and mailed (线上可拍可邮, 网店可邮寄)
        r"可拍可邮|(?:线上|网上|网店)(?:也)?(?:可|均可|能)(?:拍|下单|购买|邮寄)|"
        r"接龙|截单|(?:送货|配送)(?:上门|到家)|每周[^。\n]{0,4}配送|"
        r"(?:预订|购买|下单|订购|团购)[^。\n]{0,6}(?:评论区|留言|私信)|"
        r"搜[^。\n]{0,12}(?:就有|就能买|即可购买|即可下单)|" + PLATFORM + r"[^。\n]{0,8}?(?:均可|都可|都能|可以|可)?"
        r"(?:点单|点餐|下单|购买|预订|订购)|"
        r"见评论区|评论区置顶|(?:外卖|平台|app)[^。\n]{0,4}搜[^。\n]{0,16}(?:就能|即可|可以)(?:点|买|下单|订)|(?:戳|点)(?:击)?(?:这个)?链接|旗舰店|(?:主页|简介|置顶|评论区)(?:有|见|挂|放)(?:了)?(?:链接|购买方式)|朋友圈(?:有|看|同款|链接|下单)|🛒|🔗|(?:戳|点)(?:我)?头像|头像进店|"
        r"(?:购买|订购|预订|报名|下单)(?:方式|渠道|入口|通道)\s*[：:】]|"
        # a shop entered from the post (进入小店购买, 逛逛店铺)
        r"(?:进入|点进|逛逛?|进)(?:小店|网店|店铺|商城|旗舰店|橱窗|直播间)")),
    # how to order: a purchase verb followed by whom to reach (订购请联系工会, 团购请进群), or the seller's own office
    ("订购方式", re.compile(
        r"(?:团购|订购|购买|下单|预订|预定|拼团|选购|批发|要货|订货|认购|看房|购房|买房)[^。\n，,]{0,2}(?:请|可|就|直接|需|的话)?"
        r"[^。\n，,；;]{0,10}?(?:联系|致电|咨询|私信|私聊|进群|加群|入群|添加|扫码|长按|找)|"
        r"(?:致电|联系|前往|到访|咨询|莅临)(?:本|我们的?)?(?:售楼处|售楼部|营销中心|销售中心|案场|专卖店|旗舰店|经销商|4s店|门市)")),
    ("口令", re.compile(r"复制[^。\n]{0,8}(?:口令|描述|链接|信息|消息|整段|这段|这条|此条|本条)|口令\s*[“\"「『]|"
                      # a code copied and pasted into an app's search box (复制这串码…粘贴到××app搜索框): a shop's token
                      r"复制[^。\n，,]{0,6}(?:码|字符|代码|编码)[^。\n]{0,20}粘贴|"
                      r"粘贴(?:到|至|进|在)[^。\n，,]{0,10}(?:搜索框|搜索栏|搜索页|app|客户端)|"
                      # a short-video app's share code (6.17 wmq:/ 04/08): opened in the app to reach the deal
                      r"(?<![\d.])\d\.\d{1,2}\s+[a-z]{2,6}\s*:/|"
                      # a short-video or shopping app's share text (3.25 复制打开抖音，看看【…】)
                      r"(?<!\d)\d\.\d{1,2}\s*复制|复制(?:后)?(?:打开|打開|咑閞)(?:手机)?[^。\n，,]{0,2}(?:抖音|快手|小红书|淘宝|拼多多|京东|闲鱼|"
                      r"得物|唯品会|微店|dy|ks|tb|pdd|jd)|"
                      r"优惠码|折扣码|邀请码|兑换码|活动码|券码|暗号|(?:报|说|提)(?:我|小编|本号|我们|咱们)(?:的)?(?:名字|名号|账号|号名)|"
                      # a password said at the counter (进店报“好物汕头”就送)
                      r"(?:报|说出?|喊出?|备注)(?:暗号|口令)?\s*[“\"「『][^”\"」』\n]{1,12}[”\"」』]\s*(?:暗号|口令)?[，,]?\s*"
                      r"(?:即|就|可|再|立|都)?(?:送|赠|享|减|打|免|领|优惠|有|即可|就行|就可以)")),
    ("直播", re.compile(
        r"(?:进|来|蹲|点主页进)直播间|(?:今晚|今天|明晚|明天|周.|本周.)(?:的)?直播间|直播间(?:上架|专属|专享|见|下单|链接|不见不散|等你)|开播|上链接|直播带货|带货直播|"
        r"(?:今晚|今天|明晚|明天|周.)\s*\d{1,2}\s*点[^。\n]{0,6}(?:直播|开播)")),
    ("私域", re.compile(
        # a keyword typed in the comments for the seller to send a link in private (评论区敲“…”，私发给你)
        r"(?:评论区|评论|留言区?|弹幕)\s*(?:敲|扣|打|回复|留言|输入|刷|发|评论)\s*[“\"「『][^”\"」』\n]{1,12}[”\"」』]|"
        r"私发(?:给)?(?:你|您)|"
        # the buyer's particulars sent in private (私信发姓名和身份证号): a booking taken by a private agent
        r"私(?:信|聊)(?:发|发送|留下|告知|提供)[^。\n]{0,4}(?:姓名|身份证|手机号|电话|订单|需求|地址)|(?:私信|私聊)发(?:给)?(?:你|您)|"
        r"私(?:信|你|聊|我)[^。\n]{0,8}(?:链接|下单|购买|咨询|报名|预订|订购|价格|获取|领取|回复)|"
        r"(?:详询|咨询|联系|找)(?:理财经理|客户经理|业务员|销售|置业顾问|课程顾问)|(?:详情|详细|具体)(?:请|可)?私(?:聊|信|我)|"
        # the buyer's address left in the comments, the goods shipped in one batch
        r"(?:评论区|后台)?留言[^。\n，,]{0,4}(?:地址|电话|手机号|数量|收货)|统一发货|私(?:信|聊)\s*[@＠]|"
        r"(?:报名|咨询|购买|下单|预订|预约|了解|详询|投递|应聘)(?:请|可|就)?私(?:信|聊)|"
        r"(?:下单|购买|订购|预订|要货)[^。\n，,]{0,3}(?:联系|私信|找|私)(?:小编|我|我们|店家|商家|店主)|"
        r"扣\s*[“\"']?\s*[1１]\s*[”\"']?[^。\n]{0,10}(?:私|链接|发你|小助手|客服)|发你链接|"
        r"扣\s*[“\"']?\s*[1１]\s*[”\"']?\s*(?:咨询|了解|下单|预约|报名|领取|上车|拼团|预订)|"
        # comment "1" beside something on sale: how buyers say they want it (…39.9包邮，评论区扣1)
        r"(?:评论区|评论|留言区?|弹幕)\s*(?:扣|打|回复|刷)\s*[“\"']?\s*[1１](?![0-9]|\s*分)|"
        # WeChat named by its colour or a homophone, with an id (绿色软件：…, 威❤：…)
        r"(?:绿色软件|绿色app|绿色聊天软件|(?<![a-z])(?:v|vx|wx)|微|威|薇|维|卫)(?:信|心|❤|♥|💗|💕|星)?\s*[：:]\s*"
        r"[a-z0-9][a-z0-9_-]{3,}|"
        r"评论区[^。\n]{0,12}(?:链接|私你|下单)|获取[^。\n]{0,6}链接|"
        r"(?<![a-z参增附追更叠施外强])(?:加|添加|\+|➕)\s*(?:客服|老师|店长|顾问|小助手|助理|掌柜|团长|管家|我|个)?(?:的)?\s*"
        r"(?:v|vx|v信|微|微信|wx|薇|威|q|qq|扣扣)(?![a-z博])|"
        r"(?<![a-z])(?:v信|vx|微信号?|wx|薇信|威信|qq|扣扣)\s*(?:搜索?|号)?\s*(?:[：:]\s*[a-z0-9_]|[a-z][a-z0-9_-]{3,})|进群|入群|"
        r"(?:加|添加)(?:我|个)?企(?:微|业微信)|(?:拉|邀)(?:你|您)(?:进|入)[^。\n]{0,4}群|(?:福利|秒杀|团购|优惠|粉丝|宠粉)群|"
        r"联系[^。\n，,]{0,6}(?:客服|班主任|店长|顾问|掌柜|小助手|助理|老师)|"
        r"(?:加|添加)(?:客服|老师|店长|顾问|课程顾问|小助手|助理|掌柜|团长|管家)[^。\n，,：:]{0,4}[：:]\s*[a-z0-9_]|"
        r"(?:扫码|长按识别|识别二维码)[^。\n]{0,6}(?:添加|加)[^。\n]{0,6}(?:顾问|客服|老师|店长|助理|管家|小助手|微信|团长|掌柜)|"
        r"🛰|(?:vx|v信|微信|wx)同号|(?<![a-z])v[❤♥心]?\s*[：:]\s*[a-z0-9_]{4,}|(?:qq|扣扣|微信|v)群|"
        r"(?:需要|想要|感兴趣)的?(?:朋友|宝子|家人们|亲)?(?:私|滴滴|戳|联系|留言|扣|加)|"
        r"主页(?:联系|私信|有联系方式)|简介(?:有|里|见)?(?:联系方式|微信|v)|"
        r"绿泡泡|卫星号|威心|薇心|企鹅号|私我|滴滴我|dd我|私戳|戳我|私信\s*[“\"「『][^”\"」』\n]{1,8}[”\"」』]|"
        r"(?:企鹅|qq|扣扣|微信|v|vx|wx|粉丝|福利|团购|交流)?群(?:号|聊)?\s*[：:]\s*\d{5,}|企鹅群|weixin\.qq\.com/g/|"
        r"(?:扫码|扫描二维码|点击链接)?(?:进|入|加)(?:粉丝|福利|团购|私域|内购|秒杀|宠粉)群|加群|"
        # a group joined by its quoted name to buy together (加群“…团”参与拼单)
        r"(?:加|进|入)(?:群)?[“\"「『][^”\"」』\n]{1,12}[”\"」』](?:群)?[^。\n，,]{0,4}(?:拼单|拼团|团购|下单|购买|接龙)|私域|后台回复[^。\n]{0,12}(?:链接|购买|下单|优惠|领)")),
    ("扫码", re.compile(
        r"(?:扫码|扫一扫|扫[^。\n，,]{0,6}二维码|长按识别|识别二维码)[^。\n]{0,10}"
        r"(?:购买|下单|抢|领|报名|预订|订购|咨询|添加|加|进|入|开通|申请|预约|参与|投保|办理|了解|锁位|占位|抢位|订位|留位|锁定名额|"
        # a loan's limit tested or a loan taken by scanning (扫码测额度, 扫码借款)
        r"(?:测|查|提|激活)(?:一下)?(?:你的)?额度|借款|借钱|贷款|下款)")),
    ("电话", re.compile(r"(?:热线|电话|专线|手机|联系方式|咨询)\s*[：:]\s*[(（]?\d{3,}|"
                      r"来电(?:洽谈|咨询|预约|预订|订购)?\s*[：:]\s*[(（]?\d{3,}|"
                      r"(?<!招聘|举报|投诉|监督|求助|报警|救援|维权|监测|值班)(?:电话|热线)(?:预约|咨询|订购|预订|报名|订餐|订房)?\s*[：:]?\s*"
                      r"[(（]?\d{3,}|(?:拨打|请拨|致电)\s*[(（]?\d{3,}|"
                      r"(?<!\d)1[3-9]\d{9}(?!\d)|(?<![\d-])1[3-9]\d[\s-]\d{4}[\s-]\d{4}(?![\d-])")),
    ("关注领取", re.compile(
        r"关注[^。\n]{0,16}(?:公众号|账号|抖音号|视频号|快手号|小程序|店铺|官微|本号)[^。\n]{0,16}(?:领|抢|享|购|兑|直播间|送|赠)")),
    ("到店", re.compile(
        r"到店|进店|(?:到|来|去)(?:营业厅|门店|店里|店内|专卖店|体验店|4s店|售楼处|展厅)|"
        r"(?:到|来|去)[^。\n，,]{0,6}(?:门市部|门市|店|超市|商场|展厅|厂区)(?:选购|购买|订购|挑选|体验)|门店(?:均可|可用|通用|有售|在|位于|设在)|\d+家门店|(?:门店|店铺|店址)?地址\s*[：:]|导航(?:搜索|到|[“\"「])|报名点|"
        r"凭(?:本|此|该)(?:条|推文|文章|微博|视频|帖)|凭[^。\n]{0,8}截图|"
        # the post itself shown at the counter is the coupon (出示本视频, 出示本文截图)
        r"出示(?:本|此|该)(?:条|篇|推文|文章|微博|视频|帖|文|公众号|页面)|出示[^。\n，,]{0,8}截图|到[“\"][^”\"\n]{1,12}[”\"](?:消费|用餐|购买|就餐)")),
    ("链接", re.compile(r"https?://[^\s，。；！）)]+|(?<![a-z0-9.@])(?:[a-z0-9-]+\.)+(?:cn|com|net|cc|me|top|vip|shop|store|link)"
                      r"/[\w./?=&%-]+")),
]

# A call to buy now (先到先得, 库存有限, 现在预订): beside a price or a gift, it is the seller speaking to buyers.
URGE = re.compile(r"先到先得|库存(?:有限|不多|紧张|告急)|手慢无|欲购从速|(?:售|卖|抢)完即止|仅限今[天日晚]|仅此一天|"
                  r"错过(?:再等|等)一年|(?:抓紧|赶紧|赶快|速速?|快来|马上|现在|今天|今日|立即|立刻)(?:下单|抢购?|囤|预订|预定|购买|入手|订|来抢)|"
                  r"冲鸭|(?<=[，,。！!])冲[!！]|冲冲冲|(?:赶紧|赶快|快)冲|速抢|"
                  # the last seats or tickets (场次所剩不多, 余票不多)
                  r"(?:场次|余票|票|名额|库存|房间|座位)(?:已经|已)?(?:所剩不多|不多了|所剩无几)|"
                  # the last few places or items (名额仅剩10个, 最后3间)
                  r"(?:名额|库存|席位|房间|车位|现货)?仅剩\s*(?:\d+|[一二两三四五六七八九十]+)\s*" + UNIT + r"|"
                  r"(?:库存|现货)(?:只有|仅有|只剩|就|只)\s*(?:\d+|[一二两三四五六七八九十]+)\s*" + UNIT + r"|"
                  r"最后\s*(?:\d+|[一二两三四五六七八九十]+)\s*(?:个|份|名|间|席|件|套)|即将(?:售罄|截止|涨价)|"
                  # the places of a deal limited per day or in all (名额每天限50个, 每日限量20份)
                  r"(?:名额|库存|数量)(?:每天|每日|每周)?(?:仅)?限(?:量)?\s*\d+\s*(?:个|份|名|位|套|件)?|(?:每天|每日)限量\s*\d+|"
                  # the offer ends tonight (今晚24点截止), a price for a limited time (限时1299元)
                  r"(?:今晚|今天|今日|当晚|当天)\s*(?:\d{1,2}\s*(?:点|时|[:：]\d{2}))?\s*(?:前)?截止|"
                  r"限时(?:特惠|特价|优惠|秒杀|抢购)?价?\s*\d+(?:\.\d+)?\s*元")
# A price after a coupon (券后89, 用券后到手59, 领券后仅需19.9, 叠券再减, 凑单后): coupons are issued by a shop or a
# shopping platform and claimed there, so the price names the seller's channel too. (A public voucher's price,
# 使用消费券后…, is a public offer: see PUBLIC_OFFER.)
COUPON_PRICE = re.compile(r"(?:券后|用券后?|领券后?|叠券后?|凑单后?|满减后)(?:价|到手价?)?\s*(?:仅需?|只要|只需|低至|才)?\s*[¥￥]?"
                          r"\d+(?:\.\d+)?|叠券|领券(?:再|立|下单|购买)|跨店满减|(?:店铺|平台|品类|大额|隐藏|粉丝|直播间)(?:优惠)?券")
# A warning about such offers or an enforcement case: the words it names are evidence, not a sales pitch.
# (不要 alone is a safety tip, 电热毯不要折叠使用: a warning about offers says not to trust, buy, click or pay)
# (…or names an impostor, 冒充, or says 请勿轻信 / 请勿下单: the fixed wording of consumer and police warnings)
ANTI_FRAUD = re.compile(r"骗|诈|警惕|谨防|虚假|冒充|(?:请勿|切勿|勿)(?:轻|相信|信|购|买|下单|点|扫|转账|汇款|参与|上当)|"
                        r"违法|非法|违纪|违规|案例|处罚|查处|曝光|罚款|投诉|举报|通报|立案|责令|"
                        r"约谈|涉嫌|跑路|报案|被罚|罚没|不法分子|诱导(?:点击|购买|下单|消费|付款|转账|充值)|三无产品|"
                        r"不要(?:轻|相信|信|贪|购|买|点|扫|加|添|转账|汇款|透露|泄露|下载|通过陌生|理会|上当|私下|参与|接听|"
                        r"被|随意点|[”\"！!]|$)")
# …but an account's own name for itself (反诈民警推荐) and a sales push (不要错过) warn about nothing.
NOT_A_WARNING = re.compile(r"反诈(?=民警|警官|警察|蜀黍|中心|专班|小组|宣传员|宣传|达人|课堂|小课堂|小剧场)|"
                           # anti-fraud as the unit's work or a product's theme (防诈知识, 反诈主题保温杯): the
                           # warning itself says what to beware of in other words (骗局, 诈骗, 警惕, 不要…)
                           r"(?:反|防)(?:电信网络|电信|电)?诈(?!骗)(?=[\u4e00-\u9fff])(?!提醒|提示|预警|警示)|防骗(?=知识|宣传|主题|课堂|直播|活动|讲座)|"
                           # a product sold as an anti-fraud device or a video watched before the pitch
                           r"(?:反诈|防诈|防骗)(?:视频|短剧|手机|老人机|神器|app|软件|手环|卡|产品|设备)|"
                           r"(?:防骗|反诈)(?:小)?知识(?:学起来)?|不要(?:错过|犹豫|等|钱|\d)|千万别错过")
# Public offers that use sales wording: government vouchers, trade-in subsidies, procurement, auctions.
# (a shopping platform's or a seller's own subsidy, 百亿补贴, 平台补贴, is its promotion)
PUBLIC_OFFER = re.compile(r"消费券|惠民券|以旧换新|"
                          r"(?<!百亿)(?<!千亿)(?<!万亿)(?<!平台)(?<!商家)(?<!店铺)(?<!品牌)(?<!厂家)(?<!官方)补贴(?!价)|贴息|创业担保|惠民保|政府采购|招标|中标|拍卖公告|公共资源交易|"
                          r"(?:公交|地铁)(?:卡|票价|乘车|出行|车费)|乘坐(?:公交|地铁)|乘车优惠|市民卡|社保卡|医保|长者食堂|"
                          r"(?:景区|景点|博物馆|博物院|美术馆|科技馆|纪念馆|图书馆|文化馆|体育中心|体育馆|游泳馆|公园|古城|管委会)[^。\n]{0,12}"
                          r"(?:门票|票|年卡)|门票[^。\n]{0,8}公告|"  # a public venue's own tickets
                          r"通行费|过路费|高速(?:公路)?免费|公立|公办|财政|优待证|(?:文旅|文化)惠民|惠民(?:活动|措施|政策|季)|12306|火车票|纪念币|邮票|(?<!自)助餐|老年食堂|社区食堂|幸福食堂|数字人民币|"
                          r"惠民红包|政府红包")
# A public fee or price schedule quotes prices per head or per month too (门票价格, 收费标准, 降至).
PUBLIC_FEE = re.compile(r"门票价格|票价|收费标准|收费项目|工本费|报名费|学费标准|物业费|水价|电价|气价|降至|下调|上调|"
                        r"明码标价|价格监测|指导价|政府定价|统一定价|床位费|护理补贴|生活补贴|供暖费|暖气费|取暖费|(?:收费|租金|缴费|补助|资助)标准|公租房|保障性|人才公寓|廉租")
# The narrower sign of a warning against scams (for lotteries and like-collecting schemes it describes).
SCAM_WARNING = re.compile(r"骗|诈|谨防|警惕")


# A WeChat article's footer lists the account's other articles (往期推荐…): their titles are not this post's words.
FOOTER = re.compile(r"^\s*(?:往期推荐|推荐阅读|往期回顾|相关阅读|延伸阅读|精彩回顾|猜你喜欢)\s*$", re.MULTILINE)


def body_of(folded: str) -> str:
    """The (folded) text without the footer of other articles' titles."""
    m = FOOTER.search(folded)
    return folded[:m.start()] if m else folded


# A gift a shop adds to a public subsidy (前100名再送…, 下单即送…): public offers give no gifts to the first comers.
SELLERS_GIFT = re.compile(r"(?:前|首)\s*\d+\s*(?:名|单|位)[^。\n，,]{0,8}(?:送|赠)|"
                          r"(?:下单|购买|到店|进店|过来|来店|进门)[^。\n，,]{0,3}(?:即|就|再)?(?:送|赠)|"
                          # the shop's own voice: 我店让利, 叠加店铺优惠, 本店再补
                          r"(?:本店|我店|小店|我们店|店家|商家|门店|店铺|厂家)(?:再|额外|另)?(?:让利|优惠|特惠|补贴|再补|加送|直降|立减)|"
                          r"叠加(?:本店|我店|店铺|门店|商家|厂家)|(?:立享|即享|享)?首(?:月|单|年)(?:免费|半价|[0零]元)|"
                          # a maker's own top-up, a shop's anniversary, a gift for showing this post
                          r"(?:厂家|商家|店铺|门店|品牌)(?:直补|加补|再补)|店庆|周年庆|(?:店内|店里|本店|门店)(?:再|另|加|还)(?:送|赠)|"
                          r"(?:出示|凭)(?:本|此|该)?(?:条|篇|推文|文章|微博|视频|帖|文)[^。\n]{0,12}(?:送|赠|享|减|折|元)|"
                          # a seller's own discount on top of the public one (在国补基础上再享9折, 政府补贴之外再减)
                          r"(?:补贴|国补|消费券|以旧换新|优惠政策)(?:的)?(?:基础上|之外|以外|之上)[^。\n，,]{0,2}(?:再|另|额外|还|叠加)"
                          r"(?:享|减|打|送|赠|让利|优惠|补|折)")
# One business named in quotation marks, with its kind of trade after the name or at its end (“尼山客栈”民宿,
# “惠聊家电城”): a unit's post that names one such business beside its sale promotes it. (No 公司: companies are
# named in news of awards, projects and procurement.)
TRADE = (r"(?:旗舰店|专卖店|专营店|体验店|直营店|门店|分店|总店|店|大药房|药房|超市|商场|商城|家电城|数码城|数码|"
         r"珠宝|金店|金行|银楼|茶行|茶庄|酒行|花店|民宿|客栈|酒店|宾馆|饭店|餐厅|酒楼|火锅|饺子馆|面馆|茶楼|咖啡|烘焙|健身房|健身|瑜伽|美容院|美发|医美|诊所|"
         r"坊|铺|商行|烤肉|烧烤|农庄|庄园|基地|露营地|楼盘|工厂店|门市部|维修部|经营部|家政|母婴|奶吧|"
         # (a food hall is a business, a memorial hall, museum or library is not)
         r"(?<!纪念|博物|图书|展览|文化|体育|科技|美术|档案|艺术|规划|天文|方志|会展|游泳|少年|图书)馆|"
         r"口腔|体检中心|连锁(?:中心|店|门店|机构|品牌)?|(?:安装|维修|养生|美容|健身|培训|托管|康养|销售|养护|保养|洗车|摄影)中心|康养公寓|农家乐|驾校|汤泉|温泉|乐园|影城|影院|车行|家具|建材|家居|智能锁|汽修|养生|月子中心|培训(?:学校|机构|中心)?|"
         r"校区|(?:培训|辅导|补习|寒假|暑假|周末|托管|集训|特训|兴趣|提高|衔接|精品)班|集训营|早教|琴行|画室|舞蹈室|"
         r"(?:跆拳道|武术|围棋|书法|美术|舞蹈|钢琴|编程|英语|外语|口才)(?:馆|学校|培训|教室|工作室|学堂))")
# The account's commercial partner (本号合作健身房, 合作商家, 我们推荐的): a business the unit vouches for by name.
PARTNER = (r"(?:(?:本号|本账号|本平台|我们|小编)(?:的)?(?:合作|签约|特约|指定)|"
           r"(?:合作|签约|特约)(?:商家|商户|门店|店铺|品牌方?|伙伴))")
SERVICE_TRADE = (r"(?:(?:劳务|家政|装饰|装修|保洁|搬家|物流|旅行|旅游|婚庆|中介|房产|置业|保险|理财|金融|教育|培训)"
                 r"(?:公司|代理人?)|(?:食品|酒业|茶业|电器|服饰|家具)(?:公司|厂)|茶厂|酒厂|清洗|维修|保洁|搬家|开锁|租赁|代驾|滑雪场|游乐场|农场|采摘园|商业广场|眼镜店?|面包店)")
BUSINESS = re.compile(r"(?:店|馆|超市|餐厅|酒店|民宿|饭店|商场|农庄)[“\"「『](?P<name3>[^“”\"「」『』\n]{2,10})[”\"」』]|"
                      r"[“\"「『](?P<name4>[^“”\"「」『』\n]{2,12})[”\"」』][\u4e00-\u9fff]{0,4}?" + SERVICE_TRADE + r"|"
                      r"[“\"「『](?P<name>[^“”\"「」『』\n]{2,12})[”\"」』](?:[\u4e00-\u9fff]{0,6}?" + TRADE + r"|牌)|"
                      r"[“\"「『](?P<name2>[^“”\"「」『』\n]{1,10}" + TRADE + r")[”\"」』]|"
                      # a business the account joins or vouches for by name (联合“丹霞茶仓”, 认准“…老字号”)
                      r"(?:联合|携手|力荐|私心推荐|强烈推荐|(?:本号|我们|小编)推荐(?:的)?|认准|就选|就找|就来|"
                      + PARTNER + r"[\u4e00-\u9fff]{0,4}?)[“\"「『](?P<name5>[^“”\"「」『』\n]{2,10})[”\"」』]|"
                      # a sponsor (本场活动由“金鑫珠宝”赞助): a commercial party beside the unit's own work
                      r"由[“\"「『](?P<name6>[^“”\"「」『』\n]{2,12})[”\"」』](?:独家|倾情|友情|冠名)?(?:赞助|冠名|提供支持)|"
                      # one business left unnamed (某口腔连锁, 某品牌海鲜酱): a sale of one business all the same
                      r"某(?:知名|大型|本地|老牌|网红|头部)?(?P<name7>(?:品牌|连锁|[\u4e00-\u9fff]{1,3}?(?:品牌|口腔|连锁|医美|美容院|健身房|培训机构|楼盘|新盘|民宿|温泉|"
                      r"酒店|餐厅|饭店|珠宝|金店|商家|网店|专卖店|旗舰店|直播间)))|"
                      # one business pointed at in the account's own voice (宽窄巷子旁这家老火锅, 城南这家羊肉馆我们替大家尝过了)
                      r"(?:这家|那家|这间|这一家)(?P<name8>[\u4e00-\u9fff]{0,8}?" + TRADE + r")")
# Channels only a seller uses (a public offer never asks to add a WeChat, copy a token or join a selling stream).
PRIVATE_CHANNELS = ("私域", "口令", "直播")
# Channels public bodies use as well (a hotline, an address, a link), and offers that name no price or deal.
PUBLIC_CHANNELS = ("电话", "到店", "链接", "关注领取", "扫码")
WEAK_OFFERS = ("上新", "推荐", "引流", "副业", "代办", "课程", "免费服务", "标价", "赠品")  # launch and urgency words, job-like offers


# Two characters before a colon and an id (薇芯：tayj_09, 徽信：lcky_66): WeChat's name written in characters that
# sound or look like 微信 so that the platform's filter misses it. Only a private seller hides a contact this way.
# (…or added, with a space for the colon: 加魏信 ahgh_0551)
NAME_BEFORE_ID = re.compile(r"(?P<lead>加|添加)?(?P<a>[\u4e00-\u9fff])(?P<b>[\u4e00-\u9fff])(?:号)?"
                            r"(?:\s*[：:]\s*|(?(lead)[ \t\u3000]+|(?!)))[a-z][a-z0-9_-]{3,}")
# each character with its reading in the name, written as charsim's fuzzy readings are (xing and xin alike → xin)
WECHAT = (("微", "wei"), ("信", "xin"))


def _like(char: str, model: str, reading: str) -> bool:
    """``char`` is ``model``, drawn like it, or read like it in the name (any of its readings, input-method fuzzy)."""
    return char == model or shape_similar(model, char) or reading in fuzzy_readings(char)


def disguised_wechat(folded: str) -> Iterator[tuple[int, int]]:
    """Spans of an id given after WeChat's name in look-alike or sound-alike characters (not 微信 itself)."""
    for m in NAME_BEFORE_ID.finditer(folded):
        pair = (m.group("a"), m.group("b"))
        if pair != tuple(c for c, _ in WECHAT) and all(_like(c, *model) for c, model in zip(pair, WECHAT)):
            yield m.start(), m.end()


# The account recommending a product or a shop in its own voice (给大家安利一下, 我们所里辅警小哥开的店): a
# recommendation is no case reported, so a warning elsewhere in the post (【反诈提醒】…) does not cover it.
OWN_PROMOTION = re.compile(
    r"(?:给|向|跟|为)(?:大家|各位|你们|粉丝|网友|家人们)(?:安利|种草)|安利一下|种草一下|"
    # the account's own commercial partner (本号合作健身房“…”; a warning's 冒充合作商家 is no partner of the account)
    r"(?:本号|本账号|本平台|我们|小编)(?:的)?(?:合作|签约|特约|指定)[\u4e00-\u9fff]{0,4}?[“\"「『]|"
    # a shop of the unit's own staff (同事开的店, 辅警小哥家的农家乐)
    r"(?:同事|辅警|民警|警官|干部|职工|老师|医生|护士|小编|科长|所长|局长|站长)(?:小哥|小姐姐|大姐|大哥|家属)?[^。\n，,]{0,2}"
    r"(?:开的|家的|自家的|自己开的|经营的)[^。\n，,]{0,8}(?:店|铺|网店|农家乐|民宿|餐馆|饭店|工作室|果园|农场)")
SENTENCE = re.compile(r"[^。！？!?\n]+")


def own_promotion(folded: str) -> bool:
    """Does the account recommend a product or a shop in its own voice, in a sentence that warns about nothing?"""
    body = body_of(folded)
    for m in OWN_PROMOTION.finditer(body):
        sentence = next(s.group(0) for s in SENTENCE.finditer(body) if s.start() <= m.start() < s.end())
        if not ANTI_FRAUD.search(NOT_A_WARNING.sub("", sentence)) and not re.search(r"反诈|防诈|防骗|冒充|假冒|谎称|自称", sentence):
            return True
    return False


def is_warning(folded: str) -> bool:
    """Does the (folded) text warn about, or report a case of, the offers it names (and recommend none itself)?"""
    return bool(ANTI_FRAUD.search(NOT_A_WARNING.sub("", body_of(folded)))) and not own_promotion(folded)


def warns_of_scam(folded: str) -> bool:
    """Does the (folded) text warn against a scam (an account's own name, 反诈民警, aside)?"""
    return bool(SCAM_WARNING.search(NOT_A_WARNING.sub("", body_of(folded))))


# A public scheme named only as what a product adds to (医保报销之外再多一份保障, 补贴以外): the offer is the product's.
BEYOND_PUBLIC = re.compile(r"(?:医保|社保|补贴|国补|政府补贴|基本医疗保险)[\u4e00-\u9fff]{0,4}?(?:之外|以外|之余)")


def is_public_offer(folded: str) -> bool:
    """Is the (folded) text a public offer (voucher, subsidy, procurement…), whose sales wording sells nothing?"""
    return bool(PUBLIC_OFFER.search(BEYOND_PUBLIC.sub("", body_of(folded))))


def named_businesses(folded: str) -> set[str]:
    """The names of shops, hotels, clinics… the (folded) text names in quotation marks (“固安智能锁”旗舰店)."""
    names = {next(g for g in m.groups() if g) for m in BUSINESS.finditer(body_of(folded))}
    return {n for n in names if not any(n != o and n.startswith(o) for o in names)}  # “驰安”汽修厂, 导航“驰安汽修”


def offer_and_channel(folded: str, quoted: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """[(kind, start, end)] of the offer and channel markers outside quotes when the text has both (else [])."""
    def outside(m: re.Match) -> bool:
        return not any(s <= m.start() and m.end() <= e for s, e in quoted)

    def first(table, within=()) -> list[tuple[str, int, int]]:
        """The first match of each kind outside quotes and outside the spans ``within`` (the offers' own words)."""
        found = []
        for kind, pattern in table:
            m = next((m for m in pattern.finditer(folded)
                      if outside(m) and not any(a <= m.start() and m.end() <= b for _, a, b in within)), None)
            if m is not None:
                found.append((kind, m.start(), m.end()))
        return found

    folded = body_of(folded)
    offers = first(OFFER)
    if not offers:
        return []
    # (a password, or a purchase pointing at a private channel, is offer and channel at once)
    channels = first(CHANNEL, [o for o in offers if o[0] not in ("暗号", "订购")])
    one_business = len(named_businesses(folded)) == 1
    if not one_business:
        offers = [o for o in offers if o[0] not in ("标价", "价评")]
        if not offers:
            return []
    if one_business and not channels and not PUBLIC_FEE.search(folded) and any(o[0] not in WEAK_OFFERS for o in offers):
        # the named business is the place to buy: its sale needs no link or phone (“优学”书店…全场满50送10)
        m = BUSINESS.search(folded)
        channels = [("商家", m.start(), m.end())]
    if all(o[0] in WEAK_OFFERS for o in offers) and not one_business:
        # (a unit's post naming one business, its sale and its phone or address promotes that business)
        # 开售, 秒杀, 限量 are said of train tickets and commemorative coins too: they need a seller's channel
        channels = [c for c in channels if c[0] not in PUBLIC_CHANNELS]
    if PUBLIC_FEE.search(folded):
        offers = [o for o in offers if o[0] != "计价"]  # a public fee schedule: 门票由115元/人降至100元/人
        if not offers:
            return []
    urge = next((m for m in URGE.finditer(folded) if outside(m)), None)
    if not channels and urge is not None and not PUBLIC_FEE.search(folded) \
            and any(o[0] not in WEAK_OFFERS for o in offers):
        # a price or a gift and a call to buy it now: the seller talks to buyers (原价398今天只要169，先到先得)
        channels = [("促单", urge.start(), urge.end())]
    coupon = next((m for m in COUPON_PRICE.finditer(folded) if outside(m)), None)
    if not channels and coupon is not None:
        channels = [("券后价", coupon.start(), coupon.end())]
    if is_public_offer(folded) and not SELLERS_GIFT.search(folded):
        # vouchers and subsidies are claimed through apps and stores too; a seller's private contact, token or
        # selling livestream is still a seller's, and so is a shop that adds gifts of its own to the subsidy
        channels = [c for c in channels if c[0] in PRIVATE_CHANNELS]
    return offers + channels if channels else []
