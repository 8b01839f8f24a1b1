"""Accounts of the thirtieth held-out part: registered accounts of units of a province-level region no other
content part uses (Chongqing), and the (unregistered) source accounts whose (new) documents are copied."""


def R(key, unit, platform, account_id, name, region, competent_unit, contact, filed_at, description, followers):
    return dict(key=key, unit=unit, platform=platform, account_id=account_id, name=name, region=region,
                competent_unit=competent_unit, contact=contact, filed_at=filed_at,
                verified_reason=unit if platform != "weibo" else unit + "官方微博",
                description=description, followers=followers)


CQ = "重庆市"
GOV = "重庆市人民政府办公厅"
YZ = CQ + "渝中区"
SPB = CQ + "沙坪坝区"
NA = CQ + "南岸区"
WZ = CQ + "万州区"
FL = CQ + "涪陵区"
YC = CQ + "永川区"
HC = CQ + "合川区"
DZ = CQ + "大足区"
WL = CQ + "武隆区"
FJ = CQ + "奉节县"
WS = CQ + "巫山县"

REGISTERED = [
    R("cq_ga", CQ + "公安局", "weibo", "2930481657", "平安重庆", CQ,
      GOV, "渝警 023-6375xxxx", "2019-04-16", CQ + "公安局官方微博", 1284530),
    R("cq_wl", CQ + "文化和旅游发展委员会", "douyin", "chongqingwenlv", "重庆文旅", CQ,
      GOV, "山水 023-6358xxxx", "2020-03-24", CQ + "文化和旅游发展委员会官方抖音号", 3052816),
    R("cq_wj", CQ + "卫生健康委员会", "wechat", "cqwjwfb", "健康重庆", CQ,
      GOV, "渝康 023-6770xxxx", "2020-01-14", CQ + "卫生健康委员会官方公众号", 426917),
    R("cq_jw", CQ + "教育委员会", "wechat", "cqjwfb", "重庆教育", CQ,
      GOV, "育才 023-6386xxxx", "2020-08-19", CQ + "教育委员会官方公众号", 389204),
    R("cq_yj", CQ + "应急管理局", "wechat", "cqyjglj", "重庆应急", CQ,
      GOV, "安澜 023-6389xxxx", "2020-10-27", CQ + "应急管理局官方公众号", 152386),
    R("cq_sthj", CQ + "生态环境局", "weibo", "6204819375", "重庆生态环境", CQ,
      GOV, "碧水 023-8898xxxx", "2019-09-03", CQ + "生态环境局官方微博", 213647),
    R("yz_xw", "重庆市渝中区人民政府新闻办公室", "weibo", "3819064725", "渝中发布", YZ,
      "重庆市渝中区人民政府办公室", "较场口 023-6384xxxx", "2019-05-21", "渝中区人民政府新闻办公室官方微博", 583120),
    R("yz_ga", "重庆市公安局渝中区分局", "douyin", "yuzhongjingfang", "渝中公安", YZ,
      "重庆市渝中区人民政府办公室", "七星岗 023-6370xxxx", "2020-07-07", "重庆市公安局渝中区分局官方抖音号", 671384),
    R("spb_zf", "重庆市沙坪坝区人民政府", "wechat", "shapingbafabu", "沙坪坝发布", SPB,
      "重庆市沙坪坝区人民政府办公室", "三峡广场 023-6533xxxx", "2020-05-12", "沙坪坝区人民政府官方公众号", 174529),
    R("na_wj", "重庆市南岸区卫生健康委员会", "wechat", "nananwjw", "健康南岸", NA,
      "重庆市南岸区人民政府办公室", "弹子石 023-6298xxxx", "2021-01-26", "南岸区卫生健康委员会官方公众号", 36802),
    R("na_sj", "重庆市南岸区市场监督管理局", "wechat", "nananscjg", "南岸市场监管", NA,
      "重庆市南岸区人民政府办公室", "南坪 023-6280xxxx", "2021-04-13", "南岸区市场监督管理局官方公众号", 21975),
    R("wz_wl", "重庆市万州区文化和旅游发展委员会", "douyin", "wanzhouwenlv", "万州文旅", WZ,
      "重庆市万州区人民政府办公室", "平湖 023-5812xxxx", "2020-09-08", "万州区文化和旅游发展委员会官方抖音号", 398241),
    R("wz_ga", "重庆市万州区公安局", "weibo", "5392016847", "平安万州", WZ,
      "重庆市万州区人民政府办公室", "太白岩 023-5822xxxx", "2019-12-10", "万州区公安局官方微博", 247065),
    R("fl_yj", "重庆市涪陵区应急管理局", "wechat", "fulingyjgl", "涪陵应急", FL,
      "重庆市涪陵区人民政府办公室", "白鹤梁 023-7222xxxx", "2021-03-30", "涪陵区应急管理局官方公众号", 14380),
    R("yc_zf", "重庆市永川区人民政府", "wechat", "yongchuanfabu", "永川发布", YC,
      "重庆市永川区人民政府办公室", "茶山竹海 023-4982xxxx", "2020-06-23", "永川区人民政府官方公众号", 142906),
    R("hc_qx", "重庆市合川区气象局", "weibo", "7350182649", "合川气象", HC,
      "重庆市合川区人民政府办公室", "三江 023-4275xxxx", "2020-11-17", "合川区气象局官方微博", 18734),
    R("dz_rs", "重庆市大足区人力资源和社会保障局", "wechat", "dazurenshe", "大足人社", DZ,
      "重庆市大足区人民政府办公室", "棠香 023-4372xxxx", "2021-02-23", "大足区人力资源和社会保障局官方公众号", 26148),
    R("dz_wl", "重庆市大足区文化和旅游发展委员会", "wechat", "dazuwenlv", "大足文旅", DZ,
      "重庆市大足区人民政府办公室", "北山 023-4378xxxx", "2020-10-20", "大足区文化和旅游发展委员会官方公众号", 57213),
    R("wl_zf", "重庆市武隆区人民政府", "wechat", "wulongfabu", "武隆发布", WL,
      "重庆市武隆区人民政府办公室", "芙蓉江 023-7770xxxx", "2020-04-28", "武隆区人民政府官方公众号", 96370),
    R("fj_sj", "奉节县市场监督管理局", "wechat", "fengjiescjg", "奉节市场监管", FJ,
      "奉节县人民政府办公室", "脐橙 023-5685xxxx", "2021-06-15", "奉节县市场监督管理局官方公众号", 11862),
    R("ws_wl", "巫山县文化和旅游发展委员会", "wechat", "wushanwenlv", "巫山文旅", WS,
      "巫山县人民政府办公室", "高唐 023-5768xxxx", "2020-08-11", "巫山县文化和旅游发展委员会官方公众号", 64105),
    R("ws_nw", "巫山县农业农村委员会", "wechat", "wushannongye", "巫山农业农村", WS,
      "巫山县人民政府办公室", "红叶 023-5762xxxx", "2021-05-18", "巫山县农业农村委员会官方公众号", 9547),
]


