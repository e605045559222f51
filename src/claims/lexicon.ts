/**
 * The words that give a number its meaning. Kept as data so a reader can extend them; matched longest-first
 * by `findTerms` (src/claims/terms.ts).
 */
import type { Flow } from '../types.js';

/** Flow words. Order does not matter: matching is longest-first (贸易逆差 before 逆差, 进出口 before 进口). */
export const FLOW_WORDS: Record<string, Flow> = {
  进出口贸易总额: 'total_trade',
  进口贸易总额: 'import',
  出口贸易总额: 'export',
  进出口总额: 'total_trade',
  进出口额: 'total_trade',
  进出口: 'total_trade',
  贸易总额: 'total_trade',
  贸易额: 'total_trade',
  净进口额: 'net_import',
  净进口: 'net_import',
  贸易逆差: 'net_import',
  逆差: 'net_import',
  // 净出口 and 顺差 are net imports with the sign turned: see NEGATED_FLOW_WORDS.
  净出口额: 'net_import',
  净出口: 'net_import',
  贸易顺差: 'net_import',
  进口额: 'import',
  进口量: 'import',
  进口: 'import',
  出口额: 'export',
  出口量: 'export',
  出口: 'export',
  产量: 'production',
  // Traditional forms (Hong Kong and Taiwan outlets, 繁體 reposts).
  產量: 'production',
  進出口: 'total_trade',
  進口額: 'import',
  進口: 'import',
  生产: 'production',
  产出: 'production',
};

/** Net words whose figure is export − import: a claimed 净出口 of −194.5 is a net import of 194.5. */
export const NEGATED_FLOW_WORDS = new Set(['净出口额', '净出口', '贸易顺差']);

/**
 * Flow words that are part of a longer word about something else (出口管制 is export control, not exports).
 * A flow match inside one of these is ignored.
 */
export const FLOW_FALSE_FRIENDS = [
  '出口管制',
  '出口限制',
  '出口地',
  '出口国',
  '出口榜',
  '出口大国',
  '进口国',
  '进口大国',
  '进口替代',
  '出口者',
  '生产成本',
  '生产效率',
  '生产线',
  '生产能力',
  '生产和出口',
  '大规模生产',
  '生产的集成电路',
];

/** Words that say the number is a measure of quantity or value. */
export const QUANTITY_WORDS = ['数量', '數量', '进口量', '出口量', '产量', '量'];
export const VALUE_WORDS = ['金额', '金額', '进口额', '出口额', '价值', '总额', '总值', '贸易额', '额'];

/** Chip subjects: HS 8542 and its subheadings. Longest-first. */
export const PRODUCT_WORDS: Record<string, string> = {
  集成电路的零件: '854290',
  集成电路零件: '854290',
  处理器及控制器: '854231',
  处理器和控制器: '854231',
  处理器: '854231',
  存储器: '854232',
  存储芯片: '854232',
  存储器芯片: '854232',
  放大器: '854233',
  其他集成电路: '854239',
  其它集成电路: '854239',
  集成电路: '8542',
  积体电路: '8542',
  積體電路: '8542',
  處理器: '854231',
  記憶體: '854232',
  存儲器: '854232',
  内存芯片: '854232',
  芯片产品: '8542',
  // Chinese writing about trade uses 半导体 for chips (中国半导体进口同比下降14.6%); 全球半导体 and 半导体市场
  // are other subjects (longer words win).
  半导体: '8542',
  芯片: '8542',
  集成電路: '8542',
  晶片: '8542',
  IC: '8542',
  HS8542: '8542',
  '8542': '8542',
};

/**
 * Subjects that are not China's chip trade: a number attached to one of these is not a claim (company
 * revenues, global market sizes, other products, investment, capacity, domestic market shares).
 */
