/** Issue 18: one PAPI year rule (papiCompareYear) for the tracker, the pane's what-if and the roll-up. */
import { papiCompareYear } from '../../../src/core/frameworks';

const published = [2023, 2024];

describe('papiCompareYear', () => {
  it('takes the latest year published before the plan’s year', () => {
    expect(papiCompareYear({ published, planYear: 2025 })).toBe(2024);
    expect(papiCompareYear({ published, planYear: 2024 })).toBe(2023);
    expect(papiCompareYear({ published, planYear: 2030 })).toBe(2024);
    // The results' year does not decide when the plan's year is known (a 2025 plan quoting 2023 results).
    expect(papiCompareYear({ published, planYear: 2025, resultYear: 2023 })).toBe(2024);
  });

  it('an official’s pick wins when it is published; an unpublished pick is ignored', () => {
    expect(papiCompareYear({ published, planYear: 2025, picked: 2023 })).toBe(2023);
    expect(papiCompareYear({ published, planYear: 2025, picked: 2019 })).toBe(2024);
  });

  it('without a plan year the year after the results stands for it; with neither, the latest published', () => {
    expect(papiCompareYear({ published, planYear: null, resultYear: 2023 })).toBe(2023);
    expect(papiCompareYear({ published, planYear: null, resultYear: 2024 })).toBe(2024);
    expect(papiCompareYear({ published })).toBe(2024);
    // Nothing published before the plan's year: the latest published year (order of the input does not matter).
    expect(papiCompareYear({ published: [2024, 2023], planYear: 2022 })).toBe(2024);
    expect(papiCompareYear({ published: [], planYear: 2025 })).toBeNull();
  });
});
