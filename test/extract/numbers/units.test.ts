// Units and magnitudes written next to the number: currencies (also before it), count words, %, 百分点, 倍;
// foreign currencies keep their text but no unit of ours; a number with no unit has unit null.
import { describe, test } from 'vitest';
import { checkCase, type Case } from './expect-mentions.js';

const cases: Case[] = [
  ['进口额为4156 亿美元。', ['4156 亿美元 | 415600000000 | USD | exact | 8 | ut=美元 | mag=亿']],
  ['出口额为120亿美金。', ['120亿美金 | 12000000000 | USD | exact | 8 | ut=美金']],
  ['出口额为9567.7亿元。', ['9567.7亿元 | 956770000000 | CNY | exact | 7 | ut=元']],
  ['出口额为9567.7亿元人民币。', ['9567.7亿元人民币 | 956770000000 | CNY | exact | 7 | ut=元人民币']],
  ['出口额为9567.7亿人民币。', ['9567.7亿人民币 | 956770000000 | CNY | exact | 7 | ut=人民币']],
  ['出口额为人民币1.2万亿元。', ['人民币1.2万亿元 | 1200000000000 | CNY | exact | 11 | ut=元']],
  ['出口额为人民币1.2万亿。', ['人民币1.2万亿 | 1200000000000 | CNY | exact | 11 | ut=人民币']],
  ['Exports reached US$162.6bn in 2024.', ['US$162.6bn | 162600000000 | USD | exact | 8 | mag=bn | ut=US$']],
  ['规模为 $45 billion。', ['$45 billion | 45000000000 | USD | exact | 9 | mag=billion']],
  ['出口额USD 1.5 million。', ['USD 1.5 million | 1500000 | USD | exact | 5']],
  ['报价USD100，合RMB700。', ['USD100 | 100 | USD | exact | 0 | ut=USD', 'RMB700 | 700 | CNY | exact | 0']],
  ['进口额为 3494 亿 USD。', ['3494 亿 USD | 349400000000 | USD | exact | 8 | ut=USD']],
  ['金额为 500 亿 RMB。', ['500 亿 RMB | 50000000000 | CNY | exact | 8']],
  ['同比增长19.3 percent。', ['19.3 percent | 19.3 | percent | exact | -1']],
  ['投资 4760 亿日元', ['4760 亿日元 | 476000000000 | - | exact | 8 | ut=日元']],
  ['投资 50 亿欧元', ['50 亿欧元 | 5000000000 | - | exact | 8 | ut=欧元']],
  ['营收 258.16 万亿韩元', ['258.16 万亿韩元 | 258160000000000 | - | exact | 10 | ut=韩元']],
  ['投资 6 亿新元', ['6 亿新元 | 600000000 | - | exact | 8 | ut=新元']],
  ['营收 2.3 万亿新台币', ['2.3 万亿新台币 | 2300000000000 | - | exact | 11 | ut=新台币']],
  ['出口 2840 亿个', ['2840 亿个 | 284000000000 | piece | exact | 8 | ut=个']],
  ['产量 3241.9 亿块', ['3241.9 亿块 | 324190000000 | piece | exact | 7 | ut=块']],
  ['进口 4795 亿颗', ['4795 亿颗 | 479500000000 | piece | exact | 8 | ut=颗']],
  ['出货 12 亿片', ['12 亿片 | 1200000000 | piece | exact | 8 | ut=片']],
  ['出口 3.5 亿只', ['3.5 亿只 | 350000000 | piece | exact | 7 | ut=只']],
  ['进口 20 亿枚芯片', ['20 亿枚 | 2000000000 | piece | exact | 8 | ut=枚']],
  ['出口 5822.2个，同比增长', ['5822.2个 | 5822.2 | piece | exact | -1']],
  ['共有 84 个芯片制造设施', ['84 个 | 84 | piece | exact | 0']],
  ['将 23 个品类纳入出口管制', ['23 | 23 | - | exact | 0']],
  ['增加了 2 个实体和其 8 个分支机构', ['2 | 2 | - | exact | 0', '8 | 8 | - | exact | 0']],
  ['9 月晶片产量年减 16.4% 至 261 个晶片组', ['16.4% | 16.4 | percent | exact | -1', '261 个 | 261 | piece | exact | 0']],
  ['新建 3 个晶圆厂', ['3 | 3 | - | exact | 0']],
  ['产能 2960 万片 / 月', ['2960 万 | 29600000 | - | exact | 4 | mag=万']],
  ['增速提高4.3个百分点', ['4.3个百分点 | 4.3 | ppt | exact | -1 | ut=个百分点']],
  ['占比下降 2 百分点', ['2 百分点 | 2 | ppt | exact | 0']],
  ['增长了3倍和2.5倍', ['3倍 | 3 | times | exact | 0', '2.5倍 | 2.5 | times | exact | -1']],
  ['新建晶圆厂 17 家', ['17 | 17 | - | exact | 0']],
  ['8 英寸碳化硅功率半导体工厂', ['8 | 8 | - | exact | 0']],
  ['7 纳米以上制程', ['7 | 7 | - | exact | 0']],
  ['中国将新建 20 家', ['20 | 20 | - | exact | 0']],
  ['出口额 3000 万美元', ['3000 万美元 | 30000000 | USD | exact | 4 | mag=万']],
  ['员工 3 万人', ['3 万 | 30000 | - | exact | 4']],
  ['出口额 1.2 萬億元', ['1.2 萬億元 | 1200000000000 | CNY | exact | 11 | mag=萬億']],
  ['出口额 55亿元件', ['55亿 | 5500000000 | - | exact | 8']],
];

describe('units and magnitudes', () => {
  test.each(cases)('%s', (sentence, expected) => checkCase(sentence, expected));
});
