/**
 * Stable record ids: `<flow>-<product>-<qty|usd|cny|rate>-<period>[@partner][#province][~version]`.
 * Period: `2022` (full year), `2022-01to10` (Jan–Oct), `2022-11` (one month). Example: `imp-8542-usd-2022`,
 * `prod-8542-qty-2022~bulletin`, `imp-8542-cny-2025@韩国`. corpus/dataset/convert.mjs mirrors this function.
 */
const FLOW_CODE: Record<string, string> = {
  import: 'imp',
  export: 'exp',
  production: 'prod',
  exchange_rate: 'fx',
  net_import: 'net',
  total_trade: 'total',
};

export interface IdParts {
  flow: string;
  product: string;
  measure: string;
  unit: string;
  period_start: string;
  period_end: string;
  partner?: string | null;
  province?: string | null;
  version?: string | null;
}

export function recordId(r: IdParts): string {
  const code = r.measure === 'quantity' ? 'qty' : r.measure === 'rate' ? 'rate' : r.unit.includes('美元') ? 'usd' : 'cny';
  const [year, from] = r.period_start.split('-');
  const to = r.period_end.split('-')[1];
  const period = from === '01' && to === '12' ? `${year}` : from === to ? `${year}-${from}` : `${year}-${from}to${to}`;
  let id = `${FLOW_CODE[r.flow] ?? r.flow}-${r.product.replace('/', '')}-${code}-${period}`;
  if (r.partner) id += `@${r.partner}`;
  if (r.province) id += `#${r.province}`;
  if (r.version) id += `~${r.version}`;
  return id;
}
