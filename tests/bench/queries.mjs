/** The search benchmarks' queries (tests/bench, tests/perf/archive-bench), typed letter by letter;
 * typos, other word forms and other spellings of places (Azerbaijani, Russian) included on purpose. */
export const QUERIES = [
  'readmission',
  'trafficking',
  'border',
  'nakhchivan',
  'training of trainers',
  'human rights',
  'climate',
  'baku',
  'trafficing',
  'Naxçıvan',
  'Баку',
  'smugglers',
  'trained',
  'readmsi',
  'trafick',
];
