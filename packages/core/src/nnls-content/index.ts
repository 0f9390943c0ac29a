export { AttributeScorer } from './attribute-scorer';
export { GramNnls } from './gram-nnls';
export {
  NnlsContentFilter,
  type NnlsContentFilterOptions,
  type RecommendTimings,
} from './nnls-content-filter';
export { selectTopK } from './select-top-k';
