/** One series of a stacked chart: its data key, its name in the legend and its colour. */
export interface Series {
  key: string;
  label: string;
  color: string;
}
