import { createRng } from '@goodhart/random';
import {
  type AttributeWorld,
  type AttributeWorldConfig,
  type AttributeWorldConfigInput,
  createAttributeWorld,
  resolveAttributeWorldConfig,
} from './attribute-world';
import { chooseBestShown } from './choose-best-shown';

/** What a content filter sees: the catalogue's attributes (T-RECS assumes it knows them). */
export interface AttributeObservation {
  step: number;
  numUsers: number;
  numItems: number;
  numAttributes: number;
  slateSize: number;
  /** numItems * numAttributes, row-major, 0/1. A fresh copy. */
  itemAttributes: Float32Array;
}

export interface AttributeStepResult {
  /** The step just played (0-based). */
  step: number;
  /** The item each user interacted with, user by user. */
  chosen: Int32Array;
}

/**
 * The T-RECS content-filtering world as a reset/step environment: every step every user is
 * shown a slate and interacts with the shown item of highest true score. Items can be shown
 * (and chosen) again. Users do not drift, so a step draws nothing: the seed only makes the world.
 */
export class AttributeEnv {
  readonly config: AttributeWorldConfig;
  readonly seed: number;
  private state: AttributeWorld;
  private steps = 0;

  constructor(config: AttributeWorldConfigInput, seed: number) {
    this.config = resolveAttributeWorldConfig(config);
    this.seed = seed;
    this.state = createAttributeWorld(this.config, createRng(seed));
  }

  reset(): AttributeObservation {
    this.state = createAttributeWorld(this.config, createRng(this.seed));
    this.steps = 0;
    return this.observation;
  }

  get observation(): AttributeObservation {
    const { numUsers, numItems, numAttributes, slateSize } = this.config;
    return {
      step: this.steps,
      numUsers,
      numItems,
      numAttributes,
      slateSize,
      itemAttributes: this.state.itemAttributes.slice(),
    };
  }

  /** The hidden world, for metrics and tests. Read, never write. */
  get world(): Readonly<AttributeWorld> {
    return this.state;
  }

  /** Plays one step: `slates` holds slateSize item ids per user, user by user. */
  step(slates: Int32Array): AttributeStepResult {
    if (!(slates instanceof Int32Array)) {
      throw new TypeError('AttributeEnv.step(slates): slates must be an Int32Array');
    }
    const chosen = chooseBestShown(this.state, slates);
    return { step: this.steps++, chosen };
  }
}
