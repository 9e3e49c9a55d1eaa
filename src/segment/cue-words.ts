// The closed-class words that decide context: negation, hedges, clause breaks, attribution.
import type { TermList } from './terms.js';

/** A negation cue scopes over the rest of its clause ("没有绝对安全的车", "not a self-driving system"). */
export const NEGATION: TermList = {
  zh: [
    '不', '不是', '并非', '并不', '并没有', '没有', '没', '不存在', '不会', '不能', '不可', '不可以', '无法',
    '绝非', '绝不', '绝不会', '决不', '决不会', '绝对不会', '未', '并未', '从未', '从来没有', '别', '勿', '不要', '不得', '禁止', '严禁', '避免', '谈不上',
    '算不上', '请勿', '切勿', '不准', '不许', '不应', '不应该', '不该', '不必', '不用', '无须', '无需', '不宜', '杜绝', '不再', '否认', '做不到', '达不到', '不可能做到', '无法做到', '谈何',
  ],
  en: [
    'not', 'no', 'never', 'without', 'nor', 'neither', 'none', 'nobody', 'nothing', 'cannot', 'no one',
    'far from', 'hardly', 'avoid', 'impossible', 'no such thing as', 'refrain from', 'stop calling', 'instead of', 'rather than',
  ],
};
/** Contractions: don't, isn't, won't, can't … */
// Bounded and anchored at a word start: an unbounded `[a-z]+` is quadratic on a long run of letters.
export const NEGATION_PATTERNS = ["(?<![a-z])[a-z]{1,12}n't"];

/** A hedge qualifies a claim ("不能作为安全性的依据", "does not mean it is safe"). */
export const HEDGE: TermList = {
  zh: [
    '不能保证', '无法保证', '不保证', '不敢保证', '不敢说', '不能说', '不代表', '不等于', '不意味着', '并不意味着', '不能作为',
    '不能说明', '不足以', '未必', '不一定', '不见得', '有待', '仅供参考', '不构成',
  ],
  en: [
    'cannot guarantee', 'can not guarantee', 'no guarantee', 'does not mean', 'not necessarily', 'is no substitute',
    'is not proof', 'not a reason', 'not a substitute', 'does not make', 'not evidence',
  ],
};
export const HEDGE_PATTERNS = ["(?:can't|won't|doesn't|don't|isn't) (?:guarantee|mean|make|prove)"];

/** A new clause starts here even without punctuation ("不是 A，而是 B", "not X but Y"). */
export const CLAUSE_BREAKS: TermList = {
  zh: ['但', '但是', '而是', '却', '可是', '不过', '然而', '只是'],
  en: ['but', 'however', 'yet', 'although', 'though', 'whereas', 'instead'],
};

/** Rhetorical questions are claims in disguise ("你说它安全不安全？", "do you really think…?"). */
export const RHETORICAL: TermList = {
  zh: [
    '难道', '你说', '您说', '谁说', '怎么可能', '凭什么', '有什么意义', '又有什么', '何必', '岂不', '不是吗', '对吧', '还用说',
    '还要问', '还用多说', '还担心', '还怕', '开玩笑吗', '糊弄', '谁还在乎', '谁在乎', '谁会在意', '能不安全吗', '能有问题吗',
  ],
  en: [
    'do you really think', "don't you think", 'who says', 'who cares', 'who needs', "what's the point", 'why would',
    "isn't it", 'would i', 'would we', 'do you think i', 'what more do you need',
  ],
};

/** Who else speaks: words before or after a quotation that attribute it to someone else. */
export const OTHER_SPEAKER: TermList = {
  zh: [
    '网友', '有人', '有些人', '一些人', '某些人', '个别人', '媒体', '某媒体', '记者', '自媒体', '博主', '大v', '文章', '报道',
    '评论', '批评', '批评者', '质疑', '指责', '声称', '所谓', '扣上', '传言', '谣言', '标题', '对手', '竞品', '外界', '舆论',
    '帖子', '网传', '爆料', '车主', '用户', '消费者', '投诉', '视频', '说法', '帽子', '标签', '指控', '热搜', '问', '提问', '问道',
    // Mentions of words rather than uses of them.
    '宣传为', '称为', '叫做', '说成', '这个词', '一词', '等词', '词语', '字眼', '用语', '表述', '这类', '之类',
  ],
  en: [
    'critic', 'reviewer', 'review', 'journalist', 'reporter', 'article', 'headline', 'report', 'outlet', 'commenter',
    'some people', 'people say', 'they say', 'so-called', 'allegedly', 'alleged', 'claimed', 'accused', 'accusation',
    'rumor', 'rumour', 'post', 'thread', 'tweet', 'blogger', 'owner', 'customer', 'complaint', 'the line', 'this line',
    'asked', 'asks', 'question',
    // Mentions of words rather than uses of them.
    'marketed as', 'described as', 'advertised as', 'the word', 'the words', 'words like', 'phrases like', 'terms like',
    'labels like', 'the phrase', 'the term', 'such as', 'wrote that', 'reported that', 'claims that', 'suggested that',
  ],
};

/** Words the draft forbids are mentioned, not used: "Do not say: “unbreakable”", "禁用词：“零风险”". */
export const PROHIBITION: TermList = {
  zh: ['不要说', '别说', '不能说', '不得说', '请勿说', '禁用', '禁用词', '禁止使用', '不得使用', '请勿使用', '不要使用', '避免使用', '不要用', '别用', '勿用', '慎用'],
  en: ['do not say', "don't say", 'never say', 'avoid saying', 'do not use', "don't use", 'never use', 'avoid', 'banned', 'off-limits', 'not allowed'],
};

/** The draft tells its own people what to say: what follows is its own claim, quoted or not. */
export const INSTRUCTION: TermList = {
  zh: ['请', '统一', '口径', '话术', '一律', '务必', '大家说', '要说', '就说', '都说', '强调', '宣传', '文案'],
  en: ['please say', 'say', 'tell', 'use the line', 'reply with', 'talking point', 'messaging', 'our line', 'stick to'],
};

/** Every regex of the engine's own (the build stores their literals with the built-in pack's). */
export const CUE_PATTERNS = [...NEGATION_PATTERNS, ...HEDGE_PATTERNS];
