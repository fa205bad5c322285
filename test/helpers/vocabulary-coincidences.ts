/**
 * Catalog phrases that one corpus document uses only because it was written, blind, after the phrase
 * was already in the catalogs (`git log -S` shows the phrase's commit before the document's): the
 * phrase was not lifted from it. Each maps to that document's file name.
 */
export const LATER_COINCIDENCES: ReadonlyMap<string, string> = new Map([
  // In npcc-vawg-2021 and -2024 since the first catalogs; the scrutiny report joined the corpus later.
  ['allegations against officers', 'wrexley-scrutiny-report.md'],
  // In npcc-vawg-2021 since the first catalogs; the stalking strategy joined the corpus later.
  ['keep victims updated', 'tollbridge-stalking-strategy.md'],
  // In npcc-vawg-2021 since the first catalogs; the board minutes joined the corpus later.
  ['keep victims informed', 'wendover-board-minutes.md'],
  // In npcc-vawg-2024 since its first catalog (a glossary phrase); the young people's plan joined the corpus later.
  ['multi agency safeguarding', 'quarrymoor-young-people-plan.md'],
  // In npcc-vawg-2024 since its first catalog (a glossary phrase); the VRU's strategy joined the corpus later.
  ['violence reduction unit', 'thornwick-vru-strategy.md'],
  // In npcc-vawg-2021 since the first catalogs; the CPS protocol joined the corpus later.
  ['third party material', 'northmere-cps-rasso-protocol.md'],
  // In npcc-vawg-2024 since its first catalog; the news release joined the corpus later.
  ['trust in policing', 'ellesmere-strategy-launch-news.html'],
  // In npcc-vawg-2021 since the first catalogs; the policy summary joined the corpus later.
  ['domestic abuse act', 'lanford-domestic-abuse-policy-summary.md'],
  // In npcc-vawg-2024 since its first catalog (a glossary phrase); the policy summary joined the corpus later.
  ['multi agency risk assessment', 'lanford-domestic-abuse-policy-summary.md'],
  // In npcc-vawg-2021 since the first catalogs; the council's strategy joined the corpus later.
  ['perpetrators to account', 'caldwick-council-vawg-strategy.md'],
  // In npcc-vawg-2021 and -2024 since the first catalogs (a glossary phrase); the consultation response joined the corpus later.
  ['authorised professional practice', 'ravensby-home-office-consultation-response.md'],
]);
