// Chinese numerals and mixtures: 两千亿, 一万五千亿, 三百多亿, 两三百亿 (a range), 十五, 二十三点五, traditional
// 萬/億, a bare magnitude after a verb (突破万亿), 成 (tenths), 半 (half).
import { describe, test } from 'vitest';
import { checkCase, type Case } from './expect-mentions.js';

const cases: Case[] = [
  ['进口额有望达到两千亿美元。', ['达到两千亿美元 | 200000000000 | USD | at_least | 11 | forecast | style=chinese | mag=亿']],
  ['出口规模约四千亿元。', ['约四千亿元 | 400000000000 | CNY | approx | 11']],
  ['全年进出口总额一万五千亿元。', ['一万五千亿元 | 1500000000000 | CNY | exact | 11']],
  ['每年进口三百多亿美元的芯片。', ['三百多亿美元 | 30000000000 | USD | over | 10 | qt=多 | mag=亿']],
  ['对该地区出口约两三百亿美元。', ['约两三百亿美元 | 20000000000..30000000000 | USD | approx | 10']],
  ['出口七八十亿美元。', ['七八十亿美元 | 7000000000..8000000000 | USD | exact | 9']],
  ['共有十五个省份。', ['十五 | 15 | - | exact | 0']],
  ['增长二十三点五个百分点。', ['二十三点五个百分点 | 23.5 | ppt | exact | -1']],
  ['集成电路出口金额为一千三百零九亿美元。', ['一千三百零九亿美元 | 130900000000 | USD | exact | 8']],
  ['出口一百零五亿块。', ['一百零五亿块 | 10500000000 | piece | exact | 8']],
  ['进口額約三千億美元。', ['約三千億美元 | 300000000000 | USD | approx | 11 | mag=億']],
  ['出口一萬五千億個晶片。', ['一萬五千億個 | 1500000000000 | piece | exact | 11 | ut=個']],
  ['產量為三百億塊。', ['三百億塊 | 30000000000 | piece | exact | 10 | ut=塊']],
  ['2024年中国芯片出口突破万亿', ['突破万亿 | 1000000000000 | - | at_least | 12 | mag=万亿']],
  ['出口额首次逾万亿美元。', ['逾万亿美元 | 1000000000000 | USD | over | 12']],
  ['进口额近万亿元。', ['近万亿元 | 1000000000000 | CNY | near | 12']],
  ['出口额首破千亿美元大关。', ['首破千亿美元 | 100000000000 | USD | at_least | 11 | qt=首破']],
  ['销售额超百亿元。', ['超百亿元 | 10000000000 | CNY | over | 10']],
  ['规模达万亿级别。', ['达万亿 | 1000000000000 | - | exact | 12 | qt=达']],
  ['出口额将超过千亿美元。', ['超过千亿美元 | 100000000000 | USD | over | 11 | forecast']],
  ['国产化率提升至六成。', ['六成 | 60 | percent | exact | 1 | ut=成']],
  // Fractions written out (issue 12): a percentage, loose to ±0.5 points.
  ['集成电路占进口总额的三分之一。', ['三分之一 | 33.33 | percent | exact | 0 | ut=分之']],
  ['自给率不足十分之一。', ['不足十分之一 | 10 | percent | under | 0']],
  ['四分之三以上来自进口。', ['四分之三以上 | 75 | percent | at_least | 0']],
  // Spoken mixtures: 3千多亿 is more than 3000亿.
  ['出口3千多亿美元。', ['3千多亿美元 | 300000000000 | USD | over | 11 | qt=多']],
  ['进口数量下降了两成多。', ['两成多 | 20 | percent | over | 1']],
  ['金额下降了近一成。', ['近一成 | 10 | percent | near | 1']],
  ['增长超三成。', ['超三成 | 30 | percent | over | 1']],
  ['增长三四成。', ['三四成 | 30..40 | percent | exact | 1']],
  ['销售额较去年增长五成以上。', ['五成以上 | 50 | percent | at_least | 1 | qt=以上']],
  ['增长6成。', ['6成 | 60 | percent | exact | 1 | style=arabic']],
  ['增长3.5成。', ['3.5成 | 35 | percent | exact | 0']],
  ['进口额占全球近半。', ['近半 | 50 | percent | near | 1']],
  ['出口额过半来自东盟。', ['过半 | 50 | percent | over | 1 | qt=过']],
  ['超过一半的芯片依赖进口。', ['超过一半 | 50 | percent | over | 1']],
  ['外资企业占比超半数。', ['超半 | 50 | percent | over | 1']],
  ['出口增长了两倍。', ['两倍 | 2 | times | exact | 0 | ut=倍']],
  ['增长了十倍。', ['十倍 | 10 | times | exact | 1']],
  ['比上年提高两个百分点。', ['两个百分点 | 2 | ppt | exact | 0']],
  ['占比为百分之三十。', ['百分之三十 | 30 | percent | exact | 1 | ut=百分之 | style=chinese']],
  ['增长百分之十二点五。', ['百分之十二点五 | 12.5 | percent | exact | -1']],
  ['增长百分之12.5。', ['百分之12.5 | 12.5 | percent | exact | -1 | style=mixed']],
  ['进口额为三亿五千万美元。', ['三亿五千万美元 | 350000000 | USD | exact | 7']],
  ['出口额一万五千元。', ['一万五千元 | 15000 | CNY | exact | 3']],
  ['投资两千五百万元。', ['两千五百万元 | 25000000 | CNY | exact | 6']],
  ['出口额十亿美元。', ['十亿美元 | 1000000000 | USD | exact | 9']],
  ['出口额二十亿美元。', ['二十亿美元 | 2000000000 | USD | exact | 9']],
];

describe('Chinese numerals', () => {
  test.each(cases)('%s', (sentence, expected) => checkCase(sentence, expected));
});
