/**
 * 进口3040亿美元，较2018年减少了80亿美元: a change that the article computed from its own level is not a
 * second mistake. When the dataset contradicts the change but the article's level for the same period,
 * less the record a year earlier, gives it, the change is consistent with the article: the level is where
 * the article may be wrong, and that claim says so on its own.
 */
import { note } from '../report/messages/index.js';
import type { Claim, Dataset } from '../types.js';
import { recordValue, type Assessment } from './against-dataset.js';
import { agrees, claimInterval, shapeOf, valueOf } from './interval.js';

export function changeFromOwnLevel(claim: Claim, assessment: Assessment, claims: Claim[], dataset: Dataset): Assessment {
  if (claim.measure !== 'change' || assessment.verdict !== 'contradiction' || !claim.period) return assessment;
  const period = claim.period;
  const levelMeasure = claim.unit === 'piece' ? 'quantity' : 'value';
  const level = claims.find(
    (c) =>
      c.measure === levelMeasure &&
      c.flow === claim.flow &&
      c.unit === claim.unit &&
      c.product === claim.product &&
      c.partner === claim.partner &&
      c.province === claim.province &&
      c.period?.year === period.year &&
      c.period.from_month === period.from_month &&
      c.period.to_month === period.to_month,
  );
  if (!level) return assessment;
  const before = dataset
    .lookup({ flow: claim.flow, product: claim.product, partner: claim.partner, province: claim.province, measure: levelMeasure, of: null, currency: null, unit: claim.unit, period: { ...period, year: period.year - 1 } })
    .find((f) => f.provenance.every((p) => p.confidence !== 'low'));
  if (!before) return assessment;
  const own = claimInterval(valueOf(level), level.precision);
  const implied = { low: own.low - before.high, high: own.high - before.low };
  if (!agrees(shapeOf(claim), implied)) return assessment;
  return {
    ...assessment,
    verdict: 'unverifiable',
    severity: 'info',
    ruleId: 'chipcheck/unverifiable',
    notes: [
      note('note.own-level', {
        written: claim.text,
        level: level.text,
        period: { period: before.key.period },
        record: recordValue(before, null),
        difference: { amount: valueOf(level) - before.value, unit: claim.unit, like: claim.text, signed: true },
      }),
    ],
  };
}
