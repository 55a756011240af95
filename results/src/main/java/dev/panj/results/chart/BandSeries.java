package dev.panj.results.chart;

/** One time series across replications: per hour, the mean and the ends of its 95% band (NaN: no band). */
public record BandSeries(String name, double[] hours, double[] mean, double[] low, double[] high) {
    public BandSeries {
        if (mean.length != hours.length || low.length != hours.length || high.length != hours.length) {
            throw new IllegalArgumentException("series " + name + " has columns of different lengths");
        }
    }
}
