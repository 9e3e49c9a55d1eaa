// The words the benchmark corpus is made of. Kept here, not read from rules/, so the corpus stays
// the same when the rule pack changes. {slots} are filled by the generator; risky sentences are
// written the way drafts say them, so most of them fire a built-in rule.

export const SLOTS = {
  zh: {
    product: ['星河 E3', 'S7', '云帆 X5', '极光 Pro', '青禾 M2', '北辰 L9', '晨曦 Air', '远山 GT'],
    city: ['上海', '北京', '深圳', '杭州', '成都', '武汉', '西安', '广州', '南京', '苏州'],
    team: ['售后团队', '研发中心', '品牌部', '质量部', '用户运营组', '渠道团队', '公关部'],
    feature: ['电池包', '座椅', '车机系统', '空调滤芯', '充电桩', '车门把手', '胎压监测', '后视镜'],
  },
  en: {
    product: ['Aurora X', 'Aria', 'K4', 'Nova S', 'Tern 2', 'Halcyon', 'Meridian GT', 'Pico Lite'],
    city: ['Austin', 'Munich', 'Leeds', 'Osaka', 'Denver', 'Lyon', 'Toronto', 'Porto', 'Seattle', 'Turin'],
    team: ['service team', 'battery lab', 'brand team', 'quality group', 'owner community team', 'dealer network'],
    feature: ['battery pack', 'seat rails', 'infotainment unit', 'cabin filter', 'wall charger', 'door handles', 'tyre sensors'],
  },
};

/** Plain corporate prose: what most of a draft is. */
export const NEUTRAL = {
  zh: [
    '{product} 将于 {month} 月 {day} 日起在{city}的 {n} 家门店开放试驾。',
    '本次更新涉及{feature}的软件标定，预计耗时约 {n} 分钟。',
    '{team}已联系 {n} 位车主，逐一确认维修时间。',
    '我们在{city}新增了 {n} 个服务网点，周末照常营业。',
    '如需预约，请拨打客服热线或在 App 内提交工单。',
    '第三方检测报告的全文见官网下载页，编号 {code}。',
    '{product} 的{feature}采用了新的供应商方案，批次号已在公告中列出。',
    '截至 {month} 月底，累计交付 {n} 台，环比增长 {pct}%。',
    '感谢大家在过去一年里提出的 {n} 条改进建议。',
    '下周二下午我们会在{city}举办一场车主沟通会，欢迎报名。',
    '相关问题我们会在 {n} 个工作日内给出书面答复。',
    '召回范围为 {year} 年 {month} 月至 {year} 年 {day} 月生产的部分车辆。',
    '{team}将持续跟进，进展会在官方账号同步。',
    '新的保养政策覆盖{feature}和整车电气系统，期限 {n} 年。',
    '我们理解大家的关切，也欢迎媒体朋友到{city}工厂实地参观。',
    '试驾活动名额有限，报名以提交时间为准。',
    '本文数据来自内部测试，测试条件见附录。',
    '如您的车辆出现异常提示，请尽快就近到店检查。',
    '{product} 的 OTA 升级包大小约为 {n} MB，建议连接 Wi-Fi 下载。',
    '我们正在复盘这次事件的处置流程，结论会对外公开。',
    '世上没有绝对安全的车，我们能做的是把每一项测试做扎实。',
    '网友称“这车绝对安全”，我们更希望大家看检测报告。',
    '它不是自动驾驶系统，驾驶员须全程监控路况。',
    '周总确实日常通勤开 {product}，但这不能作为安全性的依据。',
  ],
  en: [
    'Test drives of the {product} open in {city} on {month}/{day} at {n} showrooms.',
    'This update recalibrates the {feature} and takes about {n} minutes.',
    'Our {team} has contacted {n} owners to book repair slots.',
    'We have opened {n} new service points in {city}, open on weekends.',
    'To book a visit, call the owner line or file a ticket in the app.',
    'The full third-party test report is on our download page, reference {code}.',
    'The {feature} of the {product} now comes from a second supplier; batch numbers are listed in the notice.',
    'By the end of month {month} we had delivered {n} units, up {pct}% on the previous month.',
    'Thank you for the {n} suggestions you sent us over the past year.',
    'Next Tuesday we will host an owners\' meeting in {city}; registration is open.',
    'We will answer every question in writing within {n} working days.',
    'The recall covers some vehicles built between {month}/{year} and {day}/{year}.',
    'The {team} will keep following up and post progress on our official channels.',
    'The new warranty covers the {feature} and the electrical system for {n} years.',
    'We understand the concern and invite journalists to visit the {city} plant.',
    'Places for the test drives are limited and allocated in order of registration.',
    'The figures in this post come from internal tests; conditions are listed in the appendix.',
    'If your vehicle shows a warning, please visit the nearest service point.',
    'The {product} OTA package is about {n} MB; we recommend downloading it over Wi-Fi.',
    'We are reviewing how this incident was handled and will publish what we find.',
    'No car is perfectly safe, and we won\'t claim the {product} is.',
    'Our founder drives an {product}, but that is not a reason to think it is safe — read the NCAP report.',
    'This is not a self-driving system: the driver must supervise it at all times.',
    'The reviewer wrote that the car was “completely safe”; we would rather you read the test data.',
  ],
};