export const OTHER_SUBJECTS = [
  '货物贸易',
  '货物',
  '外贸',
  '服务贸易',
  '高新技术产品',
  '劳动密集型产品',
  '农产品',
  '铁矿砂',
  '原油',
  '天然气',
  '大豆',
  '稀土',
  '钢材',
  '家电',
  '船舶',
  '锂电池',
  '手机',
  '汽车',
  '二极管',
  '塑料',
  '铜材',
  '铜矿',
  '煤炭',
  '成品油',
  '粮食',
  '肉类',
  '纺织',
  '服装',
  '经费',
  // The industry, not its trade; compound annual growth rates are not year-on-year rates.
  '半导体产业',
  '半导体行业',
  '半导体设备',
  '半导体企业',
  '复合年增长率',
  '年复合增长率',
  '复合增长率',
  '年均增长',
  '研究与试验发展',
  '半导体组件',
  '类似半导体',
  '光伏',
  '电脑',
  '计算机',
  '营业收入',
  '营收',
  '收入',
  '净利润',
  '利润',
  '市场规模',
  '销售额',
  '市场份额',
  '市场占比',
  '占有率',
  '全球市场',
  // A share of a world total (占到全球的66.3%) is not a share of China's trade.
  '占全球',
  '占到全球',
  '全球半导体',
  '半导体市场',
  '投资',
  '晶圆厂',
  '产能',
  '设备',
  '材料',
  '韩元',
  '外汇',
  '机电产品',
  // Commodities chip imports are compared with (集成电路超过原油成为第一大进口商品).
  '原油',
  '石油',
  '铁矿石',
  '天然气',
  '规模以上',
  '增加值',
  '研发',
  '专利',
  '人才',
  '工程师',
  '企业',
  '点击',
];

/** Words that make a percentage a year-on-year change, and the ones that make it negative. */
export const YOY_WORDS = ['同增', '同降', '年增', '年减', '年減', '增加', '跃升', '激增', '大增', '猛增', '飙升', '暴增', '骤降', '锐减', '下挫', '大跌', '暴跌', '缩减', '上涨', '攀升', '回升', '下跌', '增', '同比', '增长', '增長', '成长', '成長', '減少', '增速', '增幅', '上升', '提高', '提升', '下降', '减少', '下滑', '萎缩', '回落', '降幅', '比上年', '较上年', '变化'];
export const DECREASE_WORDS = ['同降', '年减', '年減', '骤降', '锐减', '下挫', '大跌', '暴跌', '缩减', '下跌', '跌', '下降', '减少', '減少', '下滑', '萎缩', '回落', '降幅', '负增长', '降低', '缩减', '减'];

/**
 * Words after 占 that make a share's base all goods trade (占进口贸易总额的16.43%, 占了全部进口的16%), unless
 * a chip word names the base (占集成电路进口总额的49.2%).
 */
export const GOODS_BASE_WORDS = ['贸易总额', '贸易总值', '进口总值', '出口总值', '进出口总值', '进口总额', '出口总额', '全部进口', '全部出口', '外贸', '货物贸易', '总进口', '总出口', '进口贸易', '出口贸易'];

/** Words that make a percentage a share of a total. */
export const SHARE_WORDS = ['占比', '比重', '占全部', '占全国', '占', '份额'];

/** Partner economies and regions. */
export const PARTNERS = [
  '中国台湾',
  '中国香港',
  '中国澳门',
  '台湾',
  '香港',
  '澳门',
  '韩国',
  '日本',
  '美国',
  '越南',
  '马来西亚',
  '新加坡',
  '泰国',
  '菲律宾',
  '印度尼西亚',
  '印尼',
  '印度',
  '以色列',
  '爱尔兰',
  '德国',
  '法国',
  '荷兰',
  '英国',
  '意大利',
  '墨西哥',
  '巴西',
  '俄罗斯',
  '澳大利亚',
  '加拿大',
  '东盟',
  '欧盟',
  '拉美',
  '非洲',
  '中东',
];

/** Short names of partners → the names the dataset keys them by. */
export const PARTNER_ALIASES: Record<string, string> = {
  台湾: '中国台湾',
  香港: '中国香港',
  澳门: '中国澳门',
  印尼: '印度尼西亚',
};

/** Provinces and municipalities (customs 注册地). */
export const PROVINCES = [
  '广东',
  '江苏',
  '上海',
  '北京',
  '天津',
  '重庆',
  '浙江',
  '山东',
  '福建',
  '四川',
  '陕西',
  '湖北',
  '湖南',
  '河南',
  '河北',
  '安徽',
  '江西',
  '辽宁',
  '吉林',
  '黑龙江',
  '山西',
  '内蒙古',
  '广西',
  '海南',
  '贵州',
  '云南',
  '西藏',
  '甘肃',
  '青海',
  '宁夏',
  '新疆',
];

/** Words that mark the following number as forecast. */
export const FORECAST_WORDS = ['预计', '有望', '或将', '将会', '将', '可望', '预期', '估计'];