def W(base, key, platform, uid, followers, filed_at="2021-05-10"):
    """Another account (Weibo or Douyin) of a unit listed above."""
    b = next(a for a in REGISTERED if a["key"] == base)
    kind = "官方微博" if platform == "weibo" else "官方抖音号"
    return R(key, b["unit"], platform, uid, b["name"], b["region"], b["competent_unit"], b["contact"], filed_at,
             b["unit"] + kind, followers)


REGISTERED += [
    W("cq_ga", "cq_ga_dy", "douyin", "pinganchongqing", 1938204, "2020-02-18"),
    W("cq_wl", "cq_wl_wb", "weibo", "1827450396", 2176409, "2019-07-09"),
    W("yz_xw", "yz_xw_dy", "douyin", "yuzhongfabu", 412873, "2021-03-02"),
    W("wz_ga", "wz_ga_dy", "douyin", "wanzhoujingfang", 305618, "2020-12-22"),
    W("ws_wl", "ws_wl_wb", "weibo", "2641870593", 133092, "2020-05-06"),
]


def S(key, platform, account_id, name, verified_type, verified_reason, description, followers):
    return dict(key=key, platform=platform, account_id=account_id, name=name, verified_type=verified_type,
                verified_reason=verified_reason, description=description, followers=followers)


SOURCES = [
    S("gov_wx", "wechat", "gov-cn", "中国政府网", "government", "中华人民共和国国务院办公厅",
      "中国政府网官方公众号", 21802517),
    S("xh_wb", "weibo", "xinhua", "新华社", "media", "新华通讯社官方微博", "新华社官方微博", 108734062),
    S("rmrb_wx", "wechat", "people-daily", "人民日报", "media", "人民日报社", "人民日报官方公众号", 49015386),
    S("cctv_wb", "weibo", "cctv-news", "央视新闻", "media", "中央广播电视总台央视新闻官方微博",
      "中央广播电视总台央视新闻官方微博", 134860275),
    S("nhc_wx", "wechat", "nhc", "健康中国", "government", "中华人民共和国国家卫生健康委员会",
      "国家卫生健康委员会官方公众号", 6381045),
    S("mem_wx", "wechat", "mem-gov", "中国应急管理", "government", "中华人民共和国应急管理部",
      "应急管理部官方公众号", 4270962),
    S("mps_wb", "weibo", "mps-cid", "公安部刑侦局", "government", "公安部刑事侦查局官方微博",
      "公安部刑事侦查局官方微博", 8175340),
    S("cma_wb", "weibo", "cma", "中国气象局", "government", "中国气象局官方微博", "中国气象局官方微博", 5689213),
]


