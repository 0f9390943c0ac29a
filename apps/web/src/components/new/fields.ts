export interface FieldDef {
  path: string;
  label: string;
  kind: 'text' | 'integer' | 'number';
  help?: string;
}

export const generalFields: FieldDef[] = [
  { path: 'name', label: 'Name', kind: 'text' },
  { path: 'description', label: 'Description', kind: 'text' },
  { path: 'rounds', label: 'Rounds', kind: 'integer', help: 'feedback rounds, or training epochs' },
  { path: 'seeds.count', label: 'Seeds', kind: 'integer', help: 'runs per arm and sweep point' },
  { path: 'seeds.base', label: 'First seed', kind: 'integer' },
];

export const worldFields: FieldDef[] = [
  { path: 'world.numUsers', label: 'Users', kind: 'integer' },
  { path: 'world.numItems', label: 'Items', kind: 'integer' },
  { path: 'world.numCreators', label: 'Creators', kind: 'integer' },
  {
    path: 'world.slateSize',
    label: 'Slate size',
    kind: 'integer',
    help: 'items shown per session',
  },
];

export const trainingFields: FieldDef[] = [
  { path: 'training.retrainEvery', label: 'Retrain every', kind: 'integer', help: 'rounds' },
  { path: 'training.epochs', label: 'Epochs per refit', kind: 'integer' },
  { path: 'training.batchSize', label: 'Batch size', kind: 'integer' },
  { path: 'training.learningRate', label: 'Learning rate', kind: 'number' },
];

export const taskFields: FieldDef[] = [
  { path: 'task.numTrain', label: 'Training examples', kind: 'integer' },
  { path: 'task.numTest', label: 'Held-out examples', kind: 'integer' },
  { path: 'task.costs.falsePositive', label: 'Cost of a false positive', kind: 'number' },
  { path: 'task.costs.falseNegative', label: 'Cost of a false negative', kind: 'number' },
];

/** Paths the form shows an input for; issues elsewhere are listed beside the JSON editor. */
export const formPaths = [...generalFields, ...worldFields, ...trainingFields, ...taskFields].map(
  (f) => f.path,
);