/** Sentences a compliance reviewer would stop, across the six categories. */
export const RISKY = {
  zh: [
    '我以个人名誉担保，{product} 的电池绝对安全。',
    '这台车绝对安全，大家可以放一万个心。',
    '有了这套系统，行车万无一失。',
    '开启智驾，上高速就能解放双手，通勤路上刷剧都没问题。',
    '{product} 搭载高阶智驾，可以实现全程自动驾驶。',
    '最近有几家自媒体一直在带节奏，拿剪辑过的视频抹黑我们。',
    '那些所谓的测评不过是水军和黑公关在造谣。',
    '粉丝朋友们，看到黑稿就去评论区帮我们说句公道话！',
    '请大家把真相转出去，让更多人看到。',
    '我们的设计第一，安全只是其次。',
    '好看比安全重要，这是年轻人的选择。',
    '我全家每天都坐这台车，你说它安全不安全？',
    '我老婆孩子天天坐这台车，安全这块大家放心。',
    '这款电池永不起火，经过了最严苛的测试。',
    '这是史上最安全的车，没有之一。',
    '经检测，车辆没有任何安全隐患。',
    '对造谣者我们将追究法律责任，绝不姑息。',
    '信我，这车没问题。',
  ],
  en: [
    'This battery is 100% safe. It will never catch fire.',
    'You know me. If I tell you it\'s safe, it\'s safe.',
    'Beauty comes first; crash scores are just a box to tick.',
    'Go ahead and take your hands off the wheel on the highway.',
    'The {product} is a fully self-driving car for your daily commute.',
    'The critics are paid trolls running a smear campaign against us.',
    'Fans, flood the comments and defend us against these lies!',
    'Share this post everywhere so the truth gets out.',
    'This car is completely safe.',
    'Nothing can go wrong with the {product}.',
    'I put my own kids in this car every single day, so you know it is safe.',
    'Our founder drives one every day, so you know it is safe.',
    'It is the safest car ever built, period.',
    'The {feature} is indestructible and will never fail.',
    'Anyone spreading these rumours will hear from our lawyers.',
    'Trust me, you have nothing to worry about.',
    'Looks matter more than crash ratings for our buyers.',
    'You can read a book while the car drives itself.',
  ],
};

/** Headings, list items and fenced code, so that the Markdown has the structure of real drafts. */
export const HEADINGS = {
  zh: ['情况说明', '关于近期的讨论', '车主服务安排', '技术细节', '后续计划', '常见问题', '致车主的一封信', '发布会讲稿'],
  en: ['What happened', 'About the recent discussion', 'Service arrangements', 'Technical details', 'Next steps', 'FAQ', 'A letter to owners', 'Keynote script'],
};

export const CODE = [
  '```json\n{ "batch": "{code}", "units": {n}, "status": "绝对安全" }\n```',
  '```text\nOTA {year}.{month}.{day} build {code}: 100% safe, self-driving enabled\n```',
  '```yaml\nrecall: {code}\nvehicles: {n}\n```',
];
