import { describe, expect, it } from 'vitest';
import { catalogueCoverage, intraListDiversity } from './diversity';

// Four items in two dimensions: 0 = (1, 0), 1 = (0, 2), 2 = (-3, 0), 3 = (1, 1).
// Cosine similarities: (0,1) = 0, (0,2) = -1, (1,2) = 0, (0,3) = 1/sqrt2, (1,3) = 1/sqrt2.
const features = new Float32Array([1, 0, 0, 2, -3, 0, 1, 1]);

describe('intraListDiversity', () => {
  it('is the mean pairwise cosine distance within a slate, averaged over slates', () => {
    // Slate A = [0, 1, 2]: distances 1, 2, 1 -> mean 4/3.
    // Slate B = [0, 3, 0]: distances 1 - 1/sqrt2, 0 (item 0 with itself), 1 - 1/sqrt2
    //   -> mean (2 - sqrt2) / 3.
    // Overall: (4/3 + (2 - sqrt2)/3) / 2 = (6 - sqrt2) / 6.
    const slates = new Int32Array([0, 1, 2, 0, 3, 0]);
    expect(intraListDiversity(slates, features, 2, 3)).toBeCloseTo((6 - Math.SQRT2) / 6, 6);
  });

  it('is 0 for a slate of one direction and 2 for opposite items', () => {
    expect(intraListDiversity([0, 0], features, 2, 2)).toBeCloseTo(0, 12);
    expect(intraListDiversity([0, 2], features, 2, 2)).toBeCloseTo(2, 12);
  });

  it('treats an all-zero feature vector as orthogonal to everything', () => {
    expect(intraListDiversity([0, 1], [1, 0, 0, 0], 2, 2)).toBe(1);
  });

  it('refuses malformed input, naming the argument', () => {
    expect(() => intraListDiversity([0, 1, 2], features, 2, 2)).toThrow(
      'intraListDiversity: slates has length 3, which is not a multiple of slateSize = 2',
    );
    expect(() => intraListDiversity([0, 4], features, 2, 2)).toThrow(
      'slates must contain integer ids in [0, numItems = 4), but [1] is 4',
    );
    expect(() => intraListDiversity([0], features, 2, 1)).toThrow('slateSize must be at least 2');
    expect(() => intraListDiversity([0, 1], [1, 0, 0], 2, 2)).toThrow(
      'itemFeatures has length 3, which is not a positive multiple of dim = 2',
    );
  });
});

describe('catalogueCoverage', () => {
  it('is the share of the catalogue shown at least once', () => {
    // Items 1 and 3 of 0..4 were shown (1 three times): 2/5.
    expect(catalogueCoverage(new Int32Array([1, 3, 1, 1]), 5)).toBe(0.4);
    expect(catalogueCoverage([], 5)).toBe(0);
  });

  it('refuses a catalogue size that is not a positive integer', () => {
    expect(() => catalogueCoverage([0], 0)).toThrow('numItems must be a positive integer, got 0');
  });
});
