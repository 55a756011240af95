package dev.panj.results.stats;

/** One series at one hour across replications: mean, standard deviation and the 95% interval of the mean. */
public record SeriesBand(long n, double mean, double sd, double ciLow, double ciHigh) {
}
