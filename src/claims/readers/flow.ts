/**
 * The flow reader: import, export, total, net or production, from the sentence, a 分别 list, the context or a
 * section heading.
 */
import type { FieldEvidence, Flow, Unit } from '../../types.js';
import type { ArticleContext } from '../context.js';
import { FLOW_WORDS, NEGATED_FLOW_WORDS, PAIRED_FLOW_WORDS } from '../lexicon.js';
import type { Term } from '../terms.js';
import { lastTermBefore, type Reading, type Slot } from './reading.js';
import { startsContinuation } from './subject.js';

/** Buying chips and spending money on them (买芯片就花了, 采购芯片耗资): bounded gaps keep it linear. */
const SPEND_ON_CHIPS = /(?:买|购买|采购)[^，。；]{0,6}(?:芯片|集成电路)[^，。；]{0,6}(?:花了?|花费|耗资|支出)/;

/**
 * The flow: the nearest flow word before the number in the sentence, else one right after it in the clause
 * (近2800亿美元的贸易逆差); a 分别 enumeration or a rate's paired level overrides it; the context, a
 * section heading or 买芯片花了 fill in when the sentence names none.
 */
export function flowOf(slot: Slot, unit: Unit, reading: Reading, ctx: ArticleContext): { flow: Flow; term: Term | undefined; negated: boolean; evidence: FieldEvidence } | undefined {
  const { m, clause, group, member, level } = slot;
  const { terms, sentence, norm } = reading;
  const flowTerms = terms.filter((t) => t.kind === 'flow');
  let term = lastTermBefore(flowTerms, m.start, sentence.start, () => true);
  // 中国2601.43亿美元的集成电路的进口: the product may stand between the number and its flow word.
  const productBetween = (t: Term) => terms.some((p) => p.kind === 'product' && p.start >= m.end && p.end <= t.start && /^的?$/.test(norm.slice(m.end, p.start)) && /^的?$/.test(norm.slice(p.end, t.start)));
  // 中国台湾(36.2%)、韩国(21.7%)占据芯片进口来源前三: a bracketed label's flow is in the words after its enumeration.
  const after = flowTerms.find((t) => t.start >= m.end && t.end <= clause.end && (t.start <= m.end + 4 || productBetween(t) || slot.label !== undefined));
  if (after && (!term || term.start < clause.start || /^的?$/.test(norm.slice(m.end, after.start)) || productBetween(after))) term = after;
  // 集成电路出口…占同期全商品进口的4.6%: a flow word in a share's base (after 占) yields to the flow named before 占.
  // (分别占集成电路进、出口总额的: both flows, paired below.)
  if (term && !ELIDED_IMPORT.test(norm.slice(Math.max(sentence.start, term.start - 3), term.start))) {
    const share = [...terms].reverse().find((t) => t.kind === 'share' && t.word.startsWith('占') && t.end <= term!.start);
    const before = share && !/[，,；;。]/.test(norm.slice(share.end, m.start)) ? lastTermBefore(flowTerms, share.start, sentence.start, () => true) : undefined;
    if (before) term = before;
  }
  let flow: Flow | null = term ? FLOW_WORDS[term.word]! : null;
  let evidence: FieldEvidence = term ? { from: term.start >= clause.start && term.end <= clause.end ? 'clause' : 'sentence', offset: ctx.locate(term.start) } : { from: 'default' };
  // 进口和出口分别为…: the enumeration, not the nearest flow word, gives each member its flow.
  if (group?.kind === 'flow' && member && FLOW_WORDS[member]) {
    flow = FLOW_WORDS[member]!;
    evidence = { from: 'list' };
  }
  // 进出口数量分别为396.4亿个和213亿个: a word naming both flows, in the clause of a 分别 list of two, pairs like
  // an enumeration of them (unless the list pairs with periods: 2021年、2022年进出口总额分别为…).
  const paired = term && slot.isList && slot.count === 2 && slot.listTerm && !group && !slot.period && term.end <= slot.listTerm.start && term.start >= clause.start ? pairedFlows(term.word) : undefined;
  if (paired) {
    flow = paired[slot.index]!;
    evidence = { from: 'list' };
  }
  // 分别占集成电路进、出口总额的67.4%和81.4%: 进、出口 names both flows, import first, wherever it stands in the
  // clause. One figure for both (进、出口额同比下降约20%) is read as the first, import.
  if (!paired && term && !group && !slot.period && FLOW_WORDS[term.word] === 'export' && ELIDED_IMPORT.test(norm.slice(Math.max(sentence.start, term.start - 3), term.start))) {
    if (slot.isList && slot.count === 2 && term.start >= clause.start) {
      flow = slot.index === 0 ? 'import' : 'export';
      evidence = { from: 'list' };
    } else if (!slot.isList) flow = 'import';
  }
  if (level) {
    flow = level.flow;
    evidence = level.fieldEvidence.flow;
  }
  // A flow word only in a later clause is that clause's (…下降至5384亿块，则是因为国产替代分流了进口): it
  // does not stop the number continuing the last flow.
  if (!flow && !flowTerms.some((t) => t.start < clause.end)) {
    // A rate, a sentence that reads as a continuation (其中…), or one after a semicolon (…527亿美元；存储器213亿美元)
    // continues the last flow.
    if (ctx.flow && (m.unit === 'percent' || ctx.continues || startsContinuation(reading.sentenceText))) {
      flow = ctx.flow;
      evidence = { from: 'inherited', ...(ctx.flowOffset !== undefined ? { offset: ctx.flowOffset } : {}) };
    }
    // 光买芯片就花了4300多亿美元: money spent buying chips (from abroad) is imports.
    else if ((unit === 'USD' || unit === 'CNY') && SPEND_ON_CHIPS.test(norm.slice(sentence.start, m.start))) {
      flow = 'import';
      evidence = { from: 'sentence' };
    }
    // （二）进口产品结构: a section heading names the flow of the paragraphs below it.
    else if (ctx.sectionFlow) {
      flow = ctx.sectionFlow;
      evidence = { from: 'heading' };
    }
  }
  if (!flow) return undefined;
  return { flow, term, negated: term !== undefined && NEGATED_FLOW_WORDS.has(term.word), evidence };
}

/** 进、 right before 出口: the import half of a pair written once (进、出口). */
const ELIDED_IMPORT = /[进進]\s*[、和与及]\s*$/;

/** 进出口(额, 金额…): the two flows a paired word names, in the order it names them. */
function pairedFlows(word: string): [Flow, Flow] | undefined {
  const prefix = Object.keys(PAIRED_FLOW_WORDS).find((w) => word.startsWith(w));
  if (!prefix) return undefined;
  return PAIRED_FLOW_WORDS[prefix] === 'import-export' ? ['import', 'export'] : ['export', 'import'];
}
