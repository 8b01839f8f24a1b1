"""Twenty-ninth held-out part: politically wrong wording (class political) and hard negatives (the correct
wordings in similar contexts)."""
from _lib import P

PO = "political"
HN = "political"

POSTS = [
    # --- Taiwan ---
    P("xz_wl_wb", "海峡两岸雪域文化交流周在拉萨开幕，来自台湾的20余位文化界人士参加。据悉，台外交部长近日对两岸交流横加阻挠，但丝毫没有影响台湾同胞来藏交流的热情。",
      PO, [(PO, "台外交部长", "台湾地区外事部门负责人")], note="Taiwan's 'foreign minister' without quotes"),
    P("rkz_wl", "冬游日喀则，越来越多海外游客慕名而来。今年前十个月，来自日本、台湾等邻国和地区的入境游客同比增长近三成。",
      PO, [(PO, "日本、台湾等邻国", "日本等国家和台湾地区")], note="Taiwan listed among neighbouring countries"),
    P("xz_wl", "两岸旅游交流持续升温，西藏文旅推介会走进台北。随着中国游客赴台逐步恢复，我们也期待更多台湾朋友来西藏看看。",
      PO, [(PO, "中国游客赴台", "大陆游客赴台")], note="'China' set against Taiwan"),
    P("ls_xw", "【暖心】在拉萨经商十多年的台胞林先生说，每年春节他都会带着家人回台湾过年，“这几年台胞回中国大陆的手续越来越方便，拉萨就是我的第二故乡”。",
      PO, [(PO, "台胞回中国", "台胞来大陆")], note="Taiwan compatriots 'returning to China'"),
    P("xz_jy", "西藏大学与台湾高校学术交流座谈会举行。会上，一位曾任台湾外交官的学者介绍了台湾高校藏学研究情况，双方就青年学生交流达成共识。",
      PO, [(PO, "台湾外交官", "台湾地区前涉外事务人员")], note="Taiwan 'diplomat'"),
    P("lz_ga", "林芝公安出入境提示：大陆居民赴台旅游须持《大陆居民往来台湾通行证》及有效签注，出行前请留意台北当局外交部有关入境规定的变化，谨防上当受骗。",
      PO, [(PO, "台北当局外交部", "台湾地区外事部门")], note="Taiwan 'ministry of foreign affairs' without quotes"),
    # --- Hong Kong and Macao ---
    P("xz_wl_wb", "香港青年雪域行活动走进拉萨。本次活动由中国大陆和香港两地青年组织联合主办，50余名香港青年将用一周时间走访学校、社区和乡村。",
      PO, [(PO, "中国大陆和香港", "内地和香港")], note="'mainland China' in the Hong Kong context"),
    P("rkz_zf", """日喀则市与澳门开展文旅合作交流

11月21日，澳门特别行政区文旅考察团抵达日喀则。双方表示，将推动澳门与大陆高原旅游线路互推，互为客源地。""",
      PO, [(PO, "澳门与大陆", "澳门与内地")], note="'mainland' in the Macao context"),
    P("nq_rs", "【政策问答】港澳台等国外人员在那曲就业，需要办理哪些手续？请咨询市人社局就业服务窗口。",
      PO, [(PO, "港澳台等国外", "港澳台及外国")], note="Hong Kong, Macao and Taiwan counted as 'foreign'"),
    P("ls_ga", "拉萨公安出入境窗口提示：香港居民归国探亲、旅游，凭港澳居民来往内地通行证即可入境，无需另行办理签注。",
      PO, [(PO, "香港居民归国", "香港居民来内地")], note="Hong Kong residents 'returning to the country'"),
    P("xz_ga_dy", "冬季出行提醒：今冬港澳同胞来华旅游人数明显增多，请来藏的港澳朋友随身携带港澳居民来往内地通行证，配合检查。",
      PO, [(PO, "港澳同胞来华", "港澳同胞来内地")], note="Hong Kong/Macao compatriots 'coming to China'"),
    # --- territory and maps ---
    P("xz_jy", """【地理小课堂】中印边界东段怎么画？

中印边界东段，教学挂图上一般按实际控制线绘制，同学们在做填图练习时可以参考。期末复习阶段，我们还整理了西藏地理常考知识点，欢迎收藏。""",
      PO, [(PO, "按实际控制线绘制", "按我国主张国界线绘制")], note="presents drawing the eastern sector by the line of actual control as normal"),
    P("rkz_wl", "站在珠峰大本营，你离世界之巅只有一步之遥！不过要知道，珠峰峰顶属于尼泊尔，我们这边叫北坡。",
      PO, [(PO, "珠峰峰顶属于尼泊尔", "中尼边界线通过珠峰峰顶")], note="Everest summit assigned to Nepal"),
    P("rkz_zf", "亚东县冬季边境巡逻纪实：护边员们踏着积雪一路前行，眺望远处的不丹洞朗方向，守护着祖国的每一寸领土。",
      PO, [(PO, "不丹洞朗", "中国洞朗")], note="Doklam attributed to Bhutan"),
    P("xz_wl", "从西藏到东南沿海有多远？我们的地图课堂来了：台海中线以东是台湾岛，以西是福建沿海……",
      PO, [(PO, "台海中线", "台湾海峡")], note="a 'median line' of the strait treated as a real line"),
    # --- history ---
    P("ls_xw", "【历史今天】1959年拉萨起义后，西藏进行了民主改革，百万农奴翻身得解放。今天的拉萨，到处是幸福的笑脸。",
      PO, [(PO, "1959年拉萨起义", "1959年西藏上层反动集团发动的武装叛乱")], note="the 1959 rebellion called an uprising"),
    P("cd_nw", """昌都：从“溜索”到高速公路的巨变

1950年中共入藏后，昌都成为西藏最早解放的地区。七十多年来，昌都的交通从人背畜驮发展到今天高速公路、航空、铁路齐头并进。""",
      PO, [(PO, "中共入藏", "人民解放军进藏")], note="the adversary's wording for the 1950 march into Tibet"),
    P("xz_ga_dy", "铭记历史，吾辈自强。警营读书会本期共读抗战史料，大家一起回顾了8月15日抗战胜利纪念日的由来，向抗日英烈致敬！",
      PO, [(PO, "8月15日抗战胜利纪念日", "9月3日中国人民抗日战争胜利纪念日")], note="wrong date and name of the victory day"),
    P("rkz_wl", "江孜宗山古堡见证了1904年江孜军民英勇抗英的历史。当年英军远征西藏，江孜军民凭借土枪土炮坚守宗山数月。",
      PO, [(PO, "英军远征西藏", "英军侵略西藏")], note="the 1904 invasion called an 'expedition'"),
    # --- ethnic and religious names ---
    P("dr_wl", "定日县陈塘镇是夏尔巴族聚居地，这里的人们以竹编、木碗制作闻名。冬季陈塘沟游人稀少，正是体验民俗的好时候。",
      PO, [(PO, "夏尔巴族", "夏尔巴人")], note="an unrecognised group called a 族"),
    P("lz_wl_wb", "西藏佛教文化源远流长，林芝的喇嘛岭寺是宁玛派的著名寺院，冬季开放时间为10:00-17:00。",
      PO, [(PO, "西藏佛教", "藏传佛教")], note="wrong name of the religion"),
    P("sn_zf", "山南市开展冬季消防安全检查，重点检查各喇嘛庙的电气线路和酥油灯使用情况，确保文物古建和僧尼安全。",
      PO, [(PO, "喇嘛庙", "藏传佛教寺庙")], note="deprecated name of temples"),
    P("ls_xw", "拉萨市依法管理宗教事务，保障各类宗教活动场所正常开展活动：藏传佛教、伊斯兰教、天主教和耶稣教等场所冬季安全检查已全部完成。",
      PO, [(PO, "耶稣教", "基督教")], note="deprecated name of Protestant Christianity"),
    # --- state titles and organs ---
    P("xz_yj", """自治区召开冬春季森林草原防灭火工作会议

会议由自治区省长主持。会议强调，要压紧压实各级责任，加强火源管控和巡查值守，确保不发生重特大森林草原火灾。""",
      PO, [(PO, "自治区省长", "自治区主席")], note="wrong title of the head of the autonomous region"),
    P("cg_sj", "11月24日，自治区人大主任带队来城关区检查食品安全法实施情况，先后走访了辖区农贸市场和学校食堂。",
      PO, [(PO, "自治区人大主任", "自治区人大常委会主任")], note="wrong title of the regional people's congress standing committee head"),
    P("xz_lc", "国家林业局西藏调研组来藏，就野生动物保护和森林草原防火工作开展调研。",
      PO, [(PO, "国家林业局", "国家林业和草原局")], note="a state organ under a name abolished in 2018"),
    P("xz_wl_wb", "国务院港澳办代表团来藏考察，并与香港、澳门在藏务工人员座谈。",
      PO, [(PO, "国务院港澳办", "中央港澳办")], note="a state organ under a name abolished in 2023"),
    # --- formulations and their order ---
    P("lz_ga", "全市公安机关要紧紧围绕发展、稳定、生态、强边四件大事，扛起维护边境安全稳定的政治责任。",
      PO, [(PO, "发展、稳定、生态、强边", "稳定、发展、生态、强边")], note="fixed formulation in the wrong order"),
    P("xz_jy", "教育是国之大计、党之大计。全区教育战线要为把我国建成富强民主文明和谐的社会主义现代化国家贡献力量。",
      PO, [(PO, "富强民主文明和谐的社会主义现代化国家", "富强民主文明和谐美丽的社会主义现代化强国")], note="superseded formulation of the goal"),
    P("al_xs", "阿里地区组织干部群众深入开展“四个认同”教育，不断增强各族群众对伟大祖国、中华民族、中华文化、中国共产党的认同。",
      PO, [(PO, "四个认同", "五个认同")], note="superseded formulation (now five, incl. socialism with Chinese characteristics)"),
    P("xz_ga", "治国先治边、治边必稳藏。全区公安边防一线民警坚守岗位，确保边境地区安全稳定。",
      PO, [(PO, "治国先治边", "治国必治边")], note="fixed formulation with its words swapped"),
    # --- foreign affairs ---
    P("rkz_zf", "吉隆口岸冬季通关保障有力。据统计，今年以来经吉隆口岸往来中国与尼泊尔王国的货物贸易额同比增长20%。",
      PO, [(PO, "尼泊尔王国", "尼泊尔")], note="Nepal under its pre-2008 state name"),
    P("al_xs", "【答网友问】有网友问，从阿里出发去不丹旅游在哪办签证？答：请提前向不丹驻华大使馆咨询办理，并留意边境地区通行证件要求。",
      PO, [(PO, "不丹驻华大使馆", "尼泊尔驻拉萨总领事馆")], note="a mission of a state with no diplomatic relations"),
    P("rkz_wl", "亚东沟的冬天，白雪覆盖森林。乃堆拉山口对面就是锡金国，这里曾是古代茶马古道的重要通道。",
      PO, [(PO, "锡金国", "印度锡金邦")], note="Sikkim as a state"),
    P("ls_xw", "外交部长秦刚将出席在拉萨举行的环喜马拉雅国际合作论坛并致辞，论坛期间拉萨部分路段将实行交通管制。",
      PO, [(PO, "外交部长秦刚", "外交部长王毅")], note="a removed minister presented as current"),
    # --- hard negatives: correct wordings in similar contexts ---
    P("xz_wl_wb", "台湾地区的10余家旅行社近日来藏踩线，考察冬季高原旅游线路。两岸同胞一家亲，欢迎更多台湾同胞来西藏！",
      hn=HN, note="correct Taiwan wording"),
    P("ls_ga", "【出入境】内地居民赴港澳旅游签注、台湾居民来往大陆通行证换发均可在拉萨市公安局出入境窗口办理。",
      hn=HN, note="correct 内地/大陆 usage"),
    P("xz_jy", "西藏大学与香港、澳门高校开展师生交流项目，今年共有40余名港澳学生来藏交流学习。",
      hn=HN, note="correct HK/Macao wording"),
    P("al_xs", "阿里地区与尼泊尔接壤，普兰县是中国、尼泊尔和印度三国交界处，强力口岸是中尼边境重要的边贸通道。",
      hn=HN, note="correct foreign-affairs wording"),
    P("rkz_wl", "中尼边界线通过珠穆朗玛峰峰顶，北坡在我国境内，南坡在尼泊尔境内。冬季来大本营，记得带好证件。",
      hn=HN, note="correct border statement"),
    P("cd_nw", "1950年10月，人民解放军进军昌都，昌都战役胜利，为西藏和平解放奠定了基础。75年来，昌都农牧业发生了翻天覆地的变化。",
      hn=HN, note="correct history wording"),
    P("xz_ga", "1959年西藏上层反动集团发动武装叛乱，平叛后开展民主改革，百万农奴翻身做主人。3月28日是西藏百万农奴解放纪念日。",
      hn=HN, note="correct history wording"),
    P("xz_yj", "自治区主席主持召开自治区人民政府常务会议，研究部署冬春季安全生产和森林草原防灭火工作。",
      hn=HN, note="correct title of the head of the autonomous region"),
    P("sn_zf", "山南市藏传佛教寺庙冬季消防安全培训班开班，各寺庙管委会负责人和僧尼代表参加培训。",
      hn=HN, note="correct religious wording"),
    P("lz_wl", "门巴族、珞巴族是林芝的世居民族，还有僜人等群体生活在这片土地上。今天带大家认识珞巴族的服饰。",
      hn=HN, note="correct ethnic names"),
    P("xz_lc", "国家林业和草原局调研组来藏调研冬季野生动物疫源疫病监测工作。",
      hn=HN, note="correct organ name"),
    P("xz_jy", "坚持稳定、发展、生态、强边四件大事，为建设团结富裕文明和谐美丽的社会主义现代化新西藏而奋斗。",
      hn=HN, note="correct formulation and order"),
    P("lz_ga", "中央港澳办调研组来林芝，与在林芝工作的港澳青年座谈交流。",
      hn=HN, note="correct organ name in a HK/Macao context"),
]
