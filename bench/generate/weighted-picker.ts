/** Draws indexes with probability proportional to their weights (binary search on the running sum). */
export class WeightedPicker {
  private readonly cumulative: Float64Array;

  constructor(
    weights: readonly number[],
    private readonly random: () => number,
  ) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }

  pick(): number {
    const target = this.random() * this.cumulative[this.cumulative.length - 1];
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.cumulative[mid] <= target) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