FOOTERS = {
    "cq_wj": (["重庆市冬季流感就诊指引", "全市家庭医生签约服务问答", "重庆市异地就医备案办理",
               "冬季心脑血管疾病预防提示", "全市适龄女生疫苗接种安排"], ["渝康", "谭晓雯"], ["冉国栋"]),
    "cq_jw": (["重庆市中小学寒假安全提示", "全市义务教育入学政策问答", "重庆高校家庭经济困难学生资助",
               "全市教师资格认定安排", "重庆市中考改革政策解读"], ["育才", "秦梦瑶"], ["向东升"]),
    "cq_yj": (["重庆冬季森林防火十不准", "山城地质灾害避险常识", "重庆市应急避难场所查询",
               "冬季高速团雾出行提示", "全市安全生产举报渠道"], ["安澜", "蒲海峰"], ["黎成刚"]),
    "spb_zf": (["沙坪坝区冬季政务服务时间", "沙坪坝区老旧小区改造进展", "沙坪坝区城乡居民医保缴费",
                "沙坪坝区12345热线办理情况", "沙坪坝区就业见习岗位"], ["三峡广场", "廖雨欣"], ["彭志坚"]),
    "na_wj": (["南岸区流感疫苗接种点", "南岸区家庭医生团队名单", "南岸区社区卫生服务中心夜门诊",
               "南岸区慢病随访提醒", "南岸区孕产妇健康管理"], ["弹子石", "温佳怡"], ["付春林"]),
    "na_sj": (["南岸区农贸市场价格公示", "南岸区餐饮单位量化分级", "南岸区预付卡消费提示",
               "南岸区个体户年报提醒", "南岸区消费投诉典型案例"], ["南坪", "牟丽娟"], ["邓开明"]),
    "fl_yj": (["涪陵区冬季防火提示", "涪陵区地质灾害隐患点公示", "涪陵区应急避难场所分布",
               "涪陵区燃气安全检查通报", "涪陵区危化品运输提示"], ["白鹤梁", "况静"], ["文德高"]),
    "yc_zf": (["永川区冬季清洁取暖指引", "永川区政务服务事项清单", "永川区城乡居民医保缴费",
               "永川区12345热线办理情况", "永川区职业教育招生政策"], ["茶山竹海", "伍思琪"], ["熊建华"]),
    "dz_rs": (["大足区冬季招聘会日程", "大足区灵活就业参保问答", "大足区职业技能培训补贴",
               "大足区社保卡服务网点", "大足区欠薪线索反映渠道"], ["棠香", "罗婷"], ["唐永富"]),
    "dz_wl": (["大足区冬季景区开放时间", "大足区非遗项目名录", "大足区民宿服务规范",
               "大足区文物保护志愿者招募", "大足区乡村旅游线路"], ["北山", "简若溪"], ["蒋文涛"]),
    "wl_zf": (["武隆区冬季旅游惠民政策", "武隆区政务服务事项清单", "武隆区城乡居民医保缴费",
               "武隆区12345热线办理情况", "武隆区乡村振兴项目公示"], ["芙蓉江", "聂小凤"], ["郑开勇"]),
    "fj_sj": (["奉节县农贸市场价格公示", "奉节县脐橙经营主体质量抽检", "奉节县餐饮单位消防检查",
               "奉节县个体户年报提醒", "奉节县消费投诉案例"], ["脐橙", "幸佳"], ["谢远航"]),
    "ws_wl": (["巫山县冬季景区开放时间", "巫山小三峡游船班次", "巫山县民宿服务规范",
               "巫山红叶观赏指南", "巫山县非遗项目名录"], ["高唐", "覃月"], ["向阳"]),
    "ws_nw": (["巫山县脆李冬季管护要点", "巫山县农机购置补贴公示", "巫山县动物防疫安排",
               "巫山县高标准农田建设", "巫山县农村人居环境整治"], ["红叶", "杜明"], ["冉启华"]),
}
